"""The staff PIN: its salted scrypt hash, checked in constant time, and the wrong-PIN lockout."""

from __future__ import annotations

import argparse
import base64
import binascii
import getpass
import hashlib
import hmac
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from time import monotonic

ENV_VAR = "WALKTHROUGH_STAFF_PIN_HASH"
N, R, P = 2**14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
PIN_LENGTH = (4, 64)
TRIES = 3  # wrong PINs in a row before a lockout
MAX_DOUBLINGS = 6  # lockouts of 30 s, 60 s, ... up to 32 minutes

# A hash sets the cost of every try: one too costly is refused at start-up, not found out when
# staff press Enter (timings in tests/benchmarks/RESULTS.md). Memory is then at most 32 MiB.
MAX_N, MAX_R, MAX_P = 2**17, 16, 4
MAX_WORK = 2 * N * R * P
LIMITS = f"n up to {MAX_N}, r up to {MAX_R}, p up to {MAX_P}, n*r*p up to {MAX_WORK}"
REMAKE = "make a new hash with: walkthrough hash-pin"
# Digits bounded (far beyond the limits) before int(), whose refusal of 4300 would be unclear.
FORMAT = re.compile(
    r"^scrypt\$n=(\d{1,7}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$"
)
TOO_MANY_DIGITS = re.compile(r"^scrypt\$(n=\d{8}|n=\d+,r=\d{4}|n=\d+,r=\d+,p=\d{4})")


class PinHashError(ValueError):
    """A configured staff_pin_hash that is not a usable hash."""


@dataclass(frozen=True)
class PinHash:
    """`scrypt$n=16384,r=8,p=1$<salt>$<key>` (base64); a plain PIN is always refused."""

    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        text = text.strip()
        if TOO_MANY_DIGITS.match(text):
            raise PinHashError(f"has scrypt settings far too large to check ({LIMITS}); {REMAKE}")
        found = FORMAT.match(text)
        if found is None:
            raise PinHashError(
                "is not a PIN hash (expected scrypt$n=...,r=...,p=...$salt$hash); "
                f"never store the PIN itself - {REMAKE}"
            )
        n, r, p = (int(found.group(i)) for i in (1, 2, 3))
        try:
            salt, key = (base64.b64decode(found.group(i), validate=True) for i in (4, 5))
        except (binascii.Error, ValueError):
            raise PinHashError("has a salt or hash that is not valid base64") from None
        if n < 2**10 or n & (n - 1) or r < 1 or p < 1:
            raise PinHashError(f"has unusable scrypt settings n={n}, r={r}, p={p}")
        if n > MAX_N or r > MAX_R or p > MAX_P or n * r * p > MAX_WORK:
            raise PinHashError(
                f"would take too long to check (n={n}, r={r}, p={p}; {LIMITS}); {REMAKE}"
            )
        if len(salt) < 8 or len(key) < 16:
            raise PinHashError("has a salt or hash that is too short")
        return cls(n, r, p, salt, key)

    def matches(self, pin: str) -> bool:
        candidate = _derive(pin, self.salt, self.n, self.r, self.p, len(self.key))
        return hmac.compare_digest(candidate, self.key)

    def __str__(self) -> str:
        salt, key = (base64.b64encode(b).decode("ascii") for b in (self.salt, self.key))
        return f"scrypt$n={self.n},r={self.r},p={self.p}${salt}${key}"


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    memory = 128 * r * (n + 2 + p) + 2**20
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=length
    )


def hash_pin(pin: str) -> str:
    """A new hash string for `pin`, with a fresh random salt."""
    salt = os.urandom(SALT_BYTES)
    return str(PinHash(N, R, P, salt, _derive(pin, salt, N, R, P, KEY_BYTES)))


def configured_hash(clinic_value: str | None, environ: Mapping[str, str]) -> PinHash | None:
    """The staff PIN hash in force (the environment wins over clinic.yaml), or None."""
    source = ENV_VAR if environ.get(ENV_VAR) else "staff_pin_hash in clinic.yaml"
    if not (value := environ.get(ENV_VAR) or clinic_value):
        return None
    try:
        return PinHash.parse(value)
    except PinHashError as error:
        raise PinHashError(f"{source} {error}") from None


def hash_pin_command(args: list[str]) -> int:
    """`walkthrough hash-pin [--pin-stdin]`: print a hash of a new staff PIN."""
    parser = argparse.ArgumentParser(
        prog="walkthrough hash-pin",
        description="Make a salted hash of a staff PIN, for staff_pin_hash in clinic.yaml "
        f"or the {ENV_VAR} environment variable. The PIN itself is never stored.",
    )
    parser.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from the first line of stdin"
    )
    if parser.parse_args(args).pin_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            pin = getpass.getpass("New staff PIN: ")
            if getpass.getpass("Same PIN again: ") != pin:
                return refuse("the two PINs are not the same; nothing was made")
        except (EOFError, KeyboardInterrupt):
            return refuse("cancelled", "\n")
    low, high = PIN_LENGTH
    if not low <= len(pin) <= high:
        return refuse(f"a PIN needs {low} to {high} characters")
    if any(ch.isspace() or not ch.isprintable() for ch in pin):
        return refuse("a PIN cannot contain spaces or control characters")
    made = hash_pin(pin)
    print(made)
    print(
        f'Put it in clinic.yaml as:  staff_pin_hash: "{made}"\nor in the environment as {ENV_VAR}.',
        file=sys.stderr,
    )
    return 0


def refuse(why: str, before: str = "") -> int:
    print(f"{before}walkthrough hash-pin: {why}", file=sys.stderr)
    return 1


class StaffLock:
    """Counts wrong PINs for the whole process: a reset or closed prompt gives no fresh tries."""

    def __init__(self, backoff: float, *, clock: Callable[[], float] = monotonic) -> None:
        self.base = backoff
        self.clock = clock
        self.wrong_tries = 0
        self.lockouts = 0
        self.until = 0.0

    def seconds_left(self) -> float:
        """How long input is still refused (0 when a PIN may be tried)."""
        return max(0.0, self.until - self.clock())

    def wrong(self) -> float:
        """Record a wrong PIN; return the length of the lockout this starts (0 if none)."""
        self.wrong_tries += 1
        if self.wrong_tries < TRIES:
            return 0.0
        wait = self.base * float(2 ** min(self.lockouts, MAX_DOUBLINGS))
        self.wrong_tries = 0
        self.lockouts += 1
        self.until = self.clock() + wait
        return wait
