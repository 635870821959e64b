"""A checked copy of the content, kept between runs so that the walkthrough starts quickly.

Reading the YAML files and checking them against the models is most of what the walkthrough
does before its first screen. After a full check passes, the checked content is saved; the
next start uses that copy only if every content file is, byte for byte, the one it was made
from, and the walkthrough's content code is the same. Any edit, by anyone, means a full check
again, so broken content is still refused (and never saved). `walkthrough check` always checks
in full.

Where: `$WALKTHROUGH_CACHE_DIR`, else `$XDG_CACHE_HOME/walkthrough`, else
`~/.cache/walkthrough`. `WALKTHROUGH_CACHE_DIR=off` turns it off. One file per content folder.
The copy is a pickle, so it is only read from a folder and file that belong to this user and
that no one else can write to; anything odd about it means a full check, never an error.
It also keeps every text of the content read as Markdown (walkthrough.markdown), so the first
screen is drawn without loading a Markdown parser.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path

from walkthrough import __version__, keys, markdown
from walkthrough.content.model import Content

CACHE_ENV = "WALKTHROUGH_CACHE_DIR"
OFF = "off"
FORMAT = b"walkthrough content cache 2"
CODE = Path(__file__).resolve().parent
MARKDOWN = Path(markdown.__file__).resolve()
KEYS = Path(keys.__file__).resolve()
"""The content code, the Markdown reader and the keys the check keeps answer letters clear of:
any change to them makes every saved copy stale."""


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where checked copies are kept, or None when that is turned off."""
    chosen = environ.get(CACHE_ENV, "")
    if chosen.strip().lower() == OFF:
        return None
    if chosen:
        return Path(chosen)
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "walkthrough"


def fingerprint(root: Path) -> bytes:
    """What the checked copy depends on: every content file, the content code, the versions.
    (The copy holds plain dataclasses, so the validation library's version does not matter.)"""
    digest = hashlib.sha256(FORMAT)
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    # Only as deep as the loader reads: clinic.yaml and <lang>/*.yaml.
    code = ((CODE, "*.py"), (MARKDOWN.parent, MARKDOWN.name), (KEYS.parent, KEYS.name))
    for folder, pattern in (*code, (root, "*.yaml"), (root, "*/*.yaml")):
        for path in sorted(folder.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


def load_saved(root: Path, directory: Path | None) -> Content | None:
    """The checked copy of the content in `root`, if there is one and it is still true."""
    if directory is None:
        return None
    path = _file_for(root, directory)
    try:
        if not (_safe(directory) and _safe(path)):
            return None
        saved_key, payload = path.read_bytes().split(b"\n", 1)
        if bytes.fromhex(saved_key.decode("ascii")) != fingerprint(root):
            return None
        content, documents = pickle.loads(payload)  # noqa: S301 - our own file, checked by _safe
    except Exception:  # noqa: BLE001 - a missing, stale or damaged copy: check in full instead
        return None
    if not (isinstance(content, Content) and isinstance(documents, dict)):
        return None
    markdown.remember(documents)
    return content


def save(root: Path, directory: Path | None, content: Content) -> None:
    """Keep a checked copy for the next start (quietly skipped if it cannot be written)."""
    if directory is None:
        return
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe(directory):
            return
        documents = markdown.read_all(set(_texts(content)))
        data = fingerprint(root).hex().encode("ascii") + b"\n" + pickle.dumps((content, documents))
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".saving-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, _file_for(root, directory))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return


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


def _file_for(root: Path, directory: Path) -> Path:
    name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:32]
    return directory / f"content-{name}.pickle"


def _safe(path: Path) -> bool:
    """Owned by this user, and no one else may write to it."""
    info = path.stat()
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
