"""The frame's rail and key bar, and the marks drawn beside words (with the Linux console's own)."""

from __future__ import annotations

from typing import NamedTuple

from textual.content import Content
from textual.dom import DOMNode
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Static

from walkthrough.records import frozen
from walkthrough.safe_text import printable
from walkthrough.widgets.text import Block, plain_text, wrap_blocks

CONSOLE = "-console"  # the app's class on the bare Linux console (TERM=linux)


@frozen
class Marks:
    """The marks of the progress rail and of the common questions' folds."""

    done: str
    current: str
    to_come: str
    closed: str
    opened: str


# ► and √ are in every terminal font; ▶ is a coloured emoji in some, so only the console has it.
MARKS = Marks(done="√", current="►", to_come="·", closed="►", opened="▼")
CONSOLE_MARKS = Marks(done="☑", current="▶", to_come="·", closed="▶", opened="▼")


def marks_for(node: DOMNode) -> Marks:
    """The marks its app draws: the Linux console's own there (see CONSOLE)."""
    return CONSOLE_MARKS if node.app.has_class(CONSOLE) else MARKS


class ProgressRail(Static):
    """Every step, marked done, current or still to come (not by colour alone)."""

    def __init__(self, heading: str, labels: list[str], current: int, marks: Marks) -> None:
        lines = [Content.styled(printable(heading), "bold")]
        for index, label in enumerate(map(printable, labels)):
            if index < current:
                lines.append(Content.styled(f"{marks.done} {label}", "$text-success"))
            elif index == current:
                lines.append(Content.styled(f"{marks.current} {label}", "bold $text-accent"))
            else:
                lines.append(Content(f"{marks.to_come} {label}"))
        super().__init__(Content("\n").join(lines), markup=False)


class TopBar(Widget):
    """The app's title at the left and the step counter at the right, each with a cell of room
    either side: one widget for the line (a new screen's every widget costs it time)."""

    def __init__(self, title: str, counter: str) -> None:
        super().__init__(id="topbar")
        self.title_blocks, self.counter_blocks = plain_text(title), plain_text(counter)

    @property
    def counter(self) -> str:
        return self.counter_blocks[0].text.plain

    def render(self) -> Content:
        width = self.size.width
        counter_width = min(self.counter_blocks[0].text.cell_length, width)
        title_width = max(width - counter_width - 4, 0)  # the rest, less a cell either side
        title = _first_line(self.title_blocks, title_width)
        counter = _first_line(self.counter_blocks, counter_width)
        gap = title_width - title.cell_length + 2
        return Content.assemble(" ", title.stylize("bold"), " " * gap, counter.stylize("bold"))


def _first_line(blocks: tuple[Block, ...], width: int) -> Content:
    """What a line of this width shows of the text: its first wrapped line."""
    return wrap_blocks(blocks, width)[0] if width > 0 else Content("")


class KeyHint(NamedTuple):
    """A key bar's hint: the key as written, its words, and the action a tap on it runs."""

    key: str
    words: str
    action: str = ""  # a Textual action ("screen.dismiss"), run from the bar; "": not tapped


GAP = Content("  ")


def hint_text(key: str, label: str) -> Content:
    """A key in reverse, then its words; both from the content, so made printable."""
    return Content.assemble((f" {printable(key)} ", "reverse bold"), " ", printable(label))


def keybar_lines(hints: list[KeyHint], width: int) -> list[Content]:
    """The hints, as many to a line as fit, a key never apart from its words unless too wide."""
    width = max(width, 1)
    lines: list[Content] = []
    for key, label, *_ in hints:
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

    def show(self, hints: list[KeyHint]) -> None:
        """These hints from now on (a screen built ahead showed the step before's)."""
        if hints != self.hints:
            self.hints = hints
            self.refresh(layout=True)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return min(
            sum(hint_text(hint.key, hint.words).cell_length + 2 for hint in self.hints),
            container.width,
        )

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(keybar_lines(self.hints, width))

    def render(self) -> Content:
        return Content("\n").join(keybar_lines(self.hints, self.size.width))
