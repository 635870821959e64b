"""Pilot tests of the whole walkthrough: keys, steps, checklist rules, summary, starting over."""

from __future__ import annotations

import pytest
from textual import events

from tests.apps import make_app, shipped_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.screens.checklist import ChecklistScreen
from walkthrough.screens.dialogs import ConfirmDialog, HelpScreen
from walkthrough.screens.summary import SummaryScreen
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import AnswerRow, Fold, MarkedLines
from walkthrough.widgets.body import Body
from walkthrough.widgets.glyphs import MARKS, TopBar
from walkthrough.widgets.text import Line, TextBlocks

CHECKLIST = STEP_ORDER.index("checklist")


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """Everything the patient can read on the current screen, as plain text."""
    parts = []
    for widget in app.screen.query("*"):
        if not (widget.display and widget.visible):
            continue
        if isinstance(widget, TextBlocks):
            parts.append(widget.plain)
        elif not widget.children:
            parts.append(str(widget.render()))
    return "\n".join(parts)


async def go_to_checklist(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(CHECKLIST):
        await pilot.press("right")
    await pilot.pause()


async def answer_all_then_summary(pilot, app, key: str) -> None:  # type: ignore[no-untyped-def]
    """From the start: to the checklist, `key` for every question, then on to the summary."""
    await go_to_checklist(pilot)
    for _ in app.session.language.checklist.questions:
        await pilot.press(key)
    await pilot.press("right")


async def test_forward_keys_walk_every_step_in_order() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        seen = [app.screen.step.id]
        for key in ["right", "pagedown", "right", "right", "right", "right", "right"]:
            await pilot.press(key)
            seen.append(app.screen.step.id)
        assert seen == list(STEP_ORDER[: CHECKLIST + 1])
        assert isinstance(app.screen, ChecklistScreen)


async def test_back_keys_and_counter() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "right", "right")
        assert app.screen.query_one(TopBar).render().plain.rstrip().endswith("Step 4 of 9")
        await pilot.press("left")
        assert app.session.step_index == 2
        await pilot.press("backspace")
        assert app.session.step_index == 1
        await pilot.press("pageup")
        assert app.session.step_index == 0
        await pilot.press("left")  # nothing before the first step
        assert app.session.step_index == 0


async def test_every_step_shows_disclaimer_counter_and_key_hints() -> None:
    app = make_app()
    ui = shipped_content().default.ui
    async with app.run_test(size=(80, 24)) as pilot:
        for index in range(len(STEP_ORDER) - 1):
            text = screen_text(app)
            assert ui.disclaimer in text
            assert f"Step {index + 1} of 9" in text
            assert ui.keys.help in text
            app.session.answers.update(
                {q.id: Answer.NO for q in app.session.language.checklist.questions}
            )
            await pilot.press("right")


async def test_step_titles_carry_the_recognised_words() -> None:
    language = shipped_content().default
    titles = {step.id: step.title for step in language.steps}
    for step_id, word in [
        ("assessment", "Assessment"),
        ("treatment", "Treatment"),
        ("duration", "Duration"),
        ("aftercare", "Aftercare"),
        ("checklist", "Safety checklist"),
    ]:
        assert word in titles[step_id]


