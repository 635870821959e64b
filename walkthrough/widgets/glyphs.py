"""The marks drawn beside words, and the ones the bare Linux console's fonts have (no ►, no √)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.scrollbar import ScrollBarRender

CONSOLE = "-console"  # the app's class on the bare Linux console (TERM=linux)


@dataclass(frozen=True)
class Marks:
    """The marks of the progress rail and of the common questions' folds."""

    done: str
    current: str
    to_come: str
    closed: str
    opened: str


# ► and √ are in every terminal font; ▶ is a coloured emoji in some, so only the console has it.
MARKS = Marks(done="√", current="►", to_come="·", closed="►", opened="▼")
CONSOLE_MARKS = Marks(done="☑", current="▶", to_come="·", closed="▶", opened="▼")


def marks_for(console: bool) -> Marks:
    return CONSOLE_MARKS if console else MARKS


class WholeCellScrollBar(ScrollBarRender):
    """A scroll bar whose thumb moves a whole cell at a time, without eighth blocks."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * 8
    HORIZONTAL_BARS: ClassVar[list[str]] = [" "] * 8
