"""Printing through CUPS: `lp` with the PDF on its standard input, then wait for the job."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass

TIMEOUT = 8.0  # seconds CUPS has to take and finish the job, or it failed (and is cancelled)


@dataclass(frozen=True)
class PrintResult:
    """Whether the slip printed, and `detail` for the log: the queue, the job, or what CUPS
    said went wrong (never anything the patient answered)."""

    printed: bool
    detail: str


def _run(args: tuple[str, ...], timeout: float, data: bytes = b"") -> tuple[int, str]:
    done = subprocess.run(
        args,
        input=data,
        capture_output=True,
        timeout=max(timeout, 0.5),
        env={**os.environ, "LC_ALL": "C"},  # CUPS's words, read here, in English
        check=False,
    )
    said = (done.stdout + done.stderr).decode(errors="replace").strip()
    return done.returncode, said


def send(pdf: bytes, queue: str, timeout: float = TIMEOUT) -> PrintResult:
    """Print `pdf` on `queue`: printed once CUPS has finished the job within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    job = ""
    try:
        code, said = _run(("lpstat", "-p", queue), timeout)
        if code or said.startswith(f"printer {queue} disabled"):
            return PrintResult(False, f"queue {queue}: {said or 'lpstat failed'}")
        code, said = _run(("lp", "-d", queue), deadline - time.monotonic(), pdf)
        found = re.search(r"request id is (\S+)", said)
        if code or not found:
            return PrintResult(False, f"lp -d {queue}: {said or 'no job made'}")
        job = found[1]
        while time.monotonic() < deadline:  # a job CUPS still has is not printed yet
            code, said = _run(("lpstat", "-o", queue), deadline - time.monotonic())
            if code == 0 and job not in said.split():
                return PrintResult(True, f"printed on {queue} (job {job})")
            time.sleep(0.2)
    except OSError as error:
        return PrintResult(False, f"cannot run {error.filename or 'lp'}: {error.strerror}")
    except subprocess.TimeoutExpired:
        pass
    if job:  # a slip that came out later would be for nobody, or the next patient
        try:
            _run(("cancel", job), 2.0)
        except (OSError, subprocess.TimeoutExpired):
            pass
    return PrintResult(False, f"CUPS did not finish {job or 'the job'} within {timeout:g} s")
