"""A start parses only its first screen's rules; every other sheet is read when first needed."""

from __future__ import annotations

from textual.app import App

from tests.apps import make_app
from walkthrough.content.model import STEP_ORDER
from walkthrough.screens.dialogs import HelpScreen
from walkthrough.themes import STYLES


def sheets_read(app: App[None]) -> set[str]:
    """The walkthrough's own style sheets in the app's rules, by file name."""
    return {
        path.rsplit("/", 1)[-1] for path, _ in app.stylesheet.source if path.startswith(str(STYLES))
    }


async def test_a_start_reads_only_the_sheet_its_first_screens_need() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right")  # the next step (and the one after, built ahead) need no more
        await pilot.pause()
        assert sheets_read(app) == {"app.tcss"}


async def test_each_step_reads_its_sheet_when_first_made_and_its_rules_apply() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for step_id, sheet in [("questions", "faq"), ("checklist", "checklist")]:
            app.session.go_to(STEP_ORDER.index(step_id))
            app.show_step()
            await pilot.pause()
            assert f"{sheet}.tcss" in sheets_read(app)
        assert app.screen.query_one("#status").styles.dock == "top"  # checklist.tcss
        assert app.screen.query("AnswerRow").first().styles.margin.bottom == 1
        app.session.go_to(STEP_ORDER.index("summary"))
        app.show_step()
        await pilot.pause()
        assert app.screen.query_one("#restart").styles.margin.top == 1  # summary.tcss
        await pilot.press("t")  # a new theme reads every rule again, these included
        await pilot.pause()
        assert app.screen.query_one("#restart").styles.margin.top == 1
        assert sheets_read(app) == {"app.tcss", "faq.tcss", "checklist.tcss", "summary.tcss"}


async def test_the_first_box_reads_the_boxes_sheet_before_it_is_drawn() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")  # help, at once, on the first screen
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "boxes.tcss" in sheets_read(app)
        box = app.screen.query_one(".dialog")
        assert box.styles.width is not None and box.styles.width.value == 60
        assert box.region.width == 60 and box.region.x == 10  # centred in 80 columns
