"""`walkthrough print-test`: a sample slip on the clinic's printer, for staff setting it up."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from walkthrough.content import Content
from walkthrough.handoff import Line, print_slip
from walkthrough.loading import load
from walkthrough.session import Answer, Session

TEST_LINE = Line("TEST PRINT: sample answers, from no patient", "heading")


def sample_session(content: Content, language: str | None = None) -> Session:
    """A session at the summary with made-up answers: the first question Yes, the second Not
    sure, the rest No (so a caution, a doubt, and the rest as the kinds make them)."""
    session = Session(content, language or content.clinic.default_language)
    answers = [Answer.YES, Answer.UNSURE]
    for number, item in enumerate(session.language.checklist.questions):
        session.answer(item.id, answers[number] if number < len(answers) else Answer.NO)
    session.go_to(len(session.steps) - 1)
    return session


def print_test(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="walkthrough print-test",
        description="Print a sample slip on the printer named in clinic.yaml (handoff).",
    )
    parser.add_argument("--content", type=Path)
    parser.add_argument("--lang", help="the sample patient's language (default: the clinic's)")
    options = parser.parse_args(args)
    content = load(options.content)
    if content is None:
        return 1
    handoff = content.clinic.handoff
    if handoff is None:
        message = "no printer is set: add 'handoff: {printer: QUEUE}' to clinic.yaml"
        print(f"walkthrough print-test: {message} (lpstat -p lists the queues)", file=sys.stderr)
        return 1
    if options.lang not in (None, *content.languages):
        parser.error(f"no language '{options.lang}' in {options.content or 'the content'}")
    result = print_slip(sample_session(content, options.lang), extra=(TEST_LINE,))
    if result.printed:
        print(f"Printed a sample slip ({handoff.paper}): {result.detail}")
        return 0
    print(f"walkthrough print-test: not printed: {result.detail}", file=sys.stderr)
    return 1
