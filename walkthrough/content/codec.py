"""Frozen dataclasses to JSON data and back, exactly as their type hints say (else NotThisShape)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections import Counter
from collections.abc import Callable, Hashable
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union, cast, get_args, get_origin

T = TypeVar("T")
_SCALARS = (str, int, float, bool, type(None))
Reader = Callable[[Any], Any]  # checks data against one type, and makes the value


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
    made: T = _reader(cast(Hashable, kind))(data)
    return made


@cache
def _reader(kind: Any) -> Reader:
    """The function that reads one type the content uses, made once (a start reads thousands)."""
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:
        return _reader(args[0])
    if kind in _SCALARS:
        return _exactly(kind)
    if origin is Literal:
        return _one_of(args)
    if origin is Union or origin is types.UnionType:
        return _union(args)
    if origin is list or (origin is tuple and args[1:] == (...,)):
        return _list(origin, args[0])
    if origin is tuple:
        return _fixed(args)
    if origin is dict and args[0] is str:
        return _dict(args[1])
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    raise TypeError(f"cannot read {kind!r} from JSON")


def _scalar(kind: Any) -> type | None:
    """The one type a value of `kind` must have, if `kind` is a plain one (checked in place)."""
    while get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    return kind if kind in _SCALARS else None


def _exactly(kind: type) -> Reader:
    def read(data: Any) -> Any:
        if type(data) is not kind:  # not isinstance: True is not the number 1
            raise _mismatch(kind.__name__, data)
        return data

    return read


def _one_of(choices: tuple[Any, ...]) -> Reader:
    allowed = {(type(choice), choice) for choice in choices}

    def read(data: Any) -> Any:
        if type(data) in _SCALARS and (type(data), data) in allowed:
            return data
        raise NotThisShape(f"expected one of {choices!r}")

    return read


def _union(members: tuple[Any, ...]) -> Reader:
    plain = Counter(_scalar(member) for member in members)  # how many members are each type
    others = [_reader(member) for member in members if _scalar(member) is None]

    def read(data: Any) -> Any:
        found = [data] * plain.get(type(data), 0)
        for member in others:
            try:
                found.append(member(data))
            except NotThisShape:
                continue
        if len(found) != 1:  # none, or more than one: which was meant cannot be told
            raise NotThisShape(f"expected exactly one of {members!r}, {len(found)} fit")
        return found[0]

    return read


def _list(make: type, item: Any) -> Reader:
    plain, read_item = _scalar(item), _reader(item)

    def read(data: Any) -> Any:
        if type(data) is not list:
            raise _mismatch("a list", data)
        if plain is None:
            return make([read_item(value) for value in data])
        for value in data:
            if type(value) is not plain:
                raise _mismatch(plain.__name__, value)
        return make(data)

    return read


def _fixed(items: tuple[Any, ...]) -> Reader:
    readers = [_reader(item) for item in items]
    plain = [_scalar(item) for item in items]

    def read(data: Any) -> Any:
        if type(data) is not list or len(data) != len(items):
            raise _mismatch(f"a list of {len(items)}", data)
        if [type(value) for value in data] == plain:
            return tuple(data)
        return tuple([read_item(value) for read_item, value in zip(readers, data, strict=True)])

    return read


def _dict(item: Any) -> Reader:
    read_item = _reader(item)

    def read(data: Any) -> Any:
        if type(data) is not dict:
            raise _mismatch("an object", data)
        return {key: read_item(value) for key, value in data.items()}

    return read


def _dataclass(kind: type) -> Reader:
    fields: dict[str, Reader] = {}  # filled on first use: the class may hold itself

    def read(data: Any) -> Any:
        if not fields:
            fields.update(_fields(kind))
        if type(data) is not dict or data.keys() != fields.keys():
            raise _mismatch(f"the fields of {kind.__name__}", data)
        return kind(**{name: read_field(data[name]) for name, read_field in fields.items()})

    return read


def _mismatch(expected: str, data: Any) -> NotThisShape:
    return NotThisShape(f"expected {expected}, found {type(data).__name__}")


def _fields(kind: type) -> dict[str, Reader]:
    """A dataclass's fields made through its __init__, with the reader of each (a field's type
    is evaluated only when it is text: `from __future__ import annotations`)."""
    made = [f.name for f in dataclasses.fields(kind) if f.init]
    hints: dict[str, Any] = {f.name: f.type for f in dataclasses.fields(kind)}
    if any(isinstance(hint, str) for hint in hints.values()):
        hints = typing.get_type_hints(kind)
    return {name: _reader(hints[name]) for name in made}
