"""A big, focusable choice (an answer, a language, an action), picked with Enter or Space."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from walkthrough.safe_text import printable

PICKED, NOT_PICKED = "(•)", "( )"


class Choice(Static, can_focus=True):
    """One option; Enter or Space picks it (Up and Down belong to the screen around it)."""

    BINDINGS = [Binding("enter,space", "pick", show=False)]

    class Picked(Message):
        def __init__(self, choice: Choice) -> None:
            super().__init__()
            self.choice = choice

        @property
        def control(self) -> Choice:
            return self.choice

    def __init__(
        self,
        label: str,
        value: str,
        *,
        picked: bool = False,
        radio: bool = True,
        key: str = "",
        id: str | None = None,
    ) -> None:
        self.label = label
        self.value = value
        self.radio = radio
        self.key = key  # the key that picks it, shown before the label ("" for none)
        self.picked = picked
        classes = "choice -picked" if picked else "choice"
        super().__init__(self._face(), id=id, classes=classes, markup=False)

    def _face(self) -> Content:
        mark = (PICKED if self.picked else NOT_PICKED) + " " if self.radio else ""
        if not self.key:
            return Content(mark + printable(self.label))
        # The key in reverse, like the keys in the key bar: a small key cap.
        return Content.assemble(mark, (printable(self.key), "reverse"), " ", printable(self.label))

    @property
    def face(self) -> str:
        """The words on the choice, as the patient reads them: "(•) 1 Yes"."""
        return self._face().plain

    def set_picked(self, picked: bool) -> None:
        if picked == self.picked:
            return
        self.picked = picked
        self.set_class(picked, "-picked")
        self.update(self._face())

    def action_pick(self) -> None:
        self.post_message(self.Picked(self))

    def on_click(self) -> None:
        self.focus()
        self.action_pick()
