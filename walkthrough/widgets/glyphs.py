"""The marks drawn beside words, and the plain ones used on the bare Linux console.

Debian's console fonts (Uni2-Fixed16, Lat15-Fixed16: 512 glyphs at most, see
walkthrough.console_font) have no ► and no eighth blocks (▁ to ▇, ▔, ▕), and Lat15 has no √.
On the console (the app has the CONSOLE class) the marks below are swapped for ones both fonts
have, rules and borders are box-drawing lines (styles/app.tcss, under `.-console`), and scroll
bars move a whole cell at a time. Elsewhere nothing changes: ► and √ are in every terminal
font, and ▶ is shown as a coloured emoji by some.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.scrollbar import ScrollBarRender

CONSOLE = "-console"
"""The app's class on the bare Linux console (TERM=linux); the styles use it."""


@dataclass(frozen=True)
class Marks:
    """The marks of the progress rail and of the common questions' folds."""

    done: str
    current: str
    to_come: str
    closed: str
    opened: str


MARKS = Marks(done="√", current="►", to_come="·", closed="►", opened="▼")
CONSOLE_MARKS = Marks(done="☑", current="▶", to_come="·", closed="▶", opened="▼")


def marks_for(console: bool) -> Marks:
    return CONSOLE_MARKS if console else MARKS


class WholeCellScrollBar(ScrollBarRender):
    """A scroll bar without the eighth blocks Textual draws at the ends of its thumb for
    smoother movement: the thumb moves a whole cell at a time."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * 8
    HORIZONTAL_BARS: ClassVar[list[str]] = [" "] * 8
