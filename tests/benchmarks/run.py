"""Run every benchmark and print a Markdown table (and write it to tests/benchmarks/RESULTS.md).

    python tests/benchmarks/run.py                          # everything, ~15 minutes
    python tests/benchmarks/run.py --only startup,latency   # of: startup, latency, plain, idle,
                                                            #     content, soak
    python tests/benchmarks/run.py --no-write               # print only (as does --only)

Figures (ours beside a bare Textual app, tests/benchmarks/bare_app.py, measured in the same
run and interleaved, so that the ratio is fair on a noisy shared machine; medians and 95th
percentiles), on a real 30x100 pseudo-terminal (pexpect) whose output pyte renders; a screen
is timed from when the output that drew it arrived, not from when pyte (far slower than a
terminal) has rendered it (tests/benchmarks/pty_screen.py):

* start-up: process start -> the welcome screen drawn. Target: at most 1.10x the bare app.
* latency (tests/benchmarks/walks.py): fresh processes walk the guide at a patient's pace (a
  key, the screen drawn, at least 150 ms, the next key). A step forward on the first walk, to
  a screen never built before, is reported apart from a step to a screen seen before.
  Targets: first-walk median and 95th percentile at or below the bare app's.
* plain: `--plain` start-up to its first question, beside the full screen's. Target: at most
  half.
* idle: CPU an untouched kiosk uses over a minute, beside the bare app. Target: under 1%.
* content: load and validate every language (time and tracemalloc peak). No target.
* soak: resident memory of the kiosk app under Pilot, after a warm-up (200 steps) and after
  many step changes and new-patient resets. Target: under 5 MB growth after 5,000 step changes
  and 200 resets. That takes about an hour on the 2-core machine this was written on (a step
  costs ~0.4 s of CPU there), so the default is a quick 500 + 20; the full one is
  `--only soak --soak-steps 5000 --soak-resets 200`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import textual  # noqa: E402
import walks  # noqa: E402
from bare_app import screenful as bare_screenful  # noqa: E402
from pty_screen import LEFT, RIGHT, Terminal, child_env  # noqa: E402

from walkthrough.content import bundled_content_dir, load_content  # noqa: E402
from walkthrough.content.model import (  # noqa: E402
    ChecklistStep,
    FaqStep,
    InfoStep,
    Language,
    SummaryStep,
    WelcomeStep,
)
from walkthrough.widgets.body import NOT_PICKED  # noqa: E402
from walkthrough.widgets.text import parse_prose, plain_blocks  # noqa: E402
from walkthrough.wording import answer_keys  # noqa: E402

OURS = [sys.executable, "-m", "walkthrough"]
BARE = [sys.executable, str(HERE / "bare_app.py")]
RESULTS = HERE / "RESULTS.md"
ALL = ("startup", "latency", "plain", "idle", "content", "soak")
SIZE = (30, 100)
"""Rows and columns of the pseudo-terminal, as a patient's window might be."""
PLAIN_FIRST = "1 = English"
"""The last line plain mode writes before it waits for the patient's first answer."""
COMMAND = "python tests/benchmarks/run.py"


# Helpers ------------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def mb(nbytes: float) -> str:
    return f"{nbytes / 2**20:+.2f} MB" if nbytes < 0 else f"{nbytes / 2**20:.2f} MB"


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Row:
    figure: str
    ours: str
    bare: str = "—"
    ratio: str = "—"
    target: str = "—"
    met: str = "—"


def ratio_row(figure: str, ours: float, bare: float, limit: float) -> Row:
    ratio = ours / bare
    return Row(figure, ms(ours), ms(bare), f"{ratio:.2f}x", f"≤ {limit}x bare", yes(ratio <= limit))


