"""A patient's step screens are kept while they walk (quick, and as they left them), rebuilt
when they would show something out of date, and all dropped when the walkthrough resets."""

from __future__ import annotations

import pytest
from textual.dom import DOMNode

from tests.apps import make_app
from walkthrough.ahead import QUIET
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import STEP_ORDER
from walkthrough.screens.base import StepScreen
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.screens.summary import SummaryScreen
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import AnswerRow, Fold

CHECKLIST = STEP_ORDER.index("checklist")
QUESTIONS = STEP_ORDER.index("questions")


def kept(app: WalkthroughApp) -> int:
    """How many step screens the app keeps."""
    return len(app.kept._names)


async def go(pilot, app, index: int) -> None:  # type: ignore[no-untyped-def]
    app.session.go_to(index)
    app.show_step()
    await pilot.pause()


async def test_going_back_finds_the_step_as_it_was_left() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go(pilot, app, QUESTIONS)
        faq = app.screen
        await pilot.press("down", "enter")  # open the second question
        opened = [fold.item.id for fold in faq.query(Fold) if fold.is_open]
        assert len(opened) == 1
        await pilot.press("right", "left")
        assert app.screen is faq
        assert [fold.item.id for fold in faq.query(Fold) if fold.is_open] == opened
        assert app.focused is faq.query(Fold)[1].question


async def test_the_summary_is_rebuilt_when_the_flagged_answers_change() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        questions = app.session.language.checklist.questions
        for item in questions:
            app.session.answer(item.id, Answer.NO if item.kind == "caution" else Answer.YES)
        await go(pilot, app, CHECKLIST + 1)
        first_summary = app.screen
        assert isinstance(first_summary, SummaryScreen) and not first_summary.summary.flagged
        await pilot.press("left")
        await pilot.press("1")  # the first question is a caution: Yes flags it
        await pilot.press("right")
        assert isinstance(app.screen, SummaryScreen) and app.screen is not first_summary
        assert app.screen.summary.summary_lines == (questions[0].summary,)
        await pilot.press("left", "right")  # nothing changed: the same summary again
        assert app.screen.summary.summary_lines == (questions[0].summary,)


async def test_a_checklist_answered_in_another_language_is_rebuilt() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go(pilot, app, CHECKLIST)
        english = app.screen
        app.session.set_language("es")
        app.show_step()
        await pilot.pause()
        await pilot.press("1")  # answered on the Spanish checklist
        app.session.set_language("en")
        app.show_step()
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen) and app.screen is not english
        first = app.screen.query(AnswerRow).first()
        assert first.answer is Answer.YES and first.has_class("-flagged")


async def test_a_reset_drops_every_kept_screen() -> None:
    app = make_app(kiosk=True, idle_timeout=1000)
    async with app.run_test(size=(80, 24)) as pilot:
        seen = [app.screen]
        for _ in range(QUESTIONS):
            await pilot.press("right")
            seen.append(app.screen)
        await pilot.press("enter")
        await pilot.pause(QUIET * 3)  # the checklist, built ahead while the patient reads
        seen.append(app.get_screen(app.kept._names[("en", "checklist")]))
        assert kept(app) == QUESTIONS + 2 and all(app.is_screen_installed(s) for s in seen)
        app.new_patient("test")
        await pilot.pause()
        await pilot.pause()
        assert kept(app) <= 2 and app.screen not in seen  # the welcome, and the next built ahead
        assert not any(app.is_screen_installed(s) or s.is_attached for s in seen)
        for _ in range(QUESTIONS):
            await pilot.press("right")
        assert not any(fold.is_open for fold in app.screen.query(Fold))


@pytest.mark.parametrize(
    ("away", "back"), [("right", "left"), ("question_mark", "escape")], ids=["kept", "under-help"]
)
async def test_a_screen_shown_again_takes_the_size_the_terminal_has_now(
    away: str, back: str
) -> None:
    """Resized while another step, or the help over it, was on top."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        about = app.screen
        assert about.has_class("-wide")
        await pilot.press(away)
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        await pilot.press(back)
        await pilot.pause()
        assert app.screen is about
        assert about.has_class("-narrow") and not about.has_class("-wide")
        assert about.has_class("-short")


async def test_a_kept_screen_takes_the_colours_chosen_since() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        about = app.screen
        before = about.styles.background
        await pilot.press("left", "t", "right")  # other colours, chosen on another screen
        await pilot.pause()
        assert app.screen is about and app.theme != app.settings.theme
        await pilot.press("right")
        fresh = app.screen
        assert about.styles.background == fresh.styles.background != before


async def test_a_screen_is_styled_again_only_when_the_colours_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Styling every widget again on each showing is a quarter of a step change; a new screen
    was styled as it was mounted, and a kept one needs it only after a change of colours."""
    restyled: list[object] = []
    update_styles = WalkthroughApp.update_styles

    def recorded(self: WalkthroughApp, node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, StepScreen):
            restyled.append(node)
        update_styles(self, node, animate)

    monkeypatch.setattr(WalkthroughApp, "update_styles", recorded)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        about = app.screen
        await pilot.press("left", "right")  # shown again, same colours
        await pilot.pause()
        assert app.screen is about and restyled == []
        await pilot.press("left", "t", "right")  # other colours, chosen on another screen
        await pilot.pause()
        assert app.screen is about and restyled.count(about) == 1
