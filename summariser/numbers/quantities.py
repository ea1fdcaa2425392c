"""Find every quantity in Chinese text: value in base units, unit, qualifier, range, offsets.

Pure: regular expressions over an offset-mapped view of the text (see core.textmap). Dates, periods,
ordinals, quoted labels and codes are recognised as *mentions* of numbers that are not quantities,
which the checker uses to explain why a claimed number is not a figure.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from ..core import textmap
from ..core.errors import require
from ..core.regex import Anchored
from .chinese import CN_CHARS, CN_DIGITS, parse_chinese_numeral
from .unit_parser import parse_unit
from .units import MULTIPLE, PER, PERCENT, POINTS, UNIT_WORDS, tidy, unit_class


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text. `value` is in base units (390亿元 -> 3.9e10, unit 元)."""

    value: float
    unit: str
    qualifier: str
    value_high: float | None
    raw: str
    start: int
    end: int
    written_value: float
    written_unit: str
    measure: str = "level"

    @property
    def unit_class(self) -> str:
        return unit_class(self.unit)


class Mention(NamedTuple):
    """A number in text that is not a quantity: a date, period, ordinal, label, code, phone, URL (a
    named tuple: a page holds dozens)."""

    kind: str
    raw: str
    start: int
    end: int
    folded: str  # the span as the parser read it (ruby dropped, width and traditional forms folded)

    @property
    def numbers(self) -> tuple[float, ...]:
        """The numbers written inside the mention (正月初七 -> 7; 027-60830827 -> 27, 60830827)."""
        return _numbers_in(self.folded)


@lru_cache(maxsize=4096)
def _numbers_in(s: str) -> tuple[float, ...]:
    found = (_number(x, None) if x[0].isdigit() else parse_chinese_numeral(x) for x in _NUMS_IN.findall(s))
    return tuple(v for v in found if v is not None)


_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
_CN = "[" + CN_CHARS + "]+"
_UNITS = "|".join(re.escape(u) for u in UNIT_WORDS)
_PERS = "|".join(sorted(PER, key=len, reverse=True))
# 成 as a tenth (3成 = 30%) but not the first character of a word (成立, 成本, 成为...).
_CHENG = "成(?![立本为果功交效员品长熟套型都片批绩就形色分规像])"
_WS = r"[ \t\r\n]{0,4}"  # OCR breaks a figure across spaces and blank lines
def _multiplier(ch: str) -> str:
    """A multiplier character, but not as the first character of a unit word (千瓦, 千伏, 百分点)."""
    nxt = "".join(sorted({u[1] for u in UNIT_WORDS if u.startswith(ch) and len(u) > 1}))
    return f"{ch}(?![{nxt}])" if nxt else ch


_MULT = f"(?:万亿|{'|'.join(_multiplier(ch) for ch in '万亿百千')})*"
_QTY = re.compile(
    rf"(?P<neg>[-负])?(?:(?P<ar>{_ARABIC})|(?P<cn>{_CN}))(?P<ap1>多|余)?{_WS}"
    rf"(?P<mult>{_MULT})(?P<ap2>多|余)?{_WS}"
    rf"(?P<unit>{_UNITS}|{_CHENG})?(?:/(?P<per>{_PERS}))?"
    r"(?P<post>以上|以下|左右|上下|以内|之内|多)?"
)
# A quantity starts with a sign, a digit or a Chinese numeral: the pattern is only tried there.
_QTY_AT = Anchored(_QTY, rf"-负\d{CN_CHARS}")
_PERCENT_WORD = re.compile(rf"百分之(?P<ar>{_ARABIC})?(?P<cn>{_CN})?")
_DOUBLE = re.compile(r"翻(?:了)?(?P<n>一|两|二|三|四)?番")

