"""`walkthrough serve`: the walkthrough in browser tabs (textual-serve), one process per tab."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from walkthrough.loading import failed, load
from walkthrough.serve.access import TokenError, token_for
from walkthrough.serve.options import build_parser, tab_command


def serve_command(args: list[str]) -> Callable[[], int] | int:
    """The server to run, or the exit code when it cannot start (said on stderr)."""
    options = build_parser().parse_args(args)
    content = load(options.content, saved_copy=True)
    if content is None:
        return 1
    if options.lang and options.lang not in content.languages:
        codes = ", ".join(content.languages)
        return failed(2, f"unknown language '{options.lang}'; choose one of: {codes}")
    if options.kiosk:
        from walkthrough.kiosk.pin import PinHashError, configured_hash

        try:
            configured_hash(content.clinic.staff_pin_hash, os.environ)
        except PinHashError as error:
            return failed(2, str(error))
    try:
        token = token_for(options.host, options.token_file)
    except TokenError as error:
        return failed(2, str(error))
    try:
        import textual_serve  # noqa: F401 - the optional extra, named if missing
    except ImportError:
        return failed(1, "serving needs textual-serve: pip install 'walkthrough[serve]'")
    from walkthrough.serve.server import TabServer

    generated = token is not None and options.token_file is None

    def announce() -> None:
        host = "THIS-MACHINE'S-ADDRESS" if options.host in ("0.0.0.0", "::") else options.host
        url = f"http://{host}:{options.port}/"
        print(f"walkthrough: serving {url} to at most {options.max_sessions} tabs at once")
        if generated:
            print(f"walkthrough: open {url}?token={token}")
            print("walkthrough: (a new token at each start; keep one with --token-file PATH)")
        elif token is not None:
            print(f"walkthrough: open {url}?token=(the token in {options.token_file})")
        sys.stdout.flush()

    server = TabServer(
        tab_command(options),
        host=options.host,
        port=options.port,
        title=content.clinic.name,
        lang=options.lang or content.clinic.default_language,
        token=token,
        max_sessions=options.max_sessions,
        announce=announce,
    )

    def run() -> int:
        server.serve()
        return 0

    return run
