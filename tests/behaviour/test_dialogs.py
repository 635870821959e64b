"""The boxes that ask first (go home, quit, start again): every arrow moves between the two
choices, as Tab does, and only Escape, Backspace or a picked choice close them."""

from __future__ import annotations

import pytest

from tests.apps import make_app
from walkthrough.content.model import STEP_ORDER
from walkthrough.screens.dialogs import ConfirmDialog
from walkthrough.session import Answer

SUMMARY = STEP_ORDER.index("summary")


async def open_dialog(app, pilot, which: str) -> None:  # type: ignore[no-untyped-def]
    """Some answers (so each box asks), then the key or choice that opens `which`."""
    for item in app.session.language.checklist.questions:
        app.session.answers[item.id] = Answer.NO
    app.session.go_to(SUMMARY if which == "restart" else 1)
    app.show_step()
    await pilot.pause()
    if which == "restart":
        app.screen.query_one("#restart").focus()
        await pilot.press("enter")
    else:
        await pilot.press({"home": "home", "quit": "q"}[which])
    await pilot.pause()
    assert isinstance(app.screen, ConfirmDialog)


@pytest.mark.parametrize("which", ["home", "quit", "restart"])
@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_arrows_move_between_the_choices_like_tab(which: str, size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_dialog(app, pilot, which)
        dialog = app.screen
        cancel, confirm = dialog.query_one("#cancel"), dialog.query_one("#confirm")
        assert app.focused is cancel
        for key, then in [
            ("right", confirm),
            ("left", cancel),
            ("down", confirm),
            ("up", cancel),
            ("left", confirm),  # round the end, as Tab goes round
            ("tab", cancel),
        ]:
            await pilot.press(key)
            assert app.screen is dialog and app.focused is then, key
        await pilot.press("right", "enter")  # the confirm choice, reached with an arrow
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        if which != "quit":
            assert app.session.answers == {} and app.session.step_index == 0


async def test_escape_and_backspace_still_say_no() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("escape", "backspace"):
            await open_dialog(app, pilot, "home")
            await pilot.press("right", key)
            assert not isinstance(app.screen, ConfirmDialog)
            assert app.session.answers and app.session.step_index == 1
