"""Comparing a claim's value with a source quantity's: units, growth written as a multiple, rounding
and qualifiers; and the verdict a check returns."""

from __future__ import annotations

from ..core.models import CheckStatus, FigureCheck
from .claims import Claim
from .quantities import Quantity
from .units import MULTIPLE, PERCENT


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
    if c.matches_unit(q.unit) and not (q.unit == MULTIPLE and c.measure and c.measure != q.measure):
        return (c.value, q.value)
    gc, gq = growth(c.value, c.unit, c.measure), growth(q.value, q.unit, q.measure)
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
