"""The checked copy's payload: the content, then each of its texts read as Markdown on a line
of its own, made a Document only when a screen first shows it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from walkthrough.content.codec import NotThisShape, from_data, to_data
from walkthrough.content.model import Content
from walkthrough.markdown import Document, Paragraph

# Line 1 is the content, line 2 the list of its texts, and line 3 + n the nth text's document.
# JSON never writes a newline inside a value (it writes \n), and no byte of a UTF-8 character
# but a newline's own is 0x0A: each line is one JSON value, found without reading the others.
# A start reads the first two (450 documents are ~70% of the payload, and a screen shows 3-4).


def to_payload(content: Content, documents: Mapping[str, Document]) -> bytes:
    """The payload that `from_payload` reads back."""
    values = (to_data(content), list(documents), *map(to_data, documents.values()))
    return b"\n".join(map(_json, values))


def from_payload(payload: bytes) -> tuple[Content, dict[str, bytes]]:
    """The content, exactly as its model describes, and each text's document as it was kept;
    ValueError (NotThisShape), TypeError or RecursionError if the payload is not one."""
    content_line, texts_line, *document_lines = payload.split(b"\n")
    content = from_data(Content, json.loads(content_line))
    texts = from_data(list[str], json.loads(texts_line))
    kept = dict(zip(texts, document_lines, strict=True))
    if len(kept) != len(texts):
        raise NotThisShape("a text is kept twice")
    return content, kept


def document(line: bytes) -> Document | None:
    """A kept document, or None if the line is not one (its text is then read again)."""
    try:
        made: Document = from_data(tuple[Paragraph, ...], json.loads(line))
    except (ValueError, TypeError, RecursionError):
        return None
    return made


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
