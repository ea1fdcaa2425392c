"""What a value measures where its own words leave it out: the value before's measure, a line's label, a
heading's measure, the share a gap in points is of, a count's things.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from ...core.chars import SENTENCE_END
from ...places.divisions import divisions
from ..spans import start_after
from ..tables import CellWords, cell_measure
from ..units import COUNTERS
from .layout import _Layout
from .text import _pairs, last_match
from .tie import Tie
from .words import (
    _LEVELS,
    _MEASURES,
    _SCALE,
    _SUM_WORDS,
    _names_one,
    _percent_measure,
    has_subject,
    head_kind,
    indicator_words,
    level,
    measured,
    size_band,
)

# A line that opens with a label (3.牡丹江市：, （二）高新区：) before its first value.
_LINE_LABEL = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[）)]"
                         r"|[一二三四五六七八九十]{1,2}、)?"
                         r"[ \t\u3000]*([^\s：:，,。；;、\d]{2,12})[：:]")


_PER_MILLE = "‰"


def _unit_written(text: str, end: int, unit: str) -> str:
    """A value's unit as its measure is read: ‰ as written (a rate per thousand), else the unit read."""
    return _PER_MILLE if text[end - 1:end] == _PER_MILLE else unit


def _measure_of(plain: str, value: tuple[str, str, str], last: _Last | None, between: tuple[int, int],
                cell: CellWords | None) -> str:
    """What a value measures by the words before it (`value`: those, its unit, its own words): a percent's
    by those words, or the measure of the percent it is joined to (分别完成全年计划的53.58%和44.99%: the second
    a share as the first); points by the share before them; else its table cell's (`cell`)."""
    before, unit, own = value
    if unit == _PER_MILLE:
        return "share"  # (出生率为15.71‰，…自然增长率为10.03‰: a rate per thousand, never a growth of its indicator)
    measure = _percent_measure(before) if unit == "%" else _gap_of_share(last, unit, own)
    if not measure and last is not None and last.unit == unit == "%" and _JOIN_ONLY.fullmatch(plain, *between):
        measure = last.measure
    if not measure and last is not None and last.measure == "share" and unit == "%" \
            and _PLACE_SAID_AS.fullmatch(own + before[-1:]):
        measure = "share"  # (郑州市…占全省比重为18.6%，洛阳市为9.3%: the sibling's share, no growth)
    return measure or cell_measure(cell, unit)


def _prefixed(words: str, shown: str, topic: str, label: str) -> tuple[str, str]:
    """A value's words with the project its sentence named before it (总投资35亿元的…项目) and its line's label
    (3.牡丹江市：增长4.9%) in front, where its own words do not say them."""
    if topic and not _PROJECT_WORD.search(words):
        words = topic + words
    own = indicator_words(label) if label else ""  # (the label as compared; the reason shows it as written)
    if own and own not in words:
        words, shown = own + words, label + "…" + shown
    return words, shown


def _line_label(text: str, s0: int, first: int) -> str:
    """The words of the label a sentence opens its line with (3.牡丹江市：增长4.9%), where it holds no value
    (its first value at `first`); "" where it has none."""
    if s0 and text[s0 - 1] != "\n":
        return ""
    return line_label(text[s0:first])


def line_label(line: str) -> str:
    """The label a line opens with (3.牡丹江市：…, （二）高新区：…: 牡丹江市, 高新区), as written; "" for none."""
    m = _LINE_LABEL.match(line)
    return m.group(1) if m else ""


def list_heading(text: str, at: int) -> int | None:
    """Where the breakdown heading line (分市看：) starts that the short line holding `at` is listed under
    (太原市 4.6%, after other such lines); None where that line is no list's."""
    k = text.rfind("\n", 0, at) + 1  # (the line holding `at`)
    for _ in range(_LIST_LINES):
        if k == 0:
            return None
        start = text.rfind("\n", 0, k - 1) + 1
        line = text[start:k - 1].strip()
        if _BREAKDOWN.match(line) and line.endswith(("：", ":")):
            return start
        if not line or len(line) > _MAX_LIST_LINE or "。" in line or any(ch in line[:-1] for ch in "；;"):
            return None  # (a list's line may end with ；: 2.齐齐哈尔市：增长8.4%，高于全省5.2个百分点；)
        k = start
    return None


