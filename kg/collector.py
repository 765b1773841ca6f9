"""Python's cyclic garbage collector, paused around the stages that hold the corpus.

Extraction results, resolution and the Turtle writer make millions of small, acyclic
objects (frozen records, tuples, strings): reference counting frees what they drop, while
every full pass of the cyclic collector walks all the objects alive (over half of resolve's
time at 10k reports, a fifth of the writer's, and the main process's share of a parallel
build). Pausing it changes no result, only the time.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused():
    """Disable the cyclic collector for the block (nested use is fine); restore it after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
