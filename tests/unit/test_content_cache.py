"""The checked copy of the content: used only while every file the loader reads is unchanged,
never for broken content, never through a link or from a folder others can write to, only ever
read as data (never unpickled), and never a reason to fail."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import content_copy
from walkthrough import markdown
from walkthrough.content import MAX_FILE_BYTES, cache, load_content
from walkthrough.content.cache import (
    CACHE_ENV,
    cache_dir,
    fingerprint,
    load_saved,
    save,
)
from walkthrough.content.copy_layout import document, from_payload
from walkthrough.content.model import texts
from walkthrough.loading import load
from walkthrough.widgets.text import parse_prose, plain_blocks


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


@pytest.fixture
def keep(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def saved_file(keep: Path) -> Path:
    (found,) = keep.glob("content-*.json")
    return found


def rewrite(root: Path, keep: Path, payload: bytes) -> None:
    """Put `payload` in the saved copy with a first line that is right for it, as `save` would:
    what is then refused is refused for what the payload holds, not for a wrong check line."""
    languages = load_content(root).clinic.languages
    check = hashlib.sha256(fingerprint(root, languages) + payload).hexdigest().encode()
    saved_file(keep).write_bytes(check + b"\n" + payload)


def saved_payload(keep: Path) -> bytes:
    return saved_file(keep).read_bytes().split(b"\n", 1)[1]


def test_a_saved_copy_is_the_same_content(root: Path, keep: Path) -> None:
    assert load_saved(root, keep) is None
    content = load_content(root)
    save(root, keep, content)
    again = load_saved(root, keep)
    assert again is not None and again is not content
    assert again == content
    assert list(again.languages) == list(content.languages)  # the order languages are offered
    assert type(again.default.steps) is tuple and type(again.clinic.languages) is list
    assert saved_file(keep).stat().st_mode & 0o777 == 0o600  # for this user only
    assert keep.stat().st_mode & 0o777 == 0o700


def test_the_saved_markdown_is_the_same_documents(root: Path, keep: Path) -> None:
    content = load_content(root)
    save(root, keep, content)
    saved, kept = from_payload(saved_payload(keep))
    documents = markdown.read_all(dict.fromkeys(texts(content)))
    made = {text: document(line) for text, line in kept.items()}
    assert made == documents  # tuples of Paragraphs of tuples, as the parser made
    assert all(type(made_one) is tuple for made_one in made.values())
    assert saved == content


def test_any_edit_to_any_content_file_means_a_full_check(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    steps = root / "es" / "steps.yaml"
    steps.write_bytes(steps.read_bytes() + b"\n")  # one byte, in one language, at the end
    assert load_saved(root, keep) is None


def test_a_language_added_means_a_full_check(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    clinic = root / "clinic.yaml"
    text = clinic.read_text(encoding="utf-8")
    clinic.write_text(text.replace("languages:", "languages:\n  - fr", 1), encoding="utf-8")
    assert load_saved(root, keep) is None


def test_files_the_loader_never_reads_are_never_read(
    root: Path, keep: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stray 20 MB YAML file (or a language folder the clinic does not offer) is not opened:
    it does not make every start slow and big, and it does not make the copy stale."""
    content = load_content(root)
    save(root, keep, content)
    (root / "extra.yaml").write_bytes(b"# " + b"x" * 20 * 2**20 + b"\n")
    (root / "fr").mkdir()
    (root / "fr" / "steps.yaml").write_bytes(b"# " + b"x" * 20 * 2**20 + b"\n")
    opened: list[Path] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
        opened.append(Path(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    tracemalloc.start()
    try:
        again = load_saved(root, keep)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert again == content
    assert peak < 4 * 2**20  # the copy and the content files are well under 1 MB
    in_content = sorted(str(path.relative_to(root)) for path in opened if root in path.parents)
    assert in_content == sorted(
        [
            "clinic.yaml",
            *(f"{code}/{name}" for code in content.languages for name in ("ui.yaml", "steps.yaml")),
        ]
    )


def test_a_content_file_over_the_limit_is_not_read_and_the_copy_is_not_used(
    root: Path, keep: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = load_content(root)
    save(root, keep, content)
    steps = root / "en" / "steps.yaml"
    with steps.open("ab") as file:
        file.write(b"# " + b"x" * 20 * 2**20 + b"\n")
    tracemalloc.start()
    try:
        assert fingerprint(root, content.clinic.languages) != b""
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20  # measured by its size, never read whole
    assert load_saved(root, keep) is None
    # The full check that follows says why.
    assert load(root) is None
    assert (
        f"en/steps.yaml:1:1: file is too large ({steps.stat().st_size} bytes"
        in capsys.readouterr().err
    )


def test_a_file_just_over_the_limit_makes_the_copy_stale(root: Path, keep: Path) -> None:
    save(root, keep, load_content(root))
    steps = root / "en" / "steps.yaml"
    data = steps.read_bytes()
    steps.write_bytes(data + b"#" * (MAX_FILE_BYTES - len(data)) + b"\n")
    assert steps.stat().st_size == MAX_FILE_BYTES + 1
    assert load_saved(root, keep) is None


def test_the_command_line_saves_a_copy_and_uses_it_next_time(
    root: Path, keep: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(keep))
    first = load(root, saved_copy=True)
    assert first is not None and saved_file(keep).is_file()
    second = load(root, saved_copy=True)
    assert second == first and second is not first


def test_broken_content_is_refused_and_never_saved(
    root: Path, keep: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(keep))
    assert load(root, saved_copy=True) is not None
    ui = root / "en" / "ui.yaml"
    ui.write_text(ui.read_text(encoding="utf-8").replace("app_title:", "app_titel:", 1))
    assert load(root, saved_copy=True) is None  # the saved copy of the good files is not used
    assert "unknown key 'app_titel'" in capsys.readouterr().err
    assert load_saved(root, keep) is None


@pytest.mark.parametrize("damage", [b"", b"not a key\n", b"00\n", b"zz\nrubbish", b"\xff\n\xfe"])
def test_a_damaged_copy_is_ignored(root: Path, keep: Path, damage: bytes) -> None:
    save(root, keep, load_content(root))
    saved_file(keep).write_bytes(damage)
    assert load_saved(root, keep) is None


@pytest.mark.parametrize("kept", [0.0, 0.1, 0.5, 0.99])
def test_a_truncated_copy_is_ignored(root: Path, keep: Path, kept: float) -> None:
    save(root, keep, load_content(root))
    path = saved_file(keep)
    data = path.read_bytes()
    key_line = data.index(b"\n") + 1
    path.write_bytes(data[: key_line + int((len(data) - key_line) * kept)])
    assert load_saved(root, keep) is None


def test_a_copy_whose_text_was_damaged_is_ignored(root: Path, keep: Path) -> None:
    """Still valid JSON, still the right files: the first line covers the rest of the file."""
    save(root, keep, load_content(root))
    path = saved_file(keep)
    data = path.read_bytes()
    assert b"acupuncture" in data
    path.write_bytes(data.replace(b"acupuncture", b"acupunctura", 1))
    assert load_saved(root, keep) is None


def kept_twice(payload: bytes) -> bytes:
    """The payload with its first text, and that text's document, kept a second time."""
    content, texts_line, first, *others = payload.split(b"\n")
    twice = json.dumps([json.loads(texts_line)[0], *json.loads(texts_line)], ensure_ascii=False)
    return b"\n".join([content, twice.encode(), first, first, *others])


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda p: p.replace(b'"kind":"info"', b'"kind":"quiz"', 1), id="unknown kind"),
        pytest.param(lambda p: p.replace(b'"kind":"info"', b'"kind":"faq"', 1), id="wrong kind"),
        pytest.param(lambda p: p.replace(b'"title":', b'"titel":', 1), id="unknown field"),
        pytest.param(lambda p: p.replace(b',"spoken":null', b"", 1), id="missing field"),
        pytest.param(lambda p: p.replace(b'"phone":"', b'"phone":5,"x":"', 1), id="a number"),
        pytest.param(lambda p: p.rsplit(b"\n", 1)[0], id="a document missing"),
        pytest.param(lambda p: p + b"\n[]", id="a document too many"),
        pytest.param(lambda p: p.replace(b'\n["', b'\n[5,"', 1), id="a text not text"),
        pytest.param(lambda p: kept_twice(p), id="a text twice"),
        pytest.param(lambda p: b"[" * 100_000 + b"]" * 100_000, id="nested too deeply"),
        pytest.param(lambda p: b"9" * 5000, id="a 5000-digit number"),
        pytest.param(lambda p: b'{"content":null,"documents":{}}', id="no content"),
        pytest.param(lambda p: p.split(b"\n", 1)[0], id="not a copy"),
        pytest.param(lambda p: p.replace(b"\n", b" "), id="one line"),
    ],
)
def test_a_copy_that_is_not_exactly_content_is_ignored(
    root: Path, keep: Path, change: object
) -> None:
    """Even with a first line that is right for it, a payload is used only if it is exactly
    what the models describe; anything else means a full check, never an error."""
    save(root, keep, load_content(root))
    payload = saved_payload(keep)
    changed = change(payload)  # type: ignore[operator]
    assert changed != payload
    rewrite(root, keep, changed)
    assert load_saved(root, keep) is None


