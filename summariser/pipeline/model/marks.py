"""The marked extraction (pure: no network): the parser's quantities marked in a chunk, and a model's
answer about the marks turned back into figures.

A small model copies numbers badly (49.8 for 49.8%, 15.8% read out of a mark written with digits),
loses its place in a list, leaves most figures out and names them with a bare word. So every
quantity the parser finds in a chunk gets a mark right after it, letters in brackets (〔A〕, 〔B〕 …
〔AA〕: no digit a model could read into the number before it, no I or O, which look like 1 and 0),
and the model answers an object keyed by the marks, every mark in order (the schema sent names them
all): the number before the mark as it reads it, what it measures and its period. A figure's value,
unit, qualifier, measure and quote are then the source's: the quantity at the mark, and its clause
up to the quantity. What the model cannot do reliably, the source's own reading (the offline
engine's figure at the same quantity) does, and the provenance notes say how often:

- an entry whose copied number is not the number before its mark (an entry slid onto its
  neighbour's mark), or whose mark the chunk does not have, is left out, never moved to another mark;
- the indicator is the model's where it holds the reading's name in words of the value's own
  sentence (a fuller writing of it), else the reading's (measured with Qwen2.5-Coder-1.5B: a bare
  增长, 投资 or 项目, or a number, for most entries, and never right where the reading's was wrong);
- the kind is the reading's (力争 and 预计 words, a work plan's goal section, a size class): the
  model is not asked for it;
- the period is the model's where it writes a period, else the reading's (the one in force for the
  value), else none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
from typing import Any, Iterator

from ...core.chars import CLAUSE_END, SENTENCE_END, no_space
from ...core.simplify import simplified
from ...core.wire import ChunkExtraction, ChunkFigure, MarkedExtraction
from ...numbers.attribution import Tie
from ...numbers.check import quote_span
from ...numbers.periods import periods_in
from ...numbers.quantities import Quantity, extract_quantities
from ...numbers.source import Source
from ...text.chunk import Chunk
from ..figures import figures_of

OPEN, CLOSE = "〔", "〕"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: a model may read them as 1 and 0
MARK = re.compile(f"{OPEN}([A-Z]{{1,2}}){CLOSE}")
_CLAUSE_BREAK = re.compile(f"[{CLAUSE_END}{SENTENCE_END}\n]")
_QUOTE_MAX = 160  # ChunkFigure.quote's limit
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d年度?")


def codes() -> Iterator[str]:
    """The marks' letters in order: A … Z, then AA, AB … (two letters: 576 more)."""
    yield from LETTERS
    for a, b in product(LETTERS, repeat=2):
        yield a + b


# The most marks in one chunk: the answer has an entry for each (about 25 tokens), and must fit
# max_tokens beside the summary; a marked article is cut into chunks of at most this many (marks_in).
MAX_MARKS = 40
CODES = tuple(codes())[:MAX_MARKS]


@dataclass(frozen=True)
class MarkedChunk:
    """A chunk's text with a mark after each quantity, the quantity each mark stands for (offsets in
    the clean text the chunk is of), and how many quantities went unmarked past MAX_MARKS."""

    text: str
    marks: dict[str, Quantity]
    unmarked: int = 0


def mark_chunk(src: Source, chunk: Chunk) -> MarkedChunk:
    """`chunk` of the clean text `src` read with 〔code〕 after each quantity the parser finds in it (the
    first MAX_MARKS: a chunk cut by `marks_in` has no more)."""
    text = src.text
    inside = [q for q in src.quantities if chunk.start <= q.start and q.end <= chunk.end and _markable(q)]
    parts: list[str] = []
    marks: dict[str, Quantity] = {}
    at = chunk.start
    for q in sorted(inside, key=lambda q: q.start):
        if q.start < at:  # one inside another: the outer one is marked
            continue
        if len(marks) == MAX_MARKS:
            break
        code = CODES[len(marks)]
        parts += [text[at:q.end], f"{OPEN}{code}{CLOSE}"]
        marks[code] = q
        at = q.end
    parts.append(text[at:chunk.end])
    return MarkedChunk("".join(parts), marks, sum(q.start >= at for q in inside))


def marks_in(text: str) -> int:
    """How many marks `text` would get: the size a marked chunk is cut by (chunk_text's `size`)."""
    return sum(_markable(q) for q in extract_quantities(text))


