"""The content loader: the shipped content loads; every kind of mistake is named by file and line.

Each test breaks one thing in a copy of the shipped content. Line numbers are found in the copy
(the wording of the shipped text may change; its shape may not), and the full `path:line:col:
message` text is checked, so the message a clinic editor reads is pinned down exactly.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import content_copy
from walkthrough.cli import main
from walkthrough.content import Content, ContentError, bundled_content_dir, load_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.content.sample import SAMPLE_CLINIC
from walkthrough.content.yaml_source import MAX_DEPTH, MAX_FILE_BYTES, read_document
from walkthrough.loading import load
from walkthrough.safe_text import describe

ORDER = ", ".join(STEP_ORDER)
QUOTE_HINT = "(put it in quotes: YAML reads yes/no/on/off as true/false)"
FORM = re.compile(r"^[^\n]+:\d+:\d+: [^\n]+$")


# --- Helpers ----------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the shipped content, in English only (one file pair to break)."""
    return content_copy(tmp_path, languages=["en"])


@pytest.fixture
def root2(tmp_path: Path) -> Path:
    """A copy of the shipped content in English and Spanish (languages are compared)."""
    return content_copy(tmp_path, languages=["en", "es"])


def problems(root: Path) -> list[str]:
    """Every problem the loader reports, as printed, with paths relative to `root`."""
    with pytest.raises(ContentError) as caught:
        load_content(root)
    found = [str(p).replace(f"{root}/", "") for p in caught.value.problems]
    assert found, "ContentError without problems"
    assert all(FORM.match(line) for line in found), found
    return found


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def find(path: Path, pattern: str, after: int = 0) -> int:
    """The 1-based number of the first line after line `after` that matches `pattern`."""
    for number, line in enumerate(lines(path), start=1):
        if number > after and re.search(pattern, line):
            return number
    raise AssertionError(f"no line matching {pattern!r} in {path}")


def step_line(path: Path, step_id: str, key: str | None = None) -> int:
    """The line of `- id: <step_id>`, or of `key:` inside that step."""
    start = find(path, rf"^  - id: {step_id}\s*$")
    return start if key is None else find(path, rf"^    {key}:", after=start)


def set_line(path: Path, number: int, text: str) -> None:
    content = lines(path)
    content[number - 1] = text
    path.write_text("\n".join(content), encoding="utf-8")


def insert_after(path: Path, number: int, text: str) -> None:
    content = lines(path)
    content.insert(number, text)
    path.write_text("\n".join(content), encoding="utf-8")


def step_block(path: Path, step_id: str) -> tuple[int, int]:
    """First and last line of a step (its `- id:` line to the line before the next step)."""
    start = step_line(path, step_id)
    content = lines(path)
    end = start
    for number in range(start + 1, len(content) + 1):
        if re.match(r"^  - id: ", content[number - 1]):
            break
        end = number
    return start, end


def delete_lines(path: Path, first: int, last: int) -> None:
    content = lines(path)
    del content[first - 1 : last]
    path.write_text("\n".join(content), encoding="utf-8")


def item_block(path: Path, item_id: str) -> tuple[int, int]:
    """First and last line of a FAQ or checklist item (`      - id: x` and its keys)."""
    start = find(path, rf"^      - id: {item_id}\s*$")
    content = lines(path)
    end = start
    for number in range(start + 1, len(content) + 1):
        line = content[number - 1]
        if line.startswith("        ") or not line.strip():
            end = number
        else:
            break
    while not content[end - 1].strip():
        end -= 1
    return start, end


# --- The shipped content ----------------------------------------------------------------------


