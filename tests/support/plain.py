"""`main_plain`: plain mode straight from argv, for tests and scripts (no Textual imported)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from walkthrough.content import ContentError, bundled_content_dir, load_content
from walkthrough.plain import run_plain_stdio

EXIT_CONTENT_ERROR = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walkthrough --plain", description="Plain-text walkthrough."
    )
    parser.add_argument("--content", type=Path, default=None, help="content folder to use")
    parser.add_argument("--lang", default=None, help="language code to start in, e.g. en")
    # Accepted so the main command line can pass its arguments through unchanged.
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    return parser


def main_plain(argv: Sequence[str]) -> int:
    """Load the content and run plain mode on stdin/stdout; 1 on a content error, 2 on bad usage."""
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    root: Path = args.content or bundled_content_dir()
    try:
        content = load_content(root)
    except ContentError as error:
        print(str(error), file=sys.stderr)
        return EXIT_CONTENT_ERROR
    if args.lang is not None and args.lang not in content.languages:
        offered = ", ".join(content.languages)
        print(f"unknown language '{args.lang}'; this content offers: {offered}", file=sys.stderr)
        return EXIT_USAGE
    return run_plain_stdio(content, args.lang)
