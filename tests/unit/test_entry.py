"""The entry point pauses the garbage collector while the program starts, and always turns it
back on: before any front end or tool runs, and on every way out."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from walkthrough import __main__ as entry


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    """Each test starts with nothing set aside (an app run before it, in this process, sets aside
    what lives on at its end: walkthrough.collector.close), and leaves the collector as found."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_front_end_runs_with_the_collector_on_and_the_start_set_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, object] = {}

    def run_plain_stdio(content: object, language: object) -> int:
        seen["collecting"] = gc.isenabled()
        seen["set_aside"] = gc.get_freeze_count()
        return 0

    monkeypatch.setattr("walkthrough.plain.run_plain_stdio", run_plain_stdio)
    monkeypatch.setattr(sys, "argv", ["walkthrough", "--plain"])
    assert entry.main() == 0
    assert seen["collecting"] is True
    assert isinstance(seen["set_aside"], int) and seen["set_aside"] > 1000
    assert gc.isenabled()


def test_the_collector_is_on_again_when_the_content_is_broken(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["walkthrough", "--content", str(tmp_path)])
    assert entry.main() == 1
    assert "clinic.yaml" in capsys.readouterr().err
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing was set aside: no front end ran


def test_a_direct_call_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests and other callers of walkthrough.cli.main keep the collector as they had it."""
    from walkthrough import cli

    monkeypatch.setattr("walkthrough.plain.run_plain_stdio", lambda content, language: 0)
    assert cli.main(["--plain"]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
