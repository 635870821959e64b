"""Modal boxes: a yes/no question that returns a bool, and the help overlay."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal

from walkthrough.content.model import Dialog, Interface
from walkthrough.screens.box import Box
from walkthrough.widgets.body import Body
from walkthrough.widgets.choice import Choice
from walkthrough.widgets.keybar import KeyBar
from walkthrough.widgets.text import Prose
from walkthrough.wording import help_text


class ConfirmDialog(Box[bool]):
    """Asks before something that loses answers. Escape, Backspace or cancel say no. Every arrow
    moves between the two choices, as Tab does: patients reach for the arrows."""

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
    """Every key, explained in the patient's language. Any of Escape, Enter, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape,enter,question_mark,f1,q,space,left,backspace", "dismiss", show=False),
        Binding("up", "scroll(-1)", show=False),
        Binding("down", "scroll(1)", show=False),
    ]

    def __init__(self, ui: Interface) -> None:
        super().__init__(ui.help_title, ui.too_small, "help")
        self.ui = ui

    def compose_box(self) -> ComposeResult:
        with Body(id="help-body"):
            yield Prose(help_text(self.ui))
        names = self.ui.key_names
        yield KeyBar([(f"{names.escape} / {names.enter}", self.ui.keys.close)])

    def action_scroll(self, direction: int) -> None:
        self.query_one(Body).move(direction, None)
