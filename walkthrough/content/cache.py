"""A checked copy of the content (and its texts read as Markdown), kept between runs as JSON so
that the walkthrough starts quickly; used only while every file the loader reads and the content
code are byte for byte the same. Anything odd about it means a full check, never an error."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from walkthrough import __version__, keys, markdown, safe_text
from walkthrough.content import MAX_FILE_BYTES, files_read
from walkthrough.content.codec import from_data, to_data
from walkthrough.content.model import Content, texts
from walkthrough.content.private_file import READ, read_opened, read_private, write_private

CACHE_ENV = "WALKTHROUGH_CACHE_DIR"
OFF = "off"
FORMAT = b"walkthrough content copy 3 (JSON)"
# The content code, and the modules whose rules its check uses: a change to any of them makes
# every saved copy stale.
CODE = (
    Path(__file__).resolve().parent,
    *(Path(str(module.__file__)).resolve() for module in (markdown, safe_text, keys)),
)
# A copy is a little over twice its files' size (the text, and the same read as Markdown), at
# most 256 KiB each, for a few languages. A larger copy is neither written nor read.
MAX_SAVED_BYTES = 32 * 2**20


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
    return Path(environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "walkthrough"


def fingerprint(root: Path, languages: Iterable[str]) -> bytes:
    """What a copy of the content in `root` depends on: the code, the versions, and exactly the
    files the loader reads when clinic.yaml offers `languages` (no other file is opened)."""
    digest = hashlib.sha256(FORMAT)
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    folder, *modules = CODE
    for code in (*sorted(folder.glob("*.py")), *modules):
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
    saved = Saved(content, markdown.read_all(dict.fromkeys(texts(content))))
    try:
        text = json.dumps(to_data(saved), ensure_ascii=False, separators=(",", ":"))
        payload = text.encode("utf-8")
        if from_data(Saved, json.loads(payload)) != saved:  # it must read back the same
            return
        data = _check(root, content, payload) + b"\n" + payload
        if len(data) <= MAX_SAVED_BYTES:
            write_private(directory, _name_for(root), data)
    except (OSError, ValueError, TypeError):
        return


def _check(root: Path, content: Content, payload: bytes) -> bytes:
    """The file's first line: a copy is used only for the files it was made from, and only
    while it is whole (a damaged text could still read as JSON)."""
    digest = hashlib.sha256(fingerprint(root, content.clinic.languages))
    digest.update(payload)
    return digest.hexdigest().encode("ascii")


def _content_file(path: Path) -> bytes:
    """A content file's digest. A file over the loader's limit is measured, never read: the
    copy must not be used, and the full check must say why."""
    try:
        fd = os.open(path, READ)
    except OSError as error:
        return f"cannot open ({error.errno})".encode()
    data = read_opened(fd, MAX_FILE_BYTES, lambda info: stat.S_ISREG(info.st_mode))
    return b"unreadable" if data is None else b"sha256 " + hashlib.sha256(data).digest()


def _name_for(root: Path) -> str:
    return "content-" + hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:32] + ".json"
