"""The command line: parse the arguments, load the content once, then run a front end or a tool."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from walkthrough import __version__
from walkthrough.console_font import on_linux_console
from walkthrough.content import Content
from walkthrough.loading import failed, load, refused_on_console
from walkthrough.settings import DEFAULT_THEME, THEME_NAMES
from walkthrough.speech.espeak import DEFAULT_RATE, SPEECH_PACKAGE, find_espeak
from walkthrough.speech.speaker import SPEECH_MODES

TOOLS = ("check", "init-content", "hash-pin", "kiosk-files", "print-test")
KIOSK_HELP = (
    "For a shared screen in a waiting room: no key ends or leaves the app; after a pause it "
    "asks 'Are you still there?', then starts again for the next patient. Staff leave with "
    "F12 and the staff PIN, kept as a hash in clinic.yaml (staff_pin_hash) or in "
    "WALKTHROUGH_STAFF_PIN_HASH; make one with: walkthrough hash-pin. No PIN, no exit."
)
KIOSK_PAUSES = (
    ("--idle-timeout", 120.0, "pause before asking 'Are you still there?'"),
    (
        "--idle-warning",
        30.0,
        "how long that question counts down before starting again; keep it 20 or more",
    ),
    ("--summary-reset", 45.0, "the shorter pause once the summary is shown"),
)
FrontEnd = Callable[[], int]
Number = Callable[[str], float]


def in_range(unit: str, make: Number, low: float, high: float) -> Number:
    """An argument type: a number of `unit` from `low` to `high`."""

    def parse(text: str) -> float:
        try:
            value = make(text)
        except ValueError:
            value = float("nan")
        if not low <= value <= high:  # NaN fails too
            message = f"{text}: give a number of {unit} from {low:g} to {high:g}"
            raise argparse.ArgumentTypeError(message)
        return value

    return parse


SECONDS = (5.0, 86400.0)  # kiosk pauses: under 5 s nobody can read or answer; over a day, no reset
RATES = (80, 450)  # speaking rates espeak-ng can say clearly
seconds = in_range("seconds", float, *SECONDS)
words_per_minute = in_range("words per minute", int, *RATES)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walkthrough",
        allow_abbrev=False,  # `--kio` must not start a kiosk that missed its first-line lock-down
        description="A first-visit walkthrough for back acupuncture patients. "
        "Tools: walkthrough check [--content DIR] | walkthrough init-content DIR | "
        "walkthrough hash-pin | walkthrough kiosk-files DIR (see walkthrough kiosk-files -h) | "
        "walkthrough print-test [--content DIR] [--lang CODE]",
    )
    parser.add_argument("--version", action="version", version=f"walkthrough {__version__}")
    parser.add_argument("--content", type=Path, help="a clinic's own content folder")
    parser.add_argument("--lang", help="the language to start in (a code from clinic.yaml)")
    parser.add_argument("--theme", choices=THEME_NAMES, default=DEFAULT_THEME)
    parser.add_argument("--plain", action="store_true", help="plain text, one question at a time")
    parser.add_argument(
        "--speech",
        choices=SPEECH_MODES,
        help="read aloud with espeak-ng: 'on' (the R key reads the screen; the default when "
        "espeak-ng is installed), 'auto' (every screen is read as it appears), 'off'",
    )
    parser.add_argument(
        "--speech-rate",
        type=words_per_minute,
        default=DEFAULT_RATE,
        metavar="WPM",
        help=f"speaking rate in words per minute, {RATES[0]} to {RATES[1]} (default %(default)s)",
    )
    kiosk = parser.add_argument_group("kiosk mode", KIOSK_HELP)
    kiosk.add_argument("--kiosk", action="store_true", help="run locked down for a waiting room")
    for option, default, what in KIOSK_PAUSES:
        help = f"{what} (default %(default)g)"
        kiosk.add_argument(option, type=seconds, default=default, metavar="SECONDS", help=help)
    kiosk.add_argument(
        "--log-file",
        type=Path,
        metavar="PATH",
        help="the kiosk log (default /var/log/walkthrough/kiosk.log if that folder "
        "is writable, else ~/.local/state/walkthrough/kiosk.log)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (`python -m walkthrough` pauses the garbage collector as well)."""
    front_end = start(list(sys.argv[1:] if argv is None else argv))
    return front_end if isinstance(front_end, int) else front_end()


def start(args: list[str]) -> FrontEnd | int:
    """The front end or tool to run, or the exit code when this run cannot start."""
    if args and args[0] in TOOLS:
        from walkthrough.tools import run_tool

        return lambda: run_tool(args[0], args[1:])
    options = build_parser().parse_args(args)
    content = load(options.content, saved_copy=True)
    if content is None:
        return 1
    plain = options.plain or wants_plain()
    if options.lang and options.lang not in content.languages:
        codes = ", ".join(content.languages)
        return failed(2, f"unknown language '{options.lang}'; choose one of: {codes}")
    if options.speech in ("on", "auto") and find_espeak() is None:
        install = f"install it (on Debian or Ubuntu: apt-get install {SPEECH_PACKAGE})"
        return failed(1, f"--speech {options.speech} needs the {SPEECH_PACKAGE} program; {install}")
    if options.kiosk and (plain or not is_terminal(sys.stdin)):
        not_this = "not --plain, TERM=dumb, a pipe or a closed input"
        return failed(2, f"--kiosk needs a full-screen terminal and its keyboard ({not_this})")
    if plain:
        from walkthrough.plain import run_plain_stdio

        return lambda: run_plain_stdio(content, options.lang)
    console = on_linux_console(os.environ)
    why = refused_on_console(content, options) if console else None
    return failed(2, why) if why else full_screen(content, options, console)


def wants_plain() -> bool:
    """Plain text when the terminal cannot show a full screen (TERM=dumb, not a tty, closed)."""
    return os.environ.get("TERM") == "dumb" or not is_terminal(sys.stdout)


def is_terminal(stream: TextIO | None) -> bool:
    """Whether `stream` is open on a terminal (Python sets a stream closed at start to None)."""
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed since
        return False


def full_screen(content: Content, options: argparse.Namespace, console: bool) -> FrontEnd:
    """The full-screen app, or the kiosk that runs it for one patient after another."""
    if options.kiosk:
        from walkthrough.kiosk.runner import run_kiosk

        return lambda: run_kiosk(content, options)
    from walkthrough.app import WalkthroughApp
    from walkthrough.settings import Settings

    settings = Settings(
        language=options.lang,
        theme=options.theme,
        speech=options.speech or "on",
        speech_rate=options.speech_rate,
        linux_console=console,
    )
    app = WalkthroughApp(content, settings)

    def run() -> int:
        app.run()
        # Textual leaves no return code when something outside the app's loop ended it.
        return 1 if app.return_code is None else app.return_code

    return run
