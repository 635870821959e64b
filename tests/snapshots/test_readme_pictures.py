"""The README's pictures of the patient's screens are snapshot files these tests check."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from tests.snapshots import test_screens
from walkthrough.content.model import STEP_ORDER

ROOT = Path(__file__).resolve().parents[2]
PICTURES = ROOT / "tests" / "snapshots" / "__snapshots__" / "test_screens"
EVERY_STEP = test_screens.test_every_step_80x24.__name__
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def readme_pictures() -> list[str]:
    return [unquote(link) for link in IMAGE.findall((ROOT / "README.md").read_text())]


def test_every_readme_picture_is_a_checked_snapshot() -> None:
    checked = {
        f"{EVERY_STEP}[{step}-{language}].svg"
        for step in STEP_ORDER
        for language in test_screens.LANGUAGES
    }
    pictures = readme_pictures()
    assert pictures, "the README shows no picture of the screens"
    for link in pictures:
        path = ROOT / link
        assert path.parent == PICTURES, f"{link} is not a snapshot file"
        assert path.name in checked, f"{link} is not checked by {EVERY_STEP}"
        assert path.is_file(), f"{link} does not exist"


def test_the_readme_shows_the_welcome_the_checklist_and_the_summary() -> None:
    names = {Path(link).name for link in readme_pictures()}
    for step in ("welcome", "checklist", "summary"):
        assert f"{EVERY_STEP}[{step}-en].svg" in names
