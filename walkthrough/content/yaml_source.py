"""Safe YAML reading that remembers where every value came from, for clear error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from walkthrough.content import MAX_FILE_BYTES, Problem
from walkthrough.content.messages import shown
from walkthrough.safe_text import describe, first_forbidden

MAX_DEPTH = 12
_YAML_TAGS = "tag:yaml.org,2002:"
_UNREADABLE = object()
"""A plain value YAML cannot turn into data: a date like 2024-13-45, a 5000-digit number, `<<`."""

Location = tuple[int, int]
Loc = tuple[Any, ...]


@dataclass
class Document:
    """A parsed YAML file: plain Python data plus the line and column of every key and item."""

    path: Path
    data: Any
    marks: dict[Loc, Location] = field(default_factory=dict)

    def where(self, loc: Loc) -> Location:
        """The 1-based line and column of the deepest part of `loc` found in the file."""
        best: Location = self.marks.get((), (1, 1))
        prefix: Loc = ()
        for part in loc:
            if (*prefix, part) in self.marks:
                prefix = (*prefix, part)
                best = self.marks[prefix]
        return best

    def problem(self, loc: Loc, message: str) -> Problem:
        return Problem(self.path, *self.where(loc), message)

    def at(self, mark: Any, message: str) -> Problem:
        return Problem(self.path, *_location(mark), message)


class _Reject(Exception):
    """Content refused while it is read: raised with (mark, message)."""


def read_document(path: Path) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file safely; return the document or every problem found in it."""
    document = Document(path, None)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = f"the limit is {MAX_FILE_BYTES // 1024} KiB"
            return None, [document.at(None, f"file is too large ({size} bytes; {limit})")]
        raw = path.read_bytes()
    except OSError as error:
        return None, [document.at(None, f"cannot read the file ({error.strerror})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _line_col(raw, error.start, b"\n")
        return None, [Problem(path, line, col, "the file is not UTF-8 text; save it as UTF-8")]
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [document.at(None, "the file is empty")]
    try:
        loader = _Composer(text, document)
        node = loader.get_single_node()
    except _Reject as reject:
        return None, [document.at(*reject.args)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return None, [document.at(mark, f"YAML syntax error: {_syntax_message(error)}")]
    except yaml.reader.ReaderError as error:
        char = chr(error.character) if isinstance(error.character, int) else None
        return None, [Problem(path, *_line_col(text, error.position, "\n"), _refused(char))]
    except yaml.YAMLError as error:
        return None, [document.at(None, "YAML error: " + " ".join(str(error).split()))]
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value == "" and not node.style):
        return None, [document.at(None, "the file is empty")]  # nothing, or just `---`
    document.data = loader.build(node, ())
    return (None if loader.problems else document), loader.problems


class _Composer(yaml.SafeLoader):
    """Composes nodes, refusing aliases, tags and deep nesting (no bombs); then builds the data."""

    def __init__(self, text: str, document: Document) -> None:
        super().__init__(text)
        self.depth = 0
        self.document = document
        self.problems: list[Problem] = []

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]  # unannotated in types-PyYAML
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Reject(event.start_mark, "anchors and aliases (& and *) are not allowed")
        tag = getattr(event, "tag", None)
        # An explicit tag (`!!python/object`, `!foo`, `!!int`...) is refused; only `!!str` on
        # a single value is allowed, since it just means "this is text".
        is_text = isinstance(event, yaml.ScalarEvent) and tag == _YAML_TAGS + "str"
        if tag not in (None, "!") and not is_text:
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

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        """The data of `node`, at `loc` in the document."""
        self.document.marks[loc] = _location(node.start_mark)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        if not isinstance(node, yaml.MappingNode):
            return self.value(node, self.scalar(node))
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problems.append(
                    self.document.at(key_node.start_mark, "keys must be plain words")
                )
            elif self.value(key_node, key) is None:
                continue
            elif key in result:
                message = f"duplicate key '{shown(key)}'"
                self.problems.append(self.document.at(key_node.start_mark, message))
            else:
                key_loc = (*loc, key)
                result[key] = self.build(value_node, key_loc)
                self.document.marks[key_loc] = _location(key_node.start_mark)
        return result

    def value(self, node: yaml.Node, value: Any) -> Any:
        """`value`, or None after noting why it cannot be kept."""
        if value is _UNREADABLE:
            message = "this value cannot be read; put it in quotes to keep it as text"
            self.problems.append(self.document.at(node.start_mark, message))
            return None
        # Checked after decoding: PyYAML's reader refuses a raw ESC, but not one written as "\e".
        if isinstance(value, str) and (char := first_forbidden(value)) is not None:
            self.problems.append(self.document.at(node.start_mark, _refused(char)))
            return None
        return value

    def scalar(self, node: yaml.Node) -> Any:
        try:
            return self.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError):
            return _UNREADABLE


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


def _refused(char: str | None) -> str:
    named = describe(char) if char is not None else "?"
    return f"the character {named} is not allowed; remove it"


def _line_col(text: Any, offset: int, newline: Any) -> Location:
    """The 1-based line and column of `offset` in `text` (bytes or str)."""
    return text.count(newline, 0, offset) + 1, offset - (text.rfind(newline, 0, offset) + 1) + 1


def _location(mark: Any) -> Location:  # PyYAML's Mark, or the C parser's own
    return (1, 1) if mark is None else (mark.line + 1, mark.column + 1)
