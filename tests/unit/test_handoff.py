"""The printed slip: its words (from the summary), its PDF's text layer, the printer setting."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import content_copy
from tests.printing import pdf_text, squeezed
from walkthrough.content import Content, bundled_content_dir, load_content
from walkthrough.content.loader import validate
from walkthrough.content.model import Handoff
from walkthrough.handoff import make_pdf, print_slip, slip_lines
from walkthrough.handoff.cups import send
from walkthrough.handoff.slip import Line
from walkthrough.session import Answer, Session
from walkthrough.tools import run_tool, sample_session
from walkthrough.wording import summarise

NOW = datetime(2026, 12, 1, 9, 30)
PAPERS = ("receipt-80mm", "a4", "letter")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(bundled_content_dir())


def slip_text(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def on_paper(content: Content, paper: str = "receipt-80mm", printer: str = "desk") -> Content:
    return replace(
        content, clinic=replace(content.clinic, handoff=Handoff(printer=printer, paper=paper))
    )


def unflagged(content: Content, language: str) -> Session:
    session = Session(content, language)
    for item in session.language.checklist.questions:
        session.answer(item.id, Answer.NO if item.kind == "caution" else Answer.YES)
    return session


def test_the_slip_in_the_clinics_own_language(content: Content) -> None:
    session = sample_session(content, "en")
    text = slip_text(slip_lines(session, NOW))
    summary = summarise(session)
    assert summary.flagged, "the sample flags its first two questions"
    for line in (content.clinic.name, "2026-12-01 09:30", "English (en)", summary.flagged_heading):
        assert line in text
    for item in summary.flagged:
        assert f"! {item.summary}\n{item.tell}" in text
    for question, answered in zip(
        content.default.checklist.questions, summary.answers, strict=True
    ):
        assert f"{question.summary}: {answered.answer}" in text
    assert text.count(summary.flagged_heading) == 1, "one language, said once"
    assert text.endswith(content.default.ui.handoff.no_personal_details)


@pytest.mark.parametrize("language", ["es", "zh"])
def test_flags_in_the_patients_language_then_the_clinics(content: Content, language: str) -> None:
    session = sample_session(content, language)
    text = slip_text(slip_lines(session, NOW))
    theirs, clinics = summarise(session), summarise(session, content.default)
    patient = session.language
    assert f"{content.default.ui.handoff.language}: {patient.ui.language_name} ({language})" in text
    first = text.index(theirs.flagged_heading)
    assert first < text.index(clinics.flagged_heading), "the patient's words come first"
    for ours, english in zip(theirs.flagged, clinics.flagged, strict=True):
        assert f"! {ours.summary}\n{ours.tell}" in text
        assert f"! {english.summary}\n{english.tell}" in text
    for words in (patient.ui.handoff, content.default.ui.handoff):
        assert words.title in text and words.no_personal_details in text
    assert "! A bleeding problem, or a blood thinner: Yes" in text, "answers for the practitioner"
    assert "Pregnancy, or a chance of pregnancy: No" in text


@pytest.mark.parametrize("language", ["en", "es", "zh"])
def test_nothing_flagged_says_so_and_marks_nothing(content: Content, language: str) -> None:
    session = unflagged(content, language)
    lines = slip_lines(session, NOW)
    text = slip_text(lines)
    for each in {session.language.code: session.language, "en": content.default}.values():
        nothing = summarise(session, each).nothing_flagged.strip()
        assert squeezed(nothing) in squeezed(text)
        assert summarise(session, each).flagged_heading not in text
    assert not [line for line in lines if line.text.startswith("!")]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("language", ["en", "es", "zh"])
def test_the_pdf_text_layer_holds_every_line(content: Content, language: str, paper: str) -> None:
    session = sample_session(on_paper(content, paper), language)
    pdf = make_pdf(session, NOW)
    text = squeezed(pdf_text(pdf))
    for line in slip_lines(session, NOW):
        assert squeezed(line.text) in text, line
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    pages, width, height = re.search(
        rb"Pages:\s+(\d+).*Page size:\s+([\d.]+) x ([\d.]+)", info.stdout, re.DOTALL
    ).groups()
    size = {"receipt-80mm": (226.77, None), "a4": (595.28, 841.89), "letter": (612, 792)}[paper]
    assert int(pages) == 1 and float(width) == pytest.approx(size[0], abs=0.1)
    if size[1]:
        assert float(height) == pytest.approx(size[1], abs=0.1)


def test_a_receipt_is_as_long_as_its_text(content: Content) -> None:
    heights = []
    receipt = on_paper(content)
    for session in (unflagged(receipt, "en"), sample_session(receipt, "zh")):
        info = subprocess.run(["pdfinfo", "-"], input=make_pdf(session, NOW), capture_output=True)
        heights.append(float(re.search(rb"Page size:\s+[\d.]+ x ([\d.]+)", info.stdout)[1]))
    assert 300 < heights[0] < heights[1] < 1500


def test_content_text_is_never_read_as_markup(content: Content) -> None:
    odd = replace(content, clinic=replace(content.clinic, name="Lee & Park <b>Clinic</b>"))
    assert "Lee&Park<b>Clinic</b>" in squeezed(pdf_text(make_pdf(sample_session(odd), NOW)))


@pytest.mark.parametrize(
    "name, accepted",
    [
        ("front-desk", True),
        ("Receipt_80", True),
        ("caja-recepción", True),
        ("x" * 127, True),
        ("x" * 128, False),
        ("", False),
        ("front desk", False),
        ("front\tdesk", False),
        ("a/b", False),
        ("a\\b", False),
        ("it's", False),
        ('"desk"', False),
        ("desk#2", False),
        ("desk?", False),
        ("desk\x07", False),
    ],
)
def test_queue_names_cups_accepts(name: str, accepted: bool) -> None:
    try:
        validate(Handoff, {"printer": name})
    except ValueError:  # pydantic's ValidationError
        assert not accepted
    else:
        assert accepted


def test_no_printer_set_prints_nothing(content: Content) -> None:
    result = print_slip(sample_session(content))
    assert not result.printed and "clinic.yaml" in result.detail


def test_without_cups_the_result_says_why_and_never_the_answers(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    session = sample_session(on_paper(content))
    result = print_slip(session, NOW)
    assert not result.printed and result.detail == "cannot run lpstat: No such file or directory"
    assert send(b"%PDF", "desk").detail == result.detail


def test_the_pdf_library_loads_only_when_a_slip_is_made() -> None:
    code = (
        "import sys\nimport walkthrough.handoff, walkthrough.tools\n"
        "print('reportlab' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_print_test_without_a_printer_says_how_to_set_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = content_copy(tmp_path)
    assert run_tool("print-test", ["--content", str(root)]) == 1
    assert "no printer is set: add 'handoff: {printer: QUEUE}'" in capsys.readouterr().err
    (root / "clinic.yaml").write_text(
        (root / "clinic.yaml").read_text() + "handoff: {printer: desk}\n", encoding="utf-8"
    )
    with pytest.raises(SystemExit, match="2"):
        run_tool("print-test", ["--content", str(root), "--lang", "fr"])
    assert f"no language 'fr' in {root}" in capsys.readouterr().err
