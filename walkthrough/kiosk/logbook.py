"""The kiosk's log file: starts, resets and why, staff exits, errors. Never a patient's answer.

Everything goes to a file, never to the terminal (the terminal is the patient's screen).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Callable
from pathlib import Path

LOG = logging.getLogger("walkthrough.kiosk")
LOG.addHandler(logging.NullHandler())  # with no log file set up, say nothing at all
SYSTEM_DIR = Path("/var/log/walkthrough")
FORMAT = "%(asctime)s %(levelname)s %(message)s"


def default_log_file() -> Path:
    """/var/log/walkthrough/kiosk.log when that folder is writable (systemd's
    LogsDirectory=walkthrough makes it), else $XDG_STATE_HOME/walkthrough/kiosk.log
    (~/.local/state/walkthrough/kiosk.log)."""
    if SYSTEM_DIR.is_dir() and os.access(SYSTEM_DIR, os.W_OK):
        return SYSTEM_DIR / "kiosk.log"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "walkthrough" / "kiosk.log"


def open_logbook(path: Path) -> Callable[[], None]:
    """Send the kiosk log to `path` (made if missing); return a function that stops it.

    Raises OSError when the file cannot be opened."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.WatchedFileHandler(path, encoding="utf-8")  # logrotate-safe
    handler.setFormatter(logging.Formatter(FORMAT))
    before = (LOG.level, LOG.propagate)
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    LOG.propagate = False  # a handler on the root logger might write to the screen

    def close() -> None:
        LOG.removeHandler(handler)
        handler.close()
        LOG.setLevel(before[0])
        LOG.propagate = before[1]

    return close
