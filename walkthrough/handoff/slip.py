"""The slip's words, line by line: the summary in the patient's language and the clinic's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from walkthrough import wording
from walkthrough.session import Session

Style = Literal["title", "subtitle", "heading", "flag", "tell", "marked", "answer", "text", "rule"]


@dataclass(frozen=True)
class Line:
    """One line of the slip (wrapped to the paper when printed), and how it is set."""

    text: str
    style: Style = "text"


RULE = Line("", "rule")


def slip_lines(session: Session, now: datetime) -> list[Line]:
    """The slip: the flagged items for the patient, in their language, then for the
    practitioner in the clinic's (when it differs), then every answer. No name, nothing
    personal: the clinic's name, the time and the language are all it says of the visit."""
    patient, clinic = session.language, session.content.default
    both = [patient] if patient.code == clinic.code else [patient, clinic]
    words = clinic.ui.handoff
    lines = [Line(session.content.clinic.name, "title")]
    lines += [Line(language.ui.handoff.title, "subtitle") for language in both]
    lines += [
        Line(f"{words.date}: {now:%Y-%m-%d %H:%M}"),
        Line(f"{words.language}: {patient.ui.language_name} ({patient.code})"),
    ]
    summaries = {language.code: wording.summarise(session, language) for language in both}
    for summary in summaries.values():
        lines += [RULE, *_flagged(summary)]
    lines += [RULE, Line(words.answers, "heading")]
    lines += [_answer(answered) for answered in summaries[clinic.code].answers] + [RULE]
    return lines + [Line(language.ui.handoff.no_personal_details) for language in both]


def _paragraphs(text: str, style: Style = "text") -> list[Line]:
    return [Line(line, style) for line in wording.lines(text, bullet="") if line]


def _flagged(summary: wording.Summary) -> list[Line]:
    if not summary.flagged:
        return _paragraphs(summary.nothing_flagged)
    lines = [Line(summary.flagged_heading, "heading")]
    for item in summary.flagged:
        lines += [Line(f"! {item.summary}", "flag"), *_paragraphs(item.tell, "tell")]
    return lines


def _answer(answered: wording.Answered) -> Line:
    """A question, short (its summary line), with its answer; a flagged one marked `!`."""
    if answered.flagged:
        return Line(f"! {answered.summary}: {answered.answer}", "marked")
    return Line(f"{answered.summary}: {answered.answer}", "answer")
