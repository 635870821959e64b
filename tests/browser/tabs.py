"""`walkthrough serve` for the browser tests: a server on a free port, its tabs' processes, and
the terminal's text as the page's accessibility tree holds it (xterm's screen-reader mode)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TREE = ".xterm-accessibility-tree"
Page = Any  # playwright.sync_api.Page: imported only where chromium is
SOCKETS: dict[int, str] = {}  # each page's websocket address (it carries the grid's size)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[str]
    port: int
    printed: list[str]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def tabs(self) -> list[int]:
        """The process ids of the server's children: one per open tab."""
        return children_of(self.process.pid)


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@contextmanager
def serving(*options: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """`walkthrough serve --port FREE OPTIONS`, ended (and its tabs) on leaving."""
    port = free_port()
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environ.pop("WALKTHROUGH_STAFF_PIN_HASH", None)
    command = [sys.executable, "-m", "walkthrough", "serve", "--port", str(port), *options]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environ
    )
    assert process.stdout is not None
    printed = [process.stdout.readline()]  # the first line says it is serving
    assert "serving" in printed[0], printed[0] + process.stdout.read()
    server = Server(process, port, printed)
    try:
        wait_until(lambda: port_open(port), 10)
        yield server
    finally:
        tabs = server.tabs()
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        for pid in tabs:  # a tab left over would be a bug the tests report, not a leak
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def wait_until(condition: Callable[[], object], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


ROWS = (
    f"[...(document.querySelector('{TREE}')?.children ?? [])]"
    ".map(row => row.textContent.replaceAll('\\u00a0', ' '))"
)


def screen_text(page: Page) -> str:
    """The terminal's text, row by row, as a screen reader gets it (spaces kept: columns)."""
    return "\n".join(page.evaluate(ROWS))


def wait_for_text(page: Page, *texts: str, timeout: float = 15) -> str:
    """Wait until every one of `texts` is on the screen; the screen's text."""
    script = f"""texts => {{
        const screen = {ROWS}.join("\\n");
        return texts.every(text => screen.includes(text));
    }}"""
    page.wait_for_function(script, arg=list(texts), timeout=timeout * 1000)
    return screen_text(page)


TABLET = (1024, 1366)  # an iPad's 12.9" screen, upright: CSS pixels


def open_tab(
    page: Page, url: str, size: tuple[int, int] = TABLET, first: str = "Step 1 of 9"
) -> Page:
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.on("websocket", lambda socket: SOCKETS.__setitem__(id(page), socket.url))
    page.goto(url)
    wait_for_text(page, first)
    page.locator(".xterm-helper-textarea").focus()  # where xterm takes keys from
    return page


def click_text(page: Page, text: str, last: bool = False, row: int | None = None) -> None:
    """Click (tap) the middle of `text` where the terminal shows it (first or last match, or
    the one on `row`)."""
    rows = screen_text(page).split("\n")
    hits = [(y, line.index(text)) for y, line in enumerate(rows) if text in line]
    hits = [hit for hit in hits if row is None or hit[0] == row]
    assert hits, f"{text!r} is not on the screen:\n" + "\n".join(rows)
    y, x = hits[-1] if last else hits[0]
    box = page.evaluate(
        "(() => { const r = document.querySelector('.xterm-screen').getBoundingClientRect();"
        " return [r.left, r.top, r.width, r.height]; })()"
    )
    columns, lines = grid(page)
    cell_w, cell_h = box[2] / columns, box[3] / lines
    page.mouse.click(box[0] + (x + len(text) / 2) * cell_w, box[1] + (y + 0.5) * cell_h)


def grid(page: Page) -> tuple[int, int]:
    """The terminal's columns and rows, as the page asked for them when it opened its socket."""
    found = re.search(r"width=(\d+)&height=(\d+)", SOCKETS[id(page)])
    assert found, SOCKETS[id(page)]
    return int(found[1]), int(found[2])


def pid_gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return re.search(r"\) Z ", stat) is not None  # a zombie has ended; its parent reaps it


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        for folder in os.environ.get("PATH", "").split(os.pathsep):
            if os.access(Path(folder) / name, os.X_OK):
                return str(Path(folder) / name)
    return None
