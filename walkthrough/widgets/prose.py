"""Content text with simple Markdown (paragraphs, bullet lists, bold) laid out as hanging blocks.

Each block is a piece of text with a prefix for its first line (a bullet, a number, a flag)
and spaces for the lines after it, so wrapped lines line up under the text, not the mark.
Chinese has no spaces to break at and folds anywhere; in its own column it folds neatly
instead of leaving a mark alone on a line. The Markdown is read by walkthrough.markdown.

A whole block of text is one widget (not one per paragraph and bullet, as Textual's Markdown
widget makes), so a step change lays out and paints tens of widgets, not hundreds. Nothing
is ever parsed as Rich or Textual markup, and links are shown as words, never made live.

Every piece of content text a widget draws becomes a Block here, so this is where characters
that would drive the terminal (walkthrough.safe_text) are taken out, whatever the text's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len
from textual.cache import LRUCache
from textual.content import Content
from textual.style import Style

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


def hanging(mark: str, text: str) -> tuple[Block, ...]:
    """One piece of text with a mark (a number, a flag) hanging before it."""
    return (Block(Content(printable(text)), f"{mark} ", " " * (len(mark) + 1)),)


def plain_text(text: str) -> tuple[Block, ...]:
    """Text shown as it is written: no Markdown, no markup."""
    return (Block(Content(printable(text))),)


@lru_cache(maxsize=256)
def parse_prose(source: str) -> tuple[Block, ...]:
    """The blocks of a piece of content text, with a blank line between paragraphs."""
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


class BlockCache:
    """The wrapped lines for the widths a widget has been drawn at (a resize keeps a few)."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self.blocks = blocks
        self.widest = max((cell_len(b.first) + b.text.cell_length for b in blocks), default=0)
        """The width of the longest line, unwrapped."""
        self._lines: LRUCache[int, list[Content]] = LRUCache(4)

    @property
    def widths(self) -> list[int]:
        """The widths the blocks have been wrapped at (the last few)."""
        return list(self._lines.keys())

    def lines(self, width: int) -> list[Content]:
        lines = self._lines.get(width)
        if lines is None:
            lines = wrap_blocks(self.blocks, width)
            self._lines[width] = lines
        return lines
