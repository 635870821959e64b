"""espeak-ng really speaks English, Spanish and Mandarin: rendered WAVs hold plausible speech."""

from __future__ import annotations

import array
import math
import re
import sys
import wave
from pathlib import Path

import pytest

from tests.support.speech import render_to_wav
from walkthrough.speech.espeak import SPEECH_PACKAGE, find_espeak

SHORT = {
    "en": "Please tell your practitioner if you take blood thinners.",
    "es": "Por favor, dígale a su terapeuta si toma anticoagulantes.",
    "zh": "如果您在服用抗凝血药，请告诉医生。",
}
LONG = {
    "en": SHORT["en"] + " Wear loose clothes, eat a light meal, and rest for a while afterwards.",
    "es": SHORT["es"] + " Lleve ropa cómoda, coma algo ligero y descanse un rato después.",
    "zh": SHORT["zh"] + "请穿宽松的衣服，吃一点清淡的食物，结束后休息一会儿。",
}
CJK = re.compile(r"[\u4e00-\u9fff]")
SECONDS_PER_WORD = (0.15, 1.5)


@pytest.fixture(autouse=True)
def espeak_installed() -> None:
    # CI installs it; a missing voice must fail loudly, never pass by skipping.
    if find_espeak() is None:
        pytest.fail(
            f"espeak-ng is not installed: install the Debian package '{SPEECH_PACKAGE}' "
            f"(apt-get install {SPEECH_PACKAGE})"
        )


def words(text: str, language: str) -> int:
    """Spoken units: words, or for Chinese (written without spaces) syllables, one per character."""
    if language == "zh":
        return len(CJK.findall(text))
    return len(text.split())


def audio(path: Path) -> tuple[float, float]:
    """The WAV's duration in seconds and its loudness (RMS of 16-bit samples, 0 to 32767)."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2, "expected 16-bit mono"
        assert wav.getframerate() >= 8000
        frames = wav.readframes(wav.getnframes())
        duration = wav.getnframes() / wav.getframerate()
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()  # WAV data is little-endian
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0
    return duration, rms


@pytest.mark.parametrize("language", ["en", "es", "zh"])
def test_rendered_speech_has_plausible_length_and_sound(tmp_path: Path, language: str) -> None:
    durations = []
    for name, text in (("short", SHORT[language]), ("long", LONG[language])):
        path = tmp_path / f"{language}-{name}.wav"
        render_to_wav(text, language, path, rate=160)
        duration, rms = audio(path)
        count = words(text, language)
        low, high = SECONDS_PER_WORD
        assert low * count <= duration <= high * count, (
            f"{language} {name}: {duration:.2f}s for {count} words is not plausible speech"
        )
        assert rms > 300, f"{language} {name}: the WAV is (nearly) silent, RMS {rms:.0f}"
        durations.append(duration)
    assert durations[1] > durations[0] * 1.3, f"{language}: longer text did not give longer audio"


def test_a_faster_rate_gives_shorter_audio(tmp_path: Path) -> None:
    slow, fast = tmp_path / "slow.wav", tmp_path / "fast.wav"
    render_to_wav(LONG["en"], "en", slow, rate=120)
    render_to_wav(LONG["en"], "en", fast, rate=240)
    assert audio(fast)[0] < audio(slow)[0] * 0.8


def test_text_that_looks_like_options_is_spoken_not_obeyed(tmp_path: Path) -> None:
    # Passed on stdin, "--version" and "-w" are words to say, not options for espeak-ng.
    path = tmp_path / "odd.wav"
    render_to_wav(f"--version -w {tmp_path / 'other.wav'}", "en", path)
    assert audio(path)[0] > 0.5
    assert not (tmp_path / "other.wav").exists()
