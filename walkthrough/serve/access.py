"""Who may open a tab: the access token (its source, how a request shows it) and the cap."""

from __future__ import annotations

import hmac
import ipaddress
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

COOKIE = "walkthrough_token"  # set from ?token= on the first page load; sent back by the browser
MINIMUM = 16  # characters: a token shorter than this can be guessed
TOKEN_CHARACTERS = re.compile(r"[A-Za-z0-9._~-]+")  # safe in a URL and a cookie as they are


class TokenError(ValueError):
    """The token file cannot be used (the message says why)."""


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach `host` (then no token is needed)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name: it may resolve to any address


def read_token(path: Path) -> str:
    """The token kept in `path` (its first line), checked."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise TokenError(f"cannot read the token file {path}: {error}") from error
    token = lines[0].strip() if lines else ""
    if len(token) < MINIMUM or not TOKEN_CHARACTERS.fullmatch(token):
        letters = "letters, digits, '.', '_', '~' and '-'"
        raise TokenError(f"the token in {path} must be {MINIMUM} or more of {letters}")
    return token


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 32 characters, 192 random bits


def token_for(host: str, token_file: Path | None) -> str | None:
    """The token tabs must show: the file's; a new one off loopback; none on loopback alone."""
    if token_file is not None:
        return read_token(token_file)
    return None if is_loopback(host) else new_token()


def shows_token(expected: str | None, *given: str | None) -> bool:
    """Whether any of `given` (query string, cookie) is the token; True when none is needed."""
    if expected is None:
        return True
    wanted = expected.encode()
    # Each candidate is compared in constant time: how long a refusal takes says nothing.
    return any(hmac.compare_digest(wanted, (value or "").encode()) for value in given)


class Sessions:
    """How many tabs have a process now, and the cap on them."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.live = 0

    @property
    def full(self) -> bool:
        return self.live >= self.cap

    @contextmanager
    def one(self) -> Iterator[None]:
        """Counts a tab from before its process starts until after it has ended."""
        self.live += 1
        try:
            yield
        finally:
            self.live -= 1
