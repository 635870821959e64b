"""Profile step changes in the real app, on a pseudo-terminal, with pyinstrument.

    pip install pyinstrument
    python tests/benchmarks/profile_steps.py [--cycles 5] [--out /tmp/walkthrough-steps.txt]

Starts `python -m walkthrough` under pyinstrument on a 24x80 pty, walks Right from the welcome
step to the common questions and Left back again, `--cycles` times (no answers are given, so
Ctrl+Q then ends it at once), and writes pyinstrument's text report (start-up included).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import pexpect  # noqa: E402
from pty_screen import LEFT, RIGHT, Terminal  # noqa: E402

from walkthrough.content import bundled_content_dir, load_content  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("/tmp/walkthrough-steps.txt"))
    args = parser.parse_args()
    content = load_content(bundled_content_dir())
    steps = content.languages[content.clinic.default_language].steps
    titles = [step.title for step in steps]
    faq = next(index for index, step in enumerate(steps) if step.kind == "faq")
    profiler = ["-m", "pyinstrument", "-i", "0.0005", "-r", "text", "--show-all"]
    term = Terminal([sys.executable, *profiler, "-o", str(args.out), "-m", "walkthrough"])
    try:
        term.wait_for_text(titles[0])
        term.settle(0.5)
        for _ in range(args.cycles):
            for index in range(faq):
                term.send(RIGHT)
                term.wait_for_text(titles[index + 1], titles[index])
                term.settle()
            for index in range(faq, 0, -1):
                term.send(LEFT)
                term.wait_for_text(titles[index - 1], titles[index])
                term.settle()
        term.send("\x11")  # Ctrl+Q: no answers, so it quits at once
        term.child.expect(pexpect.EOF, timeout=120)
    finally:
        term.close()
    print(f"profile written to {args.out}")


if __name__ == "__main__":
    main()
