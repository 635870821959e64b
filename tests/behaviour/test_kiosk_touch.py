"""A kiosk served to a browser tab (the mouse on): a tap, a click or the wheel is a patient's
activity exactly as a key is, the idle notice closes on a tap the way it does on a key, and
nothing a tap can do leaves the kiosk.

Taps reach a real app from its driver, through App.on_event (where the kiosk counts them); Pilot's
click goes past that to the screen, so some tests post the driver's own events instead."""

from __future__ import annotations

import asyncio

from textual import events
from textual.widget import Widget

from tests.apps import make_app, shipped_content
from tests.behaviour.test_kiosk import answer_everything, go_to, wait_for
from tests.behaviour.test_touch import button, buttons, tap
from walkthrough.content.model import STEP_ORDER
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.dialogs import IdleWarning
from walkthrough.screens.base import StepScreen
from walkthrough.screens.dialogs import HelpScreen
from walkthrough.widgets.touch import KeyButton

EN = shipped_content().languages["en"].ui
SIZE = (100, 30)


def kiosk() -> KioskApp:
    app = make_app(kiosk=True, browser=True, idle_timeout=60.0, idle_warning=30.0)
    assert isinstance(app, KioskApp)
    return app


def mouse(event: type[events.MouseEvent], widget: Widget) -> events.MouseEvent:
    """What the driver makes of a finger on the middle of `widget`."""
    x, y = widget.region.center
    return event(None, x, y, 0, 0, 1, False, False, False, screen_x=x, screen_y=y)


async def driver_tap(pilot, widget: Widget) -> None:  # type: ignore[no-untyped-def]
    pilot.app.post_message(mouse(events.MouseDown, widget))
    pilot.app.post_message(mouse(events.MouseUp, widget))
    await pilot.pause()


async def show_the_notice(pilot, app: KioskApp) -> None:  # type: ignore[no-untyped-def]
    go_to(app, STEP_ORDER.index("about"))  # someone's walk, so the notice asks
    await pilot.pause()
    app.idle()
    await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))


async def test_a_tap_restarts_the_idle_clock_as_a_key_does() -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        before = app.idle_timer
        await driver_tap(pilot, app.screen.query_one("#disclaimer"))
        assert app.idle_timer is not None and app.idle_timer is not before
        assert app.session.step_index == 0  # the words tapped do nothing else
        before = app.idle_timer
        await driver_tap(pilot, button(app, EN.keys.next))  # the tap is a click too
        await wait_for(pilot, lambda: app.session.step_index == 1)
        assert app.idle_timer is not before


async def test_the_wheel_restarts_the_idle_clock() -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        go_to(app, STEP_ORDER.index("checklist"))
        await pilot.pause()
        before = app.idle_timer
        app.post_message(mouse(events.MouseScrollDown, app.screen.query_one("#body")))
        await pilot.pause()
        assert app.idle_timer is not None and app.idle_timer is not before


async def test_a_tap_on_the_notice_only_closes_it() -> None:
    """The tap lands on the notice, over the Next button: the notice goes, the step stays."""
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await show_the_notice(pilot, app)
        next_button = app.screen_stack[-2].query(KeyButton).last()
        assert next_button.hint.words == EN.keys.next
        assert app.idle_timer is None  # stopped while the notice counts down
        await driver_tap(pilot, next_button)
        await wait_for(pilot, lambda: isinstance(app.screen, StepScreen))
        await asyncio.sleep(0.1)
        assert app.session.step_index == STEP_ORDER.index("about")
        assert app.idle_timer is not None  # counting again, from the start


async def test_the_wheel_on_the_notice_only_closes_it() -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await show_the_notice(pilot, app)
        app.post_message(mouse(events.MouseScrollDown, app.screen))
        await wait_for(pilot, lambda: isinstance(app.screen, StepScreen))
        assert app.session.step_index == STEP_ORDER.index("about")
        assert app.idle_timer is not None


async def test_taps_on_the_notice_as_pilot_makes_them() -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await show_the_notice(pilot, app)
        await tap(pilot, "#keep-going")
        assert isinstance(app.screen, StepScreen) and app.idle_timer is not None
        app.idle()
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))
        assert await pilot.click(offset=(1, 1))  # beside the box
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.idle_timer is not None
        assert app.session.step_index == STEP_ORDER.index("about")


async def test_no_tap_leaves_the_kiosk() -> None:
    """No Quit button on any step; every button on every step keeps the kiosk running."""
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        answer_everything(app)
        for step in STEP_ORDER:
            go_to(app, STEP_ORDER.index(step))
            await pilot.pause()
            assert EN.keys.quit not in buttons(app), step
            for words in buttons(app):
                if words in (EN.keys.next, EN.keys.back, EN.keys.home):
                    continue  # they go elsewhere: taken on their own steps
                await tap(pilot, button(app, words))
                assert app.is_running and app.return_code is None, (step, words)
                if isinstance(app.screen, HelpScreen):
                    await tap(pilot, button(app, EN.keys.close))
                assert isinstance(app.screen, StepScreen), (step, words)
                assert app.session.step_index == STEP_ORDER.index(step)
        await tap(pilot, button(app, EN.keys.home))  # asks first: the answers go
        await tap(pilot, "#confirm")
        assert app.is_running and app.session.step_index == 0
