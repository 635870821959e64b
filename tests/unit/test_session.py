"""The session: one patient's place and answers, and the rules for moving on and starting over."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apps import shipped_content
from tests.conftest import content_copy
from tests.fixtures_content import write_minimal_content
from walkthrough.content import Content, load_content
from walkthrough.content.loader import validate
from walkthrough.content.model import STEP_ORDER, CheckItem
from walkthrough.session import Answer, Session, is_flagged

CHECKLIST = STEP_ORDER.index("checklist")
SUMMARY = STEP_ORDER.index("summary")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """The shipped English and Spanish content (the default language is English)."""
    return load_content(content_copy(tmp_path_factory.mktemp("session"), languages=["en", "es"]))


@pytest.fixture
def session(content: Content) -> Session:
    return Session(content)


def items(session: Session, kind: str) -> list[CheckItem]:
    return [item for item in session.language.checklist.questions if item.kind == kind]


def at_checklist(session: Session) -> Session:
    session.go_to(CHECKLIST)
    assert session.step.kind == "checklist"
    return session


def answer_all(session: Session, answer: Answer) -> None:
    for item in session.language.checklist.questions:
        session.answer(item.id, answer)


def ids(found: list[CheckItem]) -> list[str]:
    return [item.id for item in found]


# --- Where the patient is ---------------------------------------------------------------------


def test_a_new_session_starts_at_welcome_in_the_default_language(session: Session) -> None:
    assert session.language_code == session.content.clinic.default_language == "en"
    assert session.step_index == 0 and session.step.id == "welcome"
    assert session.is_first and not session.is_last
    assert session.answers == {} and not session.has_answers
    assert [step.id for step in session.steps] == list(STEP_ORDER)


def test_a_session_can_start_in_another_language(content: Content) -> None:
    assert Session(content, language_code="es").language.code == "es"


def test_go_next_and_go_back_walk_the_steps(session: Session) -> None:
    assert session.go_back() is False and session.step_index == 0
    for index in range(1, CHECKLIST + 1):
        assert session.go_next() is True
        assert session.step.id == STEP_ORDER[index]
    for index in range(CHECKLIST - 1, -1, -1):
        assert session.go_back() is True
        assert session.step_index == index
    assert session.go_back() is False


def test_go_to_stays_inside_the_steps(session: Session) -> None:
    session.go_to(-5)
    assert session.step_index == 0
    session.go_to(99)
    assert session.step_index == SUMMARY and session.is_last
    session.go_to(3)
    assert session.step_index == 3


def test_go_next_stops_at_the_last_step(session: Session) -> None:
    answer_all(session, Answer.NO)
    session.go_to(SUMMARY)
    assert session.go_next() is False
    assert session.step_index == SUMMARY


# --- Answers ----------------------------------------------------------------------------------


def test_answers_are_kept_and_can_be_changed(session: Session) -> None:
    first = session.language.checklist.questions[0].id
    session.answer(first, Answer.YES)
    assert session.answers == {first: Answer.YES} and session.has_answers
    session.answer(first, Answer.UNSURE)
    assert session.answers == {first: Answer.UNSURE}


def test_an_unknown_question_cannot_be_answered(session: Session) -> None:
    with pytest.raises(KeyError):
        session.answer("no_such_question", Answer.YES)
    assert session.answers == {}


def test_answers_are_plain_strings_too() -> None:
    assert Answer("yes") is Answer.YES and Answer.UNSURE == "unsure"


def test_unanswered_lists_the_questions_still_open_in_order(session: Session) -> None:
    questions = session.language.checklist.questions
    assert session.unanswered() == list(questions)
    session.answer(questions[1].id, Answer.NO)
    assert session.unanswered() == [questions[0], *questions[2:]]
    answer_all(session, Answer.NO)
    assert session.unanswered() == []


# --- Flags ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "answer", "flagged"),
    [
        ("caution", Answer.YES, True),
        ("caution", Answer.UNSURE, True),
        ("caution", Answer.NO, False),
        ("caution", None, False),
        ("confirm", Answer.NO, True),
        ("confirm", Answer.UNSURE, True),
        ("confirm", Answer.YES, False),
        ("confirm", None, False),
    ],
)
def test_is_flagged(kind: str, answer: Answer | None, flagged: bool) -> None:
    item = validate(
        CheckItem, {"id": "x", "kind": kind, "question": "Q?", "tell": "Tell.", "summary": "S"}
    )
    assert is_flagged(item, answer) is flagged


@pytest.mark.parametrize("code", list(shipped_content().languages))
def test_every_shipped_question_is_asked_so_that_no_is_nothing_to_tell(code: str) -> None:
    """The intro promises that a Yes is what to tell: so all-No flags nothing, in every
    language (things a patient cannot know, like whether the needles are sterile, are in
    the information steps, not the checklist)."""
    session = Session(shipped_content(), language_code=code)
    answer_all(session, Answer.NO)
    assert session.flagged() == []
    answer_all(session, Answer.YES)
    assert session.flagged() == list(session.language.checklist.questions)


def test_caution_questions_flag_yes_and_not_sure(session: Session) -> None:
    yes, unsure, no = items(session, "caution")[:3]
    session.answer(yes.id, Answer.YES)
    session.answer(unsure.id, Answer.UNSURE)
    session.answer(no.id, Answer.NO)
    assert session.flagged() == [yes, unsure]


def test_a_clinics_confirm_questions_flag_no_and_not_sure(tmp_path: Path) -> None:
    """The `confirm` kind stays for clinics that need one (the fixture's 'Have you eaten
    today?'): for it, a No or Not sure is what to tell."""
    session = Session(load_content(write_minimal_content(tmp_path)))
    [confirm] = items(session, "confirm")
    session.answer(confirm.id, Answer.YES)
    assert session.flagged() == []
    session.answer(confirm.id, Answer.NO)
    assert session.flagged() == [confirm]
    session.answer(confirm.id, Answer.UNSURE)
    assert session.flagged() == [confirm]


def test_not_sure_flags_everything(session: Session) -> None:
    answer_all(session, Answer.UNSURE)
    assert session.flagged() == list(session.language.checklist.questions)


def test_flagged_is_in_checklist_order_whatever_the_answer_order(session: Session) -> None:
    questions = session.language.checklist.questions
    for item in reversed(questions):
        session.answer(item.id, Answer.UNSURE)
    assert ids(session.flagged()) == [item.id for item in questions]


def test_unanswered_questions_are_not_flagged(session: Session) -> None:
    assert session.flagged() == []


# --- The checklist blocks moving on until every question is answered ---------------------------


def test_go_next_is_blocked_on_the_checklist_until_all_are_answered(session: Session) -> None:
    at_checklist(session)
    questions = session.language.checklist.questions
    for item in questions[:-1]:
        session.answer(item.id, Answer.NO)
        assert session.go_next() is False
        assert session.step_index == CHECKLIST
    session.answer(questions[-1].id, Answer.YES)
    assert session.unanswered() == []
    assert session.go_next() is True
    assert session.step.id == "summary"


def test_go_back_from_the_checklist_is_never_blocked(session: Session) -> None:
    at_checklist(session)
    assert session.go_back() is True
    assert session.step_index == CHECKLIST - 1


def test_go_back_keeps_the_answers(session: Session) -> None:
    at_checklist(session)
    answer_all(session, Answer.UNSURE)
    kept = dict(session.answers)
    assert session.go_next() is True
    assert session.go_back() and session.go_back()
    assert session.answers == kept
    session.go_to(CHECKLIST)
    assert session.unanswered() == [] and session.go_next() is True


# --- Language ---------------------------------------------------------------------------------


def test_set_language_keeps_the_place_and_the_answers(session: Session) -> None:
    at_checklist(session)
    yes = items(session, "caution")[0]
    session.answer(yes.id, Answer.YES)
    session.set_language("es")
    assert session.language_code == "es"
    assert session.step_index == CHECKLIST and session.step.id == "checklist"
    assert session.answers == {yes.id: Answer.YES}
    [flagged] = session.flagged()
    assert flagged.id == yes.id
    assert flagged in session.content.languages["es"].checklist.questions
    assert flagged.question != yes.question  # the Spanish wording of the same question


def test_set_language_to_an_unknown_code_changes_nothing(session: Session) -> None:
    session.go_to(2)
    with pytest.raises(KeyError):
        session.set_language("fr")
    assert session.language_code == "en" and session.step_index == 2


# --- Starting over ----------------------------------------------------------------------------


def test_reset_clears_everything_and_restores_the_default_language(session: Session) -> None:
    at_checklist(session)
    answer_all(session, Answer.YES)
    session.set_language("es")
    session.go_next()
    session.reset()
    assert session.answers == {} and not session.has_answers
    assert session.step_index == 0 and session.step.id == "welcome"
    assert session.language_code == "en"
    assert session.flagged() == []
    assert session.unanswered() == list(session.language.checklist.questions)


def test_reset_keep_language_keeps_only_the_language(session: Session) -> None:
    at_checklist(session)
    answer_all(session, Answer.UNSURE)
    session.set_language("es")
    session.reset(keep_language=True)
    assert session.language_code == "es"
    assert session.answers == {} and session.step_index == 0


def test_reset_after_reset_is_the_same_fresh_session(content: Content) -> None:
    session = Session(content)
    session.go_to(4)
    session.reset()
    session.reset()
    fresh = Session(content)
    assert (session.language_code, session.step_index, session.answers) == (
        fresh.language_code,
        fresh.step_index,
        fresh.answers,
    )


def test_a_copy_is_the_same_walk_with_answers_of_its_own(content: Content) -> None:
    session = Session(content, language_code="es")
    session.go_to(STEP_ORDER.index("checklist"))
    answer_all(session, Answer.YES)
    twin = session.copy()
    assert (twin.language_code, twin.step_index, twin.answers) == (
        "es",
        session.step_index,
        session.answers,
    )
    session.reset()  # the patient's next keys leave the copy (a slip printing) as it was
    assert twin.answers and twin.step_index == STEP_ORDER.index("checklist")


def test_the_default_language_comes_from_clinic_yaml(tmp_path: Path) -> None:
    root = content_copy(tmp_path, languages=["es", "en"])
    clinic = root / "clinic.yaml"
    clinic.write_text(
        clinic.read_text(encoding="utf-8").replace("default_language: en", "default_language: es"),
        encoding="utf-8",
    )
    session = Session(load_content(root))
    assert session.language_code == "es"
    session.set_language("en")
    session.reset()
    assert session.language_code == "es"
