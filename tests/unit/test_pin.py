"""The staff PIN hash, the hash-pin tool, the wrong-PIN back-off and the error budget."""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys

import pytest

from walkthrough.cli import main
from walkthrough.kiosk import pin as pin_module
from walkthrough.kiosk.pin import (
    ENV_VAR,
    PinHash,
    PinHashError,
    StaffLock,
    configured_hash,
    hash_pin,
)
from walkthrough.kiosk.process import ErrorBudget

HASH_SHAPE = re.compile(r"^scrypt\$n=16384,r=8,p=1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$")


@pytest.fixture(scope="module")
def made() -> str:
    return hash_pin("2468")


def test_hash_has_the_documented_shape_and_never_holds_the_pin(made: str) -> None:
    assert HASH_SHAPE.match(made)
    assert "2468" not in made


def test_right_pin_matches_and_wrong_ones_do_not(made: str) -> None:
    stored = PinHash.parse(made)
    assert stored.matches("2468")
    for wrong in ("2469", "", "24680", " 2468", "2468 "):
        assert not stored.matches(wrong)


def test_every_hash_has_its_own_salt() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second
    assert PinHash.parse(second).matches("2468")


def test_parse_round_trips(made: str) -> None:
    assert str(PinHash.parse(made)) == made


@pytest.mark.parametrize(
    "value",
    [
        "1234",  # a plain PIN is never taken as a PIN
        "scrypt$1234",
        "scrypt$n=16384,r=8,p=1$not*base64$AAAA",
        "scrypt$n=1000,r=8,p=1$c2FsdHNhbHRzYWx0$c2FsdHNhbHRzYWx0c2FsdA==",  # n not a power of 2
        "scrypt$n=1048576,r=32,p=1$c2FsdHNhbHRzYWx0$c2FsdHNhbHRzYWx0c2FsdA==",  # 4 GiB to check
        "scrypt$n=16384,r=8,p=1$c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA==",  # salt too short
        "bcrypt$n=16384,r=8,p=1$c2FsdHNhbHRzYWx0$c2FsdHNhbHRzYWx0c2FsdA==",
    ],
)
def test_anything_but_a_valid_hash_is_refused(value: str) -> None:
    with pytest.raises(PinHashError):
        PinHash.parse(value)


SALT_AND_KEY = "$c2FsdHNhbHRzYWx0$c2FsdHNhbHRzYWx0c2FsdA=="


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("n=" + "1" * 5000 + ",r=8,p=1", "far too large to check"),  # int() refuses 4300+ digits
        ("n=16384,r=" + "9" * 5000 + ",p=1", "far too large to check"),
        ("n=32768,r=31,p=16", "would take too long to check"),  # 6 s a try on the event loop
        ("n=262144,r=1,p=1", "would take too long to check"),  # n over 2^17
        ("n=16384,r=32,p=1", "would take too long to check"),  # r over 16
        ("n=1024,r=1,p=8", "would take too long to check"),  # p over 4
        ("n=65536,r=8,p=1", "would take too long to check"),  # each fine, the work is not
        ("n=16384,r=8,p=3", "would take too long to check"),
    ],
)
def test_a_hash_too_costly_to_check_is_refused_clearly(settings: str, message: str) -> None:
    with pytest.raises(PinHashError, match=message) as refused:
        PinHash.parse(f"scrypt${settings}{SALT_AND_KEY}")
    text = str(refused.value)
    assert "n*r*p up to 262144" in text and "walkthrough hash-pin" in text
    assert len(text) < 300  # the 5000 digits are not repeated back


@pytest.mark.parametrize("settings", ["n=32768,r=8,p=1", "n=131072,r=2,p=1", "n=16384,r=8,p=2"])
def test_hashes_up_to_twice_the_default_work_are_accepted(settings: str) -> None:
    n, r, p = (int(part.split("=")[1]) for part in settings.split(","))
    salt = b"a salt of 16 b.."
    key = hashlib.scrypt(b"2468", salt=salt, n=n, r=r, p=p, maxmem=64 * 2**20, dklen=32)
    stored = PinHash.parse(str(PinHash(n, r, p, salt, key)))
    assert stored.matches("2468") and not stored.matches("2469")


