"""Plain mode on the program's own stdin and stdout: it ends calmly when stdout goes away."""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO

from walkthrough.content.model import Content
from walkthrough.plain.console import EXIT_NO_OUTPUT
from walkthrough.plain.flow import run_plain

NO_OUTPUT = "walkthrough: cannot write to standard output (is it closed?)"


def run_plain_stdio(content: Content, language: str | None) -> int:
    """`run_plain` on sys.stdin and sys.stdout, for the command line; the exit code.

    A reader that goes away (`walkthrough --plain | head -1`) ends it silently with 141, an
    output that cannot be written (`walkthrough --plain >&-`) with 74 and one line on stderr;
    never with a traceback."""
    if sys.stdout is None:  # what Python makes of a stdout that was closed before it started
        code = EXIT_NO_OUTPUT
    else:
        # A closed stdin is input that has already ended: the first step, then goodbye.
        stdin = sys.stdin if sys.stdin is not None else io.StringIO()
        code = run_plain(content, language=language, stdin=stdin, stdout=sys.stdout)
        _settle(sys.stdout)
    if code == EXIT_NO_OUTPUT:
        _complain(NO_OUTPUT)
    return code


def _settle(stream: TextIO) -> None:
    """Leave nothing that Python's own flush of stdout at exit could fail to write.

    Lines still buffered for a reader that has gone would make the interpreter print
    "Exception ignored ... BrokenPipeError" on its way out. With the descriptor pointed at
    /dev/null that last flush succeeds and says nothing (the recipe in Python's `signal` docs)."""
    try:
        stream.flush()
    except (OSError, ValueError):
        try:
            fd = stream.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, fd)
            if devnull != fd:
                os.close(devnull)
        except (OSError, ValueError):
            pass  # closed for good: the exit flush has nothing to write to, and stays quiet


def _complain(message: str) -> None:
    if sys.stderr is None:
        return
    try:
        print(message, file=sys.stderr)
    except (OSError, ValueError):
        pass  # stderr is gone too; the exit code still says what happened
