"""Snapshot pictures of every screen: English, Spanish and Chinese at 80x24, a few at 40x12."""

from __future__ import annotations

import pytest

from tests.apps import make_app
from walkthrough.content.model import STEP_ORDER
from walkthrough.session import Answer
from walkthrough.themes import CONTRAST_THEME

# A few flagged answers, so the checklist and summary show the flag marks.
SAMPLE_ANSWERS = {"bleeding": Answer.YES, "pregnancy": Answer.UNSURE, "anything_else": Answer.YES}
LANGUAGES = ("en", "es", "zh")


def at_step(step_id: str, *, answered: bool = True):  # type: ignore[no-untyped-def]
    """Before the picture: put the session on `step_id`, with sample answers where useful."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        if answered and step_id in ("checklist", "summary"):
            for item in app.session.language.checklist.questions:
                app.session.answers[item.id] = SAMPLE_ANSWERS.get(item.id, Answer.NO)
        app.session.go_to(STEP_ORDER.index(step_id))
        app.show_step()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step_id", STEP_ORDER)
def test_every_step_80x24(snap_compare, language: str, step_id: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        make_app(language=language), terminal_size=(80, 24), run_before=at_step(step_id)
    )


@pytest.mark.parametrize("step_id", ["welcome", "treatment", "checklist", "summary"])
def test_small_terminal_40x12(snap_compare, step_id: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(40, 12), run_before=at_step(step_id))


@pytest.mark.parametrize("step_id", ["welcome", "checklist"])
def test_high_contrast_theme(snap_compare, step_id: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        make_app(theme=CONTRAST_THEME), terminal_size=(80, 24), run_before=at_step(step_id)
    )


def test_unanswered_checklist_points_to_what_is_left(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def answer_one_then_go_on(pilot) -> None:  # type: ignore[no-untyped-def]
        await at_step("checklist", answered=False)(pilot)
        await pilot.press("1", "right")
        # The row in focus scrolls into view after the next refresh: let it settle.
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=answer_one_then_go_on)


def test_help_overlay(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(80, 24), press=["f1"])


# A browser tab on a tablet (Settings.browser): the key bar as buttons, every target 3 rows tall.
@pytest.mark.parametrize("step_id", ["welcome", "checklist", "summary"])
def test_touch_100x30(snap_compare, step_id: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        make_app(browser=True), terminal_size=(100, 30), run_before=at_step(step_id)
    )


def test_touch_80x24_two_rows_of_buttons(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Spanish words are wider: the buttons take two rows, as even as they can be."""
    assert snap_compare(
        make_app(browser=True, language="es"),
        terminal_size=(80, 24),
        run_before=at_step("checklist"),
    )


def test_touch_40x12_one_line_targets(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Under 18 rows boxes would leave no room to read: targets of one line, as choices are."""
    assert snap_compare(
        make_app(browser=True), terminal_size=(40, 12), run_before=at_step("welcome")
    )
