"""Fuzzing the key stream: whatever a patient (or a child, or a cat on the keyboard) types,
with the terminal resized in between, the walkthrough holds together.

Hypothesis draws sequences of keys (every key the walkthrough knows, the keys that end or
suspend other programs, and random printable characters), terminal resizes, and resets. After
every one of them, through Pilot:

* the app has not crashed (no exception, no error return code; in kiosk mode nothing is
  logged as an error either, since there an error is caught and logged rather than raised);
* kiosk mode is never left: the app is still running after every key;
  in normal mode, q / Ctrl+C / Ctrl+Q may end the app, cleanly, and that ends the sequence;
* the step index stays in range, and the step screen shown is the session's step;
* answers change only on the checklist screen, except that starting over clears them all
  (and then the welcome screen is shown, with no dialog); the language changes only by
  picking one on the welcome screen;
* a reset (the kiosk's new-patient reset, or session.reset() + show_step() outside kiosk
  mode) always gives the pristine state: no answers, step 0, the default language, the
  welcome screen, no dialog (and in kiosk mode the default colours).

Each example starts a fresh app. FUZZ_EXAMPLES=200 runs longer (the default keeps the two
tests together under a minute on a 2-core machine).
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.apps import make_app, shipped_content
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.logbook import LOG
from walkthrough.screens.base import StepScreen
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.screens.dialogs import ConfirmDialog
from walkthrough.screens.welcome import WelcomeScreen

CONTENT = shipped_content()
DEFAULT_LANGUAGE = CONTENT.clinic.default_language
QUIT_DIALOGS = [language.ui.confirm_quit for language in CONTENT.languages.values()]

QUIT_KEYS = ["q", "ctrl+c", "ctrl+q"]
OTHER_KEYS = (
    "right left up down enter space tab shift+tab pageup pagedown home backspace 1 2 3 y n u "
    "question_mark f1 escape t r f12 ctrl+z ctrl+backslash ctrl+d ctrl+p"
).split()
SIZES = [(80, 24), (40, 12), (120, 40), (20, 8), (10, 5), (1, 1)]  # the last two: too small
LONG = 3600.0  # no idle warning or reset fires during a test unless the test asks for one
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "7"))
MIN_OPS, MAX_OPS = 6, 18

Op = tuple[str, Any]

named_keys = st.sampled_from(OTHER_KEYS).map(lambda key: ("key", key))
quit_keys = st.sampled_from(QUIT_KEYS).map(lambda key: ("key", key))
printable = st.one_of(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E),  # ASCII, punctuation included
    st.characters(categories=["L", "N"], max_codepoint=0xFFFF),  # any letter or digit (é, 中)
).map(lambda char: ("key", char))
resizes = st.sampled_from(SIZES).map(lambda size: ("resize", size))
resets = st.just(("reset", None))
forward = st.sampled_from(["right", "enter", "pagedown"]).map(lambda key: ("key", key))
answers = st.sampled_from(["1", "2", "3"]).map(lambda key: ("key", key))
# A shortcut to a step a patient could reach with keys (at most the checklist: going further
# needs every question answered), so that short sequences are tried on every kind of screen.
STEPS = CONTENT.languages[DEFAULT_LANGUAGE].steps
CHECKLIST = next(index for index, step in enumerate(STEPS) if step.kind == "checklist")
jumps = st.integers(0, CHECKLIST).map(lambda index: ("goto", index))
# ... and a visit to the checklist with a few keys that answer or move there.
on_checklist = st.sampled_from(["1", "2", "3", "enter", "space", "up", "down", "tab", "right"])
checklist_visit = st.lists(on_checklist.map(lambda key: ("key", key)), min_size=1, max_size=5).map(
    lambda keys: [("goto", CHECKLIST), *keys]
)


def ops(quit_weight: int) -> st.SearchStrategy[list[Op]]:
    """Mostly the walkthrough's keys (leaning forward, so later steps are reached); some
    characters, resizes, resets, jumps and visits to the checklist; quit keys `quit_weight`
    times in about 70."""
    weighted = [
        (36, named_keys),
        (10, forward),
        (6, answers),
        (5, printable),
        (4, resizes),
        (2, resets),
        (3, jumps),
        (quit_weight, quit_keys),
    ]
    table: list[st.SearchStrategy[list[Op]]] = [
        strategy.map(lambda op: [op]) for weight, strategy in weighted for _ in range(weight)
    ]
    table += [checklist_visit] * 3
    chunk = st.sampled_from(range(len(table))).flatmap(lambda index: table[index])
    return st.lists(chunk, min_size=MIN_OPS, max_size=MAX_OPS).map(
        lambda chunks: [op for ops in chunks for op in ops][:MAX_OPS]
    )


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the working tree
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


class ErrorLog(logging.Handler):
    """Collects what the kiosk logs as an error (it catches and logs them instead of crashing)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


@dataclass(frozen=True)
class Before:
    screen: object
    answers: dict[str, object]
    language: str


