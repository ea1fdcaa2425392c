"""A list's items: values in brackets after their names, sums and their members, places ranked or listed, the
words a list writes once (shared heads, tails), lists joined by 、 or 和, years listed.
"""

from __future__ import annotations

import os
import re
from typing import Callable, Iterator, Sequence

from ...places.divisions import divisions
from ..chinese import parse_chinese_numeral
from ..periods import periods_in
from ..spans import start_after
from .layout import _LISTED_REACH, _NOT_A_NOTE
from .measure import _COUNT_MEASURE, _MAX_LIST_LINE, _PLACE_KIND, RUNNING_TOTAL, SUPPLY_NAMED
from .period import _HAS_VALUE
from .text import _pairs
from .tie import Tie
from .words import (
    _LIST_SEP,
    _MEASURE_VERBS,
    PROVINCES,
    SUM_WORDS,
    TALLY,
    _compared_items,
    grade,
    has_subject,
    indicator_words,
    level,
    measured,
    measured_part,
    size_band,
    tally,
)

LIST_SUMMING = SUM_WORDS + r"|共占|合共"


def _telling(member: str, own: str) -> str:
    """A list member without what the sum's own words (`own`) also say (新加坡 of 新加坡的实际使用外资, where the
    sum is 三地合计占全市实际使用外资的) and without what opens its clause (其中，硅材料: 硅材料)."""
    member = re.split(r"[，,：:]", member)[-1]
    tail = next((k for k in range(len(member) - 1, 1, -1) if member[-k:] in own), 0)
    member = member[:-tail].rstrip("的") if tail else member
    head = next((k for k in range(len(member) - 1, 1, -1) if member[:k] in own), 0)  # (开发区 of 开发区汽车零部件
    member = member[head:]  # where the sum is 合计占开发区规上工业产值的)
    # (and without the words the list writes once after its last item: 韩国 of 韩国的实际使用外资, 材料加工 of
    # 材料加工板块营业收入)
    cut = _MEMBER_TAIL.search(member, 2)
    return member[:cut.start()] if cut else member


COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}  # a count's word


def _assign(out: list[Tie | None], i: int, items: list[str], verb: str | list[str], listed: str = "",
            heard: frozenset[str] = frozenset(), place: int = -1) -> None:
    """Each value of out[i:] the words of its item (after the subject its words inherited, where the
    list itself was `listed`: 规上工业增加值增长…高于全省), and the whole place its list names (而我市石油化工、
    管道装备…分别增长: the city's, not the province's of the clause before), where it names one."""
    first = out[i]
    assert first is not None
    own = indicator_words(listed)
    subject = first.words[:-len(own)] if listed and own and first.words.endswith(own) else ""
    members = _members([indicator_words(_AMONG_FRAME.sub("", x, count=1) if n == 0 else x)
                        for n, x in enumerate(items)])
    for n, item in enumerate(items):
        t = out[i + n]
        assert t is not None
        said = verb[n] if isinstance(verb, list) else verb  # (分别下降3.2%和增长8.9%: each value its own verb)
        words = subject + indicator_words(item + said)
        head = measured_part(SUPPLY_NAMED.sub("", indicator_words(item + said)))
        # (its item is its subject: not the value before's, 318亿元 of 食品医药 for 88.9% of 电子资讯)
        out[i + n] = t._replace(words=words, shown=(item + said).strip(), pairs=_pairs(words),
                                context=(t.context - t.scope) | heard, scope=frozenset(), grade=grade(item),
                                member=members[n], band=size_band(item), level=_level_of(item, place, t.level),
                                tally=tally((item + said).split("占")[0]) or t.tally,  # (占新增总数: the base's)
                                head=head,
                                # (5个行业是…，增速分别为…: the items' growths, not the count's)
                                left_out="" if t.left_out == _COUNT_MEASURE else t.left_out)


def _level_of(item: str, place: int, before: int) -> int:
    """The level of a list item: the whole place it opens with (全省 of 全省、全国…分别增长), else the one its list
    names (`place`), else the one read `before`."""
    own = level(item.strip()[:2])
    return own if own >= 0 else place if place >= 0 else before


# The whole a list's items are picked out of, written before its first (新登记企业中第二产业、第三产业分别为…):
# the whole of every item, no word that tells the first from the others.
# (and a group counted right before its first member, 全县三大主导产业纺织服装、食品加工…分别: the group, no member)
_AMONG_FRAME = re.compile(r"^.{2,}?(?:企业|项目|行业|主体|产业|产品|单位|户)中(?![小型国部心央])"
                          r"|^[^，,；;。]{0,6}?(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|类|家|项)[\u4e00-\u9fff]{0,4}?"
                          r"(?:产业|行业|园区|板块|集群|领域|片区)(?=[\u4e00-\u9fff]{2})")


def _members(items: list[str]) -> list[str]:
    """What tells each item of a list from the others: its words without those all items start or end
    with (电子资讯 and 食品医药 of 电子资讯产业, 食品医药产业)."""
    head = len(os.path.commonprefix(items))
    tail = len(os.path.commonprefix([x[::-1] for x in items]))
    return [x[head:len(x) - tail] if len(x) > head + tail else x for x in items]


