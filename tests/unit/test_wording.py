"""The words every front end shares: answer labels and placeholders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.fixtures_content import write_minimal_content
from walkthrough.content import Content, load_content
from walkthrough.content.model import AnswerLetters
from walkthrough.session import Answer
from walkthrough.wording import (
    answer_label,
    fill,
    help_text,
    question_counter,
    questions_left,
    step_counter,
)


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(write_minimal_content(tmp_path, ("en", "es")))


# --- answer labels -------------------------------------------------------------------------------


def test_answer_labels_are_the_languages_words(content: Content) -> None:
    ui = content.default.ui
    assert [answer_label(ui, answer) for answer in Answer] == ["Yes", "No", "Not sure"]
    assert answer_label(ui, None) == "Not answered"
    assert answer_label(content.languages["es"].ui, Answer.YES) == "(es) Yes"


def test_answer_labels_do_not_change_with_answer_letters(content: Content) -> None:
    letters = AnswerLetters(answer_yes="Y", answer_no="N", answer_unsure="U")
    ui = replace(content.default.ui, answer_letters=letters)
    assert [answer_label(ui, answer) for answer in Answer] == ["Yes", "No", "Not sure"]


# --- placeholders --------------------------------------------------------------------------------


def test_fill_replaces_only_named_placeholders() -> None:
    assert fill("Step {current} of {total} {x} {}", current=2, total=9) == "Step 2 of 9 {x} {}"


def test_fill_never_reads_content_as_a_format_string() -> None:
    assert fill("{count} {count!r} {0} {{count}}", count=3) == "3 {count!r} {0} {3}"


def test_every_ui_line_with_a_placeholder_is_filled(content: Content) -> None:
    ui = content.default.ui
    assert step_counter(ui, 2, 9) == "Step 2 of 9"
    assert question_counter(ui, 1, 3) == "Question 1 of 3"
    assert questions_left(ui, 2) == fill(ui.questions_left, count=2) != ui.questions_left
    help_ui = replace(ui, help_body="Answer with {answer_keys}.")
    assert help_text(help_ui) == "Answer with 1 = Yes, 2 = No, 3 = Not sure."
