"""Read aloud: what each screen says and when (reader), and the voice (speaker, espeak)."""

from walkthrough.speech.speaker import Speaker, make_speaker

__all__ = ["Speaker", "make_speaker"]
