"""Write the broken-content corpus: one small content folder per mistake, with expected.txt.

Run from the repository root when a case is added or changed:

    python tests/broken_content/_make_corpus.py

Every case starts from the same small, valid folder (`_base/`, written here too) and makes one
mistake in it. The expected lines are written by hand: they are what a clinic editor should
read, with paths relative to the case folder. tests/unit/test_broken_corpus.py checks that the
loader (and `walkthrough check`) print exactly these lines.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

CLINIC = """\
# A small clinic for a broken-content test case.
name: Test Clinic
phone: "555-0142"
languages: [en]
default_language: en
emergency_number: "112"
"""

UI = """\
language_name: English
app_title: Your first visit
disclaimer: General information, not medical advice.
step_counter: Step {current} of {total}
steps_heading: Steps
answer_yes: "Yes"
answer_no: "No"
answer_unsure: Not sure
not_answered: Not answered yet
flag_label: Tell your practitioner
questions_left: "Questions left: {count}"
keys:
  next: Next
  back: Back
  help: Help
  home: Start
  quit: Quit
  answer: Answer
  choose: Choose
  move: Move
  theme: Colors
  read_aloud: Read aloud
  close: Close
key_names:
  enter: Enter
  space: Space
  home: Home
  backspace: Backspace
  page_up: PgUp
  page_down: PgDn
  tab: Tab
  escape: Esc
help_title: How to use the keys
help_body: |
  You only need the keyboard.
confirm_home:
  title: Go back to the start?
  body: Your answers will be cleared.
  confirm: Go to the start
  cancel: Stay here
confirm_quit:
  title: Quit the guide?
  body: Your answers will be cleared.
  confirm: Quit
  cancel: Stay here
confirm_restart:
  title: Start again?
  body: This clears every answer.
  confirm: Start again
  cancel: Keep my answers
idle:
  title: Are you still there?
  body: "This will start over for the next person. Seconds left: {seconds}"
  keep_going: I am still here
staff:
  title: Staff only
  placeholder: Staff PIN
  wrong: That PIN is not right.
  wait: Please wait, then try again.
  cancel: Cancel
theme_changed: Colors changed.
speech_missing: Reading aloud is not available.
too_small: Please make this window larger.
welcome_keys: |
  - Press the Right arrow key to go on.
  - Press the Left arrow key to go back.
  - Press the ? key for help at any time.
faq_keys: Use the Up and Down arrow keys to move.
question_counter: Question {current} of {total}
current_answer: "Your answer:"
goodbye: Thank you. Goodbye.
plain_help_body: |
  Type a number or a letter, then press Enter.
more_below: More below
handoff:
  title: For your practitioner
  date: Date and time
  language: Language used
  answers: All answers
  no_personal_details: No name or personal details are on this slip.
  print: Print for your practitioner
  printing: Printing...
  printed: Printed. Please take the slip.
  print_failed: The printer is not working.
"""

STEPS = """\
steps:
  - id: welcome
    kind: welcome
    title: Welcome to {clinic_name}
    short: Welcome
    body: Hello, and welcome.
    language_prompt: Choose your language
  - id: about
    kind: info
    title: What is back acupuncture?
    short: About
    body: Very fine needles go into chosen points on your back.
  - id: assessment
    kind: info
    title: "Assessment: getting to know you"
    short: Assessment
    body: Your practitioner will talk with you first.
  - id: treatment
    kind: info
    title: "Treatment: what happens"
    short: Treatment
    body: You lie on a padded table and rest.
  - id: duration
    kind: info
    title: "Duration: how long it takes"
    short: Duration
    body: A session usually takes 30 to 60 minutes.
  - id: aftercare
    kind: info
    title: "Aftercare: after your visit"
    short: Aftercare
    body: Call {clinic_name} on {clinic_phone} if something worries you.
  - id: questions
    kind: faq
    title: Common questions
    short: Questions
    intro: Pick a question to see its answer.
    items:
      - id: hurt
        question: Does it hurt?
        answer: Most people feel very little.
      - id: sessions
        question: Will one session be enough?
        answer: Usually not.
  - id: checklist
    kind: checklist
    title: Safety checklist
    short: Checklist
    intro: Please answer each question.
    questions:
      - id: bleeding
        kind: caution
        question: Do you take medicine that thins your blood?
        tell: Please tell your practitioner.
        summary: Medicine that thins the blood
      - id: pregnancy
        kind: caution
        question: Are you pregnant, or might you be?
        tell: Please tell your practitioner.
        summary: Pregnancy, or a chance of pregnancy
      - id: licensed
        kind: confirm
        question: Is your practitioner licensed or registered?
        tell: Ask to see their license before you start.
        summary: Their license or registration
  - id: summary
    kind: summary
    title: Your summary
    short: Summary
    flagged_heading: "Tell your practitioner about:"
    nothing_flagged: Nothing in your answers needs to be flagged.
    next_steps: Questions? Call {clinic_name} on {clinic_phone}.
    start_over: Start again
