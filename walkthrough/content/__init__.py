"""The content: typed models, and the loader, imported only when files are read (with PyYAML)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from walkthrough.content.folder import bundled_content_dir
from walkthrough.content.model import Content, Language
from walkthrough.content.problems import ContentError, Problem

if TYPE_CHECKING:
    from walkthrough.content.loader import load_content

__all__ = ["Content", "ContentError", "Language", "Problem", "bundled_content_dir", "load_content"]


def __getattr__(name: str) -> Any:
    if name != "load_content":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from walkthrough.content.loader import load_content

    return load_content
