"""Content text on screen, literally (no markup, no live link): blocks, line breaking, widgets."""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.style import Style
from textual.widget import Widget

from walkthrough import markdown
from walkthrough.markdown import has_cjk
from walkthrough.records import frozen
from walkthrough.safe_text import printable

# Chinese breaks between characters, but never before a closing mark or after an opening one.
NO_LINE_START = frozenset("，。、；：？！）」』》〉】〕”’…・,.;:?!)]}%")
NO_LINE_END = frozenset("（「『《〈【〔“‘([{")


def wrap(text: Content, width: int) -> list[Content]:
    """Lines of at most `width` (at least 1) cells; text without Chinese wraps as Textual's does."""
    width = max(width, 1)
    if not has_cjk(text.plain):
        return text.wrap(width)
    lines: list[Content] = []
    for paragraph in text.split("\n", allow_blank=True):
        for line in paragraph.divide(_break_offsets(paragraph.plain, width)):
            lines.append(line[len(line.plain) - len(line.plain.lstrip(" ")) :].rstrip())
    return lines


def _break_offsets(text: str, width: int) -> list[int]:
    """Where lines of `text` start, after the first, filling each line as far as it goes."""
    offsets: list[int] = []
    start = used = candidate = 0
    for index, char in enumerate(text):
        if index > start and _may_break_before(text, index):
            candidate = index
        cells = cell_len(char)
        if used + cells > width and index > start and not char.isspace():
            cut = candidate if candidate > start else index
            offsets.append(cut)
            start, candidate = cut, 0
            used = cell_len(text[cut:index].lstrip(" "))
        used += cells
    return offsets


def _may_break_before(text: str, index: int) -> bool:
    before, char = text[index - 1], text[index]
    if char in NO_LINE_START or before in NO_LINE_END or char.isspace():
        return False
    return before.isspace() or has_cjk(char) or has_cjk(before)


STYLES: dict[str, Style | str] = {
    "": "",
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "bold italic": Style(bold=True, italic=True),
}


@frozen
class Block:
    """A paragraph or list item: `first` starts its first line, `rest` its wrapped lines."""

    text: Content
    first: str = ""
    rest: str = ""


def hanging(mark: str, text: str, *, is_markdown: bool = False) -> tuple[Block, ...]:
    """Text with a mark (a number, a flag) hanging before it, its wrapped lines under the text."""
    pad = " " * (len(mark) + 1)
    blocks = parse_prose(text) if is_markdown else plain_text(text)
    return tuple(
        Block(
            block.text,
            f"{mark} {block.first}" if number == 0 else pad + block.first,
            pad + block.rest,
        )
        for number, block in enumerate(blocks)
    )


def plain_text(text: str) -> tuple[Block, ...]:
    return (Block(Content(printable(text))),)


@lru_cache(maxsize=256)
def parse_prose(source: str) -> tuple[Block, ...]:
    """The blocks of some content Markdown (walkthrough.markdown), made printable (safe_text)."""
    blocks = []
    for paragraph in markdown.read(printable(source)):
        parts = [Content.styled(text, STYLES[style]) for text, style in paragraph.spans]
        blocks.append(Block(Content("").join(parts), paragraph.first, paragraph.rest))
    return tuple(blocks)


def wrap_blocks(blocks: tuple[Block, ...], width: int) -> list[Content]:
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
