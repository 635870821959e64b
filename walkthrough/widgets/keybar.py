"""The always-visible key bar: which keys work on this screen, in the patient's language."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

KeyHint = tuple[str, str]
"""(how the key is written, what it does)."""


def keybar_text(hints: list[KeyHint]) -> Content:
    parts = [Content.assemble((f" {key} ", "reverse bold"), " ", label) for key, label in hints]
    return Content("  ").join(parts)


class KeyBar(Static):
    """A line (or two, on a narrow screen) of key hints."""

    def __init__(self, hints: list[KeyHint]) -> None:
        super().__init__(keybar_text(hints), markup=False)

    def show(self, hints: list[KeyHint]) -> None:
        self.update(keybar_text(hints))
