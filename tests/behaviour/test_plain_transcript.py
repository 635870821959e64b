"""Plain mode as a real process with piped stdin: the transcript a screen-reader user would hear.

Runs `walkthrough.plain.main_plain` through `python -c`, so it tests the real streams (bytes,
encodings, buffering) as `walkthrough --plain` will use them; the CLI wires `--plain` to the same
`run_plain`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures_content import write_minimal_content

REPO = Path(__file__).resolve().parents[2]
PLAIN = "import sys; from walkthrough.plain import main_plain; sys.exit(main_plain(sys.argv[1:]))"
TIMEOUT = 30

SHORT_VISIT = """
Step 1 of 9
Welcome to Test Clinic
Welcome

This walk-through takes about five minutes.
General information only, not medical advice.
Choose your language
1 = English
2 = Español
3 = 中文
Enter = Next, q = Quit, ? = Help

Step 2 of 9
About acupuncture
What it is

Very thin needles are placed in the skin.

- They are sterile
- They are used once
General information only, not medical advice.
Enter = Next, b = Back, q = Quit, ? = Help
"""
"""Exactly what is printed for: Enter, then q (no answers, so no question before quitting)."""


def plain(content: Path, stdin: bytes, *args: str, env: dict[str, str] | None = None,
          ) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", PLAIN, "--content", str(content), *args],
        input=stdin, capture_output=True, cwd=REPO, env=environment, timeout=TIMEOUT,
    )


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_minimal_content(tmp_path, ("en", "es", "zh"))


def test_short_visit_transcript_is_exactly_this(content: Path) -> None:
    done = plain(content, b"\nq\n", "--lang", "en")
    assert done.returncode == 0
    assert done.stderr == b""
    assert done.stdout.decode("utf-8") == SHORT_VISIT


def test_whole_visit_with_a_flag_reaches_the_summary(content: Path) -> None:
    typed = "\n" * 7 + "1\n2\n1\n"
    done = plain(content, typed.encode(), "--lang", "en")
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert "Tell your practitioner\nTell them you may be pregnant.\n" in out
    summary = out.split("\nStep 9 of 9\nYour summary\n")[1]
    assert summary.startswith("Tell your practitioner about:\n- May be pregnant\n"
                              "Take a seat. Your practitioner will call you.\n")
    assert "\x1b" not in out


def test_restart_then_end_of_input(content: Path) -> None:
    typed = "\n" * 7 + "2\n2\n1\n" + "1\n1\n"
    done = plain(content, typed.encode(), "--lang", "en")
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0
    assert out.count("Step 1 of 9") == 2
    assert out.endswith("Enter = Next, q = Quit, ? = Help\n")


def test_chinese_switch_prints_utf8(content: Path) -> None:
    done = plain(content, "3\n".encode(), env={"PYTHONIOENCODING": "utf-8"})
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0
    assert "(zh) Step 1 of 9\n" in out
    assert "3 = 中文\n" in out


def test_odd_bytes_and_a_huge_line_do_not_crash(content: Path) -> None:
    typed = b"\xff\xfe\x80\n" + b"x" * 1_000_000 + b"\n\x1b[A\n\x00\n2\n"
    done = plain(content, typed, "--lang", "en")
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0
    assert b"Traceback" not in done.stderr
    assert done.stderr == b""
    # Shown once, then again after each of the four odd lines; none of them moved the patient on.
    assert out.count("Enter = Next, q = Quit, ? = Help") == 5
    assert "Step 2 of 9" not in out
    assert "(es) Step 1 of 9" in out


def test_closed_stdin_exits_0(content: Path) -> None:
    done = plain(content, b"")
    assert done.returncode == 0
    assert done.stderr == b""
    assert done.stdout.decode("utf-8").startswith("\nStep 1 of 9\n")


def test_broken_content_is_reported_on_stderr_with_exit_1(content: Path) -> None:
    (content / "en" / "steps.yaml").write_text("steps: [\n", encoding="utf-8")
    done = plain(content, b"\n")
    assert done.returncode == 1
    assert done.stdout == b""
    assert "steps.yaml:" in done.stderr.decode("utf-8")
    assert b"Traceback" not in done.stderr
