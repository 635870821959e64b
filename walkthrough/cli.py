"""The command line: parse arguments, load the content once, then run a front-end or a tool."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from walkthrough import __version__
from walkthrough.console_font import on_linux_console
from walkthrough.content import Content
from walkthrough.loading import load
from walkthrough.speech.espeak import DEFAULT_RATE, SPEECH_PACKAGE, find_espeak
from walkthrough.speech.speaker import SPEECH_MODES
from walkthrough.themes import DEFAULT_THEME, THEME_NAMES

TOOLS = ("check", "init-content", "hash-pin", "kiosk-files", "print-test")


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
        help=f"speaking rate in words per minute, {RATES[0]} to {RATES[1]} "
        f"(default {DEFAULT_RATE})",
    )
    kiosk = parser.add_argument_group(
        "kiosk mode",
        "For a shared screen in a waiting room: no key ends or leaves the app; after a pause it "
        "asks 'Are you still there?', then starts again for the next patient. Staff leave with "
        "F12 and the staff PIN, kept as a hash in clinic.yaml (staff_pin_hash) or in "
        "WALKTHROUGH_STAFF_PIN_HASH; make one with: walkthrough hash-pin. No PIN, no exit.",
    )
    kiosk.add_argument("--kiosk", action="store_true", help="run locked down for a waiting room")
    kiosk.add_argument(
        "--idle-timeout",
        type=seconds,
        default=120.0,
        metavar="SECONDS",
        help="pause before asking 'Are you still there?' (default 120)",
    )
    kiosk.add_argument(
        "--idle-warning",
        type=seconds,
        default=30.0,
        metavar="SECONDS",
        help="how long that question counts down before starting again; "
        "keep it 20 or more (default 30)",
    )
    kiosk.add_argument(
        "--summary-reset",
        type=seconds,
        default=45.0,
        metavar="SECONDS",
        help="the shorter pause once the summary is shown (default 45)",
    )
    kiosk.add_argument(
        "--log-file",
        type=Path,
        metavar="PATH",
        help="the kiosk log (default /var/log/walkthrough/kiosk.log if that folder "
        "is writable, else ~/.local/state/walkthrough/kiosk.log)",
    )
    return parser


SECONDS = (5.0, 86400.0)
"""Kiosk pauses: under 5 seconds nobody can read or answer; over a day, nothing resets."""
RATES = (80, 450)
"""Speaking rates espeak-ng can say clearly, in words per minute."""


def seconds(text: str) -> float:
    low, high = SECONDS
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:  # NaN fails too
        raise argparse.ArgumentTypeError(
            f"{text}: give a number of seconds from {low:g} to {high:g}"
        )
    return value


def words_per_minute(text: str) -> int:
    low, high = RATES
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"{text}: give a number of words per minute from {low} to {high}"
        )
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in TOOLS:
        from walkthrough.tools import run_tool

        started()
        return run_tool(args[0], args[1:])
    options = build_parser().parse_args(args)
    content = load(options.content, saved_copy=True)
    if content is None:
        return 1
    if options.lang and options.lang not in content.languages:
        codes = ", ".join(content.languages)
        print(
            f"walkthrough: unknown language '{options.lang}'; choose one of: {codes}",
            file=sys.stderr,
        )
        return 2
    if options.speech in ("on", "auto") and find_espeak() is None:
        print(
            f"walkthrough: --speech {options.speech} needs the {SPEECH_PACKAGE} program; "
            f"install it (on Debian or Ubuntu: apt-get install {SPEECH_PACKAGE})",
            file=sys.stderr,
        )
        return 1
    if options.kiosk and (options.plain or wants_plain() or not is_terminal(sys.stdin)):
        message = (
            "--kiosk needs a full-screen terminal and its keyboard "
            "(not --plain, TERM=dumb, a pipe or a closed input)"
        )
        print(f"walkthrough: {message}", file=sys.stderr)
        return 2
    if options.plain or wants_plain():
        from walkthrough.plain import run_plain_stdio

        started()
        return run_plain_stdio(content, options.lang)
    return run_app(content, options)


def started() -> None:
    """Called just before a front end or tool runs: if the entry point paused the garbage
    collector, set aside what starting made (it lives as long as the program, so collections
    need not look at it again: fewer and shorter pauses all day) and turn the collector on."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def wants_plain() -> bool:
    """Plain text when the terminal cannot show a full screen (TERM=dumb, not a tty, closed)."""
    return os.environ.get("TERM") == "dumb" or not is_terminal(sys.stdout)


def is_terminal(stream: TextIO | None) -> bool:
    """Whether `stream` is open on a terminal (Python sets a stream closed at start to None)."""
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed since
        return False


def run_app(content: Content, options: argparse.Namespace) -> int:
    from walkthrough.app import WalkthroughApp
    from walkthrough.settings import Settings

    if options.kiosk:
        from walkthrough.kiosk.runner import run_kiosk

        started()
        return run_kiosk(content, options, WalkthroughApp)
    console = on_linux_console(os.environ)
    if console:  # its font cannot show every script
        from walkthrough.console_font import refusal

        why = refusal(content, options.lang or content.clinic.default_language)
        if why:
            print(f"walkthrough: {why}", file=sys.stderr)
            return 2
    settings = Settings(
        language=options.lang,
        theme=options.theme,
        speech=options.speech or "on",
        speech_rate=options.speech_rate,
        linux_console=console,
    )
    app = WalkthroughApp(content, settings)
    started()
    app.run()
    # Textual leaves no return code when something outside the app's loop ended it.
    return 1 if app.return_code is None else app.return_code
