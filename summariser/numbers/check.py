"""The rule-based cross-checker: a verdict on every number a summary claims.

A claim is resolved to a canonical value and base unit, then compared with every quantity the parser
finds in the source: equal after unit conversion and with a qualifier no stronger than the source's
is `supported`; equal to a sum, difference or ratio of two quantities in one sentence is `derived`;
a number the source only has as a label, code or phone number is `not_a_quantity`; anything else is
`unsupported`, with a reason naming what differs. A quote is only used to prefer a match: the number
itself must be found.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from typing import Any, Iterable, Mapping

from pydantic import BaseModel

from ..core import textmap
from ..core.chars import SENTENCE_BREAK, no_space
from ..core.errors import InputError, require
from ..core.models import CheckStatus, FigureCheck, NumberCheck
from ..core.simplify import simplified
from .attribution import (
    Period,
    Reading,
    Tie,
    bigrams,
    blank,
    forget_attribution,
    has_subject,
    indicator_words,
    parse_period,
    periods_in,
    size_band,
)
from .claims import Claim, claim_from_figure, claims_in_text, decimals, fields_of, forget_claims
from .quantities import Mention, Quantity, forget_scans, scan
from .units import MULTIPLE, PERCENT, POINTS, describe, format_value, number_text, unit_class

_ADDITIVE = {"money", "count", "measure", "rate", "duration"}
_NOT_QUANTITY_KINDS = {"label", "code", "phone", "postcode", "url"}


@dataclass(frozen=True, slots=True)
class _Source:
    quantities: tuple[Quantity, ...]
    sentences: tuple[dict[str, list[Quantity]], ...]  # single-valued quantities by sentence and unit
    view: textmap.MappedText
    by_unit: dict[str, tuple[Quantity, ...]]
    by_units: dict[frozenset[str], tuple[Quantity, ...]]  # memo of candidates()
    by_number: dict[float, list[Quantity]]  # by value in base units, range end, and value as written
    mention_of: dict[float, Mention]  # the first date, label or code holding a number
    tie_of: _Ties  # what the source ties each quantity to, by its span
    tied_by_units: dict[frozenset[str] | None, _Tied]  # memo of tied()

    def candidates(self, c: Claim) -> tuple[Quantity, ...]:
        """The quantities a claim can be compared with: its units, plus percents and multiples for growth."""
        units = _units(c)
        if units is None:
            return self.quantities
        got = self.by_units.get(units)
        if got is None:
            got = self.by_units[units] = tuple(sorted((q for u in units for q in self.by_unit.get(u, ())),
                                                      key=lambda q: q.start))
        return got

    def tied(self, c: Claim) -> _Tied:
        """The candidates of `c` with their ties, and how many of those ties hold each character pair:
        read once per unit set, not once per claim (a bulletin's hundred claims share them)."""
        units = _units(c)
        got = self.tied_by_units.get(units)
        if got is None:
            near = tuple((r, t) for r in self.candidates(c) if (t := self.tie_of.get((r.start, r.end))) is not None)
            counts = Counter(g for _, t in near for g in t.pairs)
            got = self.tied_by_units[units] = _Tied(near, {g: math.log(1 + len(near) / df) for g, df in counts.items()})
        return got


@dataclass(frozen=True, slots=True)
class _Tied:
    near: tuple[tuple[Quantity, Tie], ...]
    rarity: dict[str, float]  # each pair the ties hold, by how rare it is among them: log(1 + ties / ties holding it)

    def weights(self, claimed: frozenset[str]) -> dict[str, float]:
        """Each claimed pair weighted by how rare it is among the ties' pairs: 工业 is everywhere, 技改 is
        not. A pair in no tie carries no evidence either way and has no weight."""
        rarity = self.rarity
        return {g: rarity[g] for g in claimed if g in rarity}


def _units(c: Claim) -> frozenset[str] | None:
    """The units a claim is compared in (None: any)."""
    return _unit_set(c.accepts, c.unit)


@lru_cache(maxsize=256)  # a few unit sets serve every claim
def _unit_set(accepts: frozenset[str], unit: str) -> frozenset[str] | None:
    if not accepts or "*" in accepts:
        return None
    return accepts | {PERCENT, MULTIPLE} if unit in (PERCENT, MULTIPLE) else accepts


# Sized for the documents a batch holds in work (2 x concurrency): each document's source is read when
# the model answers and again when the summary is assembled, and rebuilding it is most of a check.
@lru_cache(maxsize=256)
def _source(text: str) -> _Source:
    s = scan(text)
    ends = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    groups: dict[int, dict[str, list[Quantity]]] = {}
    by_unit: dict[str, list[Quantity]] = {}
    by_number: dict[float, list[Quantity]] = {}
    for q in s.quantities:
        by_unit.setdefault(q.unit, []).append(q)
        keys = {_key(q.value)}  # as written and in base units, and a range's high end
        if q.written_value != q.value:
            keys.add(_key(q.written_value))
        if q.value_high:
            keys.add(_key(q.value_high))
        for v in keys:
            by_number.setdefault(v, []).append(q)
        if q.value_high is None:
            groups.setdefault(bisect.bisect_right(ends, q.start), {}).setdefault(q.unit, []).append(q)
    mention_of: dict[float, Mention] = {}
    for m in s.mentions:
        for n in m.numbers:
            mention_of.setdefault(_key(n), m)
    sentences = tuple(g for g in groups.values() if sum(map(len, g.values())) > 1)
    return _Source(s.quantities, sentences, s.view, {u: tuple(qs) for u, qs in by_unit.items()}, {},
                   by_number, mention_of, _Ties(s.quantities, s.view), {})


class _Ties:
    """What the source ties each quantity to, by its span, read on first use and a sentence at a time:
    a check of values alone (a claim with no indicator, period or kind) never pays for it, and one
    that names only a period reads only the periods."""

    __slots__ = ("_quantities", "_view", "_index", "_reading")

    def __init__(self, quantities: tuple[Quantity, ...], view: textmap.MappedText) -> None:
        self._quantities, self._view = quantities, view
        self._index: dict[tuple[int, int], int] | None = None
        self._reading: Reading | None = None

    def _read(self) -> tuple[Reading, dict[tuple[int, int], int]]:
        if self._reading is None or self._index is None:
            qs, origin = self._quantities, self._view.origin
            if type(origin) is range:
                spans = [(q.start, q.end) for q in qs]
            else:  # the parser's view dropped ruby: its offsets are found from the original's
                spans = [(bisect.bisect_left(origin, q.start), bisect.bisect_left(origin, q.end)) for q in qs]
            self._reading = Reading(self._view.text, spans, [q.unit_class == "rate" for q in qs])
            self._index = {}
            for n, q in enumerate(qs):
                self._index.setdefault((q.start, q.end), n)
        return self._reading, self._index

    def get(self, span: tuple[int, int]) -> Tie | None:
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.tie(n)

    def period(self, span: tuple[int, int]) -> tuple[Period | None, bool] | None:
        """The period in force for a quantity and whether it is stated before it, as its Tie has them,
        without reading indicator words (a claim that names only a period needs no more)."""
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.period(n)

    def all(self) -> dict[tuple[int, int], Tie]:
        reading, _ = self._read()
        return {(q.start, q.end): t for q, t in zip(self._quantities, reading.all(), strict=True)}


# ---------------------------------------------------------------- comparison


def _growth(value: float, unit: str, measure: str | None) -> float | None:
    """A percent growth or a multiple as a growth in percent (增长1.35倍 = +135%, 是…的1.5倍 = +50%)."""
    if unit == PERCENT and measure == "growth":
        return value
    if unit == MULTIPLE:
        return value * 100 if measure == "growth" else (value - 1) * 100
    return None


def _same(a: float, b: float, tol: float) -> bool:
    d = abs(a - b)
    return d <= tol or d <= 1e-12 or d <= 1e-9 * max(abs(a), abs(b))


def _comparable(c: Claim, q: Quantity) -> tuple[float, float] | None:
    """The claim's and the quantity's values in one space, or None when their units differ."""
    if c.matches_unit(q.unit) and not (q.unit == MULTIPLE and c.measure and c.measure != q.measure):
        return (c.value, q.value)
    gc, gq = _growth(c.value, c.unit, c.measure), _growth(q.value, q.unit, q.measure)
    if gc is not None and gq is not None:
        return (gc, gq)
    return None


def _value_match(c: Claim, q: Quantity) -> str | None:
    """'exact', 'range end' or None."""
    pair = _comparable(c, q)
    if pair is None:
        return None
    cv, qv = pair
    if c.value_high is not None:
        if q.value_high is not None and _same(cv, qv, c.tolerance) and _same(c.value_high, q.value_high, c.tolerance):
            return "exact"
        return None
    if _same(cv, qv, c.tolerance):
        return "exact"
    if q.value_high is not None and _same(cv, q.value_high, c.tolerance):
        return "range end"
    return None


def _qualifier_ok(claimed: str, source: str) -> bool:
    if claimed in ("=", "~"):
        return True
    allowed = {">=": {">=", ">", "="}, ">": {">", ">="}, "<=": {"<=", "<", "="}, "<": {"<", "<="}}
    return source in allowed.get(claimed, set())


@lru_cache(maxsize=4096)
def _compact(raw: str) -> str:
    """The text as the parser reads it, without whitespace (ruby, width, traditional forms and OCR breaks gone)."""
    return no_space(textmap.folded(raw))


def _show(q: Quantity) -> str:
    """A source quantity as a person reads it: 突破125亿元, 10万吨/年 (ruby and OCR breaks dropped)."""
    shown = _compact(q.raw)
    if q.value < 0 and "-" not in shown:
        shown += f" (a fall: {format_value(q.value, q.unit)})"
    return shown


def _quote_span(src: _Source, quote: str) -> tuple[int, int] | None:
    q = _compact(quote)
    if not q or len(q) > 400:
        return None
    at = src.view.text.find(q)  # the common case: the quote as it stands
    if at >= 0:
        return src.view.to_original(at, at + len(q))
    m = re.search(r"\s*".join(map(re.escape, q)), src.view.text)  # across OCR breaks
    return src.view.to_original(*m.span()) if m else None


def _pool(src: _Source, c: Claim) -> Iterable[Quantity]:
    """Quantities that may equal the claim. An exact claim in a plain unit is looked up by value;
    the comparison in check_claim still decides, so the lookup can only narrow, never accept."""
    if c.tolerance == 0 and c.accepts and "*" not in c.accepts and c.unit not in (PERCENT, MULTIPLE):
        return [q for q in src.by_number.get(_key(c.value), ()) if q.unit in c.accepts]
    return src.candidates(c)


def _verdict(c: Claim, status: CheckStatus, reason: str, span: tuple[int, int] | None = None,
             matched: str | None = None) -> FigureCheck:
    return FigureCheck(status=status, reason=reason, span=span, matched=matched, canonical_value=c.value,
                       canonical_value_high=c.value_high, canonical_unit=c.unit)


@lru_cache(maxsize=8192)
def check_claim(source: str, c: Claim) -> FigureCheck:
    """The verdict on one canonical claim against `source` (memoised: a figure is checked when the
    model answers, when chunks merge and when the summary is assembled; the verdict is immutable)."""
    if not c.finite:
        return FigureCheck(status=CheckStatus.unsupported, canonical_unit=c.unit,
                           reason=f"the claim's value {c.written} is not a finite number; no source states one.")
    src = _source(source)
    qspan = _quote_span(src, c.quote) if c.quote else None
    note = "" if not c.quote or qspan else " The quote was not found in the source; the number was."
    order = list(_pool(src, c))
    if qspan:
        # The quote is the figure's evidence: where it holds the claimed value, that value decides, and
        # the same number tied elsewhere to the claimed indicator or period does not rescue a claim the
        # quote contradicts (a reader checks the quote, not the rest of the article).
        inside = [q for q in order if qspan[0] <= q.start and q.end <= qspan[1] and _value_match(c, q) is not None]
        order = inside or order
    weak: tuple[Quantity, str] | None = None
    misplaced: tuple[Quantity, str] | None = None
    for q in order:
        how = _value_match(c, q)
        if how is None:
            continue
        if not _qualifier_ok(c.qualifier, q.qualifier):
            weak = weak or (q, how)
            continue
        wrong = _attribution_problem(src, c, q) if c.attributed else None
        if wrong is not None:
            misplaced = misplaced or (q, wrong)
            continue
        where = " (one end of the range)" if how == "range end" else ""
        if c.tolerance and not _same(c.value, q.value_high if how == "range end" and q.value_high else q.value, 0):
            where += " (the claim rounds it)"
        return _verdict(c, CheckStatus.supported, f"source says {_show(q)}{where}; claim is {c.written}.{note}",
                        (q.start, q.end), _show(q))
    if misplaced:
        q, wrong = misplaced
        return _verdict(c, CheckStatus.misattributed, wrong, (q.start, q.end), _show(q))
    if c.indicator and c.value > 0 and c.unit in (PERCENT, POINTS):
        turned = _direction(src, c)
        if turned is not None:
            return turned
    if weak:
        q = weak[0]
        return _verdict(c, CheckStatus.unsupported, f"source says {_show(q)}; claim is {c.written}, a stronger "
                        f"qualifier than the source gives ({q.qualifier} in the source, {c.qualifier} claimed).",
                        (q.start, q.end), _show(q))
    if not c.accepts and c.tolerance == 0:  # a bare number: copied as it stands in the source?
        for q in scan(source, bare=True).quantities:
            if not q.unit and _same(q.value, c.value, 0):
                return _verdict(c, CheckStatus.supported, f"the source has the bare number {_show(q)}; claim is "
                                f"{c.written}.", (q.start, q.end), _show(q))
    derived = None if c.quote and not qspan else _derive(src, c)  # a quote the source lacks derives nothing
    if derived:
        (a, b), how = derived
        return _verdict(c, CheckStatus.derived, f"not stated, but {how} gives {c.written}, within one sentence "
                        f"of the source.", (min(a.start, b.start), max(a.end, b.end)), how)
    return _explain(src, c)


_CHANGE_WORDS = re.compile(r"增加|减少|新增|多|少|增长|下降|变化|增量")
# A claimed indicator contradicts the source's when another quantity's words hold at least this share
# of its (rarity-weighted) character pairs, and that much more than the words of the value it gives.
_FITS = 0.6
_DOMINATES = 0.15
_OWN = 0.25  # the weight share of claimed pairs only the value's own words hold, that makes it a paraphrase


@lru_cache(maxsize=4096)
def _claimed_words(indicator: str) -> frozenset[str]:
    return bigrams(indicator_words(simplified(_compact(indicator))))


_KINDS = ("actual", "target", "forecast")


def _attribution_problem(src: _Source, c: Claim, q: Quantity) -> str | None:
    """Why the source does not tie `q` to the claim's indicator, period or kind; None when it does."""
    span = (q.start, q.end)
    claimed = _claimed_words(c.indicator) if c.indicator else frozenset()
    # A claim that names only a period (全年…) is checked against the source's periods alone: the
    # source's indicator reading, most of the cost of a check, is made when a claim needs it.
    tie = src.tie_of.get(span) if claimed or c.kind in _KINDS else None
    in_force = (tie.period, tie.stated) if tie is not None else src.tie_of.period(span)
    if in_force is None:
        return None
    problems: list[str] = []
    other: Quantity | None = None
    best = 0.0
    if tie is not None and claimed:
        tied = src.tied(c)
        near = tied.near
        w = tied.weights(claimed)
        total = sum(w.values()) or 1.0  # a claim whose pairs no tie holds fits nothing
        # how much of the claim's weighted pairs a tie's words hold, 0 to 1
        weight = w.get
        own = sum(weight(g, 0.0) for g in claimed & tie.pairs) / total
        # A rival's score is at most 1: when the value's own words hold nearly all of the claim, none
        # can hold _DOMINATES more, and the ties need not be compared (the common case, a right claim).
        for r, t in near if own < 1 - _DOMINATES + 1e-9 else ():
            shared = claimed & t.pairs
            if not shared or r is q:
                continue
            score = sum(map(w.__getitem__, shared)) / total  # a near tie's pairs all have weights
            if score < _FITS or score - own < _DOMINATES or _value_match(c, r) is not None:
                continue
            # Only a rival that holds (nearly) every claimed pair the value's own words hold, and more
            # of them, contradicts the claim (新进规企业 against 小进规企业): where the value's words
            # name a telling part of the claim the rival lacks (食品 in 食品行业增加值), it is a paraphrase.
            unique = sum(w.get(g, 0.0) for g in claimed & tie.pairs - t.pairs)
            if unique < _OWN * total and (other is None or score > best):
                other, best = r, score
        band = size_band(c.indicator)
        if other is None and band is not None and size_band(tie.shown) not in (None, band):
            # 10亿元以上项目 is not 5亿元至10亿元项目, however alike their other words
            other = next((r for r, t in near if r is not q and size_band(t.shown) == band), None)
            problems.append("indicator")
        elif other is not None:
            problems.append("indicator")
    claimed_period = parse_period(c.period) if c.period else None
    # Only a period stated before the value contradicts a claim: the article's first, written after
    # it, is a guess (and a chunk read alone would guess another).
    period, stated = in_force
    if claimed_period is not None and period is not None and stated and claimed_period.conflicts(period):
        problems.append("period")
    if tie is not None and tie.kind and c.kind in _KINDS and "actual" in (c.kind, tie.kind) and tie.kind != c.kind:
        problems.append("kind")
    # 较去年同期增加47家 is a change, not a level: claimed as the count itself, with no word of change
    if q.measure == "change" and c.measure == "level" and q.unit not in (PERCENT, POINTS) \
            and not _CHANGE_WORDS.search(c.indicator or ""):
        problems.append("measure")
    if not problems:
        return None
    tie = tie or src.tie_of.get(span)  # the reason names the source's words
    if tie is None:
        return None
    where = ", ".join(x for x in (tie.period.raw if tie.period and "period" in problems else None,
                                  tie.kind if "kind" in problems else None) if x)
    said = f"source gives {_show(q)} to {_brief(tie.shown)}" + (f" ({where})" if where else "")
    # The brackets name the source's period or kind exactly where the claim's differs, and "for 工业投资
    # it gives 34%" says its indicator is wrong: only what neither says is spelled out.
    claim = "; ".join(x for x in (f"the claim puts it under {c.indicator}"
                                  if "indicator" in problems and other is None else "",
                                  "claims a change as a level" if "measure" in problems else "") if x)
    also = f"; for {c.indicator} it gives {_show(other)}" if other is not None else ""
    return f"{said}{also}" + (f": {claim}." if claim else ".")


_BRIEF = 26  # characters of the source's indicator words a reason shows, at most


def _brief(words: str) -> str:
    """Long indicator words (a whole list before 共…纳入) cut to their start and the words nearest the value."""
    return words if len(words) <= _BRIEF else f"{words[:6]}…{words[-(_BRIEF - 7):]}"


# Words of an indicator that carry a fall or a gap below: the claim may then write the value unsigned.
_DOWN_WORDS = re.compile(r"低于?|慢于?|下拉|下降|下滑|回落|减少|降幅|落后")
_UP_WORDS = re.compile(r"高于?|快于?|拉动|增长|增加|提高|上升|领先")


def _direction(src: _Source, c: Claim) -> FigureCheck | None:
    """A claim written unsigned whose indicator says the direction (低于全市平均 8.4 for the source's
    −8.4 points): supported when the words say down, misattributed when they say up."""
    flipped = c._replace(value=-c.value, number=-c.number)
    for q in _pool(src, flipped):
        if _value_match(flipped, q) is None or not _qualifier_ok(c.qualifier, q.qualifier):
            continue
        words = simplified(c.indicator)
        if _DOWN_WORDS.search(words):
            return _verdict(c, CheckStatus.supported, f"source says {_show(q)}; claim is {c.written} under "
                            f"{c.indicator}, whose words carry the fall.", (q.start, q.end), _show(q))
        if _UP_WORDS.search(words):
            return _verdict(c, CheckStatus.misattributed, f"source gives {_show(q)}, a fall or a gap below; "
                            f"the claim puts {c.written} under {c.indicator}, a rise or a gap above.",
                            (q.start, q.end), _show(q))
    return None


def _derive(src: _Source, c: Claim) -> tuple[tuple[Quantity, Quantity], str] | None:
    if c.value_high is not None or not c.accepts:
        return None
    for group in src.sentences:
        for qs in _operand_sets(c, group):
            if c.unit not in (PERCENT, POINTS, MULTIPLE) and c.tolerance == 0:
                pairs: Iterable[tuple[Quantity, Quantity]] = _sum_or_difference_pairs(c, qs)
            else:
                pairs = permutations(qs, 2)
            for a, b in pairs:
                if not (_exact(a) and _exact(b)):
                    continue  # 亿元以上, 超过20家: a bound is not an amount to add or subtract
                got = _combine(c, a, b, len(qs))
                # A share is of a part and its whole, points are a gap to the percent they follow
                if got and ("÷" in got or POINTS in (a.unit, b.unit) or _one_indicator(src, a, b)):
                    return (a, b), got
    return None


def _exact(q: Quantity) -> bool:
    return q.qualifier in ("=", "~") and q.value_high is None


def _one_indicator(src: _Source, a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure one thing (从8万副增加到30万副; 268个, 较1至9月增加30个): a sum,
    difference or growth is only derived from such a pair, a share from a part and its whole."""
    ta, tb = src.tie_of.get((a.start, a.end)), src.tie_of.get((b.start, b.end))
    if ta is None or tb is None:
        return False
    ga, gb = ta.pairs, tb.pairs
    if not ga or not gb:
        return ta.words == tb.words
    return len(ga & gb) / min(len(ga), len(gb)) >= 0.6


def _operand_sets(c: Claim, group: dict[str, list[Quantity]]) -> Iterable[list[Quantity]]:
    """Lists of quantities in one sentence that can combine into the claim's unit."""
    if c.unit not in (PERCENT, POINTS, MULTIPLE):
        same = [q for u, qs in group.items() if c.matches_unit(u) for q in qs]
        if len(same) >= 2:
            yield same
        return
    if c.unit != MULTIPLE:
        percents = group.get(PERCENT, []) + group.get(POINTS, [])
        if len(percents) >= 2:
            yield percents
    if c.unit != POINTS:  # ratios of two amounts, only where a sentence has few of that unit
        yield from (qs for u, qs in group.items() if 2 <= len(qs) <= 3 and unit_class(u) in _ADDITIVE)


def _key(v: float) -> float:
    return float(f"{v:.9g}")


def _sum_or_difference_pairs(c: Claim, qs: list[Quantity]) -> Iterable[tuple[Quantity, Quantity]]:
    """Only the pairs whose sum or difference can equal an exact claim: a lookup, not every pair."""
    by_value: dict[float, list[Quantity]] = {}
    for q in qs:
        by_value.setdefault(_key(q.value), []).append(q)
    for a in qs:
        for want in (c.value - a.value, a.value - c.value):
            for b in by_value.get(_key(want), ()):
                if b is not a:
                    yield (a, b)


def _combine(c: Claim, a: Quantity, b: Quantity, crowd: int) -> str | None:
    op = _operation(c, a, b, crowd)
    return None if op is None else op.format(a=_show(a), b=_show(b))


def _operation(c: Claim, a: Quantity, b: Quantity, crowd: int) -> str | None:
    additive = a.unit == b.unit and unit_class(a.unit) in _ADDITIVE
    if additive and c.matches_unit(a.unit):
        if _same(c.value, a.value + b.value, c.tolerance) and a.start < b.start:
            return "{a} + {b}"
        if _same(c.value, a.value - b.value, c.tolerance):
            return "{a} − {b}"
    if c.unit == POINTS and a.unit == b.unit == PERCENT and _same(c.value, a.value - b.value, c.tolerance):
        return "{a} − {b}"
    if c.unit == PERCENT and a.unit == PERCENT and b.unit == POINTS:
        if _same(c.value, a.value - b.value, c.tolerance):
            return "{a} − {b}"
        if _same(c.value, a.value + b.value, c.tolerance):
            return "{a} + {b}"
    # Ratios are looser (rounded), so only in a sentence with few quantities of the unit.
    if additive and b.value and crowd <= 3 and c.unit in (PERCENT, MULTIPLE):
        tol = max(c.tolerance, 0.5 * 10.0 ** -decimals(c.value))
        ratio = a.value / b.value
        if c.unit == MULTIPLE and c.measure != "growth" and _same(c.value, ratio, tol):
            return "{a} ÷ {b}"
        if c.unit == PERCENT and c.measure == "share" and _same(c.value, ratio * 100, tol):
            return "{a} ÷ {b}"
        if c.unit == PERCENT and c.measure == "growth" and a.start > b.start and _same(c.value, (ratio - 1) * 100, tol):
            return "{b} → {a}"
    return None


def _explain(src: _Source, c: Claim) -> FigureCheck:
    def no(reason: str, q: Quantity | None = None) -> FigureCheck:
        return _verdict(c, CheckStatus.unsupported, reason, (q.start, q.end) if q else None, _show(q) if q else None)

    same_class = [(q, *pair) for q in src.candidates(c) if (pair := _comparable(c, q)) is not None]
    for q, cv, qv in same_class:
        if qv and cv and _same(abs(cv), abs(qv), c.tolerance) and (cv < 0) != (qv < 0):
            return no(f"source says {_show(q)}; claim is {c.written}, the opposite sign "
                      f"(write a fall as a negative value).", q)
    for q, cv, qv in same_class:
        ratio = abs(cv / qv) if qv and cv and (cv > 0) == (qv > 0) else 0.0
        if 0 < ratio < math.inf:
            k = math.log10(ratio)
            if abs(k - round(k)) < 1e-9 and round(k) != 0:
                times = f"{10 ** abs(round(k)):,}×"
                side = "larger" if k > 0 else "smaller"
                return no(f"source says {_show(q)}; claim is {c.written}, {times} {side}.", q)
    # Same number, other unit: a count claimed as money, percent claimed as points, 副 as 只.
    same_number = [q for v in {_key(c.value), _key(c.number)} for q in src.by_number.get(v, ())]
    for q in sorted(same_number, key=lambda q: q.start):
        if q.unit != c.unit and c.accepts:
            return no(f"source has {_show(q)} ({describe(q.unit)}); claim is {c.written} "
                      f"({describe(c.unit)}).", q)
    # The number only appears inside a date, period, label or code.
    found = [src.mention_of[k] for k in {_key(abs(c.value)), _key(abs(c.number))} if k in src.mention_of]
    if found:
        m = min(found, key=lambda m: m.start)
        if m.kind in _NOT_QUANTITY_KINDS:
            return _verdict(c, CheckStatus.not_a_quantity, f"{number_text(abs(c.value))} is a {m.kind} in the "
                            f"source ({m.raw}), not a quantity.", (m.start, m.end), m.raw)
        return no(f"{number_text(abs(c.value))} appears in the source only in the {m.kind} {m.raw}, "
                  f"not as {describe(c.unit)}; claim is {c.written}.")
    for q, cv, qv in same_class:
        if sorted(number_text(abs(cv))) == sorted(number_text(abs(qv))):
            return no(f"source says {_show(q)}; claim is {c.written} (transposed digits?).", q)
        if q.unit != c.unit and c.unit in (PERCENT, MULTIPLE):  # compared as growth: a multiple against a percent
            return no(f"source says {_show(q)}, a growth of {number_text(qv)}%; claim is {c.written}, "
                      f"a growth of {number_text(cv)}%.", q)
    if same_class:
        near, _, _ = min(same_class, key=lambda x: abs(x[2] - x[1]))
        return no(f"no {c.written} in the source; the closest of its kind is {_show(near)}.", near)
    return no(f"no {describe(c.unit)} in the source matches {c.written}.")


# ---------------------------------------------------------------- public


def quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where `text` holds `quote`, as the checker finds it (simplified or traditional, ruby and spaces
    aside); None when it does not."""
    return _quote_span(_source(text), quote) if quote.strip() else None


def ties_of(text: str) -> dict[tuple[int, int], Tie]:
    """What `text` ties each of its quantities to (indicator words, period in force, kind), by the
    quantity's span: the reading the checker holds claims to."""
    return _source(text).tie_of.all()


def index_source(text: str) -> None:
    """Parse and index `text` for checking now (memoised), so that its first check is quicker."""
    _source(text)


def forget() -> None:
    """Empty the parser's and checker's memos (benchmarks time cold passes with it)."""
    forget_scans()
    forget_claims()
    forget_attribution()
    for memo in (_source, check_claim, _check_text, _compact, _claimed_words):
        memo.cache_clear()


def check_figures(source: str, figures: Iterable[BaseModel | Mapping[str, Any]]) -> list[FigureCheck]:
    """One verdict per figure (a Figure, or a dict with Figure fields or a `text` phrase)."""
    require(source, str, "check_figures() takes the source text as a str")
    if isinstance(figures, (str, bytes, BaseModel, Mapping)) or not isinstance(figures, Iterable):
        raise InputError("check_figures() takes a list of figures (Figure objects or dicts such as "
                         f"{{'value': 390, 'unit': '亿元'}}), not {type(figures).__name__}")
    out: list[FigureCheck] = []
    for f in figures:
        require(f, (BaseModel, Mapping), "each figure is a Figure or a dict such as {'value': 390, 'unit': '亿元'}")
        claim = claim_from_figure(f)
        if claim is None:
            d = fields_of(f)
            what = d.get("text") if d.get("text") is not None else f"{d.get('value')}{d.get('unit') or ''}"
            why = "no number in it" if d.get("value") is None else f"unit {d.get('unit')!r} is not one it knows"
            out.append(FigureCheck(status=CheckStatus.not_a_quantity,
                                   reason=f"cannot read {what!r} as a quantity: {why}."))
            continue
        out.append(check_claim(source, claim))
    return out


def check_text(source: str, text: str) -> list[NumberCheck]:
    """A verdict on every number in free text (a headline or summary, Chinese or English)."""
    require(source, str, "check_text() takes the source text as a str")
    require(text, str, "check_text() takes the text to check (a headline or summary) as a str")
    return list(_check_text(source, text))


@lru_cache(maxsize=1024)  # a summary is checked when the model answers and again when it is assembled
def _check_text(source: str, text: str) -> tuple[NumberCheck, ...]:
    out: list[NumberCheck] = []
    words = _TextWords(text)
    for (a, b, raw), item in claims_in_text(text):
        if isinstance(item, Mention):
            kind = "a date or period" if item.kind in ("date", "period", "ordinal") else f"a {item.kind}"
            out.append(NumberCheck(status=CheckStatus.not_a_quantity, reason=f"{raw} is {kind}, not a quantity.",
                                   raw=raw, text_span=(a, b)))
            continue
        v = check_claim(source, words.claim(a, item))
        out.append(NumberCheck(**vars(v), raw=raw, text_span=(a, b)))
    return tuple(out)


_TEXT_CLAUSE = re.compile(r"[，,；;。！？!?：:、\n]")


class _TextWords:
    """What the words of free text tie its numbers to: the indicator words before a number in its
    clause (工业增加值增长20%) and the period in its sentence (一季度…), so that a number of a headline
    or summary is checked as a figure's is. The text is read once, whatever its length."""

    def __init__(self, text: str) -> None:
        self.text = simplified(text)
        self.periods = periods_in(self.text)
        self.period_ends = [b for _, b, _ in self.periods]
        self.plain = blank(self.text, [(a, b) for a, b, _ in self.periods])  # periods are not indicator words
        self.clauses = [m.end() for m in _TEXT_CLAUSE.finditer(self.text)]
        self.sentences = [m.end() for m in SENTENCE_BREAK.finditer(self.text)]

    def claim(self, at: int, c: Claim) -> Claim:
        """`c` (the number at `at`) with the indicator and period its words give it."""
        clause = self.clauses[bisect.bisect_right(self.clauses, at) - 1] if self.clauses and self.clauses[0] <= at \
            else 0
        sentence = self.sentences[bisect.bisect_right(self.sentences, at) - 1] \
            if self.sentences and self.sentences[0] <= at else 0
        i = bisect.bisect_right(self.period_ends, at) - 1
        period = self.periods[i][2].raw if i >= 0 and self.periods[i][0] >= sentence else ""
        head = self.plain[clause:at].strip()
        indicator = head if has_subject(indicator_words(head)) else ""
        if not (indicator or period):
            return c
        return c._replace(indicator=indicator, period=period)
