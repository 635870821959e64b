"""A patient's walk, timed as a patient makes it: first visits apart from returns, idle CPU,
and the plain mode's start-up (used by run.py: `--only firstwalk,idle,plain`).

A patient's first walk through the guide is all first visits: every Right goes to a screen not
built before. Returns (Left, then Right again, to screens seen before) are timed apart. Keys
come at a patient's pace: a key, the next screen drawn, then at least PACE seconds before the
next key, so that anything the app does while the patient reads has its chance to run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pty_screen import LEFT, RIGHT, Terminal

PACE = 0.150
"""The shortest pause between a screen drawn and the next key (a fast reader's)."""
Screenful = tuple[str, ...]


@dataclass
class Walks:
    """Latencies in seconds: Right to a screen never built before, and steps to kept ones."""

    first: list[float] = field(default_factory=list)
    returns: list[float] = field(default_factory=list)


def read_then_press(term: Terminal, key: str, shown: Screenful, gone: str) -> float:
    """Wait at a patient's pace, press `key`, and return how long until `shown` is drawn."""
    settled = time.perf_counter()
    term.settle(0.05)
    time.sleep(max(0.0, PACE - (time.perf_counter() - settled)))
    sent = term.send(key)
    return term.wait_for_text(shown, gone, timeout=30) - sent


def one_walk(
    argv: Sequence[str],
    screens: list[Screenful],
    size: tuple[int, int],
    into: Walks,
    checklist: int | None = None,
    questions: int = 0,
    root: Path | None = None,
    yes: str = "1",
) -> None:
    """A fresh process: forward through every step (all first visits), back to the start and
    forward again (all returns); `yes` is the key that answers Yes."""
    term = Terminal(argv, *size, **({"root": root} if root else {}))
    try:
        term.wait_for_text(screens[0])
        for index in range(len(screens) - 1):
            if index == checklist:  # every question answered, untimed, so Right goes on
                for _ in range(questions):
                    term.send(yes)
                    term.settle(0.05)
            into.first.append(read_then_press(term, RIGHT, screens[index + 1], screens[index][0]))
        for index in range(len(screens) - 1, 0, -1):
            into.returns.append(read_then_press(term, LEFT, screens[index - 1], screens[index][0]))
        for index in range(len(screens) - 1):
            into.returns.append(read_then_press(term, RIGHT, screens[index + 1], screens[index][0]))
    finally:
        term.close()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle_cpu(
    runs: dict[str, tuple[list[str], Screenful]], seconds: float, size: tuple[int, int]
) -> dict[str, float]:
    """Each program started side by side and left untouched for `seconds`: the share of one
    core each used over that time, in percent (start-up itself not counted)."""
    terms = {name: Terminal(argv, *size) for name, (argv, _) in runs.items()}
    try:
        for name, (_, shown) in runs.items():
            terms[name].wait_for_text(shown)
            terms[name].settle(0.5)
        before = {name: cpu_seconds(term.child.pid) for name, term in terms.items()}
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            for term in terms.values():
                term.settle(0.2, timeout=0.5)  # keep the pty drained, as a terminal would
        return {
            name: 100 * (cpu_seconds(term.child.pid) - before[name]) / seconds
            for name, term in terms.items()
        }
    finally:
        for term in terms.values():
            term.close()


def kiosk_argv(ours: list[str]) -> list[str]:
    log_file = Path(tempfile.gettempdir()) / f"walkthrough-bench-{os.getpid()}.log"
    return [*ours, "--kiosk", "--log-file", str(log_file)]


def start_until(
    argv: Sequence[str], shown: str | Screenful, size: tuple[int, int], root: Path | None = None
) -> float:
    term = Terminal(argv, *size, **({"root": root} if root else {}))
    try:
        return term.wait_for_text(shown) - term.started
    finally:
        term.close()


if __name__ == "__main__":
    sys.exit("run it through run.py: python tests/benchmarks/run.py --only firstwalk,idle,plain")