def _markable(q: Quantity) -> bool:
    """Not a bare bound (亿元以上, 千万元级: no number of its own, a size class's bound), nor one of a
    thing (一个, 一家): a mark there has no number to copy, and a model copies the next one instead."""
    raw = q.raw.strip()
    if raw[:1] in "百千万亿":
        return False
    return not (raw[:1] in "一两" and len(raw) <= 3 and q.value <= 2 and q.unit not in ("元", "%"))


def unmarked(value: str) -> str:
    """`value` without the marks a model copied into it."""
    return MARK.sub("", value) if OPEN in value else value


def _unmark_tree(node: Any) -> Any:
    if isinstance(node, str):
        return unmarked(node)
    if isinstance(node, list):
        return [_unmark_tree(v) for v in node]
    if isinstance(node, dict):
        return {k: _unmark_tree(v) for k, v in node.items()}
    return node


def same_number(copied: str, q: Quantity) -> bool:
    """Whether `copied`, what a model wrote as the number before a mark, is `q`'s number: its first
    figure in digits (past a year copied with the words before it: 2022年度10条) is one the source's
    writing of `q` holds, or, for a quantity written in Chinese numerals, one writing holds the other.
    An empty copy says nothing either way: it passes."""
    whole = no_space(unmarked(copied)).replace(",", "")
    if not whole:
        return True
    copy = _YEAR.sub("", whole) or whole
    raw = no_space(q.raw).replace(",", "")
    written = [float(x) for x in _NUMBER.findall(raw)]
    first = _NUMBER.search(copy)
    if written and first is not None:
        return float(first.group()) in written
    return copy in raw or raw in copy


def quote_of(src: Source, q: Quantity) -> str:
    """The source's words for `q`: its clause up to the quantity, widened to the clauses before it (to
    its sentence's start at most) until the checker finds the quote at this quantity, not at an
    earlier writing of the same words."""
    text = src.text
    sentence = max((text.rfind(ch, 0, q.start) for ch in SENTENCE_END + "\n"), default=-1) + 1
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence, q.start)]
    candidates = [*reversed(starts), sentence] if starts else [sentence]
    quote = ""
    for a in candidates:
        quote = text[max(a, q.end - _QUOTE_MAX):q.end].strip()
        span = quote_span(src, quote)
        if span is not None and span[0] <= q.start and q.end <= span[1]:
            break
    return quote


@dataclass
class _Tally:
    """What became of a marked answer's entries, for the provenance notes."""

    kept: int = 0
    unknown: int = 0
    slid: int = 0
    null: int = 0
    missing: int = 0
    periods: int = 0
    indicators: int = 0

    unmarked: int = 0

    def notes(self) -> list[str]:
        out = [f"marked extraction: {self.kept} figures' values, units, quotes and kinds taken from the source's "
               f"quantities at the marks the model answered; {self.indicators} figures' indicators and "
               f"{self.periods} figures' periods from the source's reading, where the model's was not the "
               "reading's name in words of the value's sentence, or no period"]
        left = [f"{n} {what}" for n, what in ((self.slid, "whose number is not the one before its mark"),
                                              (self.unknown, "with a mark the chunk does not have"),
                                              (self.null, "the model answered null"),
                                              (self.missing, "marks the model did not answer"),
                                              (self.unmarked, f"quantities past the chunk's first {MAX_MARKS}, "
                                                              "not marked")) if n]
        if left:
            out.append("marked extraction: left out: " + "; ".join(left))
        return out


@dataclass
class OfflineReading:
    """A document's reading (`src`) and the offline engine's figure of each of its quantities, by the
    quantity's span: the source's own reading of what each value is, which every chunk's answer is
    turned back into figures with. One per document, made by the model engine; the figures are read
    on the first chunk's use."""

    src: Source
    _figures: list[dict[tuple[int, int], ChunkFigure]] = field(default_factory=list)

    def figures(self) -> dict[tuple[int, int], ChunkFigure]:
        if not self._figures:
            self._figures.append(_figures_by_span(self.src))
        return self._figures[0]


