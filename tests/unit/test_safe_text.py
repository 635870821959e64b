"""The one rule for characters that must never reach a terminal or a voice."""

from __future__ import annotations

import sys

from walkthrough.safe_text import describe, first_forbidden, printable

CONTROLS = {*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)} - {0x09, 0x0A}
DIRECTION = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def test_exactly_the_controls_and_direction_controls_are_forbidden() -> None:
    forbidden = {code for code in range(sys.maxunicode + 1) if first_forbidden(chr(code))}
    assert forbidden == CONTROLS | DIRECTION


def test_printable_takes_out_only_forbidden_characters() -> None:
    hostile = "Ti\x1b]0;TITLE\x07tle\x9b2J \u202eab\u2066c\x7f\r\n\tend \u00e9\u4e2d\u200f"
    assert printable(hostile) == "Ti]0;TITLEtle2J abc\n\tend \u00e9\u4e2d\u200f"
    assert first_forbidden(printable(hostile)) is None
    plain = "Nothing to take out: [bold]x[/] {clinic_name} \u00a0 \U0001f600"
    assert printable(plain) == plain


def test_first_forbidden_finds_the_first_one() -> None:
    assert first_forbidden("ok\u202eand\x1b") == "\u202e"
    assert first_forbidden("fine\ttext\n") is None


def test_describe_names_the_code_and_the_kind() -> None:
    assert describe("\x1b") == "U+001B (a control character)"
    assert describe("\r") == "U+000D (a control character)"
    assert describe("\x9b") == "U+009B (a control character)"
    assert describe("\u2069") == "U+2069 (a text direction control)"
    assert describe("\ufffe") == "U+FFFE"
