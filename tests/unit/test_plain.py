"""Plain-text mode: what a screen-reader or braille user reads, and the session state it leaves."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.fixtures_content import write_minimal_content
from tests.support.plain import main_plain
from walkthrough.content.loader import load_content
from walkthrough.content.model import AnswerLetters, Content
from walkthrough.plain import run_plain
from walkthrough.plain.console import MAX_LINE, command, number_choice, safe_output
from walkthrough.session import Answer, Session

DISCLAIMER = "General information only, not medical advice."
NAV = "Enter = Next, b = Back, q = Quit, ? = Help"
GOODBYE = ["", "Goodbye."]
"""The fixture's ui.goodbye, after a blank line: the last thing said whenever plain mode ends."""
ANSWERS = "1 = Yes, 2 = No, 3 = Not sure"
TITLES = [
    "Welcome to Test Clinic",
    "About acupuncture",
    "The assessment",
    "The treatment",
    "How long it takes",
    "Afterwards",
    "Common questions",
    "Safety checklist",
    "Your summary",
]
TO_CHECKLIST = [""] * 7
"""From the welcome step, Enter seven times reaches the checklist (step 8)."""


@dataclass
class Run:
    code: int
    out: str
    session: Session

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()

    def after(self, marker: str) -> str:
        """The transcript after the last occurrence of `marker`."""
        assert marker in self.out, f"{marker!r} never shown"
        return self.out[self.out.rindex(marker) + len(marker) :]


