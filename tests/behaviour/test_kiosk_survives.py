"""What a hostile or unlucky user can do to the program on a real terminal, and what it must
survive: bytes that are not UTF-8, a paste that never ends, signals at start-up and after, a
log that cannot be written, Textual's variables, a closed keyboard.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import content_copy
from tests.terminal import ROOT, WELCOME, Terminal, kiosk
from walkthrough.kiosk.pin import hash_pin

RIGHT = b"\x1b[C"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


def assert_still_answers(term: Terminal, now: str, then: str) -> None:
    """The program is alive, and a Right arrow still moves it on."""
    assert term.child.isalive()
    assert now in term.text()
    term.child.send(RIGHT)
    term.wait_for(then)


@pytest.mark.parametrize("kiosk_mode", [True, False], ids=["kiosk", "normal"])
def test_bytes_that_are_not_utf8_are_dropped_and_the_keyboard_carries_on(
    content: Path, tmp_path: Path, kiosk_mode: bool
) -> None:
    log = tmp_path / "kiosk.log"
    term = kiosk(content, log) if kiosk_mode else Terminal(["-m", "walkthrough"])
    try:
        term.wait_for(WELCOME)
        # ñ typed on a Latin-1 console, then an arrow; a lone continuation byte; a bad sequence
        for stray in (b"\xf1", b"\x80", b"\xc3(", b"\xff\xfe\xfd"):
            term.child.send(stray)
            term.read(0.2)
        term.read(0.5)
        assert_still_answers(term, WELCOME, "Step 2 of 9")
        assert "Traceback" not in term.text()
    finally:
        term.stop()


def test_a_paste_that_never_ends_does_not_take_the_keyboard(content: Path, tmp_path: Path) -> None:
    term = kiosk(content, tmp_path / "kiosk.log")
    try:
        term.wait_for(WELCOME)
        term.child.send(b"\x1b[200~hello")  # the start of a bracketed paste, and no end
        term.read(1.0)
        assert_still_answers(term, WELCOME, "Step 2 of 9")
    finally:
        term.stop()


def test_keys_held_while_the_kiosk_starts_neither_stop_it_nor_show_a_traceback(
    content: Path, tmp_path: Path
) -> None:
    """Before Textual takes the terminal, Ctrl+C, Ctrl+\\ and Ctrl+Z are signals from the
    keyboard. From the entry point's first line on (before that the interpreter itself is
    starting, which only the launcher can cover), they must do nothing."""
    term = kiosk(content, tmp_path / "kiosk.log")
    try:
        term.wait_until_locked_down()
        for key in (b"\x03", b"\x1c", b"\x1a") * 3:
            term.child.send(key)
            time.sleep(0.02)
        term.wait_for(WELCOME)
        term.read(0.5)
        assert "Traceback" not in term.text() and b"KeyboardInterrupt" not in term.output
        assert_still_answers(term, WELCOME, "Step 2 of 9")
    finally:
        term.stop()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP])
def test_signals_a_keyboard_would_send_are_ignored(
    content: Path, tmp_path: Path, signum: int
) -> None:
    term = kiosk(content, tmp_path / "kiosk.log")
    try:
        term.wait_for(WELCOME)
        term.child.kill(signum)
        term.read(0.5)
        assert_still_answers(term, WELCOME, "Step 2 of 9")
    finally:
        term.stop()


@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM]
)
def test_ending_signals_end_it_cleanly_with_128_plus_the_signal(
    content: Path, tmp_path: Path, signum: int
) -> None:
    log = tmp_path / "kiosk.log"
    term = kiosk(content, log)
    try:
        term.wait_for(WELCOME)
        term.child.kill(signum)
        assert term.ended() == 128 + signum
        tail = term.output[term.output.rfind(b"\x1b[?1049h") :]
        assert b"\x1b[?1049l" in tail[-100:]  # left the alternate screen, at the very end
        assert b"\x1b[?25h" in tail[-100:]  # cursor shown again
        name = signal.Signals(signum).name
        assert f"{name} received: exiting" in log.read_text()
        assert f"kiosk ended ({name}), exit code {128 + signum}" in log.read_text()
    finally:
        term.stop()


def test_a_signal_while_it_starts_ends_it_cleanly_once_started(
    content: Path, tmp_path: Path
) -> None:
    log = tmp_path / "kiosk.log"
    term = kiosk(content, log)
    try:
        term.wait_until_locked_down()  # the first line has run; Textual is loading
        term.child.kill(signal.SIGUSR1)
        assert term.ended() == 128 + signal.SIGUSR1
        assert "SIGUSR1 received: exiting" in log.read_text()
    finally:
        term.stop()


def test_textual_variables_are_ignored_in_kiosk_mode(content: Path, tmp_path: Path) -> None:
    """TEXTUAL_SCREENSHOT would save a picture and end the app after that many seconds."""
    log = tmp_path / "kiosk.log"
    variables = {"TEXTUAL_SCREENSHOT": "1", "TEXTUAL_DEBUG": "1", "TEXTUAL_ALLOW_SIGNALS": "1"}
    term = kiosk(content, log, env={**variables, "TEXTUAL_SCREENSHOT_LOCATION": str(tmp_path)})
    try:
        term.wait_for(WELCOME)
        term.read(2.5)
        assert_still_answers(term, WELCOME, "Step 2 of 9")
        assert not list(tmp_path.glob("*.svg"))
        assert "TEXTUAL_SCREENSHOT was set; removed" in log.read_text()
    finally:
        term.stop()


def test_a_log_that_cannot_be_written_changes_nothing(content: Path) -> None:
    """A full disk: the staff exit still exits 0 and nothing reaches the screen."""
    term = kiosk(
        content,
        Path("/dev/full"),
        env={"WALKTHROUGH_STAFF_PIN_HASH": hash_pin("2468")},
    )
    try:
        term.wait_for(WELCOME)
        term.child.send(b"\x1b[24~")  # F12
        term.read(0.5)
        term.child.send(b"2468\r")
        assert term.ended() == 0
        assert b"Logging error" not in term.output and b"Traceback" not in term.output
    finally:
        term.stop()


def test_sigterm_with_a_log_that_cannot_be_written_still_exits_143(content: Path) -> None:
    term = kiosk(content, Path("/dev/full"))
    try:
        term.wait_for(WELCOME)
        term.child.kill(signal.SIGTERM)
        assert term.ended() == 143
        assert b"Logging error" not in term.output
    finally:
        term.stop()


def test_the_log_file_is_never_opened_through_a_symbolic_link(
    content: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("not a log\n")
    link = tmp_path / "kiosk.log"
    link.symlink_to(target)
    term = kiosk(content, link)
    try:
        assert term.ended() == 2
        assert b"symbolic link" in term.output
        assert target.read_text() == "not a log\n"
    finally:
        term.stop()


def test_a_kiosk_with_its_keyboard_closed_refuses_to_start(content: Path) -> None:
    """The README's exit code 2: no full-screen terminal (here, no keyboard)."""
    term = Terminal(
        [
            "-c",
            "import os, runpy, sys; os.close(0); sys.argv[0] = 'walkthrough'; "
            "runpy.run_module('walkthrough', run_name='__main__')",
            "--kiosk",
            "--content",
            str(content),
            "--log-file",
            "/dev/null",
        ]
    )
    try:
        assert term.ended() == 2
        assert b"keyboard" in term.output
    finally:
        term.stop()


