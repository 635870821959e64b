"""The kinds of text the content models use, and the rules pydantic checks (only a full check)."""

from __future__ import annotations

from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, fields
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, NamedTuple, TypeVar

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        return lambda decorated: decorated


class Rule(NamedTuple):
    """Text (never YAML's true/false or numbers) within these limits; a list's least length.

    Named tuples, not frozen dataclasses: their six generated methods cost ~1 ms at start-up."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        if source is not str:
            return {**handler(source), "min_length": self.min_length}
        return core_schema.str_schema(
            min_length=self.min_length,
            max_length=self.max_length,
            pattern=self.pattern,
            strict=True,
        )


class TaggedBy(NamedTuple):
    """A union of models told apart by one key (each model has a Literal for it)."""

    key: str

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic import Field

        return handler.generate_schema(Annotated[source, Field(discriminator=self.key)])


NotEmpty = Rule(min_length=1)  # a list with at least one item
Text = Annotated[str, Rule(min_length=1, max_length=4000)]  # patient text, plain or Markdown
Short = Annotated[str, Rule(min_length=1, max_length=120)]  # a label, title or button: one line
Ident = Annotated[str, Rule(pattern=r"^[a-z][a-z0-9_]{0,39}$")]  # lower-case letters, digits, _
AnyText = Annotated[str, Rule()]  # text of any length (a hash, a setting), but text


class Strict:
    """Unknown keys, wrong types and missing fields are all errors (every content model).

    A content model is a frozen dataclass made by `model`: its constructor, comparison, hash,
    print and refusal to change are written once here, with the results a dataclass's own
    methods would give. Python 3.11's `dataclass` compiles each of those methods for each of the
    21 models, 15-20 ms of every start-up (see tests/benchmarks/RESULTS.md)."""

    __pydantic_config__ = {"extra": "forbid"}
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
    _names: ClassVar[frozenset[str]]  # every field's name
    _defaults: ClassVar[dict[str, Any]]  # the fields that may be left out, and their values

    def __init__(self, **values: Any) -> None:
        if values.keys() != self._names:
            unknown = ", ".join(sorted(values.keys() - self._names))
            missing = ", ".join(sorted(self._names - self._defaults.keys() - values.keys()))
            if unknown or missing:
                name = self.__class__.__qualname__
                raise TypeError(f"{name}() got unknown fields ({unknown}), lacks ({missing})")
            values = {**self._defaults, **values}
        self.__dict__.update(values)  # not through __setattr__, which refuses

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash(_values(self))

    @recursive_repr()
    def __repr__(self) -> str:
        shown = (f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
        return f"{self.__class__.__qualname__}({', '.join(shown)})"


M = TypeVar("M", bound=Strict)


@dataclass_transform(kw_only_default=True, frozen_default=True)
def model(cls: type[M]) -> type[M]:
    """A content model: a frozen dataclass of keyword-only fields, with Strict's methods."""
    made = dataclass(init=False, repr=False, eq=False, kw_only=True)(cls)
    found = made.__dataclass_fields__.values()
    if any(f.default_factory is not MISSING or not f.init for f in found):
        raise TypeError(f"{cls.__qualname__}: a content model's fields are plain values")
    made._names = frozenset(f.name for f in found)
    made._defaults = {f.name: f.default for f in found if f.default is not MISSING}
    return made


def _values(value: Any) -> tuple[Any, ...]:
    return tuple(getattr(value, f.name) for f in fields(value) if f.compare)
