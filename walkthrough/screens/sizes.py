"""Screen size classes: -narrow under 72 columns, -short under 18 rows (the styles use them).

Under 72 columns the progress rail leaves the step too narrow for a row of boxed choices
(three languages, or Yes / No / Not sure): 64x20 is the grid of a large font on a 1080p screen."""

from __future__ import annotations

from textual.dom import DOMNode

WIDTH_BREAKPOINTS = [(0, "-narrow"), (72, "-wide")]
HEIGHT_BREAKPOINTS = [(0, "-short"), (18, "-tall")]


def size_classes(width: int, height: int) -> list[str]:
    """The breakpoint classes Textual gives a screen of this size."""
    wide = [name for edge, name in WIDTH_BREAKPOINTS if width >= edge]
    tall = [name for edge, name in HEIGHT_BREAKPOINTS if height >= edge]
    return [wide[-1], tall[-1]]


def set_size_classes(node: DOMNode, width: int, height: int) -> None:
    """Give `node` the breakpoint classes for this size, and take the others away."""
    wanted = size_classes(width, height)
    for _, name in [*WIDTH_BREAKPOINTS, *HEIGHT_BREAKPOINTS]:
        node.set_class(name in wanted, name)
