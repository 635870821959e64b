"""The next step's screen is built while the patient reads (once the keys are quiet), shown by
Next as it was built, never drawn or read aloud before that, and forgotten at every reset."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from tests.apps import make_app, shipped_content
from tests.support.speech import RecordingSpeaker
from walkthrough import ahead
from walkthrough.ahead import QUIET
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import STEP_ORDER
from walkthrough.screens.base import StepScreen
from walkthrough.screens.dialogs import HelpScreen
from walkthrough.screens.summary import SummaryScreen
from walkthrough.session import Answer
from walkthrough.settings import Settings
from walkthrough.widgets.glyphs import KeyBar, TopBar
from walkthrough.widgets.text import Line
from walkthrough.widgets.touch import KeyButton

EN = shipped_content().default
CHECKLIST = STEP_ORDER.index("checklist")


def built(app: WalkthroughApp) -> dict[str, StepScreen]:
    """The step screens the app keeps, by step id (this language's)."""
    screens = {}
    for (code, step_id), name in app.kept._names.items():
        screen = app.get_screen(name)
        if code == app.session.language_code and isinstance(screen, StepScreen):
            screens[step_id] = screen
    return screens


async def until(pilot: Pilot[None], holds: Callable[[], bool], within: float = 5.0) -> None:
    """Wait for `holds()` (a busy test machine builds slowly), then let the screen settle."""
    ends = time.monotonic() + within
    while not holds():
        assert time.monotonic() < ends, "timed out"
        await asyncio.sleep(0.02)
    await pilot.pause()


def ready(screen: StepScreen) -> bool:
    """Built: composed and mounted, down to the key bar."""
    return screen.is_mounted and bool(screen.query("KeyBar, KeyButtons"))


async def test_the_next_step_is_built_while_reading_and_next_shows_that_screen() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        welcome = app.screen
        await until(pilot, lambda: "about" in built(app) and ready(built(app)["about"]))
        about = built(app)["about"]
        assert app.screen is welcome  # built, not shown
        await pilot.press("right")
        assert app.screen is about
        assert about.query_one(TopBar).render().plain.rstrip().endswith("Step 2 of 9")
        text = str(about.query_one(KeyBar).render())
        assert EN.ui.keys.back in text  # built on the first step, where Back does not work
        assert EN.step("about").title in about.query_one("#step-title", Line).render().plain


async def test_keys_put_off_building_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead, "QUIET", 2.0)  # long beside a key's time on a busy machine
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        for _ in range(4):  # keys closer together than the quiet moment
            await asyncio.sleep(0.3)
            await pilot.press("down")
            assert "assessment" not in built(app)
        await until(pilot, lambda: "assessment" in built(app))


async def test_nothing_is_built_under_a_box_and_the_summary_waits_for_all_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ahead, "QUIET", 1.5)  # the box opens well before, on a busy machine too
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause(2.0)
        assert "about" not in built(app)
        await pilot.press("escape")
        monkeypatch.setattr(ahead, "QUIET", QUIET)
        await until(pilot, lambda: "about" in built(app))
        app.session.go_to(CHECKLIST)
        app.show_step()
        await pilot.pause(QUIET * 4)
        assert "summary" not in built(app)  # Next does not go there yet
        questions = EN.checklist.questions
        app.session.answers.update({q.id: Answer.NO for q in questions[1:]})
        await pilot.press("1")  # the first question Yes: every question answered
        await until(pilot, lambda: "summary" in built(app))
        summary = built(app)["summary"]
        flagged = app.session.flagged()
        await pilot.press("pagedown")
        assert app.screen is summary and summary.summary.flagged
        assert len(summary.summary.flagged) == len(flagged)


async def test_an_answer_changed_after_building_gets_a_fresh_summary() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        questions = EN.checklist.questions
        app.session.answers.update({q.id: Answer.NO for q in questions})
        app.session.go_to(CHECKLIST)
        app.show_step()
        await until(pilot, lambda: "summary" in built(app))
        stale = built(app)["summary"]
        await pilot.press("1")  # the question in focus: now Yes
        await pilot.press("pagedown")
        await pilot.pause()
        assert app.screen is not stale and not stale.is_attached
        assert EN.step("summary").title in str(app.screen.query_one("#step-title").render())
        assert isinstance(app.screen, SummaryScreen) and app.screen.summary.flagged


async def test_building_ahead_reads_nothing_aloud() -> None:
    speaker = RecordingSpeaker()
    app = WalkthroughApp(shipped_content(), Settings(speech="auto"), speaker=speaker)
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.go_to(CHECKLIST - 1)
        app.show_step()
        await until(pilot, lambda: "checklist" in built(app) and ready(built(app)["checklist"]))
        await pilot.pause(QUIET)
        first = EN.checklist.questions[0].question
        assert not any(text.startswith(first) for text, _ in speaker.said)


async def test_a_new_patient_gets_nothing_built_for_the_last() -> None:
    app = make_app(kiosk=True, idle_timeout=1000)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "right")
        await until(pilot, lambda: "treatment" in built(app))
        ahead = built(app)["treatment"]
        app.new_patient("test")  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.pause()
        assert not app.is_screen_installed(ahead) and not ahead.is_attached
        assert "treatment" not in built(app)


async def test_a_touch_screen_built_ahead_gets_its_own_buttons() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: "about" in built(app) and ready(built(app)["about"]))
        await pilot.press("right")
        await pilot.pause()
        words = [button.hint.words for button in app.screen.query(KeyButton)]
        assert EN.ui.keys.back in words  # built on the first step, where Back does not work
        await pilot.click(KeyButton, offset=(2, 1))  # the first button: Back
        assert app.session.step_index == 0
