"""`walkthrough serve`'s options, their checks, and the command each tab runs."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from walkthrough.browser_tab import OPTION
from walkthrough.run_options import KIOSK_PAUSES, add_run_options, in_range

PORTS = (1, 65535)
MAX_SESSIONS = (1, 64)  # each tab is a process of about 40-60 MB


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walkthrough serve",
        allow_abbrev=False,
        description="Serve the walkthrough to web browsers (a tablet in the waiting room): "
        "each browser tab runs its own walkthrough, with these options. Speech is off (it "
        "would speak on the server). Off this machine's own address a tab needs the access "
        "token; the token is not encryption: keep the server on the clinic's own network or "
        "behind a TLS proxy.",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default %(default)s: this machine only; 0.0.0.0 for "
        "every network it is on)",
    )
    parser.add_argument(
        "--port", type=in_range("port", int, *PORTS), default=8000, help="default %(default)s"
    )
    parser.add_argument(
        "--token-file",
        type=Path,
        metavar="PATH",
        help="a file whose first line is the access token (16 or more letters, digits, . _ ~ -); "
        "without it a new token is made and printed at each start, unless --host is loopback",
    )
    parser.add_argument(
        "--max-sessions",
        type=in_range("tabs", int, *MAX_SESSIONS),
        default=4,
        metavar="N",
        help="patients at once (default %(default)s); past it a page asks to wait",
    )
    add_run_options(parser)
    return parser


def tab_command(options: argparse.Namespace) -> str:
    """The shell command each tab runs: this Python, this package, the run options, its option."""
    args = [sys.executable, "-m", "walkthrough", OPTION, "--theme", options.theme]
    if options.content is not None:
        args += ["--content", str(options.content.resolve())]
    if options.lang:
        args += ["--lang", options.lang]
    if options.kiosk:
        args.append("--kiosk")
        for option, _, _ in KIOSK_PAUSES:
            args += [option, f"{getattr(options, option[2:].replace('-', '_')):g}"]
        if options.log_file is not None:
            args += ["--log-file", str(options.log_file.resolve())]
    # exec: the process textual-serve starts IS the walkthrough, so ending it ends the tab.
    return "exec " + shlex.join(args)
