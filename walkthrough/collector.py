"""Python's garbage collector: its full passes made while the patient reads, over what is new.

A full pass looks at every object the app has made since it started (each kept screen is
thousands), and Python makes one whenever enough new objects have outlived two smaller passes.
Left alone it came in the middle of a step, most often the one that builds the most: the
checklist's first visit took 40 ms longer. So, at a quiet moment (walkthrough.ahead), `settle`
collects what is garbage now and tells the collector to skip everything still alive; a full
pass then looks only at what is new since, which is quick. What it skips is still freed the
moment nothing refers to it; only a cycle of objects that dies later (a patient's screens, once
forgotten) waits for `release`, which every reset calls, and for every WHOLE_EVERY-th settle,
which looks at everything: a patient walking back and forth for an hour leaves a few kilobytes
a step that would otherwise wait for the next patient (counted from the last pass that looked
at everything, so an app that lives a few settles, a test's, never makes one mid-way). At the
app's end, `close` collects all of it at once, so another app in the same process (a test's)
starts with nothing to look at.
"""

from __future__ import annotations

import gc

WHOLE_EVERY = 50  # settles since everything was last looked at (tens of ms, while reading)
_settles_since_whole = 0


def settle() -> None:
    """Collect now, then have full passes skip everything alive (quick, as little is new)."""
    global _settles_since_whole
    _settles_since_whole += 1
    if _settles_since_whole >= WHOLE_EVERY:
        release()
    _collect_then_skip()


def release() -> None:
    """What was skipped may be garbage now: the next pass (`settle`'s included) looks at it."""
    global _settles_since_whole
    _settles_since_whole = 0
    gc.unfreeze()


def close() -> None:
    """The app's end: everything collected now, and what lives on skipped from here on."""
    release()
    _collect_then_skip()


def _collect_then_skip() -> None:
    gc.collect()
    gc.freeze()
