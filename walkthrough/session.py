"""The patient's place and answers: pure Python, no Textual, easy to test and to wipe."""

from __future__ import annotations

from enum import Enum

from walkthrough.content.model import CheckItem, Content, Language, Step


class Answer(str, Enum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


def is_flagged(item: CheckItem, answer: Answer | None) -> bool:
    """Whether this answer is something to tell the practitioner about."""
    flag = Answer.YES if item.kind == "caution" else Answer.NO
    return answer is Answer.UNSURE or answer is flag


class Session:
    """One patient's walk (a plain class: a dataclass compiles its methods at every start)."""

    def __init__(self, content: Content, language_code: str = "") -> None:
        self.content = content
        self.language_code = language_code or content.clinic.default_language
        self.step_index = 0
        self.answers: dict[str, Answer] = {}
        self.not_offered: frozenset[str] = frozenset()  # languages the screen cannot show

    def copy(self) -> Session:
        """The walk as it is now, with answers of its own (for a thread to read)."""
        twin = Session(self.content, self.language_code)
        twin.step_index, twin.answers = self.step_index, dict(self.answers)
        twin.not_offered = self.not_offered
        return twin

    @property
    def language(self) -> Language:
        return self.content.languages[self.language_code]

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.language.steps

    @property
    def step(self) -> Step:
        return self.steps[self.step_index]

    @property
    def is_first(self) -> bool:
        return self.step_index == 0

    @property
    def is_last(self) -> bool:
        return self.step_index == len(self.steps) - 1

    def go_to(self, index: int) -> None:
        self.step_index = max(0, min(index, len(self.steps) - 1))

    @property
    def can_go_next(self) -> bool:
        """Not on the last step, nor on a checklist with questions still open."""
        return not (self.is_last or (self.step.kind == "checklist" and self.unanswered()))

    def go_next(self) -> bool:
        """Move forward one step; False when that is not possible (see can_go_next)."""
        if not self.can_go_next:
            return False
        self.step_index += 1
        return True

    def go_back(self) -> bool:
        if self.is_first:
            return False
        self.step_index -= 1
        return True

    def set_language(self, code: str) -> None:
        if code not in self.content.languages:
            raise KeyError(code)
        self.language_code = code

    def answer(self, item_id: str, answer: Answer) -> None:
        if item_id not in {item.id for item in self.language.checklist.questions}:
            raise KeyError(item_id)
        self.answers[item_id] = answer

    def unanswered(self) -> list[CheckItem]:
        return [item for item in self.language.checklist.questions if item.id not in self.answers]

    def flagged(self) -> list[CheckItem]:
        questions = self.language.checklist.questions
        return [item for item in questions if is_flagged(item, self.answers.get(item.id))]

    @property
    def has_answers(self) -> bool:
        return bool(self.answers)

    def reset(self, *, keep_language: bool = False) -> None:
        """Forget every answer, back to welcome; only a new patient gets the default language."""
        self.answers.clear()
        self.step_index = 0
        if not keep_language:
            self.language_code = self.content.clinic.default_language
