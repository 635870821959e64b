"""Content Markdown read once into paragraphs of styled text, for every front end (no Textual)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from walkthrough.records import frozen

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

BULLET = "•"


@cache
def _cjk() -> re.Pattern[str]:
    # Compiled on first need: `re` walks every code point of these ranges, 4-7 ms at start-up.
    # Chinese, Japanese and Korean: ideographs, kana, hangul, CJK and full-width punctuation.
    return re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    """Whether `text` has a Chinese, Japanese or Korean character (or full-width punctuation)."""
    # Most text has no code point as high as the pattern's first, and so needs no pattern.
    return bool(text) and max(text) >= "\u2e80" and _cjk().search(text) is not None


Span = tuple[str, str]  # a piece of text and its style: "", "bold", "italic" or "bold italic"


@frozen
class Paragraph:
    """A paragraph or list item: `first` starts its first line (a mark), `rest` its wrapped ones."""

    spans: tuple[Span, ...]
    first: str = ""
    rest: str = ""

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.spans)


Document = tuple[Paragraph, ...]

GAP = Paragraph(())  # the blank line between paragraphs and lists
K = TypeVar("K")

# Every text read so far, by its source: only content text is read, a few hundred pieces.
_read: dict[str, Document] = {}
# Documents an earlier run kept, by source, in the form they were kept in, and what makes one
# a Document (None if it cannot).
_kept: tuple[Mapping[str, Any], Callable[[Any], Document | None]] = ({}, lambda _: None)


def read(source: str) -> Document:
    """The paragraphs of a piece of content text, with a blank line between groups."""
    found = _read.get(source)
    if found is None:
        kept, make = _kept
        found = make(kept[source]) if source in kept else None
        if found is None:  # not kept, or kept damaged: read from the source, as it always may be
            found = _parsed(source)
        _read[source] = found
    return found


def _parsed(source: str) -> Document:
    from markdown_it.tree import SyntaxTreeNode

    tree = SyntaxTreeNode(_parser().parse(source))
    return _spaced(_groups(tree, ""))


@cache
def _parser() -> MarkdownIt:
    """One parser for every text: making one costs more than reading a text (~1 ms)."""
    from markdown_it import MarkdownIt  # imported only when a text is read for the first time

    return MarkdownIt("commonmark", {"html": False})


def read_all(sources: Iterable[str]) -> dict[str, Document]:
    """Every one of `sources`, read, to be kept with the checked copy of the content."""
    return {source: read(source) for source in sources}


def remember(kept: Mapping[str, K], make: Callable[[K], Document | None]) -> None:
    """Documents kept by an earlier run (in place of any kept before), each made by `make` only
    when first read: a start on unchanged content needs no parser and makes only what it shows.
    One that `make` cannot make (None) is read from its source instead."""
    global _kept
    _kept = (kept, make)


def _spaced(groups: list[list[Paragraph]]) -> Document:
    spaced: list[Paragraph] = []
    for group in groups:
        if spaced:
            spaced.append(GAP)
        spaced.extend(group)
    return tuple(spaced)


def _groups(node: SyntaxTreeNode, indent: str) -> list[list[Paragraph]]:
    """Each child of `node` as a group of paragraphs (a paragraph is one, a list many)."""
    groups: list[list[Paragraph]] = []
    for child in node.children:
        kind = child.type
        if kind == "paragraph":
            groups.append([Paragraph(_inline(child, ""), indent, indent)])
        elif kind == "heading":
            groups.append([Paragraph(_inline(child, "bold"), indent, indent)])
        elif kind in ("bullet_list", "ordered_list"):
            groups.append(_list(child, indent))
        elif kind == "blockquote":
            groups.append(list(_spaced(_groups(child, indent + "  "))))
        elif kind in ("fence", "code_block", "html_block"):
            text = child.content.rstrip("\n")
            groups.append([Paragraph(((line, ""),), indent, indent) for line in text.split("\n")])
        elif kind == "hr":
            groups.append([Paragraph((("—" * 3, ""),), indent, indent)])
    return groups


def _list(node: SyntaxTreeNode, indent: str) -> list[Paragraph]:
    start = int(str(node.attrs.get("start", 1)))
    count = len(node.children)
    if node.type == "ordered_list":
        marks = [f"{n}.".rjust(len(f"{start + count - 1}.")) for n in range(start, start + count)]
    else:
        marks = [BULLET] * count
    paragraphs: list[Paragraph] = []
    for mark, item in zip(marks, node.children, strict=True):
        inner = indent + " " * (len(mark) + 1)
        in_item = [paragraph for group in _groups(item, inner) for paragraph in group]
        if in_item and in_item[0].first == inner:  # the item's first line carries the mark
            first = in_item[0]
            in_item[0] = Paragraph(first.spans, f"{indent}{mark} ", first.rest)
        else:
            in_item.insert(0, Paragraph((), f"{indent}{mark} ", inner))
        paragraphs.extend(in_item)
    return paragraphs


def _inline(node: SyntaxTreeNode, style: str) -> tuple[Span, ...]:
    """The words of an inline node and of all inside it, each with its style."""
    kind = node.type
    if kind in ("strong", "em"):
        extra = "bold" if kind == "strong" else "italic"
        style = extra if not style else " ".join(sorted({*style.split(), extra}))
    if kind in ("paragraph", "heading", "inline", "image", "strong", "em", "link"):
        text = ""
    else:  # text, code, HTML, and anything a newer Markdown may add: its words, never its markup
        text = {"softbreak": " ", "hardbreak": "\n"}.get(kind, node.content)
    spans = [(text, style)] if text else []
    for child in node.children:
        spans += _inline(child, style)
    target = str(node.attrs.get("href", "")) if kind == "link" else ""
    if target and "".join(text for text, _ in spans) != target:  # links keep their words
        spans.append((f" ({target})", style))
    return tuple(spans)
