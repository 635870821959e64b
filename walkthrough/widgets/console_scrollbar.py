"""The Linux console's scroll bar: its font has no eighth blocks (see widgets/glyphs.py)."""

from __future__ import annotations

from typing import ClassVar

from textual.scrollbar import ScrollBarRender


class WholeCellScrollBar(ScrollBarRender):
    """A scroll bar whose thumb moves a whole cell at a time, without eighth blocks."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * 8
    HORIZONTAL_BARS: ClassVar[list[str]] = [" "] * 8
