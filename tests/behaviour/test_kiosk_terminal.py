"""Kiosk mode in a real pseudo-terminal: raw control bytes, and a crash it survives (signals:
test_kiosk_survives.py).

The app runs as `python -m walkthrough --kiosk` on a pty (pexpect); pyte turns what it wrote
into the 80x24 screen a patient would see.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import content_copy
from tests.terminal import WELCOME, Terminal, kiosk

RAW_ESCAPES = [b"\x03", b"\x11", b"\x1a", b"\x1c", b"\x04", b"\x10", b"\x1b", b"q"]
# Ctrl+C, Ctrl+Q, Ctrl+Z, Ctrl+\, Ctrl+D, Ctrl+P, Escape, q


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


def test_raw_control_keys_do_not_end_or_suspend_the_kiosk(content: Path, tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    # Even with TEXTUAL_ALLOW_SIGNALS set, Ctrl+C / Ctrl+Z / Ctrl+\ must stay plain keys.
    term = kiosk(content, log, env={"TEXTUAL_ALLOW_SIGNALS": "1"})
    try:
        term.wait_for(WELCOME)
        term.child.send(b"\x1b[C")  # Right: to step 2
        term.wait_for("Step 2 of 9")
        for key in RAW_ESCAPES:
            term.child.send(key)
            term.read(0.4)
            assert term.child.isalive(), f"{key!r} ended the kiosk"
        term.read(0.5)
        assert "Step 2 of 9" in term.text()
        assert "Quit" not in term.text()
        assert b"\x1b[?1000h" not in term.output  # mouse reporting never switched on
        assert "TEXTUAL_ALLOW_SIGNALS was set; removed" in log.read_text()
    finally:
        term.stop()


def test_outside_kiosk_mode_the_same_setting_lets_ctrl_c_kill_it(content: Path) -> None:
    """The control for the test above: it would notice if the setting were not removed."""
    term = Terminal(
        ["-m", "walkthrough", "--content", str(content)], {"TEXTUAL_ALLOW_SIGNALS": "1"}
    )
    try:
        term.wait_for(WELCOME)
        term.child.send(b"\x03")
        term.ended(timeout=10)
        assert not term.child.isalive()
    finally:
        term.stop()


CRASH_ONCE = """
import sys
from walkthrough.widgets.body import Choice

left = [1]


def on_mount(self):  # a handler Choice does not have: Textual calls it, no guard of ours does
    if left[0] and self.value == "es":  # the first welcome screen only
        left[0] = 0
        raise RuntimeError("injected crash")


Choice.on_mount = on_mount
from walkthrough.cli import main

sys.exit(main(sys.argv[1:]))
"""


def start_crashing(program: str, content: Path, tmp_path: Path) -> tuple[Terminal, Path]:
    """The kiosk run by `program` (which injects a crash), and its log file."""
    script, log = tmp_path / "crashing.py", tmp_path / "kiosk.log"
    script.write_text(program)
    term = Terminal([str(script), "--kiosk", "--content", str(content), "--log-file", str(log)])
    return term, log


def test_a_crash_outside_the_walkthroughs_handlers_restarts_it(
    content: Path, tmp_path: Path
) -> None:
    term, log = start_crashing(CRASH_ONCE, content, tmp_path)
    try:
        term.wait_for(WELCOME)
        term.read(1.0)
        assert term.child.isalive()
        assert "injected" not in term.text() and "Traceback" not in term.text()
        assert b"injected crash" not in term.output  # the report never reached the screen
        term.child.send(b"\x1b[C")
        term.wait_for("Step 2 of 9")
        logged = log.read_text()
        assert "ended unexpectedly (return code 1): RuntimeError: injected crash" in logged
        assert "in on_mount" in logged  # with its traceback
        assert "locals" not in logged and "left = " not in logged  # but no local values
        assert "starting a fresh walkthrough" in logged
        assert logged.count("kiosk started") == 2
    finally:
        term.stop()


CRASH_ALWAYS = CRASH_ONCE.replace("left[0] and ", "")


def test_crashes_that_keep_coming_exit_non_zero_for_the_supervisor(
    content: Path, tmp_path: Path
) -> None:
    term, log = start_crashing(CRASH_ALWAYS, content, tmp_path)
    try:
        assert term.ended(timeout=60) == 1
        assert b"injected crash" not in term.output and b"Traceback" not in term.output
        logged = log.read_text()
        assert logged.count("unexpectedly (return code 1): RuntimeError: injected crash") == 4
        assert "too many crashes" in logged
    finally:
        term.stop()
