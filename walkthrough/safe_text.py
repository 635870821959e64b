"""The characters no content text may carry to a terminal or a voice, defined once."""

from __future__ import annotations

import re

# Controls make a terminal act (ESC starts escape sequences), direction controls reorder what a
# patient reads: the loader refuses them, and every front end takes them out again before output.
FORBIDDEN_RANGES: tuple[tuple[str, str, str], ...] = (
    ("\x00", "\x08", "a control character"),
    ("\x0b", "\x1f", "a control character"),  # carriage return and escape among them
    ("\x7f", "\x9f", "a control character"),  # DEL, then the C1 controls (U+009B is a CSI)
    ("\u202a", "\u202e", "a text direction control"),  # embeddings and overrides
    ("\u2066", "\u2069", "a text direction control"),  # isolates
)
_FORBIDDEN = re.compile(
    "[" + "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b, _ in FORBIDDEN_RANGES) + "]"
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
    kinds = [kind for first, last, kind in FORBIDDEN_RANGES if first <= char <= last]
    return f"U+{ord(char):04X}" + (f" ({kinds[0]})" if kinds else "")
