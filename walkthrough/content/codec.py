"""Frozen dataclasses to JSON data and back, exactly as their type hints say (else NotThisShape)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Hashable
from functools import cache
from typing import Any, Literal, TypeVar, Union, cast, get_args, get_origin

T = TypeVar("T")
_SCALARS = (str, int, float, bool, type(None))
Plan = tuple[str, Any]  # what to do, and with what


class NotThisShape(ValueError):
    """The data is not what the declared types describe."""


def to_data(value: object) -> Any:
    """`value` as JSON-ready data: dataclasses become objects keyed by field, tuples lists."""
    if type(value) in _SCALARS:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {f.name: to_data(getattr(value, f.name)) for f in fields if f.init}
    if isinstance(value, (list, tuple)):
        return [to_data(item) for item in value]
    if isinstance(value, dict) and all(type(key) is str for key in value):
        return {key: to_data(item) for key, item in value.items()}
    raise TypeError(f"cannot keep a {type(value).__name__} as JSON")


def from_data(kind: type[T], data: Any) -> T:
    """The `kind` object `to_data` made `data` from; NotThisShape if `data` is not one."""
    made: T = _read(_plan(cast(Hashable, kind)), data)
    return made


@cache
def _plan(kind: Any) -> Plan:
    """How to read one type the content uses, made once (a start reads thousands of values)."""
    origin, args = get_origin(kind), get_args(kind)
    if kind in _SCALARS:
        return "exactly", kind
    if origin is Literal:
        return "one of", args
    if origin is Union or origin is types.UnionType:
        return "union", tuple(_plan(member) for member in args)
    if origin is list or (origin is tuple and args[1:] == (...,)):
        return "list", (origin, _plan(args[0]))
    if origin is tuple:
        return "fixed", tuple(_plan(arg) for arg in args)
    if origin is dict and args[0] is str:
        return "dict", _plan(args[1])
    if dataclasses.is_dataclass(kind):
        return "dataclass", kind  # its fields' plans are made on first use: it may hold itself
    raise TypeError(f"cannot read {kind!r} from JSON")


def _read(plan: Plan, data: Any) -> Any:
    how, what = plan
    if how == "exactly":
        if type(data) is not what:  # not isinstance: True is not the number 1
            raise _mismatch(what.__name__, data)
        return data
    if how == "one of":
        if any(type(choice) is type(data) and choice == data for choice in what):
            return data
        raise NotThisShape(f"expected one of {what!r}")
    if how == "union":
        found = []
        for member in what:
            try:
                found.append(_read(member, data))
            except NotThisShape:
                continue
        if len(found) != 1:  # none, or more than one: which was meant cannot be told
            raise NotThisShape(f"expected exactly one of {what!r}, {len(found)} fit")
        return found[0]
    if how == "dataclass":
        fields = _fields(what)
        if type(data) is not dict or data.keys() != fields.keys():
            raise _mismatch(f"the fields of {what.__name__}", data)
        return what(**{name: _read(field, data[name]) for name, field in fields.items()})
    if how == "list":
        make, item = what
        if type(data) is not list:
            raise _mismatch("a list", data)
        return make([_read(item, value) for value in data])
    if how == "dict":
        if type(data) is not dict:
            raise _mismatch("an object", data)
        return {key: _read(what, value) for key, value in data.items()}
    if type(data) is not list or len(data) != len(what):
        raise _mismatch(f"a list of {len(what)}", data)
    return tuple([_read(item, value) for item, value in zip(what, data, strict=True)])


def _mismatch(expected: str, data: Any) -> NotThisShape:
    return NotThisShape(f"expected {expected}, found {type(data).__name__}")


@cache
def _fields(kind: type) -> dict[str, Plan]:
    """A dataclass's fields made through its __init__, with how to read each."""
    hints = typing.get_type_hints(kind)
    return {f.name: _plan(hints[f.name]) for f in dataclasses.fields(kind) if f.init}
