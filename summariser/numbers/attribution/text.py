"""What the reading's concerns share: a text's character pairs (bigrams, memoised), spans blanked and the last
match of a pattern.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from typing import Sequence

from ...places.divisions import divisions

# Products a statistics release names by one character in its list of outputs (精制茶增长23.9%，纱增长16.2%，…;
# 水泥下降3%，砖增长5%): a subject of their own, not a word of how the product before them changed
ONE_CHARACTER_PRODUCTS = frozenset("纱布砖瓦盐糖酒茶煤油电钢铁铜铝锌铅锡镍肉蛋奶纸")
# (one of them opening words, then how much of it was made or how it changed: 砖产量, 纱增长, 糖同比下降)
_PRODUCT_ALONE = re.compile(rf"([{''.join(sorted(ONE_CHARACTER_PRODUCTS))}])(?=产量|产|同比|比上年|增长|下降|增|减)")


@lru_cache(maxsize=16384)
def _pairs(words: str) -> frozenset[str]:
    return bigrams(words) if words else frozenset()


def bigrams(words: str) -> frozenset[str]:
    """The character pairs of `words` (a single character is its own unit). Two coordinated characters
    (进出 of 进出口, 中小 of 中小企业) are read as one, so that 进出口 is not 出口, nor 中小企业 小企业, though one's
    pairs would otherwise hold the other's."""
    # (福州市 and 福州, 黔南州 and 黔南: one place, written with its kind or without, hold the same pairs; 福州新区
    # is another place and keeps its own)
    words = _COORDINATED.sub(_as_one, divisions().written_bare(words))
    if len(words) == 1:
        return frozenset({words})
    pairs = frozenset(map(operator.add, words, words[1:]))  # each character and the next
    # (a product a release names by one character, 砖 of 砖同比增长26.6% or of a claim's 砖产量: a unit of its own,
    # since it shares no pair with the words it is written with)
    alone = _PRODUCT_ALONE.match(words)
    return pairs | {alone.group(1)} if alone else pairs


# Two characters of one rank joined (进出 of 进出口, 存贷 of 存贷款), and the character each half is written with
# alone (进出境: 进境, 出境, 入境): what follows is of both, not of one. In bigrams each is read as one character
# of the private use area, which no page's words hold.
COORDINATED = {"进出": ("进", "出", "入"), "存贷": ("存", "贷"), "内外": ("内", "外"), "中小": ("中", "小"),
               "大中": ("大", "中"), "本外": ("本", "外")}
_COORDINATED = re.compile("|".join(COORDINATED))
_JOINED = {w: chr(0xE000 + n) for n, w in enumerate(COORDINATED)}


def _as_one(m: re.Match[str]) -> str:
    return _JOINED[m.group()]


def last_match(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The last match of `pattern` in text[start:end], None where there is none."""
    found = None
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        found = m
    return found


def blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with each span replaced by spaces (offsets kept); `spans` in order, apart or nested."""
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for a, b in spans:
        if b <= at:
            continue  # (inside the span before)
        a = max(a, at)
        parts.append(text[at:a])
        parts.append(" " * (b - a))
        at = b
    parts.append(text[at:])
    return "".join(parts)
