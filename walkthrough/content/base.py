"""The kinds of text the content models use, and the rules pydantic checks (only a full check)."""

from __future__ import annotations

from dataclasses import Field
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, NamedTuple, TypeVar

from walkthrough.records import make_frozen

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema
    from typing_extensions import dataclass_transform
else:
    from walkthrough.records import dataclass_transform


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
    """Unknown keys, wrong types and missing fields are all errors (every content model)."""

    __pydantic_config__ = {"extra": "forbid"}
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]


M = TypeVar("M", bound=Strict)


@dataclass_transform(kw_only_default=True, frozen_default=True)
def model(cls: type[M]) -> type[M]:
    """A content model: a frozen dataclass of keyword-only fields, made by walkthrough.records:
    `dataclass` itself compiled six methods for each of the 21 models, 15-20 ms of every
    start-up (see tests/benchmarks/RESULTS.md)."""
    return make_frozen(cls, kw_only=True)