def test_the_right_first_line_makes_a_rewritten_copy_usable(root: Path, keep: Path) -> None:
    """The helper above writes first lines that `load_saved` accepts (so those tests can fail)."""
    content = load_content(root)
    save(root, keep, content)
    rewrite(root, keep, saved_payload(keep))
    assert load_saved(root, keep) == content


def test_a_pickle_is_never_unpickled(root: Path, keep: Path, tmp_path: Path) -> None:
    marker = tmp_path / "unpickled"

    class Trap:
        def __reduce__(self) -> tuple[object, tuple[str, str]]:
            return (open, (str(marker), "w"))  # creates the marker when unpickled

    content = load_content(root)
    save(root, keep, content)
    payload = pickle.dumps((Trap(), {}))
    pickle.loads(pickle.dumps(Trap())).close()  # the trap works...
    assert marker.exists()
    marker.unlink()
    rewrite(root, keep, payload)  # ...behind a first line that is right for it
    assert load_saved(root, keep) is None
    old_key = fingerprint(root, content.clinic.languages).hex().encode()
    saved_file(keep).write_bytes(old_key + b"\n" + payload)  # the old format
    assert load_saved(root, keep) is None
    assert not marker.exists()


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666])
def test_a_copy_others_can_write_to_is_never_read(root: Path, keep: Path, mode: int) -> None:
    content = load_content(root)
    save(root, keep, content)
    os.chmod(saved_file(keep), mode)
    assert load_saved(root, keep) is None
    os.chmod(saved_file(keep), 0o644)  # others may read it: that is their business
    assert load_saved(root, keep) == content