_LIST_LINES = 30  # how many lines a list under a heading line may run to
_MAX_LIST_LINE = 40  # a list's line is a name and a value or two


_COUNTING = frozenset(COUNTERS)


_BREAKDOWN = re.compile(r"\s*(?:分\S{1,4}看|从\S{1,4}(?:看|来看)|其中|按\S{1,4}分)")


def _place_grown_before(text: str, at: int) -> bool:
    """Whether the ；-part the value at `at` is in opens with a place alone and its growth (；酒泉市增长10.4%)."""
    start = start_after(text, at, "；;")
    return start > 0 and _PLACE_GROWN.fullmatch(text, start, at) is not None


class _Last(NamedTuple):
    """The value before, as the next one may be another measure of it: its unit, words' pairs, size class."""

    unit: str
    pairs: frozenset[str]
    band: tuple[float, float | None, str] | None
    scope: frozenset[str] = frozenset()  # the subject it is itself another measure of, if any
    head: str = ""  # what its words say is measured (增加值)
    change: bool = False  # its own words say only how a value changed (比上年同期增收20.13亿元)
    measure: str = ""  # share or growth, as its Tie says
    words: str = ""  # its words as read
    shown: str = ""  # the same, as written


def _chain_head(last: _Last | None, names: bool, unit: str) -> frozenset[str]:
    """What the value before is another measure of, for a percent that names no subject and is of none itself
    (上报国内贸易成交合同42宗，合同金额75696万元，完成目标任务的315.4%: the 315.4% is still of the 42 contracts; not
    a count, 比上年增加30个 after …项目120个，总投资1500亿元, whose words are read apart)."""
    return last.scope if last is not None and not names and unit == "%" else frozenset()


def _of_another_place(last: _Last | None, unit: str, own: str) -> frozenset[str]:
    """The pairs of what the value before measured, for a value whose own words name only another whole place
    (全省工业投资增长5.7%，全国为4.6%: 全国's 工业投资), as what a reader has in mind at it."""
    if last is None or last.unit != unit or level(own) < 0 or has_subject(_LEVELS.sub("", own)):
        return frozenset()
    return frozenset(g for g in last.pairs if not _LEVELS.search(g) and g not in _PLACE_PAIRS)


_PLACE_PAIRS = frozenset({"全国", "全省", "全市", "全区", "全县", "我省", "我市", "本市"})


def _pull_of(last: _Last | None, own: str) -> frozenset[str]:
    """The pairs of what the value before was a contribution to, for a pull that names none (对全市规上工业增长的
    贡献率达22.2%，拉动增长3.7个百分点: the pull on 规上工业's growth)."""
    return last.pairs if last is not None and _BARE_PULL.fullmatch(own) else frozenset()


_BARE_PULL = re.compile(r"(?:拉动|带动|上拉|拉高|拉升)(?:增长)?")


def _announced(plain: str, s0: int, at: int) -> frozenset[str]:
    """The pairs of what a sentence says before it announces a list (…一般公共预算收入呈两位数增长，依次为：开发区
    24.6%，石桥县11.7%): what each of the list's values is of."""
    start = max(s0, at - _SENTENCE_REACH)  # (a bounded look back: every value's is, whatever the sentence's length)
    found = list(_LIST_ANNOUNCED.finditer(plain, start, at))
    return _pairs(indicator_words(plain[start:found[-1].start()])) if found else frozenset()


_LIST_ANNOUNCED = re.compile(r"依次为|依次是|分别是[：:]|分别为[：:]")
_SENTENCE_REACH = 200  # how far back in its sentence a value's reading looks for a list's announcement or a measure


def _share_changed(last: _Last | None, measure: str) -> frozenset[str]:
    """The pairs of the share a gap in points is the change of (占规上工业比重为40.0%，比上年同期提高9.5个百分点)."""
    return last.pairs if measure == "share" and last is not None and last.unit == "%" else frozenset()


def _share_s_gap(last: _Last | None, value: tuple[str, str, str], read: tuple[str, str]) -> tuple[str, str]:
    """The words and shown form of a gap in points right after a share in its clause chain whose own words name no
    measure, only what it is compared with (…增长14.8%，占规上工业比重达47.3%，比全省高5.6个百分点; …，同比提高2.1个
    百分点): the share's, with its own after them, not those of the subject the share is read under (the growth);
    `value`: its unit, own words and those after it; `read`: its words and shown form as read under that subject."""
    unit, own, named = value
    if unit != "个百分点" or last is None or last.unit != "%" or last.measure != "share" \
            or not _COMPARED_ALONE.fullmatch(own):
        return read
    return last.words + own + named, last.shown + "…" + read[1].rsplit("…", 1)[-1]


