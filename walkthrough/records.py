"""Frozen dataclasses whose methods are written once, here, not compiled for each class at start."""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        return lambda decorated: decorated


C = TypeVar("C", bound=type)


@dataclass_transform(frozen_default=True)
def frozen(cls: C) -> C:
    """A frozen dataclass: made from its fields in order or by name, never changed after."""
    return make_frozen(cls, kw_only=False)


def make_frozen(cls: C, *, kw_only: bool) -> C:
    """`cls` as a dataclass (`dataclasses.fields`, `replace`, pydantic all see one) with this
    module's methods, which give what a frozen dataclass's own would: Python 3.11's `dataclass`
    compiles six methods for each class, about 0.5 ms each class at start-up."""
    made: Any = dataclass(init=False, repr=False, eq=False, kw_only=kw_only)(cls)
    found = fields(made)
    if hasattr(made, "__post_init__") or any(
        f.default_factory is not MISSING or not f.init for f in found
    ):
        raise TypeError(f"{cls.__qualname__}: only plain fields (no factory, no __post_init__)")
    made._fields = tuple(f.name for f in found)
    made._positional = tuple(f.name for f in found if not f.kw_only)
    made._names = frozenset(made._fields)
    made._defaults = {f.name: f.default for f in found if f.default is not MISSING}
    for name, method in _METHODS.items():
        if name not in made.__dict__:  # a method the class writes itself stays
            setattr(made, name, method)
    made_class: C = made
    return made_class


def _init(self: Any, *args: Any, **values: Any) -> None:
    kind = self.__class__
    if args or values.keys() != kind._names:  # else every field is given, by name
        values = _complete(kind, args, values)
    self.__dict__.update(values)  # not through __setattr__, which refuses


def _complete(kind: Any, args: tuple[Any, ...], values: dict[str, Any]) -> dict[str, Any]:
    """Every field's value, in order: from `args` by place, `values` by name, else its default."""
    name = kind.__qualname__
    if len(args) > len(kind._positional):
        raise TypeError(f"{name}() takes {len(kind._positional)} fields by place, not {len(args)}")
    given = dict(zip(kind._positional[: len(args)], args, strict=True))
    twice = given.keys() & values.keys()
    unknown = values.keys() - kind._names
    missing = kind._names - kind._defaults.keys() - given.keys() - values.keys()
    if twice or unknown or missing:
        problems = {"given twice": twice, "unknown": unknown, "missing": missing}
        found = "; ".join(f"{what}: {', '.join(sorted(them))}" for what, them in problems.items())
        raise TypeError(f"{name}() fields {found}")
    given.update(values)
    return {field: given.get(field, kind._defaults.get(field)) for field in kind._fields}


def _setattr(self: Any, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _values(value: Any) -> tuple[Any, ...]:
    return tuple(getattr(value, f.name) for f in fields(value) if f.compare)


def _eq(self: Any, other: object) -> object:  # a bool, or NotImplemented
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


@recursive_repr()
def _repr(self: Any) -> str:
    shown = (f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
    return f"{self.__class__.__qualname__}({', '.join(shown)})"


_METHODS = {
    "__init__": _init,
    "__setattr__": _setattr,
    "__delattr__": _delattr,
    "__eq__": _eq,
    "__hash__": _hash,
    "__repr__": _repr,
}
