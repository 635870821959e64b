"""Kiosk mode under Pilot: no key escapes, idle warning then a new-patient reset, errors recover,
SIGTERM/SIGHUP end cleanly, and nothing piles up from one patient to the next."""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import re
import signal
import time
from dataclasses import replace
from pathlib import Path

import pytest
from textual import events
from textual.timer import Timer

from tests.apps import make_app, shipped_content
from tests.behaviour.test_build_ahead import built, ready, until
from tests.support.memory import live
from tests.support.speech import RecordingSpeaker
from walkthrough.app import Settings
from walkthrough.cli import main
from walkthrough.content.model import STEP_ORDER
from walkthrough.content.sample import sample_warning
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.dialogs import IdleWarning
from walkthrough.screens.base import StepScreen
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.screens.dialogs import HelpScreen
from walkthrough.screens.faq import FaqScreen
from walkthrough.screens.info import InfoScreen
from walkthrough.screens.summary import SummaryScreen
from walkthrough.screens.welcome import WelcomeScreen
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import Fold
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.glyphs import KeyBar
from walkthrough.widgets.text import TextBlocks

EN = shipped_content().languages["en"]
ES = shipped_content().languages["es"]
CHECKLIST = STEP_ORDER.index("checklist")
ESCAPE_KEYS = ["ctrl+c", "ctrl+q", "ctrl+z", "ctrl+backslash", "ctrl+d", "ctrl+p", "escape", "q"]
F_KEYS = [f"f{n}" for n in range(1, 12)]


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """Show every step once, so first-time imports do not eat into the short timeouts below."""

    async def walk() -> None:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            answer_everything(app)
            for _ in STEP_ORDER:
                await pilot.press("right")

    asyncio.run(walk())


def go_to(app, index: int) -> None:  # type: ignore[no-untyped-def]
    app.session.go_to(index)
    app.show_step()


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """What the patient can read on the top screen, as plain text."""
    return "\n".join(
        widget.plain if isinstance(widget, TextBlocks) else str(widget.render())
        for widget in app.screen.query("*")
        if widget.display and widget.visible
    )


async def wait_for(pilot, condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        # Not pilot.pause: it first waits for the screen, which never comes once the app ends.
        await asyncio.sleep(0.02)
    if pilot.app.is_running:  # what the condition waited for is drawn before it is read
        await pilot.pause()


def countdown(app) -> int | None:  # type: ignore[no-untyped-def]
    """The number of seconds the idle notice shows, or None."""
    pattern = re.escape(EN.ui.idle.body).replace(re.escape("{seconds}"), r"(\d+)")
    found = re.search(pattern, screen_text(app))
    return int(found.group(1)) if found else None


def answer_everything(app) -> None:  # type: ignore[no-untyped-def]
    for item in app.session.language.checklist.questions:
        app.session.answer(item.id, Answer.UNSURE)


async def assert_fresh_welcome(pilot, app) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()  # let the new screen finish composing
    assert isinstance(app.screen, WelcomeScreen)
    assert len(app.screen_stack) == 2  # the default screen and the welcome step: no dialog
    assert app.session.answers == {}
    assert app.session.step_index == 0
    assert app.session.language_code == shipped_content().clinic.default_language
    assert app.theme == app.settings.theme
    assert EN.steps[0].title in screen_text(app)


# Lockdown -----------------------------------------------------------------------------------


async def test_no_key_ends_or_leaves_the_kiosk() -> None:
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        answer_everything(app)
        for step in ("welcome", "about", "questions", "checklist", "summary"):
            go_to(app, STEP_ORDER.index(step))
            await pilot.pause()
            for key in ESCAPE_KEYS + F_KEYS:
                await pilot.press(key)
                await pilot.pause()
                where = f"{key} on {step}"
                assert app.is_running and app.return_code is None, where
                assert app.session.step_index == STEP_ORDER.index(step), where
                if key == "f1":  # help is part of the walkthrough
                    assert isinstance(app.screen, HelpScreen), where
                    await pilot.press("escape")
                assert isinstance(app.screen, StepScreen), where


@pytest.mark.parametrize("key", ["ctrl+q", "ctrl+c", "q"])
async def test_the_same_keys_do_quit_outside_kiosk_mode(key: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running


async def test_key_bar_never_offers_quit_or_the_staff_key_in_kiosk_mode() -> None:
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in STEP_ORDER[:CHECKLIST]:
            bar = str(app.screen.query_one(KeyBar).render())
            assert EN.ui.keys.quit not in bar and "F12" not in bar and " Q " not in bar
            await pilot.press("right")
    plain = make_app()
    async with plain.run_test(size=(80, 24)):
        assert EN.ui.keys.quit in str(plain.screen.query_one(KeyBar).render())


async def test_no_text_selection_in_kiosk_mode() -> None:
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)):
        assert app.screen.allow_select is False
    plain = make_app()
    async with plain.run_test(size=(80, 24)):
        assert plain.screen.allow_select is True


