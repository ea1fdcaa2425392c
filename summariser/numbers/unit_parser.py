"""Units as written (亿元, 万吨/年, 个百分点, 成, "billion yuan") resolved to a factor and a base unit."""

from __future__ import annotations

import re
from functools import lru_cache

from ..core.textmap import build
from .english import parse_english_unit
from .units import ALIASES, COUNTERS, LATIN_ALIASES, MONEY, PER, UNIT_WORDS, UnitSpec, multiplier

_MULT_PREFIX = re.compile(r"^(?:万亿|[百千万亿])+")
_BASES = set(UNIT_WORDS) | set(MONEY)


def _base(word: str) -> tuple[float, str] | None:
    if word in ALIASES:
        return ALIASES[word]
    if word in _BASES:
        return (1, word)
    if word.isascii() and word.isalpha() and word.casefold() in LATIN_ALIASES:
        return LATIN_ALIASES[word.casefold()]  # (20gw as 20GW)
    if "/" in word:
        head, _, per = word.partition("/")
        got = _base(head)
        if got and per in PER:
            return (got[0], f"{got[1]}/{PER[per]}")
    pair = _COUNTER_PAIR.fullmatch(word)
    if pair and pair.group(1) in COUNTERS and pair.group(2) in COUNTERS:
        return (1, pair.group(1))  # (24426台/套, 1200台（套）: counted as the first counter, as the parser reads them)
    return None


_COUNTER_PAIR = re.compile(r"(.)(?:/|（|\(|)(.)(?:）|\))?")


@lru_cache(maxsize=1024)
def parse_unit(written: str) -> UnitSpec | None:
    """Resolve a unit as written in Chinese (亿元, 万吨/年, 个百分点, 成, "") or English words.

    Returns None for a unit it does not know.
    """
    u = build(written.strip()).text.replace(" ", "")
    if u == "":
        return UnitSpec(1, "")
    direct = _base(u)
    if direct:
        return UnitSpec(*direct)
    m = _MULT_PREFIX.match(u)
    # the shortest multiplier that leaves a unit, so the unit is the longest written: 万千米 is 万 + 千米
    # (not 万千 + 米), 万千瓦 is 万 + 千瓦, 千万元 is 千万 + 元
    for cut in range(1, m.end() + 1 if m else 0):
        rest = u[cut:]
        got = (1.0, "") if rest == "" else _base(rest)
        if got:
            return UnitSpec(multiplier(u[:cut]) * got[0], got[1])
    return parse_english_unit(written)
