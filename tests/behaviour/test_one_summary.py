"""The summary a patient sees, reads in plain mode and hears: one set of lines, from wording."""

from __future__ import annotations

import io
from itertools import takewhile

import pytest

from tests.apps import make_app, shipped_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.plain import run_plain
from walkthrough.screens.summary import SummaryScreen
from walkthrough.speech.reader import said, screen_text
from walkthrough.widgets.answer_row import FLAG_MARK, MarkedLines
from walkthrough.wording import summarise

CHECKLIST = STEP_ORDER.index("checklist")


@pytest.mark.parametrize("code", ["en", "es", "zh"])
async def test_screen_plain_mode_and_speech_show_the_same_summary_lines(code: str) -> None:
    content = shipped_content()
    questions = content.languages[code].checklist.questions
    keys = [("1", "2", "3")[number % 3] for number in range(len(questions))]
    app = make_app(language=code)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*["right"] * CHECKLIST, *keys, "right")
        assert isinstance(app.screen, SummaryScreen)
        expected = summarise(app.session).summary_lines
        assert len(expected) >= 2
        shown = app.screen.query_one(".flagged-items", MarkedLines).plain.splitlines()
        summary_step = app.session.language.step("summary")
        spoken = screen_text(app.session.language, summary_step, app.session).splitlines()
    assert tuple(line.removeprefix(f"{FLAG_MARK} ") for line in shown) == expected

    typed = "\n" * CHECKLIST + "".join(f"{key}\n" for key in keys) + "q\n1\n"
    stdout = io.StringIO()
    run_plain(content, language=code, stdin=io.StringIO(typed), stdout=stdout)
    after = stdout.getvalue().split(summary_step.flagged_heading)[-1].splitlines()[1:]
    printed = takewhile(lambda line: line.startswith("- "), after)
    assert tuple(line.removeprefix("- ") for line in printed) == expected

    assert spoken[1 : 2 + len(expected)] == [said(summary_step.flagged_heading)] + [
        said(line) for line in expected
    ]
