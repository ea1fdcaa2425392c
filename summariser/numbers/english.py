"""Numbers written in English: "39 billion yuan", "RMB 20 million", "1.4 percentage points", "231 firms"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.regex import Anchored
from .units import MULTIPLE, PERCENT, POINTS, UnitSpec

SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "million": 1e6, "mn": 1e6,
          "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "hundred": 1e2}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12}

# English nouns to the Chinese base units they may stand for; "*" is any counter.
NOUNS: list[tuple[str, tuple[str, ...]]] = [
    (r"yuan|rmb|cny|renminbi", ("元",)),
    (r"us dollars?|dollars?|usd", ("美元",)),
    (r"percentage points?|pct pts?|pp|points?", (POINTS,)),
    (r"per ?cent|%", (PERCENT,)),
    (r"times|-fold|fold", (MULTIPLE,)),
    (r"companies|company|enterprises?|firms?|businesses|manufacturers?|plants?", ("家", "个")),
    (r"projects?", ("个", "项")),
    (r"(?:production |assembly )?lines?|chains?|policies|polic(?:y|ies)|measures?|rules?", ("条", "项")),
    (r"task forces?|teams?|working groups?|groups?|clusters?|towns?|townships?|parks?|zones?|bases?|centres?|centers?",
     ("个",)),
    (r"tonnes?|tons?|t", ("吨",)),
    (r"pairs?", ("副",)),
    (r"people|persons?|workers?|employees?|staff|talents?", ("人", "名")),
    (r"households?", ("户",)),
    (r"sets?", ("套", "台")),
    (r"vehicles?|cars?", ("辆",)),
    (r"mu", ("亩",)),
    (r"hectares?", ("公顷",)),
    (r"square (?:metres|meters)|sq ?m", ("平方米",)),
    (r"square kilomet(?:re|er)s?|sq ?km", ("平方公里",)),
    (r"kilomet(?:re|er)s?|km", ("公里",)),
    (r"kwh|kilowatt[- ]hours?", ("千瓦时",)),
    (r"kw|kilowatts?", ("千瓦",)),
    (r"mw|megawatts?", ("兆瓦",)),
    (r"months?", ("个月",)),
    (r"days?", ("天",)),
    (r"units?|pieces?|items?|gloves?|products?", ("*",)),
]
_NOUN_RX = [(re.compile(rf"(?:{p})$"), units) for p, units in NOUNS]
_PER = {"year": "年", "annum": "年", "yr": "年", "day": "日", "month": "月", "hour": "小时"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True))
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_NOUNS = "|".join(p for p, _ in NOUNS)
_RX = re.compile(
    rf"(?<![\w.．])(?P<cur>rmb|cny|¥|￥|us\$|\$|usd)?\s?(?P<neg>[-−])?(?P<num>{_NUM})(?![\d])"
    rf"(?:\s?(?P<scale>{_SCALE})(?![a-z]))?"
    rf"(?:\s?(?P<noun>(?:(?:[a-z][a-z-]*\s){{0,3}}?)(?:{_NOUNS})(?![a-z])))?"
    rf"(?:\s?(?:per|a|/|an)\s?(?P<per>year|annum|yr|day|month|hour))?",
    re.IGNORECASE,
)
# A match starts with a currency, a space, a sign, a digit or a number word's letter: in Chinese text,
# where most characters are none of these, the pattern is only tried at the few that are.
_RX_AT = Anchored(_RX, r"\s\d$¥￥\-−A-Za-z")
_BEFORE_QUAL = [
    (re.compile(r"(?:more than|over|above|exceeding|in excess of|upwards of|beyond)\s$", re.I), ">"),
    (re.compile(r"(?:at least|no less than|not less than|a minimum of)\s$", re.I), ">="),
    (re.compile(r"(?:nearly|almost|close to|just under|about|around|approximately|roughly|some|approx\.?|~)\s?$",
                re.I), "~"),
    (re.compile(r"(?:less than|under|below|fewer than)\s$", re.I), "<"),
    (re.compile(r"(?:up to|at most|no more than|a maximum of)\s$", re.I), "<="),
]
_AFTER_QUAL = re.compile(r"^\s?(?:or more|and above|or above|or higher|\+)", re.I)
_NEG_BEFORE = re.compile(r"(?:down|fell|fall(?:ing)?|declined?|decreased?|dropped|drop|lower|shrank|contracted?|"
                         r"minus|decline of|decrease of|drop of|fall of)(?: by)?\s$", re.I)
_NEG_AFTER = re.compile(r"^\s?(?:decline|decrease|drop|fall|contraction|lower|less)", re.I)
_GROWTH = re.compile(r"(?:grow(?:th|n)?|grew|increased?|rise|rose|up|higher|gain|year-on-year|y/y|yoy|expand\w*)"
                     r"(?: of| by| to)?\s$|^\s?(?:growth|increase|rise|year-on-year|y/y|yoy|higher|more)", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class EnglishNumber:
    """A number phrase found in English text."""

    value: float
    units: tuple[str, ...]
    qualifier: str
    measure: str | None
    start: int
    end: int
    raw: str
    decimals: int
    factor: float


def _noun_units(noun: str) -> tuple[str, ...] | None:
    last = noun.lower().split()[-1] if noun.split() else noun
    for rx, units in _NOUN_RX:
        if rx.search(noun.lower()) or rx.fullmatch(last):
            return units
    return None


def scan_english(text: str) -> list[EnglishNumber]:
    """Number phrases in English text; years and numbers with no unit or scale are skipped."""
    out: list[EnglishNumber] = []
    for m in _RX_AT.finditer(text):
        got = _phrase(m, text)
        if got is not None:
            out.append(got)
    return out


def _phrase(m: re.Match[str], text: str) -> EnglishNumber | None:
    """The number phrase of a match, or None for a name (5G), a year or a bare number."""
    num = m.group("num")
    end = m.end("num")
    glued = text[end:end + 1]
    unit_glued = m.start("noun") == end and " " not in m.group("noun")
    if glued.isalpha() and not (m.start("scale") == end or unit_glued):
        return None  # 5G, 3D, 14th: a name, not a number with a scale or unit
    lower = num.lower()
    value = float(WORDS[lower]) if lower in WORDS else float(num.replace(",", ""))
    scale = SCALES.get((m.group("scale") or "").lower(), 1.0)
    units = _units_of(m)
    if not units and (scale == 1.0 or _YEAR.match(num)):
        return None  # a bare number: a year, an ordinal, a code
    before, after = text[max(0, m.start() - 24):m.start()], text[m.end():m.end() + 24]
    sign = -1.0 if m.group("neg") or _NEG_BEFORE.search(before) or _NEG_AFTER.search(after) else 1.0
    measure = "growth" if (units and units[0] in (PERCENT, MULTIPLE)
                           and (sign < 0 or _GROWTH.search(before) or _GROWTH.search(after))) else None
    decimals = len(num.split(".")[1]) if "." in num else 0
    return EnglishNumber(sign * value * scale, units or ("",), _qualifier(before, after), measure, m.start(),
                         m.end(), m.group(0), decimals, scale)


def _units_of(m: re.Match[str]) -> tuple[str, ...]:
    """The base units a phrase's noun, currency and rate stand for (none for a bare number)."""
    noun = m.group("noun")
    units: tuple[str, ...] = (_noun_units(noun) or ()) if noun else ()
    cur = m.group("cur")
    if cur and not units:
        units = ("美元",) if "$" in cur or cur.lower() == "usd" else ("元",)
    per = m.group("per")
    if per and units:
        units = tuple(f"{u}/{_PER[per.lower()]}" for u in units)
    return units


def _qualifier(before: str, after: str) -> str:
    if _AFTER_QUAL.search(after):
        return ">="
    for rx, q in _BEFORE_QUAL:
        if rx.search(before):
            return q
    return "="


def parse_english_unit(written: str) -> UnitSpec | None:
    """Resolve an English unit string: "billion yuan", "percent", "tonnes per year", "companies"."""
    w = written.strip().lower()
    factor = 1.0
    m = re.match(rf"^({_SCALE})\b\s*", w)
    if m:
        factor = SCALES[m.group(1)]
        w = w[m.end():]
    per = None
    pm = re.search(r"\s*(?:/|per|a)\s*(year|annum|yr|day|month|hour)$", w)
    if pm:
        per = _PER[pm.group(1)]
        w = w[:pm.start()]
    if w == "":
        return UnitSpec(factor, "") if factor != 1.0 else None
    units = _noun_units(w)
    if not units:
        return None
    if per:
        units = tuple(f"{u}/{per}" for u in units)
    return UnitSpec(factor, units[0], frozenset(units))
