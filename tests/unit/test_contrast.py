"""Every text/background pair the styles use keeps a WCAG 2.2 contrast of at least 4.5:1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.color import Color

from walkthrough.themes import THEMES

STYLES = Path(__file__).resolve().parents[2] / "walkthrough" / "styles"

# (text, background) pairs as the styles use them; the test below checks the styles
# use no colour variable outside this list, so a new pair cannot slip in unchecked.
PAIRS = [
    ("foreground", "background"),  # all body text
    ("foreground", "panel"),  # top bar and key bar
    ("text-accent", "background"),  # step titles, dialog titles, current step on the rail
    ("text-warning", "background"),  # flag lines and the "questions left" line
    ("text-success", "background"),  # done steps on the rail
    ("background", "accent"),  # the choice in focus
]
KNOWN = {name for pair in PAIRS for name in pair} | {"background 60%"}


def luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(Color(119, 119, 119), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: f"{pair[0]}-on-{pair[1]}")
def test_pair_has_enough_contrast(theme, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    variables = theme.to_color_system().generate()
    background = Color.parse(variables[pair[1]])
    text = background.blend(Color.parse(variables[pair[0]]), 1.0)
    ratio = contrast(text, background)
    assert ratio >= 4.5, f"{theme.name}: {pair[0]} on {pair[1]} is {ratio:.2f}:1"


def test_styles_use_only_checked_colours() -> None:
    used = set(
        re.findall(
            r"\$([a-z-]+(?: \d+%)?)",
            "".join(p.read_text(encoding="utf-8") for p in STYLES.glob("*.tcss")),
        )
    )
    assert used <= KNOWN, f"colour variables not covered by the contrast test: {used - KNOWN}"
