"""Plain-text walkthrough for screen-reader and braille users: numbered choices, no drawing."""

from __future__ import annotations

import io
import sys
from typing import TextIO

from walkthrough.content.model import Content
from walkthrough.plain.console import EXIT_NO_OUTPUT, EndOfInput, OutputGone, settle
from walkthrough.plain.conversation import Conversation, Move, QuitConfirmed
from walkthrough.plain.steps import show_step
from walkthrough.session import Session

EXIT_OK, EXIT_INTERRUPTED = 0, 130
NO_OUTPUT = "walkthrough: cannot write to standard output (is it closed?)"


def run_plain(
    content: Content,
    *,
    language: str | None,
    stdin: TextIO,
    stdout: TextIO,
    session: Session | None = None,
) -> int:
    """Run the visit as plain lines until the patient quits or a stream ends; the exit code."""
    # An unknown `language` keeps the clinic's default rather than stopping a patient.
    session = session if session is not None else Session(content)
    if language in content.languages:
        session.set_language(language)
    talk = Conversation(session, stdin, stdout)
    try:
        try:
            arrived_back = False
            while True:
                arrived_back = show_step(talk, arrived_back) is Move.BACKWARD
        except (EndOfInput, QuitConfirmed):
            code = EXIT_OK
        except KeyboardInterrupt:
            code = EXIT_INTERRUPTED
        talk.say("", talk.ui.goodbye)
        talk.flush()
    except OutputGone as gone:
        return gone.exit_code  # no one is reading, so no goodbye either
    return code


def run_plain_stdio(content: Content, language: str | None) -> int:
    """`run_plain` on stdin and stdout; a stream's end gives an exit code, never a traceback."""
    if sys.stdout is None:  # what Python makes of a stdout that was closed before it started
        code = EXIT_NO_OUTPUT
    else:
        # A closed stdin is input that has already ended: the first step, then goodbye.
        stdin = sys.stdin if sys.stdin is not None else io.StringIO()
        code = run_plain(content, language=language, stdin=stdin, stdout=sys.stdout)
        settle(sys.stdout)
    if code == EXIT_NO_OUTPUT and sys.stderr is not None:
        try:
            print(NO_OUTPUT, file=sys.stderr)
        except (OSError, ValueError):
            pass  # stderr is gone too; the exit code still says what happened
    return code