def test_shipped_content_loads() -> None:
    folder = bundled_content_dir()
    content = load_content(folder)
    clinic = yaml.safe_load((folder / "clinic.yaml").read_text(encoding="utf-8"))
    assert isinstance(content, Content)
    assert list(content.languages) == clinic["languages"]
    assert content.default.code == clinic["default_language"]
    reference = content.default.checklist.questions
    for language in content.languages.values():
        assert tuple(step.id for step in language.steps) == STEP_ORDER
        assert [item.id for item in language.checklist.questions] == [i.id for i in reference]
        # Every bundled question is a caution: a Yes (or Not sure) is what to tell.
        assert {item.kind for item in language.checklist.questions} == {"caution"}


def test_shipped_placeholders_are_filled_in() -> None:
    content = load_content(bundled_content_dir())
    welcome = content.default.step("welcome")
    assert content.clinic.name in welcome.title
    assert "{clinic_name}" not in welcome.title
    assert "{current}" in content.default.ui.step_counter  # filled in by the screens


@pytest.mark.parametrize("languages", [["en"], ["es"], ["en", "es"], ["es", "en"]])
def test_copies_in_any_language_choice_load(tmp_path: Path, languages: list[str]) -> None:
    content = load_content(content_copy(tmp_path, languages=languages))
    assert list(content.languages) == languages


