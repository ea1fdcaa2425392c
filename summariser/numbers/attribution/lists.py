"""分别 lists: each value of a list its own item (respectively), wherever the items are written (before, across
clauses, in brackets, as bases), and what the clause says of each.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Sequence

from ...core.chars import FULL_STOP, SENTENCE_BREAK
from ..chinese import parse_chinese_numeral
from ..periods import parse_period, periods_in
from ..spans import span_end, span_start, start_after
from .items import (
    _ENDS_IN_HEAD,
    _SUBJECT_JOIN,
    COUNTS,
    _assign,
    _in_brackets,
    _items,
    _joined_only,
    _parallel,
    _shared_head,
    _telling,
)
from .layout import _unit_class
from .measure import _COUNTED_BY, _MAX_LIST_LINE
from .period import _CLAUSE_MARKS
from .text import _pairs, blank, last_match
from .tie import Tie
from .words import (
    _BASE_NAME,
    _BASE_VALUE,
    _COMPARED_BASE,
    _GAP_TO,
    _MEASURES,
    _NOT_WORD,
    _SHORT_BASE,
    _compared_items,
    has_subject,
    indicator_words,
    level,
    measured,
)

# A base's own value in brackets right after it, in the list of bases a gap is to (分别高于全国(3.4%)、全省(5.4%)
# 3.7个、1.7个百分点): the base's, not the subject's, and no gap of the list's.
_BASE_S_OWN = re.compile(_GAP_TO + rf"(?:{_COMPARED_BASE}[、和与及])*({_BASE_NAME})\s*[（(]\s*$")


_RESPECTIVELY = "分别"


def _respectively(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], out: list[Tie | None],
                  lo: int, hi: int, items: list[str]) -> list[str]:
    """石化、食品、电力分别增长7.3%、6.8%、15.8%: each value its own item of the list, where the counts
    agree (spans[lo:hi], whole clauses, already tied in `out`). A later clause of the sentence that says
    分别 with no list of its own (同比分别增加9个、21个) is of the same items; a list of years before it
    (2016年至2018年，分别完成…) gives each value its year; a list of values right after a list of as many
    items (高于全国、全省7.5、6.1个百分点) is read item by item too; a sum right after a list (合计) is of all of it.
    `items`: the list of the ；-part before, which a 分别 with no list of its own takes; the items of the last
    list read are returned."""
    lists = _Lists(text, spans, clause_ends, out, lo)
    lists.items = items
    i = lo
    while i < hi:
        c0, c1 = span_start(clause_ends, spans[i][0]), span_end(clause_ends, spans[i][0], len(text))
        j = first = i
        while j < hi and spans[j][0] < c1:
            j += 1
        i = _bases_own_values(text, spans, out, c0, (i, j))
        at = text.find(_RESPECTIVELY, c0, c1)
        if at >= 0:
            i = lists.respective(c0, at, i, j)
        elif lists.summed is not None and _sums(text, c0, spans[i], lists.kind):
            _sum_of(out, i, j, lists.summed)  # (…分别为2.61亿美元、1.08亿美元和0.74亿美元，三地合计占…75.6%)
        elif not lists.continued(c0, i, j) and not _years_listed(text, spans, out, c0, (i, j)):
            # (a clause that continues the list, …分别为2.28亿千瓦时、…，增长27.9%、13.5%和11.2%, is read as its items)
            if lists.subjects_before(c0, i, j):
                i = max(j, i + 1)
                continue  # (its values are a list that a later clause may go on with, as after 分别)
            _parallel(text, spans, out, c0, i, j)
        if at < 0:
            lists.summed = None  # (a sum is of the 分别 clause right before it)
        # (on to the next clause; not past its first value where this one's values all come before its 分别:
        # 贡献最大的三个行业分别是：…，增加值分别增长…)
        i = max(j, first + 1)
    return lists.items


def _bases_own_values(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], c0: int,
                      values: tuple[int, int]) -> int:
    """Give the values of spans[i:j] that open the clause from `c0` each in brackets right after a base of the
    list a gap is to (高于全国(11.1%)、全省(22.3%)平均水平26个和14.8个百分点) the base's place and its words with
    the subject's: they are the bases' own values. The first value after them is returned (the gaps)."""
    i, j = values
    first = out[i] if i < j and _in_brackets(text, spans[i]) else None
    if first is None:
        return i  # (most clauses: no value in brackets opens them)
    own = indicator_words(text[c0:spans[i][0]])
    # (the subject the first value's words inherited, before the gap's own words: 规上工业增加值增长 of 规上工业增加值
    # 增长比全国)
    subject = first.words[:first.words.find(own)] if own and own in first.words else ""
    bases: list[str] = []  # the base each value in brackets at the clause's start is of
    while i + len(bases) < j and _in_brackets(text, spans[i + len(bases)]) \
            and (m := _BASE_S_OWN.search(text, c0, spans[i + len(bases)][0])) is not None:
        bases.append(_SHORT_BASE.sub(r"全\1", m.group(2)))
    n = i + len(bases)
    if n == i + 1 and not subject:
        return i  # (海阳市增速比全市(7.3%)高…: one base whose measure the words before it do not name apart)
    for k, base in enumerate(bases, start=i):
        t = out[k]
        assert t is not None
        words = indicator_words(base) + subject
        out[k] = t._replace(words=words, shown=f"{base}…{subject}", pairs=_pairs(words), level=level(base),
                            member="", scope=frozenset())
    if i + 1 < n < j and (gap := out[n]) is not None:
        # (the first gap of a list's words as they are where no base has its value: the subject's and the bases')
        words = subject + indicator_words(_BASE_VALUE.sub("", text[c0:spans[n][0]]))
        out[n] = gap._replace(words=words, pairs=_pairs(words))
    return n if n < j else i


class _Lists:
    """The 分别 lists of one sentence as its clauses are read: the items named last, what the first said of
    them, and the last one's words and members (for a sum after it)."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], out: list[Tie | None],
                 lo: int) -> None:
        self.text, self.spans, self.clause_ends, self.out, self.lo = text, spans, clause_ends, out, lo
        self.items: list[str] = []
        self.said = ""  # what the list's first 分别 said of its items (完成技改投资)
        self.listed = ""  # the words of the sentence's first 分别 list
        self.summed: tuple[str, tuple[str, ...]] | None = None
        self.kind = ""  # the unit class of the last 分别 list's values
        self.head = ""  # what the last list of names after 分别 measures (新登记企业数 of 分别为临溪县320家、…)

    def continued(self, c0: int, i: int, j: int) -> bool:
        """Read the clause from `c0` (its values spans[i:j]) as the last 分别 list's, where it lists as many values
        joined by 、 and 和 after words that say only how they changed (，增长27.9%、13.5%和11.2%); whether it is."""
        text, spans = self.text, self.spans
        if not self.items or j - i != len(self.items) or j - i < 2 or self.summed is None:
            return False
        verb = text[c0:spans[i][0]].lstrip("，,；; ")
        # (…，增长2.7%、下降4.5%和增长9.2%: each value may say how it changed; …，降幅比1-9月收窄1.3和1.1个百分点:
        # or how its change did since a base)
        joins = [_LIST_JOINS.sub("", text[spans[n - 1][1]:spans[n][0]]) for n in range(i + 1, j)]
        changed = _CHANGED_ONLY.fullmatch(verb) or (_RATE_CHANGED.fullmatch(verb) or _GAP_TO_WHOLE.fullmatch(verb)
                                                    or _CONTRIBUTED.fullmatch(verb) or _SHARE_EACH.fullmatch(verb)) \
            and not any(joins)
        # (…，高于全部规上工业2.7、1.3、0.5个百分点: each item's gap to the whole; …，对全省增长的贡献率达到41.7%、
        # 8.9%: each item's contribution)
        if not changed or any(x and not _CHANGED_ONLY.fullmatch(x) for x in joins):
            return False
        said = self.said if has_subject(indicator_words(self.said)) else ""  # (分别为: no words of a measure)
        _assign(self.out, i, self.items, [said + x for x in (verb, *(x or verb for x in joins))])
        return True

    def subjects_before(self, c0: int, i: int, j: int) -> bool:
        """食品、医药实现由负转正，产值增长4.6%、1.9%: a clause of the sentence that lists as many subjects joined by
        、, then how they fared, with no value of its own, right before the clause from `c0` whose values (spans[i:j])
        are joined only by 、 and 和 and whose words name no list: each value its subject's, in order, and a list a
        later clause may go on with. Whether it read them so."""
        text, spans = self.text, self.spans
        p0 = span_start(self.clause_ends, c0 - 1) if c0 else c0
        if j - i < 2 or p0 >= c0 or text[c0 - 1] not in "，," or (i > 0 and spans[i - 1][1] > p0) \
                or not _joined_only(text, spans, i, j):
            return False
        listed = text[c0:spans[i][0]]
        m = _SUBJECTS_FARED.match(text, p0, c0 - 1)
        if m is None or "、" in listed or "和" in listed:
            return False
        items = [x for x in m.group(1).split("、") if x.strip()]
        if len(items) != j - i:
            return False
        _assign(self.out, i, items, listed)
        self.items, self.said = items, listed
        self.summed = (listed, tuple(t.member for t in self.out[i:j] if t is not None))
        return True

    def _named_each(self, c0: int, at: int, i: int, j: int) -> bool:
        """Read the 分别 clause from `c0` (its 分别 at `at`, its values spans[i:j], i < j) where it names each value
        apart: a year of a list of years, a place of a list of places compared with, or a name after 分别 right
        before each value; whether it does."""
        text, spans, out = self.text, self.spans, self.out
        if _years_or_places(text, spans, out, (c0, at), (i, j)):
            return True
        after = _named_after(text, spans, at, i, j)
        if after is None:
            return False
        # (新登记企业数分别为临溪县320家、东坪区285家: each value's name after 分别, what the clause measures
        # before; 其余6个市州分别为… measures what the list before did)
        head = _RANK_FRAME.sub("", text[c0:at])  # (…企业数前三的市州: of which the items are the first three)
        self.head = self.head if _THE_REST.search(head) and self.head else head
        _assign(out, i, after, self.head)
        return True

    def respective(self, c0: int, at: int, i: int, j: int) -> int:
        """Read the 分别 clause from `c0` (its 分别 at `at`, its values spans[i:j]); the first of its values."""
        text, spans, clause_ends, out = self.text, self.spans, self.clause_ends, self.out
        while i < j and spans[i][0] < at:  # a value before 分别 (亿元以上 in its list) is none of its values
            i += 1
        if i < j and self._named_each(c0, at, i, j):
            self.summed = None
            return i
        if i < j and _bases_each(text, out, (at, spans[i][0]), (i, j)):
            self.summed = None  # (分别高于工业投资和固定资产投资增速2.1个和12.6个百分点)
            return i
        own, verb = _items_said(text, spans, clause_ends, (c0, at, spans[i][0] if i < j else at), (self.lo, j - i),
                                out)
        # a later 分别 clause of the same items (同比分别增长…) measures what the first one did; one of
        # other items (…增加值分别增长…，装备制造、钢铁行业分别下降…) is read with the first's words in mind
        heard = _pairs(indicator_words(self.listed)) if own and self.listed else frozenset()
        if own and not self.listed:
            self.listed = text[c0:at]
        if own:
            self.items, self.said = own, verb
        else:
            # (…完成投资分别为…，年度投资完成率分别为…: a later clause that names its own measure is the
            # same items' measure of that, not the first clause's; 同比降幅分别为 names none)
            named = text[c0:at]
            verb = (named if _names_own_measure(named) else self.said) + verb
        self.summed = None
        if i < j:
            self._assign_items((c0, at), i, j, verb, heard)
        return i

    def _assign_items(self, where: tuple[int, int], i: int, j: int, verb: str, heard: frozenset[str]) -> None:
        """Give the values spans[i:j] of the 分别 clause `where` (its start, its 分别) their items: one each, or one
        each of two lists of starts and ends, else a year each of a list of years before it."""
        text, spans, out = self.text, self.spans, self.out
        c0, at = where
        # (…饮料类分别增长47.5%、17.2%、 and the page's excerpt ends: a list the excerpt cuts off after its values,
        # whose first items are those values', in order)
        cut = len(self.items) > j - i >= 2 and _CUT_OFF.fullmatch(text, spans[j - 1][1]) is not None
        if len(self.items) == j - i or cut:
            # (the whole place named last before 分别, from the clause before on, is the items')
            p0 = span_start(self.clause_ends, c0 - 1) if c0 and not SENTENCE_BREAK.match(text, c0 - 1) else c0
            _assign(out, i, self.items[:j - i], _verbs(text, spans, verb, i, j), heard=heard,
                    place=level(text[p0:at]))
            _left_out_shared(text, out, (i, j), spans[i][0])
            self.summed = (text[c0:at], tuple(t.member for t in out[i:j] if t is not None))
            self.kind = _unit_class(text[spans[j - 1][1] - 1])
        elif self.items and _from_to_each(text, spans, at, i, (len(self.items), j - i)):
            # (…企业数量已分别从838家、56家增加到1552家、261家: each item's start, then each item's end)
            n = len(self.items)
            for half in (i, i + n):
                _assign(out, half, self.items, _verbs(text, spans, verb, half, half + n), heard=heard)
        elif self.items and _bracketed_each(text, spans, at, i, (len(self.items), j - i)):
            # (分别较一季度调度目标(7.5%、12%)高3.9个百分点和17.6个百分点: each item's goal in brackets, named
            # without the comparison; then each item's gap to it)
            n = len(self.items)
            _assign(out, i, self.items, _COMPARISON_LEAD.sub("", verb), heard=heard)
            _assign(out, i + n, self.items, _verbs(text, spans, verb, i + n, j), heard=heard)
        elif _items(text[c0:at], 0) or not _assign_years(out, i, j, _years_before(text, at),
                                                           _subject_before(text, spans, self.clause_ends, c0, verb)):
            wholes = _wholes_each(verb, j - i)
            if wholes:  # (…，分别占项目总数和投资总额的…: no items found, but each value's whole is its own)
                _assign(out, i, wholes, "")
            elif not _counts_others(text, [spans[k] for k in _held(spans, 0, c0, at)], j - i):
                _mark_unnamed(text, spans, out, (i, j))  # (增加值分别增长…; 四个平台工业投资增速分别为…: of items
                # named elsewhere; not 5个新签约项目的投资额分别为…, of some of the things it counts, each unnamed)


