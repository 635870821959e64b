"""The Speaker the screens talk to, the silent one, and make_speaker to choose between them."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from walkthrough.speech.espeak import EspeakSpeaker

# `off` never speaks; `auto` and `on` use espeak-ng if installed (the CLI may warn for `on`).
SPEECH_MODES = ("auto", "on", "off")


@runtime_checkable
class Speaker(Protocol):
    """Reads text aloud in the background: `say` stops any speech and returns at once."""

    available: bool  # whether it can make any sound at all

    @property
    def speaking(self) -> bool: ...

    async def say(self, text: str, language: str) -> None: ...

    def stop(self) -> None: ...  # at once, never blocking


class NullSpeaker:
    """No voice: speech is off or espeak-ng is missing. Every call does nothing."""

    available = False
    speaking = False

    async def say(self, text: str, language: str) -> None:
        return None

    def stop(self) -> None:
        return None


def make_speaker(mode: str, rate: int) -> Speaker:
    """The speaker for a speech mode: espeak-ng when wanted and installed, otherwise silence."""
    if mode not in SPEECH_MODES:
        raise ValueError(f"unknown speech mode {mode!r}; use one of {', '.join(SPEECH_MODES)}")
    if mode == "off":
        return NullSpeaker()
    speaker = EspeakSpeaker(rate=rate)
    return speaker if speaker.available else NullSpeaker()
