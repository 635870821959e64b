"""The checked copy of the content, kept between runs as JSON in a file only this user can write."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from walkthrough import __version__, keys, markdown, records, safe_text
from walkthrough.content import MAX_FILE_BYTES, files_read
from walkthrough.content.copy_layout import document, from_payload, to_payload
from walkthrough.content.model import Content, texts

# The copy (the content and its texts read as Markdown) is used only while every file the loader
# reads and the content code are byte for byte the same; anything odd about it means a full
# check, never an error. It is read and written with fstat on what was opened (never on a path,
# which could be swapped in between), and never through a link.
CACHE_ENV = "WALKTHROUGH_CACHE_DIR"
OFF = "off"
FORMAT = b"walkthrough content copy 4 (JSON lines)"
# The content code, the modules whose rules its check uses, and the one that makes its models:
# a change to any of them makes every saved copy stale.
CODE = (
    Path(__file__).resolve().parent,
    *(Path(str(module.__file__)).resolve() for module in (markdown, safe_text, keys, records)),
)
# A copy is a little over twice its files' size (the text, and the same read as Markdown), at
# most 256 KiB each, for a few languages. A larger copy is neither written nor read.
MAX_SAVED_BYTES = 32 * 2**20
# Where these safe opens cannot be made (not a POSIX system), nothing is read or written.
SUPPORTED = all(hasattr(os, name) for name in ("O_NOFOLLOW", "O_DIRECTORY", "getuid"))
SUPPORTED = SUPPORTED and os.open in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW
# O_NONBLOCK: a FIFO in the file's place must not hang the start (no effect on a regular file).
READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where checked copies are kept, or None when that is turned off."""
    chosen = environ.get(CACHE_ENV, "")
    if chosen.strip().lower() == OFF:
        return None
    if chosen:
        return Path(chosen)
    return Path(environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "walkthrough"


def fingerprint(root: Path, languages: Iterable[str]) -> bytes:
    """What a copy depends on: the code, the versions, and exactly the files the loader reads."""
    digest = hashlib.sha256(FORMAT)
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    folder, *modules = CODE
    # iterdir, not glob: a glob's pattern is compiled on each start (~0.3 ms)
    for code in (*sorted(path for path in folder.iterdir() if path.suffix == ".py"), *modules):
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
        content, kept = from_payload(payload)
        if check != _check(root, content, payload):
            return None  # stale (a file changed) or damaged: nothing read is used
    except (OSError, ValueError, TypeError, RecursionError):  # missing, unreadable, not ours
        return None
    markdown.remember(kept, document)  # each made a Document only when first shown
    return content


def save(root: Path, directory: Path | None, content: Content) -> None:
    """Keep a checked copy for the next start (quietly skipped if it cannot be written)."""
    if directory is None:
        return
    documents = markdown.read_all(dict.fromkeys(texts(content)))
    try:
        payload = to_payload(content, documents)
        again, kept = from_payload(payload)  # it must read back the same, every document too
        if again != content or {text: document(line) for text, line in kept.items()} != documents:
            return
        data = _check(root, content, payload) + b"\n" + payload
        if len(data) <= MAX_SAVED_BYTES:
            write_private(directory, _name_for(root), data)
    except (OSError, ValueError, TypeError):
        return


def _check(root: Path, content: Content, payload: bytes) -> bytes:
    """The first line: the copy is for these files, and whole (damaged text may still be JSON)."""
    digest = hashlib.sha256(fingerprint(root, content.clinic.languages))
    digest.update(payload)
    return digest.hexdigest().encode("ascii")


def _content_file(path: Path) -> bytes:
    """A content file's digest; one over the loader's limit is not read (the check says why)."""
    try:
        fd = os.open(path, READ)
    except OSError as error:
        return f"cannot open ({error.errno})".encode()
    data = read_opened(fd, MAX_FILE_BYTES, lambda info: stat.S_ISREG(info.st_mode))
    return b"unreadable" if data is None else b"sha256 " + hashlib.sha256(data).digest()


def _name_for(root: Path) -> str:
    return "content-" + hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:32] + ".json"


def read_opened(fd: int, limit: int, accept: Callable[[os.stat_result], bool]) -> bytes | None:
    """The file open on `fd` (then closed); None if refused by fstat, too large, or changing."""
    with open(fd, "rb") as file:
        info = os.fstat(fd)
        if not (accept(info) and info.st_size <= limit):
            return None
        data = file.read(info.st_size + 1)  # +1: to see if it grew since fstat
    return data if len(data) == info.st_size else None


def read_private(folder: Path, name: str, limit: int) -> bytes | None:
    """`folder/name`; None if either is a link, odd, or not only this user's. OSError if missing."""
    folder_fd = _open_folder(folder) if SUPPORTED else None
    if folder_fd is None:
        return None
    try:
        fd = os.open(name, READ | _NOFOLLOW, dir_fd=folder_fd)
    finally:
        os.close(folder_fd)
    return read_opened(fd, limit, lambda info: _private(info, stat.S_ISREG))


def write_private(folder: Path, name: str, data: bytes) -> None:
    """Replace `folder/name` (made for this user only) with `data` whole: never half a file."""
    if not SUPPORTED:
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder_fd = _open_folder(folder)
    if folder_fd is None:
        return
    import secrets  # only when a copy is written, never on a start that reads one

    temporary = f".saving-{secrets.token_hex(8)}"
    try:
        fd = os.open(temporary, _CREATE, 0o600, dir_fd=folder_fd)
        try:
            with open(fd, "wb") as file:
                file.write(data)
            os.replace(temporary, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
        except BaseException:
            os.unlink(temporary, dir_fd=folder_fd)
            raise
    finally:
        os.close(folder_fd)


def _open_folder(folder: Path) -> int | None:
    """`folder` open, if it is this user's real folder (no link) only they may write to."""
    fd = os.open(folder, _FOLDER)
    if _private(os.fstat(fd), stat.S_ISDIR):
        return fd
    os.close(fd)
    return None


def _private(info: os.stat_result, is_kind: Callable[[int], bool]) -> bool:
    """The right kind, owned by this user, and no one else may write to it."""
    owner = info.st_uid == os.getuid()
    return is_kind(info.st_mode) and owner and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
