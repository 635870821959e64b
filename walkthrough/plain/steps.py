"""Each kind of step as plain lines: heading, text, disclaimer, then its own numbered choices."""

from __future__ import annotations

from typing import Literal

from walkthrough import wording
from walkthrough.content.model import ChecklistStep, FaqStep, SummaryStep, WelcomeStep
from walkthrough.keys import PLAIN_BACK
from walkthrough.plain.console import number_choice
from walkthrough.plain.conversation import Conversation, Move, choice
from walkthrough.session import is_flagged


def show_step(talk: Conversation, arrived_back: bool) -> Move:
    """Print the session's step, heading and text, then prompt until the patient leaves it."""
    session = talk.session
    step = session.step
    counter = wording.step_counter(talk.ui, session.step_index + 1, len(session.steps))
    talk.say("", counter, step.title)
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
    summary = wording.summarise(talk.session)
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


# How a question was reached. Back or filling gaps, the answer (even 'not answered') is read out;
# filling gaps, an answer moves on to the next unanswered question, not the next in order.
Mode = Literal["forward", "back", "gaps"]
Place = tuple[int, Mode]


def run_checklist(talk: Conversation, step: ChecklistStep, arrived_back: bool) -> Move:
    """Ask every question; leave forward only when the Session lets us (all answered)."""
    # Coming back from the summary lands on the last question, as a sighted user would see it.
    place: Place | Move = (len(step.questions) - 1, "back") if arrived_back else (0, "forward")
    while not isinstance(place, Move):
        place = _ask(talk, step, *place)
    return place


def _ask(talk: Conversation, step: ChecklistStep, index: int, mode: Mode) -> Place | Move:
    """Show one question and read commands until it is answered, skipped or left."""
    item = step.questions[index]
    ui = talk.ui
    talk.say("", wording.question_counter(ui, index + 1, len(step.questions)))
    talk.markdown(item.question)
    answer = talk.session.answers.get(item.id)
    if answer is not None or mode != "forward":
        # ui.current_answer carries its own punctuation: "Your answer:".
        talk.say(f"{ui.current_answer} {wording.answer_label(ui, answer)}")
    keys = {key.lower(): each.answer for each in wording.answer_keys(ui) for key in each.keys}
    while True:
        talk.say(wording.keys_line(ui), talk.nav())
        command = talk.ask()
        answer = keys.get(command.lower()) if len(command) == 1 else None
        if answer is not None:
            talk.session.answer(item.id, answer)
            if is_flagged(item, answer):
                # Said straight away, so the patient hears why this answer matters.
                talk.say(ui.flag_label)
                talk.markdown(item.tell)
            return _after(talk, step, index, mode)
        if command == "":
            return _after(talk, step, index, mode)
        if command == PLAIN_BACK:
            if index > 0:
                return index - 1, "back"
            talk.session.go_back()
            return Move.BACKWARD
        talk.quit_or_help(command)


def _after(talk: Conversation, step: ChecklistStep, index: int, mode: Mode) -> Place | Move:
    """The next question; after the last one, the first unanswered one, or on to the summary."""
    if mode != "gaps" and index + 1 < len(step.questions):
        return index + 1, "forward"
    missing = {item.id for item in talk.session.unanswered()}
    if not missing:
        talk.session.go_next()
        return Move.FORWARD
    gaps = [i for i, item in enumerate(step.questions) if item.id in missing]
    later = [i for i in gaps if i > index]
    if mode == "gaps" and later:
        return later[0], "gaps"
    talk.say("", wording.questions_left(talk.ui, len(missing)))
    return gaps[0], "gaps"