# What may follow a list's last value where the page's excerpt ends inside the list (…、5.8%、): a mark that
# joins it to a next value, and nothing after.
_CUT_OFF = re.compile(r"[、，,和及]?[\s…\.]*")


def _counts_others(text: str, counts: list[tuple[int, int]], values: int) -> bool:
    """Whether a 分别 clause counts, before its 分别, more or fewer things than it has values (5个新签约项目的投资额
    分别为…、…和…): its values are some of those things', not items of a list named elsewhere."""
    for a, b in counts:
        written = re.match(r"\d+|[零一二两三四五六七八九十]+", text[a:b])
        number = (int(written.group()) if written.group().isdigit() else parse_chinese_numeral(written.group())) \
            if written else None
        if number is not None and number != values:
            return True
    return False


def _mark_unnamed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], values: tuple[int, int]) -> None:
    """Mark the values out[i:j] of a 分别 list, where there are several and not each of what is named after it,
    as of items this reading does not find."""
    i, j = values
    if j - i < 2 or all(text.startswith("的", spans[n][1]) for n in range(i, j)):
        return  # (one value: 分别 of a single item; 分别为总投资10.5亿元的甲项目和…: each named after it)
    for n in range(i, j):
        t = out[n]
        if t is not None:
            out[n] = t._replace(unnamed=True)


