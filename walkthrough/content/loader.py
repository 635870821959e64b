"""Load and check a content folder once, reporting every problem as `path:line:col: message`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from walkthrough.content import CLINIC_FILE, ContentError, Problem, language_files
from walkthrough.content.base import Strict
from walkthrough.content.messages import describe
from walkthrough.content.model import ClinicSettings, Content, Language, StepsFile, UiWords
from walkthrough.content.structure import check_answer_letters, check_steps, compare_languages
from walkthrough.content.yaml_source import Document, Loc, read_document

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
CLINIC_PLACEHOLDERS = ("clinic_name", "clinic_phone", "emergency_number")
UI_PLACEHOLDERS = ("current", "total", "count", "seconds", "answer_keys")

M = TypeVar("M", bound=Strict)


def load_content(root: Path) -> Content:
    """Read every file under `root`; raise ContentError naming every problem found."""
    problems: list[Problem] = []
    if not root.is_dir():
        raise ContentError([Problem(root, 1, 1, "content folder not found")])
    clinic_doc = _read(root / CLINIC_FILE, problems)
    clinic = _validate(clinic_doc, ClinicSettings, problems)
    if clinic_doc is None or clinic is None:
        raise ContentError(problems)
    values = {"clinic_name": clinic.name, "clinic_phone": clinic.phone}
    values["emergency_number"] = clinic.emergency_number
    if clinic.default_language not in clinic.languages:
        default, offered = clinic.default_language, ", ".join(clinic.languages)
        message = f"default_language '{default}' is not one of the languages offered ({offered})"
        problems.append(clinic_doc.problem(("default_language",), message))
    languages: dict[str, Language] = {}
    documents: dict[str, Document] = {}
    for code in dict.fromkeys(clinic.languages):
        if not (root / code).is_dir():
            where = ("languages", clinic.languages.index(code))
            problems.append(
                clinic_doc.problem(where, f"language '{code}' has no folder {root / code}")
            )
            continue
        ui_file, steps_file = language_files(root, code)
        ui_doc = _read(ui_file, problems, values, UI_PLACEHOLDERS)
        ui = _validate(ui_doc, UiWords, problems)
        if ui_doc and ui:
            problems.extend(check_answer_letters(ui_doc, ui))
        steps_doc = _read(steps_file, problems, values)
        steps = _validate(steps_doc, StepsFile, problems)
        if steps_doc and steps:
            found = check_steps(steps_doc, steps.steps)
            problems.extend(found)
            documents[code] = steps_doc
            if ui and not found:
                languages[code] = Language(code=code, ui=ui, steps=tuple(steps.steps))
    if not problems:
        problems.extend(compare_languages(documents, clinic.languages))
    if problems:
        raise ContentError(problems)
    return Content(clinic=clinic, languages=languages)


def _read(
    path: Path,
    problems: list[Problem],
    clinic_values: dict[str, str] | None = None,
    allowed: tuple[str, ...] = (),
) -> Document | None:
    """One file, with the clinic's details put into its text (when given)."""
    if not path.is_file():
        problems.append(Problem(path, 1, 1, "file is missing"))
        return None
    document, found = read_document(path)
    problems.extend(found)
    if document is None or clinic_values is None:
        return document
    known = ", ".join("{%s}" % name for name in (*CLINIC_PLACEHOLDERS, *allowed))

    def fill(value: Any, loc: Loc) -> Any:
        """Put the clinic's details into the text; report any placeholder we do not know."""
        if isinstance(value, dict):
            return {key: fill(item, (*loc, key)) for key, item in value.items()}
        if isinstance(value, list):
            return [fill(item, (*loc, index)) for index, item in enumerate(value)]
        if not isinstance(value, str):
            return value

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in clinic_values and name not in allowed:
                message = f"unknown placeholder {{{name}}}; use one of {known}"
                problems.append(document.problem(loc, message))
            return clinic_values.get(name, match.group(0))

        return PLACEHOLDER.sub(replace, value)

    document.data = fill(document.data, ())
    return document


_checkers: dict[type[Strict], TypeAdapter[Any]] = {}  # building one costs more than a check


def validate(model: type[M], data: object) -> M:
    """Check data from a YAML file against a content model (ValidationError names every fault)."""
    checker = _checkers.get(model) or _checkers.setdefault(model, TypeAdapter(model))
    checked: M = checker.validate_python(data)
    return checked


def _validate(document: Document | None, model: type[M], problems: list[Problem]) -> M | None:
    if document is None:
        return None
    if not isinstance(document.data, dict):
        problems.append(document.problem((), "expected a list of 'key: value' lines at the top"))
        return None
    try:
        return validate(model, document.data)
    except ValidationError as error:
        for detail in error.errors():
            loc = tuple(detail["loc"])
            if detail["type"] == "union_tag_invalid":
                loc = (*loc, "kind")  # point at the unknown kind itself, not the start of the step
            problems.append(document.problem(loc, describe(detail)))
        return None
