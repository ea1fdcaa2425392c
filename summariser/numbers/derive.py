"""`derived`: a claimed value that is a sum, difference or ratio of two quantities of one sentence."""

from __future__ import annotations

import re
from itertools import permutations
from typing import Callable, Iterable

from .claims import Claim, decimals
from .compare import same
from .periods import Period
from .quantities import Quantity
from .source import Source, key, show
from .units import MULTIPLE, PERCENT, POINTS, unit_class

_ADDITIVE = {"money", "count", "measure", "rate", "duration"}


def derive(src: Source, c: Claim, fits: Callable[[Quantity], bool]) -> tuple[tuple[Quantity, Quantity], str] | None:
    """The first two quantities of one sentence that combine into the claimed value, both `fits` the claim
    (of its place), and how they combine; None when no two do."""
    if c.value_high is not None or not c.accepts or _written_in_points(src, c):
        return None
    for group in src.sentences:
        for qs in _operand_sets(c, group):
            if c.unit not in (PERCENT, POINTS, MULTIPLE) and c.tolerance == 0:
                pairs: Iterable[tuple[Quantity, Quantity]] = _sum_or_difference_pairs(c, qs)
            else:
                pairs = permutations(qs, 2)
            for a, b in pairs:
                if not (_exact(a) and _exact(b)) or _grade(src, a) or _grade(src, b):
                    continue  # 亿元以上, 超过20家, 五千亿元级: a bound or a grade is not an amount to add or subtract
                got = _combine(c, a, b, len(qs), _later(src, a, b))
                # (between them in the view's offsets, not the page's: a page with ruby has fewer characters there)
                between = src.view.text[src.view_at(min(a.end, b.end)):src.view_at(max(a.start, b.start))]
                if got and "+" in got and "其中" in between:
                    continue  # a whole and its own part (120家，其中新增15家) add up to nothing
                # A share is of a part and its whole, points are a gap to the percent they follow
                if got and ("÷" in got or POINTS in (a.unit, b.unit) or _one_indicator(src, a, b)) \
                        and fits(a) and fits(b):
                    return (a, b), got
    return None


def _written_in_points(src: Source, c: Claim) -> bool:
    """A percent the source writes as points, or points it writes as a percent (拉动增长8.2个百分点 claimed as
    a growth of 8.2%): a copy under the wrong unit, not a value to derive from others by chance."""
    if c.unit not in (PERCENT, POINTS):
        return False
    return any(q.unit in (PERCENT, POINTS) and q.unit != c.unit and same(q.written_value, c.number, 0)
               for q in src.by_number.get(key(c.number), ()))  # (indexed by the value as written too)


def _exact(q: Quantity) -> bool:
    return q.qualifier in ("=", "~") and q.value_high is None


def _grade(src: Source, q: Quantity) -> bool:
    """Whether an amount names a grade of size (五千亿元级汽车产业集群), not an amount of anything."""
    # (in the simplified view, at its offset of the value's end: 億(yì)元級(jí) on the page is 亿元级 there)
    return src.simplified_text().startswith("级", src.view_at(q.end))


