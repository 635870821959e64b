"""Common questions: each folded until the patient opens it with Enter or Space."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Collapsible

from walkthrough.content.model import FaqStep
from walkthrough.screens.base import StepScreen
from walkthrough.widgets.body import Body
from walkthrough.widgets.keybar import KeyHint
from walkthrough.widgets.text import Line, Prose, literal

CLOSED, OPEN = "►", "▼"


class FaqScreen(StepScreen):
    """Up/Down move between questions; Enter or Space opens or closes one."""

    BINDINGS = [Binding("space", "toggle", show=False)]

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, FaqStep)
        with Body(id="body"):
            yield Prose(self.step.intro, classes="intro")
            yield Line(self.ui.faq_keys, classes="keys-intro")
            for item in self.step.items:
                with Collapsible(
                    title=literal(item.question),  # type: ignore[arg-type]
                    collapsed=True,
                    collapsed_symbol=CLOSED,
                    expanded_symbol=OPEN,
                    id=f"faq-{item.id}",
                ):
                    yield Prose(item.answer)

    def extra_hints(self) -> list[KeyHint]:
        return [("↑ ↓", self.ui.keys.move), (self.ui.key_names.enter, self.ui.keys.choose)]

    def action_toggle(self) -> None:
        focused = self.focused
        if focused is not None and isinstance(focused.parent, Collapsible):
            focused.parent.collapsed = not focused.parent.collapsed
