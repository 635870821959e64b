"""The graphical kiosk session for tests: the files `walkthrough kiosk-files` wrote, run as
systemd would run them, headless, with screenshots read back by OCR.

Needs Debian's cage, foot, xwayland, grim, fonts-noto-cjk, tesseract-ocr and
tesseract-ocr-chi-sim. cage refuses to run as root, so as root the session runs as a system
user made for these tests (useradd); the unit's own user exists only on a real kiosk.
Without systemd, what it would do is done here: the unit's ExecStart is split into words by
systemd's rules, and started as that user, in a login-like environment with its own
$XDG_RUNTIME_DIR, with wlroots' headless output (1280x720) in place of a screen.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PROGRAMS = ("cage", "foot", "Xwayland", "grim", "tesseract")
PACKAGES = "cage foot xwayland grim fonts-noto-cjk tesseract-ocr tesseract-ocr-chi-sim"
OCR_LANGUAGES = ("eng", "chi_sim")
TEST_USER = "walkthrough-e2e"
SYSTEMD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1"}


def missing_tools() -> list[str]:
    """What the session needs and this machine lacks."""
    missing = [program for program in PROGRAMS if shutil.which(program) is None]
    if shutil.which("tesseract"):
        listed = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
        ).stdout.split()
        missing += [f"tesseract {code}" for code in OCR_LANGUAGES if code not in listed]
    if not list(Path("/usr/share/fonts").glob("opentype/noto/NotoSansCJK-Regular.tt*")):
        missing.append("fonts-noto-cjk")
    return missing


def session_user() -> pwd.struct_passwd:
    """Who runs the session: this user, or (as root) a system user made for the tests."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
            check=True,
        )
        return pwd.getpwnam(TEST_USER)


def systemd_words(line: str) -> list[str]:
    """A unit's command line split into words as systemd splits it: double or single quotes
    group, a backslash escapes the next character, and $$ is a $ (the units here use no
    other variable or % specifier, and this says so if they do)."""
    words: list[str] = []
    word: list[str] | None = None
    quote = ""
    chars = iter(line)
    for char in chars:
        if char == "\\":
            word = (word or []) + [next(chars)]
        elif quote:
            if char == quote:
                quote = ""
            else:
                word = (word or []) + [char]
        elif char in "\"'":
            quote, word = char, word or []
        elif char.isspace():
            if word is not None:
                words.append("".join(word))
            word = None
        else:
            word = (word or []) + [char]
    assert not quote, f"unbalanced quotes in {line!r}"
    if word is not None:
        words.append("".join(word))
    joined = " ".join(words)
    assert "%" not in joined and not re.search(r"\$(?!\$)", joined.replace("$$", "")), joined
    return [word.replace("$$", "$") for word in words]


def unit_setting(unit: str, key: str) -> str:
    """A [Service] setting's value, with continued lines joined as systemd joins them."""
    text = re.sub(r"\\\n", " ", unit)
    found = re.search(rf"^{key}=(.*)$", text, re.MULTILINE)
    assert found, f"no {key}= in the unit"
    return found.group(1)


def install_walkthrough(venv: Path, user: pwd.struct_passwd) -> None:
    """The walkthrough in a virtual environment at `venv`, as `pip install .` would put it,
    runnable by `user` (a copy of this checkout and of the packages it needs, by Python's
    own record of their files, so no network is needed)."""
    base = Path(sys.executable)
    if not _can_run(user, base):  # root's own Python may be out of the kiosk user's reach
        version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
        base = Path(shutil.which(version, path=SYSTEMD_PATH) or version)
        assert _can_run(user, base), f"no {version} that {user.pw_name} can run"
    subprocess.run([str(base), "-m", "venv", "--without-pip", str(venv)], check=True)
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    python = str(venv / "bin" / "python")
    found = subprocess.run([python, "-c", where], capture_output=True, text=True, check=True)
    site = Path(found.stdout.strip())
    for distribution in _needed("walkthrough"):
        for file in distribution.files or []:
            if ".." in file.parts or "__pycache__" in file.parts:
                continue
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(str(distribution.locate_file(file))), target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "walkthrough", site / "walkthrough", ignore=ignore)
    shutil.copytree(ROOT / "content", site / "walkthrough" / "_content", ignore=ignore)
    program = venv / "bin" / "walkthrough"
    program.write_text(
        f"#!{python}\nimport sys\nfrom walkthrough.__main__ import main\nsys.exit(main())\n"
    )
    program.chmod(0o755)


def _can_run(user: pwd.struct_passwd, python: Path) -> bool:
    try:
        done = subprocess.run(
            [str(python), "-c", "pass"],
            user=user.pw_uid,
            group=user.pw_gid,
            extra_groups=[],
            capture_output=True,
            check=False,
            env={"PATH": SYSTEMD_PATH},
        )
    except OSError:
        return False
    return done.returncode == 0


