"""Turn pydantic's validation details into short messages a clinic editor can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

_KIND_NAMES = {
    str: "text",
    bool: "true/false",
    int: "a number",
    float: "a number",
    list: "a list",
    dict: "a group of 'key: value' lines",
    type(None): "nothing",
}


QUEUE_NAMES = "up to 127 characters, with no spaces, tabs, quotes, /, \\, ? or #"


def shown(value: Any, limit: int = 60) -> str:
    """A value from the file, fit for a one-line message: control characters escaped, long cut."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _kind(value: Any) -> str:
    return _KIND_NAMES.get(type(value), type(value).__name__)


def _field(detail: ErrorDetails) -> str:
    names = [str(part) for part in detail["loc"] if isinstance(part, str)]
    return shown(names[-1]) if names else "value"


def describe(detail: ErrorDetails) -> str:
    """One calm sentence for one validation problem."""
    kind = detail["type"]
    value = detail.get("input")
    text = shown(value)
    name = _field(detail)
    context = detail.get("ctx") or {}
    if kind in ("missing", "missing_keyword_argument", "missing_argument"):
        return f"missing required key '{name}'"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unknown key '{name}' (check the spelling, or remove it)"
    if kind == "string_type":
        hint = (
            " (put it in quotes: YAML reads yes/no/on/off as true/false)"
            if isinstance(value, bool)
            else ""
        )
        return f"'{name}' must be text, not {_kind(value)}{hint}"
    if kind in ("bool_type", "bool_parsing"):
        return f"'{name}' must be true or false, not {text!r}"
    if kind == "string_too_short":
        return f"'{name}' must not be empty"
    if kind == "string_too_long":
        return f"'{name}' is too long (at most {context.get('max_length')} characters)"
    if kind == "string_pattern_mismatch" and name == "printer":
        return f"'{text}' is not a queue name CUPS accepts: {QUEUE_NAMES}"
    if kind == "string_pattern_mismatch":
        return f"'{text}' is not a valid id: use lower-case letters, digits and _ only"
    if kind == "literal_error":
        return f"'{text}' is not allowed for '{name}'; expected {context.get('expected')}"
    if kind == "union_tag_invalid":
        return (
            f"unknown screen kind '{shown(context.get('tag'))}'; "
            f"expected {context.get('expected_tags')}"
        )
    if kind == "union_tag_not_found":
        return "missing required key 'kind'"
    if kind in ("list_type", "tuple_type"):
        return f"'{name}' must be a list (lines starting with '- '), not {_kind(value)}"
    if kind in ("model_type", "model_attributes_type", "dict_type", "dataclass_type"):
        return f"'{name}' must be a group of 'key: value' lines, not {_kind(value)}"
    if kind == "too_short":
        return f"'{name}' must have at least {context.get('min_length')} item(s)"
    return f"'{name}': {shown(detail['msg'], 200)}"
