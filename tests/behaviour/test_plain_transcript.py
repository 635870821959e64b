"""Plain mode as a real process with piped stdin: the transcript a screen-reader user would hear.

Most tests run the real command line, `python -m walkthrough --plain`. The exact transcript and
the broken-content check also run the stand-alone helper `tests.support.plain.main_plain`,
which must behave the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.fixtures_content import write_minimal_content
from walkthrough.content import bundled_content_dir, load_content
from walkthrough.plain import NO_OUTPUT
from walkthrough.plain.console import EXIT_BROKEN_PIPE, EXIT_NO_OUTPUT
from walkthrough.wording import step_counter

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "walkthrough", "--plain"]
HELPER = [
    sys.executable,
    "-c",
    "import sys; from tests.support.plain import main_plain; sys.exit(main_plain(sys.argv[1:]))",
]
ENTRIES = pytest.mark.parametrize("entry", [CLI, HELPER], ids=["cli", "main_plain"])
TIMEOUT = 60

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

Goodbye.
"""
"""Exactly what is printed for: Enter, then q (no answers, so no question before quitting)."""


def environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), **extra}


def plain(
    content: Path,
    stdin: bytes,
    *args: str,
    entry: list[str] = CLI,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*entry, "--content", str(content), *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=env or environment(),
        timeout=TIMEOUT,
    )


def text(done: subprocess.CompletedProcess[bytes]) -> str:
    return done.stdout.decode("utf-8")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_minimal_content(tmp_path, ("en", "es", "zh"))


@ENTRIES
def test_short_visit_transcript_is_exactly_this(content: Path, entry: list[str]) -> None:
    done = plain(content, b"\nq\n", "--lang", "en", entry=entry)
    assert done.returncode == 0
    assert done.stderr == b""
    assert text(done) == SHORT_VISIT


def test_whole_visit_with_a_flag_reaches_the_summary(content: Path) -> None:
    done = plain(content, ("\n" * 7 + "1\n2\n1\n").encode())
    out = text(done)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert "Tell your practitioner\nTell them you may be pregnant.\n" in out
    summary = out.split("\nStep 9 of 9\nYour summary\n")[1]
    assert summary.startswith(
        "Tell your practitioner about:\n- May be pregnant\n"
        "Take a seat. Your practitioner will call you.\n"
    )
    assert "\x1b" not in out


def test_without_plain_a_pipe_still_gets_plain_text(content: Path) -> None:
    done = plain(content, b"q\n", entry=[sys.executable, "-m", "walkthrough"])
    assert done.returncode == 0
    assert text(done).startswith("\nStep 1 of 9\nWelcome to Test Clinic\n")
    assert b"\x1b" not in done.stdout


