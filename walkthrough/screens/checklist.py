"""The safety checklist: Yes / No / Not sure for every question, before the summary."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget

from walkthrough.content.model import ChecklistStep
from walkthrough.keys import ANSWER_DIGITS
from walkthrough.screens.base import StepScreen
from walkthrough.screens.read_aloud import QuestionFocused
from walkthrough.session import Answer
from walkthrough.widgets.answer_row import AnswerRow
from walkthrough.widgets.body import Body, Choice, focus_now
from walkthrough.widgets.text import Line, Prose
from walkthrough.wording import answer_keymap, answer_keys, questions_left

FRAME_LINES = 8  # lines of a screen that are not the checklist's rows (top bar, title, keys...)


class ChecklistScreen(StepScreen):
    """Answer keys answer the question in focus, then move on; Next points to those left."""

    STYLE_SHEET = "checklist"

    BINDINGS = [
        *(
            Binding(key, f"answer('{value}')", "answer", True, "answers", id=f"answer-{value}")
            for value, key in ANSWER_DIGITS.items()
        ),
        Binding("right,enter,pagedown", "to_unanswered", "next", key_display="→"),
    ]

    def compose_step(self) -> ComposeResult:
        assert isinstance(self.step, ChecklistStep)
        keys = answer_keys(self.ui)
        # The rows below the window are laid out just after the first frame (reveal_rows):
        # a first visit then lays out a window's worth, not all (RESULTS.md, "Fewer widgets").
        width, height = self.app.size
        row_lines = 5 if width >= 72 and height >= 18 else 3  # boxed answers, else one line
        in_view = max(1, (height - FRAME_LINES) // row_lines + 1)
        answers = self.session.answers
        focus_row = next(
            (n for n, q in enumerate(self.step.questions, 1) if q.id not in answers), 1
        )
        with Body(id="body"):
            yield Prose(self.step.intro, classes="intro")
            yield Line("", id="status")
            for number, item in enumerate(self.step.questions, start=1):
                row = AnswerRow(item, keys, number, answers.get(item.id))
                yield row.set_class(number > max(in_view, focus_row), "-later")

    def reveal_rows(self) -> None:
        """Every row laid out (those below the window waited for the first frame)."""
        self.query(".-later").remove_class("-later")

    def still_fits(self) -> bool:
        """Answers change only here, so this fails only after answering in another language."""
        answers = self.session.answers
        return all(row.answer is answers.get(row.item.id) for row in self.rows())

    def initial_focus(self) -> Widget:
        rows = self.rows()
        return next((row for row in rows if row.answer is None), rows[0]).first_choice()

    def rows(self) -> list[AnswerRow]:
        return list(self.query(AnswerRow))

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual binds keys per class, and the letters are per language: a keymap, set each time.
        self.app.update_keymap(answer_keymap(self.ui))
        if self.is_current:
            self.call_after_refresh(self.reveal_rows)

    def action_move(self, direction: int) -> None:
        self.reveal_rows()
        super().action_move(direction)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "to_unanswered":  # once all are answered, the app's Next takes the key
            return bool(self.session.unanswered())
        return True

    def action_to_unanswered(self) -> None:
        """Say calmly how many are left and move to the first one."""
        self.reveal_rows()
        self.query_one("#status", Line).add_class("-shown")
        self.update_questions_left()
        first = self.session.unanswered()[0]
        row = self.query_one(f"#q-{first.id}", AnswerRow)
        focus_now(row.first_choice())
        # The line just shown pushes the questions down: into view again once laid out.
        self.call_after_refresh(row.bring_into_view, row.first_choice())

    def update_questions_left(self) -> None:
        """Once shown, the 'questions left' line keeps count, and goes when none are left."""
        status = self.query_one("#status", Line)
        left = len(self.session.unanswered())
        status.set_class(status.has_class("-shown") and left > 0, "-shown")
        status.show(questions_left(self.ui, left))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        around = event.widget.ancestors_with_self  # (one taken down as the app ends is in no row)
        row = next((a for a in around if isinstance(a, AnswerRow)), None)
        if row is not None and self in self.app.screen_stack[-1:]:  # shown, not built ahead
            self.post_message(QuestionFocused(row.item))

    @on(Choice.Picked)
    def pick(self, event: Choice.Picked) -> None:
        event.stop()
        row = next(a for a in event.choice.ancestors if isinstance(a, AnswerRow))
        self.record(row, Answer(event.choice.value), move_on=False)

    def action_answer(self, value: str) -> None:
        """Answer the question in focus, else the first unanswered one."""
        self.reveal_rows()
        around = self.focused.ancestors if self.focused else []
        row = next((a for a in around if isinstance(a, AnswerRow)), None)
        row = row or next((r for r in self.rows() if r.answer is None), None)
        if row is not None:
            self.record(row, Answer(value), move_on=True)

    def record(self, row: AnswerRow, answer: Answer, *, move_on: bool) -> None:
        self.session.answer(row.item.id, answer)
        row.show(answer)
        self.update_questions_left()
        if not move_on:
            return
        # focus_now, not focus(): quick keys (1 2 3) each answer the next unanswered question.
        rows = self.rows()
        start = rows.index(row)
        waiting = [later for later in rows[start + 1 :] + rows[:start] if later.answer is None]
        picked = next(choice for choice in row.query(Choice) if choice.picked)
        focus_now(waiting[0].first_choice() if waiting else picked)
