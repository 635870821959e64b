"""The screen of each kind of step, loaded when first shown, and the step screens kept."""

from __future__ import annotations

from importlib import import_module
from itertools import count
from typing import Any, cast

from textual.app import App

from walkthrough import collector
from walkthrough.screens.base import StepScreen
from walkthrough.session import Session

KINDS = ("welcome", "info", "faq", "checklist", "summary")  # <Kind>Screen in screens.<kind>


def screen_class(kind: str) -> type[StepScreen]:
    if kind not in KINDS:
        raise ValueError(f"no screen for steps of kind {kind!r}")
    module = import_module(f"walkthrough.screens.{kind}")
    return cast("type[StepScreen]", getattr(module, f"{kind.capitalize()}Screen"))


class KeptScreens:
    """One screen per language and step, shown again as the patient left it, and quicker."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._names: dict[tuple[str, str], str] = {}
        self._serial = count(1)

    def screen_for(self, session: Session, index: int | None = None) -> StepScreen:
        """The screen for a step (the session's current one by default), kept if it still fits."""
        index = session.step_index if index is None else index
        kept = self._kept(session, index)
        return kept if kept is not None else self._build(session, index)

    def ahead(self, session: Session) -> StepScreen | None:
        """The next step's screen, new, or None when it is kept already or cannot come next."""
        index = session.step_index + 1
        if not session.can_go_next or self._kept(session, index) is not None:
            return None
        return self._build(session, index)

    def _build(self, session: Session, index: int) -> StepScreen:
        screen = screen_class(session.steps[index].kind)(session, index)
        name = f"step-{next(self._serial)}"
        self.app.install_screen(screen, name)
        self._names[(session.language_code, session.steps[index].id)] = name
        return screen

    def _kept(self, session: Session, index: int) -> StepScreen | None:
        name = self._names.get((session.language_code, session.steps[index].id))
        if name is None:
            return None
        kept = self.app.get_screen(name)
        assert isinstance(kept, StepScreen)
        if kept.still_fits():
            return kept
        self._drop(name)
        return None

    def forget(self) -> None:
        """Drop every kept screen (the one on show goes as soon as it is replaced)."""
        for name in list(self._names.values()):
            self._drop(name)

    def _drop(self, name: str) -> None:
        if self.app.is_screen_installed(name):  # (the app's end uninstalls them all)
            screen = self.app.get_screen(name)
            assert isinstance(screen, StepScreen)
            screen.retire()  # uninstalled and removed now, or once it is off the stack
            collector.release()  # its objects: garbage the collector skipped (see collector)
        self._names = {key: kept for key, kept in self._names.items() if kept != name}
