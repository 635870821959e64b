"""A speaker that records what it is asked to say, and espeak-ng speech written to a WAV file."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

from walkthrough.speech.espeak import (
    DEFAULT_RATE,
    SPEECH_PACKAGE,
    EspeakSpeaker,
    espeak_command,
    find_espeak,
    spoken_bytes,
)

RENDER_TIMEOUT = 60.0


class RecordingSpeaker:
    """Remembers what it was asked to say and how often it was stopped."""

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


async def close(speaker: EspeakSpeaker) -> None:
    """Stop, and wait until every stopped espeak-ng process has really ended."""
    speaker.stop()
    await asyncio.gather(*speaker._reaping, return_exceptions=True)


def render_to_wav(text: str, language: str, path: Path | str, rate: int = DEFAULT_RATE) -> None:
    """Write `text` spoken in `language` to a WAV file, through the command line speech uses."""
    binary = find_espeak()
    if binary is None:
        raise FileNotFoundError(
            f"espeak-ng was not found; install the '{SPEECH_PACKAGE}' package "
            f"(apt-get install {SPEECH_PACKAGE})"
        )
    command = [*espeak_command(binary, language, rate), "-w", str(path)]
    result = subprocess.run(
        command,
        input=spoken_bytes(text),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=RENDER_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"espeak-ng failed ({result.returncode}): {message}")
