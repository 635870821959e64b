"""Starting on the bare Linux console (TERM=linux), as the program, in a real pseudo-terminal:
Chinese is not offered, every character on the screen is in the console font, the kiosk log
says what the console cannot show, and a start in a language it cannot show is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import content_copy
from tests.console_font import PACKAGE, UNI2, characters
from tests.terminal import WELCOME, Terminal, kiosk

LINUX = {"TERM": "linux"}


@pytest.mark.skipif(not UNI2.exists(), reason=f"no console font: apt-get install {PACKAGE}")
def test_the_kiosk_on_the_console_offers_what_its_font_can_show(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    term = kiosk(content_copy(tmp_path), log, env=LINUX)
    try:
        term.wait_for(WELCOME)
        term.read(0.5)
        screen = term.text()
        assert "English" in screen and "Español" in screen and "中文" not in screen
        assert set(screen) - {"\n"} <= characters(UNI2), screen
        assert "cannot show zh (中文" in log.read_text()
    finally:
        term.stop()


def test_the_kiosk_refuses_a_default_language_the_console_cannot_show(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    term = kiosk(content_copy(tmp_path, default="zh"), log, env=LINUX)
    try:
        assert term.ended() == 2
        said = term.output.decode()
        assert "cannot show zh (中文), the clinic's default language" in said
        assert "walkthrough kiosk-files" in said  # the graphical setup, by name
        assert "refused to start" in log.read_text()
    finally:
        term.stop()


def test_elsewhere_the_same_kiosk_starts_in_chinese(tmp_path: Path) -> None:
    """The control: only the console's font stands in the way."""
    term = kiosk(content_copy(tmp_path, default="zh"), tmp_path / "kiosk.log")
    try:
        term.wait_for("第 1 步")
        assert term.child.isalive()
    finally:
        term.stop()


def test_the_walkthrough_refuses_to_start_in_chinese_on_the_console(tmp_path: Path) -> None:
    term = Terminal(["-m", "walkthrough", "--lang", "zh"], env=LINUX)
    try:
        assert term.ended() == 2
        assert "cannot show zh (中文), the language asked for" in term.output.decode()
    finally:
        term.stop()