"""

BASE: dict[str, str | bytes] = {
    "clinic.yaml": CLINIC,
    "en/ui.yaml": UI,
    "en/steps.yaml": STEPS,
}

Files = dict[str, "str | bytes | None"]
"""Relative path -> text, bytes, or None for a file that must not exist."""


def lines_of(text: str, first: int, last: int) -> str:
    """Lines first..last (1-based, inclusive) of `text`."""
    return "".join(text.splitlines(keepends=True)[first - 1 : last])


def replace(files: Files, name: str, old: str, new: str) -> None:
    text = files[name]
    assert isinstance(text, str) and text.count(old) == 1, (name, old)
    files[name] = text.replace(old, new)


def two_languages(files: Files, es_steps: str) -> None:
    """Offer en and es; es is the English text with `es_steps` as its steps."""
    replace(files, "clinic.yaml", "languages: [en]", "languages: [en, es]")
    files["es/ui.yaml"] = UI
    files["es/steps.yaml"] = es_steps


BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""

ORDER = "welcome, about, assessment, treatment, duration, aftercare, questions, checklist, summary"
STEP_IDS = (
    "'welcome', 'about', 'assessment', 'treatment', 'duration', 'aftercare', "
    "'questions', 'checklist' or 'summary'"
)
KINDS = "'welcome', 'info', 'faq', 'checklist', 'summary'"
QUOTE_HINT = "(put it in quotes: YAML reads yes/no/on/off as true/false)"
UI_PLACEHOLDERS = (
    "{clinic_name}, {clinic_phone}, {emergency_number}, {current}, {total}, {count}, {seconds}, "
    "{answer_keys}"
)

Case = tuple[Callable[[Files], None], list[str]]
CASES: dict[str, Case] = {}


def case(name: str, *expected: str) -> Callable[[Callable[[Files], None]], Callable[[Files], None]]:
    def register(edit: Callable[[Files], None]) -> Callable[[Files], None]:
        assert name not in CASES, name
        CASES[name] = (edit, list(expected))
        return edit

    return register


# --- Keys and values -------------------------------------------------------------------------


@case(
    "unknown_key_in_step",
    "en/steps.yaml:8:5: missing required key 'title'",
    "en/steps.yaml:10:5: unknown key 'titel' (check the spelling, or remove it)",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    title: What is", "    titel: What is")


@case(
    "unknown_key_in_ui_group",
    "en/ui.yaml:12:1: missing required key 'next'",
    "en/ui.yaml:13:3: unknown key 'nxt' (check the spelling, or remove it)",
)
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "  next: Next\n", "  nxt: Next\n")


@case(
    "unknown_key_in_clinic",
    "clinic.yaml:7:1: unknown key 'emial' (check the spelling, or remove it)",
)
def _(f: Files) -> None:
    f["clinic.yaml"] = CLINIC + "emial: desk@example.org\n"


@case(
    "handoff_printer_and_paper",
    "clinic.yaml:8:3: 'Front desk' is not a queue name CUPS accepts: up to 127 characters, "
    "with no spaces, tabs, quotes, /, \\, ? or #",
    "clinic.yaml:9:3: 'a5' is not allowed for 'paper'; expected 'receipt-80mm', 'a4' or 'letter'",
)
def _(f: Files) -> None:
    f["clinic.yaml"] = CLINIC + "handoff:\n  printer: Front desk\n  paper: a5\n"


@case(
    "handoff_print_on_summary_not_true_false",
    "clinic.yaml:9:3: 'print_on_summary' must be true or false, not 'sometimes'",
)
def _(f: Files) -> None:
    f["clinic.yaml"] = CLINIC + "handoff:\n  printer: desk\n  print_on_summary: sometimes\n"


@case("missing_field", "en/steps.yaml:8:5: missing required key 'short'")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    short: About\n", "")


@case("missing_kind", "en/steps.yaml:8:5: missing required key 'kind'")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "  - id: about\n    kind: info\n", "  - id: about\n")


@case("number_where_text_expected", "en/ui.yaml:5:1: 'steps_heading' must be text, not a number")
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "steps_heading: Steps", "steps_heading: 12")


@case("phone_number_not_quoted", "clinic.yaml:3:1: 'phone' must be text, not a number")
def _(f: Files) -> None:
    replace(f, "clinic.yaml", 'phone: "555-0142"', "phone: 5550142")


@case("yes_not_quoted", f"en/ui.yaml:6:1: 'answer_yes' must be text, not true/false {QUOTE_HINT}")
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", 'answer_yes: "Yes"', "answer_yes: Yes")


@case("off_not_quoted", f"en/steps.yaml:11:5: 'short' must be text, not true/false {QUOTE_HINT}")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    short: About\n", "    short: Off\n")


@case("text_is_a_list", "en/ui.yaml:3:1: 'disclaimer' must be text, not a list")
def _(f: Files) -> None:
    replace(
        f,
        "en/ui.yaml",
        "disclaimer: General information, not medical advice.",
        "disclaimer: [General information, not medical advice.]",
    )


@case("empty_text", "en/steps.yaml:35:5: 'title' must not be empty")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    title: Common questions", '    title: ""')


@case("label_too_long", "en/steps.yaml:5:5: 'short' is too long (at most 120 characters)")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    short: Welcome\n", "    short: " + "Welcome " * 16 + "\n")


@case(
    "unreadable_date",
    "en/steps.yaml:5:12: this value cannot be read; put it in quotes to keep it as text",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    short: Welcome\n", "    short: 2024-13-45\n")


@case("duplicate_key", "en/ui.yaml:6:1: duplicate key 'steps_heading'")
def _(f: Files) -> None:
    replace(
        f, "en/ui.yaml", "steps_heading: Steps\n", "steps_heading: Steps\nsteps_heading: Screens\n"
    )


@case("key_is_a_number", "en/ui.yaml:85:1: keys must be plain words")
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI + "1: one\n"


@case("top_level_is_a_list", "en/steps.yaml:1:1: expected a list of 'key: value' lines at the top")
def _(f: Files) -> None:
    f["en/steps.yaml"] = "- id: welcome\n- id: about\n"


@case(
    "steps_is_text",
    "en/steps.yaml:1:1: 'steps' must be a list (lines starting with '- '), not text",
)
def _(f: Files) -> None:
    f["en/steps.yaml"] = "steps: welcome, about\n"


@case("no_languages", "clinic.yaml:4:1: 'languages' must have at least 1 item(s)")
def _(f: Files) -> None:
    replace(f, "clinic.yaml", "languages: [en]", "languages: []")


# --- Answer letters (ui.yaml): 1, 2, 3 always answer; letters are a language's own ---------


@case(
    "answer_letter_used_twice",
    "en/ui.yaml:88:3: the letter 'N' is already the key for 'answer_no'; "
    "each answer needs its own key",
)
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI + "answer_letters:\n  answer_yes: S\n  answer_no: N\n  answer_unsure: n\n"


@case(
    "answer_letter_taken",
    "en/ui.yaml:86:3: the letter 'R' is already the key for Read aloud; choose another letter",
    "en/ui.yaml:88:3: the letter 'H' is already the key for Help in plain-text mode; "
    "choose another letter",
)
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI + "answer_letters:\n  answer_yes: R\n  answer_no: N\n  answer_unsure: H\n"


@case(
    "answer_letter_not_a_letter",
    "en/ui.yaml:86:3: 'answer_yes' must be one letter from A to Z (1, 2 and 3 always answer too)",
    "en/ui.yaml:87:3: 'answer_unsure' must be one letter from A to Z "
    "(1, 2 and 3 always answer too)",
)
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI + 'answer_letters:\n  answer_yes: "1"\n  answer_unsure: No sé\n'


# --- Steps and items --------------------------------------------------------------------------


@case(
    "duplicate_step_id",
    "en/steps.yaml:1:1: missing step 'assessment'",
    "en/steps.yaml:13:5: duplicate step id 'about'",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "  - id: assessment\n", "  - id: about\n")


@case("duplicate_step_copied_whole", "en/steps.yaml:74:5: duplicate step id 'summary'")
def _(f: Files) -> None:
    f["en/steps.yaml"] = STEPS + lines_of(STEPS, 66, 73)


@case(
    "unknown_step_id",
    f"en/steps.yaml:13:5: 'assesment' is not allowed for 'id'; expected {STEP_IDS}",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "  - id: assessment\n", "  - id: assesment\n")


@case("missing_step", "en/steps.yaml:1:1: missing step 'duration'")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", lines_of(STEPS, 23, 27), "")


@case("steps_out_of_order", f"en/steps.yaml:1:1: steps are out of order; they must be: {ORDER}")
def _(f: Files) -> None:
    assessment, treatment = lines_of(STEPS, 13, 17), lines_of(STEPS, 18, 22)
    replace(f, "en/steps.yaml", assessment + treatment, treatment + assessment)


@case("wrong_kind_for_step", "en/steps.yaml:9:5: step 'about' must have kind 'info'")
def _(f: Files) -> None:
    replace(
        f, "en/steps.yaml", "  - id: about\n    kind: info\n", "  - id: about\n    kind: welcome\n"
    )
    replace(
        f,
        "en/steps.yaml",
        "points on your back.\n",
        "points on your back.\n    language_prompt: Choose your language\n",
    )


@case(
    "faq_step_marked_info",
    "en/steps.yaml:33:5: missing required key 'body'",
    "en/steps.yaml:37:5: unknown key 'intro' (check the spelling, or remove it)",
    "en/steps.yaml:38:5: unknown key 'items' (check the spelling, or remove it)",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    kind: faq\n", "    kind: info\n")


@case("unknown_screen_kind", f"en/steps.yaml:34:5: unknown screen kind 'quiz'; expected {KINDS}")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    kind: faq\n", "    kind: quiz\n")


@case(
    "unknown_checklist_kind",
    "en/steps.yaml:52:9: 'warning' is not allowed for 'kind'; expected 'caution' or 'confirm'",
)
def _(f: Files) -> None:
    replace(
        f,
        "en/steps.yaml",
        "      - id: bleeding\n        kind: caution\n",
        "      - id: bleeding\n        kind: warning\n",
    )


@case(
    "invalid_item_id",
    "en/steps.yaml:39:9: 'Hurt!' is not a valid id: use lower-case letters, digits and _ only",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "      - id: hurt\n", "      - id: Hurt!\n")


@case("duplicate_item_id", "en/steps.yaml:56:9: duplicate id 'bleeding'")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "      - id: pregnancy\n", "      - id: bleeding\n")


@case("empty_checklist", "en/steps.yaml:50:5: 'questions' must have at least 1 item(s)")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    questions:\n" + lines_of(STEPS, 51, 65), "    questions: []\n")


# --- Placeholders -----------------------------------------------------------------------------


@case(
    "unknown_placeholder",
    "en/steps.yaml:4:5: unknown placeholder {clinic}; "
    "use one of {clinic_name}, {clinic_phone}, {emergency_number}",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "Welcome to {clinic_name}", "Welcome to {clinic}")


@case(
    "ui_placeholder_in_steps",
    "en/steps.yaml:49:5: unknown placeholder {count}; "
    "use one of {clinic_name}, {clinic_phone}, {emergency_number}",
)
def _(f: Files) -> None:
    replace(
        f, "en/steps.yaml", "Please answer each question.", "Please answer all {count} questions."
    )


@case(
    "unknown_placeholder_in_ui",
    f"en/ui.yaml:4:1: unknown placeholder {{totl}}; use one of {UI_PLACEHOLDERS}",
)
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "Step {current} of {total}", "Step {current} of {totl}")


# --- Files and folders ------------------------------------------------------------------------


@case("missing_steps_file", "en/steps.yaml:1:1: file is missing")
def _(f: Files) -> None:
    f["en/steps.yaml"] = None


@case("missing_clinic_file", "clinic.yaml:1:1: file is missing")
def _(f: Files) -> None:
    f["clinic.yaml"] = None


@case("missing_language_folder", "clinic.yaml:4:17: language 'fr' has no folder fr")
def _(f: Files) -> None:
    replace(f, "clinic.yaml", "languages: [en]", "languages: [en, fr]")


@case(
    "default_language_not_offered",
    "clinic.yaml:5:1: default_language 'fr' is not one of the languages offered (en)",
)
def _(f: Files) -> None:
    replace(f, "clinic.yaml", "default_language: en", "default_language: fr")


@case("empty_file", "en/ui.yaml:1:1: the file is empty")
def _(f: Files) -> None:
    f["en/ui.yaml"] = ""


@case("comment_only_file", "en/steps.yaml:1:1: the file is empty")
def _(f: Files) -> None:
    f["en/steps.yaml"] = "# The steps go here.\n\n   # Not written yet.\n"


@case(
    "two_broken_files",
    "en/steps.yaml:8:5: missing required key 'title'",
    "en/steps.yaml:10:5: unknown key 'titel' (check the spelling, or remove it)",
    f"en/ui.yaml:6:1: 'answer_yes' must be text, not true/false {QUOTE_HINT}",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    title: What is", "    titel: What is")
    replace(f, "en/ui.yaml", 'answer_yes: "Yes"', "answer_yes: Yes")


# --- YAML itself ------------------------------------------------------------------------------


@case(
    "syntax_error_colon", "en/ui.yaml:13:13: YAML syntax error: mapping values are not allowed here"
)
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "  next: Next\n", "  next: Next: now\n")


@case(
    "syntax_error_unclosed_quote",
    "en/steps.yaml:74:1: YAML syntax error: found unexpected end of stream "
    "(while scanning a quoted scalar that starts at line 70)",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", '"Tell your practitioner about:"', '"Tell your practitioner about:')


@case(
    "syntax_error_tab",
    "en/ui.yaml:13:1: YAML syntax error: found character '\\t' that cannot start any token",
)
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "  next: Next\n", "\tnext: Next\n")


@case(
    "two_documents",
    "en/ui.yaml:85:1: YAML syntax error: expected a single document in the stream, "
    "but found another document",
)
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI + "---\nextra: 1\n"


@case("not_utf8", "en/ui.yaml:2:18: the file is not UTF-8 text; save it as UTF-8")
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI.replace("Your first visit", "Your f\u00e9rst visit").encode("latin-1")


@case(
    "control_character",
    "en/ui.yaml:3:20: the character U+0001 (a control character) is not allowed; remove it",
)
def _(f: Files) -> None:
    replace(
        f, "en/ui.yaml", "disclaimer: General information", "disclaimer: General\x01 information"
    )


# PyYAML refuses a raw control character (above), but not one written as an escape in a
# double-quoted value, nor a raw text direction control; a terminal would obey them all. The
# problem points at the value (or key) that holds one.


@case(
    "escape_sequence_in_title",
    "en/steps.yaml:10:12: the character U+001B (a control character) is not allowed; remove it",
)
def _(f: Files) -> None:
    replace(
        f,
        "en/steps.yaml",
        "    title: What is back acupuncture?",
        '    title: "What is back\\e]0;TITLE\\a acupuncture?"',
    )


@case(
    "eight_bit_csi",
    "en/ui.yaml:3:13: the character U+009B (a control character) is not allowed; remove it",
)
def _(f: Files) -> None:
    replace(
        f,
        "en/ui.yaml",
        "disclaimer: General information, not medical advice.",
        'disclaimer: "General information\\x9b2J, not medical advice."',
    )


@case(
    "bidi_override",
    "en/steps.yaml:11:12: the character U+202E (a text direction control) is not allowed; "
    "remove it",
)
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    short: About\n", '    short: "\\u202EtuobA"\n')


@case(
    "bidi_isolate_written_as_is",
    "en/steps.yaml:17:11: the character U+2067 (a text direction control) is not allowed; "
    "remove it",
)
def _(f: Files) -> None:
    replace(
        f,
        "en/steps.yaml",
        "    body: Your practitioner will talk",
        "    body: Your \u2067practitioner will talk",
    )


@case(
    "delete_in_key",
    "en/ui.yaml:13:3: the character U+007F (a control character) is not allowed; remove it",
)
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "  next: Next\n", '  "next\\x7F": Next\n')


@case(
    "carriage_return",
    "en/steps.yaml:41:17: the character U+000D (a control character) is not allowed; remove it",
)
def _(f: Files) -> None:
    replace(
        f,
        "en/steps.yaml",
        "        answer: Most people feel very little.",
        '        answer: "Most people feel very little.\\rAsk us."',
    )


@case("alias_bomb", "en/ui.yaml:1:4: anchors and aliases (& and *) are not allowed")
def _(f: Files) -> None:
    f["en/ui.yaml"] = BILLION_LAUGHS


@case("alias_reused_text", "en/steps.yaml:12:11: anchors and aliases (& and *) are not allowed")
def _(f: Files) -> None:
    replace(f, "en/steps.yaml", "    body: Very fine", "    body: &body Very fine")
    replace(
        f,
        "en/steps.yaml",
        "    body: Your practitioner will talk with you first.",
        "    body: *body",
    )


@case("deep_nesting", "en/ui.yaml:85:19: nested too deeply (more than 12 levels)")
def _(f: Files) -> None:
    f["en/ui.yaml"] = UI + "extra: " + "[" * 14 + "x" + "]" * 14 + "\n"


@case(
    "python_object_tag",
    "en/steps.yaml:12:11: YAML tags like !!python/object/apply:os.system are not allowed",
)
def _(f: Files) -> None:
    replace(
        f,
        "en/steps.yaml",
        "    body: Very fine needles go into chosen points on your back.",
        '    body: !!python/object/apply:os.system ["echo hello"]',
    )


@case("custom_tag", "en/ui.yaml:3:13: YAML tags like !secret are not allowed")
def _(f: Files) -> None:
    replace(f, "en/ui.yaml", "disclaimer: General", "disclaimer: !secret General")


# --- Languages that differ --------------------------------------------------------------------


@case(
    "language_missing_checklist_item",
    "es/steps.yaml:50:5: missing item 'pregnancy' (it is in en/steps.yaml line 56)",
)
def _(f: Files) -> None:
    two_languages(f, STEPS.replace(lines_of(STEPS, 56, 60), ""))


@case("language_extra_faq_item", "es/steps.yaml:45:9: extra item 'cost' (not in en/steps.yaml)")
def _(f: Files) -> None:
    extra = (
        "      - id: cost\n        question: How much does it cost?\n"
        "        answer: Ask at the desk.\n"
    )
    two_languages(f, STEPS.replace(lines_of(STEPS, 42, 44), lines_of(STEPS, 42, 44) + extra))


@case(
    "language_items_reordered",
    "es/steps.yaml:38:5: items are in a different order from en/steps.yaml",
)
def _(f: Files) -> None:
    hurt, sessions = lines_of(STEPS, 39, 41), lines_of(STEPS, 42, 44)
    two_languages(f, STEPS.replace(hurt + sessions, sessions + hurt))


def write(folder: Path, files: Files) -> None:
    for name, data in sorted(files.items()):
        if data is None:
            continue
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_bytes(data.encode("utf-8"))


def main() -> None:
    for old in HERE.iterdir():
        if old.is_dir():
            shutil.rmtree(old)
    write(HERE / "_base", dict(BASE))
    for name, (edit, expected) in CASES.items():
        files: Files = dict(BASE)
        edit(files)
        write(HERE / name, files)
        (HERE / name / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {HERE}")


if __name__ == "__main__":
    main()