def yes(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# Machine ------------------------------------------------------------------------------------


def machine() -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return [
        f"- platform: {platform.platform()}",
        f"- CPU: {cpu}; {os.cpu_count()} cores; load average at start {load}",
        f"- Python {platform.python_version()} ({sys.executable}); Textual {textual.__version__}",
    ]


# Start-up -----------------------------------------------------------------------------------


def start_once(argv: list[str], text: Screenful) -> float:
    return walks.start_until(argv, text, SIZE)


def bench_startup(runs: int, welcome: Screenful) -> tuple[list[float], list[float]]:
    start_once(OURS, welcome)  # warm the disk cache and the bytecode cache; not counted
    start_once(BARE, bare_screenful(0))
    ours: list[float] = []
    bare: list[float] = []
    for run in range(runs):
        pair = [(OURS, welcome, ours), (BARE, bare_screenful(0), bare)]
        for argv, text, into in pair if run % 2 == 0 else reversed(pair):
            into.append(start_once(argv, text))
        log(f"  start-up {run + 1}/{runs}: ours {ms(ours[-1])}, bare {ms(bare[-1])}")
    return ours, bare


# Step latency -------------------------------------------------------------------------------

Screenful = tuple[str, ...]
"""What shows that a whole screen is drawn: its title first, then text from its end."""
Action = tuple[str, "Screenful | None", "str | None"]
"""A key, what must then be shown (None: just let it settle), and the title that must be gone."""


def screenfuls(language: Language) -> list[Screenful]:
    """For each step: its title and words from its body (drawn after the title, lower down),
    so a step counts as shown only once its body is on the screen too."""
    marks: list[Screenful] = []
    for step in language.steps:
        if isinstance(step, WelcomeStep):
            body = step.language_prompt
        elif isinstance(step, InfoStep):
            body = plain_blocks(parse_prose(step.body)).splitlines()[0]
        elif isinstance(step, FaqStep):
            body = step.items[0].question
        elif isinstance(step, ChecklistStep):  # on every question, however far it is scrolled
            body = f"{NOT_PICKED} {answer_keys(language.ui)[-1].face}"  # "( ) 3 Not sure"
        else:  # the summary, reached with every question answered Yes
            assert isinstance(step, SummaryStep)
            body = step.flagged_heading
        marks.append((step.title, body[:24]))
    return marks


def walk(
    screens: list[Screenful], presses: int, checklist: int | None = None, questions: int = 0
) -> list[list[Action]]:
    """Groups of key presses, each ending with one timed Right: forward to the last step, then
    back to the first (untimed Lefts, in the next group), as many times as needed. On the
    first arrival at the checklist, Y answers every question so Right can go on."""
    groups: list[list[Action]] = []
    pending: list[Action] = []
    index, answered = 0, checklist is None
    while len(groups) < presses:
        while index < len(screens) - 1 and len(groups) < presses:
            if index == checklist and not answered:
                pending += [("1", None, None)] * questions
                answered = True
            pending.append((RIGHT, screens[index + 1], screens[index][0]))
            groups.append(pending)
            pending = []
            index += 1
        while index > 0:
            pending.append((LEFT, screens[index - 1], screens[index][0]))
            index -= 1
    return groups


def first_visits(groups: list[list[Action]]) -> list[bool]:
    """For each timed press: whether it is the first time the walk reaches that step."""
    seen: set[Screenful | None] = set()
    flags = []
    for group in groups:
        destination = group[-1][1]
        flags.append(destination not in seen)
        seen.add(destination)
    return flags


def run_group(term: Terminal, group: list[Action]) -> float:
    """Play the group; returns the latency of its last (timed) key."""
    latency = 0.0
    for key, shown, gone in group:
        sent = term.send(key)
        if shown is not None:
            latency = term.wait_for_text(shown, gone, timeout=30) - sent
        term.settle()
    return latency


# Content and soak (each in its own process) ---------------------------------------------------


def run_json(script: str, *args: str, timeout: float = 900) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# Main ---------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default=",".join(ALL))
    parser.add_argument(
        "--startup-runs",
        type=int,
        default=41,
        help="starts of each app, alternating (on a shared 2-core machine, seven medians of 21 "
        "gave ratios from 0.97x to 1.09x in one day: the default takes more)",
    )
    parser.add_argument(
        "--walks", type=int, default=5, help="fresh walks through the guide, each app"
    )
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--content-runs", type=int, default=10)
    parser.add_argument(
        "--soak-steps",
        type=int,
        default=500,
        help="step changes in the soak (5000 for the full figure: ~1 hour here)",
    )
    parser.add_argument(
        "--soak-resets",
        type=int,
        default=20,
        help="new-patient resets, spread over the steps (200 with 5000 steps)",
    )
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    only = set(args.only.split(","))

    content = load_content(bundled_content_dir())
    language = content.languages[content.clinic.default_language]
    screens = screenfuls(language)
    checklist = next(i for i, step in enumerate(language.steps) if step.kind == "checklist")
    questions = len(language.checklist.questions)

    info = machine()
    for line in info:
        log(line)
    rows: list[Row] = []
    notes: list[str] = []
    began = time.perf_counter()

    if "startup" in only:
        log(f"start-up, {args.startup_runs} runs each ...")
        ours, bare = bench_startup(args.startup_runs, screens[0])
        rows.append(
            ratio_row(
                "start-up to welcome screen drawn (median)",
                statistics.median(ours),
                statistics.median(bare),
                1.1,
            )
        )
        notes.append(
            f"start-up samples (ms): ours {[round(x * 1000) for x in ours]}, "
            f"bare {[round(x * 1000) for x in bare]}"
        )

    if "latency" in only:
        log(f"first walks, {args.walks} fresh processes each, at a patient's pace ...")
        ours_walks, bare_walks = walks.Walks(), walks.Walks()
        bare_screens = [bare_screenful(i) for i in range(len(screens))]
        for run in range(args.walks):
            pair = [(OURS, screens, ours_walks, checklist), (BARE, bare_screens, bare_walks, None)]
            for argv, marks, into, at in pair if run % 2 == 0 else reversed(pair):
                walks.one_walk(argv, marks, SIZE, into, at, questions)
            log(
                f"  walk {run + 1}/{args.walks}: first visits ours median "
                f"{ms(statistics.median(ours_walks.first))}, bare "
                f"{ms(statistics.median(bare_walks.first))}"
            )
        for label, ours, bare in [
            ("a step forward on the first walk (fresh screen)", ours_walks.first, bare_walks.first),
            (
                "a step back or forward to a screen seen before",
                ours_walks.returns,
                bare_walks.returns,
            ),
        ]:
            rows.append(
                ratio_row(f"{label}, median", statistics.median(ours), statistics.median(bare), 1.0)
            )
            rows.append(ratio_row(f"{label}, 95th percentile", p95(ours), p95(bare), 1.0))
        notes.append(
            f"walks: {len(ours_walks.first)} first visits and {len(ours_walks.returns)} returns "
            f"each, keys at least {walks.PACE * 1000:.0f} ms after the screen was drawn; "
            "the bare app builds a new screen on every step, so its two rows measure the same "
            "thing"
        )

    if "plain" in only:
        log(f"plain-mode start-up, {args.startup_runs} runs each ...")
        plain_times: list[float] = []
        full_times: list[float] = []
        for run in range(args.startup_runs):
            pair = [([*OURS, "--plain"], PLAIN_FIRST, plain_times), (OURS, screens[0], full_times)]
            for argv, shown, into in pair if run % 2 == 0 else reversed(pair):
                into.append(walks.start_until(argv, shown, SIZE))
        rows.append(
            Row(
                "plain mode (--plain): start-up to the first screen of text (median)",
                ms(statistics.median(plain_times)),
                f"{ms(statistics.median(full_times))} (full screen)",
                f"{statistics.median(plain_times) / statistics.median(full_times):.2f}x",
                "≤ 0.5x full screen",
                yes(statistics.median(plain_times) <= 0.5 * statistics.median(full_times)),
            )
        )

    if "idle" in only:
        log(f"idle CPU, an untouched kiosk beside the bare app, {args.idle_seconds:g} s ...")
        idle = walks.idle_cpu(
            {"ours": (walks.kiosk_argv(OURS), screens[0]), "bare": (BARE, bare_screenful(0))},
            args.idle_seconds,
            SIZE,
        )
        rows.append(
            Row(
                f"an untouched kiosk: CPU over {args.idle_seconds:g} s (% of one core)",
                f"{idle['ours']:.2f}%",
                f"{idle['bare']:.2f}%",
                "—",
                "< 1%",
                yes(idle["ours"] < 1.0),
            )
        )

    if "content" in only:
        log(f"content, {args.content_runs} loads ...")
        result = run_json("content_bench.py", "--runs", str(args.content_runs))
        rows.append(
            Row(
                f"content: load + validate {len(result['languages'])} languages (median)",
                ms(result["median_s"]),
            )
        )
        rows.append(Row("content: peak memory (tracemalloc)", mb(result["peak_bytes"])))
        notes.append(
            f"content: first load in a fresh process (with lazy imports) {ms(result['first_s'])}"
        )

    if "soak" in only:
        log(f"soak, {args.soak_steps} step changes and {args.soak_resets} resets, ours, then bare")
        soak_args = ("--steps", str(args.soak_steps), "--resets", str(args.soak_resets))
        ours_soak = run_json("soak.py", *soak_args, timeout=3600)
        bare_soak = run_json("soak.py", "--bare", *soak_args, timeout=3600)
        growth, bare_growth = ours_soak["growth_bytes"], bare_soak["growth_bytes"]
        steps = int(ours_soak["steps"])
        # The target is for 5,000 step changes and 200 resets. A shorter run is held to the same
        # 5 MB (growth comes early, while caches fill, so scaling it up would overstate it).
        target = "< 5 MB" if steps >= 5000 else "< 5 MB (set for 5,000 steps)"
        rows.append(
            Row(
                f"soak: RSS growth after {steps} steps + {ours_soak['resets']} resets",
                mb(growth),
                mb(bare_growth),
                "—",
                target,
                yes(growth < 5 * 2**20),
            )
        )
        rows.append(
            Row(
                "soak: RSS growth per 1,000 step changes",
                mb(ours_soak["per_1000_bytes"]),
                mb(bare_soak["per_1000_bytes"]),
            )
        )
        rows.append(
            Row(
                "soak: RSS at start → after warm-up → end",
                f"{mb(ours_soak['rss_start'])} → {mb(ours_soak['rss_warm'])} → "
                f"{mb(ours_soak['rss_end'])}",
                f"{mb(bare_soak['rss_start'])} → {mb(bare_soak['rss_warm'])} → "
                f"{mb(bare_soak['rss_end'])}",
            )
        )
        notes.append(
            f"soak, ours: {ours_soak['seconds']:.0f} s, {ours_soak['keys']} real key presses; "
            f"RSS checkpoints (MB) {[round(x / 2**20, 2) for x in ours_soak['checkpoints']]}; "
            f"live step screens at the end {ours_soak['live_screens']}"
        )
        notes.append(
            f"soak, bare: {bare_soak['seconds']:.0f} s; RSS checkpoints (MB) "
            f"{[round(x / 2**20, 2) for x in bare_soak['checkpoints']]}"
        )

    header = "| figure | ours | bare app | ratio | target | met? |\n|---|---|---|---|---|---|"
    table = "\n".join(
        [header]
        + [f"| {r.figure} | {r.ours} | {r.bare} | {r.ratio} | {r.target} | {r.met} |" for r in rows]
    )
    print()
    print("\n".join(info))
    print()
    print(table)
    print()
    for note in notes:
        print(f"- {note}")
    log(f"(took {time.perf_counter() - began:.0f} s)")
    if args.no_write:
        pass
    elif only >= set(ALL):
        write_results(info, table, notes)
    else:
        log("(a partial run: RESULTS.md is left as it is)")
    return 0


KEEP = "<!-- Everything below this line is kept when run.py rewrites the file. -->"


def write_results(info: list[str], table: str, notes: list[str]) -> None:
    """Rewrite RESULTS.md with this run's figures, keeping the hand-written part below KEEP."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = old[old.index(KEEP) :] if KEEP in old else KEEP + "\n"
    RESULTS.write_text(
        "# Benchmark results\n\n"
        "How to run (from the repository root; takes several minutes, most of it the soak):\n\n"
        f"    {COMMAND}\n\n"
        "A full run rewrites this file down to the notes at the end. Options: `--no-write`, "
        "`--only startup,latency,plain,idle,content,soak` (prints only), "
        "`--walks N`, `--idle-seconds S`, `--startup-runs N`, `--soak-steps N`, "
        "`--soak-resets N`.\n\n"
        "Ours and the bare Textual app (tests/benchmarks/bare_app.py) are measured in the same "
        "run, interleaved, on a real 30x100 pseudo-terminal whose output pyte renders; a "
        'screen is timed from when the output that drew it arrived (see \'How "drawn" is '
        "decided'); figures are medians.\n\n"
        f"Run on {time.strftime('%Y-%m-%d %H:%M')}:\n\n"
        + "\n".join(info)
        + "\n\n"
        + table
        + "\n\n"
        + "\n".join(f"- {n}" for n in notes)
        + "\n\n"
        + kept,
        encoding="utf-8",
    )


if __name__ == "__main__":
    sys.exit(main())
