"""Catching errors in kiosk mode: log them, start again at the welcome screen, never crash.

Textual reports an unhandled error through App._handle_exception, which is private and
always ends the app. We do not override it. Instead, using only public API:

1. App.on_event and StepScreen.on_event (public, overridable) wrap event handling; every
   key-bound action runs inside App.on_event, so a failing action is caught there.
2. StepScreen.compose wraps each step's compose_step, and `guarded` wraps the app's own
   message handlers (Navigate, ChooseLanguage).
3. Anything still uncaught ends the app with return code 1; the kiosk runner logs it and
   starts a fresh app, and after too many crashes exits non-zero for systemd
   (Restart=always) to take over.
Outside kiosk mode nothing is caught: errors surface as usual.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable
from time import monotonic
from typing import Concatenate, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Recovers(Protocol):
    def recover(self, error: Exception, where: str) -> None: ...


class HasKiosk(Protocol):
    @property
    def kiosk(self) -> Recovers | None: ...


A = TypeVar("A", bound=HasKiosk)


def guarded(
    where: str,
) -> Callable[[Callable[Concatenate[A, P], R]], Callable[Concatenate[A, P], R | None]]:
    """In kiosk mode, an error in this app method is logged and the walkthrough starts again."""

    def wrap(method: Callable[Concatenate[A, P], R]) -> Callable[Concatenate[A, P], R | None]:
        def run(app: A, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
            try:
                return method(app, *args, **kwargs)
            except Exception as error:
                if app.kiosk is None:
                    raise
                app.kiosk.recover(error, where)
                return None

        functools.update_wrapper(run, method)  # keeps Textual's @on marks on the method
        return run

    return wrap


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
