"""The kinds of text every content model uses, and the markers pydantic checks them by (read
only by a full check, so pydantic is imported only then: the models are plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


@dataclass(frozen=True)
class TextRule:
    """A string, never anything YAML turns into another type (true/false, numbers)."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.str_schema(
            min_length=self.min_length,
            max_length=self.max_length,
            pattern=self.pattern,
            strict=True,
        )


@dataclass(frozen=True)
class NotEmpty:
    """A list with at least one item."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return {**handler(source), "min_length": 1}


@dataclass(frozen=True)
class TaggedBy:
    """A union of models told apart by one key (each model has a Literal for it)."""

    key: str

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic import Field

        return handler.generate_schema(Annotated[source, Field(discriminator=self.key)])


Text = Annotated[str, TextRule(min_length=1, max_length=4000)]
"""A non-empty piece of patient text (plain text or Markdown, never Rich markup)."""
Short = Annotated[str, TextRule(min_length=1, max_length=120)]
"""A label, title or button: one short line."""
Ident = Annotated[str, TextRule(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
"""An id: lower-case letters, digits and _, starting with a letter."""
AnyText = Annotated[str, TextRule()]
"""Text of any length (a hash, a setting), but text."""


class Strict:
    """Unknown keys, wrong types and missing fields are all errors; every content model is a
    subclass, declared `@dataclass(frozen=True, kw_only=True)`."""

    __pydantic_config__ = {"extra": "forbid"}
