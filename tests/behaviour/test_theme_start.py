"""The walkthrough starts in its theme without styling the screen twice."""

from __future__ import annotations

import pytest
from textual.css.stylesheet import Stylesheet
from textual.theme import Theme

from tests.apps import make_app
from walkthrough.themes import THEMES


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
async def test_the_first_screen_is_styled_once_in_the_chosen_theme(
    theme: Theme, monkeypatch: pytest.MonkeyPatch
) -> None:
    rereads: list[Stylesheet] = []
    reparse = Stylesheet.reparse

    def counted(self: Stylesheet) -> None:
        rereads.append(self)
        reparse(self)

    monkeypatch.setattr(Stylesheet, "reparse", counted)
    app = make_app(theme=theme.name)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert rereads == []  # Textual's theme watcher would read every style again
        assert app.theme == theme.name and app.has_class(f"-theme-{theme.name}")
        assert app.screen.styles.background.hex.lower() == theme.background.lower()
        await pilot.press("t")  # a change of theme later still restyles everything
        assert rereads and app.theme != theme.name