def _gap_of_share(last: _Last | None, unit: str, own: str) -> str:
    """"share" for a gap in points that only names the period compared with, right after a share (占规上工业
    比重为33.3%，比上年同期提高1.3个百分点: the share's change, no growth's), "growth" right after a growth; ""
    otherwise."""
    # (and "growth" right after a growth: 同比增长22.0%，比上年同期提高21.9个百分点, the growth rate's change)
    rate = last.measure if last is not None and last.unit == "%" and last.measure in ("share", "growth") else ""
    # (a share's gap whose words name only the place it is compared with, 比全省高, or how it changed, 同比提高)
    compared = _COMPARED_ALONE if rate == "share" else _GAP_SINCE
    return rate if rate and unit == "个百分点" and compared.fullmatch(own) else ""


def _of_last(last: _Last | None, unit: str, own: str, named: str,
             shown: str) -> tuple[frozenset[str], tuple[float, float | None, str] | None]:
    """The scope and size class of a value: 488个，总投资2388亿元 and 用电量30.24亿千瓦时，同比上升53.20% are
    another measure of the value before, and of its class (亿元以上项目43个，总投资405.2亿元), where the
    value is of no subject of its own (see _names_its_own; not 厦门 of 厦门17个), or more of the same things
    (see _of_same_things)."""
    if last is not None and last.unit != unit and _CONVERTED.search(shown):
        return last.scope, last.band  # (总投资168.4亿元（24.4亿美元）: the amount before, restated, of its subject)
    if last is not None and last.unit == unit:
        same = _of_same_things(last, own, shown)
        if same is not None:
            return same
    if last is None or _names_its_own(last, unit, own, named):
        return frozenset(), size_band(shown)
    scope, band = _of_last_measured(last, unit, named, shown)
    if _FOREIGN_CAPITAL.search(own) and not _FOREIGN_CAPITAL.search(last.words):
        # (社会消费品零售总额412.8亿元，同比增长5.6%，合同外资3.74亿美元: foreign capital is a statistic of its own,
        # not a measure of the statistic before it; the place or zone before is still whose it is)
        scope -= _pairs("".join(_STATISTIC_NAMED.findall(last.words)))
    return scope, band


_FOREIGN_CAPITAL = re.compile(r"(?:实际|合同|协议|注册)(?:利用|使用|到位)?外资")
# Names of statistics a page reports one after another (社消零总额, 规上工业增加值, 固定资产投资, 进出口总额)
_STATISTIC_NAMED = re.compile(r"社消零总额|社会消费品零售总额|社零额?|(?:规上|规模以上)?工业(?:增加值|总产值|产值)|"
                              r"地区生产总值|GDP|(?:固定资产|工业|技改)投资|(?:外贸)?进出口(?:总额|总值)?|出口额?|"
                              r"进口额?|一般公共预算收入|(?:营业|主营业务)收入|税收|用电量")


def _of_last_measured(last: _Last, unit: str, named: str,
                      shown: str) -> tuple[frozenset[str], tuple[float, float | None, str] | None]:
    """The scope and size class of a value that is another measure of the value before (see _of_last)."""
    # (6个，总投资118.5亿元，完成投资35.2亿元: both amounts are of the 6 projects, where neither names another)
    chained = frozenset() if _names_one(named) else last.scope
    if last.unit == unit:
        return chained, size_band(shown) or (last.band if chained else None)
    if last.change:
        return chained, size_band(shown) or last.band  # (…增收20.13亿元，增长27%: of what changed, not of 增收)
    # (其中经济开发区实现国税开票92亿元，占“一区四园”总量的54%，实现销售收入109.3亿元: of the part, not of the whole
    # the share before is of)
    base = _SHARE_BASE_OF_LAST.search(last.words) if last.measure == "share" else None
    # (…注册协议利用外资2.824亿美元，占全市总量的73.2%，实际利用外资1.336亿美元: of 一区四园, not of the other measure)
    if base is None:
        return last.pairs | chained, size_band(shown) or last.band
    measured = _pairs("".join(_MEASURES.findall(last.words, 0, base.start())))
    return (_pairs(last.words[:base.start()]) | chained) - measured, size_band(shown) or last.band


