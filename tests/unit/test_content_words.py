"""What the bundled patient text must (and must not) say: fixes that a later edit could undo.

Each check comes from a review of the content against the evidence sheet: concrete examples
where patients answer No by mistake, one term for one thing, US English, who does what in
Spanish, no promise in Chinese that the English does not make, and evidence told as it is.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

import pytest

from tests.apps import shipped_content
from walkthrough.content.model import FaqStep, InfoStep, Language

CONTENT = shipped_content()
LANGUAGES = list(CONTENT.languages)

# The same thing, named the same way on the checklist and in the common questions.
TERMS = {
    "en": {"bleeding": "blood thinner", "implant": "electrical implant"},
    "es": {"bleeding": "sangre más líquida", "implant": "aparato eléctrico dentro del cuerpo"},
    "zh": {"bleeding": "让血液不容易凝固的药", "implant": "电子植入装置"},
}
# Examples a patient may not know count: aspirin and clopidogrel thin the blood too.
EXAMPLES = {
    "en": {"bleeding": ["aspirin", "clopidogrel"], "implant": ["pacemaker", "hip"]},
    "es": {"bleeding": ["aspirina", "clopidogrel"], "implant": ["marcapasos", "cadera"]},
    "zh": {"bleeding": ["阿司匹林", "氯吡格雷"], "implant": ["心脏起搏器", "髋关节"]},
}


def question(language: Language, item_id: str) -> str:
    return next(q.question for q in language.checklist.questions if q.id == item_id)


def faq(language: Language, item_id: str) -> str:
    step = language.step("questions")
    assert isinstance(step, FaqStep)
    return next(item.answer for item in step.items if item.id == item_id)


def info(language: Language, step_id: str) -> str:
    step = language.step(step_id)
    assert isinstance(step, InfoStep)
    return step.body


def every_text(value: object) -> str:
    """Every piece of text in a language (its models, their lists and groups), one per line."""
    if isinstance(value, str):
        return value
    if is_dataclass(value):
        value = [getattr(value, field.name) for field in fields(value)]
    if isinstance(value, (list, tuple)):
        return "\n".join(every_text(item) for item in value)
    return ""


@pytest.mark.parametrize("code", LANGUAGES)
def test_checklist_and_common_questions_use_one_term_and_name_examples(code: str) -> None:
    language = CONTENT.languages[code]
    for item_id, term in TERMS[code].items():
        assert term in question(language, item_id), (item_id, term)
        assert term in faq(language, "careful"), (item_id, term)
        for example in EXAMPLES[code][item_id]:
            assert example in question(language, item_id), example


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_checklist_question_asks_what_a_patient_cannot_know(code: str) -> None:
    language = CONTENT.languages[code]
    ids = [item.id for item in language.checklist.questions]
    assert "licensed" not in ids and "sterile_needles" not in ids
    assert all(item.kind == "caution" for item in language.checklist.questions)


def test_the_sterile_pack_and_the_license_are_in_the_information_text() -> None:
    english = CONTENT.languages["en"]
    assert "opened in front of you" in info(english, "treatment")
    assert "license or registration" in faq(english, "practitioner")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_aftercare_step_gives_the_emergency_number(code: str) -> None:
    assert CONTENT.clinic.emergency_number in info(CONTENT.languages[code], "aftercare")


def test_english_is_us_english_and_defines_practitioner() -> None:
    english = CONTENT.languages["en"]
    text = every_text(english)
    assert len(text) > 5000 and "Safety checklist" in text
    for word in ("funny turn", " fits", "colour", " on 555"):
        assert word not in text, word
    assert f"at {CONTENT.clinic.phone}" in info(english, "aftercare")
    assert "seizures" in question(english, "fits")
    assert "practitioner, the trained person" in english.step("welcome").body  # type: ignore[union-attr]


@pytest.mark.parametrize("code", LANGUAGES)
def test_key_names_are_the_words_on_a_us_keyboard(code: str) -> None:
    names = CONTENT.languages[code].ui.key_names
    assert (names.enter, names.backspace, names.home) == ("Enter", "Backspace", "Home")
    assert (names.page_up, names.page_down, names.escape) == ("PgUp", "PgDn", "Esc")


def test_spanish_names_the_practitioner_where_usted_could_be_the_patient() -> None:
    text = every_text(CONTENT.languages["es"])
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if re.search(r"\b(mover o sacar la aguja|podrá (planear|revisar|tener))", sentence):
            assert "acupunturista" in sentence, sentence
    for word in ("moderada", "no se recupera", "Intro", "Retroceso"):
        assert word not in text, word


def test_chinese_promises_nothing_the_english_does_not() -> None:
    chinese = CONTENT.languages["zh"]
    assert "术后" not in chinese.step("aftercare").title
    text = every_text(chinese)
    for word in ("保证", "术后", "回车", "退格"):
        assert word not in text, word


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_about_step_says_the_benefit_is_small_and_guidelines_disagree(code: str) -> None:
    about = info(CONTENT.languages[code], "about")
    small, disagree = {
        "en": ("only a little better than fake needling", "do not agree"),
        "es": ("solo un poco más que las agujas falsas", "no están de acuerdo"),
        "zh": ("只比假针灸好一点点", "看法也不一致"),
    }[code]
    assert small in about and disagree in about


@pytest.mark.parametrize("code", LANGUAGES)
def test_trial_figures_are_in_words_a_patient_can_use(code: str) -> None:
    placebo = faq(CONTENT.languages[code], "placebo")
    for figure in ("48", "44", "27"):
        assert re.search(rf"\b{figure}\b", placebo), figure
    assert "47.6" not in placebo and "44.2" not in placebo


def test_english_evidence_is_hedged_as_the_sources_have_it() -> None:
    english = CONTENT.languages["en"]
    placebo = faq(english, "placebo")
    assert "about 48 in 100" in placebo and "about the same" in placebo
    assert "better than usual care" in placebo
    duration = info(english, "duration")
    assert "may take longer" not in duration and "20 to 40 minutes" in duration
    for text in (duration, faq(english, "sessions")):
        assert "Most people need several sessions" not in text
        assert "may need several sessions" in text
    about = info(english, "about")
    assert "research in this guide is only about back pain that lasts a long time" in about
    for unnamed in ("Sciatica", "shoulder", "Tight or stiff"):
        assert unnamed not in about
