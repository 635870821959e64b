"""The progress rail: every step, marked done, current or still to come (not by colour alone)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from walkthrough.safe_text import printable
from walkthrough.widgets.glyphs import Marks


def rail_text(heading: str, labels: list[str], current: int, marks: Marks) -> Content:
    lines = [Content.styled(printable(heading), "bold")]
    for index, label in enumerate(map(printable, labels)):
        if index < current:
            lines.append(Content.styled(f"{marks.done} {label}", "$text-success"))
        elif index == current:
            lines.append(Content.styled(f"{marks.current} {label}", "bold $text-accent"))
        else:
            lines.append(Content(f"{marks.to_come} {label}"))
    return Content("\n").join(lines)


class ProgressRail(Static):
    """Shows where the patient is among all the steps."""

    def __init__(self, heading: str, labels: list[str], current: int, marks: Marks) -> None:
        super().__init__(rail_text(heading, labels, current, marks), markup=False)
