"""Sentence-aware chunking of clean text under a size budget, with overlap and offsets.

Chunks end at a paragraph end when one is near the budget, else at a sentence end (。！？；), else at
a clause end (，、：), and only as a last resort anywhere; never inside a number with its unit, nor
inside a short quoted name (“157”产业集群, 《…办法》). Section ends of a CleanText are hard breaks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

from ..core.chars import CLAUSE_END, CLOSERS, SENTENCE_END
from ..core.errors import require
from ..core.textmap import SpanSet
from ..numbers.quantities import extract_quantities
from .cleaned import CleanText

_PARA = re.compile(r"\n")
_SENT = re.compile(rf"[{SENTENCE_END}][{CLOSERS}]*")
_CLAUSE = re.compile(f"[{CLAUSE_END}]")
_QUOTE = re.compile(r"“[^”\n]{0,60}”|《[^》\n]{0,60}》|「[^」\n]{0,60}」|\"[^\"\n]{0,60}\"")
_NUMBER = re.compile(r"[0-9０-９][0-9０-９.,，．]*")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of the text, with its offsets in the text that was chunked."""

    index: int
    start: int
    end: int
    text: str
    section: str | None = None


def chunk_text(text: str | CleanText, *, max_chars: int = 3000, overlap: int = 200,
               size: Callable[[str], int] | None = None, max_size: int | None = None) -> list[Chunk]:
    """Split text into chunks of at most `max_chars` characters (or `max_size` by a `size` function,
    such as a token counter), overlapping by about `overlap` characters at a sentence start.

    Offsets are into the given text (a CleanText's `.text`, so `CleanText.to_raw` maps them back).
    """
    require(text, (str, CleanText), "chunk_text() takes a str or the CleanText of clean()")
    if max_chars < 20:
        raise ValueError("max_chars must be at least 20")
    if overlap < 0 or overlap >= max_chars // 2:
        raise ValueError("overlap must be between 0 and half of max_chars")
    if (size is None) != (max_size is None):
        raise ValueError("give both size and max_size, or neither")
    if isinstance(text, CleanText):
        body, parts = text.text, [(s.start, s.end, s.title) for s in text.sections]
    else:
        body, parts = text, [(0, len(text), None)]
    guard = cache(lambda: _guard(body))  # built only when a part must be cut: most articles fit in one chunk
    out: list[Chunk] = []
    for a, b, title in parts:
        for s, e in _split(body, a, b, max_chars, overlap, guard, size, max_size):
            out.append(Chunk(len(out), s, e, body[s:e], title))
    return out


_HALF_CUTS = "。！？；!?;\n"


def halves(chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """`chunk` cut in two at the sentence end nearest its middle (a chunk whose answer did not fit is asked
    again in halves); None for a chunk of one sentence."""
    text, mid = chunk.text, len(chunk.text) // 2
    # (a cut needs words on both sides: between the first and the last character that is not a space)
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    cuts = [i + 1 for i, ch in enumerate(text) if ch in _HALF_CUTS and first < i and i + 1 < last]
    if not cuts:
        return None
    cut = min(cuts, key=lambda i: abs(i - mid))
    return (Chunk(chunk.index, chunk.start, chunk.start + cut, text[:cut], chunk.section),
            Chunk(chunk.index, chunk.start + cut, chunk.end, text[cut:], chunk.section))


def _guard(text: str) -> SpanSet:
    """Where a cut may not fall: inside a quantity (with its unit), a number, or a short quote."""
    spans = [(q.start, q.end) for q in extract_quantities(text)]
    spans += [m.span() for m in _QUOTE.finditer(text)]
    spans += [m.span() for m in _NUMBER.finditer(text)]
    return SpanSet(spans)


def _may_cut(guard: SpanSet, cut: int) -> bool:
    return not guard.overlaps(cut, cut)


def _split(body: str, a: int, b: int, max_chars: int, overlap: int, guarded: Callable[[], SpanSet],
           size: Callable[[str], int] | None, max_size: int | None) -> list[tuple[int, int]]:
    def fits(s: int, e: int) -> bool:
        if e - s > max_chars:
            return False
        return size is None or max_size is None or size(body[s:e]) <= max_size

    s = _skip_space(body, a, b)
    if s >= b or fits(s, b):  # nothing to cut: no need of the places a cut may not fall
        return [(s, _trim(body, s, b))] if s < b else []
    guard = guarded()
    cuts = {kind: [m.end() for m in rx.finditer(body, a, b) if _may_cut(guard, m.end())]
            for kind, rx in (("para", _PARA), ("sent", _SENT), ("clause", _CLAUSE))}
    starts = sorted(cuts["sent"] + cuts["para"])
    out: list[tuple[int, int]] = []
    while s < b:
        if fits(s, b):
            out.append((s, _trim(body, s, b)))
            break
        e = _best_cut(s, b, cuts, fits, guard, max_chars)
        out.append((s, _trim(body, s, e)))
        nxt = _overlap_start(s, e, overlap, starts)
        s = _skip_space(body, nxt, b)
    return out


def _best_cut(s: int, b: int, cuts: dict[str, list[int]], fits: Callable[[int, int], bool],
              guard: SpanSet, max_chars: int) -> int:
    for kind, least in (("para", 0.5), ("sent", 0.3), ("clause", 0.3)):
        options = cuts[kind]
        i = bisect.bisect_right(options, min(b, s + max_chars))
        while i > 0 and options[i - 1] > s:
            e = options[i - 1]
            if e - s < least * max_chars:
                break
            if fits(s, e):
                return e
            i -= 1
    e = min(b, s + max_chars)  # no good boundary: the farthest cut outside numbers and quotes
    while e > s + 1 and not (_may_cut(guard, e) and fits(s, e)):
        e -= 1
    return e if e > s + 1 else min(b, s + max_chars)


def _overlap_start(s: int, e: int, overlap: int, starts: list[int]) -> int:
    """The next chunk starts at the first sentence start within `overlap` before e (or at e);
    `starts` is sorted."""
    if overlap <= 0:
        return e
    i = bisect.bisect_left(starts, e - overlap)
    while i < len(starts) and starts[i] <= s:
        i += 1
    return starts[i] if i < len(starts) and starts[i] < e else e


def _skip_space(body: str, i: int, b: int) -> int:
    while i < b and body[i].isspace():
        i += 1
    return i


def _trim(body: str, s: int, e: int) -> int:
    while e > s and body[e - 1].isspace():
        e -= 1
    return e
