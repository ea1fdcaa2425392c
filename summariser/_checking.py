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
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from typing import Any, Iterable, Mapping

from . import _textmap
from ._english import scan_english
from ._models import CheckStatus, Figure, FigureCheck, NumberCheck
from ._quantities import Mention, Quantity, scan
from ._units import MULTIPLE, PERCENT, POINTS, describe, format_value, parse_unit, unit_class

_ADDITIVE = {"money", "count", "measure", "rate", "duration"}
_NOT_QUANTITY_KINDS = {"label", "code", "phone", "postcode", "url"}
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_QUAL_WORD = {"=": "", "~": "about ", ">": "more than ", ">=": "at least ", "<": "less than ", "<=": "at most "}


@dataclass(frozen=True, slots=True)
class Claim:
    """A claimed number in canonical form."""

    value: float
    value_high: float | None
    unit: str  # base unit; "" for a bare number
    accepts: frozenset[str]  # base units it may match; empty for a bare number
    qualifier: str
    measure: str | None
    written: str
    number: float  # the number as written, before its unit's multiplier (26 for 26亿元)
    quote: str
    tolerance: float  # absolute slack for a rounded claim, else 0

    def matches_unit(self, unit: str) -> bool:
        if not self.accepts:
            return True
        return unit in self.accepts or ("*" in self.accepts and unit_class(unit) == "count")


@dataclass(frozen=True, slots=True)
class _Source:
    text: str
    quantities: tuple[Quantity, ...]
    mentions: tuple[Mention, ...]
    sentence: tuple[int, ...]  # sentence number of each quantity
    view: _textmap.MappedText


@lru_cache(maxsize=32)
def _source(text: str) -> _Source:
    s = scan(text)
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    sentence = tuple(bisect.bisect_right(ends, q.start) for q in s.quantities)
    return _Source(text, s.quantities, s.mentions, sentence, s.view)


# ---------------------------------------------------------------- claims


def _tolerance(number_text: str, factor: float, rounded: bool) -> float:
    if not rounded:
        return 0.0
    decimals = len(number_text.split(".")[1]) if "." in number_text else 0
    return 0.5 * 10 ** (-decimals) * factor


def _num_text(v: float) -> str:
    return format_value(v, "%")[:-1]


def claim_from_figure(fig: Figure | Mapping[str, Any]) -> Claim | None:
    """Canonical form of a Figure or figure dict; None when its unit is unknown or it has no number."""
    d = fig.model_dump() if isinstance(fig, Figure) else dict(fig)
    if d.get("text") is not None and d.get("value") is None:
        claims = claims_in_text(str(d["text"]))
        return claims[0][1] if claims else None
    if d.get("value") is None:
        return None
    value = float(d["value"])
    unit_written = str(d.get("unit") or "")
    spec = parse_unit(unit_written)
    if spec is None:
        return None
    qualifier = str(d.get("qualifier") or "=")
    measure = d.get("measure")
    high = d.get("value_high")
    accepts = spec.accepts or (frozenset({spec.base}) if spec.base else frozenset())
    written = f"{_QUAL_WORD.get(qualifier, '')}{_num_text(value)}{unit_written}"
    if high is not None:
        written = f"{_num_text(value)}–{_num_text(float(high))}{unit_written}"
    return Claim(value=_tidy(value * spec.factor), value_high=None if high is None else _tidy(float(high) * spec.factor),
                 unit=spec.base, accepts=accepts, qualifier=qualifier, measure=measure, written=written,
                 number=value, quote=str(d.get("quote") or ""), tolerance=_tolerance(_num_text(abs(value)), spec.factor, qualifier == "~"))


def _tidy(v: float) -> float:
    return float(f"{v:.12g}")


def claims_in_text(text: str) -> list[tuple[tuple[int, int, str], Claim | Mention]]:
    """Every number in free text (Chinese or English) as a claim, or as a mention when it is a date or code."""
    found: list[tuple[tuple[int, int, str], Claim | Mention]] = []
    for e in scan_english(text):
        found.append(((e.start, e.end, e.raw), Claim(
            value=_tidy(e.value), value_high=None, unit=e.units[0], accepts=frozenset(u for u in e.units if u),
            qualifier=e.qualifier, measure=e.measure, written=e.raw.strip(), number=e.value / e.factor, quote="",
            tolerance=_tolerance(e.raw.split()[0] if e.raw.strip()[0].isdigit() else "0", e.factor, True))))
    s = scan(text, bare=True)
    taken = [(sp[0], sp[1]) for sp, _ in found]
    for q in s.quantities:
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        accepts = frozenset({q.unit}) if q.unit else frozenset()
        found.append(((q.start, q.end, q.raw), Claim(
            value=q.value, value_high=q.value_high, unit=q.unit, accepts=accepts, qualifier=q.qualifier,
            measure=q.measure, written=q.raw, number=q.written_value, quote="", tolerance=0.0)))
    for mention in s.mentions:
        if not any(a < mention.end and mention.start < b for (a, b, _), _c in found):
            found.append(((mention.start, mention.end, mention.raw), mention))
    found.sort(key=lambda x: x[0][0])
    return found


