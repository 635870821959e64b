"""The tab's page: offline (every request to the server), titled from the clinic, in the
patient's language, its text in the accessibility tree, and an axe-core audit run offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.tabs import open_tab, serving, wait_for_text
from tests.conftest import content_copy

NAME = 'Riverside <b>"Acupuncture"</b> & Co'  # markup and quotes: shown as text, never as HTML


def axe_source() -> str:
    try:
        import axe_playwright_python
    except ImportError:
        pytest.skip("needs axe-playwright-python (the test extra), which ships axe-core")
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = content_copy(tmp_path_factory.mktemp("clinic"))
    clinic_file = root / "clinic.yaml"
    text = clinic_file.read_text(encoding="utf-8")
    quoted = "'" + NAME.replace("'", "''") + "'"
    clinic_file.write_text(text.replace("name: Riverside Acupuncture Clinic", f"name: {quoted}"))
    return root


def test_no_request_leaves_the_machine(page: Any) -> None:
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.on("websocket", lambda socket: asked.append(socket.url))
    with serving() as server:
        open_tab(page, server.url)
        page.keyboard.press("ArrowRight")
        wait_for_text(page, "Step 2 of 9")
        page.reload()
        wait_for_text(page, "Step 1 of 9")
        origin = f"127.0.0.1:{server.port}/"
        assert asked and all(url.split("://", 1)[1].startswith(origin) for url in asked), asked
        assert any("/static/fonts/" in url for url in asked)  # the page's font, from the server


def test_title_language_and_text_for_screen_readers(clinic: Path, page: Any) -> None:
    with serving("--content", str(clinic), "--lang", "es") as server:
        open_tab(page, server.url, first="Paso 1 de 9")
        assert page.title() == NAME
        assert page.evaluate("document.documentElement.lang") == "es"
        assert page.locator("head b, body b").count() == 0
        # A tap brings up no on-screen keyboard over half the screen: nothing is typed.
        assert page.get_attribute(".xterm-helper-textarea", "inputmode") == "none"
        tree = page.get_by_role("list").first  # xterm's rows, as a screen reader reads them
        assert "Bienvenido" in tree.inner_text() or "Bienvenida" in tree.inner_text()


def test_no_serious_or_critical_accessibility_violations(page: Any) -> None:
    with serving() as server:
        open_tab(page, server.url)
        page.add_script_tag(content=axe_source())  # from the package, not the internet
        results = page.evaluate("axe.run()")
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']}"
            for v in results["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == []
        assert results["passes"], "axe checked nothing"
