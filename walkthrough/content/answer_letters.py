"""Each language's answer letters: one letter each, none used twice, none a key already taken."""

from __future__ import annotations

from walkthrough.content.interface import Interface
from walkthrough.content.problems import Problem
from walkthrough.content.yaml_source import Document
from walkthrough.keys import taken_letters

FIELDS = ("answer_yes", "answer_no", "answer_unsure")


def check_answer_letters(document: Document, ui: Interface) -> list[Problem]:
    """Problems with `answer_letters` in one ui.yaml, at the line of each letter at fault."""
    letters = ui.answer_letters
    if letters is None:
        return []
    problems: list[Problem] = []
    taken = taken_letters()
    seen: dict[str, str] = {}
    for field in FIELDS:
        letter = getattr(letters, field)
        if letter is None:
            continue
        loc = ("answer_letters", field)
        key = letter.lower()
        if not (len(letter) == 1 and letter.isascii() and letter.isalpha()):
            message = f"'{field}' must be one letter from A to Z (1, 2 and 3 always answer too)"
        elif key in seen:
            message = (
                f"the letter '{letter.upper()}' is already the key for '{seen[key]}'; "
                "each answer needs its own key"
            )
        elif key in taken:
            message = (
                f"the letter '{letter.upper()}' is already the key for {taken[key]}; "
                "choose another letter"
            )
        else:
            seen[key] = field
            continue
        problems.append(document.problem(loc, message))
    return problems