# Idle: warn, then reset ---------------------------------------------------------------------


async def test_idle_warning_appears_after_the_timeout_with_a_live_countdown() -> None:
    app = make_app(kiosk=True, idle_timeout=0.3, idle_warning=2.4)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        started = time.monotonic()
        await pilot.press("down")  # in case the first step was slow to show
        assert not isinstance(app.screen, IdleWarning)
        await wait_for(
            pilot,
            lambda: (
                isinstance(app.screen, IdleWarning) and EN.ui.idle.keep_going in screen_text(app)
            ),
        )
        assert time.monotonic() - started >= 0.25
        assert EN.ui.idle.title in screen_text(app)
        first = countdown(app)
        assert first in (3, 2)  # 2.4 s, shown in whole seconds (2 if this machine is slow)
        await wait_for(pilot, lambda: countdown(app) == first - 1)
        assert app.session.step_index == 1  # not reset yet
        await wait_for(
            pilot, lambda: countdown(app) in (0, 1) or not isinstance(app.screen, IdleWarning)
        )


async def test_the_warning_speaks_the_patients_language() -> None:
    app = make_app(kiosk=True, language="es", idle_timeout=0.2, idle_warning=5)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))
        assert ES.ui.idle.title in screen_text(app)


@pytest.mark.parametrize("key", ["x", "right", "enter", "escape", "ctrl+c", "f12"])
async def test_any_key_keeps_going_and_does_nothing_else(key: str) -> None:
    # The warning lasts long enough that a busy test machine still presses the key in time,
    # and the next one is due long after the pause below, however slowly that pause runs.
    app = make_app(kiosk=True, idle_timeout=3.5, idle_warning=2.0)
    async with app.run_test(size=(80, 24)) as pilot:
        go_to(app, 2)
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))
        await pilot.press(key)
        assert isinstance(app.screen, InfoScreen)
        assert app.session.step_index == 2  # the key only closed the notice
        await pilot.pause(2.2)  # past the moment the warning would have reset
        assert app.session.step_index == 2
        assert not isinstance(app.screen, IdleWarning)  # the idle clock started again
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))


async def test_keys_keep_the_warning_away() -> None:
    # Keys come every 0.15 s, well inside the timeout even on a busy test machine; the loop
    # runs for twice the timeout, so without the keys the warning would certainly show.
    app = make_app(kiosk=True, idle_timeout=1.2, idle_warning=5)
    async with app.run_test(size=(80, 24)) as pilot:
        go_to(app, 1)
        await pilot.pause()
        await pilot.press("down")  # closes the warning, should the screen have been slow
        started = time.monotonic()
        while time.monotonic() - started < 2.4:
            await pilot.pause(0.15)
            assert not isinstance(app.screen, IdleWarning)
            await pilot.press("down")


