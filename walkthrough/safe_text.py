"""The characters no content text may carry to a terminal or a voice, defined once.

A terminal obeys control characters: ESC and the one-byte CSI (U+009B) start escape sequences
that can retitle the window, write the clipboard, leave the screen or make the terminal type a
reply; a carriage return or backspace redraws over what was written. The bidirectional
embedding, override and isolate controls reorder what a patient reads. The loader refuses
content that holds any of them (walkthrough.content.yaml_source), and every front end takes
them out again just before text is drawn, printed or spoken, in case some reach it another way.
Newline and tab stay: they are ordinary layout.
"""

from __future__ import annotations

import re

FORBIDDEN_RANGES: tuple[tuple[str, str, str], ...] = (
    ("\x00", "\x08", "a control character"),
    ("\x0b", "\x1f", "a control character"),  # carriage return and escape among them
    ("\x7f", "\x9f", "a control character"),  # DEL, then the C1 controls (U+009B is a CSI)
    ("\u202a", "\u202e", "a text direction control"),  # embeddings and overrides
    ("\u2066", "\u2069", "a text direction control"),  # isolates
)
"""(first, last, what it is) for each run of refused characters."""

_FORBIDDEN = re.compile(
    "["
    + "".join(f"{re.escape(first)}-{re.escape(last)}" for first, last, _ in FORBIDDEN_RANGES)
    + "]"
)


def first_forbidden(text: str) -> str | None:
    """The first character of `text` that must never reach a terminal, or None."""
    found = _FORBIDDEN.search(text)
    return found.group() if found else None


def printable(text: str) -> str:
    """`text` without any character that must never reach a terminal (the rest unchanged)."""
    return _FORBIDDEN.sub("", text)


def describe(char: str) -> str:
    """How a message names one character: `U+001B (a control character)`."""
    code = f"U+{ord(char):04X}"
    for first, last, kind in FORBIDDEN_RANGES:
        if first <= char <= last:
            return f"{code} ({kind})"
    return code