_PREFIX_QUAL = re.compile(
    r"(?P<q>不低于|不少于|不超过|不高于|不到|不足|低于|少于|至少|最多|超过|突破|将近|接近|大约|约为|约|(?<![最附])近|逾|超)"
    r"(?:了)?[ ]?$"
)
_QUAL_OF = {"不低于": ">=", "不少于": ">=", "至少": ">=", "不超过": "<=", "不高于": "<=", "最多": "<=",
            "不到": "<", "不足": "<", "低于": "<", "少于": "<", "超过": ">", "突破": ">", "逾": ">",
            "超": ">", "将近": "~", "接近": "~", "大约": "~", "约为": "~", "约": "~", "近": "~",
            "以上": ">=", "以下": "<=", "以内": "<=", "之内": "<=", "左右": "~", "上下": "~", "多": ">",
            "余": ">"}
# The last characters _PREFIX_QUAL and _NEG_BEFORE can end on, a cheap test before the regex (`$` also
# matches before a final newline): the words' ends, 了, and the qualifiers allowed after the verb.
_PREFIX_QUAL_ENDS = frozenset("于过到足少多破近约为逾超了")
_NEG_BEFORE_ENDS = frozenset("降少滑低落减小幅为达了约近过逾")
_NEG_BEFORE = re.compile(r"(?:下降|减少|下滑|降低|回落|缩减|缩小|减|降|降幅(?:为|达)?)(?:了)?(?:约|近|超过|逾)?$")
_GROWTH_BEFORE = re.compile(r"(?:(?:增长|增速|增幅|同比|环比|上涨|上升|涨幅|提高|提升|下降|下滑|降低|回落|降幅|减少)"
                            r"[^，,。；;、到至为]{0,6}|(?:降幅|增幅|涨幅|增速)(?:为|达到?))$")
# Points that say a value is below another, or falls: 低8.4个百分点, 低于全市平均8.4个百分点, 下拉2.4个百分点,
# 慢于全省1.5个百分点, 降幅扩大6.4个百分点 (降幅收窄 is a rise, 高于/快于/拉动 are above).
_POINTS_DOWN = re.compile(r"(?<![不最])(?:低于?|慢于?|下拉|落后于?|降幅扩大|差距扩大)[^，,。；;、高快]{0,12}$")
_CHANGE_BEFORE = re.compile(r"(?:增加|减少|多|少)(?:了)?$")
_SHARE_BEFORE = re.compile(r"(?:占|比重|占比|份额|率|覆盖)[^，,。；;、]{0,6}$")
_RATIO_BEFORE = re.compile(r"(?:是|为|达|达到|相当于)[^，,。；;、]{0,12}的$")
_RANGE_MARKS = ("至", "到", "-", "~", "—", "–", "－")
_RANGE_LO = re.compile(rf"(?P<lo>{_ARABIC}|{_CN})(?P<mult>{_MULT})(?P<unit>{_UNITS})?[ ]?(?:至|到|-|~|—|–|－)[ ]?$")

