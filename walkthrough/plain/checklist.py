"""The safety checklist, one question at a time: answer by number, skip with Enter, back with b."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from walkthrough.content.model import ChecklistStep
from walkthrough.plain import words
from walkthrough.plain.moves import Move
from walkthrough.session import is_flagged
from walkthrough.wording import question_counter, questions_left

if TYPE_CHECKING:
    from walkthrough.plain.flow import Walkthrough

Mode = Literal["forward", "back", "gaps"]
"""How the patient reached a question: in order, by going back, or sent to fill a gap.

Coming back or filling gaps, the current answer (or 'not answered') is read out even when empty;
while filling gaps, each answer moves on to the next unanswered question, not the next in order.
"""
Place = tuple[int, Mode]


def run_checklist(walk: Walkthrough, step: ChecklistStep, arrived_back: bool) -> Move:
    """Ask every question; leave forward only when the Session lets us (all answered)."""
    walk.markdown(step.intro)
    walk.say(walk.ui.disclaimer)
    # Coming back from the summary lands on the last question, as a sighted user would see it.
    place: Place | Move = (len(step.questions) - 1, "back") if arrived_back else (0, "forward")
    while not isinstance(place, Move):
        place = _ask(walk, step, *place)
    return place


def _ask(walk: Walkthrough, step: ChecklistStep, index: int, mode: Mode) -> Place | Move:
    """Show one question and read commands until it is answered, skipped or left."""
    item = step.questions[index]
    ui = walk.ui
    walk.console.blank()
    walk.say(question_counter(ui, index + 1, len(step.questions)))
    walk.markdown(item.question)
    answer = walk.session.answers.get(item.id)
    if answer is not None or mode != "forward":
        walk.say(words.current_answer(ui, answer))

    def choices() -> None:
        walk.say(words.answer_choices(ui), walk.nav())

    choices()
    while True:
        command = walk.console.ask()
        answer = words.answer_typed(ui, command)
        if answer is not None:
            walk.session.answer(item.id, answer)
            if is_flagged(item, answer):
                # Said straight away, so the patient hears why this answer matters.
                walk.say(ui.flag_label)
                walk.markdown(item.tell)
            return _after(walk, step, index, mode)
        if command == "":
            return _after(walk, step, index, mode)
        if command == words.BACK:
            if index > 0:
                return index - 1, "back"
            walk.session.go_back()
            return Move.BACKWARD
        if command == words.QUIT:
            walk.quit()
        elif command in words.HELP:
            walk.help()
        choices()


def _after(walk: Walkthrough, step: ChecklistStep, index: int, mode: Mode) -> Place | Move:
    """The next question; after the last one, the first unanswered one, or on to the summary."""
    if mode != "gaps" and index + 1 < len(step.questions):
        return index + 1, "forward"
    missing = {item.id for item in walk.session.unanswered()}
    if not missing:
        walk.session.go_next()
        return Move.FORWARD
    gaps = [i for i, item in enumerate(step.questions) if item.id in missing]
    later = [i for i in gaps if i > index]
    if mode == "gaps" and later:
        return later[0], "gaps"
    walk.console.blank()
    walk.say(questions_left(walk.ui, len(missing)))
    return gaps[0], "gaps"
