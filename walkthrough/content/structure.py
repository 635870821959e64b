"""Checks across items and files: step order, unique ids, answer letters, languages alike."""

from __future__ import annotations

from collections.abc import Sequence

from walkthrough.content import Problem
from walkthrough.content.model import STEP_KINDS, STEP_ORDER, Step
from walkthrough.content.ui_words import UiWords
from walkthrough.content.yaml_source import Document, Loc
from walkthrough.keys import taken_letters

ITEM_LISTS = ("items", "questions")
"""The lists inside steps whose items carry ids (common questions, the checklist)."""


def check_steps(document: Document, steps: Sequence[Step]) -> list[Problem]:
    """The steps are exactly STEP_ORDER, each of its kind, with unique item ids."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, step in enumerate(steps):
        if step.id in seen:
            message = f"duplicate step id '{step.id}'"
            problems.append(document.problem(("steps", index, "id"), message))
            continue
        seen[step.id] = index
        kind = STEP_KINDS.get(step.id, "info")
        if step.kind != kind:
            message = f"step '{step.id}' must have kind '{kind}'"
            problems.append(document.problem(("steps", index, "kind"), message))
        for key in ITEM_LISTS:
            ids = [item.id for item in getattr(step, key, ())]
            for position, item_id in enumerate(ids):
                if item_id in ids[:position]:
                    loc = ("steps", index, key, position, "id")
                    problems.append(document.problem(loc, f"duplicate id '{item_id}'"))
    missing = [step_id for step_id in STEP_ORDER if step_id not in seen]
    for step_id in missing:
        problems.append(document.problem(("steps",), f"missing step '{step_id}'"))
    present = [step.id for index, step in enumerate(steps) if seen[step.id] == index]
    if not missing and present != list(STEP_ORDER):
        message = "steps are out of order; they must be: " + ", ".join(STEP_ORDER)
        problems.append(document.problem(("steps",), message))
    return problems


def check_answer_letters(document: Document, ui: UiWords) -> list[Problem]:
    """Each answer letter of one ui.yaml is one letter, not used twice, not a key already taken."""
    if ui.answer_letters is None:
        return []
    problems: list[Problem] = []
    taken = taken_letters()
    seen: dict[str, str] = {}
    for field in ("answer_yes", "answer_no", "answer_unsure"):
        letter = getattr(ui.answer_letters, field)
        if letter is None:
            continue
        key, used = letter.lower(), f"the letter '{letter.upper()}' is already the key for"
        if not (len(letter) == 1 and letter.isascii() and letter.isalpha()):
            message = f"'{field}' must be one letter from A to Z (1, 2 and 3 always answer too)"
        elif key in seen:
            message = f"{used} '{seen[key]}'; each answer needs its own key"
        elif key in taken:
            message = f"{used} {taken[key]}; choose another letter"
        else:
            seen[key] = field
            continue
        problems.append(document.problem(("answer_letters", field), message))
    return problems


def _item_ids(document: Document) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """For each (step id, list key): the step's index and its items' ids, from the raw data."""
    return {
        (step["id"], key): (index, [item["id"] for item in step[key]])
        for index, step in enumerate(document.data.get("steps", []))
        for key in ITEM_LISTS
        if key in step
    }


def compare_languages(documents: dict[str, Document], codes: Sequence[str]) -> list[Problem]:
    """Every language has the same questions, with the same ids, in the same order."""
    present = [code for code in codes if code in documents]
    if len(present) < 2:
        return []
    reference = documents[present[0]]
    problems: list[Problem] = []
    for code in present[1:]:
        document = documents[code]
        ids = _item_ids(document)
        for (step_id, key), (ref_index, ref_list) in _item_ids(reference).items():
            index, items = ids.get((step_id, key), (None, []))
            if index is None:
                continue
            loc: Loc = ("steps", index, key)
            for item_id in ref_list:
                if item_id not in items:
                    line, _ = reference.where(("steps", ref_index, key, ref_list.index(item_id)))
                    message = f"missing item '{item_id}' (it is in {reference.path} line {line})"
                    problems.append(document.problem(loc, message))
            for position, item_id in enumerate(items):
                if item_id not in ref_list:
                    message = f"extra item '{item_id}' (not in {reference.path})"
                    problems.append(document.problem((*loc, position, "id"), message))
            common = [i for i in items if i in ref_list]
            if common != [i for i in ref_list if i in items] and len(common) == len(ref_list):
                message = f"items are in a different order from {reference.path}"
                problems.append(document.problem(loc, message))
    return problems
