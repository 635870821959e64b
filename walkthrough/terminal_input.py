"""Keyboard input that no byte sequence can stop, freeze or end (Linux)."""

from __future__ import annotations

import os
import selectors
import signal
from codecs import getincrementaldecoder
from time import monotonic
from typing import Any

from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
PASTE_QUIET = 0.5  # a terminal sends a whole paste at once: a paste quiet this long is over
READ_BYTES = 4096

STOP_SIGNALS = (signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU)


def _ignored_stop_signals() -> list[int]:
    return [signum for signum in STOP_SIGNALS if signal.getsignal(signum) == signal.SIG_IGN]


def _ignore(signals: list[int]) -> None:
    for signum in signals:
        signal.signal(signum, signal.SIG_IGN)


class PasteWatch:
    """Follows the input text to know whether a bracketed paste is open, and since when."""

    def __init__(self) -> None:
        self.tail = ""  # the end of the last text, for markers split between two reads
        self.open = False
        self.last_input = 0.0

    def saw(self, text: str) -> None:
        seen = self.tail + text
        start, end = seen.rfind(PASTE_START), seen.rfind(PASTE_END)
        if start != end:  # at least one of them is there: the later one decides
            self.open = start > end
        self.tail = seen[-(len(PASTE_START) - 1) :]
        self.last_input = monotonic()

    def stuck(self) -> bool:
        """An open paste, and no input for PASTE_QUIET seconds."""
        return self.open and monotonic() - self.last_input > PASTE_QUIET

    def closed(self) -> None:
        self.open = False
        self.tail = ""


class TolerantLinuxDriver(LinuxDriver):
    """Textual's Linux driver: drops bytes that are not UTF-8, ends a paste left open, and
    leaves ignored the stop signals the process ignores (a kiosk)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        ignored = _ignored_stop_signals()
        super().__init__(*args, **kwargs)
        _ignore(ignored)
        if signal.SIGTSTP in ignored:  # never suspended: a resume would add a second reader
            signal.signal(signal.SIGCONT, signal.SIG_DFL)

    def start_application_mode(self) -> None:  # Textual resets SIGTTIN/SIGTTOU to default here
        ignored = _ignored_stop_signals()
        # Textual 8.2.8 leaves LinuxDriver.start_application_mode unannotated.
        super().start_application_mode()  # type: ignore[no-untyped-call]
        _ignore(ignored)

    def run_input_thread(self) -> None:
        parser = XTermParser()  # no public name: pinned by tests/unit/test_textual_pins.py
        # Textual's loop decodes strictly: one stray byte would end the app.
        decode = getincrementaldecoder("utf-8")(errors="ignore").decode
        paste = PasteWatch()

        def feed(text: str) -> None:
            for event in parser.feed(text):
                self.process_message(event)

        with selectors.SelectSelector() as selector:
            selector.register(self.fileno, selectors.EVENT_READ)
            while not self.exit_event.is_set():
                if selector.select(0.1):
                    data = os.read(self.fileno, READ_BYTES)
                    if not data:  # the terminal is gone: wait to be stopped
                        self.exit_event.wait(0.1)
                        continue
                    text = decode(data)  # "" while a character is only partly read
                    paste.saw(text)
                    if text:  # the parser takes "" as the end of input
                        feed(text)
                elif paste.stuck():  # the parser would keep every later key for the paste
                    feed(PASTE_END)
                    paste.closed()
                for event in parser.tick():
                    self.process_message(event)
