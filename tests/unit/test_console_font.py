"""What the bare Linux console can show: decided from its font's characters, not from a list
of languages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.apps import shipped_content
from tests.conftest import content_copy
from tests.console_font import LAT15, PACKAGE, UNI2, characters, coverage_text
from tests.fixtures_content import write_minimal_content
from walkthrough import console_font
from walkthrough.cli import main
from walkthrough.content import Content, load_content
from walkthrough.widgets.glyphs import CONSOLE_MARKS, MARKS

needs_fonts = pytest.mark.skipif(
    not (UNI2.exists() and LAT15.exists()), reason=f"no console fonts: apt-get install {PACKAGE}"
)


@needs_fonts
def test_the_shipped_coverage_is_the_fonts_own() -> None:
    """walkthrough/console_font.txt is what tests/console_font.py writes from the font."""
    assert console_font.COVERAGE.read_text(encoding="ascii") == coverage_text(UNI2)
    font = characters(UNI2)
    for code in range(0x20, 0x3000):
        assert console_font.can_draw(chr(code)) == (chr(code) in font), hex(code)


def test_characters_it_can_and_cannot_draw() -> None:
    assert console_font.can_draw("ñ") and console_font.can_draw("¿") and console_font.can_draw("▶")
    assert not console_font.can_draw("►") and not console_font.can_draw("中")
    assert console_font.missing("Añadir ► y ▁\n中文, 中") == "▁►中文"  # code point order


@needs_fonts
def test_the_console_marks_are_in_both_standard_console_fonts() -> None:
    """Uni2-Fixed16 and Lat15-Fixed16 (Debian's default for Western European languages)."""
    marks = set("".join(vars(CONSOLE_MARKS).values()))
    assert marks <= characters(UNI2) & characters(LAT15)
    assert not set("".join(vars(MARKS).values())) <= characters(LAT15)  # why there are two


def test_the_shipped_chinese_is_the_one_language_the_console_cannot_show() -> None:
    cannot = console_font.languages_it_cannot_show(shipped_content())
    assert list(cannot) == ["zh"]
    assert len(cannot["zh"]) > 100 and "中" in cannot["zh"]


def spanish_welcome_with(tmp_path: Path, key: str, text: str) -> Content:
    """English and Spanish content whose Spanish welcome step has `key` set to `text`."""
    folder = write_minimal_content(tmp_path, languages=("en", "es"))
    steps = folder / "es" / "steps.yaml"
    data = yaml.safe_load(steps.read_text(encoding="utf-8"))
    data["steps"][0][key] = text
    steps.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_content(folder)


def test_one_character_the_font_lacks_keeps_a_language_off_the_console(tmp_path: Path) -> None:
    content = spanish_welcome_with(tmp_path, "title", "Bienvenidos ✓")
    assert console_font.languages_it_cannot_show(content) == {"es": "✓"}


def test_text_only_read_aloud_does_not_count(tmp_path: Path) -> None:
    content = spanish_welcome_with(tmp_path, "spoken", "Bienvenidos ✓")
    assert console_font.languages_it_cannot_show(content) == {}


def test_check_says_which_languages_a_console_cannot_show(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "content is valid" in out
    assert "a Linux console (TERM=linux, font Uni2-Fixed16) cannot show zh (中文" in out
    assert "es (" not in out and "kiosk will not start" not in out


def test_check_warns_when_the_default_language_cannot_be_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = content_copy(tmp_path, default="zh")
    assert main(["check", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "the kiosk will not start there, as zh is the default language" in out