# Mentions: numbers that are not quantities.
_MENTIONS = [
    # An e-mail's parts bounded as the RFC bounds them: unbounded runs on both sides of "@" would make
    # the regex retry every position of a long run (quadratic).
    # Its three forms (http…, www., name@host) written to start with one character class, which the
    # regex engine skips to: the class's first character, then a look-behind for which form it began.
    ("url", re.compile(r"[A-Za-z0-9._%+-](?:(?<=h)ttps?://[!-~]+|(?<=w)ww\.[A-Za-z0-9./_-]+"
                       r"|[A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.]+)", re.ASCII)),
    ("code", re.compile(r"(?:ICP备|ICP证|公网安备|网站标识码|标识码|备案号)[:： ]*[A-Za-z0-9-]*?\d[A-Za-z0-9-]*号?")),
    # (?<!\d) written after the first character, so the pattern starts with a character class
    ("phone", re.compile(r"[01](?<!\d[01])(?:(?<=0)\d{2,3}-?\d{7,8}|(?<=1)[3-9]\d{9})(?!\d)")),
    ("postcode", re.compile(r"(?:邮编|邮政编码)[:： ]*\d{6}")),
    # Each pattern starts with a character class, which lets the regex engine skip to candidates.
    ("date", re.compile(r"\d(?:\d{3}[-/.]\d{1,2}[-/.]\d{1,2}|\d{3}年(?:\d{1,2}(?:[-至到]\d{1,2})?月(?:\d{1,2}[日号])?)?"
                        r"|\d?(?:[-至到~]\d{1,2})?月(?:\d{1,2}(?:[-至到]\d{1,2})?[日号])?(?:底|初|中旬|上旬|下旬)?"
                        r"|\d?[日号])")),
    ("period", re.compile(r"[第一二三四1-4正腊农初上下\d](?:(?<=第)[一二三四1-4]季度|(?<=[一二三四1-4])季度"
                          r"|(?<=[正腊])月初?[一二三四五六七八九十廿]+|(?<=农)历初[一二三四五六七八九十]+"
                          r"|(?<=初)[一二三四五六七八九十]+|(?<=[上下])半年|(?<=\d)\d{3}年度)")),
    ("ordinal", re.compile(rf"第(?:{_ARABIC}|{_CN})")),
    ("label", re.compile(r"[“\"「『《]([^”\"」』》\n]{1,10})[”\"」』》]")),
]
_HAS_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]")
_RISE_BEFORE = re.compile(r"(?:增长|增加|提高|提升|扩大)(?:了)?(?:近|约|超过)?$")
_NUMS_IN = re.compile(rf"{_ARABIC}|[{''.join(CN_DIGITS)}十百千万亿]+")


@dataclass(frozen=True, slots=True)
class Scan:
    """Everything the parser found in one text."""

    quantities: tuple[Quantity, ...]
    mentions: tuple[Mention, ...]
    view: textmap.MappedText


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets into `text` itself.

    Dates, periods, ordinals, quoted labels, phone numbers, postcodes, site codes and URLs are not
    quantities; neither is a bare number with no unit.
    """
    require(text, str, "extract_quantities() takes the text as a str")
    return list(scan(text).quantities)


def scan(text: str, bare: bool = False) -> Scan:
    """Quantities and non-quantity mentions of `text`; `bare` also keeps unitless numbers."""
    return _scans(text)[bare]


@lru_cache(maxsize=512)  # a document in work holds about three texts: its source, headline and summary
def _scans(text: str) -> tuple[Scan, Scan]:
    """The scan without and with bare numbers, from one pass: the checker reads a source both ways
    (figures against its quantities, a bare number in a summary against its bare numbers)."""
    view = textmap.for_numbers(text)
    t = view.text
    mentions = tuple(_find_mentions(text, view))
    blocked = textmap.SpanSet([(x.start, x.end) for x in mentions])
    found: list[Quantity] = []
    with_bare: list[Quantity] = []
    for m in _QTY_AT.finditer(t):
        q = _quantity(m, text, view, blocked)
        if q is None:
            continue
        _push(with_bare, q)
        if not _bare_only(m, t):
            _push(found, q)
    extra: list[Quantity] = []
    for m in _PERCENT_WORD.finditer(t):
        val = _number(m.group("ar"), m.group("cn"))
        if val is not None:
            extra.append(_make(text, view, m.start(), m.end(), val, PERCENT, val, "%", "=", None,
                               _measure(t, m.start(), PERCENT)))
    for m in _DOUBLE.finditer(t):
        n = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}.get(m.group("n") or "一", 1)
        ratio = float(2**n)
        extra.append(_make(text, view, m.start(), m.end(), ratio, MULTIPLE, ratio, "倍", "=", None, "level"))
    found, with_bare = _shared_units(found, t, view), _shared_units(with_bare, t, view)
    return (Scan(tuple(sorted(found + extra, key=_start)), mentions, view),
            Scan(tuple(sorted(with_bare + extra, key=_start)), mentions, view))


def _shared_units(found: list[Quantity], t: str, view: textmap.MappedText) -> list[Quantity]:
    """A unit written once for a list applies to each: 分别拉动2.5个和1.4个百分点 is two points
    (and 分别下拉… two falls)."""
    for i in range(len(found) - 1):
        q, nxt = found[i], found[i + 1]
        if q.written_unit == "个" and nxt.unit == POINTS and nxt.written_unit == "个百分点":
            between = t[_view_at(view, q.end):_view_at(view, nxt.start)].strip()
            if between in ("和", "、", "及", "与"):
                value = -abs(q.value) if nxt.value < 0 else q.value
                found[i] = replace(q, unit=POINTS, written_unit="个百分点", value=value, measure=nxt.measure)
    return found


def _view_at(view: textmap.MappedText, original: int) -> int:
    if type(view.origin) is range:
        return original
    return bisect.bisect_left(view.origin, original)


def forget_scans() -> None:
    """Empty the parser's memos."""
    _scans.cache_clear()
    _numbers_in.cache_clear()


