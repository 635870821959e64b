"""Stable pictures: no cursor blink, no animation."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _steady(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
