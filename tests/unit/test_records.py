"""records.frozen gives what a frozen dataclass gives: the same values, comparisons and refusals."""

from __future__ import annotations

import copy
from dataclasses import FrozenInstanceError, dataclass, field, fields, is_dataclass, replace
from typing import Any

import pytest

from walkthrough.records import frozen


@frozen
class Made:
    """Made by records.frozen."""

    name: str
    items: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Compiled:
    """The same, made by dataclasses."""

    name: str
    items: tuple[str, ...] = ()
    note: str | None = None


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("a",), {}), (("a", ("x",)), {"note": "n"}), ((), {"note": "n", "name": "a"})],
)
def test_the_same_values_comparisons_hash_and_print(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    made, compiled = Made(*args, **kwargs), Compiled(*args, **kwargs)
    assert is_dataclass(made) and [f.name for f in fields(made)] == ["name", "items", "note"]
    assert (made.name, made.items, made.note) == (compiled.name, compiled.items, compiled.note)
    assert repr(made) == repr(compiled).replace("Compiled", "Made")
    assert made == Made(*args, **kwargs) and hash(made) == hash(Made(*args, **kwargs))
    assert hash(made) == hash(compiled)  # both hash the tuple of their fields
    assert made != Made("other") and made != compiled  # type: ignore[comparison-overlap]
    assert replace(made, note="changed").note == "changed" and made.note != "changed"
    assert copy.deepcopy(made) == made


def test_it_cannot_be_changed() -> None:
    made = Made("a")
    with pytest.raises(FrozenInstanceError):
        made.name = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del made.name
    with pytest.raises(FrozenInstanceError):
        made.other = 1  # type: ignore[attr-defined]
    assert made.name == "a"


@pytest.mark.parametrize(
    ("args", "kwargs", "says"),
    [
        ((), {}, "missing: name"),
        (("a",), {"name": "b"}, "given twice: name"),
        (("a",), {"colour": "red"}, "unknown: colour"),
        (("a", (), None, "extra"), {}, "takes 3 fields by place, not 4"),
    ],
)
def test_wrong_fields_are_refused_as_by_a_dataclass(
    args: tuple[Any, ...], kwargs: dict[str, Any], says: str
) -> None:
    with pytest.raises(TypeError):
        Compiled(*args, **kwargs)
    with pytest.raises(TypeError, match=says):
        Made(*args, **kwargs)


def test_a_field_it_cannot_make_as_a_dataclass_would_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="only plain fields"):

        @frozen
        class WithFactory:
            """A field with a default factory."""

            items: list[str] = field(default_factory=list)
