"""Question rows: a checklist question with its answers, a folding common question; marked lines."""

from __future__ import annotations

from textual import events
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget

from walkthrough.content.model import CheckItem, Question
from walkthrough.session import Answer, is_flagged
from walkthrough.widgets.body import Choice
from walkthrough.widgets.glyphs import Marks
from walkthrough.widgets.text import Prose, TextBlocks, hanging
from walkthrough.wording import AnswerKey

FLAG_MARK = "!"


class MarkedLines(TextBlocks):
    """Each text after a mark, wrapped under its words; one widget for all, quicker to show."""

    def __init__(self, mark: str, *texts: str, is_markdown: bool = False, classes: str = ""):
        blocks = tuple(b for text in texts for b in hanging(mark, text, is_markdown=is_markdown))
        super().__init__(blocks, classes=f"marked {classes}".strip())


class AnswerRow(Vertical):
    """Shows the question, which answer is picked, and (when flagged) what to tell and why."""

    def __init__(
        self, item: CheckItem, keys: tuple[AnswerKey, ...], number: int, answer: Answer | None
    ) -> None:
        choices = [
            Choice(key.label, key.answer.value, picked=key.answer is answer, key=key.shown)
            for key in keys
        ]
        # Made here, not in compose, so they mount with the screen: its first layout is whole.
        parts = [
            MarkedLines(f"{number}.", item.question, is_markdown=True, classes="question"),
            AnswerChoices(*choices, classes="answers"),
        ]
        if is_flagged(item, answer):  # made only when flagged: every widget slows a new screen
            parts.append(self._tell(item))
        super().__init__(*parts, id=f"q-{item.id}", classes="answer-row")
        self.item = item
        self._mark(answer)

    @staticmethod
    def _tell(item: CheckItem) -> MarkedLines:
        return MarkedLines(FLAG_MARK, item.tell, is_markdown=True, classes="flag")

    def show(self, answer: Answer | None) -> None:
        for choice in self.query(Choice):
            choice.set_picked(answer is not None and choice.value == answer.value)
        if is_flagged(self.item, answer) and not self.query(".flag"):
            self.mount(self._tell(self.item))
        self._mark(answer)

    def _mark(self, answer: Answer | None) -> None:
        self.answer = answer
        self.set_class(answer is not None, "-answered")
        self.set_class(is_flagged(self.item, answer), "-flagged")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.call_after_refresh(self.bring_into_view, event.widget)

    def bring_into_view(self, focused: Widget) -> None:
        """Show the question and its answers, or if too tall the answers: the focus stays seen."""
        body = self.parent
        if not isinstance(body, Widget):
            return
        shown = body.scrollable_content_region
        if self.outer_size.height <= shown.height:
            self.scroll_visible(animate=False, immediate=True)
        else:
            body.scroll_relative(
                y=focused.region.bottom - shown.bottom, animate=False, immediate=True
            )

    def first_choice(self) -> Choice:
        return self.query(Choice).first()


class AnswerChoices(Horizontal):
    """The answers side by side, or stacked when they would not fit: none is ever cut off."""

    def on_resize(self, event: events.Resize) -> None:
        choices = list(self.children)
        widths = [choice.outer_size.width + choice.styles.margin.left for choice in choices]
        gaps = [choice.styles.margin.right for choice in choices[:-1]]  # not after the last
        self.set_class(sum(widths) + sum(gaps) > self.content_size.width, "-stacked")


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
