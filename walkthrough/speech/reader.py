"""Read aloud: what each screen says, and when (the key, new screens in auto mode, the focus)."""

from __future__ import annotations

from collections.abc import Iterable

from walkthrough.content.model import (
    CheckItem,
    ChecklistStep,
    FaqStep,
    InfoStep,
    Language,
    Question,
    Step,
    WelcomeStep,
)
from walkthrough.markdown import has_cjk
from walkthrough.session import Answer, Session, is_flagged
from walkthrough.speech.speaker import Speaker
from walkthrough.wording import answer_keys, answer_label, lines, summarise


class Reader:
    """Turns what the patient sees into speech; never waits for the voice to finish."""

    def __init__(self, speaker: Speaker, *, auto: bool = False) -> None:
        self.speaker = speaker
        self.available = speaker.available  # a speaker has a voice from the start, or never
        self.auto = auto and self.available

    async def toggle(self, session: Session) -> None:
        """The read-aloud key: start reading this screen, or stop if it is already reading."""
        if self.speaker.speaking:
            self.speaker.stop()
        else:
            text = screen_text(session.language, session.step, session)
            await self.speaker.say(text, session.language_code)

    async def screen_shown(self, session: Session) -> None:
        """A new screen stops the old speech at once; in auto mode it reads the new one."""
        self.speaker.stop()
        if self.auto:
            await self.toggle(session)  # stopped, so this reads

    async def question_focused(self, session: Session, item: CheckItem) -> None:
        """In auto mode, moving to a checklist question reads it, with its choices and answer."""
        if self.auto:
            text = checklist_item_text(session.language, item, session.answers.get(item.id))
            await self.speaker.say(text, session.language_code)

    async def answer_opened(self, session: Session, item: Question) -> None:
        """In auto mode, opening a common question reads it with its answer."""
        if self.auto:
            await self.speaker.say(faq_answer_text(item), session.language_code)


# Each heading, item and label ends as a sentence, so the voice pauses where the eye would.
_SENTENCE_ENDS = ".!?:;…。！？：；"
_TRAILING_CLOSERS = "\"')]»”’）」』"


def plain(markdown: str) -> str:
    """Content Markdown as the screen shows it (wording.lines); bullets, wordless lines unsaid."""
    return _join(said(line) for line in lines(markdown, bullet="") if any(map(str.isalnum, line)))


def screen_text(language: Language, step: Step, session: Session) -> str:
    """What a patient would want read of a step's screen, in order; `spoken` texts where given."""
    parts: list[str]
    if isinstance(step, WelcomeStep):
        names = [each.ui.language_name for each in session.content.languages.values()]
        parts = [plain(step.spoken or step.body), said(step.language_prompt), *map(said, names)]
    elif isinstance(step, InfoStep):
        parts = [plain(step.spoken or step.body)]
    elif isinstance(step, FaqStep):
        # Answers are folded on screen; each is read with faq_answer_text when opened.
        parts = [plain(step.intro), *(said(item.question) for item in step.items)]
    elif isinstance(step, ChecklistStep):
        # Each question is read with checklist_item_text as the patient reaches it.
        parts = [plain(step.intro)]
    else:  # the summary: the Step union is closed, as mypy checks
        summary = summarise(session, language)
        if summary.flagged:
            parts = [said(summary.flagged_heading), *map(said, summary.summary_lines)]
        else:
            parts = [plain(summary.nothing_flagged)]
        parts.append(plain(summary.next_steps))
    return _join([said(step.title), *parts])


def checklist_item_text(language: Language, item: CheckItem, answer: Answer | None) -> str:
    """A checklist question, its choices as on the buttons ("1 Yes"), the answer, what to tell."""
    ui = language.ui
    # The choices share one sentence so the current answer, a sentence of its own, stands apart.
    faces = [key.face for key in answer_keys(ui)]
    choices = ("，" if any(has_cjk(face) for face in faces) else ", ").join(faces)
    parts = [plain(item.spoken or item.question), said(choices), said(answer_label(ui, answer))]
    if is_flagged(item, answer):
        parts += [said(ui.flag_label), plain(item.tell)]
    return _join(parts)


def faq_answer_text(item: Question) -> str:
    """An opened common question: the question, then its answer (or its spoken text)."""
    return _join([said(item.question), plain(item.spoken or item.answer)])


def _join(sentences: Iterable[str]) -> str:
    return "\n".join(sentence for sentence in sentences if sentence)


def said(text: str) -> str:
    """A title or label (never Markdown) as a sentence: a full stop, Chinese after Chinese."""
    text = " ".join(text.split())
    core = text.rstrip(_TRAILING_CLOSERS)
    if not core or core[-1] in _SENTENCE_ENDS:
        return text
    return text + ("。" if has_cjk(core[-1]) else ".")
