"""Keyboard input that no byte sequence can stop, freeze or end (Linux)."""

from __future__ import annotations

import os
import selectors
import signal
from codecs import getincrementaldecoder
from collections.abc import Callable
from time import monotonic
from typing import Any

from textual._xterm_parser import XTermParser
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
PASTE_QUIET = 0.5  # a terminal sends a whole paste at once: a paste quiet this long is over
STOP_SIGNALS = (signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU)


def _keeping_ignored(start: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """Call `start` (Textual sets its handlers), then ignore again the stop signals it ignored."""
    ignored = [signum for signum in STOP_SIGNALS if signal.getsignal(signum) == signal.SIG_IGN]
    start(*args, **kwargs)
    for signum in ignored:
        signal.signal(signum, signal.SIG_IGN)


class TolerantLinuxDriver(LinuxDriver):
    """Drops bytes that are not UTF-8, ends a paste left open, keeps stop signals ignored."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _keeping_ignored(super().__init__, *args, **kwargs)
        if signal.getsignal(signal.SIGTSTP) == signal.SIG_IGN:  # a resume would add a reader
            signal.signal(signal.SIGCONT, signal.SIG_DFL)

    def start_application_mode(self) -> None:  # Textual resets SIGTTIN/SIGTTOU to default here
        _keeping_ignored(super().start_application_mode)

    def run_input_thread(self) -> None:
        parser = XTermParser()  # no public name: pinned by tests/unit/test_textual_pins.py
        # Textual's loop decodes strictly: one stray byte would end the app.
        decode = getincrementaldecoder("utf-8")(errors="ignore").decode
        tail = ""  # the end of the last text, for paste markers split between two reads
        paste_open, last_input = False, 0.0

        def feed(text: str) -> None:
            for event in parser.feed(text):
                self.process_message(event)

        with selectors.SelectSelector() as selector:
            selector.register(self.fileno, selectors.EVENT_READ)
            while not self.exit_event.is_set():
                if selector.select(0.1):
                    data = os.read(self.fileno, 4096)
                    if not data:  # the terminal is gone: wait to be stopped
                        self.exit_event.wait(0.1)
                        continue
                    text = decode(data)  # "" while a character is only partly read
                    seen, last_input = tail + text, monotonic()
                    tail = seen[1 - len(PASTE_START) :]
                    start, end = seen.rfind(PASTE_START), seen.rfind(PASTE_END)
                    if start != end:  # at least one of them is there: the later one decides
                        paste_open = start > end
                    if text:  # the parser takes "" as the end of input
                        feed(text)
                elif paste_open and monotonic() - last_input > PASTE_QUIET:
                    feed(PASTE_END)  # else the parser would keep every later key for the paste
                    paste_open, tail = False, ""
                for event in parser.tick():
                    self.process_message(event)


def tolerant(driver: type[Driver]) -> type[Driver]:
    """The tolerant driver in place of Textual's own Linux one; any other driver as it is."""
    return TolerantLinuxDriver if driver is LinuxDriver else driver
