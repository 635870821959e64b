"""What "read aloud" says for each screen, taken straight from the content model (no Textual).

Every function returns plain sentences, one per line: Markdown symbols are dropped and each
heading, bullet and label ends with a full stop, so the voice pauses where the eye would.
An item's `spoken` text, when the content gives one, is used instead of its screen text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from walkthrough.answer_keys import answer_keys
from walkthrough.cjk import CJK
from walkthrough.content.model import (
    CheckItem,
    ChecklistStep,
    FaqStep,
    InfoStep,
    Language,
    Question,
    Step,
    SummaryStep,
    WelcomeStep,
)
from walkthrough.session import Answer, Session, is_flagged
from walkthrough.wording import answer_label

_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s+|$)")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_SYMBOLS = re.compile(r"[#*_`]")
_SENTENCE_ENDS = ".!?:;…。！？：；"
_TRAILING_CLOSERS = "\"')]»”’）」』"


def plain(markdown: str) -> str:
    """Markdown as spoken sentences, one per line, with no Markdown symbols left."""
    sentences: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            sentences.append(_sentence(" ".join(paragraph)))
            paragraph.clear()

    quoting = False
    for raw in markdown.splitlines():
        line = _QUOTE.sub("", raw)
        if bool(_QUOTE.match(raw)) != quoting:
            # Going into or out of a > quote starts a new sentence, as it starts a new block.
            quoting = not quoting
            flush()
        if not line.strip() or _RULE.match(line):
            flush()
        elif _HEADING.match(line):
            flush()
            sentences.append(_sentence(_clean(_HEADING.sub("", line))))
        elif _BULLET.match(line) or _NUMBERED.match(line):
            # A list item is its own sentence; indented lines after it continue it.
            flush()
            paragraph.append(_clean(_BULLET.sub("", line)))
        else:
            paragraph.append(_clean(line))
    flush()
    return "\n".join(sentence for sentence in sentences if sentence)


def screen_text(language: Language, step: Step, session: Session) -> str:
    """Everything on a step's screen that a patient would want read to them, in reading order."""
    parts: list[str]
    if isinstance(step, WelcomeStep):
        content = session.content
        names = [
            content.languages[code].ui.language_name
            for code in content.clinic.languages
            if code in content.languages
        ]
        parts = [step.title, step.spoken or step.body, step.language_prompt, *names]
    elif isinstance(step, InfoStep):
        parts = [step.title, step.spoken or step.body]
    elif isinstance(step, FaqStep):
        # Answers are folded on screen; each is read with faq_answer_text when opened.
        parts = [step.title, step.intro, *(item.question for item in step.items)]
    elif isinstance(step, ChecklistStep):
        # Each question is read with checklist_item_text as the patient reaches it.
        parts = [step.title, step.intro]
    elif isinstance(step, SummaryStep):
        flagged = [
            item
            for item in language.checklist.questions
            if is_flagged(item, session.answers.get(item.id))
        ]
        found = [step.flagged_heading, *(item.summary for item in flagged)]
        parts = [step.title, *(found if flagged else [step.nothing_flagged]), step.next_steps]
    else:  # pragma: no cover - the Step union is closed
        raise TypeError(f"unknown step kind: {step!r}")
    return _join(parts)


def checklist_item_text(language: Language, item: CheckItem, answer: Answer | None) -> str:
    """A checklist question, its three choices with their keys, as on the buttons ("1 Yes"), the
    current answer, and what to tell if flagged."""
    ui = language.ui
    # The choices share one sentence so the current answer, a sentence of its own, stands apart.
    choices = _list(key.face for key in answer_keys(ui))
    parts = [item.spoken or item.question, choices, answer_label(ui, answer)]
    if is_flagged(item, answer):
        parts += [ui.flag_label, item.tell]
    return _join(parts)


def faq_answer_text(item: Question) -> str:
    """An opened common question: the question, then its answer (or the answer's spoken text)."""
    return _join([item.question, item.spoken or item.answer])


def _join(parts: Iterable[str]) -> str:
    return "\n".join(text for text in (plain(part) for part in parts) if text)


def _list(words: Iterable[str]) -> str:
    words = list(words)
    separator = "，" if any(CJK.search(word) for word in words) else ", "
    return separator.join(words)


def _clean(line: str) -> str:
    text = _LINK.sub(r"\1", line)
    text = _ESCAPE.sub(r"\1", text)
    text = _SYMBOLS.sub("", text)
    return " ".join(text.split())


def _sentence(text: str) -> str:
    """End the text with a full stop (a Chinese one after Chinese) unless it already ends one."""
    text = text.strip()
    core = text.rstrip(_TRAILING_CLOSERS)
    if not core or core[-1] in _SENTENCE_ENDS:
        return text
    return text + ("。" if CJK.match(core[-1]) else ".")
