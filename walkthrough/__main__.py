"""Command line entry point: `walkthrough` and `python -m walkthrough`."""

from __future__ import annotations

import sys

from walkthrough.cli import main

if __name__ == "__main__":
    sys.exit(main())