def _verb_shared(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Items of a 、 list that write the verb of the first once (新增院士工作站2家、省级备案众创空间5家; 可压减炼铁产能
    645万吨、炼钢产能1256万吨): each later item that names no verb of its own is of that verb too."""
    for n in range(lo + 1, hi):
        before, tie = out[n - 1], out[n]
        if before is None or tie is None or not _ITEM_AFTER.fullmatch(text, spans[n - 1][1], spans[n][0]):
            continue
        verb = _LIST_VERB.match(before.words)
        if verb is not None and not _LIST_VERB.search(tie.words) and not _MEASURE_VERBS.search(tie.words) \
                and not _OWN_STATE.search(tie.words):
            words = verb.group() + tie.words
            out[n] = tie._replace(words=words, shown=f"{verb.group()}…{tie.shown}", pairs=_pairs(words))


def _scope_shared(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Counts of things listed after their nouns, what the list shares written once before its first item (浙江新增
    A工厂8个、B工厂3家; 全区新认定甲企业46家和乙企业120家; 其中新增亿元以上项目9个，10亿元以上项目2个): each later
    item that says none of it is read with it (浙江新增B工厂, 新增10亿元以上项目), and with its whole place; see
    `list_scope`, which the offline engine names such items by."""
    for n in range(lo + 1, hi):
        tie = out[n]
        p = n - 1 if n - 1 == lo or not _bound_of_item(text, spans, n - 1) else n - 2  # (10亿元以上 of its item)
        before = out[p]
        if before is None or tie is None or text[spans[p][1] - 1] not in _THING_COUNTERS \
                or text[spans[n][1] - 1] not in _THING_COUNTERS \
                or not next_item(text, (spans[p][1], spans[n][0]), before.band is not None):
            continue
        words = list_scope(before.words, tie.words)
        if words != tie.words:
            scope = words[:len(words) - len(tie.words)]
            # (its words, not its tally: a claim that leaves the shared 新增 out is read as _verb_shared's is)
            out[n] = tie._replace(words=words, shown=f"{scope}…{tie.shown}", pairs=_pairs(words),
                                  level=tie.level if tie.level >= 0 else before.level)


def _bound_of_item(text: str, spans: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether the value at spans[k] bounds the class its item names (10亿元以上 of 10亿元以上项目2个)."""
    a, b = spans[k]
    return text[a:b].endswith(("以上", "以下")) and bool(_HAN_NEXT.match(text, b))


_HAN_NEXT = re.compile(r"[\u4e00-\u9fff]")
_THING_COUNTERS = "个家项户座条所台套处"  # (counts of things: not of people, 人, nor amounts)


def next_item(text: str, between: tuple[int, int], classed: bool) -> bool:
    """Whether the words `between` a value's end and the next value are that value's next item in a list of things:
    a list mark then its noun (、B工厂, 和乙企业), or a comma then a size class and its noun where the item before
    names a class too (`classed`: 亿元以上项目9个，10亿元以上项目2个); not words with a clause of their own."""
    m = _NEXT_ITEM.fullmatch(text, *between)
    # (、在谈项目, 、拟上市企业: the next item's own state, no share of the list's deed)
    return m is not None and (m.group(1) is None or (bool(m.group(2)) and classed)) \
        and not _OWN_STATE.search(m.group())


_NEXT_ITEM = re.compile(r"\s*(?:[、和及与]|([，,]))\s*((?:[0-9.]+[千百万亿]*元?|[千百万亿]+元?)(?:及?以上|以下))?"
                        r"[\u4e00-\u9fff“”\"（()）A-Za-z0-9]{2,20}")


def list_scope(first: str, later: str) -> str:
    """`later`, the name of a later item of a list of counted things (B工厂 after 浙江新增A工厂8个、), with what the
    first item's name (`first`) writes before its own noun: a place, and a deed or tally (新增, 累计引进, 签约), which
    the list writes once for all its items. `later` as it is where it says any of that itself (其中签约项目), where
    either names no counted thing (带动就业岗位: no item of the list, but what it did), and where the first names
    nothing before its noun: which words are shared is then not clear."""
    k = _place_length(first)
    deed = _SCOPE_DEED.match(first, k)
    end = deed.end() if deed is not None else k
    own, item = first[end:], later.strip()
    if not end or len(own) < 2 or not (_COUNTED_THING.search(own) and _COUNTED_THING.search(item)) \
            or not _ITEM_NOUN.fullmatch(item) or _place_length(item) or item.startswith(_PART_WORDS) \
            or _SCOPE_DEED.search(item) or TALLY.search(item) or RUNNING_TOTAL.search(item) \
            or _OWN_STATE.search(item) or not _same_class_noun(own, item):
        return later
    return first[:end] + item


def _same_class_noun(first: str, later: str) -> bool:
    """Whether a later item that names a size class (10亿元以上项目) names the same things after it as the first
    (亿元以上项目), not others (亿元以上储备项目); true where the later names no class."""
    m = _CLASS_THEN.search(later)
    if m is None:
        return True
    f = _CLASS_THEN.search(first)
    return f is not None and f.group(1) == m.group(1)


_CLASS_THEN = re.compile(r"(?:及?以上|以下)的?(.*)$")
# A state or deed of an item's own, before its counted noun (注销企业, 在谈项目, 拟上市企业, 覆盖企业): the
# list's shared deed is not its (新增注销企业 is no reading of 新增A企业26家、注销企业4家)
_OWN_STATE = re.compile(r"注销|吊销|退规|退库|退出|停产|停业|关停|关闭|淘汰|亏损|续建|在建|在谈|在库|储备|谋划|"
                        r"(?<!模)拟|待|覆盖|整治|破产|歇业|减亏|下降|减少")


_WHOLE_PLACES = "全国|全省|全市|全区|全县|全州|全盟|我省|我市|我区|我县"  # (a place named whole, or as the page's own)


def _place_length(words: str) -> int:
    """How many characters of `words` a place's name they open with takes (全县, 衢州市, 浙江 before a deed); 0 for
    none."""
    whole = _WHOLE_PLACE_LEAD.match(words)
    if whole is not None:
        return whole.end()
    rest = divisions().after_name(words)
    if rest != words:
        return len(words) - len(rest)
    # (a province's or city's stem, 浙江, 丽水, only right before a deed: alone it may open any noun)
    return next((k for k in (3, 2) if divisions().by_stem.get(words[:k]) and _SCOPE_DEED.match(words, k)), 0)


# (the place named whole, and, leading a list of counted things, a town's whole or the city named as this one)
_WHOLE_PLACE_LEAD = re.compile(rf"(?:{_WHOLE_PLACES}|全镇|本市|该市)")
# A deed or tally a list of counted things writes once (新增, 累计引进, 新认定, 签约) before its first item
_SCOPE_DEED = re.compile(r"(?:累计|共)?(?:新增|净增|新建|新认定|新培育|新引进|新入选|新签约|新开工|新竣工|新投产|"
                         r"新落地|新落户|新入驻|新入库|新纳统|新上|引进|培育|认定|创建|建成|签约|开工|竣工|投产|落地|"
                         r"落户|入驻|入库)")
_COUNTED_THING = re.compile(r"(?:企业|公司|项目|工厂|车间|生产线|基地|平台|园区|中心|实验室|工作站|集群|产业链|示范区|"
                            r"基站|站|品牌|产品)$")
_ITEM_NOUN = re.compile(r"[\u4e00-\u9fff“”\"（()）A-Za-z0-9.]{2,24}")
_PART_WORDS = ("其中", "包括", "含", "占")


def _places_interleaved(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Gaps to places, each place's name before its gap (高于全国3.6个、全省1.4个百分点): a later gap, whose item names
    only its place, is compared with that place as the first is with its own (比全省, as 比全国)."""
    for n in range(lo + 1, hi):
        before, tie = out[n - 1], out[n]
        m = _NEXT_PLACE.fullmatch(text, spans[n - 1][1], spans[n][0])
        if before is None or tie is None or m is None:
            continue
        compared = _COMPARED_TO_PLACE.search(before.words)
        if compared is None or compared.group(2) == m.group(1):
            continue
        words = before.words[:compared.start(2)] + m.group(1) + before.words[compared.end(2):]
        out[n] = tie._replace(words=words, pairs=_pairs(words))


# The next item of a list of gaps to places: its place alone, right after the value before (3.6个、全省1.4个…)
_NEXT_PLACE = re.compile(r"[、和及与]\s*(全国|全省|全市|全区|全县|全州)")
_COMPARED_TO_PLACE = re.compile(r"(比)(全国|全省|全市|全区|全县|全州)")
_ITEM_AFTER = re.compile(r"、[\u4e00-\u9fff“”]{2,16}")  # (、炼钢产能: the next item's name, right after the value)


def _labels_shared(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Items of a list labelled by class after a first that names what they classify (规上工业企业评价结果为A类11家、
    B类21家、C类7家): each later label is of the same (规上工业企业评价结果 of B类), not a thing of its own."""
    lead: tuple[str, str] | None = None  # the first item's words before its label, and the label's kind (类)
    for n in range(lo, hi):
        tie = out[n]
        if tie is None:
            continue
        # (its words only labels: 一般类提升类, the one before read in too; the last is its own)
        label = list(_CLASS_LABEL.finditer(tie.words))[-1] if _LABELS_ONLY.fullmatch(tie.words) else None
        if label is not None and lead is not None and label.group(2) == lead[1] \
                and _LABEL_JOIN.fullmatch(text, spans[n - 1][1], spans[n][0] - len(label.group())):
            words = lead[0] + label.group()
            out[n] = tie._replace(words=words, pairs=_pairs(words), shown=label.group())
            continue
        first = _CLASS_LABEL.search(tie.words)
        lead = (tie.words[:first.start()], first.group(2)) if first is not None and first.end() == len(tie.words) \
            and first.start() > 1 else None


# A class label ending a value's words (A类, 一级, 良好类), and what may stand between two items of such a list.
_CLASS_LABEL = re.compile(r"([A-DＡ-Ｄ甲乙丙丁一二三四]|优秀|良好|一般|较差|提升|合格|基本合格|不合格)(类|级|档)")
_LABELS_ONLY = re.compile(f"(?:{_CLASS_LABEL.pattern})+")
_LABEL_JOIN = re.compile(r"[，,]?\s*[、，,]\s*")
_LIST_VERB = re.compile(r"新增|新建|新引进|引进|培育|创建|建成|可压减|压减|淘汰|化解|新认定|认定|新签约|签约|"
                        r"新开工|开工|竣工|投产|入库|储备|谋划|拜访|走访")


def _bracketed_runs(text: str, spans: Sequence[tuple[int, int]], read: tuple[list[Tie | None], Callable[[int], Tie]],
                    lo: int, hi: int) -> None:
    """Values each in brackets right after its own name, the names joined as a list and what they measure written
    once after the last (西夏区(13.0%)和灵武市(8.2%)地区生产总值增速…): each value is its name's, with that tail.
    `read`: the ties so far, and the tie of an earlier sentence's value (read if it has not been)."""
    out, earlier = read
    n = lo
    said = ""  # what the last list measured
    while n < hi:
        run = n
        while run < hi and _in_brackets(text, spans[run]) and (run == n or _bracket_joined(text, spans, run)):
            run += 1
        lead = _GROWN_ONES.match(text, _name_start(text, spans[n])) if run > n else None
        led = lead is not None
        if run - n >= 2 or led:
            closed = spans[run - 1][1] + 1
            tail = _TAIL_END.split(text[closed:closed + _MAX_LIST_LINE], maxsplit=1)[0]
            # (…巴彦淖尔市(11.5%)4个盟市规上工业增加值增速高于全区平均水平: the places' count and how they compare
            # with the whole are no part of what each value measures; …8个盟市低于全区平均水平 names none: the
            # list's before it does)
            tail = _ALL_COMPARED.sub("", _PLACES_COUNT.sub("", tail)) or _list_lead_measure(text, spans[n]) or said
            # (全市完成工业投资…增长2.7%。正增长的有大埔县(338.6%)、蕉岭县(74.3%)等2个县: the whole's growth, of each)
            tail = tail or (_whole_grown(text, spans, (out, earlier), n) if led else "")
            said = tail
            opener = lead or _LIST_OPENER.match(text, _name_start(text, spans[n]))
            names = [text[opener.end() if opener and k == n else _name_start(text, spans[k]):spans[k][0] - 1]
                     for k in range(n, run)]
            if tail and all(has_subject(indicator_words(x)) for x in names):
                _assign(out, n, [x + tail for x in names], "")
        n = max(run, n + 1)


def _whole_grown(text: str, spans: Sequence[tuple[int, int]], read: tuple[list[Tie | None], Callable[[int], Tie]],
                 n: int) -> str:
    """The words of the growth last written before value `n` in its paragraph, not in brackets: the whole's, whose
    parts a list of those that grew (正增长的有…) names."""
    out, earlier = read
    for k in range(n - 1, -1, -1):
        if "\n" in text[spans[k][1]:spans[n][0]]:
            return ""
        t = out[k] or earlier(k)
        if t.measure == "growth" and not _in_brackets(text, spans[k]):
            return t.words
    return ""


def _list_lead_measure(text: str, span: tuple[int, int]) -> str:
    """What a list of bracketed values opened by 分别为/分别是 measures, where the clause before the list counts its
    items and names their measure (8个市州工业投资增幅超过全省平均水平，分别为甲市(57.4%)、乙市(…); 缺口超过10亿元
    的地区有四个，它们分别是甲园区(50.3亿元)、…): that measure, the count and how it compares dropped."""
    at = _name_start(text, span)
    if _LIST_OPENER.match(text, at) is None:
        return ""
    clause = re.split(r"[，,。；;：:\n]", text[max(0, at - 1 - _LISTED_REACH):at - 1])[-1]
    having = _ITEMS_HAVING.fullmatch(clause)
    if having is not None:
        return having.group(1)
    counted = _ITEMS_COUNTED.fullmatch(clause)
    return _ALL_COMPARED.sub("", counted.group(1)) if counted is not None else ""


# A list of the parts that grew or fell, each with its growth in brackets after it: 正增长的有…, 负增长的是…
_GROWN_ONES = re.compile(r"(?:正增长|负增长|增长|下降|增速回落|增速提高)的(?:有|是|为)[：:]?\s*")


def _base_values(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """A value in brackets right after what its clause compares with (工业投资比全省全社会固定资产投资(8.2%)高46.3个
    百分点): the base's own value, of the base's name alone, not of the clause's subject."""
    for n in range(lo, hi):
        t = out[n]
        if t is None or not _in_brackets(text, spans[n]):
            continue
        base = _BASE_NAMED.search(text, max(0, spans[n][0] - _BASE_REACH), spans[n][0] - 1)
        words = indicator_words(base.group(1)) if base is not None else ""
        # (not a place or its average, 高于全国平均水平(5.8%): whose the value is, the checker reads apart)
        if base is not None and has_subject(indicator_words(_PLACE_OR_AVERAGE.sub("", base.group(1)))):
            out[n] = t._replace(words=words, shown=base.group(1) if base else t.shown, pairs=_pairs(words),
                                scope=frozenset(), head=measured(words), level=level(base.group(1)))


def _listed_then_summed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """A value whose clause opens with a list of names summed (甲市、乙盟原煤产量合计占全区的79.9%; 甲县和乙县两县
    共计…; 甲、乙两家企业合计…; 甲、乙两大产业实现增加值…, a count of as many as the list names) or with a count
    of what it sums (两家企业合计占…: as many members, none named): of all of them together, no item's alone; its
    members tell a claim on one (as `_sum_of` does for a 分别 list). A later clause of its sentence with no words of
    its own (，增长14.5%，占…的64.2%) is of the same group."""
    for n in range(lo, hi):
        t = out[n]
        if t is None or t.summed:
            continue
        c0 = start_after(text, spans[n][0], _CLAUSE_OPENS)
        members = _summed_members(text, c0, spans[n][0])
        if members:
            out[n] = t._replace(summed=members)
    for n in range(lo, hi):
        t = out[n]
        if t is not None and not t.summed:
            sum_ = _sum_before(text, spans, out, (lo, n), t.words)
            if sum_ is not None:
                out[n] = t._replace(summed=sum_.summed)  # (…合计实现营业收入2863亿元，增长9.7%: the group's growth)


def _sum_before(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo_n: tuple[int, int],
                words: str) -> Tie | None:
    """The nearest sum before value n (`lo_n`: the first value of its stretch, and n) in the same part of its sentence
    whose words n's (`words`) open with (n has none of its own), None where there is none."""
    lo, n = lo_n
    # (each gap between two values read once, and no further back than a sum's members may reach: linear in the clause)
    for k in range(n - 1, max(lo, n - _SUMMED_MOST) - 1, -1):
        if _SENTENCE_GOES_ON.search(text, spans[k][1], spans[k + 1][0]):
            return None
        before = out[k]
        if before is not None and before.summed and before.words and words.startswith(before.words):
            return before
    return None


def _summed_members(text: str, c0: int, at: int) -> tuple[str, ...]:
    """The members of the sum a clause (from `c0` to the value at `at`) opens with, each named by two characters or
    more or unnamed (""), () where it opens with none."""
    found = _LIST_SUMMED.match(text, c0, at)
    if found is None:
        counted_list = _LIST_COUNTED.match(text, c0, at)  # (甲、乙两大产业实现增加值…: the count says they are one)
        if counted_list is not None and _count(counted_list.group(2)) == len(_list_items(counted_list.group(1))):
            found = counted_list
    counted = _COUNT_SUMMED.match(text, c0, at)
    if found is not None and "等" in found.group(1):
        return ()  # (甲、乙等新兴产业产值合计…: the group named after 等 is what is summed, its items but examples)
    if found is not None:
        own = indicator_words(found.group(3))
        members = tuple(_telling(m, own) for m in _list_items(found.group(1)))
        return members if len(members) >= 2 and all(len(m) >= 2 for m in members) else ()
    if counted is not None:  # (两家企业合计占…: as many members as counted, none named, so none claimable)
        count = _count(counted.group(1))
        return ("",) * count if 2 <= count <= _SUMMED_MOST else ()
    return ()


def _count(written: str) -> int:
    """A count as written (两, 三, 12), 0 where it is none."""
    return int(written) if written.isdigit() else int(parse_chinese_numeral(written) or 0)


def _list_items(listed: str) -> list[str]:
    """The items of a list: split at 、, its last item at 和, 与 or 及 where each part is a name of two characters
    or more (甲市、乙市和丙市; not the 和 of 呼和浩特市); a list with no 、 at 和, 与 or 及 alone (甲县和乙县)."""
    items = listed.split("、")
    last = _LIST_JOIN.split(items[-1])
    items = items[:-1] + last if all(len(m) >= 2 for m in last) else items
    # (the first item without the place its clause opens with: 集成电路 of 园区集成电路、智能终端两大产业…)
    first = _LEAD_PLACE.sub("", items[0])
    return [first, *items[1:]] if len(first) >= 2 and len(items) >= 2 else items


_CLAUSE_OPENS = "，,；;。：:\n"
# (the names: Han only, two to twelve characters each, joined by 、, 和, 与 or 及; a count of them may follow, 两市,
# 两家企业, 三大主导产业)
_NAMES_LISTED = r"\s*(?:其中)?[，,]?\s*([\u4e00-\u9fff]{2,12}(?:(?:、|和|与|及)[\u4e00-\u9fff]{2,12}?)+)"
_COUNT_WRITTEN = r"[两二三四五六七八九十]|\d{1,2}"
# (the counter's noun stops before a word that spreads values over the items: 三大主导产业分别…, not a sum)
_COUNTER = r"(?:[个家大座所户条类项](?:(?!分别|均|都|各)[\u4e00-\u9fff]){0,6}?|[市县区地盟州旗镇园])"
_SUMMING = LIST_SUMMING
_LIST_SUMMED = re.compile(_NAMES_LISTED + "(?:(?:" + _COUNT_WRITTEN + ")" + _COUNTER + ")?(" + _SUMMING + ")"
                          r"([^，,；;。\d]*)$")
# (or the list with a count of its items and no word of a sum: 甲、乙两大产业实现增加值…; not where each is said to
# have the value, 均, 都, 各, 分别)
_LIST_COUNTED = re.compile(_NAMES_LISTED + "(" + _COUNT_WRITTEN + ")" + _COUNTER
                           + r"(?![^，,；;。\d]*(?:分别|(?<!平)均|都|各))([^，,；;。\d]*)$")
_LIST_JOIN = re.compile(r"和|与|及")
_LEAD_PLACE = re.compile(r"^(?:全[省市区县州]|园区|[\u4e00-\u9fff]{1,4}?[省市县区州盟旗])")
# (a sentence's clause goes on to a new subject past a ；or 。, or names a part, 其中)
_SENTENCE_GOES_ON = re.compile(r"[；;。]|其中")
# (or a count of the things summed, named before: 两家企业合计占…, 5个地州市的贡献率总计…, 以上三县共计…)
# (a counter after the count, or a place's kind after a numeral, 两市: not a date, 10月当月产值合计…)
_COUNT_SUMMED = re.compile(r"\s*(?:其中)?[，,]?\s*(?:以上|上述|这)?(" + _COUNT_WRITTEN + ")"
                           r"(?:个|家|大|座|所|户|(?<=\D)(?=[市县区地盟州旗镇园]))[\u4e00-\u9fff]{0,6}?"
                           r"(?:的[\u4e00-\u9fff]{1,6}?)?(?:" + _SUMMING + r")[^，,；;。\d]*$")
_SUMMED_MOST = 20


def _named_in_brackets(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """A value alone in brackets right after the name of what it measures, its clause going on to say more of that
    (一般公共预算收入(13.5%)完成年初预算的53.7%): the name's own value, not of what the clause goes on to say. Not
    a list of such values (_bracketed_runs reads them), nor a base's (_base_values)."""
    for n in range(lo, hi):
        t = out[n]
        said = _CHANGE_IN_BRACKETS.search(text, max(0, spans[n][0] - _CHANGE_REACH), spans[n][0])
        opened = said.start() if said is not None else spans[n][0] - 1  # (税收(增长8%)…: how it changed, then it)
        if t is None or text[opened:opened + 1] not in "(（" or text[spans[n][1]:spans[n][1] + 1] not in ")）" \
                or _bracket_listed(text, spans, n, lo, hi):
            continue
        goes_on = text[spans[n][1] + 1:spans[n][1] + 2]
        name = text[_name_start(text, (opened + 1, spans[n][1])):opened]
        words = indicator_words(name)
        # (not a share's whole: 占全区规上工业产值（341.8亿元）的八成, whose value the checker reads apart)
        if not goes_on or goes_on in _CLAUSE_GOES_NO_FURTHER or _BASE_NAMED.search(name) or name.startswith("占") \
                or not _ENDS_IN_A_MEASURE.search(words):
            continue
        out[n] = t._replace(words=words, shown=name, pairs=_pairs(words), scope=frozenset(),
                            head=measured(words) or t.head)


def _pair_pointed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Values whose words point back at one of a pair named just before the first pointer (…：智能装备产业园和新材料
    产业园。前者…；后者…): 前者 is the first, 后者 the second, both of one kind (the same last character)."""
    for n in range(lo, hi):
        t = out[n]
        pointer = PAIR_POINTER.search(t.words) if t is not None else None
        if t is None or pointer is None:
            continue
        first = text.rfind("前者", 0, spans[n][0])
        pair = _PAIR_NAMED.search(text, max(0, first - _PAIR_REACH), first) if first >= 0 else None
        if pair is None or pair.group(1)[-1] != pair.group(2)[-1]:
            continue
        name = pair.group(1) if pointer.group() == "前者" else pair.group(2)
        words = t.words.replace(pointer.group(), name, 1)
        out[n] = t._replace(words=words, shown=t.shown.replace(pointer.group(), name, 1), pairs=_pairs(words))


PAIR_POINTER = re.compile(r"前者|后者")
# (…：甲产业园和乙产业园。; 全县有经开区、高新区两个省级园区，: the pair, without the count that sums it up)
_PAIR_NAMED = re.compile(r"(?:.*[有是为在])?([\u4e00-\u9fff]{2,10}?)(?:和|与|及|、)([\u4e00-\u9fff]{2,10}?)"
                         r"(?:(?:两|二|2)(?:个|家|大)[\u4e00-\u9fff]{0,8})?[。；;，,]?\s*$")
_PAIR_REACH = 30


def _part_named_again(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """The later clauses of a part named after 其中 whose words repeat the whole's, no more and no less (…惠及企业
    1127家，其中“免申即享”兑现资金1.12亿元，惠及企业406家): the part's too, its name before their words, up to the
    ；-part's end."""
    name = ""
    for n in range(lo, hi):
        t = out[n]
        if n > lo and _PART_CLOSED.search(text, spans[n - 1][1], spans[n][0]):
            name = ""
        if t is None or not t.under:
            continue
        if t.shown.lstrip("，,、 ").startswith("其中"):
            name = _part_s_name(t)
        elif name and t.pairs == t.under:  # (not a sibling part, 投产项目5个, “3060”项目3个: words of its own)
            words = name + t.words
            out[n] = t._replace(words=words, shown=f"{name}…{t.shown}", pairs=_pairs(words))


_PART_CLOSED = re.compile(r"[；;。\n]|其中")


def _part_s_name(t: Tie) -> str:
    """The name of the part a value after 其中 is of: its words without the end they share with the whole's
    (免申即享 of 免申即享兑现资金 under 兑现资金), "" where nothing is left of at least two characters."""
    words = t.words
    for k in range(2, len(words) - 1):
        if _pairs(words[k:]) <= t.under:
            return words[:k]
    return ""


def _parts_in_brackets(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Values in brackets right after a value of the same unit, each after a short name of its own (重点项目10项
    （新建6项，续建4项）): parts of that whole, read under its words (甲旗…重点项目 of 新建6项), no rival of theirs."""
    for m in range(lo, hi - 1):
        whole, b = out[m], spans[m][1]
        closed = _PARTS_AFTER.match(text, b)
        if whole is None or closed is None:
            continue
        parts = [n for n in range(m + 1, hi) if spans[n][1] <= closed.end()]
        unit = text[b - 1]
        # (each part's name read in the few characters before it: not the text from its start, at every value)
        if not parts or any(text[spans[n][1] - 1] != unit
                            or not _PART_NAMED.search(text, max(0, spans[n][0] - _PART_NAME_REACH), spans[n][0])
                            for n in parts):
            continue
        whole_s = whole.pairs | whole.under  # (开复工8项（…续建3项）: the 开复工 of the projects before)
        for n in parts:
            t = out[n]
            if t is not None:
                out[n] = t._replace(under=t.under | whole_s, context=t.context | whole_s | whole.context)


# Brackets right after a value, closing within a clause's reach, that hold no brackets of their own; not a goal's or
# a base's note on it (32家(上饶下达任务27家)).
_PARTS_AFTER = re.compile(rf"[（(]{_NOT_A_NOTE}[^（）()\n。]{{2,60}}[）)]")
# A part's short name right before its value, after the bracket or a mark between parts (（新建6项，续建4项）).
_PART_NAMED = re.compile(r"[（(，,、；;][\u4e00-\u9fff]{1,8}$")
_PART_NAME_REACH = 9  # (its mark and eight characters at most)


def _by_place_after_colon(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """A whole broken down by place after a colon (全市亿元以上新签约项目174个，分别为：霍山县34个、金寨县32个…),
    each item a place and its value alone: each is the place's count (or amount) of what the whole counts, in its
    unit."""
    head = -1
    for n in range(lo, hi):
        t = out[n]
        if t is None:
            continue
        colon = _BY_PLACE_OPENED.search(text, spans[n - 1][1] if n > lo else spans[n][0], spans[n][0])
        if colon is not None and n > lo:
            head = n - 1  # (the value the list breaks down is the one right before its colon)
        h = out[head] if head >= 0 else None
        if h is None or not _PLACE_ALONE.fullmatch(t.words) or text[spans[head][1] - 1] != text[spans[n][1] - 1]:
            head = -1 if colon is None and not _PLACE_ALONE.fullmatch(t.words) else head
            continue
        words = t.words + _WHOLE_PLACE_OPENING.sub("", h.words)
        out[n] = t._replace(words=words, shown=f"{h.shown}…{t.shown}"[-60:], pairs=_pairs(words), head=h.head,
                            band=h.band, tally=h.tally)


def _places_of_a_count_before(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int,
                              hi: int) -> None:
    """Places listed with their values after 分别为 (…，分别为甲市54.6%、乙市47.9%), where the clause before counts
    them and names what they are measured by (8个市州工业投资增幅超过全省平均): each place's value is of that
    measure, not of the place alone."""
    for n in range(lo, hi):
        t = out[n]
        if t is None or not t.member or not _PLACE_ALONE.fullmatch(t.words):
            continue
        opened = text.rfind("分别", max(0, spans[n][0] - _LISTED_REACH), spans[n][0])
        comma = max(text.rfind("，", 0, opened), text.rfind(",", 0, opened))
        if opened < 0 or comma < 0 or text[comma + 1:opened].strip():
            continue
        counted = _PLACES_COUNTED_LEAD.search(text, max(0, comma - _LISTED_REACH), comma)
        if counted is None:
            continue
        measure = indicator_words(counted.group(1))
        words = t.words + measure
        out[n] = t._replace(words=words, shown=f"{t.shown}…{counted.group(1)}"[-60:], pairs=_pairs(words))


def _ranked_places(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """Places ranked after a lead that names what is measured (…到位资金总量排在前三位的是桐溪县52.0亿元，
    鹤鸣区48.0亿元、澜川县41.4亿元): each later place, its value alone, is ranked by the first's measure, in the
    first's unit."""
    first = -1
    for n in range(lo, hi):
        t = out[n]
        if t is None:
            continue
        ranked = _RANKED_LEAD.search(t.words)
        if ranked is not None and _PLACE_LAST.search(t.words) is not None:
            first, lead = n, t.words[:ranked.start()]
            continue
        h = out[first] if first >= 0 else None
        if h is None or not _PLACE_ALONE.fullmatch(t.words) or text[spans[first][1] - 1] != text[spans[n][1] - 1] \
                or not _ITEM_JOIN.fullmatch(text, spans[n - 1][1], spans[n][0] - len(t.shown)):
            first = -1
            continue
        words = t.words + lead
        out[n] = t._replace(words=words, shown=f"{h.shown}…{t.shown}"[-60:], pairs=_pairs(words), head=h.head)


# A ranking's lead in a value's words (排在前三位是, 居前三位的是, 排名前五的是) and the place its first value is of.
_RANKED_LEAD = re.compile(r"(?:排在|排名|位居|居)前[二三四五六七八九十\d]+(?:位|名)?(?:的)?(?:是|为|依次是|依次为)")


_PLACE_LAST = re.compile(rf"{_PLACE_KIND}$")
_ITEM_JOIN = re.compile(r"[、，,和及]\s*")


# (分别为：, 分别是：, 依次为：, or a colon alone, after the whole's value)
_BY_PLACE_OPENED = re.compile(r"[，,]?(?:分别为|分别是|依次为|依次是|其中)?[：:]")
# (a county, a district, a city or a park: 霍山县, 裕安区, 市开发区, 经开区, 高新区; a short name, no measure)
_PLACE_ALONE = re.compile(rf"[\u4e00-\u9fff]{{1,6}}{_PLACE_KIND}")
_WHOLE_PLACE_OPENING = re.compile(rf"^(?:{_WHOLE_PLACES})")


def _bracket_listed(text: str, spans: Sequence[tuple[int, int]], n: int, lo: int, hi: int) -> bool:
    """Whether the bracketed value `n` is one of a list of such values (西夏区(13.0%)和灵武市(8.2%))."""
    before = n > lo and _in_brackets(text, spans[n - 1]) and _bracket_joined(text, spans, n)
    after = n + 1 < hi and _in_brackets(text, spans[n + 1]) and _bracket_joined(text, spans, n + 1)
    return before or after


def _bracket_joined(text: str, spans: Sequence[tuple[int, int]], n: int) -> bool:
    """Whether the name of the value `n` follows the bracket of the value before it with no more than a list mark
    between (西夏区(13.0%)和灵武市(8.2%): 灵武市 after 和)."""
    return _ONE_LIST_MARK.fullmatch(text, spans[n - 1][1] + 1, _name_start(text, spans[n])) is not None


_CLAUSE_GOES_NO_FURTHER = "，,；;。、和及与\n"
_CHANGE_IN_BRACKETS = re.compile(r"[（(](?:同比|比上年|较上年)?(?:增长|下降|增加|减少)$")
_CHANGE_REACH = 8
# (the name of an amount or a rate, 一般公共预算收入, 规模以上工业增加值: not a place alone, 中卫市(-5.9%))
_ENDS_IN_A_MEASURE = re.compile(r"(?:收入|总值|增加值|投资|产值|额|量|率|指数|利润|税收|税金|支出)$")


_PLACE_OR_AVERAGE = re.compile(rf"全国|全省|全市|全区|全县|全州|{PROVINCES}|(?:平均)?水平|平均|同期|上年|去年")
_BASE_NAMED = re.compile(r"(?:比|较|高于|低于|快于|慢于)([^，,；;。（()）\d]{4,20})$")
_BASE_REACH = 24


def _in_brackets(text: str, span: tuple[int, int]) -> bool:
    """Whether the value at `span` is alone in brackets: 西夏区(13.0%)."""
    return text[span[0] - 1:span[0]] in ("(", "（") and text[span[1]:span[1] + 1] in (")", "）")


def _name_start(text: str, span: tuple[int, int]) -> int:
    """Where the name before a bracketed value starts: after the list mark, clause mark or bracket before it."""
    before = span[0] - 1
    return max(text.rfind(ch, max(0, before - _MAX_LIST_LINE), before) for ch in "、和及与，,；;：:。)）\n") + 1


_ONE_LIST_MARK = re.compile(r"[、和及与]?")
# (the kinds of place a count of places names: 六州市, 8个盟市, 12个县市区)
_PLACE_KINDS = "(?:盟市|市州|州市|县市区|县市|县区|市区|旗县区|旗县|地市|县|市|区|州|盟)"
# (8个市州工业投资增幅超过全省平均: the count of places, then their measure, then how it compares, to the clause's
# end)
_PLACES_COUNTED_LEAD = re.compile(rf"(?:^|[，,。；;\n])[^，,。；;\n\d]{{0,6}}(?:\d+|[两二三四五六七八九十]+)个"
                                  rf"{_PLACE_KINDS}([^，,。；;\n\d]{{2,16}}?)"
                                  r"(?:均|都)?(?:超过|高于|低于|快于|慢于|在)[^，,。；;\n\d]{0,10}$")
# (…等4个县(市、区); …等4个产业, 等3个行业: the count of the list's items, no part of what each measures)
_PLACES_COUNT = re.compile(rf"^(?:等)?(?:\d+|[两二三四五六七八九十]+)个?"
                           rf"(?:{_PLACE_KINDS}(?:[（(][^（）()]{{1,6}}[）)])?|(?:大)?(?:产业|行业|企业|园区|板块|领域))")
_ALL_COMPARED = re.compile(r"(?:增速|增幅)?均?(?:高于|低于|快于|慢于|超过)(?:全国|全省|全区|全市|全县|全州).*$")
_TAIL_END = re.compile(r"[，,；;。：:]|分别|均|依次")
# (，分别为 / ，它们分别是 right before a list's first name)
_LIST_OPENER = re.compile(r"(?:它们)?(?:分别|依次)(?:为|是)[：:]?")
# (8个市州工业投资增幅超过全省平均水平; 2个市州工业投资负增长: the items' count, then their measure)
_ITEMS_COUNTED = re.compile(rf"(?:其中)?(?:\d+|[两二三四五六七八九十]+)个{_PLACE_KINDS}([^\d]{{2,30}})")
# (缺口超过10亿元以上的地区有四个: the measure, then the bar the items pass and their count)
_ITEMS_HAVING = re.compile(r"([^\d]{2,12}?)(?:超过|高于|低于|在|达)[^，,]{0,12}的(?:地区|单位|园区|企业|县区|"
                           rf"{_PLACE_KINDS})有(?:\d+|[两二三四五六七八九十]+)(?:个|家)")


def _joined_only(text: str, spans: Sequence[tuple[int, int]], i: int, j: int) -> bool:
    """Whether spans[i:j] are two or more values joined by nothing but 、 or 和 (7.5、6.1; 398.8亿元、579.33亿元)."""
    return j - i >= 2 and all(text[spans[n][1]:spans[n + 1][0]].strip() in ("、", "和") for n in range(i, j - 1))


def _parallel(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], c0: int, i: int, j: int) -> None:
    """高于全国、全省7.5、6.1个百分点: values joined only by 、 right after as many items joined by 、."""
    if not _joined_only(text, spans, i, j):
        if j - i > 2 and _joined_only(text, spans, i + 1, j):
            # (…霍邱现代产业园7个县域园区固定资产投资、财政收入…同比增长22.5%、59.4%…: a count of what the list is of,
            # then the list)
            _parallel(text, spans, out, spans[i][1], i + 1, j)
        return
    listed = text[c0:spans[i][0]]
    compared = _compared_items("", listed, j - i)  # (高于全省、全市平均水平12.3、7.2个百分点)
    if compared:
        _assign(out, i, compared, "", listed)
        return
    items = [x for x in listed.split("、") if x.strip()]
    compound = _compound_items(listed, j - i) if len(items) == 1 else []
    if compound and _one_unit(text, spans, i, j):
        # (吉奥汽车公司产销整车8.2万辆、7.9万辆; 进出口分别…: one word that names the items, each value its own in
        # order)
        _assign(out, i, compound, "", listed)
        return
    if len(items) != j - i:
        _subjects_joined(out, i, j - i, listed)
        return
    shortest = min(len(x) for x in items[1:])
    lead = items[0][:max(0, len(items[0]) - shortest)]  # 高于 of 高于全国, which 全省 is read with
    items = [items[0]] + [lead + x for x in items[1:]]
    # (第一产业、第二产业、第三产业增加值305.6亿元、1734.5亿元、…: 增加值, written once after the last, is each one's)
    _assign(out, i, _shared_head(items), "", listed)


def _subjects_joined(out: list[Tie | None], i: int, count: int, listed: str) -> None:
    """新材料和新能源产业完成工业增加值15.8亿元和13.8亿元: as many subjects joined by 和 or 、 as values joined so,
    then what they did: each value its subject's, in order."""
    m = _JOINED_SUBJECTS.match(listed)
    if m is None:
        return
    items = [x for x in _SUBJECT_JOIN.split(m.group(1)) if x.strip()]
    if len(items) == count:
        _assign(out, i, _shared_head(items), m.group(2), listed)


# (the last a one-character branch too: 牧业和渔业产值为…; and residents: 城镇和农村居民人均可支配收入…元、…元)
_JOINED_SUBJECTS = re.compile(r"\s*(?:其中[，,]?)?((?:[^、和，,；;。\d]{2,10}[、和])+"
                              r"[^、和，,；;。\d]{1,10}?(?:产业|行业|企业|业|居民))([^、和，,；;。\d]{2,12})$")
_SUBJECT_JOIN = re.compile(r"[、和]")


def _items(listed: str, count: int) -> list[str]:
    """The items of a 分别 list (split at 、 alone where 和 or 与 belongs to an item's name: 橡胶和塑料制品业),
    each with the words the list writes once after its last item (新开工、新竣工亿元以上工业项目: 新开工亿元以上
    工业项目 and 新竣工亿元以上工业项目)."""
    listed = _LISTED_COUNTED.sub("", listed)  # (…曲靖和楚雄六州市的项目落地率: the count of the places listed)
    # (全省、全国规上工业增加值分别增长…: a whole place is an item, though its words are read as none)
    items = [x for x in _LIST_SEP.split(listed) if indicator_words(x) or _WHOLE_ITEM.fullmatch(x.strip())]
    if len(items) == 1:  # 城乡居民人均可支配收入分别达到…、…: one word that names the items
        compound = _compound_items(listed, count)
        if compound:
            return compound  # (each item written whole: no words after the last to share)
    if count and len(items) != count:
        fitting = [split for split in _splits_at_commas(listed) if len(split) == count]
        items = fitting[0] if fitting else [x for x in listed.split("、") if indicator_words(x)] or items
    if len(items) < 2:
        return []
    return _ordinal_sectors(items) or _abbreviated(items) or _lead_shared(_shared_head(items))


def _lead_shared(items: list[str]) -> list[str]:
    """A list whose first item opens on whose the list is and a period (重庆钢铁公司2008年1-3月铁、钢、材产量): the
    owner given to every item, not to the first alone; the items as they are for any other list."""
    first = items[0]
    # (a stretch written in digits after the owner, 2024年1-6月; not a base, 较上年度)
    found = [f for f in periods_in(first) if any(ch.isdigit() for ch in first[f[0]:f[1]])
             and first[f[0] - 1:f[0]] not in ("比", "较")]
    firm = _FIRM_LEAD.match(first)
    if found:
        lead, named = first[:found[-1][0]], indicator_words(first[found[-1][1]:])
    elif firm is not None:  # (乙钢铁公司生铁、粗钢产量分别为…: a firm's, no period written)
        lead, named = firm.group(0), indicator_words(first[firm.end():])
    else:
        return items
    # (the owner names no item: the first item's own name follows it; not a list of owners, 开发集团、城投集团…)
    if not indicator_words(lead) or not named or any(_FIRM_LEAD.match(x.lstrip()) for x in items[1:]):
        return items
    return [first, *(lead + x.lstrip() for x in items[1:])]


_FIRM_LEAD = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:有限公司|股份公司|公司|集团)")


def _abbreviated(items: list[str]) -> list[str]:
    """A list whose items before the last are one character each, of a word the last writes whole (东、中、西部地区;
    大、中、小型企业; 省、市级): each item that word (东部地区, 中部地区), not its one character with the last's
    measure alone; [] for any other list."""
    last = items[-1].strip()
    if len(last) < 3 or last[1] not in _ABBREVIATED_BY or any(len(x.strip()) != 1 for x in items[:-1]):
        return []
    return [x.strip() + last[1:] for x in items[:-1]] + [items[-1]]


# What the last item of an abbreviated list goes on with after its one character (东、中、西部; 大、中、小型; 省、市级;
# 一、二类; 一、二线): the word each item shares. (Not 中、小微企业: 中 is 中型, and 微 is the last's own.)
_ABBREVIATED_BY = frozenset("部型级类线档")


_LISTED_COUNTED = re.compile(rf"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]+个?{_PLACE_KINDS}(?=的|$)")

_WHOLE_ITEM = re.compile(r"(?:(?<=[，,])|^)(?:全国|全省|全市|全区|全县|全州)")


def _splits_at_commas(listed: str) -> Iterator[list[str]]:
    """A list's items split at 、 alone (an industry's name that holds 、 kept whole: a name of the
    classification, else, where the list is of industries, one whose short parts before the last do not end in
    业), then with its last part split once more at the 和, 及 or 与 that joins the last item (采矿业和造纸及纸制品业:
    the first; 黑色金属冶炼及压延加工业和采矿业: the last), where the others belong to the items' names."""
    kept = _NAMES_WITH_COMMAS.sub(lambda m: m.group().replace("、", _KEPT), listed)
    # (计算机、通信和其他电子设备制造业以及专用设备制造业、医药制造业: 以及 joins two items, never two parts of a name)
    split = [x.replace(_KEPT, "、") for part in kept.split("、") for x in part.split("以及") if indicator_words(x)]
    valued = [n for n, x in enumerate(split) if _HAS_VALUE.search(x)]
    if valued:  # (除信息传输…业同比增长5.4%、租赁和商务服务业、…分别下降…: the items come after the last value)
        split = split[valued[-1] + 1:]
    named = _industries_whole(split)
    for parts in ([split, named] if named != split else [split]):
        yield parts
        joins = [m.span() for m in _LAST_JOIN.finditer(parts[-1])] if parts else []
        # (the join after which an item ends as the first item does, 业 of 采矿业, before the first and the last)
        ending = [j for j in joins if len(parts) > 1 and parts[-1][:j[0]].endswith(parts[0][-1:])]
        for a, b in dict.fromkeys(ending + joins[:1] + joins[-1:]):
            yield parts[:-1] + [x for x in (parts[-1][:a], parts[-1][b:]) if indicator_words(x)]


_LAST_JOIN = re.compile(r"以及|[和及与]")


# The names of the national classification of industries that hold 、 (GB/T 4754, and the older names pages
# still write), kept whole when a list is split at 、; other such names are joined again by _industries_whole.
_NAMES_WITH_COMMAS = re.compile(
    r"酒、饮料和精制茶制造业|纺织服装、(?:服饰业|鞋、帽制造业)|皮革、毛皮、羽毛(?:（绒）)?及其制品(?:和制鞋)?业|"
    r"木材加工(?:和|及)木、竹、藤、棕、草制品业|文教、工美、体育和娱乐用品制造业|文教体育用品制造业|"
    r"石油、煤炭及其他燃料加工业|石油加工、炼焦(?:和|及)核燃料加工业|"
    r"铁路、船舶、航空航天和其他运输设备制造业|计算机、通信和其他电子设备制造业|"
    r"通信设备、计算机及其他电子设备制造业|电力、热力(?:、燃气及水)?的?生产和供应业|电力、燃气及水的?生产和供应业|"
    r"金属制品、机械和设备修理业|农、林、牧、渔(?:业|专业及辅助性活动)|交通运输、仓储和邮政业|"
    r"信息传输、(?:软件和信息技术服务业|计算机服务和软件业)|水利、环境和公共设施管理业|居民服务、修理和其他服务业|"
    r"文化、体育和娱乐业|公共管理、社会保障和社会组织|仪器仪表及文化、办公用机械制造业")
INDUSTRY_NAMES_WITH_COMMAS = _NAMES_WITH_COMMAS  # (for the engine: an item's 、 inside such a name is no list's)
_KEPT = "\ue0ff"  # (a 、 inside a kept name while the list is split; no page's text holds it)


def _industries_whole(parts: list[str]) -> list[str]:
    """A list of industries with the parts of a name that holds 、 joined again (酒、饮料和精制茶制造业, 计算机、
    通信和其他电子设备制造业, 电力、热力生产和供应业: each short part before the one ending in 业 belongs to it),
    where at least two of its parts end in 业."""
    if sum(bool(_INDUSTRY_END.search(x)) for x in parts) < 2:
        return parts
    out: list[str] = []
    pending = ""
    for x in parts:
        pending = f"{pending}、{x}" if pending else x
        if _INDUSTRY_END.search(x) or len(x) > _NAME_PART:
            out.append(pending)
            pending = ""
    return out + [pending] if pending else out


_NAME_PART = 4  # the longest part before a 、 inside an industry's name (纺织服装, 金属制品, 交通运输)


_INDUSTRY_END = re.compile(r"业(?:[^、，,；;。]{0,12})?$")


def _shared_head(items: list[str]) -> list[str]:
    """The items with the words the list writes once after its last item given to each."""
    places = _places_listed(items)
    if places:
        return places
    ranked = _ranks_listed(items)
    if ranked:
        return ranked
    last = items[-1]
    counted = _COUNTED_TAIL.fullmatch(last)
    if counted and COUNTS[counted.group(2)] == len(items):
        # (西递、宏村两景区: 西递景区 and 宏村景区, the count names the list)
        tail = _GROUP_MODIFIER.sub("", counted.group(3))  # (三大主导产业产值: each item's 产业产值)
        return [x + tail for x in items[:-1]] + [counted.group(1) + tail]
    head = _SHARED_HEAD.search(last, 1) or _MEASURED_HEAD.search(last, 1)  # (…、公交集团营业收入: each's 营业收入)
    if any(_ENDS_IN_HEAD.search(x) for x in items[:-1]):
        # 制造业、水电燃气业利润: the items name themselves whole, and only what is measured is written once
        head = None if any(_MEASURED_HEAD.search(x) for x in items[:-1]) else _MEASURED_HEAD.search(last, 1)
    if all(_MEASURED_HEAD.search(x) for x in items[:-1]):
        head = None  # (营业收入、工业总产值分别增长…: a list of measures, each whole; 产值 is the last's alone)
        shared = _measures_shared(items)
        if shared is not None:
            return shared
    if head is not None:
        items = _given_head(items, head)
    elif (rate := _RATE_TAIL.search(last)) is not None and not any(_RATE_TAIL.search(x) for x in items[:-1]):
        # (规上工业增加值、工业投资、工业用电量增速分别为…: each its own measure's 增速)
        items = [x + rate.group(0) for x in items[:-1]] + [last]
    return items


def _measures_shared(items: list[str]) -> list[str] | None:
    """A list of measures whose first is written with whose it is and the others alone (民营企业进出口、出口和进口
    分别完成…; 甲县规上工业亩均增加值、亩均税收分别增长…; 全市规模工业增加值、产值同比分别增长…): the words before
    the first's measure are every item's (民营企业出口, 规上工业亩均税收, 规模工业产值), a rate per unit (亩均) with
    them unless the later item writes its own; a later item that opens with 工业 (规上工业增加值、工业投资) names its
    own whole. None where the list is not of measures so written. A period in the first's words is its own, not a
    measure's: only the words after it are shared (see _lead_shared for an owner's before it)."""
    first = _MEASURE_LAST.search(items[0])
    if first is None or first.start() == 0:
        return None
    lead = items[0][:first.start()]
    found = periods_in(lead)
    lead = lead[found[-1][1]:] if found else lead
    bares = [_CHANGE_TAIL.sub("", x.strip()) for x in items[1:]]
    owns = [_PER_UNIT.match(bare) for bare in bares]
    if not all(_MEASURE_ALONE.fullmatch(bare, own.end() if own else 0) for bare, own in zip(bares, owns, strict=True)):
        return None
    per = _PER_UNIT_END.search(lead)
    # (亩均增加值、亩均税收和用电量: where a later measure writes its own rate per unit, one writing none is no rate)
    lead = lead[:per.start()] if per is not None and any(owns) else lead
    # (规上工业产值、出口: trade or investment after a measure of output is the place's, not the output's whose)
    shared = [items[0]]
    for x, bare in zip(items[1:], bares, strict=True):
        kind = _TRADE_OR_INVESTED.fullmatch(bare)
        scope = lead[:_place_length(lead)] if kind and _kind_of(first.group()) != _kind_of(kind.group()) else lead
        shared.append(x.strip() if bare.startswith("工业") or not scope else scope + x.strip())
    return shared


_PER_UNIT = re.compile(r"亩均|人均|户均|地均")
_TRADE_OR_INVESTED = re.compile(r"(?:进出口|出口|进口|外贸|投资)(?:总额|额|总值)?")


def _kind_of(measure: str) -> str:
    """Whether a measure is of trade (出口, 进出口总额), of investment (投资) or neither ("")."""
    return "" if not _TRADE_OR_INVESTED.fullmatch(measure) else "invested" if "投资" in measure else "trade"
_PER_UNIT_END = re.compile(rf"(?:{_PER_UNIT.pattern})$")
# (…、产值同比分别增长: how it changed, written once after the last item, names no measure)
_CHANGE_TAIL = re.compile(r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)$")


def _given_head(items: list[str], head: re.Match[str]) -> list[str]:
    """The items with the words from `head` on in the last item joined to each before it that lacks them."""
    tail = _tail_of(items[-1], head)
    return [x if _own_stock(x, head) else _joined_tail(x, tail) for x in items[:-1]] + [items[-1]]


def _own_stock(item: str, head: re.Match[str]) -> bool:
    """Whether an item already says whether its stock was sold or kept (生猪出栏、牛存栏分别为…): the last item's
    存栏 is not the pigs' too, which would trust the number sold as the number kept."""
    return head.group(0) in _STOCK_WORDS and any(w in item for w in _STOCK_WORDS)


_STOCK_WORDS = ("出栏", "存栏")


def _ranks_listed(items: list[str]) -> list[str]:
    """A list of ranks of government written before one name (省、市重点项目; 申报省级、市级众创空间): each rank's
    item is that name at its rank (省重点项目, 申报省级众创空间), not the last word of the name alone (省项目, whose
    重点 the rank's list is named by); [] for any other list."""
    last = _RANK_OPENS.match(items[-1])
    alone = [_RANK_ALONE.fullmatch(x) for x in items[:-1]]  # (none for an item alone before 分别: 国家级分别有7家)
    if last is None or last.end() == len(items[-1]) or not alone or not all(alone) or alone[0] is None:
        return []
    # (and the word the first writes before its rank is every item's: 列入省、市重点项目, the 市 list's 列入 too)
    lead, name = items[0][:alone[0].start(1)], items[-1][last.end():]
    return [lead + m.group(1) + name for m in alone if m is not None] + [lead + items[-1]]


# A rank of government (国家级, 省, 市级), as a list's item alone, or after a word the list's items share (申报, 列入:
# 申报省级、市级众创空间; not a place, 扬州市); and the rank a list's last item opens with, before its name.
_RANK = r"(?:国家|省|市|县|区)级?"
_RANK_ALONE = re.compile(rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:申报|列入|纳入|入选|认定|获批|创建|新增|培育))?({_RANK})")
_RANK_OPENS = re.compile(_RANK)
_RATE_TAIL = re.compile(r"(?:增速|增幅|增长率|降幅)$")
_WHOLE_NAMES = frozenset({"地区生产总值", "生产总值", "GDP"})
# (…农村常住居民: whose, or which of them, written once before what is measured)
_TAIL_LEAD = re.compile(r"(?:民营经济|民营企业|民营|国有企业|国有|外资企业|外资|规上|规模以上|常住)$")


def _tail_of(last: str, head: re.Match[str]) -> str:
    """The words a list writes once in its last item (`head`: where what is measured starts there): from whose it is
    (无锡、杭州民营经济增加值: 民营经济增加值), to the end, or to a whole's name (遵义、安顺、毕节地区生产总值保持较快
    增长: 地区生产总值, not the remark after it)."""
    lead = _TAIL_LEAD.search(last, 1, head.start())
    ends = head.end() if head.group(0) in _WHOLE_NAMES else len(last)
    start = lead.start() if lead else head.start()
    while start > 0 and (last[start - 1].isdigit() or last[start - 1] == "."):
        start -= 1  # (新签约、新开工、新入库50亿元以上项目: each item's class is 50亿元以上, its number with it)
    return last[start:ends]


def _joined_tail(item: str, tail: str) -> str:
    """`item` with the words a list writes once after its last, where it does not end with their start already
    (城镇居民和乡村居民用电量: 城镇居民用电量, not 城镇居民居民用电量)."""
    k = next((k for k in range(len(tail) - 1, 0, -1) if item.endswith(tail[:k])), 0)
    return item + tail[k:]


def _ordinal_sectors(items: list[str]) -> list[str] | None:
    """The three sectors a list writes by their ordinals (第一、二、三产业用电量, 一、二、三产业增加值, 一、二、三产):
    each whole (第二产业用电量), and the items after them that end with what is measured (第一、二、三产业和居民
    用电量: 第三产业用电量 and 居民用电量); None for any other list."""
    k = next((n for n, x in enumerate(items) if _ORDINAL_LAST.fullmatch(x.strip())), len(items))
    lead = _ORDINAL_LEAD.fullmatch(items[0].strip()) if k < len(items) else None  # (广州第一、二、三产业…)
    firsts = [_ORDINAL.fullmatch(x.strip()) for x in items[1 if lead else 0:k]]
    if k == len(items) or not (lead or firsts) or not all(firsts):
        return None
    if lead is not None:
        firsts.insert(0, _ORDINAL.fullmatch(items[0].strip()[len(lead.group(1)):]))
    last = _ORDINAL_LAST.fullmatch(items[k].strip())
    assert last is not None
    tail, rest = last.group(2), items[k + 1:]
    if rest:
        head = _MEASURED_HEAD.search(rest[-1], 1)
        if tail or head is None:
            return None
        tail = rest[-1][head.start():]
        rest = [_joined_tail(x, tail) for x in rest[:-1]] + [rest[-1]]
    return [f"第{m.group(1)}产业{tail}" for m in firsts if m is not None] + [f"第{last.group(1)}产业{tail}", *rest]


_ORDINAL = re.compile(r"第?([一二三])")
_ORDINAL_LEAD = re.compile(r"(\w+?)第[一二三]")  # (the place a list of sectors opens with: 广州第一、二、三产业)
_ORDINAL_LAST = re.compile(r"第?([一二三])产(?:业)?(.*)")


def _places_listed(items: list[str]) -> list[str]:
    """A list of places, each given the words written once after the last (邳州、新沂两市地区生产总值: 邳州市地区
    生产总值 and 新沂市地区生产总值; 辉县市、卫辉市新登记经营主体: each 市's 新登记经营主体); [] for a list of
    anything else. A period the first item opens with (2024年邳州) is the list's, not its name."""
    names = [x.strip() for x in items[:-1]]
    if not names:
        return []
    opening = periods_in(names[0])[:1]
    if opening and opening[0][0] == 0:
        names[0] = names[0][opening[0][1]:].lstrip("，, ")
    counted = _PLACES_COUNTED.match(items[-1].strip())
    if counted and COUNTS.get(counted.group("n")) == len(items) and all(_BARE_NAME.match(x) for x in names):
        kind = "" if counted.group("kind") == "地" else counted.group("kind")
        rest = counted.group("rest")
        return [x + kind + rest for x in names] + [counted.group("name") + kind + rest]
    named = _PLACE_ITEM.match(items[-1].strip())
    if named and named.group(2) and all(_PLACE_ONLY.fullmatch(x) for x in [named.group(1), *names]):
        return [x + named.group(2) for x in names] + [items[-1].strip()]
    return []


# Places named bare and then counted with their kind (邳州、新沂两市…, 西宁、海东两地…), or each with its kind.
_PLACES_COUNTED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,5}?)(?P<n>[两二三四五六七八九])"
                             r"(?P<kind>市|县|区|州|旗|镇|地)(?P<rest>.*)$", re.S)
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,5}$")
_PLACE_ITEM = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:市|县|州|旗|自治县))(.*)", re.S)
_PLACE_ONLY = re.compile(r"[^全我本该各][\u4e00-\u9fff]{0,5}?(?:市|县|州|旗|自治县)")  # (辉县市; not 全市)


