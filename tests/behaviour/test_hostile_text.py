"""Text holding terminal control characters never reaches the terminal, stdout or the voice.

The loader refuses such content (tests/broken_content); these tests build it in Python instead,
past the loader, and check every front end on its own: each screen as drawn, plain mode's
output, and what espeak-ng is given to read.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from textual.geometry import Region

from tests.fixtures_content import (
    SEEN,
    forbidden_in,
    with_hostile_text,
    write_minimal_content,
)
from tests.support.speech import close
from walkthrough.app import Settings, WalkthroughApp
from walkthrough.content import Content, load_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.kiosk.app import KioskApp
from walkthrough.kiosk.dialogs import IdleWarning, StaffPinPrompt
from walkthrough.kiosk.pin import hash_pin
from walkthrough.plain import run_plain
from walkthrough.session import Session
from walkthrough.speech.espeak import EspeakSpeaker
from walkthrough.speech.reader import checklist_item_text, faq_answer_text, screen_text
from walkthrough.speech.speaker import NullSpeaker


@pytest.fixture
def hostile(tmp_path: Path) -> Content:
    content = load_content(write_minimal_content(tmp_path, ("en", "es")))
    return with_hostile_text(content)  # type: ignore[no-any-return]


def drawn(app: WalkthroughApp) -> str:
    """Every line that every widget of the top screen draws: what goes to the terminal."""
    lines: list[str] = []
    for widget in app.screen.query("*"):
        width, height = widget.outer_size
        if width and height:
            lines += [strip.text for strip in widget.render_lines(Region(0, 0, width, height))]
    return "\n".join(lines)


class Looks:
    """What each screen drew, checked as it is taken."""

    def __init__(self, app: WalkthroughApp) -> None:
        self.app = app
        self.seen: list[str] = []

    async def take(self, pilot, where: str) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        text = drawn(self.app)
        assert not forbidden_in(text), (where, sorted(set(forbidden_in(text))))
        assert SEEN in text, f"{where}: the hostile text was not drawn at all"
        self.seen.append(where)


async def test_no_screen_or_dialog_draws_a_control_character(hostile: Content) -> None:
    app = WalkthroughApp(hostile, Settings(speech="on"), speaker=NullSpeaker())
    looks = Looks(app)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await looks.take(pilot, "welcome")
        await pilot.press("t")  # a notice that the colours changed
        await looks.take(pilot, "theme notice")
        await pilot.press("r")  # a notice that reading aloud is not available
        await looks.take(pilot, "speech notice")
        await pilot.press("question_mark")
        await looks.take(pilot, "help")
        await pilot.press("escape")
        for step in STEP_ORDER[1:]:
            await pilot.press("right")
            await looks.take(pilot, step)
            if step == "questions":
                await pilot.press("down", "enter")  # open the first question's answer
                await looks.take(pilot, "an open answer")
            if step == "checklist":
                await pilot.press(*"y" * len(app.session.language.checklist.questions))
                await looks.take(pilot, "flagged answers")
        await pilot.press("home")
        await looks.take(pilot, "confirm dialog")
    assert len(looks.seen) == 15


async def test_the_idle_notice_draws_no_control_character(hostile: Content) -> None:
    app = KioskApp(hostile, Settings(idle_timeout=0.2), speaker=NullSpeaker())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right")  # an untouched welcome screen is never asked about
        end = time.monotonic() + 5
        while not isinstance(app.screen, IdleWarning):
            assert time.monotonic() < end, "no idle notice"
            await pilot.pause(0.05)
        await Looks(app).take(pilot, "are you still there")


async def test_the_staff_pin_prompt_draws_no_control_character(hostile: Content) -> None:
    settings = Settings(staff_pin_hash=hash_pin("4821"))
    app = KioskApp(hostile, settings, speaker=NullSpeaker())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f12")
        assert isinstance(app.screen, StaffPinPrompt)
        await Looks(app).take(pilot, "staff PIN prompt")


def test_plain_mode_prints_no_control_character(hostile: Content) -> None:
    out = io.StringIO()
    # Every step, a flag on each question, the summary, help, a wrong command, then quit.
    typed = "\n" * STEP_ORDER.index("checklist") + "1\n" * 3 + "?\nx\nq\n1\n"
    code = run_plain(hostile, language="en", stdin=io.StringIO(typed), stdout=out)
    printed = out.getvalue()
    assert code == 0
    assert not forbidden_in(printed), sorted(set(forbidden_in(printed)))
    assert printed.count(SEEN) > 50  # the hostile text was printed, without what it hid


async def test_espeak_is_handed_no_control_character(hostile: Content, tmp_path: Path) -> None:
    heard = tmp_path / "heard"
    binary = tmp_path / "espeak-ng"
    binary.write_text(f"#!/bin/sh\ncat >> {heard}\n", encoding="utf-8")
    binary.chmod(0o755)
    speaker = EspeakSpeaker(binary=str(binary))
    session = Session(hostile)
    texts = [screen_text(session.language, step, session) for step in session.steps]
    language = session.language
    texts += [checklist_item_text(language, item, None) for item in language.checklist.questions]
    texts += [faq_answer_text(item) for item in language.step("questions").items]
    assert all(forbidden_in(text) for text in texts)  # what is read out holds them ...
    for text in texts:
        await speaker.say(text, "en")
        process = speaker.process
        assert process is not None
        await process.wait()
    await close(speaker)
    said = heard.read_text(encoding="utf-8")
    assert not forbidden_in(said), sorted(set(forbidden_in(said)))  # ... what is said does not
    assert said.count(SEEN) >= len(texts)
