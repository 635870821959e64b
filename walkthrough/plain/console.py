"""The two streams: clean lines out, one bounded line in, and the end of either as an exception."""

from __future__ import annotations

import io
from typing import TextIO

from walkthrough.plain.text import NOT_A_COMMAND, command, safe_output

MAX_LINE = 1024
"""Longest input line kept; anything longer is read to its end and thrown away as not a command."""
MAX_BAD_READS = 3
"""Unreadable input this many times in a row is treated as the end of input, not a loop."""
EXIT_BROKEN_PIPE = 141
"""The reader of the output went away (`walkthrough --plain | head`): 128 + SIGPIPE, the code
a shell reports for the many programs that a broken pipe ends."""
EXIT_NO_OUTPUT = 74
"""The output cannot be written at all (closed, or not open for writing): EX_IOERR."""


class EndOfInput(Exception):
    """The input stream ended (Ctrl-D, a closed pipe, or a stream that cannot be read any more)."""


class OutputGone(Exception):
    """The output stream cannot be written any more; `exit_code` says how the session ends."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.exit_code = EXIT_BROKEN_PIPE if isinstance(error, BrokenPipeError) else EXIT_NO_OUTPUT


class Console:
    """Line-by-line conversation over plain text streams."""

    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self._stdin = stdin
        self._stdout = stdout
        self._bad_reads = 0
        _forgive(stdin)
        _forgive(stdout)

    def say(self, *lines: str) -> None:
        for line in lines:
            self._write(safe_output(line) + "\n")

    def blank(self) -> None:
        self._write("\n")

    def ask(self) -> str:
        """The next command typed ('' for a bare Enter); raises EndOfInput when input has ended."""
        self.flush()
        line = self._read_line()
        return NOT_A_COMMAND if line is None else command(line)

    def flush(self) -> None:
        try:
            self._stdout.flush()
        except (OSError, ValueError) as error:  # ValueError: the stream was closed
            raise OutputGone(error) from None

    def _write(self, text: str) -> None:
        try:
            self._stdout.write(text)
        except (OSError, ValueError) as error:
            raise OutputGone(error) from None

    def _read_line(self) -> str | None:
        """One line, or None when it was too long or could not be decoded."""
        try:
            line = self._stdin.readline(MAX_LINE)
        except UnicodeDecodeError:
            self._bad_reads += 1
            if self._bad_reads >= MAX_BAD_READS:
                raise EndOfInput from None
            return None
        except (OSError, ValueError):
            raise EndOfInput from None
        if line == "":
            raise EndOfInput
        self._bad_reads = 0
        if len(line) >= MAX_LINE and not line.endswith("\n"):
            self._discard_rest_of_line()
            return None
        return line

    def _discard_rest_of_line(self) -> None:
        # Read in bounded pieces so a huge pasted line never sits in memory whole.
        try:
            while True:
                piece = self._stdin.readline(MAX_LINE)
                if piece == "" or piece.endswith("\n"):
                    return
        except (UnicodeDecodeError, OSError, ValueError):
            return


def _forgive(stream: TextIO) -> None:
    """Odd bytes in, or characters the terminal cannot show, become replacement marks, not errors.

    Only real streams (sys.stdin and sys.stdout) are touched; a decoding error there would otherwise
    throw away a whole buffered chunk of what the patient typed.
    """
    if isinstance(stream, io.TextIOWrapper):
        try:
            stream.reconfigure(errors="replace")
        except (OSError, ValueError):
            pass  # Already closed or detached; reading or writing will end the session calmly.
