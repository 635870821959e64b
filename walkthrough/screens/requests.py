"""What a step screen is told (how the app runs), and what it asks the app to do."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass(frozen=True)
class ScreenOptions:
    """How the app is running, as far as a screen needs to know."""

    kiosk: bool = False
    can_read_aloud: bool = False
    console: bool = False
    """On the bare Linux console: plain marks its font has (see widgets.glyphs)."""
    not_offered: frozenset[str] = frozenset()
    """Languages this terminal cannot show, left off the welcome screen."""


class Navigate(Message):
    """A screen asks the app to do something with the walkthrough as a whole."""

    def __init__(self, request: str) -> None:
        super().__init__()
        self.request = request
        """One of: next, back, home, quit, help, theme, read_aloud, restart."""


class ChooseLanguage(Message):
    """The patient picked a language on the welcome screen."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code


class ScreenFailed(Message):
    """Kiosk mode only: something in a step screen raised; the app logs it and starts again."""

    def __init__(self, error: Exception, where: str) -> None:
        super().__init__()
        self.error = error
        self.where = where
