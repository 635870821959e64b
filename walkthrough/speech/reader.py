"""When to speak: the read-aloud key, new screens in auto mode, the checklist question in focus."""

from __future__ import annotations

from walkthrough.content.model import CheckItem, Question
from walkthrough.session import Session
from walkthrough.speech.speaker import Speaker
from walkthrough.speech.spoken import checklist_item_text, faq_answer_text, screen_text


class Reader:
    """Turns what the patient sees into speech; never waits for the voice to finish."""

    def __init__(self, speaker: Speaker, *, auto: bool = False) -> None:
        self.speaker = speaker
        self.auto = auto

    @property
    def available(self) -> bool:
        return self.speaker.available

    async def toggle(self, session: Session) -> None:
        """The read-aloud key: start reading this screen, or stop if it is already reading."""
        if self.speaker.speaking:
            self.speaker.stop()
        else:
            await self._read_screen(session)

    async def screen_shown(self, session: Session) -> None:
        """A new screen stops the old speech at once; in auto mode it reads the new one."""
        self.speaker.stop()
        if self.auto and self.available:
            await self._read_screen(session)

    async def question_focused(self, session: Session, item: CheckItem) -> None:
        """In auto mode, moving to a checklist question reads it, with its choices and answer."""
        if self.auto and self.available:
            text = checklist_item_text(session.language, item, session.answers.get(item.id))
            await self.speaker.say(text, session.language_code)

    async def answer_opened(self, session: Session, item: Question) -> None:
        """In auto mode, opening a common question reads it with its answer."""
        if self.auto and self.available:
            await self.speaker.say(faq_answer_text(item), session.language_code)

    def stop(self) -> None:
        self.speaker.stop()

    async def _read_screen(self, session: Session) -> None:
        text = screen_text(session.language, session.step, session)
        await self.speaker.say(text, session.language_code)
