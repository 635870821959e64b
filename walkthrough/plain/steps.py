"""Each kind of step as plain lines: heading, text, disclaimer, then its own numbered choices."""

from __future__ import annotations

from walkthrough.content.model import ChecklistStep, FaqStep, SummaryStep, WelcomeStep
from walkthrough.plain.checklist import run_checklist
from walkthrough.plain.console import number_choice
from walkthrough.plain.conversation import Conversation, Move, choice
from walkthrough.wording import step_counter, summarise


def show_step(talk: Conversation, arrived_back: bool) -> Move:
    """Print the session's step, heading and text, then prompt until the patient leaves it."""
    session = talk.session
    step = session.step
    talk.say("", step_counter(talk.ui, session.step_index + 1, len(session.steps)), step.title)
    if isinstance(step, SummaryStep):
        return _summary(talk, step)
    talk.markdown(step.intro if isinstance(step, (FaqStep, ChecklistStep)) else step.body)
    talk.say(talk.ui.disclaimer)
    if isinstance(step, WelcomeStep):
        return _welcome(talk, step)
    if isinstance(step, FaqStep):
        return _faq(talk, step)
    if isinstance(step, ChecklistStep):
        return run_checklist(talk, step, arrived_back)
    return talk.prompt(lambda: talk.say(talk.nav()))


def _welcome(talk: Conversation, step: WelcomeStep) -> Move:
    languages = list(talk.session.content.languages.values())
    choosing = len(languages) > 1

    def choices() -> None:
        if choosing:
            talk.say(step.language_prompt)
            # Each language named in itself, so a patient finds theirs whatever is showing now.
            for number, language in enumerate(languages, 1):
                talk.say(choice(str(number), language.ui.language_name))
        talk.say(talk.nav())

    def pick(command: str) -> Move | None:
        index = number_choice(command, len(languages)) if choosing else None
        if index is None:
            return None
        talk.session.set_language(languages[index].code)
        return Move.REDRAW

    return talk.prompt(choices, pick)


def _faq(talk: Conversation, step: FaqStep) -> Move:
    count = len(step.items)

    def choices() -> None:
        for number, item in enumerate(step.items, 1):
            talk.say(choice(str(number), item.question))
        talk.say(talk.nav(numbers=count))

    def open_question(command: str) -> Move | None:
        index = number_choice(command, count)
        if index is None:
            return None
        item = step.items[index]
        talk.say("", item.question)
        talk.markdown(item.answer)
        # Only the short key line: hearing the whole list again after every answer is tiring.
        talk.say(talk.nav(numbers=count))
        return Move.PROMPTED

    return talk.prompt(choices, open_question)


def _summary(talk: Conversation, step: SummaryStep) -> Move:
    summary = summarise(talk.session)
    if summary.flagged:
        talk.say(summary.flagged_heading, *(f"- {line}" for line in summary.summary_lines))
    else:
        talk.markdown(summary.nothing_flagged)
    talk.markdown(summary.next_steps)
    talk.say(talk.ui.disclaimer)

    words = talk.ui.handoff if talk.session.content.clinic.handoff else None  # a printer is set

    def choices() -> None:
        talk.say(choice("1", step.start_over))
        if words:
            talk.say(choice("2", words.print))
        talk.say(talk.nav())

    def pick(command: str) -> Move | None:
        if command == "2" and words:
            from walkthrough.handoff import print_slip

            talk.say(words.printing)
            talk.flush()  # said before the wait, not after
            talk.say(words.printed if print_slip(talk.session).printed else words.print_failed)
            return Move.STAY
        if command != "1":
            return None
        if not talk.confirm(talk.ui.confirm_restart):
            return Move.STAY
        talk.session.reset()
        return Move.RESTART

    return talk.prompt(choices, pick)
