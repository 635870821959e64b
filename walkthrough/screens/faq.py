"""Common questions: each folded until the patient opens it with Enter or Space."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding

from walkthrough.content.model import FaqStep
from walkthrough.screens.base import StepScreen
from walkthrough.screens.read_aloud import AnswerOpened
from walkthrough.widgets.answer_row import Fold
from walkthrough.widgets.body import Body
from walkthrough.widgets.glyphs import marks_for
from walkthrough.widgets.text import Line, Prose


class FaqScreen(StepScreen):
    """Up/Down move between questions; Enter or Space opens or closes one."""

    STYLE_SHEET = "faq"

    BINDINGS = [
        Binding("up", "move(-1)", "move", key_display="↑ ↓"),
        Binding("down", "move(1)", "move", key_display="↑ ↓"),
        # Before the app's Enter (next step): they open or close the question in focus.
        Binding("space,enter", "open_or_close", "choose", key_display="enter"),
    ]

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, FaqStep)
        marks = marks_for(self)
        with Body(id="body"):
            yield Prose(self.step.intro, classes="intro")
            yield Line(self.ui.faq_keys, classes="keys-intro")
            for item in self.step.items:
                yield Fold(item, marks)

    def action_open_or_close(self) -> None:
        fold = self.focused.parent if self.focused else None
        if isinstance(fold, Fold):
            fold.toggle()

    @on(Fold.Toggled)
    def read_answer(self, event: Fold.Toggled) -> None:
        if event.fold.is_open:
            self.post_message(AnswerOpened(event.fold.item))
