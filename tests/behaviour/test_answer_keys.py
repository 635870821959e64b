"""The checklist's answer keys: shown on every answer button, and doing what the button says.

1, 2 and 3 answer Yes, No and Not sure in every language; a language's own letters (ui.yaml
`answer_letters`) work only there, and are shown too. In Spanish, "N" once recorded No for a
patient who meant "No sé" (Not sure), which on a caution question is not flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apps import make_app, shipped_content
from tests.conftest import content_copy
from walkthrough.app import Settings, WalkthroughApp
from walkthrough.content import load_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.keys import taken_letters
from walkthrough.screens.dialogs import HelpScreen
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import AnswerRow
from walkthrough.widgets.body import Choice
from walkthrough.widgets.glyphs import KeyBar
from walkthrough.widgets.text import TextBlocks

CHECKLIST = STEP_ORDER.index("checklist")
LANGUAGES = list(shipped_content().languages)


async def open_checklist(app: WalkthroughApp, pilot) -> None:  # type: ignore[no-untyped-def]
    app.session.go_to(CHECKLIST)
    app.show_step()
    await pilot.pause()


def button(row: AnswerRow, answer: Answer) -> Choice:
    return next(choice for choice in row.query(Choice) if choice.value == answer.value)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_each_digit_answers_as_its_button_says(language: str, size: tuple[int, int]) -> None:
    app = make_app(language=language)
    ui = shipped_content().languages[language].ui
    async with app.run_test(size=size) as pilot:
        await open_checklist(app, pilot)
        rows = list(app.screen.query(AnswerRow))
        for row, (digit, answer, label) in zip(
            rows,
            [("1", Answer.YES, ui.answer_yes), ("2", Answer.NO, ui.answer_no)]
            + [("3", Answer.UNSURE, ui.answer_unsure)],
            strict=False,  # the first three questions, one answer each
        ):
            assert app.focused in row.query(Choice)  # each answer moves on to the next
            await pilot.press(digit)
            assert app.session.answers[row.item.id] is answer
            assert button(row, answer).face == f"(•) {digit} {label}"
        assert len(app.session.answers) == 3


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(80, 24), (64, 20), (40, 12)])
async def test_every_answer_and_its_key_is_on_screen_whole(
    language: str, size: tuple[int, int]
) -> None:
    """At any size, every answer button fits inside the body, key and words uncut."""
    app = make_app(language=language)
    async with app.run_test(size=size) as pilot:
        await open_checklist(app, pilot)
        row = app.screen.query(AnswerRow).first()
        body = app.screen.query_one("#body")
        for choice in row.query(Choice):
            choice.scroll_visible(animate=False)
            await pilot.pause()
            assert body.content_region.contains_region(choice.region), (choice.face, size)
            assert choice.region.width >= len(choice.face)


async def test_in_spanish_n_is_not_an_answer_and_no_se_shows_its_own_key() -> None:
    app = make_app(language="es")
    ui = shipped_content().languages["es"].ui
    untaken = [letter for letter in "nsuy" if letter not in taken_letters()]
    async with app.run_test(size=(80, 24)) as pilot:
        await open_checklist(app, pilot)
        first = app.screen.query(AnswerRow).first()
        await pilot.press(*untaken)
        assert app.session.answers == {}
        await pilot.press("3")
        assert app.session.answers[first.item.id] is Answer.UNSURE
        assert button(first, Answer.UNSURE).face == f"(•) 3 {ui.answer_unsure}"
        assert first.has_class("-flagged")  # Not sure is something to tell


def lettered(tmp_path: Path, code: str, letters: dict[str, str]) -> WalkthroughApp:
    """The shipped content with `letters` added to one language's ui.yaml."""
    root = content_copy(tmp_path)
    ui = root / code / "ui.yaml"
    lines = "".join(f'  {field}: "{letter}"\n' for field, letter in letters.items())
    ui.write_text(ui.read_text(encoding="utf-8") + "answer_letters:\n" + lines, encoding="utf-8")
    return WalkthroughApp(load_content(root), Settings(language=code))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_languages_own_letters_answer_and_are_shown(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = lettered(tmp_path, "es", {"answer_yes": "S", "answer_no": "N", "answer_unsure": "D"})
    async with app.run_test(size=size) as pilot:
        await open_checklist(app, pilot)
        rows = list(app.screen.query(AnswerRow))
        for row, (letter, answer, shown) in zip(
            rows,
            [("s", Answer.YES, "1/S"), ("n", Answer.NO, "2/N"), ("D", Answer.UNSURE, "3/D")],
            strict=False,  # the first three questions, one answer each
        ):
            await pilot.press(letter)
            assert app.session.answers[row.item.id] is answer
            assert f"{shown} " in button(row, answer).face
        assert app.screen.query_one(KeyBar).hints[2][0] == "1/S 2/N 3/D"
        body = app.screen.query_one("#body")
        choices = list(rows[0].query(Choice))
        for choice in choices:
            choice.scroll_visible(animate=False)
            await pilot.pause()
            assert body.content_region.contains_region(choice.region)
        # Too wide side by side on a small screen: one under another, none cut off.
        stacked = len({choice.region.y for choice in choices}) == 3
        assert stacked == (size == (40, 12))


@pytest.mark.parametrize("language", LANGUAGES)
async def test_key_bar_and_help_name_the_same_answer_keys(language: str) -> None:
    ui = shipped_content().languages[language].ui
    app = make_app(language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_checklist(app, pilot)
        hints = app.screen.query_one(KeyBar).hints
        assert ("1 2 3", ui.keys.answer) in [(hint.key, hint.words) for hint in hints]
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_words = "\n".join(text.plain for text in app.screen.query(TextBlocks))
        answers = f"1 = {ui.answer_yes}, 2 = {ui.answer_no}, 3 = {ui.answer_unsure}"
        assert answers in help_words and "{answer_keys}" not in help_words


async def test_every_letter_bound_on_the_checklist_is_one_the_check_knows_about() -> None:
    """The content check refuses answer letters from walkthrough.keys: a letter bound on the
    checklist screen in any other way would slip past it."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_checklist(app, pilot)
        bound = {key for key in app.screen.active_bindings if len(key) == 1 and key.isalpha()}
        assert bound and bound <= set(taken_letters())