async def test_at_zero_everything_of_the_patient_is_gone() -> None:
    # The warning is called up at once, not by a short idle timeout: on a busy machine the set-up
    # alone could outlast one and reset the patient before the answers are given.
    app = make_app(kiosk=True, language="es", idle_timeout=600, idle_warning=0.4)
    async with app.run_test(size=(80, 24)) as pilot:
        go_to(app, STEP_ORDER.index("questions"))
        await pilot.pause()
        assert isinstance(app.screen, FaqScreen)
        await pilot.press("enter")  # open a question
        assert any(fold.is_open for fold in app.screen.query(Fold))
        go_to(app, CHECKLIST)
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)
        await pilot.press("1", "2")
        await pilot.press("t")  # other colours
        await pilot.press("question_mark")  # and leave the help open
        assert app.session.answers and app.theme != app.settings.theme
        app.idle()  # what the idle timeout calls
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))
        await wait_for(pilot, lambda: isinstance(app.screen, WelcomeScreen), timeout=3)
        await assert_fresh_welcome(pilot, app)
        go_to(app, STEP_ORDER.index("questions"))
        await pilot.pause()
        faq = app.screen_stack[1]
        assert isinstance(faq, FaqScreen)
        assert faq.query(Fold) and not any(fold.is_open for fold in faq.query(Fold))
        assert faq.query_one(Body).scroll_y == 0


async def test_the_summary_resets_sooner() -> None:
    # The warning counts for 2 s, so that a busy machine's slow polls still see it.
    app = make_app(kiosk=True, idle_timeout=30, summary_reset=0.6, idle_warning=2)
    async with app.run_test(size=(80, 24)) as pilot:
        answer_everything(app)
        go_to(app, CHECKLIST)
        await pilot.pause(0.8)
        assert isinstance(app.screen, ChecklistScreen)  # the long timeout still applies here
        await pilot.press("right")
        assert isinstance(app.screen_stack[1], SummaryScreen)
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning), timeout=5)
        await wait_for(pilot, lambda: isinstance(app.screen, WelcomeScreen), timeout=5)
        await assert_fresh_welcome(pilot, app)


async def test_an_untouched_welcome_screen_is_left_in_peace() -> None:
    app = make_app(kiosk=True, idle_timeout=0.15, idle_warning=5)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.6)
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("f1")  # but anything left open is cleared
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))


async def test_never_a_reset_outside_kiosk_mode() -> None:
    app = make_app(idle_timeout=0.1, idle_warning=0.1, summary_reset=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "right")
        await pilot.pause(0.5)
        assert isinstance(app.screen, InfoScreen)
        assert app.session.step_index == 2


async def test_resets_keep_memory_flat() -> None:
    app = make_app(kiosk=True, idle_timeout=30, idle_warning=30)
    async with app.run_test(size=(80, 24)) as pilot:

        async def patients(count: int) -> None:
            for _ in range(count):
                await pilot.press("t", "question_mark")  # a dialog, and new colours
                app.new_patient("test")
                await pilot.pause()
            assert len(app.screen_stack) == 2
            # the same moment each time: the welcome shown, the next step built while it is read
            await until(pilot, lambda: "about" in built(app) and ready(built(app)["about"]))

        await patients(3)
        screens, timers = live(StepScreen), live(Timer)
        await patients(8)
        assert live(StepScreen) <= screens
        assert live(Timer) <= timers
        assert app.idle_timer is not None


# Errors -------------------------------------------------------------------------------------


def boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("injected failure")


def boom_once(original):  # type: ignore[no-untyped-def]
    """Fails the first time only, then behaves as before."""
    calls = []

    def maybe(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            boom()
        return original(*args, **kwargs)

    return maybe


def logged_tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.exc_text or "" for r in caplog.records if r.name == "walkthrough.kiosk" and r.exc_info
    ]


