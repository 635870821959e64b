"""The summary: what to tell the practitioner, what happens next, and starting again."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult

from walkthrough.content.model import SummaryStep
from walkthrough.screens.base import StepScreen
from walkthrough.session import Session
from walkthrough.widgets.answer_row import FLAG_MARK, MarkedLines
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.text import Line, Prose
from walkthrough.wording import summarise


class SummaryScreen(StepScreen):
    """Lists every flagged answer in plain words, or says there is nothing to flag."""

    STYLE_SHEET = "summary"

    def __init__(self, session: Session, index: int) -> None:
        super().__init__(session, index)
        self.summary = summarise(session)

    def still_fits(self) -> bool:
        return self.summary.flagged == summarise(self.session).flagged

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, SummaryStep)
        summary = self.summary
        with Body(id="body"):
            if summary.flagged:
                yield Line(summary.flagged_heading, classes="flagged-heading")
                yield MarkedLines(FLAG_MARK, *summary.summary_lines, classes="flagged-items")
            else:
                yield Line(summary.nothing_flagged, classes="nothing-flagged")
            yield Prose(summary.next_steps)
            if self.session.content.clinic.handoff:  # a printer is set
                yield Choice(self.ui.handoff.print, "print", radio=False, key="P", id="print")
                yield Line("", id="print-status")
            yield Choice(self.step.start_over, "restart", radio=False, id="restart")

    def on_mount(self) -> None:
        super().on_mount()
        if self.query("#print-status"):
            self.watch(self.app, "slip_status", self.show_slip_status)

    def show_slip_status(self, status: str) -> None:
        """The app's `slip_status` in the patient's words ("Printing..."), or nothing."""
        line = self.query_one("#print-status", Line)
        line.show(getattr(self.ui.handoff, status) if status else "")
        line.display = bool(status)
        if status:
            self.call_after_refresh(line.scroll_visible, animate=False)

    @on(Choice.Picked, "#print")
    async def print_slip(self, event: Choice.Picked) -> None:
        event.stop()
        await self.run_action("app.print_slip")

    @on(Choice.Picked, "#restart")
    async def restart(self, event: Choice.Picked) -> None:
        event.stop()
        await self.run_action("app.restart")
