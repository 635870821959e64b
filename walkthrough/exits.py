"""Signals that end the app end it cleanly, in every mode: terminal restored, exit 128 + signal."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable

HANDLED = (signal.SIGTERM, signal.SIGHUP)  # by default they would leave the terminal in raw mode
REAL_TIME = tuple(range(getattr(signal, "SIGRTMIN", 0), getattr(signal, "SIGRTMAX", -1) + 1))
held: list[int] = []  # ending signals that came while no app could end cleanly (kiosk.process)


def signal_name(signum: int) -> str:
    if signum in REAL_TIME:
        return f"SIGRTMIN+{signum - REAL_TIME[0]}"
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def catch_exit_signals(
    end: Callable[[str, int], object], signals: Iterable[int] = HANDLED
) -> Callable[[], None]:
    """Call `end(name, 128 + signal)` on one of `signals` (or one `held`); return the undo."""
    import asyncio  # not at import: kiosk.process, the program's first line, needs `held`

    loop = asyncio.get_running_loop()
    caught: list[tuple[int, object]] = []

    def on_signal(signum: int) -> None:
        import logging  # the kiosk's log (kiosk.logbook), by name: this module comes first

        logging.getLogger("walkthrough.kiosk").info("%s received: exiting", signal_name(signum))
        end(signal_name(signum), 128 + signum)

    for signum in signals:
        before = signal.getsignal(signum)
        try:
            loop.add_signal_handler(signum, on_signal, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # not on Unix, or not the main thread: the default action stays
        caught.append((signum, before))
    if held:
        loop.call_soon(on_signal, held.pop(0))

    def release() -> None:
        # asyncio would put back the default action; a kiosk holds them between runs instead.
        for signum, before in caught:
            loop.remove_signal_handler(signum)
            if before is not None:
                signal.signal(signum, before)  # type: ignore[arg-type]
        caught.clear()

    return release
