"""The characters a Linux console font can draw, read from its PSF file's Unicode table.

Debian's console fonts (package console-setup-linux, /usr/share/consolefonts/*.psf.gz) are PC
Screen Fonts: PSF1 (Uni2-Fixed16) or PSF2 (Lat15-Fixed16). After the glyph bitmaps comes a
table saying which characters each glyph draws: for PSF1 little-endian 16-bit code points, for
PSF2 UTF-8 text; in both, a glyph's entry ends with a terminator and may go on with sequences
(a base character and combining marks) after a separator. Only single characters count here:
the walkthrough never relies on the console composing a sequence.

    python tests/console_font.py   # rewrites walkthrough/console_font.txt from Uni2-Fixed16
"""

from __future__ import annotations

import gzip
import struct
import sys
from pathlib import Path

FONTS = Path("/usr/share/consolefonts")
UNI2 = FONTS / "Uni2-Fixed16.psf.gz"
LAT15 = FONTS / "Lat15-Fixed16.psf.gz"
ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "console-setup-linux"

PSF1_MAGIC = b"\x36\x04"
PSF1_512 = 0x01  # 512 glyphs, not 256
PSF1_TABLE = 0x02 | 0x04  # has a Unicode table (0x04: with sequences)
PSF2_MAGIC = b"\x72\xb5\x4a\x86"
PSF2_TABLE = 0x01


class FontError(ValueError):
    """Not a PSF font with a Unicode table."""


def characters(path: Path) -> frozenset[str]:
    """Every single character the font at `path` (.psf or .psf.gz) has a glyph for."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if data[:2] == PSF1_MAGIC:
        return _psf1(data)
    if data[:4] == PSF2_MAGIC:
        return _psf2(data)
    raise FontError(f"{path}: not a PSF1 or PSF2 font")


def _psf1(data: bytes) -> frozenset[str]:
    mode, height = data[2], data[3]
    if not mode & PSF1_TABLE:
        raise FontError("PSF1 font without a Unicode table")
    glyphs = 512 if mode & PSF1_512 else 256
    table = data[4 + glyphs * height :]
    found: set[str] = set()
    in_sequence = False
    for (code,) in struct.iter_unpack("<H", table[: len(table) // 2 * 2]):
        if code == 0xFFFF:  # end of this glyph's entry
            in_sequence = False
        elif code == 0xFFFE:  # sequences follow, up to the end of the entry
            in_sequence = True
        elif not in_sequence:
            found.add(chr(code))
    return frozenset(found)


def _psf2(data: bytes) -> frozenset[str]:
    _, _, header_size, flags, glyphs, glyph_size, _, _ = struct.unpack("<4sIIIIIII", data[:32])
    if not flags & PSF2_TABLE:
        raise FontError("PSF2 font without a Unicode table")
    table = data[header_size + glyphs * glyph_size :]
    found: set[str] = set()
    for entry in table.split(b"\xff"):  # 0xFF ends a glyph's entry (never in UTF-8)
        singles = entry.split(b"\xfe")[0]  # 0xFE starts its sequences
        found.update(singles.decode("utf-8"))
    return frozenset(found)


def ranges(chars: frozenset[str]) -> list[tuple[int, int]]:
    """The characters as sorted, inclusive ranges of code points."""
    spans: list[tuple[int, int]] = []
    for code in sorted(ord(char) for char in chars):
        if spans and spans[-1][1] == code - 1:
            spans[-1] = (spans[-1][0], code)
        else:
            spans.append((code, code))
    return spans


def coverage_text(path: Path) -> str:
    """The data file walkthrough.console_font reads: one range of code points a line."""
    lines = [
        f"# The characters {path.name.split('.')[0]} (Debian's {PACKAGE}) has a glyph for,",
        "# as ranges of code points in hex. Written by: python tests/console_font.py",
    ]
    for low, high in ranges(characters(path)):
        lines.append(f"{low:04X}" if low == high else f"{low:04X}-{high:04X}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    target = ROOT / "walkthrough" / "console_font.txt"
    target.write_text(coverage_text(UNI2), encoding="ascii")
    print(f"wrote {target.relative_to(ROOT)}", file=sys.stderr)