class FiniteInput(io.StringIO):
    """Typed lines that fail the test if read on and on after they run out (else it would hang)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.reads_after_end = 0

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline(size)
        if line == "":
            self.reads_after_end += 1
            assert self.reads_after_end <= 3, "kept reading after the end of input"
        return line


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(write_minimal_content(tmp_path, ("en", "es", "zh")))


@pytest.fixture
def english_only(tmp_path: Path) -> Content:
    return load_content(write_minimal_content(tmp_path / "one", ("en",)))


def run(content: Content, *typed: str, language: str | None = None, raw: str | None = None) -> Run:
    """Run plain mode with these lines typed, then end of input."""
    stdin = FiniteInput(raw if raw is not None else "".join(f"{line}\n" for line in typed))
    stdout = io.StringIO()
    session = Session(content)
    code = run_plain(content, language=language, stdin=stdin, stdout=stdout, session=session)
    return Run(code, stdout.getvalue(), session)


def with_ui(content: Content, **fields: str) -> Content:
    """The content with some English ui strings changed, to show where a line comes from."""
    english = content.languages["en"]
    changed = replace(english, ui=replace(english.ui, **fields))
    return replace(content, languages={**content.languages, "en": changed})


# Walking through.


def test_walking_forward_shows_every_step_in_order(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "2", "2", "1")
    counters = [line for line in result.lines if line.startswith("Step ")]
    assert counters == [f"Step {n} of 9" for n in range(1, 10)]
    positions = [result.out.index(title) for title in TITLES]
    assert positions == sorted(positions)
    assert result.out.count(DISCLAIMER) == 9
    assert "Nothing to mention from the checklist." in result.out
    assert "Take a seat. Your practitioner will call you." in result.out
    assert result.session.step_index == 8
    assert result.session.answers == {
        "pregnant": Answer.NO,
        "blood_thinners": Answer.NO,
        "eaten": Answer.YES,
    }
    assert result.code == 0


def test_each_step_starts_with_blank_line_counter_and_title(content: Content) -> None:
    result = run(content, "")
    lines = result.lines
    start = lines.index("Step 2 of 9")
    assert lines[start - 1] == ""
    assert lines[start + 1] == "About acupuncture"


def test_markdown_symbols_are_not_read_out_but_list_items_stay(content: Content) -> None:
    result = run(content, "", "?")
    assert "What it is" in result.lines
    assert "- They are sterile" in result.lines
    assert "This walk-through takes about five minutes." in result.lines
    for symbol in ("#", "**", "__"):
        assert symbol not in result.out


def test_first_step_offers_no_back_and_last_offers_no_next(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "2", "2", "1")
    assert "Enter = Next, q = Quit, ? = Help" in result.lines
    assert "b = Back, q = Quit, ? = Help" in result.lines
    assert "1 = Start again for a new patient" in result.lines


def test_back_returns_to_the_previous_step(content: Content) -> None:
    result = run(content, "", "", "b")
    assert result.session.step_index == 1
    assert result.lines.count("About acupuncture") == 2


def test_back_on_the_first_step_repeats_the_choices(content: Content) -> None:
    result = run(content, "b")
    assert result.session.step_index == 0
    assert result.out.count("Enter = Next, q = Quit, ? = Help") == 2


# Languages.


def test_welcome_lists_each_language_in_itself(content: Content) -> None:
    result = run(content)
    lines = result.lines
    assert lines[lines.index("Choose your language") + 1 :][:3] == [
        "1 = English",
        "2 = Español",
        "3 = 中文",
    ]


def test_choosing_a_language_reprints_the_step_in_it(content: Content) -> None:
    result = run(content, "2")
    assert result.session.language_code == "es"
    assert result.session.step_index == 0
    assert result.lines.count("(es) Step 1 of 9") == 1
    assert result.lines.count("Step 1 of 9") == 1
    assert "(es) Enter = (es) Next, q = (es) Quit, ? = (es) Help" in result.lines


def test_full_width_digit_from_an_input_method_picks_a_language(content: Content) -> None:
    assert run(content, "３").session.language_code == "zh"


def test_changing_language_keeps_place_and_answers(content: Content) -> None:
    typed = [*TO_CHECKLIST, "1", "b", "b", *["b"] * 6, "2"]
    result = run(content, *typed)
    assert result.session.language_code == "es"
    assert result.session.answers == {"pregnant": Answer.YES}
    assert result.session.step_index == 0


def test_start_language_can_be_given(content: Content) -> None:
    result = run(content, language="zh")
    assert result.lines[1] == "(zh) Step 1 of 9"


def test_an_unknown_start_language_falls_back_to_the_default(content: Content) -> None:
    result = run(content, language="xx")
    assert result.session.language_code == "en"
    assert result.lines[1] == "Step 1 of 9"


def test_one_language_means_no_language_list(english_only: Content) -> None:
    result = run(english_only, "1")
    assert "Choose your language" not in result.out
    assert result.out.count("Enter = Next, q = Quit, ? = Help") == 2  # '1' was not a choice


def test_every_line_in_another_language_comes_from_its_content(content: Content) -> None:
    """With Spanish content, any line with letters is Spanish content or a language's own name."""
    typed = [
        "2",
        "?",
        "",
        "",
        "",
        "",
        "",
        "1",
        "x",
        "",
        "1",
        "",
        "2",
        "q",
        "2",
        "b",
        "b",
        "1",
        "1",
        "1",
        "",
        "1",
        "2",
        "1",
        "1",
    ]
    result = run(content, *typed)
    own_names = {"1 = English", "2 = Español", "3 = 中文"}

    def wordy(lines: list[str]) -> list[str]:
        return [
            line for line in lines if any(ch.isalpha() for ch in line) and line not in own_names
        ]

    switch = result.lines.index("(es) Step 1 of 9")
    before, after = result.lines[:switch], result.lines[switch:]
    # Before the switch: the English welcome screen, all of it English content.
    assert wordy(before)[0] == "Step 1 of 9"
    assert wordy(before)[-1] == "Enter = Next, q = Quit, ? = Help"
    assert [line for line in wordy(after) if "(es)" not in line] == []
    # The run really did reach every kind of step and dialog.
    for seen in (
        "(es) Step 7 of 9",
        "(es) Step 9 of 9",
        "(es) Quit title",
        "(es) Restart title",
        "(es) How to use this",
        "(es) Tell your practitioner",
    ):
        assert seen in result.out


# Common questions.


def test_a_number_opens_that_common_question(content: Content) -> None:
    result = run(content, *[""] * 6, "1")
    assert "1 = Does it hurt?" in result.lines
    assert "2 = What should I wear?" in result.lines
    shown = result.after("2 = What should I wear?")
    assert "Does it hurt?\nMost people feel little.\n" in shown
    assert "Loose clothes." not in result.out


def test_a_number_out_of_range_repeats_the_question_list(content: Content) -> None:
    result = run(content, *[""] * 6, "3")
    assert result.out.count("2 = What should I wear?") == 2
    assert result.session.step_index == 6


# The checklist.


def test_checklist_asks_one_question_at_a_time(content: Content) -> None:
    result = run(content, *TO_CHECKLIST)
    assert "Please answer every question." in result.out
    assert "Question 1 of 3\nAre you pregnant?\n" + ANSWERS + "\n" + NAV + "\n" in result.out
    assert "Do you take blood thinners?" not in result.out