def _names_own_measure(named: str) -> bool:
    """Whether the words of a 分别 clause before its 分别 name a measure of their own (年度投资完成率,
    对全部工业增长贡献), not only a period, a rate's name or a base (；1至9月分别增长…, 增速比上半年分别加快…)."""
    named = blank(named, [(a, b) for a, b, _ in periods_in(named)])
    return has_subject(_RATES.sub("", indicator_words(named)))


def _from_to_each(text: str, spans: Sequence[tuple[int, int]], at: int, i: int, counts: tuple[int, int]) -> bool:
    """Whether the 分别 at `at` opens two lists of values, each as long as the items (counts: the items, the values
    from spans[i]), the first what each item rose or fell from, the second what to (分别从838家、56家增加到1552家、
    261家)."""
    n, values = counts
    if values != 2 * n or not _FROM_OPENING.fullmatch(text, at, spans[i][0]):
        return False
    return _TO_JOINT.fullmatch(text, spans[i + n - 1][1], spans[i + n][0]) is not None


_COMPARISON_LEAD = re.compile(r"^(?:分别)?(?:较|比|高于|低于|高出|低出|快于|慢于)")


def _bracketed_each(text: str, spans: Sequence[tuple[int, int]], at: int, i: int, counts: tuple[int, int]) -> bool:
    """Whether the 分别 at `at` is followed by two lists of values, each as long as the items (counts: the items,
    the values from spans[i]), the first in brackets of its own (分别较一季度调度目标(7.5%、12%)高3.9个百分点和
    17.6个百分点)."""
    n, values = counts
    if values != 2 * n or n < 2:
        return False
    opened = max(text.rfind("(", at, spans[i][0]), text.rfind("（", at, spans[i][0]))
    return opened >= 0 and not _NOT_WORD.sub("", text[opened:spans[i][0]]) \
        and text[spans[i + n - 1][1]:spans[i + n - 1][1] + 1] in (")", "）")


# (分别从2020年的136家、21家增加到2023年的218家、67家: the year of each list before it)
_YEAR_OF_LIST = r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?"
_FROM_OPENING = re.compile(rf"分别(?:从|由)\s*{_YEAR_OF_LIST}")
_TO_JOINT = re.compile(rf"[^，,；;。\d]{{0,6}}?(?:到|至)了?\s*{_YEAR_OF_LIST}")


def _bases_each(text: str, out: list[Tie | None], where: tuple[int, int], values: tuple[int, int]) -> bool:
    """Read a 分别 clause that compares its subject with as many bases, joined by 和 or 、, as it has values (分别高于
    工业投资和固定资产投资增速2.1个和12.6个百分点): each value the gap to its own base, in order; whether it is one."""
    (at, first), (i, j) = where, values
    compared = _BASES_COMPARED.fullmatch(text, at + len(_RESPECTIVELY), first)
    if compared is None:
        return False
    bases = [x for x in _SUBJECT_JOIN.split(compared.group(2)) if x.strip()]
    if len(bases) != j - i or len(bases) < 2 or not all(has_subject(indicator_words(x)) for x in bases):
        return False
    _assign(out, i, [compared.group(1) + x for x in _shared_head(bases)], "", text[at:first])
    return True


_BASES_COMPARED = re.compile(r"(高于|低于|快于|慢于|超过|超出)([^，,；;。\d]{4,30}?)")


_YEAR_COMPARED = re.compile(r"(?:19|20)\d{2}年(?:[上下]半年|前三季度|[一二三四]季度|1?\d月)?(?:同比)?(?:比|较)")


def _years_or_places(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], where: tuple[int, int],
                     values: tuple[int, int]) -> bool:
    """Read the 分别 clause from `where`'s start (its 分别 at its end) whose values are spans[i:j] as one value a
    year of a list of years (2023年、2024年全市工业投资分别为…) or one gap a place of a list of places (比全国、全省
    分别高出…); whether it is either."""
    (c0, at), (i, j) = where, values
    # (2024年比2022年、2023年分别增长…: the values are of the year compared, not of a list of years before it)
    years = [] if _YEAR_COMPARED.search(text, c0, at) else _years_listed_before(text, at)
    if years and len(years) == j - i:
        _assign_years(out, i, j, years)
        return True
    compared = _compared_items(text[c0:at], text[at + len(_RESPECTIVELY):spans[i][0]], j - i)
    if compared:
        _assign(out, i, compared, "", text[c0:spans[i][0]])
    return bool(compared)


def _named_after(text: str, spans: Sequence[tuple[int, int]], at: int, i: int, j: int) -> list[str] | None:
    """The names written right before each value of spans[i:j] after the 分别 at `at` (分别为安顺市38家、遵义市
    17家), where every value has one that names something; None otherwise."""
    names = []
    end = at + len(_RESPECTIVELY)
    for n in range(i, j):
        name = _NAME_LEAD.sub("", text[end:spans[n][0]])
        # (分别为总投资10.5亿元的斯高德…项目和…: what is measured before each value, its name after it)
        if not has_subject(indicator_words(name)) or len(name) > _MAX_LIST_LINE or text.startswith("的", spans[n][1]):
            return None
        names.append(name)
        end = spans[n][1]
    return names


