"""Printing the slip through a real CUPS (the tests' own server), and reading the job back."""

from __future__ import annotations

import io
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import content_copy
from tests.printing import PrintServer, pdf_text, print_server, squeezed  # noqa: F401
from tests.terminal import Terminal
from walkthrough.cli import main
from walkthrough.content import bundled_content_dir, load_content
from walkthrough.handoff import print_slip
from walkthrough.handoff.cups import send
from walkthrough.plain import run_plain
from walkthrough.session import Answer
from walkthrough.tools import run_tool, sample_session
from walkthrough.wording import summarise


@pytest.fixture
def cups(print_server: PrintServer, monkeypatch: pytest.MonkeyPatch) -> PrintServer:  # noqa: F811
    monkeypatch.setenv("CUPS_SERVER", str(print_server.socket))
    return print_server


def printing_content(tmp_path: Path, queue: str) -> Path:
    root = content_copy(tmp_path)
    with (root / "clinic.yaml").open("a", encoding="utf-8") as clinic:
        clinic.write(f"handoff:\n  printer: {queue}\n  paper: receipt-80mm\n")
    return root


@pytest.mark.parametrize("language", ["zh", "es"])
def test_the_job_cups_keeps_holds_every_flag_in_both_languages(
    cups: PrintServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    session = sample_session(load_content(printing_content(tmp_path, "slip")), language)
    jobs = len(list(cups.jobs.iterdir()))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    before = sorted(tmp_path.rglob("*"))
    result = print_slip(session)
    assert result.printed, result.detail
    assert result.detail.startswith("printed on slip (job slip-")
    assert sorted(tmp_path.rglob("*")) == before, "no slip file is left on disk"
    text = squeezed(pdf_text(cups.job(jobs)))
    clinics = session.content.default
    for summary in (summarise(session), summarise(session, clinics)):
        assert summary.flagged
        for item in summary.flagged:
            assert squeezed(item.summary) in text and squeezed(item.tell) in text
            assert item.summary not in result.detail, "the log never holds an answer"
    answers = summarise(session, clinics).answers  # every question, for the practitioner
    for question, answered in zip(clinics.checklist.questions, answers, strict=True):
        assert squeezed(f"{question.summary}: {answered.answer}") in text


def test_print_test_prints_a_sample_marked_as_one(
    cups: PrintServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jobs = len(list(cups.jobs.iterdir()))
    assert (
        run_tool(
            "print-test", ["--content", str(printing_content(tmp_path, "slip")), "--lang", "zh"]
        )
        == 0
    )
    assert capsys.readouterr().out.startswith(
        "Printed a sample slip (receipt-80mm): printed on slip"
    )
    assert "TESTPRINT" in squeezed(pdf_text(cups.job(jobs)))


@pytest.mark.parametrize(
    "queue, reason",
    [
        ("stopped", "queue stopped: printer stopped disabled since"),
        ("nowhere", 'queue nowhere: lpstat: Invalid destination name in list "nowhere"'),
    ],
)
def test_a_stopped_or_missing_queue_fails_at_once_and_says_why(
    cups: PrintServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], queue: str, reason: str
) -> None:
    started = time.monotonic()
    result = print_slip(sample_session(load_content(printing_content(tmp_path, queue))))
    assert not result.printed and result.detail.startswith(reason)
    assert time.monotonic() - started < 3
    assert run_tool("print-test", ["--content", str(tmp_path / "content")]) == 1
    assert capsys.readouterr().err.startswith(f"walkthrough print-test: not printed: {reason}")


def test_a_job_cups_cannot_finish_in_time_is_cancelled(cups: PrintServer) -> None:
    env = {**os.environ, "PATH": f"{os.environ['PATH']}:/usr/sbin"}
    subprocess.run(
        ["lpadmin", "-p", "stalls", "-E", "-v", "keep:/nonexistent", "-m", "raw"],
        env=env,
        capture_output=True,
        check=True,
    )
    result = send(b"%PDF-1.4\n%%EOF\n", "stalls", timeout=2)
    assert not result.printed and result.detail.startswith("CUPS did not finish stalls-")
    left = subprocess.run(["lpstat", "-o", "stalls"], capture_output=True, text=True, check=False)
    assert left.stdout == "", "cancelled: it will not come out later for somebody else"


@pytest.mark.parametrize("queue", ["slip", "nowhere"])
def test_plain_mode_offers_printing_on_the_summary_and_says_how_it_went(
    cups: PrintServer, tmp_path: Path, queue: str
) -> None:
    content = load_content(printing_content(tmp_path, queue))
    session = sample_session(content, "zh")
    jobs = len(list(cups.jobs.iterdir()))
    stdout = io.StringIO()
    run_plain(content, language="zh", stdin=io.StringIO("2\n"), stdout=stdout, session=session)
    words = session.language.ui.handoff
    said = stdout.getvalue().splitlines()
    assert f"2 = {words.print}" in said
    result = words.printed if queue == "slip" else words.print_failed
    assert said[said.index(words.printing) + 1] == result
    if queue == "slip":
        assert squeezed(summarise(session).flagged[0].tell) in squeezed(pdf_text(cups.job(jobs)))


def test_plain_mode_without_a_printer_offers_no_printing() -> None:
    content = load_content(bundled_content_dir())
    stdout = io.StringIO()
    session = sample_session(content)
    run_plain(content, language="en", stdin=io.StringIO("2\n"), stdout=stdout, session=session)
    said = stdout.getvalue()
    assert "2 = " not in said and content.default.ui.handoff.printing not in said


def test_print_test_is_a_tool_of_the_command_line(
    cups: PrintServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jobs = len(list(cups.jobs.iterdir()))
    assert main(["print-test", "--content", str(printing_content(tmp_path, "slip"))]) == 0
    assert capsys.readouterr().out.startswith("Printed a sample slip (receipt-80mm)")
    assert "TESTPRINT" in squeezed(pdf_text(cups.job(jobs)))
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "walkthrough print-test [--content DIR]" in " ".join(capsys.readouterr().out.split())


def walk_to_summary_in_chinese(content: Path, cups: PrintServer) -> Terminal:
    """The app on a real pty, in Chinese, every question answered Not sure (so all flagged)."""
    env = {"CUPS_SERVER": str(cups.socket)}
    term = Terminal(["-m", "walkthrough", "--content", str(content), "--lang", "zh"], env)
    term.wait_for("第 1 步")
    for step in range(2, 9):
        term.child.send(b"\x1b[C")  # Right
        term.wait_for(f"第 {step} 步")
    term.child.send(b"3" * len(load_content(content).default.checklist.questions))
    term.read(0.5)
    term.child.send(b"\x1b[C")
    term.wait_for("第 9 步")
    return term


def test_p_on_the_summary_in_a_real_terminal_prints_every_flag_in_both_languages(
    cups: PrintServer, tmp_path: Path
) -> None:
    content = printing_content(tmp_path, "slip")
    jobs = len(list(cups.jobs.iterdir()))
    term = walk_to_summary_in_chinese(content, cups)
    try:
        term.child.send(b"p")
        term.wait_for("打印好了")  # "Printed", in Chinese
        text = squeezed(pdf_text(cups.job(jobs)))
    finally:
        term.stop()
    loaded = load_content(content)
    session = sample_session(loaded, "zh")
    for item in session.language.checklist.questions:
        session.answer(item.id, Answer.UNSURE)
    for language in (session.language, loaded.default):
        for item in summarise(session, language).flagged:  # every one: all are Not sure
            assert squeezed(item.summary) in text and squeezed(item.tell) in text
    for question in loaded.default.checklist.questions:
        assert squeezed(f"{question.summary}: Not sure") in text


@pytest.mark.parametrize("queue", ["stopped", "nowhere"])
def test_a_printer_that_fails_in_a_real_terminal_gets_the_calm_line_and_the_app_goes_on(
    cups: PrintServer, tmp_path: Path, queue: str
) -> None:
    term = walk_to_summary_in_chinese(printing_content(tmp_path, queue), cups)
    try:
        term.child.send(b"p")
        term.wait_for("打印机出了问题")  # "The printer is not working", in Chinese
        assert "第 9 步" in term.text()
        term.child.send(b"\x1b[D")  # Left: a key still moves
        term.wait_for("第 8 步")
        assert term.child.isalive()
    finally:
        term.stop()
