"""The always-visible key bar: which keys work on this screen, in the patient's language."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from walkthrough.safe_text import printable

KeyHint = tuple[str, str]  # (how the key is written, what it does)

GAP = Content("  ")


def hint_text(key: str, label: str) -> Content:
    """A key in reverse, then its words; both from the content, so made printable."""
    return Content.assemble((f" {printable(key)} ", "reverse bold"), " ", printable(label))


def keybar_lines(hints: list[KeyHint], width: int) -> list[Content]:
    """The hints, as many to a line as fit; a key and its words on one line (a lone "Q" with
    "Quit" below would puzzle anyone), unless wider than the line (at least 1 cell)."""
    width = max(width, 1)
    lines: list[Content] = []
    for key, label in hints:
        hint = hint_text(key, label)
        if lines and (lines[-1] + GAP + hint).cell_length <= width:
            lines[-1] = lines[-1] + GAP + hint
        else:
            lines.append(hint)
    return [
        part
        for line in lines
        for part in (line.wrap(width) if line.cell_length > width else [line])
    ]


class KeyBar(Widget):
    """A line (or more, on a narrow screen) of key hints."""

    def __init__(self, hints: list[KeyHint]) -> None:
        super().__init__()
        self.hints = hints

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return min(sum(hint_text(*hint).cell_length + 2 for hint in self.hints), container.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(keybar_lines(self.hints, width))

    def render(self) -> Content:
        return Content("\n").join(keybar_lines(self.hints, self.size.width))
