"""Any terminal size, down to 1x1: what fits is drawn, or a line asking for a larger window,
and nothing is lost. Growing the window brings back the same step, answers and focus."""

from __future__ import annotations

import logging

import pytest
from rich.cells import cell_len
from textual.screen import Screen
from textual.widget import Widget

from tests.apps import make_app, shipped_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.kiosk.dialogs import IdleWarning, StaffPinPrompt
from walkthrough.kiosk.pin import hash_pin
from walkthrough.screens.base import MIN_HEIGHT, MIN_WIDTH, StepScreen, size_classes
from walkthrough.screens.dialogs import ConfirmDialog, HelpScreen
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import AnswerRow, Fold
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.text import Line

CONTENT = shipped_content()
CHECKLIST = STEP_ORDER.index("checklist")
FAQ = STEP_ORDER.index("questions")
LONG = 3600.0  # no idle warning during a test unless it asks for one
GRID = [(w, h) for w in (1, 2, 3, 10, 19, 20, 40, 80) for h in (1, 2, 5, 6, 8, 12, 24)]
TINY = [(1, 1), (1, 24), (2, 24), (3, 24), (80, 1), (80, 2), (10, 5), (19, 8)]


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


def displayed(widget: Widget) -> bool:
    """Whether the widget is laid out on its screen: it and every container around it shown."""
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))


def drawn_lines(screen: Screen[object], widget: Widget) -> list[str]:
    """The lines of `widget` that are on the terminal (it may be taller than a tiny window)."""
    visible = widget.region.intersection(screen.region)
    top = visible.y - widget.region.y
    return [widget.render_line(y).text for y in range(top, top + visible.height)]


def assert_asks_for_a_larger_window(screen: Screen[object], words: str) -> None:
    """Only the line is drawn: as much of it as fits, in the patient's language."""
    assert screen.has_class("-too-small")
    notice = screen.query_one("#make-larger", Line)
    assert displayed(notice) and notice.plain == words
    others = [w for w in screen.query("*") if w is not notice and displayed(w)]
    assert others == [], others
    drawn = "".join("".join(drawn_lines(screen, notice)).split())
    assert words.replace(" ", "").startswith(drawn)
    width = screen.size.width
    if width > 1 or words.isascii():  # one column holds a letter, but no Chinese character
        assert drawn
    if width >= cell_len(words):
        assert drawn_lines(screen, notice) == [words]


def assert_not_asking(screen: Screen[object]) -> None:
    assert not screen.has_class("-too-small")
    assert not any(displayed(line) for line in screen.query("#make-larger"))


def words(app) -> str:  # type: ignore[no-untyped-def]
    return app.session.language.ui.too_small


# Size classes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "classes"),
    [
        ((1, 1), ["-too-small"]),
        ((19, 24), ["-too-small", "-tall"]),
        ((80, 5), ["-wide", "-too-small"]),
        ((20, 6), ["-narrow", "-short"]),
        ((40, 12), ["-narrow", "-short"]),
        ((80, 24), ["-wide", "-tall"]),
    ],
)
def test_size_classes(size: tuple[int, int], classes: list[str]) -> None:
    assert size_classes(*size) == classes


# Starting at any size -------------------------------------------------------------------------