def _start(q: Quantity) -> int:
    return q.start


def _push(found: list[Quantity], q: Quantity) -> None:
    while found and found[-1].start >= q.start:
        found.pop()  # the low end of a range was first taken as a quantity of its own
    found.append(q)


def _bare_only(m: re.Match[str], t: str) -> bool:
    """A match that is a quantity only as a bare number: no unit, and no multiplier (or one that
    names a class, 百亿级)."""
    if m.group("unit") is not None:
        return False
    mult = m.group("mult")
    return not (m.group("ar") and mult) or t[m.end("mult"):m.end("mult") + 1] in ("级", "强")


def _number(ar: str | None, cn: str | None) -> float | None:
    """The number written, or None; a number too long to be finite (hundreds of digits) is none."""
    value = float(ar.replace(",", "")) if ar else parse_chinese_numeral(cn) if cn else None
    return value if value is not None and math.isfinite(value) else None


def _find_mentions(text: str, view: textmap.MappedText) -> list[Mention]:
    t = view.text
    out: list[Mention] = []
    for kind, rx in _MENTIONS:
        if kind == "url" and "@" not in t and "http" not in t and "www." not in t:
            continue  # none of its three forms can match: skip a pass that tries every position
        for m in rx.finditer(t):
            a, b = m.span()
            if kind == "label":
                if not _HAS_NUMBER.search(m.group(1)):
                    continue
            ra, rb = view.to_original(a, b)
            out.append(Mention(kind, text[ra:rb], ra, rb, t[a:b]))
    out.sort(key=lambda x: x.start)
    return out