@pytest.mark.parametrize("mode", [0o770, 0o703, 0o777])
def test_a_folder_others_can_write_to_is_never_read_or_written(
    root: Path, keep: Path, mode: int
) -> None:
    content = load_content(root)
    save(root, keep, content)
    os.chmod(keep, mode)
    assert load_saved(root, keep) is None
    saved_file(keep).unlink()
    save(root, keep, content)
    assert not list(keep.iterdir())
    os.chmod(keep, 0o755)
    save(root, keep, content)
    assert load_saved(root, keep) == content


def test_a_link_in_place_of_the_copy_is_not_followed(
    root: Path, keep: Path, tmp_path: Path
) -> None:
    """Even to a good copy, made for the same folder: a link could be swapped for one to
    another user's file between a check and the read."""
    content = load_content(root)
    elsewhere = tmp_path / "elsewhere"
    save(root, elsewhere, content)
    save(root, keep, content)
    linked = saved_file(keep)
    linked.unlink()
    linked.symlink_to(saved_file(elsewhere))
    assert load_saved(root, elsewhere) == content  # the target is a good copy...
    assert load_saved(root, keep) is None  # ...but is not read through the link


def test_a_link_in_place_of_the_folder_is_not_followed(root: Path, tmp_path: Path) -> None:
    content = load_content(root)
    elsewhere = tmp_path / "elsewhere"
    save(root, elsewhere, content)
    linked = tmp_path / "linked"
    linked.symlink_to(elsewhere, target_is_directory=True)
    assert load_saved(root, linked) is None
    save(root, linked, content)  # nor written through it
    assert len(list(elsewhere.iterdir())) == 1


def test_something_other_than_a_file_in_place_of_the_copy_is_ignored(
    root: Path, keep: Path
) -> None:
    save(root, keep, load_content(root))
    path = saved_file(keep)
    path.unlink()
    os.mkfifo(path)  # opening a pipe for reading would wait for a writer: it must not
    assert load_saved(root, keep) is None
    path.unlink()
    path.mkdir()
    assert load_saved(root, keep) is None


