"""A first visit to the checklist lays out a window's worth of rows, then the rest at once:
the first frame's rows fill the window, and every row is there before any key is handled."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.apps import make_app
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import STEP_ORDER
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.widgets.answer_row import AnswerRow
from walkthrough.widgets.body import Body

CHECKLIST = STEP_ORDER.index("checklist")
SIZES = [(100, 30), (80, 24), (72, 18), (64, 20), (40, 12), (120, 50)]


async def to_checklist(app: WalkthroughApp, pilot: Pilot[None]) -> ChecklistScreen:
    app.session.go_to(CHECKLIST)
    app.show_step()
    await pilot.pause()
    assert isinstance(app.screen, ChecklistScreen)
    return app.screen


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("language", ["en", "es", "zh"])
async def test_the_rows_laid_out_first_fill_the_window(
    size: tuple[int, int], language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ChecklistScreen, "reveal_rows", lambda self: None)  # the first frame
    app = make_app(language=language)
    async with app.run_test(size=size) as pilot:
        screen = await to_checklist(app, pilot)
        body = screen.query_one(Body)
        shown = [row for row in screen.query(AnswerRow) if row.display]
        later = [row for row in screen.query(AnswerRow) if not row.display]
        if later:  # what waits is below the window: the shown rows reach past its bottom
            assert shown[-1].region.bottom >= body.region.bottom
        if size in ((100, 30), (80, 24)):
            assert later  # a window's worth first, the rest after


async def test_every_row_is_there_once_shown_and_before_a_key() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        rows = list((await to_checklist(app, pilot)).query(AnswerRow))
        assert rows and all(row.display for row in rows)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await to_checklist(app, pilot)
        screen.query(AnswerRow).last().add_class("-later")  # as if the frame had not come yet
        for _ in screen.query(AnswerRow):
            await pilot.press("1")  # each answers one and moves on, down to the last
        assert not app.session.unanswered()
