"""The practitioner's printed slip: its words, its PDF (never written to a file), printing it."""

from __future__ import annotations

from datetime import datetime

from walkthrough.handoff.cups import PrintResult, send
from walkthrough.handoff.slip import Line, slip_lines
from walkthrough.session import Session

__all__ = ["Line", "PrintResult", "make_pdf", "print_slip", "slip_lines"]


def make_pdf(session: Session, now: datetime, extra: tuple[Line, ...] = ()) -> bytes:
    """The session's slip as a PDF on the clinic's paper (A4 when no printer is set)."""
    from walkthrough.handoff.pdf import render

    handoff = session.content.clinic.handoff
    return render([*extra, *slip_lines(session, now)], handoff.paper if handoff else "a4")


def print_slip(
    session: Session, now: datetime | None = None, extra: tuple[Line, ...] = ()
) -> PrintResult:
    """Print the session's slip (`extra` lines first) on clinic.yaml's `handoff` printer; it
    takes seconds, so a screen runs it in a thread. The result says why not, for the log."""
    handoff = session.content.clinic.handoff
    if handoff is None:
        return PrintResult(False, "no printer is set (clinic.yaml: handoff)")
    try:
        pdf = make_pdf(session, now or datetime.now(), extra)
    except ImportError as error:  # installed without its dependencies
        return PrintResult(False, f"cannot make the slip: {error}")
    return send(pdf, handoff.printer)
