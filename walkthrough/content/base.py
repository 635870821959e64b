"""The kinds of text the content models use, and the rules pydantic checks (only a full check)."""

from __future__ import annotations

from dataclasses import Field, dataclass, fields
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


@dataclass(frozen=True)
class Rule:
    """Text (never YAML's true/false or numbers) within these limits; a list's least length."""

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


@dataclass(frozen=True)
class TaggedBy:
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

    Its frozen dataclasses (`eq=False, repr=False`) compare, hash and print by their fields here,
    exactly as the methods a dataclass makes would: making those for each of the 21 models cost
    5-10 ms of every start-up (see tests/benchmarks/RESULTS.md)."""

    __pydantic_config__ = {"extra": "forbid"}
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

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


def _values(model: Any) -> tuple[Any, ...]:
    return tuple(getattr(model, f.name) for f in fields(model) if f.compare)
