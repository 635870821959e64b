"""The first screen loads only what it needs; the rest is loaded when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from walkthrough.content.model import STEP_KINDS
from walkthrough.screens import StepScreen, screen_class

LATER = (
    "walkthrough.screens.info",
    "walkthrough.screens.faq",
    "walkthrough.screens.checklist",
    "walkthrough.screens.summary",
    "walkthrough.screens.dialogs",
    "walkthrough.kiosk.logbook",
    "walkthrough.kiosk.app",
    "walkthrough.widgets.answer_row",
    "walkthrough.widgets.touch",
    "walkthrough.widgets.console_scrollbar",
    "textual.scrollbar",  # a body that fits makes no scroll bar
)
ROOT = Path(__file__).resolve().parents[2]


def test_every_kind_of_step_has_its_own_screen() -> None:
    kinds = {*STEP_KINDS.values(), "info"}  # STEP_KINDS names the special steps' kinds
    screens = {kind: screen_class(kind) for kind in kinds}
    assert all(issubclass(screen, StepScreen) for screen in screens.values())
    assert len(set(screens.values())) == len(kinds) == 5
    with pytest.raises(ValueError, match="no screen for steps of kind 'quiz'"):
        screen_class("quiz")


def test_starting_the_app_loads_no_other_kind_of_screen() -> None:
    code = (
        "import sys\n"
        "import walkthrough.cli, walkthrough.app\n"
        "from walkthrough.screens import screen_class\n"
        "screen_class('welcome')\n"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("browser", "loaded"), [(False, []), (True, ["walkthrough.widgets.touch"])]
)
def test_the_welcome_screen_loads_question_rows_never_and_buttons_only_in_a_browser(
    browser: bool, loaded: list[str]
) -> None:
    """The welcome screen shown (and nothing built ahead yet): the checklist's rows and the
    folds are loaded by the screens that show them, the buttons to tap by a browser's app."""
    code = (
        "import asyncio, sys\n"
        "from tests.apps import make_app\n"
        "async def first_screen() -> None:\n"
        f"    app = make_app(speech='on', browser={browser})\n"
        "    async with app.run_test(size=(80, 24)):\n"
        "        assert type(app.screen).__name__ == 'WelcomeScreen', app.screen\n"
        "        rows, buttons = 'walkthrough.widgets.answer_row', 'walkthrough.widgets.touch'\n"
        "        print(sorted(m for m in (rows, buttons) if m in sys.modules))\n"
        "asyncio.run(first_screen())\n"
    )
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == str(loaded)


def test_the_command_line_loads_no_textual_app_before_it_needs_one() -> None:
    """Plain mode and the staff tools never start Textual's app machinery."""
    code = "import sys\nimport walkthrough.cli\nprint('textual.app' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def loaded_in_two_starts(code: str, folder: Path, term: str) -> list[str]:
    """The last line `code` prints to stderr when run twice on one cache: the first run checks
    the content and keeps a copy, the second starts on that copy."""
    cache = folder / "cache"
    cache.mkdir(mode=0o700)
    env = {**os.environ, "WALKTHROUGH_CACHE_DIR": str(cache), "TERM": term}
    command = [sys.executable, "-c", code]
    runs = [
        subprocess.run(command, input="q\n", capture_output=True, text=True, env=env)
        for _ in range(2)
    ]
    return [run.stderr.strip().splitlines()[-1] for run in runs]


def test_plain_mode_on_a_checked_copy_loads_no_textual_yaml_pydantic_or_asyncio(
    tmp_path: Path,
) -> None:
    """Screen-reader users get the quick start: no Textual, no YAML reading or checking, and no
    event loop (plain mode never speaks)."""
    code = (
        "import sys\n"
        "from walkthrough.__main__ import main\n"
        "sys.argv = ['walkthrough', '--plain']\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    heavy = {'textual', 'yaml', 'pydantic', 'asyncio'}\n"
        "    print(sorted({name.split('.')[0] for name in sys.modules} & heavy), file=sys.stderr)\n"
    )
    checked, from_copy = loaded_in_two_starts(code, tmp_path, "dumb")
    assert checked == "['asyncio', 'pydantic', 'yaml']"  # pydantic's core loads asyncio
    assert from_copy == "[]"


def test_the_full_screen_on_a_checked_copy_loads_no_yaml_pydantic_or_markdown_parser(
    tmp_path: Path,
) -> None:
    """Everything before App.run: the content from the copy and the app built, with nothing
    loaded to check, read or write content."""
    code = (
        "import sys\n"
        "import walkthrough.cli as cli\n"
        "cli.wants_plain = lambda: False  # as on a terminal\n"
        "front_end = cli.start([])\n"
        "assert callable(front_end), front_end\n"
        "heavy = {'yaml', 'pydantic', 'markdown_it', 'secrets'}\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & heavy), file=sys.stderr)\n"
    )
    checked, from_copy = loaded_in_two_starts(code, tmp_path, "xterm-256color")
    assert checked == "['markdown_it', 'pydantic', 'secrets', 'yaml']"
    assert from_copy == "[]"
