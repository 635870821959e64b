"""Common questions: each folded until the patient opens it with Enter or Space."""

from __future__ import annotations

from textual.app import ComposeResult

from walkthrough.content.model import FaqStep
from walkthrough.screens.base import StepScreen
from walkthrough.widgets.body import Body
from walkthrough.widgets.fold import Fold
from walkthrough.widgets.glyphs import marks_for
from walkthrough.widgets.keybar import KeyHint
from walkthrough.widgets.text import Line, Prose


class FaqScreen(StepScreen):
    """Up/Down move between questions; Enter or Space opens or closes one."""

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, FaqStep)
        marks = marks_for(self.options.console)
        with Body(id="body"):
            yield Prose(self.step.intro, classes="intro")
            yield Line(self.ui.faq_keys, classes="keys-intro")
            for item in self.step.items:
                yield Fold(item, marks)

    def extra_hints(self) -> list[KeyHint]:
        return [("↑ ↓", self.ui.keys.move), (self.ui.key_names.enter, self.ui.keys.choose)]
