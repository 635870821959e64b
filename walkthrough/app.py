"""The App: routes the patient between steps and dialogs; the rules live in Session and screens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import App
from textual.binding import Binding

from walkthrough.content.model import Content, Dialog, Interface
from walkthrough.screens import ScreenOptions, screen_for
from walkthrough.screens.base import ChooseLanguage, Navigate
from walkthrough.screens.dialogs import ConfirmDialog, HelpScreen
from walkthrough.session import Session
from walkthrough.themes import DEFAULT_THEME, THEME_NAMES, THEMES


@dataclass(frozen=True)
class Settings:
    """How this run was started (from the command line, or by a test)."""

    language: str | None = None
    theme: str = DEFAULT_THEME
    kiosk: bool = False


class WalkthroughApp(App[None], inherit_bindings=False):
    """A first-visit walkthrough over validated content."""

    CSS_PATH = "styles/app.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("ctrl+q,ctrl+c", "request_quit", show=False, priority=True)]

    def __init__(self, content: Content, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.session = Session(content, language_code=self.settings.language or "")
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = self.settings.theme
        self.options = ScreenOptions(kiosk=self.settings.kiosk)

    @property
    def ui(self) -> Interface:
        """The interface words of the patient's current language."""
        return self.session.language.ui

    def on_mount(self) -> None:
        self.title = self.ui.app_title
        self.push_screen(screen_for(self.session, self.options))

    def show_step(self) -> None:
        """Show the session's current step on a fresh screen (nothing carried over but answers)."""
        while len(self.screen_stack) > 2:  # close any dialog first
            self.pop_screen()
        self.switch_screen(screen_for(self.session, self.options))

    def confirm(self, dialog: Dialog, then: Callable[[], object]) -> None:
        def done(confirmed: bool | None) -> None:
            if confirmed:
                then()

        self.push_screen(ConfirmDialog(dialog), done)

    @on(Navigate)
    def navigate(self, event: Navigate) -> None:
        request = event.request
        if request == "next" and self.session.go_next():
            self.show_step()
        elif request == "back" and self.session.go_back():
            self.show_step()
        elif request == "home":
            self.go_home()
        elif request == "quit":
            self.action_request_quit()
        elif request == "help":
            self.push_screen(HelpScreen(self.ui))
        elif request == "theme":
            self.next_theme()
        elif request == "restart":
            self.confirm(self.ui.confirm_restart, self.start_over)

    @on(ChooseLanguage)
    def choose_language(self, event: ChooseLanguage) -> None:
        self.session.set_language(event.code)
        self.show_step()

    def go_home(self) -> None:
        """Back to the welcome step; answers are cleared, so ask first when there are any."""
        if self.session.has_answers:
            self.confirm(self.ui.confirm_home, self.start_over)
        else:
            self.start_over()

    def start_over(self) -> None:
        """The same patient starts again: every answer forgotten, their language kept."""
        self.session.reset(keep_language=True)
        self.show_step()

    def next_theme(self) -> None:
        names = list(THEME_NAMES)
        self.theme = names[(names.index(self.theme) + 1) % len(names)] if self.theme in names else names[0]
        self.notify(self.ui.theme_changed, markup=False, timeout=2)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "request_quit":
            return not self.settings.kiosk
        return True

    def action_request_quit(self) -> None:
        if self.settings.kiosk:
            return
        if self.session.has_answers:
            self.confirm(self.ui.confirm_quit, self.exit)
        else:
            self.exit()
