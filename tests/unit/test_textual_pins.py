"""What the walkthrough relies on in Textual (8.2.8) beyond its plain public API, and why it pays
(tests/benchmarks/RESULTS.md, 'Why the code is as it is'). A failure here names what to revisit."""

from __future__ import annotations

import importlib
import inspect
import os
import threading
import time
from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message
from textual.screen import Screen

from tests.apps import make_app
from walkthrough.themes import CONTRAST_THEME, THEMES

WHY = "see tests/benchmarks/RESULTS.md, 'Why the code is as it is'"


# walkthrough.themes.use_themes ---------------------------------------------------------------


@pytest.fixture
def reparsed(monkeypatch: pytest.MonkeyPatch) -> list[Stylesheet]:
    """Every stylesheet Textual reads again whole (every source parsed anew), from now on."""
    seen: list[Stylesheet] = []
    reparse = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse", lambda self: seen.append(self) or reparse(self))
    return seen


async def test_setting_the_theme_before_start_makes_textual_read_every_style_again(
    reparsed: list[Stylesheet],
) -> None:
    app = make_app()
    app.theme = CONTRAST_THEME  # Textual's own way, after the app's first theme
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert reparsed, f"Textual's theme watcher no longer reparses: use_themes can go ({WHY})"


async def test_use_themes_starts_the_app_as_textuals_own_theme_setting_does() -> None:
    async def first_screen(public: bool) -> tuple[str, frozenset[str], dict[str, str]]:
        app = make_app(theme=THEMES[0].name if public else CONTRAST_THEME)  # use_themes
        if public:
            app.theme = CONTRAST_THEME
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            return app.export_screenshot(), frozenset(app.classes), app.get_css_variables()

    assert await first_screen(False) == await first_screen(True), (
        f"Textual's theme watcher now does more than use_themes copies: revisit it ({WHY})"
    )


# walkthrough.screens.base.StepScreen.on_screen_resume and on_resize ----------------------------


class Probe(Screen[None]):
    """Records what Textual does to it; `keep_styles` and `skip_echo` act as StepScreen does."""

    def __init__(self, keep_styles: bool = False, skip_echo: bool = False) -> None:
        super().__init__()
        self.keep_styles, self.skip_echo = keep_styles, skip_echo
        self.restyled = self.layouts = self.echoes = 0

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if self.keep_styles:
            event.refresh_styles = False

    def on_resize(self, event: events.Resize) -> None:
        if event.size == self.outer_size:
            self.echoes += 1
            if self.skip_echo:
                event.prevent_default()

    def update_node_styles(self, animate: bool = True) -> None:
        self.restyled += 1
        super().update_node_styles(animate)

    def _refresh_layout(self, *args: Any, **kwargs: Any) -> None:
        self.layouts += 1
        super()._refresh_layout(*args, **kwargs)


@pytest.mark.parametrize("keep_styles", [False, True])
async def test_a_screen_shown_again_is_restyled_unless_its_resume_handler_says_not(
    keep_styles: bool,
) -> None:
    probe = Probe(keep_styles=keep_styles)
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        app.install_screen(probe, "probe")
        app.install_screen(Screen(), "other")
        await app.push_screen("probe")
        await app.switch_screen("other")
        await pilot.pause()
        probe.restyled = 0
        await app.switch_screen("probe")
        await pilot.pause()
    assert (probe.restyled == 0) == keep_styles, (
        "Textual's handling of ScreenResume.refresh_styles (set by a subclass's handler, which "
        f"runs first) changed: revisit StepScreen.on_screen_resume ({WHY})"
    )


async def test_a_new_screen_is_told_its_own_size_and_can_skip_a_second_layout() -> None:
    counts = []
    for skip_echo in (False, True):
        probe = Probe(skip_echo=skip_echo)
        app: App[None] = App()
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(probe)
            await pilot.pause()
        counts.append((probe.echoes, probe.layouts))
    (echoes, layouts), (_, skipped_layouts) = counts
    assert echoes >= 1 and skipped_layouts == layouts - 1, (
        "Textual no longer lays a new screen out again on a Resize of its own size: "
        f"StepScreen.on_resize can go ({WHY})"
    )


# walkthrough.terminal_input ------------------------------------------------------------------

QUIET = 0.8  # between chunks: longer than walkthrough.terminal_input.PASTE_QUIET (0.5 s)


def test_textuals_parser_is_still_where_and_what_terminal_input_expects() -> None:
    revisit = f"revisit walkthrough/terminal_input.py ({WHY})"
    try:
        parser = importlib.import_module("textual._xterm_parser").XTermParser
    except (ImportError, AttributeError) as error:
        pytest.fail(f"textual._xterm_parser.XTermParser is gone ({error}): {revisit}")
    try:
        inspect.signature(parser).bind()
    except TypeError as error:
        pytest.fail(f"XTermParser() now needs arguments ({error}): {revisit}")
    assert callable(parser().feed) and callable(parser().tick), f"XTermParser changed: {revisit}"