# Words that name the items of a list in one (城乡 is 城镇 and 农村; 三次产业, the first, second and third; 产销,
# what is made and what is sold).
_COMPOUND_ITEMS = (("城乡", ("城镇", "农村")), ("三次产业", ("第一产业", "第二产业", "第三产业")),
                   ("存贷款", ("存款", "贷款")), ("进出境", ("进境", "出境")), ("进出口", ("进口", "出口")),
                   ("产销", ("产量", "销量")),  # (汽车产销116.3万辆和114.4万辆: made, then sold)
                   # (轻重工业分别完成产值364亿元、679亿元; 内外资项目分别…; 省内外客商…)
                   ("轻重工业", ("轻工业", "重工业")), ("内外资", ("内资", "外资")), ("中外资", ("中资", "外资")),
                   ("大中小型", ("大型", "中型", "小型")), ("大中型", ("大型", "中型")), ("国内外", ("国内", "国外")),
                   ("省内外", ("省内", "省外")), ("市内外", ("市内", "市外")), ("新老", ("新", "老")),
                   ("中小微", ("中型", "小型", "微型")), ("大中小", ("大型", "中型", "小型")))


def _one_unit(text: str, spans: Sequence[tuple[int, int]], i: int, j: int) -> bool:
    """Whether the values spans[i:j] are written in one unit (8.2万辆、7.9万辆; not 12.3亿元、增长5.1%)."""
    return len({re.sub(r"^[-+]?[\d.,]+", "", text[a:b]) for a, b in spans[i:j]}) == 1


