"""The summary's printed slip, from the app's side: a thread prints, the status follows it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.worker import Worker

from walkthrough.session import Session

if TYPE_CHECKING:
    from walkthrough.handoff import PrintResult

Printer = Callable[[Session], "PrintResult"]  # walkthrough.handoff.print_slip, or a test's own


class SlipPrinting:
    """Mixed into the app, which holds `slip_status` (a reactive the summary screen watches)."""

    session: Session
    printer: Printer | None
    print_job: Worker[PrintResult] | None
    slip_status: str
    run_worker: Callable[..., Worker[Any]]

    def action_print_slip(self) -> None:
        """Print the slip in a thread, so the keys work on; a press while it prints does nothing."""
        if self.print_job is not None:
            return
        from walkthrough.handoff import print_slip

        visit = self.session.copy()  # the thread's own, which the patient's keys cannot change
        work = partial(self.printer or print_slip, visit)
        self.print_job = self.run_worker(work, thread=True, group="print", exit_on_error=False)
        self.slip_status = "printing"

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is self.print_job and event.worker.is_finished:
            from walkthrough.handoff import PrintResult

            self.print_job = None
            result = event.worker.result
            if not isinstance(result, PrintResult):
                result = PrintResult(False, f"printing failed: {event.worker.error!r}")
            self.slip_printed(result)

    def slip_printed(self, result: PrintResult) -> None:
        self.slip_status = "printed" if result.printed else "print_failed"
