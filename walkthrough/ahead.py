"""While the patient reads: the next step's screen is built, then memory tidied (collector)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.screen import Screen
from textual.timer import Timer

from walkthrough import collector
from walkthrough.screens import KeptScreens
from walkthrough.screens.base import StepScreen
from walkthrough.session import Session

QUIET = 0.05  # seconds without a key or click before building (then once the screen is drawn)


class BuildAhead:
    """Mixed into the app (before App): builds the next step's screen once the keyboard is quiet.

    A key that comes while it builds waits only for the piece being built (Textual builds a
    screen widget by widget, in turns with the keys), and Next then shows the screen as it is.
    The screen is one of the kept screens, so every reset forgets it with the others. Once it is
    built, at the next quiet moment, the garbage collector settles (walkthrough.collector).
    """

    session: Session
    kept: KeptScreens
    screen_stack: list[Screen[Any]]
    set_timer: Callable[..., Timer]
    call_after_refresh: Callable[..., bool]
    push_screen: Callable[..., Any]
    pop_screen: Callable[[], Any]
    is_running: bool
    quiet_timer: Timer | None = None
    building: StepScreen | None = None  # built ahead, perhaps not mounted yet

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            self.wait_for_quiet()
        await super().on_event(event)  # type: ignore[misc]

    def on_unmount(self) -> None:
        collector.close()  # the app's end: what it made is garbage (a test runs another)

    def wait_for_quiet(self) -> None:
        """Build ahead only after a quiet moment from now."""
        if self.quiet_timer is not None:
            self.quiet_timer.stop()
        self.quiet_timer = self.set_timer(QUIET, self.when_drawn, name="build-ahead")

    def when_drawn(self) -> None:
        self.quiet_timer = None
        self.call_after_refresh(self.build_ahead)  # the screen's own drawing goes first

    def build_ahead(self) -> None:
        busy = self.quiet_timer is not None  # a key came since
        if busy or not self.is_running or len(self.screen_stack) > 2:  # ending, or a box is open
            return
        building = self.building
        if building is not None and not building.is_mounted and not building.retired:
            self.wait_for_quiet()  # still being built: settle once it is
            return
        screen = self.kept.ahead(self.session)
        if screen is None:
            self.building = None
            collector.settle()
            return
        # Shown and hidden again at once, before anything is drawn: Textual then composes,
        # mounts and styles it without showing it (its layout waits: StepScreen).
        self.push_screen(screen)
        self.pop_screen()
        self.building = screen
        self.wait_for_quiet()  # then settle
