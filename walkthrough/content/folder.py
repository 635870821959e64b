"""Where the content is, and which of its files the loader reads (no YAML reading here)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

CLINIC_FILE = "clinic.yaml"
UI_FILE = "ui.yaml"
STEPS_FILE = "steps.yaml"

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
    return root / code / UI_FILE, root / code / STEPS_FILE


def files_read(root: Path, languages: Iterable[str]) -> list[Path]:
    """Every file the loader reads for a clinic offering `languages`, and no other: the checked
    copy of the content depends on exactly these (walkthrough.content.cache)."""
    per_language = (
        path for code in languages_read(languages) for path in language_files(root, code)
    )
    return [root / CLINIC_FILE, *per_language]
