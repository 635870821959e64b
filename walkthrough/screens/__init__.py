"""One module per kind of screen; `screen_for` picks the right one for a step."""

from __future__ import annotations

from walkthrough.screens.base import StepScreen
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.screens.faq import FaqScreen
from walkthrough.screens.info import InfoScreen
from walkthrough.screens.requests import ScreenOptions
from walkthrough.screens.summary import SummaryScreen
from walkthrough.screens.welcome import WelcomeScreen
from walkthrough.session import Session

SCREENS: dict[str, type[StepScreen]] = {
    "welcome": WelcomeScreen,
    "info": InfoScreen,
    "faq": FaqScreen,
    "checklist": ChecklistScreen,
    "summary": SummaryScreen,
}


def screen_for(session: Session, options: ScreenOptions) -> StepScreen:
    """A fresh screen for the session's current step."""
    return SCREENS[session.step.kind](session, options)


__all__ = ["ScreenOptions", "StepScreen", "screen_for"]
