"""The kiosk app: the walkthrough for one patient after another; idle reset, staff exit, errors."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding
from textual.timer import Timer

from walkthrough.app import WalkthroughApp
from walkthrough.content.model import Content
from walkthrough.content.sample import sample_warning
from walkthrough.kiosk.dialogs import IdleWarning, StaffPinPrompt
from walkthrough.kiosk.logbook import LOG
from walkthrough.kiosk.pin import PinHash, StaffLock
from walkthrough.kiosk.process import ENDING, ErrorBudget
from walkthrough.printing import Printer
from walkthrough.settings import Settings
from walkthrough.speech.speaker import Speaker

if TYPE_CHECKING:
    from walkthrough.handoff import PrintResult

STAFF_KEY = "f12"  # then the PIN; shown in no key bar
# Someone is there: a key, a tap or click (the mouse is on only in a browser), the mouse wheel.
ACTIVITY = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)


class KioskApp(WalkthroughApp):
    """No patient's key leaves it; it starts again when idle or on errors; staff use F12, PIN."""

    BINDINGS = [Binding(STAFF_KEY, "staff", show=False, priority=True)]
    EXIT_SIGNALS = ENDING
    ALLOW_SELECT = False

    def __init__(
        self,
        content: Content,
        settings: Settings | None = None,
        speaker: Speaker | None = None,
        printer: Printer | None = None,
    ) -> None:
        super().__init__(content, settings, speaker, printer)
        pin_hash = self.settings.staff_pin_hash
        self.pin = PinHash.parse(pin_hash) if pin_hash else None
        self.staff_lock = StaffLock(self.settings.pin_backoff)
        self.checking = threading.Lock()
        self.errors = ErrorBudget()
        self.idle_timer: Timer | None = None

    def on_mount(self) -> None:
        wait = self.settings
        started = "kiosk started: idle %gs, warning %gs, after summary %gs"
        LOG.info(started, wait.idle_timeout, wait.idle_warning, wait.summary_reset)
        if sample := sample_warning(self.session.content.clinic):
            LOG.warning(sample)
        if self.pin is None:
            LOG.warning("no staff PIN configured: the kiosk cannot be left from the keyboard")
        else:
            LOG.info("staff exit: %s, then the staff PIN", STAFF_KEY.upper())
        self.restart_idle()

    async def on_event(self, event: events.Event) -> None:
        """Every key, tap and scroll comes here first; every error is caught here (hand_over)."""
        if isinstance(event, ACTIVITY) and not event.is_forwarded:
            self.restart_idle()
            # The key or wheel only closes the notice; a tap lands on it, and it closes itself
            # (so the tap's click cannot reach what is under it).
            if isinstance(self.screen, IdleWarning) and not isinstance(event, events.MouseDown):
                self.screen.dismiss()
                return
        try:
            await super().on_event(event)
        except Exception as error:  # noqa: BLE001 - logged, and the walkthrough starts again
            where = f"handling {type(event).__name__}"  # the traceback has no local values
            LOG.error("error in %s; starting again at the welcome screen", where, exc_info=error)
            if self.errors.spend():
                self.new_patient("error")
            else:
                LOG.critical("too many errors in a short time; stopping so the supervisor restarts")
                self.end("errors", 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "request_quit":
            return False
        if action == "staff":
            return self.pin is not None
        return super().check_action(action, parameters)

    def show_step(self) -> None:
        super().show_step()
        self.restart_idle()
        handoff = self.session.content.clinic.handoff
        on_summary = self.session.step.kind == "summary"
        if on_summary and handoff and handoff.print_on_summary and not self.slip_status:
            self.action_print_slip()  # once a visit (P prints again): not at each Back and Next

    def slip_printed(self, result: PrintResult) -> None:
        if result.printed:
            LOG.info("slip: %s", result.detail)
        else:
            LOG.warning("slip not printed: %s", result.detail)
        super().slip_printed(result)

    def restart_idle(self) -> None:
        """Activity: the idle clock starts again, with the pause the step calls for."""
        if self.idle_timer is not None:
            self.idle_timer.stop()
        on_summary = self.session.step.kind == "summary"
        pause = self.settings.summary_reset if on_summary else self.settings.idle_timeout
        self.idle_timer = self.set_timer(pause, self.idle, name="idle-clock")

    def untouched(self) -> bool:
        """Nothing of anyone's is on screen: the welcome step, as a new patient finds it."""
        return (
            self.session.is_first
            and not self.session.has_answers
            and self.session.language_code == self.session.content.clinic.default_language
            and self.theme == self.settings.theme
            and len(self.screen_stack) <= 2
        )

    def idle(self) -> None:
        self.idle_timer = None  # stopped until the next key or step
        if any(isinstance(screen, IdleWarning) for screen in self.screen_stack):
            return
        if self.untouched():  # no one to ask, nothing to clear: keep waiting quietly
            self.restart_idle()
            return
        reason = "summary shown" if self.session.step.kind == "summary" else "idle"
        seconds = self.settings.idle_warning
        notice = IdleWarning(self.ui, seconds, lambda: self.new_patient(reason))
        self.push_screen(notice, lambda _: self.restart_idle())  # closed by a key or a tap

    def new_patient(self, reason: str) -> None:
        """Nothing of the last patient stays: answers, language, colours, boxes."""
        LOG.info("reset for a new patient (%s)", reason)
        self.theme = self.settings.theme
        self.clear_notifications()
        self.start_over(keep_language=False)

    def action_staff(self) -> None:
        if isinstance(self.screen, StaffPinPrompt):
            return
        prompt = StaffPinPrompt(self.ui, self.staff_lock, self.check_pin)
        self.push_screen(prompt, self.staff_done)

    def check_pin(self, pin: str) -> bool:
        """Called in a thread; one check at a time, so each wrong PIN counts once, in order."""
        with self.checking:
            if self.pin is None or self.staff_lock.seconds_left() > 0:
                return False
            if self.pin.matches(pin):
                return True
            wait = self.staff_lock.wrong()
        LOG.warning("wrong staff PIN" + (f"; PIN entry locked for {wait:g}s" if wait else ""))
        return False

    def staff_done(self, right: bool | None) -> None:
        if right:
            LOG.info("staff exit")
            self.end("staff", 0)