def read_keyboard(driver_class: type[LinuxDriver], *chunks: bytes) -> tuple[list[Message], Any]:
    """Run the driver's input loop on a pipe, sending `chunks` a quiet spell apart; returns the
    events it made and what it raised."""
    read, write = os.pipe()
    driver = driver_class.__new__(driver_class)  # the input loop alone: no app, no terminal
    driver.fileno, driver.exit_event, driver._debug = read, threading.Event(), False
    got: list[Message] = []
    driver.process_message = got.append  # type: ignore[method-assign]
    raised: list[BaseException] = []

    def loop() -> None:
        try:
            driver.run_input_thread()
        except BaseException as error:  # noqa: BLE001 - what the loop raised is the result
            raised.append(error)

    thread = threading.Thread(target=loop)
    thread.start()
    for chunk in chunks:
        os.write(write, chunk)
        time.sleep(QUIET)
    driver.exit_event.set()
    thread.join(5)
    os.close(read)
    os.close(write)
    return got, raised[0] if raised else None


def keys(got: list[Message]) -> list[str]:
    return [event.key for event in got if isinstance(event, events.Key)]


def test_textuals_own_driver_still_fails_on_stray_bytes_and_unended_pastes() -> None:
    _, raised = read_keyboard(LinuxDriver, b"\xf1a")
    assert isinstance(raised, UnicodeDecodeError), (
        f"Textual's LinuxDriver now survives bytes not UTF-8: revisit terminal_input ({WHY})"
    )
    got, _ = read_keyboard(LinuxDriver, b"\x1b[200~hello", b"a")
    assert keys(got) == [], (
        f"Textual's LinuxDriver now ends an unended paste: revisit terminal_input ({WHY})"
    )


def test_the_tolerant_driver_reads_textuals_parser_as_it_expects() -> None:
    from walkthrough.terminal_input import TolerantLinuxDriver

    got, raised = read_keyboard(TolerantLinuxDriver, b"\xf1a", b"\x1b[200~hello", b"b")
    pastes = [event.text for event in got if isinstance(event, events.Paste)]
    assert raised is None and keys(got) == ["a", "b"] and pastes == ["hello"], (
        "textual._xterm_parser.XTermParser or LinuxDriver's input loop changed: "
        f"revisit walkthrough/terminal_input.py ({WHY})"
    )


# walkthrough.ahead.BuildAhead ---------------------------------------------------------------


class Ahead(Screen[None]):
    def compose(self) -> Any:
        from textual.widgets import Static

        yield Static("ahead", id="ahead")


class Unlaid(Ahead):
    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self.is_current:  # as StepScreen does
            event.prevent_default()


async def test_a_screen_pushed_and_popped_at_once_is_built_but_never_laid_out_or_drawn() -> None:
    class Host(App[None]):
        def on_mount(self) -> None:
            self.install_screen(Unlaid(), "ahead")

    app = Host()
    async with app.run_test(size=(60, 20)) as pilot:
        shown = app.screen
        frame = app.export_screenshot()
        ahead = app.get_screen("ahead")
        app.push_screen(ahead)
        app.pop_screen()
        await pilot.pause()
        await pilot.pause()
        assert app.screen is shown, f"the screen built ahead stayed on show ({WHY})"
        assert ahead.is_mounted and ahead.query_one("#ahead").is_mounted, (
            f"Textual no longer builds a screen shown and hidden at once ({WHY})"
        )
        laid_out = ahead.query_one("#ahead").region.width
        assert laid_out == 0, f"the screen built ahead was laid out while hidden ({WHY})"
        assert app.export_screenshot() == frame, f"the screen built ahead was drawn ({WHY})"
        app.push_screen(ahead)
        await pilot.pause()
        assert ahead.query_one("#ahead").region.width == 60  # laid out once shown


# walkthrough/styles/app.tcss (`split`) and walkthrough.themes.read_style_sheet ---------------


async def test_split_widgets_come_off_the_edges_in_order_and_the_rest_fill_what_is_left() -> None:
    from textual.geometry import Region
    from textual.widgets import Static

    class Frame(App[None]):
        CSS = """
        #top { split: top; height: 1; }
        #bottom { split: bottom; height: 2; }
        #left { split: left; width: 5; }
        #rest { height: 1fr; }
        """

        def compose(self) -> Any:
            for name in ("top", "bottom", "left", "rest"):
                yield Static(name, id=name)

    app = Frame()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        regions = {w.id: w.region for w in app.screen.query(Static)}
        assert regions == {
            "top": Region(0, 0, 40, 1),
            "bottom": Region(0, 10, 40, 2),
            "left": Region(0, 1, 5, 9),
            "rest": Region(5, 1, 35, 9),
        }, f"Textual's `split` no longer frames a step screen as app.tcss expects ({WHY})"


async def test_a_style_sheet_added_once_started_styles_what_is_made_after_and_nothing_again(
    reparsed: list[Stylesheet],
) -> None:
    from textual.widgets import Static

    app = App[None]()
    async with app.run_test(size=(40, 12)) as pilot:
        before = Static("before", classes="late")
        await app.screen.mount(before)
        app.stylesheet.add_source(".late { width: 7; }", read_from=("late.tcss", ""))
        after = Static("after", classes="late")
        await app.screen.mount(after)
        await pilot.pause()
        assert after.region.width == 7, f"a sheet added after start is not applied ({WHY})"
        assert before.region.width == 40 and not reparsed, (
            f"adding a sheet restyles what is shown: read_style_sheet costs more ({WHY})"
        )