def test_walkthrough_check_accepts_the_shipped_content_and_warns_of_its_sample_details(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr()
    assert "content is valid" in out.out
    where = bundled_content_dir() / "clinic.yaml"
    assert out.err.splitlines() == [
        f"warning: {where}: name, phone and emergency_number are still the sample's "
        "(Riverside Acupuncture Clinic, 555-0100, 911); "
        "put in your clinic's own before patients use it"
    ]


@pytest.mark.parametrize(
    ("changed", "told"),
    [
        (["name"], "phone and emergency_number are still the sample's (555-0100, 911)"),
        (["name", "phone"], "emergency_number is still the sample's (911)"),
        (list(SAMPLE_CLINIC), ""),
    ],
)
def test_the_sample_warning_names_only_what_is_left_and_goes_once_all_are_changed(
    root: Path, capsys: pytest.CaptureFixture[str], changed: list[str], told: str
) -> None:
    clinic = root / "clinic.yaml"
    for key in changed:
        set_line(clinic, find(clinic, rf"^{key}:"), f'{key}: "Our own {key}"')
    assert main(["check", "--content", str(root)]) == 0
    out = capsys.readouterr()
    assert "content is valid" in out.out
    if told:
        advice = "; put in your clinic's own before patients use it"
        assert out.err.splitlines() == [f"warning: {clinic}: {told}{advice}"]
    else:
        assert out.err == ""


def test_walkthrough_check_lists_every_problem_and_exits_1(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ui = root / "en" / "ui.yaml"
    set_line(ui, find(ui, r"^answer_yes:"), "answer_yes: Yes")
    (root / "en" / "steps.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert main(["check", "--content", str(root)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"2 problems found in {root}"
    assert err[0] == f"{root}/en/steps.yaml:1:1: the file is empty"
    assert err[1].startswith(f"{root}/en/ui.yaml:")


def test_load_prints_every_problem_and_how_many(capsys: pytest.CaptureFixture[str]) -> None:
    assert load(bundled_content_dir()) is not None
    assert capsys.readouterr().err == ""
    assert load(Path("/no/such/folder")) is None
    assert capsys.readouterr().err == (
        "/no/such/folder:1:1: content folder not found\n1 problem found in /no/such/folder\n"
    )


# --- Keys and values --------------------------------------------------------------------------


def test_unknown_key(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    start, title = step_line(steps, "about"), step_line(steps, "about", "title")
    set_line(steps, title, lines(steps)[title - 1].replace("title:", "titel:"))
    assert problems(root) == [
        f"en/steps.yaml:{start}:5: missing required key 'title'",
        f"en/steps.yaml:{title}:5: unknown key 'titel' (check the spelling, or remove it)",
    ]


def test_unknown_key_in_a_group(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    keys, quit_ = find(ui, r"^keys:"), find(ui, r"^  quit:")
    set_line(ui, quit_, "  qiut: Quit")
    assert problems(root) == [
        f"en/ui.yaml:{keys}:1: missing required key 'quit'",
        f"en/ui.yaml:{quit_}:3: unknown key 'qiut' (check the spelling, or remove it)",
    ]


def test_missing_field(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    start, short = step_line(steps, "treatment"), step_line(steps, "treatment", "short")
    delete_lines(steps, short, short)
    assert problems(root) == [f"en/steps.yaml:{start}:5: missing required key 'short'"]


def test_number_where_text_expected(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^steps_heading:")
    set_line(ui, number, "steps_heading: 9")
    assert problems(root) == [f"en/ui.yaml:{number}:1: 'steps_heading' must be text, not a number"]


@pytest.mark.parametrize("word", ["Yes", "yes", "No", "on", "Off", "true", "FALSE"])
def test_unquoted_yes_no_is_true_false_with_a_hint_to_quote_it(root: Path, word: str) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^answer_yes:")
    set_line(ui, number, f"answer_yes: {word}")
    assert problems(root) == [
        f"en/ui.yaml:{number}:1: 'answer_yes' must be text, not true/false {QUOTE_HINT}"
    ]


def test_quoted_yes_is_text(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    set_line(ui, find(ui, r"^answer_yes:"), "answer_yes: 'Yes'")
    set_line(ui, find(ui, r"^answer_no:"), "answer_no: !!str No")
    content = load_content(root)
    assert (content.default.ui.answer_yes, content.default.ui.answer_no) == ("Yes", "No")


def test_duplicate_key(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^app_title:")
    insert_after(ui, number, "app_title: Another title")
    assert problems(root) == [f"en/ui.yaml:{number + 1}:1: duplicate key 'app_title'"]


def test_unreadable_value(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    number = step_line(steps, "about", "short")
    set_line(steps, number, "    short: 2024-02-30")
    assert problems(root) == [
        f"en/steps.yaml:{number}:12: this value cannot be read; put it in quotes to keep it as text"
    ]


# --- Steps ------------------------------------------------------------------------------------


def test_duplicate_step_id(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    number = step_line(steps, "duration")
    set_line(steps, number, "  - id: treatment")
    steps_key = find(steps, r"^steps:")
    assert problems(root) == [
        f"en/steps.yaml:{steps_key}:1: missing step 'duration'",
        f"en/steps.yaml:{number}:5: duplicate step id 'treatment'",
    ]


def test_a_step_copied_twice_is_only_a_duplicate_not_out_of_order(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    first, last = step_block(steps, "summary")
    block = lines(steps)[first - 1 : last]
    total = len(lines(steps))
    with steps.open("a", encoding="utf-8") as file:
        file.write("\n" + "\n".join(block) + "\n")
    assert problems(root) == [f"en/steps.yaml:{total + 1}:5: duplicate step id 'summary'"]


def test_unknown_step_id(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    number = step_line(steps, "aftercare")
    set_line(steps, number, "  - id: after_care")
    expected = ", ".join(f"'{s}'" for s in STEP_ORDER[:-1]) + f" or '{STEP_ORDER[-1]}'"
    assert problems(root) == [
        f"en/steps.yaml:{number}:5: 'after_care' is not allowed for 'id'; expected {expected}"
    ]


def test_missing_step(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    delete_lines(steps, *step_block(steps, "duration"))
    assert problems(root) == [f"en/steps.yaml:{find(steps, '^steps:')}:1: missing step 'duration'"]


def test_steps_out_of_order(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    a_first, a_last = step_block(steps, "assessment")
    t_first, t_last = step_block(steps, "treatment")
    assert a_last + 1 == t_first
    content = lines(steps)
    content[a_first - 1 : t_last] = content[t_first - 1 : t_last] + content[a_first - 1 : a_last]
    steps.write_text("\n".join(content), encoding="utf-8")
    assert problems(root) == [
        f"en/steps.yaml:{find(steps, '^steps:')}:1: steps are out of order; they must be: {ORDER}"
    ]


def test_wrong_kind_for_a_step(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    kind = step_line(steps, "duration", "kind")
    set_line(steps, kind, "    kind: welcome")
    insert_after(steps, kind, "    language_prompt: Choose")
    assert problems(root) == [f"en/steps.yaml:{kind}:5: step 'duration' must have kind 'info'"]


def test_unknown_screen_kind(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    kind = step_line(steps, "questions", "kind")
    set_line(steps, kind, "    kind: quiz")
    assert problems(root) == [
        f"en/steps.yaml:{kind}:5: unknown screen kind 'quiz'; "
        "expected 'welcome', 'info', 'faq', 'checklist', 'summary'"
    ]


def test_duplicate_item_id(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    first = find(steps, r"^      - id: ", after=step_line(steps, "checklist"))
    second = find(steps, r"^      - id: ", after=first)
    first_id = lines(steps)[first - 1].split(":")[1].strip()
    set_line(steps, second, f"      - id: {first_id}")
    assert problems(root) == [f"en/steps.yaml:{second}:9: duplicate id '{first_id}'"]


# --- Placeholders -----------------------------------------------------------------------------


def test_unknown_placeholder(root: Path) -> None:
    steps = root / "en" / "steps.yaml"
    number = step_line(steps, "welcome", "title")
    set_line(steps, number, "    title: Welcome to {foo}")
    assert problems(root) == [
        f"en/steps.yaml:{number}:5: unknown placeholder {{foo}}; "
        "use one of {clinic_name}, {clinic_phone}, {emergency_number}"
    ]


def test_interface_placeholders_are_allowed_in_ui_only(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    set_line(ui, find(ui, r"^app_title:"), "app_title: Visit {seconds} {clinic_phone}")
    load_content(root)
    set_line(ui, find(ui, r"^app_title:"), "app_title: Visit {secs}")
    number = find(ui, r"^app_title:")
    assert problems(root) == [
        f"en/ui.yaml:{number}:1: unknown placeholder {{secs}}; use one of {{clinic_name}}, "
        "{clinic_phone}, {emergency_number}, {current}, {total}, {count}, {seconds}, "
        "{answer_keys}"
    ]


def test_braces_that_are_not_placeholders_are_kept(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    set_line(ui, find(ui, r"^app_title:"), "app_title: '{} { x } {1} {{'")
    assert load_content(root).default.ui.app_title == "{} { x } {1} {{"


# --- Files ------------------------------------------------------------------------------------


def test_empty_file(root: Path) -> None:
    (root / "en" / "ui.yaml").write_text("", encoding="utf-8")
    assert problems(root) == ["en/ui.yaml:1:1: the file is empty"]


@pytest.mark.parametrize(
    "text", ["# just a comment\n", "\n\n  # indented\n# another\n", "   \n", "---\n"]
)
def test_comment_only_or_blank_file(root: Path, text: str) -> None:
    (root / "en" / "steps.yaml").write_text(text, encoding="utf-8")
    assert problems(root) == ["en/steps.yaml:1:1: the file is empty"]


def test_yaml_syntax_error_points_at_the_line_and_column(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^  next:")
    set_line(ui, number, "  next: Next: please")
    assert problems(root) == [
        f"en/ui.yaml:{number}:13: YAML syntax error: mapping values are not allowed here"
    ]


def test_unclosed_quote_says_where_the_quote_started(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^goodbye:")  # no quote after it, so the quote runs to the end
    set_line(ui, number, 'goodbye: "Thank you. Goodbye.')
    [problem] = problems(root)
    assert problem.startswith("en/ui.yaml:")
    assert problem.endswith(
        f"YAML syntax error: found unexpected end of stream "
        f"(while scanning a quoted scalar that starts at line {number})"
    )


def test_tab_indentation(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^  next:")
    set_line(ui, number, "\tnext: Next")
    assert problems(root) == [
        f"en/ui.yaml:{number}:1: "
        "YAML syntax error: found character '\\t' that cannot start any token"
    ]


def test_non_utf8_bytes_are_named_by_line_and_column(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^app_title:")
    set_line(ui, number, "app_title: Caf\u00e9 visit")
    ui.write_bytes(ui.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    assert problems(root) == [
        f"en/ui.yaml:{number}:15: the file is not UTF-8 text; save it as UTF-8"
    ]


def test_utf8_with_a_byte_order_mark_loads(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    ui.write_bytes(b"\xef\xbb\xbf" + ui.read_bytes())
    assert load_content(root).default.ui.language_name == "English"


def test_control_character(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^app_title:")
    set_line(ui, number, "app_title: Your\x00 visit")
    assert problems(root) == [
        f"en/ui.yaml:{number}:16: the character U+0000 (a control character) is not allowed; "
        "remove it"
    ]


REFUSED = [chr(code) for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))]
REFUSED = [char for char in REFUSED if char not in "\t\n"]
REFUSED += [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.mark.parametrize("where", ["value", "key", "list item"])
def test_a_control_character_written_as_an_escape_is_refused(tmp_path: Path, where: str) -> None:
    """Every refused character, written as a YAML escape (which PyYAML's reader lets through),
    is named at the value or key that holds it."""
    path = tmp_path / "ui.yaml"
    for char in REFUSED:
        escaped = f"\\u{ord(char):04X}"
        text = {
            "value": f'title: ok\nbody: "a{escaped}b"\n',
            "key": f'title: ok\n"a{escaped}b": c\n',
            "list item": f'title: ok\nitems:\n  - fine\n  - "a{escaped}b"\n',
        }[where]
        path.write_text(text, encoding="utf-8")
        document, found = read_document(path)
        line, col = {"value": (2, 7), "key": (2, 1), "list item": (4, 5)}[where]
        assert document is None
        assert [str(problem) for problem in found] == [
            f"{path}:{line}:{col}: the character {describe(char)} is not allowed; remove it"
        ], repr(char)


def test_text_direction_controls_written_as_they_are_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "ui.yaml"
    path.write_text("title: ok\nbody: a \u202eb\n", encoding="utf-8")
    assert [str(p) for p in read_document(path)[1]] == [
        f"{path}:2:7: the character U+202E (a text direction control) is not allowed; remove it"
    ]


def test_tabs_newlines_and_other_invisible_characters_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "ui.yaml"
    kept = "a\tb\nc\u00a0d\u200be\u200ff\u2028g\u00adh"
    path.write_text(f'body: "{kept.encode("unicode_escape").decode()}"\n', encoding="utf-8")
    document, found = read_document(path)
    assert found == []
    assert document is not None and document.data == {"body": kept}


def test_windows_line_endings_still_load(root: Path) -> None:
    """A carriage return is refused in text, but CRLF line ends are just line ends to YAML."""
    for name in ("clinic.yaml", "en/ui.yaml", "en/steps.yaml"):
        path = root / name
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    content = load_content(root)
    assert "\r" not in repr(content)


def test_file_over_the_size_cap(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    text = ui.read_text(encoding="utf-8")
    padding = MAX_FILE_BYTES - len(text.encode("utf-8"))
    ui.write_text(text + "#" * (padding - 1) + "\n", encoding="utf-8")
    assert ui.stat().st_size == MAX_FILE_BYTES
    load_content(root)  # exactly at the cap is fine
    ui.write_text(text + "#" * padding + "\n", encoding="utf-8")
    assert problems(root) == [
        f"en/ui.yaml:1:1: file is too large ({MAX_FILE_BYTES + 1} bytes; the limit is 256 KiB)"
    ]


BILLION_LAUGHS = (
    "\n".join(
        [f"l0: &l0 [{', '.join(['lol'] * 10)}]"]
        + [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 10)]
    )
    + "\n"
)


def test_alias_bomb_is_refused_fast(root: Path) -> None:
    (root / "en" / "ui.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.perf_counter()
    found = problems(root)
    assert time.perf_counter() - started < 1.0
    assert found == ["en/ui.yaml:1:5: anchors and aliases (& and *) are not allowed"]


def test_an_alias_to_reuse_text_is_refused(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    first = find(ui, r"^app_title:")
    set_line(ui, first, "app_title: &title Your first visit")
    assert problems(root) == [
        f"en/ui.yaml:{first}:12: anchors and aliases (& and *) are not allowed"
    ]


@pytest.mark.parametrize("style", ["flow", "block"])
def test_deep_nesting_is_refused(root: Path, style: str) -> None:
    ui = root / "en" / "ui.yaml"
    end = len(lines(ui))  # the file ends with a newline, so this is the last (empty) line
    depth = MAX_DEPTH + 5
    if style == "flow":
        ui.write_text(
            ui.read_text(encoding="utf-8") + "x: " + "[" * depth + "]" * depth + "\n",
            encoding="utf-8",
        )
        expected = (
            f"en/ui.yaml:{end}:{4 + MAX_DEPTH - 1}: "
            f"nested too deeply (more than {MAX_DEPTH} levels)"
        )
    else:
        keys = "".join("  " * level + f"k{level}:\n" for level in range(depth))
        nested = keys + "  " * depth + "v\n"
        ui.write_text(ui.read_text(encoding="utf-8") + nested, encoding="utf-8")
        # The top level holds k0, so the mapping 13 levels down starts at k12.
        expected = (
            f"en/ui.yaml:{end + MAX_DEPTH}:{2 * MAX_DEPTH + 1}: "
            f"nested too deeply (more than {MAX_DEPTH} levels)"
        )
    assert problems(root) == [expected]


def test_nesting_up_to_the_cap_is_only_an_unknown_key(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    end = len(lines(ui))
    depth = MAX_DEPTH - 1  # plus the top-level mapping
    ui.write_text(
        ui.read_text(encoding="utf-8") + "x: " + "[" * depth + "]" * depth + "\n", encoding="utf-8"
    )
    assert problems(root) == [
        f"en/ui.yaml:{end}:1: unknown key 'x' (check the spelling, or remove it)"
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("!!python/object:os.system x", "!!python/object:os.system"),
        ("!!python/object/apply:os.system ['ls']", "!!python/object/apply:os.system"),
        ("!!python/name:os.system ''", "!!python/name:os.system"),
        ("!foo bar", "!foo"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!int 12", "!!int"),
        ("!!set {a, b}", "!!set"),
        ("!<tag:example.com,2024:x> y", "tag:example.com,2024:x"),
    ],
)
def test_yaml_tags_are_refused(root: Path, value: str, shown: str) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^app_title:")
    set_line(ui, number, f"app_title: {value}")
    assert problems(root) == [f"en/ui.yaml:{number}:12: YAML tags like {shown} are not allowed"]


def test_a_tag_on_a_group_is_refused(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    number = find(ui, r"^staff:")
    set_line(ui, number, "staff: !!python/object:walkthrough.Evil")
    assert problems(root) == [
        f"en/ui.yaml:{number}:8: YAML tags like !!python/object:walkthrough.Evil are not allowed"
    ]


def test_keys_must_be_words(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    end = len(lines(ui))
    ui.write_text(
        ui.read_text(encoding="utf-8") + "1: one\n<<: {a: b}\n? [a, b]\n: c\n", encoding="utf-8"
    )
    assert problems(root) == [
        f"en/ui.yaml:{end}:1: keys must be plain words",
        f"en/ui.yaml:{end + 1}:1: keys must be plain words",
        f"en/ui.yaml:{end + 2}:3: keys must be plain words",
    ]


def test_values_in_messages_stay_on_one_line(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    end = len(lines(ui))
    ui.write_text(
        ui.read_text(encoding="utf-8") + '"two\\nlines": x\n' + "k" * 500 + ": y\n",
        encoding="utf-8",
    )
    assert problems(root) == [
        f"en/ui.yaml:{end}:1: unknown key 'two\\nlines' (check the spelling, or remove it)",
        f"en/ui.yaml:{end + 1}:1: unknown key '{'k' * 59}\u2026' "
        "(check the spelling, or remove it)",
    ]


def test_top_level_must_be_keys(root: Path) -> None:
    (root / "en" / "steps.yaml").write_text("- welcome\n- about\n", encoding="utf-8")
    assert problems(root) == ["en/steps.yaml:1:1: expected a list of 'key: value' lines at the top"]


def test_two_documents_in_one_file(root: Path) -> None:
    ui = root / "en" / "ui.yaml"
    end = len(lines(ui))
    ui.write_text(ui.read_text(encoding="utf-8") + "---\nmore: 1\n", encoding="utf-8")
    assert problems(root) == [
        f"en/ui.yaml:{end}:1: YAML syntax error: expected a single document in the stream, "
        "but found another document"
    ]


def test_missing_file(root: Path) -> None:
    (root / "en" / "ui.yaml").unlink()
    assert problems(root) == ["en/ui.yaml:1:1: file is missing"]


def test_missing_clinic_file(root: Path) -> None:
    (root / "clinic.yaml").unlink()
    assert problems(root) == ["clinic.yaml:1:1: file is missing"]


def test_content_folder_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ContentError) as caught:
        load_content(missing)
    assert [str(p) for p in caught.value.problems] == [f"{missing}:1:1: content folder not found"]


def test_missing_language_folder(tmp_path: Path) -> None:
    root = content_copy(tmp_path, languages=["en", "fr"])
    number = find(root / "clinic.yaml", r"^languages:")
    column = lines(root / "clinic.yaml")[number - 1].index("fr") + 1
    assert problems(root) == [f"clinic.yaml:{number}:{column}: language 'fr' has no folder fr"]


def test_default_language_not_in_languages(tmp_path: Path) -> None:
    root = content_copy(tmp_path, languages=["es"])
    clinic = root / "clinic.yaml"
    number = find(clinic, r"^default_language:")
    set_line(clinic, number, "default_language: en")
    assert problems(root) == [
        f"clinic.yaml:{number}:1: default_language 'en' is not one of the languages offered (es)"
    ]


# --- Languages compared -----------------------------------------------------------------------


def test_a_language_missing_a_checklist_item_points_at_the_reference(root2: Path) -> None:
    en, es = root2 / "en" / "steps.yaml", root2 / "es" / "steps.yaml"
    first = find(es, r"^      - id: ", after=step_line(es, "checklist"))
    item_id = lines(es)[first - 1].split(":")[1].strip()
    delete_lines(es, *item_block(es, item_id))
    reference_line = find(en, rf"^      - id: {item_id}\s*$")
    assert problems(root2) == [
        f"es/steps.yaml:{step_line(es, 'checklist', 'questions')}:5: "
        f"missing item '{item_id}' (it is in en/steps.yaml line {reference_line})"
    ]


def test_a_language_with_an_extra_faq_item(root2: Path) -> None:
    es = root2 / "es" / "steps.yaml"
    items = step_line(es, "questions", "items")
    insert_after(
        es, items, "      - id: cost\n        question: ¿Cuánto cuesta?\n        answer: Pregunte."
    )
    assert problems(root2) == [
        f"es/steps.yaml:{items + 1}:9: extra item 'cost' (not in en/steps.yaml)"
    ]


def test_a_language_with_items_in_another_order(root2: Path) -> None:
    es = root2 / "es" / "steps.yaml"
    items = step_line(es, "questions", "items")
    first = find(es, r"^      - id: ", after=items)
    second = find(es, r"^      - id: ", after=first)
    a, b = lines(es)[first - 1].split(":")[1].strip(), lines(es)[second - 1].split(":")[1].strip()
    set_line(es, first, f"      - id: {b}")
    set_line(es, second, f"      - id: {a}")
    assert problems(root2) == [
        f"es/steps.yaml:{items}:5: items are in a different order from en/steps.yaml"
    ]


def test_the_first_language_is_the_reference(tmp_path: Path) -> None:
    root = content_copy(tmp_path, languages=["es", "en"])
    en = root / "en" / "steps.yaml"
    items = step_line(en, "questions", "items")
    insert_after(en, items, "      - id: cost\n        question: Cost?\n        answer: Ask.")
    assert problems(root) == [
        f"en/steps.yaml:{items + 1}:9: extra item 'cost' (not in es/steps.yaml)"
    ]


# --- Everything at once -----------------------------------------------------------------------


def test_all_problems_are_reported_at_once(root2: Path) -> None:
    en_ui, es_steps = root2 / "en" / "ui.yaml", root2 / "es" / "steps.yaml"
    yes = find(en_ui, r"^answer_yes:")
    set_line(en_ui, yes, "answer_yes: Yes")
    kind = step_line(es_steps, "questions", "kind")
    set_line(es_steps, kind, "    kind: quiz")
    assert problems(root2) == [
        f"en/ui.yaml:{yes}:1: 'answer_yes' must be text, not true/false {QUOTE_HINT}",
        f"es/steps.yaml:{kind}:5: unknown screen kind 'quiz'; "
        "expected 'welcome', 'info', 'faq', 'checklist', 'summary'",
    ]


def test_a_broken_clinic_file_is_reported_before_the_languages(root2: Path) -> None:
    """clinic.yaml says which languages there are, so its problems come first, alone."""
    (root2 / "en" / "ui.yaml").write_text("", encoding="utf-8")
    clinic = root2 / "clinic.yaml"
    clinic.write_text(
        clinic.read_text(encoding="utf-8") + "email: desk@example.org\n", encoding="utf-8"
    )
    assert problems(root2) == [
        f"clinic.yaml:{find(clinic, '^email:')}:1: "
        "unknown key 'email' (check the spelling, or remove it)"
    ]


def test_two_broken_files_in_one_language_are_both_named(root: Path) -> None:
    (root / "en" / "ui.yaml").write_text("", encoding="utf-8")
    steps = root / "en" / "steps.yaml"
    number = step_line(steps, "welcome", "title")
    set_line(steps, number, "    title: Hello {name}")
    assert problems(root) == [
        f"en/steps.yaml:{number}:5: unknown placeholder {{name}}; "
        "use one of {clinic_name}, {clinic_phone}, {emergency_number}",
        "en/ui.yaml:1:1: the file is empty",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "app_title: 2024-13-45\n",
        "app_title: " + "9" * 5000 + "\n",
        "<<: {a: 1}\n",
        "x: =\n",
        "app_title: !!timestamp nope\n",
        "app_title: !!float abc\n",
        "{[a]: 1}\n",
        "a: 1\n  b: 2\n",
        "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
        "%TAG ! tag:example.com,2000:\n---\na: !x 1\n",
        "a: *missing\n",
        "\ufeff\ufeffa: 1\n",
        'a: "\\xZZ"\n',
        "? |\n  long key\n: v\n",
        "a: b\n" * 3,
    ],
)
def test_odd_yaml_is_a_problem_never_a_traceback(root: Path, text: str) -> None:
    (root / "en" / "ui.yaml").write_text(text, encoding="utf-8")
    assert all(line.startswith("en/ui.yaml:") for line in problems(root))
