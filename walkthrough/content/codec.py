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


def _check_types(values: Any, kinds: frozenset[type]) -> None:
    for value in values:
        if type(value) not in kinds:  # not isinstance: True is not the number 1
            raise _mismatch(kinds, value)


# Decoders that only check a value's type (text, numbers, None, unions of them), by the types
# they allow: lists, tuples and dataclasses check those in place, which is most of the speed.
_PLAIN: dict[Decoder, frozenset[type]] = {}


@cache
def _decoder(kind: Any) -> Decoder:
    """A reader for one declared type, made once (a start reads thousands of values)."""
    origin, args = get_origin(kind), get_args(kind)
    if kind is None or kind is type(None) or kind in _SCALARS:
        return _exactly(frozenset({type(None) if kind is None else kind}))
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


def _exactly(kinds: frozenset[type]) -> Decoder:
    def decode(data: Any) -> Any:
        _check_types((data,), kinds)
        return data

    _PLAIN[decode] = kinds
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
    if all(member in _PLAIN for member in decoders):  # `Text | None`: told apart by type alone
        return _exactly(frozenset().union(*(_PLAIN[member] for member in decoders)))

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
    plain = _PLAIN.get(item)

    def decode(data: Any) -> Any:
        if type(data) is not list:
            raise _mismatch("a list", data)
        if plain is None:
            return make([item(value) for value in data])
        _check_types(data, plain)
        return make(data)

    return decode


def _fixed_tuple(items: tuple[Decoder, ...]) -> Decoder:
    plain = {_PLAIN.get(item) for item in items}
    kinds = plain.pop() if len(plain) == 1 else None  # each item of the same plain type(s)

    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != len(items):
            raise _mismatch(f"a list of {len(items)}", data)
        if kinds is None:
            return tuple([item(value) for item, value in zip(items, data, strict=True)])
        _check_types(data, kinds)
        return tuple(data)

    return decode


def _mapping(item: Decoder) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not dict:
            raise _mismatch("an object", data)
        return {key: item(value) for key, value in data.items()}

    return decode


def _dataclass(kind: type) -> Decoder:
    every = dataclasses.fields(kind)
    names = [field.name for field in every if field.init]
    expected = set(names)
    # Where __init__ would only set the fields, they are set as pickle does: a frozen
    # dataclass's __init__ sets each through object.__setattr__ (a third of a start's reading).
    direct = len(names) == len(every) and not hasattr(kind, "__post_init__")
    direct = direct and not hasattr(kind, "__slots__")
    checked: dict[str, frozenset[type]] = {}  # filled on first use, so a model may hold itself
    nested: dict[str, Decoder] = {}

    def decode(data: Any) -> Any:
        if type(data) is not dict or data.keys() != expected:
            raise _mismatch(f"the fields of {kind.__name__}", data)
        if not (checked or nested):
            hints = typing.get_type_hints(kind)
            for name in names:
                field = _decoder(hints[name])
                if field in _PLAIN:
                    checked[name] = _PLAIN[field]
                else:
                    nested[name] = field
        for name, kinds in checked.items():
            if type(data[name]) not in kinds:
                raise _mismatch(kinds, data[name])
        values = dict(data)
        for name, field in nested.items():
            values[name] = field(data[name])
        if not direct:
            return kind(**values)
        made: Any = object.__new__(kind)
        made.__dict__.update(values)
        return made

    return decode
