"""What is alive, counted whole: gc.get_objects() leaves out whatever gc.freeze() set aside,
and the walkthrough sets aside what is alive at every quiet moment (walkthrough.collector)."""

from __future__ import annotations

import gc

from walkthrough import collector


def live(kind: type) -> int:
    """How many objects of `kind` are alive, those the collector set aside included."""
    collector.release()  # the next settle sets them aside again
    gc.collect()
    return sum(isinstance(o, kind) for o in gc.get_objects())
