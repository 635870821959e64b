"""What each way around Textual's public API buys: the walkthrough with and without it.

    python tests/benchmarks/public_api.py [--presses 40] [--startup-runs 15]

Every variant runs as its own process on a real 24x80 pseudo-terminal (pty_screen), started
through this file with `--child VARIANT`, which turns the named parts off before the app starts:

* themes: the first theme set through the public `App.theme` (Textual's watcher restyles and
  reparses the stylesheet) instead of `walkthrough.themes.use_themes`;
* resume: `StepScreen.on_screen_resume` leaves `ScreenResume.refresh_styles` as Textual sets it;
* resize: no `StepScreen.on_resize` (a new screen's own Resize is laid out again);
* kept: no kept step screens (every step change builds a new screen);
* driver: Textual's stock `LinuxDriver` instead of `walkthrough.terminal_input`.

Start-up (process start -> welcome drawn) and step latency (Right -> the next step drawn, as
run.py times it) are measured for all variants in one session, interleaved press by press in a
rotating order, so each ratio compares runs made under the same load. Prints Markdown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))


def public_themes(target: Any, first: str) -> None:
    """Textual's own way to start an app in a theme of its own."""
    from walkthrough.themes import THEMES

    for each in THEMES:
        target.register_theme(each)
    target.theme = first


def without(parts: set[str]) -> None:
    """Turn off the named parts of the walkthrough (in this process, before it starts)."""
    from walkthrough import app
    from walkthrough.screens import KeptScreens
    from walkthrough.screens.base import StepScreen

    if "themes" in parts:
        app.use_themes = public_themes  # type: ignore[attr-defined]
    if "resume" in parts:
        from walkthrough.screens.base import set_size_classes

        def resume(self: StepScreen, event: object) -> None:  # only what Textual would not do
            set_size_classes(self, *self.app.size)

        StepScreen.on_screen_resume = resume  # type: ignore[assignment,method-assign]
    if "resize" in parts:
        del StepScreen.on_resize
    if "kept" in parts:
        keep = KeptScreens.screen_for

        def fresh(self: KeptScreens, *args: Any) -> Any:
            self.forget()
            return keep(self, *args)

        KeptScreens.screen_for = fresh  # type: ignore[method-assign]
    if "driver" in parts:
        from textual.drivers.linux_driver import LinuxDriver

        app.WalkthroughApp.get_driver_class = lambda self: LinuxDriver  # type: ignore


def child(variant: str, args: list[str]) -> int:
    from walkthrough.__main__ import main

    without(set(variant.split("+")) - {"all"})
    sys.argv = ["walkthrough", *args]
    return main()


def cpu_seconds(pid: int) -> float:
    """The CPU time a process has used, which the machine's load moves less than the time on
    the clock (counted in clock ticks: 10 ms here)."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def start_once(argv: list[str], shown: tuple[str, ...]) -> tuple[float, float]:
    """Seconds from the process's start to `shown` on its screen, on the clock and in CPU."""
    from pty_screen import Terminal

    term = Terminal(argv)
    try:
        return term.wait_for_text(shown) - term.started, cpu_seconds(term.child.pid)
    finally:
        term.close()


VARIANTS = ["all", "themes", "resume", "kept", "kept+resize", "driver"]
"""What is turned off in each run ("all": nothing, the walkthrough as it is)."""
STARTUP = ["all", "themes", "driver"]


def bench(presses: int, startup_runs: int, variants: list[str]) -> None:
    import statistics

    from pty_screen import Terminal
    from run import first_visits, p95, run_group, screenfuls, walk

    from walkthrough.content import bundled_content_dir, load_content

    def argv(variant: str) -> list[str]:
        return [sys.executable, __file__, "--child", variant]

    def line(name: str, values: list[float], base: list[float]) -> str:
        med, top = statistics.median(values), p95(values)
        ratio = f"{med / statistics.median(base):.2f}x | {top / p95(base):.2f}x"
        return f"| {name} | {med * 1000:.0f} ms | {top * 1000:.0f} ms | {ratio} |"

    header = "| without | median | p95 | median ratio | p95 ratio |\n|---|---|---|---|---|"
    content = load_content(bundled_content_dir())
    language = content.languages[content.clinic.default_language]
    screens = screenfuls(language)
    checklist = next(i for i, step in enumerate(language.steps) if step.kind == "checklist")
    groups = walk(screens, presses, checklist, len(language.checklist.questions))

    started = [name for name in STARTUP if name in variants]
    starts: dict[str, list[float]] = {name: [] for name in started}
    cpu: dict[str, list[float]] = {name: [] for name in started}
    for variant in started:  # not counted: fills the disk and bytecode caches
        start_once(argv(variant), screens[0])
    for run in range(startup_runs):
        for variant in started[run % len(started) :] + started[: run % len(started)]:
            clock, used = start_once(argv(variant), screens[0])
            starts[variant].append(clock)
            cpu[variant].append(used)
    for figures, what in ((starts, "on the clock"), (cpu, "CPU time")):
        if startup_runs:
            print(f"\nStart-up to the welcome screen drawn, {what} ({startup_runs} runs each):")
            print(f"\n{header}")
            for name in started:
                print(line(name, figures[name], figures["all"]))
    if not presses:
        return
    terms = {name: Terminal(argv(name)) for name in variants}
    steps: dict[str, list[float]] = {name: [] for name in variants}
    walk_cpu = dict.fromkeys(variants, 0.0)  # every press, timed or not
    try:
        for term in terms.values():
            term.wait_for_text(screens[0])
            term.settle(0.3)
        for press in range(presses):
            turn = press % len(variants)
            for name in variants[turn:] + variants[:turn]:
                began = cpu_seconds(terms[name].child.pid)
                steps[name].append(run_group(terms[name], groups[press]))
                walk_cpu[name] += cpu_seconds(terms[name].child.pid) - began
    finally:
        for term in terms.values():
            term.close()
    print(f"\nCPU time of the whole walk ({presses} timed presses and the others), without:\n")
    for name in variants:
        print(f"- {name}: {walk_cpu[name]:.2f} s, {walk_cpu[name] / walk_cpu['all']:.2f}x")
    first = first_visits(groups)
    print(f"\nStep latency, Right -> next step drawn ({presses} presses each):\n\n{header}")
    for name in variants:
        print(line(name, steps[name], steps["all"]))
    for label, wanted in (("first visits", True), ("returns to a step", False)):
        picked = {
            n: [v for v, f in zip(steps[n], first, strict=True) if f == wanted] for n in steps
        }
        if not picked["all"]:
            continue
        print(f"\n{label} only:\n\n{header}")
        for name in variants:
            print(line(name, picked[name], picked["all"]))
    if "kept" in steps and "kept+resize" in steps:
        print("\nkept+resize against kept (both build a new screen at every step):\n")
        print(header + "\n" + line("kept+resize", steps["kept+resize"], steps["kept"]))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(child(sys.argv[2], sys.argv[3:]))
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--startup-runs", type=int, default=15)
    parser.add_argument("--only", default=",".join(VARIANTS), help="variants, comma-separated")
    options = parser.parse_args()
    others = [name for name in options.only.split(",") if name and name != "all"]
    bench(options.presses, options.startup_runs, ["all", *others])
