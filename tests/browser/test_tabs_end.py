"""A closed tab ends its process within seconds, in normal and kiosk mode; kiosk rules per tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.tabs import open_tab, pid_gone, serving, wait_for_text, wait_until

SECONDS = 5  # "within seconds": textual-serve asks the app to quit, the server ends it at 3+3


@pytest.mark.parametrize("kiosk", [False, True], ids=["normal", "kiosk"])
def test_a_closed_tab_ends_its_process(kiosk: bool, tmp_path: Path, browser: Any) -> None:
    log = tmp_path / "kiosk.log"
    options = ("--kiosk", "--log-file", str(log)) if kiosk else ()
    with serving(*options) as server:
        context = browser.new_context()
        page = open_tab(context.new_page(), server.url)
        page.keyboard.press("ArrowRight")
        wait_for_text(page, "Step 2 of 9")
        [tab] = server.tabs()
        context.close()
        assert wait_until(lambda: pid_gone(tab), SECONDS), "the tab's process is still running"
        assert server.tabs() == []
        if kiosk:  # it quit as asked: not restarted as after a crash, nor killed
            assert "kiosk ended (the browser tab closed), exit code 0" in log.read_text()
            assert "starting a fresh walkthrough" not in log.read_text()


def test_kiosk_rules_hold_in_a_tab(tmp_path: Path, page: Any) -> None:
    """No way out by keys; after the idle pause, the warning, then a new patient's welcome."""
    log = tmp_path / "kiosk.log"
    pauses = ("--idle-timeout", "5", "--idle-warning", "5", "--summary-reset", "5")
    with serving("--kiosk", "--log-file", str(log), *pauses) as server:
        open_tab(page, server.url)
        page.keyboard.press("ArrowRight")
        wait_for_text(page, "Step 2 of 9")
        for key in ("q", "Control+c", "Control+q", "Escape"):
            page.keyboard.press(key)
        page.wait_for_timeout(1000)
        assert len(server.tabs()) == 1
        wait_for_text(page, "Are you still there?", timeout=10)
        screen = wait_for_text(page, "Step 1 of 9", timeout=10)
        assert "Are you still there?" not in screen
        assert "Quit" not in screen  # the kiosk's key bar has no way out
        assert len(server.tabs()) == 1
