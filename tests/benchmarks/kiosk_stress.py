"""Throw everything at a kiosk on a real pseudo-terminal for a set time, then check it still works.

    python tests/benchmarks/kiosk_stress.py [--seconds 120] [--seed 1]

Random byte strings (bytes that are not UTF-8 included), pastes (some never closed), the keys a
patient has, resizes down to 1x1 and back, and the signals a keyboard or a careless shell can
send (SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGCONT) go to `walkthrough --kiosk` with a short
idle timeout and quiet spells, so resets for a new patient happen too. After every input the
process must still be running. At the end the window is put back to 80x24 and staff leave
with F12 and the PIN: the kiosk must answer those keys and exit 0. Its log must show no crash.
It prints how many inputs of each kind it sent, and exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pexpect
import pyte

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from walkthrough.kiosk.pin import hash_pin  # noqa: E402

PIN = "2468"
KEYS = [
    b"\x1b[C", b"\x1b[D", b"\x1b[A", b"\x1b[B", b"\r", b" ", b"\t", b"\x1b[Z", b"\x7f",
    b"y", b"n", b"u", b"1", b"2", b"3", b"q", b"t", b"r", b"?", b"\x1bOP", b"\x1b[H",
    b"\x1b[5~", b"\x1b[6~", b"\x1b", b"\x03", b"\x1a", b"\x1c", b"\x04", b"\x11", b"\x10",
    b"\x1b[15~", b"\x1b[21~", "ñ".encode(), "中".encode(), b"\xf1",
]  # fmt: skip
"""Arrows, Enter, Space, Tab, Shift+Tab, Backspace, answers, q, T, R, ?, F1, Home, PageUp/Down,
Escape, Ctrl+C/Z/\\/D/Q/P, F5, F10, non-ASCII letters, and ñ as a Latin-1 console sends it.
(Not F12: that opens the staff prompt, and wrong PINs would lock it for the end check.)"""
SIGNALS = [signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP, signal.SIGWINCH, signal.SIGCONT]
QUIET_EVERY, QUIET_FOR = 30.0, 11.0
"""Every QUIET_EVERY seconds nothing is sent for QUIET_FOR: with the 5 s idle timeout and 5 s
notice below, the kiosk warns and starts again for a new patient."""
SIZES = [(1, 1), (1, 80), (24, 1), (2, 3), (5, 10), (12, 40), (24, 80), (40, 120), (3, 200)]
"""(rows, columns), the tiny ones first."""


def random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))


def paste(rng: random.Random) -> bytes:
    text = "".join(rng.choice("abc xyz 123 ñ 中文 [@click=app.quit]\n") for _ in range(40))
    closed = rng.random() < 0.8
    return b"\x1b[200~" + text.encode() + (b"\x1b[201~" if closed else b"")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-stress-"))
    log = folder / "kiosk.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    env.update(
        TERM="xterm-256color",
        PYTHONPATH=str(ROOT),
        WALKTHROUGH_STAFF_PIN_HASH=hash_pin(PIN),
        WALKTHROUGH_CACHE_DIR=str(folder / "cache"),
    )
    args = ["-m", "walkthrough", "--kiosk", "--log-file", str(log)]
    args += ["--idle-timeout", "5", "--idle-warning", "5", "--summary-reset", "5"]
    child = pexpect.spawn(sys.executable, args, env=env, dimensions=(24, 80), cwd=str(ROOT))
    sent: Counter[str] = Counter()
    byte_count = 0
    failures: list[str] = []

    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)

    def drain(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                stream.feed(child.read_nonblocking(1 << 16, timeout=0.01))
            except pexpect.TIMEOUT:
                pass
            except pexpect.EOF:
                break

    drain(3.0)
    started = last_quiet = time.monotonic()
    while time.monotonic() - started < options.seconds and child.isalive():
        if time.monotonic() - last_quiet > QUIET_EVERY:  # let the idle notice and reset come
            drain(QUIET_FOR)
            last_quiet = time.monotonic()
            sent["quiet"] += 1
        kind = rng.choices(["bytes", "key", "paste", "resize", "signal"], [5, 8, 1, 2, 1])[0]
        if kind == "bytes":
            data = random_bytes(rng)
        elif kind == "key":
            data = rng.choice(KEYS) * rng.randint(1, 3)
        elif kind == "paste":
            data = paste(rng)
        else:
            data = b""
        if data:
            child.send(data)
            byte_count += len(data)
        elif kind == "resize":
            rows, cols = rng.choice(SIZES)
            child.setwinsize(rows, cols)
            screen.resize(rows, cols)
        else:
            child.kill(rng.choice(SIGNALS))
        sent[kind] += 1
        drain(rng.choice([0.0, 0.01, 0.05]))
        if not child.isalive():
            failures.append(f"the kiosk ended after {sum(sent.values())} inputs ({kind})")
    elapsed = time.monotonic() - started

    if child.isalive():
        child.setwinsize(24, 80)
        screen.resize(24, 80)
        drain(1.0)
        for _ in range(3):  # close a help box or an idle notice, if one is open
            child.send(b"\x1b")
            drain(0.3)
        child.send(b"\x1b[24~")  # F12
        drain(1.0)
        child.send(PIN.encode() + b"\r")
        drain(3.0)
    alive = child.isalive()
    if alive:
        failures.append("staff could not leave with F12 and the PIN; the screen:")
        failures.append("\n".join(screen.display))
        child.kill(signal.SIGKILL)
    child.close()
    logged = log.read_text(encoding="utf-8") if log.exists() else ""
    crashes = logged.count("ended unexpectedly") + logged.count("error in ")
    if crashes:
        failures.append(f"the log shows {crashes} errors or crashes")
    if not alive and child.exitstatus != 0:
        failures.append(f"the staff exit gave exit code {child.exitstatus}, not 0")

    print(f"kiosk stress: {elapsed:.0f} s, seed {options.seed}")
    print("| input | sent |")
    print("| --- | --- |")
    for kind, label in [
        ("bytes", "random byte strings (1-64 bytes, not UTF-8 included)"),
        ("key", "patient keys (arrows, answers, Escape, Ctrl keys, F-keys)"),
        ("paste", "pastes (one in five never closed)"),
        ("resize", "resizes (1x1 to 200x3)"),
        ("signal", "signals (SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGCONT)"),
    ]:
        print(f"| {label} | {sent[kind]} |")
    print(f"| all inputs | {sum(sent.values()) - sent['quiet']} ({byte_count} bytes) |")
    print(f"| quiet spells of {QUIET_FOR:g} s (idle notice, then a reset) | {sent['quiet']} |")
    resets = logged.count("reset for a new patient")
    print(f"resets for a new patient: {resets}; errors or crashes logged: {crashes}")
    print(f"staff exit at the end: exit code {child.exitstatus}")
    for failure in failures:
        print(f"FAILED: {failure}")
    print("the kiosk never ended and still answered keys" if not failures else "")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
