"""Getting a run ready: its content (checked copy or full check), and whether the terminal can."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from walkthrough.content import Content, ContentError, bundled_content_dir
from walkthrough.content.cache import cache_dir, load_saved, save


def load(folder: Path | None, *, saved_copy: bool = False) -> Content | None:
    """The content, checked (with `saved_copy`, the last start's if unchanged); None if broken."""
    root = folder or bundled_content_dir()
    keep_in = cache_dir() if saved_copy else None
    saved = load_saved(root, keep_in)
    if saved is not None:
        return saved
    from walkthrough.content.loader import load_content

    try:
        content = load_content(root)
    except ContentError as error:
        found = f"{len(error.problems)} problem{'' if len(error.problems) == 1 else 's'}"
        print(f"{error}\n{found} found in {root}", file=sys.stderr)
        return None
    save(root, keep_in, content)
    return content


def failed(code: int, message: str) -> int:
    """Say why on stderr, and give the exit code."""
    print(f"walkthrough: {message}", file=sys.stderr)
    return code


def refused_on_console(content: Content, options: Namespace) -> str | None:
    """Why the Linux console cannot start this run (a kiosk logs what it cannot show too)."""
    from walkthrough.console_font import describe, languages_it_cannot_show, refusal

    why = refusal(content, options.lang, kiosk=options.kiosk)
    if options.kiosk:
        from walkthrough.kiosk.logbook import LOG, default_log_file, open_logbook

        try:
            close_log = open_logbook(options.log_file or default_log_file())
        except OSError:  # the kiosk says so on stderr when it starts
            return why
        cannot = languages_it_cannot_show(content)
        if cannot:
            LOG.warning("%s", describe(content, cannot))
        if why:
            LOG.error("refused to start: %s", why)
        close_log()
    return why
