"""Chinese, Japanese and Korean text: no spaces between words, so it wraps by its own rules."""

from __future__ import annotations

import re

# Ideographs, kana, hangul, CJK and full-width punctuation.
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
