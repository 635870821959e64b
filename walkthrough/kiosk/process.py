"""The kiosk process, from its first line: no key, signal or variable may end or stop it.

`lock_down` runs first (walkthrough.__main__), while Ctrl+C, Ctrl+\\ and Ctrl+Z are still
keyboard signals: SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU are ignored; every other signal that
would end the process is held until the app can end cleanly (walkthrough.exits, or the runner);
Textual's TEXTUAL_* variables (screenshots, devtools, debug) are removed before Textual reads
them. Faults (SIGSEGV, SIGABRT...) keep their default: the supervisor restarts the kiosk.
"""

from __future__ import annotations

import signal
from collections.abc import MutableMapping
from types import FrameType

from walkthrough.exits import REAL_TIME, held

IGNORED_NAMES = "SIGINT SIGQUIT SIGTSTP SIGTTIN SIGTTOU"
ENDING_NAMES = (
    "SIGHUP SIGTERM SIGUSR1 SIGUSR2 SIGALRM SIGVTALRM SIGPROF SIGIO SIGPWR SIGSTKFLT SIGXCPU"
)


def _signals(names: str) -> tuple[int, ...]:
    return tuple(int(getattr(signal, name)) for name in names.split() if hasattr(signal, name))


IGNORED = _signals(IGNORED_NAMES)
ENDING = _signals(ENDING_NAMES) + REAL_TIME

locked = False
"""Whether `lock_down` ran in this process."""
removed_variables: list[str] = []
"""The TEXTUAL_* variables `lock_down` took out of the environment."""


def lock_down(environ: MutableMapping[str, str]) -> None:
    """Make this process a kiosk: see the module docstring. Safe to call more than once."""
    global locked
    locked = True
    hold_ending_signals()
    for signum in IGNORED:  # last: once SIGINT shows as ignored (in /proc), all is in place
        signal.signal(signum, signal.SIG_IGN)
    for name in [name for name in environ if name.startswith("TEXTUAL_")]:
        del environ[name]
        removed_variables.append(name)


def hold_ending_signals() -> None:
    """Until an app takes them over, an ending signal is only noted (see `held`)."""
    for signum in ENDING:
        signal.signal(signum, _hold)


def _hold(signum: int, frame: FrameType | None) -> None:
    held.append(signum)