def test_an_unwritable_place_is_no_error(root: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    save(root, blocker / "cache", load_content(root))  # cannot make a folder inside a file
    assert load_saved(root, blocker / "cache") is None


def test_where_copies_are_kept() -> None:
    assert cache_dir({CACHE_ENV: "off"}) is None
    assert cache_dir({CACHE_ENV: " OFF "}) is None
    assert cache_dir({CACHE_ENV: "/srv/kiosk-cache"}) == Path("/srv/kiosk-cache")
    assert cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/walkthrough")
    assert cache_dir({}) == Path.home() / ".cache" / "walkthrough"


def test_a_start_from_the_saved_copy_needs_no_parser_and_no_checker(root: Path, keep: Path) -> None:
    """The copy also keeps every text read as Markdown: the first screen needs neither the
    Markdown parser, nor PyYAML, nor pydantic (each costs tens of milliseconds to import)."""
    content = load_content(root)
    save(root, keep, content)
    body = content.default.steps[1].body
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from walkthrough.content.cache import load_saved\n"
        "from walkthrough.widgets.text import parse_prose, plain_blocks\n"
        f"content = load_saved(Path({str(root)!r}), Path({str(keep)!r}))\n"
        "print(plain_blocks(parse_prose(content.default.steps[1].body)).splitlines()[-1])\n"
        "print(sorted(m for m in ('markdown_it', 'pydantic', 'yaml') if m in sys.modules))\n"
    )
    shown, imported = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert shown == plain_blocks(parse_prose(body)).splitlines()[-1]
    assert imported == "[]"


@pytest.fixture
def a_new_start(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Puts the Markdown reader as a new process has it: nothing read, nothing kept (and puts
    back what it had after the test)."""

    def start() -> None:
        monkeypatch.setattr(markdown, "_read", {})
        monkeypatch.setattr(markdown, "_kept", ({}, lambda _: None))

    return start


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every kept document made into a Document, as the copy kept it, in order."""
    lines: list[bytes] = []

    def making(line: bytes) -> markdown.Document | None:
        lines.append(line)
        return document(line)

    monkeypatch.setattr(cache, "document", making)
    return lines


def kept_lines(keep: Path) -> dict[str, bytes]:
    return from_payload(saved_payload(keep))[1]


def test_a_start_makes_only_the_documents_it_shows(
    root: Path, keep: Path, a_new_start: Callable[[], None], made: list[bytes]
) -> None:
    content = load_content(root)
    save(root, keep, content)
    made.clear()  # save made every one, to see that the copy reads back the same
    a_new_start()
    assert load_saved(root, keep) == content
    assert made == []  # 450 texts kept, none made yet
    step = content.default.steps[1]
    for text in (step.title, step.body, step.title, step.body):
        markdown.read(text)
    kept = kept_lines(keep)
    assert made == [kept[step.title], kept[step.body]]  # each once, when first read


def test_every_text_from_the_copy_is_what_its_markdown_reads_as(
    root: Path, keep: Path, a_new_start: Callable[[], None], made: list[bytes]
) -> None:
    content = load_content(root)
    a_new_start()
    save(root, keep, content)  # every text read from its Markdown (nothing was kept)
    fresh = markdown.read_all(dict.fromkeys(texts(content)))
    made.clear()
    a_new_start()
    assert load_saved(root, keep) == content
    from_copy = markdown.read_all(dict.fromkeys(texts(content)))
    assert len(made) == len(fresh) > 400  # every one made from the copy, none parsed
    assert from_copy == fresh
    assert list(from_copy) == list(fresh)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda line: line.replace(b'"first":""', b'"first":false', 1), id="a flag"),
        pytest.param(lambda line: line.replace(b'"spans":[[', b'"spans":[[[', 1), id="deeper"),
        pytest.param(lambda line: line.replace(b'"rest":', b'"rst":', 1), id="unknown field"),
        pytest.param(lambda line: line[:-1], id="cut short"),
        pytest.param(lambda line: b"", id="empty"),
        pytest.param(lambda line: b"5", id="a number"),
        pytest.param(lambda line: b"[" * 100_000 + b"]" * 100_000, id="nested too deeply"),
        pytest.param(lambda line: b"\xff" + line, id="not UTF-8"),
    ],
)
def test_a_damaged_kept_document_is_read_from_its_text_again(
    root: Path,
    keep: Path,
    a_new_start: Callable[[], None],
    made: list[bytes],
    damage: Callable[[bytes], bytes],
) -> None:
    """Only a rewritten payload (behind a first line right for it) can hold one: its text is
    then shown as its Markdown reads, never wrongly, and the start goes on."""
    content = load_content(root)
    body = content.default.steps[1].body
    a_new_start()
    save(root, keep, content)
    fresh = markdown.read(body)
    good = kept_lines(keep)[body]
    damaged = damage(good)
    assert damaged != good and document(good) == fresh
    made.clear()
    rewrite(root, keep, saved_payload(keep).replace(b"\n" + good + b"\n", b"\n" + damaged + b"\n"))
    a_new_start()
    assert load_saved(root, keep) == content
    assert markdown.read(body) == fresh
    assert made == [damaged]  # the damaged one was tried, then the text read again