def _whole_pointed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], lo: int, hi: int) -> None:
    """The shares of a sentence's quantities spans[lo:hi] whose whole is written as 总量 or 总额 alone (北疆地区到位资金
    3821.9亿元，占总量的61.03%; 甲、乙引进区外到位资金总量排名靠前，分别占总量的18.06%、17.21%) read as shares of the
    measure the sentence names before them, where it names one: 总量 stands for it. With two measures before (营收…，
    利润…，占总量的…) which one it stands for is not said, and the words stay as written."""
    for n in range(lo, hi):
        t = out[n]
        found = _WHOLE_POINTER.search(t.words) if t is not None and t.measure == "share" else None
        if t is None or found is None:
            continue
        start = start_after(text, spans[n][0], SENTENCE_END + "\n")
        named = set(_POINTED_MEASURE.findall(indicator_words(text[start:spans[n][0]])))
        if len(named) == 1:
            words = t.words[:found.start()] + named.pop() + t.words[found.end():]
            out[n] = t._replace(words=words, pairs=_pairs(words))


_WHOLE_POINTER = re.compile(r"(?<=占)(?:总量|总额)(?=$|的)")  # (占总量的: the whole, pointed at)
# What a sentence measures, as the whole a share of 总量 points at (到位资金, 出口交货值, 营业收入)
_POINTED_MEASURE = re.compile(r"到位资金|出口交货值|进出口|出口|进口|增加值|总产值|产值|营业收入|利润|税收|投资|"
                             r"用电量|销售额")


# A value in brackets right after an amount of another currency (168.4亿元（24.4亿美元）): that amount converted.
_CONVERTED = re.compile(r"\d(?:千万|百万|万|亿)?元[（(]…[）)]?$")
_SHARE_BASE_OF_LAST = re.compile(r"占(?!地|用|有)[^占]{2,}$")


def _of_same_things(last: _Last, own: str,
                    shown: str) -> tuple[frozenset[str], tuple[float, float | None, str] | None] | None:
    """The scope and class of a value of the unit of the one before whose own words say only that it is more of
    those things: their running total, what is new among them, what they rose to, or their value per one; None
    where they say otherwise."""
    if RUNNING_TOTAL.fullmatch(own) or _NEW_SINCE.fullmatch(own):
        # 新增规上工业企业86家，总数达到1012家; 亿元以上项目累计达到67个，今年以来新增18个: of those things
        return last.pairs, size_band(shown) or last.band
    if _FROM_TO.fullmatch(own) or PER_ONE.fullmatch(own):
        # (…户数由2016年的112户提高到2020年的175户: of the same; 实现营业收入126.4亿元，户均4.68亿元: per one of them)
        return last.pairs | last.scope, last.band
    return None


def _names_its_own(last: _Last, unit: str, own: str, named: str) -> bool:
    """Whether a value after `last` is of a subject of its own: its words name one, the words after it name a
    project (…面粉项目，总投资2200万元的卢龙县…二期项目), or it sums the amounts before it (…协议金额12亿元，合计
    金额354.2亿元: a sum, no more of the last one's)."""
    # (占全部项目投资的29.2% names what it is a share of, not a subject: the class of the value before stays its)
    share = _SHARE_OF_ALL.sub("", own) if unit == "%" else own
    return _names_one(share) or _PROJECT_NAMED.fullmatch(named) is not None \
        or (last.unit == unit and _SUM_WORDS.match(own) is not None)


_SHARE_OF_ALL = re.compile(r"占(?:全部|所有|全市|全省|全区|全县)?[^，,；;。\d]{0,10}$")


_PROJECT_NAMED = re.compile(r"[\u4e00-\u9fff]{4,}项目")


def _counted_class(shown: str, unit: str) -> tuple[float, float | None, str] | None:
    """The class a count's words name with an amount right before it (其中50亿元1个、10亿元3个: the projects of
    10亿元, as 10亿元项目 names them), None for any other value."""
    m = _AMOUNT_BEFORE_COUNT.search(shown) if unit[-1:] in _COUNTING else None
    return (float(m.group(1)) * _SCALE[m.group(2)], None, "以上") if m else None


