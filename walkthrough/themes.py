"""The style sheets, and the two colour themes (every text/background pair keeps a WCAG
contrast of 4.5:1 or more)."""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from textual.theme import Theme

from walkthrough.settings import CONTRAST_THEME, DEFAULT_THEME, THEME_NAMES, Settings

if TYPE_CHECKING:
    from textual.app import App

STYLES = Path(__file__).parent / "styles"


def style_sheets(settings: Settings) -> list[str | PurePath]:
    """app.tcss, then a touch screen's and the Linux console's rules, read only where they
    apply (each style sheet read costs a start-up its parsing)."""
    touch: list[str | PurePath] = [STYLES / "touch.tcss"] if settings.browser else []
    console = [STYLES / "console.tcss"] if settings.linux_console else []
    return [STYLES / "app.tcss", *touch, *console]


def read_style_sheet(app: App[Any], name: str) -> None:
    """Add styles/`name`.tcss to the app's rules the first time a screen that needs it is made,
    before it is styled: a start parses only its first screen's rules. Textual reads a widget's
    own default styles in the same way, when one is first mounted, and parses only what is new.
    Its rules must match only within that screen (what is on the screen is not styled again)."""
    path = STYLES / f"{name}.tcss"
    read_from = (str(path), "")  # where Textual's own reading of a style sheet file puts it
    if not app.stylesheet.has_source(*read_from):
        app.stylesheet.add_source(path.read_text(encoding="utf-8"), read_from=read_from)


# Colours sit near the 16 ANSI colours so a Linux console (TERM=linux) shows them faithfully.
CLINIC = Theme(
    name=DEFAULT_THEME,
    dark=True,
    foreground="#f2f2f2",
    background="#0a1626",
    surface="#0a1626",
    panel="#16324f",
    primary="#5fafff",
    secondary="#87d7ff",
    accent="#ffd75f",
    warning="#ffaf5f",
    error="#ff8787",
    success="#87d787",
)

CLINIC_CONTRAST = Theme(
    name=CONTRAST_THEME,
    dark=True,
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#000000",
    primary="#ffff00",
    secondary="#ffffff",
    accent="#ffff00",
    warning="#ffff00",
    error="#ffffff",
    success="#ffffff",
)

THEMES = (CLINIC, CLINIC_CONTRAST)


def theme_after(name: str) -> str:
    """The next theme in turn (the T key), back to the first after the last."""
    after = THEME_NAMES.index(name) + 1 if name in THEME_NAMES else 0
    return THEME_NAMES[after % len(THEME_NAMES)]


def use_themes(app: App[Any], first: str) -> None:
    """Give a new `app` the walkthrough's themes, and start it in theme `first`."""
    for each in THEMES:
        app.register_theme(each)
    theme = app.get_theme(first)
    if theme is None or not theme.dark:  # Textual's default is dark: a light theme goes its way
        app.theme = first
        return
    # What Textual's theme watcher does, without its second reading of the whole stylesheet.
    app.set_reactive(type(app).theme, first)
    app.add_class(f"-theme-{first}")
    app.stylesheet.set_variables(app.get_css_variables())
