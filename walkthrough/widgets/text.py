"""Widgets that show content text literally: never parsed as markup, never a live link.

Every piece of content text is a TextBlocks: its words (Textual `Content`, which is never read
as markup) wrapped to the width the widget gets, with hanging marks (see widgets.prose)."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from walkthrough.widgets.prose import (
    Block,
    BlockCache,
    hanging,
    parse_prose,
    plain_blocks,
    plain_text,
)


class TextBlocks(Widget):
    """Paragraphs and marked items, wrapped to the width they are given (see widgets.prose)."""

    def __init__(self, blocks: tuple[Block, ...], *, id: str | None = None, classes: str = ""):
        super().__init__(id=id, classes=classes)
        self._lines = BlockCache(blocks)

    def set_blocks(self, blocks: tuple[Block, ...]) -> None:
        self._lines = BlockCache(blocks)
        self.refresh(layout=True)

    @property
    def plain(self) -> str:
        """The words as the patient reads them, one line per paragraph or item."""
        return plain_blocks(self._lines.blocks)

    @property
    def wrapped_at(self) -> list[int]:
        """The widths this text has been wrapped at (more than one after a resize)."""
        return self._lines.widths

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return min(self._lines.widest, container.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines.lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines.lines(self.size.width))


class Line(TextBlocks):
    """One piece of plain content text (no Markdown), wrapped like the rest."""

    def __init__(self, text: str, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(plain_text(text), id=id, classes=classes)

    def show(self, text: str) -> None:
        self.set_blocks(plain_text(text))


class Prose(TextBlocks):
    """A block of content text with simple Markdown (paragraphs, bullets, bold), links inert."""

    def __init__(self, text: str, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(parse_prose(text), id=id, classes=f"prose {classes}".strip())


class Marked(TextBlocks):
    """A mark (a number, a flag) with its text hanging beside it; with several texts, each
    on its own lines under the one before, all in one widget (one is quicker to show)."""

    def __init__(self, mark: str, *texts: str, classes: str = "") -> None:
        blocks = tuple(block for text in texts for block in hanging(mark, text))
        super().__init__(blocks, classes=f"marked {classes}".strip())