_AMOUNT_BEFORE_COUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(千万|百万|万|亿)元$")


# A value's own words that say only that it is the value before's per thing (户均, 人均, 平均每家).
PER_WORD = re.compile(r"户均|人均|亩均|企均|平均每?[户家个人亩]?|平均")
PER_ONE = re.compile(rf"(?:{PER_WORD.pattern})"
                     r"(?:营业收入|主营业务收入|收入|利润总?额?|产值|税收|增加值|投资额?|销售额?)?(?:达到?|为)?")


# A value's own words that say only that it is what the value before rose or fell to (由…提高到, 从…增加至).
_FROM_TO = re.compile(r"(?:由|从)[^由从]{0,6}?(?:提高|提升|增加|增长|上升|下降|减少|扩大|跃升|攀升|降低)?(?:到|至)")
_NEW_SINCE = re.compile(r"(?:以来)?(?:新增|新认定|新培育|净增|新引进)")  # (what is new, after a running total)
# (已开工54个; 已有72个开工建设, the stage said after the count)
_COUNTED_BY = "项个家户"  # (the counters of things a stage is reached by: projects, firms)


# A count's own words that say only that it is the running total of what the count before it counts.
RUNNING_TOTAL = re.compile(r"(?:总数|总量|累计|共计|总计)(?:达到?|为|已达|突破)?|(?:累计|总数)?达到")


# Units of goods made, whose amount in a table's row of a product (甲醇 万吨 112.8) is its output.
_GOODS = re.compile(r"吨|千瓦时|米|升|辆|台|套|件|双|只|粒|箱")


def _output_of_goods(cell: CellWords | None, unit: str, head: str, own: str) -> str:
    """产量, what a value of goods measures where its words name only the product: a table's cell (烧碱 万吨 14.2), or
    a product named alone before its weight or volume (纱1640吨, 饮料酒44006千升)."""
    if head or not _GOODS.search(unit):
        return ""
    return "产量" if cell is not None or (PRODUCT_ALONE.fullmatch(own) and not NOT_PRODUCT.search(own)) else ""


# A product named alone (纱, 饮料酒, 小麦粉), and words that say what is done or built rather than made (新建管网12千米,
# 处理污泥3万吨, 节约标准煤2万吨): the offline engine names a product's output by them too (pipeline/indicators.py).
PRODUCT_ALONE = re.compile(r"[\u4e00-\u9fff]{1,10}")
NOT_PRODUCT = re.compile(r"量|能|耗|排|减|节|储|运|销|售|出口|进口|收|产|增|新|建|处理|利用|用|消|降|达|计|共|累|"
                         r"长|宽|高|深|距|面|里程|线|路|管|网|轨|道|入|调|库|存|货|港|完成|吞吐|装|卸")


def _elided_head(last: _Last | None, unit: str, head: str, value: tuple[bool, str]) -> str:
    """What a value of a subject of its own measures where its words leave it out, as the value before of
    its unit says (大中型企业增加值增长12.1%，小型企业增长6.3%: 增加值); "" when they do not leave it out.
    `value`: whether its words name a subject, and those words."""
    names, own = value
    # (新能源汽车产量增长3.9倍、光伏电池增长28.4%: a growth in 倍 and one in % are of one list)
    if head or not names or last is None or (last.unit != unit and {last.unit, unit} != _GROWTH_UNITS):
        return ""
    # (苏州市地区生产总值11458.4亿元，南京市8316.92亿元: GDP, no head of a kind of amount, is left out too; and
    # 东部地区生产总值增长6.8%，中部地区增长6.0%: a region's growth after another's)
    gdp = last.words.endswith(_GDP) or _GDP_GROWN.search(last.words) is not None and _REGION_GROWN.search(own)
    # (发电量增长8.6%、煤层气增长7.8%: electricity's 产量 in a list of products, what the next product's leaves out)
    return ("产量" if last.head == "发电量" else last.head) or (_GDP if gdp else "")


_GDP_GROWN = re.compile(r"地区生产总(?:增长|下降)$")
_REGION_GROWN = re.compile(r"(?:地区|区域|片区|经济圈|板块)(?:增长|下降)$")


_GROWTH_UNITS = {"%", "倍"}
_GDP = "地区生产总"  # (地区生产总值, 生产总值, GDP and 经济总量 as indicator_words reads them)