_THE_REST = re.compile(r"其余|其他|另有|剩余|其它")
_RANK_FRAME = re.compile(r"(?:位居|排名|居)?[前后][一二三四五六七八九十\d]+(?:位|名)?的[^，,、]{1,8}$")
_NAME_LEAD = re.compile(r"^(?:为|是|[：:、，,和及与]|\s)+")


def _items_said(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], where: tuple[int, int, int],
                count: tuple[int, int], out: list[Tie | None]) -> tuple[list[str], str]:
    """The items of the 分别 clause `where` (its start, its 分别 and its first value's start), wherever they are
    written, and what it says of them (完成技改投资); no items where it lists none. `count`: the sentence's
    first value and how many values the clause has."""
    c0, at, first = where
    lo, n = count
    verb = text[at + len(_RESPECTIVELY):first]
    own = _items_across(text, spans, clause_ends, (c0, at), lo, n) or _items(text[c0:at], n)
    if own:
        return own, verb
    grouped, said = _items_of_group(text, clause_ends, (c0, at), n)
    if grouped and said:  # (四大类项目引资额，分别为…: what the clause before 分别 says the group's items measure)
        return grouped, said + verb
    # (…增加值分别增长16.7%、17.4%，对全部工业增长贡献分别为21.8%、17.5%: a clause that names its own measure takes
    # the items of the values before it, not what those measure)
    own = _items_before(text, spans, clause_ends, c0, lo, n) or grouped \
        or _valued_items(text, spans, clause_ends, (c0, at), (out, lo), n)
    # (…两大产业增长较快，增加值分别增长…: the 分别 clause's words are what the items measure)
    return own, (text[c0:at] + verb if own else verb)


def _verbs(text: str, spans: Sequence[tuple[int, int]], verb: str, i: int, j: int) -> str | list[str]:
    """What a 分别 clause says of each of its values spans[i:j]: `verb` for all, or each value's own where
    they write one (分别下降3.2%和增长8.9%), or each value's own whole where they are shares of as many
    (分别占项目总数和投资总额的…)."""
    wholes = _wholes_each(verb, j - i)
    if wholes:
        return wholes
    own = [_LIST_JOINS.sub("", text[spans[n - 1][1]:spans[n][0]]) for n in range(i + 1, j)]
    if not any(_CHANGE_VERB.search(x) for x in own):
        return verb
    # (完成投资分别增长…和下降3.4%: what is measured stays the clause's, how it changed is the value's)
    measure = verb[:m.start()] if (m := _CHANGE_VERB.search(verb)) else verb
    return [verb, *(measure + x if _CHANGE_VERB.search(x) else verb for x in own)]


def _wholes_each(verb: str, values: int) -> list[str] | None:
    """What a 分别 clause says of each of its `values` where it ends on as many wholes, after one 占 and joined by
    和, 及 or 、 (产业项目129个，总投资353亿元，分别占项目总数和投资总额的73%、77%): each value is the share of its own
    whole, in order, as 分别高于工业投资和固定资产投资增速 gives each gap its own base (see `_bases_each`); not of
    both, which would leave the claim of either whole unread. None where the clause ends on no such list."""
    shared = _WHOLES_SHARED.search(verb)
    if shared is None or values < 2:
        return None
    wholes = [x for x in _WHOLES_JOIN.split(shared.group(1)) if x.strip()]
    if len(wholes) != values or not all(has_subject(indicator_words(x)) for x in wholes):
        return None
    # (集中签约项目总数和投资总额: what the first whole's things are, 集中签约, is the later wholes' too)
    scope = _WHOLE_SCOPE.match(wholes[0])
    wholes[1:] = [x if scope is None or x[0] in "全本我" else scope.group(1) + x for x in wholes[1:]]
    return [verb[:shared.start()] + "占" + x for x in wholes]


# 占, the wholes (no number, no second 占), and what may stand between the last of them and the values (的, 比重, 为).
_WHOLES_SHARED = re.compile(r"占([^，,；;。\d%占]{4,40}?)的?(?:比重|比例)?(?:分别)?(?:为|是|达到|达)?\s*$")
_WHOLES_JOIN = re.compile(r"[、和及]")
# What a whole's things are said to be, before the things (集中签约 of 集中签约项目总数).
_WHOLE_SCOPE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:项目|企业)")
_LIST_JOINS = re.compile(r"^[、和及与，,\s]+")
# (…分别完成投资17.4亿元、3.8亿元，占年度计划投资的65.7%和104%: each item's share of the same whole)
_SHARE_EACH = re.compile(r"(?:分别)?占[^，,；;。\d]{1,16}?的?(?:比重|比例)?(?:分别)?(?:为|是|达到?)?")


_CHANGED_ONLY = re.compile(r"(?:同比|比上年|比上年同期|较上年|较上年同期)?(?:分别)?(?:增长|下降|增加|减少|提高|回落)"
                           r"(?:率)?(?:分别)?(?:为|是)?")  # (增长为17.1%和21.0%)
# Own words that say only how a rate changed since a base (降幅比1-9月收窄, 增速较上月分别加快, 较同期提高)
_RATE_CHANGED = re.compile(r"(?:增速|增幅|降幅)?(?:分别)?(?:比|较)[^，,；;。比较\d]{0,6}[\d—\-－~～至]*"
                           r"[^，,；;。比较\d]{0,4}?"
                           r"(?:收窄|扩大|加快|回落|提高|放缓|回升|上升|下降)(?:了)?(?:分别)?")
_CONTRIBUTED = re.compile(r"(?:对[^，,；;。\d]{1,12}?的?)?(?:贡献率|贡献)(?:分别)?(?:为|是|达到?)?|"
                          # (…，拉动投资增长0.8和7.1个百分点: each item's pull; 拉动全市规上工业增加值增速2.7个和…)
                          r"(?:分别)?(?:拉动|带动)[^，,；;。\d]{0,12}?(?:增长|增速)(?:分别)?")
# (高于规上工业平均水平11个、27个…: the whole named by its average, no place)
_GAP_TO_WHOLE = re.compile(r"(?:分别)?(?:高于|低于|快于|慢于|高出|低出|领先)"
                           r"(?:全部|全市|全省|全国|全县|全区|[^，,；;。\d]{1,8}?(?:平均水平|平均增速|平均))"
                           r"[^，,；;。\d]{0,10}?(?:分别)?")
_CHANGE_VERB = re.compile(r"增长|下降|增加|减少|增收|减收|提高|回落|下滑|持平")


def _sums(text: str, c0: int, span: tuple[int, int], kind: str) -> bool:
    """Whether the clause at `c0` (its first value at `span`) sums the 分别 list before it, whose values are of
    unit class `kind`: 合计, 三地合计, 以上合计, 共占; 共计 or 总计 only of another measure of the items (共计签约项目
    总投资318亿元 after …分别为26个和14个), not a count of its own (共计新开工项目37个)."""
    found = _SUMMED.match(text, c0 + 1 if text[c0] in _CLAUSE_MARKS else c0)
    if found is None:
        return False
    return found.group(1) not in ("共计", "总计") or _unit_class(text[span[1] - 1]) != kind


