"""Plain language, measured: English screens at US grade 6 or below on average, none above 8."""

from __future__ import annotations

import statistics

import pytest
import textstat

from tests.apps import shipped_content
from walkthrough.content.model import (
    ChecklistStep,
    FaqStep,
    InfoStep,
    Step,
    SummaryStep,
    WelcomeStep,
)
from walkthrough.speech.reader import plain

AVERAGE_LIMIT = 6.0
SCREEN_LIMIT = 8.0


def screen_words(step: Step) -> str:
    """All the words a patient reads on one step's screen."""
    parts = [step.title]
    if isinstance(step, (WelcomeStep, InfoStep)):
        parts.append(step.body)
    elif isinstance(step, FaqStep):
        parts.append(step.intro)
        for item in step.items:
            parts += [item.question, item.answer]
    elif isinstance(step, ChecklistStep):
        parts.append(step.intro)
        for question in step.questions:
            parts += [question.question, question.tell]
    elif isinstance(step, SummaryStep):
        parts += [step.flagged_heading, step.nothing_flagged, step.next_steps]
    return "\n".join(plain(part) for part in parts)


def grades() -> dict[str, float]:
    english = shipped_content().languages["en"]
    return {step.id: textstat.flesch_kincaid_grade(screen_words(step)) for step in english.steps}


@pytest.mark.parametrize("step_id", [step.id for step in shipped_content().languages["en"].steps])
def test_no_english_screen_above_grade_8(step_id: str) -> None:
    assert grades()[step_id] <= SCREEN_LIMIT


def test_english_screens_average_grade_6_or_below() -> None:
    assert statistics.mean(grades().values()) <= AVERAGE_LIMIT


def test_help_text_is_plain_too() -> None:
    assert textstat.flesch_kincaid_grade(plain(shipped_content().languages["en"].ui.help_body)) <= 6


if __name__ == "__main__":  # prints the figures for the README
    for step_id, grade in grades().items():
        print(f"| {step_id} | {grade:.1f} |")
    print(f"| average | {statistics.mean(grades().values()):.1f} |")
