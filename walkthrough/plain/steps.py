"""Each kind of step as plain lines: heading, text, disclaimer, then its own numbered choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from walkthrough.content.model import (
    ChecklistStep,
    FaqStep,
    InfoStep,
    Step,
    SummaryStep,
    WelcomeStep,
)
from walkthrough.plain import words
from walkthrough.plain.checklist import run_checklist
from walkthrough.plain.moves import Move
from walkthrough.plain.text import number_choice
from walkthrough.wording import step_counter, summarise

if TYPE_CHECKING:
    from walkthrough.plain.flow import Walkthrough


def show_step(walk: Walkthrough, step: Step, arrived_back: bool) -> Move:
    """Print the step's heading and text, then prompt until the patient leaves it."""
    session = walk.session
    walk.console.blank()
    walk.say(step_counter(walk.ui, session.step_index + 1, len(session.steps)))
    walk.say(step.title)
    if isinstance(step, WelcomeStep):
        return _welcome(walk, step)
    if isinstance(step, FaqStep):
        return _faq(walk, step)
    if isinstance(step, ChecklistStep):
        return run_checklist(walk, step, arrived_back)
    if isinstance(step, SummaryStep):
        return _summary(walk, step)
    return _info(walk, step)


def _info(walk: Walkthrough, step: InfoStep) -> Move:
    walk.markdown(step.body)
    walk.say(walk.ui.disclaimer)
    return walk.prompt(lambda: walk.say(walk.nav()))


def _welcome(walk: Walkthrough, step: WelcomeStep) -> Move:
    walk.markdown(step.body)
    walk.say(walk.ui.disclaimer)
    languages = list(walk.session.content.languages.values())
    choosing = len(languages) > 1

    def choices() -> None:
        if choosing:
            walk.say(step.language_prompt)
            # Each language named in itself, so a patient finds theirs whatever is showing now.
            for number, language in enumerate(languages, 1):
                walk.say(words.choice(str(number), language.ui.language_name))
        walk.say(walk.nav())

    def pick(command: str) -> Move | None:
        index = number_choice(command, len(languages)) if choosing else None
        if index is None:
            return None
        walk.session.set_language(languages[index].code)
        return Move.REDRAW

    return walk.prompt(choices, pick)


def _faq(walk: Walkthrough, step: FaqStep) -> Move:
    walk.markdown(step.intro)
    walk.say(walk.ui.disclaimer)
    count = len(step.items)

    def choices() -> None:
        for number, item in enumerate(step.items, 1):
            walk.say(words.choice(str(number), item.question))
        walk.say(walk.nav(numbers=count))

    def open_question(command: str) -> Move | None:
        index = number_choice(command, count)
        if index is None:
            return None
        item = step.items[index]
        walk.console.blank()
        walk.say(item.question)
        walk.markdown(item.answer)
        # Only the short key line: hearing the whole list again after every answer is tiring.
        walk.say(walk.nav(numbers=count))
        return Move.PROMPTED

    return walk.prompt(choices, open_question)


def _summary(walk: Walkthrough, step: SummaryStep) -> Move:
    summary = summarise(walk.session)
    if summary.flagged:
        walk.say(summary.flagged_heading)
        walk.say(*(f"- {line}" for line in summary.summary_lines))
    else:
        walk.markdown(summary.nothing_flagged)
    walk.markdown(summary.next_steps)
    walk.say(walk.ui.disclaimer)

    def choices() -> None:
        walk.say(words.choice("1", step.start_over))
        walk.say(walk.nav())

    def start_over(command: str) -> Move | None:
        if command != "1":
            return None
        if not walk.confirm(walk.ui.confirm_restart):
            return Move.STAY
        walk.session.reset()
        return Move.RESTART

    return walk.prompt(choices, start_over)
