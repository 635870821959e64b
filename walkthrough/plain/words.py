"""Plain mode's lines built from ui.yaml: choices, answers, key lines (counters: wording).

Python adds only language-neutral pieces: the command tokens (1, 2, 3, b, q, ?), ' = ' between a
token and its label, and ', ' between choices on one line. The checklist's answer keys are the
language's own (walkthrough.answer_keys): 1, 2 and 3, and any letters its ui.yaml gives.
"""

from __future__ import annotations

from collections.abc import Sequence

from walkthrough.answer_keys import key_map, keys_line
from walkthrough.content.model import Dialog, Interface
from walkthrough.keys import PLAIN_BACK, PLAIN_HELP, PLAIN_QUIT
from walkthrough.session import Answer
from walkthrough.wording import answer_label

BACK = PLAIN_BACK
QUIT = PLAIN_QUIT
HELP = PLAIN_HELP
CONFIRM = "1"
CANCEL = "2"


def choice(token: str, label: str) -> str:
    return f"{token} = {label}"


def choices_line(pairs: Sequence[tuple[str, str]]) -> str:
    return ", ".join(choice(token, label) for token, label in pairs)


def current_answer(ui: Interface, answer: Answer | None) -> str:
    """'Your answer: Yes', from ui.current_answer (a label with its own punctuation)."""
    return f"{ui.current_answer} {answer_label(ui, answer)}"


def answer_choices(ui: Interface) -> str:
    """'1 = Yes, 2 = No, 3 = Not sure', with any letters the language adds ('1/Y = Yes')."""
    return keys_line(ui)


def answer_typed(ui: Interface, command: str) -> Answer | None:
    """The answer a typed command picks in this language, if it is one."""
    return key_map(ui).get(command.lower()) if len(command) == 1 else None


def nav_line(ui: Interface, *, enter: bool = True, back: bool = True, numbers: int = 0) -> str:
    """'Enter = Next, b = Back, q = Quit, ? = Help', leaving out what does nothing here."""
    pairs: list[tuple[str, str]] = []
    if numbers:
        pairs.append(("1" if numbers == 1 else f"1-{numbers}", ui.keys.choose))
    if enter:
        pairs.append((ui.key_names.enter, ui.keys.next))
    if back:
        pairs.append((BACK, ui.keys.back))
    pairs += [(QUIT, ui.keys.quit), (HELP[0], ui.keys.help)]
    return choices_line(pairs)


def dialog_choices(dialog: Dialog) -> list[str]:
    # One per line: confirm and cancel labels may contain commas of their own.
    return [choice(CONFIRM, dialog.confirm), choice(CANCEL, dialog.cancel)]


def goodbye(ui: Interface) -> str:
    return ui.goodbye


def help_body(ui: Interface) -> str:
    return ui.plain_help_body
