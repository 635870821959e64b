"""SIGTERM and SIGHUP end the app cleanly (terminal restored), in every mode.

Without this, either signal kills Python outright and leaves the terminal in raw mode on
the alternate screen. Handlers go on the running asyncio loop, so the app exits from its
own loop with return code 128 + the signal number, as a shell would report it.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

HANDLED = (signal.SIGTERM, signal.SIGHUP)


def exit_code_for(signum: int) -> int:
    return 128 + signum


def catch_exit_signals(end: Callable[[str, int], object]) -> Callable[[], None]:
    """On SIGTERM or SIGHUP, log it and call `end(signal name, exit code)`; return a function
    that undoes this."""
    loop = asyncio.get_running_loop()
    caught: list[int] = []

    def on_signal(signum: int) -> None:
        from walkthrough.kiosk.logbook import LOG  # loaded only when it has something to log

        name = signal.Signals(signum).name
        LOG.info("%s received: exiting", name)
        end(name, exit_code_for(signum))

    for signum in HANDLED:
        try:
            loop.add_signal_handler(signum, on_signal, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # not on Unix, or not the main thread: the default action stays
        caught.append(signum)

    def release() -> None:
        for signum in caught:
            loop.remove_signal_handler(signum)
        caught.clear()

    return release
