"""Read aloud: what each screen says (spoken) and the voices that say it (speaker, espeak)."""

from walkthrough.speech.espeak import (
    DEFAULT_RATE,
    SPEECH_PACKAGE,
    VOICES,
    EspeakSpeaker,
    find_espeak,
    render_to_wav,
)
from walkthrough.speech.speaker import (
    SPEECH_MODES,
    NullSpeaker,
    RecordingSpeaker,
    Speaker,
    make_speaker,
)
from walkthrough.speech.spoken import checklist_item_text, faq_answer_text, plain, screen_text

__all__ = [
    "DEFAULT_RATE",
    "SPEECH_MODES",
    "SPEECH_PACKAGE",
    "VOICES",
    "EspeakSpeaker",
    "NullSpeaker",
    "RecordingSpeaker",
    "Speaker",
    "checklist_item_text",
    "faq_answer_text",
    "find_espeak",
    "make_speaker",
    "plain",
    "render_to_wav",
    "screen_text",
]
