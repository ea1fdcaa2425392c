"""Why a value is not in the source: the nearest thing the source has (sign, power of ten, unit, a
date or code holding the number, transposed digits)."""

from __future__ import annotations

import math
import re

from ..core.models import CheckStatus, FigureCheck
from .claims import Claim
from .compare import comparable, same, verdict
from .quantities import Quantity
from .source import Source, key, show
from .units import MULTIPLE, MULTIPLIERS, PERCENT, describe, number_text

_NOT_QUANTITY_KINDS = {"label", "code", "phone", "postcode", "url"}


def explain(src: Source, c: Claim) -> FigureCheck:
    """Why a value is not in the source, as near as the source comes to it."""
    same_class = [(q, *pair) for q in src.candidates(c) if (pair := comparable(c, q)) is not None]
    unread = unit_unread(src, c)
    if unread is not None:
        return unread
    for reason in (_sign_or_scale, _other_unit, _in_a_mention, _digits_or_growth, _closest):
        got = reason(src, c, same_class)
        if got is not None:
            return got
    return _no(c, f"no {describe(c.unit)} in the source matches {c.written}.")


_Compared = list[tuple[Quantity, float, float]]  # a quantity of the claim's class, the claim's and its value


def _no(c: Claim, reason: str, q: Quantity | None = None) -> FigureCheck:
    return verdict(c, CheckStatus.unsupported, reason, (q.start, q.end) if q else None, show(q) if q else None)


def unit_unread(src: Source, c: Claim) -> FigureCheck | None:
    """The claimed number stands in the source with no unit read for it (a cell of a table whose shape is not read,
    its unit on a line of its own: 单位：亿元 … 421.07; or 单位：万元 … 331570, claimed as 33.157亿元): it may be the
    claim's, so it is neither confirmed nor refuted. None where no such number stands there."""
    wanted = [key(abs(c.number)), key(abs(c.value))]
    units_line = _UNITS_LINE.search(src.text) if c.unit == "元" else None
    if units_line is not None:
        wanted.append(key(abs(c.value) / MULTIPLIERS[units_line.group(1)]))  # (the page's unit, 万元: 331570)
    cells = src.unitless_cells()
    found = [cells[k] for k in wanted if k in cells]
    if not found:
        return None
    q = min(found, key=lambda f: f.start)  # (the first in the text, as a scan of it finds)
    return verdict(c, CheckStatus.unconfirmed, f"source has {show(q)} with no unit read for it; it may or may "
                   f"not be {c.written}.", (q.start, q.end), show(q))


# A line that gives the unit of a table's cells in money (单位：万元), with the multiplier it writes.
_UNITS_LINE = re.compile(r"单位\s*[：:]\s*(?:[^\n]{0,12}?[、,，])?(万|亿)元")


def _sign_or_scale(src: Source, c: Claim, same_class: _Compared) -> FigureCheck | None:
    for q, cv, qv in same_class:
        if qv and cv and same(abs(cv), abs(qv), c.tolerance) and (cv < 0) != (qv < 0):
            return _no(c, f"source says {show(q)}; claim is {c.written}, the opposite sign "
                       f"(write a fall as a negative value).", q)
    for q, cv, qv in same_class:
        ratio = abs(cv / qv) if qv and cv and (cv > 0) == (qv > 0) else 0.0
        if 0 < ratio < math.inf:
            k = math.log10(ratio)
            if abs(k - round(k)) < 1e-9 and round(k) != 0:
                times = f"{10 ** abs(round(k)):,}×"
                side = "larger" if k > 0 else "smaller"
                return _no(c, f"source says {show(q)}; claim is {c.written}, {times} {side}.", q)
    return None


def _other_unit(src: Source, c: Claim, same_class: _Compared) -> FigureCheck | None:
    """Same number, other unit: a count claimed as money, percent claimed as points, 副 as 只."""
    same_number = [q for v in {key(c.value), key(c.number)} for q in src.by_number.get(v, ())]
    for q in sorted(same_number, key=lambda q: q.start):
        if q.unit != c.unit and c.accepts:
            return _no(c, f"source has {show(q)} ({describe(q.unit)}); claim is {c.written} ({describe(c.unit)}).", q)
    return None


def _in_a_mention(src: Source, c: Claim, same_class: _Compared) -> FigureCheck | None:
    """The number only appears inside a date, period, label or code."""
    found = [src.mention_of[k] for k in {key(abs(c.value)), key(abs(c.number))} if k in src.mention_of]
    if not found:
        return None
    m = min(found, key=lambda m: m.start)
    if m.kind in _NOT_QUANTITY_KINDS:
        return verdict(c, CheckStatus.not_a_quantity, f"{number_text(abs(c.value))} is a {m.kind} in the "
                       f"source ({m.raw}), not a quantity.", (m.start, m.end), m.raw)
    if m.kind == "ordinal" and c.unit in _RANKS and src.text.startswith(c.unit, m.end):
        # (a rank claimed in its own counter, 全市排位2位 for 居全市第2位: the rank the page gives, but of which
        # measure and among which places the checker does not read for ranks, so it neither passes nor refuses)
        return verdict(c, CheckStatus.unconfirmed, f"source has the rank {m.raw}{c.unit}; which measure it ranks is "
                       "not checked for ranks.", (m.start, m.end + len(c.unit)), m.raw + c.unit)
    return _no(c, f"{number_text(abs(c.value))} appears in the source only in the {m.kind} {m.raw}, "
               f"not as {describe(c.unit)}; claim is {c.written}.")


_RANKS = frozenset({"位", "名"})  # the counters of a rank (第2位, 第3名)


def _digits_or_growth(src: Source, c: Claim, same_class: _Compared) -> FigureCheck | None:
    for q, cv, qv in same_class:
        if sorted(number_text(abs(cv))) == sorted(number_text(abs(qv))):
            return _no(c, f"source says {show(q)}; claim is {c.written} (transposed digits?).", q)
        if q.unit != c.unit and c.unit in (PERCENT, MULTIPLE):  # compared as growth: a multiple against a percent
            return _no(c, f"source says {show(q)}, a growth of {number_text(qv)}%; claim is {c.written}, "
                       f"a growth of {number_text(cv)}%.", q)
    return None


def _closest(src: Source, c: Claim, same_class: _Compared) -> FigureCheck | None:
    if not same_class:
        return None
    near, _, _ = min(same_class, key=lambda x: abs(x[2] - x[1]))
    return _no(c, f"no {c.written} in the source; the closest of its kind is {show(near)}.", near)
