"""The pages the server sends: the tab's page, the refusal, the "please wait", and its script."""

from __future__ import annotations

import html
from pathlib import Path

SCRIPT_CHANGES = (
    # xterm.js's screen-reader mode: the text on screen is also in the page's accessibility tree.
    ("allowProposedApi:!0,", "allowProposedApi:!0,screenReaderMode:!0,"),
)
WAIT_SECONDS = 5  # the "please wait" page tries again this often


class ScriptError(RuntimeError):
    """textual-serve's page script is not the one these changes were made for."""


def tab_page(title: str, lang: str, font_size: int) -> str:
    """The page a tab opens: the clinic's name as its title, the patient's language as its own."""
    import jinja2  # textual-serve's own dependency; autoescape: content text is never markup

    template = (Path(__file__).parent / "page.html").read_text(encoding="utf-8")
    page = jinja2.Environment(autoescape=True).from_string(template)
    return page.render(title=title, lang=lang, font_size=font_size)


def notice(title: str, lang: str, heading: str, text: str, refresh: int | None = None) -> str:
    """A plain page of one heading and one paragraph (refreshing itself after `refresh` s)."""
    again = f'<meta http-equiv="refresh" content="{refresh}" />' if refresh else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}"><head><meta charset="utf-8" />'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />'
        f"{again}<title>{html.escape(title)}</title>"
        "<style>body{font:24px sans-serif;margin:10vh 10vw;color:#111;background:#fff}</style>"
        f"</head><body><main><h1>{html.escape(heading)}</h1><p>{html.escape(text)}</p></main>"
        "</body></html>\n"
    )


def refusal(title: str) -> str:
    heading = "This device is not set up for the walkthrough"
    return notice(title, "en", heading, "Please ask at the front desk.")


def please_wait(title: str) -> str:
    text = (
        "Other patients are using the walkthrough right now. Please wait a moment: "
        "this page will open it by itself as soon as there is room."
    )
    return notice(title, "en", "Please wait", text, refresh=WAIT_SECONDS)


def patched_script(original: str) -> str:
    """textual-serve's script with SCRIPT_CHANGES made; ScriptError if one has no place."""
    for old, new in SCRIPT_CHANGES:
        if original.count(old) != 1:
            raise ScriptError(f"textual-serve's textual.js has no single {old!r} to change")
        original = original.replace(old, new)
    return original
