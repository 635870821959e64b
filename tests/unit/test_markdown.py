"""Reading the simple Markdown of content text into paragraphs, without the screen."""

from __future__ import annotations

import subprocess
import sys

import pytest

from walkthrough import markdown
from walkthrough.markdown import BULLET, GAP, Document, Paragraph, read


def test_paragraphs_lists_and_styles() -> None:
    document = read("Say **this *now***.\n\n- one\n- two\n\n3. three\n4. four")
    assert document == (
        Paragraph((("Say ", ""), ("this ", "bold"), ("now", "bold italic"), (".", ""))),
        GAP,
        Paragraph((("one", ""),), f"{BULLET} ", "  "),
        Paragraph((("two", ""),), f"{BULLET} ", "  "),
        GAP,
        Paragraph((("three", ""),), "3. ", "   "),
        Paragraph((("four", ""),), "4. ", "   "),
    )


def test_a_link_keeps_its_words_and_shows_where_it_goes() -> None:
    (paragraph,) = read("See [our site](https://clinic.example) or <b>call</b>.")
    assert paragraph.plain == "See our site (https://clinic.example) or <b>call</b>."


def test_documents_remembered_are_made_once_when_first_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(markdown, "_kept", markdown._kept)  # put back after the test
    made: list[str] = []

    def make(kept: str) -> Document | None:
        made.append(kept)
        return None if kept == "damaged" else (Paragraph(((kept, ""),)),)

    markdown.remember({"A text nobody has read": "Kept words", "**Nor this**": "damaged"}, make)
    assert made == []
    assert read("A text nobody has read") == (Paragraph((("Kept words", ""),)),)
    assert read("A text nobody has read") is read("A text nobody has read")
    assert made == ["Kept words"]
    # One that cannot be made is read from its Markdown, as if nothing had been kept.
    assert read("**Nor this**") == (Paragraph((("Nor this", "bold"),)),)
    assert made == ["Kept words", "damaged"]


def test_reading_needs_nothing_of_the_screen() -> None:
    code = (
        "import sys\n"
        "from walkthrough.markdown import read\n"
        "assert read('**Hi**')[0].spans == (('Hi', 'bold'),)\n"
        "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
