"""Spans of a text between the characters that end them (clauses, sentences, lines): where the one holding a
position starts and ends, by bisection over the sorted end positions."""

from __future__ import annotations

import bisect
from typing import Sequence


def span_start(ends: Sequence[int], at: int) -> int:
    """Where the span holding `at` starts, given the sorted positions of the characters that end spans."""
    i = bisect.bisect_left(ends, at)
    return ends[i - 1] + 1 if i else 0


def span_end(ends: Sequence[int], at: int, size: int) -> int:
    """Where the span holding `at` ends (the position of its ending character, else `size`)."""
    i = bisect.bisect_left(ends, at)
    return ends[i] if i < len(ends) else size


def start_after(text: str, at: int, stops: str) -> int:
    """Where the stretch of `text` holding `at` starts: after the last of the characters `stops` before `at`, else at
    the text's start (a clause after its last ，；。, a ；-part after its last ；)."""
    return max(text.rfind(ch, 0, at) for ch in stops) + 1


def end_from(text: str, at: int, stops: str) -> int:
    """Where the stretch of `text` holding `at` ends: at the first of the characters `stops` from `at`, else at the
    text's end (a clause at its next ，；。, a sentence at its full stop)."""
    return min((i for i in (text.find(ch, at) for ch in stops) if i >= 0), default=len(text))
