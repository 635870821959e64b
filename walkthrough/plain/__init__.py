"""Plain-text walkthrough for screen-reader and braille users: numbered choices, no screen drawing.

`run_plain` runs the whole visit over any pair of text streams; `run_plain_stdio` runs it on the
program's own (`walkthrough --plain` calls it, as does the CLI when TERM=dumb or stdout is not a
terminal); `main_plain` is a small stand-alone wrapper (`--content DIR --lang CODE`) for scripts
and tests.
"""

from walkthrough.plain.cli import main_plain
from walkthrough.plain.flow import run_plain
from walkthrough.plain.stdio import run_plain_stdio

__all__ = ["main_plain", "run_plain", "run_plain_stdio"]
