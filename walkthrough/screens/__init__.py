"""One module per kind of screen; `screen_for` picks the right one for a step.

A kind's module is imported when a step of that kind is first shown: the first screen needs
only the welcome step's."""

from __future__ import annotations

from walkthrough.screens.base import StepScreen
from walkthrough.screens.requests import ScreenOptions
from walkthrough.session import Session


def screen_class(kind: str) -> type[StepScreen]:
    """The screen that shows steps of this kind."""
    if kind == "welcome":
        from walkthrough.screens.welcome import WelcomeScreen

        return WelcomeScreen
    if kind == "info":
        from walkthrough.screens.info import InfoScreen

        return InfoScreen
    if kind == "faq":
        from walkthrough.screens.faq import FaqScreen

        return FaqScreen
    if kind == "checklist":
        from walkthrough.screens.checklist import ChecklistScreen

        return ChecklistScreen
    if kind == "summary":
        from walkthrough.screens.summary import SummaryScreen

        return SummaryScreen
    raise ValueError(f"no screen for steps of kind {kind!r}")


def screen_for(session: Session, options: ScreenOptions) -> StepScreen:
    """A fresh screen for the session's current step."""
    return screen_class(session.step.kind)(session, options)


__all__ = ["ScreenOptions", "StepScreen", "screen_class", "screen_for"]