def _compound_items(listed: str, count: int) -> list[str]:
    """The items a compound word names, in their usual order, where it names as many as the values."""
    for word, parts in _COMPOUND_ITEMS:
        if len(parts) == count and word in listed and word + "率" not in listed:  # (产销率: one rate)
            return [listed.replace(word, part, 1) for part in parts]
    return []


# Where the words a list writes once after its last item start (…新材料产业增加值, …新竣工亿元以上工业项目; and
# how many head of stock were sold or kept, 猪、牛、羊、家禽出栏分别为…: each animal's 出栏, not the poultry's alone).
_SHARED_HEAD = re.compile(r"产业|行业|企业|项目|工业|增加值|产值|投资|亿元|万元|规上|规模以上|制造业|居民|产量|用电量|"
                          r"发电量|装机容量|装机|地区生产总值|生产总值|GDP|出栏|存栏")  # (深圳、广州GDP: each city's)
_GROUP_MODIFIER = re.compile(r"^(?:主导|支柱|重点|优势|传统|新兴|特色|战略性新兴|主要|龙头)")
# (not 第三, nor a rank the items are said to hold: 东盟、欧盟、韩国为前三大贸易伙伴)
_COUNTED_TAIL = re.compile(r"((?:(?!为前|是前|居前|列前).)+?)(?<![第前])([两二三四五六七八九十])"
                           r"(?:大|个|家|条|项|类|种)?([^\d两二三四五六七八九十]{1,8})")
_ENDS_IN_HEAD = re.compile(r"(?:产业|行业|企业|项目|增加值|产值|投资|制造业|业)\W*$")  # an item whole already
_MEASURED_HEAD = re.compile(r"增加值|总产值|产值|投资|利润|营业收入|主营业务收入|收入|税收|税金|进出口|出口|用电量|"
                            r"产量|销售面积|销售")
_MEASURE_LAST = re.compile(rf"(?:{_MEASURED_HEAD.pattern})(?:总额|额)?$")
_MEASURE_ALONE = re.compile(rf"(?:工业)?(?:{_MEASURED_HEAD.pattern}|进口)(?:总额|额)?")
# What a list writes once after its last item, which tells no item apart (see _telling).
_MEMBER_TAIL = re.compile(r"的|板块|产业|行业|企业|项目|领域|集团|实际使用|实际利用|实际到位|外资|进出口|销售|"
                          + _MEASURED_HEAD.pattern)
