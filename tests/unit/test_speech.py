"""What read-aloud says for every screen kind, and the speakers that say it."""

from __future__ import annotations

import asyncio
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.fixtures_content import write_minimal_content
from tests.support.speech import RecordingSpeaker, close
from walkthrough.content import Content, load_content
from walkthrough.content.model import STEP_ORDER, CheckItem, FaqStep
from walkthrough.session import Answer, Session
from walkthrough.speech import espeak
from walkthrough.speech.espeak import SPEECH_PACKAGE, EspeakSpeaker, espeak_command, find_espeak
from walkthrough.speech.reader import checklist_item_text, faq_answer_text, plain, screen_text
from walkthrough.speech.speaker import NullSpeaker, Speaker, make_speaker

MARKDOWN_SYMBOLS = ("#", "*", "_", "`")
MISSING = (
    f"espeak-ng is not installed: install the Debian package '{SPEECH_PACKAGE}' "
    f"(apt-get install {SPEECH_PACKAGE})"
)


def _add_spoken(folder: Path, code: str, spoken: dict[tuple[str, str | None], str]) -> None:
    """Give chosen steps or items a `spoken:` text, in the YAML itself, as an author would."""
    path = folder / code / "steps.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for step in data["steps"]:
        for (step_id, item_id), text in spoken.items():
            if step["id"] != step_id:
                continue
            items = step.get("items", []) + step.get("questions", [])
            target = step if item_id is None else next(i for i in items if i["id"] == item_id)
            target["spoken"] = text
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(write_minimal_content(tmp_path, languages=("en", "es")))


@pytest.fixture
def spoken_content(tmp_path: Path) -> Content:
    folder = write_minimal_content(tmp_path, languages=("en",))
    _add_spoken(
        folder,
        "en",
        {
            ("welcome", None): "Hello and welcome, said slowly.",
            ("treatment", None): "You will lie face down on a padded table.",
            ("questions", "hurt"): "Most people feel only a small tap.",
            ("checklist", "pregnant"): "Is there any chance you are pregnant?",
        },
    )
    return load_content(folder)


def _text(
    content: Content, step_id: str, answers: dict[str, Answer] | None = None, code: str = "en"
) -> str:
    session = Session(content, language_code=code)
    session.answers.update(answers or {})
    return screen_text(session.language, session.language.step(step_id), session)


def _item(content: Content, item_id: str) -> CheckItem:
    return next(i for i in content.default.checklist.questions if i.id == item_id)


def _assert_plain(text: str) -> None:
    assert text.strip(), "nothing would be spoken"
    for symbol in MARKDOWN_SYMBOLS:
        assert symbol not in text, f"Markdown symbol {symbol!r} would be read aloud: {text!r}"


# --- screen_text, one test per kind of screen -------------------------------------------------


@pytest.mark.parametrize("step_id", STEP_ORDER)
def test_every_screen_is_plain_text_starting_with_its_title(content: Content, step_id: str) -> None:
    text = _text(content, step_id)
    _assert_plain(text)
    title = content.default.step(step_id).title
    assert text.splitlines()[0] == title + "."


def test_welcome_reads_body_prompt_and_every_language_name(content: Content) -> None:
    text = _text(content, "welcome")
    assert text.splitlines()[0] == "Welcome to Test Clinic."
    assert "This walk-through takes about five minutes." in text
    assert "Choose your language." in text
    assert "English." in text and "Español." in text
    _assert_plain(text)


def test_info_reads_headings_and_bullets_as_sentences(content: Content) -> None:
    lines = _text(content, "about").splitlines()
    assert lines == [
        "About acupuncture.",
        "What it is.",
        "Very thin needles are placed in the skin.",
        "They are sterile.",
        "They are used once.",
    ]


def test_spoken_variant_wins_over_screen_text(spoken_content: Content) -> None:
    treatment = _text(spoken_content, "treatment")
    assert "You will lie face down on a padded table." in treatment
    assert "You lie down" not in treatment
    assert treatment.startswith("The treatment.")
    welcome = _text(spoken_content, "welcome")
    assert "Hello and welcome, said slowly." in welcome
    assert "about five minutes" not in welcome
    assert "Choose your language." in welcome


def test_faq_reads_intro_and_questions_but_not_folded_answers(content: Content) -> None:
    text = _text(content, "questions")
    assert "Choose a question to read the answer." in text
    assert "Does it hurt?" in text and "What should I wear?" in text
    assert "Most people" not in text and "Loose clothes" not in text


def test_faq_answer_reads_question_then_answer_or_spoken(
    content: Content, spoken_content: Content
) -> None:
    faq = content.default.step("questions")
    assert isinstance(faq, FaqStep)
    assert faq_answer_text(faq.items[0]) == "Does it hurt?\nMost people feel little."
    spoken = spoken_content.default.step("questions")
    assert isinstance(spoken, FaqStep)
    assert faq_answer_text(spoken.items[0]) == "Does it hurt?\nMost people feel only a small tap."


