"""`content/<lang>/ui.yaml`: every word of the interface around the steps."""

from walkthrough.content.base import Short, Strict, Text, model


@model
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


@model
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


@model
class AnswerLetters(Strict):
    """Optional letters that answer the checklist too, besides 1, 2 and 3 (shown on the buttons)."""

    answer_yes: Short | None = None
    answer_no: Short | None = None
    answer_unsure: Short | None = None


@model
class Dialog(Strict):
    """A yes/no question in a box."""

    title: Short
    body: Text
    confirm: Short
    cancel: Short


@model
class IdleNotice(Strict):
    """The kiosk's 'Are you still there?' notice; `{seconds}` counts down."""

    title: Short
    body: Text
    keep_going: Short


@model
class StaffPrompt(Strict):
    """The staff PIN prompt (never shown unless staff press the staff key)."""

    title: Short
    placeholder: Short
    wrong: Short
    wait: Text
    cancel: Short


@model
class HandoffWords(Strict):
    """The printed slip's own words (its flagged items come from the summary), and what the
    summary says about printing it."""

    title: Short
    date: Short
    language: Short
    answers: Short
    no_personal_details: Short
    print: Short
    printing: Short
    printed: Short
    print_failed: Short


@model
class UiWords(Strict):
    """Every word of the interface around the steps, in one language."""

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
    too_small: Short  # shown instead of a screen while the window is too small to read it
    welcome_keys: Text
    faq_keys: Text
    question_counter: Short
    current_answer: Short
    goodbye: Short
    plain_help_body: Text
    more_below: Short
    handoff: HandoffWords
    answer_letters: AnswerLetters | None = None
