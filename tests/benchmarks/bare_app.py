"""The baseline for the benchmarks: a bare Textual app that does as little as Textual allows.

One screen with a Header, a Static and a Footer. Right / Left switch to a *new* screen (built
afresh each time, as the walkthrough does with switch_screen), so the step-latency comparison
measures the same kind of work: compose, mount, lay out and paint a whole screen.

Run it as a program (`python tests/benchmarks/bare_app.py`) for the pseudo-terminal benchmarks,
or import BareApp for in-process ones.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

WELCOME = "Bare app ready"


def title_for(index: int) -> str:
    """A title no other screen's title contains (so a poll for it cannot match too early)."""
    return WELCOME if index == 0 else f"Bare screen <{index:03d}>"


def screenful(index: int) -> tuple[str, str]:
    """What shows the whole screen is drawn: its title and the footer's last key."""
    return (title_for(index), "Quit")


class BareScreen(Screen[None]):
    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(title_for(self.index), id="title")
        yield Footer()


class BareApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right", "step(1)", "Next"),
        Binding("left", "step(-1)", "Back"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.index = 0

    def on_mount(self) -> None:
        self.push_screen(BareScreen(0))

    def action_step(self, delta: int) -> None:
        self.index = max(0, self.index + delta)
        self.switch_screen(BareScreen(self.index))


if __name__ == "__main__":
    BareApp().run()
