"""The typed content models: strict, frozen, and shaped like the YAML files."""

from __future__ import annotations

import typing
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.apps import shipped_content
from walkthrough.content import ContentError, Problem
from walkthrough.content.loader import validate
from walkthrough.content.messages import describe
from walkthrough.content.model import (
    STEP_KINDS,
    STEP_ORDER,
    CheckItem,
    ChecklistStep,
    ClinicSettings,
    Content,
    Dialog,
    FaqStep,
    InfoStep,
    Language,
    Question,
    StepId,
    StepsFile,
    SummaryStep,
    UiWords,
    WelcomeStep,
)

CLINIC = {
    "name": "Test Clinic",
    "phone": "555-0100",
    "emergency_number": "911",
    "languages": ["en"],
    "default_language": "en",
}


def clinic(**changes: object) -> dict[str, object]:
    return {**CLINIC, **changes}


def errors(model: type, data: object) -> list[str]:
    """The loader's message for each validation error."""
    with pytest.raises(ValidationError) as caught:
        validate(model, data)
    return [describe(detail) for detail in caught.value.errors()]


def info_step(step_id: str = "about", **changes: object) -> dict[str, object]:
    return {"id": step_id, "kind": "info", "title": "T", "short": "S", "body": "B", **changes}


def check_item(item_id: str, kind: str) -> dict[str, str]:
    return {"id": item_id, "kind": kind, "question": "Q?", "tell": "Tell.", "summary": "S"}


# --- Step order and kinds ---------------------------------------------------------------------


def test_step_order_matches_the_step_id_literal() -> None:
    assert STEP_ORDER == typing.get_args(StepId)
    assert len(STEP_ORDER) == len(set(STEP_ORDER)) == 9


def test_special_steps_have_their_own_kind_and_every_other_step_is_info() -> None:
    assert STEP_KINDS == {
        "welcome": "welcome",
        "questions": "faq",
        "checklist": "checklist",
        "summary": "summary",
    }
    assert set(STEP_KINDS) <= set(STEP_ORDER)


# --- Strictness -------------------------------------------------------------------------------


def test_clinic_settings_accept_the_documented_keys() -> None:
    settings = validate(ClinicSettings, clinic(staff_pin_hash="scrypt$x"))
    assert settings.languages == ["en"]
    assert settings.staff_pin_hash == "scrypt$x"
    assert validate(ClinicSettings, CLINIC).staff_pin_hash is None


def test_unknown_key_is_an_error() -> None:
    assert errors(ClinicSettings, clinic(emial="x")) == [
        "unknown key 'emial' (check the spelling, or remove it)"
    ]


def test_missing_key_is_an_error() -> None:
    data = dict(CLINIC)
    del data["phone"]
    assert errors(ClinicSettings, data) == ["missing required key 'phone'"]


def test_no_type_coercion_a_number_is_not_text() -> None:
    assert errors(ClinicSettings, clinic(phone=5550100)) == ["'phone' must be text, not a number"]


def test_true_false_is_not_text_and_the_message_says_to_quote_it() -> None:
    assert errors(Dialog, {"title": True, "body": "B", "confirm": "Y", "cancel": "N"}) == [
        "'title' must be text, not true/false "
        "(put it in quotes: YAML reads yes/no/on/off as true/false)"
    ]


def test_empty_text_and_too_long_labels_are_errors() -> None:
    assert errors(Dialog, {"title": "", "body": "B", "confirm": "Y", "cancel": "N"}) == [
        "'title' must not be empty"
    ]
    assert errors(Dialog, {"title": "x" * 121, "body": "B", "confirm": "Y", "cancel": "N"}) == [
        "'title' is too long (at most 120 characters)"
    ]
    assert errors(Dialog, {"title": "T", "body": "x" * 4001, "confirm": "Y", "cancel": "N"}) == [
        "'body' is too long (at most 4000 characters)"
    ]
    validate(Dialog, {"title": "x" * 120, "body": "x" * 4000, "confirm": "Y", "cancel": "N"})


@pytest.mark.parametrize("ident", ["Hurt", "1st", "has-dash", "", "a" * 41, "with space"])
def test_ids_are_lower_case_words(ident: str) -> None:
    item = {"id": ident, "question": "Q?", "answer": "A"}
    assert errors(Question, item) == [
        f"'{ident}' is not a valid id: use lower-case letters, digits and _ only"
    ]


@pytest.mark.parametrize("ident", ["a", "hurt", "blood_thinners", "x2", "a" * 40])
def test_valid_ids(ident: str) -> None:
    assert validate(Question, {"id": ident, "question": "Q?", "answer": "A"}).id == ident


def test_languages_need_at_least_one_code() -> None:
    assert errors(ClinicSettings, clinic(languages=[])) == [
        "'languages' must have at least 1 item(s)"
    ]
    assert errors(ClinicSettings, clinic(languages="en")) == [
        "'languages' must be a list (lines starting with '- '), not text"
    ]


