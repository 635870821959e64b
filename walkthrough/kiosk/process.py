"""What may end the kiosk process: no key, signal or variable from its first line; many errors."""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, MutableMapping
from time import monotonic

from walkthrough.browser_tab import TAB_VARIABLES
from walkthrough.exits import REAL_TIME, held


def _signals(names: str) -> tuple[int, ...]:
    return tuple(int(getattr(signal, name)) for name in names.split() if hasattr(signal, name))


IGNORED = _signals("SIGINT SIGQUIT SIGTSTP SIGTTIN SIGTTOU")
ENDING = REAL_TIME + _signals(  # held until the app can end cleanly (walkthrough.exits)
    "SIGHUP SIGTERM SIGUSR1 SIGUSR2 SIGALRM SIGVTALRM SIGPROF SIGIO SIGPWR SIGSTKFLT SIGXCPU"
)
locked = False  # whether lock_down ran in this process
removed_variables: list[str] = []  # the TEXTUAL_* variables it removed


def lock_down(environ: MutableMapping[str, str], browser_tab: bool = False) -> None:
    """Run first, while Ctrl+C, Ctrl+\\ and Ctrl+Z are still keyboard signals: ignore IGNORED, hold
    ENDING, drop TEXTUAL_* before Textual reads them (a browser tab keeps the web driver's).
    Faults keep their default (unit restarts)."""
    global locked
    locked = True
    hold_ending_signals()
    for signum in IGNORED:  # last: once SIGINT shows as ignored (in /proc), all is in place
        signal.signal(signum, signal.SIG_IGN)
    kept = TAB_VARIABLES if browser_tab else ()
    for name in [name for name in environ if name.startswith("TEXTUAL_") and name not in kept]:
        del environ[name]
        removed_variables.append(name)


def hold_ending_signals() -> None:
    """Until an app takes them over, an ending signal is only noted in `held`."""
    for signum in ENDING:
        signal.signal(signum, lambda signum, _: held.append(signum))


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
