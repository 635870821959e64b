"""The App: routes the patient between steps and dialogs; the rules live in Session and screens."""

from __future__ import annotations

import sys
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.driver import Driver

from walkthrough.content.model import Content, Dialog, Interface
from walkthrough.kiosk import STAFF_KEY
from walkthrough.kiosk.exits import HANDLED, catch_exit_signals
from walkthrough.kiosk.guard import guarded
from walkthrough.kiosk.process import ENDING
from walkthrough.safe_text import printable
from walkthrough.screens import ScreenOptions
from walkthrough.screens.kept import KeptScreens
from walkthrough.screens.requests import ChooseLanguage, Navigate, ScreenFailed
from walkthrough.session import Session
from walkthrough.settings import Settings
from walkthrough.speech import Speaker, make_speaker
from walkthrough.speech.reader import Reader
from walkthrough.themes import theme_after, use_themes
from walkthrough.widgets.answer_row import AnswerRow
from walkthrough.widgets.fold import Fold
from walkthrough.widgets.glyphs import CONSOLE

if TYPE_CHECKING:
    from walkthrough.kiosk.mode import KioskMode


class WalkthroughApp(App[None], inherit_bindings=False):
    """A first-visit walkthrough over validated content."""

    CSS_PATH = Path(__file__).parent / "styles" / "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q,ctrl+c", "request_quit", show=False, priority=True),
        Binding(STAFF_KEY, "staff", show=False, priority=True),
    ]

    def __init__(
        self, content: Content, settings: Settings | None = None, speaker: Speaker | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        speaker = speaker or make_speaker(self.settings.speech, self.settings.speech_rate)
        self.reader = Reader(speaker, auto=self.settings.speech == "auto")
        self.session = Session(content, language_code=self.settings.language or "")
        use_themes(self, self.settings.theme)
        self.options = ScreenOptions(
            kiosk=self.settings.kiosk, can_read_aloud=self.reader.available
        )
        if self.settings.linux_console:  # plain marks, and only the languages its font has
            from walkthrough.console_font import languages_it_cannot_show

            self.add_class(CONSOLE)
            not_offered = frozenset(languages_it_cannot_show(content))
            self.options = replace(self.options, console=True, not_offered=not_offered)
        self.kiosk: KioskMode | None = None
        if self.settings.kiosk:  # imported only here: a plain run never needs it
            from walkthrough.kiosk.mode import KioskMode

            self.kiosk = KioskMode(self)
        self.kept = KeptScreens(self)
        self.ended_by = ""
        """Why the app ended on purpose: "staff", "errors" or a signal's name; "" otherwise."""
        self.release_signals: Callable[[], None] = lambda: None

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this platform; on Linux, one whose keyboard input survives bytes
        that are not UTF-8 (walkthrough.terminal_input)."""
        driver = super().get_driver_class()
        if sys.platform == "win32":
            return driver
        from textual.drivers.linux_driver import LinuxDriver

        from walkthrough.terminal_input import TolerantLinuxDriver

        return TolerantLinuxDriver if driver is LinuxDriver else driver

    @property
    def ui(self) -> Interface:
        """The interface words of the patient's current language."""
        return self.session.language.ui

    def on_mount(self) -> None:
        self.title = printable(self.ui.app_title)
        # SIGTERM and SIGHUP end the app cleanly; in kiosk mode, every signal that would end it.
        self.release_signals = catch_exit_signals(
            self.end, ENDING if self.kiosk is not None else HANDLED
        )
        self.push_screen(self.kept.screen_for(self.session, self.options))
        if self.kiosk is not None:
            self.kiosk.start()

    def on_unmount(self) -> None:
        self.release_signals()
        self.reader.stop()

    async def on_event(self, event: events.Event) -> None:
        """Every key passes here first, and every key-bound action runs inside this call."""
        if self.kiosk is None:
            await super().on_event(event)
            return
        if isinstance(event, events.Key) and not event.is_forwarded and self.kiosk.key_pressed():
            return
        try:
            await super().on_event(event)
        except Exception as error:  # noqa: BLE001 - kiosk: log it, start again (kiosk.guard)
            self.kiosk.recover(error, f"handling {type(event).__name__}")

    def show_step(self) -> None:
        """Show the session's current step: on the screen it had before, if it still fits."""
        while len(self.screen_stack) > 2:  # close any dialog first
            self.pop_screen()
        self.switch_screen(self.kept.screen_for(self.session, self.options))
        if self.reader.available:  # no background work per step when nothing can speak
            self.speak(self.reader.screen_shown(self.session))
        if self.kiosk is not None:
            self.kiosk.step_shown()

    def new_patient(self) -> None:
        """Kiosk reset: nothing of the last patient stays (answers, language, colours, dialogs)."""
        self.session.reset(keep_language=False)
        self.kept.forget()
        self.theme = self.settings.theme
        self.clear_notifications()
        self.show_step()

    def confirm(self, dialog: Dialog, then: Callable[[], object]) -> None:
        from walkthrough.screens.dialogs import ConfirmDialog  # not needed for the first screen

        def done(confirmed: bool | None) -> None:
            if confirmed:
                then()

        self.push_screen(ConfirmDialog(dialog, self.ui.too_small), done)

    @on(Navigate)
    @guarded("navigate")
    def navigate(self, event: Navigate) -> None:
        request = event.request
        if request == "next" and self.session.go_next():
            self.show_step()
        elif request == "back" and self.session.go_back():
            self.show_step()
        elif request == "home" and self.session.has_answers:  # answers are cleared: ask first
            self.confirm(self.ui.confirm_home, self.start_over)
        elif request == "home":
            self.start_over()
        elif request == "quit":
            self.action_request_quit()
        elif request == "help":
            from walkthrough.screens.dialogs import HelpScreen  # not needed for the first screen

            self.push_screen(HelpScreen(self.ui))
        elif request == "theme":
            self.theme = theme_after(self.theme)
            self.notify(printable(self.ui.theme_changed), markup=False, timeout=2)
        elif request == "read_aloud" and not self.reader.available:
            self.notify(printable(self.ui.speech_missing), markup=False, timeout=4)
        elif request == "read_aloud":
            self.speak(self.reader.toggle(self.session))
        elif request == "restart":
            self.confirm(self.ui.confirm_restart, self.start_over)

    def speak(self, speech: Coroutine[object, object, None]) -> None:
        """Start or stop speech in the background: the keyboard never waits for the voice."""
        self.run_worker(speech, group="speech", exclusive=True)

    @on(events.DescendantFocus)
    def focus_moved(self, event: events.DescendantFocus) -> None:
        row = next((a for a in event.widget.ancestors_with_self if isinstance(a, AnswerRow)), None)
        if row is not None and self.reader.auto:
            self.speak(self.reader.question_focused(self.session, row.item))

    @on(Fold.Toggled)
    def fold_toggled(self, event: Fold.Toggled) -> None:
        if event.fold.is_open and self.reader.auto:
            self.speak(self.reader.answer_opened(self.session, event.fold.item))

    @on(ChooseLanguage)
    @guarded("choose language")
    def choose_language(self, event: ChooseLanguage) -> None:
        self.session.set_language(event.code)
        self.show_step()

    @on(ScreenFailed)
    def screen_failed(self, event: ScreenFailed) -> None:
        if self.kiosk is not None:
            self.kiosk.recover(event.error, event.where)

    def start_over(self) -> None:
        """The same patient starts again: every answer forgotten, their language kept."""
        self.session.reset(keep_language=True)
        self.kept.forget()
        self.show_step()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "request_quit":
            return not self.settings.kiosk
        if action == "staff":
            return self.kiosk is not None and self.kiosk.can_exit
        return True

    def action_staff(self) -> None:
        if self.kiosk is not None:
            self.kiosk.open_staff_prompt()

    def end(self, reason: str, return_code: int) -> None:
        self.ended_by = reason
        self.exit(return_code=return_code)

    def action_request_quit(self) -> None:
        if self.settings.kiosk:
            return
        if self.session.has_answers:
            self.confirm(self.ui.confirm_quit, self.exit)
        else:
            self.exit()
