"""Shared test helpers.

`content_copy(tmp_path)` copies the shipped content folder into a temporary directory, so a
test can break one file and load the rest unchanged:

    from tests.conftest import content_copy
    root = content_copy(tmp_path, languages=["en", "es"])
    (root / "en" / "ui.yaml").write_text(...)
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from walkthrough.content import bundled_content_dir
from walkthrough.content.cache import CACHE_ENV

# Checked copies of content made by the walkthroughs these tests start (in this process or as
# programs) go to a folder of this run's own, never to the user's cache.
os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="walkthrough-test-cache-")

_LANGUAGES_LINE = re.compile(r"^languages:.*$", re.MULTILINE)
_DEFAULT_LINE = re.compile(r"^default_language:\s*(\S+)\s*$", re.MULTILINE)


def _shipped_languages(folder: Path) -> list[str]:
    """The shipped languages that have both files (a language still being written is skipped)."""
    import yaml

    codes = yaml.safe_load((folder / "clinic.yaml").read_text(encoding="utf-8"))["languages"]
    return [
        code
        for code in codes
        if (folder / code / "ui.yaml").is_file() and (folder / code / "steps.yaml").is_file()
    ]


def content_copy(
    tmp_path: Path, languages: Sequence[str] | None = None, default: str | None = None
) -> Path:
    """Copy the shipped content to `tmp_path/content` and return that folder.

    `languages` rewrites the `languages:` line of clinic.yaml (the other lines, and so every
    line number, stay as shipped). Without it, the shipped languages that have both files are
    kept. If the default language is not among them, the first one becomes the default;
    `default` names another.
    """
    source = bundled_content_dir()
    target = tmp_path / "content"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.md"))
    codes = list(languages) if languages is not None else _shipped_languages(source)
    clinic = target / "clinic.yaml"
    text = clinic.read_text(encoding="utf-8")
    text = _LANGUAGES_LINE.sub(f"languages: [{', '.join(codes)}]", text, count=1)
    shipped_default = _DEFAULT_LINE.search(text)
    if default is None and codes and shipped_default and shipped_default.group(1) not in codes:
        default = codes[0]
    if default is not None:
        text = _DEFAULT_LINE.sub(f"default_language: {default}", text, count=1)
    clinic.write_text(text, encoding="utf-8")
    return target
