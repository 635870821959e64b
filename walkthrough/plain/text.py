"""Clean-up both ways: printed text, with nothing that drives the terminal; input to commands."""

from __future__ import annotations

import unicodedata

from walkthrough.safe_text import printable


def safe_output(text: str) -> str:
    """What may be printed: no escape sequence, cursor move, bell or hidden direction control
    (walkthrough.safe_text). A tab becomes one space: its width would depend on the reader."""
    return printable(text.replace("\t", " "))


NOT_A_COMMAND = "\x00"
"""Matches no choice: stands for a line that was too long, unreadable, or only control codes."""


def command(raw: str) -> str:
    """What the patient typed, as a command: full-width '１' and '？' become '1' and '?'.

    A blank line is '' (Enter). A line of only control codes (a stray arrow key, NUL) is not
    blank: it must not count as Enter and move the patient on.
    """
    if not raw.strip():
        return ""
    # NFKC maps the full-width forms that Chinese and Japanese input methods type to plain ones.
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    return text.strip().casefold() or NOT_A_COMMAND


def number_choice(command: str, count: int) -> int | None:
    """The 0-based index for a typed number from 1 to `count`, or None."""
    if not (command.isascii() and command.isdigit()) or len(command) > 4:
        return None
    number = int(command)
    return number - 1 if 1 <= number <= count else None
