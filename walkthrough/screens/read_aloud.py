"""What a step screen sends up to be read aloud in auto mode, as the patient reaches it."""

from __future__ import annotations

from textual.message import Message

from walkthrough.content.model import CheckItem, Question


class QuestionFocused(Message):
    """The focus moved into a checklist question, on the screen shown (not one built ahead)."""

    def __init__(self, item: CheckItem) -> None:
        super().__init__()
        self.item = item


class AnswerOpened(Message):
    """A common question was opened: its answer is on the screen."""

    def __init__(self, item: Question) -> None:
        super().__init__()
        self.item = item
