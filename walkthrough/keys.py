"""Every key a step screen or plain mode answers to, as data: the app's bindings come from here."""

from __future__ import annotations

from walkthrough.records import frozen


@frozen
class KeyUse:
    """Some keys, the action they run, and what they do, in words a clinic editor knows."""

    keys: str  # Textual key names, comma-separated: "right,enter,pagedown"
    action: str
    purpose: str
    words: str = ""  # the ui.yaml `keys` entry, or a dotted path ("handoff.print"); "": not shown
    shown_as: str = ""  # how the key bar writes the key: a symbol, or a ui.yaml `key_names` entry


STEP_KEYS: tuple[KeyUse, ...] = (
    KeyUse("right,enter,pagedown", "next", "Next", "next", "→"),
    KeyUse("left,backspace,pageup", "step_back", "Back", "back", "←"),
    KeyUse("t", "theme", "Colors", "theme", "T"),
    KeyUse("question_mark,f1", "help", "Help", "help", "?"),
    KeyUse("home", "home", "Home", "home", "home"),
    KeyUse("r", "read_aloud", "Read aloud", "read_aloud", "R"),
    KeyUse("r", "speech_missing", "Read aloud"),  # R where nothing can speak: says so
    KeyUse("q", "request_quit", "Quit", "quit", "Q"),
    KeyUse("p", "print_slip", "Print the slip", "handoff.print", "P"),  # a printer is set
    KeyUse("up", "screen.move(-1)", "Up"),
    KeyUse("down", "screen.move(1)", "Down"),
)
"""The keys of every step screen; a kind of step may take some over (its answer keys too)."""

ANSWER_DIGITS = {"yes": "1", "no": "2", "unsure": "3"}  # in every language, by Answer value

# Plain-text mode's commands (walkthrough.plain), typed then Enter.
PLAIN_BACK = "b"
PLAIN_QUIT = "q"
PLAIN_HELP = ("?", "h")
PLAIN_KEYS: tuple[KeyUse, ...] = (
    KeyUse(PLAIN_BACK, "back", "Back in plain-text mode"),
    KeyUse(PLAIN_QUIT, "quit", "Quit in plain-text mode"),
    KeyUse(",".join(PLAIN_HELP), "help", "Help in plain-text mode"),
)


def taken_letters() -> dict[str, str]:
    """Letter keys in use on the checklist, with their purpose: no answer letter may be one."""
    taken: dict[str, str] = {}
    for use in (*STEP_KEYS, *PLAIN_KEYS):
        for key in use.keys.split(","):
            if len(key) == 1 and key.isalpha():
                taken.setdefault(key, use.purpose)
    return taken
