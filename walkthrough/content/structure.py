"""Checks across items and files: step order, unique ids, and every language shaped the same."""

from __future__ import annotations

from collections.abc import Sequence

from walkthrough.content.model import ChecklistStep, FaqStep, Step
from walkthrough.content.problems import Problem
from walkthrough.content.yaml_source import Document

# Lists inside steps whose items carry ids: (step kind, list key).
ITEM_LISTS = (("faq", "items"), ("checklist", "questions"))


def check_steps(
    document: Document,
    steps: Sequence[Step],
    order: Sequence[str],
    kinds: dict[str, str],
) -> list[Problem]:
    """The steps are exactly `order`, each of its kind, with unique item ids."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, step in enumerate(steps):
        if step.id in seen:
            problems.append(
                document.problem(("steps", index, "id"), f"duplicate step id '{step.id}'")
            )
            continue
        seen[step.id] = index
        expected_kind = kinds.get(step.id, "info")
        if step.kind != expected_kind:
            problems.append(
                document.problem(
                    ("steps", index, "kind"), f"step '{step.id}' must have kind '{expected_kind}'"
                )
            )
        if isinstance(step, (FaqStep, ChecklistStep)):
            key = "items" if isinstance(step, FaqStep) else "questions"
            items = step.items if isinstance(step, FaqStep) else step.questions
            problems.extend(_unique_ids(document, ("steps", index, key), [i.id for i in items]))
    missing = [step_id for step_id in order if step_id not in seen]
    for step_id in missing:
        problems.append(document.problem(("steps",), f"missing step '{step_id}'"))
    present = [step.id for index, step in enumerate(steps) if seen[step.id] == index]
    if not missing and present != list(order):
        problems.append(
            document.problem(
                ("steps",), "steps are out of order; they must be: " + ", ".join(order)
            )
        )
    return problems


def _unique_ids(document: Document, loc: tuple[object, ...], ids: list[str]) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(document.problem((*loc, index, "id"), f"duplicate id '{item_id}'"))
        seen.add(item_id)
    return problems


def _item_ids(document: Document) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """For each (step id, list key): the step's index and its items' ids, from the raw data."""
    found = {}
    for index, step in enumerate(document.data.get("steps", [])):
        for _kind, key in ITEM_LISTS:
            if key in step:
                found[(step["id"], key)] = (index, [item["id"] for item in step[key]])
    return found


def compare_languages(documents: dict[str, Document], codes: Sequence[str]) -> list[Problem]:
    """Every language has the same questions, with the same ids, in the same order."""
    present = [code for code in codes if code in documents]
    if len(present) < 2:
        return []
    reference_code = present[0]
    reference = documents[reference_code]
    reference_ids = _item_ids(reference)
    problems: list[Problem] = []
    for code in present[1:]:
        document = documents[code]
        ids = _item_ids(document)
        for (step_id, key), (ref_index, ref_list) in reference_ids.items():
            index, items = ids.get((step_id, key), (None, []))
            if index is None:
                continue
            loc = ("steps", index, key)
            for item_id in ref_list:
                if item_id not in items:
                    ref_line, _ = reference.where(
                        ("steps", ref_index, key, ref_list.index(item_id))
                    )
                    problems.append(
                        document.problem(
                            loc,
                            f"missing item '{item_id}' (it is in {reference.path} line {ref_line})",
                        )
                    )
            for position, item_id in enumerate(items):
                if item_id not in ref_list:
                    problems.append(
                        document.problem(
                            (*loc, position, "id"),
                            f"extra item '{item_id}' (not in {reference.path})",
                        )
                    )
            common = [i for i in items if i in ref_list]
            if common == [i for i in ref_list if i in items] or len(common) != len(ref_list):
                continue
            problems.append(
                document.problem(loc, f"items are in a different order from {reference.path}")
            )
    return problems
