"""The slip as a PDF with a real text layer: a receipt as long as its text, or A4 or Letter."""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from walkthrough.handoff.slip import Line
from walkthrough.markdown import has_cjk

# Reportlab's built-in Simplified Chinese font (Latin too): named in the PDF, never embedded,
# so the printing system draws it with a Chinese font of its own (Debian: fonts-noto-cjk).
CJK_FONT = "STSong-Light"
# style: size (times the body's), bold, centred, space above and indent (in body sizes); a
# negative indent is a hanging one: the lines a long item wraps onto sit under its words.
LOOKS = {
    "title": (1.35, True, True, 0.0, 0.0),
    "subtitle": (1.12, True, True, 0.0, 0.0),
    "heading": (1.12, True, False, 0.4, 0.0),
    "flag": (1.0, True, False, 0.4, -1.2),
    "tell": (1.0, False, False, 0.0, 1.2),
    "marked": (1.0, True, False, 0.0, -1.2),
    "answer": (1.0, False, False, 0.0, -1.2),
}


def _latin(char: str) -> bool:
    """Whether the PDF's standard fonts (Helvetica, in the Windows Latin encoding) draw it."""
    return bool(char.encode("cp1252", "ignore"))


def _markup(text: str) -> str:
    """The text as Paragraph markup (content is never read as markup): each run Helvetica
    cannot draw set in the Chinese font, so Latin text keeps Latin letter shapes and widths."""
    return "".join(
        escape(run) if latin else f'<font name="{CJK_FONT}">{escape(run)}</font>'
        for latin, run in ((key, "".join(chars)) for key, chars in groupby(text, _latin))
    )


def _flowable(line: Line, size: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph

    if line.style == "rule":
        return HRFlowable(width="100%", thickness=1, spaceBefore=size / 2, spaceAfter=size / 2)
    scale, bold, centred, above, indent = LOOKS.get(line.style, (1.0, False, False, 0.0, 0.0))
    style = ParagraphStyle(
        line.style,
        fontName="Helvetica-Bold" if bold else "Helvetica",
        fontSize=size * scale,
        leading=size * scale * 1.3,
        alignment=1 if centred else 0,
        leftIndent=size * abs(indent),
        firstLineIndent=size * min(indent, 0),
        spaceBefore=size * above,
        wordWrap="CJK" if has_cjk(line.text) else None,  # Chinese breaks between any two
    )
    return Paragraph(_markup(line.text), style)


def render(lines: Sequence[Line], paper: str) -> bytes:
    """The slip set on `paper` (receipt-80mm, a4 or letter); reportlab loads only here."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    receipt = paper == "receipt-80mm"
    size, margin = (10.0, 4 * mm) if receipt else (11.0, 20 * mm)
    width, height = (80 * mm, 0.0) if receipt else {"a4": A4, "letter": LETTER}[paper]
    flowables = [_flowable(line, size) for line in lines]
    if receipt:  # as long as the text: each line's height, the margins, the frame's padding
        room = width - 2 * margin - 12
        text = sum(f.wrap(room, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)
        height = text + 2 * margin + 24
    out = io.BytesIO()
    margins = dict.fromkeys(("leftMargin", "rightMargin", "topMargin", "bottomMargin"), margin)
    document = SimpleDocTemplate(out, pagesize=(width, height), title="Slip", **margins)
    document.build(flowables)
    return out.getvalue()
