"""Reading the simple Markdown of content text into paragraphs, without the screen."""

from __future__ import annotations

import subprocess
import sys

from walkthrough import markdown
from walkthrough.markdown import BULLET, GAP, Paragraph, read


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


def test_documents_remembered_are_used_as_they_are() -> None:
    kept = {"A text nobody has read": (Paragraph((("Kept words", ""),)),)}
    markdown.remember(kept)
    assert read("A text nobody has read") is kept["A text nobody has read"]


def test_reading_needs_nothing_of_the_screen() -> None:
    code = (
        "import sys\n"
        "from walkthrough.markdown import read\n"
        "assert read('**Hi**')[0].spans == (('Hi', 'bold'),)\n"
        "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
