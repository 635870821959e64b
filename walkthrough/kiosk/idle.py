"""The idle clock: one timer at a time, however many keys are pressed.

A key only moves the deadline forward (a float); the timer, when it fires early because the
deadline moved, re-arms itself once for the time that is left. So a busy patient costs no
timers, and a new patient (a reset) replaces the one timer rather than adding another.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

from textual.message_pump import MessagePump
from textual.timer import Timer

SLACK = 0.01  # a timer that fires this close to the deadline counts as on time


class IdleClock:
    """Calls `on_idle` once after `timeout()` seconds without `restart()`."""

    def __init__(
        self, owner: MessagePump, timeout: Callable[[], float], on_idle: Callable[[], None]
    ) -> None:
        self.owner = owner
        self.timeout = timeout
        self.on_idle = on_idle
        self.deadline = 0.0
        self.timer: Timer | None = None
        self.fires_at = 0.0

    def restart(self) -> None:
        """Activity: the clock starts again (with the timeout the current step calls for)."""
        self.deadline = monotonic() + self.timeout()
        if self.timer is None or self.deadline < self.fires_at:
            self._arm()

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
            self.timer = None

    @property
    def running(self) -> bool:
        return self.timer is not None

    def _arm(self) -> None:
        self.stop()
        self.fires_at = self.deadline
        delay = max(0.0, self.deadline - monotonic())
        self.timer = self.owner.set_timer(delay, self._check, name="idle-clock")

    def _check(self) -> None:
        self.timer = None
        if self.deadline - monotonic() > SLACK:
            self._arm()  # keys were pressed since: wait for the rest
            return
        self.on_idle()  # the clock stays stopped until the next restart()
