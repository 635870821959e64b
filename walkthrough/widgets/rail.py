"""The progress rail: every step, marked done, current or still to come (not by colour alone)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from walkthrough.safe_text import printable

DONE, CURRENT, TO_COME = "√", "►", "·"
# These three marks exist in the Linux console font, so the rail reads the same on a kiosk.


def rail_text(heading: str, labels: list[str], current: int) -> Content:
    lines = [Content.styled(printable(heading), "bold")]
    for index, label in enumerate(map(printable, labels)):
        if index < current:
            lines.append(Content.styled(f"{DONE} {label}", "$text-success"))
        elif index == current:
            lines.append(Content.styled(f"{CURRENT} {label}", "bold $text-accent"))
        else:
            lines.append(Content(f"{TO_COME} {label}"))
    return Content("\n").join(lines)


class ProgressRail(Static):
    """Shows where the patient is among all the steps."""

    def __init__(self, heading: str, labels: list[str], current: int) -> None:
        super().__init__(rail_text(heading, labels, current), markup=False)
