"""Screen size classes (the styles use them), and the line a screen shows when too small.

-narrow under 72 columns (the rail leaves too little room for a row of boxed choices; 64x20 is
a large font on a 1080p screen), -short under 18 rows, -too-small under 20 columns or 6 rows
(the frame leaves the words a row at most, or a few letters a line): there only a line asking
for a larger window shows, and what it covers is back as it was when the window grows.
"""

from __future__ import annotations

from typing import Any, ClassVar, cast

from textual import events
from textual.dom import DOMNode
from textual.screen import Screen

from walkthrough.widgets.text import Line

TOO_SMALL = "-too-small"
MIN_WIDTH, MIN_HEIGHT = 20, 6

# Textual gives a screen one class per axis; both axes name -too-small for their smallest
# sizes, so the screen has it when either one is too small.
WIDTH_BREAKPOINTS = [(0, TOO_SMALL), (MIN_WIDTH, "-narrow"), (72, "-wide")]
HEIGHT_BREAKPOINTS = [(0, TOO_SMALL), (MIN_HEIGHT, "-short"), (18, "-tall")]


def size_classes(width: int, height: int) -> list[str]:
    """The breakpoint classes Textual gives a screen of this size."""
    wide = [name for edge, name in WIDTH_BREAKPOINTS if width >= edge]
    tall = [name for edge, name in HEIGHT_BREAKPOINTS if height >= edge]
    return list(dict.fromkeys([wide[-1], tall[-1]]))


def set_size_classes(node: DOMNode, width: int, height: int) -> None:
    """Give `node` the breakpoint classes for this size, and take the others away."""
    wanted = size_classes(width, height)
    for _, name in [*WIDTH_BREAKPOINTS, *HEIGHT_BREAKPOINTS]:
        node.set_class(name in wanted, name)


class SizeClasses:
    """Mixed into every screen (before Screen or ModalScreen): the size classes above, and the
    focus kept while too small (Textual takes it from a widget no longer displayed; focused
    again, it keeps the keys, and the same choice is in focus when the window grows)."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = WIDTH_BREAKPOINTS
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = HEIGHT_BREAKPOINTS

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        screen = cast("Screen[Any]", self)
        widget = event.widget
        if screen.focused is None and screen.has_class(TOO_SMALL) and widget.is_attached:
            screen.set_focus(widget, scroll_visible=False)


def make_larger(words: str) -> Line:
    """The line shown instead of the screen while it is too small (the styles show it)."""
    return Line(words, id="make-larger")
