"""`walkthrough serve` without a browser: its options, the token rules, the cap, the tab's
command and page, and how a tab's process knows it is one."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from walkthrough.browser_tab import OPTION, TAB_VARIABLES, WEB_DRIVER, is_browser_tab
from walkthrough.cli import main, start
from walkthrough.kiosk import process
from walkthrough.serve import pages
from walkthrough.serve.access import (
    Sessions,
    TokenError,
    is_loopback,
    read_token,
    shows_token,
    token_for,
)
from walkthrough.serve.options import build_parser, tab_command

TOKEN = "a-clinic-token-0123456789"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1.2.3", "::1", "localhost"])
def test_loopback_needs_no_token(host: str) -> None:
    assert is_loopback(host) and token_for(host, None) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "clinic-server.local"])
def test_any_other_host_gets_a_new_token_each_start(host: str) -> None:
    first, second = token_for(host, None), token_for(host, None)
    assert not is_loopback(host)
    assert first and second and first != second and len(first) >= 32


def test_a_token_file_gives_its_first_line_on_any_host(tmp_path: Path) -> None:
    path = tmp_path / "token"
    path.write_text(f"  {TOKEN}  \nsecond line\n")
    assert token_for("127.0.0.1", path) == token_for("0.0.0.0", path) == TOKEN


@pytest.mark.parametrize(
    "text", ["", "short-token", "a token with spaces in it", "tökén-with-letters-0123456"]
)
def test_a_token_too_short_or_not_safe_in_a_url_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "token"
    path.write_text(text)
    with pytest.raises(TokenError, match="16 or more"):
        read_token(path)


def test_a_missing_token_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TokenError, match="cannot read the token file"):
        read_token(tmp_path / "nowhere")


def test_a_request_shows_the_token_in_its_query_or_its_cookie() -> None:
    assert shows_token(None, None, None)  # no token needed
    assert shows_token(TOKEN, TOKEN, None) and shows_token(TOKEN, None, TOKEN)
    assert not shows_token(TOKEN, None, None)
    assert not shows_token(TOKEN, "", TOKEN[:-1])
    assert not shows_token(TOKEN, TOKEN + "x", None)


def test_the_cap_counts_tabs_until_their_process_ends() -> None:
    sessions = Sessions(2)
    with sessions.one():
        assert not sessions.full
        with pytest.raises(RuntimeError), sessions.one():
            assert sessions.full
            raise RuntimeError("the tab's process failed")
        assert sessions.live == 1 and not sessions.full
    assert sessions.live == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["--max-sessions", "0"], "give a number of tabs from 1 to 64"),
        (["--max-sessions", "65"], "give a number of tabs from 1 to 64"),
        (["--port", "70000"], "give a number of port from 1 to 65535"),
        (["--idle-warning", "2"], "give a number of seconds from 5"),
        (["--speech", "on"], "unrecognized arguments: --speech"),  # it would speak on the server
        (["--plain"], "unrecognized arguments: --plain"),
        (["--max"], "unrecognized arguments: --max"),  # no shortened option names
    ],
)
def test_serve_refuses_options_with_no_sensible_meaning(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["serve", *args])
    assert exit.value.code == 2
    assert message in capsys.readouterr().err


def test_serve_refuses_an_unknown_language_and_a_bad_token_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--lang", "fr"]) == 2
    assert "unknown language 'fr'; choose one of: en, es, zh" in capsys.readouterr().err
    (tmp_path / "token").write_text("abc\n")
    assert main(["serve", "--host", "0.0.0.0", "--token-file", str(tmp_path / "token")]) == 2
    assert "must be 16 or more" in capsys.readouterr().err


def test_a_kiosk_server_refuses_a_bad_pin_hash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WALKTHROUGH_STAFF_PIN_HASH", "not-a-hash")
    assert main(["serve", "--kiosk"]) == 2
    assert "walkthrough:" in capsys.readouterr().err


def test_each_tab_runs_this_walkthrough_with_the_run_options(tmp_path: Path) -> None:
    options = build_parser().parse_args(
        ["--kiosk", "--idle-timeout", "60", "--lang", "es", "--content", "clinic"]
        + ["--theme", "clinic-contrast", "--log-file", str(tmp_path / "k.log"), "--port", "9"]
    )
    command = tab_command(options)
    assert command.startswith("exec ")  # the shell becomes the walkthrough: ending it ends it
    args = shlex.split(command[len("exec ") :])
    assert args[:4] == [sys.executable, "-m", "walkthrough", OPTION]
    assert args[args.index("--content") + 1] == str(Path("clinic").resolve())
    assert args[args.index("--idle-timeout") + 1] == "60"
    assert args[args.index("--idle-warning") + 1] == "30"
    assert {"--kiosk", "--lang", "es", "--theme", "clinic-contrast"} <= set(args)
    assert "--port" not in args and "--speech" not in args
    assert "--kiosk" not in shlex.split(tab_command(build_parser().parse_args([])))


def test_a_tab_is_known_by_its_option_and_the_web_driver_together() -> None:
    driver = {"TEXTUAL_DRIVER": WEB_DRIVER}
    assert is_browser_tab(["--kiosk", OPTION], driver)
    assert not is_browser_tab([OPTION], {})
    assert not is_browser_tab([OPTION], {"TEXTUAL_DRIVER": "my.module:Driver"})
    assert not is_browser_tab(["--kiosk"], driver)


def test_the_tab_option_alone_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert start([OPTION]) == 2
    assert f"{OPTION} is only for the tabs walkthrough serve starts" in capsys.readouterr().err


def test_a_kiosk_tab_keeps_the_web_drivers_variables_and_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(process, "hold_ending_signals", lambda: None)
    monkeypatch.setattr(process.signal, "signal", lambda *_: None)
    monkeypatch.setattr(process, "removed_variables", [])
    environ = {name: "1" for name in TAB_VARIABLES} | {"TEXTUAL_DEVTOOLS_PORT": "1", "HOME": "/"}
    process.lock_down(environ, browser_tab=True)
    assert sorted(environ) == sorted([*TAB_VARIABLES, "HOME"])
    process.lock_down(environ)
    assert environ == {"HOME": "/"}


def test_the_page_shows_content_as_text_never_as_html() -> None:
    page = pages.tab_page('</title><script>alert("x")</script>', 'en" onload="x', 16)
    assert "<script>alert" not in page and "&lt;/title&gt;&lt;script&gt;" in page
    assert 'lang="en&#34; onload=&#34;x"' in page
    assert "fonts.googleapis" not in page and "https://" not in page  # offline
    notice = pages.please_wait("A & B")
    assert "<title>A &amp; B</title>" in notice and 'http-equiv="refresh"' in notice


def test_the_page_script_gets_the_screen_reader_mode_or_the_server_refuses() -> None:
    with pytest.raises(pages.ScriptError, match="textual.js"):
        pages.patched_script("a script of another version")
    pytest.importorskip("textual_serve", reason="needs textual-serve (the serve extra)")
    import textual_serve

    script = Path(textual_serve.__file__).parent / "static" / "js" / "textual.js"
    assert pages.patched_script(script.read_text()).count("screenReaderMode:!0") == 1


STARTING_A_SERVER = """
import sys
from walkthrough.cli import start
assert callable(start(["serve", "--port", "8000"]))
print(sorted(m for m in sys.modules if m == "textual" or m.startswith("textual.")))
"""


def test_serving_imports_no_textual() -> None:
    pytest.importorskip("textual_serve", reason="needs textual-serve (the serve extra)")
    loaded = subprocess.check_output([sys.executable, "-c", STARTING_A_SERVER], text=True)
    assert loaded.strip() == "[]"


def test_the_server_itself_is_not_locked_down_by_its_tabs_kiosk_option(tmp_path: Path) -> None:
    """`serve --kiosk` is for the tabs: Ctrl+\\ and the rest still reach the server."""
    pytest.importorskip("textual_serve", reason="needs textual-serve (the serve extra)")
    import signal

    from tests.browser.tabs import serving

    with serving("--kiosk", "--log-file", str(tmp_path / "kiosk.log")) as server:
        status = Path(f"/proc/{server.process.pid}/status").read_text()
        ignored = int(status.split("SigIgn:")[1].split()[0], 16)
        assert not ignored & (1 << (signal.SIGQUIT - 1))
        assert not ignored & (1 << (signal.SIGTSTP - 1))