def _needed(project: str) -> Iterator[metadata.Distribution]:
    """Every distribution `project` needs to run (not its tests), each once, with the
    extras asked for (textual wants markdown-it-py[linkify])."""
    todo: list[tuple[str, frozenset[str]]] = [(project, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    found = {project}
    while todo:
        name, extras = todo.pop()
        key = (name.lower().replace("_", "-"), extras)
        if key in seen:
            continue
        seen.add(key)
        distribution = metadata.distribution(name)
        if key[0] not in found:
            found.add(key[0])
            yield distribution
        for requirement in map(Requirement, distribution.requires or []):
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": e}) for e in {"", *extras}):
                todo.append((requirement.name, frozenset(requirement.extras)))


@dataclass
class Kiosk:
    """A running session: its processes, its private runtime folder, and what it logs."""

    process: subprocess.Popen[bytes]
    user: pwd.struct_passwd
    runtime: Path
    log_file: Path
    output: Path

    def wait_for_log(self, words: str, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not (self.log_file.exists() and words in self.log_file.read_text()):
            assert self.process.poll() is None, f"the session ended:\n{self.messages()}"
            assert time.monotonic() < end, f"{words!r} never logged:\n{self.messages()}"
            time.sleep(0.1)

    def screenshot(self, path: Path) -> Path:
        """A PNG of the whole screen, taken by grim through cage's screencopy."""
        shot = self.runtime / "screen.png"
        subprocess.run(
            ["grim", str(shot)],
            env=self.environment(WAYLAND_DISPLAY="wayland-0"),
            user=self.user.pw_uid,
            group=self.user.pw_gid,
            extra_groups=[],
            check=True,
            timeout=20,
            capture_output=True,
        )
        shutil.copyfile(shot, path)
        return path

    def environment(self, **more: str) -> dict[str, str]:
        return session_environment(self.user, self.runtime) | more

    def messages(self) -> str:
        log = self.log_file.read_text() if self.log_file.exists() else "(no kiosk log)"
        return f"kiosk log:\n{log}\ncage and foot:\n{self.output.read_text()[-3000:]}"

    def wait_for_end(self, timeout: float) -> int:
        """The session's exit status, once it has ended by itself."""
        return self.process.wait(timeout=timeout)

    def stop(self) -> int | None:
        """End the session (SIGTERM to its process group, as systemctl stop would); its exit
        status."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        return self.process.returncode


def session_environment(user: pwd.struct_passwd, runtime: Path) -> dict[str, str]:
    """What a systemd service with PAMName= gives its program, for a headless screen."""
    return {
        "PATH": SYSTEMD_PATH,
        "HOME": str(runtime / "home"),
        "USER": user.pw_name,
        "LOGNAME": user.pw_name,
        "SHELL": "/usr/sbin/nologin",
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        **HEADLESS,
    }


def private_folder(user: pwd.struct_passwd) -> Path:
    """A fresh folder the session's user owns and only it (and root) can enter, as
    $XDG_RUNTIME_DIR must be; it holds the session's home, log and screenshots too."""
    folder = Path(tempfile.mkdtemp(prefix="walkthrough-kiosk-run-"))
    (folder / "home").mkdir()
    for path in (folder, folder / "home"):
        os.chown(path, user.pw_uid, user.pw_gid)
    folder.chmod(0o700)
    return folder


@contextmanager
def running(unit_file: Path, user: pwd.struct_passwd, log_file: Path) -> Iterator[Kiosk]:
    """Start the unit's ExecStart as `user`, and stop it (and everything it started) after."""
    runtime = private_folder(user)
    output = runtime.parent / f"{runtime.name}.out"
    command = systemd_words(unit_setting(unit_file.read_text(), "ExecStart"))
    with open(output, "wb") as out:
        process = subprocess.Popen(
            command,
            env=session_environment(user, runtime),
            user=user.pw_uid,
            group=user.pw_gid,
            extra_groups=[],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd="/",
        )
    kiosk = Kiosk(process, user, runtime, log_file, output)
    try:
        yield kiosk
    finally:
        kiosk.stop()
        shutil.rmtree(runtime, ignore_errors=True)
        output.unlink(missing_ok=True)


def read_screen(png: Path, language: str) -> str:
    """The words tesseract reads in a screenshot. Its page segmentation for sparse text reads
    a terminal's screen best: bars, boxes and columns, not a page of paragraphs."""
    done = subprocess.run(
        ["tesseract", str(png), "-", "-l", language, "--psm", "11"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout
