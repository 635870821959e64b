"""Helpers that show content text literally: never parsed as markup, never a live link."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Markdown, Static


def literal(text: str) -> Content:
    """Text from the content files, shown exactly as written (a stray `[` is just a bracket)."""
    return Content(text)


class Prose(Markdown):
    """A block of Markdown from the content, with links shown but inert."""

    def __init__(self, text: str, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(text, id=id, classes=f"prose {classes}".strip(), open_links=False)


class Line(Static):
    """One piece of plain content text."""

    def __init__(self, text: str, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(literal(text), id=id, classes=classes, markup=False)

    def show(self, text: str) -> None:
        self.update(literal(text))