def _qualified(head: str, words: str, elided: str = "") -> str:
    """A measure with the scope its words give it right before it (规上工业增加值 of 三亚经济圈规上工业增加值增长
    33.7%): what the next value that leaves its measure out measures (儋洋经济圈增长16.7%); `elided` (what the
    value left out itself) where it names no measure."""
    if not head:
        return elided
    at = words.find(head)
    scoped = _MEASURE_SCOPE.search(words, 0, at) if at > 0 else None
    return scoped.group(0) + head if scoped is not None else head


_MEASURE_SCOPE = re.compile(r"(?:规上|规模以上)工业$")  # (not 加工业 of 压延加工业营业收入)


def _left_out(last: _Last | None, ended: _Last | None, value: tuple[str, str, str, str], names: bool,
              cell: CellWords | None) -> str:
    """What a value's words leave out (`value`: its unit, the measure its words name, its own words, those after
    it): the measure of the value before, or of the ；-part before's last (`ended`); 产量 of a product's cell; 增长
    of a gap after a growth rate's gap; what the count before counted things by (12个行业利润增加，20个行业减少)."""
    unit, head, own, named = value
    return _elided_head(last or ended, unit, head, (names, own)) or _output_of_goods(cell, unit, head, own) \
        or _elided_rate(last, unit, own) or _count_grown(last, unit, own) or _value_added_implied(unit, head, own) \
        or _place_s_row(last, unit, own) or _direction_counted(last, unit, own + named)


_RATE_UNITS = frozenset({"%", "个百分点"})


def _place_s_row(last: _Last | None, unit: str, own: str) -> str:
    """What the value before of its unit counts or sums after its place's name, for a count or an amount whose
    words are a place's name alone (沈阳市新开工项目120个，大连80个: 大连's 新开工项目; 城关镇完成工业投资9.8亿元，
    石桥镇6.2亿元: 石桥镇's 工业投资); "" otherwise (not a rate: what a place's percent is of, the list's opening
    says)."""
    table = divisions()
    if last is None or last.unit != unit or unit in _RATE_UNITS \
            or not (own in table.by_name or own in table.by_stem or _TOWN.fullmatch(own)):
        return ""
    rest = table.after_name(last.words)
    town = _TOWN.match(last.words) if rest == last.words else None
    rest = last.words[town.end():] if town is not None else rest
    return rest if rest != last.words else ""


_TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)")  # (a town's name: below the divisions' table)


def _value_added_implied(unit: str, head: str, own: str) -> str:
    """增加值 where a sector's amount (第一产业实现119.59亿元) or the growth of the industry above the scale
    (全省规模以上工业增长17.3%) names no measure: what statistics mean by them; "" otherwise (第一产业下降51.7% may be
    of the investment the paragraph is about)."""
    if head:
        return ""
    alone = _SECTOR_AMOUNT if unit == "元" else _SCALE_GROWTH if unit == "%" else None
    return _VALUE_ADDED if alone is not None and alone.fullmatch(own) else ""


_VALUE_ADDED = "增加值"
_PLACE_LEAD = r"(?:全[省市区县]|[\u4e00-\u9fff]{1,4}[省市县区州])?"  # (whose: 全市, 某市, 绵阳市)
_SECTOR_AMOUNT = re.compile(_PLACE_LEAD + r"第[一二三]产业(?:实现|完成)?")
_SCALE_GROWTH = re.compile(_PLACE_LEAD + r"规上工业(?:增长|下降)")


def _count_grown(last: _Last | None, unit: str, own: str) -> str:
    """数量 where a growth right after a count says only how it changed (亿元以上项目178个，同比增长81.6%: the count
    grew, no amount); "" otherwise."""
    # (not goods counted in their units, 3.74万辆: a count of output, whose growth is the output's)
    counted = last is not None and last.unit[-1:] != "" and last.unit[-1:] in "个家项户宗座" and not last.measure
    return _COUNT_MEASURE if counted and unit == "%" and _GROWTH_ONLY.fullmatch(own) else ""


_COUNT_MEASURE = "数量"  # (what a growth right after a count measures)