def _quantity(m: re.Match[str], text: str, view: textmap.MappedText,
              blocked: textmap.SpanSet) -> Quantity | None:
    """The quantity a match stands for, bare numbers included (see _bare_only); None when it is none."""
    neg, ar, cn, ap1, mult, ap2, unit, per, post = m.groups()  # _QTY's groups, in order
    if unit is None and not ar:
        return None  # a Chinese numeral with no unit: most candidates end here
    t = view.text
    mult = mult or ""
    if unit is None:
        after = t[m.end():m.end() + 1]
        if after.isascii() and after.isalpha():
            return None  # 5G, 3D: a name
    num_start = m.start("ar") if ar else m.start("cn")
    before = t[max(0, num_start - 12):num_start]
    if before.endswith(("第", "初")) or (before and before[-1].isascii() and before[-1].isalpha()):
        return None  # an ordinal, a lunar date, a model or code (5G, Q3)
    if cn == "一" and before.endswith(("上", "下")):
        return None  # 上一篇, 下一个: previous and next, not one
    if unit and t[m.end("unit"):m.end("unit") + 1] in ("性", unit):
        return None  # 一次性: one-off; 一个个, 一袋袋: one after another
    if unit == "个月" and before.endswith(("前", "近", "后", "过去", "这")):
        return None  # 前八个月: a period
    if cn:
        if cn[0] in "百千万亿":
            # a bare multiplier is a quantity only as a threshold: 亿元以上 (projects of 100m yuan or more)
            if not (unit == "元" and post == "以上" and cn in ("万", "亿", "百万", "千万", "十亿")):
                return None
        if mult:  # a Chinese numeral absorbs its own multipliers: 二十三万
            return None
    value = _number(ar, cn)
    if value is None:
        return None
    # the match may have run on into a trailing multiplier with no unit: 125亿级
    spec = parse_unit((mult or "") + (unit or "") + (f"/{per}" if per else ""))
    if spec is None:
        return None
    end = m.end()
    if unit is None and not mult:
        end = m.end("ar")
    a = num_start
    if neg and (m.start() == 0 or not t[m.start() - 1].isdigit()):
        value = -value
        a = m.start()
    qualifier = _QUAL_OF.get(post or ap2 or ap1 or "", "=")
    pq = _PREFIX_QUAL.search(before) if before.rstrip(" \n")[-1:] in _PREFIX_QUAL_ENDS else None
    took_prefix = bool(pq and qualifier == "=" and pq.group("q") in _QUAL_OF)
    if pq and took_prefix:
        qualifier = _QUAL_OF[pq.group("q")]
        a = num_start - (len(before) - pq.start("q"))
    if blocked.overlaps(*view.to_original(num_start, m.end("unit") if unit else end)):
        return None
    base = spec.base
    measure = _measure(t, num_start, base)
    if value > 0:
        near = t[max(0, num_start - 10):num_start].rstrip(" ")
        if near.rstrip("\n")[-1:] in _NEG_BEFORE_ENDS and _NEG_BEFORE.search(near):
            value = -value
        elif base == POINTS and not took_prefix and _POINTS_DOWN.search(t[max(0, num_start - 14):num_start]):
            # 低于 right before the number is its qualifier (less than), not a gap below
            value = -value
    value_high = None
    lo = None
    if t[max(0, a - 2):a].strip(" ")[-1:] in _RANGE_MARKS:  # cheap test before the look-behind regex
        lo = _RANGE_LO.search(t[max(0, num_start - 24):num_start])
    if lo:
        lo_val = _number(lo.group("lo") if lo.group("lo")[0].isdigit() else None,
                         None if lo.group("lo")[0].isdigit() else lo.group("lo"))
        lo_spec = parse_unit((lo.group("mult") or "") + (lo.group("unit") or "")) if lo.group("unit") else None
        if lo_val is not None and (lo_spec is None or unit_class(lo_spec.base) == unit_class(base)):
            lo_factor = lo_spec.factor if lo_spec else spec.factor
            value_high = value
            value = lo_val * lo_factor / spec.factor
            a = num_start - (len(t[max(0, num_start - 24):num_start]) - lo.start())
    written_unit = (mult or "") + (unit or "") + (f"/{per}" if per else "")
    factor = spec.factor
    if not math.isfinite(value * factor) or (value_high is not None and not math.isfinite(value_high * factor)):
        return None  # overflows in base units: no real quantity is that large
    return _make(text, view, a, end, value * factor, base, value, written_unit, qualifier,
                 None if value_high is None else value_high * factor, measure)


def _make(text: str, view: textmap.MappedText, a: int, b: int, value: float, unit: str,
          written_value: float, written_unit: str, qualifier: str, value_high: float | None,
          measure: str) -> Quantity:
    ra, rb = view.to_original(a, b)
    return Quantity(value=tidy(value), unit=unit, qualifier=qualifier,
                    value_high=None if value_high is None else tidy(value_high), raw=text[ra:rb],
                    start=ra, end=rb, written_value=written_value, written_unit=written_unit, measure=measure)


def _measure(t: str, at: int, base: str) -> str:
    before = t[max(0, at - 14):at]
    if base == MULTIPLE:
        if _RATIO_BEFORE.search(before):
            return "level"
        return "growth" if _RISE_BEFORE.search(before) else "level"
    if base in (PERCENT, POINTS):
        if _GROWTH_BEFORE.search(before):
            return "growth" if base == PERCENT else "change"
        if base == PERCENT and _SHARE_BEFORE.search(before):
            return "share"
        return "change" if base == POINTS else "level"
    if before.rstrip("\n")[-1:] in "加少多了" and _CHANGE_BEFORE.search(before):
        return "change"
    return "level"
