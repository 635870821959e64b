"""Frozen dataclasses to plain JSON data and back, strictly as their type hints declare: data
that is not exactly what they describe raises NotThisShape, never gives a wrong object. Types:
dataclasses, str, int, float, bool, None, Literal, Enum, Union (one member must match), list,
tuple (of any length or fixed), dict[str, X] and Mapping[str, X], and Annotated."""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Hashable
from functools import cache
from typing import Annotated, Any, Literal, TypeVar, Union, cast, get_args, get_origin

T = TypeVar("T")
Decoder = Callable[[Any], Any]
_SCALARS = (str, int, float, bool)


class NotThisShape(ValueError):
    """The data is not what the declared types describe."""


def to_data(value: object) -> Any:
    """`value` as JSON-ready data: dataclasses become objects keyed by field, tuples lists."""
    if value is None or type(value) in _SCALARS:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {f.name: to_data(getattr(value, f.name)) for f in fields if f.init}
    if isinstance(value, (list, tuple)):
        return [to_data(item) for item in value]
    if isinstance(value, collections.abc.Mapping) and all(type(key) is str for key in value):
        return {key: to_data(item) for key, item in value.items()}
    raise TypeError(f"cannot keep a {type(value).__name__} as JSON")


def from_data(kind: type[T], data: Any) -> T:
    """The `kind` object that `to_data` turned into `data`; NotThisShape if `data` is not one."""
    made: T = _decoder(cast(Hashable, kind))(data)
    return made


def _mismatch(expected: object, data: Any) -> NotThisShape:
    return NotThisShape(f"expected {expected}, found {type(data).__name__}")


@cache
def _decoder(kind: Any) -> Decoder:
    """A reader for one declared type, made once (a start reads thousands of values)."""
    origin, args = get_origin(kind), get_args(kind)
    if kind is None or kind is type(None) or kind in _SCALARS:
        return _exactly(type(None) if kind is None else kind)
    if origin is Annotated:
        return _decoder(args[0])
    if origin is Literal:
        return _one_of(args, repr(args))
    if origin is Union or origin is types.UnionType:
        return _union(args)
    if origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return _sequence(origin, _decoder(args[0]))
    if origin is tuple and args and Ellipsis not in args:
        return _fixed_tuple(tuple(_decoder(arg) for arg in args))
    if origin in (dict, collections.abc.Mapping) and args[0] is str:
        return _mapping(_decoder(args[1]))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _one_of(tuple(kind), f"a {kind.__name__}", by_value=True)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    raise TypeError(f"cannot read {kind!r} from JSON")


def _exactly(kind: type) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not kind:  # not isinstance: True is not the number 1
            raise _mismatch(kind.__name__, data)
        return data

    return decode


def _one_of(allowed: tuple[Any, ...], expected: str, by_value: bool = False) -> Decoder:
    # Literal values, or Enum members (found by their values)
    def decode(data: Any) -> Any:
        for choice in allowed:
            value = choice.value if by_value else choice
            if type(value) is type(data) and value == data:
                return choice
        raise NotThisShape(f"expected {'' if by_value else 'one of '}{expected}")

    return decode


def _union(members: tuple[Any, ...]) -> Decoder:
    decoders = [_decoder(member) for member in members]

    def decode(data: Any) -> Any:
        found = []
        for member in decoders:
            try:
                found.append(member(data))
            except NotThisShape:
                continue
        if len(found) != 1:  # none, or more than one: which was meant cannot be told
            raise NotThisShape(f"expected exactly one of {members!r}, {len(found)} fit")
        return found[0]

    return decode


def _sequence(make: type, item: Decoder) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not list:
            raise _mismatch("a list", data)
        return make([item(value) for value in data])

    return decode


def _fixed_tuple(items: tuple[Decoder, ...]) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != len(items):
            raise _mismatch(f"a list of {len(items)}", data)
        return tuple([item(value) for item, value in zip(items, data, strict=True)])

    return decode


def _mapping(item: Decoder) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not dict:
            raise _mismatch("an object", data)
        return {key: item(value) for key, value in data.items()}

    return decode


def _dataclass(kind: type) -> Decoder:
    names = [field.name for field in dataclasses.fields(kind) if field.init]
    expected = set(names)
    fields: dict[str, Decoder] = {}  # filled on first use, so that a model may hold itself

    def decode(data: Any) -> Any:
        if type(data) is not dict or data.keys() != expected:
            raise _mismatch(f"the fields of {kind.__name__}", data)
        if not fields:
            hints = typing.get_type_hints(kind)
            fields.update((name, _decoder(hints[name])) for name in names)
        return kind(**{name: field(data[name]) for name, field in fields.items()})

    return decode
