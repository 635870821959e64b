"""The Speaker protocol the screens talk to, a silent and a recording speaker, and make_speaker."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from walkthrough.speech.espeak import SPEECH_PACKAGE, EspeakSpeaker

SPEECH_MODES = ("auto", "on", "off")
"""`off` never speaks; `auto` and `on` use espeak-ng if installed (the CLI may warn for `on`)."""

__all__ = [
    "SPEECH_MODES",
    "SPEECH_PACKAGE",
    "NullSpeaker",
    "RecordingSpeaker",
    "Speaker",
    "make_speaker",
]


@runtime_checkable
class Speaker(Protocol):
    """Something that reads text aloud in the background."""

    @property
    def available(self) -> bool:
        """Whether this speaker can make any sound at all."""
        ...

    @property
    def speaking(self) -> bool:
        """Whether it is speaking right now."""
        ...

    async def say(self, text: str, language: str) -> None:
        """Stop any current speech and start saying `text`; return without waiting for it to end."""
        ...

    def stop(self) -> None:
        """Stop speaking at once (never blocks)."""
        ...


class NullSpeaker:
    """No voice: used when speech is off or espeak-ng is missing. Every call does nothing."""

    available = False
    speaking = False

    async def say(self, text: str, language: str) -> None:
        return None

    def stop(self) -> None:
        return None


class RecordingSpeaker:
    """For tests: remembers what it was asked to say and how often it was stopped."""

    available = True

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.stops = 0
        # Real speech ends by itself; here it lasts until stop() or finish(), so tests choose.
        self.speaking = False

    async def say(self, text: str, language: str) -> None:
        self.said.append((text, language))
        self.speaking = True

    def stop(self) -> None:
        self.stops += 1
        self.speaking = False

    def finish(self) -> None:
        """Pretend the current speech has come to its natural end."""
        self.speaking = False

    @property
    def last(self) -> tuple[str, str] | None:
        return self.said[-1] if self.said else None


def make_speaker(mode: str, rate: int) -> Speaker:
    """The speaker for a speech mode: espeak-ng when wanted and installed, otherwise silence."""
    if mode not in SPEECH_MODES:
        raise ValueError(f"unknown speech mode {mode!r}; use one of {', '.join(SPEECH_MODES)}")
    if mode == "off":
        return NullSpeaker()
    speaker = EspeakSpeaker(rate=rate)
    return speaker if speaker.available else NullSpeaker()
