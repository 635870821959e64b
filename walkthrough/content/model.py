"""Typed, frozen models of everything a patient reads; the YAML files must match them exactly."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
"""A non-empty piece of patient text (plain text or Markdown, never Rich markup)."""
Short = Annotated[str, StringConstraints(min_length=1, max_length=120)]
"""A label, title or button: one short line."""
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
"""An id: lower-case letters, digits and _, starting with a letter."""

STEP_ORDER = (
    "welcome",
    "about",
    "assessment",
    "treatment",
    "duration",
    "aftercare",
    "questions",
    "checklist",
    "summary",
)
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


class Strict(BaseModel):
    """Unknown keys, wrong types and missing fields are all errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class ClinicSettings(Strict):
    """`content/clinic.yaml`: who the clinic is and which languages it offers."""

    name: Short
    phone: Short
    languages: list[Ident] = Field(min_length=1)
    default_language: Ident
    staff_pin_hash: str | None = None


class KeyLabels(Strict):
    """What each key does, in words, for the key bar and the help screen."""

    next: Short
    back: Short
    help: Short
    home: Short
    quit: Short
    answer: Short
    choose: Short
    move: Short
    theme: Short
    read_aloud: Short
    close: Short


class KeyNames(Strict):
    """How named keys are written on this language's keyboards."""

    enter: Short
    space: Short
    home: Short
    backspace: Short
    page_up: Short
    page_down: Short
    tab: Short
    escape: Short


class Dialog(Strict):
    """A yes/no question in a box."""

    title: Short
    body: Text
    confirm: Short
    cancel: Short


class IdleNotice(Strict):
    """The kiosk's 'Are you still there?' notice; `{seconds}` counts down."""

    title: Short
    body: Text
    keep_going: Short


class StaffPrompt(Strict):
    """The staff PIN prompt (never shown unless staff press the staff key)."""

    title: Short
    placeholder: Short
    wrong: Short
    wait: Text
    cancel: Short


class Interface(Strict):
    """`content/<lang>/ui.yaml`: every word of the interface around the steps."""

    language_name: Short
    app_title: Short
    disclaimer: Short
    step_counter: Short
    steps_heading: Short
    answer_yes: Short
    answer_no: Short
    answer_unsure: Short
    not_answered: Short
    flag_label: Short
    questions_left: Short
    keys: KeyLabels
    key_names: KeyNames
    help_title: Short
    help_body: Text
    confirm_home: Dialog
    confirm_quit: Dialog
    confirm_restart: Dialog
    idle: IdleNotice
    staff: StaffPrompt
    theme_changed: Short
    speech_missing: Text
    welcome_keys: Text
    faq_keys: Text
    question_counter: Short
    current_answer: Short
    goodbye: Short
    plain_help_body: Text


class WelcomeStep(Strict):
    """The first screen: a greeting, and the languages to choose from."""

    id: StepId
    kind: Literal["welcome"]
    title: Short
    short: Short
    body: Text
    language_prompt: Short
    spoken: Text | None = None


class InfoStep(Strict):
    """A screen of plain explanation, written in Markdown."""

    id: StepId
    kind: Literal["info"]
    title: Short
    short: Short
    body: Text
    spoken: Text | None = None


class Question(Strict):
    """One common question and its answer, shown folded until the patient opens it."""

    id: Ident
    question: Short
    answer: Text
    spoken: Text | None = None


class FaqStep(Strict):
    """Common questions, each opened and closed by the patient."""

    id: StepId
    kind: Literal["faq"]
    title: Short
    short: Short
    intro: Text
    items: list[Question] = Field(min_length=1)


class CheckItem(Strict):
    """A checklist question.

    `caution`: a Yes or Not sure is flagged (something to tell the practitioner).
    `confirm`: a No or Not sure is flagged (something to ask or check first).
    """

    id: Ident
    kind: Literal["caution", "confirm"]
    question: Text
    tell: Text
    summary: Short
    spoken: Text | None = None


class ChecklistStep(Strict):
    """The safety checklist: every question needs an answer."""

    id: StepId
    kind: Literal["checklist"]
    title: Short
    short: Short
    intro: Text
    questions: list[CheckItem] = Field(min_length=1)


class SummaryStep(Strict):
    """The last screen: what to tell the practitioner, and what happens next."""

    id: StepId
    kind: Literal["summary"]
    title: Short
    short: Short
    flagged_heading: Short
    nothing_flagged: Text
    next_steps: Text
    start_over: Short


Step = Annotated[
    Union[WelcomeStep, InfoStep, FaqStep, ChecklistStep, SummaryStep],
    Field(discriminator="kind"),
]
STEP_KINDS = {
    "welcome": "welcome",
    "questions": "faq",
    "checklist": "checklist",
    "summary": "summary",
}
"""The kind each special step must have; every other step is `info`."""


class StepsFile(Strict):
    """`content/<lang>/steps.yaml`: the steps, in order."""

    steps: list[Step]


class Language(Strict):
    """Everything in one language."""

    code: str
    ui: Interface
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        return next(step for step in self.steps if step.id == step_id)

    @property
    def checklist(self) -> ChecklistStep:
        step = self.step("checklist")
        assert isinstance(step, ChecklistStep)
        return step


class Content(Strict):
    """All the content, validated: the clinic and every language it offers."""

    clinic: ClinicSettings
    languages: dict[str, Language]

    @property
    def default(self) -> Language:
        return self.languages[self.clinic.default_language]
