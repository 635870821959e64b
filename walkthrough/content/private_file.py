"""Reading and writing a file only this user can have made: checked with fstat on what was
opened (never on a path, which could be swapped in between), and never through a link."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

# Where these safe opens cannot be made (not a POSIX system), nothing is read or written.
SUPPORTED = all(hasattr(os, name) for name in ("O_NOFOLLOW", "O_DIRECTORY", "getuid"))
SUPPORTED = SUPPORTED and os.open in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW
# O_NONBLOCK: a FIFO in the file's place must not hang the start (no effect on a regular file).
READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW


def read_opened(fd: int, limit: int, accept: Callable[[os.stat_result], bool]) -> bytes | None:
    """The whole file open on `fd` (then closed); None if `accept` refuses what fstat says of
    it, it is over `limit` bytes, or it changed while read."""
    with open(fd, "rb") as file:
        info = os.fstat(fd)
        if not (accept(info) and info.st_size <= limit):
            return None
        data = file.read(info.st_size + 1)  # +1: to see if it grew since fstat
    return data if len(data) == info.st_size else None


def read_private(folder: Path, name: str, limit: int) -> bytes | None:
    """The bytes of `folder/name`; None if either is a link, not this user's, writable by
    others, not a plain file or folder, or the file is over `limit` bytes. OSError when the
    folder or the file cannot be opened (a missing file, say)."""
    folder_fd = _open_folder(folder) if SUPPORTED else None
    if folder_fd is None:
        return None
    try:
        fd = os.open(name, READ | _NOFOLLOW, dir_fd=folder_fd)
    finally:
        os.close(folder_fd)
    return read_opened(fd, limit, lambda info: _private(info, stat.S_ISREG))


def write_private(folder: Path, name: str, data: bytes) -> None:
    """Make `folder` (for this user only) if needed, and replace `folder/name` with `data` as
    a whole (readers see the old file or the new one, never half of it). Raises OSError."""
    if not SUPPORTED:
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder_fd = _open_folder(folder)
    if folder_fd is None:
        return
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
    """A descriptor of `folder` if it is this user's real folder (not a link) that no one else
    may write to; None if not. OSError if it cannot be opened."""
    fd = os.open(folder, _FOLDER)
    if _private(os.fstat(fd), stat.S_ISDIR):
        return fd
    os.close(fd)
    return None


def _private(info: os.stat_result, is_kind: Callable[[int], bool]) -> bool:
    """The right kind, owned by this user, and no one else may write to it."""
    owner = info.st_uid == os.getuid()
    return is_kind(info.st_mode) and owner and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