@pytest.mark.parametrize(
    "target",
    [
        "walkthrough.screens.info.InfoScreen.compose_step",  # while composing a screen
        "walkthrough.screens.base.StepScreen.initial_focus",  # while mounting it
        "walkthrough.widgets.body.Body.move",  # in a key's action
        "walkthrough.session.Session.go_next",  # in the app's navigation
    ],
)
async def test_an_error_in_kiosk_mode_is_logged_and_starts_again(
    target: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")  # focus a language without picking it
        app.session.answers["injected"] = Answer.YES  # something a reset must clear
        if "Body.move" in target:
            await pilot.press("right")
        module, owner, name = target.rsplit(".", 2)
        cls = getattr(importlib.import_module(module), owner)
        monkeypatch.setattr(cls, name, boom_once(getattr(cls, name)))
        await pilot.press("down" if "Body.move" in target else "right")
        await wait_for(
            pilot, lambda: isinstance(app.screen, WelcomeScreen) and not app.session.answers
        )
        await pilot.pause()
        assert app.is_running
        await assert_fresh_welcome(pilot, app)
        [traceback] = logged_tracebacks(caplog)
        assert "Traceback" in traceback and "RuntimeError: injected failure" in traceback
        assert "YES" not in caplog.text and "yes" not in caplog.text.lower().replace("yes", "", 0)
        assert "starting again at the welcome screen" in caplog.text
        await pilot.press("right")  # and the walkthrough works again
        assert app.session.step_index == 1


async def test_outside_kiosk_mode_errors_are_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("walkthrough.widgets.body.Body.move", boom)
    app = make_app()
    with pytest.raises(RuntimeError, match="injected"):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("right", "down")
            await pilot.pause()
    assert app.return_code == 1


async def test_errors_that_keep_coming_end_the_app_for_the_supervisor(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("walkthrough.screens.welcome.WelcomeScreen.compose_step", boom)
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 1 and app.ended_by == "errors"
    assert "too many errors" in caplog.text


# Signals ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kiosk", [True, False])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
async def test_sigterm_and_sighup_end_the_app_cleanly(kiosk: bool, signum: int) -> None:
    app = make_app(kiosk=kiosk)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        os.kill(os.getpid(), signum)
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 128 + signum
    assert app.ended_by == signal.Signals(signum).name
    assert signal.getsignal(signum) == signal.SIG_DFL  # the handler left with the app


async def test_the_start_is_logged_and_says_when_staff_cannot_leave(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)):
        pass
    assert "kiosk started" in caplog.text
    assert "cannot be left from the keyboard" in caplog.text


async def test_a_kiosk_started_on_the_sample_clinic_details_logs_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    async with make_app(kiosk=True).run_test(size=(80, 24)):
        pass
    [warning] = [r for r in caplog.records if "sample" in r.getMessage()]
    assert warning.levelno == logging.WARNING
    assert warning.getMessage() == sample_warning(shipped_content().clinic)
    assert warning.getMessage().startswith("clinic.yaml: name, phone and emergency_number")
    caplog.clear()
    own = replace(
        shipped_content(),
        clinic=replace(
            shipped_content().clinic, name="Our Clinic", phone="555-0123", emergency_number="999"
        ),
    )
    async with KioskApp(own, Settings()).run_test(size=(80, 24)):
        pass
    assert "kiosk started" in caplog.text and "sample" not in caplog.text


# The command line ---------------------------------------------------------------------------


def test_kiosk_needs_a_full_screen_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--kiosk", "--plain"]) == 2
    assert "full-screen terminal" in capsys.readouterr().err


def test_kiosk_refuses_to_start_without_a_log_it_can_write(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("walkthrough.cli.wants_plain", lambda: False)
    monkeypatch.setattr("walkthrough.cli.is_terminal", lambda stream: True)
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["--kiosk", "--log-file", str(blocker / "kiosk.log")]) == 2
    assert "cannot write the kiosk log" in capsys.readouterr().err


async def test_focus_news_of_a_widget_already_taken_down_changes_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # As the app ends, Textual takes widgets down while their focus news is still on its way:
    # that news once raised in the app, and the kiosk then reset a patient it no longer had.
    # The checklist, which reads the question in focus aloud, hears of it and says nothing.
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    speaker = RecordingSpeaker()
    settings = Settings(idle_timeout=1000, speech="auto")
    app = KioskApp(shipped_content(), settings, speaker=speaker)
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.go_to(CHECKLIST)
        app.show_step()
        await pilot.pause()
        said = len(speaker.said)
        gone = Choice("Yes", "yes")  # on no screen
        app.screen.post_message(events.DescendantFocus(gone))
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen) and app.session.step_index == CHECKLIST
        assert len(speaker.said) == said
    assert "error in" not in caplog.text and "reset for a new patient" not in caplog.text
