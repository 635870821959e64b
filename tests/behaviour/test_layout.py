"""A new step is laid out once: its words are wrapped at one width and never jump."""

from __future__ import annotations

import pytest

from tests.apps import make_app
from walkthrough.content.model import STEP_ORDER
from walkthrough.widgets.body import Body
from walkthrough.widgets.text import TextBlocks


def wrapped_at(text: TextBlocks) -> list[int]:
    """The widths this text has been wrapped at (more than one after a resize)."""
    return list(text._lines.keys())


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_words_of_a_new_step_are_wrapped_at_one_width(size: tuple[int, int]) -> None:
    """Room for the scroll bar is kept from the first layout, so when a long step turns out
    to need one, its text is not wrapped again one column narrower (a visible jump, and a
    second layout of the whole screen)."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        for index in range(len(STEP_ORDER)):
            app.session.go_to(index)
            app.show_step()
            await pilot.pause()
            body = app.screen.query_one(Body)
            shown = [text for text in body.query(TextBlocks) if wrapped_at(text)]  # not folded
            assert shown, STEP_ORDER[index]
            for text in shown:
                assert len(wrapped_at(text)) == 1, (STEP_ORDER[index], text.plain[:40])