def _direction_counted(last: _Last | None, unit: str, own: str) -> str:
    """What the count before counted the things by, for a count whose words say only which way those things went
    (12个行业利润增加，20个行业减少: the 20 by 利润); "" otherwise."""
    if last is None or last.unit != unit or unit[-1:] not in "个家户" or not _DIRECTION_ONLY.fullmatch(own):
        return ""
    went = _WENT.search(last.words)
    measure = _THINGS_FIRST.sub("", last.words[:went.start()]) if went is not None else ""
    # (…，2个行业持平: the count before took its measure from the one before it)
    return measure if len(measure) >= 2 else last.head if _DIRECTION_ONLY.fullmatch(last.words) else ""


_WAY_WENT = r"(?:同比)?(?:增加|减少|增长|下降|持平|上涨|下跌|回落|回升)"  # (which way the things went)
_THINGS_COUNTED = r"(?:行业|企业|产品)"  # (what such counts count, written after the count)
_WENT = re.compile(rf"{_WAY_WENT}$")
_THINGS_FIRST = re.compile(rf"^{_THINGS_COUNTED}")
_DIRECTION_ONLY = re.compile(rf"{_THINGS_COUNTED}?{_WAY_WENT}")


_GROWTH_ONLY = re.compile(r"(?:同比|比上年|比去年|较上年|较去年)?(?:同期)?(?:增长|下降|增加|减少)")


def _if_unnamed(measure: str, words: str) -> str:
    """`measure`, where `words` name no measure of their own (not 工业投资增长12.4%), else ""."""
    return "" if _NAMES_A_MEASURE.search(SUPPLY_NAMED.sub("", words)) else measure


def _measure_left_out(elided: str, own: str, layout: _Layout, at: tuple[int, int]) -> str:
    """The measure a value's words leave out: the value before's (`elided`), else the one a numbered heading names
    (二、工业用电量：) where the value's sentence names none before it (not 规上工业总产值上报数为97.74亿元，预测增长
    17.6%: 总产值's growth, under 1.规上工业增加值方面：); `at`, the sentence's start and the value's."""
    s0, a = at
    before = layout.plain[max(s0, a - _SENTENCE_REACH):a]
    return _if_unnamed(_lead_measure(before), own) or _if_unnamed(elided, own) \
        or _if_unnamed(layout.section_measure(a), before)


def _lead_measure(before: str) -> str:
    """The measure a breakdown's lead names (从产品产量看，钢材增长5.1%，水泥下降2.0%; 分产品产量看，…) for the items
    after it in its sentence whose words name none, where no word between the lead and the value names another: the
    lead says once what each item's figure measures, and a value before the lead, of another measure (…增加值增长
    9.0%。从产品产量看，…), no longer speaks for them; "" otherwise."""
    lead = last_match(_BREAKDOWN_LEAD, before)
    if lead is None or _NAMES_A_MEASURE.search(SUPPLY_NAMED.sub("", before[lead.end():])):
        return ""
    head = measured(lead.group(1))
    return head if head_kind(head) else ""


# A breakdown's lead naming what its items measure (从产品产量看，; 分主要产品产量看，; 从出口商品看：).
_BREAKDOWN_LEAD = re.compile(r"(?:从|分)([\u4e00-\u9fff]{2,10}?)(?:情况)?(?:来|上)?看[，,：:]")


def whole_s_measure(tie: Tie, whole: _Last | None) -> Tie:
    """A part's growth read with what the whole its breakdown opens with measures, where its own words name an item
    and no measure (规模以上工业增加值增长7.4%。分门类看，采矿业增长4.5%，…；制造业增长7.9%: 7.9% is 制造业's 增加值
    growth; 其中，光伏、机械分别增长10.9%、10.3% after 主导产业产值增长7.3%: each one's 产值): the list's lead names the
    measure once for every item, whatever values stand between them (a gap in points, a ；). `whole`: the value the
    breakdown is of, a growth whose words name a kind of amount; the tie as it was otherwise."""
    if whole is None or tie.head or tie.left_out or tie.elided or tie.measure != "growth" \
            or whole.measure != "growth" or whole.unit not in _GROWTH_UNITS or not head_kind(measured(whole.head)) \
            or _NAMES_A_MEASURE.search(SUPPLY_NAMED.sub("", tie.words)) or len(_HOW_GROWN.sub("", tie.words)) < 2:
        return tie
    return tie._replace(left_out=whole.head, elided=_pairs(whole.head))