@pytest.mark.parametrize(
    "option",
    [
        ["--idle-timeout", "0.001"],
        ["--idle-warning", "0"],
        ["--summary-reset", "nan"],
        ["--idle-timeout", "inf"],
        ["--speech-rate", "0"],
        ["--kio"],  # a shortened --kiosk would miss the first-line lock-down
    ],
)
def test_options_with_no_sensible_meaning_are_refused(option: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "walkthrough", *option],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert "walkthrough: error:" in done.stderr and "Traceback" not in done.stderr


BROKEN_INPUT = """
import sys
from walkthrough.terminal_input import TolerantLinuxDriver


def run_input_thread(self):  # the keyboard's thread fails: Textual ends the app, no exit code
    raise RuntimeError("injected input failure")


TolerantLinuxDriver.run_input_thread = run_input_thread
from walkthrough.cli import main

sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("kiosk_mode", [True, False], ids=["kiosk", "normal"])
def test_an_end_that_is_not_a_staff_exit_or_a_signal_is_never_exit_0(
    content: Path, tmp_path: Path, kiosk_mode: bool
) -> None:
    script, log = tmp_path / "broken_input.py", tmp_path / "kiosk.log"
    script.write_text(BROKEN_INPUT)
    args = [str(script), "--content", str(content)]
    term = Terminal([*args, "--kiosk", "--log-file", str(log)] if kiosk_mode else args)
    try:
        assert term.ended(timeout=60) == 1
        if kiosk_mode:  # each end was a crash: logged with its error, then the budget ran out
            logged = log.read_text()
            assert logged.count("(return code None): RuntimeError: injected input failure") == 4
            assert "too many crashes" in logged and "ended (normally)" not in logged
    finally:
        term.stop()


def threads(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("Threads:")))


def test_sigcont_does_not_start_another_keyboard_reader(content: Path, tmp_path: Path) -> None:
    """Textual resumes after a suspend on SIGCONT; a kiosk never suspends, so there is nothing
    to resume, and a resume would add a second reader of the keyboard."""
    term = kiosk(content, tmp_path / "kiosk.log")
    try:
        term.wait_for(WELCOME)
        term.read(0.5)
        before = threads(term.child.pid)
        for _ in range(4):
            term.child.kill(signal.SIGCONT)
            term.read(0.2)
        assert threads(term.child.pid) == before
        assert_still_answers(term, WELCOME, "Step 2 of 9")
    finally:
        term.stop()
