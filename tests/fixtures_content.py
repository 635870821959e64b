"""A small, valid content folder for tests, written into a temporary directory.

Reuse it anywhere a test needs content that does not depend on the clinic's real wording:

    from tests.fixtures_content import write_minimal_content
    root = write_minimal_content(tmp_path, languages=("en", "es"))
    content = load_content(root)

English text is used as written. Every other language gets the same text with its code in
brackets at the start of every line (for example "(es) Step 1 of 9", "- (es) Item"), so a test
can tell which language is on screen, and that no line came from anywhere but the content.
`language_name` is the real name of each language, as the welcome screen lists it.

`with_hostile_text(content)` puts terminal control characters around every piece of patient
text, building the content in Python (so past the loader, which refuses them), to test what the
front ends do if such text ever reaches them; `forbidden_in(text)` finds any that got through.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import yaml

LANGUAGE_NAMES = {"en": "English", "es": "Español", "zh": "中文"}

CLINIC_NAME = "Test Clinic"
CLINIC_PHONE = "555-0199"
EMERGENCY_NUMBER = "112"

# Keys whose values are ids or names, never translated text.
_NOT_TEXT = {"id", "kind", "language_name"}
_MARKER = re.compile(r"^(\s*(?:#+|[-*+]|\d+\.)\s+)?")


def _dialog(name: str) -> dict[str, str]:
    return {
        "title": f"{name} title",
        "body": f"{name} body.",
        "confirm": f"{name} confirm",
        "cancel": f"{name} cancel",
    }


UI: dict[str, Any] = {
    "app_title": "Your first back acupuncture visit",
    "disclaimer": "General information only, not medical advice.",
    "step_counter": "Step {current} of {total}",
    "steps_heading": "Steps",
    "answer_yes": "Yes",
    "answer_no": "No",
    "answer_unsure": "Not sure",
    "not_answered": "Not answered",
    "flag_label": "Tell your practitioner",
    "questions_left": "{count} questions still need an answer",
    "keys": {
        "next": "Next",
        "back": "Back",
        "help": "Help",
        "home": "Start",
        "quit": "Quit",
        "answer": "Answer",
        "choose": "Choose",
        "move": "Move",
        "theme": "Colours",
        "read_aloud": "Read aloud",
        "close": "Close",
    },
    "key_names": {
        "enter": "Enter",
        "space": "Space",
        "home": "Home",
        "backspace": "Backspace",
        "page_up": "Page Up",
        "page_down": "Page Down",
        "tab": "Tab",
        "escape": "Esc",
    },
    "help_title": "How to use this",
    "help_body": "## Moving around\n\nPress **Enter** to go on.\n\n- Type a number to choose.",
    "confirm_home": _dialog("Home"),
    "confirm_quit": _dialog("Quit"),
    "confirm_restart": _dialog("Restart"),
    "idle": {
        "title": "Still there?",
        "body": "Starting again in {seconds} seconds.",
        "keep_going": "Keep going",
    },
    "staff": {
        "title": "Staff",
        "placeholder": "PIN",
        "wrong": "Wrong PIN",
        "wait": "Please wait.",
        "cancel": "Cancel",
    },
    "theme_changed": "Colours changed",
    "speech_missing": "Reading aloud is not available.",
    "too_small": "Please make this window larger.",
    "welcome_keys": "Press the Right arrow key to go on.",
    "faq_keys": "Use Up and Down to move.",
    "question_counter": "Question {current} of {total}",
    "current_answer": "Your answer:",
    "goodbye": "Goodbye.",
    "plain_help_body": "Type b to go back.",
    "more_below": "More below",
    "handoff": {
        "title": "For your practitioner",
        "date": "Date and time",
        "language": "Language used",
        "answers": "All answers",
        "no_personal_details": "No name or personal details are on this slip.",
        "print": "Print for your practitioner",
        "printing": "Printing...",
        "printed": "Printed. Please take the slip.",
        "print_failed": "The printer is not working.",
    },
}

STEPS: list[dict[str, Any]] = [
    {
        "id": "welcome",
        "kind": "welcome",
        "title": "Welcome to {clinic_name}",
        "short": "Welcome",
        "body": "# Welcome\n\nThis walk-through takes **about five minutes**.",
        "language_prompt": "Choose your language",
    },
    {
        "id": "about",
        "kind": "info",
        "title": "About acupuncture",
        "short": "About",
        "body": "## What it is\n\nVery thin needles are placed in the skin.\n\n"
        "- They are __sterile__\n- They are used once",
    },
    {
        "id": "assessment",
        "kind": "info",
        "title": "The assessment",
        "short": "Assessment",
        "body": "Your practitioner asks about your back.",
    },
    {
        "id": "treatment",
        "kind": "info",
        "title": "The treatment",
        "short": "Treatment",
        "body": "You lie down and **rest**.",
    },
    {
        "id": "duration",
        "kind": "info",
        "title": "How long it takes",
        "short": "Time",
        "body": "About 45 minutes.",
    },
    {
        "id": "aftercare",
        "kind": "info",
        "title": "Afterwards",
        "short": "Afterwards",
        "body": "Drink water and rest. Call {clinic_phone} with questions.",
    },
    {
        "id": "questions",
        "kind": "faq",
        "title": "Common questions",
        "short": "Questions",
        "intro": "Choose a question to read the answer.",
        "items": [
            {"id": "hurt", "question": "Does it hurt?", "answer": "Most people feel **little**."},
            {"id": "wear", "question": "What should I wear?", "answer": "Loose clothes."},
        ],
    },
    {
        "id": "checklist",
        "kind": "checklist",
        "title": "Safety checklist",
        "short": "Checklist",
        "intro": "Please answer every question.",
        "questions": [
            {
                "id": "pregnant",
                "kind": "caution",
                "question": "Are you pregnant?",
                "tell": "Tell them you may be pregnant.",
                "summary": "May be pregnant",
            },
            {
                "id": "blood_thinners",
                "kind": "caution",
                "question": "Do you take blood thinners?",
                "tell": "Tell them about blood thinners.",
                "summary": "Takes blood thinners",
            },
            {
                "id": "eaten",
                "kind": "confirm",
                "question": "Have you eaten today?",
                "tell": "Eat a light snack first.",
                "summary": "Has not eaten",
            },
        ],
    },
    {
        "id": "summary",
        "kind": "summary",
        "title": "Your summary",
        "short": "Summary",
        "flagged_heading": "Tell your practitioner about:",
        "nothing_flagged": "Nothing to mention from the checklist.",
        "next_steps": "Take a seat. Your practitioner will call you.",
        "start_over": "Start again for a new patient",
    },
]


def _translate(value: Any, code: str, key: str = "") -> Any:
    """Mark every patient-facing string with the language code (English is left as written)."""
    if isinstance(value, dict):
        return {k: _translate(v, code, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_translate(v, code, key) for v in value]
    if code == "en" or key in _NOT_TEXT or not isinstance(value, str):
        return value
    # Every non-empty line, after any heading or list marker: "# (es) Welcome", "- (es) Item".
    return "\n".join(
        _MARKER.sub(lambda m: f"{m.group(0)}({code}) ", line, count=1) if line.strip() else line
        for line in value.split("\n")
    )


def _write_yaml(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_minimal_content(root: Path, languages: tuple[str, ...] = ("en",)) -> Path:
    """Write clinic.yaml and <lang>/ui.yaml, steps.yaml under `root/content`; return that folder."""
    folder = root / "content"
    _write_yaml(
        folder / "clinic.yaml",
        {
            "name": CLINIC_NAME,
            "phone": CLINIC_PHONE,
            "emergency_number": EMERGENCY_NUMBER,
            "languages": list(languages),
            "default_language": languages[0],
        },
    )
    for code in languages:
        ui = _translate({"language_name": LANGUAGE_NAMES.get(code, code), **UI}, code)
        _write_yaml(folder / code / "ui.yaml", ui)
        _write_yaml(folder / code / "steps.yaml", {"steps": _translate(STEPS, code)})
    return folder


HOSTILE = (
    "\x1b]0;TITLE\x07"  # retitle the window
    "\x1b]52;c;Q0xJUA==\x07"  # write the clipboard
    "\x1b[?1049l"  # leave the alternate screen
    "\x1b[6n\x9b6n"  # ask the terminal to type back where the cursor is (7- and 8-bit CSI)
    "\u202e\u2066"  # reverse the text that follows, isolate it
    "\x7f\r\x08\x00\x85"  # delete, carriage return, backspace, NUL, next line
)
"""What a hostile (or careless) edit could put into patient text, if nothing stopped it."""
SEEN = "]0;TITLE"
"""The printable part of HOSTILE: seeing it proves the hostile text itself was shown."""

_NOT_PATIENT_TEXT = {"id", "kind", "code", "languages", "default_language", "staff_pin_hash"}


def with_hostile_text(value: Any, name: str = "") -> Any:
    """`value` (Content, or any part of it) with HOSTILE before and after every piece of
    patient text; ids, kinds and language codes are kept so the walkthrough still runs."""
    if isinstance(value, str):
        return value if name in _NOT_PATIENT_TEXT else f"{HOSTILE}{value}{HOSTILE}"
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: with_hostile_text(getattr(value, f.name), f.name) for f in fields(value)}
        return replace(value, **changes)
    if isinstance(value, dict):
        return {key: with_hostile_text(item, name) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(with_hostile_text(item, name) for item in value)
    return value


def forbidden_in(text: str) -> list[str]:
    """The characters of `text` that a terminal would obey or that reorder text (worked out
    here on their own, not with walkthrough.safe_text, so a mistake there cannot hide)."""
    return [
        char
        for char in text
        if (unicodedata.category(char) == "Cc" and char not in "\t\n")
        or "\u202a" <= char <= "\u202e"
        or "\u2066" <= char <= "\u2069"
    ]
