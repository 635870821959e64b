"""The keys that answer the checklist in one language; every front end takes them from here."""

from __future__ import annotations

from dataclasses import dataclass

from walkthrough.content.model import Interface
from walkthrough.keys import ANSWER_DIGITS
from walkthrough.session import Answer


@dataclass(frozen=True)
class AnswerKey:
    """One answer: its words, and every key that picks it ("1", then any letter)."""

    answer: Answer
    label: str
    keys: tuple[str, ...]

    @property
    def shown(self) -> str:
        """The keys as printed on the button and in the key bar: "1", or "1/Y"."""
        return "/".join(self.keys)

    @property
    def face(self) -> str:
        """The key and the words, as on the answer button: "1 Yes"."""
        return f"{self.shown} {self.label}"


def answer_keys(ui: Interface) -> tuple[AnswerKey, ...]:
    """Yes, No and Not sure, in that order, with their keys in this language."""
    labels = {Answer.YES: ui.answer_yes, Answer.NO: ui.answer_no, Answer.UNSURE: ui.answer_unsure}
    found = []
    for answer, label in labels.items():
        letter = getattr(ui.answer_letters, f"answer_{answer.value}") if ui.answer_letters else ""
        keys = (ANSWER_DIGITS[answer.value], *((letter.upper(),) if letter else ()))
        found.append(AnswerKey(answer, label, keys))
    return tuple(found)


def key_map(ui: Interface) -> dict[str, Answer]:
    """What each answer key picks, by the lower-case character typed."""
    return {key.lower(): item.answer for item in answer_keys(ui) for key in item.keys}


def answer_keymap(ui: Interface) -> dict[str, str]:
    """The keys of each answer, a letter in both cases, by its binding's id: "1,Y,y"."""
    keymap = {}
    for item in answer_keys(ui):
        keys = [case for key in item.keys for case in (key, key.lower())]
        keymap[f"answer-{item.answer.value}"] = ",".join(dict.fromkeys(keys))
    return keymap


def keys_line(ui: Interface) -> str:
    """Every answer with its keys, for help and plain mode: "1 = Yes, 2 = No, 3 = Not sure"."""
    return ", ".join(f"{item.shown} = {item.label}" for item in answer_keys(ui))
