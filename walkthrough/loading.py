"""Loading the content for a run or a staff tool: the checked copy, or a full check."""

from __future__ import annotations

import sys
from pathlib import Path

from walkthrough.content import Content, bundled_content_dir
from walkthrough.content.cache import cache_dir, load_saved, save


def load(folder: Path | None, *, saved_copy: bool = False) -> Content | None:
    """The content, checked; with `saved_copy`, the checked copy from the last start when no
    file has changed since (see walkthrough.content.cache). None after printing the problems."""
    root = folder or bundled_content_dir()
    keep_in = cache_dir() if saved_copy else None
    saved = load_saved(root, keep_in)
    if saved is not None:
        return saved
    from walkthrough.content.loader import load_or_exit_message

    content, message = load_or_exit_message(root)
    if content is None:
        print(message, file=sys.stderr)
    else:
        save(root, keep_in, content)
    return content
