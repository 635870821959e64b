"""Modal boxes: the base of every box, a yes/no question that returns a bool, and help."""

from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen

from walkthrough.content.model import Dialog, UiWords
from walkthrough.screens.base import SizeClasses, make_larger
from walkthrough.screens.key_hints import key_bar
from walkthrough.themes import read_style_sheet
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.glyphs import KeyHint
from walkthrough.widgets.text import Line, Prose
from walkthrough.wording import help_text

Result = TypeVar("Result")


class Box(SizeClasses, ModalScreen[Result]):
    """A titled box that closes once, and only from the top of the screen stack: Textual's
    `dismiss` closes whatever is on top, so a second close (Enter pressed twice, a key racing
    a timer, a box covered by the idle notice) would close the step under it."""

    closed = False

    def __init__(self, heading: str, too_small: str, kind: str = "") -> None:
        super().__init__(classes=f"dialog-screen {kind}-screen" if kind else "dialog-screen")
        read_style_sheet(self.app, "boxes")
        self.heading = heading
        self.too_small = too_small
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(classes=f"dialog {self.kind}".strip()):
            yield Line(self.heading, classes="dialog-title")
            yield from self.compose_box()
        yield make_larger(self.too_small)

    def compose_box(self) -> ComposeResult:
        yield from ()  # what the box shows under its title

    def dismiss(self, result: Result | None = None) -> AwaitComplete:
        if self.closed or not self.is_active:
            done: AwaitComplete = AwaitComplete.nothing()  # type: ignore[no-untyped-call]
            return done
        self.closed = True
        return super().dismiss(result)


class ConfirmDialog(Box[bool]):
    """Asks before answers are lost; Escape, Backspace or cancel say no; arrows move as Tab does."""

    BINDINGS = [
        Binding("escape,backspace", "dismiss(False)", show=False),
        Binding("left,up,shift+tab", "app.focus_previous", show=False),
        Binding("right,down,tab", "app.focus_next", show=False),
    ]
    AUTO_FOCUS = "#cancel"

    def __init__(self, dialog: Dialog, too_small: str) -> None:
        super().__init__(dialog.title, too_small)
        self.dialog = dialog

    def compose_box(self) -> ComposeResult:
        yield Prose(self.dialog.body)
        with Horizontal(classes="dialog-choices"):
            yield Choice(self.dialog.cancel, "cancel", radio=False, id="cancel")
            yield Choice(self.dialog.confirm, "confirm", radio=False, id="confirm")

    @on(Choice.Picked)
    def picked(self, event: Choice.Picked) -> None:
        event.stop()
        self.dismiss(event.choice.value == "confirm")


class HelpScreen(Box[None]):
    """Every key, explained in the patient's language; Escape, Enter, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape,enter,question_mark,f1,q,space,left,backspace", "dismiss", show=False),
        Binding("up", "scroll(-1)", show=False),
        Binding("down", "scroll(1)", show=False),
    ]

    def __init__(self, ui: UiWords) -> None:
        super().__init__(ui.help_title, ui.too_small, "help")
        self.ui = ui

    def compose_box(self) -> ComposeResult:
        with Body(id="help-body"):
            yield Prose(help_text(self.ui))
        names = self.ui.key_names
        yield key_bar(
            self, [KeyHint(f"{names.escape} / {names.enter}", self.ui.keys.close, "screen.dismiss")]
        )

    def action_scroll(self, direction: int) -> None:
        self.query_one(Body).move(direction, None)
