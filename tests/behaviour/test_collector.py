"""The garbage collector's full passes come while the patient reads, and a reset still frees
the last patient's screens (walkthrough.collector, walkthrough.ahead)."""

from __future__ import annotations

import gc
import weakref

import pytest

from tests.apps import make_app
from tests.behaviour.test_build_ahead import built, ready, until
from walkthrough import collector


@pytest.fixture(autouse=True)
def nothing_set_aside() -> None:
    """What an app run before set aside at its end is looked at again, so each test sees only
    what its own app sets aside."""
    collector.release()


async def test_once_the_next_step_is_built_the_collector_skips_what_is_alive() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "about" in built(app) and ready(built(app)["about"]))
        await until(pilot, lambda: gc.get_freeze_count() > 0)
        about = built(app)["about"]
        assert not any(obj is about for obj in gc.get_objects())  # not looked at by a pass
        gone = weakref.ref(about)
        del about
    assert gone() is None  # the app's end collected everything it made


async def test_a_reset_frees_the_last_patients_screens() -> None:
    app = make_app(kiosk=True, idle_timeout=1000)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "right")
        await until(pilot, lambda: "treatment" in built(app) and ready(built(app)["treatment"]))
        await until(pilot, lambda: gc.get_freeze_count() > 0)
        gone = [weakref.ref(screen) for screen in built(app).values()]
        assert len(gone) == 4  # the welcome, about, assessment and treatment, for this patient
        app.new_patient("test")  # type: ignore[attr-defined]
        await until(pilot, lambda: "about" in built(app) and ready(built(app)["about"]))
        await until(pilot, lambda: all(ref() is None for ref in gone))
        assert gc.get_freeze_count() > 0  # settled again, for the new patient


def test_settle_collects_then_skips_and_release_hands_back() -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    try:
        dead = weakref.ref(Cycle())
        kept = Cycle()
        collector.settle()
        assert dead() is None  # collected first
        assert not any(obj is kept for obj in gc.get_objects())  # then skipped
        collector.release()
        assert any(obj is kept for obj in gc.get_objects())
    finally:
        collector.release()


def test_every_so_often_a_settle_looks_at_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    monkeypatch.setattr(collector, "WHOLE_EVERY", 3)
    collector.release()  # counted from here
    try:
        alive = Cycle()
        dies_later = weakref.ref(alive)
        collector.settle()  # skipped from now on
        del alive
        collector.settle()
        assert dies_later() is not None  # garbage, but skipped
        collector.settle()  # the third: everything
        assert dies_later() is None
    finally:
        collector.release()
