"""Chinese, Japanese and Korean characters: text with them has no spaces between words, so it
is wrapped, punctuated and joined by its own rules (widgets.linebreak, speech.spoken)."""

from __future__ import annotations

import re

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
"""One CJK character: ideographs, kana, hangul, CJK and full-width punctuation."""
