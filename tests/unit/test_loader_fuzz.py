"""Fuzzing the loader: whatever is in the files, it returns Content or a ContentError.

Every problem must read `path:line:col: message` on one line, with a path inside the content
folder. No other exception may escape, and no file may take long to check (a hypothesis
deadline per example, and an alarm as a backstop against a hang).
"""

from __future__ import annotations

import contextlib
import re
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.conftest import content_copy
from walkthrough.content import Content, ContentError, load_content
from walkthrough.content.model import STEP_ORDER
from walkthrough.content.yaml_source import MAX_FILE_BYTES

OPTIONAL_KEYS = {"spoken", "staff_pin_hash"}
FILES = ["clinic.yaml", "en/ui.yaml", "en/steps.yaml", "es/ui.yaml", "es/steps.yaml"]
FUZZ = settings(
    deadline=2000,
    max_examples=30,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # No "explain" phase: it traces every line, which makes a big file far slower than the
    # deadline and hides the real failure behind timing errors.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)
HUGE = settings(FUZZ, deadline=5000, max_examples=15)
"""A file near the 256 KiB cap takes about half a second to parse; allow for a busy machine."""
HANG_SECONDS = 10


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the shipped English and Spanish content; each example edits and restores it."""
    return content_copy(tmp_path_factory.mktemp("fuzz"), languages=["en", "es"])


@contextlib.contextmanager
def replaced(path: Path, data: bytes) -> Iterator[None]:
    original = path.read_bytes()
    path.write_bytes(data)
    try:
        yield
    finally:
        path.write_bytes(original)


@contextlib.contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail (rather than wait for ever) if loading takes far longer than any deadline."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise AssertionError(f"the loader took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check(root: Path) -> Content | None:
    """Load `root`: Content, or a ContentError whose every problem is one well-formed line."""
    form = re.compile(rf"{re.escape(str(root))}/[^\n]+:[1-9][0-9]*:[1-9][0-9]*: \S[^\n]*")
    try:
        with no_hang():
            content = load_content(root)
    except ContentError as error:
        assert error.problems
        for problem in error.problems:
            assert form.fullmatch(str(problem)), str(problem)
            assert root in problem.path.parents
        assert str(error) == "\n".join(str(problem) for problem in error.problems)
        return None
    assert isinstance(content, Content)
    assert tuple(step.id for step in content.default.steps) == STEP_ORDER
    return content


def load_with(root: Path, name: str, data: bytes | str) -> Content | None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with replaced(root / name, raw):
        return check(root)


def shipped_text(root: Path, name: str) -> str:
    return (root / name).read_text(encoding="utf-8")


# --- Strategies -------------------------------------------------------------------------------

file_names = st.sampled_from(FILES)

YAML_ALPHABET = "abyesno:-[]{}&*!|>'\"#%@`?,.~ \n\t0123456789\\{}" + "éü中文"
yaml_like_text = st.text(alphabet=YAML_ALPHABET, max_size=300)
any_text = st.text(max_size=300)

KNOWN_KEYS = [
    "steps",
    "id",
    "kind",
    "title",
    "short",
    "body",
    "items",
    "questions",
    "question",
    "answer",
    "tell",
    "summary",
    "name",
    "phone",
    "emergency_number",
    "languages",
    "default_language",
    "keys",
    "next",
    "language_name",
    "welcome",
    "info",
    "faq",
    "checklist",
    "caution",
]
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(KNOWN_KEYS + list(STEP_ORDER) + ["{clinic_name}", "{x}"])
)
keys = st.sampled_from(KNOWN_KEYS) | st.text(max_size=12)
nested = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=25,
)


def dump(data: Any, unicode: bool = True) -> str:
    return yaml.safe_dump(data, allow_unicode=unicode, sort_keys=False)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside dicts and lists."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


def parent_of(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


BILLION_LAUGHS = (
    "\n".join(
        ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        + [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 9)]
    )
    + "\n"
)


# --- Generated documents ----------------------------------------------------------------------


@FUZZ
@given(name=file_names, text=yaml_like_text | any_text)
def test_any_text(root: Path, name: str, text: str) -> None:
    load_with(root, name, text)


@FUZZ
@given(name=file_names, data=nested, unicode=st.booleans())
def test_any_nested_data(root: Path, name: str, data: Any, unicode: bool) -> None:
    load_with(root, name, dump(data, unicode))


@FUZZ
@given(name=file_names, data=st.binary(max_size=400))
def test_any_bytes(root: Path, name: str, data: bytes) -> None:
    load_with(root, name, data)


# --- Mutations of the shipped files ----------------------------------------------------------


@FUZZ
@given(name=file_names, draw=st.data())
def test_a_deleted_key(root: Path, name: str, draw: st.DataObject) -> None:
    data = yaml.safe_load(shipped_text(root, name))
    dict_paths = [p for p in paths(data) if isinstance(parent_of(data, p), dict)]
    path = draw.draw(st.sampled_from(dict_paths))
    del parent_of(data, path)[path[-1]]
    content = load_with(root, name, dump(data))
    assert content is None or path[-1] in OPTIONAL_KEYS


@FUZZ
@given(name=file_names, draw=st.data(), value=nested)
def test_a_value_of_another_type(root: Path, name: str, draw: st.DataObject, value: Any) -> None:
    data = yaml.safe_load(shipped_text(root, name))
    path = draw.draw(st.sampled_from(paths(data)))
    parent_of(data, path)[path[-1]] = value
    load_with(root, name, dump(data))


@FUZZ
@given(name=file_names, draw=st.data())
def test_a_truncated_file(root: Path, name: str, draw: st.DataObject) -> None:
    raw = (root / name).read_bytes()
    cut = draw.draw(st.integers(min_value=0, max_value=len(raw) - 1))
    load_with(root, name, raw[:cut])


@FUZZ
@given(name=file_names, draw=st.data(), noise=st.binary(min_size=1, max_size=20))
def test_random_bytes_spliced_in(root: Path, name: str, draw: st.DataObject, noise: bytes) -> None:
    raw = (root / name).read_bytes()
    at = draw.draw(st.integers(min_value=0, max_value=len(raw)))
    drop = draw.draw(st.integers(min_value=0, max_value=10))
    load_with(root, name, raw[:at] + noise + raw[at + drop :])


@FUZZ
@given(name=file_names, draw=st.data())
def test_lines_deleted_duplicated_or_moved(root: Path, name: str, draw: st.DataObject) -> None:
    lines = shipped_text(root, name).split("\n")
    for _ in range(draw.draw(st.integers(min_value=1, max_value=3))):
        index = draw.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw.draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "swap"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "indent":
            lines[index] = "  " + lines[index]
        elif action == "dedent":
            lines[index] = lines[index][2:]
        else:
            other = draw.draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        if not lines:
            break
    load_with(root, name, "\n".join(lines))


@FUZZ
@given(
    name=file_names,
    draw=st.data(),
    depth=st.integers(min_value=1, max_value=300),
    flow=st.booleans(),
)
def test_deep_nesting_anywhere(
    root: Path, name: str, draw: st.DataObject, depth: int, flow: bool
) -> None:
    lines = shipped_text(root, name).split("\n")
    index = draw.draw(st.integers(min_value=0, max_value=len(lines)))
    if flow:
        nest = ["deep: " + draw.draw(st.sampled_from(["[", "{a: "])) * depth + "x" + "]" * depth]
    else:
        nest = [" " * level + f"k{level}:" for level in range(depth)] + [" " * depth + "v"]
    lines[index:index] = nest
    load_with(root, name, "\n".join(lines))


@FUZZ
@given(name=file_names, draw=st.data(), whole=st.booleans())
def test_alias_bombs(root: Path, name: str, draw: st.DataObject, whole: bool) -> None:
    if whole:
        text = BILLION_LAUGHS
    else:
        lines = shipped_text(root, name).split("\n")
        index = draw.draw(st.integers(min_value=0, max_value=len(lines)))
        lines[index:index] = BILLION_LAUGHS.split("\n")
        text = "\n".join(lines)
    assert load_with(root, name, text) is None


@HUGE
@given(
    name=file_names,
    draw=st.data(),
    size=st.integers(min_value=4001, max_value=MAX_FILE_BYTES + 10_000),
    char=st.sampled_from(["x", "é", "中", "a ", "[", "{x}"]),
)
def test_huge_strings(root: Path, name: str, draw: st.DataObject, size: int, char: str) -> None:
    lines = shipped_text(root, name).split("\n")
    candidates = [i for i, line in enumerate(lines) if re.match(r"^\s*[a-z_]+: \S", line)]
    index = draw.draw(st.sampled_from(candidates))
    key = lines[index].split(":")[0]
    lines[index] = f"{key}: {char * (size // len(char))}"
    assert load_with(root, name, "\n".join(lines)) is None


def test_the_shipped_files_load_unchanged(root: Path) -> None:
    """The fuzzing above restores every file it changes."""
    assert check(root) is not None
