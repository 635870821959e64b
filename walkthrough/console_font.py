"""What the bare Linux console (TERM=linux) can show: the characters of Debian's console font.

`console_font.txt` lists every character Uni2-Fixed16 (Debian's console-setup-linux, the widest
of its standard 8x16 fonts, at most 512 glyphs) has a glyph for. It is written from the font
file by `python tests/console_font.py`, so the walkthrough needs no font installed to know.
A language is offered on the console only when every character of its text is there: Chinese
never is, as a script of thousands of characters cannot fit. No Textual here: `walkthrough
check` uses it too.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from walkthrough.content.model import Content, Language

FONT = "Uni2-Fixed16"
COVERAGE = Path(__file__).with_suffix(".txt")
NEVER_DRAWN = frozenset({"spoken"})
"""Content fields that are read aloud, never put on the screen."""
GRAPHICAL_SETUP = "the graphical kiosk session (walkthrough kiosk-files; see the README)"
EXAMPLES = 8
"""How many of the characters it lacks a message names."""


def on_linux_console(environ: Mapping[str, str]) -> bool:
    """Whether the terminal is the bare Linux console, drawing with a console font."""
    return environ.get("TERM") == "linux"


@lru_cache(maxsize=1)
def _ranges() -> tuple[list[int], list[int]]:
    """The font's characters as sorted ranges: (first code points, last code points)."""
    lows: list[int] = []
    highs: list[int] = []
    for line in COVERAGE.read_text(encoding="ascii").splitlines():
        if not line or line.startswith("#"):
            continue
        low, _, high = line.partition("-")
        lows.append(int(low, 16))
        highs.append(int(high or low, 16))
    return lows, highs


def can_draw(char: str) -> bool:
    """Whether the console font has a glyph for `char` (one character)."""
    lows, highs = _ranges()
    index = bisect_right(lows, ord(char)) - 1
    return index >= 0 and ord(char) <= highs[index]


def missing(text: str) -> str:
    """The characters of `text` the console cannot draw, each once, in code point order.
    Line breaks and tabs are not drawn, so they never count."""
    return "".join(sorted(char for char in set(text) - {"\n", "\t"} if not can_draw(char)))


def language_text(language: Language) -> Iterator[str]:
    """Every piece of text a patient may see in `language` (not the versions read aloud)."""

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from walk(item)
        elif dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                if field.name not in NEVER_DRAWN:
                    yield from walk(getattr(value, field.name))

    yield from walk(language.ui)
    yield from walk(language.steps)


def languages_it_cannot_show(content: Content) -> dict[str, str]:
    """The languages the console cannot show, each with the characters it has no glyph for."""
    cannot: dict[str, str] = {}
    for code, language in content.languages.items():
        lacking = missing("".join(language_text(language)))
        if lacking:
            cannot[code] = lacking
    return cannot


def describe(content: Content, cannot: Mapping[str, str]) -> str:
    """One line naming those languages, for `walkthrough check` and the kiosk log."""
    parts = []
    for code, lacking in cannot.items():
        name = content.languages[code].ui.language_name
        examples = " ".join(lacking[:EXAMPLES]) + (" ..." if len(lacking) > EXAMPLES else "")
        parts.append(f"{code} ({name}: {len(lacking)} characters it has no glyph for: {examples})")
    line = (
        f"a Linux console (TERM=linux, font {FONT}) cannot show {'; '.join(parts)}; "
        "the welcome screen does not offer it there"
    )
    default = content.clinic.default_language
    if default in cannot:
        line += f", and the kiosk will not start there, as {default} is the default language"
    return line


def refusal(content: Content, language: str) -> str | None:
    """Why the walkthrough cannot start in `language` on the Linux console; None if it can."""
    lacking = missing("".join(language_text(content.languages[language])))
    if not lacking:
        return None
    default = language == content.clinic.default_language
    which = "the clinic's default language" if default else "the language asked for"
    name = content.languages[language].ui.language_name
    return (
        f"the Linux console (TERM=linux) cannot show {language} ({name}), {which}: its font "
        f"{FONT} has no glyphs for that script. Use {GRAPHICAL_SETUP}"
    )
