"""The words every front end shares: answer labels, placeholders, Markdown as lines, the summary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.fixtures_content import write_minimal_content
from walkthrough.content import Content, load_content
from walkthrough.content.model import AnswerLetters
from walkthrough.markdown import BULLET
from walkthrough.session import Answer, Session
from walkthrough.speech.reader import plain
from walkthrough.widgets.text import parse_prose, plain_blocks
from walkthrough.wording import (
    Answered,
    Flagged,
    answer_label,
    fill,
    help_text,
    lines,
    question_counter,
    questions_left,
    step_counter,
    summarise,
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


# --- Markdown, read once -------------------------------------------------------------------------


def test_lines_are_what_the_screen_shows() -> None:
    text = (
        "# Title #\n\n**Bold** and __strong__ and *soft*.\n\n\n\n- one\n- two\n"
        "> quoted\n\n---\n\nSee [the leaflet](https://example.org) `now` \\*.\n"
    )
    assert lines(text) == plain_blocks(parse_prose(text)).splitlines()
    assert lines(text, bullet="-") == [
        "Title",
        "",
        "Bold and strong and soft.",
        "",
        "- one",
        "- two",
        "",
        "  quoted",
        "",
        "———",
        "",
        "See the leaflet (https://example.org) now *.",
    ]


def test_lines_without_bullets_keep_numbers_and_split_hard_breaks() -> None:
    assert lines("- one\n- two\n\n1. first\n2. second\n\nend  \nnext", bullet="") == [
        "one",
        "two",
        "",
        "1. first",
        "2. second",
        "",
        "end",
        "next",
    ]
    assert lines("- one")[0] == f"{BULLET} one"


@pytest.mark.parametrize(
    "sentence",
    [
        "Take 5 * 3 drops, C# notes and snake_case names",
        "Room #4 is on the 2nd floor, not room_5 or * 6",
        "Press the * key or the # key, then type my_name_here",
    ],
)
def test_a_literal_star_underscore_or_hash_reads_as_the_screen_shows_it(sentence: str) -> None:
    """Plain mode and read-aloud keep the marks that are not Markdown, as the screen does."""
    [on_screen] = plain_blocks(parse_prose(sentence)).splitlines()
    assert on_screen == sentence
    assert lines(sentence, bullet="-") == [on_screen]
    assert plain(sentence) == on_screen + "."


def test_marks_that_are_markdown_read_the_same_everywhere() -> None:
    sentence = "Take 2*3*4 drops, **not** _more_"
    [on_screen] = plain_blocks(parse_prose(sentence)).splitlines()
    assert on_screen == "Take 234 drops, not more"
    assert lines(sentence, bullet="-") == [on_screen]
    assert plain(sentence) == on_screen + "."


# --- the summary ---------------------------------------------------------------------------------


def test_summary_of_mixed_answers_with_both_kinds_of_question(content: Content) -> None:
    # pregnant and blood_thinners are cautions (Yes flags); eaten is a confirm (No flags).
    session = Session(content)
    session.answer("pregnant", Answer.UNSURE)
    session.answer("blood_thinners", Answer.NO)
    session.answer("eaten", Answer.NO)
    summary = summarise(session)
    assert summary.flagged == (
        Flagged("May be pregnant", "Tell them you may be pregnant."),
        Flagged("Has not eaten", "Eat a light snack first."),
    )
    assert summary.summary_lines == ("May be pregnant", "Has not eaten")
    assert summary.answers == (
        Answered("Are you pregnant?", "Not sure", "May be pregnant", True),
        Answered("Do you take blood thinners?", "No", "Takes blood thinners", False),
        Answered("Have you eaten today?", "No", "Has not eaten", True),
    )
    assert summary.flagged_heading == "Tell your practitioner about:"
    assert summary.next_steps == "Take a seat. Your practitioner will call you."


def test_summary_with_nothing_flagged_and_a_question_left_open(content: Content) -> None:
    session = Session(content)
    session.answer("pregnant", Answer.NO)
    session.answer("eaten", Answer.YES)
    summary = summarise(session)
    assert summary.flagged == () and summary.summary_lines == ()
    assert summary.nothing_flagged == "Nothing to mention from the checklist."
    assert [answered.answer for answered in summary.answers] == ["No", "Not answered", "Yes"]


def test_summary_in_another_language_than_the_sessions(content: Content) -> None:
    session = Session(content)
    session.answer("blood_thinners", Answer.YES)
    spanish = summarise(session, content.languages["es"])
    assert spanish.summary_lines == ("(es) Takes blood thinners",)
    assert spanish.answers[1] == Answered(
        "(es) Do you take blood thinners?", "(es) Yes", "(es) Takes blood thinners", True
    )
    session.set_language("es")
    assert summarise(session) == spanish
