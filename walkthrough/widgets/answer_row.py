"""One checklist question with its three answers, and the calm 'tell your practitioner' line."""

from __future__ import annotations

from textual import events
from textual.containers import Horizontal, Vertical
from textual.widget import Widget

from walkthrough.answer_keys import AnswerKey
from walkthrough.content.model import CheckItem
from walkthrough.session import Answer, is_flagged
from walkthrough.widgets.choice import Choice
from walkthrough.widgets.text import Marked

FLAG_MARK = "!"


class AnswerRow(Vertical):
    """Shows the question, which answer is picked, and (when flagged) what to tell and why.

    Its parts are made here, not in a compose method, so they are mounted with the screen and
    the checklist's first layout is already complete. The 'tell' line is made the first time
    the answer is flagged: every widget makes a new screen slower."""

    def __init__(
        self, item: CheckItem, keys: tuple[AnswerKey, ...], number: int, answer: Answer | None
    ) -> None:
        choices = [
            Choice(key.label, key.answer.value, picked=key.answer is answer, key=key.shown)
            for key in keys
        ]
        parts = [
            Marked(f"{number}.", item.question, classes="question"),
            AnswerChoices(*choices, classes="answers"),
        ]
        if is_flagged(item, answer):
            parts.append(self._tell(item))
        super().__init__(
            *parts,
            id=f"q-{item.id}",
            classes=f"answer-row {self._classes_for(item, answer)}",
        )
        self.item = item
        self.number = number
        self.answer = answer

    @staticmethod
    def _tell(item: CheckItem) -> Marked:
        return Marked(FLAG_MARK, item.tell, classes="flag")

    @staticmethod
    def _classes_for(item: CheckItem, answer: Answer | None) -> str:
        answered = "-answered" if answer is not None else ""
        flagged = "-flagged" if is_flagged(item, answer) else ""
        return f"{answered} {flagged}".strip()

    def show(self, answer: Answer | None) -> None:
        self.answer = answer
        for choice in self.query(Choice):
            choice.set_picked(answer is not None and choice.value == answer.value)
        flagged = is_flagged(self.item, answer)
        if flagged and not self.query(".flag"):
            self.mount(self._tell(self.item))
        self.set_class(answer is not None, "-answered")
        self.set_class(flagged, "-flagged")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.call_after_refresh(self.bring_into_view, event.widget)

    def bring_into_view(self, focused: Widget) -> None:
        """Scroll the body so this question shows, at once (call it after a layout): the
        question with its answers, not just the answer in focus. When they cannot all fit (a
        long question on a small screen), the answers go at the bottom, with as much of the
        question as fits above them: the answer in focus is never out of sight."""
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
    """The three answers side by side; one under another when they would not fit side by side
    (a narrow window, long words, or letter keys as well as digits), so no answer, and no key,
    is ever cut off. Decided again only when the row's size changes."""

    def on_resize(self, event: events.Resize) -> None:
        choices = list(self.children)
        widths = [choice.outer_size.width + choice.styles.margin.left for choice in choices]
        gaps = [choice.styles.margin.right for choice in choices[:-1]]  # not after the last
        self.set_class(sum(widths) + sum(gaps) > self.content_size.width, "-stacked")
