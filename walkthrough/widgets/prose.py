"""Content text as blocks with hanging marks (Markdown read by walkthrough.markdown), wrapped."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len
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
