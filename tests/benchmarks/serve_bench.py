"""`walkthrough serve` in Debian's chromium (Playwright), beside the bare Textual app served the
same way (tests/benchmarks/bare_app.py through the same server): prints figures, asserts none.

    PYTHONPATH=. python tests/benchmarks/serve_bench.py [--steps 32] [--tabs 1,5,10]

* first render: the page asked for -> the first screen's marker arrives on the tab's socket;
* a key -> the next screen's marker on the socket (a patient's pace: the next key once the
  app has sent nothing for 150 ms), the
  first walk forward (each screen built) apart from the steps after it; median and 95th
  percentile. Timed on the socket, not in xterm's accessibility tree, which
  refreshes at most about once a second for screen readers;
* memory: the tab's process's resident memory (VmRSS) after the walk;
* latency with 1, 5 and 10 tabs walking at once (one server, each tab its own process).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bare_app import title_for  # noqa: E402
from tests.browser.tabs import children_of, free_port, port_open, wait_until  # noqa: E402

Marker = Callable[[int], str]  # the text showing screen i is drawn


def ours(index: int) -> str:
    """The step's title: the whole body is drawn afresh on a new step (the header's counter
    may be redrawn one changed cell at a time, so never arrive as one string)."""
    from walkthrough.loading import load

    content = load(None)
    assert content is not None
    return content.languages[content.clinic.default_language].steps[index].title


SERVER = (
    "from walkthrough.serve.server import TabServer\n"
    "TabServer({command!r}, host='127.0.0.1', port={port}, title='bare', lang='en',"
    " token=None, max_sessions=20).serve()\n"
)


async def start(app: str, port: int) -> Any:
    if app == "walkthrough":
        args = ["-m", "walkthrough", "serve", "--port", str(port), "--max-sessions", "20"]
    else:
        command = f"exec {sys.executable} {ROOT / 'tests/benchmarks/bare_app.py'}"
        args = ["-c", SERVER.format(command=command, port=port)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = await asyncio.create_subprocess_exec(
        sys.executable, *args, env=env, stdout=asyncio.subprocess.DEVNULL
    )
    await asyncio.to_thread(wait_until, lambda: port_open(port), 20)
    return server


class Tab:
    """One page, and the text its socket has brought since the last key."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.text = ""
        self.last = time.monotonic()  # when the socket last brought anything
        page.on("websocket", lambda socket: socket.on("framereceived", self.received))

    def received(self, payload: str | bytes) -> None:
        self.last = time.monotonic()
        self.text += payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload

    async def settle(self, quiet: float = 0.15) -> None:
        """Until the app has sent nothing for `quiet` seconds: a new step's screen is sent
        whole two or three times in its first 150 ms (its layouts), and a patient reads it."""
        while time.monotonic() - self.last < quiet:
            await asyncio.sleep(0.01)

    async def until(self, marker: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while marker not in self.text:
            if time.monotonic() > end:
                raise TimeoutError(marker)
            await asyncio.sleep(0.002)

    async def open(self, url: str, marker: str) -> float:
        self.text = ""
        began = time.perf_counter()
        await self.page.goto(url)
        await self.until(marker)
        first = time.perf_counter() - began
        await self.page.locator(".xterm-helper-textarea").focus()  # the page's focus: a redraw
        await self.settle(0.5)
        return first

    async def walk(self, marker: Marker, steps: int) -> list[float]:
        """Forward through the screens and back, `steps` keys; the time of each."""
        times, index = [], 0
        for n in range(steps):
            forward = (n // 7) % 2 == 0  # seven forward (to the checklist), seven back
            index += 1 if forward else -1
            self.text = ""
            began = time.perf_counter()
            await self.page.keyboard.press("ArrowRight" if forward else "ArrowLeft")
            await self.until(marker(index))
            times.append(time.perf_counter() - began)
            await self.settle()
        return times


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def p95(values: list[float]) -> float:
    ranked = sorted(values)
    return ranked[max(0, -(-95 * len(ranked) // 100) - 1)]


def ms(value: float) -> str:
    return f"{value * 1000:.0f} ms"


async def measure(browser: Any, app: str, steps: int, tab_counts: list[int]) -> dict[str, str]:
    marker: Marker = ours if app == "walkthrough" else title_for
    port = free_port()
    server = await start(app, port)
    url = f"http://127.0.0.1:{port}/"
    figures: dict[str, str] = {}
    try:
        context = await browser.new_context(viewport=VIEWPORT)
        tab = Tab(await context.new_page())
        figures["first render"] = ms(await tab.open(url, marker(0)))
        times = await tab.walk(marker, steps)
        first, again = times[:7], times[7:]  # the first walk forward builds each screen
        figures["a step on the first walk, median / slowest"] = (
            f"{ms(statistics.median(first))} / {ms(max(first))}"
        )
        figures["a step to a screen seen before, median"] = ms(statistics.median(again))
        figures["a step to a screen seen before, 95th percentile"] = ms(p95(again))
        [pid] = children_of(server.pid)
        figures["memory per tab (RSS)"] = f"{rss_mb(pid):.0f} MB"
        await context.close()
        for count in tab_counts:
            contexts = [await browser.new_context(viewport=VIEWPORT) for _ in range(count)]
            tabs = [Tab(await c.new_page()) for c in contexts]
            for each in tabs:
                await each.open(url, marker(0))
            walks = await asyncio.gather(*(each.walk(marker, steps) for each in tabs))
            every = [t for walk in walks for t in walk]
            median, high = ms(statistics.median(every)), ms(p95(every))
            figures[f"{count} tab(s) walking at once, median / p95"] = f"{median} / {high}"
            for c in contexts:
                await c.close()
            await asyncio.to_thread(wait_until, lambda: not children_of(server.pid), 15)
    finally:
        server.terminate()
        await server.wait()
    return figures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=32)
    parser.add_argument("--tabs", default="1,5,10")
    parser.add_argument("--size", default="1024x1366", help="the page, in CSS pixels")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    VIEWPORT.update(width=width, height=height)
    from playwright.async_api import async_playwright

    from tests.browser.tabs import chromium_path

    load_before = os.getloadavg()

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox"]
        )
        counts = [int(n) for n in args.tabs.split(",")]
        results = {app: await measure(browser, app, args.steps, counts) for app in APPS}
        await browser.close()
    load = ", ".join(f"{a:.1f}/{b:.1f}" for a, b in zip(load_before, os.getloadavg(), strict=True))
    print(f"{os.cpu_count()} cores; load average (1, 5, 15 min) before/after: {load}\n")
    print(f"| figure ({args.steps} keys a tab, {args.size} page) | walkthrough | bare app |")
    print("| --- | --- | --- |")
    for figure in results["walkthrough"]:
        print(f"| {figure} | {results['walkthrough'][figure]} | {results['bare'][figure]} |")


APPS = ("walkthrough", "bare")
VIEWPORT = {"width": 1024, "height": 1366}  # an iPad's 12.9" screen upright: 113x65 cells

if __name__ == "__main__":
    asyncio.run(main())
