"""The batch job's garbage collection: the youngest generation collected less often while it runs.

Each document in work holds thousands of small objects (quantities, claims, verdicts) until its
line is written; at the default threshold the collector walks them again and again. Memory stays
bounded: collections still run, and reference counting frees the rest.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator

BATCH_GC_THRESHOLD = 20_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the youngest generation's collection threshold for the batch job, then restore it."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BATCH_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
