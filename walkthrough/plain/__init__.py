"""Plain-text walkthrough for screen-reader and braille users: numbered choices, no screen drawing.

`run_plain` runs the whole visit over any pair of text streams; `main_plain` is the small
command-line wrapper (`--content DIR --lang CODE`); `wants_plain` says whether the full-screen
app should step aside (TERM=dumb, or stdout is not a terminal).
"""

from walkthrough.plain.cli import main_plain, wants_plain
from walkthrough.plain.flow import run_plain

__all__ = ["main_plain", "run_plain", "wants_plain"]
