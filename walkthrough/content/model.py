"""Typed, frozen models of everything a patient reads; the YAML files must match them exactly."""

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from typing import Annotated, Literal, Union, get_args

from walkthrough.content.base import (
    AnyText,
    Ident,
    NotEmpty,
    Rule,
    Short,
    Strict,
    TaggedBy,
    Text,
    model,
)
from walkthrough.content.ui_words import AnswerLetters, Dialog, IdleNotice, StaffPrompt, UiWords

__all__ = ["AnswerLetters", "Dialog", "IdleNotice", "UiWords", "StaffPrompt"]  # used from here

StepId = Literal[
    "welcome",
    "about",
    "assessment",
    "treatment",
    "duration",
    "aftercare",
    "questions",
    "checklist",
    "summary",
]
STEP_ORDER: tuple[str, ...] = get_args(StepId)
"""The steps, in the order every language must have them."""


QueueName = Annotated[str, Rule(pattern=r"^[^\s/\\'\"?#\x00-\x1f\x7f]{1,127}$")]
"""A name CUPS accepts for a queue (lpadmin and the scheduler refuse the rest)."""


@model
class Handoff(Strict):
    """clinic.yaml's `handoff`: the CUPS queue and paper of the practitioner's slip, and whether
    a kiosk prints it as soon as the summary shows."""

    printer: QueueName
    paper: Literal["receipt-80mm", "a4", "letter"] = "receipt-80mm"
    print_on_summary: bool = False


@model
class ClinicSettings(Strict):
    """`content/clinic.yaml`: the clinic, its emergency number, the languages it offers, and the
    printer for the practitioner's slip, if any."""

    name: Short
    phone: Short
    emergency_number: Short
    languages: Annotated[list[Ident], NotEmpty]
    default_language: Ident
    staff_pin_hash: AnyText | None = None
    handoff: Handoff | None = None


@model
class StepBase(Strict):
    """What every step has: its id, its title, and a short title for the rail of steps."""

    id: StepId
    title: Short
    short: Short


@model
class WelcomeStep(StepBase):
    """The first screen: a greeting, and the languages to choose from."""

    kind: Literal["welcome"]
    body: Text
    language_prompt: Short
    spoken: Text | None = None


@model
class InfoStep(StepBase):
    """A screen of plain explanation, written in Markdown."""

    kind: Literal["info"]
    body: Text
    spoken: Text | None = None


@model
class Question(Strict):
    """One common question and its answer, shown folded until the patient opens it."""

    id: Ident
    question: Short
    answer: Text
    spoken: Text | None = None


@model
class FaqStep(StepBase):
    """Common questions, each opened and closed by the patient."""

    kind: Literal["faq"]
    intro: Text
    items: Annotated[list[Question], NotEmpty]


@model
class CheckItem(Strict):
    """A checklist question: a `caution` flags Yes or Not sure (to tell the practitioner), a
    `confirm` flags No or Not sure (to ask or check first)."""

    id: Ident
    kind: Literal["caution", "confirm"]
    question: Text
    tell: Text
    summary: Short
    spoken: Text | None = None


@model
class ChecklistStep(StepBase):
    """The safety checklist: every question needs an answer."""

    kind: Literal["checklist"]
    intro: Text
    questions: Annotated[list[CheckItem], NotEmpty]


@model
class SummaryStep(StepBase):
    """The last screen: what to tell the practitioner, and what happens next."""

    kind: Literal["summary"]
    flagged_heading: Short
    nothing_flagged: Text
    next_steps: Text
    start_over: Short


Step = Annotated[
    Union[WelcomeStep, InfoStep, FaqStep, ChecklistStep, SummaryStep], TaggedBy("kind")
]
STEP_KINDS = dict(welcome="welcome", questions="faq", checklist="checklist", summary="summary")
"""The kind each special step must have; every other step is `info`."""


@model
class StepsFile(Strict):
    """`content/<lang>/steps.yaml`: the steps, in order."""

    steps: list[Step]


@model
class Language(Strict):
    """Everything in one language."""

    code: str
    ui: UiWords
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        return next(step for step in self.steps if step.id == step_id)

    @property
    def checklist(self) -> ChecklistStep:
        step = self.step("checklist")
        assert isinstance(step, ChecklistStep)
        return step


@model
class Content(Strict):
    """All the content, validated: the clinic and every language it offers."""

    clinic: ClinicSettings
    languages: dict[str, Language]

    @property
    def default(self) -> Language:
        return self.languages[self.clinic.default_language]


def texts(value: object, leave_out: frozenset[str] = frozenset()) -> Iterator[str]:
    """Every piece of text in `value` (the content or a part of it), but in fields `leave_out`."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for field in fields(value):
            if field.name not in leave_out:
                yield from texts(getattr(value, field.name), leave_out)
    elif isinstance(value, (list, tuple, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            yield from texts(item, leave_out)