def test_checklist_screen_reads_title_and_intro_only(content: Content) -> None:
    text = _text(content, "checklist")
    assert text == "Safety checklist.\nPlease answer every question."


def test_summary_with_nothing_flagged(content: Content) -> None:
    answers = {"pregnant": Answer.NO, "blood_thinners": Answer.NO, "eaten": Answer.YES}
    text = _text(content, "summary", answers)
    assert text.splitlines() == [
        "Your summary.",
        "Nothing to mention from the checklist.",
        "Take a seat. Your practitioner will call you.",
    ]


def test_summary_reads_each_flagged_item_only(content: Content) -> None:
    answers = {"pregnant": Answer.UNSURE, "blood_thinners": Answer.NO, "eaten": Answer.NO}
    text = _text(content, "summary", answers)
    assert "Tell your practitioner about:" in text
    assert "May be pregnant." in text and "Has not eaten." in text
    assert "Takes blood thinners" not in text
    assert "Nothing to mention" not in text
    assert text.endswith("Your practitioner will call you.")


def test_screen_text_uses_the_language_given(content: Content) -> None:
    text = _text(content, "checklist", code="es")
    assert text == "(es) Safety checklist.\n(es) Please answer every question."


# --- checklist items ---------------------------------------------------------------------------


def test_unanswered_item_reads_question_choices_and_not_answered(content: Content) -> None:
    lines = checklist_item_text(content.default, _item(content, "pregnant"), None).splitlines()
    assert lines == ["Are you pregnant?", "1 Yes, 2 No, 3 Not sure.", "Not answered."]


@pytest.mark.parametrize(
    ("item_id", "answer", "flagged"),
    [
        ("pregnant", Answer.YES, True),
        ("pregnant", Answer.NO, False),
        ("pregnant", Answer.UNSURE, True),
        ("eaten", Answer.NO, True),
        ("eaten", Answer.YES, False),
    ],
)
def test_answered_item_reads_current_answer_and_tell_when_flagged(
    content: Content, item_id: str, answer: Answer, flagged: bool
) -> None:
    item = _item(content, item_id)
    lines = checklist_item_text(content.default, item, answer).splitlines()
    label = {Answer.YES: "Yes.", Answer.NO: "No.", Answer.UNSURE: "Not sure."}[answer]
    assert lines[:3] == [item.question, "1 Yes, 2 No, 3 Not sure.", label]
    if flagged:
        assert lines[3:] == ["Tell your practitioner.", item.tell]
    else:
        assert len(lines) == 3


def test_checklist_item_spoken_variant_wins(spoken_content: Content) -> None:
    text = checklist_item_text(spoken_content.default, _item(spoken_content, "pregnant"), None)
    assert text.startswith("Is there any chance you are pregnant?")
    assert "Are you pregnant?" not in text


# --- Markdown to sentences -----------------------------------------------------------------------


def test_plain_reads_markdown_as_the_screen_does_and_ends_sentences() -> None:
    """Markdown is read once (walkthrough.markdown): a link keeps its address, as on screen, and
    an escaped mark is a literal one, said as the screen shows it."""
    markdown = (
        "### Before you come\n\n* Eat a *light* meal\n  an hour before\n"
        "+ Wear `loose` clothes\n\n---\n\n1. Read [the leaflet](https://x.test)\n"
        "> Ask us \\*anything\\*"
    )
    assert plain(markdown).splitlines() == [
        "Before you come.",
        "Eat a light meal an hour before.",
        "Wear loose clothes.",
        "1. Read the leaflet (https://x.test).",
        "Ask us *anything*.",
    ]


def test_plain_ends_chinese_with_a_chinese_full_stop() -> None:
    assert plain("## 针灸\n\n- 请穿宽松的衣服\n- 真的吗？") == "针灸。\n请穿宽松的衣服。\n真的吗？"


# --- speakers ------------------------------------------------------------------------------------


async def test_null_speaker_is_silent_and_unavailable() -> None:
    speaker = NullSpeaker()
    assert isinstance(speaker, Speaker)
    await speaker.say("Hello", "en")
    speaker.stop()
    assert speaker.available is False and speaker.speaking is False


async def test_recording_speaker_records_says_and_stops() -> None:
    speaker = RecordingSpeaker()
    assert isinstance(speaker, Speaker) and speaker.available
    await speaker.say("Hello", "en")
    assert speaker.speaking
    await speaker.say("Hola", "es")
    speaker.stop()
    assert speaker.said == [("Hello", "en"), ("Hola", "es")]
    assert speaker.stops == 1 and not speaker.speaking


def test_make_speaker_picks_espeak_only_when_wanted_and_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert isinstance(make_speaker("off", 160), NullSpeaker)
    with pytest.raises(ValueError, match="speech mode"):
        make_speaker("loud", 160)
    if find_espeak() is None:
        pytest.fail(MISSING)
    speaker = make_speaker("auto", 200)
    assert isinstance(speaker, EspeakSpeaker) and speaker.available and speaker.rate == 200
    monkeypatch.setattr(espeak.shutil, "which", lambda name: None)
    assert isinstance(make_speaker("on", 160), NullSpeaker)


