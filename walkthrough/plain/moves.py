"""What a step's prompt can end in, and the one way out of the walkthrough."""

from __future__ import annotations

from enum import Enum, auto


class Move(Enum):
    """The result of one command at a prompt."""

    FORWARD = auto()
    """The session moved on a step."""
    BACKWARD = auto()
    """The session moved back a step (the checklist then starts from its last question)."""
    REDRAW = auto()
    """Same step again from its heading, as after a change of language."""
    RESTART = auto()
    """The session was reset; start again from the welcome step."""
    STAY = auto()
    """Handled; show this prompt's choices again."""
    PROMPTED = auto()
    """Handled, and the handler already said what can be typed next."""


class QuitConfirmed(Exception):
    """The patient chose to quit (and confirmed it, if they had answers to lose)."""
