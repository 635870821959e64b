"""The benchmarks' terminal times what a person would see: a screen counts as shown when the
output that makes it arrived, not when pyte (far slower than a real terminal) has rendered it."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import pytest

from tests.benchmarks.pty_screen import Terminal

WRITER = """
import sys, time
sys.stdout.write("first screen\\n"); sys.stdout.flush()
time.sleep(0.3)
sys.stdout.write("x" * 20000 + "\\nsecond screen\\n"); sys.stdout.flush()
time.sleep(30)
"""


@pytest.fixture
def term() -> Iterator[Terminal]:
    terminal = Terminal([sys.executable, "-c", WRITER], rows=10, cols=40)
    yield terminal
    terminal.close()


def test_a_screen_is_timed_when_its_output_arrived_not_when_pyte_rendered_it(
    term: Terminal,
) -> None:
    term.wait_for_text("first screen")
    renders: list[tuple[float, int]] = []
    feed = term.stream.feed

    def slow_feed(data: bytes) -> None:
        renders.append((time.perf_counter(), len(data)))
        time.sleep(0.2)  # a slow renderer: its time must not be in the figure
        feed(data)

    term.stream.feed = slow_feed  # type: ignore[method-assign]
    shown_at = term.wait_for_text("second screen")
    assert renders, "the second screen was rendered"
    assert shown_at <= renders[-1][0]  # arrived before the rendering that showed it began
    assert "second screen" in term.text()
