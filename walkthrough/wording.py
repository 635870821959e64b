"""The words every front end shares (no Textual): answer labels, filled-in ui lines, the summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from walkthrough import markdown
from walkthrough.answer_keys import answer_keys, keys_line
from walkthrough.content.model import Interface, Language, SummaryStep
from walkthrough.session import Answer, Session


def fill(template: str, **values: object) -> str:
    """Put values into `{name}` placeholders by plain replacement (never str.format on content)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def step_counter(ui: Interface, current: int, total: int) -> str:
    return fill(ui.step_counter, current=current, total=total)


def question_counter(ui: Interface, current: int, total: int) -> str:
    return fill(ui.question_counter, current=current, total=total)


def questions_left(ui: Interface, count: int) -> str:
    return fill(ui.questions_left, count=count)


def help_text(ui: Interface) -> str:
    """The help's words, with the checklist's answer keys put in where they belong."""
    return fill(ui.help_body, answer_keys=keys_line(ui))


def answer_label(ui: Interface, answer: Answer | None) -> str:
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
    """A checklist question and the words of its answer (or of no answer yet)."""

    question: str
    answer: str


@dataclass(frozen=True)
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
            Answered(q.question, answer_label(language.ui, session.answers.get(q.id)))
            for q in questions
        ),
    )
