"""Patient text is shown exactly as written: never read as Textual markup.

A stray `[` in a translation must stay a bracket, and `[@click=app.quit]` must stay words, not
become a live action. Every string in every language is checked, and the loader is checked to
keep markup-like text verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from textual.content import Content as TextualContent
from textual.markup import MarkupError

from tests.conftest import content_copy
from walkthrough.content import Content, ContentError, bundled_content_dir, load_content
from walkthrough.widgets.text import parse_prose, plain_blocks, plain_text, wrap_blocks


def shown_by_line(text: str) -> str:
    """What a Line widget draws for `text`, on one long line."""
    return "\n".join(line.plain for line in wrap_blocks(plain_text(text), 10_000))


MARKUP_LIKE = [
    "[@click=app.quit]here[/]",
    "Done [/] now",
    "[b]bold[/b]",
    "[red on blue]x",
    "a [link=x]b",
]


def strings(value: object, where: str = "content") -> Iterator[tuple[str, str]]:
    """Every string inside `value` (models, dicts, lists, tuples), with where it was found."""
    if isinstance(value, str):
        yield where, value
    elif is_dataclass(value):
        for field in fields(value):
            yield from strings(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}[{key}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}[{index}]")


@pytest.fixture(scope="module")
def shipped() -> Content:
    return load_content(bundled_content_dir())


def test_the_walk_finds_every_language_and_every_kind_of_text(shipped: Content) -> None:
    found = dict(strings(shipped))
    assert len(found) > 100
    for code in shipped.languages:
        assert f"content.languages[{code}].ui.keys.next" in found
        assert any(
            key.startswith(f"content.languages[{code}].steps[7].questions[0].tell") for key in found
        )
    assert found["content.clinic.name"] == shipped.clinic.name


def test_every_shipped_string_renders_without_markup_interpretation(shipped: Content) -> None:
    changed = [where for where, text in strings(shipped) if TextualContent(text).plain != text]
    assert changed == []


def test_every_shipped_string_is_shown_literally_by_the_widgets(shipped: Content) -> None:
    changed = [where for where, text in strings(shipped) if shown_by_line(text) != text]
    assert changed == []


@pytest.mark.parametrize("text", MARKUP_LIKE)
def test_markup_like_text_stays_plain(text: str) -> None:
    assert TextualContent(text).plain == text
    assert shown_by_line(text) == text
    assert plain_blocks(parse_prose(text)) == text  # and as Markdown: still the same words


def test_read_as_markup_it_would_change_or_fail() -> None:
    """Why markup must stay off: the same text read as markup loses words or does not render."""
    assert TextualContent.from_markup("[@click=app.quit]here[/]").plain == "here"
    with pytest.raises(MarkupError):
        TextualContent.from_markup("Done [/] now")


def test_the_loader_keeps_markup_like_text_verbatim(tmp_path: Path) -> None:
    root = content_copy(tmp_path, languages=["en"])
    ui = root / "en" / "ui.yaml"
    text = ui.read_text(encoding="utf-8")
    lines = text.split("\n")
    for key, value in (
        ("app_title", MARKUP_LIKE[0]),
        ("steps_heading", MARKUP_LIKE[1]),
        ("disclaimer", MARKUP_LIKE[2]),
    ):
        [number] = [i for i, line in enumerate(lines) if line.startswith(f"{key}:")]
        lines[number] = f'{key}: "{value}"'
    ui.write_text("\n".join(lines), encoding="utf-8")
    steps = root / "en" / "steps.yaml"
    steps.write_text(
        steps.read_text(encoding="utf-8").replace(
            "    short: About\n", "    short: '[@click=app.quit]here[/]'\n", 1
        ),
        encoding="utf-8",
    )
    content = load_content(root)
    interface = content.default.ui
    assert interface.app_title == "[@click=app.quit]here[/]"
    assert interface.steps_heading == "Done [/] now"
    assert interface.disclaimer == "[b]bold[/b]"
    assert content.default.step("about").short == "[@click=app.quit]here[/]"
    about = content.default.step("about")
    for value in (interface.app_title, interface.steps_heading, about.short):
        assert shown_by_line(value) == value


def test_an_unquoted_markup_like_value_is_reported_with_its_line(tmp_path: Path) -> None:
    """Unquoted, `[@click=...]` is not text at all to YAML: the editor is told where to quote."""
    root = content_copy(tmp_path, languages=["en"])
    ui = root / "en" / "ui.yaml"
    lines = ui.read_text(encoding="utf-8").split("\n")
    [number] = [i for i, line in enumerate(lines) if line.startswith("app_title:")]
    lines[number] = "app_title: [@click=app.quit]"
    ui.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(root)
    [problem] = caught.value.problems
    assert (problem.path.name, problem.line, problem.col) == ("ui.yaml", number + 1, 13)
    assert problem.message == "YAML syntax error: found character '@' that cannot start any token"
