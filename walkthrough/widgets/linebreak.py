"""Line breaking: at spaces, and in Chinese between characters, never before closing marks."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from walkthrough.cjk import CJK

NO_LINE_START = frozenset(
    "，。、；：？！）」』》〉】〕”’…・,.;:?!)]}%"
)  # stays with the word before
NO_LINE_END = frozenset("（「『《〈【〔“‘([{")  # goes down with the word after


def wrap(text: Content, width: int) -> list[Content]:
    """Lines of at most `width` cells; text without Chinese breaks at spaces, as Textual wraps
    it. A width under 1 wraps as 1: Textual raises on 0 and drops words below it."""
    width = max(width, 1)
    if not CJK.search(text.plain):
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
    if char in NO_LINE_START or before in NO_LINE_END:
        return False
    if before.isspace():
        return not char.isspace()
    if char.isspace():
        return False
    return bool(CJK.match(char) or CJK.match(before))