def step_screen(app) -> StepScreen:  # type: ignore[no-untyped-def]
    screen = app.screen_stack[1]
    assert isinstance(screen, StepScreen), app.screen_stack
    return screen


def assert_consistent(app, kiosk: bool) -> None:  # type: ignore[no-untyped-def]
    session = app.session
    assert 0 <= session.step_index < len(session.steps)
    assert step_screen(app).step.id == session.step.id
    assert session.language_code in CONTENT.languages
    if kiosk:
        assert isinstance(app, KioskApp)


def assert_welcome_without_dialog(app) -> None:  # type: ignore[no-untyped-def]
    assert app.session.step_index == 0
    assert isinstance(app.screen, WelcomeScreen), app.screen_stack
    assert len(app.screen_stack) == 2, app.screen_stack  # the default screen and the step


def assert_pristine(app, kiosk: bool) -> None:  # type: ignore[no-untyped-def]
    assert app.session.answers == {}
    assert app.session.language_code == DEFAULT_LANGUAGE
    assert_welcome_without_dialog(app)
    assert app.screen.step.id == "welcome"
    if kiosk:
        assert app.theme == app.settings.theme


async def reset(app, pilot, kiosk: bool) -> None:  # type: ignore[no-untyped-def]
    if kiosk:
        app.new_patient("fuzz test")
    else:
        app.session.reset()
        app.show_step()
    await pilot.pause()


def check_key(app, key: str, before: Before, kiosk: bool) -> bool:  # type: ignore[no-untyped-def]
    """Check the app after `key`; False when it (legitimately) ended."""
    if kiosk:
        assert app.is_running and app.return_code is None, f"{key!r} ended the kiosk"
    elif app.return_code is not None or not app.is_running:
        assert app.return_code == 0, f"{key!r}: the app ended with return code {app.return_code}"
        asked_to_quit = key in QUIT_KEYS or (
            key in ("enter", "space")
            and isinstance(before.screen, ConfirmDialog)
            and before.screen.dialog in QUIT_DIALOGS
        )
        assert asked_to_quit, f"{key!r} ended the app on {type(before.screen).__name__}"
        return False
    assert_consistent(app, kiosk)
    answers = dict(app.session.answers)
    if answers != before.answers:
        if answers:  # answered or changed: only ever on the checklist, never one taken away
            assert isinstance(before.screen, ChecklistScreen), (
                f"{key!r} changed answers on {type(before.screen).__name__}"
            )
            assert set(before.answers) <= set(answers)
        else:  # all gone: that is starting over, which shows the welcome screen
            assert_welcome_without_dialog(app)
    if app.session.language_code != before.language:  # only by picking one on the welcome step
        assert isinstance(before.screen, WelcomeScreen) and key in ("enter", "space"), (
            f"{key!r} changed the language on {type(before.screen).__name__}"
        )
    return True


async def play(ops: list[Op], kiosk: bool) -> None:
    errors = ErrorLog()
    LOG.addHandler(errors)
    try:
        settings = {"idle_timeout": LONG, "idle_warning": LONG, "summary_reset": LONG}
        app = make_app(kiosk=kiosk, **settings) if kiosk else make_app()
        seen: set[str] = set()
        async with app.run_test(size=SIZES[0]) as pilot:
            assert_pristine(app, kiosk)
            for kind, value in ops:
                if kind == "resize":
                    await pilot.resize_terminal(*value)
                    await pilot.pause()
                    assert_consistent(app, kiosk)
                elif kind == "reset":
                    await reset(app, pilot, kiosk)
                    assert_pristine(app, kiosk)
                elif kind == "goto":
                    app.session.go_to(value)
                    app.show_step()
                    await pilot.pause()
                    assert_consistent(app, kiosk)
                else:
                    session = app.session
                    before = Before(app.screen, dict(session.answers), session.language_code)
                    await pilot.press(str(value))
                    if not check_key(app, str(value), before, kiosk):
                        event("ended by a quit key")
                        break
                    seen.add(type(app.screen).__name__)
                    if app.session.answers:
                        seen.add("answers given")
                assert not errors.records, errors.records
            else:
                await reset(app, pilot, kiosk)
                assert_pristine(app, kiosk)
        assert not errors.records, errors.records
        assert app.return_code in (None, 0)
        event(f"operations: {'0-9' if len(ops) < 10 else '10-19' if len(ops) < 20 else '20+'}")
        for name in seen:
            event(f"seen: {name}")
    finally:
        LOG.removeHandler(errors)


@FUZZ
@given(ops=ops(quit_weight=1))
def test_normal_mode_survives_any_key_stream(ops: list[Op]) -> None:
    asyncio.run(play(ops, kiosk=False))


@FUZZ
@given(ops=ops(quit_weight=10))
def test_kiosk_mode_survives_any_key_stream_and_never_ends(ops: list[Op]) -> None:
    asyncio.run(play(ops, kiosk=True))
