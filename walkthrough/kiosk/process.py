"""The kiosk process, from its first line: no key, signal or variable may end or stop it.

`lock_down` runs before anything else is imported (walkthrough.__main__), so it covers the
start-up too, when Textual has not yet put the terminal in raw mode and Ctrl+C, Ctrl+\\ and
Ctrl+Z are still signals from the keyboard:

- SIGINT, SIGQUIT and SIGTSTP (and SIGTTIN, SIGTTOU, which only stop a process) are ignored;
- every other signal that would end the process is held until the app can end cleanly:
  while the app runs, walkthrough.kiosk.exits ends it (terminal restored, logged, exit code
  128 + the signal); between runs, the kiosk runner does;
- Textual's TEXTUAL_* variables are removed: they switch on screenshots that end the app,
  devtools, debug output and signals from the keyboard. Textual reads them once, at import.

Faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP) keep their default: a
process that faults must die, and the supervisor starts it again.
"""

from __future__ import annotations

import signal
from collections.abc import MutableMapping
from types import FrameType

IGNORED_NAMES = ("SIGINT", "SIGQUIT", "SIGTSTP", "SIGTTIN", "SIGTTOU")
ENDING_NAMES = (
    "SIGHUP",
    "SIGTERM",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGVTALRM",
    "SIGPROF",
    "SIGIO",
    "SIGPWR",
    "SIGSTKFLT",
    "SIGXCPU",
)


def _signals(names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(int(getattr(signal, name)) for name in names if hasattr(signal, name))


REAL_TIME = tuple(range(getattr(signal, "SIGRTMIN", 0), getattr(signal, "SIGRTMAX", -1) + 1))
IGNORED = _signals(IGNORED_NAMES)
ENDING = _signals(ENDING_NAMES) + REAL_TIME


def signal_name(signum: int) -> str:
    """SIGTERM, SIGUSR1, SIGRTMIN+3..."""
    if signum in REAL_TIME:
        return f"SIGRTMIN+{signum - REAL_TIME[0]}"
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


locked = False
"""Whether `lock_down` ran in this process."""
held: list[int] = []
"""Ending signals that arrived while no app could end cleanly, oldest first."""
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