# (the words of a growth that say only how it went: what is left names the item, 制造业 of 制造业同比增长)
_HOW_GROWN = re.compile(r"同比|比上年|比去年|较上年|分别|增长|下降|增速|增幅|降幅|为|达到?")
_NAMES_A_MEASURE = re.compile(r"投资|产值|增加值|收入|利润|税|销售|出口|进口|用电|电量|产量|总额|金额|资金|规模|总量")
SUPPLY_NAMED = re.compile(r"产量和?供应")  # (生产和供应业, an industry's name, as indicator_words reads 生产: no 产量)


def _elided_rate(last: _Last | None, unit: str, own: str) -> str:
    """增长 where a gap in points only compares with a period (…，增速比上年同期回落6.3个百分点，比1-8月回落0.8个百分点:
    the 0.8) after a gap of a growth rate: the rate is what both gaps are of; the words of the percent right before
    a gap that says only how a rate changed (占工业比重提升至9.4%，同比提升0.9个百分点: the share's change); ""
    otherwise."""
    if unit != "个百分点" or last is None:
        return ""
    if last.unit == "%" and _RATE_CHANGED_ALONE.fullmatch(own):
        return last.words
    compared = _GAP_TO_PLACE_ALONE.fullmatch(own) or _GAP_SINCE.fullmatch(own)
    if last.unit == "%" and last.measure == "growth" and compared:
        return "增长"  # (…同比增长3.6%，快于全省1.7个百分点, 比上季度回落0.6个百分点: the gap is between growth rates)
    # (a gap after a gap of a growth rate, 同比增长2.7%，比上年同期回落3.6个百分点，较上月回落0.8个百分点: its 增长 is
    # the one the first gap was given)
    if last.unit != unit or "增长" not in last.pairs and last.head != "增长":
        return ""
    # (and so is one with no words of its own, the next of a list: 比一季度、上半年分别回落1.3、0.9个百分点)
    return "增长" if not own or _GAP_SINCE.fullmatch(own) else ""


# A gap's own words, as read, that say only how a rate changed (同比加快, 环比回落, 同比提升: 同比 is no word of it).
_RATE_CHANGED_ALONE = re.compile(r"(?:分别)?(?:加快|提升|提高|回落|放缓|扩大|收窄|下降|上升|回升|下滑|降低)(?:了)?")


# A gap's own words that say only which place it is compared with (快于全省, 高于全国平均, 比长沙市: read as 比全省…).
_GAP_TO_PLACE_ALONE = re.compile(r"(?:分别)?比(?:全[国省市区县]|(?:(?!全)[\u4e00-\u9fff]){2,4}?[省市县区州])"
                                 r"(?:平均水平|平均)?")


# A gap's own words that say only what it is compared with (比1-8月回落, 较上月提高: periods are blanked)
# (what is left of a period once its digits are dropped: 月 of 1-8月, 季度 of 一季度)
# (and 环比 with the stretch it compares with, 环比前8个月回升: 较前8个月, not month on month)
_GAP_SINCE = re.compile(r"(?:比|较|环比)[上年去月季度同期份初末底半一二三四前个]{1,6}"
                        r"(?:回落|提高|加快|放缓|扩大|收窄|上升|下降|回升|下滑|提升)")
# A gap's own words that name no measure: only the place or the period it is compared with, or how a rate changed
# (比全省, 比全市平均水平, 比上年同期提高, 提升).
_COMPARED_ALONE = re.compile(rf"{_GAP_TO_PLACE_ALONE.pattern}|{_GAP_SINCE.pattern}|{_RATE_CHANGED_ALONE.pattern}")


_PROJECT_WORD = re.compile(r"项目|工程|基地|园")  # a value whose own words name another


_JOIN_ONLY = re.compile(r"\s*[和、及与]\s*")  # (words between two values of one list: 53.58%和44.99%)


_PLACE_KIND = r"(?:县|区|市|旗|州|盟|镇|乡|园区)"  # (what a county's, a district's or a park's name ends with)
# (a place alone and 为 or 是 after it: 洛阳市为9.3%)
_PLACE_SAID_AS = re.compile(rf"[\u4e00-\u9fff]{{1,6}}{_PLACE_KIND}[为是]")
# (a ；-part's opening: a place alone and its growth, 酒泉市增长10.4%)
_PLACE_GROWN = re.compile(rf"[\u4e00-\u9fff]{{1,6}}{_PLACE_KIND}(?:同比)?(?:增长|下降|增速为?)")
