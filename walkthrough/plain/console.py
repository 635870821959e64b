"""The two streams: safe lines out, one bounded line in as a command, and how each can end."""

from __future__ import annotations

import io
import os
import unicodedata
from typing import TextIO

from walkthrough.safe_text import printable

MAX_LINE = 1024  # longer input lines are read to their end and thrown away, not a command
MAX_BAD_READS = 3  # unreadable input this many times in a row ends the input, not a loop
EXIT_BROKEN_PIPE = 141  # the reader went away (`| head`): 128 + SIGPIPE, as a shell says it
EXIT_NO_OUTPUT = 74  # the output cannot be written at all (closed, not writable): EX_IOERR
NOT_A_COMMAND = "\x00"  # matches no choice: a line too long, unreadable, or only control codes


class EndOfInput(Exception):
    """The input ended (Ctrl-D, a closed pipe, or a stream that cannot be read any more)."""


class OutputGone(Exception):
    """The output cannot be written any more; `exit_code` says how the session ends."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.exit_code = EXIT_BROKEN_PIPE if isinstance(error, BrokenPipeError) else EXIT_NO_OUTPUT


def safe_output(text: str) -> str:
    """What may be printed (walkthrough.safe_text); a tab is one space, whatever the reader."""
    return printable(text.replace("\t", " "))


def command(raw: str) -> str:
    """What the patient typed: '' for Enter, full-width '１' and '？' as '1' and '?'."""
    if not raw.strip():
        return ""
    # NFKC maps the full-width forms that Chinese and Japanese input methods type to plain ones.
    text = unicodedata.normalize("NFKC", raw)
    # Only control codes (a stray arrow key, NUL) is not Enter: it must not move on.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    return text.strip().casefold() or NOT_A_COMMAND


def number_choice(command: str, count: int) -> int | None:
    """The 0-based index for a typed number from 1 to `count`, or None."""
    if not (command.isascii() and command.isdigit()) or len(command) > 4:
        return None
    number = int(command)
    return number - 1 if 1 <= number <= count else None


class Console:
    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._bad_reads = 0
        for stream in (stdin, stdout):
            # Replacement marks: a decoding error would throw away a whole chunk of typing.
            if isinstance(stream, io.TextIOWrapper):
                try:
                    stream.reconfigure(errors="replace")
                except (OSError, ValueError):
                    pass  # closed or detached: reading or writing will end the session calmly

    def say(self, *lines: str) -> None:
        """Each line, made safe; "" for a blank line."""
        try:
            self._stdout.write("".join(safe_output(line) + "\n" for line in lines))
        except (OSError, ValueError) as error:  # ValueError: the stream was closed
            raise OutputGone(error) from None

    def ask(self) -> str:
        """The next command typed ('' for a bare Enter); raises EndOfInput when input has ended."""
        self.flush()
        try:
            line = self._stdin.readline(MAX_LINE)
        except UnicodeDecodeError:
            self._bad_reads += 1
            if self._bad_reads >= MAX_BAD_READS:
                raise EndOfInput from None
            return NOT_A_COMMAND
        except (OSError, ValueError):
            raise EndOfInput from None
        if line == "":
            raise EndOfInput
        self._bad_reads = 0
        if len(line) >= MAX_LINE and not line.endswith("\n"):
            # The rest is read in bounded pieces, so a huge pasted line never sits in memory whole.
            try:
                while (piece := self._stdin.readline(MAX_LINE)) and not piece.endswith("\n"):
                    pass
            except (UnicodeDecodeError, OSError, ValueError):
                pass
            return NOT_A_COMMAND
        return command(line)

    def flush(self) -> None:
        try:
            self._stdout.flush()
        except (OSError, ValueError) as error:
            raise OutputGone(error) from None


def settle(stream: TextIO) -> None:
    """Point a stdout whose reader has gone at /dev/null, so Python's exit flush stays quiet."""
    # Otherwise: "Exception ignored ... BrokenPipeError" (the recipe of Python's `signal` docs).
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
