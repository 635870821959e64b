"""A patient with only a touchscreen (a browser tab, `Settings(browser=True)`) can do everything:
every test here taps (Pilot's click, in the middle of the target, as a finger would) and never
presses a key, and checks what the patient sees or what the session holds after each tap."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from textual.widget import Widget

from tests.apps import make_app, shipped_content
from tests.behaviour.test_summary_printing import FakePrinter
from tests.support.speech import RecordingSpeaker
from walkthrough.app import Settings, WalkthroughApp
from walkthrough.content import bundled_content_dir, load_content
from walkthrough.content.model import STEP_ORDER, Handoff
from walkthrough.screens.base import StepScreen
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.screens.dialogs import ConfirmDialog, HelpScreen
from walkthrough.screens.faq import FaqScreen
from walkthrough.screens.key_hints import TOUCH
from walkthrough.screens.summary import SummaryScreen
from walkthrough.screens.welcome import WelcomeScreen
from walkthrough.session import Answer
from walkthrough.speech.speaker import NullSpeaker
from walkthrough.themes import CONTRAST_THEME, DEFAULT_THEME
from walkthrough.widgets.answer_row import AnswerRow, Fold
from walkthrough.widgets.body import Choice
from walkthrough.widgets.glyphs import KeyBar
from walkthrough.widgets.text import Line
from walkthrough.widgets.touch import KeyButton

EN = shipped_content().languages["en"].ui
SIZE = (100, 30)


def buttons(app: WalkthroughApp) -> list[str]:
    """The words on the key bar's buttons, left to right."""
    return [button.hint.words for button in app.screen.query(KeyButton)]


def button(app: WalkthroughApp, words: str) -> KeyButton:
    found = [b for b in app.screen.query(KeyButton) if b.hint.words == words]
    assert len(found) == 1, f"no {words!r} button; there are {buttons(app)}"
    return found[0]


async def tap(pilot, target: Widget | str) -> None:  # type: ignore[no-untyped-def]
    """A finger on the middle of `target`, once the patient has scrolled it into view."""
    widget = pilot.app.screen.query_one(target) if isinstance(target, str) else target
    widget.scroll_visible(animate=False, immediate=True)
    await pilot.pause()
    middle = (widget.region.width // 2, widget.region.height // 2)
    assert await pilot.click(widget, offset=middle), f"the tap missed {widget!r}"
    await pilot.pause()


async def tap_next_until(pilot, kind: type[StepScreen]) -> None:  # type: ignore[no-untyped-def]
    """Next, tapped until the step on show is of this kind."""
    for _ in STEP_ORDER:
        if isinstance(pilot.app.screen, kind):
            return
        await tap(pilot, button(pilot.app, EN.keys.next))
    raise AssertionError(f"Next never reached a {kind.__name__}")


async def test_language_forward_and_back_by_taps() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=SIZE) as pilot:
        assert app.has_class(TOUCH) and not app.screen.query(KeyBar)
        assert buttons(app) == [EN.keys.theme, EN.keys.help, EN.keys.quit, EN.keys.next]
        await tap(pilot, "#lang-es")
        assert app.session.language_code == "es" and isinstance(app.screen, WelcomeScreen)
        es = shipped_content().languages["es"].ui
        await tap(pilot, button(app, es.keys.next))
        assert app.session.step_index == 1
        assert buttons(app)[:1] == [es.keys.back] and buttons(app)[-1] == es.keys.next
        await tap(pilot, button(app, es.keys.back))
        assert app.session.step_index == 0
        await tap(pilot, "#lang-en")
        assert app.session.language_code == "en"
        await tap(pilot, "#lang-en")  # the language already picked goes on, as Enter on it does
        assert app.session.step_index == 1


async def test_common_questions_open_and_close_by_taps() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=SIZE) as pilot:
        await tap_next_until(pilot, FaqScreen)
        folds = list(app.screen.query(Fold))
        await tap(pilot, folds[1].question)
        assert folds[1].is_open and folds[1].answer is not None and folds[1].answer.display
        await tap(pilot, folds[1].question)
        assert not folds[1].is_open
        assert not any(fold.is_open for fold in folds)


async def test_the_checklist_answered_by_taps_then_the_summary() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=SIZE) as pilot:
        await tap_next_until(pilot, ChecklistScreen)
        rows = list(app.screen.query(AnswerRow))
        await tap(pilot, rows[0].first_choice())
        assert app.session.answers == {rows[0].item.id: Answer.YES}
        assert rows[0].has_class("-flagged")
        # Next with questions left points to them, as its key does: the same step, a count shown.
        await tap(pilot, button(app, EN.keys.next))
        assert isinstance(app.screen, ChecklistScreen)
        assert app.screen.query_one("#status", Line).has_class("-shown")
        for row in rows[1:]:
            no = [choice for choice in row.query(Choice) if choice.value == "no"]
            await tap(pilot, no[0])
            assert app.session.answers[row.item.id] is Answer.NO
        await tap(pilot, button(app, EN.keys.next))
        assert isinstance(app.screen, SummaryScreen)
        assert app.session.answers[rows[0].item.id] is Answer.YES


