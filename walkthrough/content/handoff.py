"""clinic.yaml's `handoff`: the CUPS queue that prints the slip for the practitioner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from walkthrough.content.base import Strict, TextRule

QueueName = Annotated[str, TextRule(pattern=r"^[^\s/\\'\"?#\x00-\x1f\x7f]{1,127}$")]
"""A name CUPS accepts for a queue: up to 127 printable characters, no spaces, tabs, quotes,
/, \\, ? or # (lpadmin and the scheduler refuse those)."""


@dataclass(frozen=True, kw_only=True)
class Handoff(Strict):
    """Where the slip is printed (`lp -d printer`), on which paper, and whether a kiosk prints
    it as soon as the summary shows."""

    printer: QueueName
    paper: Literal["receipt-80mm", "a4", "letter"] = "receipt-80mm"
    print_on_summary: bool = False
