"""China's administrative divisions to county level: the region an article is about, with its code.

The table (divisions.tsv, beside this file) is the National Bureau of Statistics' division list as
published by github.com/modood/Administrative-divisions-of-China; its header names the version. Names
are found in text by their full written form (钟祥市, 襄城区), longest first. A county is taken only
where the text also names its city or province, or where the publisher or title names it: a
district's name alone (老城区, 郊区, 城区) is too often an ordinary word, and many names recur across
provinces (朝阳区, 鼓楼区). A name that still fits several divisions is left out rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from ..core.models import Region

# Suffixes a division's name may drop when a model or a headline writes it (钟祥 for 钟祥市).
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "省", "市",
             "县", "区", "盟", "旗")
_OPENING_NAME = 12  # the longest division name and then some
# How much of a text `opens_with_place` reads: a name, or a park named after one (九江经济技术开发区…); a caller
# asking at many offsets of a page hands it this much, not the rest of the page each time
PLACE_OPENING = 32
# The kinds of park a place's name is given to (益阳高新区, 九江经济技术开发区), longest first where one ends
# another: numbers/topic.py reads places named by name with the same list.
PARK_KINDS = "经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|工业园区|工业园|产业园|新区"
# A park named after its place: the place's name, then the park's kind.
_PARK_NAMED = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?:{PARK_KINDS})")
_BODY_CHARS = 1500  # how much of an article's body is read for its region: its opening names it


@dataclass(frozen=True, slots=True)
class Division:
    """One division: its 6-digit code and name; its level (0 province, 1 city or prefecture, 2 county)
    and the codes of the province and city above it (a county directly under its province has no
    city) follow from the code."""

    code: str
    name: str
    level: int = field(init=False)
    parents: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        level = 0 if self.code.endswith("0000") else 1 if self.code.endswith("00") else 2
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "parents", tuple(c for c in (self.code[:2] + "0000", self.code[:4] + "00")[:level]
                                                  if c != self.code))


class Divisions:
    """The table, indexed by code and by written name."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        for code, name in rows:
            d = Division(code, name)
            self.by_code[code] = d
            self.by_name.setdefault(name, []).append(d)
        for d in self.by_code.values():
            # (a municipality's districts, 500118 永川区, and a province's own counties, 429004 仙桃市, have no
            # city in the table: the code's city part names none)
            object.__setattr__(d, "parents", tuple(p for p in d.parents if p in self.by_code))
        self.by_stem: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            stem = _stem(d.name)
            if stem != d.name and len(stem) >= 2:
                self.by_stem.setdefault(stem, []).append(d)
        self.longest = max(map(len, self.by_name))
        self.heads = frozenset(name[:2] for name in self.by_name)  # how a name can start: a quick no
        ends: dict[str, set[int]] = {}
        for name in self.by_name:
            ends.setdefault(name[-1], set()).add(len(name))
        self.lengths = {ch: sorted(ks, reverse=True) for ch, ks in ends.items()}  # longest first
        self.finals = re.compile("[" + re.escape("".join(ends)) + "]")

    def mentions(self, text: str) -> list[tuple[int, list[Division]]]:
        """Each division name written in `text` (the longest where names overlap), with every division
        of that name. Looked up back from each character a name can end with (市, 县, 区 …): linear,
        and a few look-ups for most characters of an article, none for the rest."""
        found: list[tuple[int, int]] = []
        for m in self.finals.finditer(text):
            start = self.name_ending_at(text, m.end())
            if start is not None:
                found.append((start, m.end()))
        out: list[tuple[int, list[Division]]] = []
        last = -1
        for a, b in sorted(found, key=lambda x: (x[0], -x[1])):
            if a >= last:
                out.append((a, self.by_name[text[a:b]]))
                last = b
        return out

    def name_ending_at(self, text: str, end: int, shortest: int = 2) -> int | None:
        """Where the longest division name (of at least `shortest` characters) that ends at `end`
        starts, or None."""
        for k in self.lengths.get(text[end - 1:end], ()):
            if shortest <= k <= end and text[end - k:end] in self.by_name:
                return end - k
        return None

    def canonical(self, name: str) -> str:
        """The table's name of the division `name` writes with its kind or without (福州市 of 福州,
        黔南布依族苗族自治州 of 黔南州, 恩施土家族苗族自治州 of 恩施州 but not of 恩施, which 恩施市 is written as
        too); `name` itself where it is the table's, a park's (福州新区 is no 福州), or names no one division the
        table knows (吉林: 吉林省 and 吉林市)."""
        if name in self.by_name or _PARK_END.search(name):
            return name
        if name in self.by_stem:
            fits = {d.name for d in self.by_stem[name]}  # (written without its kind: any of the stem's)
        elif len(name) >= 3 and name[-1] in KIND_LEFT_OUT and name[:-1] in self.by_stem:
            # (黔南州, the stem and the last character of its kind; not 福州县)
            fits = {d.name for d in self.by_stem[name[:-1]] if d.name[-1] == name[-1]}
        else:
            return name
        return fits.pop() if len(fits) == 1 else name

    def bare(self, name: str) -> str:
        """The name a place is written by without its kind, where that short name is one division's (福州 of
        福州市, 黔南 of 黔南州 or 黔南布依族苗族自治州, 浙江 of 浙江省): one place however written. `name` as
        written otherwise: where the short name is two places' (吉林 of 吉林省 and 吉林市; 恩施 of 恩施州 and
        恩施市), a park's (福州新区 is no 福州), or a name the table does not know."""
        full = self.canonical(name)
        if full not in self.by_name or _PARK_END.search(full):
            return name
        stem = _stem(full)
        if len(stem) < 2 or stem in self.by_name or {d.name for d in self.by_stem.get(stem, [])} != {full}:
            return name
        return stem

    def written_bare(self, text: str) -> str:
        """`text` with each place written with its kind (福州市, 黔南州, 鼓楼区) as `bare` writes it (福州, 黔南,
        鼓楼), so that two writings of one place compare as one; a name that opens another word (福州市委) is kept."""
        if not self.finals.search(text):
            return text
        out, last = [], 0
        for start, end in self._named_spans(text):
            if start >= last and not _NOT_THE_PLACE_AFTER.match(text, end):
                out.append(text[last:start] + self.bare(text[start:end]))
                last = end
        return "".join(out) + text[last:]

    def _named_spans(self, text: str) -> list[tuple[int, int]]:
        """Where `text` writes a division's name (the longest where names overlap) or a stem with its kind that the
        table has not as a name (黔南州), in order."""
        spans: list[tuple[int, int]] = []
        for m in re.finditer(f"[{KIND_LEFT_OUT}]", text):
            end = m.end()
            start = self.name_ending_at(text, end)
            if start is None:
                start = next((end - 1 - k for k in (4, 3, 2) if text[end - 1 - k:end - 1] in self.by_stem), None)
            if start is not None:
                spans.append((start, end))
        return sorted(spans, key=lambda x: (x[0], -x[1]))

    def opens_with_place(self, text: str) -> bool:
        """Whether `text` opens with a division's name (仁怀市…, 哈尔滨市…), or with a park named after one
        (益阳高新区…: 益阳 of 益阳市); not with words that only end like a place (列入省…, 园区…)."""
        found = self.mentions(text[:_OPENING_NAME])
        if found and found[0][0] == 0:
            return True
        m = _PARK_NAMED.match(text)
        return m is not None and bool(self.by_name.get(m.group(1) + "市") or self.by_stem.get(m.group(1))
                                      or self.by_name.get(m.group(1) + "县"))

    def within(self, code: str, outer: str) -> bool:
        """Whether division `code` lies in (or is) division `outer`."""
        return code == outer or outer in self.by_code[code].parents

    def after_name(self, words: str) -> str:
        """`words` without a division's name they start with (京山市重点推进… → 重点推进…)."""
        if words[:2] not in self.heads:
            return words
        for k in range(min(len(words) - 1, self.longest), 1, -1):
            if words[:k] in self.by_name:
                return words[k:]
        return words

    def in_force(self, division: Division) -> Region:
        """The region of a division: its province, city and county names and its code."""
        chain = [self.by_code[c] for c in division.parents if c in self.by_code] + [division]
        got = {d.level: d.name for d in chain}
        return Region(province=got.get(0), city=got.get(1), county=got.get(2), code=division.code)

    def region_of(self, zones: Sequence[str]) -> Region:
        """The region an article is about, from its zones: the publisher's and title's (trusted), then
        the body's. The body's reading is taken where it lies within the trusted one and is smaller
        (a prefecture's bureau reposting a county's story), or where the trusted zones name nothing."""
        *heads, body = zones
        head = self._pick(" ".join(heads)[:_BODY_CHARS], trusted=True, context=set())
        if head is not None and head.level == 2:
            return self.in_force(head)  # nothing in the body can be smaller
        known = set() if head is None else {head.code, *head.parents}
        read = self._pick(body[:_BODY_CHARS], trusted=False, context=known)
        if read is not None and (head is None or (head.code in read.parents and read.level > head.level)):
            return self.in_force(read)
        return self.in_force(head) if head is not None else Region()

    def _pick(self, text: str, trusted: bool, context: set[str]) -> Division | None:
        found = self.mentions(text)
        named = {d.code for _, ds in found for d in ds} | context
        direct: Counter[str] = Counter()
        for _, ds in found:
            fits = [d for d in ds if d.level < 2 or trusted or any(p in named for p in d.parents)]
            if len(fits) > 1:  # one name, several divisions: the one whose province or city is named too
                fits = [d for d in fits if any(p in named for p in d.parents)]
            if len(fits) == 1:
                direct[fits[0].code] += 1
        if not direct:
            return None
        first: dict[str, int] = {}
        for at, ds in found:
            for d in ds:
                first.setdefault(d.code, at)
        support: Counter[str] = Counter()  # a county's mentions count for its city and province too
        for code, n in direct.items():
            support[code] += n
            for p in self.by_code[code].parents:
                support[p] += n

        def top(level: int, under: Division | None) -> Division | None:
            codes = [c for c in support if self.by_code[c].level == level
                     and (under is None or under.code in self.by_code[c].parents)]
            return self.by_code[max(codes, key=lambda c: (support[c], -first.get(c, 0)))] if codes else None

        best = top(0, None)
        city = top(1, best)
        best = city or best
        county = top(2, best)
        # a city's article names its counties in passing: a county from the body only where it is
        # named more often than its city
        if county is not None and (trusted or city is None or direct[county.code] > direct[city.code]):
            best = county
        return best

    def resolve(self, region: Region) -> Region:
        """A region as a model or a reader writes it (钟祥, 荆门市 钟祥市, 湖北省), completed from the
        table: the smallest division named that fits the others, its ancestors and its code. Names the
        table does not know, or that fit several divisions, are kept as written without a code."""
        names = [n for n in (region.province, region.city, region.county) if n and n.strip()]
        if not names:
            return region
        candidates = [self._named(n.strip()) for n in names]
        chosen: Division | None = None
        for ds in reversed(candidates):  # the smallest named first
            fits = [d for d in ds if all(any(o.code in d.parents or o.code == d.code or d.code in o.parents
                                             for o in other) for other in candidates if other and other is not ds)]
            if len(fits) == 1:
                chosen = fits[0]
                break
        if chosen is None:
            return region.model_copy(update={"code": None})
        return self.in_force(chosen)

    def _named(self, name: str) -> list[Division]:
        return self.by_name.get(name) or self.by_stem.get(_stem(name), [])


