"""Content text on screen, literally (never markup, never a live link): blocks with hanging
marks (the Markdown read by walkthrough.markdown), wrapped, and the widgets that draw them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.style import Style
from textual.widget import Widget

from walkthrough import markdown
from walkthrough.safe_text import printable
from walkthrough.widgets.linebreak import wrap

STYLES: dict[str, Style | str] = {
    "": "",
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "bold italic": Style(bold=True, italic=True),
}


@dataclass(frozen=True)
class Block:
    """A paragraph or list item: `first` starts its first line, `rest` its wrapped lines."""

    text: Content
    first: str = ""
    rest: str = ""


def hanging(mark: str, text: str, *, is_markdown: bool = False) -> tuple[Block, ...]:
    """Text with a mark (a number, a flag) hanging before it, its wrapped lines under the text."""
    pad = " " * (len(mark) + 1)
    if not is_markdown:
        return (Block(Content(printable(text)), f"{mark} ", pad),)
    blocks = parse_prose(text)
    return tuple(
        Block(
            block.text,
            f"{mark} {block.first}" if number == 0 else pad + block.first,
            pad + block.rest,
        )
        for number, block in enumerate(blocks)
    )


def plain_text(text: str) -> tuple[Block, ...]:
    """Text shown as it is written: no Markdown, no markup."""
    return (Block(Content(printable(text))),)


@lru_cache(maxsize=256)
def parse_prose(source: str) -> tuple[Block, ...]:
    """The blocks of a piece of content text, with a blank line between paragraphs. Every text
    a widget draws becomes blocks here, so this is where characters that would drive the
    terminal are taken out (walkthrough.safe_text)."""
    return tuple(_block(paragraph) for paragraph in markdown.read(printable(source)))


def _block(paragraph: markdown.Paragraph) -> Block:
    parts = [Content.styled(text, STYLES[style]) for text, style in paragraph.spans]
    return Block(Content("").join(parts), paragraph.first, paragraph.rest)


def wrap_blocks(blocks: tuple[Block, ...], width: int) -> list[Content]:
    """The lines the blocks take at `width` cells."""
    lines: list[Content] = []
    for block in blocks:
        text_width = max(width - cell_len(block.first), 1)
        for number, line in enumerate(wrap(block.text, text_width)):
            lines.append(Content(block.rest if number else block.first) + line)
    return lines


def plain_blocks(blocks: tuple[Block, ...]) -> str:
    """The words as drawn, without styles, one line per paragraph or list item."""
    return "\n".join(f"{block.first}{block.text.plain}".rstrip() for block in blocks)


class TextBlocks(Widget):
    """Paragraphs and marked items, wrapped to the width they are given."""

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
