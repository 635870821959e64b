"""The line the kiosk log keeps from Textual's crash report: the error, never the noise."""

from __future__ import annotations

from walkthrough.kiosk.runner import last_line


def test_the_error_line_is_kept_and_textuals_note_is_not() -> None:
    report = (
        "╭──── Traceback ────╮\n│ locals: answers={'bleeding': 'yes'} │\n╰────╯\n"
        "RuntimeError: injected crash\n\n"
        "NOTE: 1 of 2 errors shown. Run with textual run --dev to see all errors.\n"
    )
    assert last_line(report) == "RuntimeError: injected crash"


def test_an_empty_report_says_so() -> None:
    assert last_line("\n \n") == "(no report)"
