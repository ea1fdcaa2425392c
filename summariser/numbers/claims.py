"""Claims: a figure, a figure dict or a number in free text, in canonical form (value in base units)."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Mapping, NamedTuple

from pydantic import BaseModel

from .english import scan_english
from .quantities import Mention, scan
from .unit_parser import parse_unit
from .units import MULTIPLE, number_text, tidy, unit_class

_QUAL_WORD = {"=": "", "~": "about ", ">": "more than ", ">=": "at least ", "<": "less than ", "<=": "at most "}


class Claim(NamedTuple):
    """A claimed number in canonical form (a named tuple: one is built for every number checked)."""

    value: float
    value_high: float | None
    unit: str  # base unit; "" for a bare number
    accepts: frozenset[str]  # base units it may match; empty for a bare number
    qualifier: str
    measure: str | None
    number: float  # the number as written, before its unit's multiplier (26 for 26亿元)
    quote: str
    tolerance: float  # absolute slack for a rounded claim, else 0
    raw: str = ""  # the claim as written in free text
    unit_written: str = ""  # the unit as written in a figure
    indicator: str = ""  # what the claim says the value measures, in its own words ("" when it says not)
    period: str = ""  # the period it claims, as written
    kind: str = ""  # actual, target, forecast, threshold; "" when it says not
    subject: str = ""  # whose value it is (我市, 全省, 宜昌市), "" when it says not

    @property
    def attributed(self) -> bool:
        """Whether the claim ties its value to anything the source can contradict."""
        return bool(self.indicator or self.period or self.kind or self.subject)

    @property
    def written(self) -> str:
        """The claim as a person would write it, for reasons."""
        if self.raw:
            raw = self.raw.strip()
            return raw if len(raw) <= 40 else raw[:39] + "…"
        if self.value_high is not None:
            high = self.value_high / self.value * self.number if self.value else self.value_high
            return f"{number_text(self.number)}–{number_text(high)}{self.unit_written}"
        return f"{_QUAL_WORD.get(self.qualifier, '')}{number_text(self.number)}{self.unit_written}"

    @property
    def finite(self) -> bool:
        """Whether the claim is a number at all (not inf, -inf or NaN, in base units)."""
        return math.isfinite(self.value) and (self.value_high is None or math.isfinite(self.value_high))

    def matches_unit(self, unit: str) -> bool:
        if not self.accepts:
            return True
        return unit in self.accepts or ("*" in self.accepts and unit_class(unit) == "count")


def _tolerance(value: float, decimals: int, factor: float) -> float:
    """Slack for a rounded claim: half its last written digit, and never more than 5% of it."""
    return min(0.5 * 10.0 ** (-decimals) * factor, 0.05 * abs(value) * factor)


def fields_of(fig: BaseModel | Mapping[str, Any]) -> Mapping[str, Any]:
    """A figure's fields without copying them (a model's __dict__ holds its field values)."""
    return vars(fig) if isinstance(fig, BaseModel) else fig


def claim_from_figure(fig: BaseModel | Mapping[str, Any]) -> Claim | None:
    """Canonical form of a Figure or figure dict; None when its unit is unknown or it has no number."""
    d = fields_of(fig)
    args = (d.get("text"), d.get("value"), d.get("unit"), d.get("qualifier"), d.get("measure"), d.get("value_high"),
            d.get("quote"), d.get("indicator"), d.get("period"), d.get("kind"), d.get("subject"))
    try:  # memoised: one figure is checked when the model answers, when chunks merge and when assembled
        return _claim(*args)
    except TypeError:  # an unhashable field in a caller's dict
        return _claim.__wrapped__(*args)


@lru_cache(maxsize=8192)
def _claim(text: Any, value: Any, unit: Any, qualifier: Any, measure: Any, high: Any, quote: Any,
           indicator: Any = None, period: Any = None, kind: Any = None, subject: Any = None) -> Claim | None:
    if text is not None and value is None:
        return next((c for _, c in claims_in_text(str(text)) if isinstance(c, Claim)), None)
    value, high_value = as_number(value), as_number(high)
    if value is None or (high is not None and high_value is None):
        return None
    unit_written = str(unit or "")
    if unit_written == _DOUBLINGS:  # (翻一番 claimed as 1番: twice as much, 2倍; 翻两番 4倍)
        # (claimed as a growth, 比2009年翻两番 grew by three times the base: 增长3倍, as 4倍 of it reads as a growth)
        value, unit_written = 2.0 ** value - (1 if measure == "growth" else 0), MULTIPLE
    spec = parse_unit(unit_written)
    if spec is None:
        return None
    qualifier = str(qualifier or "=")
    accepts = spec.accepts or (frozenset({spec.base}) if spec.base else frozenset())
    tolerance = _tolerance(value, decimals(value), spec.factor) if qualifier == "~" else 0.0
    high_value = None if high_value is None else tidy(high_value * spec.factor)
    return Claim(value=tidy(value * spec.factor), value_high=high_value,
                 unit=spec.base, accepts=accepts, qualifier=qualifier, measure=measure, number=value,
                 quote=_text(quote), tolerance=tolerance, unit_written=unit_written,
                 indicator=_as_signed(str(indicator or ""), value), period=str(period or ""), kind=str(kind or ""),
                 subject=str(subject or ""))


def as_number(value: Any) -> float | None:
    """A claimed value as a float: an int too large for one is infinite (and so no finite number, as NaN is);
    None for what is no number ('', 'abc', '1.2.3', None)."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    except (TypeError, ValueError):
        return None


