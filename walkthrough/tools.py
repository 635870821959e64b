"""The staff tools: `walkthrough check`, `walkthrough init-content`, `walkthrough hash-pin`."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from walkthrough.cli import load
from walkthrough.content import bundled_content_dir


def run_tool(name: str, args: list[str]) -> int:
    if name == "check":
        parser = argparse.ArgumentParser(
            prog="walkthrough check", description="Check content files."
        )
        parser.add_argument("--content", type=Path)
        folder = parser.parse_args(args).content or bundled_content_dir()
        content = load(folder)
        if content is None:
            return 1
        from walkthrough.kiosk.pin import PinHashError, configured_hash

        try:
            configured_hash(content.clinic.staff_pin_hash, os.environ)
        except PinHashError as error:
            print(f"walkthrough check: {error}", file=sys.stderr)
            return 1
        print(f"{folder}: content is valid ({', '.join(content.languages)})")
        from walkthrough.console_font import describe, languages_it_cannot_show

        cannot = languages_it_cannot_show(content)
        if cannot:
            print(f"Note: {describe(content, cannot)}.")
        return 0
    if name == "init-content":
        parser = argparse.ArgumentParser(
            prog="walkthrough init-content", description="Copy the bundled content to edit."
        )
        parser.add_argument("folder", type=Path)
        return init_content(parser.parse_args(args).folder)
    from walkthrough.kiosk.pin import hash_pin_command

    return hash_pin_command(args)


def init_content(folder: Path) -> int:
    if folder.exists() or folder.is_symlink():
        print(f"walkthrough: {folder} already exists; choose a new folder name", file=sys.stderr)
        return 1
    try:
        shutil.copytree(bundled_content_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    except OSError as error:  # shutil.Error is an OSError too
        reason = error.strerror or "some files could not be copied"
        print(f"walkthrough: cannot make {folder}: {reason}", file=sys.stderr)
        return 1
    print(
        f"Copied the content to {folder}. Edit it, then run: walkthrough check --content {folder}"
    )
    return 0
