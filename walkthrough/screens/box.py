"""The base of every modal box (a question, help, the idle notice, the staff PIN prompt)."""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

from walkthrough.screens.sizes import SizeClasses

Result = TypeVar("Result")


class Box(SizeClasses, ModalScreen[Result]):
    """A modal box that closes once, and only from the top of the screen stack.

    Textual's `dismiss` closes whatever screen is on top. Two closes of one box (Enter pressed
    twice before the first is handled, a key racing a timer, a box covered by the idle notice)
    would close the step under it, and then find no screen to close."""

    closed = False

    def dismiss(self, result: Result | None = None) -> AwaitComplete:
        if self.closed or not self.is_active:
            # Textual 8.2.8 leaves `nothing` unannotated.
            done: AwaitComplete = AwaitComplete.nothing()  # type: ignore[no-untyped-call]
            return done
        self.closed = True
        return super().dismiss(result)