def test_models_are_frozen() -> None:
    settings = validate(ClinicSettings, CLINIC)
    with pytest.raises(FrozenInstanceError):
        settings.name = "Other"  # type: ignore[misc]


def test_group_expected_but_text_given() -> None:
    data = {"title": "T", "body": "B", "confirm": "Y", "cancel": "N"}
    assert validate(Dialog, data).confirm == "Y"
    with pytest.raises(ValidationError) as caught:
        validate(UiWords, {"confirm_home": "text"})
    messages = [describe(detail) for detail in caught.value.errors()]
    assert "'confirm_home' must be a group of 'key: value' lines, not text" in messages


# --- Steps: the kind picks the model ----------------------------------------------------------


def test_kind_picks_the_step_model() -> None:
    welcome = {
        "id": "welcome",
        "kind": "welcome",
        "title": "T",
        "short": "S",
        "body": "B",
        "language_prompt": "Choose",
    }
    faq = {
        "id": "questions",
        "kind": "faq",
        "title": "T",
        "short": "S",
        "intro": "I",
        "items": [{"id": "hurt", "question": "Q?", "answer": "A"}],
    }
    checklist = {
        "id": "checklist",
        "kind": "checklist",
        "title": "T",
        "short": "S",
        "intro": "I",
        "questions": [check_item("bleeding", "caution"), check_item("licensed", "confirm")],
    }
    summary = {
        "id": "summary",
        "kind": "summary",
        "title": "T",
        "short": "S",
        "flagged_heading": "H",
        "nothing_flagged": "N",
        "next_steps": "X",
        "start_over": "R",
    }
    steps = validate(StepsFile, {"steps": [welcome, info_step(), faq, checklist, summary]}).steps
    kinds = [WelcomeStep, InfoStep, FaqStep, ChecklistStep, SummaryStep]
    assert [type(step) for step in steps] == kinds


def test_unknown_kind_names_the_kinds_allowed() -> None:
    assert errors(StepsFile, {"steps": [info_step(kind="quiz")]}) == [
        "unknown screen kind 'quiz'; expected 'welcome', 'info', 'faq', 'checklist', 'summary'"
    ]


def test_missing_kind() -> None:
    step = info_step()
    del step["kind"]
    assert errors(StepsFile, {"steps": [step]}) == ["missing required key 'kind'"]


def test_unknown_step_id_lists_the_step_ids() -> None:
    assert errors(StepsFile, {"steps": [info_step("abut")]}) == [
        "'abut' is not allowed for 'id'; expected 'welcome', 'about', 'assessment', 'treatment', "
        "'duration', 'aftercare', 'questions', 'checklist' or 'summary'"
    ]


def test_checklist_item_kind_is_caution_or_confirm() -> None:
    assert errors(CheckItem, check_item("bleeding", "warning")) == [
        "'warning' is not allowed for 'kind'; expected 'caution' or 'confirm'"
    ]


def test_checklist_needs_a_question() -> None:
    data = {
        "id": "checklist",
        "kind": "checklist",
        "title": "T",
        "short": "S",
        "intro": "I",
        "questions": [],
    }
    assert errors(ChecklistStep, data) == ["'questions' must have at least 1 item(s)"]


def test_spoken_text_is_optional() -> None:
    assert validate(InfoStep, info_step()).spoken is None
    assert validate(InfoStep, info_step(spoken="Say this.")).spoken == "Say this."


# --- Language and Content helpers --------------------------------------------------------------


def test_language_finds_its_steps_and_checklist() -> None:
    checklist = validate(
        ChecklistStep,
        {
            "id": "checklist",
            "kind": "checklist",
            "title": "T",
            "short": "S",
            "intro": "I",
            "questions": [check_item("bleeding", "caution")],
        },
    )
    about = validate(InfoStep, info_step())
    interface = shipped_content().default.ui
    language = Language(code="en", ui=interface, steps=(about, checklist))
    assert language.step("about") is about
    assert language.checklist is checklist
    settings = validate(ClinicSettings, CLINIC)
    content = Content(clinic=settings, languages={"en": language})
    assert content.default is language


# --- Problems ---------------------------------------------------------------------------------


def test_problem_prints_as_path_line_col_message() -> None:
    problem = Problem(Path("en/ui.yaml"), 12, 3, "duplicate key 'title'")
    assert str(problem) == "en/ui.yaml:12:3: duplicate key 'title'"


def test_content_error_sorts_and_deduplicates_its_problems() -> None:
    late = Problem(Path("en/ui.yaml"), 9, 1, "b")
    early = Problem(Path("en/ui.yaml"), 2, 5, "a")
    other = Problem(Path("clinic.yaml"), 4, 1, "c")
    error = ContentError([late, early, other, late])
    assert error.problems == [other, early, late]
    assert str(error) == "clinic.yaml:4:1: c\nen/ui.yaml:2:5: a\nen/ui.yaml:9:1: b"
