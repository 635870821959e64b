"""Reading and writing a file that only this user can have made, in a folder only they can change.

The checks are made on what was opened, never on a path looked at before (which another user
could swap for a link in between): the folder is opened without following a link and checked
with fstat, the file is opened relative to that folder, again without following a link, checked
with fstat, and read from that same descriptor, up to a size limit.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

SUPPORTED = (
    hasattr(os, "O_NOFOLLOW")
    and hasattr(os, "O_DIRECTORY")
    and hasattr(os, "getuid")
    and os.open in os.supports_dir_fd
)
"""Where these safe opens cannot be made (not a POSIX system), nothing is read or written."""

_CLOSE_ON_EXEC = getattr(os, "O_CLOEXEC", 0)
_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
# O_NONBLOCK: a FIFO in the file's place must not hang the start (no effect on a regular file).
_READ = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def read_private(folder: Path, name: str, limit: int) -> bytes | None:
    """The bytes of `folder/name`, or None if either is a link, is not this user's, may be
    written by others, is not a plain file or folder, or the file is over `limit` bytes.
    Raises OSError when the folder or the file cannot be opened (a missing file, say)."""
    if not SUPPORTED:
        return None
    folder_fd = _open_folder(folder)
    if folder_fd is None:
        return None
    try:
        fd = os.open(name, _READ | _CLOSE_ON_EXEC, dir_fd=folder_fd)
    finally:
        os.close(folder_fd)
    with open(fd, "rb") as file:
        info = os.fstat(fd)
        if not (_private(info, stat.S_ISREG) and info.st_size <= limit):
            return None
        data = file.read(info.st_size + 1)  # +1: to see if it grew since fstat
    return data if len(data) == info.st_size else None  # else it changed while read


def write_private(folder: Path, name: str, data: bytes) -> None:
    """Make `folder` (for this user only) if needed, and replace `folder/name` with `data` as
    a whole (readers see the old file or the new one, never half of it). Raises OSError."""
    if not SUPPORTED:
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder_fd = _open_folder(folder)
    if folder_fd is None:
        return
    try:
        _replace(folder_fd, name, data)
    finally:
        os.close(folder_fd)


def _open_folder(folder: Path) -> int | None:
    """A descriptor of `folder` if it is a real folder (not a link) that is this user's and
    that no one else may write to; None if not. Raises OSError if it cannot be opened."""
    fd = os.open(folder, _FOLDER | _CLOSE_ON_EXEC)
    if _private(os.fstat(fd), stat.S_ISDIR):
        return fd
    os.close(fd)
    return None


def _replace(folder_fd: int, name: str, data: bytes) -> None:
    temporary = f".saving-{secrets.token_hex(8)}"
    fd = os.open(temporary, _CREATE | _CLOSE_ON_EXEC, 0o600, dir_fd=folder_fd)
    try:
        with open(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException:
        os.unlink(temporary, dir_fd=folder_fd)
        raise


def _private(info: os.stat_result, is_kind: Callable[[int], bool]) -> bool:
    """The right kind, owned by this user, and no one else may write to it."""
    return (
        is_kind(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )
