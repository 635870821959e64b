"""The content: where it is, which of its files are read, and the problems a check finds."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from walkthrough.content.model import Content, Language

__all__ = ["Content", "ContentError", "Language", "Problem", "bundled_content_dir", "load_content"]

CLINIC_FILE = "clinic.yaml"
MAX_FILE_BYTES = 256 * 1024  # the largest content file read; a larger one is refused unread


class Problem(NamedTuple):
    """One thing wrong in a content file, with where it is: `path:line:col: message`.

    Problems sort by file, line, column and message. A named tuple, not an ordered dataclass:
    it is made at every start, and a dataclass's nine generated methods cost ~1.3 ms more."""

    path: Path
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class ContentError(Exception):
    """The content could not be loaded; `problems` lists every reason at once, in order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(map(str, self.problems)))


def load_content(root: Path) -> Content:
    """Read and check every file under `root`; raise ContentError naming every problem found."""
    from walkthrough.content import loader  # PyYAML and pydantic only when files are read

    return loader.load_content(root)


def bundled_content_dir() -> Path:
    """The content that ships with the package (or, in a checkout, the repository's)."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_content"
    return shipped if shipped.is_dir() else package.parent / "content"


def language_files(root: Path, code: str) -> tuple[Path, Path]:
    """The interface words and the steps of one language."""
    return root / code / "ui.yaml", root / code / "steps.yaml"


def files_read(root: Path, languages: Iterable[str]) -> list[Path]:
    """Every file the loader reads for a clinic offering `languages` (each once), and no other."""
    per_language = (
        path for code in dict.fromkeys(languages) for path in language_files(root, code)
    )
    return [root / CLINIC_FILE, *per_language]
