"""A checked copy of the content, kept between runs so that the walkthrough starts quickly.

Reading the YAML files and checking them against the models is most of what the walkthrough
does before its first screen. After a full check passes, the checked content is saved; the
next start uses that copy only if every file the loader reads is, byte for byte, the one it was
made from, and the walkthrough's content code is the same. Any edit, by anyone, means a full
check again, so broken content is still refused (and never saved). `walkthrough check` always
checks in full.

Where: `$WALKTHROUGH_CACHE_DIR`, else `$XDG_CACHE_HOME/walkthrough`, else
`~/.cache/walkthrough`. `WALKTHROUGH_CACHE_DIR=off` turns it off. One file per content folder:
a line with a SHA-256 of what it depends on and of the rest of the file, then the content as
JSON (walkthrough.content.codec), which is only data: reading it can never run code. It is
read only from a folder and a file that belong to this user and that no one else can write to,
checked on what was opened, not on a path (walkthrough.content.private_file); anything odd
about it means a full check, never an error. It also keeps every text of the content read as
Markdown (walkthrough.markdown), so the first screen is drawn without a Markdown parser.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path

from walkthrough import __version__, keys, markdown, safe_text
from walkthrough.content.codec import from_data, to_data
from walkthrough.content.folder import MAX_FILE_BYTES, files_read
from walkthrough.content.model import Content
from walkthrough.content.private_file import read_private, write_private

CACHE_ENV = "WALKTHROUGH_CACHE_DIR"
OFF = "off"
FORMAT = b"walkthrough content copy 3 (JSON)"
CODE = Path(__file__).resolve().parent
MARKDOWN = Path(markdown.__file__).resolve()
SAFE_TEXT = Path(safe_text.__file__).resolve()
KEYS = Path(keys.__file__).resolve()
"""The content code, the Markdown reader, the characters content may not hold and the keys the
check keeps answer letters clear of: any change to them makes every saved copy stale."""
MAX_SAVED_BYTES = 32 * 2**20
"""A copy is a little over twice the size of the files it comes from (its text, and the same
text read as Markdown); the loader reads at most 256 KiB a file, and clinics offer a few
languages. A larger copy is neither written nor read."""


@dataclass(frozen=True)
class Saved:
    """What the file keeps: the checked content, and each of its texts read as Markdown."""

    content: Content
    documents: dict[str, markdown.Document]


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where checked copies are kept, or None when that is turned off."""
    chosen = environ.get(CACHE_ENV, "")
    if chosen.strip().lower() == OFF:
        return None
    if chosen:
        return Path(chosen)
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "walkthrough"


def fingerprint(root: Path, languages: Iterable[str]) -> bytes:
    """What a copy of the content in `root` depends on: the content code, the versions, and
    exactly the files the loader reads when clinic.yaml offers `languages` (clinic.yaml is one
    of them, so while it is unchanged, so is that list). Other files are not even opened.
    (The copy holds plain dataclasses, so the validation library's version does not matter.)"""
    digest = hashlib.sha256(FORMAT)
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    for code in (*sorted(CODE.glob("*.py")), MARKDOWN, SAFE_TEXT, KEYS):
        digest.update(code.name.encode() + b"\0" + hashlib.sha256(code.read_bytes()).digest())
    for path in files_read(root, languages):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + _content_file(path) + b"\0")
    return digest.digest()


def load_saved(root: Path, directory: Path | None) -> Content | None:
    """The checked copy of the content in `root`, if there is one and it is still true."""
    if directory is None:
        return None
    try:
        data = read_private(directory, _name_for(root), MAX_SAVED_BYTES)
        if data is None:
            return None
        check, payload = data.split(b"\n", 1)
        saved = from_data(Saved, json.loads(payload))
        if check != _check(root, saved.content, payload):
            return None  # stale (a file changed) or damaged: nothing read is used
    except (OSError, ValueError, TypeError, RecursionError):  # missing, unreadable, not ours
        return None
    markdown.remember(saved.documents)
    return saved.content


def save(root: Path, directory: Path | None, content: Content) -> None:
    """Keep a checked copy for the next start (quietly skipped if it cannot be written)."""
    if directory is None:
        return
    saved = Saved(content, markdown.read_all(dict.fromkeys(_texts(content))))
    try:
        text = json.dumps(to_data(saved), ensure_ascii=False, separators=(",", ":"))
        payload = text.encode("utf-8")
        # Only a copy that reads back as the same content is worth keeping.
        if from_data(Saved, json.loads(payload)) != saved:
            return
        data = _check(root, content, payload) + b"\n" + payload
        if len(data) <= MAX_SAVED_BYTES:
            write_private(directory, _name_for(root), data)
    except (OSError, ValueError, TypeError):
        return


def _check(root: Path, content: Content, payload: bytes) -> bytes:
    """The file's first line: a copy is used only for the files it was made from, and only
    while it is whole (a damaged text would otherwise still read as JSON)."""
    digest = hashlib.sha256(fingerprint(root, content.clinic.languages))
    digest.update(payload)
    return digest.hexdigest().encode("ascii")


def _content_file(path: Path) -> bytes:
    """A content file's digest. A file over the loader's limit is not read, only measured: the
    loader refuses it, so the copy must not be used and the full check must say why."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        return f"cannot open ({error.errno})".encode()
    with open(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return b"not a file"
        if info.st_size > MAX_FILE_BYTES:
            return f"too large ({info.st_size} bytes)".encode()
        data = file.read(info.st_size + 1)  # +1: to see if it grew since fstat
    if len(data) != info.st_size:
        return b"changed while read"
    return b"sha256 " + hashlib.sha256(data).digest()


def _texts(value: object) -> Iterator[str]:
    """Every piece of text in the content."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for field in fields(value):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _texts(item)


def _name_for(root: Path) -> str:
    return "content-" + hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:32] + ".json"
