"""Command line entry point: `walkthrough` and `python -m walkthrough`."""

from __future__ import annotations

import gc
import os
import sys


def main() -> int:
    """Run the command line; what starting makes lives for good, so the collector skips it."""
    serving = sys.argv[1:2] == ["serve"]  # its --kiosk is for its tabs, which lock down
    if "--kiosk" in sys.argv[1:] and not serving:  # first of all: see walkthrough.kiosk.process
        from walkthrough.browser_tab import is_browser_tab
        from walkthrough.kiosk.process import lock_down

        lock_down(os.environ, browser_tab=is_browser_tab(sys.argv[1:], os.environ))
    gc.disable()
    try:
        from walkthrough.cli import start

        front_end = start(sys.argv[1:])
        if isinstance(front_end, int):
            return front_end
        gc.freeze()
    finally:
        gc.enable()
    return front_end()


if __name__ == "__main__":
    sys.exit(main())
