"""The welcome step: a greeting and the languages to choose from, each named in itself."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal

from walkthrough.content.model import WelcomeStep
from walkthrough.screens.base import StepScreen
from walkthrough.widgets.body import Body, Choice
from walkthrough.widgets.text import Line, Prose


class WelcomeScreen(StepScreen):
    """Enter on a language switches to it; Right goes on in the current one."""

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, WelcomeStep)
        languages = self.session.content.languages
        codes = [code for code in languages if code not in self.session.not_offered]
        with Body(id="body"):
            # Languages first: a patient who does not read English must find them at once.
            if len(codes) > 1:
                yield Line(self.step.language_prompt, classes="prompt")
                with Horizontal(id="languages"):
                    for code in codes:
                        name = languages[code].ui.language_name
                        picked = code == self.session.language_code
                        yield Choice(name, code, picked=picked, id=f"lang-{code}")
            yield Prose(self.step.body)
            yield Prose(self.ui.welcome_keys, classes="keys-intro")

    @on(Choice.Picked)
    async def pick_language(self, event: Choice.Picked) -> None:
        event.stop()
        code = event.choice.value
        same = code == self.session.language_code
        await self.run_action("app.next" if same else f"app.choose_language({code!r})")