async def test_answers_typed_quickly_each_go_to_the_next_question() -> None:
    """1 2 3 arriving together (a fast typist, a key held down) answer three questions, not
    the same one three times."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_checklist(pilot)
        first, second, third = app.session.language.checklist.questions[:3]
        for key in "123":  # all queued before the app handles the first
            app.post_message(events.Key(key, key))
        await pilot.pause()
        assert app.session.answers == {
            first.id: Answer.YES,
            second.id: Answer.NO,
            third.id: Answer.UNSURE,
        }


async def test_down_pressed_twice_quickly_moves_two_places() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_checklist(pilot)
        choices = list(app.screen.query(".choice"))
        assert app.focused is choices[0]
        for _ in range(2):
            app.post_message(events.Key("down", None))
        await pilot.pause()
        assert app.focused is choices[2]


async def test_yes_is_flagged_with_a_mark_and_tell_line_and_appears_in_summary() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_checklist(pilot)
        first = app.screen.query(AnswerRow).first()
        assert not first.has_class("-flagged")
        assert not app.screen.query(".flag")  # made only once an answer is flagged
        await pilot.press("1")
        assert app.session.answers[first.item.id] is Answer.YES
        assert first.has_class("-flagged")
        flag = first.query_one(".flag", MarkedLines)
        assert flag.display and flag.plain == f"! {first.item.tell}"
        # Focus moved on to the next unanswered question.
        focused_row = next(a for a in app.focused.ancestors if isinstance(a, AnswerRow))
        assert focused_row is app.screen.query(AnswerRow)[1]
        for _ in range(len(app.session.unanswered())):
            await pilot.press("2")
        await pilot.press("right")
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Tell your practitioner about:" in text
        assert f"! {first.item.summary}" in text


async def test_the_summary_lists_every_flagged_answer_in_checklist_order() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all_then_summary(pilot, app, "1")
        flagged = app.session.flagged()
        assert len(flagged) >= 8
        listed = app.screen.query_one(".flagged-items", MarkedLines)  # one widget: quick to show
        assert listed.plain.splitlines() == [f"! {item.summary}" for item in flagged]


async def test_checklist_cannot_finish_until_every_question_is_answered() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_checklist(pilot)
        await pilot.press("2", "2")
        await pilot.press("right")
        assert isinstance(app.screen, ChecklistScreen)
        left = len(app.session.unanswered())
        status = app.screen.query_one("#status", Line)
        assert status.display and status.render().plain == f"Questions left: {left}"
        third = app.screen.query(AnswerRow)[2]
        assert app.focused in third.query("Choice")


async def test_space_and_enter_pick_and_up_down_move_between_choices() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_checklist(pilot)
        row = app.screen.query(AnswerRow).first()
        await pilot.press("down")  # Yes -> No
        assert app.focused is row.query("Choice")[1]
        await pilot.press("space")
        assert app.session.answers[row.item.id] is Answer.NO
        await pilot.press("down", "enter")  # Not sure
        assert app.session.answers[row.item.id] is Answer.UNSURE
        assert row.has_class("-flagged")
        await pilot.press("up", "up", "enter")  # back to Yes
        assert app.session.answers[row.item.id] is Answer.YES


async def test_going_back_keeps_answers_and_lets_the_patient_change_them() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_checklist(pilot)
        await pilot.press("1")
        first_id = app.screen.query(AnswerRow).first().item.id
        await pilot.press("left", "right")
        row = app.screen.query_one(f"#q-{first_id}", AnswerRow)
        assert row.answer is Answer.YES and row.has_class("-flagged")
        row.first_choice().focus()
        await pilot.press("2")
        assert app.session.answers[first_id] is Answer.NO
        assert not row.has_class("-flagged") and not row.query_one(".flag").display
        row.first_choice().focus()
        await pilot.pause()
        await pilot.press("1")
        assert row.has_class("-flagged") and len(row.query(".flag")) == 1


@pytest.mark.parametrize("language", list(shipped_content().languages))
async def test_all_no_leaves_nothing_flagged_on_the_summary(language: str) -> None:
    """Every question is asked so that Yes is what to tell: 2 (No) to all, nothing flagged."""
    app = make_app(language=language)
    summary = shipped_content().languages[language].step("summary")
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all_then_summary(pilot, app, "2")
        assert isinstance(app.screen, SummaryScreen)
        assert set(app.session.answers.values()) == {Answer.NO}
        assert app.session.flagged() == []
        assert not app.screen.query(".flagged-items") and not app.screen.query(".flag")
        text = screen_text(app)
        assert summary.nothing_flagged.splitlines()[0] in text
        assert summary.flagged_heading not in text


async def test_start_again_asks_then_clears_every_answer() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all_then_summary(pilot, app, "1")
        app.screen.query_one("#restart").focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # the cancel choice has the focus: nothing lost
        assert isinstance(app.screen, SummaryScreen) and app.session.answers
        app.screen.query_one("#restart").focus()
        await pilot.press("enter")
        app.screen.query_one("#confirm").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.answers == {} and app.session.step_index == 0
        await go_to_checklist(pilot)
        assert all(row.answer is None for row in app.screen.query(AnswerRow))


async def test_home_asks_first_when_answers_exist() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right", "right", "home")
        assert app.session.step_index == 0  # no answers: no question asked
        await go_to_checklist(pilot)
        await pilot.press("1", "home")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert app.session.step_index == CHECKLIST and app.session.answers


async def test_help_opens_on_question_mark_and_f1_and_closes() -> None:
    app = make_app()
    ui = shipped_content().default.ui
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            assert ui.help_title in screen_text(app)
            await pilot.press("escape")
            assert not isinstance(app.screen, HelpScreen)


async def test_faq_items_open_and_close_with_enter_and_space() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(STEP_ORDER.index("questions")):
            await pilot.press("right")
        items = list(app.screen.query(Fold))
        assert len(items) >= 6 and not any(item.is_open for item in items)
        answer_words = items[0].item.answer.split("\n")[0][:30]
        assert answer_words not in screen_text(app)
        assert all(item.answer is None for item in items)  # made when first opened
        await pilot.press("enter")
        assert items[0].is_open and items[0].query_one(".fold-answer").display
        answer = items[0].answer
        assert items[0].question.plain.startswith(MARKS.opened)
        assert items[0].item.answer.split()[0] in screen_text(app)
        await pilot.press("space")
        assert not items[0].is_open and items[0].question.plain.startswith(MARKS.closed)
        assert answer_words not in screen_text(app)
        await pilot.press("enter")  # opened again: the same answer, not a second one
        assert items[0].answer is answer and len(items[0].query(".fold-answer")) == 1


async def test_language_switch_keeps_place_and_answers() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.answers["bleeding"] = Answer.YES
        await pilot.press("down")  # from English to the next language
        await pilot.press("enter")
        assert app.session.language_code == "es"
        assert app.session.step_index == 0 and app.session.answers == {"bleeding": Answer.YES}
        assert "Español" in screen_text(app)
        await pilot.press("right")
        assert app.screen.step.title == shipped_content().languages["es"].step("about").title


async def test_q_asks_before_quitting_when_answers_exist_and_quits_otherwise() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.session.answers["bleeding"] = Answer.YES
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        app.session.answers.clear()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_small_terminal_hides_the_rail_but_everything_still_works() -> None:
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        assert not app.screen.query_one("ProgressRail").display
        await answer_all_then_summary(pilot, app, "3")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.query_one("ProgressRail").display


async def test_content_text_is_never_markup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from tests.fixtures_content import write_minimal_content  # noqa: F401 - same fixture others use
    from walkthrough.app import Settings, WalkthroughApp
    from walkthrough.content import bundled_content_dir, load_content

    folder = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), folder)
    steps = folder / "en" / "steps.yaml"
    text = steps.read_text(encoding="utf-8")
    text = text.replace("short: About", 'short: "[@click=app.quit]x[/]"', 1)
    steps.write_text(text, encoding="utf-8")
    app = WalkthroughApp(load_content(folder), Settings())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "[@click=app.quit]x[/]" in screen_text(app)
        await pilot.click("ProgressRail")
        assert app.is_running


async def test_down_reads_on_through_a_long_summary_on_a_small_screen() -> None:
    """The button at the end has the focus; Down must still scroll the text above it."""
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        app.session.go_to(STEP_ORDER.index("summary"))
        app.show_step()
        await pilot.pause()
        body = app.screen.query_one(Body)
        restart = app.screen.query_one("#restart")
        assert app.focused is restart and body.scroll_y == 0
        assert not body.region.overlaps(restart.region)
        for _ in range(10):
            await pilot.press("down")
        assert body.scroll_y == body.max_scroll_y > 0
        assert body.region.overlaps(restart.region)
        for _ in range(10):
            await pilot.press("up")
        assert body.scroll_y == 0


async def test_a_dialog_on_a_small_screen_shows_both_choices_whole() -> None:
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await go_to_checklist(pilot)
        await pilot.press("1", "home")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        screen = app.screen.region
        for choice in app.screen.query(".choice"):
            assert choice.region.height == 1  # one line, no box
            assert screen.contains_region(choice.region)


async def test_a_box_closed_twice_closes_once_and_leaves_the_step_under_it() -> None:
    """Enter pressed twice before the first is handled: the second close must not close the
    step under the box (Textual's dismiss closes whatever screen is on top)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        step = app.screen
        for open_box in (
            lambda: app.push_screen(HelpScreen(app.ui)),
            lambda: app.confirm(app.ui.confirm_home, lambda: None),
        ):
            open_box()
            await pilot.pause()
            box = app.screen
            assert isinstance(box, (HelpScreen, ConfirmDialog))
            box.dismiss()
            box.dismiss()
            await pilot.pause()
            assert app.screen is step and len(app.screen_stack) == 2
            assert app.is_running
