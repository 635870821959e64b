"""Fixtures of the browser tests: Debian's chromium driven by Playwright (no browser download)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.tabs import chromium_path

CHROMIUM = chromium_path()


# A module's: Playwright's sync API keeps its event loop running while it is open, and the
# snapshot and Pilot tests a worker runs next need none running (asyncio.run).
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium (apt-get install chromium; tests/run.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    yield context.new_page()
    context.close()