def _figures_by_span(src: Source) -> dict[tuple[int, int], ChunkFigure]:
    """The offline engine's figure of each quantity of `src`, by span (its quote locates the clause,
    its value the quantity in it)."""
    text, quantities = src.text, src.quantities
    out: dict[tuple[int, int], ChunkFigure] = {}
    for f in figures_of(src):
        at = text.find(f.quote)  # its clause, as the text writes it; the same clause twice: the next writing
        while at >= 0:
            q = next((q for q in quantities if at <= q.start and q.end <= at + len(f.quote)
                      and _signed(q) == f.value and (q.start, q.end) not in out), None)
            if q is not None:
                out[(q.start, q.end)] = f
                break
            at = text.find(f.quote, at + 1)
    return out


def _signed(q: Quantity) -> float:
    """The value as written, a fall negative (下降3.2% is -3.2)."""
    return q.written_value if q.value >= 0 or q.written_value < 0 else -q.written_value


def _sentence(text: str, q: Quantity) -> str:
    a = max((text.rfind(ch, 0, q.start) for ch in SENTENCE_END + "\n"), default=-1) + 1
    ends = [i for i in (text.find(ch, q.end) for ch in SENTENCE_END + "\n") if i >= 0]
    return text[a:min(ends, default=len(text))]


def _indicator(text: str, q: Quantity, said: str, read: ChunkFigure | None) -> tuple[str, bool]:
    """The model's indicator where it holds the reading's name and is written in the value's sentence (a
    fuller writing of the same name), else the reading's; also whether the reading's was taken."""
    said = unmarked(said).strip()
    if read is None or not read.indicator:
        return said[:60], False
    plain = simplified(no_space(said))
    if plain and not any(ch.isdigit() for ch in plain) and plain in simplified(no_space(_sentence(text, q))) \
            and simplified(no_space(read.indicator)) in plain:
        return said[:60], False
    return read.indicator, True


def _period(said: str | None, tie: Tie | None, read: ChunkFigure | None) -> tuple[str | None, bool]:
    """The model's period where it writes a period (a year, months, a quarter: not 预测 or 全市); else the
    reading's, the period in force for the value; also whether the reading's was taken."""
    said = unmarked(said or "").strip()
    if said and periods_in(said):
        return said[:30], False
    if read is not None:
        return read.period, read.period is not None
    if tie is not None and tie.written is not None:
        return tie.written.raw[:30], True
    return None, False


def _figure(src: Source, q: Quantity, indicator: str, kind: str, period: str | None) -> ChunkFigure:
    """The figure of the quantity `q`: value, unit, qualifier and measure as the source writes them (a
    fall negative), the quote the source's."""
    text = src.text
    factor = q.value / q.written_value if q.written_value else 1.0
    return ChunkFigure.model_validate({
        "indicator": indicator or text[q.end:q.end + 12], "value": _signed(q), "unit": q.written_unit,
        "value_high": None if q.value_high is None else q.value_high / factor, "qualifier": q.qualifier,
        "measure": q.measure, "kind": kind, "period": period, "quote": quote_of(src, q)})


def unmark(doc: OfflineReading, marked: MarkedChunk, answer: MarkedExtraction) -> tuple[ChunkExtraction, list[str]]:
    """The chunk's answer as a ChunkExtraction: the entry of each mark the chunk has, whose copied
    number is the mark's, as the figure of the quantity at the mark (in the text's order); marks copied
    into any other field taken out. Also the notes that say what was taken from the source and what
    was left out."""
    tally = _Tally(unmarked=marked.unmarked)
    src = doc.src
    text = src.text
    ties = src.tie_of.all()
    reading = doc.figures()
    figures: list[ChunkFigure] = []
    answered = {code.strip().strip(OPEN + CLOSE).upper(): entry for code, entry in answer.figures.items()}
    tally.unknown = len(set(answered) - set(marked.marks))
    for code, q in marked.marks.items():
        if code not in answered:
            tally.missing += 1
            continue
        entry = answered[code]
        if entry is None:
            tally.null += 1
        elif not same_number(entry.number, q):
            tally.slid += 1
        else:
            read = reading.get((q.start, q.end))
            period, took_period = _period(entry.period, ties.get((q.start, q.end)), read)
            indicator, took_indicator = _indicator(text, q, entry.indicator, read)
            tally.periods += took_period
            tally.indicators += took_indicator
            tally.kept += 1
            figures.append(_figure(src, q, indicator, read.kind if read is not None else "actual", period))
    rest = _unmark_tree(answer.model_dump(exclude={"figures"}))
    return ChunkExtraction.model_validate({**rest, "figures": figures}), tally.notes()
