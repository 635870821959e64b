"""How a run was started: language, colours, kiosk timings, speech (command line or test)."""

from __future__ import annotations

from walkthrough.records import frozen
from walkthrough.speech.espeak import DEFAULT_RATE

DEFAULT_THEME = "clinic"
CONTRAST_THEME = "clinic-contrast"
THEME_NAMES = (DEFAULT_THEME, CONTRAST_THEME)  # the T key takes them in this order (themes.py)


@frozen
class Settings:
    """How this run was started (from the command line, or by a test)."""

    language: str | None = None
    theme: str = DEFAULT_THEME
    idle_timeout: float = 120.0  # kiosk: seconds without a key before 'Are you still there?'
    idle_warning: float = 30.0  # kiosk: how long that counts down before the next patient
    summary_reset: float = 45.0  # kiosk: the same pause, on the summary
    staff_pin_hash: str | None = None  # kiosk: None for no staff exit
    pin_backoff: float = 30.0  # kiosk: the first wait after three wrong PINs (then doubled)
    speech: str = "off"  # "on" (the R key, when espeak-ng is installed), "auto", "off"
    speech_rate: int = DEFAULT_RATE  # words per minute
    linux_console: bool = False  # TERM=linux: plain marks, and the languages its font can show
    browser: bool = False  # served to a browser tab: taps work, targets fit a finger, no speech
