"""How a run was started: language, colours, kiosk timings, speech (command line or test)."""

from __future__ import annotations

from dataclasses import dataclass

from walkthrough.speech.espeak import DEFAULT_RATE
from walkthrough.themes import DEFAULT_THEME


@dataclass(frozen=True)
class Settings:
    """How this run was started (from the command line, or by a test)."""

    language: str | None = None
    theme: str = DEFAULT_THEME
    kiosk: bool = False
    idle_timeout: float = 120.0
    """Kiosk: seconds without a key before 'Are you still there?'."""
    idle_warning: float = 30.0
    """Kiosk: seconds that notice counts down before the reset for a new patient."""
    summary_reset: float = 45.0
    """Kiosk: on the summary, seconds without a key before the same notice."""
    staff_pin_hash: str | None = None
    """Kiosk: the staff PIN hash (from clinic.yaml or the environment); None: no staff exit."""
    pin_backoff: float = 30.0
    """Kiosk: the first wait after three wrong PINs (it doubles each time)."""
    speech: str = "off"
    """Read aloud: "on" (the R key, when espeak-ng is installed), "auto" (every screen), "off"."""
    speech_rate: int = DEFAULT_RATE
    """Read aloud: words per minute."""
    linux_console: bool = False
    """The terminal is the bare Linux console (TERM=linux): plain marks, and only the
    languages its font can show (walkthrough.console_font)."""
