"""Helpers that show content text literally: never parsed as markup, never a live link."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
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


class Marked(Horizontal):
    """A mark (a number, a flag) with its text hanging beside it, so wrapped lines stay aligned.

    Chinese text has no spaces to break at; kept in its own column it folds neatly instead of
    leaving the mark alone on a line.
    """

    def __init__(self, mark: str, text: str, *, classes: str = "") -> None:
        super().__init__(classes=f"marked {classes}".strip())
        self.mark = mark
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(literal(self.mark), classes="mark", markup=False)
        yield Line(self.text, classes="marked-text")

    @property
    def plain(self) -> str:
        return f"{self.mark} {self.text}"
