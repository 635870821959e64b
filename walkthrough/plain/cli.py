"""Command-line entry for plain mode, and the test for when a terminal cannot show the full-screen app."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from walkthrough.content.loader import bundled_content_dir, load_content
from walkthrough.content.problems import ContentError
from walkthrough.plain.flow import run_plain

EXIT_CONTENT_ERROR = 1
EXIT_USAGE = 2


def wants_plain(stdout: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """True when the full-screen app cannot work here: TERM=dumb, or output is not a terminal."""
    if environ.get("TERM", "") == "dumb":
        return True
    try:
        return not stdout.isatty()
    except (AttributeError, ValueError):
        return True


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="walkthrough --plain", description="Plain-text walkthrough.")
    parser.add_argument("--content", type=Path, default=None, help="content folder to use")
    parser.add_argument("--lang", default=None, help="language code to start in, e.g. en")
    # Accepted so the main command line can pass its arguments through unchanged.
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    return parser


def _forgiving_streams() -> None:
    """Odd bytes in, or characters the terminal cannot encode out, become '?' rather than errors."""
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


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
    _forgiving_streams()
    return run_plain(content, language=args.lang, stdin=sys.stdin, stdout=sys.stdout)
