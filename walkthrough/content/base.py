"""The building blocks every content model uses: strict models and the kinds of text."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
"""A non-empty piece of patient text (plain text or Markdown, never Rich markup)."""
Short = Annotated[str, StringConstraints(min_length=1, max_length=120)]
"""A label, title or button: one short line."""
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
"""An id: lower-case letters, digits and _, starting with a letter."""


class Strict(BaseModel):
    """Unknown keys, wrong types and missing fields are all errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
