"""Safe YAML reading that remembers where every value came from, for clear error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from walkthrough.content.folder import MAX_FILE_BYTES
from walkthrough.content.messages import shown
from walkthrough.content.problems import Problem
from walkthrough.safe_text import describe, first_forbidden

MAX_DEPTH = 12
_YAML_TAGS = "tag:yaml.org,2002:"
_STR = _YAML_TAGS + "str"

Location = tuple[int, int]
Loc = tuple[Any, ...]


class Position(Protocol):
    """Where PyYAML found something (its Mark; the C parser has a Mark class of its own)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


@dataclass
class Document:
    """A parsed YAML file: plain Python data plus the line and column of every key and item."""

    path: Path
    data: Any
    marks: dict[Loc, Location] = field(default_factory=dict)

    def where(self, loc: Loc) -> Location:
        """The line and column of the deepest known part of `loc` (1-based)."""
        best: Location = self.marks.get((), (1, 1))
        prefix: Loc = ()
        for part in loc:
            candidate = (*prefix, part)
            if candidate in self.marks:
                prefix = candidate
                best = self.marks[candidate]
            # Parts not in the file (a union tag, say) are skipped, not fatal.
        return best

    def problem(self, loc: Loc, message: str) -> Problem:
        line, col = self.where(loc)
        return Problem(self.path, line, col, message)


class _Reject(Exception):
    def __init__(self, mark: Position | None, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


def read_document(path: Path) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file safely; return the document or every problem found in it."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return None, [Problem(path, 1, 1, f"cannot read the file ({error.strerror})")]
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1024
        return None, [
            Problem(path, 1, 1, f"file is too large ({size} bytes; the limit is {limit} KiB)")
        ]
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(path, 1, 1, f"cannot read the file ({error.strerror})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [Problem(path, line, col, "the file is not UTF-8 text; save it as UTF-8")]
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return None, [Problem(path, 1, 1, "the file is empty")]
    try:
        loader = _Composer(text)
        node = loader.get_single_node()
    except _Reject as reject:
        return None, [_at(path, reject.mark, reject.message)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return None, [_at(path, mark, f"YAML syntax error: {_syntax_message(error)}")]
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        col = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        char = chr(error.character) if isinstance(error.character, int) else None
        return None, [Problem(path, line, col, _refused(char))]
    except yaml.YAMLError as error:
        return None, [Problem(path, 1, 1, "YAML error: " + " ".join(str(error).split()))]
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value == "" and not node.style):
        return None, [Problem(path, 1, 1, "the file is empty")]  # nothing, or just `---`
    document = Document(path, None)
    problems: list[Problem] = []
    document.data = _build(node, (), document, problems, loader)
    return (None if problems else document), problems


class _Composer(yaml.SafeLoader):
    """Builds the node tree, refusing aliases, tags and deep nesting as it goes (no bombs)."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        # types-PyYAML leaves peek_event unannotated.
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Reject(event.start_mark, "anchors and aliases (& and *) are not allowed")
        tag = getattr(event, "tag", None)
        # An explicit tag (`!!python/object`, `!foo`, `!!int`...) is refused; only `!!str` on
        # a single value is allowed, since it just means "this is text".
        if tag not in (None, "!") and not (isinstance(event, yaml.ScalarEvent) and tag == _STR):
            written = "!!" + tag[len(_YAML_TAGS) :] if tag.startswith(_YAML_TAGS) else tag
            raise _Reject(event.start_mark, f"YAML tags like {written} are not allowed")
        if not isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            return super().compose_node(parent, index)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Reject(event.start_mark, f"nested too deeply (more than {MAX_DEPTH} levels)")
        node = super().compose_node(parent, index)
        self.depth -= 1
        return node


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    """PyYAML's problem, with where the unfinished part began when that is another line."""
    problem, context, start = error.problem, error.context, error.context_mark
    if not problem or not context:
        return str(problem or context)
    if not context.startswith("while "):
        return f"{context}, {problem}"  # "expected a single document in the stream, but found..."
    if start is None or error.problem_mark is None or start.line == error.problem_mark.line:
        return problem
    return f"{problem} ({context} that starts at line {start.line + 1})"


def _build(
    node: yaml.Node, loc: Loc, document: Document, problems: list[Problem], loader: _Composer
) -> Any:
    document.marks[loc] = _mark(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, loader) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                problems.append(_at(document.path, key_node.start_mark, "keys must be plain words"))
                continue
            if (char := first_forbidden(key)) is not None:
                problems.append(_at(document.path, key_node.start_mark, _refused(char)))
                continue
            if key in result:
                message = f"duplicate key '{shown(key)}'"
                problems.append(_at(document.path, key_node.start_mark, message))
                continue
            key_loc = (*loc, key)
            result[key] = _build(value_node, key_loc, document, problems, loader)
            document.marks[key_loc] = _mark(key_node.start_mark)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*loc, i), document, problems, loader) for i, item in enumerate(node.value)
        ]
    value = _scalar(node, loader)
    if value is _UNREADABLE:
        problems.append(
            _at(
                document.path,
                node.start_mark,
                "this value cannot be read; put it in quotes to keep it as text",
            )
        )
        return None
    # Checked after decoding: PyYAML's reader refuses a raw ESC, but not one written as "\e".
    if isinstance(value, str) and (char := first_forbidden(value)) is not None:
        problems.append(_at(document.path, node.start_mark, _refused(char)))
        return None
    return value


def _refused(char: str | None) -> str:
    named = describe(char) if char is not None else "?"
    return f"the character {named} is not allowed; remove it"


_UNREADABLE = object()
"""A plain value YAML cannot turn into data: a date like 2024-13-45, a 5000-digit number, `<<`."""


def _scalar(node: yaml.Node, loader: _Composer) -> Any:
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError):
        return _UNREADABLE


def _mark(mark: Position) -> Location:
    return (mark.line + 1, mark.column + 1)


def _at(path: Path, mark: Position | None, message: str) -> Problem:
    if mark is None:
        return Problem(path, 1, 1, message)
    line, col = _mark(mark)
    return Problem(path, line, col, message)
