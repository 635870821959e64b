"""The key bar of a touch screen (a browser tab): each hint a button that runs its key's action."""

from __future__ import annotations

from math import ceil

from textual import events
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from walkthrough.safe_text import printable
from walkthrough.widgets.glyphs import KeyHint


def tap_face(hint: KeyHint) -> Content:
    """The hint's words, after its key only when that is a sign (→, ?): a letter or a key's
    name means nothing to a finger. Both come from the content, so made printable, literally."""
    key, words = printable(hint.key), printable(hint.words)
    return Content(f"{key} {words}" if len(key) == 1 and not key.isalnum() else words)


class KeyButton(Static, can_focus=False):
    """One hint, boxed: a tap runs what its key runs. It never takes the focus from a choice."""

    def __init__(self, hint: KeyHint) -> None:
        super().__init__(tap_face(hint), markup=False, classes="key-button")
        self.hint = hint

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.run_action(self.hint.action)


class KeyButtons(Widget):
    """The buttons in rows of equal cells: as many to a row as the widest one allows."""

    def __init__(self, hints: list[KeyHint]) -> None:
        self.hints = [hint for hint in hints if hint.action]
        super().__init__(*map(KeyButton, self.hints))

    def show(self, hints: list[KeyHint]) -> None:
        """These hints from now on (a screen built ahead showed the step before's)."""
        hints = [hint for hint in hints if hint.action]
        if hints != self.hints:
            self.hints = hints
            self.remove_children()
            self.mount_all(map(KeyButton, hints))

    def on_resize(self, event: events.Resize) -> None:
        buttons = list(self.query(KeyButton))
        if not buttons:
            return
        gap = self.styles.grid_gutter_horizontal  # between two buttons side by side
        widest = max(tap_face(b.hint).cell_length + b.styles.gutter.width for b in buttons)
        fit = max(1, (self.content_size.width + gap) // (widest + gap))
        rows = ceil(len(buttons) / fit)
        columns = ceil(len(buttons) / rows)  # rows as even as they can be: 4 and 3, not 6 and 1
        # Set here, not in the styles: how many fit depends on the words of the language.
        if self.styles.grid_size_columns != columns:
            self.styles.grid_size_columns = columns
