"""A program on a real pseudo-terminal, its output rendered by pyte, so we can time what a
person would see: "the text is on the screen", not "the app thinks it is done".

    term = Terminal([sys.executable, "-m", "walkthrough"])
    shown_at = term.wait_for_text("Welcome to")      # a perf_counter() time
    sent_at = term.send("\x1b[C")                    # Right arrow
    shown_at = term.wait_for_text("What is back acupuncture?")
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pexpect
import pyte

ROOT = Path(__file__).resolve().parents[2]
PYCACHE = Path("/tmp/walkthrough-bench-pycache")
"""Bytecode goes here (not into the tree): like an installed package, which pip byte-compiles.
Without it, PYTHONDONTWRITEBYTECODE=1 (set on this machine) would make every start compile
the walkthrough's modules from source, which no real install does."""

RIGHT = "\x1b[C"
LEFT = "\x1b[D"


def child_env(rows: int = 24, cols: int = 80, root: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TEXTUAL", None)  # no devtools / debug features
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["TERM"] = "xterm-256color"
    env["COLORTERM"] = "truecolor"
    env["PYTHONPATH"] = str(root)
    env["LINES"], env["COLUMNS"] = str(rows), str(cols)
    return env


class Terminal:
    """One child process on a pty of `rows` x `cols`, and the screen a terminal would show."""

    def __init__(
        self, argv: Sequence[str], rows: int = 24, cols: int = 80, root: Path = ROOT
    ) -> None:
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        self.arrived = self.started  # when the last output was read
        self.unread: list[bytes] = []
        self.child = pexpect.spawn(
            argv[0],
            list(argv[1:]),
            dimensions=(rows, cols),
            env=child_env(rows, cols, root),
            cwd=str(root),
        )
        self.child.delaybeforesend = None
        """pexpect sleeps 50 ms before each send unless told not to; a key press is timed from
        the moment its bytes reach the terminal, so that sleep must not be in the figure."""

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def _read(self, timeout: float) -> bool:
        """Take whatever output arrives within `timeout`, noting when; False when none did."""
        try:
            data = self.child.read_nonblocking(1 << 16, timeout=timeout)
        except pexpect.TIMEOUT:
            return False
        self.arrived = time.perf_counter()
        self.unread.append(data)
        return True

    def _take_all(self, timeout: float) -> bool:
        """What the program writes from within `timeout` on, until it pauses for a millisecond
        (50 ms at most), then rendered by pyte; False when nothing came. All of it is read
        before any of it is rendered: pyte takes about a millisecond a kilobyte (a terminal
        far less), and the program's next piece cannot arrive until the last one is read."""
        if not self._read(timeout):
            return False
        stop = time.perf_counter() + 0.05  # a program that never pauses is still looked at
        while time.perf_counter() < stop and self._read(0.001):
            pass
        self.stream.feed(b"".join(self.unread))
        self.unread.clear()
        return True

    def wait_until(self, condition: Callable[[str], bool], timeout: float = 30.0) -> float:
        """The perf_counter() time at which the output that made the screen satisfy
        `condition` had arrived: the moment a terminal would show it, not the moment pyte,
        much slower than a terminal, is done rendering it."""
        end = time.perf_counter() + timeout
        shown_at = time.perf_counter()
        while not condition(self.text()):  # a look costs ~1.5 ms
            if time.perf_counter() > end:
                raise TimeoutError(f"timed out; the screen shows:\n{self.text()}")
            if self._take_all(0.005):
                shown_at = self.arrived
        return shown_at

    def wait_for_text(
        self, shown: str | tuple[str, ...], gone: str | None = None, timeout: float = 30.0
    ) -> float:
        """When `shown` (every one of them, if several) is on the screen, and `gone` (the last
        screen's title) is not."""
        wanted = (shown,) if isinstance(shown, str) else shown
        return self.wait_until(
            lambda s: all(text in s for text in wanted) and (gone is None or gone not in s),
            timeout,
        )

    def settle(self, quiet: float = 0.05, timeout: float = 5.0) -> None:
        """Read until the program has written nothing for `quiet` seconds (its frame is done)."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end and self._take_all(quiet):
            pass

    def send(self, data: str) -> float:
        sent = time.perf_counter()
        self.child.send(data)
        return sent

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)
        self.child.close(force=True)