def test_check_refuses_a_costly_hash_with_a_message_not_a_traceback() -> None:
    for value in (
        "scrypt$n=" + "1" * 5000 + ",r=8,p=1" + SALT_AND_KEY,
        "scrypt$n=32768,r=31,p=16" + SALT_AND_KEY,
    ):
        done = subprocess.run(
            [sys.executable, "-m", "walkthrough", "check"],
            env={**os.environ, ENV_VAR: value},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith(f"walkthrough check: {ENV_VAR} ")
        assert "walkthrough hash-pin" in done.stderr


def test_the_environment_wins_over_clinic_yaml(made: str) -> None:
    other = hash_pin("9999")
    assert str(configured_hash(other, {ENV_VAR: made})) == made
    assert str(configured_hash(other, {})) == other
    assert configured_hash(None, {}) is None
    assert configured_hash(None, {ENV_VAR: ""}) is None


def test_a_bad_value_is_refused_naming_where_it_came_from() -> None:
    with pytest.raises(PinHashError, match=ENV_VAR):
        configured_hash(None, {ENV_VAR: "1234"})
    with pytest.raises(PinHashError, match="clinic.yaml.*hash-pin"):
        configured_hash("1234", {})


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("1234", "hash-pin"),  # a plain PIN is never taken as a PIN
        ("scrypt$n=32768,r=31,p=16" + SALT_AND_KEY, "would take too long to check"),
    ],
    ids=["plain PIN", "costly hash"],
)
def test_kiosk_refuses_to_start_with_a_pin_hash_it_cannot_use(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str, said: str
) -> None:
    monkeypatch.setenv(ENV_VAR, value)
    monkeypatch.setattr("walkthrough.cli.wants_plain", lambda: False)
    monkeypatch.setattr("walkthrough.cli.is_terminal", lambda stream: True)
    started: list[object] = []
    monkeypatch.setattr("walkthrough.app.WalkthroughApp.run", lambda *a, **k: started.append(a))
    assert main(["--kiosk"]) == 2
    assert not started
    err = capsys.readouterr().err
    assert ENV_VAR in err and said in err


def test_check_reports_a_bad_pin_hash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, "1234")
    assert main(["check"]) == 1
    assert ENV_VAR in capsys.readouterr().err
    monkeypatch.setenv(ENV_VAR, hash_pin("1234"))
    assert main(["check"]) == 0


def test_hash_pin_reads_stdin_for_scripts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("7531\n"))
    assert main(["hash-pin", "--pin-stdin"]) == 0
    out, err = capsys.readouterr()
    printed = out.strip()
    assert HASH_SHAPE.match(printed)
    assert PinHash.parse(printed).matches("7531")
    assert "staff_pin_hash" in err


def test_hash_pin_asks_twice_and_refuses_a_mismatch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["7531", "7532"])
    monkeypatch.setattr(pin_module.getpass, "getpass", lambda prompt="": next(answers))
    assert main(["hash-pin"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "not the same" in err

    answers = iter(["7531", "7531"])
    assert main(["hash-pin"]) == 0
    assert PinHash.parse(capsys.readouterr().out.strip()).matches("7531")


@pytest.mark.parametrize("bad", ["12", "12 34", "x" * 65, "12\t34"])
def test_hash_pin_refuses_unusable_pins(
    bad: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(bad + "\n"))
    assert main(["hash-pin", "--pin-stdin"]) == 1
    assert capsys.readouterr().out == ""


def test_hash_pin_as_a_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "walkthrough", "hash-pin", "--pin-stdin"],
        input="8642\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert PinHash.parse(done.stdout.strip()).matches("8642")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_three_wrong_pins_lock_and_each_lockout_doubles() -> None:
    clock = FakeClock()
    lock = StaffLock(30.0, clock=clock)
    assert lock.wrong() == 0 and lock.wrong() == 0
    assert lock.seconds_left() == 0
    assert lock.wrong() == 30.0
    assert lock.seconds_left() == 30.0
    clock.now += 29
    assert lock.seconds_left() == pytest.approx(1.0)
    clock.now += 1
    assert lock.seconds_left() == 0
    assert [lock.wrong(), lock.wrong(), lock.wrong()] == [0, 0, 60.0]
    clock.now += 60
    assert [lock.wrong(), lock.wrong(), lock.wrong()] == [0, 0, 120.0]


def test_lockouts_stop_doubling_at_a_cap() -> None:
    clock = FakeClock()
    lock = StaffLock(30.0, clock=clock)
    waits = []
    for _ in range(12):
        waits.append(max(lock.wrong() for _ in range(3)))
        clock.now += 10**6
    assert waits[-1] == waits[-2] == 30.0 * 64


def test_error_budget_allows_a_few_errors_per_window() -> None:
    clock = FakeClock()
    budget = ErrorBudget(limit=3, window=60.0, clock=clock)
    assert [budget.spend() for _ in range(3)] == [True, True, True]
    assert budget.spend() is False
    clock.now += 61
    assert budget.spend() is True