# ---------------------------------------------------------------- comparison


def _growth(value: float, unit: str, measure: str | None) -> float | None:
    """A percent growth or a multiple as a growth in percent (增长1.35倍 = +135%, 是…的1.5倍 = +50%)."""
    if unit == PERCENT and measure == "growth":
        return value
    if unit == MULTIPLE:
        return value * 100 if measure == "growth" else (value - 1) * 100
    return None


def _same(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= max(tol, 1e-9 * max(abs(a), abs(b)), 1e-12)


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


def _show(q: Quantity) -> str:
    shown = re.sub(r"\s+", "", _textmap.for_numbers(q.raw).text)
    if q.value < 0 and "-" not in shown:
        shown += f" (a fall: {format_value(q.value, q.unit)})"
    return shown


def _quote_span(src: _Source, quote: str) -> tuple[int, int] | None:
    q = re.sub(r"\s+", "", _textmap.for_numbers(quote).text)
    if not q or len(q) > 400:
        return None
    m = re.search(r"\s*".join(map(re.escape, q)), src.view.text)
    return src.view.to_original(*m.span()) if m else None


def check_claim(source: str, c: Claim) -> FigureCheck:
    """The verdict on one canonical claim against `source`."""
    src = _source(source)
    base = dict(canonical_value=c.value, canonical_value_high=c.value_high, canonical_unit=c.unit)
    qspan = _quote_span(src, c.quote) if c.quote else None
    note = "" if not c.quote or qspan else " The quote was not found in the source; the number was."
    order = sorted(src.quantities, key=lambda q: 0 if qspan and qspan[0] <= q.start and q.end <= qspan[1] else 1)
    weak: tuple[Quantity, str] | None = None
    for q in order:
        how = _value_match(c, q)
        if how is None:
            continue
        if not _qualifier_ok(c.qualifier, q.qualifier):
            weak = weak or (q, how)
            continue
        where = " (one end of the range)" if how == "range end" else ""
        return FigureCheck(status=CheckStatus.supported, span=(q.start, q.end), matched=_show(q),
                           reason=f"source says {_show(q)}{where}; claim is {c.written}.{note}", **base)
    if weak:
        q = weak[0]
        return FigureCheck(status=CheckStatus.unsupported, span=(q.start, q.end), matched=_show(q),
                           reason=f"source says {_show(q)}; claim is {c.written}, a stronger qualifier than the "
                                  f"source gives ({q.qualifier} in the source, {c.qualifier} claimed).", **base)
    derived = _derive(src, c)
    if derived:
        (a, b), how = derived
        return FigureCheck(status=CheckStatus.derived, span=(min(a.start, b.start), max(a.end, b.end)),
                           matched=how, reason=f"not stated, but {how} gives {c.written}, within one sentence "
                                                  f"of the source.", **base)
    return _explain(src, c, base)


def _derive(src: _Source, c: Claim) -> tuple[tuple[Quantity, Quantity], str] | None:
    if c.value_high is not None or not c.accepts:
        return None
    by_sentence: dict[int, list[Quantity]] = {}
    for q, s in zip(src.quantities, src.sentence):
        if q.value_high is None:
            by_sentence.setdefault(s, []).append(q)
    for qs in by_sentence.values():
        for a, b in permutations(qs, 2):
            got = _combine(c, a, b, len(qs))
            if got:
                return (a, b), got
    return None


def _combine(c: Claim, a: Quantity, b: Quantity, crowd: int) -> str | None:
    ca, cb = unit_class(a.unit), unit_class(b.unit)
    sa, sb = _show(a), _show(b)
    if a.unit == b.unit and ca in _ADDITIVE and c.matches_unit(a.unit):
        if _same(c.value, a.value + b.value, c.tolerance) and a.start < b.start:
            return f"{sa} + {sb}"
        if _same(c.value, a.value - b.value, c.tolerance):
            return f"{sa} − {sb}"
    if c.unit == POINTS and a.unit == b.unit == PERCENT and _same(c.value, a.value - b.value, c.tolerance):
        return f"{sa} − {sb}"
    if c.unit == PERCENT and a.unit == PERCENT and b.unit == POINTS:
        if _same(c.value, a.value - b.value, c.tolerance):
            return f"{sa} − {sb}"
        if _same(c.value, a.value + b.value, c.tolerance):
            return f"{sa} + {sb}"
    # Ratios are looser (rounded), so only in a sentence with few quantities of the unit.
    if a.unit == b.unit and ca in _ADDITIVE and b.value and crowd <= 3 and c.unit in (PERCENT, MULTIPLE):
        tol = max(c.tolerance, 0.5 * 10 ** -_decimals(c.value))
        ratio = a.value / b.value
        if c.unit == MULTIPLE and c.measure != "growth" and _same(c.value, ratio, tol):
            return f"{sa} ÷ {sb}"
        if c.unit == PERCENT and c.measure == "share" and _same(c.value, ratio * 100, tol):
            return f"{sa} ÷ {sb}"
        if c.unit == PERCENT and c.measure == "growth" and a.start > b.start and _same(c.value, (ratio - 1) * 100, tol):
            return f"{sb} → {sa}"
    del cb
    return None


def _decimals(v: float) -> int:
    s = _num_text(abs(v))
    return len(s.split(".")[1]) if "." in s else 0


def _explain(src: _Source, c: Claim, base: dict[str, Any]) -> FigureCheck:
    def no(reason: str, q: Quantity | None = None, status: CheckStatus = CheckStatus.unsupported) -> FigureCheck:
        span = (q.start, q.end) if q else None
        return FigureCheck(status=status, span=span, matched=_show(q) if q else None, reason=reason, **base)

    same_class = [q for q in src.quantities if _comparable(c, q) is not None]
    for q in same_class:
        cv, qv = _comparable(c, q) or (0.0, 0.0)
        if qv and cv and _same(abs(cv), abs(qv), c.tolerance) and (cv < 0) != (qv < 0):
            return no(f"source says {_show(q)}; claim is {c.written}, the opposite sign "
                      f"(write a fall as a negative value).", q)
    for q in same_class:
        cv, qv = _comparable(c, q) or (0.0, 0.0)
        if qv and cv and (cv > 0) == (qv > 0):
            import math

            k = math.log10(abs(cv / qv))
            if abs(k - round(k)) < 1e-9 and round(k) != 0:
                times = f"{10 ** abs(round(k)):,}×"
                side = "larger" if k > 0 else "smaller"
                return no(f"source says {_show(q)}; claim is {c.written}, {times} {side} "
                          f"(a unit or decimal-point error).", q)
    # Same number, other unit: a count claimed as money, percent claimed as points, 副 as 只.
    for q in src.quantities:
        same_number = _same(q.value, c.value, c.tolerance) or _same(q.written_value, c.number, 0)
        if same_number and q.unit != c.unit and c.accepts:
            return no(f"source has {_show(q)} ({describe(q.unit)}); claim is {c.written} "
                      f"({describe(c.unit)}).", q)
    # The number only appears inside a date, period, label or code.
    digits = {abs(c.value)} | ({abs(c.value) / f for f in (1e4, 1e8) if c.accepts})
    for m in src.mentions:
        if any(_same(n, d, 0) for n in m.numbers for d in digits):
            if m.kind in _NOT_QUANTITY_KINDS:
                return FigureCheck(status=CheckStatus.not_a_quantity, span=(m.start, m.end), matched=m.raw,
                                   reason=f"{_num_text(abs(c.value))} is a {m.kind} in the source ({m.raw}), "
                                          f"not a quantity.", **base)
            return no(f"{_num_text(abs(c.value))} appears in the source only in the {m.kind} {m.raw}, "
                      f"not as {describe(c.unit)}; claim is {c.written}.")
    for q in same_class:
        cv, qv = _comparable(c, q) or (0.0, 0.0)
        if sorted(_num_text(abs(cv))) == sorted(_num_text(abs(qv))):
            return no(f"source says {_show(q)}; claim is {c.written} (transposed digits?).", q)
        if q.unit != c.unit:  # compared as growth: a multiple against a percent
            return no(f"source says {_show(q)}, a growth of {_num_text(qv)}%; claim is {c.written}, "
                      f"a growth of {_num_text(cv)}%.", q)
    if same_class:
        cv = c.value
        near = min(same_class, key=lambda q: abs((_comparable(c, q) or (cv, 0.0))[1] - cv))
        return no(f"no {c.written} in the source; the closest figure of the same kind there is {_show(near)}.",
                  near)
    return no(f"no {describe(c.unit)} in the source matches {c.written}.")


# ---------------------------------------------------------------- public


def check_figures(source: str, figures: Iterable[Figure | Mapping[str, Any]]) -> list[FigureCheck]:
    """One verdict per figure (a Figure, or a dict with Figure fields or a `text` phrase)."""
    out: list[FigureCheck] = []
    for f in figures:
        claim = claim_from_figure(f)
        if claim is None:
            d = f.model_dump() if isinstance(f, Figure) else dict(f)
            what = d.get("text") if d.get("text") is not None else f"{d.get('value')}{d.get('unit') or ''}"
            why = "no number in it" if d.get("value") is None else f"unit {d.get('unit')!r} is not one the checker knows"
            out.append(FigureCheck(status=CheckStatus.not_a_quantity, reason=f"cannot read {what!r} as a quantity: {why}."))
            continue
        out.append(check_claim(source, claim))
    return out


def check_text(source: str, text: str) -> list[NumberCheck]:
    """A verdict on every number in free text (a headline or summary, Chinese or English)."""
    out: list[NumberCheck] = []
    for (a, b, raw), item in claims_in_text(text):
        if isinstance(item, Mention):
            kind = "a date or period" if item.kind in ("date", "period", "ordinal") else f"a {item.kind}"
            out.append(NumberCheck(status=CheckStatus.not_a_quantity, reason=f"{raw} is {kind}, not a quantity.",
                                   raw=raw, text_span=(a, b)))
            continue
        v = check_claim(source, item)
        out.append(NumberCheck(**v.model_dump(), raw=raw, text_span=(a, b)))
    return out
