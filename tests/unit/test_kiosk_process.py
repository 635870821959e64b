"""The kiosk's process-level rules: its log file, crash reports without answers, staff tools
that fail calmly."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from walkthrough.kiosk.logbook import LOG, LogFile, open_logbook
from walkthrough.kiosk.runner import last_line, without_locals
from walkthrough.tools import init_content


def test_a_log_that_cannot_be_written_drops_the_record_quietly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    handler = LogFile(Path("/dev/full"))
    handler.setFormatter(logging.Formatter("%(message)s"))
    record = logging.LogRecord("kiosk", logging.INFO, __file__, 1, "staff exit", None, None)
    handler.handle(record)
    handler.handle(record)
    assert handler.dropped == 2
    assert capsys.readouterr() == ("", "")  # nothing on the patient's screen


def test_the_log_is_appended_and_survives_rotation(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.log"
    close = open_logbook(path)
    try:
        LOG.info("first")
        path.rename(tmp_path / "kiosk.log.1")  # logrotate moves it away
        LOG.info("second")
    finally:
        close()
    assert "first" in (tmp_path / "kiosk.log.1").read_text()
    assert "second" in path.read_text() and "first" not in path.read_text()


def test_the_log_is_never_opened_through_a_symbolic_link(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("")
    (tmp_path / "kiosk.log").symlink_to(target)
    with pytest.raises(OSError):
        open_logbook(tmp_path / "kiosk.log")
    assert target.read_text() == ""


REPORT = """\
╭──────────────── Traceback (most recent call last) ────────────────╮
│ in on_mount:12                                                    │
│ ╭────────── locals ───────────╮                                   │
│ │ answers = {'pregnant': 'yes'} │                                 │
│ │    self = Choice()          │                                   │
│ ╰─────────────────────────────╯                                   │
│ in compose:40                                                     │
│   ╭── locals ──╮                                                  │
│   │ x = '╰─'   │                                                  │
│   ╰────────────╯                                                  │
╰───────────────────────────────────────────────────────────────────╯
RuntimeError: injected crash
"""


def test_crash_reports_are_logged_without_local_values() -> None:
    kept = without_locals(REPORT)
    assert "answers" not in kept and "pregnant" not in kept and "x = " not in kept
    assert "in on_mount:12" in kept and "in compose:40" in kept
    assert kept.endswith("RuntimeError: injected crash")


@pytest.mark.parametrize("where", ["dangling", "through-a-file", "proc"])
def test_init_content_refuses_a_place_it_cannot_use_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "file").write_text("")
    folder = {
        "dangling": tmp_path / "dangling",
        "through-a-file": tmp_path / "file" / "content",
        "proc": Path("/proc/self/content"),
    }[where]
    assert init_content(folder) == 1
    err = capsys.readouterr().err
    assert err.startswith("walkthrough: ") and str(folder) in err
    assert not (tmp_path / "nowhere").exists()


def test_the_error_line_of_a_report_drawn_in_a_tiny_window_is_read_whole() -> None:
    narrow = "╭╮\n╰╯\n" + "\n".join("ValueError: width 0") + "\n"
    assert last_line(narrow) == "ValueError: width 0"
    wide = "╭─ Traceback ─╮\n│ in x:1 │\n╰────────╯\nRuntimeError: boom\n\nNOTE: 1 of 2 errors"
    assert last_line(wide) == "RuntimeError: boom"
