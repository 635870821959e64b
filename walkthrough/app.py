"""The App: the walkthrough's keys, as actions, and the route between steps and boxes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding
from textual.driver import Driver
from textual.reactive import reactive
from textual.worker import Worker

from walkthrough.ahead import BuildAhead
from walkthrough.content.model import Content, Dialog, UiWords
from walkthrough.exits import HANDLED, catch_exit_signals
from walkthrough.keys import STEP_KEYS
from walkthrough.printing import Printer, SlipPrinting
from walkthrough.safe_text import printable
from walkthrough.screens import KeptScreens
from walkthrough.screens.key_hints import TOUCH
from walkthrough.screens.read_aloud import AnswerOpened, QuestionFocused
from walkthrough.session import Session
from walkthrough.settings import Settings
from walkthrough.speech.reader import Reader
from walkthrough.speech.speaker import NullSpeaker, Speaker, make_speaker
from walkthrough.themes import style_sheets, theme_after, use_themes
from walkthrough.widgets.glyphs import CONSOLE

if TYPE_CHECKING:
    from walkthrough.handoff import PrintResult


class WalkthroughApp(BuildAhead, SlipPrinting, App[None], inherit_bindings=False):
    ENABLE_COMMAND_PALETTE = False
    # Not priority bindings: a box (a modal screen) keeps them from its keys.
    BINDINGS = [
        Binding("ctrl+q,ctrl+c", "request_quit", show=False, priority=True),
        *(
            Binding(use.keys, use.action, use.words, bool(use.words), use.shown_as)
            for use in STEP_KEYS
        ),
    ]
    EXIT_SIGNALS: ClassVar[tuple[int, ...]] = HANDLED  # they end it cleanly (walkthrough.exits)
    slip_status = reactive("")  # the slip's ui.yaml `handoff` word ("printing"), this patient's

    def __init__(
        self,
        content: Content,
        settings: Settings | None = None,
        speaker: Speaker | None = None,
        printer: Printer | None = None,
    ) -> None:
        self.settings = settings or Settings()
        super().__init__(css_path=style_sheets(self.settings))
        self.printer = printer
        self.print_job: Worker[PrintResult] | None = None
        self.set_class(self.settings.browser, TOUCH)  # in a browser: taps, targets for a finger
        silent = NullSpeaker() if self.settings.browser else None  # a voice would be the server's
        speaker = silent or speaker or make_speaker(self.settings.speech, self.settings.speech_rate)
        self.reader = Reader(speaker, auto=self.settings.speech == "auto")
        self.session = Session(content, language_code=self.settings.language or "")
        use_themes(self, self.settings.theme)
        if self.settings.linux_console:  # plain marks, and only the languages its font has
            from walkthrough.console_font import languages_it_cannot_show

            self.add_class(CONSOLE)
            self.session.not_offered = frozenset(languages_it_cannot_show(content))
        self.kept = KeptScreens(self)
        self.ended_by = ""  # why it ended on purpose: "staff", "errors" or a signal's name
        self.release_signals: Callable[[], None] = lambda: None

    def get_driver_class(self) -> type[Driver]:
        """On Linux, a driver whose keyboard input survives bytes that are not UTF-8."""
        driver = super().get_driver_class()
        if sys.platform == "win32":
            return driver
        from walkthrough.terminal_input import tolerant

        return tolerant(driver)

    @property
    def ui(self) -> UiWords:
        return self.session.language.ui

    def on_mount(self) -> None:
        self.title = printable(self.ui.app_title)
        self.release_signals = catch_exit_signals(self.end, self.EXIT_SIGNALS)
        self.push_screen(self.kept.screen_for(self.session))
        self.wait_for_quiet()

    def on_unmount(self) -> None:
        self.release_signals()
        self.reader.speaker.stop()

    def end(self, reason: str, return_code: int) -> None:
        self.ended_by = reason
        self.exit(return_code=return_code)

    def show_step(self) -> None:
        """Show the session's current step: on the screen it had before, if it still fits."""
        while len(self.screen_stack) > 2:  # close any box first
            self.pop_screen()
        self.switch_screen(self.kept.screen_for(self.session))
        self.wait_for_quiet()
        if self.reader.available:  # no background work per step when nothing can speak
            self.speak(self.reader.screen_shown(self.session))

    def start_over(self, keep_language: bool = True) -> None:
        """Back to the welcome step with every answer forgotten (a patient starting again keeps
        their language, a new patient gets the clinic's)."""
        self.session.reset(keep_language=keep_language)
        self.kept.forget()
        self.print_job = None  # a job still running was for the last visit: its result is lost
        self.slip_status = ""
        self.show_step()

    def confirm(self, dialog: Dialog, then: Callable[[], object]) -> None:
        from walkthrough.screens.dialogs import ConfirmDialog  # not needed for the first screen

        def done(confirmed: bool | None) -> None:
            if confirmed:
                then()

        self.push_screen(ConfirmDialog(dialog, self.ui.too_small), done)

    def speak(self, speech: Coroutine[object, object, None]) -> None:
        """Start or stop speech in the background: the keyboard never waits for the voice."""
        self.run_worker(speech, group="speech", exclusive=True)

    @on(QuestionFocused)
    def question_focused(self, message: QuestionFocused) -> None:
        if self.reader.auto:
            self.speak(self.reader.question_focused(self.session, message.item))

    @on(AnswerOpened)
    def answer_opened(self, message: AnswerOpened) -> None:
        if self.reader.auto:
            self.speak(self.reader.answer_opened(self.session, message.item))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return not self.session.is_last
        if action in ("step_back", "home"):
            return not self.session.is_first
        if action == "read_aloud":  # shown only when something can speak
            return self.reader.available
        if action == "speech_missing":  # R says why it does nothing (no R in a browser)
            return not self.reader.available and not self.settings.browser
        if action == "print_slip":
            return self.session.is_last and self.session.content.clinic.handoff is not None
        return True

    def action_next(self) -> None:
        if self.session.go_next():
            self.show_step()

    def action_step_back(self) -> None:
        if self.session.go_back():
            self.show_step()

    def action_home(self) -> None:
        if self.session.has_answers:  # they are cleared: ask first
            self.confirm(self.ui.confirm_home, self.start_over)
        else:
            self.start_over()

    def action_restart(self) -> None:
        self.confirm(self.ui.confirm_restart, self.start_over)

    def action_choose_language(self, code: str) -> None:
        self.session.set_language(code)
        self.show_step()

    def action_help(self) -> None:
        from walkthrough.screens.dialogs import HelpScreen  # not needed for the first screen

        self.push_screen(HelpScreen(self.ui))

    def action_theme(self) -> None:
        self.theme = theme_after(self.theme)
        self.notify(printable(self.ui.theme_changed), markup=False, timeout=2)

    def action_read_aloud(self) -> None:
        self.speak(self.reader.toggle(self.session))

    def action_speech_missing(self) -> None:
        self.notify(printable(self.ui.speech_missing), markup=False, timeout=4)

    def action_request_quit(self) -> None:
        if self.session.has_answers:
            self.confirm(self.ui.confirm_quit, self.exit)
        else:
            self.exit()
