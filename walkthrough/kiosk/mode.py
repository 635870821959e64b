"""Kiosk policy for one app run: the idle clock, new-patient resets, the staff exit, errors.

The app owns one KioskMode (only in kiosk mode) and calls it from a few hooks; everything a
kiosk decides is here, so the app stays a router.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from walkthrough.content.sample import sample_warning
from walkthrough.kiosk import STAFF_KEY
from walkthrough.kiosk.dialogs import IdleWarning, StaffPinPrompt
from walkthrough.kiosk.guard import ErrorBudget
from walkthrough.kiosk.idle import IdleClock
from walkthrough.kiosk.lockout import StaffLock
from walkthrough.kiosk.logbook import LOG
from walkthrough.kiosk.pin import PinHash

if TYPE_CHECKING:
    from walkthrough.app import WalkthroughApp

"""Opens the staff PIN prompt. On every Linux console and terminal; shown in no key bar."""


class KioskMode:
    def __init__(self, app: WalkthroughApp) -> None:
        settings = app.settings
        self.app = app
        self.pin = PinHash.parse(settings.staff_pin_hash) if settings.staff_pin_hash else None
        self.lock = StaffLock(settings.pin_backoff)
        self.checking = threading.Lock()
        self.errors = ErrorBudget()
        self.clock = IdleClock(app, self.timeout, self.idle)

    def start(self) -> None:
        settings = self.app.settings
        LOG.info(
            "kiosk started: idle %gs, warning %gs, after summary %gs",
            settings.idle_timeout,
            settings.idle_warning,
            settings.summary_reset,
        )
        sample = sample_warning(self.app.session.content.clinic)
        if sample:
            LOG.warning(sample)
        if self.pin is None:
            LOG.warning("no staff PIN configured: the kiosk cannot be left from the keyboard")
        else:
            LOG.info("staff exit: %s, then the staff PIN", STAFF_KEY.upper())
        self.clock.restart()

    # The idle clock -------------------------------------------------------------------------

    def on_summary(self) -> bool:
        return self.app.session.step.kind == "summary"

    def timeout(self) -> float:
        settings = self.app.settings
        return settings.summary_reset if self.on_summary() else settings.idle_timeout

    def key_pressed(self) -> bool:
        """Any key is activity. True when the key was used up closing the idle warning."""
        self.clock.restart()
        if isinstance(self.app.screen, IdleWarning):
            self.app.screen.keep_going()
            return True
        return False

    def step_shown(self) -> None:
        self.clock.restart()

    def untouched(self) -> bool:
        """Nothing of anyone's is on screen: the welcome step, as a new patient finds it."""
        app, session = self.app, self.app.session
        return (
            session.is_first
            and not session.has_answers
            and session.language_code == session.content.clinic.default_language
            and app.theme == app.settings.theme
            and len(app.screen_stack) <= 2
        )

    def idle(self) -> None:
        if any(isinstance(screen, IdleWarning) for screen in self.app.screen_stack):
            return
        if self.untouched():  # no one to ask, nothing to clear: keep waiting quietly
            self.clock.restart()
            return
        reason = "summary shown" if self.on_summary() else "idle"
        ui = self.app.ui
        warning = IdleWarning(
            ui.idle, ui.too_small, self.app.settings.idle_warning, lambda: self.new_patient(reason)
        )
        self.app.push_screen(warning)

    def new_patient(self, reason: str) -> None:
        LOG.info("reset for a new patient (%s)", reason)
        self.app.new_patient()

    # The staff exit -------------------------------------------------------------------------

    @property
    def can_exit(self) -> bool:
        return self.pin is not None

    def open_staff_prompt(self) -> None:
        if self.pin is None or isinstance(self.app.screen, StaffPinPrompt):
            return
        ui = self.app.ui
        prompt = StaffPinPrompt(
            ui.staff, ui.key_names.escape, ui.too_small, self.lock, self.check_pin
        )
        self.app.push_screen(prompt, self.staff_done)

    def check_pin(self, pin: str) -> bool:
        """Called in a thread by the PIN prompt. One check at a time, so that each wrong PIN
        is counted once, in order, even if a prompt closes and another opens during a check;
        a check that waited for another is refused, uncounted, if that one started a lockout."""
        with self.checking:
            if self.pin is None or self.lock.seconds_left() > 0:
                return False
            if self.pin.matches(pin):
                return True
            wait = self.lock.wrong()
        LOG.warning("wrong staff PIN" + (f"; PIN entry locked for {wait:g}s" if wait else ""))
        return False

    def staff_done(self, right: bool | None) -> None:
        if right:
            LOG.info("staff exit")
            self.app.end("staff", 0)

    # Errors ---------------------------------------------------------------------------------

    def recover(self, error: Exception, where: str) -> None:
        """Log the error with its traceback (no local values, so no answers) and start again."""
        LOG.error("error in %s; starting again at the welcome screen", where, exc_info=error)
        if self.errors.spend():
            self.new_patient("error")
        else:
            LOG.critical("too many errors in a short time; stopping so the supervisor restarts")
            self.app.end("errors", 1)
