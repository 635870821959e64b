"""The kiosk session's files (`walkthrough kiosk-files`): its systemd unit, foot.ini and INSTALL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from walkthrough.settings import DEFAULT_THEME
from walkthrough.themes import THEMES

TEMPLATES = Path(__file__).parent / "session"
UNIT = "walkthrough-kiosk.service"
FOOT_INI = "foot.ini"
INSTALL = "INSTALL"
FILES = (UNIT, FOOT_INI, INSTALL)
FONT_SIZES = (12, 72)
DEFAULT_FONT_SIZE = 24
LARGER_FONT_SIZE = 34

SAFE_PATH = re.compile(r"^/[A-Za-z0-9._+@/-]*$")  # for a shell command in a systemd unit
USER_NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Setup:
    """Where things are on the kiosk, and how it looks."""

    user: str = "kiosk"
    venv: PurePosixPath = PurePosixPath("/opt/walkthrough")
    content: PurePosixPath = PurePosixPath("/etc/walkthrough/content")
    log_file: PurePosixPath = PurePosixPath("/var/log/walkthrough/kiosk.log")
    config_dir: PurePosixPath = PurePosixPath("/etc/walkthrough")
    font_size: int = DEFAULT_FONT_SIZE
    theme: str = DEFAULT_THEME

    def problems(self) -> list[str]:
        found = []
        if not USER_NAME.match(self.user):
            found.append(f"--user {self.user}: a user name is lower-case letters, digits, _ and -")
        for name in ("venv", "content", "log_file", "config_dir"):
            path = str(getattr(self, name))
            if not SAFE_PATH.match(path):
                flag = "--" + name.replace("_", "-")
                found.append(f"{flag} {path}: give a full path of letters, digits and . _ + @ / -")
        low, high = FONT_SIZES
        if not low <= self.font_size <= high:
            found.append(f"--font-size {self.font_size}: give a size from {low} to {high}")
        return found


def texts(setup: Setup) -> dict[str, str]:
    """The three files, each its template (session/NAME.in) filled in from `setup`."""
    theme = next(theme for theme in THEMES if theme.name == setup.theme)
    log_dir = setup.log_file.parent
    under_var_log = log_dir.parent == PurePosixPath("/var/log")  # systemd makes the folder
    theme_option = f" --theme {setup.theme}" if setup.theme != DEFAULT_THEME else ""
    values = {
        **vars(setup),
        "foot_ini": setup.config_dir / FOOT_INI,
        "unit": UNIT,
        "walkthrough": (
            f"{setup.venv}/bin/walkthrough --kiosk --content {setup.content} "
            f"--log-file {setup.log_file}{theme_option}"
        ),
        "logs_directory": (
            f"LogsDirectory={log_dir.name}"
            if under_var_log
            else f"# The log's folder, {log_dir}, is made by hand (see INSTALL)."
        ),
        "log_step": ""
        if under_var_log
        else (
            f"   The log's folder, writable by the kiosk user:\n"
            f"     install -d -o {setup.user} -m 750 {log_dir}\n"
        ),
        "foot_larger": LARGER_FONT_SIZE,
        "larger": max(LARGER_FONT_SIZE, setup.font_size + 6),
        "background": (theme.background or "#000000").lstrip("#"),
        "foreground": (theme.foreground or "#ffffff").lstrip("#"),
    }
    return {name: (TEMPLATES / f"{name}.in").read_text("utf-8").format(**values) for name in FILES}


def write_files(folder: Path, setup: Setup) -> None:
    """Write the three files into `folder`; FileExistsError, writing none, if one is there."""
    made = texts(setup)
    for name in made:
        if (folder / name).exists() or (folder / name).is_symlink():
            raise FileExistsError(folder / name)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in made.items():
        with open(folder / name, "x", encoding="utf-8") as file:  # "x": never over a file
            file.write(text)
