"""The safety checklist, one question at a time: answer by number, skip with Enter, back with b."""

from __future__ import annotations

from typing import Literal

from walkthrough.answer_keys import key_map, keys_line
from walkthrough.content.model import ChecklistStep
from walkthrough.keys import PLAIN_BACK
from walkthrough.plain.conversation import Conversation, Move
from walkthrough.session import is_flagged
from walkthrough.wording import answer_label, question_counter, questions_left

# How the patient reached a question: in order, by going back, or sent to fill a gap. Coming back
# or filling gaps, the current answer (or 'not answered') is read out even when empty; filling
# gaps, each answer moves on to the next unanswered question, not the next in order.
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
    talk.say("", question_counter(ui, index + 1, len(step.questions)))
    talk.markdown(item.question)
    answer = talk.session.answers.get(item.id)
    if answer is not None or mode != "forward":
        # ui.current_answer carries its own punctuation: "Your answer:".
        talk.say(f"{ui.current_answer} {answer_label(ui, answer)}")
    keys = key_map(ui)
    while True:
        talk.say(keys_line(ui), talk.nav())
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
    talk.say("", questions_left(talk.ui, len(missing)))
    return gaps[0], "gaps"