_SUMMED = re.compile(r"\s*(?:[两二三四五六七八九十]\S{0,4}?|以上|上述\S{0,4}?)?(合计|共占|共拉动|共计|总计)")


def _sum_of(out: list[Tie | None], i: int, j: int, summed: tuple[str, tuple[str, ...]]) -> None:
    """The values of a clause that sums a 分别 list's (`summed`: its words and members) are of all its items
    together: the list's words come before their own (not in what a reason shows), and they keep the members
    to tell a claim on one."""
    listed, members = summed
    for n in range(i, j):
        t = out[n]
        assert t is not None
        words = indicator_words(listed) + t.words
        out[n] = t._replace(words=words, pairs=_pairs(words), summed=tuple(_telling(m, t.words) for m in members))


_RATES = re.compile(r"降幅|涨幅")  # (how a value changed, as 增长 is: no measure of its own)
# A group its sentence has listed before, named again by its count (三大产业, 两大主导产业, 四大行业).
_GROUP = re.compile(r"([两二三四五六七八九])大[^，,、；;。\d]{0,4}?(?:产业|行业|板块|集群|领域|产业链|类)")


# (the verb a topic list opens with, no part of its first item: 围绕黄花菜精深加工、新材料…)
_LIST_LEAD = re.compile(r"^(?:围绕|聚焦|紧扣|重点发展|发展壮大|做强|壮大|培育|打造|发展)")


def _items_of_group(text: str, clause_ends: Sequence[int], where: tuple[int, int],
                    count: int) -> tuple[list[str], str]:
    """The items of a group a 分别 clause names by its count (力争…三大产业产值分别达到50亿元、80亿元、60亿元), where
    its sentence listed them before that name (围绕黄花菜精深加工、新材料、电子信息三大产业，…), or the sentence
    before listed as many before its own 分别 (现代服务业、高端制造业…签约项目，分别达到…。四大类项目引资额，分别为…);
    and, where the group is named in the clause before the one of 分别, what that clause says they measure."""
    c0, at = where
    # (the group may be named in the clause before a clause that opens with 分别: 四大类项目引资额，分别为…)
    g0 = span_start(clause_ends, c0 - 1) if not text[c0:at].strip("，, ") and c0 else c0
    m = _GROUP.search(text, g0, at)
    if m is None or COUNTS[m.group(1)] != count:
        return [], ""
    said = text[m.end():c0].strip("，, ") if g0 < c0 else ""
    return _group_listed(text, clause_ends, (g0, m.start()), count), said


def _group_listed(text: str, clause_ends: Sequence[int], where: tuple[int, int], count: int) -> list[str]:
    """The items listed before a group's name at where[1], in the sentence of where[0] or the one before."""
    g0, named_at = where
    # (in its sentence, or the one before: “新材料和高端装备两大主导产业贡献突出。”…两大产业产值分别增长…)
    s0 = start_after(text, g0, "。！？!?；;\n")
    s0 = start_after(text, max(s0 - 1, 0), "。！？!?；;\n") if s0 > 1 and text[s0 - 1] != "\n" else s0
    named = [g for g in _GROUP.finditer(text, s0, named_at) if COUNTS[g.group(1)] == count]
    if not named:
        return _listed_before(text, clause_ends, (s0, named_at), count) or _parts_before(text, g0, count)
    p0 = max(text.rfind(ch, s0, named[-1].start()) for ch in "，,：:“\"") + 1
    items = _items(text[max(p0, s0):named[-1].start()], count)
    return [_LIST_LEAD.sub("", items[0]), *items[1:]] if items else []


def _listed_before(text: str, clause_ends: Sequence[int], where: tuple[int, int], count: int) -> list[str]:
    """The items of the last 分别 list in text[where] that has as many (its words before 分别, in its clause or the
    one before it), [] where there is none."""
    s0, end = where
    at = text.rfind(_RESPECTIVELY, s0, end)
    if at < 0:
        return []
    p0 = max(s0, span_start(clause_ends, at))
    listed = text[p0:at].strip("，, ") or text[max(s0, span_start(clause_ends, p0 - 1)):p0].strip("，, ")
    items = _items(listed, count)
    if len(items) != count:
        return []
    # (the noun that list writes once after its last item, 签约项目, is what it counted, no part of the name)
    last = _COUNTED_NOUN.sub("", items[-1])
    return [_LIST_LEAD.sub("", items[0]), *items[1:-1], last if len(last) >= 2 else items[-1]]


_COUNTED_NOUN = re.compile(r"(?:新?签约|新?开工|竣工|在建|投产)?(?:项目|企业)$")


def _parts_before(text: str, g0: int, count: int) -> list[str]:
    """The subjects of the ；-parts of the full sentence right before the one at `g0`, where it has as many as the
    group names (其中，计算机产业实现增加值21.4亿元…；汽车产业实现增加值…；家电产业实现…。三大产业增速分别较前4月提高
    1.7、14.2、16.4个百分点: each item its part's subject), [] where it has not."""
    s0 = start_after(text, g0, "。！？!?\n")
    if s0 < 2 or text[s0 - 1] == "\n":
        return []
    p0 = start_after(text, s0 - 1, "。！？!?\n")
    parts = re.split(r"[；;]", _PARTS_LEAD.sub("", text[p0:s0 - 1]))
    names = [m.group(1) for x in parts if (m := _PART_SUBJECT.match(x.strip())) is not None]
    return names if len(parts) == count and len(names) == count else []


_PARTS_LEAD = re.compile(r"^[\s　]*(?:其中|分行业看|分产业看|从行业看|从产业看)[，,：:]?")
_PART_SUBJECT = re.compile(r"([\u4e00-\u9fff、]{1,12}?(?:产业|行业|业|板块|园区))"
                           r"(?=实现|完成|增长|下降|同比|累计|增加值|产值|营业收入)")


def _items_across(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], where: tuple[int, int],
                  lo: int, count: int) -> list[str]:
    """The items of a list whose items are clauses (采矿业，制造业，电力、热力…业增加值分别增长…): the 分别
    clause's own words (from `where`'s start to its 分别) are its last item, and each clause before it that
    holds no value and is a name (制造业) is one more, back to as many items as values."""
    c0, at = where
    # (装备制造业，计算机、通信和其他电子设备制造业，分别增长10.4%、20.6%: a 分别 clause of no words of its own
    # has all its items before it)
    bare = not text[c0:at].strip("，, ")
    # (装备制造业和纺织服装业，主营业务收入分别增长…: a clause that names only a measure is no item)
    if not bare and not _MEASURES.sub("", indicator_words(text[c0:at])):
        return []
    items = [] if bare else [text[c0:at]]
    end = c0 - 1  # the mark that ends the clause before
    while len(items) < count and end > 0 and text[end] in "，," and not SENTENCE_BREAK.match(text, end):
        p0 = span_start(clause_ends, end - 1)
        clause = text[p0:end]
        if bare and not items:  # (…化学制品制造业增势抢眼，分别增长…: the last item, and a remark on all)
            clause = _TRENDS_NOTED.sub("", clause)
        if _held(spans, lo, p0, end) or not _ENDS_IN_HEAD.search(clause):
            return []  # (津市市、汉寿县增速领先，…分别增长: a clause that says something of its items is no item)
        items.insert(0, clause)
        end = p0 - 1
    return _shared_head(items) if len(items) == count else []


