"""Clean-up both ways: Markdown to lines a screen reader reads cleanly; typed input to commands."""

from __future__ import annotations

import re
import unicodedata

from walkthrough.safe_text import printable

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_HEADING_CLOSE = re.compile(r"\s+#+\s*$")
_QUOTE = re.compile(r"^\s*>\s?")
_BULLET = re.compile(r"^(\s*)[*+]\s+")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def plain_line(line: str) -> str:
    """One Markdown line without symbols a screen reader would read out ('#', '**', '__', '`')."""
    if _HEADING.match(line):
        line = _HEADING_CLOSE.sub("", _HEADING.sub("", line))
    line = _QUOTE.sub("", line)
    line = _BULLET.sub(r"\1- ", line)  # one bullet style, so lists read the same everywhere
    line = _LINK.sub(r"\1", line)
    line = _STRONG.sub("", line)
    line = _EMPHASIS.sub(r"\1", line)
    line = _CODE.sub("", line)
    return _ESCAPE.sub(r"\1", line).rstrip()


def plain_lines(text: str) -> list[str]:
    """Markdown source as plain lines: paragraphs kept apart by one blank line, '- ' items kept."""
    lines: list[str] = []
    for raw in text.splitlines():
        if _RULE.match(raw):
            raw = ""
        line = plain_line(raw)
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


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
