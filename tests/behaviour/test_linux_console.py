"""The bare Linux console (TERM=linux): every character drawn is one its font has, and a
language the font cannot show is not offered.

Every screen (each step, scrolled from top to bottom, with questions open, answers flagged, and
every box and notice over it) is drawn in each language the console can show, at 80x24 and at
40x12. What Textual would send to the terminal is read back cell by cell from
`App.export_screenshot()`, and each character is looked up in the Unicode table of Debian's
Uni2-Fixed16, parsed from the font file itself (tests/console_font.py), not from the data file
the walkthrough ships.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import AsyncIterator

import pytest

from tests.apps import make_app, shipped_content
from tests.console_font import PACKAGE, UNI2, characters
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import STEP_ORDER
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.pin import hash_pin
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import Fold
from walkthrough.widgets.body import Body
from walkthrough.widgets.glyphs import CONSOLE_MARKS

pytestmark = pytest.mark.skipif(
    not UNI2.exists(), reason=f"{UNI2} is missing: apt-get install {PACKAGE}"
)

CONTENT = shipped_content()
CONSOLE_LANGUAGES = [code for code in CONTENT.languages if code in ("en", "es")]
SIZES = [(80, 24), (40, 12)]
PIN = "4821"
SCROLL_STOPS = 6  # scroll positions looked at on a long screen, besides the top and bottom


def drawn(app: WalkthroughApp) -> str:
    """Every character on the screen as drawn (the cells of the screenshot's text matrix)."""
    root = ElementTree.fromstring(app.export_screenshot())
    svg = "{http://www.w3.org/2000/svg}"
    matrix = next(g for g in root.iter(f"{svg}g") if g.get("class", "").endswith("-matrix"))
    return "".join(text.text or "" for text in matrix.iter(f"{svg}text"))


class Survey:
    """The characters missing from the font, each with the first screen that drew it."""

    def __init__(self, app: WalkthroughApp) -> None:
        self.app = app
        self.font = characters(UNI2)
        self.missing: dict[str, str] = {}
        self.screens = 0

    def look(self, where: str) -> None:
        self.screens += 1
        for char in drawn(self.app):
            if char not in self.font and char not in "\xa0\n":  # the SVG's spaces and lines
                self.missing.setdefault(char, where)

    def report(self) -> str:
        return "; ".join(f"{c!r} (U+{ord(c):04X}) on {where}" for c, where in self.missing.items())


async def scrolled(pilot, app: WalkthroughApp) -> AsyncIterator[int]:  # type: ignore[no-untyped-def]
    """Scroll the screen's body from top to bottom, stopping at a few places on the way."""
    body = app.screen.query(Body)
    if not body:
        yield 0
        return
    end = int(body.first().max_scroll_y)
    stops = sorted({0, end, *range(0, end, max(1, end // SCROLL_STOPS))})
    for y in stops:
        body.first().scroll_to(y=y, animate=False)
        await pilot.pause()
        yield y


async def every_step(pilot, app: WalkthroughApp, survey: Survey) -> None:  # type: ignore[no-untyped-def]
    for index, step_id in enumerate(STEP_ORDER):
        app.session.go_to(index)
        app.show_step()
        await pilot.pause()
        if step_id == "questions":
            for fold in app.screen.query(Fold):
                fold.set_open(True)
            await pilot.pause()
        if step_id == "checklist":
            await pilot.press("right")  # not all answered: says how many are left
            for _ in app.session.language.checklist.questions:
                await pilot.press("1")  # Yes in any language: every caution and its 'tell' line
        async for y in scrolled(pilot, app):
            survey.look(f"{step_id}, scrolled to {y}")


async def boxes_and_notices(pilot, app: WalkthroughApp, survey: Survey) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("question_mark")
    await pilot.pause()
    survey.look("the help box")
    await pilot.press("escape")
    for dialog in (app.ui.confirm_home, app.ui.confirm_quit):  # shown only once answered
        app.confirm(dialog, lambda: None)
        await pilot.pause()
        survey.look(f"the box '{dialog.title}'")
        await pilot.press("escape")
    await pilot.press("t")  # the 'colours changed' notice
    await pilot.pause()
    notice = app.ui.theme_changed.replace(" ", "\xa0")[:12]  # the SVG's spaces; may wrap after
    assert notice in drawn(app)  # the notice is there to be read
    survey.look("the colours notice")
    await pilot.press("r")  # 'reading aloud is not available'
    await pilot.pause()
    survey.look("the speech notice")
    app.clear_notifications()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("language", CONSOLE_LANGUAGES)
async def test_every_screen_draws_only_characters_of_the_console_font(
    language: str, size: tuple[int, int]
) -> None:
    app = make_app(language=language, linux_console=True, speech="off")
    survey = Survey(app)
    async with app.run_test(size=size, notifications=True) as pilot:
        await every_step(pilot, app, survey)
        await boxes_and_notices(pilot, app, survey)
        for item in app.session.language.checklist.questions:  # nothing to tell, this time
            app.session.answer(item.id, Answer.NO if item.kind == "caution" else Answer.YES)
        app.show_step()
        await pilot.pause()
        survey.look("the summary with nothing flagged")
    assert survey.screens > len(STEP_ORDER)
    assert not survey.missing, survey.report()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("language", CONSOLE_LANGUAGES)
async def test_the_kiosk_boxes_draw_only_characters_of_the_console_font(
    language: str, size: tuple[int, int]
) -> None:
    app = make_app(language=language, linux_console=True, kiosk=True, staff_pin_hash=hash_pin(PIN))
    survey = Survey(app)
    async with app.run_test(size=size) as pilot:
        await pilot.press("right")
        assert isinstance(app, KioskApp)
        app.idle()  # 'Are you still there?'
        await pilot.pause()
        survey.look("the idle warning")
        await pilot.press("space")
        await pilot.press("f12")
        await pilot.pause()
        survey.look("the staff PIN prompt")
        await pilot.press("1", "2")
        survey.look("the staff PIN prompt, typing")
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
            survey.look("the staff PIN prompt, a wrong PIN")
    assert not survey.missing, survey.report()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
async def test_the_welcome_screen_offers_no_language_the_console_cannot_show(
    size: tuple[int, int],
) -> None:
    app = make_app(linux_console=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        offered = {choice.id for choice in app.screen.query(".choice")}
        screen = drawn(app)
    assert offered == {f"lang-{code}" for code in CONSOLE_LANGUAGES}
    assert not any("\u4e00" <= char <= "\u9fff" for char in screen)
    assert "中文" not in screen


async def test_elsewhere_every_language_is_offered_with_the_usual_marks() -> None:
    """The control for the tests above: off the console, nothing is left out or swapped."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        offered = {choice.id for choice in app.screen.query(".choice")}
        screen = drawn(app)
    assert offered == {f"lang-{code}" for code in CONTENT.languages}
    assert "中文" in screen and "►" in screen
    assert CONSOLE_MARKS.current not in screen
