"""Signals that end the app end it cleanly (terminal restored), in every mode.

Without this, SIGTERM or SIGHUP kills Python outright and leaves the terminal in raw mode on
the alternate screen. Handlers go on the running asyncio loop, so the app exits from its own
loop with return code 128 + the signal number, as a shell would report it. In kiosk mode
every signal that would end the process is taken this way (walkthrough.kiosk.process), and
one that arrived before the app could take it ends the app as soon as it starts.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable, Iterable

from walkthrough.kiosk.process import held, signal_name

HANDLED = (signal.SIGTERM, signal.SIGHUP)


def exit_code_for(signum: int) -> int:
    return 128 + signum


def catch_exit_signals(
    end: Callable[[str, int], object], signals: Iterable[int] = HANDLED
) -> Callable[[], None]:
    """On one of `signals`, log it and call `end(signal name, exit code)`; return a function
    that undoes this."""
    loop = asyncio.get_running_loop()
    caught: list[tuple[int, object]] = []

    def on_signal(signum: int) -> None:
        from walkthrough.kiosk.logbook import LOG  # loaded only when it has something to log

        name = signal_name(signum)
        LOG.info("%s received: exiting", name)
        end(name, exit_code_for(signum))

    for signum in signals:
        before = signal.getsignal(signum)
        try:
            loop.add_signal_handler(signum, on_signal, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # not on Unix, or not the main thread: the default action stays
        caught.append((signum, before))
    if held:  # one came while the app was starting
        loop.call_soon(on_signal, held.pop(0))

    def release() -> None:
        """asyncio puts back the default action; the one from before (a kiosk holds every
        ending signal between runs) is put back instead."""
        for signum, before in caught:
            loop.remove_signal_handler(signum)
            if before is not None:
                signal.signal(signum, before)  # type: ignore[arg-type]
        caught.clear()

    return release
