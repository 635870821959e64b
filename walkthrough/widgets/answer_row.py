"""One checklist question with its three answers, and the calm 'tell your practitioner' line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical

from walkthrough.content.model import CheckItem, Interface
from walkthrough.session import Answer, is_flagged
from walkthrough.widgets.choice import Choice
from walkthrough.widgets.text import Marked

FLAG_MARK = "!"


class AnswerRow(Vertical):
    """Shows the question, which answer is picked, and (when flagged) what to tell and why."""

    def __init__(self, item: CheckItem, ui: Interface, number: int, answer: Answer | None) -> None:
        super().__init__(id=f"q-{item.id}", classes="answer-row")
        self.item = item
        self.ui = ui
        self.number = number
        self.answer = answer

    def compose(self) -> ComposeResult:
        yield Marked(f"{self.number}.", self.item.question, classes="question")
        labels = {
            Answer.YES: self.ui.answer_yes,
            Answer.NO: self.ui.answer_no,
            Answer.UNSURE: self.ui.answer_unsure,
        }
        with Horizontal(classes="answers"):
            for answer, label in labels.items():
                yield Choice(label, answer.value, picked=answer is self.answer)
        yield Marked(FLAG_MARK, self.item.tell, classes="flag")

    def on_mount(self) -> None:
        self.show(self.answer)

    def show(self, answer: Answer | None) -> None:
        self.answer = answer
        for choice in self.query(Choice):
            choice.set_picked(answer is not None and choice.value == answer.value)
        self.set_class(answer is not None, "-answered")
        self.set_class(is_flagged(self.item, answer), "-flagged")

    def on_descendant_focus(self) -> None:
        # Show the question with its answers, not just the answer in focus.
        self.call_after_refresh(self.scroll_visible, animate=False)

    def first_choice(self) -> Choice:
        return self.query(Choice).first()
