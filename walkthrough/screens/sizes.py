"""Screen size classes (the styles use them), and the line a screen shows when too small.

-narrow under 72 columns, -short under 18 rows, -too-small under 20 columns or 6 rows. Under
72 columns the progress rail leaves the step too narrow for a row of boxed choices (three
languages, or Yes / No / Not sure): 64x20 is the grid of a large font on a 1080p screen. Under
6 rows the frame (top bar, title, disclaimer, key bar) leaves one row at most for the step's
words; under 20 columns the key hints and the disclaimer fold a few letters to a line. There a
screen shows only a line asking for a larger window; what it covers stays as it was, hidden,
and is back when the window grows.
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
    """Mixed into every screen (before Screen or ModalScreen): the size classes above, and
    the focus kept while the screen is too small.

    Textual takes the focus from a widget that stops being displayed, and with nothing else
    on show, nothing would have it. Focused again (while still hidden) it keeps taking the
    keys, and the patient finds the same choice in focus when the window grows."""

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
