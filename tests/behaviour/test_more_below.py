"""'More below ↓': when a step's text goes on below the bottom of the screen, the patient is
told in words, not only by the thin scroll bar; the words go once the bottom is reached."""

from __future__ import annotations

import pytest

from tests.apps import make_app, shipped_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.widgets.answer_row import Fold
from walkthrough.widgets.body import Body
from walkthrough.widgets.text import Line


def cue(app) -> Line:  # type: ignore[no-untyped-def]
    return app.screen.query_one("#more-below", Line)


def cue_shown(app) -> bool:  # type: ignore[no-untyped-def]
    """Whether the words show (they are made only the first time they are needed)."""
    return any(line.display for line in app.screen.query("#more-below"))


async def show(app, pilot, step_id: str) -> None:  # type: ignore[no-untyped-def]
    app.session.go_to(STEP_ORDER.index(step_id))
    app.show_step()
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("language", list(shipped_content().languages))
async def test_a_long_step_says_more_below_until_its_bottom_is_reached(language: str) -> None:
    ui = shipped_content().languages[language].ui
    app = make_app(language=language)
    async with app.run_test(size=(40, 12)) as pilot:
        await show(app, pilot, "about")
        body = app.screen.query_one(Body)
        assert body.max_scroll_y > 0
        assert cue(app).display and cue(app).plain == f"{ui.more_below} ↓"
        assert cue(app).region.height == 1 and cue(app).region.y >= body.region.bottom
        for _ in range(body.max_scroll_y):  # Down scrolls the text, three lines at a time
            await pilot.press("down")
            if body.scroll_y == body.max_scroll_y:
                break
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        assert not cue(app).display
        await pilot.press("up")
        await pilot.pause()
        assert cue(app).display  # back up: there is more below again
        await pilot.press("right")  # and Right still goes on, wherever the text is
        assert app.session.step.id == "assessment"


async def test_a_step_that_fits_looks_as_before() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await show(app, pilot, "welcome")
        body = app.screen.query_one(Body)
        assert body.max_scroll_y == 0
        assert not cue_shown(app)
        assert body.region.bottom == app.screen.query_one("#disclaimer").region.y


async def test_opening_a_question_that_runs_off_the_screen_brings_the_cue() -> None:
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await show(app, pilot, "questions")
        assert app.screen.query_one(Body).max_scroll_y == 0 and not cue_shown(app)
        for fold in app.screen.query(Fold):
            fold.set_open(True)
        await pilot.pause()
        await pilot.pause()
        assert cue(app).display
