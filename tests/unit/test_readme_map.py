"""The README's map of the code names every module and folder of the package, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "walkthrough"


def mapped() -> set[str]:
    """The names in the first column of the map's `walkthrough/` block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Layout of the code", 1)[1].split("```")[1]
    names: set[str] = set()
    for line in block.splitlines():
        first_column = re.match(r"^  (\S[^ ]*(?: \S[^ ]*)*?)(?:  |$)", line)
        if first_column:
            names.update(name.strip() for name in first_column.group(1).split(","))
    return names


def in_package() -> set[str]:
    names = {p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    names |= {
        f"{p.name}/" for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    }
    names |= {f"styles/{p.name}" for p in (PACKAGE / "styles").glob("*.tcss")}
    return names - {"styles/"}


def test_the_map_names_every_module_and_folder() -> None:
    assert in_package() - mapped() == set()


def test_the_map_names_nothing_that_is_gone() -> None:
    assert mapped() - in_package() == set()
