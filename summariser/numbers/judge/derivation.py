"""Derivation: whether what is derived from a value (a sum, a difference, a gap in points added or taken) can be
the claim's value: the base the claim names, the place and kind the value is of."""

from __future__ import annotations

from ...core.simplify import simplified
from ..claims import Claim
from ..periods import Period, parse_period
from ..quantities import Quantity
from ..source import Source
from ..units import PERCENT, POINTS
from .kind import _other_kind
from .measure import _period_base
from .period import _RELATIVE_YEARS
from .subject import _BASE, _subject
from .text import OK, _own_shown, claimed_text


def derives_for(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether what is derived from `q` can be the claim's value: `q` is not another place's than the claim's,
    nor may be (全省…增长8.2%，比1-7月加快0.1个百分点 for a claim on 烟台市); and a gap in points added to or
    taken from a percent is one to a base the claim names (增长6.1%，比全省高0.5个百分点: 5.6% is 全省's;
    比一季度回落0.5个百分点: 6.6% is 一季度's; 拉动0.5个百分点 is a gap to nothing)."""
    tie = src.tie_of.get((q.start, q.end)) if c.indicator or c.subject or c.period else None
    if tie is None:
        return True
    if q.unit == POINTS and c.unit == PERCENT \
            and not _base_claimed(src, c, q, _own_shown(tie)):
        return False
    if _other_kind(c.kind, tie.kind):
        return False  # (a result is not derived from goals, nor a goal from results)
    return not (c.indicator or c.subject) or _subject(src, c, q, tie).status == OK


def _base_claimed(src: Source, c: Claim, q: Quantity, own: str) -> bool:
    """Whether the claim names the base a gap's own words compare with: its place, or its period (上年 as the
    year before the one in force: 2022年 on 2023年's page)."""
    places = _BASE.findall(own)
    if places:
        return places[-1] in claimed_text((c.subject or "") + c.indicator)
    base = _period_base(own)
    claimed = parse_period(c.period) if c.period else None
    if base is None or claimed is None:
        return False
    if simplified(c.period).strip() == base.raw:
        return True
    year, months = _base_stretch(src, q, base)
    claimed_months = claimed.months or ((1, 12) if claimed.year and not claimed.other else None)
    if months is None or claimed_months != months:
        return False
    if claimed.year and claimed.year.isdigit():
        return year is None or int(claimed.year) == year  # (a year the page does not write is not refuted)
    # (no year, or a relative one: the value's year, shifted as the base is: 上半年 is not 上年同期)
    base_shift = -1 if base.other in _YEAR_BEFORE_BASES else _RELATIVE_YEARS.get(base.year or "", 0)
    return _RELATIVE_YEARS.get(claimed.year or "今年") == base_shift


_YEAR_BEFORE_BASES = ("上年同期", "去年同期", "上一年同期")


def _base_stretch(src: Source, q: Quantity, base: Period) -> tuple[int | None, tuple[int, int] | None]:
    """The year (None where unknown) and the months of the period a gap at `q` compares with: 一季度 of the value's
    year; 上年同期 the value's months a year before; 上月 the month before the value's month; 上年 the whole year
    before."""
    period = src.tie_of.period((q.start, q.end))
    months = period[0].months if period is not None and period[0] is not None else None
    written = src.tie_of.year((q.start, q.end))
    year = int(written) if written is not None and written.isdigit() else None
    if base.other in _YEAR_BEFORE_BASES:
        return (year - 1 if year else None), months
    if base.other == "上月":
        single = months is not None and months[0] == months[1] and months[0] > 1
        return year, ((months[0] - 1, months[0] - 1) if single and months else None)
    shift = _RELATIVE_YEARS.get(base.year or "")
    if shift is not None:
        return (year + shift if year else None), base.months or (1, 12)
    return (int(base.year) if base.year and base.year.isdigit() else year), base.months
