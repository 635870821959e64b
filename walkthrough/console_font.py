"""What the bare Linux console (TERM=linux) can show: the characters of Debian's console font."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from walkthrough.content.model import Content, Language, texts

FONT = "Uni2-Fixed16"  # Debian's widest standard 8x16 font
# The characters FONT has a glyph for, written from the font file by `python tests/console_font.py`.
COVERAGE = Path(__file__).with_suffix(".txt")
NEVER_DRAWN = frozenset({"spoken"})  # content fields read aloud, never put on the screen
GRAPHICAL_SETUP = "the graphical kiosk session (walkthrough kiosk-files; see the README)"
EXAMPLES = 8  # how many of the characters it lacks a message names


def on_linux_console(environ: Mapping[str, str]) -> bool:
    """Whether the terminal is the bare Linux console, drawing with a console font."""
    return environ.get("TERM") == "linux"


@lru_cache(maxsize=1)
def _ranges() -> tuple[list[int], list[int]]:
    """The font's characters as sorted ranges: (first code points, last code points)."""
    lines = COVERAGE.read_text(encoding="ascii").splitlines()
    ranges = [line.partition("-") for line in lines if line and not line.startswith("#")]
    return [int(low, 16) for low, _, _ in ranges], [int(high or low, 16) for low, _, high in ranges]


def can_draw(char: str) -> bool:
    """Whether the console font has a glyph for `char` (one character)."""
    lows, highs = _ranges()
    index = bisect_right(lows, ord(char)) - 1
    return index >= 0 and ord(char) <= highs[index]


def missing(text: str) -> str:
    """The characters of `text` the console cannot draw (not line breaks or tabs), in order."""
    return "".join(sorted(char for char in set(text) - {"\n", "\t"} if not can_draw(char)))


def languages_it_cannot_show(content: Content) -> dict[str, str]:
    """The languages the console cannot show, each with the characters it has no glyph for."""
    found = {code: _lacking(language) for code, language in content.languages.items()}
    return {code: chars for code, chars in found.items() if chars}


def describe(content: Content, cannot: Mapping[str, str]) -> str:
    """One line naming those languages, for `walkthrough check` and the kiosk log."""
    parts = []
    for code, chars in cannot.items():
        name = content.languages[code].ui.language_name
        examples = " ".join(chars[:EXAMPLES]) + (" ..." if len(chars) > EXAMPLES else "")
        parts.append(f"{code} ({name}: {len(chars)} characters it has no glyph for: {examples})")
    line = (
        f"a Linux console (TERM=linux, font {FONT}) cannot show {'; '.join(parts)}; "
        "the welcome screen does not offer it there"
    )
    default = content.clinic.default_language
    if default in cannot:
        line += f", and the kiosk will not start there, as {default} is the default language"
    return line


def refusal(content: Content, language: str | None, *, kiosk: bool = False) -> str | None:
    """Why the console cannot show `language` (or a kiosk's default, where it resets); or None."""
    default = content.clinic.default_language
    for code in dict.fromkeys([language or default, *([default] if kiosk else [])]):
        if _lacking(content.languages[code]):
            which = "the clinic's default language" if code == default else "the language asked for"
            name = content.languages[code].ui.language_name
            return (
                f"the Linux console (TERM=linux) cannot show {code} ({name}), {which}: its font "
                f"{FONT} has no glyphs for that script. Use {GRAPHICAL_SETUP}"
            )
    return None


def _lacking(language: Language) -> str:
    """The characters a patient may see in `language` that the font cannot draw."""
    return missing("".join(texts(language, leave_out=NEVER_DRAWN)))
