"""The base step screen: the frame every step shares, and the navigation keys, declared once."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget

from walkthrough.content.model import Interface
from walkthrough.keys import STEP_KEYS
from walkthrough.screens import sizes
from walkthrough.screens.requests import Navigate, ScreenFailed, ScreenOptions
from walkthrough.session import Session
from walkthrough.widgets.body import Body
from walkthrough.widgets.glyphs import marks_for
from walkthrough.widgets.keybar import KeyBar, KeyHint
from walkthrough.widgets.rail import ProgressRail
from walkthrough.widgets.text import Line
from walkthrough.wording import step_counter

MORE_MARK = "↓"
"""After the words "More below" (ui.yaml more_below), in every language."""


class StepScreen(sizes.SizeClasses, Screen[None]):
    """A step of the walkthrough: top bar, progress rail, the step itself, disclaimer, key bar."""

    BINDINGS = [Binding(use.keys, use.action, show=False) for use in STEP_KEYS]
    AUTO_FOCUS = ""  # focus is placed by on_mount, without scrolling
    FIRST_FOCUS = ("Body .choice.-picked", "Body .choice", "Body FoldTitle")
    """Where the focus starts: the first of these, in this order of preference, that exists."""

    def __init__(self, session: Session, options: ScreenOptions) -> None:
        # Breakpoint classes set up front: Textual adds them after the first layout, and
        # restyling a whole screen then costs a second CSS pass.
        size = " ".join(sizes.size_classes(*self.app.size))
        super().__init__(classes=f"step-{session.step.id} {size}")
        self.session = session
        self.options = options
        self.step = session.step
        self.ui: Interface = session.language.ui
        self.retired = False
        self.styled_in = ""
        """The theme this screen's widgets were last styled in ("" until it is first shown)."""

    # Kept screens (see screens.kept) ----------------------------------------------------------

    def still_fits(self) -> bool:
        """Whether this screen, built earlier, still shows the session as it is now."""
        return True

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Restyle a screen shown again only if the colours changed while it was away; runs
        before Textual's own handler. Textual sets the size classes of the top screen only."""
        theme = self.app.theme
        event.refresh_styles = bool(self.styled_in) and self.styled_in != theme
        self.styled_in = theme
        sizes.set_size_classes(self, *self.app.size)

    def retire(self) -> None:
        """No longer kept: goes as soon as it is off the screen stack."""
        self.retired = True
        self._leave_if_retired()

    def on_screen_suspend(self) -> None:
        self._leave_if_retired()

    def _leave_if_retired(self) -> None:
        if self.retired and self not in self.app.screen_stack:
            self.app.uninstall_screen(self)
            self.remove()

    def compose(self) -> ComposeResult:
        ui, session = self.ui, self.session
        counter = step_counter(ui, session.step_index + 1, len(session.steps))
        with Horizontal(id="topbar"):
            yield Line(ui.app_title, id="app-title")
            yield Line(counter, id="counter")
        with Horizontal(id="middle"):
            yield ProgressRail(
                ui.steps_heading,
                [s.short for s in session.steps],
                session.step_index,
                marks_for(self.options.console),
            )
            with Vertical(id="main"):
                yield Line(self.step.title, id="step-title")
                yield from self.guarded_compose_step()
                yield Line(f"{ui.more_below} {MORE_MARK}", id="more-below")
        yield Line(ui.disclaimer, id="disclaimer")
        yield KeyBar(self.key_hints())
        yield sizes.make_larger(ui.too_small)

    @on(Body.MoreBelow)
    def show_more_below(self, event: Body.MoreBelow) -> None:
        """Say in words, not only with the thin scroll bar, that the text goes on below."""
        focused = self.focused
        # The words take a line from the body: what had the focus in view stays in view.
        in_view = focused is not None and event.body.region.contains_region(focused.region)
        self.query_one("#more-below", Line).set_class(event.more, "-shown")
        if event.more and in_view and focused is not None:
            self.call_after_refresh(focused.scroll_visible, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        """Skip the second layout Textual makes of a new screen, on a Resize to its own size."""
        if event.size == self.outer_size:
            event.prevent_default()

    def on_mount(self) -> None:
        target = self.initial_focus()
        if target is not None:
            target.focus(scroll_visible=False)

    def initial_focus(self) -> Widget | None:
        """What gets the focus on arrival (without scrolling, so the screen opens at its top)."""
        for selector in self.FIRST_FOCUS:
            found = self.query(selector)
            if found:
                return found.first()
        return None

    def guarded_compose_step(self) -> ComposeResult:
        """compose_step; in kiosk mode a failure is reported to the app instead of raised."""
        if not self.options.kiosk:
            yield from self.compose_step()
            return
        try:
            yield from self.compose_step()
        except Exception as error:  # noqa: BLE001 - see walkthrough.kiosk.guard
            self.post_message(ScreenFailed(error, f"composing {type(self).__name__}"))

    async def on_event(self, event: events.Event) -> None:
        """Kiosk mode: an error while this screen handles an event (mount, keys...) is
        reported to the app, which logs it and starts again, instead of ending the app."""
        if not self.options.kiosk:
            await super().on_event(event)
            return
        try:
            await super().on_event(event)
        except Exception as error:  # noqa: BLE001 - see walkthrough.kiosk.guard
            where = f"{type(self).__name__} handling {type(event).__name__}"
            self.post_message(ScreenFailed(error, where))

    @property
    def allow_select(self) -> bool:
        return not self.options.kiosk and super().allow_select

    def compose_step(self) -> ComposeResult:
        """What this kind of step shows; subclasses fill it in."""
        yield from ()

    def key_hints(self) -> list[KeyHint]:
        """The keys that work here, for the key bar, in the order a patient needs them."""
        keys, names = self.ui.keys, self.ui.key_names
        hints: list[KeyHint] = []
        if self.allows("next"):
            hints.append(("→", keys.next))
        if self.allows("back"):
            hints.append(("←", keys.back))
        hints.extend(self.extra_hints())
        hints.append(("?", keys.help))
        if self.allows("home"):
            hints.append((names.home, keys.home))
        if self.options.can_read_aloud:
            hints.append(("R", keys.read_aloud))
        if self.allows("quit"):
            hints.append(("Q", keys.quit))
        return hints

    def extra_hints(self) -> list[KeyHint]:
        """Keys only this kind of step has."""
        return []

    def allows(self, request: str) -> bool:
        """Whether a navigation request makes sense on this step right now."""
        if request == "next":
            return not self.session.is_last
        if request in ("back", "home"):
            return not self.session.is_first
        if request == "quit":
            return not self.options.kiosk
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "go" and parameters:
            return self.allows(str(parameters[0]))
        return True

    def action_go(self, request: str) -> None:
        self.post_message(Navigate(request))

    def action_move(self, direction: int) -> None:
        self.query_one("#body", Body).move(direction, self.focused)
