"""The broken-content corpus: each folder under tests/broken_content/ makes one mistake.

`expected.txt` in each folder holds the exact lines a clinic editor must read, with paths
relative to the folder. The folders are written by tests/broken_content/_make_corpus.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from walkthrough.content import ContentError, bundled_content_dir, load_content

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "broken_content"
CASES = sorted(path for path in CORPUS.iterdir() if (path / "expected.txt").is_file())


def expected(case: Path) -> list[str]:
    return (case / "expected.txt").read_text(encoding="utf-8").splitlines()


def relative(case: Path, error: ContentError) -> list[str]:
    """Each problem as printed, with the case folder taken off its path (and its message)."""
    prefix = f"{case}{os.sep}"
    return [
        f"{problem.path.relative_to(case)}:{problem.line}:{problem.col}: "
        + problem.message.replace(prefix, "")
        for problem in error.problems
    ]


def test_the_corpus_is_big_enough_and_every_case_has_expectations() -> None:
    assert len(CASES) >= 30
    folders = [path for path in CORPUS.iterdir() if path.is_dir() and not path.name.startswith("_")]
    assert sorted(folders) == CASES
    for case in CASES:
        assert expected(case), case.name
        assert (case / "clinic.yaml").is_file() or "missing_clinic" in case.name


def test_the_base_every_case_starts_from_is_valid() -> None:
    content = load_content(CORPUS / "_base")
    assert list(content.languages) == ["en"]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case(case: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_content(case)
    assert relative(case, caught.value) == expected(case)


def run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    """`python -m walkthrough check --content .` run inside `folder`, as a clinic editor would."""
    path = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run(
        [sys.executable, "-m", "walkthrough", "check", "--content", "."],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


CLI_CASES = [
    "yes_not_quoted",
    "two_broken_files",
    "alias_bomb",
    "missing_language_folder",
    "not_utf8",
    "language_missing_checklist_item",
    "escape_sequence_in_title",
    "answer_letter_used_twice",
    "answer_letter_taken",
]


@pytest.mark.parametrize("name", CLI_CASES)
def test_walkthrough_check_prints_the_same_lines_and_exits_1(name: str) -> None:
    case = CORPUS / name
    result = run_check(case)
    lines = expected(case)
    noun = "problem" if len(lines) == 1 else "problems"
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [*lines, f"{len(lines)} {noun} found in ."]


def test_walkthrough_check_accepts_the_base() -> None:
    result = run_check(CORPUS / "_base")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ".: content is valid (en)"
    assert result.stderr == ""


def test_walkthrough_check_warns_while_the_clinic_details_are_the_samples() -> None:
    """The bundled clinic.yaml is a sample: valid, so exit 0, but staff are told to change it."""
    result = run_check(bundled_content_dir())
    assert result.returncode == 0, result.stderr
    valid, note = result.stdout.strip().splitlines()
    assert valid == ".: content is valid (en, es, zh)"
    assert note.startswith("Note: a Linux console (TERM=linux, font Uni2-Fixed16) cannot show zh")
    [warning] = result.stderr.splitlines()
    assert warning.startswith("warning: clinic.yaml: name, phone and emergency_number are ")
