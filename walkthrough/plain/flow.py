"""The walk through the steps: each step printed once, then a prompt of numbered choices."""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TextIO

from walkthrough.content.model import Content, Dialog, Interface
from walkthrough.plain import words
from walkthrough.plain.console import Console, EndOfInput, OutputGone
from walkthrough.plain.moves import Move, QuitConfirmed
from walkthrough.plain.steps import show_step
from walkthrough.session import Session
from walkthrough.wording import lines

Handler = Callable[[str], "Move | None"]

EXIT_OK = 0
EXIT_INTERRUPTED = 130


def run_plain(
    content: Content,
    *,
    language: str | None,
    stdin: TextIO,
    stdout: TextIO,
    session: Session | None = None,
) -> int:
    """Run the visit as plain lines until the patient quits, input ends or output cannot be
    written; return the exit code (see walkthrough.plain.console for the last).

    `language` picks the starting language (an unknown code keeps the clinic's default rather
    than stopping a patient). Pass `session` to share one with a caller, or to inspect it after.
    """
    session = session if session is not None else Session(content)
    if language in content.languages:
        session.set_language(language)
    walk = Walkthrough(session, Console(stdin, stdout))
    try:
        code = _walk(walk)
        walk.say_goodbye()
    except OutputGone as gone:
        return gone.exit_code  # no one is reading, so no goodbye either
    return code


def _walk(walk: Walkthrough) -> int:
    """Walk until the patient quits or input ends; the exit code for that ending."""
    try:
        walk.run()
    except (EndOfInput, QuitConfirmed):
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


class Walkthrough:
    """Prints steps and reads commands; every rule about moving and answering is the Session's."""

    def __init__(self, session: Session, console: Console) -> None:
        self.session = session
        self.console = console

    @property
    def ui(self) -> Interface:
        return self.session.language.ui

    def run(self) -> NoReturn:
        arrived_back = False
        while True:
            move = show_step(self, self.session.step, arrived_back)
            arrived_back = move is Move.BACKWARD

    # Pieces every step uses.

    def say(self, *lines: str) -> None:
        self.console.say(*lines)

    def markdown(self, text: str) -> None:
        self.console.say(*lines(text, bullet="-"))

    def nav(self, numbers: int = 0) -> str:
        return words.nav_line(
            self.ui, enter=not self.session.is_last, back=not self.session.is_first, numbers=numbers
        )

    def prompt(self, show_choices: Callable[[], None], special: Handler | None = None) -> Move:
        """Read commands until one leaves this step; anything not understood repeats the choices."""
        show_choices()
        while True:
            command = self.console.ask()
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
        if command == words.BACK:
            return Move.BACKWARD if self.session.go_back() else None
        if command == words.QUIT:
            self.quit()
            return Move.STAY
        if command in words.HELP:
            self.help()
            return Move.STAY
        return None

    def quit(self) -> None:
        """Raise QuitConfirmed, after asking first if there are answers that would be lost."""
        if not self.session.has_answers or self.confirm(self.ui.confirm_quit):
            raise QuitConfirmed

    def help(self) -> None:
        self.console.blank()
        self.say(self.ui.help_title)
        self.markdown(words.help_body(self.ui))

    def confirm(self, dialog: Dialog) -> bool:
        self.console.blank()
        self.say(dialog.title)
        self.markdown(dialog.body)
        while True:
            self.say(*words.dialog_choices(dialog))
            command = self.console.ask()
            if command in (words.CONFIRM, words.CANCEL):
                return command == words.CONFIRM

    def say_goodbye(self) -> None:
        self.console.blank()
        self.say(words.goodbye(self.ui))
        self.console.flush()