# A remark on how listed items fared, after the last (增势抢眼, 增长较快, 表现突出).
_TRENDS_NOTED = re.compile(r"(?:增势|增长|发展|表现|增速)?(?:十分|较为|尤为)?"
                           r"(?:抢眼|较快|较好|强劲|突出|亮眼|良好|明显|领先)$")


def _items_before(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int, lo: int,
                  count: int) -> list[str]:
    """The items of a list written in the clause before a 分别 clause that has none of its own (先进制造、生物医药
    产业链企业数最多，分别达182个、83个), when that clause holds no value and as many items."""
    if c0 == 0 or SENTENCE_BREAK.match(text, c0 - 1):
        return []  # (never across a sentence's end: sentences are read apart)
    p0 = span_start(clause_ends, c0 - 1)
    end = c0 - 1
    held = [spans[k] for k in _held(spans, lo, p0, c0)]
    if held:
        # (无锡、杭州…比重均超过60%，分别为66%和61.2%: a bound all the items share ends their list)
        shared = _ALL_SHARE.search(text[p0:held[0][0]])
        framed = _FRAMED_ITEMS.match(text, held[-1][1], end)
        ranked = _RANKED_FIRST.search(text, p0, end) if len(held) == 1 else None
        closed = _CLOSED_BY_COUNT.match(text, held[0][1]) if len(held) == 1 and text[held[0][0] - 1] == "等" else None
        if closed is not None:
            # (家电、电力、…、烟草等5个行业对全部工业增长的贡献居前，增加值分别增长…: the items the count closes)
            items = [x if x.endswith(closed.group(0)) else x + closed.group(0)
                     for x in _items(text[p0:held[0][0] - 1], count)]
            return items if len(items) == count else []
        if shared is not None:
            end = p0 + shared.start()
        elif ranked is not None and ranked.end() == end:
            # (黔南州、六盘水市、遵义市在…工业占比排前三位，分别为77.7%、…: the rank says they are the first three)
            end = ranked.start()
        elif framed is not None:
            p0 = framed.end()  # (…最有力的5个行业是电气机械和器材制造业、…: the items after the count that frames them)
        else:
            return []
    if not held:  # (…、电气机械和器材制造业表现较好，分别增长…: a remark after the last item is none of its name)
        end = p0 + len(_TRENDS_NOTED.sub("", text[p0:end]))
    items = _items(text[p0:end], count)
    if len(items) != count and not held and p0 > 0 and text[p0 - 1] in "，," and _REMARK_ONLY.fullmatch(text, p0, end):
        # (纺织、化学原料…等行业，持续保持较高增速，分别增长…: a remark between the items and their 分别 clause)
        q0 = span_start(clause_ends, p0 - 1)
        if not _held(spans, lo, q0, p0 - 1):
            items = _items(text[q0:p0 - 1], count)
    return items if len(items) == count else []


# A count's noun and the word that opens the items it counts, right after the count (5个行业是, 3家企业为, 4个项目：).
_FRAMED_ITEMS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:是|为|有|包括|：|:)")  # (前三名为甲市、…: right after the rank)


# A clause that only remarks on how the items before it fare (持续保持较高增速, 增长较快, 表现亮眼).
_REMARK_ONLY = re.compile(r"(?:均|都|继续|持续|保持|实现)*(?:保持)?(?:较高|较快|快速|高速|稳定|平稳)?"
                          r"(?:增速|增长|发展|势头)?(?:较快|较高|领先|亮眼|突出|良好|强劲|明显)?")


def _valued_items(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], where: tuple[int, int],
                  read: tuple[list[Tie | None], int], count: int) -> list[str]:
    """The items of a 分别 clause with none of its own, where the clause before lists as many values, each
    after its own name (财政总收入15.3亿元、一般公共预算收入8.7亿元，分别增长4.6%和3.9%): those values' words as
    read (`read`: the ties and the sentence's first value), with the subject a later one carries (规上工业企业
    of 利润总额11.8亿元 after 规上工业企业实现营业收入213.6亿元、). `where`: the clause's start and its 分别; `count`:
    how many values it has."""
    c0, at = where
    if count < 2 or c0 == 0 or SENTENCE_BREAK.match(text, c0 - 1):
        return []  # (never across a sentence's end: sentences are read apart)
    out, lo = read
    named = c0  # (the clause's own words, from its start)
    c0 = _past_a_remark(text, spans, clause_ends, c0, lo)
    members = _list_valued(text, spans, clause_ends, c0, read, count)
    if members:
        # (…增加值分别增长16.7%、17.4%，对全部工业增长贡献分别为21.8%、17.5%: a clause that names its own measure is
        # of the items the sentence listed, not of what the values before measure)
        return [] if _names_own_measure(text[named:at]) else members
    p0 = span_start(clause_ends, c0 - 1)
    listed = [(k, *spans[k]) for k in _held(spans, lo, p0, c0)]
    if len(listed) == 1 or all(_changed(text, x, y) for x, y in pairwise(listed)):
        # (…进口1.2亿元，分别增长…; 技改投资18.6亿元、增长21.4%，分别占…: one item a clause)
        return _clauses_valued(text, spans, clause_ends, c0, read, count)
    if len(listed) == count and text[listed[-1][2]:c0 - 1].strip():
        return _nouns_after(text, [(a, b) for _, a, b in listed], c0)  # (4个省重点项目、8个市重点项目和12个…)
    if len(listed) != count:
        return []
    names, start = [], p0
    for n, (_, a, b) in enumerate(listed):
        name = text[start:a]
        if n and not name.startswith(_LIST_MARKS):
            return []  # (each value after the first opens its item with a list mark: 、一般公共预算收入8.7亿元)
        names.append(name.lstrip("".join(_LIST_MARKS)))
        start = b
    return _carried_items(out, [k for k, _, _ in listed], names)


def _past_a_remark(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int, lo: int) -> int:
    """Where a 分别 clause from `c0` looks back from for the list it is of: past one clause right before it with no
    value of its own, a remark on the list (…产值为0.8亿元和0.3亿元，增速双双破十，分别增长12%和10%), within its
    sentence."""
    p0 = span_start(clause_ends, c0 - 1)
    if p0 > 0 and not SENTENCE_BREAK.match(text, p0 - 1) and not _held(spans, lo, p0, c0):
        return p0
    return c0


def _nouns_after(text: str, listed: list[tuple[int, int]], c0: int) -> list[str]:
    """The items of a clause that lists counts each before its own noun (香河县4个省重点项目、8个市重点项目和12个集中
    开工项目，…分别达到…): the nouns, where each but the last ends at a list mark; [] where one does not."""
    names = []
    for n, (_, b) in enumerate(listed):
        end = listed[n + 1][0] if n + 1 < len(listed) else c0 - 1
        noun = text[b:end]
        if n + 1 < len(listed):
            if not noun.endswith(_LIST_MARKS):
                return []
            noun = noun.rstrip("".join(_LIST_MARKS))
        if not has_subject(indicator_words(noun)):
            return []
        names.append(noun)
    return names