async def test_colours_and_help_by_taps() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == DEFAULT_THEME
        await tap(pilot, button(app, EN.keys.theme))
        assert app.theme == CONTRAST_THEME
        await tap(pilot, button(app, EN.keys.theme))
        assert app.theme == DEFAULT_THEME
        await tap(pilot, button(app, EN.keys.help))
        assert isinstance(app.screen, HelpScreen)
        assert buttons(app) == [EN.keys.close]
        await tap(pilot, button(app, EN.keys.close))
        assert isinstance(app.screen, WelcomeScreen)


async def test_home_and_start_again_ask_first_and_taps_answer() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=SIZE) as pilot:
        app.session.go_to(STEP_ORDER.index("summary"))
        for item in app.session.language.checklist.questions:
            app.session.answer(item.id, Answer.NO)
        app.show_step()
        await pilot.pause()
        await tap(pilot, "#restart")
        assert isinstance(app.screen, ConfirmDialog)
        await tap(pilot, "#cancel")
        assert isinstance(app.screen, SummaryScreen) and app.session.has_answers
        await tap(pilot, button(app, EN.keys.home))
        assert isinstance(app.screen, ConfirmDialog)
        await tap(pilot, "#cancel")
        assert isinstance(app.screen, SummaryScreen) and app.session.has_answers
        await tap(pilot, "#restart")
        await tap(pilot, "#confirm")
        assert isinstance(app.screen, WelcomeScreen) and not app.session.has_answers


async def test_quit_by_taps_asks_first_when_there_are_answers() -> None:
    app = make_app(browser=True)
    async with app.run_test(size=SIZE) as pilot:
        app.session.answer(app.session.language.checklist.questions[0].id, Answer.NO)
        await tap(pilot, button(app, EN.keys.quit))
        assert isinstance(app.screen, ConfirmDialog)
        await tap(pilot, "#cancel")
        assert app.is_running and isinstance(app.screen, WelcomeScreen)
        await tap(pilot, button(app, EN.keys.quit))
        await pilot.click("#confirm", offset=(2, 1))
        await pilot.pause()
        assert app.return_code == 0


async def test_the_slip_prints_by_taps_when_a_printer_is_set() -> None:
    shipped = shipped_content()
    clinic = replace(shipped.clinic, handoff=Handoff(printer="slip"))
    printer = FakePrinter()
    printer.go.set()
    app = WalkthroughApp(replace(shipped, clinic=clinic), Settings(browser=True), printer=printer)
    async with app.run_test(size=SIZE) as pilot:
        app.session.go_to(STEP_ORDER.index("summary"))
        app.show_step()
        await pilot.pause()
        await tap(pilot, button(app, EN.handoff.print))
        await pilot.pause(0.2)
        assert len(printer.jobs) == 1
        await tap(pilot, "#print")
        await pilot.pause(0.2)
        assert len(printer.jobs) == 2
        assert app.screen.query_one("#print-status", Line).plain == EN.handoff.printed


def spy_on_notices(app: WalkthroughApp) -> list[str]:
    told: list[str] = []
    app.notify = lambda message, **_: told.append(str(message))  # type: ignore[method-assign]
    return told


async def test_read_aloud_is_not_offered_in_a_browser() -> None:
    """It would speak on the server: no R button, and R does nothing, not even say it cannot."""
    speaker = RecordingSpeaker()
    app = WalkthroughApp(shipped_content(), Settings(browser=True, speech="on"), speaker=speaker)
    async with app.run_test(size=SIZE) as pilot:
        assert EN.keys.read_aloud not in buttons(app)
        told = spy_on_notices(app)
        await pilot.press("r")
        await pilot.pause()
        assert speaker.said == [] and told == []
    terminal = WalkthroughApp(shipped_content(), Settings(speech="on"), speaker=speaker)
    async with terminal.run_test(size=SIZE):
        assert EN.keys.read_aloud in str(terminal.screen.query_one(KeyBar).render())
    silent = WalkthroughApp(shipped_content(), Settings(), speaker=NullSpeaker())
    async with silent.run_test(size=SIZE) as pilot:
        told = spy_on_notices(silent)
        await pilot.press("r")  # in a terminal where nothing can speak, R says so
        await pilot.pause()
        assert told == [EN.speech_missing]


async def test_the_buttons_words_are_literal_text(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), folder)
    ui = folder / "en" / "ui.yaml"
    hostile = "[b]Go[/b] [@click=app.quit]on[/]"
    ui.write_text(ui.read_text(encoding="utf-8").replace("next: Next", f'next: "{hostile}"', 1))
    app = WalkthroughApp(load_content(folder), Settings(browser=True, language="en"))
    async with app.run_test(size=SIZE) as pilot:
        next_button = button(app, hostile)
        assert str(next_button.render()) == f"→ {hostile}"
        await tap(pilot, next_button)
        assert app.is_running and app.session.step_index == 1