def _one_indicator(src: Source, a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure one thing (从8万副增加到30万副; 268个, 较1至9月增加30个): a sum,
    difference or growth is only derived from such a pair, a share from a part and its whole."""
    ta, tb = src.tie_of.get((a.start, a.end)), src.tie_of.get((b.start, b.end))
    if ta is None or tb is None:
        return False
    if ta.member and tb.member and ta.member != tb.member:
        return False  # (新开工、竣工项目分别为38个、21个，同比分别增加6个、减少3个: a 分别 list's items are two things)
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


def _sum_or_difference_pairs(c: Claim, qs: list[Quantity]) -> Iterable[tuple[Quantity, Quantity]]:
    """Only the pairs whose sum or difference can equal an exact claim: a lookup, not every pair."""
    by_value: dict[float, list[Quantity]] = {}
    for q in qs:
        by_value.setdefault(key(q.value), []).append(q)
    for a in qs:
        for want in (c.value - a.value, a.value - c.value):
            for b in by_value.get(key(want), ()):
                if b is not a:
                    yield (a, b)


def _later(src: Source, a: Quantity, b: Quantity) -> bool:
    """Whether `a` is the later value of a pair of one thing's, the base being the other: the one its words do
    not write as the base (18.6亿千瓦时，上年为19.4亿千瓦时; 12.3亿元，上年同期为10.5亿元), else the one of the
    later year (a table's columns 2024年 | 2023年), else the one written after (从8万副增加到30万副)."""
    base_a, base_b = _written_as_base(src, a), _written_as_base(src, b)
    if base_a != base_b:
        return base_b
    ta, tb = src.tie_of.get((a.start, a.end)), src.tie_of.get((b.start, b.end))
    order = _years_order(ta.period if ta else None, tb.period if tb else None)
    if order:
        return order > 0
    return a.start > b.start


def _written_as_base(src: Source, q: Quantity) -> bool:
    """Whether the words right before a value write it as last year's, the base of a change (上年为, 去年同期的)."""
    at = src.view_at(q.start)
    return _BASE_LEAD.search(src.simplified_text()[max(0, at - _BASE_REACH):at]) is not None


_BASE_LEAD = re.compile(r"(?:上年|去年|上一年|前一年)(?:同期)?(?:完成|实现)?(?:为|是|的)?$")
_BASE_REACH = 8
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "前年": -2}


def _years_order(one: Period | None, other: Period | None) -> int:
    """How the years of two periods stand: positive when `one`'s is later, negative when earlier, 0 when either
    names none or they cannot be told apart. Years as written compare as numbers; a relative year before the one
    in force (上年, 去年) is before a year as written (2024年 and 上年 of one sentence)."""
    ya, yb = (one.year if one else None), (other.year if other else None)
    if not ya or not yb or ya == yb:
        return 0
    if ya.isdigit() and yb.isdigit():
        return int(ya) - int(yb)
    ra, rb = _RELATIVE_YEAR.get(ya, 0), _RELATIVE_YEAR.get(yb, 0)  # (a year as written: the one in force)
    return ra - rb


def _combine(c: Claim, a: Quantity, b: Quantity, crowd: int, later: bool) -> str | None:
    op = _operation(c, a, b, crowd, later)
    return None if op is None else op.format(a=show(a), b=show(b))


def _operation(c: Claim, a: Quantity, b: Quantity, crowd: int, later: bool) -> str | None:
    additive = a.unit == b.unit and unit_class(a.unit) in _ADDITIVE
    got = _sum_or_difference(c, a, b, additive)
    # Ratios are looser (rounded), so only in a sentence with few quantities of the unit.
    if got is None and additive and b.value and crowd <= 3 and c.unit in (PERCENT, MULTIPLE):
        got = _ratio(c, a, b, later)
    return got


def _sum_or_difference(c: Claim, a: Quantity, b: Quantity, additive: bool) -> str | None:
    if additive and c.matches_unit(a.unit):
        if same(c.value, a.value + b.value, c.tolerance) and a.start < b.start:
            return "{a} + {b}"
        if same(c.value, a.value - b.value, c.tolerance):
            return "{a} − {b}"
    if c.unit == POINTS and a.unit == b.unit == PERCENT and same(c.value, a.value - b.value, c.tolerance):
        return "{a} − {b}"
    if c.unit == PERCENT and a.unit == PERCENT and b.unit == POINTS:
        if same(c.value, a.value - b.value, c.tolerance):
            return "{a} − {b}"
        if same(c.value, a.value + b.value, c.tolerance):
            return "{a} + {b}"
    return None


def _ratio(c: Claim, a: Quantity, b: Quantity, later: bool) -> str | None:
    tol = max(c.tolerance, 0.5 * 10.0 ** -decimals(c.value))
    ratio = a.value / b.value
    if c.unit == MULTIPLE and c.measure != "growth" and same(c.value, ratio, tol):
        return "{a} ÷ {b}"
    if c.unit == PERCENT and c.measure == "share" and ratio <= 1 and same(c.value, ratio * 100, tol):
        return "{a} ÷ {b}"  # (a share is of a part and its whole: never more than all of it)
    if c.unit == PERCENT and c.measure == "growth" and later and same(c.value, (ratio - 1) * 100, tol):
        return "{b} → {a}"
    return None
