"""Printing the slip from the summary (P, or its choice), with a printer a test controls: what
the patient sees before, while and after it prints, and that nothing of it outlives the visit."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field, replace

import pytest

from tests.apps import shipped_content
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import Handoff
from walkthrough.handoff import PrintResult
from walkthrough.kiosk.app import KioskApp
from walkthrough.screens.summary import SummaryScreen
from walkthrough.session import Answer, Session
from walkthrough.settings import Settings
from walkthrough.widgets.glyphs import KeyBar
from walkthrough.widgets.text import Line

PRINTED = PrintResult(True, "printed on slip (job slip-1)")
FAILED = PrintResult(False, "queue slip: printer slip disabled since today")


@dataclass
class FakePrinter:
    """Prints nothing: each job waits until the test lets it end, with `result`."""

    result: PrintResult = PRINTED
    go: threading.Event = field(default_factory=threading.Event)
    jobs: list[Session] = field(default_factory=list)

    def __call__(self, session: Session) -> PrintResult:
        self.jobs.append(session)
        assert self.go.wait(10), "the test never let the job end"
        return self.result


def content(print_on_summary: bool = False):  # type: ignore[no-untyped-def]
    shipped = shipped_content()
    handoff = Handoff(printer="slip", print_on_summary=print_on_summary)
    return replace(shipped, clinic=replace(shipped.clinic, handoff=handoff))


def at_summary(app: WalkthroughApp, language: str = "en") -> None:
    session = app.session
    session.set_language(language)
    for item in session.language.checklist.questions:
        session.answer(item.id, Answer.UNSURE)
    session.go_to(len(session.steps) - 1)
    app.show_step()


def status(app: WalkthroughApp) -> str:
    line = app.screen.query_one("#print-status", Line)
    return line.plain if line.display else ""


async def wait_for(pilot, app: WalkthroughApp, words: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        await pilot.pause(0.02)
        if status(app) == words:
            return
    raise AssertionError(f"{words!r} never showed; the status is {status(app)!r}")


async def test_without_a_printer_the_summary_has_no_p_and_p_does_nothing() -> None:
    printer = FakePrinter()
    app = WalkthroughApp(shipped_content(), Settings(), printer=printer)
    async with app.run_test(size=(80, 24)) as pilot:
        at_summary(app)
        await pilot.pause()
        assert not app.screen.query("#print, #print-status")
        assert "Print" not in str(app.screen.query_one(KeyBar).render())
        await pilot.press("p")
        assert printer.jobs == []


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_p_prints_and_the_patient_sees_printing_then_printed(language: str) -> None:
    printer = FakePrinter()
    app = WalkthroughApp(content(), Settings(), printer=printer)
    async with app.run_test(size=(80, 24)) as pilot:
        words = app.session.content.languages[language].ui.handoff
        await pilot.press("p")  # the welcome step: no P
        assert printer.jobs == []
        at_summary(app, language)
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen) and status(app) == ""
        bar = str(app.screen.query_one(KeyBar).render())
        assert f" P  {words.print}" in bar
        await pilot.press("p")
        await wait_for(pilot, app, words.printing)
        await pilot.press("p", "p")  # a job is running: these do nothing
        await pilot.press("left")  # the keyboard keeps working while it prints
        assert app.session.step.kind == "checklist"
        await pilot.press("right")
        assert status(app) == words.printing
        printer.go.set()
        await wait_for(pilot, app, words.printed)
        assert len(printer.jobs) == 1 and printer.jobs[0].answers == app.session.answers
        await pilot.press("p")  # printing twice is allowed
        await wait_for(pilot, app, words.printed)
        assert len(printer.jobs) == 2 and isinstance(app.screen, SummaryScreen)


async def test_the_print_choice_prints_too_and_a_failure_gets_the_calm_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    printer = FakePrinter(FAILED)
    printer.go.set()
    app = KioskApp(content(), Settings(), printer=printer)
    async with app.run_test(size=(80, 24)) as pilot:
        at_summary(app, "es")
        await pilot.pause()
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="walkthrough.kiosk"):
            app.screen.query_one("#print").focus()
            await pilot.press("enter")
            await wait_for(pilot, app, app.ui.handoff.print_failed)
        assert isinstance(app.screen, SummaryScreen) and app.session.is_last
        assert [r.getMessage() for r in caplog.records] == [f"slip not printed: {FAILED.detail}"]


async def test_a_reset_forgets_the_status_and_a_late_result_is_shown_to_no_one() -> None:
    printer = FakePrinter()
    app = KioskApp(content(), Settings(), printer=printer)
    async with app.run_test(size=(80, 24)) as pilot:
        at_summary(app)
        await pilot.press("p")
        await wait_for(pilot, app, app.ui.handoff.printing)
        app.new_patient("idle")
        await pilot.pause()
        assert app.slip_status == ""
        at_summary(app, "zh")  # the next patient, quickly at the summary
        await pilot.pause()
        assert status(app) == ""
        printer.go.set()  # the last patient's job ends now
        for _ in range(20):
            await pilot.pause(0.02)
        assert status(app) == "" and app.slip_status == ""
        await pilot.press("p")  # the new patient can print their own
        await wait_for(pilot, app, app.ui.handoff.printed)


async def test_a_kiosk_prints_on_arrival_once_a_visit() -> None:
    printer = FakePrinter()
    printer.go.set()
    app = KioskApp(content(print_on_summary=True), Settings(), printer=printer)
    async with app.run_test(size=(80, 24)) as pilot:
        at_summary(app)
        await wait_for(pilot, app, app.ui.handoff.printed)
        await pilot.press("left", "right")  # back and forth: not again
        await pilot.pause()
        assert len(printer.jobs) == 1 and status(app) == app.ui.handoff.printed
        await pilot.press("p")  # but P prints again
        await wait_for(pilot, app, app.ui.handoff.printed)
        assert len(printer.jobs) == 2
        app.new_patient("summary shown")
        at_summary(app)  # the next patient's summary prints theirs
        await wait_for(pilot, app, app.ui.handoff.printed)
        assert len(printer.jobs) == 3
