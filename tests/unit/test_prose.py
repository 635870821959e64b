"""Content Markdown as wrapped blocks: paragraphs, lists with hanging marks, bold; nothing live."""

from __future__ import annotations

import pytest
from textual.content import Content

from walkthrough.markdown import BULLET
from walkthrough.widgets.glyphs import keybar_lines
from walkthrough.widgets.text import hanging, parse_prose, plain_blocks, wrap, wrap_blocks


def lines(source: str, width: int) -> list[str]:
    return [line.plain for line in wrap_blocks(parse_prose(source), width)]


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    assert lines("First one.\n\n\n\nSecond one.", 40) == ["First one.", "", "Second one."]


def test_a_bullet_hangs_its_wrapped_lines_under_its_text() -> None:
    assert lines("- Neck and shoulder pain that lasts.\n- Sciatica.", 20) == [
        f"{BULLET} Neck and shoulder",
        "  pain that lasts.",
        f"{BULLET} Sciatica.",
    ]


def test_numbered_items_line_up_past_nine() -> None:
    source = "\n".join(f"{n}. item" for n in range(1, 11))
    shown = lines(source, 30)
    assert shown[0] == " 1. item" and shown[9] == "10. item"


def test_a_nested_list_is_indented_under_its_item() -> None:
    assert lines("- outer\n  - inner words that wrap", 16) == [
        f"{BULLET} outer",
        f"  {BULLET} inner words",
        "    that wrap",
    ]


def test_bold_is_a_style_not_stars() -> None:
    (block,) = parse_prose("Say **this** now.")
    assert block.text.plain == "Say this now."
    styled = [block.text.plain[s.start : s.end] for s in block.text.spans]
    assert styled == ["this"]


def test_links_show_their_words_and_address_and_are_never_live() -> None:
    (block,) = parse_prose("See [our site](https://clinic.example) or <b>call</b>.")
    assert block.text.plain == "See our site (https://clinic.example) or <b>call</b>."
    assert all("link" not in str(span.style) for span in block.text.spans)


def test_rich_and_textual_markup_is_shown_as_written() -> None:
    for source in ["[@click=app.quit]Done[/]", "Done [/] now", "[bold red]x[/]"]:
        assert plain_blocks(parse_prose(source)) == source


def test_chinese_folds_with_its_mark_hanging() -> None:
    text = "请告诉您的针灸师，并说出药名。抗凝血的药会让您更容易淤青或出血。"
    shown = [line.plain for line in wrap_blocks(hanging("!", text), 20)]
    assert shown[0].startswith("! 请") and all(line.startswith("  ") for line in shown[1:])
    assert "".join(line[2:] for line in shown) == text
    assert all(Content(line).cell_length <= 20 for line in shown)


def test_every_line_fits_the_width() -> None:
    source = "- " + "word " * 40 + "\n\n" + "Averyveryverylongwordwithoutanyspaceatall " * 3
    for width in (8, 13, 40):
        assert all(Content(line).cell_length <= width for line in lines(source, width))


def test_chinese_lines_never_start_with_closing_punctuation() -> None:
    text = "用上、下箭头键移动。按回车键或空格键，打开或关上一个问题。请（先）选择语言。"
    for width in range(6, 40):
        shown = [line.plain for line in wrap_blocks(parse_prose(text), width)]
        assert "".join(shown) == text, width
        assert not any(line[0] in "，。、）" for line in shown), (width, shown)
        assert not any(line[-1] == "（" for line in shown), (width, shown)
        assert all(Content(line).cell_length <= width for line in shown), (width, shown)


def test_latin_words_inside_chinese_stay_whole_when_they_fit() -> None:
    shown = lines("欢迎来到 Riverside Acupuncture Clinic，请选择语言。", 20)
    assert "Riverside" in " ".join(shown).split() or any("Riverside" in line for line in shown)
    assert not any(line.endswith("Rivers") or line.startswith("ide") for line in shown)


def test_a_key_is_never_on_a_different_line_from_its_words() -> None:
    hints = [("→", "Next"), ("←", "Back"), ("?", "Help"), ("Home", "Start"), ("Q", "Quit")]
    for width in range(12, 60):
        shown = [line.plain for line in keybar_lines(hints, width)]
        assert all(line.rstrip() and len(line) <= width for line in shown), (width, shown)
        for key, label in hints:
            assert sum(f" {key}  {label}" in line for line in shown) == 1, (width, key, shown)


@pytest.mark.parametrize("width", [-5, -1, 0, 1, 2])
@pytest.mark.parametrize("text", ["Tell your practitioner", "请把这个窗口放大。", "a （b） c"])
def test_wrapping_in_a_window_a_few_cells_wide_keeps_every_word(width: int, text: str) -> None:
    """Textual raises at width 0 and drops words below it; our wrapping takes both as 1."""
    letters = text.replace(" ", "")
    assert "".join(line.plain for line in wrap(Content(text), width)).replace(" ", "") == letters
    shown = "".join(lines(f"- {text}", width)).replace(" ", "")
    assert shown == BULLET + letters


@pytest.mark.parametrize("width", [-1, 0, 1, 3])
def test_the_key_bar_folds_at_any_width(width: int) -> None:
    shown = keybar_lines([("→", "Next"), ("Home", "Start")], width)
    assert "".join(line.plain for line in shown).replace(" ", "") == "→NextHomeStart"
