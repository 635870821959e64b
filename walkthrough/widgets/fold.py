"""A common question that opens, with Enter or Space (bound by its screen), to show its answer."""

from __future__ import annotations

from textual.containers import Vertical
from textual.message import Message

from walkthrough.content.model import Question
from walkthrough.widgets.glyphs import Marks
from walkthrough.widgets.text import Prose, TextBlocks, hanging


class FoldTitle(TextBlocks, can_focus=True):
    """The question, marked closed (►) or open (▼); the focus stops here."""

    def on_click(self) -> None:
        self.focus()
        if isinstance(self.parent, Fold):
            self.parent.toggle()


class Fold(Vertical):
    """A question and its answer, made when the fold first opens (most never are)."""

    class Toggled(Message):
        def __init__(self, fold: Fold) -> None:
            super().__init__()
            self.fold = fold

    def __init__(self, item: Question, marks: Marks) -> None:
        # Made here, not in compose, so it mounts with the screen: its first layout is whole.
        question = FoldTitle(hanging(marks.closed, item.question), classes="fold-title")
        super().__init__(question, id=f"faq-{item.id}", classes="fold")
        self.question = question
        self.answer: Prose | None = None
        self.item = item
        self.marks = marks

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def toggle(self) -> None:
        self.set_open(not self.is_open)
        self.post_message(self.Toggled(self))

    def set_open(self, is_open: bool) -> None:
        if is_open and self.answer is None:
            self.answer = Prose(self.item.answer, classes="fold-answer")
            self.mount(self.answer)
        self.set_class(is_open, "-open")
        mark = self.marks.opened if is_open else self.marks.closed
        self.question.set_blocks(hanging(mark, self.item.question))
