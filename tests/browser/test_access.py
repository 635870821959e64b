"""Who gets a tab: the token (page and websocket), the cap on tabs, and other sites' pages."""

from __future__ import annotations

import base64
import http.client
import os
from pathlib import Path
from typing import Any

from tests.browser.tabs import Server, open_tab, screen_text, serving, wait_for_text, wait_until

TOKEN = "clinic-tablet-token-0123456789"


def get(server: Server, path: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    status, body = response.status, response.read().decode("utf-8", "replace")
    connection.close()
    return status, body


def websocket_handshake(server: Server, headers: dict[str, str] | None = None) -> int:
    """The status a websocket upgrade of /ws gets (101: a tab's process starts)."""
    key = base64.b64encode(os.urandom(16)).decode()
    upgrade = {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": key,
    }
    status, _ = get(server, "/ws?width=80&height=24", {**upgrade, **(headers or {})})
    return status


def test_without_the_token_a_plain_refusal_and_no_process(tmp_path: Path, page: Any) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    with serving("--token-file", str(token_file)) as server:
        status, body = get(server, "/")
        assert status == 403 and "This device is not set up for the walkthrough" in body
        assert get(server, "/?token=wrong-token-0123456789")[0] == 403
        assert websocket_handshake(server) == 403
        assert websocket_handshake(server, {"Cookie": "walkthrough_token=wrong"}) == 403
        page.goto(server.url)
        assert "Please ask at the front desk." in page.inner_text("body")
        page.wait_for_timeout(500)
        assert server.tabs() == []  # no process started for any of them

        open_tab(page, f"{server.url}?token={TOKEN}")  # once with the token, then its cookie
        assert "token" not in page.url
        assert wait_until(lambda: len(server.tabs()) == 1, 5)
        cookie = {c["name"]: c for c in page.context.cookies()}["walkthrough_token"]
        assert (cookie["httpOnly"], cookie["sameSite"]) == (True, "Strict")
        page.reload()
        wait_for_text(page, "Step 1 of 9")  # the cookie alone opens it again


def test_a_websocket_from_another_sites_page_is_refused() -> None:
    with serving() as server:
        assert websocket_handshake(server, {"Origin": "http://elsewhere.example"}) == 403
        assert server.tabs() == []


def test_off_loopback_a_token_is_made_and_printed_once() -> None:
    with serving("--host", "0.0.0.0") as server:
        line = server.process.stdout.readline() if server.process.stdout else ""
        assert "?token=" in line
        token = line.rsplit("?token=", 1)[1].strip()
        assert len(token) >= 16
        assert get(server, "/")[0] == 403
        status, _ = get(server, f"/?token={token}")
        assert status == 302  # to the page, with the cookie


def test_past_the_cap_a_calm_page_that_tries_again(browser: Any) -> None:
    with serving("--max-sessions", "1") as server:
        first, second = browser.new_context(), browser.new_context()
        open_tab(first.new_page(), server.url)
        waiting = second.new_page()
        response = waiting.goto(server.url)
        assert response is not None and response.status == 503
        assert "Please wait" in waiting.inner_text("body")
        assert websocket_handshake(server) == 503
        assert len(server.tabs()) == 1  # no second process
        first.close()  # the first patient's tab closes: the waiting page opens by itself
        assert wait_until(lambda: "Step 1 of 9" in text_or_nothing(waiting), 20)
        assert len(server.tabs()) == 1
        second.close()


def text_or_nothing(page: Any) -> str:
    try:
        return screen_text(page)
    except Exception:  # noqa: BLE001 - between two pages while it reloads itself
        return ""
