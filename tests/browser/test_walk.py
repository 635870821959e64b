"""The whole walk in a browser tab of `walkthrough serve`: by keys, and by taps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.tabs import (
    Server,
    click_text,
    open_tab,
    screen_text,
    serving,
    wait_for_text,
    wait_until,
)

QUESTIONS = 10


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with serving() as server:
        yield server


def test_the_whole_walk_by_keys(server: Server, page: Any) -> None:
    open_tab(page, server.url)
    page.keyboard.press("ArrowRight")
    wait_for_text(page, "Step 2 of 9", "√ Welcome")
    for _ in range(6):  # the app takes keys in order (the screen reader's text lags by ~1 s)
        page.keyboard.press("ArrowRight")
    wait_for_text(page, "Step 8 of 9", "Safety checklist")
    page.keyboard.press("1")  # Yes to the first question (bleeding), then No to the rest
    for _ in range(QUESTIONS - 1):
        page.keyboard.press("2")
    page.keyboard.press("ArrowRight")
    screen = wait_for_text(page, "Step 9 of 9", "Tell your practitioner about:")
    assert "A bleeding problem, or a blood thinner" in screen
    assert "An electrical implant" not in screen  # answered No: not to tell


def answer_row(page: Any, number: int, label: str) -> tuple[int, str] | None:
    """Where question `number`'s `label` is on the screen (its row and text), if it shows."""
    rows = screen_text(page).split("\n")
    at = [y for y, row in enumerate(rows) if re.search(rf"▕\s+{number}\. ", row)]
    below = [y for y in range(at[0], len(rows) - 4) if label in rows[y]] if at else []
    return (below[0], rows[below[0]]) if below else None  # above the notices and key bar


def tap_answer(page: Any, number: int, label: str) -> None:
    """Tap `label` under question `number` (swiping the checklist up until it shows), and wait
    until it shows as picked."""
    picked = f"(•) {label}"
    for _ in range(12):
        found = answer_row(page, number, label)
        if found:
            click_text(page, label, row=found[0])
            if wait_until(lambda: picked in (answer_row(page, number, label) or (0, ""))[1], 5):
                return
        page.mouse.move(500, 400)
        page.mouse.wheel(0, 100)
        page.wait_for_timeout(100)
    raise AssertionError(f"question {number}'s {label!r} was never picked:\n{screen_text(page)}")


def answer_by_taps(page: Any) -> None:
    tap_answer(page, 1, "1 Sí")
    wait_for_text(page, "Dígaselo a su acupunturista")
    for number in range(2, QUESTIONS + 1):
        tap_answer(page, number, "2 No")
    wait_for_text(page, "(•) 2 No")


def test_language_and_answers_by_taps(server: Server, page: Any) -> None:
    """Taps on the language and on each answer (steps change by keys here)."""
    open_tab(page, server.url)
    click_text(page, "Español")
    wait_for_text(page, "Paso 1 de 9", "(•) Español")
    for _ in range(7):
        page.keyboard.press("ArrowRight")
    wait_for_text(page, "Paso 8 de 9")
    answer_by_taps(page)
    page.keyboard.press("ArrowRight")
    screen = wait_for_text(page, "Paso 9 de 9", "Problema de sangrado")
    assert "Aparato eléctrico" not in screen


def test_the_whole_walk_by_taps(server: Server, page: Any) -> None:
    """Language, Next and Back on the key bar, answers: all by taps."""
    open_tab(page, server.url)
    click_text(page, "Español")
    wait_for_text(page, "Paso 1 de 9", "(•) Español")
    for step in range(2, 9):
        click_text(page, "Siguiente", last=True)
        wait_for_text(page, f"Paso {step} de 9", timeout=4)
    click_text(page, "Atrás", last=True)
    wait_for_text(page, "Paso 7 de 9", timeout=5)
    click_text(page, "Siguiente", last=True)
    wait_for_text(page, "Paso 8 de 9", timeout=4)
    answer_by_taps(page)
    click_text(page, "Siguiente", last=True)
    screen = wait_for_text(page, "Paso 9 de 9", "Problema de sangrado", timeout=5)
    assert "Aparato eléctrico" not in screen