def _stem(name: str) -> str:
    for s in _SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            stem = name[: -len(s)]
            return _without_peoples(stem) if s.startswith("自治") else stem
    return name


def _without_peoples(stem: str) -> str:
    """An autonomous division's stem without the peoples named before its 自治 (黔南 of 黔南布依族苗族, as 黔南州 and
    pages write it), where two characters at least are left (东乡族 and 内蒙古 stay: they are the name)."""
    while (m := _PEOPLES.search(stem)) is not None and m.start() >= 2:
        stem = stem[:m.start()]
    return stem


# The peoples an autonomous division names before 自治, with or without 族 (伊犁哈萨克自治州), longest first where one
# ends another (土家 before 土); 各族 for 龙胜各族自治县.
_PEOPLES = re.compile(r"(?:乌孜别克|柯尔克孜|维吾尔|哈萨克|塔吉克|塔塔尔|鄂伦春|鄂温克|达斡尔|俄罗斯|蒙古|布依|"
                      r"朝鲜|土家|哈尼|傈僳|高山|拉祜|东乡|纳西|景颇|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|"
                      r"裕固|独龙|赫哲|门巴|珞巴|基诺|仫佬|回|藏|苗|彝|壮|满|侗|瑶|白|黎|佤|畲|水|土|羌|怒|京|各)族?$")
# The kinds of place a division's name may end in that a page leaves out (福州 for 福州市); a park's (福州新区, 高新区)
# is never left out: the park is another place than the one it is named after.
KIND_LEFT_OUT = "省市县区州盟旗"
_PARK_END = re.compile(rf"(?:{PARK_KINDS}|园区|集中区|示范区)$")
# What after a division's name makes it part of another word (福州市委, 福州市区, 鼓楼区政府): kept as written.
_NOT_THE_PLACE_AFTER = re.compile(r"[委政府级场民直属内外长区]")


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    """The division table, read once."""
    raw = resources.files(__package__).joinpath("divisions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t", 1) for line in raw.splitlines() if line and not line.startswith("#"))
    return Divisions((code, name) for code, name in rows)
