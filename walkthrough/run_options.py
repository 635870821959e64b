"""The options every run takes, shared by `walkthrough` and `walkthrough serve`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from walkthrough.settings import DEFAULT_THEME, THEME_NAMES

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
seconds = in_range("seconds", float, *SECONDS)


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """The content, its language and colours, and kiosk mode with its pauses and log."""
    parser.add_argument("--content", type=Path, help="a clinic's own content folder")
    parser.add_argument("--lang", help="the language to start in (a code from clinic.yaml)")
    parser.add_argument("--theme", choices=THEME_NAMES, default=DEFAULT_THEME)
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
