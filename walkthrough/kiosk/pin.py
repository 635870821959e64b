"""The staff PIN: stored only as a salted scrypt hash, checked in constant time.

A hash looks like `scrypt$n=16384,r=8,p=1$<salt, base64>$<key, base64>`. Make one with
`walkthrough hash-pin`, then put it in clinic.yaml as `staff_pin_hash:` or in the environment
as WALKTHROUGH_STAFF_PIN_HASH (the environment wins). Anything that is not such a hash is
refused at start-up: a plain PIN is never accepted as a PIN.
"""

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
from collections.abc import Mapping
from dataclasses import dataclass

ENV_VAR = "WALKTHROUGH_STAFF_PIN_HASH"
N, R, P = 2**14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
PIN_LENGTH = (4, 64)

# A hash sets the cost of every PIN try, so a hash that costs too much is refused at start-up
# (and by `walkthrough check`), never found out when staff press Enter. The work, n*r*p, may
# be at most twice the default: on the shared, busy 2-core Xeon this was written on, a check
# took 41-138 ms at the default, 79-336 ms at twice its work, 305-650 ms at four times, and
# 6-10 s at the n=32768,r=31,p=16 once accepted. Memory, 128*r*n bytes, is then at most 32 MiB.
MAX_N, MAX_R, MAX_P = 2**17, 16, 4
MAX_WORK = 2 * N * R * P
LIMITS = f"n up to {MAX_N}, r up to {MAX_R}, p up to {MAX_P}, n*r*p up to {MAX_WORK}"
REMAKE = "make a new hash with: walkthrough hash-pin"
# Digits are bounded before int() is ever called: a number of thousands of digits would make
# int() itself fail (Python refuses over 4300 digits) instead of giving a clear refusal.
DIGITS = (7, 3, 3)  # the most digits n, r and p may have (already far beyond the limits)
FORMAT = re.compile(
    r"^scrypt\$n=(\d{1,7}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$"
)
SETTINGS = re.compile(r"^scrypt\$n=(\d+),r=(\d+),p=(\d+)\$")


class PinHashError(ValueError):
    """A configured staff_pin_hash that is not a usable hash."""


@dataclass(frozen=True)
class PinHash:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        text = text.strip()
        settings = SETTINGS.match(text)
        if settings and any(
            len(d) > most for d, most in zip(settings.groups(), DIGITS, strict=True)
        ):
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


def _memory(n: int, r: int, p: int) -> int:
    return 128 * r * (n + 2 + p)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    memory = _memory(n, r, p) + 2**20
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=length
    )


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A new hash string for `pin`, with a fresh random salt."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    return str(PinHash(N, R, P, salt, _derive(pin, salt, N, R, P, KEY_BYTES)))


def pin_problem(pin: str) -> str | None:
    """Why this PIN cannot be used, or None."""
    low, high = PIN_LENGTH
    if not low <= len(pin) <= high:
        return f"a PIN needs {low} to {high} characters"
    if any(ch.isspace() or not ch.isprintable() for ch in pin):
        return "a PIN cannot contain spaces or control characters"
    return None


def configured_hash(clinic_value: str | None, environ: Mapping[str, str]) -> PinHash | None:
    """The staff PIN hash in force (the environment wins over clinic.yaml), or None."""
    source, value = (
        (ENV_VAR, environ.get(ENV_VAR))
        if environ.get(ENV_VAR)
        else (
            "staff_pin_hash in clinic.yaml",
            clinic_value,
        )
    )
    if not value:
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
    options = parser.parse_args(args)
    if options.pin_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            pin = getpass.getpass("New staff PIN: ")
            if getpass.getpass("Same PIN again: ") != pin:
                print(
                    "walkthrough hash-pin: the two PINs are not the same; nothing was made",
                    file=sys.stderr,
                )
                return 1
        except (EOFError, KeyboardInterrupt):
            print("\nwalkthrough hash-pin: cancelled", file=sys.stderr)
            return 1
    problem = pin_problem(pin)
    if problem:
        print(f"walkthrough hash-pin: {problem}", file=sys.stderr)
        return 1
    made = hash_pin(pin)
    print(made)
    print(
        f'Put it in clinic.yaml as:  staff_pin_hash: "{made}"\nor in the environment as {ENV_VAR}.',
        file=sys.stderr,
    )
    return 0
