"""`walkthrough kiosk-files DIR`: the graphical kiosk session's unit, foot.ini and INSTALL,
written from the options, never over a file that is there. (They run, end to end, in
tests/behaviour/test_kiosk_graphical.py.)"""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.kiosk_session import systemd_words, unit_setting
from walkthrough.cli import main
from walkthrough.kiosk.session_files import FILES, FOOT_INI, INSTALL, UNIT
from walkthrough.themes import CLINIC, CLINIC_CONTRAST


def written(folder: Path, *options: str) -> dict[str, str]:
    assert main(["kiosk-files", str(folder), *options]) == 0
    return {name: (folder / name).read_text() for name in FILES}


def ini(text: str) -> configparser.ConfigParser:
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read_string(text)
    return parsed


def session_command(unit: str) -> str:
    """The shell command the unit runs (what systemd passes to /bin/sh -c), spaces squeezed."""
    words = systemd_words(unit_setting(unit, "ExecStart"))
    assert words[:2] == ["/bin/sh", "-c"] and len(words) == 3, words
    return " ".join(words[2].split())


def test_the_three_files_with_the_defaults(tmp_path: Path) -> None:
    files = written(tmp_path / "kiosk")
    unit, foot, install = files[UNIT], files[FOOT_INI], files[INSTALL]
    assert "User=kiosk\n" in unit and "PAMName=login\n" in unit and "TTYPath=/dev/tty1\n" in unit
    assert "Restart=always\n" in unit and "RestartPreventExitStatus=0\n" in unit
    command = session_command(unit)
    assert "/usr/bin/cage -- /usr/bin/foot --config=/etc/walkthrough/foot.ini /bin/sh -c" in command
    inside_foot = shlex.split(command)[shlex.split(command).index("-c") + 1]
    assert inside_foot.startswith("trap '' INT QUIT TSTP; /opt/walkthrough/bin/walkthrough ")
    assert "--kiosk --content /etc/walkthrough/content" in inside_foot
    assert "--log-file /var/log/walkthrough/kiosk.log" in inside_foot
    assert "LogsDirectory=walkthrough\n" in unit
    settings = ini(foot)
    assert settings["main"]["font"] == "DejaVu Sans Mono:size=24,Noto Sans Mono CJK SC:size=24"
    background = CLINIC.background.lstrip("#")  # type: ignore[union-attr]
    assert settings["colors"]["background"] == background
    assert settings["cursor"]["color"] == f"{background} {background}"  # not to be seen
    assert set(settings["key-bindings"].values()) == {"none"}
    assert "spawn-terminal" in settings["key-bindings"]
    assert "For larger type, raise both sizes: size=34" in foot  # how to make the type larger
    for command in [
        "apt-get install cage foot xwayland fonts-noto-cjk",
        "useradd --system --create-home --shell /usr/sbin/nologin kiosk",
        "install -m 644 foot.ini /etc/walkthrough/foot.ini",
        f"install -m 644 {UNIT} /etc/systemd/system/{UNIT}",
        f"systemctl enable --now {UNIT}",
    ]:
        assert command in install


def test_paths_user_size_and_colours_are_options(tmp_path: Path) -> None:
    files = written(
        tmp_path / "kiosk",
        *("--user", "waiting", "--venv", "/srv/wt", "--content", "/srv/clinic"),
        *("--log-file", "/srv/log/kiosk.log", "--config-dir", "/srv/etc"),
        *("--font-size", "30", "--theme", CLINIC_CONTRAST.name),
    )
    unit, foot, install = files[UNIT], files[FOOT_INI], files[INSTALL]
    assert "User=waiting\n" in unit and "LogsDirectory" not in unit
    assert (
        "/srv/wt/bin/walkthrough --kiosk --content /srv/clinic --log-file /srv/log/kiosk.log "
        f"--theme {CLINIC_CONTRAST.name}"
    ) in session_command(unit)
    assert "--config=/srv/etc/foot.ini" in session_command(unit)
    assert ini(foot)["main"]["font"].endswith(":size=30")
    assert ini(foot)["colors"]["background"] == "000000"
    assert "install -d -o waiting -m 750 /srv/log" in install
    assert "/srv/wt/bin/walkthrough init-content /srv/clinic" in install


def test_nothing_is_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "kiosk"
    folder.mkdir()
    (folder / FOOT_INI).write_text("the clinic's own\n")
    assert main(["kiosk-files", str(folder)]) == 1
    assert "foot.ini already exists; nothing was written" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == [FOOT_INI]
    assert (folder / FOOT_INI).read_text() == "the clinic's own\n"


def test_a_second_run_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = written(tmp_path / "kiosk")
    assert main(["kiosk-files", str(tmp_path / "kiosk"), "--user", "other"]) == 1
    assert f"{UNIT} already exists" in capsys.readouterr().err
    assert {name: (tmp_path / "kiosk" / name).read_text() for name in FILES} == first


@pytest.mark.parametrize(
    "option", [("--content", "/etc/my clinic"), ("--venv", "opt/wt"), ("--log-file", "/$HOME/x")]
)
def test_paths_that_would_break_the_command_line_are_refused(
    tmp_path: Path, option: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kiosk-files", str(tmp_path / "kiosk"), *option]) == 2
    assert option[0] in capsys.readouterr().err
    assert not (tmp_path / "kiosk").exists()


@pytest.mark.skipif(shutil.which("foot") is None, reason="no foot: apt-get install foot")
def test_foot_accepts_its_settings(tmp_path: Path) -> None:
    written(tmp_path / "kiosk")
    check = subprocess.run(
        ["foot", "--check-config", f"--config={tmp_path / 'kiosk' / FOOT_INI}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert "warn" not in check.stderr and "err" not in check.stderr


@pytest.mark.skipif(
    not (shutil.which("systemd-analyze") and shutil.which("cage")),
    reason="no systemd-analyze or cage",
)
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    written(tmp_path / "kiosk")
    check = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / "kiosk" / UNIT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0 and not check.stderr.strip(), check.stderr
