"""The summary: what to tell the practitioner, what happens next, and starting again."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult

from walkthrough.content.model import SummaryStep
from walkthrough.screens.base import StepScreen
from walkthrough.session import Session
from walkthrough.widgets.answer_row import FLAG_MARK
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.text import Line, MarkedLines, Prose
from walkthrough.wording import summarise


class SummaryScreen(StepScreen):
    """Lists every flagged answer in plain words, or says there is nothing to flag."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
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
            yield Choice(self.step.start_over, "restart", radio=False, id="restart")

    @on(Choice.Picked, "#restart")
    async def restart(self, event: Choice.Picked) -> None:
        event.stop()
        await self.run_action("app.restart")
