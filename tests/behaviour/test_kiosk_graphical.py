"""The graphical kiosk session end to end: the files `walkthrough kiosk-files` writes, run as
their unit says (cage, foot and the walkthrough, as a user that is not root, on a headless
screen), photographed with grim and read back with tesseract.

cage 0.1.4 takes no virtual keyboard, so nothing is typed: each language is the content's
default language. The screenshots stay in the test's tmp_path folder, to be looked at.
"""

from __future__ import annotations

import pwd
import re
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import content_copy
from tests.kiosk_session import (
    PACKAGES,
    install_walkthrough,
    missing_tools,
    read_screen,
    running,
    session_user,
)
from walkthrough.cli import main
from walkthrough.content import load_content
from walkthrough.content.model import WelcomeStep
from walkthrough.kiosk.session_files import DEFAULT_FONT_SIZE, LARGER_FONT_SIZE, UNIT

MISSING = missing_tools()
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"no {', '.join(MISSING)}: apt-get install {PACKAGES}"
)
OCR = {"en": "eng", "zh": "chi_sim"}
READ_TIMEOUT = 20.0


@pytest.fixture(scope="module")
def kiosk_root() -> Iterator[tuple[Path, pwd.struct_passwd]]:
    """A folder the session's user can read, with the walkthrough installed in it."""
    user = session_user()
    root = Path(tempfile.mkdtemp(prefix="walkthrough-kiosk-"))
    root.chmod(0o755)
    install_walkthrough(root / "venv", user)
    yield root, user
    shutil.rmtree(root, ignore_errors=True)


def kiosk_files(root: Path, user: pwd.struct_passwd, name: str, *options: str) -> Path:
    """Write the session's files for one kiosk under root/name; the folder they are in (as if
    installed: foot.ini is where the unit looks for it)."""
    place = root / name
    log = place / "log"
    log.mkdir(parents=True)
    shutil.chown(log, user.pw_uid, user.pw_gid)
    files = place / "files"
    arguments = ["--venv", str(root / "venv"), "--log-file", str(log / "kiosk.log")]
    arguments += ["--config-dir", str(files), "--user", user.pw_name, *options]
    assert main(["kiosk-files", str(files), *arguments]) == 0
    return files


def squeezed(text: str) -> str:
    """Text without spaces, line breaks or case: OCR spaces Chinese characters apart."""
    return re.sub(r"\s+", "", text).lower()


def read_in(words: str, text: str) -> bool:
    """Whether `words` are in the OCR's `text`, one character misread or missed at most
    (一, a single stroke, is easily lost)."""
    words, text = squeezed(words), squeezed(text)
    return any(
        re.search(re.escape(words[:i]) + ".?" + re.escape(words[i + 1 :]), text)
        for i in range(len(words))
    )


def words_of_the_welcome(content: Path) -> list[str]:
    language = load_content(content).default
    welcome = language.steps[0]
    assert isinstance(welcome, WelcomeStep)
    return [welcome.title, welcome.language_prompt, language.ui.app_title]


@pytest.mark.parametrize("font_size", [DEFAULT_FONT_SIZE, LARGER_FONT_SIZE])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_welcome_screen_is_there_in_words(
    kiosk_root: tuple[Path, pwd.struct_passwd], tmp_path: Path, language: str, font_size: int
) -> None:
    root, user = kiosk_root
    name = f"{language}-{font_size}"
    content = content_copy(root / name, default=language)
    files = kiosk_files(root, user, name, "--content", str(content), "--font-size", str(font_size))
    expected = words_of_the_welcome(content)
    log = root / name / "log" / "kiosk.log"
    with running(files / UNIT, user, log) as kiosk:
        kiosk.wait_for_log("kiosk started")
        end = time.monotonic() + READ_TIMEOUT
        while True:  # the first frames may still be on their way
            shot = kiosk.screenshot(tmp_path / f"{name}.png")
            read = read_screen(shot, OCR[language])
            unread = [words for words in expected if not read_in(words, read)]
            if not unread or time.monotonic() > end:
                break
        assert kiosk.process.poll() is None, kiosk.messages()
        assert not unread, f"not read in {shot}: {unread}\nread: {read}\n{kiosk.messages()}"


FAKE_WALKTHROUGH = """#!/bin/sh
# Notes which signals it starts with ignored (in its --log-file), then exits with {code}.
for word in "$@"; do [ "$last" = --log-file ] && log=$word; last=$word; done
grep SigIgn /proc/self/status >"$log"
exit {code}
"""


@pytest.mark.parametrize(("walkthrough_exit", "service_exit"), [(0, 0), (1, 1), (143, 1)])
def test_only_a_staff_exit_keeps_the_service_stopped(
    kiosk_root: tuple[Path, pwd.struct_passwd], walkthrough_exit: int, service_exit: int
) -> None:
    """The service's exit code is 0 only when the walkthrough's is (staff left with the PIN):
    systemd restarts anything else (RestartPreventExitStatus=0). And the walkthrough starts,
    inside foot, with Ctrl+C, Ctrl+\\ and Ctrl+Z already ignored."""
    root, user = kiosk_root
    name = f"exit-{walkthrough_exit}"
    program = root / name / "venv" / "bin" / "walkthrough"
    program.parent.mkdir(parents=True)
    program.write_text(FAKE_WALKTHROUGH.format(code=walkthrough_exit))
    program.chmod(0o755)
    files = kiosk_files(root, user, name, "--venv", str(program.parents[1]))
    log = root / name / "log" / "kiosk.log"
    with running(files / UNIT, user, log) as kiosk:
        status = kiosk.wait_for_end(timeout=30)
        assert status == service_exit, kiosk.messages()
    mask = int(log.read_text().split()[1], 16)
    for ignored in (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP):
        assert mask >> (ignored - 1) & 1, f"{ignored.name} not ignored"
