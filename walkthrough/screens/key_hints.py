"""The key bar: its hints, from the bindings that work there, what a tap runs, and its widget."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from textual.binding import ActiveBinding
from textual.dom import DOMNode

from walkthrough.content.model import UiWords
from walkthrough.widgets.glyphs import KeyBar, KeyHint
from walkthrough.wording import answer_keys

if TYPE_CHECKING:
    from walkthrough.widgets.touch import KeyButtons

TOUCH = "-touch"  # the app's class when served to a browser: taps, and targets for a finger

# The key bar's words (ui.yaml `keys`, or a path from its top), in the order a patient needs them.
HINTS = "next back answer move choose handoff.print theme help home read_aloud quit".split()
# A touch screen's buttons: Back at the left and Next at the right, as on a page. Answer, Move and
# Choose act on the choice in focus; there a finger taps the choice itself.
TAP_HINTS = "back handoff.print theme help home quit next".split()


def step_hints(bindings: dict[str, ActiveBinding], ui: UiWords, *, touch: bool) -> list[KeyHint]:
    """The keys that work here and have words in ui.yaml; a tap on one runs `screen.tap`."""
    shown: dict[str, str] = {}
    for active in bindings.values():
        binding = active.binding
        if binding.show and active.enabled and binding.description:
            shown.setdefault(binding.description, binding.key_display or binding.key)
    if "answer" in shown:  # a keymap drops key_display (Textual's rule): the language's keys
        shown["answer"] = "answers"
    order = TAP_HINTS if touch else HINTS
    return [
        KeyHint(key_name(ui, shown[word]), words(ui, word), f"screen.tap({word!r})")
        for word in order
        if word in shown
    ]


def words(ui: UiWords, word: str) -> str:
    found: str = attrgetter(word if "." in word else f"keys.{word}")(ui)
    return found


def key_name(ui: UiWords, key: str) -> str:
    """A key as the patient's language writes it: "1 2 3", "Inicio", "→"."""
    if key == "answers":
        return " ".join(item.shown for item in answer_keys(ui))  # "1 2 3"
    name: str = getattr(ui.key_names, key, key)
    return name


def bound_to(bindings: dict[str, ActiveBinding], word: str) -> ActiveBinding | None:
    """The binding whose hint has these words, as it is now: the checklist's Next moves to the
    questions left until all are answered, then goes on, as its key does."""
    for active in bindings.values():
        if active.enabled and active.binding.description == word:
            return active
    return None


def key_bar_kind(node: DOMNode) -> type[KeyBar | KeyButtons]:
    """The key bar for where `node` is shown: buttons on a touch screen, else a line of keys."""
    if not node.app.has_class(TOUCH):
        return KeyBar
    # Loaded only here: a terminal's start is quicker without defining a browser's widgets.
    from walkthrough.widgets.touch import KeyButtons

    return KeyButtons


def key_bar(node: DOMNode, hints: list[KeyHint]) -> KeyBar | KeyButtons:
    """A key bar of that kind, showing `hints`."""
    return key_bar_kind(node)(hints)
