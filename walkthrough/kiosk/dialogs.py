"""The kiosk's two boxes: 'Are you still there?' with a countdown, and the staff PIN prompt."""

from __future__ import annotations

import math
from collections.abc import Callable
from time import monotonic

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from walkthrough.content.model import IdleNotice, StaffPrompt
from walkthrough.kiosk.lockout import StaffLock
from walkthrough.safe_text import printable
from walkthrough.screens.sizes import HEIGHT_BREAKPOINTS, WIDTH_BREAKPOINTS
from walkthrough.widgets.choice import Choice
from walkthrough.widgets.keybar import KeyBar
from walkthrough.widgets.text import Line

TICK = 0.25  # how often the countdown is redrawn (it only changes once a second)
WAIT_SHOWN = 5.0  # after a lockout starts, the prompt shows the wait this long, then closes


class IdleWarning(ModalScreen[None]):
    """Counts down, then calls `time_up` (which resets the app, closing this too). Any key
    closes it first: the app's key hook calls keep_going(), before any binding, so the key
    does nothing else."""

    HORIZONTAL_BREAKPOINTS = WIDTH_BREAKPOINTS  # small screens: one-line choices
    VERTICAL_BREAKPOINTS = HEIGHT_BREAKPOINTS

    AUTO_FOCUS = "#keep-going"

    def __init__(self, notice: IdleNotice, seconds: float, time_up: Callable[[], None]) -> None:
        super().__init__(classes="dialog-screen idle-screen")
        self.notice = notice
        self.seconds = seconds
        self.deadline = monotonic() + seconds
        self.on_time_up = time_up
        self.shown = -1
        self.closing = False  # a key and the countdown can race: only the first one counts

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog idle"):
            yield Line(self.notice.title, classes="dialog-title")
            # A Line, not Markdown: it is redrawn every second, and must never lag behind.
            yield Line(self.body(self.seconds_left()), id="idle-body")
            yield Choice(self.notice.keep_going, "keep_going", radio=False, id="keep-going")

    def on_mount(self) -> None:
        self.shown = self.seconds_left()
        self.set_timer(self.seconds, self.time_up, name="idle-warning")
        self.set_interval(TICK, self.tick, name="idle-countdown")

    def seconds_left(self) -> int:
        return max(0, math.ceil(self.deadline - monotonic()))

    def body(self, seconds: int) -> str:
        return self.notice.body.replace("{seconds}", str(seconds))

    def tick(self) -> None:
        left = self.seconds_left()
        if left != self.shown:
            self.shown = left
            self.query_one("#idle-body", Line).show(self.body(left))

    def time_up(self) -> None:
        if not self.closing:
            self.closing = True
            self.on_time_up()

    def keep_going(self) -> None:
        if not self.closing and self.is_active:
            self.closing = True
            self.dismiss()


class StaffPinPrompt(ModalScreen[bool]):
    """Asks for the staff PIN; True when it was right. Escape cancels. `check` counts wrong
    PINs on `staff_lock`; once locked, the prompt refuses input, shows the wait, and closes
    itself."""

    BINDINGS = [Binding("escape", "dismiss(False)", show=False)]
    AUTO_FOCUS = "#pin"

    def __init__(
        self, words: StaffPrompt, escape: str, staff_lock: StaffLock, check: Callable[[str], bool]
    ) -> None:
        super().__init__(classes="dialog-screen staff-screen")
        self.words = words
        self.escape = escape
        self.staff_lock = staff_lock
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog staff"):
            yield Line(self.words.title, classes="dialog-title")
            hint = printable(self.words.placeholder)
            yield Input(password=True, placeholder=hint, max_length=64, id="pin")
            yield Line("", id="staff-message")
            yield KeyBar([(self.escape, self.words.cancel)])

    def on_mount(self) -> None:
        self.show_lock()

    def show_lock(self) -> None:
        """Refuse input while locked out (and re-open it when the wait is over)."""
        left = self.staff_lock.seconds_left()
        pin = self.query_one("#pin", Input)
        pin.disabled = left > 0
        if left > 0:
            self.say(self.words.wait)
            self.set_timer(left, self.show_lock, name="staff-lock")
        else:
            self.say("")
            pin.focus()

    def say(self, text: str) -> None:
        self.query_one("#staff-message", Line).show(text)

    @on(Input.Submitted, "#pin")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        pin, event.input.value = event.value, ""
        if self.staff_lock.seconds_left() > 0:
            self.show_lock()
        elif self.check(pin):
            self.dismiss(True)
        elif self.staff_lock.seconds_left() > 0:  # that wrong try started a lockout
            self.show_lock()
            self.set_timer(
                min(WAIT_SHOWN, self.staff_lock.seconds_left()), self.close, name="staff-close"
            )
        else:
            self.say(self.words.wrong)

    def close(self) -> None:
        if self.is_active:
            self.dismiss(False)
