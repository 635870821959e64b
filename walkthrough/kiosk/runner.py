"""Running the kiosk from the command line: checks, the log file, and restarting after a crash.

Errors the app cannot catch itself (see walkthrough.kiosk.guard) end it with return code 1.
Then a fresh app starts at the welcome screen. Too many crashes in a minute and the process
exits 1, for the supervisor (systemd Restart=always) to restart it from scratch.
"""

from __future__ import annotations

import io
import os
import sys
from argparse import Namespace

from rich.console import Console

from walkthrough.content.model import Content
from walkthrough.kiosk.guard import ErrorBudget
from walkthrough.kiosk.logbook import LOG, default_log_file, open_logbook
from walkthrough.kiosk.pin import PinHashError, configured_hash

ALLOW_SIGNALS = "TEXTUAL_ALLOW_SIGNALS"  # would let Ctrl+C, Ctrl+Z and Ctrl+\ send signals
WCAG_MINIMUM = 20.0  # WCAG 2.2.1: at least 20 seconds to say "I am still here"


def run_kiosk(content: Content, options: Namespace) -> int:
    from walkthrough.app import Settings, WalkthroughApp

    try:
        pin = configured_hash(content.clinic.staff_pin_hash, os.environ)
    except PinHashError as error:
        print(f"walkthrough: {error}", file=sys.stderr)
        return 2
    log_file = options.log_file or default_log_file()
    try:
        close_log = open_logbook(log_file)
    except OSError as error:
        print(f"walkthrough: cannot write the kiosk log {log_file}: {error}", file=sys.stderr)
        return 2
    try:
        if os.environ.pop(ALLOW_SIGNALS, None) is not None:
            LOG.warning("%s was set; removed, so no key can send a signal", ALLOW_SIGNALS)
        if options.idle_warning < WCAG_MINIMUM:
            LOG.warning(
                "--idle-warning %gs is under the %gs WCAG 2.2.1 asks for",
                options.idle_warning,
                WCAG_MINIMUM,
            )
        settings = Settings(
            language=options.lang,
            theme=options.theme,
            kiosk=True,
            idle_timeout=options.idle_timeout,
            idle_warning=options.idle_warning,
            summary_reset=options.summary_reset,
            staff_pin_hash=str(pin) if pin else None,
            speech=options.speech or "on",
            speech_rate=options.speech_rate,
        )
        crashes = ErrorBudget(limit=3, window=60.0)
        while True:
            app = WalkthroughApp(content, settings)
            report = io.StringIO()
            # Textual prints a crash report (with local values, which may hold answers) to
            # error_console after restoring the terminal: keep it off the patient's screen.
            app.error_console = Console(file=report, width=120, color_system=None)
            app.run(mouse=False)  # no mouse: a click can do nothing a key cannot
            code = app.return_code or 0
            if code != 1 or app.ended_by:
                LOG.info("kiosk ended (%s), exit code %d", app.ended_by or "normally", code)
                return code
            LOG.error(
                "the app stopped on an error it could not catch: %s", last_line(report.getvalue())
            )
            if not crashes.spend():
                LOG.critical("too many crashes in a minute; exiting for the supervisor to restart")
                return 1
            LOG.warning("starting a fresh walkthrough at the welcome screen")
    finally:
        close_log()


def last_line(report: str) -> str:
    """The closing line of Textual's crash report: the error's type and message only (not the
    note Textual adds when there were several errors)."""
    lines = [line.strip() for line in report.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("NOTE:")]
    return lines[-1] if lines else "(no report)"
