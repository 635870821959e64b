"""How often things may go wrong: wrong staff PINs (then a wait that doubles), and errors."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from time import monotonic

TRIES = 3
MAX_DOUBLINGS = 6  # 30 s, 60 s, ... up to 32 minutes


class StaffLock:
    """Counts wrong PINs. It lives as long as the process, so a reset or a closed prompt
    does not give anyone a fresh set of tries."""

    def __init__(self, backoff: float, *, clock: Callable[[], float] = monotonic) -> None:
        self.base = backoff
        self.clock = clock
        self.wrong_tries = 0
        self.lockouts = 0
        self.until = 0.0

    def seconds_left(self) -> float:
        """How long input is still refused (0 when a PIN may be tried)."""
        return max(0.0, self.until - self.clock())

    def wrong(self) -> float:
        """Record a wrong PIN; return the length of the lockout this starts (0 if none)."""
        self.wrong_tries += 1
        if self.wrong_tries < TRIES:
            return 0.0
        wait = self.base * float(2 ** min(self.lockouts, MAX_DOUBLINGS))
        self.wrong_tries = 0
        self.lockouts += 1
        self.until = self.clock() + wait
        return wait


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
