"""Soak figure: resident memory of the kiosk app under Pilot, after a warm-up and then after many
step changes and new-patient resets. Run by run.py in its own process; prints JSON.

    python tests/benchmarks/soak.py [--steps 5000] [--resets 200] [--bare]

Most step changes drive the app's own methods (session.go_next()/go_back(), then show_step(),
then `await pilot.pause()`), because a real key press through Pilot costs several times more;
every KEY_EVERY-th change is a real key press (Right or Left), and the checklist is answered
with real Y presses after every other reset. Resets are the kiosk's public new-patient reset
(KioskMode.new_patient). With --bare, the bare app (bare_app.py) switches screens the same
number of times, for comparison: any growth Textual itself shows.

The warm-up is two dozen patients (a reset every WARM_UP_RESET_EVERY steps), because Textual
8.2.8 keeps the style caches of the last 1,024 widgets it drew, even after they are removed
(`functools.lru_cache(1024)` on `StylesCache.get_inner_outer`, which holds each widget's
StylesCache and its rendered lines). Every patient brings new screens, so memory rises for the
first few patients and then stays level; growth measured after that would show a real leak.
The RSS at the very start is reported too, so the rise during the warm-up is visible.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from textual.pilot import Pilot  # noqa: E402
from textual.screen import Screen  # noqa: E402

from tests.support.memory import live  # noqa: E402

WARM_UP_STEPS = int(__import__("os").environ.get("SOAK_WARM_UP", "400"))
"""Two dozen patients: a screen builds only what it shows (answers when opened, lines when
flagged), so it takes that many patients to fill Textual's cache of 1,024 widgets."""
WARM_UP_RESET_EVERY = 16  # one walk to the summary and back per patient
KEY_EVERY = 10
CHECK_EVERY = int(__import__("os").environ.get("SOAK_CHECK_EVERY", "1000"))
LONG = 86_000.0  # seconds: no idle warning or reset fires unless the soak asks for one


def rss_bytes() -> int:
    """VmRSS of this process, after a full garbage collection."""
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


class OursDriver:
    def __init__(self) -> None:
        from walkthrough.content import bundled_content_dir, load_content
        from walkthrough.kiosk.app import KioskApp
        from walkthrough.settings import Settings

        self.app = KioskApp(
            load_content(bundled_content_dir()),
            Settings(idle_timeout=LONG, idle_warning=LONG, summary_reset=LONG),
        )
        self.forward = True
        self.keys = 0
        self.resets = 0

    async def step(self, pilot: Pilot[None], number: int) -> None:
        from walkthrough.session import Answer

        app, session = self.app, self.app.session
        if session.is_last:
            self.forward = False
        elif session.is_first:
            self.forward = True
        if self.forward and session.step.kind == "checklist" and session.unanswered():
            if self.resets % 2 == 0:  # answer with real keys: Y moves on to the next question
                for _ in session.unanswered():
                    await pilot.press("1")
                    self.keys += 1
            for item in session.unanswered():  # (and directly, if a key did not land)
                session.answer(item.id, Answer.UNSURE)
        before = session.step_index
        if number % KEY_EVERY == 0:
            await pilot.press("right" if self.forward else "left")
            self.keys += 1
        else:
            (session.go_next if self.forward else session.go_back)()
            app.show_step()
            await pilot.pause()
        if session.step_index == before:
            raise RuntimeError(f"step {number}: no step change from {before}")

    async def reset(self, pilot: Pilot[None]) -> None:
        self.app.new_patient("soak")
        self.resets += 1
        await pilot.pause()
        if self.app.session.step_index != 0 or self.app.session.answers:
            raise RuntimeError("a reset did not bring back the welcome screen")

    def live_screens(self) -> int:
        from walkthrough.screens.base import StepScreen

        return live(StepScreen)


class BareDriver:
    def __init__(self) -> None:
        from bare_app import BareApp

        self.app = BareApp()
        self.forward = True
        self.keys = 0

    async def step(self, pilot: Pilot[None], number: int) -> None:
        if self.app.index >= 8:
            self.forward = False
        elif self.app.index <= 0:
            self.forward = True
        if number % KEY_EVERY == 0:
            await pilot.press("right" if self.forward else "left")
            self.keys += 1
        else:
            self.app.action_step(1 if self.forward else -1)
            await pilot.pause()

    async def reset(self, pilot: Pilot[None]) -> None:
        self.app.action_step(-self.app.index)
        await pilot.pause()

    def live_screens(self) -> int:
        from bare_app import BareScreen

        return live(BareScreen)


async def soak(bare: bool, steps: int, resets: int) -> dict[str, object]:
    driver = BareDriver() if bare else OursDriver()
    started = time.perf_counter()
    async with driver.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rss_start = rss_bytes()
        for number in range(1, WARM_UP_STEPS + 1):
            await driver.step(pilot, number)
            if number % WARM_UP_RESET_EVERY == 0:
                await driver.reset(pilot)
        await driver.reset(pilot)
        rss_warm = rss_bytes()
        checkpoints = [rss_warm]
        reset_every = max(1, steps // resets) if resets else 0
        done = 0
        for number in range(1, steps + 1):
            await driver.step(pilot, number)
            if reset_every and number % reset_every == 0 and done < resets:
                await driver.reset(pilot)
                done += 1
            if number % CHECK_EVERY == 0:
                checkpoints.append(rss_bytes())
        while done < resets:
            await driver.reset(pilot)
            done += 1
        rss_end = rss_bytes()
        if checkpoints[-1] != rss_end:
            checkpoints.append(rss_end)
        live_screens = driver.live_screens()
        all_screens = live(Screen)
    growth = rss_end - rss_warm
    return {
        "app": "bare" if bare else "ours",
        "steps": steps,
        "resets": done,
        "keys": driver.keys,
        "rss_start": rss_start,
        "rss_warm": rss_warm,
        "rss_end": rss_end,
        "growth_bytes": growth,
        "per_1000_bytes": growth / steps * 1000 if steps else 0.0,
        "checkpoints": checkpoints,
        "live_screens": live_screens,
        "all_screens": all_screens,
        "seconds": time.perf_counter() - started,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--resets", type=int, default=200)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(soak(args.bare, args.steps, args.resets))))


if __name__ == "__main__":
    main()
