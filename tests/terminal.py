"""The walkthrough as a program on a real pseudo-terminal (pexpect), for tests: pyte turns what
it wrote into the screen a patient would see."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pexpect
import pyte

ROOT = Path(__file__).resolve().parents[1]
WELCOME = "Step 1 of 9"


class Terminal:
    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
        environment.update({"TERM": "xterm", "PYTHONPATH": str(ROOT)}, **(env or {}))
        self.child = pexpect.spawn(
            sys.executable, args, env=environment, dimensions=(24, 80), cwd=str(ROOT)
        )
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.output = b""

    def read(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                data = self.child.read_nonblocking(65536, timeout=0.05)
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                return
            self.output += data
            self.stream.feed(data)

    def text(self) -> str:
        # From the cells (a wide character's second cell is ""): pyte's `display` fails on a
        # cell left empty when a wide character is drawn over by half.
        rows = (self.screen.buffer[y] for y in range(self.screen.lines))
        return "\n".join("".join(row[x].data for x in range(self.screen.columns)) for row in rows)

    def wait_for(self, words: str, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while words not in self.text():
            assert time.monotonic() < end, f"{words!r} never showed:\n{self.text()}"
            self.read(0.1)

    def ended(self, timeout: float = 10.0) -> int | None:
        """Wait for the process to end; its exit status (None if killed by a signal)."""
        end = time.monotonic() + timeout
        while self.child.isalive() and time.monotonic() < end:
            self.read(0.1)
        self.read(0.2)
        self.child.close()
        return self.child.exitstatus

    def wait_until_locked_down(self, timeout: float = 20.0) -> None:
        """Wait until the kiosk's first line has run (walkthrough.kiosk.process.lock_down): it
        catches SIGUSR1 and ignores SIGINT, SIGQUIT and SIGTSTP, which it sets last. (Ignoring
        alone proves nothing: a test runner's worker may pass SIGINT on ignored.)"""
        end = time.monotonic() + timeout
        wanted = [("SigCgt", signal.SIGUSR1)] + [
            ("SigIgn", signum) for signum in (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP)
        ]
        while not all(in_mask(self.child.pid, mask, signum) for mask, signum in wanted):
            assert time.monotonic() < end, "the kiosk never locked itself down"
            time.sleep(0.002)

    def stop(self) -> None:
        if self.child.isalive():
            self.child.kill(signal.SIGKILL)
        self.child.close()


def in_mask(pid: int, mask: str, signum: int) -> bool:
    """Whether signal `signum` is in process `pid`'s `mask` ("SigIgn", "SigCgt": /proc)."""
    status = Path(f"/proc/{pid}/status").read_text()
    bits = next(line.split()[1] for line in status.splitlines() if line.startswith(mask + ":"))
    return bool(int(bits, 16) >> (signum - 1) & 1)


def kiosk(content: Path, log: Path, *extra: str, env: dict[str, str] | None = None) -> Terminal:
    args = [
        "-m",
        "walkthrough",
        "--kiosk",
        "--content",
        str(content),
        "--log-file",
        str(log),
        *extra,
    ]
    return Terminal(args, env)
