"""Running the kiosk from the command line: checks, the log file, and restarting after a crash."""

from __future__ import annotations

import errno
import io
import os
import sys
from argparse import Namespace

from rich.console import Console

from walkthrough.console_font import on_linux_console
from walkthrough.content.model import Content
from walkthrough.exits import held, signal_name
from walkthrough.kiosk import process
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.logbook import LOG, default_log_file, open_logbook
from walkthrough.kiosk.pin import PinHashError, configured_hash
from walkthrough.settings import Settings

NARROW = 20  # a crash report whose lines are all shorter than this was drawn in a tiny window
WCAG_MINIMUM = 20.0  # WCAG 2.2.1: at least 20 seconds to say "I am still here"


def run_kiosk(content: Content, options: Namespace) -> int:
    """Run the kiosk until `KioskApp.end`; restart it after a crash, exit 1 after too many."""
    try:
        pin = configured_hash(content.clinic.staff_pin_hash, os.environ)
    except PinHashError as error:
        print(f"walkthrough: {error}", file=sys.stderr)
        return 2
    log_file = options.log_file or default_log_file()
    try:
        close_log = open_logbook(log_file)
    except OSError as error:
        why = "it is a symbolic link" if error.errno == errno.ELOOP else error.strerror
        print(f"walkthrough: cannot write the kiosk log {log_file}: {why}", file=sys.stderr)
        return 2
    try:
        browser = bool(getattr(options, "browser_tab", False))
        console = not browser and on_linux_console(os.environ)
        for name in process.removed_variables:
            LOG.warning("%s was set; removed (kiosk mode ignores Textual's variables)", name)
        if options.idle_warning < WCAG_MINIMUM:
            under = f"under the {WCAG_MINIMUM:g}s WCAG 2.2.1 asks for"
            LOG.warning("--idle-warning %gs is %s", options.idle_warning, under)
        settings = Settings(
            language=options.lang,
            theme=options.theme,
            idle_timeout=options.idle_timeout,
            idle_warning=options.idle_warning,
            summary_reset=options.summary_reset,
            staff_pin_hash=str(pin) if pin else None,
            speech=options.speech or "on",  # a browser tab's app is silent (WalkthroughApp)
            speech_rate=options.speech_rate,
            linux_console=console,
            browser=browser,
        )
        crashes = process.ErrorBudget()  # 3 a minute
        while not held:  # a signal that came between two runs ends it (below)
            app = KioskApp(content, settings)
            report = io.StringIO()
            # Textual prints a crash report (with local values, which may hold answers) to
            # error_console after restoring the terminal: keep it off the patient's screen.
            app.error_console = Console(file=report, width=120, color_system=None)
            failed = False
            try:
                # In a terminal no mouse: a click can do nothing a key cannot. In a browser
                # tab, touch is the tablet's only input.
                app.run(mouse=browser)
            except Exception as error:  # noqa: BLE001 - outside the app's loop: a crash too
                LOG.error("the app failed outside its loop", exc_info=error)
                failed = True
            if process.locked:  # the app gave the signals back: hold them until the next one
                process.hold_ending_signals()
            if app.ended_by:
                LOG.info("kiosk ended (%s), exit code %d", app.ended_by, app.return_code or 0)
                return app.return_code or 0
            text = report.getvalue()
            if browser and app.return_code is None and not (text or failed):  # asked to quit
                LOG.info("kiosk ended (the browser tab closed), exit code 0")
                return 0
            why = f"{last_line(text)}\n{without_locals(text)}"
            LOG.error("the app ended unexpectedly (return code %s): %s", app.return_code, why)
            if not crashes.spend():
                LOG.critical("too many crashes in a minute; exiting for the supervisor to restart")
                return 1
            LOG.warning("starting a fresh walkthrough at the welcome screen")
        LOG.info("%s received: exiting", signal_name(held[0]))
        LOG.info("kiosk ended (%s), exit code %d", signal_name(held[0]), 128 + held[0])
        return 128 + held[0]
    finally:
        close_log()


def last_line(report: str) -> str:
    """The crash report's closing line, the error (joined up again if drawn very narrow)."""
    lines = [line for line in report.splitlines() if not line.strip().startswith("NOTE:")]
    box_end = max((i for i, line in enumerate(lines) if line.lstrip().startswith("╰")), default=-1)
    after_box = lines[box_end + 1 :]
    if after_box and max(len(line) for line in after_box) < NARROW:
        return "".join(after_box).strip() or "(no report)"
    closing = [line.strip() for line in after_box if line.strip()]
    return closing[-1] if closing else "(no report)"


def without_locals(report: str) -> str:
    """Textual's crash report without its boxes of local values (they may hold answers)."""
    kept: list[str] = []
    box_at = -1  # the column of the open locals box's corner, or -1
    for line in report.splitlines():
        if box_at < 0 and "╭" in line and " locals " in line:
            box_at = line.index("╭")
        elif box_at >= 0:
            if line[box_at : box_at + 1] == "╰":
                box_at = -1
        else:
            kept.append(line)
    return "\n".join(kept)
