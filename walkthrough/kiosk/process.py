"""The kiosk process: locked down from its first line, its log file, and its error budget."""

from __future__ import annotations

import logging
import os
import signal
from collections import deque
from collections.abc import Callable, MutableMapping
from pathlib import Path
from time import monotonic
from types import FrameType

from walkthrough.exits import REAL_TIME, held


def _signals(names: str) -> tuple[int, ...]:
    return tuple(int(getattr(signal, name)) for name in names.split() if hasattr(signal, name))


IGNORED = _signals("SIGINT SIGQUIT SIGTSTP SIGTTIN SIGTTOU")
ENDING = REAL_TIME + _signals(
    "SIGHUP SIGTERM SIGUSR1 SIGUSR2 SIGALRM SIGVTALRM SIGPROF SIGIO SIGPWR SIGSTKFLT SIGXCPU"
)
"""Signals that would end the process: held until the app can end cleanly (walkthrough.exits)."""
locked = False  # whether lock_down ran in this process
removed_variables: list[str] = []  # the TEXTUAL_* variables it removed

LOG = logging.getLogger("walkthrough.kiosk")
LOG.addHandler(logging.NullHandler())  # with no log file set up, say nothing at all
SYSTEM_DIR = Path("/var/log/walkthrough")
FORMAT = "%(asctime)s %(levelname)s %(message)s"
OPEN_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY


def lock_down(environ: MutableMapping[str, str]) -> None:
    """Run first, while Ctrl+C, Ctrl+\\ and Ctrl+Z are still keyboard signals: ignore IGNORED,
    hold ENDING, remove Textual's TEXTUAL_* variables (screenshots, devtools, debug) before it
    reads them. Faults (SIGSEGV...) keep their default: the supervisor restarts the kiosk."""
    global locked
    locked = True
    hold_ending_signals()
    for signum in IGNORED:  # last: once SIGINT shows as ignored (in /proc), all is in place
        signal.signal(signum, signal.SIG_IGN)
    for name in [name for name in environ if name.startswith("TEXTUAL_")]:
        del environ[name]
        removed_variables.append(name)


def hold_ending_signals() -> None:
    """Until an app takes them over, an ending signal is only noted in `held`."""
    for signum in ENDING:
        signal.signal(signum, _hold)


def _hold(signum: int, frame: FrameType | None) -> None:
    held.append(signum)


class ErrorBudget:
    """Allows `limit` errors within `window` seconds; one more means something is stuck."""

    def __init__(
        self, limit: int = 3, window: float = 60.0, clock: Callable[[], float] = monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.times: deque[float] = deque(maxlen=limit + 1)

    def spend(self) -> bool:
        """Record an error; False when there have been too many too quickly."""
        now = self.clock()
        self.times.append(now)
        while self.times and now - self.times[0] > self.window:
            self.times.popleft()
        return len(self.times) <= self.limit


def default_log_file() -> Path:
    """/var/log/walkthrough/kiosk.log when that folder is writable (the unit's LogsDirectory
    makes it), else $XDG_STATE_HOME (~/.local/state)/walkthrough/kiosk.log."""
    if SYSTEM_DIR.is_dir() and os.access(SYSTEM_DIR, os.W_OK):
        return SYSTEM_DIR / "kiosk.log"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "walkthrough" / "kiosk.log"


class LogFile(logging.Handler):
    """Appends each record to `path`, opened afresh (so log rotation needs nothing more) and
    never through a symbolic link. A record that cannot be written is dropped and counted:
    Python's default prints a traceback on stderr, the patient's screen."""

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

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.dropped += 1


def open_logbook(path: Path) -> Callable[[], None]:
    """Send the kiosk log to `path` (made if missing); return a function that stops it.
    Raises OSError when it cannot be opened now (no folder or permission, a symbolic link)."""
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
