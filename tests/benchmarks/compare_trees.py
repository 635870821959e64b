"""Two checkouts of the walkthrough side by side: start-up, first walks and returns, alternating
in one run, for a note's "before and after" on the same machine in the same session.

    git worktree add /tmp/before <commit> && git worktree add /tmp/after <commit>
    python tests/benchmarks/compare_trees.py /tmp/before /tmp/after  [--runs 11] [--walks 4]

Put both in worktrees alike: the repository's own checkout measured about 3% slower than an
identical worktree of the same commit (in both orders), which would pass for a change. Each
tree is walked through its own content, read by its own code (older content may not pass
today's checks).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import walks  # noqa: E402
from run import OURS, SIZE, Screenful, log, ms, p95  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--runs", type=int, default=11, help="start-ups of each")
    parser.add_argument("--walks", type=int, default=4, help="fresh walks of each")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    shown = {name: walked_screens(root) for name, root in trees.items()}  # each tree's own text
    starts: dict[str, list[float]] = {name: [] for name in trees}
    walked = {name: walks.Walks() for name in trees}
    for name, root in trees.items():  # warm each tree's bytecode; not counted
        walks.start_until(OURS, shown[name][0][0], SIZE, root)
    order = list(trees.items())
    for run in range(args.runs):
        for name, root in order if run % 2 == 0 else reversed(order):
            starts[name].append(walks.start_until(OURS, shown[name][0][0], SIZE, root))
    log("start-ups done")
    for run in range(args.walks):
        for name, root in order if run % 2 == 0 else reversed(order):
            screens, checklist, questions, yes = shown[name]
            walks.one_walk(OURS, screens, SIZE, walked[name], checklist, questions, root, yes)
        log(f"walk {run + 1}/{args.walks} done")
    print("| figure | before | after | after / before |\n|---|---|---|---|")
    for figure, get in [
        ("start-up to the welcome screen drawn, median", lambda n: statistics.median(starts[n])),
        ("a step forward on the first walk, median", lambda n: statistics.median(walked[n].first)),
        ("a step forward on the first walk, 95th percentile", lambda n: p95(walked[n].first)),
        ("a step to a screen seen before, median", lambda n: statistics.median(walked[n].returns)),
        ("a step to a screen seen before, 95th percentile", lambda n: p95(walked[n].returns)),
    ]:
        before, after = get("before"), get("after")
        print(f"| {figure} | {ms(before)} | {ms(after)} | {after / before:.2f}x |")
    return 0


# Run in each tree by its own code: a tree's content and models may differ from this one's.
SCREENS = """
import json, sys
sys.path.insert(0, "tests/benchmarks")
import run
from walkthrough.content import bundled_content_dir, load_content
language = load_content(bundled_content_dir()).languages["en"]
kinds = [step.kind for step in language.steps]
questions = len(language.checklist.questions)
try:
    from walkthrough.keys import ANSWER_DIGITS
    yes = ANSWER_DIGITS["yes"]
except ImportError:  # 1.0.0 and before: Y for Yes
    yes = "y"
print(json.dumps([run.screenfuls(language), kinds.index("checklist"), questions, yes]))
"""


def walked_screens(root: Path) -> tuple[list[Screenful], int, int, str]:
    """A tree's own English screens (see run.screenfuls), where its checklist is, its number
    of questions, and its key for Yes."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    found = subprocess.run(
        [sys.executable, "-c", SCREENS], cwd=root, env=env, capture_output=True, check=True
    )
    screens, checklist, questions, yes = json.loads(found.stdout)
    return [tuple(screen) for screen in screens], checklist, questions, yes


if __name__ == "__main__":
    sys.exit(main())
