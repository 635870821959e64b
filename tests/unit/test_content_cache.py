"""The checked copy of the content: used only while every file is unchanged, never for broken
content, never from a folder others can write to, and never a reason to fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import content_copy
from walkthrough.cli import load
from walkthrough.content import load_content
from walkthrough.content.cache import CACHE_ENV, cache_dir, load_saved, save
from walkthrough.widgets.prose import parse_prose, plain_blocks


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


@pytest.fixture
def keep(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def saved_file(keep: Path) -> Path:
    (found,) = keep.glob("content-*.pickle")
    return found


def test_a_saved_copy_is_the_same_content(root: Path, keep: Path) -> None:
    assert load_saved(root, keep) is None
    content = load_content(root)
    save(root, keep, content)
    again = load_saved(root, keep)
    assert again is not None and again is not content
    assert again == content
    assert again.default.steps[1].title == content.default.steps[1].title
    assert saved_file(keep).stat().st_mode & 0o077 == 0  # for this user only


def test_any_edit_to_any_content_file_means_a_full_check(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    steps = root / "es" / "steps.yaml"
    steps.write_bytes(steps.read_bytes() + b"\n")  # one byte, in one language, at the end
    assert load_saved(root, keep) is None


def test_a_new_file_means_a_full_check(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    (root / "fr").mkdir()
    (root / "fr" / "ui.yaml").write_text("app_title: Votre visite\n", encoding="utf-8")
    assert load_saved(root, keep) is None


def test_the_command_line_saves_a_copy_and_uses_it_next_time(
    root: Path, keep: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(keep))
    first = load(root, saved_copy=True)
    assert first is not None and saved_file(keep).is_file()
    second = load(root, saved_copy=True)
    assert second == first and second is not first


def test_broken_content_is_refused_and_never_saved(
    root: Path, keep: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(keep))
    assert load(root, saved_copy=True) is not None
    ui = root / "en" / "ui.yaml"
    ui.write_text(ui.read_text(encoding="utf-8").replace("app_title:", "app_titel:", 1))
    assert load(root, saved_copy=True) is None  # the saved copy of the good files is not used
    assert "unknown key 'app_titel'" in capsys.readouterr().err
    assert load_saved(root, keep) is None


@pytest.mark.parametrize("damage", [b"", b"not a key\n", b"00\n", b"zz\nrubbish"])
def test_a_damaged_copy_is_ignored(root: Path, keep: Path, damage: bytes) -> None:
    save(root, keep, load_content(root))
    saved_file(keep).write_bytes(damage)
    assert load_saved(root, keep) is None


def test_a_copy_with_the_right_key_but_damaged_data_is_ignored(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    path = saved_file(keep)
    key, payload = path.read_bytes().split(b"\n", 1)
    path.write_bytes(key + b"\n" + payload[: len(payload) // 2])
    assert load_saved(root, keep) is None


def test_a_copy_others_can_write_to_is_never_read(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    os.chmod(saved_file(keep), 0o666)
    assert load_saved(root, keep) is None
    os.chmod(saved_file(keep), 0o600)
    os.chmod(keep, 0o777)
    assert load_saved(root, keep) is None


def test_an_unwritable_place_is_no_error(root: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    save(root, blocker / "cache", load_content(root))  # cannot make a folder inside a file
    assert load_saved(root, blocker / "cache") is None


def test_where_copies_are_kept() -> None:
    assert cache_dir({CACHE_ENV: "off"}) is None
    assert cache_dir({CACHE_ENV: " OFF "}) is None
    assert cache_dir({CACHE_ENV: "/srv/kiosk-cache"}) == Path("/srv/kiosk-cache")
    assert cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/walkthrough")
    assert cache_dir({}) == Path.home() / ".cache" / "walkthrough"


def test_a_start_from_the_saved_copy_needs_no_parser_and_no_checker(root: Path, keep: Path) -> None:
    """The copy also keeps every text read as Markdown: the first screen needs neither the
    Markdown parser, nor PyYAML, nor pydantic (each costs tens of milliseconds to import)."""
    content = load_content(root)
    save(root, keep, content)
    body = content.default.steps[1].body
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from walkthrough.content.cache import load_saved\n"
        "from walkthrough.widgets.prose import parse_prose, plain_blocks\n"
        f"content = load_saved(Path({str(root)!r}), Path({str(keep)!r}))\n"
        "print(plain_blocks(parse_prose(content.default.steps[1].body)).splitlines()[-1])\n"
        "print(sorted(m for m in ('markdown_it', 'pydantic', 'yaml') if m in sys.modules))\n"
    )
    shown, imported = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert shown == plain_blocks(parse_prose(body)).splitlines()[-1]
    assert imported == "[]"
