"""Reading printed slips back: `pdf_text`, and a CUPS print server of the tests' own (its own
config, spool and socket, reached through CUPS_SERVER):

    from tests.printing import print_server  # noqa: F401 (the fixture)

Its queue `slip` keeps each job exactly as sent (a raw queue whose backend copies the job into
`server.jobs`), so a test reads back the very PDF the walkthrough made; CUPS-PDF would draw it
again through Ghostscript and lose its text layer. `stopped` is a queue that cupsdisable has
stopped. Tests using it skip only when cupsd is not installed (tests/run.sh installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGES = "cups-daemon cups-client"
SERVER_BIN = Path("/usr/lib/cups")
KEEP = """#!/bin/sh
# Keeps each job exactly as sent, in the folder the device URI names (keep:/folder).
[ $# -eq 0 ] && { echo 'direct keep "Unknown" "Keep each job as sent"'; exit 0; }
cat "${6:--}" > "${DEVICE_URI#keep:}/job-$1.pdf"
"""
ALLOW_ALL = "  Order allow,deny\n  Allow all\n"


@dataclass(frozen=True)
class PrintServer:
    socket: Path
    jobs: Path

    def job(self, number: int = 0, timeout: float = 10.0) -> bytes:
        """The `number`th job the `slip` queue kept (waits for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            kept = sorted(self.jobs.glob("job-*.pdf"), key=lambda path: int(path.stem[4:]))
            if len(kept) > number:
                return kept[number].read_bytes()
            time.sleep(0.1)
        raise AssertionError(f"no job {number} kept in {self.jobs}")


PATH = f"{os.environ.get('PATH', '')}:/usr/sbin"  # cupsd, lpadmin and cupsdisable are there


def pdf_text(pdf: bytes) -> str:
    """The PDF's text layer, as pdftotext reads it (skips when poppler-utils is missing)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("no pdftotext: apt-get install poppler-utils poppler-data (tests/run.sh does)")
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def squeezed(text: str) -> str:
    """Text without its white space: lines wrap where the paper ends, Chinese without spaces."""
    return "".join(text.split())


def missing() -> list[str]:
    tools = ["cupsd", "lpadmin", "lp", "lpstat", "cupsdisable"]
    return [tool for tool in tools if shutil.which(tool, path=PATH) is None]


def _write_config(root: Path) -> None:
    (root / "bin" / "backend").mkdir(parents=True)
    (root / "bin" / "daemon").symlink_to(SERVER_BIN / "daemon")  # cups-exec starts backends
    backend = root / "bin" / "backend" / "keep"
    backend.write_text(KEEP)
    backend.chmod(0o700)  # run as cupsd's own user, who can write in jobs/
    for folder in ("etc", "spool", "tmp", "cache", "state", "log", "jobs"):
        (root / folder).mkdir(exist_ok=True)
    logs = "".join(f"{kind}Log {root}/log/{kind.lower()}_log\n" for kind in ("Error", "Access"))
    (root / "etc" / "cupsd.conf").write_text(
        f"Listen {root}/cups.sock\nLogLevel warn\n{logs}PageLog {root}/log/page_log\n"
        f"Browsing No\n<Location />\n{ALLOW_ALL}</Location>\n"
        f"<Location /admin>\n{ALLOW_ALL}</Location>\n"
        f"<Policy default>\n  <Limit All>\n{ALLOW_ALL}  </Limit>\n</Policy>\n"
    )
    folders = {"Request": "spool", "Temp": "tmp", "Cache": "cache", "State": "state"}
    (root / "etc" / "cups-files.conf").write_text(
        f"ServerRoot {root}/etc\nServerBin {root}/bin\n{logs}Printcap {root}/etc/printcap\n"
        + "".join(
            f"{key}{'Root' if key == 'Request' else 'Dir'} {root}/{folder}\n"
            for key, folder in folders.items()
        )
    )


@pytest.fixture(scope="module")
def print_server() -> Iterator[PrintServer]:
    """A running cupsd with the queues `slip` (keeps each job) and `stopped`."""
    lacking = missing()
    if lacking:
        pytest.skip(f"no {', '.join(lacking)}: apt-get install {PACKAGES} (tests/run.sh does)")
    root = Path(tempfile.mkdtemp(prefix="wt-cups-"))  # short: a socket path has 107 bytes
    root.chmod(0o755)
    _write_config(root)
    cupsd = shutil.which("cupsd", path=PATH)
    assert cupsd is not None
    etc = root / "etc"
    process = subprocess.Popen(
        [cupsd, "-f", "-c", f"{etc}/cupsd.conf", "-s", f"{etc}/cups-files.conf"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = PrintServer(root / "cups.sock", root / "jobs")
    env = {**os.environ, "CUPS_SERVER": str(server.socket), "LC_ALL": "C", "PATH": PATH}
    try:
        deadline = time.monotonic() + 20
        while "scheduler is running" not in _run(["lpstat", "-r"], env):
            assert process.poll() is None and time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.1)
        for queue in ("slip", "stopped"):
            _run(["lpadmin", "-p", queue, "-E", "-v", f"keep:{server.jobs}", "-m", "raw"], env)
        _run(["cupsdisable", "stopped"], env)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=10, check=False)
    return done.stdout + done.stderr
