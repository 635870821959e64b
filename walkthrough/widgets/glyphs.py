"""The progress rail, and the marks drawn beside words (with the Linux console's own)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.content import Content
from textual.scrollbar import ScrollBarRender
from textual.widgets import Static

from walkthrough.safe_text import printable

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


class ProgressRail(Static):
    """Every step, marked done, current or still to come (not by colour alone)."""

    def __init__(self, heading: str, labels: list[str], current: int, marks: Marks) -> None:
        lines = [Content.styled(printable(heading), "bold")]
        for index, label in enumerate(map(printable, labels)):
            if index < current:
                lines.append(Content.styled(f"{marks.done} {label}", "$text-success"))
            elif index == current:
                lines.append(Content.styled(f"{marks.current} {label}", "bold $text-accent"))
            else:
                lines.append(Content(f"{marks.to_come} {label}"))
        super().__init__(Content("\n").join(lines), markup=False)
