"""Where the content is, and exactly which of its files the loader reads (and the cache checks)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

CLINIC_FILE = "clinic.yaml"
MAX_FILE_BYTES = 256 * 1024
"""The largest content file the loader reads; a larger one is refused without being read."""


def bundled_content_dir() -> Path:
    """The content that ships with the package (or, in a checkout, the repository's)."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_content"
    return shipped if shipped.is_dir() else package.parent / "content"


def languages_read(languages: Iterable[str]) -> list[str]:
    """Each language clinic.yaml offers, once, in its order: the folders the loader reads."""
    return list(dict.fromkeys(languages))


def language_files(root: Path, code: str) -> tuple[Path, Path]:
    """The interface words and the steps of one language."""
    return root / code / "ui.yaml", root / code / "steps.yaml"


def files_read(root: Path, languages: Iterable[str]) -> list[Path]:
    """Every file the loader reads for a clinic offering `languages`, and no other."""
    per_language = (
        path for code in languages_read(languages) for path in language_files(root, code)
    )
    return [root / CLINIC_FILE, *per_language]
