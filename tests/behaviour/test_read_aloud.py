"""Pilot tests of read aloud: R starts and stops, moving on cancels, auto mode follows focus."""

from __future__ import annotations

from tests.apps import shipped_content
from tests.support.speech import RecordingSpeaker
from walkthrough.app import WalkthroughApp
from walkthrough.content.model import STEP_ORDER
from walkthrough.settings import Settings
from walkthrough.speech.reader import plain
from walkthrough.speech.speaker import NullSpeaker
from walkthrough.widgets.glyphs import KeyBar


def make(speaker, **settings) -> WalkthroughApp:  # type: ignore[no-untyped-def]
    return WalkthroughApp(shipped_content(), Settings(**settings), speaker=speaker)


def keybar_text(app: WalkthroughApp) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_r_reads_the_screen_and_r_again_stops_it() -> None:
    speaker = RecordingSpeaker()
    app = make(speaker, speech="on")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        await pilot.pause()
        speaker.said.clear()
        await pilot.press("r")
        await pilot.pause()
        text, language = speaker.said[-1]
        about = shipped_content().default.step("about")
        assert language == "en" and text.startswith(about.title)
        assert "meridians" in text and "**" not in text
        assert speaker.speaking
        await pilot.press("r")
        await pilot.pause()
        assert not speaker.speaking
        assert len(speaker.said) == 1  # the second press only stopped it


async def test_moving_to_another_screen_stops_speech_at_once() -> None:
    speaker = RecordingSpeaker()
    app = make(speaker, speech="on")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert speaker.speaking
        stops = speaker.stops
        await pilot.press("right")
        await pilot.pause()
        assert not speaker.speaking and speaker.stops > stops
        assert len(speaker.said) == 1  # "on" mode does not read the new screen by itself


async def test_auto_mode_reads_each_new_screen_in_its_language() -> None:
    speaker = RecordingSpeaker()
    app = make(speaker, speech="auto", language="es")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        await pilot.pause()
        text, language = speaker.said[-1]
        assert language == "es"
        assert text.startswith(shipped_content().languages["es"].step("about").title)


async def test_auto_mode_reads_the_checklist_question_in_focus() -> None:
    speaker = RecordingSpeaker()
    app = make(speaker, speech="auto")
    checklist = shipped_content().default.checklist
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.go_to(7)
        app.show_step()
        await pilot.pause()
        await pilot.press("1")  # answers question 1 and moves to question 2
        await pilot.pause()
        text, _ = speaker.said[-1]
        second = checklist.questions[1]
        assert text.startswith(second.question)
        assert "Not sure" in text


async def test_auto_mode_reads_a_common_question_when_it_is_opened() -> None:
    speaker = RecordingSpeaker()
    app = make(speaker, speech="auto")
    faq = shipped_content().default.step("questions")
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.go_to(STEP_ORDER.index("questions"))
        app.show_step()
        await pilot.pause()
        said = len(speaker.said)
        await pilot.press("enter")  # opens the first question
        await pilot.pause()
        text, language = speaker.said[-1]
        assert len(speaker.said) == said + 1 and language == "en"
        assert text.startswith(faq.items[0].question)
        assert plain(faq.items[0].answer).split("\n")[0] in text
        await pilot.press("enter")  # closing it says nothing more
        await pilot.pause()
        assert len(speaker.said) == said + 1


async def test_key_is_shown_only_when_speech_is_available() -> None:
    app = make(RecordingSpeaker(), speech="on")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # the first screen mounted, even on a busy machine
        assert "Read aloud" in keybar_text(app)
    app = NotingApp(shipped_content(), Settings(speech="on"), speaker=NullSpeaker())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Read aloud" not in keybar_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert app.notes == [shipped_content().default.ui.speech_missing]


class NotingApp(WalkthroughApp):
    """Keeps the notices it shows, so a test can read them."""

    notes: list[str]

    def notify(self, message: str, **options: object) -> None:  # type: ignore[override]
        self.notes = [*getattr(self, "notes", []), message]
        super().notify(message, **options)  # type: ignore[arg-type]
