"""Regular expressions searched from their possible first characters.

Python's regex engine skips ahead quickly only for a pattern that starts with a literal or a character
class. A pattern that starts with an optional part or a lookahead (a sign before a number, a year
before a month) is instead tried at every position of the text, which on Chinese text, where most
characters can start no match, is most of the time the pattern costs. `Anchored` finds the candidate
positions with a character class first and tries the pattern only there.
"""

from __future__ import annotations

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
