"""The words every front end shows alike: answer labels, filled-in ui lines, content text.

The screens, plain mode and read-aloud take their words from here (no Textual), so a patient
sees, reads and hears the same thing. Content Markdown is read once, by walkthrough.markdown;
`lines` gives that one reading as plain lines. Titles, labels and other short lines are shown
as written, never read as Markdown.
"""

from __future__ import annotations

from walkthrough import markdown
from walkthrough.answer_keys import answer_keys, keys_line
from walkthrough.content.model import Interface
from walkthrough.session import Answer


def fill(template: str, **values: object) -> str:
    """Put values into `{name}` placeholders by plain replacement (never str.format on content)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def step_counter(ui: Interface, current: int, total: int) -> str:
    """'Step 2 of 9', from ui.step_counter."""
    return fill(ui.step_counter, current=current, total=total)


def question_counter(ui: Interface, current: int, total: int) -> str:
    """'Question 2 of 5', from ui.question_counter."""
    return fill(ui.question_counter, current=current, total=total)


def questions_left(ui: Interface, count: int) -> str:
    return fill(ui.questions_left, count=count)


def help_text(ui: Interface) -> str:
    """The help's words, with the checklist's answer keys put in where they belong."""
    return fill(ui.help_body, answer_keys=keys_line(ui))


def answer_label(ui: Interface, answer: Answer | None) -> str:
    """The words for an answer ("Yes"), or for no answer yet."""
    return next((key.label for key in answer_keys(ui) if key.answer is answer), ui.not_answered)


def lines(text: str, bullet: str = markdown.BULLET) -> list[str]:
    """Content Markdown as the screen shows it, one line per paragraph or list item and a blank
    line between groups, with `bullet` for the screen's bullet mark ("" for none)."""
    found: list[str] = []
    for paragraph in markdown.read(text):
        first = paragraph.first.replace(f"{markdown.BULLET} ", f"{bullet} " if bullet else "")
        for number, line in enumerate(paragraph.plain.split("\n")):
            found.append(f"{paragraph.rest if number else first}{line}".rstrip())
    return found
