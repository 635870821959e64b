"""Line breaking for content text: at spaces, and in Chinese between characters, but never
before closing punctuation or after an opening mark."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from walkthrough.cjk import CJK

NO_LINE_START = frozenset("，。、；：？！）」』》〉】〕”’…・,.;:?!)]}%")
"""Punctuation that may not begin a line of Chinese (it stays with the word before it)."""
NO_LINE_END = frozenset("（「『《〈【〔“‘([{")
"""Opening marks that may not end a line (they go down with the word after them)."""


def wrap(text: Content, width: int) -> list[Content]:
    """Lines of at most `width` cells. Text with Chinese in it may break between any two
    characters, except before closing punctuation or after an opening mark; other text
    breaks at spaces, as Textual wraps it.

    A width under 1 (a terminal a few cells wide, or not laid out yet) wraps as 1: Textual
    raises on 0 and silently drops words below it, and every word must stay in the lines."""
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