def test_espeak_command_voice_rate_and_stdin() -> None:
    assert espeak_command("espeak-ng", "zh", 1000) == [
        "espeak-ng",
        "-v",
        "cmn",
        "-s",
        "450",
        "-b",
        "1",
        "--stdin",
    ]
    assert espeak_command("espeak-ng", "en", 10)[1:5] == ["-v", "en-us", "-s", "80"]
    assert espeak_command("espeak-ng", "es", 160)[2] == "es"


def _fake_espeak(folder: Path, body: str) -> str:
    """A stand-in espeak-ng: a shell script, so tests can see its arguments and stop it on cue."""
    path = folder / "espeak-ng"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


async def test_espeak_say_passes_text_on_stdin_not_argv(tmp_path: Path) -> None:
    script = f'printf "%s\\n" "$@" > {tmp_path}/args\ncat > {tmp_path}/stdin'
    binary = _fake_espeak(tmp_path, script)
    speaker = EspeakSpeaker(rate=170, binary=binary)
    text = '--help -w /tmp/x "$(rm -rf ~)" 针灸 ñ'
    await speaker.say(text, "zh")
    assert speaker.process is not None
    await asyncio.wait_for(speaker.process.wait(), 5)
    assert (tmp_path / "stdin").read_text(encoding="utf-8") == text
    args = (tmp_path / "args").read_text(encoding="utf-8").splitlines()
    assert args == ["-v", "cmn", "-s", "170", "-b", "1", "--stdin"]
    assert not speaker.speaking


async def test_espeak_stop_terminates_at_once(tmp_path: Path) -> None:
    speaker = EspeakSpeaker(binary=_fake_espeak(tmp_path, "exec sleep 30"))
    await speaker.say("A long talk.", "en")
    process = speaker.process
    assert process is not None and speaker.speaking
    started = time.monotonic()
    speaker.stop()
    assert time.monotonic() - started < 0.1, "stop() blocked the event loop"
    assert not speaker.speaking
    assert await asyncio.wait_for(process.wait(), 2) == -15
    await close(speaker)


async def test_espeak_stop_kills_a_process_that_ignores_terminate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(espeak, "STOP_GRACE", 0.2)
    speaker = EspeakSpeaker(
        binary=_fake_espeak(
            tmp_path, f"trap '' TERM\ntouch {tmp_path}/ready\nwhile :; do sleep 0.05; done"
        )
    )
    await speaker.say("Stubborn.", "en")
    process = speaker.process
    assert process is not None
    for _ in range(100):  # wait until the trap is set, or SIGTERM would end it before the test
        if (tmp_path / "ready").exists():
            break
        await asyncio.sleep(0.02)
    try:
        speaker.stop()
        assert not speaker.speaking
        assert await asyncio.wait_for(process.wait(), 3) == -9
        await close(speaker)
    finally:
        if process.returncode is None:  # do not leave a stubborn stand-in running if this fails
            process.kill()


async def test_espeak_new_say_and_overlapping_says_leave_one_voice(tmp_path: Path) -> None:
    script = f"echo $$ >> {tmp_path}/pids\nexec sleep 30"
    speaker = EspeakSpeaker(binary=_fake_espeak(tmp_path, script))
    await speaker.say("First.", "en")
    first = speaker.process
    await asyncio.gather(speaker.say("Second.", "en"), speaker.say("Third.", "es"))
    assert first is not None and await asyncio.wait_for(first.wait(), 2) == -15
    last = speaker.process
    assert last is not None and speaker.speaking
    for _ in range(150):  # the overlapped say's process is ended in the background
        pids = [int(p) for p in (tmp_path / "pids").read_text().split()]
        alive = [pid for pid in pids if _alive(pid)]
        if len(pids) == 3 and alive == [last.pid]:
            break
        await asyncio.sleep(0.02)
    assert alive == [last.pid], f"more than one voice left speaking: {alive}"
    await close(speaker)
    assert not speaker.speaking and last.returncode is not None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def test_real_espeak_starts_and_stop_ends_it_quickly() -> None:
    if find_espeak() is None:
        pytest.fail(MISSING)
    speaker = EspeakSpeaker()
    assert speaker.available
    await speaker.say("This is a long sentence for the test. " * 40, "en")
    process = speaker.process
    assert process is not None, "say() did not start espeak-ng"
    speaker.stop()
    assert not speaker.speaking
    # With a sound card this text lasts minutes; only stop() can end it within a second.
    await asyncio.wait_for(process.wait(), 1)
    assert process.returncode is not None
    await close(speaker)


async def test_espeak_without_the_program_is_unavailable_and_silent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(espeak.shutil, "which", lambda name: None)
    speaker = EspeakSpeaker()
    assert not speaker.available
    await speaker.say("Hello", "en")
    assert speaker.process is None and not speaker.speaking
