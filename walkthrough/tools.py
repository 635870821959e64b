"""The staff tools: `walkthrough check`, `init-content`, `hash-pin`, `kiosk-files`, `print-test`."""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
from pathlib import Path, PurePosixPath

from walkthrough.console_font import describe, languages_it_cannot_show
from walkthrough.content import Content, bundled_content_dir
from walkthrough.content.sample import sample_warning
from walkthrough.handoff import Line, print_slip
from walkthrough.kiosk.pin import PinHashError, configured_hash, hash_pin_command
from walkthrough.loading import failed, load
from walkthrough.session import Answer, Session

PATHS = {
    "venv": "the virtual environment the walkthrough is installed in",
    "content": "the clinic's content folder",
    "log_file": "the kiosk log",
    "config_dir": "where foot.ini is installed",
}
"""The kiosk-files options that are paths on the kiosk, with what each is."""
DESCRIPTIONS = {
    "check": "Check content files.",
    "init-content": "Copy the bundled content to edit.",
    "kiosk-files": "Write the files of the graphical kiosk session into FOLDER: a systemd unit "
    "running cage and the foot terminal on tty1, foot's settings, and INSTALL, the commands "
    "that put them in place. Nothing already there is overwritten.",
    "print-test": "Print a sample slip on the printer named in clinic.yaml (handoff).",
}


def run_tool(name: str, args: list[str]) -> int:
    if name == "hash-pin":
        return hash_pin_command(args)
    parser = argparse.ArgumentParser(prog=f"walkthrough {name}", description=DESCRIPTIONS[name])
    if name == "check":
        parser.add_argument("--content", type=Path)
        return check(parser.parse_args(args).content or bundled_content_dir())
    if name == "init-content":
        parser.add_argument("folder", type=Path)
        return init_content(parser.parse_args(args).folder)
    if name == "print-test":
        return print_test(parser, args)
    return kiosk_files(parser, args)


def check(folder: Path) -> int:
    content = load(folder)
    if content is None:
        return 1
    try:
        configured_hash(content.clinic.staff_pin_hash, os.environ)
    except PinHashError as error:
        print(f"walkthrough check: {error}", file=sys.stderr)
        return 1
    warning = sample_warning(content.clinic, str(folder / "clinic.yaml"))
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{folder}: content is valid ({', '.join(content.languages)})")
    cannot = languages_it_cannot_show(content)
    if cannot:
        print(f"Note: {describe(content, cannot)}.")
    return 0


def init_content(folder: Path) -> int:
    if folder.exists() or folder.is_symlink():
        return failed(1, f"{folder} already exists; choose a new folder name")
    try:
        shutil.copytree(bundled_content_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    except OSError as error:  # shutil.Error is an OSError too
        reason = error.strerror or "some files could not be copied"
        return failed(1, f"cannot make {folder}: {reason}")
    print(
        f"Copied the content to {folder}. Edit it, then run: walkthrough check --content {folder}"
    )
    return 0


def kiosk_files(parser: argparse.ArgumentParser, args: list[str]) -> int:
    from walkthrough.kiosk.session_files import FILES, INSTALL, Setup, write_files
    from walkthrough.settings import THEME_NAMES

    default = Setup()
    parser.add_argument("folder", type=Path, metavar="FOLDER")
    parser.add_argument("--user", default=default.user, help="the kiosk user (default kiosk)")
    for name, what in PATHS.items():
        value = getattr(default, name)
        option = "--" + name.replace("_", "-")
        parser.add_argument(option, type=PurePosixPath, default=value, help=f"{what} ({value})")
    parser.add_argument(
        "--font-size", type=int, default=default.font_size, help=f"({default.font_size})"
    )
    parser.add_argument("--theme", choices=THEME_NAMES, default=default.theme)
    options = parser.parse_args(args)
    setup = Setup(**{f.name: getattr(options, f.name) for f in dataclasses.fields(Setup)})
    problems = setup.problems()
    for problem in problems:
        print(f"walkthrough kiosk-files: {problem}", file=sys.stderr)
    if problems:
        return 2
    try:
        write_files(options.folder, setup)
    except FileExistsError as error:
        written = "nothing was written (choose a new folder)"
        return failed(1, f"{error.args[0]} already exists; {written}")
    except OSError as error:
        return failed(1, f"cannot write in {options.folder}: {error.strerror}")
    print(f"Wrote {', '.join(FILES)} in {options.folder}. To install them, follow {INSTALL}.")
    return 0


TEST_LINE = Line("TEST PRINT: sample answers, from no patient", "heading")


def sample_session(content: Content, language: str | None = None) -> Session:
    """A session at the summary with made-up answers: the first question Yes, the second Not
    sure, the rest No (so a caution, a doubt, and the rest as the kinds make them)."""
    session = Session(content, language or content.clinic.default_language)
    answers = [Answer.YES, Answer.UNSURE]
    for number, item in enumerate(session.language.checklist.questions):
        session.answer(item.id, answers[number] if number < len(answers) else Answer.NO)
    session.go_to(len(session.steps) - 1)
    return session


def print_test(parser: argparse.ArgumentParser, args: list[str]) -> int:
    parser.add_argument("--content", type=Path)
    parser.add_argument("--lang", help="the sample patient's language (default: the clinic's)")
    options = parser.parse_args(args)
    content = load(options.content)
    if content is None:
        return 1
    handoff = content.clinic.handoff
    if handoff is None:
        message = "no printer is set: add 'handoff: {printer: QUEUE}' to clinic.yaml"
        print(f"walkthrough print-test: {message} (lpstat -p lists the queues)", file=sys.stderr)
        return 1
    if options.lang not in (None, *content.languages):
        parser.error(f"no language '{options.lang}' in {options.content or 'the content'}")
    result = print_slip(sample_session(content, options.lang), extra=(TEST_LINE,))
    if result.printed:
        print(f"Printed a sample slip ({handoff.paper}): {result.detail}")
        return 0
    print(f"walkthrough print-test: not printed: {result.detail}", file=sys.stderr)
    return 1
