"""The content layer: typed models and the YAML loader (no Textual here).

The loader (and PyYAML with it) is imported only when content is read from its files: a start
that finds a checked copy (walkthrough.content.cache) does without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from walkthrough.content.folder import bundled_content_dir
from walkthrough.content.model import Content, Language
from walkthrough.content.problems import ContentError, Problem

if TYPE_CHECKING:
    from walkthrough.content.loader import load_content

__all__ = ["Content", "ContentError", "Language", "Problem", "bundled_content_dir", "load_content"]


def __getattr__(name: str) -> Any:
    if name == "load_content":
        from walkthrough.content import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
