"""The words every front end shares (no Textual): answer keys and labels, ui lines, the summary."""

from __future__ import annotations

from typing import NamedTuple

from walkthrough import markdown
from walkthrough.content.model import Language, SummaryStep, UiWords
from walkthrough.keys import ANSWER_DIGITS
from walkthrough.records import frozen
from walkthrough.session import Answer, Session


@frozen
class AnswerKey:
    """One answer: its words, and every key that picks it ("1", then any letter)."""

    answer: Answer
    label: str
    keys: tuple[str, ...]

    @property
    def shown(self) -> str:
        """The keys as printed on the button and in the key bar: "1", or "1/Y"."""
        return "/".join(self.keys)

    @property
    def face(self) -> str:
        """The key and the words, as on the answer button: "1 Yes"."""
        return f"{self.shown} {self.label}"


def answer_keys(ui: UiWords) -> tuple[AnswerKey, ...]:
    """Yes, No and Not sure, in that order, with their keys in this language."""
    labels = {Answer.YES: ui.answer_yes, Answer.NO: ui.answer_no, Answer.UNSURE: ui.answer_unsure}
    found = []
    for answer, label in labels.items():
        letter = getattr(ui.answer_letters, f"answer_{answer.value}") if ui.answer_letters else ""
        keys = (ANSWER_DIGITS[answer.value], *((letter.upper(),) if letter else ()))
        found.append(AnswerKey(answer, label, keys))
    return tuple(found)


def answer_keymap(ui: UiWords) -> dict[str, str]:
    """The keys of each answer, a letter in both cases, by its binding's id: "1,Y,y"."""
    keymap = {}
    for item in answer_keys(ui):
        keys = [case for key in item.keys for case in (key, key.lower())]
        keymap[f"answer-{item.answer.value}"] = ",".join(dict.fromkeys(keys))
    return keymap


def keys_line(ui: UiWords) -> str:
    """Every answer with its keys, for help and plain mode: "1 = Yes, 2 = No, 3 = Not sure"."""
    return ", ".join(f"{item.shown} = {item.label}" for item in answer_keys(ui))


def fill(template: str, **values: object) -> str:
    """Put values into `{name}` placeholders by plain replacement (never str.format on content)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def step_counter(ui: UiWords, current: int, total: int) -> str:
    return fill(ui.step_counter, current=current, total=total)


def question_counter(ui: UiWords, current: int, total: int) -> str:
    return fill(ui.question_counter, current=current, total=total)


def questions_left(ui: UiWords, count: int) -> str:
    return fill(ui.questions_left, count=count)


def help_text(ui: UiWords) -> str:
    """The help's words, with the checklist's answer keys put in where they belong."""
    return fill(ui.help_body, answer_keys=keys_line(ui))


def answer_label(ui: UiWords, answer: Answer | None) -> str:
    """The words for an answer ("Yes"), or for no answer yet."""
    return next((key.label for key in answer_keys(ui) if key.answer is answer), ui.not_answered)


def lines(text: str, bullet: str = markdown.BULLET) -> list[str]:
    """Content Markdown as the screen shows it, a line per paragraph or item, `bullet` for •."""
    found: list[str] = []
    for paragraph in markdown.read(text):
        first = paragraph.first.replace(f"{markdown.BULLET} ", f"{bullet} " if bullet else "")
        for number, line in enumerate(paragraph.plain.split("\n")):
            found.append(f"{paragraph.rest if number else first}{line}".rstrip())
    return found


class Flagged(NamedTuple):
    """A flagged answer: the summary's line for it, and what to tell the practitioner."""

    summary: str
    tell: str


class Answered(NamedTuple):
    """A checklist question, the words of its answer (or of no answer yet), its short form for
    lists (the summary line), and whether the answer is one to tell the practitioner about."""

    question: str
    answer: str
    summary: str
    flagged: bool


@frozen
class Summary:
    """The summary in one language: flagged items in checklist order, next steps, every answer."""

    flagged_heading: str
    flagged: tuple[Flagged, ...]
    nothing_flagged: str
    next_steps: str
    answers: tuple[Answered, ...]

    @property
    def summary_lines(self) -> tuple[str, ...]:
        return tuple(item.summary for item in self.flagged)


def summarise(session: Session, language: Language | None = None) -> Summary:
    """The summary of the session's answers, in `language` (the session's own by default)."""
    language = language or session.language
    flagged = {item.id for item in session.flagged()}
    questions = language.checklist.questions
    step = language.step("summary")
    assert isinstance(step, SummaryStep)
    return Summary(
        flagged_heading=step.flagged_heading,
        flagged=tuple(Flagged(q.summary, q.tell) for q in questions if q.id in flagged),
        nothing_flagged=step.nothing_flagged,
        next_steps=step.next_steps,
        answers=tuple(
            Answered(
                q.question,
                answer_label(language.ui, session.answers.get(q.id)),
                q.summary,
                q.id in flagged,
            )
            for q in questions
        ),
    )