def _clauses_valued(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int,
                    read: tuple[list[Tie | None], int], count: int) -> list[str]:
    """The items of a 分别 clause with none of its own, where each of as many clauses before it holds one value
    after its own name (其中出口1.8亿美元，进口1.2亿美元，分别增长32.3%和42.3%): those values' words as read."""
    out, lo = read
    values: list[int] = []
    names: list[str] = []
    end = c0 - 1  # the mark that ends the clause before
    while len(values) < count and end > 0 and text[end] in "，," and not SENTENCE_BREAK.match(text, end):
        p0 = span_start(clause_ends, end - 1)
        held = [(k, *spans[k]) for k in _held(spans, lo, p0, end)]
        if len(held) > 1 and len(values) == count - 1 and _COUNT_IN_NAME.search(text, held[0][1], held[-1][1]) \
                and all(_unit_class(text[b - 1]) in _COUNTED_BY for _, _, b in held[:-1]):
            held = held[-1:]  # (这49个开发区实现工业总产值6000亿元，…: a count inside the first item's subject)
        # (each clause one value, which ends it, or one and how it changed: 工业投资45.2亿元、增长12.1%)
        if not held or text[held[-1][2]:end].strip() or not all(_changed(text, x, y) for x, y in pairwise(held)):
            return []
        name = text[p0:held[0][1]]
        end = p0 - 1
        if _CHANGED_ONLY.fullmatch(name.strip("，, ")) or not indicator_words(name):
            continue  # (出口32.1亿元，增长10.5%，…: a clause of how the value before changed names no item)
        values.insert(0, held[0][0])
        names.insert(0, name)
    return _carried_items(out, values, names) if len(values) == count else []


def _list_valued(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int,
                 read: tuple[list[Tie | None], int], count: int) -> list[str]:
    """The items of a 分别 clause with none of its own, where the clause right before it gives as many values to
    the items of a list (第一产业、第二产业、第三产业增加值305.6亿元、1734.5亿元、1487.6亿元，分别增长…): those
    values' words as read."""
    out, lo = read
    end = c0 - 1
    if end <= 0 or text[end] not in "，,":
        return []
    held = list(_held(spans, lo, span_start(clause_ends, end - 1), end))
    ties = [out[k] for k in held]
    if len(held) != count or not all(t is not None and t.member for t in ties):
        return []
    return [t.words for t in ties if t is not None]


def _held(spans: Sequence[tuple[int, int]], lo: int, start: int, end: int) -> range:
    """The indices, from `lo` on, of the values that start in [start, end) (spans sorted by start): found by
    bisection, not by reading every value to the text's end."""
    return range(bisect.bisect_left(spans, (start, -1), lo), bisect.bisect_left(spans, (end, -1), lo))


def _changed(text: str, value: tuple[int, int, int], then: tuple[int, int, int]) -> bool:
    """Whether the words between two values (index, start, end) say only how the first changed (、增长12.1%)."""
    return bool(_CHANGED_ONLY.fullmatch(_LIST_JOINS.sub("", text[value[2]:then[1]])))


def _carried_items(out: list[Tie | None], values: list[int], names: list[str]) -> list[str]:
    """Each of `names` (the words before the value out[k] of `values`) with the subject that value's words
    carry (规上工业企业 of 利润总额11.8亿元 after 规上工业企业实现营业收入213.6亿元、); none unless each
    names something."""
    items: list[str] = []
    subject = ""  # the first item's subject, without what it measures (这49个开发区 of …实现工业总产值)
    for k, name in zip(values, names, strict=True):
        own = indicator_words(name)
        tie = out[k]
        carried = tie.words[:-len(own)] if tie is not None and own and tie.words.endswith(own) else ""
        if not carried and items and subject and not _MEASURES.sub("", own):
            carried = subject  # (…工业总产值6000亿元，税收收入300亿元，…: the first item's subject's 税收收入)
        if not has_subject(carried + own):
            return []  # (增加值完成130亿元 after 规上工业总产值完成520亿元，: 规上工业's 增加值)
        if not items:
            verb = _SUBJECT_DID.search(name)
            subject = indicator_words(name[:verb.start()]) if verb is not None else ""
        items.append(carried + name)
    return items


_LIST_MARKS = ("、", "和", "及", "与")
# What a subject did, after its name (…开发区实现工业总产值, …企业完成营业收入).
_SUBJECT_DID = re.compile(r"实现|完成|累计完成")
# A subject's name and what it measures between a count in the name and the value (…开发区实现工业总产值).
_COUNT_IN_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")
_CLOSED_BY_COUNT = re.compile(r"行业|产业|企业|项目|产品")  # (what a count that closes a list counts: 等5个行业)
_RANKED_FIRST = re.compile(r"(?:排|居|位居|位列|排名)(?:在)?(?:全[国省市区县州])?(?:前|后)[一二三四五六七八九十\d]+"
                           r"(?:位|名)")
_ALL_VERB = r"(?:超过|高于|低于|在|达到?|为|突破|不低于|不少于)"
# (均达到或超过30%: 超过 is the value's qualifier, read with it; 均已超过万亿元: reached, and all of them)
_ALL_SHARE = re.compile(rf"(?:均|都)已?{_ALL_VERB}?(?:或{_ALL_VERB}?)?\s*$")


def _left_out_shared(text: str, out: list[Tie | None], values: tuple[int, int], at: int) -> None:
    """Give every value of a 分别 list out[i:j] (from `at`) what its first leaves out, where its ；-part writes
    that measure before the list (空调产值增长12.4%，冰箱、洗衣机分别增长5.6%和3.2%: both 产值; not …；工业投资方面，
    甲县、乙县分别增长…, whose first took 增加值 from the part before)."""
    i, j = values
    first = out[i]
    part = start_after(text, at, f"；;{FULL_STOP}\n")
    if first is None or not first.left_out or measured(first.left_out) not in text[part:at]:
        return
    for n in range(i + 1, j):
        t = out[n]
        if t is not None and not (t.head or t.left_out or t.elided):
            out[n] = t._replace(left_out=first.left_out, elided=first.elided)


# Subjects joined by 、 opening a clause, then how they fared, no value (食品、医药实现由负转正，; 纺织、化工继续
# 保持增长，)
_SUBJECTS_FARED = re.compile(r"\s*(?:其中[，,]?)?((?:[^、和，,；;。\d]{1,10}、)+[^、和，,；;。\d]{1,10}?)"
                             r"(?:均|都|也|继续|持续|保持|实现|由负转正|扭负为正|增速|增幅|降幅|快速|稳步|逆势)"
                             r"[^，,；;。\d]{0,12}$")


