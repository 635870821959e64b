"""The kiosk's two boxes: 'Are you still there?' with a countdown, and the staff PIN prompt."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from time import monotonic

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from walkthrough.content.model import UiWords
from walkthrough.kiosk.pin import PIN_LENGTH, StaffLock
from walkthrough.safe_text import printable
from walkthrough.screens.dialogs import Box
from walkthrough.screens.key_hints import key_bar
from walkthrough.widgets.body import Choice
from walkthrough.widgets.glyphs import KeyHint
from walkthrough.widgets.text import Line
from walkthrough.wording import fill

TICK = 0.25  # how often the countdown is redrawn (it only changes once a second)
WAIT_SHOWN = 5.0  # after a lockout starts, the prompt shows the wait this long, then closes


class IdleWarning(Box[None]):
    """Counts down, then calls `time_up`; any key (KioskApp.on_event) or tap closes it first."""

    AUTO_FOCUS = "#keep-going"

    def __init__(self, ui: UiWords, seconds: float, time_up: Callable[[], None]) -> None:
        super().__init__(ui.idle.title, ui.too_small, "idle")
        self.notice = ui.idle
        self.seconds = seconds
        self.deadline = monotonic() + seconds
        self.on_time_up = time_up
        self.shown = math.ceil(seconds)

    def compose_box(self) -> ComposeResult:
        # A Line, not Markdown: it is redrawn every second, and must never lag behind.
        yield Line(fill(self.notice.body, seconds=self.shown), id="idle-body")
        yield Choice(self.notice.keep_going, "keep_going", radio=False, id="keep-going")

    def on_mount(self) -> None:
        self.set_timer(self.seconds, self.time_up, name="idle-warning")
        self.set_interval(TICK, self.tick, name="idle-countdown")

    def on_mouse_down(self) -> None:
        self.dismiss()  # a tap anywhere, on the box or around it, as a key would

    @on(Choice.Picked, "#keep-going")
    def keep_going(self, event: Choice.Picked) -> None:
        event.stop()
        self.dismiss()

    def tick(self) -> None:
        left = max(0, math.ceil(self.deadline - monotonic()))
        if left != self.shown:
            self.shown = left
            self.query_one("#idle-body", Line).show(fill(self.notice.body, seconds=left))

    def time_up(self) -> None:
        if not self.closed:  # a key and the countdown can race: only the first one counts
            self.closed = True
            self.on_time_up()


class StaffPinPrompt(Box[bool]):
    """Asks for the staff PIN (True when right); `check` runs in a thread, as scrypt is slow."""

    BINDINGS = [Binding("escape", "dismiss(False)", show=False)]
    AUTO_FOCUS = "#pin"

    def __init__(self, ui: UiWords, staff_lock: StaffLock, check: Callable[[str], bool]) -> None:
        super().__init__(ui.staff.title, ui.too_small, "staff")
        self.words = ui.staff
        self.escape = ui.key_names.escape
        self.staff_lock = staff_lock
        self.check = check
        self.checking = False

    def compose_box(self) -> ComposeResult:
        hint = printable(self.words.placeholder)
        yield Input(password=True, placeholder=hint, max_length=PIN_LENGTH[1], id="pin")
        yield Line("", id="staff-message")
        yield key_bar(self, [KeyHint(self.escape, self.words.cancel, "screen.dismiss(False)")])

    def on_mount(self) -> None:
        self.show_lock()

    def show_lock(self) -> None:
        """Refuse input while locked out (and open it again when the wait is over)."""
        left = self.staff_lock.seconds_left()
        pin = self.query_one("#pin", Input)
        pin.disabled = left > 0
        self.say(self.words.wait if left > 0 else "")
        if left > 0:
            self.set_timer(left, self.show_lock, name="staff-lock")
        else:
            pin.focus()

    def say(self, text: str) -> None:
        self.query_one("#staff-message", Line).show(text)

    @on(Input.Submitted, "#pin")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        pin, event.input.value = event.value, ""
        if self.checking:
            return
        if self.staff_lock.seconds_left() > 0:
            self.show_lock()
            return
        self.checking = True
        self.say("")
        self.run_worker(self.try_pin(pin), name="staff-pin", group="staff-pin")

    async def try_pin(self, pin: str) -> None:
        try:
            right = await asyncio.to_thread(self.check, pin)
        finally:
            self.checking = False
        if right:  # (ignored if the idle notice covered the prompt meanwhile: see Box)
            self.dismiss(True)
        elif self.staff_lock.seconds_left() > 0:  # that wrong try started a lockout
            self.show_lock()
            wait = min(WAIT_SHOWN, self.staff_lock.seconds_left())
            self.set_timer(wait, self.close, name="staff-close")
        else:
            self.say(self.words.wrong)

    def close(self) -> None:
        self.dismiss(False)  # not awaited: a box cannot wait for its own closing
