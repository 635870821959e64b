"""The base of every modal box (a question, help, the idle notice, the staff PIN prompt)."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Vertical
from textual.screen import ModalScreen

from walkthrough.screens.sizes import SizeClasses, make_larger
from walkthrough.widgets.text import Line

Result = TypeVar("Result")


class Box(SizeClasses, ModalScreen[Result]):
    """A titled box that closes once, and only from the top of the screen stack: Textual's
    `dismiss` closes whatever is on top, so a second close (Enter pressed twice, a key racing
    a timer, a box covered by the idle notice) would close the step under it."""

    closed = False

    def __init__(self, heading: str, too_small: str, kind: str = "") -> None:
        super().__init__(classes=f"dialog-screen {kind}-screen" if kind else "dialog-screen")
        self.heading = heading
        self.too_small = too_small
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(classes=f"dialog {self.kind}".strip()):
            yield Line(self.heading, classes="dialog-title")
            yield from self.compose_box()
        yield make_larger(self.too_small)

    def compose_box(self) -> ComposeResult:
        """What the box shows under its title."""
        yield from ()

    def dismiss(self, result: Result | None = None) -> AwaitComplete:
        if self.closed or not self.is_active:
            done: AwaitComplete = AwaitComplete.nothing()  # type: ignore[no-untyped-call]
            return done
        self.closed = True
        return super().dismiss(result)
