"""clinic.yaml's `handoff`: the CUPS queue that prints the slip for the practitioner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from walkthrough.content.base import Strict
from walkthrough.content.messages import shown

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

Paper = Literal["receipt-80mm", "a4", "letter"]
NOT_IN_QUEUE_NAMES = " \t/\\'\"?#"
"""What CUPS refuses in a queue name (lpadmin, and the scheduler's own check)."""


def is_queue_name(name: str) -> bool:
    """Whether CUPS accepts `name` for a queue: up to 127 bytes, printable, none of the above."""
    return (
        0 < len(name.encode()) <= 127
        and name.isprintable()
        and not (set(name) & set(NOT_IN_QUEUE_NAMES))
    )


@dataclass(frozen=True)
class QueueNameRule:
    """Text that CUPS would accept as a queue name."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import PydanticCustomError, core_schema

        def check(name: str) -> str:
            if not is_queue_name(name):
                raise PydanticCustomError(
                    "queue_name",
                    f"'{shown(name)}' is not a queue name CUPS accepts: up to 127 characters, "
                    "with no spaces, tabs, quotes, /, \\, ? or #",
                )
            return name

        text = core_schema.str_schema(strict=True)
        return core_schema.no_info_after_validator_function(check, text)


@dataclass(frozen=True)
class YesOrNo:
    """true or false, never text or a number that could be read as one."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.bool_schema(strict=True)


@dataclass(frozen=True, kw_only=True)
class Handoff(Strict):
    """Where the slip is printed (`lp -d printer`), on which paper, and whether a kiosk prints
    it as soon as the summary shows."""

    printer: Annotated[str, QueueNameRule()]
    paper: Paper = "receipt-80mm"
    print_on_summary: Annotated[bool, YesOrNo()] = False
