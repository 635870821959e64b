"""Turn pydantic's validation details into short messages a clinic editor can act on."""

from __future__ import annotations

from collections import defaultdict
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
_MESSAGES = {
    "missing": "missing required key '{name}'",
    "extra_forbidden": "unknown key '{name}' (check the spelling, or remove it)",
    "string_too_short": "'{name}' must not be empty",
    "string_too_long": "'{name}' is too long (at most {max_length} characters)",
    "string_pattern_mismatch": (
        "'{text}' is not a valid id: use lower-case letters, digits and _ only"
    ),
    "literal_error": "'{text}' is not allowed for '{name}'; expected {expected}",
    "union_tag_invalid": "unknown screen kind '{tag}'; expected {expected_tags}",
    "union_tag_not_found": "missing required key 'kind'",
    "list_type": "'{name}' must be a list (lines starting with '- '), not {kind}",
    "model_type": "'{name}' must be a group of 'key: value' lines, not {kind}",
    "too_short": "'{name}' must have at least {min_length} item(s)",
    "bool_type": "'{name}' must be true or false, not {text!r}",
    "queue_name": (
        "'{text}' is not a queue name CUPS accepts: "
        "up to 127 characters, with no spaces, tabs, quotes, /, \\, ? or #"
    ),
}
"""One calm sentence for each kind of problem pydantic reports (below: its other names)."""
for _same, _names in [
    ("missing", ("missing_keyword_argument", "missing_argument")),
    ("extra_forbidden", ("unexpected_keyword_argument",)),
    ("list_type", ("tuple_type",)),
    ("bool_type", ("bool_parsing",)),
    ("model_type", ("model_attributes_type", "dict_type", "dataclass_type")),
]:
    _MESSAGES.update(dict.fromkeys(_names, _MESSAGES[_same]))


def shown(value: Any, limit: int = 60) -> str:
    """A value from the file, fit for a one-line message: control characters escaped, long cut."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def describe(detail: ErrorDetails) -> str:
    """One calm sentence for one validation problem."""
    value = detail.get("input")
    names = [str(part) for part in detail["loc"] if isinstance(part, str)]
    name = shown(names[-1]) if names else "value"
    kind = _KIND_NAMES.get(type(value), type(value).__name__)
    if detail["type"] == "string_type":
        quote = " (put it in quotes: YAML reads yes/no/on/off as true/false)"
        return f"'{name}' must be text, not {kind}{quote if isinstance(value, bool) else ''}"
    printer = detail["type"] == "string_pattern_mismatch" and name == "printer"
    template = _MESSAGES.get("queue_name" if printer else detail["type"])
    if template is None:
        return f"'{name}': {shown(detail['msg'], 200)}"
    said = {**(detail.get("ctx") or {}), "name": name, "text": shown(value), "kind": kind}
    values = defaultdict(lambda: "None", said)  # what pydantic did not say is shown as None
    values["tag"] = shown(values["tag"])
    return template.format_map(values)
