"""One way to build the app for tests: the same factory the command line uses, on given content."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from walkthrough.app import Settings, WalkthroughApp
from walkthrough.content import Content, bundled_content_dir, load_content


@lru_cache(maxsize=4)
def shipped_content(folder: Path | None = None) -> Content:
    """The bundled content, loaded once per test run (it is frozen, so sharing is safe)."""
    return load_content(folder or bundled_content_dir())


def make_app(**settings: object) -> WalkthroughApp:
    """The app as the command line makes it: the kiosk's with `kiosk=True`."""
    if settings.pop("kiosk", False):
        from walkthrough.kiosk.app import KioskApp

        return KioskApp(shipped_content(), Settings(**settings))  # type: ignore[arg-type]
    return WalkthroughApp(shipped_content(), Settings(**settings))  # type: ignore[arg-type]
