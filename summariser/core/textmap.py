"""Offset-preserving text views.

A `MappedText` is a derived string plus, for every character of it, the offset of the character in
the original text it came from. Every transformation here (ruby removal, width folding, traditional
to simplified for the parser's vocabulary) builds one, so a span found in the derived text always
maps back into the text the caller gave.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from .chars import is_han

# Ruby pinyin after a Han character: 來(lái) 源. Syllables are 1-7 latin letters; tone marks make
# the match certain, so unmarked syllables are only taken when the text is clearly ruby-annotated.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# (社会(huì )消费品, 億(yi) 元: a page's ruby tool may put a space before the closing bracket or after it; the
# space after goes with the ruby where a Han character follows)
# (starts with the bracket: fast to scan for)
_RUBY = re.compile(r"[(（]([a-zü" + _TONED + r"]{1,7}) ?[)）]((?: )(?=[\u4e00-\u9fff]))?")
_TONES = frozenset(_TONED)

_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９％．，－～＋"}
_FULLWIDTH[ord("\u3000")] = ord(" ")
_FULLWIDTH[ord("−")] = ord("-")  # minus sign
# (and the other dashes a page types for one: a small hyphen-minus, a hyphen, a no-break hyphen: ﹣2.3% is −2.3%)
_FULLWIDTH.update({ord("\ufe63"): ord("-"), ord("\u2010"): ord("-"), ord("\u2011"): ord("-")})
# Small-form punctuation (﹔ in 113.9亿元﹔基础设施项目66个): the clause marks it stands for
_FULLWIDTH.update({ord("﹐"): ord(","), ord("﹑"): ord("、"), ord("﹔"): ord("；"), ord("﹕"): ord("：")})

# Traditional forms of the characters the quantity parser and checker read (units, multipliers,
# qualifiers, context words, code markers). Length-preserving by construction; a test checks this
# table against OpenCC so no character of the vocabulary is missed.
_TRAD = (
    "萬億兩個條隻噸張臺檯項戶輛餘約過於達為長減點畝頃組場處間棟屆號電話郵編備網標識碼數總額產將幾較佔導區"
    "縣鎮鄉業規農曆歷計劃爭確實現穩預費資設營銷稅獎勵傳單價貨運輸廣東圓幣時鐘週輪筆門鋼與從擴倆貳參陸億爲"
    "內冊準叄頭歐種類臘證裏鍾鎊顆雙塊頂錠紗攝"
)
_SIMP = (
    "万亿两个条只吨张台台项户辆余约过于达为长减点亩顷组场处间栋届号电话邮编备网标识码数总额产将几较占导区"
    "县镇乡业规农历历计划争确实现稳预费资设营销税奖励传单价货运输广东圆币时钟周轮笔门钢与从扩俩贰参陆亿为"
    "内册准叁头欧种类腊证里钟镑颗双块顶锭纱摄"
)
_TRAD_MAP = {ord(t): ord(s) for t, s in zip(_TRAD, _SIMP, strict=True)}


def replacer(mapping: dict[int, int]) -> Callable[[str], str]:
    """A one-for-one character replacement, as str.translate does, but faster on
    Chinese text: str.translate looks every character up through Python objects, while a regular
    expression skips to the characters to replace, and each one found is replaced throughout at once
    (a traditional text holds the same few hundred times)."""
    chars = {chr(k): chr(v) for k, v in mapping.items()}
    if not chars.keys().isdisjoint(chars.values()):
        raise ValueError("a replacement character is also replaced: the order of replacements would matter")
    rx = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")

    def replace(text: str) -> str:
        for c in set(rx.findall(text)):
            text = text.replace(c, chars[c])
        return text

    return replace


_fold_chars = replacer({**_FULLWIDTH, **_TRAD_MAP})


@dataclass(frozen=True, slots=True)
class MappedText:
    """A derived text and, per character, its offset in the original."""

    text: str
    origin: Sequence[int]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span [start, end) of `text` to the smallest original span holding it."""
        if not self.origin:
            return (0, 0)
        if type(self.origin) is range and 0 <= start <= end <= len(self.text):
            return (start, end)  # nothing was dropped: offsets are the original's (the common case)
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            o = self.origin[start] if start < len(self.origin) else self.original_length
            return (o, o)
        return (self.origin[start], self.origin[end - 1] + 1)

    def to_derived(self, at: int) -> int:
        """The offset in `text` of the original offset `at`: its first character that stands at or after it."""
        if type(self.origin) is range:
            return max(0, min(at, len(self.text)))  # (nothing was dropped)
        return bisect.bisect_left(self.origin, at)


def ruby_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ruby pinyin annotations in `text` (to drop)."""
    if "(" not in text and "（" not in text:  # no bracket, no ruby: most texts, quotes and figures
        return []
    found: list[tuple[int, int, bool]] = []
    spaced = 0
    for m in _RUBY.finditer(text):
        a = m.start()
        if a and text[a - 1] in " \t":
            a -= 1  # 來(lái) 源 and 來 (lái): the space before the bracket goes too
        if a and is_han(text[a - 1]):
            found.append((a, m.end(), not _TONES.isdisjoint(m.group(1))))
            spaced += bool(m.group(2))
    # A page annotated character by character has many toned syllables; only then are the
    # unmarked ones (neutral tone: de, ge, men) also ruby rather than a latin word in brackets. A page
    # whose ruby tool writes no tone marks but a space after each (工業(ye) 實現, 億(yi) 元) is one too.
    many = sum(toned for _, _, toned in found) >= 3 or spaced >= 3
    return [(a, b) for a, b, toned in found if toned or many]


def without(text: str, drop: Sequence[tuple[int, int]]) -> str:
    """`text` with the given sorted, non-overlapping spans left out."""
    ends = [0, *(x for span in drop for x in span), len(text)]
    return "".join(text[ends[i]:ends[i + 1]] for i in range(0, len(ends), 2))


def origin_without(length: int, drop: Sequence[tuple[int, int]]) -> Sequence[int]:
    """For each character left after dropping the spans from a text of `length`, its offset in the text."""
    if not drop:
        return range(length)
    origin: list[int] = []
    pos = 0
    for a, b in drop:
        origin.extend(range(pos, a))
        pos = b
    origin.extend(range(pos, length))
    return origin


def build(text: str, drop: Sequence[tuple[int, int]] = ()) -> MappedText:
    """Drop the given sorted, non-overlapping spans and fold width and traditional forms."""
    return MappedText(_fold_chars(without(text, drop) if drop else text), origin_without(len(text), drop), len(text))


def folded(text: str) -> str:
    """`for_numbers(text).text`, without building the offset map."""
    drop = ruby_spans(text)
    return _fold_chars(without(text, drop) if drop else text)


def for_numbers(text: str) -> MappedText:
    """The view the quantity parser reads: no ruby pinyin, ASCII digits, simplified vocabulary."""
    return build(text, ruby_spans(text))


class SpanSet:
    """Spans answering "does [a, b) overlap any of them?" in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span starts before b and ends after a (for a point, a == b: strictly holds it)."""
        i = bisect.bisect_left(self.starts, b)  # spans starting before b
        return i > 0 and self.max_end[i - 1] > a
