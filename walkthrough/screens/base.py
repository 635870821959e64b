"""The frame every step shares (its key bar built from the bindings), and the size classes."""

from __future__ import annotations

from typing import Any, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

from walkthrough.content.model import UiWords
from walkthrough.screens.key_hints import TOUCH, bound_to, key_bar, key_bar_kind, step_hints
from walkthrough.session import Session
from walkthrough.themes import read_style_sheet
from walkthrough.widgets.body import Body
from walkthrough.widgets.glyphs import KeyHint, ProgressRail, TopBar, marks_for
from walkthrough.widgets.text import Line
from walkthrough.wording import step_counter

MORE_MARK = "↓"  # after the words "More below" (ui.yaml more_below), in every language

# -narrow: too little room beside the rail for a row of boxed choices (64x20: a large font on
# 1080p). -too-small: the words would get a row, or a few letters a line: only a line asking for
# a larger window shows. Both axes name it, so either one too small gives it.
TOO_SMALL = "-too-small"
MIN_WIDTH, MIN_HEIGHT = 20, 6
WIDTH_BREAKPOINTS = [(0, TOO_SMALL), (MIN_WIDTH, "-narrow"), (72, "-wide")]
HEIGHT_BREAKPOINTS = [(0, TOO_SMALL), (MIN_HEIGHT, "-short"), (18, "-tall")]


def size_classes(width: int, height: int) -> list[str]:
    wide = [name for edge, name in WIDTH_BREAKPOINTS if width >= edge]
    tall = [name for edge, name in HEIGHT_BREAKPOINTS if height >= edge]
    return list(dict.fromkeys([wide[-1], tall[-1]]))


def set_size_classes(node: DOMNode, width: int, height: int) -> None:
    wanted = size_classes(width, height)
    for _, name in [*WIDTH_BREAKPOINTS, *HEIGHT_BREAKPOINTS]:
        node.set_class(name in wanted, name)


