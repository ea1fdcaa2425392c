"""Comparing a claim's value with a source quantity's: units, growth written as a multiple, rounding
and qualifiers; and the verdict a check returns."""

from __future__ import annotations

import re

from ..core.models import CheckStatus, FigureCheck
from .claims import Claim
from .quantities import Quantity
from .units import MULTIPLE, PERCENT, POINTS

# Words that say a claimed amount is a change (比上年末增加17家 claimed as 新增…).
# (not a class by how its members moved: 产值正增长的行业, 实现增长的企业, 负增长的行业 are counted, not changed)
CHANGE_WORDS = re.compile(r"增加(?!值)|减少|净增|净减|增收|减收|新增|多|少|(?<![正负])增长(?!的)|下降(?!的)|变化|增量")
# How a claimed indicator's last words name its measure when the claim gives none: …增速 is a growth,
# …占比 a share (工业投资增速 38.5% is no 比重达38.5%; 工业投资增速 120% is 增长1.2倍).
_NAMED_GROWTH = re.compile(r"(?:增速|增幅|增长率|同比增长|增长)$")
_NAMED_SHARE = re.compile(r"(?:占比|比重|所占比例|的比例)$")


FRACTION_WRITTEN = re.compile(r"分之")  # (a share the source writes as a fraction in words, 三分之一)


def claimed_measure(c: Claim) -> str | None:
    """The claim's measure, or the one its indicator names when it gives none: a percent's growth or share
    by its last words; a count or amount whose words say no change is a level. None when they do not tell."""
    if c.measure:
        return c.measure
    words = (c.indicator or "").strip()
    if not words:
        return None
    if c.unit == PERCENT:
        return "growth" if _NAMED_GROWTH.search(words) else "share" if _NAMED_SHARE.search(words) else None
    return "level" if c.unit not in (PERCENT, POINTS) and not CHANGE_WORDS.search(words) else None


def growth(value: float, unit: str, measure: str | None) -> float | None:
    """A percent growth or a multiple as a growth in percent (增长1.35倍 = +135%, 是…的1.5倍 = +50%)."""
    if unit == PERCENT and measure == "growth":
        return value
    if unit == MULTIPLE:
        return value * 100 if measure == "growth" else (value - 1) * 100
    return None


def same(a: float, b: float, tol: float) -> bool:
    d = abs(a - b)
    return d <= tol or d <= 1e-12 or d <= 1e-9 * max(abs(a), abs(b))


def comparable(c: Claim, q: Quantity) -> tuple[float, float] | None:
    """The claim's and the quantity's values in one space, or None when their units differ."""
    if c.unit == "" and q.unit == PERCENT and FRACTION_WRITTEN.search(q.raw):
        return (round(c.value * 100, 2), q.value)  # (三分之一左右 claimed as a bare ratio, 0.3333: a third either way)
    if c.matches_unit(q.unit) and not (q.unit == MULTIPLE and c.measure and c.measure != q.measure):
        return (c.value, q.value)
    gc, gq = growth(c.value, c.unit, claimed_measure(c)), growth(q.value, q.unit, q.measure)
    if gc is not None and gq is not None:
        return (gc, gq)
    return None


def value_match(c: Claim, q: Quantity) -> str | None:
    """'exact', 'range end' or None."""
    pair = comparable(c, q)
    if pair is None:
        return None
    cv, qv = pair
    if c.value_high is not None:
        if q.value_high is not None and same(cv, qv, c.tolerance) and same(c.value_high, q.value_high, c.tolerance):
            return "exact"
        return None
    if q.value_high is not None:  # one end of a range: the claim must say which bound it is
        return "range end" if same(cv, qv, c.tolerance) or same(cv, q.value_high, c.tolerance) else None
    if same(cv, qv, c.tolerance):
        return "exact"
    return None


def qualifier_ok(claimed: str, source: str) -> bool:
    """Whether a claimed qualifier is no stronger than the source's. A value written without one may be a
    floor the source states (突破210亿元 as 210亿元), never a ceiling it is short of (不到20% is not 20%)."""
    if claimed == "~" or (claimed == "=" and source != "<"):
        return True
    allowed = {">=": {">=", ">", "="}, ">": {">", ">="}, "<=": {"<=", "<", "="}, "<": {"<", "<="}}
    return source in allowed.get(claimed, set())


def verdict(c: Claim, status: CheckStatus, reason: str, span: tuple[int, int] | None = None,
             matched: str | None = None) -> FigureCheck:
    return FigureCheck(status=status, reason=reason, span=span, matched=matched, canonical_value=c.value,
                       canonical_value_high=c.value_high, canonical_unit=c.unit)
