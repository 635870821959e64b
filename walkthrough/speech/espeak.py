"""Read aloud with the espeak-ng program: speak in the background and stop at once."""

from __future__ import annotations

import shutil
from contextlib import suppress
from typing import TYPE_CHECKING

from walkthrough.safe_text import printable

if TYPE_CHECKING:
    import asyncio

SPEECH_PACKAGE = "espeak-ng"  # the Debian/Ubuntu package, named in the command line's message
VOICES = {"en": "en-us", "es": "es", "zh": "cmn"}  # cmn is Mandarin: zh may pick Cantonese
DEFAULT_RATE = 160  # words a minute: below espeak-ng's 175, for patients hearing medical words
MIN_RATE, MAX_RATE = 80, 450
STOP_GRACE = 0.5  # seconds a stopped process gets to end after SIGTERM before it is killed


def find_espeak() -> str | None:
    return shutil.which("espeak-ng")


def spoken_bytes(text: str) -> bytes:
    """What espeak-ng reads: no control character (it would be spelled out, or acted on)."""
    return printable(text).encode("utf-8")


def espeak_command(binary: str, language: str, rate: int) -> list[str]:
    """The command line; the text always goes on stdin so no content can be read as an option."""
    speed = max(MIN_RATE, min(int(rate), MAX_RATE))
    # An unknown code is passed on: espeak-ng has voices named after most language codes.
    voice = VOICES.get(language, language)
    return [binary, "-v", voice, "-s", str(speed), "-b", "1", "--stdin"]


class EspeakSpeaker:
    """Speaks through espeak-ng, one utterance at a time, never blocking the event loop."""

    def __init__(self, rate: int = DEFAULT_RATE, binary: str | None = None) -> None:
        self.rate = rate
        self._binary = binary or find_espeak()
        self.available = self._binary is not None
        self.process: asyncio.subprocess.Process | None = None  # the one speaking, if any
        # Bumped by every stop(): a say() that was starting when it changed must not speak.
        self._generation = 0
        self._reaping: set[asyncio.Task[None]] = set()

    @property
    def speaking(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def say(self, text: str, language: str) -> None:
        """Stop any current speech, start speaking `text`, and return without waiting for it."""
        self.stop()
        if self._binary is None or not printable(text).strip():
            return
        import asyncio  # loaded by whoever runs the loop; not at import (plain mode, the tools)

        generation = self._generation
        process = await asyncio.create_subprocess_exec(
            *espeak_command(self._binary, language, self.rate),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        if generation != self._generation:
            # stop() or another say() came while this one was starting: it is no longer wanted.
            self._end(process)
            return
        self.process = process
        assert process.stdin is not None
        try:
            process.stdin.write(spoken_bytes(text))
            await process.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # espeak-ng already exited (stopped, or no voice); there is nothing to report.
        finally:
            process.stdin.close()

    def stop(self) -> None:
        """Stop speaking now; the process is ended in the background."""
        self._generation += 1
        process, self.process = self.process, None
        if process is not None:
            self._end(process)

    def _end(self, process: asyncio.subprocess.Process) -> None:
        import asyncio

        if process.returncode is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            # No event loop to wait in (shutdown): end it outright rather than leave it talking.
            with suppress(ProcessLookupError):
                process.kill()
            return
        with suppress(ProcessLookupError):
            process.terminate()
        task = loop.create_task(self._reap(process))
        self._reaping.add(task)  # keep a reference so the task is not garbage-collected early
        task.add_done_callback(self._reaping.discard)

    @staticmethod
    async def _reap(process: asyncio.subprocess.Process) -> None:
        import asyncio

        try:
            await asyncio.wait_for(process.wait(), STOP_GRACE)
        except asyncio.TimeoutError:
            with suppress(ProcessLookupError):
                process.kill()
            await process.wait()
