"""Frozen dataclasses to plain JSON data and back, guided by their type hints (data only).

The checked copy of the content (walkthrough.content.cache) is kept as JSON, which, unlike a
pickle, can never run code when it is read. Reading it back is driven by the declared types
alone, so a field added to a model needs no change here; and it is strict, so anything that is
not exactly what those types describe raises NotThisShape, never gives a wrong object.

Types understood: dataclasses, str, int, float, bool, None, Literal, Enum, Union (only one
member may match), list[X], tuple[X, ...], tuple[X, Y], dict[str, X] (and Mapping[str, X]).
Annotated is read as the type it annotates.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import types
from collections.abc import Callable, Hashable
from functools import cache
from typing import (
    Annotated,
    Any,
    Literal,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

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
        return {
            f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init
        }
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


_PLAIN: dict[Decoder, frozenset[type]] = {}
"""Decoders that only check a value's type (text, numbers, None, and unions of them): the
readers of lists, tuples and dataclasses check those types in place instead of calling them,
which is most of the time taken to read a copy of the content."""


@cache
def _decoder(kind: Any) -> Decoder:
    """A reader for one declared type, made once (start-up reads thousands of values)."""
    origin, args = get_origin(kind), get_args(kind)
    if kind is None or kind is type(None):
        return _exactly(frozenset({type(None)}))
    if kind in _SCALARS:
        return _exactly(frozenset({kind}))
    if origin is Annotated:
        return _decoder(args[0])
    if origin is Literal:
        return _one_of(args)
    if origin is Union or origin is types.UnionType:
        return _union(args)
    if origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return _sequence(origin, _decoder(args[0]))
    if origin is tuple and args and Ellipsis not in args:
        return _fixed_tuple(tuple(_decoder(arg) for arg in args))
    if origin in (dict, collections.abc.Mapping) and args[0] is str:
        return _mapping(_decoder(args[1]))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum(kind)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    raise TypeError(f"cannot read {kind!r} from JSON")


def _exactly(kinds: frozenset[type]) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) not in kinds:  # not isinstance: True is not the number 1
            raise _mismatch(kinds, data)
        return data

    _PLAIN[decode] = kinds
    return decode


def _one_of(allowed: tuple[Any, ...]) -> Decoder:
    def decode(data: Any) -> Any:
        for value in allowed:
            if type(value) is type(data) and value == data:
                return value
        raise NotThisShape(f"expected one of {allowed!r}")

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
        for value in data:
            if type(value) not in kinds:
                raise _mismatch(kinds, value)
        return tuple(data)

    return decode


def _mapping(item: Decoder) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not dict:
            raise _mismatch("an object", data)
        return {key: item(value) for key, value in data.items()}

    return decode


def _enum(kind: type[enum.Enum]) -> Decoder:
    def decode(data: Any) -> Any:
        for member in kind:
            if type(member.value) is type(data) and member.value == data:
                return member
        raise NotThisShape(f"expected a {kind.__name__}")

    return decode


def _dataclass(kind: type) -> Decoder:
    every = dataclasses.fields(kind)
    names = [field.name for field in every if field.init]
    expected = set(names)
    # Where __init__ would only set the fields, they are set as pickle does, without it: a
    # frozen dataclass's __init__ sets each through object.__setattr__, and that was a third
    # of the time a start from the checked copy took.
    direct = len(names) == len(every) and not hasattr(kind, "__post_init__")
    direct = direct and not hasattr(kind, "__slots__")
    # Filled on first use, so that a model may contain itself.
    checked: list[tuple[str, frozenset[type]]] = []
    nested: list[tuple[str, Decoder]] = []

    def decode(data: Any) -> Any:
        if type(data) is not dict or data.keys() != expected:
            raise _mismatch(f"the fields of {kind.__name__}", data)
        if not (checked or nested):
            _plan(kind, names, checked, nested)
        for name, kinds in checked:
            if type(data[name]) not in kinds:
                raise _mismatch(kinds, data[name])
        values = dict(data)
        for name, field in nested:
            values[name] = field(data[name])
        if not direct:
            return kind(**values)
        made: Any = object.__new__(kind)
        made.__dict__.update(values)
        return made

    return decode


def _plan(
    kind: type,
    names: list[str],
    checked: list[tuple[str, frozenset[type]]],
    nested: list[tuple[str, Decoder]],
) -> None:
    hints = get_type_hints(kind)
    checked.clear()
    nested.clear()
    for name in names:
        field = _decoder(hints[name])
        if field in _PLAIN:
            checked.append((name, _PLAIN[field]))
        else:
            nested.append((name, field))


def _check_types(values: list[Any], kinds: frozenset[type]) -> None:
    for value in values:
        if type(value) not in kinds:
            raise _mismatch(kinds, value)