_DOUBLINGS = "番"
# A pull on a whole's growth (拉动, 上拉, 带动, 影响) claimed below zero is a drag, as the source writes one
# (第一产业投资拉动投资增速 −2.8 for 拉低投资增速2.8个百分点).
_PULL = re.compile(r"拉[动動]|上拉|[带帶][动動]|影[响響]")  # (a claim in traditional characters too: 拉動)


def _as_signed(indicator: str, value: float) -> str:
    """A claimed indicator with a pull claimed below zero read as the drag it is."""
    return _PULL.sub("下拉", indicator) if value < 0 and "下拉" not in indicator else indicator


def _text(field: Any) -> str:
    """A text field as a string (a caller's list of quote parts read as the parts joined)."""
    if isinstance(field, (list, tuple)):
        return "".join(map(str, field))
    return str(field or "")


def claims_in_text(text: str) -> list[tuple[tuple[int, int, str], Claim | Mention]]:
    """Every number in free text (Chinese or English) as a claim, or as a mention when it is a date or code."""
    found: list[tuple[tuple[int, int, str], Claim | Mention]] = []
    for e in scan_english(text):
        found.append(((e.start, e.end, e.raw), Claim(
            value=tidy(e.value), value_high=None, unit=e.units[0], accepts=frozenset(u for u in e.units if u),
            qualifier=e.qualifier, measure=e.measure, number=e.value / e.factor, quote="",
            tolerance=_tolerance(e.value / e.factor, e.decimals, e.factor), raw=e.raw)))
    s = scan(text, bare=True)
    taken = [(sp[0], sp[1]) for sp, _ in found]
    for q in s.quantities:
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        accepts = frozenset({q.unit}) if q.unit else frozenset()
        found.append(((q.start, q.end, q.raw), Claim(
            value=q.value, value_high=q.value_high, unit=q.unit, accepts=accepts, qualifier=q.qualifier,
            measure=q.measure, number=q.written_value, quote="", tolerance=0.0, raw=q.raw)))
    for mention in s.mentions:
        if not any(a < mention.end and mention.start < b for (a, b, _), _c in found):
            found.append(((mention.start, mention.end, mention.raw), mention))
    found.sort(key=lambda x: x[0][0])
    return found


@lru_cache(maxsize=4096)
def decimals(v: float) -> int:
    s = number_text(abs(v))
    return len(s.split(".")[1]) if "." in s else 0


def forget_claims() -> None:
    """Empty the claim memos."""
    _claim.cache_clear()
    decimals.cache_clear()
