"""How a process knows it is one browser tab of `walkthrough serve` (no Textual)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

OPTION = "--browser-tab"  # hidden: only `walkthrough serve` passes it to the tabs it starts
WEB_DRIVER = "textual.drivers.web_driver:WebDriver"  # what textual-serve sets TEXTUAL_DRIVER to
# The variables textual-serve sets for each tab; a kiosk tab keeps these (and no other TEXTUAL_*).
TAB_VARIABLES = ("TEXTUAL_DRIVER", "TEXTUAL_FPS", "TEXTUAL_COLOR_SYSTEM")


def is_browser_tab(argv: Sequence[str], environ: Mapping[str, str]) -> bool:
    """Started by the server for a tab: its hidden option AND the web driver it sets, both."""
    return OPTION in argv and driven_by_browser(environ)


def driven_by_browser(environ: Mapping[str, str]) -> bool:
    return environ.get("TEXTUAL_DRIVER") == WEB_DRIVER
