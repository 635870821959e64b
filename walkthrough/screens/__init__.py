"""One module per kind of screen; a kind's module is loaded when a step of that kind is first
shown (the first screen needs only the welcome step's)."""

from __future__ import annotations

from importlib import import_module

from walkthrough.screens.base import ScreenOptions, StepScreen
from walkthrough.session import Session

KINDS = {
    "welcome": "WelcomeScreen",
    "info": "InfoScreen",
    "faq": "FaqScreen",
    "checklist": "ChecklistScreen",
    "summary": "SummaryScreen",
}


def screen_class(kind: str) -> type[StepScreen]:
    """The screen that shows steps of this kind."""
    if kind not in KINDS:
        raise ValueError(f"no screen for steps of kind {kind!r}")
    screen: type[StepScreen] = getattr(import_module(f"walkthrough.screens.{kind}"), KINDS[kind])
    return screen


def screen_for(session: Session, options: ScreenOptions) -> StepScreen:
    """A fresh screen for the session's current step."""
    return screen_class(session.step.kind)(session, options)


__all__ = ["ScreenOptions", "StepScreen", "screen_class", "screen_for"]
