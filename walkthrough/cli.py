"""The command line: parse the arguments, load the content once, then run a front end or a tool."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from walkthrough import __version__, browser_tab
from walkthrough.console_font import on_linux_console
from walkthrough.content import Content
from walkthrough.loading import failed, load, refused_on_console
from walkthrough.run_options import add_run_options, in_range
from walkthrough.speech.espeak import DEFAULT_RATE, SPEECH_PACKAGE, find_espeak
from walkthrough.speech.speaker import SPEECH_MODES

TOOLS = ("check", "init-content", "hash-pin", "kiosk-files", "print-test")
FrontEnd = Callable[[], int]
RATES = (80, 450)  # speaking rates espeak-ng can say clearly
words_per_minute = in_range("words per minute", int, *RATES)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walkthrough",
        allow_abbrev=False,  # `--kio` must not start a kiosk that missed its first-line lock-down
        description="A first-visit walkthrough for back acupuncture patients. "
        "Tools: walkthrough check [--content DIR] | walkthrough init-content DIR | "
        "walkthrough hash-pin | walkthrough kiosk-files DIR (see walkthrough kiosk-files -h) | "
        "walkthrough print-test [--content DIR] [--lang CODE] | "
        "walkthrough serve (to browser tabs; see walkthrough serve -h)",
    )
    parser.add_argument("--version", action="version", version=f"walkthrough {__version__}")
    add_run_options(parser)
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
    parser.add_argument(browser_tab.OPTION, action="store_true", help=argparse.SUPPRESS)
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
    if args and args[0] == "serve":
        from walkthrough.serve import serve_command

        return serve_command(args[1:])
    options = build_parser().parse_args(args)
    tab = options.browser_tab
    if tab and not browser_tab.driven_by_browser(os.environ):
        return failed(2, f"{browser_tab.OPTION} is only for the tabs walkthrough serve starts")
    content = load(options.content, saved_copy=True)
    if content is None:
        return 1
    plain = not tab and (options.plain or wants_plain())  # a tab's output is a pipe, by design
    if options.lang and options.lang not in content.languages:
        codes = ", ".join(content.languages)
        return failed(2, f"unknown language '{options.lang}'; choose one of: {codes}")
    if options.speech in ("on", "auto") and find_espeak() is None:
        install = f"install it (on Debian or Ubuntu: apt-get install {SPEECH_PACKAGE})"
        return failed(1, f"--speech {options.speech} needs the {SPEECH_PACKAGE} program; {install}")
    if options.kiosk and not tab and (plain or not is_terminal(sys.stdin)):
        not_this = "not --plain, TERM=dumb, a pipe or a closed input"
        return failed(2, f"--kiosk needs a full-screen terminal and its keyboard ({not_this})")
    if plain:
        from walkthrough.plain import run_plain_stdio

        return lambda: run_plain_stdio(content, options.lang)
    console = not tab and on_linux_console(os.environ)  # the server's TERM is not the tab's
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
        speech=options.speech or "on",  # a browser tab's app is silent (WalkthroughApp)
        speech_rate=options.speech_rate,
        linux_console=console,
        browser=options.browser_tab,
    )
    app = WalkthroughApp(content, settings)

    def run() -> int:
        app.run()
        # Textual leaves no return code when something outside the app's loop ended it.
        return 1 if app.return_code is None else app.return_code

    return run
