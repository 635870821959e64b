"""Content text with simple Markdown (paragraphs, bullet lists, bold) laid out as hanging blocks.

Each block is a piece of text with a prefix for its first line (a bullet, a number, a flag)
and spaces for the lines after it, so wrapped lines line up under the text, not the mark.
Chinese has no spaces to break at and folds anywhere; in its own column it folds neatly
instead of leaving a mark alone on a line.

A whole block of text is one widget (not one per paragraph and bullet, as Textual's Markdown
widget makes), so a step change lays out and paints tens of widgets, not hundreds. Nothing
is ever parsed as Rich or Textual markup, and links are shown as words, never made live.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from rich.cells import cell_len
from textual.cache import LRUCache
from textual.content import Content
from textual.style import Style

from walkthrough.widgets.linebreak import wrap

BULLET = "•"
BOLD = Style(bold=True)
ITALIC = Style(italic=True)
INDENT = "  "

_PARSER = MarkdownIt("commonmark", {"html": False})


@dataclass(frozen=True)
class Block:
    """A paragraph or list item: `first` starts its first line, `rest` its wrapped lines."""

    text: Content
    first: str = ""
    rest: str = ""


GAP = Block(Content(""))
"""The blank line between paragraphs and lists."""


def hanging(mark: str, text: str) -> tuple[Block, ...]:
    """One piece of text with a mark (a number, a flag) hanging before it."""
    return (Block(Content(text), f"{mark} ", " " * (len(mark) + 1)),)


def plain_text(text: str) -> tuple[Block, ...]:
    """Text shown as it is written: no Markdown, no markup."""
    return (Block(Content(text)),)


@lru_cache(maxsize=256)
def parse_prose(source: str) -> tuple[Block, ...]:
    """The blocks of a piece of content text, with a blank line between paragraphs."""
    return _spaced(_blocks(SyntaxTreeNode(_PARSER.parse(source)), ""))


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


def _spaced(blocks: list[list[Block]]) -> tuple[Block, ...]:
    spaced: list[Block] = []
    for group in blocks:
        if spaced:
            spaced.append(GAP)
        spaced.extend(group)
    return tuple(spaced)


def _blocks(node: SyntaxTreeNode, indent: str) -> list[list[Block]]:
    """Each child of `node` as a group of blocks (a paragraph is one block, a list many)."""
    groups: list[list[Block]] = []
    for child in node.children:
        kind = child.type
        if kind == "paragraph":
            groups.append([Block(_inline(child), indent, indent)])
        elif kind == "heading":
            groups.append([Block(_inline(child, BOLD), indent, indent)])
        elif kind in ("bullet_list", "ordered_list"):
            groups.append(_list(child, indent))
        elif kind == "blockquote":
            groups.append(list(_spaced(_blocks(child, indent + INDENT))))
        elif kind in ("fence", "code_block", "html_block"):
            text = child.content.rstrip("\n")
            groups.append([Block(Content(line), indent, indent) for line in text.split("\n")])
        elif kind == "hr":
            groups.append([Block(Content("—" * 3), indent, indent)])
    return groups


def _list(node: SyntaxTreeNode, indent: str) -> list[Block]:
    start = int(str(node.attrs.get("start", 1)))
    count = len(node.children)
    if node.type == "ordered_list":
        marks = [f"{n}.".rjust(len(f"{start + count - 1}.")) for n in range(start, start + count)]
    else:
        marks = [BULLET] * count
    blocks: list[Block] = []
    for mark, item in zip(marks, node.children, strict=True):
        inner = indent + " " * (len(mark) + 1)
        item_blocks = [block for group in _blocks(item, inner) for block in group]
        if item_blocks and item_blocks[0].first == inner:  # the item's first line carries the mark
            first = item_blocks[0]
            item_blocks[0] = Block(first.text, f"{indent}{mark} ", first.rest)
        else:
            item_blocks.insert(0, Block(Content(""), f"{indent}{mark} ", inner))
        blocks.extend(item_blocks)
    return blocks


def _inline(block: SyntaxTreeNode, style: Style | None = None) -> Content:
    parts: list[Content] = []
    for child in block.children:
        _append(parts, child, style)
    return Content("").join(parts)


def _append(parts: list[Content], node: SyntaxTreeNode, style: Style | None) -> None:
    kind = node.type

    def add(text: str) -> None:
        parts.append(Content.styled(text, style) if style else Content(text))

    if kind in ("text", "code_inline", "html_inline"):
        add(node.content)
    elif kind == "softbreak":
        add(" ")
    elif kind == "hardbreak":
        add("\n")
    elif kind in ("inline", "image"):
        for child in node.children:
            _append(parts, child, style)
    elif kind in ("strong", "em"):
        extra = BOLD if kind == "strong" else ITALIC
        for child in node.children:
            _append(parts, child, style + extra if style else extra)
    elif kind == "link":
        start = len(parts)
        for child in node.children:
            _append(parts, child, style)
        target = str(node.attrs.get("href", ""))
        if target and "".join(part.plain for part in parts[start:]) != target:
            add(f" ({target})")
    else:  # anything a newer Markdown may add: its words, never its markup
        add(node.content)
        for child in node.children:
            _append(parts, child, style)