def test_dumb_terminal_gets_plain_text(content: Path) -> None:
    """On a real terminal that says TERM=dumb, the app steps aside for plain text."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "walkthrough", "--content", str(content)],
        cwd=str(REPO),
        env=environment(TERM="dumb"),
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    try:
        child.expect_exact("Enter = Next, q = Quit, ? = Help")
        child.sendline("")
        child.expect_exact("Step 2 of 9")
        child.sendline("q")
        child.expect(pexpect.EOF)
        assert "\x1b" not in child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


def test_restart_then_end_of_input(content: Path) -> None:
    done = plain(content, ("\n" * 7 + "2\n2\n1\n" + "1\n1\n").encode())
    out = text(done)
    assert done.returncode == 0
    assert out.count("\nStep 1 of 9\n") == 2
    assert out.endswith("Enter = Next, q = Quit, ? = Help\n\nGoodbye.\n")


def test_chinese_is_written_as_utf8(content: Path) -> None:
    done = plain(content, "3\n".encode())
    out = text(done)
    assert done.returncode == 0
    assert "(zh) Step 1 of 9\n" in out
    assert "3 = 中文\n" in out


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_odd_bytes_and_a_huge_line_do_not_crash(content: Path, errors: str) -> None:
    # A real choice straight after the odd bytes: a decoding error must not swallow it.
    typed = b"\xff\xfe\x80\n2\n" + b"x" * 1_000_000 + b"\n\x1b[A\n\x00\n3\n"
    env = environment(PYTHONIOENCODING=f"utf-8:{errors}")
    done = plain(content, typed, "--lang", "en", env=env)
    out = text(done)
    assert done.returncode == 0
    assert done.stderr == b""
    english, rest = out.split("\n(es) Step 1 of 9\n")
    spanish, chinese = rest.split("\n(zh) Step 1 of 9\n")
    # Each odd line repeats the choices calmly; none of them moves the patient on.
    assert english.count("Enter = Next, q = Quit, ? = Help") == 2
    assert spanish.count("(es) Enter = (es) Next") == 4
    assert chinese.count("(zh) Enter = (zh) Next") == 1
    assert "Step 2 of 9" not in out


def test_closed_stdin_exits_0(content: Path) -> None:
    done = plain(content, b"")
    assert done.returncode == 0
    assert done.stderr == b""
    assert text(done).startswith("\nStep 1 of 9\n")


@ENTRIES
@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_a_reader_that_goes_away_ends_it_quietly_with_141(
    content: Path, entry: list[str], buffered: bool
) -> None:
    """`walkthrough --plain | head -1`: no traceback, and (with stdout buffered, as it is
    unless PYTHONUNBUFFERED is set) no "Exception ignored" from Python's last flush either."""
    env = {key: value for key, value in environment().items() if key != "PYTHONUNBUFFERED"}
    process = subprocess.Popen(
        [*entry, "--content", str(content)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env if buffered else {**env, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"\n"  # the blank line before "Step 1 of 9"
    process.stdout.close()  # the reader goes away; the next step cannot be written
    _, err = process.communicate(b"\n" * 20, timeout=TIMEOUT)
    assert process.returncode == EXIT_BROKEN_PIPE
    assert err == b""


@ENTRIES
@pytest.mark.parametrize("redirect", [">&-", "1</dev/null"], ids=["closed", "read-only"])
def test_an_output_that_cannot_be_written_ends_it_with_74(
    content: Path, entry: list[str], redirect: str
) -> None:
    """`walkthrough --plain >&-`: one line on stderr saying so, never a traceback."""
    command = ["sh", "-c", f'exec "$@" {redirect}', "sh", *entry, "--content", str(content)]
    done = subprocess.run(
        command, input=b"\n", capture_output=True, cwd=REPO, env=environment(), timeout=TIMEOUT
    )
    assert done.returncode == EXIT_NO_OUTPUT
    assert done.stderr.decode("utf-8") == NO_OUTPUT + "\n"


def test_without_plain_a_closed_stdout_gets_plain_mode_and_74(content: Path) -> None:
    command = ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "walkthrough"]
    done = subprocess.run(
        [*command, "--content", str(content)],
        input=b"",
        capture_output=True,
        cwd=REPO,
        env=environment(),
        timeout=TIMEOUT,
    )
    assert done.returncode == EXIT_NO_OUTPUT
    assert done.stderr.decode("utf-8") == NO_OUTPUT + "\n"


@ENTRIES
def test_broken_content_is_reported_on_stderr_with_exit_1(content: Path, entry: list[str]) -> None:
    (content / "en" / "steps.yaml").write_text("steps: [\n", encoding="utf-8")
    done = plain(content, b"\n", entry=entry)
    assert done.returncode == 1
    assert done.stdout == b""
    assert "steps.yaml:" in done.stderr.decode("utf-8")
    assert b"Traceback" not in done.stderr


BUNDLED = load_content(bundled_content_dir())


@pytest.mark.parametrize("code", list(BUNDLED.languages))
def test_bundled_content_whole_visit_in_each_language(code: str) -> None:
    """Every step in order; 'Not sure' to every question flags all of them in the summary."""
    language = BUNDLED.languages[code]
    steps = [step.id for step in language.steps]
    questions = language.checklist.questions
    typed = "\n" * steps.index("checklist") + "3\n" * len(questions) + "q\n1\n"
    done = plain(bundled_content_dir(), typed.encode(), "--lang", code)
    out = text(done)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    lines = out.splitlines()
    counters = [step_counter(language.ui, n, len(steps)) for n in range(1, len(steps) + 1)]
    assert [line for line in lines if line in counters] == counters
    summary = out.split(counters[-1])[1]
    assert language.step("summary").flagged_heading in summary
    for item in questions:
        assert f"- {item.summary}" in summary
    assert language.ui.confirm_quit.title in summary
    for symbol in ("\x1b", "**", "__"):
        assert symbol not in out
    assert not [line for line in lines if line.lstrip().startswith("#")]
