"""The cleaned text of an article: its body, what was removed, its sections, a map back to the raw input."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True, slots=True)
class Removal:
    """A part of the raw input left out of the clean text, and why."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    """One article of a page, or the page's one article: a title and its span in the clean text."""

    title: str | None
    start: int
    end: int


@dataclass(frozen=True)
class CleanText:
    """The article body in simplified Chinese, with a map back to the raw input.

    `raw` is the input as text (decoded, when bytes were given); every offset of `to_raw` and of
    `removed` points into it.
    """

    text: str
    raw: str
    origin: Sequence[int] = field(repr=False)
    origin_end: Sequence[int] | None = field(default=None, repr=False)  # where a character came from several
    removed: tuple[Removal, ...] = ()
    sections: tuple[Section, ...] = ()
    encoding: str | None = None
    script: str = "zh-Hans"  # of the source: zh-Hans, or zh-Hant when it was converted
    meta: dict[str, str] = field(default_factory=dict)  # from removed lines: source, published, column, editor

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The smallest span of `raw` holding every character of text[start:end]."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            o = self.origin[start] if start < len(self.origin) else len(self.raw)
            return (o, o)
        last = self.origin_end[end - 1] if self.origin_end is not None else self.origin[end - 1] + 1
        return (self.origin[start], last)

    def from_raw(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """The span of `text` made of the kept characters of raw[raw_start:raw_end]."""
        return (bisect.bisect_left(self.origin, raw_start), bisect.bisect_left(self.origin, raw_end))

    def section_of(self, start: int) -> Section | None:
        """The section holding clean offset `start`."""
        for s in self.sections:
            if s.start <= start < s.end:
                return s
        return None
