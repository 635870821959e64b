"""A step's scrolling body, where Up and Down move or scroll, and the big choices in it."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from walkthrough.safe_text import printable
from walkthrough.widgets.glyphs import CONSOLE

SCROLL_LINES = 3


def focus_now(widget: Widget) -> None:
    """Focus at once (focus() waits a turn, quick keys would miss it) and show it unanimated."""
    widget.screen.set_focus(widget, scroll_visible=False)
    widget.scroll_visible(animate=False)


class Body(VerticalScroll, inherit_bindings=False):
    """Up/Down go to the next choice in view, else scroll toward it: no long text is skipped."""

    can_focus = False

    class MoreBelow(Message):
        """The text now does (or no longer does) go on below the bottom of the body."""

        def __init__(self, body: Body, more: bool, scrolled: bool) -> None:
            super().__init__()
            self.body = body
            self.more = more
            self.scrolled = scrolled  # by a scroll, not by a change of size or content

    more_below = False  # whether the text goes on below what is in view

    def on_mount(self) -> None:
        if self.app.has_class(CONSOLE):  # the Linux console's font has no eighth blocks
            # Imported only there: elsewhere a body that fits makes no scroll bar at all.
            from walkthrough.widgets.console_scrollbar import WholeCellScrollBar

            # Per scroll bar, as ScrollBar.renderer's documentation shows (typed a ClassVar).
            self.vertical_scrollbar.renderer = WholeCellScrollBar  # type: ignore[misc]
        # Told only when it changes: a comparison per scroll, nothing per key otherwise.
        self.watch(self, "scroll_y", self.scrolled, init=False)
        self.watch(self, "virtual_size", self._after_layout, init=False)  # a fold opened

    def on_resize(self, event: events.Resize) -> None:
        self.check_more_below()

    def _after_layout(self) -> None:
        self.call_after_refresh(self.check_more_below)  # sizes are all known only then

    def scrolled(self) -> None:
        self.check_more_below(scrolled=True)

    def check_more_below(self, scrolled: bool = False) -> None:
        more = round(self.scroll_y) < self.max_scroll_y
        if more != self.more_below:
            self.more_below = more
            self.post_message(self.MoreBelow(self, more, scrolled))

    def move(self, direction: int, focused: Widget | None) -> None:
        choices = [widget for widget in self.query("*") if widget.focusable]
        if focused in choices:
            index = choices.index(focused) + direction
            target = choices[index] if 0 <= index < len(choices) else None
        else:
            target = (choices[0] if direction > 0 else choices[-1]) if choices else None
        if target is not None and self.region.overlaps(target.region):
            focus_now(target)
        elif self.scroll_y < self.max_scroll_y if direction > 0 else self.scroll_y > 0:
            self.scroll_relative(y=direction * SCROLL_LINES, animate=False)
        elif target is not None:
            focus_now(target)


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
