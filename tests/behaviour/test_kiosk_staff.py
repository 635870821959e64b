"""The staff exit: F12, then the staff PIN. Right PIN exits, wrong PINs back off, no PIN no exit."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from textual.widgets import Input

from tests.apps import make_app, shipped_content
from walkthrough.kiosk.dialogs import StaffPinPrompt
from walkthrough.kiosk.pin import PinHash, hash_pin
from walkthrough.screens.base import StepScreen
from walkthrough.widgets.glyphs import KeyBar
from walkthrough.widgets.text import TextBlocks

PIN = "4821"
HASH = hash_pin(PIN)
UI = shipped_content().default.ui


def shown(widget) -> str:  # type: ignore[no-untyped-def]
    if isinstance(widget, Input):  # what the field draws: placeholder, or a dot per character
        return "".join(widget.render_line(y).text for y in range(widget.size.height))
    if isinstance(widget, TextBlocks):
        return widget.plain
    return str(widget.render())


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        shown(widget) for widget in app.screen.query("*") if widget.display and widget.visible
    )


async def wait_for(pilot, condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        # Not pilot.pause: it first waits for the screen, which never comes once the app ends.
        await asyncio.sleep(0.02)
    if pilot.app.is_running:  # what the condition waited for is drawn before it is read
        await pilot.pause()


async def type_pin(pilot, pin: str) -> None:  # type: ignore[no-untyped-def]
    """Type a PIN and press Enter, then wait for its check (which runs in a thread) to end."""
    prompt = pilot.app.screen
    await pilot.press(*pin, "enter")
    await wait_for(pilot, lambda: not getattr(prompt, "checking", False))
    await pilot.pause()


async def test_right_pin_exits_with_code_zero(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="walkthrough.kiosk")
    app = make_app(kiosk=True, staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "f12")
        assert isinstance(app.screen, StaffPinPrompt)
        text = screen_text(app)
        assert UI.staff.title in text and UI.staff.placeholder in text and UI.staff.cancel in text
        await pilot.press(*PIN)
        text = screen_text(app)
        assert PIN not in text and "••••" in text  # a password field: dots, not digits
        await pilot.press("enter")
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 0 and app.ended_by == "staff"
    assert "staff exit" in caplog.text
    assert PIN not in caplog.text


async def test_wrong_pin_says_so_and_stays(caplog: pytest.LogCaptureFixture) -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        await type_pin(pilot, "0000")
        assert app.is_running
        assert isinstance(app.screen, StaffPinPrompt)
        assert UI.staff.wrong in screen_text(app)
        assert app.screen.query_one("#pin", Input).value == ""
        await pilot.press("escape")  # staff change their mind: back to the walkthrough
        assert isinstance(app.screen, StepScreen)
    assert "wrong staff PIN" in caplog.text and "0000" not in caplog.text


async def three_wrong_pins(pilot) -> None:  # type: ignore[no-untyped-def]
    """From the walkthrough: F12, then a wrong PIN three times (the prompt locks)."""
    await pilot.press("right", "f12")
    for _ in range(3):
        await type_pin(pilot, "1111")


async def test_three_wrong_pins_lock_the_prompt_then_it_closes() -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH, pin_backoff=20)
    async with app.run_test(size=(80, 24)) as pilot:
        await three_wrong_pins(pilot)
        prompt = app.screen
        assert isinstance(prompt, StaffPinPrompt)
        assert UI.staff.wait in screen_text(app)
        assert prompt.query_one("#pin", Input).disabled
        await type_pin(pilot, PIN)  # even the right PIN is refused while locked
        assert app.is_running
        await pilot.press("escape")
        await pilot.press("f12")  # reopening does not give fresh tries
        assert isinstance(app.screen, StaffPinPrompt)
        assert UI.staff.wait in screen_text(app)
        assert app.screen.query_one("#pin", Input).disabled
        await type_pin(pilot, PIN)
        assert app.is_running
        assert app.staff_lock.seconds_left() > 15


async def test_after_the_wait_the_prompt_closes_and_the_right_pin_works_again() -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH, pin_backoff=0.6)
    async with app.run_test(size=(80, 24)) as pilot:
        await three_wrong_pins(pilot)
        assert UI.staff.wait in screen_text(app)
        await wait_for(pilot, lambda: isinstance(app.screen, StepScreen))  # back to the walkthrough
        assert app.session.step_index == 1
        await pilot.pause(0.3)
        await pilot.press("f12")
        assert not app.screen.query_one("#pin", Input).disabled
        for _ in range(3):  # the next lockout is twice as long
            await type_pin(pilot, "2222")
        assert app.staff_lock.seconds_left() > 0.8
        await wait_for(pilot, lambda: isinstance(app.screen, StepScreen))
        await wait_for(pilot, lambda: app.staff_lock.seconds_left() == 0)
        await pilot.press("f12")
        await type_pin(pilot, PIN)
        await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 0


async def test_with_no_pin_configured_the_staff_key_does_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = make_app(kiosk=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "f12")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        await pilot.press(*PIN, "enter")
        assert app.is_running
    assert "cannot be left from the keyboard" in caplog.text


async def test_the_staff_key_does_nothing_outside_kiosk_mode() -> None:
    app = make_app(staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        assert isinstance(app.screen, StepScreen)


async def test_the_staff_key_is_never_shown() -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):
            assert "F12" not in str(app.screen.query_one(KeyBar).render())
            await pilot.press("right")


async def test_an_idle_reset_closes_a_forgotten_pin_prompt() -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH, idle_timeout=0.5, idle_warning=0.3)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "f12")
        await pilot.press("1", "2")
        await wait_for(pilot, lambda: len(app.screen_stack) == 2 and app.session.step_index == 0)
        assert app.is_running


class SlowChecks:
    """Every PIN check made slow on purpose, far slower than a real one; records when each
    one started and ended."""

    def __init__(self) -> None:
        self.seconds = 0.6
        self.done: list[tuple[float, float]] = []


@pytest.fixture
def slow_checks(monkeypatch: pytest.MonkeyPatch) -> SlowChecks:
    real = PinHash.matches
    checks = SlowChecks()

    def slow(stored: PinHash, pin: str) -> bool:
        started = time.monotonic()
        time.sleep(checks.seconds)
        right = real(stored, pin)
        checks.done.append((started, time.monotonic()))
        return right

    monkeypatch.setattr(PinHash, "matches", slow)
    return checks


async def test_the_screen_keeps_answering_while_a_pin_is_checked(slow_checks: SlowChecks) -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        ticks: list[float] = []
        app.set_interval(0.05, lambda: ticks.append(time.monotonic()))
        await pilot.press("right", "f12")
        prompt = app.screen
        assert isinstance(prompt, StaffPinPrompt)
        await pilot.press(*"0000", "enter")
        assert prompt.checking and not slow_checks.done  # Enter was handled; the check goes on
        await pilot.press("1", "2")  # keys are handled meanwhile
        assert prompt.query_one("#pin", Input).value == "12"
        await pilot.press("enter")  # and an Enter during a check is ignored
        await wait_for(pilot, lambda: not prompt.checking)
        ((started, ended),) = slow_checks.done
        assert sum(started < tick < ended for tick in ticks) >= 4  # timers ran during the check
        assert app.staff_lock.wrong_tries == 1  # counted once
        assert UI.staff.wrong in screen_text(app)
        await type_pin(pilot, "1111")
        await type_pin(pilot, "2222")  # the third wrong PIN locks, as before
        assert len(slow_checks.done) == 3 and app.staff_lock.lockouts == 1
        assert UI.staff.wait in screen_text(app)
        assert prompt.query_one("#pin", Input).disabled


async def test_the_right_pin_still_exits_after_a_slow_check(slow_checks: SlowChecks) -> None:
    app = make_app(kiosk=True, staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "f12")
        await pilot.press(*PIN, "enter")
        assert app.is_running and isinstance(app.screen, StaffPinPrompt)
        await pilot.press("1")
        await wait_for(pilot, lambda: not app.is_running)
    assert len(slow_checks.done) == 1
    assert app.return_code == 0 and app.ended_by == "staff"


async def test_a_wrong_pin_counts_even_if_the_prompt_closes_during_its_check(
    slow_checks: SlowChecks,
) -> None:
    """Escape right after Enter gives no fresh tries; a PIN typed in a prompt reopened
    meanwhile waits its turn, so wrong PINs are counted one at a time, exactly."""
    slow_checks.seconds = 2.0
    app = make_app(kiosk=True, staff_pin_hash=HASH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "f12", *"1111", "enter", "escape")
        assert isinstance(app.screen, StepScreen)
        await pilot.press("f12", "2", "enter")
        typed = time.monotonic()
        await wait_for(pilot, lambda: len(slow_checks.done) == 2, timeout=10)
        (_, first_ended), (second_started, _) = slow_checks.done
        assert typed < first_ended <= second_started  # typed during the first, checked after
        assert app.staff_lock.wrong_tries == 2
        await type_pin(pilot, "3333")
        assert app.staff_lock.lockouts == 1 and app.staff_lock.seconds_left() > 0
