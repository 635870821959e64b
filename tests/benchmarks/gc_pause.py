"""Does pausing the garbage collector while starting pay? Start-up to the welcome screen on a
real pseudo-terminal, through `walkthrough.__main__.main` (the pause) and through
`walkthrough.cli.main` (the same start without it), alternating runs in one session.

    python tests/benchmarks/gc_pause.py [RUNS]     # 15 of each by default
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pty_screen import Terminal  # noqa: E402
from run import screenfuls  # noqa: E402

from walkthrough.content import bundled_content_dir, load_content  # noqa: E402

LAUNCH = (
    "import sys\n"
    "if sys.argv.pop(1) == 'pause':\n"
    "    from walkthrough.__main__ import main\n"
    "else:\n"
    "    from walkthrough.cli import main\n"
    "sys.exit(main())\n"
)
_content = load_content(bundled_content_dir())
WELCOME = screenfuls(_content.default)[0]


def start_once(mode: str) -> float:
    term = Terminal([sys.executable, "-c", LAUNCH, mode])
    try:
        return term.wait_for_text(WELCOME) - term.started
    finally:
        term.close()


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    start_once("pause")  # warm the caches (bytecode, checked copy); not counted
    times: dict[str, list[float]] = {"pause": [], "no-pause": []}
    for run in range(runs):
        order = ["pause", "no-pause"] if run % 2 == 0 else ["no-pause", "pause"]
        for mode in order:
            times[mode].append(start_once(mode))
        print(
            f"{run + 1}/{runs}: "
            + ", ".join(f"{m} {t[-1] * 1000:.0f} ms" for m, t in times.items()),
            file=sys.stderr,
        )
    for mode, values in times.items():
        ms = sorted(round(v * 1000) for v in values)
        print(f"{mode}: median {statistics.median(values) * 1000:.0f} ms, samples {ms}")
    saved = [off - on for on, off in zip(times["pause"], times["no-pause"], strict=True)]
    print(f"the pause saves (median of the pairs): {statistics.median(saved) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
