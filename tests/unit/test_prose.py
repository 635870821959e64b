"""Content Markdown as wrapped blocks: paragraphs, lists with hanging marks, bold; nothing live."""

from __future__ import annotations

from textual.content import Content

from walkthrough.widgets.prose import BULLET, hanging, parse_prose, plain_blocks, wrap_blocks


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