class SizeClasses:
    """Mixed into every screen (before Screen or ModalScreen): the size classes above."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = WIDTH_BREAKPOINTS
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = HEIGHT_BREAKPOINTS

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # Textual unfocuses hidden widgets: kept, keys still work, and the focus is the same after.
        screen, widget = cast("Screen[Any]", self), event.widget
        if screen.focused is None and screen.has_class(TOO_SMALL) and widget.is_attached:
            screen.set_focus(widget, scroll_visible=False)


def make_larger(words: str) -> Line:
    """The line shown instead of the screen while it is too small (the styles show it)."""
    return Line(words, id="make-larger")


class StepScreen(SizeClasses, Screen[None]):
    """Top bar, rail, step, disclaimer, key bar; a kind of step may bind keys over the app's."""

    AUTO_FOCUS = ""  # focus is placed by on_mount, without scrolling
    STYLE_SHEET = ""  # its own rules' sheet, read when the first is made ("": all in app.tcss)
    # Where the focus starts: the first of these, in this order of preference, that exists.
    FIRST_FOCUS = ("Body .choice.-picked", "Body .choice", "Body FoldTitle")

    def __init__(self, session: Session, index: int) -> None:
        # Breakpoint classes set up front: Textual adds them after the first layout, and
        # restyling a whole screen then costs a second CSS pass.
        size = " ".join(size_classes(*self.app.size))
        self.index = index  # which of the session's steps (built ahead, it is not the current one)
        self.built_ahead = index != session.step_index  # its key bar is the step before's
        self.step = session.steps[index]
        super().__init__(classes=f"step-{self.step.id} {size}")
        if self.STYLE_SHEET:
            read_style_sheet(self.app, self.STYLE_SHEET)
        self.session = session
        self.ui: UiWords = session.language.ui
        self.retired = False
        self.styled_in = ""  # the theme its widgets were last styled in ("" until first shown)

    def still_fits(self) -> bool:
        return True

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self.is_current:  # built ahead (walkthrough.ahead): laid out once, when shown
            self.styled_in = self.app.theme  # as it was mounted
            event.prevent_default()
            return
        # Restyled only if the theme changed meanwhile; Textual sizes only the top screen.
        theme = self.app.theme
        event.refresh_styles = bool(self.styled_in) and self.styled_in != theme
        self.styled_in = theme
        set_size_classes(self, *self.app.size)
        self.ask_for_larger(self.has_class(TOO_SMALL))
        if self.built_ahead and self.session.step_index == self.index:  # now shown: its own keys
            self.built_ahead = False
            for bar in self.query(key_bar_kind(self)):  # none as the app closes
                bar.show(self.key_hints())

    def retire(self) -> None:
        """No longer kept: goes as soon as it is off the screen stack."""
        self.retired = True
        self.on_screen_suspend()

    def on_screen_suspend(self) -> None:
        if self.retired and self not in self.app.screen_stack:
            self.app.uninstall_screen(self)
            self.remove()

    def compose(self) -> ComposeResult:
        # No containers: the frame is split off the screen's edges (app.tcss), the bottom lines
        # from the bottom up, and the step fills what is left (every widget costs a new screen).
        ui, session = self.ui, self.session
        counter = step_counter(ui, self.index + 1, len(session.steps))
        yield TopBar(ui.app_title, counter)
        yield key_bar(self, self.key_hints())
        yield Line(ui.disclaimer, id="disclaimer")
        labels = [s.short for s in session.steps]
        yield ProgressRail(ui.steps_heading, labels, self.index, marks_for(self))
        yield Line(self.step.title, id="step-title")
        try:
            yield from self.compose_step()
        except Exception as error:  # noqa: BLE001 - handed to the app (see hand_over)
            self.hand_over(error)

    def compose_step(self) -> ComposeResult:
        yield from ()

    async def on_event(self, event: events.Event) -> None:
        try:
            await super().on_event(event)
        except Exception as error:  # noqa: BLE001 - handed to the app (see hand_over)
            self.hand_over(error)

    def hand_over(self, error: Exception) -> None:
        """Raise `error` again in the app's loop, where the app decides (here it would end it)."""

        def raise_again() -> None:
            raise error

        self.app.call_later(raise_again)

    @property
    def allow_select(self) -> bool:
        return self.app.ALLOW_SELECT and super().allow_select

    def key_hints(self) -> list[KeyHint]:
        """The keys that work here and have words in ui.yaml, for the key bar."""
        return step_hints(self.active_bindings, self.ui, touch=self.app.has_class(TOUCH))

    async def action_tap(self, word: str) -> None:
        """A tap on the key bar's hint `word` ("next"): what its keys do here, now."""
        active = bound_to(self.active_bindings, word)
        if active is not None:
            await self.app.run_action(active.binding.action, active.node)

    @on(Body.MoreBelow)
    def show_more_below(self, event: Body.MoreBelow) -> None:
        """Say in words, not only with the thin scroll bar, that the text goes on below."""
        # The words take a line from the body: what had the focus in view stays in view, but
        # for a scroll, which moves the view on purpose (and is not yet in the regions).
        focused = None if event.scrolled else self.focused
        in_view = focused is not None and event.body.region.contains_region(focused.region)
        cue = self.query("#more-below").set_class(event.more, "-shown")
        if event.more and not cue:  # made the first time it is needed: most steps never are
            cue_line = Line(f"{self.ui.more_below} {MORE_MARK}", id="more-below", classes="-shown")
            self.mount(cue_line)
        if event.more and in_view and focused is not None:
            self.call_after_refresh(focused.scroll_visible, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        """Skip the second layout Textual makes of a new screen, on a Resize to its own size."""
        self.ask_for_larger(TOO_SMALL in size_classes(*event.size))
        if event.size == self.outer_size:
            event.prevent_default()

    def ask_for_larger(self, too_small: bool) -> None:
        """The line asking for a larger window, made the first time it is too small (rare)."""
        if too_small and not self.query("#make-larger"):
            self.mount(make_larger(self.ui.too_small))

    def on_mount(self) -> None:
        target = self.initial_focus()
        if target is not None:
            target.focus(scroll_visible=False)

    def initial_focus(self) -> Widget | None:
        for selector in self.FIRST_FOCUS:
            found = self.query(selector)
            if found:
                return found.first()
        return None

    def action_move(self, direction: int) -> None:
        self.query_one("#body", Body).move(direction, self.focused)
