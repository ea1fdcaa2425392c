"""Shared by the benchmark scripts: one timing rule for all of them."""

from __future__ import annotations

import time
from typing import Callable


def best(fn: Callable[[], object], rounds: int = 20) -> float:
    """Seconds per call: the best of five batches (the least disturbed by other work on the machine)."""
    fastest = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(rounds):
            fn()
        fastest = min(fastest, (time.perf_counter() - t0) / rounds)
    return fastest
