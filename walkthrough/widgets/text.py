"""Widgets that show content text literally: never parsed as markup, never a live link."""

from __future__ import annotations

from rich.cells import cell_len
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from walkthrough.widgets.prose import (
    Block,
    hanging,
    parse_prose,
    plain_blocks,
    plain_text,
    wrap_blocks,
)


class TextBlocks(Widget):
    """Paragraphs and marked items (widgets.prose), wrapped to the width they are given."""

    def __init__(self, blocks: tuple[Block, ...], *, id: str | None = None, classes: str = ""):
        super().__init__(id=id, classes=classes)
        self.set_blocks(blocks, refresh=False)

    def set_blocks(self, blocks: tuple[Block, ...], *, refresh: bool = True) -> None:
        self._blocks = blocks
        self._widest = max((cell_len(b.first) + b.text.cell_length for b in blocks), default=0)
        # The lines at the last few widths drawn: a resize back and forth wraps nothing again.
        self._lines: LRUCache[int, list[Content]] = LRUCache(4)
        if refresh:
            self.refresh(layout=True)

    @property
    def plain(self) -> str:
        """The words as the patient reads them, one line per paragraph or item."""
        return plain_blocks(self._blocks)

    @property
    def wrapped_at(self) -> list[int]:
        """The widths this text has been wrapped at (more than one after a resize)."""
        return list(self._lines.keys())

    def _wrapped(self, width: int) -> list[Content]:
        lines = self._lines.get(width)
        if lines is None:
            lines = self._lines[width] = wrap_blocks(self._blocks, width)
        return lines

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return min(self._widest, container.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrapped(width))

    def render(self) -> Content:
        return Content("\n").join(self._wrapped(self.size.width))


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


class MarkedLines(TextBlocks):
    """Each text after a mark (a number, a flag), wrapped under its words, not under the mark:
    several texts are one widget, which is quicker to show than one each."""

    def __init__(self, mark: str, *texts: str, is_markdown: bool = False, classes: str = ""):
        blocks = tuple(b for text in texts for b in hanging(mark, text, is_markdown=is_markdown))
        super().__init__(blocks, classes=f"marked {classes}".strip())