@pytest.mark.parametrize("size", GRID, ids=[f"{w}x{h}" for w, h in GRID])
async def test_the_walkthrough_starts_at_any_size(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.is_running
        if too_small(*size):
            assert_asks_for_a_larger_window(app.screen, words(app))
        else:
            assert_not_asking(app.screen)
            assert displayed(app.screen.query_one("#step-title"))
        assert app.screen.focused is not None  # a language, ready for Space or Enter


@pytest.mark.parametrize(
    ("size", "language"),
    [(size, ("en", "es", "zh")[i % 3]) for i, size in enumerate(TINY)],
    ids=[f"{w}x{h}-{('en', 'es', 'zh')[i % 3]}" for i, (w, h) in enumerate(TINY)],
)
async def test_every_step_and_box_asks_for_a_larger_window(
    size: tuple[int, int], language: str
) -> None:
    app = make_app(language=language)
    async with app.run_test(size=size) as pilot:
        for index in range(len(STEP_ORDER)):
            app.session.go_to(index)
            app.show_step()
            await pilot.pause()
            assert_asks_for_a_larger_window(app.screen, words(app))
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert_asks_for_a_larger_window(app.screen, words(app))
        await pilot.press("escape")
        app.session.answer(CONTENT.languages[language].checklist.questions[0].id, Answer.NO)
        await pilot.press("home")
        assert isinstance(app.screen, ConfirmDialog)
        assert_asks_for_a_larger_window(app.screen, words(app))


async def test_the_size_goes_back_and_forth_across_every_step_without_a_fault() -> None:
    """Every kind of step (with answers, flags and an open question) through a grid of sizes."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for item in app.session.language.checklist.questions:
            app.session.answer(item.id, Answer.YES)
        for index in range(len(STEP_ORDER)):
            app.session.go_to(index)
            app.show_step()
            await pilot.pause()
            if index == FAQ:
                await pilot.press("enter")  # open the first question
            for size in GRID[index::7]:
                await pilot.resize_terminal(*size)
                await pilot.pause()
                if too_small(*size):
                    assert_asks_for_a_larger_window(app.screen, words(app))
                else:
                    assert_not_asking(app.screen)
            await pilot.resize_terminal(80, 24)


# Nothing is lost ------------------------------------------------------------------------------


@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
async def test_shrinking_to_1x1_and_back_keeps_step_answers_and_focus(kiosk: bool) -> None:
    app = make_app(kiosk=kiosk, idle_timeout=LONG)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(CHECKLIST):
            await pilot.press("right")
        await pilot.press("1", "2", "tab")  # two answers; focus on "No" of the third question
        screen, focused = app.screen, app.screen.focused
        answers = dict(app.session.answers)
        assert len(answers) == 2 and isinstance(focused, Choice) and focused.value == "no"
        body = screen.query_one(Body)
        scrolled = body.scroll_y
        for size in [(1, 1), (3, 24), (80, 1), (10, 5), (1, 1)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.screen is screen
            assert_asks_for_a_larger_window(screen, words(app))
            assert screen.focused is focused  # still takes the keys while hidden
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen is screen and app.session.step_index == CHECKLIST
        assert_not_asking(screen)
        assert app.session.answers == answers
        rows = {row.item.id: row.answer for row in screen.query(AnswerRow)}
        assert {k: v for k, v in rows.items() if v is not None} == answers
        assert screen.focused is focused and focused.has_focus and displayed(focused)
        assert body.scroll_y == scrolled
        assert screen.query_one(Body).region.overlaps(focused.region)  # in view


async def test_an_open_question_and_its_focus_come_back() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.go_to(FAQ)
        app.show_step()
        await pilot.pause()
        await pilot.press("down", "enter")  # open the second question
        fold = app.screen.query(Fold)[1]
        focused = app.screen.focused
        assert fold.is_open and focused is not None and fold in focused.ancestors
        await pilot.resize_terminal(1, 1)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.query(Fold)[1].is_open and app.screen.focused is focused


async def test_keys_keep_working_while_the_window_is_too_small() -> None:
    app = make_app()
    async with app.run_test(size=(10, 5)) as pilot:
        await pilot.press("right")
        assert app.session.step_index == 1
        assert_asks_for_a_larger_window(app.screen, words(app))
        for _ in range(CHECKLIST - 1):
            await pilot.press("right")
        await pilot.press("1", "2", "3")
        questions = app.session.language.checklist.questions
        assert [app.session.answers[q.id] for q in questions[:3]] == [
            Answer.YES,
            Answer.NO,
            Answer.UNSURE,
        ]
        await pilot.press("t")  # a note about the colours, at 10x5
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert_not_asking(app.screen)
        rows = list(app.screen.query(AnswerRow))
        assert [row.answer for row in rows[:3]] == [Answer.YES, Answer.NO, Answer.UNSURE]
        assert app.screen.focused is rows[3].first_choice()  # the next question to answer


async def test_a_box_hides_its_step_and_comes_back_with_its_focus() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(CHECKLIST):
            await pilot.press("right")
        await pilot.press("1", "home")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog) and dialog.focused is not None
        assert dialog.focused.id == "cancel"
        await pilot.resize_terminal(1, 1)
        await pilot.pause()
        assert_asks_for_a_larger_window(dialog, words(app))
        assert dialog.styles.background.a == 1  # the step behind does not show through
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert_not_asking(dialog)
        assert displayed(dialog.query_one(".dialog")) and dialog.focused.id == "cancel"
        await pilot.press("enter")  # "Stay here"
        assert isinstance(app.screen, StepScreen) and len(app.session.answers) == 1


# The kiosk ------------------------------------------------------------------------------------


def kiosk_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_kiosk_started_at_1x1_keeps_running_and_resets_as_usual(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    app = make_app(kiosk=True, idle_timeout=0.4, idle_warning=0.6)
    async with app.run_test(size=(1, 1)) as pilot:
        for _ in range(5):
            await pilot.pause(0.1)
        assert app.is_running and app.return_code is None
        await pilot.press("right")  # a patient: now the idle warning has someone to ask
        assert app.session.step_index == 1
        while not isinstance(app.screen, IdleWarning):
            await pilot.pause(0.05)
        await pilot.pause()  # shown: now mounted and laid out at its size
        assert_asks_for_a_larger_window(app.screen, words(app))
        while app.session.step_index != 0 or isinstance(app.screen, IdleWarning):
            await pilot.pause(0.05)  # the countdown ends: reset for the next patient
        await pilot.pause(0.3)
        assert app.is_running and app.return_code is None
        assert kiosk_errors(caplog) == []
        assert "reset for a new patient (idle)" in caplog.text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert_not_asking(app.screen)
        assert displayed(app.screen.query_one("#step-title"))


async def test_the_staff_prompt_works_in_a_1x1_window(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    app = make_app(kiosk=True, idle_timeout=LONG, staff_pin_hash=hash_pin("4821"))
    async with app.run_test(size=(1, 1)) as pilot:
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, StaffPinPrompt)
        assert_asks_for_a_larger_window(app.screen, words(app))
        await pilot.press(*"4821", "enter")
        await pilot.pause()
    assert app.return_code == 0 and app.ended_by == "staff"
    assert kiosk_errors(caplog) == []
