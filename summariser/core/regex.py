"""Regular expressions searched from their possible first characters.

Python's regex engine skips ahead quickly only for a pattern that starts with a literal or a character
class. A pattern that starts with an optional part or a lookahead (a sign before a number, a year
before a month) is instead tried at every position of the text, which on Chinese text, where most
characters can start no match, is most of the time the pattern costs. `Anchored` finds the candidate
positions with a character class first and tries the pattern only there.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator


class Anchored:
    """A pattern and a character class holding every character a match of it can start with.

    `finditer` gives the non-empty matches `pattern.finditer` gives, in order, at the cost of a
    character-class search between them."""

    __slots__ = ("pattern", "first")

    def __init__(self, pattern: re.Pattern[str], first: str) -> None:
        self.pattern = pattern
        self.first = re.compile(f"[{first}]")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 last_start: int | None = None) -> Iterator[re.Match[str]]:
        """The non-empty matches in text[pos:endpos], left to right, none overlapping; with
        `last_start`, only those that start at or before it."""
        end = len(text) if endpos is None else min(endpos, len(text))
        stop = end if last_start is None else min(end, last_start + 1)
        find, match = self.first.search, self.pattern.match
        while pos < stop:
            c = find(text, pos, stop)
            if c is None:
                return
            pos = c.start()
            m = match(text, pos, end)
            if m is None or m.end() == pos:
                pos += 1
                continue
            yield m
            pos = m.end()


# How near the end of a stretch a match can start that only cutting the text there makes (longer than any
# match of a pattern marked, with its lookahead)
_NEAR_THE_END = 40


class Marks:
    """Where a pattern matches in a text: found once, left to right and none overlapping (`pattern.finditer`
    over the whole text), then asked for by bisection: what a reader that looked for the last match before
    each value, in the stretch of text before it, found by a scan of the stretch per value (quadratic in the
    values of a long sentence). The answer is the scan's: where a match of the whole text straddles either end of
    the stretch (回顾[^，。]{0,12} run on from the line before across its \\n), or the stretch's end would change
    what matches near it (a lookahead cut short), the stretch is scanned."""

    __slots__ = ("found", "ends", "_pattern", "_text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.found = [m for m in pattern.finditer(text) if m.end() > m.start()]
        self.ends = [m.end() for m in self.found]  # (in order too: the matches do not overlap)
        self._pattern, self._text = pattern, text

    def last(self, lo: int, hi: int) -> re.Match[str] | None:
        """The last match inside text[lo:hi], else None: the last `pattern.finditer(text, lo, hi)` finds."""
        i = bisect.bisect_right(self.ends, hi) - 1
        first = bisect.bisect_right(self.ends, lo)  # (the first match ending after lo)
        if first < len(self.found) and self.found[first].start() < lo < self.ends[first] \
                or i + 1 < len(self.found) and self.found[i + 1].start() < hi:
            return self._scanned(lo, hi)  # a match straddles an end of the stretch: the scan's may differ
        m = self.found[i] if i >= 0 and self.found[i].start() >= lo else None
        if m is not None and (self._pattern.match(self._text, m.start(), hi) or m).span() != m.span():
            return self._scanned(lo, hi)
        tail = max(lo, hi - _NEAR_THE_END, m.end() if m is not None else lo)
        if self._scanned(tail, hi) is not None:
            return self._scanned(lo, hi)  # (a match only where the text is cut at hi, a lookahead cut short)
        return m

    def _scanned(self, lo: int, hi: int) -> re.Match[str] | None:
        last = None
        for x in self._pattern.finditer(self._text, lo, hi):
            if x.end() > x.start():
                last = x
        return last

    def last_start(self, lo: int, hi: int) -> int:
        """Where the last match inside text[lo:hi] starts, else -1."""
        m = self.last(lo, hi)
        return -1 if m is None else m.start()
