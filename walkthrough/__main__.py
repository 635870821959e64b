"""Command line entry point: `walkthrough` and `python -m walkthrough`."""

from __future__ import annotations

import gc
import os
import sys


def main() -> int:
    """Run the command line with the garbage collector paused while the program starts.

    Starting makes tens of thousands of objects that live as long as the program (modules,
    classes, the content, the styles), and the collector would walk over them again and again
    (~35 ms of a start of about half a second). `walkthrough.cli.started` turns it back on once
    the content is loaded, with those objects set aside for good."""
    if "--kiosk" in sys.argv[1:]:  # before anything else: see walkthrough.kiosk.process
        from walkthrough.kiosk.process import lock_down

        lock_down(os.environ)
    gc.disable()
    try:
        from walkthrough.cli import main as run

        return run()
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
