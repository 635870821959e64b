"""The kiosk's log file: starts, resets, staff exits, errors; never an answer, never the screen."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

LOG = logging.getLogger("walkthrough.kiosk")
LOG.addHandler(logging.NullHandler())  # with no log file set up, say nothing at all
SYSTEM_DIR = Path("/var/log/walkthrough")
FORMAT = "%(asctime)s %(levelname)s %(message)s"
OPEN_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY


def default_log_file() -> Path:
    """In /var/log/walkthrough when writable (the unit's LogsDirectory), else $XDG_STATE_HOME."""
    if SYSTEM_DIR.is_dir() and os.access(SYSTEM_DIR, os.W_OK):
        return SYSTEM_DIR / "kiosk.log"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "walkthrough" / "kiosk.log"


class LogFile(logging.Handler):
    """Appends each record, reopened each time (rotation), never through a link; never raises."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            with os.fdopen(os.open(self.path, OPEN_FLAGS, 0o640), "ab") as file:
                file.write((self.format(record) + "\n").encode("utf-8", "replace"))
        except Exception:  # noqa: BLE001 - a log that fails must not reach the patient's screen
            self.dropped += 1


def open_logbook(path: Path) -> Callable[[], None]:
    """Log to `path`, or raise OSError now; return a function that stops it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, OPEN_FLAGS, 0o640))  # can it be opened at all? (writes nothing)
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    before = (LOG.level, LOG.propagate)
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    LOG.propagate = False  # a handler on the root logger might write to the screen

    def close() -> None:
        LOG.removeHandler(handler)
        LOG.setLevel(before[0])
        LOG.propagate = before[1]

    return close