# (2016年至2018年，分别完成…; 2022年至2025年，我市新增…企业数量逐年上升，分别为39家、…: as many values as years)
_YEARS = re.compile(r"((?:19|20)\d{2})年?\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d{2})年(?=[^。；;]*分别)")


def _years_before(text: str, at: int) -> list[str]:
    """The years of the last range of years before `at` in its sentence that a 分别 follows (2016年至2018年，
    分别完成…；分别完成…): the periods its values are of. (A list of years, 2023年、2024年…分别为…, is read before
    this, by _years_or_places.)"""
    start = start_after(text, at, f"{FULL_STOP}\n")
    found = list(_YEARS.finditer(text, start, at + len(_RESPECTIVELY)))
    if not found:
        # (自2月起，全市制造业用电量已连续三个月增长，月增速分别为60.6%、4.8%、0.3%: a run of months from the one it
        # starts at, each value its month in turn)
        run = last_match(_MONTH_RUN, text, start, at + len(_RESPECTIVELY))
        if run is None:
            # (2—5月份，全市当月工业用电量…分别达到24.4%、11.0%、25.8%、12.4%: each month's own, 当月 said)
            stretch = last_match(_MONTHS_EACH, text, start, at + len(_RESPECTIVELY))
            if stretch is None:
                return []
            a, b = int(stretch.group(1)), int(stretch.group(2))
            return [f"{m}月" for m in range(a, b + 1)] if a < b else []
        first = int(run.group(1))
        n = int(run.group(2)) if run.group(2).isdigit() else int(parse_chinese_numeral(run.group(2)) or 0)
        return [f"{m}月" for m in range(first, first + n)] if n and 2 <= n and first + n - 1 <= 12 else []
    return [f"{y}年" for y in range(int(found[-1].group(1)), int(found[-1].group(2)) + 1)]


_MONTHS_EACH = re.compile(r"(?<![\d年])(1[0-2]|[1-9])\s*[-—–－至到]\s*(1[0-2]|[1-9])月份?(?=[，,][^。；;\d]{0,20}"
                          r"(?:当月|单月|月度|逐月|每月)[^。；;\d]{0,30}分别)")
_MONTH_RUN = re.compile(r"(?:自|从)(1[0-2]|[1-9])月份?(?:起|以来|开始)[^。；;\d]{0,30}?"
                        r"连续([2-9]|十[一二]?|[两三四五六七八九])个月(?=[^。；;]*分别)")


def _years_listed_before(text: str, at: int, since: int = 0) -> list[str]:
    """The periods of the last list of years before `at` in its sentence, and after `since` (2023年、2024年: each
    year; 2023年、2024年上半年: 2023年 and 2024年上半年, the part written with the last), [] when none."""
    start = max(since, start_after(text, at, f"{FULL_STOP}\n"))
    listed = _lists_uncompared(_YEAR_LIST, text, start, at)
    if not listed:
        # (2、3、4月规模以上工业增加值增速分别为…: each month its own)
        months = _lists_uncompared(_MONTH_LIST, text, start, at)
        if months:
            return [f"{m}月" for m in _LISTED_MONTH.findall(months[-1].group(1))]
        # (一季度、二季度、三季度分别增长…: each quarter its own)
        quarters = _lists_uncompared(_QUARTER_LIST, text, start, at)
        return [f"{q}季度" for q in _LISTED_QUARTER.findall(quarters[-1].group())] if quarters else []
    years = [f"{y}年" for y in _A_YEAR.findall(listed[-1].group("years"))]
    return years[:-1] + [years[-1] + (listed[-1].group("part") or "")]


def _lists_uncompared(pattern: re.Pattern[str], text: str, start: int, at: int) -> list[re.Match[str]]:
    """The lists of periods `pattern` finds in [start, at), but the bases a 分别 list is compared with, right after
    比, 较 or 于 (比7月、8月分别加快…, 2023年比2021年、2022年分别增长…)."""
    return [m for m in pattern.finditer(text, start, at) if text[m.start() - 1:m.start()] not in _BASE_MARK]


def _years_listed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], c0: int,
                  values: tuple[int, int]) -> bool:
    """Values joined by 、 or 和 after a list of as many years in their clause or the one before, with no value
    between (2020年、2021年规上工业企业累计完成产值398.8亿元、579.33亿元; 2022年、2023年，全县工业用电量…): each its own
    year; whether they are."""
    i, j = values
    if not _joined_only(text, spans, i, j):
        return False
    years = _years_listed_before(text, spans[i][0], spans[i - 1][1] if i else 0)
    if len(years) != j - i:
        return False
    _assign_years(out, i, j, years)
    return True


# A list of years, and the part of a year written with the last (2023年、2024年上半年), not a month or a day after it.
_YEAR_LIST = re.compile(r"(?P<years>(?:19|20)\d{2}年(?:[、和及与](?:19|20)\d{2}年)+)"
                        r"(?P<part>[上下]半年|[一二三四1-4]季度|前三季度)?(?![\d一二三四五六七八九十]|前|[上下]半)")
_A_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
# A list of months written by their numbers, the last with 月 (2、3、4月; not 1-4月, a stretch).
_MONTH_LIST = re.compile(r"(?<![\d\-—－~～至到])((?:1[0-2]|[1-9])(?:月份?)?(?:[、和](?:1[0-2]|[1-9])(?:月份?)?)+)月份?"
                         r"(?![\d\-—－~～至到])")  # (and 7月、8月、9月: each written with 月)
_LISTED_MONTH = re.compile(r"1[0-2]|[1-9]")
_QUARTER_LIST = re.compile(r"(?<![上下前后])[一二三四]季度(?:[、和及][一二三四]季度)+")  # (not 前三季度, a stretch)
_LISTED_QUARTER = re.compile(r"[一二三四](?=季度)")
_BASE_MARK = frozenset("比较于")  # (the character right before a list of bases; "" at a text's start is no mark)


def _assign_years(out: list[Tie | None], i: int, j: int, years: list[str], subject: str = "") -> bool:
    """Each value of out[i:j] its period of `years` (2023年, 2024年上半年), and the words of the subject of the clause
    before (2022年至2025年，我市新增专精特新中小企业数量逐年上升，分别为39家、…: 新增专精特新中小企业), where there is
    one; whether there are as many years as values."""
    if len(years) != j - i:
        return False
    words = indicator_words(subject)
    for n in range(i, j):
        year = parse_period(years[n - i])
        t = out[n]
        assert t is not None
        t = t._replace(period=year, written=year, stated=True)
        if words and not t.words:
            t = t._replace(words=words, shown=subject.strip()[-60:], pairs=_pairs(words))
        out[n] = t
    return True


def _subject_before(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int, verb: str) -> str:
    """The clause right before the 分别 clause at `c0`, where it holds no value and the 分别 names nothing itself
    (分别为): the subject its values are of."""
    if c0 == 0 or SENTENCE_BREAK.match(text, c0 - 1) or has_subject(indicator_words(verb)):
        return ""
    p0 = span_start(clause_ends, c0 - 1)
    return "" if _held(spans, 0, p0, c0) else text[p0:c0 - 1]