def test_flagged_yes_is_told_at_once_and_in_the_summary(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1")
    told = result.after("Are you pregnant?")
    assert "Tell your practitioner\nTell them you may be pregnant.\n" in told
    finished = run(content, *TO_CHECKLIST, "1", "2", "1")
    summary = finished.after("Your summary")
    assert "Tell your practitioner about:\n- May be pregnant\n" in summary
    assert "Nothing to mention" not in summary
    assert "Takes blood thinners" not in summary


def test_unflagged_answer_says_nothing_extra(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "2")
    assert "Tell your practitioner" not in result.out


def test_confirm_question_flags_no_and_both_kinds_flag_not_sure(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "3", "2", "2")
    assert result.session.answers["pregnant"] is Answer.UNSURE
    summary = result.after("Your summary")
    assert "- May be pregnant\n- Has not eaten\n" in summary
    assert [item.id for item in result.session.flagged()] == ["pregnant", "eaten"]


def test_letters_answer_only_where_the_language_gives_them(content: Content) -> None:
    """No hidden letters: without answer letters in its ui.yaml, y, n and u answer nothing
    (in Spanish, "n" used to record No for a patient who meant "No sé", Not sure)."""
    result = run(content, *TO_CHECKLIST, "y", "n", "u", "s", language="es")
    assert result.session.answers == {}
    assert result.out.count("1 = (es) Yes, 2 = (es) No, 3 = (es) Not sure") == 5


def test_a_languages_own_answer_letters_work_and_are_shown(content: Content) -> None:
    english = content.languages["en"]
    letters = AnswerLetters(answer_yes="Y", answer_no="n", answer_unsure="U")
    ui = replace(english.ui, answer_letters=letters)
    lettered = replace(content, languages={**content.languages, "en": replace(english, ui=ui)})
    result = run(lettered, *TO_CHECKLIST, "y", "N", "u")
    assert result.session.answers == {
        "pregnant": Answer.YES,
        "blood_thinners": Answer.NO,
        "eaten": Answer.UNSURE,
    }
    assert "Question 1 of 3\nAre you pregnant?\n1/Y = Yes, 2/N = No, 3/U = Not sure\n" in result.out


def test_unanswered_questions_block_the_finish(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "", "2", "1")
    assert "1 questions still need an answer" in result.out  # wording is the fixture's
    again = result.after("1 questions still need an answer")
    assert "Question 1 of 3\nAre you pregnant?\nYour answer: Not answered\n" in again
    assert result.session.step_index == 7
    assert "Your summary" not in result.out


def test_filling_the_gaps_visits_only_unanswered_questions(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "", "2", "", "2")
    assert "2 questions still need an answer" in result.out
    gaps = result.after("2 questions still need an answer")
    assert "Are you pregnant?\nYour answer: Not answered\n" in gaps
    assert "Do you take blood thinners?" not in gaps  # answered, so not asked again
    assert "Question 3 of 3\nHave you eaten today?\nYour answer: Not answered\n" in gaps
    assert "1 questions still need an answer" not in result.out  # straight on to the next gap
    assert result.session.step_index == 7


def test_skipping_a_gap_again_comes_back_round_to_it(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "", "2", "1", "")
    assert result.out.count("1 questions still need an answer") == 2
    assert result.after("1 questions still need an answer").count("Are you pregnant?") == 1


def test_answering_the_last_gap_finishes(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "", "2", "", "2", "1")
    assert result.session.step_index == 8
    summary = result.after("Your summary")
    assert "Nothing to mention from the checklist." in summary


def test_back_inside_the_checklist_keeps_and_shows_the_answer(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1", "b")
    assert result.session.answers == {"pregnant": Answer.YES}
    assert "Question 1 of 3\nAre you pregnant?\nYour answer: Yes\n" in result.after(
        "Question 2 of 3"
    )


def test_back_to_a_skipped_question_says_it_is_not_answered(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "", "b")
    assert "Question 1 of 3\nAre you pregnant?\nYour answer: Not answered\n" in result.after(
        "Question 2 of 3"
    )
    assert result.session.answers == {}


def test_first_time_through_an_empty_answer_is_not_read_out(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "")
    assert "Not answered" not in result.out


def test_back_from_the_first_question_goes_to_the_previous_step_and_keeps_answers(
    content: Content,
) -> None:
    result = run(content, *TO_CHECKLIST, "1", "b", "b", "")
    assert result.session.step_index == 7
    assert result.session.answers == {"pregnant": Answer.YES}
    back_then_on = result.out.split("\nStep 7 of 9\n")[-1]
    assert back_then_on.startswith("Common questions\n")
    assert "Step 8 of 9" in back_then_on
    assert "Are you pregnant?\nYour answer: Yes\n" in back_then_on


def test_back_from_the_summary_lands_on_the_last_question(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "2", "2", "1", "b")
    assert result.session.step_index == 7
    assert "Question 3 of 3\nHave you eaten today?\nYour answer: Yes\n" in result.after(
        "Step 8 of 9"
    )
    assert run(content, *TO_CHECKLIST, "2", "2", "1", "b", "").session.step_index == 8


def test_changing_an_answer_changes_the_summary(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1", "2", "1", "b", "b", "b", "2", "", "")
    assert result.session.answers["pregnant"] is Answer.NO
    assert "Nothing to mention from the checklist." in result.after("Step 9 of 9")


def test_nonsense_at_a_question_repeats_the_choices(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "maybe", "4", "0")
    assert result.after("Are you pregnant?").count(ANSWERS) == 4
    assert result.session.answers == {}


# Quitting, help and restarting.


def test_quit_with_no_answers_ends_at_once(content: Content) -> None:
    result = run(content, "", "q", "")
    assert result.code == 0
    assert "Quit title" not in result.out
    assert result.lines[-3:] == [NAV, *GOODBYE]  # the '' after q was never read


def test_quit_with_answers_asks_first_and_cancel_stays(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1", "q", "3", "2", "2")
    assert "Quit title\nQuit body.\n1 = Quit confirm\n2 = Quit cancel\n" in result.out
    assert result.after("Quit body.").count("2 = Quit cancel") == 2  # '3' repeated the choices
    assert result.session.answers == {"pregnant": Answer.YES, "blood_thinners": Answer.NO}


def test_quit_confirmed_ends_with_exit_0(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1", "q", "1", "2")
    assert result.code == 0
    assert result.lines[-3:] == ["2 = Quit cancel", *GOODBYE]  # the '2' after 1 was never read
    assert "blood_thinners" not in result.session.answers


@pytest.mark.parametrize("key", ["?", "h", "H", "？"])
def test_help_shows_the_help_text_then_the_choices(content: Content, key: str) -> None:
    result = run(content, key)
    assert "How to use this\nType b to go back.\nChoose your language\n" in result.out
    assert "Moving around" not in result.out  # the full-screen app's help is not read out
    assert result.session.step_index == 0


def test_restart_asks_and_clears_everything(content: Content) -> None:
    result = run(content, "2", *TO_CHECKLIST, "1", "1", "1", "1", "1")
    assert "(es) Restart title" in result.out
    assert result.session.answers == {}
    assert result.session.step_index == 0
    assert result.session.language_code == "en"
    assert "\nStep 1 of 9\nWelcome to Test Clinic\n" in result.after("(es) Restart body.")


def test_restart_cancelled_keeps_answers(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1", "1", "1", "1", "2")
    assert result.session.answers["pregnant"] is Answer.YES
    assert result.session.step_index == 8
    assert result.out.count("1 = Start again for a new patient") == 2


def test_enter_on_the_summary_repeats_its_choices(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "2", "2", "1", "")
    assert result.out.count("1 = Start again for a new patient") == 2
    assert result.session.step_index == 8


# Ending and odd input.


def test_end_of_input_at_once_exits_calmly(content: Content) -> None:
    result = run(content, raw="")
    assert result.code == 0
    assert result.lines[1] == "Step 1 of 9"
    assert result.lines[-3:] == ["Enter = Next, q = Quit, ? = Help", *GOODBYE]
    assert "Traceback" not in result.out


def test_end_of_input_in_a_dialog_exits_calmly(content: Content) -> None:
    result = run(content, *TO_CHECKLIST, "1", "q")
    assert result.code == 0
    assert result.lines[-3:] == ["2 = Quit cancel", *GOODBYE]
    assert "pregnant" in result.session.answers  # input ended; nothing was cleared


def test_last_line_without_newline_still_counts(content: Content) -> None:
    assert run(content, raw="\n\nb").session.step_index == 1


def test_goodbye_comes_from_content(content: Content) -> None:
    changed = with_ui(content, goodbye="Goodbye, take care.")
    assert run(changed, "", "q").lines[-2:] == ["", "Goodbye, take care."]
    assert run(changed).lines[-2:] == ["", "Goodbye, take care."]
    assert "Goodbye." not in run(changed).out


def test_goodbye_is_said_in_the_language_on_screen(content: Content) -> None:
    assert run(content, "2", "q").lines[-2:] == ["", "(es) Goodbye."]


def test_question_counter_and_current_answer_come_from_content(content: Content) -> None:
    changed = with_ui(
        content, current_answer="Answered so far:", question_counter="Q{current}/{total}"
    )
    result = run(changed, *TO_CHECKLIST, "1", "b")
    assert "Q1/3\nAre you pregnant?\nAnswered so far: Yes\n" in result.after("Q2/3")
    assert "Question 1 of 3" not in result.out
    assert "Your answer:" not in result.out


def test_plain_help_comes_from_content_without_markdown(content: Content) -> None:
    result = run(with_ui(content, plain_help_body="Type **q** to stop."), "?")
    assert "How to use this\nType q to stop.\nChoose your language\n" in result.out
    assert "Type b to go back." not in result.out


def test_placeholders_are_replaced_not_formatted(content: Content) -> None:
    odd = with_ui(
        content, step_counter="{current}/{total} {0} {unknown}", questions_left="{count} left {}"
    )
    result = run(odd, *TO_CHECKLIST, "", "", "")
    assert "1/9 {0} {unknown}" in result.lines
    assert "3 left {}" in result.lines


def test_no_escape_sequences_even_if_content_has_them(content: Content) -> None:
    sneaky = with_ui(content, disclaimer="\x1b[2JNot advice.\x07")
    result = run(sneaky, *TO_CHECKLIST, "1", "2", "3", "b", "?", "q", "2", "1", "1")
    assert "\x1b" not in result.out
    assert "\x07" not in result.out
    assert "[2JNot advice." in result.out


@pytest.mark.parametrize(
    "junk",
    [
        "x" * (MAX_LINE * 50),
        "\x00\x1b[2J\x7f",
        "\x00",
        "\x1b",
        "\u200b",
        "\ufffd\ufffd",
        "1 2 3",
        "-1",
        "99999999999999999999",
        "١",  # an Arabic-Indic digit one: a digit, but not one of ours
        "🙂",
    ],
)
def test_odd_input_repeats_the_choices_and_changes_nothing(content: Content, junk: str) -> None:
    result = run(content, *TO_CHECKLIST, junk, "2")
    assert result.code == 0
    assert result.after("Are you pregnant?").count(ANSWERS) == 3
    assert result.session.answers == {"pregnant": Answer.NO}


def test_a_long_line_is_discarded_whole(content: Content) -> None:
    result = run(content, "1" * (MAX_LINE * 3 + 7), "2")
    assert result.session.language_code == "es"
    assert result.lines.count("Choose your language") == 2


# Small pieces.


def test_safe_output_drops_control_characters_but_keeps_text() -> None:
    assert safe_output("a\x1b[31mb\tc\r中文") == "a[31mb c中文"
    assert safe_output("\u202eright\u2066 \x9b2J\x7fend\n") == "right 2Jend\n"


class FailingOutput(io.StringIO):
    """An output that takes `good` writes, then fails every one after with `error`."""

    def __init__(self, good: int, error: OSError) -> None:
        super().__init__()
        self.good = good
        self.error = error

    def write(self, text: str) -> int:
        if self.good <= 0:
            raise self.error
        self.good -= 1
        return super().write(text)


@pytest.mark.parametrize(
    ("error", "code"),
    [(BrokenPipeError(32, "Broken pipe"), 141), (OSError(9, "Bad file descriptor"), 74)],
    ids=["broken pipe", "bad descriptor"],
)
@pytest.mark.parametrize("good", [0, 3, 30])
def test_output_that_fails_ends_the_session_with_its_code(
    content: Content, error: OSError, code: int, good: int
) -> None:
    stdin = FiniteInput("\n" * 20)
    stdout = FailingOutput(good, error)
    assert run_plain(content, language="en", stdin=stdin, stdout=stdout) == code
    assert stdin.reads_after_end == 0  # it stopped at once, not at the end of the input


def test_command_normalises_case_space_and_full_width() -> None:
    assert command("  Q \n") == "q"
    assert command("２\u200b") == "2"
    assert command(" \r\n") == ""
    assert command("\x00\n") not in ("", "q", "b", "1")
    assert number_choice("2", 3) == 1
    assert number_choice("4", 3) is None
    assert number_choice("", 3) is None


# The command-line helper.


def test_main_plain_runs_with_content_and_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = write_minimal_content(tmp_path, ("en", "es"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    assert main_plain(["--content", str(root), "--lang", "es"]) == 0
    assert "(es) Step 1 of 9" in capsys.readouterr().out


def test_main_plain_reports_content_problems(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = write_minimal_content(tmp_path)
    (root / "en" / "ui.yaml").unlink()
    assert main_plain(["--content", str(root)]) == 1
    captured = capsys.readouterr()
    assert "ui.yaml:1:1: file is missing" in captured.err
    assert captured.out == ""


def test_main_plain_refuses_an_unknown_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = write_minimal_content(tmp_path)
    assert main_plain(["--content", str(root), "--lang", "fr"]) == 2
    assert "fr" in capsys.readouterr().err


def test_main_plain_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main_plain(["--colour"]) == 2
    assert "--colour" in capsys.readouterr().err
