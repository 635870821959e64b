"""Plain mode's conversation: lines out, numbered choices, the commands every step takes."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import TextIO

from walkthrough.content.model import Dialog, UiWords
from walkthrough.keys import PLAIN_BACK, PLAIN_HELP, PLAIN_QUIT
from walkthrough.plain.console import Console
from walkthrough.session import Session
from walkthrough.wording import lines

CONFIRM, CANCEL = "1", "2"


class Move(Enum):
    """What one command at a prompt ended in."""

    FORWARD = auto()  # the session moved on a step
    BACKWARD = auto()  # back a step (the checklist then starts from its last question)
    REDRAW = auto()  # the same step again from its heading, as after a change of language
    RESTART = auto()  # the session was reset: from the welcome step again
    STAY = auto()  # handled: show this prompt's choices again
    PROMPTED = auto()  # handled, and the handler already said what can be typed next


class QuitConfirmed(Exception):
    """The patient chose to quit (and confirmed it, if they had answers to lose)."""


def choice(token: str, label: str) -> str:
    """'1 = English': only the token and ' = ' come from Python, the words from ui.yaml."""
    return f"{token} = {label}"


class Conversation(Console):
    """Prints steps and reads commands; every rule about moving and answering is the Session's."""

    def __init__(self, session: Session, stdin: TextIO, stdout: TextIO) -> None:
        super().__init__(stdin, stdout)
        self.session = session

    @property
    def ui(self) -> UiWords:
        return self.session.language.ui

    def markdown(self, text: str) -> None:
        self.say(*lines(text, bullet="-"))

    def nav(self, numbers: int = 0) -> str:
        """'Enter = Next, b = Back, q = Quit, ? = Help', leaving out what does nothing here."""
        ui, session = self.ui, self.session
        pairs: list[tuple[str, str]] = []
        if numbers:
            pairs.append(("1" if numbers == 1 else f"1-{numbers}", ui.keys.choose))
        if not session.is_last:
            pairs.append((ui.key_names.enter, ui.keys.next))
        if not session.is_first:
            pairs.append((PLAIN_BACK, ui.keys.back))
        pairs += [(PLAIN_QUIT, ui.keys.quit), (PLAIN_HELP[0], ui.keys.help)]
        return ", ".join(choice(token, label) for token, label in pairs)

    def prompt(
        self, show_choices: Callable[[], None], special: Callable[[str], Move | None] | None = None
    ) -> Move:
        """Read commands until one leaves this step; anything not understood repeats the choices."""
        show_choices()
        while True:
            command = self.ask()
            move = special(command) if special else None
            if move is None:
                move = self.common(command)
            if move in (None, Move.STAY):
                show_choices()
            elif move is not Move.PROMPTED:
                return move

    def common(self, command: str) -> Move | None:
        """Enter, back, quit and help, the same on every step except the checklist's questions."""
        if command == "":
            return Move.FORWARD if self.session.go_next() else None
        if command == PLAIN_BACK:
            return Move.BACKWARD if self.session.go_back() else None
        return Move.STAY if self.quit_or_help(command) else None

    def quit_or_help(self, command: str) -> bool:
        """Quit (asking first if answers would be lost) or show help; whether it was either."""
        if command == PLAIN_QUIT:
            self.quit()
        elif command in PLAIN_HELP:
            self.help()
        else:
            return False
        return True

    def quit(self) -> None:
        if not self.session.has_answers or self.confirm(self.ui.confirm_quit):
            raise QuitConfirmed

    def help(self) -> None:
        self.say("", self.ui.help_title)
        self.markdown(self.ui.plain_help_body)

    def confirm(self, dialog: Dialog) -> bool:
        self.say("", dialog.title)
        self.markdown(dialog.body)
        while True:
            # One per line: the labels may contain commas of their own.
            self.say(choice(CONFIRM, dialog.confirm), choice(CANCEL, dialog.cancel))
            command = self.ask()
            if command in (CONFIRM, CANCEL):
                return command == CONFIRM
