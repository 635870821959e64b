"""Where the content is: the folder that ships with the package, or the checkout's."""

from __future__ import annotations

from pathlib import Path


def bundled_content_dir() -> Path:
    """The content that ships with the package (or, in a checkout, the repository's)."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_content"
    return shipped if shipped.is_dir() else package.parent / "content"
