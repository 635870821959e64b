"""A plain explanation step: the title and a scrollable block of Markdown."""

from __future__ import annotations

from textual.app import ComposeResult

from walkthrough.content.model import InfoStep
from walkthrough.screens.base import StepScreen
from walkthrough.widgets.body import Body
from walkthrough.widgets.text import Prose


class InfoScreen(StepScreen):
    """Up and Down scroll the text when it does not fit."""

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, InfoStep)
        with Body(id="body"):
            yield Prose(self.step.body)
