"""Large type: the grid a large font gives (64x20 on a 1080p screen) reads as well as 80x24.

On every step and box, in every language: nothing is cut off at the right edge, the frame
(counter, disclaimer, keys) is all there, and the words keep a comfortable width and enough
rows to read them.
"""

from __future__ import annotations

import pytest
from textual.widget import Widget

from tests.apps import make_app, shipped_content
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import STEP_ORDER
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.pin import hash_pin
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import Fold
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.glyphs import KeyBar, TopBar
from walkthrough.widgets.text import TextBlocks
from walkthrough.widgets.touch import KeyButton, KeyButtons

LARGE = (64, 20)
SIZES = [LARGE, (80, 24), (120, 34)]
MIN_TEXT_WIDTH = 40  # columns of words on a line: below this, reading turns into scanning
MIN_BODY_ROWS = 8


def shown(app: WalkthroughApp) -> list[Widget]:
    return [w for w in app.screen.query("*") if w.display and w.visible and w.size.area]


def problems(app: WalkthroughApp, where: str) -> list[str]:
    """What would make this screen hard to read at this size."""
    found = []
    screen = app.screen.region
    for widget in shown(app):
        if isinstance(widget, (Choice, TextBlocks, KeyBar, KeyButton)):
            inside = widget.parent.content_region if isinstance(widget.parent, Widget) else screen
            if widget.region.right > min(inside.right, screen.right):
                found.append(f"{where}: {widget!r} is cut off at the right")
    for body in app.screen.query(Body):
        if body.display and body.size.height < MIN_BODY_ROWS:
            found.append(f"{where}: only {body.size.height} rows for the words")
        if body.display and body.content_size.width < MIN_TEXT_WIDTH:
            found.append(f"{where}: lines of {body.content_size.width} columns")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("language", list(shipped_content().languages))
async def test_every_step_reads_well(language: str, size: tuple[int, int]) -> None:
    await every_step_reads_well(language, size)


# A tablet's browser tab: its usual grids, the key bar as buttons three rows tall.
@pytest.mark.parametrize(
    "size", [(80, 24), (100, 30), (130, 40)], ids=lambda size: "x".join(map(str, size))
)
@pytest.mark.parametrize("language", list(shipped_content().languages))
async def test_every_step_reads_well_on_a_tablet(language: str, size: tuple[int, int]) -> None:
    await every_step_reads_well(language, size, browser=True)


async def every_step_reads_well(
    language: str, size: tuple[int, int], browser: bool = False
) -> None:
    app = make_app(language=language, browser=browser)
    bar = KeyButtons if browser else KeyBar
    found: list[str] = []
    async with app.run_test(size=size) as pilot:
        for index, step_id in enumerate(STEP_ORDER):
            app.session.go_to(index)
            app.show_step()
            await pilot.pause()
            for fold in app.screen.query(Fold):
                fold.set_open(True)
            await pilot.pause()
            found += problems(app, step_id)
            top = app.screen.query_one(TopBar)
            assert top.region.right <= size[0] and top.render().plain.rstrip().endswith(top.counter)
            assert app.screen.query_one("#disclaimer").region.bottom <= size[1]
            assert app.screen.query_one(bar).region.bottom == size[1]
        app.session.answer(app.session.language.checklist.questions[0].id, Answer.YES)
        for key, box in [("question_mark", "help"), ("home", "start again?")]:
            await pilot.press(key)
            await pilot.pause()
            found += problems(app, box)
            await pilot.press("escape")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
async def test_the_kiosk_boxes_read_well(size: tuple[int, int]) -> None:
    app = make_app(kiosk=True, staff_pin_hash=hash_pin("4821"))
    found: list[str] = []
    async with app.run_test(size=size) as pilot:
        await pilot.press("right")
        assert isinstance(app, KioskApp)
        app.idle()
        await pilot.pause()
        found += problems(app, "idle warning")
        await pilot.press("space", "f12")
        await pilot.pause()
        found += problems(app, "staff PIN prompt")
    assert not found, "\n".join(found)
