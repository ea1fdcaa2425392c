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
from ..places.divisions import divisions
from .chinese import CN_CHARS, CN_DIGITS, DECIMAL_POINT, parse_chinese_numeral
from .tables import TableRead, cells, table_read
from .unit_parser import parse_unit
from .units import (
    COUNTERS,
    LATIN_UNITS,
    MULTIPLE,
    MULTIPLIERS,
    PER,
    PERCENT,
    POINTS,
    SCORE,
    UNIT_WORDS,
    UnitSpec,
    tidy,
    unit_class,
)


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


# Digits: thousands grouped by commas (1,234.5) or, where each group is exactly three digits, by a
# space, a no-break or thin space or an apostrophe (1 234亿元, 1'234亿元); else plain digits. A full-width
# comma is a clause break, not a separator: the parser's view keeps it apart (see _views; 21，120家 is 21
# and a 120家 read neither way, _a_tail).
_ARABIC = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f'’]\d{3})+(?![\d,])(?:\.\d+)?"
           r"|\d+(?:\.\d+)?(?:\.(?=[%％]))?)")  # (增长17.%: a point with no digits after it, a slip)
# (台 of 台阶 is a step, no machines: 迈上3万亿台阶 is 3万亿 with no unit)
# (nor is 克 of 克拉, a carat; nor 部 of 部门, 部分, 部署: 5部门 are departments, counted as a body, not 5部;
# nor 个点 of 个点位, sites)
_UNITS = "|".join((f"(?i:{re.escape(u)})" if u in LATIN_UNITS else re.escape(u))
                  + {"台": "(?!阶)", "克": "(?!拉)", "部": "(?![门分署长委队属级位件])",
                     "个点": "(?![位状阵子亮燃赞击])"}.get(u, "")
                  for u in UNIT_WORDS)
_PERS = "|".join(sorted(PER, key=len, reverse=True))
# 成 as a tenth (3成 = 30%) but not the first character of a word (成立, 成本, 成为...).
_CHENG = "成(?![立本为果功交效员品长熟套型都片批绩就形色分规像])"
# OCR breaks a figure across spaces and blank lines (and a no-break or thin space before its unit: 12.5\u00a0%)
# The blanks a page writes inside a line between a number's parts (a space, a no-break, thin or narrow no-break
# space), and with a line's breaks too: one set for every reading of a number written apart below.
_SPACES = " \u00a0\u2009\u202f"
_BLANKS = " \t\r\n\u00a0\u2009\u202f"
_WS = f"[{_BLANKS}]{{0,4}}"


def _multiplier(ch: str) -> str:
    """A multiplier character, but not as the first character of a unit word (千瓦, 千伏, 百分点)."""
    nxt = "".join(sorted({u[1] for u in UNIT_WORDS if u.startswith(ch) and len(u) > 1}))
    return f"{ch}(?![{nxt}])" if nxt else ch


# A Chinese numeral: its characters (百 and 千 not where they begin a unit word: 一百零五亿千瓦时), then
# decimals after 点 read digit by digit (三点五亿, 零点八), which a 万 or 亿 may scale.
_CN_PLAIN = "".join(c for c in CN_CHARS if _multiplier(c) == c)
_CN_GUARDED = "|".join(_multiplier(c) for c in CN_CHARS if _multiplier(c) != c)
_CN = (f"(?:[{_CN_PLAIN}]" + (f"|{_CN_GUARDED}" if _CN_GUARDED else "") + ")+"
       f"(?:{DECIMAL_POINT}[{''.join(CN_DIGITS)}]+[万亿]*)?")
_MULT = f"(?:万亿|{'|'.join(_multiplier(ch) for ch in '万亿百千')})*"
_QTY = re.compile(
    rf"(?P<neg>[-负])?(?:(?P<ar>{_ARABIC})|(?P<cn>{_CN}))(?P<ap1>多|余)?{_WS}"
    # (总投资3.1个亿: 3.1亿, said as a count; not 3个亿元以上项目, 3个亿元级项目, 3个万人企业)
    r"(?:[个個](?=(?:亿|億|万|萬)元?(?:[^\u4e00-\u9fff]|$|的|左右)))?"
    rf"(?P<mult>{_MULT})(?P<ap2>多|余)?{_WS}"
    rf"(?P<unit>{_UNITS}|{_CHENG})?(?:/(?P<per>{_PERS}))?"
    # (3亿元及以上项目: 3亿元以上; 五成余: more than half)
    r"(?P<post>(?:及|或)?以上|(?:及|或)?以下|左右|上下|以内|之内|多|(?<=成)余(?![额款量]))?"
)
# A quantity starts with a sign, a digit or a Chinese numeral: the pattern is only tried there.
_QTY_AT = Anchored(_QTY, rf"-负\d{CN_CHARS}")
_PERCENT_WORD = re.compile(rf"百分之(?P<ar>{_ARABIC})?(?P<cn>{_CN})?")
_DOUBLE = re.compile(r"翻(?:了)?(?P<n>一|两|二|三|四)?番")
# A fraction in words (四分之一, 三分之二, 5分之1): a share, as a percent. Not 百分之 (_PERCENT_WORD reads it).
_FRACTION = re.compile(r"(?<![百千万])(?P<den>[二三四五六七八九十]|[1-9]\d?)分之(?P<num>[一二三四五六七八九]|[1-9]\d?)"
                       r"(?P<over>(?:及)?以上)?")

_BURDEN = frozenset("减担")  # (减负, 担负: the 负 of a word, not a sign)


def _signed(sign: str, t: str, at: int, unit: str) -> bool:
    """Whether the minus (or 负) at `at` of `t` signs the number after it (its unit as written `unit`): see _signs;
    nor the dash between a range's ends written after the low end's unit (1.2亿元-1.5亿元: see _dash_reads)."""
    return _signs(sign, t[at - 1] if at else "") and (sign != "-" or _dash_reads(t, at, unit) != "range")


def _dash_reads(t: str, dash: int, unit: str) -> str:
    """What the dash at `dash` of `t` is after a value (its unit as written `unit`, multiplier and all; "" for none):
    "range" where a range's ends of one class of unit stand on both sides of it (3-5亿元, 4 - 7亿元, 4.5亿元-7.5亿元,
    3%-5%; not written apart before and tight after: 3% -5%, a table's next cell), "sign" where it stands after a
    finished value of another unit tight before the next (56.3亿元 -8.2%, 18.5% -2.1个百分点: the next value's
    minus), "unsure" where it stands apart from that value (56.3亿元 - 3.2%: a minus, or a cell's dash?), "" where
    no value stands before it."""
    lo = _RANGE_LO.search(t, max(0, dash - 24), dash + 1)
    if lo is None:
        return ""
    if not lo.group("unit"):
        return "range"
    lo_spec, spec = parse_unit((lo.group("mult") or "") + lo.group("unit")), parse_unit(unit) if unit else None
    tight_after = t[dash + 1:dash + 2] not in _BLANKS
    if lo_spec is not None and spec is not None and unit_class(lo_spec.base) == unit_class(spec.base):
        return "sign" if t[dash - 1:dash] in _BLANKS and tight_after else "range"
    return "sign" if tight_after else "unsure"


def _signs(sign: str, before: str) -> bool:
    """Whether a minus (or 负) after `before` (the character before it, "" at the start) signs the number: not right
    after a number or a percent, where it joins a range (8%-10%), nor the 负 of 减负 (为企业减负50亿元, a burden
    lifted)."""
    return not before or not (before.isdigit() or before in "%‰" or (sign == "负" and before in _BURDEN))
_PREFIX_QUAL = re.compile(
    r"(?P<q>不低于|不少于|不超过|不高于|不到|不足|低于|少于|至少|最少|至多|最多|超过|突破|(?<![打攻击冲])破|将近|接近|大约|约为|"
    r"(?<![签合预节契制履簽預節製])约|(?<![最附])近|逾|超|"  # (累计交付破7万辆: above it)
    r"(?<![经通不越超度跨穿透错路闯难做去])过)"  # (投资过20亿元的项目: above it; not 通过, 经过)
    r"(?:了)?[ ]?$"
)
_QUAL_OF = {"不低于": ">=", "不少于": ">=", "至少": ">=", "最少": ">=", "不超过": "<=", "不高于": "<=", "最多": "<=",
            "至多": "<=",
            "不到": "<", "不足": "<", "低于": "<", "少于": "<", "超过": ">", "突破": ">", "逾": ">", "过": ">",
            "超": ">", "破": ">", "将近": "~", "接近": "~", "大约": "~", "约为": "~", "约": "~", "近": "~",
            "以上": ">=", "以下": "<=", "及以上": ">=", "及以下": "<=",
            "或以上": ">=", "或以下": "<=", "以内": "<=", "之内": "<=", "左右": "~", "上下": "~", "多": ">",
            "余": ">"}
# The last characters _PREFIX_QUAL and _NEG_BEFORE can end on, a cheap test before the regex (`$` also
# matches before a final newline): the words' ends, 了, and the qualifiers allowed after the verb.
_PREFIX_QUAL_ENDS = frozenset("于过到足少多破近约为逾超了")
_NEG_BEFORE_ENDS = frozenset("降少滑低落减收产小幅为是达了约近过逾跌长")
# (负增长3.4%: a fall written as a growth below zero)
_NEG_BEFORE = re.compile(r"(?:下降|减少|减收|减产|下滑|降低|回落|缩减|缩小|负增长|减|降|跌|[降跌]幅(?:分别)?(?:为|达)?|"
                         # (比上年低0.9元, 较全省平均低0.35亿元: how much lower, a fall)
                         r"(?:比|较)[^，,。；;、\d多少]{1,10}?(?:低|少)|"
                         r"(?:下降|降低|减少)(?:目标|任务)(?:为|是))(?:了)?(?:约|近|超过|逾)?$")  # (下降目标为4%)
# (比增, 比降: 同比增长 and 同比下降 as Fujian's and Guangdong's bulletins write them)
_GROWTH_BEFORE = re.compile(r"(?:(?:增长|增速|增幅|同比|环比|上涨|上升|涨幅|提高|提升|下降|下滑|降低|回落|降幅|减少|"
                            r"比增|比降|增产|减产)"
                            r"[^，,。；;、到至为]{0,6}|(?:降幅|增幅|涨幅|增速)(?:分别)?(?:为|达到?))$")
# Points that say a value is below another, or falls: 低8.4个百分点, 低于全市平均8.4个百分点, 下拉2.4个百分点,
# 慢于全省1.5个百分点, 降幅(较上年同期)扩大6.4个百分点, 亏损面为15.3%，比上年同期收窄2.6个百分点 (降幅收窄 is a
# rise, 高于/快于/拉动 are above).
# What falls when it narrows (亏损面收窄, 增幅收窄: not 降幅收窄, a rise): the checker reads a claim's words by it too.
# (not a gap: 与全国差距缩小1.3个百分点, 与全市增速差缩小1.8个百分点 is the amount it narrowed by, named 缩小, as the
# gold writes it)
NARROWING_FALLS = "(?:亏损面|亏损率|增幅|增速(?!差)|涨幅|逆差)"
_NARROWED = re.compile(r"缩小(?:了)?(?:约|近|超过|逾)?$")
_POINTS_DOWN = re.compile(r"(?<![不最])(?:低于?|慢于?|下拉|落后于?|(?:降幅|差距)[^，,。；;、收]{0,8}扩大|"
                          rf"{NARROWING_FALLS}(?:(?!降幅|下降)[^。；;]){{0,16}}?(?:收窄|缩小))"
                          r"(?:[^，,。；;、高快]|、(?=全?[国省市区县州](?:[（(、和]|平均|$)|全[国省市区县州]|"
                          r"[\u4e00-\u9fff]{2,4}?(?:[省市县区州]|平均)))"
                          r"{0,24}$")
# (低于全国、全省6.7、7.7个百分点, 低于全国、广西平均增速, 低于国、省0.9和0.8个百分点, 低于全国(3.4%)、全省(5.4%)
# 1.7个、3.7个百分点: a list of places, each with its value in brackets or not)
# (比上年提高2.1万元, 较上年末净增468家: an amount of change; not 增长 alone, 增长5亿元 being read as the level
# it grew to as often as the growth)
_QUALIFIED = re.compile(r"(?:近|约|超过|逾|超|至少|至多|最少|最多)$")  # (至少2家: a bound, no 少 of 减少)
_RUN_OF = re.compile(r"连续[^，,。；;\d]{0,4}$")  # (连续下跌3个月, 连续增长5年: a run's length)
# (GDP增量为697.47亿元: an increment)
_CHANGE_BEFORE = re.compile(r"(?:增加|减少|增收|减收|增产|减产|增產|減產|多|少|涨|跌|漲|增量(?:为|达到?|是)?|"
                            r"(?:比|较)[^，,。；;、]{1,8}(?:提高|降低|净增|净减|高出?|低|增长|下降))(?:了)?$")
# (比上年多入规11家, 较上年少培育3家: more or fewer of those that did it than in the base)
_MORE_SINCE = re.compile(r"(?:比|较)[^，,。；;、多少]{1,6}(?:多|少)[\u4e00-\u9fff]{1,3}$")
_SHARE_BEFORE = re.compile(r"(?:占|比重|占比|份额|率|覆盖)[^，,。；;、]{0,6}$")
_RATIO_BEFORE = re.compile(r"(?:是|为|达|达到|相当于)[^，,。；;、]{0,12}的$")
_RANGE_MARKS = ("至", "到", "-", "~", "—", "–", "－")
_RANGE_LO = re.compile(rf"(?P<lo>{_ARABIC}|{_CN})(?P<mult>{_MULT})(?P<unit>{_UNITS})?[ ]?(?:至|到|-|~|—|–|－)[ ]?$")
# 年 after a number is a length of time (约2年), except in a span of past or coming years (近3年, 3年来,
# 前五年, 今后五年), a two-year average (两年平均增长), a plan's name (三年行动), a count of years before a month
# (23年1月) or a year itself.
_YEARS_BEFORE = ("前", "近", "过去", "这", "最近", "今后", "未来", "后")
# (四年净增企业77家, 四年累计完成投资: the stretch a running total is over, no length of its own)
_YEAR_AFTER = re.compile(r"[来來前后後间間度级級代底初末中里裏上下会會龄齡一\d]|以来|以來|净增|淨增|累计|累計"
                         r"|平均|行动|行動|计划|計劃|规划|規劃|攻坚|攻堅|倍增")
# A counter that is no count before these: 两位数 (double digits), 一个季度 (a quarter: a period).
_COUNTER_NOT_BEFORE = {"位": "数", "个": "季度"}
# The words that join the items of a list whose unit or sign is written once: 0.1和1.2个百分点,
# 分别下降1.2%、1.8%.
_LIST_JOINS = frozenset("、和及与或")
# A list that starts with an ordinal is a list of ordinals: 第2、3、5项.
_ORDINAL_LIST = re.compile(r"第[\d一二三四五六七八九十]+(?:[、和及与][\d]+)*[、和及与]$")
# Characters a text can carry inside a number unseen (zero-width spaces and joiners, soft hyphens, BOM):
# the parser's view drops them, so 3\u200b9\u200b0亿元 is 390亿元.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# A shape or a lone bracket a spam filter's junk puts inside a word (汽车▽产业, 实现增〗加值): no character of it.
_JUNK_IN_WORD = re.compile("(?<=[\u4e00-\u9fff])[\u2500-\u25ff\u3016\u3017](?=[\u4e00-\u9fff])")
_COMMA_IN_NUMBER = re.compile(r",(?<=\d,)(?=\d)")
_FULLWIDTH_DIGITS = frozenset("０１２３４５６７８９")

# A document number: 鄂政发〔2023〕12号, 泉政(2016)2号 (its year and number are neither figure nor date).
_DOCUMENT_NUMBER = re.compile(r"[〔［【\[(（](?:19|20)\d\d[〕］】\])）][ ]?第?\d{1,5}号")

_QUOTED_CHANGE = r"(?:同比|环比)?(?:增长|下降|增加|减少|提高|回落|上涨)[\d.]+(?:[%％]|个百分点)[”\"」』]"
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
    ("code", _DOCUMENT_NUMBER),
    # Each pattern starts with a character class, which lets the regex engine skip to candidates.
    ("date", re.compile(r"\d(?:\d{3}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"|\d{3}年(?:\d{1,2}(?:[-—–至到]\d{1,2})?月(?:\d{1,2}[日号])?)?"
                        r"|\d?(?:[-—–至到~]\d{1,2})?月(?:\d{1,2}(?:[-至到]\d{1,2})?[日号])?(?:底|初|中旬|上旬|下旬)?"
                        r"|\d?[日号])")),
    ("period", re.compile(r"[第一二三四1-4正腊农初上下\d](?:(?<=第)[一二三四1-4]季度|(?<=[一二三四1-4])季度"
                          r"|(?<=[正腊])月初?[一二三四五六七八九十廿]+|(?<=农)历初[一二三四五六七八九十]+"
                          r"|(?<=初)[一二三四五六七八九十]+|(?<=[上下])半年|(?<=\d)\d{3}年度)")),
    ("ordinal", re.compile(rf"第(?:{_ARABIC}|{_CN})")),
    # (not a change quoted whole, 从前三季度的“同比下降0.1%”到年底的“增长1.1%”: a value quoted, no name)
    ("label", re.compile(r"[“\"「『《](?!" + _QUOTED_CHANGE + r")([^”\"」』》\n]{1,10})[”\"」』》]")),
]
_HAS_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]")
# (分别增长21.9%和2.4倍: a multiple in a list after a rise is a rise too)
_RISE_BEFORE = re.compile(r"(?:增长|增加|提高|提升|扩大)(?:了)?(?:近|约|超过)?(?:\d+(?:\.\d+)?[%％倍]?[、和])*$")
_NUMS_IN = re.compile(rf"{_ARABIC}|[{''.join(CN_DIGITS)}十百千万亿]+")


@dataclass(frozen=True, slots=True)
class Scan:
    """Everything the parser found in one text."""

    quantities: tuple[Quantity, ...]
    mentions: tuple[Mention, ...]
    view: textmap.MappedText
    # its tables' cells with their words, as the parser read them: the checker's reading of the same text takes
    # their words from here rather than read the tables again (None: a Scan made elsewhere, which reads its own)
    table: TableRead | None = None


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with offsets into `text` itself.

    Dates, periods, ordinals, quoted labels, phone numbers, postcodes, site codes and URLs are not
    quantities; neither is a bare number with no unit.
    """
    require(text, str, "extract_quantities() takes the text as a str")
    return list(scan(text).quantities)


def scan(text: str, bare: bool = False) -> Scan:
    """Quantities and non-quantity mentions of `text`; `bare` also keeps unitless numbers."""
    return scans(text)[bare]


def scans(text: str) -> tuple[Scan, Scan]:
    """The scan without and with bare numbers, from one pass: the checker reads a source both ways
    (figures against its quantities, a bare number in a summary against its bare numbers)."""
    view, pview = _views(text)
    t = pview.text
    mentions = tuple(_find_mentions(text, pview))
    blocked = textmap.SpanSet([(x.start, x.end) for x in mentions])
    found: list[Quantity] = []
    with_bare: list[Quantity] = []
    for m in _QTY_AT.finditer(t):
        q = _quantity(m, text, pview, blocked)
        if q is None:
            continue
        _push(with_bare, q)
        if not _bare_only(m, t):
            _push(found, q)
    extra = _percent_words(text, pview)
    extra += _doublings(text, pview)
    extra += _zero_growths(text, pview)
    extra += _fractions(text, pview)
    tables = table_read(pview.text)  # (read once: the cells here, their words for the checker's reading)
    table = _table_cells(text, pview, tables)
    if table:  # (a cell is a quantity of its row's unit, no longer a bare number)
        # (nor one with a unit read across its line's end: 保定市\t10.6 then 张家口市 is no 10.6张)
        at = {q.start for q in table}
        with_bare = [q for q in with_bare if q.start not in at]
        found = [q for q in found if q.start not in at]
        extra += table
    if extra:
        found, with_bare = sorted(found + extra, key=_start), sorted(with_bare + extra, key=_start)
    fixes = _list_fixes(with_bare, text, pview)
    if fixes:
        found, with_bare = _with_fixes(found, fixes, promote=True), _with_fixes(with_bare, fixes)
    if _COMPOUND.search(t) is not None:
        found, with_bare = _compounds(found, text), _compounds(with_bare, text)
    return Scan(tuple(found), mentions, view, tables), Scan(tuple(with_bare), mentions, view, tables)


# A number of two orders written in digits (1万2000亿元, 3亿5000万元, 2万5千家): read as one.
_COMPOUND = re.compile(r"\d[万亿]\d")


def _compounds(qs: list[Quantity], text: str) -> list[Quantity]:
    """`qs` with each 1万 or 1亿 written right before a number of a lower order and its unit (1万2000亿元,
    1亿2000万元) joined to it as one quantity (12000亿元, 1.2亿元), not read as a bare 10000 and a 2000亿元."""
    out: list[Quantity] = []
    for q in qs:
        first = out[-1] if out else None
        joined = _compound(first, q, text) if first is not None else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(q)
    return out


def _compound(first: Quantity, then: Quantity, text: str) -> Quantity | None:
    """The quantity `first` (a bare 1万, 3亿) and `then` (its next order, 2000亿元) write together, or None."""
    m1 = MULTIPLIERS.get(first.written_unit, 0.0)
    if first.unit or m1 < MULTIPLIERS["万"] or then.start != first.end or not then.unit \
            or not text[then.start:then.start + 1].isdigit() or then.value_high is not None:
        return None
    stack = ""  # (the multipliers `then` writes before its unit word: 千亿 of 2千亿元)
    while then.written_unit[len(stack):len(stack) + 1] in MULTIPLIERS \
            and (s := parse_unit(then.written_unit[len(stack) + 1:])) is not None and s.base == then.unit \
            and s.factor >= 1:  # (千 of 千瓦时 is the unit's own: 瓦时 is a thousandth of it)
        stack += then.written_unit[len(stack)]
    # (the orders both numbers are of, the shortest at the end that reaches the first's: 亿 of 1万2千亿元; none of
    # 1亿2000万元, whose 万 is the second's alone)
    cut = next((k for k in range(len(stack) - 1, -1, -1) if _orders(stack[k:]) >= m1), len(stack))
    inner, outer = _orders(stack[:cut]), _orders(stack[cut:])
    if not 0 < then.written_value * inner < m1:
        return None  # (the second is of a lower order: 1万2000亿, not 1万20000亿)
    plain = parse_unit(then.written_unit[len(stack):])
    if plain is None:
        return None
    written = first.written_value * m1 + then.written_value * inner  # (12000 of 1万2000亿元, in 亿元)
    qualifier = then.qualifier if then.qualifier != "=" else first.qualifier
    return replace(then, value=tidy(written * outer * plain.factor), written_value=tidy(written),
                   written_unit=then.written_unit[cut:], qualifier=qualifier, start=first.start,
                   raw=text[first.start:then.end], measure=first.measure)


def _orders(stack: str) -> float:
    """The product of multiplier characters (千亿: 1e11; "": 1)."""
    return math.prod(MULTIPLIERS[ch] for ch in stack)


# A number a page made from a PDF breaks across lines (占GDP的7⏎3.6%): a line that ends in up to three digits
# after a word, and a next line that goes on with digits and a unit. (A table's cells, one a line, start
# their lines: 烟台市⏎8.7 has no digit before the break.)
_BROKEN_NUMBER = re.compile(r"(?:(?<=[^\d\s.,，:：][0-9])|(?<=[^\d\s.,，:：][0-9]{2})|(?<=[^\d\s.,，:：][0-9]{3}))"
                            r"[ \t\u3000]*\n[ \t\u3000]*(?=[0-9][0-9.]*[ \t]*(?:%|％|亿|万|个|家|项|倍|元|吨|户|人))")
# (searched from the blanks and line ends it can start with: its lookbehinds would have the engine try it at every
# character of a page, most of what reading the views costs)
_BROKEN_NUMBER_AT = Anchored(_BROKEN_NUMBER, " \t\u3000\n")
# A decimal point a page's typesetting, its PDF-to-HTML step or a tag it left writes apart from the digits around it
# (258 . 6亿元, 258 .6亿元, 258. 6亿元, 258⏎.6亿元, 258<br>.6亿元): one number where digits stand on both sides and a
# multiplier or a unit follows; the parser's view drops what stands between. Not a number that starts a line or a
# clause with only its point before the space (1. 3亿元: a list's item 1, or 1.3亿元?), which is read neither way
# (_TAIL_OF_A_NUMBER).
_APART = rf"(?:[{_BLANKS}\u3000]|<[A-Za-z/][^<>\n]{{0,30}}>|&nbsp;)"
_POINT_APART = re.compile(rf"(?<![\d.．])\d+(?P<a>{_APART}{{0,4}})[.．](?P<b>{_APART}{{0,4}})(?=\d)")
_POINT_APART_HINT = re.compile(rf"[.．](?=[{_BLANKS}\u3000<&])|[{_BLANKS}\u3000>;](?=[.．])")
_LIST_START = re.compile(r"(?:^|[\n：:；;。！？!?])[ \t\u00a0\u3000]*$")


def _points_apart(text: str) -> list[tuple[int, int]]:
    """The blanks and tags around decimal points written apart from their digits (see _POINT_APART), to drop."""
    if _POINT_APART_HINT.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _POINT_APART.finditer(text):
        before, after = m.span("a"), m.span("b")
        if before[0] == before[1] and (after[0] == after[1]
                                       or _LIST_START.search(text, max(0, m.start() - 8), m.start()) is not None):
            continue
        q = _QTY.match(textmap.folded(text[m.end():m.end() + 16]))
        # (not before a count of whole things, which no decimal has: 2. 15个项目 is item 2's 15个)
        if q is not None and q.group("ar") and (q.group("unit") or q.group("mult")) \
                and not _whole_count(q.group("mult"), q.group("unit")):
            out += [span for span in (before, after) if span[0] < span[1]]
    return out


def _views(text: str) -> tuple[textmap.MappedText, textmap.MappedText]:
    """The view of `text` the checker reads (ruby and invisible characters dropped, widths and traditional
    forms folded) and the one the parser reads: the same, with a full-width comma between digits kept as
    written, a clause break (21，120家), unless both digits are full-width too (１２，３４５)."""
    drop = textmap.ruby_spans(text)
    if _INVISIBLE.search(text) is not None:
        drop = sorted([*drop, *(m.span() for m in _INVISIBLE.finditer(text))])
    if _JUNK_IN_WORD.search(text) is not None:
        drop = sorted([*drop, *(m.span() for m in _JUNK_IN_WORD.finditer(text))])
    broken = [m.span() for m in _BROKEN_NUMBER_AT.finditer(text)] if "\n" in text else []
    if broken:
        drop = sorted([*drop, *broken])
    apart = _points_apart(text)
    if apart:
        drop = sorted([*drop, *apart])
    view = textmap.build(text, drop)
    if "，" not in text:
        return view, view
    t, origin = view.text, view.origin
    cuts = [i for i in (m.start() for m in _COMMA_IN_NUMBER.finditer(t)) if text[origin[i]] == "，"
            and not (text[origin[i - 1]] in _FULLWIDTH_DIGITS and text[origin[i + 1]] in _FULLWIDTH_DIGITS)]
    if not cuts:
        return view, view
    parts: list[str] = []
    prev = 0
    for i in cuts:
        parts += (t[prev:i], "，")
        prev = i + 1
    parts.append(t[prev:])
    return view, textmap.MappedText("".join(parts), origin, view.original_length)


def _view_at(view: textmap.MappedText, original: int) -> int:
    if type(view.origin) is range:
        return original
    return bisect.bisect_left(view.origin, original)


def forget_scans() -> None:
    """Empty the parser's memo of the numbers written in mentions (a text's scan is not memoised:
    its reader keeps it, in numbers/source.Source)."""
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
    if ar:
        # a trailing point is a slip of the page (增长17.%, 增长1.2.%): the digits before it are the number
        ar = ar.rstrip(".")
        value: float | None = float(ar if ar.replace(".", "", 1).isdigit() else ar.translate(_NO_SEPARATORS))
    else:
        value = parse_chinese_numeral(cn) if cn else None
    return value if value is not None and math.isfinite(value) else None


_NO_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f'’")


def _digit_by_digit(cn: str | None) -> bool:
    """Whether a Chinese numeral is spelled digit by digit, with no 十百千 (七一八, 二〇二三): how a year, a code or
    a name is written (七一八所, the institute; “二一一”产业), never how Chinese writes a count or an amount (718 of a
    thing is 七百一十八). A year is a date, no quantity either."""
    return cn is not None and len(cn) > 2 and all(c in CN_DIGITS for c in cn)


def _in_a_place_name(t: str, at: int, end: int) -> bool:
    """Whether the Chinese numeral and unit at [`at`, `end`) of `t` lie inside the name of a division written
    there (五家渠市, 七台河市, 九台区, 三台县, 三元区, 伍家岗区; or its name without its suffix where that is 3
    characters or more: 七台河, 五家渠): a name, never a count. A look-up of the numeral and the character after it,
    then a compare of the few names that hold them: no scan of the names."""
    for offset, name in _place_names_holding().get(t[at:at + 2], ()):
        a = at - offset
        if a >= 0 and a + len(name) >= end and t.startswith(name, a):
            return True
    return False


@lru_cache(maxsize=1)
def _place_names_holding() -> dict[str, tuple[tuple[int, str], ...]]:
    """The divisions' names that hold a Chinese numeral (and their stems of 3 characters or more: a stem of 2, 三台 of
    三台县, is as often a count, 三台设备), keyed by the numeral and the character after it: (where in the name, name).
    Built once from the division table."""
    table = divisions()
    names = set(table.by_name) | {stem for stem in table.by_stem if len(stem) >= 3}
    index: dict[str, list[tuple[int, str]]] = {}
    for name in names:
        for i, ch in enumerate(name[:-1]):
            if ch in CN_CHARS:
                index.setdefault(name[i:i + 2], []).append((i, name))
    return {k: tuple(v) for k, v in index.items()}


def _find_mentions(text: str, view: textmap.MappedText) -> list[Mention]:
    t = view.text
    out: list[Mention] = []
    for kind, rx in _MENTIONS:
        if kind == "url" and "@" not in t and "http" not in t and "www." not in t:
            continue  # none of its three forms can match: skip a pass that tries every position
        if rx is _DOCUMENT_NUMBER and "号" not in t:
            continue  # the same for a document number, which ends in 号
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
    g = m.groups()  # _QTY's groups, in order: neg, ar, cn, ap1, mult, ap2, unit, per, post
    ar, unit = g[1], g[6]
    t = view.text
    num_start = m.start(2) if ar else m.start(3)
    before = t[max(0, num_start - 12):num_start]
    if unit is None and not ar and not _round_amount_reached(g[2] or "", unit, t[m.end(3):], before):
        return None  # a Chinese numeral with no unit: most candidates end here (not 突破千亿，…)
    if ar and before.endswith(".") and "\u4e00" <= before[-2:-1] <= "\u9fff":
        return None  # (金额达.9亿元, 完成目标任务的.2%: a number whose digits before the point the page lost)
    if ar and t[num_start - 1:num_start] in _TAIL_ENDS and _a_tail(t, num_start, ar, g[4] or "", unit):
        return None  # (12.3.5亿元, 258。6亿元, 1,23亿元, 增速为 - 2.3%: the tail of a number, or a sign unsure)
    if _not_a_quantity(m, g, t, before) or _digit_by_digit(g[2]):
        return None
    if g[2] and _in_a_place_name(t, num_start, m.end(7)):
        return None  # (六师五家渠市: 五家 of a city's name, no five of anything)
    value = _number(ar, g[2])
    if value is None or (unit == "年" and value >= 100):
        return None  # a year (二〇二三年, 2023 年) is a date, not a length of time
    written_unit = (g[4] or "") + (unit or "") + (f"/{g[7]}" if g[7] else "")
    spec = parse_unit(written_unit)
    if spec is None:
        return None
    return _read(m, g, text, view, blocked, before, num_start, value, spec, written_unit)


def _read(m: re.Match[str], g: tuple[str | None, ...], text: str, view: textmap.MappedText,
          blocked: textmap.SpanSet, before: str, num_start: int, value: float, spec: UnitSpec,
          written_unit: str) -> Quantity | None:
    """The quantity of a number as written (its value, unit resolved and unit as written), with the sign,
    qualifier, measure and range the words around it give. Each step first makes the cheap test that most
    numbers fail, before a call."""
    t = view.text
    unit = g[6]
    # (a round amount in Chinese with no unit, 突破千亿, ends with its numeral)
    end = m.end() if unit is not None or g[4] else m.end(2) if g[1] else m.end(3)
    a = num_start
    sign_at = m.start() if g[0] and _signed(g[0], t, m.start(), written_unit) \
        else _en_dash_sign(t, num_start, written_unit)
    if sign_at is not None:
        value, a = -value, sign_at
    qualifier, took_prefix = _QUAL_OF.get(g[8] or g[5] or g[3] or "", "="), False
    if qualifier == "=" and before.rstrip(" \n")[-1:] in _PREFIX_QUAL_ENDS:
        pq = _prefix_qualifier(before)
        if pq is not None:
            qualifier, a, took_prefix = pq[0], num_start - pq[1], True
    if blocked.overlaps(*view.to_original(num_start, m.end(7) if unit else end)):
        return None
    base = spec.base
    measure = _measure(t, num_start, base)
    if value > 0 and (base == POINTS or before.rstrip(" \n")[-1:] in _NEG_BEFORE_ENDS) \
            and _falls(t, num_start, base, took_prefix):
        value, qualifier = -value, _TURNED.get(qualifier, qualifier)  # (降低2.5%以上: at most −2.5%)
    value_high = None
    if t[max(0, a - 2):a].strip(" ")[-1:] in _RANGE_MARKS:
        value, value_high, a = _range(t, a, num_start, value, spec)
    high = None if value_high is None else value_high * spec.factor
    if not math.isfinite(value * spec.factor) or (high is not None and not math.isfinite(high)):
        return None  # overflows in base units: no real quantity is that large
    return _make(text, view, a, end, value * spec.factor, base, value, written_unit, qualifier, high, measure)


# What stands right before the digits of a number that is only the tail of one the parser cannot read whole: a
# point after digits (12.3.5亿元; 1. 3亿元 at a list's start, which the view does not join), a sentence stop after
# digits (258。6亿元: 258.6 mistyped, or a sentence that ends on 258?), an ASCII comma after digits that groups no
# thousands (1,23亿元: 1.23 in a European hand, or a list?), a full-width comma after up to three digits before a
# group of three (1，234.5亿元: 1234.5 typed in full width, or 1 and 234.5?), a tag or an entity a page left after
# digits (16<br>9.3亿元), a blank after digits before a number with a unit that is no group of three (1 23亿元:
# 123亿元 broken, or 1 and 23亿元? not after a date or a time: 2024-07-23 12家); or a dash that may be a minus or
# a dash: written apart from the number after a word (增速为 - 2.3%), or an en dash (增速为–2.3%). Read neither
# way: no number rather than a fragment or a wrong sign. Not a range's high end (3 - 5亿元, 1.2亿元–1.5亿元:
# _RANGE_LO).
_TAIL_OF_A_NUMBER = re.compile(rf"\d[{_BLANKS}]{{0,4}}[.。][{_BLANKS}]{{0,4}}$|\d,$"
                               r"|\d(?:<[A-Za-z/][^<>\n]{0,30}>|&nbsp;)+$"
                               rf"|[^\s\d%‰][{_SPACES}]*[-–][{_SPACES}]+$|[^\d%‰]–$")
_TAIL_ENDS = frozenset(f".。,，>;{_BLANKS}-–")
_GROUPED_BEFORE = re.compile(r"(?<![\d,，.])\d{1,3}，$")
_THREE_DIGITS = re.compile(r"\d{3}(?!\d)")
_DIGITS_APART = re.compile(rf"(?:^|[^\d\-:/.,，])\d+[{_SPACES}]$")


# Digits a word before says what they are, a rank or an item's number (居全市第2，156个项目; 排名第3。36个;
# 序号 3 12家): no head of the number after them.
_RANK_BEFORE = re.compile(rf"(?:第|序号|编号|排名|名列|位列|位居|居)[{_SPACES}]*\d+[{_SPACES}]*[，。]?[{_SPACES}]*$")


def _whole_count(mult: str | None, unit: str | None) -> bool:
    """Whether a number with this multiplier and unit counts whole things (5家, 18个; not 1.5万家), which no decimal
    point is written in."""
    return not mult and unit in COUNTERS


def _en_dash_sign(t: str, num_start: int, unit: str) -> int | None:
    """Where an en dash right before the number at `num_start` of `t` signs it (56.3亿元 –3.2%: after a finished value
    of another unit, see _dash_reads); None where none does."""
    if t[num_start - 1:num_start] != "–" or _dash_reads(t, num_start - 1, unit) != "sign":
        return None
    return num_start - 1


def _a_tail(t: str, num_start: int, ar: str, mult: str, unit: str | None) -> bool:
    """Whether the number in digits `ar` at `num_start` of `t` (with its multiplier and unit, if any) is the tail of
    one not read whole, or stands after a dash that may or may not sign it (see _TAIL_OF_A_NUMBER). A point or a
    sentence stop before a count of whole things (一、…⏎1. 5家企业, 第3。36个项目) ends an item's number or a
    sentence: no decimal point."""
    window = t[max(0, num_start - 40):num_start]
    if _RANK_BEFORE.search(window) is not None:
        return False
    if window.endswith("，"):
        return _GROUPED_BEFORE.search(window) is not None and _THREE_DIGITS.match(ar) is not None
    if unit and _DIGITS_APART.search(window) is not None:
        return True
    m = _TAIL_OF_A_NUMBER.search(window)
    if m is None:
        return False
    last = m.group().rstrip(_BLANKS)[-1]
    if last in "-–":
        return _dash_reads(t, len(t[:num_start].rstrip(_BLANKS)) - 1, mult + (unit or "")) not in ("range", "sign")
    return not (last in ".。" and _whole_count(mult, unit))


def _not_a_quantity(m: re.Match[str], g: tuple[str | None, ...], t: str, before: str) -> bool:
    """Whether the words around a match say its number is no quantity: a name (5G), an ordinal, a date,
    a period, a one-off (一次性), a plan's name (三年行动), a bare multiplier."""
    cn, mult, unit = g[2], g[4], g[6]
    after = m.end(7) if unit else m.end()
    if _a_name_or_ordinal(unit, t[after:after + 1], before):
        return True
    if cn == "一" and (before.endswith(("上", "下")) or unit in _ONE_AS_ARTICLE):
        return True  # 上一篇, 下一个: previous and next; 引进一批项目, 一席之地: "a batch of", "a place"; not one
    if unit and _no_count(m, (cn, unit), t, after, before):
        return True
    if unit == SCORE and (cn or before.rstrip()[-1:] in "时点:：" or t[after:after + 1] in _NOT_SCORE_AFTER):
        return True  # (十分重视, 10时30分, 3分之1, 5分钟: no score)
    if cn:
        if cn[0] in "百千万亿":
            # a bare multiplier is a quantity only as a threshold: 亿元以上 (projects of 100m yuan or more), or as
            # an amount reached (签约额超过千亿元, 工业总产值突破万亿元大关)
            # or a grade of size (万亿元级电子信息产业集群), or a round count said as near or over it (近百个, 超百家,
            # 百余个; not 百强, 千家万户, nor 上千家, whose 上 the parser does not read as over)
            return not (unit == "元" and (g[8] == "以上" and cn in ("万", "亿", "百万", "千万", "十亿")
                                          or cn in _ROUND_AMOUNTS and (before.endswith(_REACHED_BEFORE)
                                                                       or t.startswith("级", after)))
                        or _round_count(cn, unit, before, g[3])
                        or _round_amount_reached(cn, unit, t[m.end(3):], before))
        if mult and DECIMAL_POINT not in cn:  # a Chinese numeral absorbs its own multipliers: 二十三万
            return True
    return False


def _round_count(cn: str, unit: str | None, before: str, approximate: str | None) -> bool:
    """Whether a bare 百 or 千 counts things, said as near or over it (近百个, 超百家, 百余个)."""
    return cn in ("百", "千") and unit is not None and unit_class(unit) == "count" \
        and (before.endswith(_NEAR_OR_OVER) or approximate in ("余", "多"))


def _round_amount_reached(cn: str, unit: str | None, rest: str, before: str) -> bool:
    """Whether a bare round amount written with no unit (千亿, 百亿, 万亿) is one reached, as a headline or a
    report says of an economy's total (全年地区生产总值突破千亿，增长10%; 规模工业总产值首破千亿; 迈上百亿新台阶):
    after a word that it was reached and ending its clause, or before the milestone it is (大关, 台阶); not the
    class of things of that size a noun after it names (过百亿企业, 千亿县, 千亿级产业)."""
    return unit is None and cn in _ROUND_AMOUNTS and before.endswith(_REACHED_BEFORE + ("破",)) \
        and (rest[:1] in _CLAUSE_ENDS or rest.startswith(_MILESTONES))


_CLAUSE_ENDS = frozenset("，,。；;、！!？?\n") | {""}
_MILESTONES = ("大关", "台阶", "新台阶", "的台阶", "的大关")
_NEAR_OR_OVER = ("近", "超", "逾", "过", "约", "超过", "将近")
_ROUND_AMOUNTS = ("百亿", "千亿", "万亿")
_REACHED_BEFORE = ("突破", "超过", "超", "达到", "达", "逾", "迈上", "跨上", "跨越", "超出")


def _a_name_or_ordinal(unit: str | None, nxt: str, before: str) -> bool:
    """Whether a number is part of a name (5G, 3D, a model's name: 5KWX) or an ordinal, a lunar date, a model
    or code (第5, 初八, Q3), by the character after it (`nxt`) and the words before."""
    if (unit is None or unit[-1].isascii()) and nxt.isascii() and nxt.isalpha():
        return True
    if before.endswith(_MEASURE_ABBREVIATIONS) and (unit is not None and not unit[-1].isascii() or nxt in "、和"):
        # (完成GDP191.72亿元: an indicator's abbreviation written against its value; 分别拉动GDP0.2、2.6、1.6个百分点:
        # or against the first of a list's values, which takes the list's unit)
        return False
    return before.endswith(("第", "初")) or (bool(before) and before[-1].isascii() and before[-1].isalpha())


_MEASURE_ABBREVIATIONS = ("GDP", "CPI", "PPI", "PMI")


_ONE_AS_ARTICLE = frozenset({"批", "席", "列", "股"})
_NOT_SCORE_AFTER = frozenset("钟之析别布类配成期批项散工数享担红支行局会厂公部秒")


def _no_count(m: re.Match[str], written: tuple[str | None, str], t: str, after: int, before: str) -> bool:
    """Whether a number with a unit counts nothing (see `_not_a_count`): a slogan's or a title's words (“三抓三比、十项
    竞赛”, 《…五年决战七千亿的若干意见》), items pointed back at, or a rank class. `written`: its Chinese numeral (or
    None) and its unit."""
    cn, unit = written
    return _not_a_count(unit, t, after, before) or _pointer_or_rank(unit, bool(cn), before) \
        or bool(cn and _in_a_title(t, m.start(3), after))


def _pointer_or_rank(unit: str, cn: bool, before: str) -> bool:
    """Whether a count points back at items just listed (这五个行业增速高于全区平均) or names a rank class (产值前十名
    企业, 增速分列全市前三位): no count of its own."""
    if cn and before.endswith(_POINTING_BACK) and unit_class(unit) == "count":
        return True
    return unit in _RANK_UNITS and before.endswith("前")


_TITLE_OPEN = {"“": "”", "《": "》", "‘": "’"}  # (‘十项行动’ inside “…”: single quotes too)
_POINTING_BACK = ("这", "該", "该", "上述", "前述", "此")
_RANK_UNITS = frozenset({"名", "位", "强"})
_TITLE_REACH = 16  # how far a slogan's or a title's words stretch on either side of a number in it


def _in_a_title(t: str, at: int, after: int) -> bool:
    """Whether the number written in Chinese at [`at`, `after`) stands inside quotes or a title's brackets that
    hold no number in digits and no full stop: words of a slogan or a name, not a figure."""
    for opening, closing in _TITLE_OPEN.items():
        o = t.rfind(opening, max(0, at - _TITLE_REACH), at)
        if o < 0 or closing in t[o:at]:
            continue
        c = t.find(closing, after, after + _TITLE_REACH)
        if c >= 0 and not re.search(r"[0-9０-９。\n]", t[o:c]):
            return True
    return False


def _not_a_count(unit: str, t: str, after: int, before: str) -> bool:
    """A unit word that does not count here: 一次性, 一个个, 前八个月, 近3年, 三年行动, 两位数, 一个季度."""
    counted_projects = t.startswith("项目", after) and t[after - len(unit) - 1:after - len(unit)].isdigit()
    if t[after:after + 1] in ("性", unit) and not counted_projects:
        # 一次性: one-off; 一个个, 一袋袋, 一项项目标: one after another (not 630项项目, projects counted in digits)
        return True
    if unit == "个月":
        return before.endswith(("前", "近", "后", "过去", "这"))  # 前八个月: a period
    if unit == "年":
        return before.endswith(_YEARS_BEFORE) or _YEAR_AFTER.match(t, after) is not None
    if unit == "次" and (before.endswith(("届", "屆")) or t.startswith(("党代会", "黨代會"), after)):
        return True  # 市委十届五次以及县委…全会, 市十三次党代会: a session's ordinal
    if unit == "次" and (t.startswith("产业", after) or _SESSION_BEFORE.search(before[-10:])
                         and t.startswith(_SESSION_AFTER, after + (1 if t[after:after + 1] == "、" else 0))):
        return True  # 三次产业: the three sectors; 十七届人大四次会议, 十届十一次、十二次全会: a session's ordinal
    word = _COUNTER_NOT_BEFORE.get(unit)
    return word is not None and t.startswith(word, after)


_SESSION_BEFORE = re.compile(r"届|人大|政协|党委|党代会")
_SESSION_AFTER = ("会议", "全会", "全体会议", "常委会", "代表大会", "大会",
                  "十", "一", "二", "三", "四", "五", "六", "七", "八", "九")


def _prefix_qualifier(before: str) -> tuple[str, int] | None:
    """The qualifier a word right before a number gives it (超过, 近, 不低于) and how far back the word
    starts; None when there is none."""
    if before.rstrip(" \n")[-1:] not in _PREFIX_QUAL_ENDS:
        return None  # a cheap test before the regex
    pq = _PREFIX_QUAL.search(before)
    if pq is None or pq.group("q") not in _QUAL_OF:
        return None
    return _QUAL_OF[pq.group("q")], len(before) - pq.start("q")


def _falls(t: str, at: int, base: str, took_prefix: bool) -> bool:
    """Whether the words before the number at `at` make it a fall (下降2.5%, 降幅分别为18.2%) or, for points,
    a gap below (低于全省1.5个百分点; 低于 right before the number is its qualifier, less than)."""
    if unit_class(base) == "duration" and _RUN_OF.search(t, max(0, at - 10), at):
        return False  # (已连续下跌3个月: how long it fell, no fall of 3 months)
    near = t[max(0, at - 10):at].rstrip(" ")
    if near.rstrip("\n")[-1:] in _NEG_BEFORE_ENDS and _NEG_BEFORE.search(near):
        # (points that narrow are a gap's or a rate's, read as 收窄 is below: 降幅缩小 is a rise)
        if base != POINTS or not _NARROWED.search(near):
            return True
    if base != POINTS or took_prefix:
        return False
    before = t[max(0, at - 30):at]
    return _POINTS_DOWN.search(before) is not None or _EFFECT_OF_A_FALL.search(before) is not None


# Points a falling part takes off its whole's growth, said as its 影响 (下降1.8%，影响增长0.27个百分点: a drag).
_EFFECT_OF_A_FALL = re.compile(r"(?:下降|减少|下滑|回落)[^，,。；;]{0,8}[，,]影响[^，,。；;、\d]{0,10}$")


def _range(t: str, a: int, num_start: int, value: float, spec: UnitSpec) -> tuple[float, float | None, int]:
    """(low, high, start) where a range's low end is written before the number (5至10亿元, 3000万元到1亿元);
    (value, None, a) where none is."""
    if t[max(0, a - 2):a].strip(" ")[-1:] not in _RANGE_MARKS:  # cheap test before the look-behind regex
        return value, None, a
    window = t[max(0, num_start - 24):num_start]
    lo = _RANGE_LO.search(window)
    if lo is None:
        return value, None, a
    written = lo.group("lo")
    lo_val = _number(written, None) if written[0].isdigit() else _number(None, written)
    lo_spec = parse_unit((lo.group("mult") or "") + (lo.group("unit") or "")) if lo.group("unit") else None
    if lo_val is None or (lo_spec is not None and unit_class(lo_spec.base) != unit_class(spec.base)):
        return value, None, a
    lo_factor = lo_spec.factor if lo_spec else spec.factor
    return lo_val * lo_factor / spec.factor, value, num_start - (len(window) - lo.start())


def _percent_words(text: str, view: textmap.MappedText) -> list[Quantity]:
    """百分之十二点五 (12.5%), with the sign and qualifier the words before give it (下降百分之五: -5%)."""
    t = view.text
    if "百分之" not in t:
        return []
    out: list[Quantity] = []
    for m in _PERCENT_WORD.finditer(t):
        val = _number(m.group("ar"), m.group("cn"))
        if val is None:
            continue
        a, qualifier = m.start(), "="
        pq = _prefix_qualifier(t[max(0, a - 12):a])
        if pq is not None:
            qualifier, a = pq[0], a - pq[1]
        if val > 0 and _falls(t, m.start(), PERCENT, True):
            val, qualifier = -val, _TURNED.get(qualifier, qualifier)
        out.append(_make(text, view, a, m.end(), val, PERCENT, val, "%", qualifier, None,
                         _measure(t, m.start(), PERCENT)))
    return out


# A growth of nil written in words (制造业零增长): 0%, as 增长0% is. Not 零增长的企业 (a class), nor 实现零增长目标.
# (and 同比持平, 与上年同期持平; not 基本持平, about flat)
_ZERO_GROWTH = re.compile(r"(?<![负正])零增长(?![的目])|(?:同比|与(?:上年|去年)(?:同期)?)持平")


def _zero_growths(text: str, view: textmap.MappedText) -> list[Quantity]:
    """零增长, 同比持平 (0%, a growth)."""
    t = view.text
    if "零增长" not in t and "持平" not in t:
        return []
    return [_make(text, view, m.start(), m.end(), 0.0, PERCENT, 0.0, "%", "=", None, "growth")
            for m in _ZERO_GROWTH.finditer(t)]


def _fractions(text: str, view: textmap.MappedText) -> list[Quantity]:
    """四分之一 (25%), 三分之二 (66.67%): a share written as a fraction, with the qualifier the words around give it
    (近三分之一: about; 三分之一以上: at least)."""
    t = view.text
    if "分之" not in t:
        return []
    out: list[Quantity] = []
    for m in _FRACTION.finditer(t):
        den, num = (_number(x, None) if x.isdigit() else parse_chinese_numeral(x) for x in m.group("den", "num"))
        if not den or not num or num >= den:
            continue
        value = round(num / den * 100, 2)
        a, qualifier = m.start(), ">=" if m.group("over") else "="
        pq = _prefix_qualifier(t[max(0, a - 12):a])
        if pq is not None and qualifier == "=":
            qualifier, a = pq[0], a - pq[1]
        out.append(_make(text, view, a, m.end(), value, PERCENT, value, "%", qualifier, None, "share"))
    return out


def _table_cells(text: str, view: textmap.MappedText, read: TableRead) -> list[Quantity]:
    """The numbers of a table flattened into lines, each with its row's unit or its column's % (tables.py), from
    `read`, the view's tables read."""
    out: list[Quantity] = []
    for c in cells(view.text, read):
        spec = parse_unit(c.unit)
        if spec is None:
            continue
        written = float(view.text[c.start:c.end].replace("−", "-").replace("－", "-"))
        measure = "growth" if c.growth else "share" if c.unit == PERCENT else "change" if spec.base == POINTS \
            else "level"
        out.append(_make(text, view, c.start, c.end, written * spec.factor, spec.base, written, c.unit, "=", None,
                         measure))
    return out


def _doublings(text: str, view: textmap.MappedText) -> list[Quantity]:
    """翻番 (2倍), 翻两番 (4倍)."""
    t = view.text
    if "番" not in t:
        return []
    out: list[Quantity] = []
    for m in _DOUBLE.finditer(t):
        if _slogan_doubling(t, m.start(), m.end()):
            continue
        n = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}.get(m.group("n") or "一", 1)
        ratio = float(2**n)
        out.append(_make(text, view, m.start(), m.end(), ratio, MULTIPLE, ratio, "倍", "=", None, "level"))
    return out


def _slogan_doubling(t: str, at: int, end: int) -> bool:
    """Whether 翻番 at [`at`, `end`) is a word of a quoted slogan that says more than the doubling (“四个翻番”,
    “三年翻两番”: a campaign's name), not a doubling the page reports (实现“翻一番” is one)."""
    o = max(t.rfind(q, max(0, at - 8), at) for q in "“‘")
    if o < 0 or not t[o + 1:at].strip() or any(q in t[o:at] for q in "”’"):
        return False
    c = min((i for i in (t.find(q, end, end + 8) for q in "”’") if i >= 0), default=-1)
    return c >= 0 and not re.search(r"[0-9０-９，,。；;\n]", t[o + 1:c])


def _list_fixes(found: list[Quantity], text: str,
                view: textmap.MappedText) -> dict[tuple[int, int], Quantity | None]:
    """What the lists among `found` (bare numbers included) change, by span (None: not a quantity).

    Items joined by 、和及与 are one list: a unit written once after the last item applies to each bare
    item before it (提高0.1和1.2个百分点, 分别拉动2.5个和1.4个百分点), and the sign and measure the words
    before the first item give it hold for each item of its unit (分别回落2.16和1.66个百分点, 分别下降1.2%、1.8%).
    A list that starts with an ordinal (第2、3、5项) is a list of ordinals."""
    starts = [q.start for q in found]
    ends = [q.end for q in found]
    # a cheap test first: only a joining word (and spaces) can stand between two items of a list
    # (in the view's offsets where it dropped characters: 15.1個(gè)、7.9個(gè)百分點 is a list too)
    near = 3 if type(view.origin) is range else _NEAR_WITH_DROPS
    joints = [k for k in range(len(found) - 1) if (0 <= starts[k + 1] - ends[k] <= near
                                                   and _joined(ends[k], starts[k + 1], view))
              or _place_between(found[k], found[k + 1], view)]
    joined = set(joints)
    ordinals = [k for k, at in enumerate(starts) if text[at - 1:at] in _LIST_JOINS
                and k - 1 not in joined and _ordinal_list(view, at)] if "第" in text else []
    fixes: dict[tuple[int, int], Quantity | None] = {}
    for k in ordinals:
        j = k
        while j in joined:
            j += 1
        fixes.update(((q.start, q.end), None) for q in found[k:j + 1])
    k = 0
    while k < len(joints):
        first = last = joints[k]
        while k + 1 < len(joints) and joints[k + 1] == last + 1:
            k += 1
            last = joints[k]
        if (found[first].start, found[first].end) not in fixes:
            _fix_list(found[first:last + 2], view, fixes)
        k += 1
    return fixes


_STRAY_COMMA_JOINS = frozenset({",、", "，、"})
_NEAR_WITH_DROPS = 12  # (how far apart two items of a list may stand in a text whose view drops ruby)


def _joined(end: int, start: int, view: textmap.MappedText) -> bool:
    between = view.text[_view_at(view, end):_view_at(view, start)].strip(" ")
    if between in _STRAY_COMMA_JOINS:
        return True  # (高4.5个,、2个、2.4个百分点: a comma a page's markup left before 、, which no comma precedes)
    if between in ("，", ","):  # (降幅分别为7.5%,7.8%,8.6%: a list after 分别 whose items a comma joins)
        at = _view_at(view, start)
        return _COMMA_LIST.search(view.text, max(0, at - _COMMA_LIST_REACH), at) is not None
    return between in _LIST_JOINS


def _place_between(q: Quantity, after: Quantity, view: textmap.MappedText) -> bool:
    """Whether two gaps to places are one list with the next place's name between them (高于全国3.6个、全省1.4个
    百分点: 4.8个百分点 above the country's; 高于全国0.5、全省2.1个百分点, the first bare): the first's 个, or its
    number alone, is the points the last writes out."""
    if q.written_unit not in ("个", "") or after.written_unit not in ("个百分点", "个点") \
            or not 0 < after.start - q.end <= _PLACE_REACH:
        return False
    return _PLACE_JOINED.fullmatch(view.text[_view_at(view, q.end):_view_at(view, after.start)]) is not None


_PLACE_REACH = 8
_PLACE_JOINED = re.compile(r"[、和及与]\s*(?:全国|全省|全市|全区|全县|全州|[国省市]|[\u4e00-\u9fff]{2,4}?[省市县区州])")
_COMMA_LIST = re.compile(r"分别[^\d，,。；;]{0,6}(?:[\d.]+\s*(?:[%％]|个百分点)\s*[，,]\s*)+$")
_COMMA_LIST_REACH = 80


def _ordinal_list(view: textmap.MappedText, start: int) -> bool:
    at = _view_at(view, start)
    return _ORDINAL_LIST.search(view.text, max(0, at - 24), at) is not None


def _fix_list(items: list[Quantity], view: textmap.MappedText, fixes: dict[tuple[int, int], Quantity | None]) -> None:
    got = list(items)
    carrier: Quantity | None = None
    for k in range(len(got) - 1, -1, -1):  # a unit is written once, after the last item
        if carrier is not None:
            got[k] = _with_unit(got[k], carrier) or got[k]
        carrier = got[k] if got[k].unit else None
    head = got[0]
    if head is not items[0]:  # the first item took its unit from the list: read its own words again
        head = got[0] = _reread(head, view)
    t = view.text
    head_at = _view_at(view, head.start)
    by_word = head.value < 0 and "-" not in t[head_at:head_at + 3] and "负" not in t[head_at:head_at + 3]
    for k in range(1, len(got)):
        q = got[k]
        if q.unit == head.unit and (by_word and q.value > 0 or q.measure != head.measure):
            got[k] = _negated(q, head.measure) if by_word and q.value > 0 else replace(q, measure=head.measure)
    # (分别突破2500亿元、1800亿元和1000亿元: the bound word before the first item is each item's, whatever its unit:
    # 旅游人数、旅游收入分别突破290万人次、15亿元)
    bound = head.qualifier if head.qualifier in _TURNED and not head.raw[:1].isdigit() \
        and _EACH_BEFORE.search(t, max(0, head_at - 3), head_at) else ""
    for k in range(1, len(got)) if bound else ():
        if got[k].qualifier == "=":
            got[k] = replace(got[k], qualifier=bound)
    for old, new in zip(items, got, strict=True):
        if new is not old:
            fixes[(old.start, old.end)] = new


def _with_unit(q: Quantity, carrier: Quantity) -> Quantity | None:
    """A bare list item with the unit written after the list (0.1和1.2个百分点: 0.1个百分点; 5和10亿元:
    5亿元; 5万和10万吨: 5万吨), or None when it has its own."""
    written = carrier.written_unit
    if q.written_unit == "个" and written in ("个百分点", "个点"):
        unit = written
    elif q.unit or not written:
        return None
    elif q.written_unit == "":
        unit = written
    else:  # the item's own multiplier, the carrier's unit word: 5万 and 10万吨
        unit = next((q.written_unit + written[k:] for k in range(len(written), -1, -1)
                     if all(c in MULTIPLIERS for c in written[:k])
                     and (s := parse_unit(q.written_unit + written[k:])) is not None and s.base == carrier.unit),
                    "")
        if not unit:
            return None
    spec = parse_unit(unit)
    if spec is None or spec.base != carrier.unit:
        return None
    value = q.written_value * spec.factor
    high = None if q.value_high is None or not q.value else q.value_high / q.value * value
    return replace(q, value=tidy(value), value_high=None if high is None else tidy(high), unit=spec.base,
                   written_unit=unit)


def _reread(q: Quantity, view: textmap.MappedText) -> Quantity:
    """A quantity's sign and measure read again for the unit it took from its list (低于…19.9、22.8个百分点)."""
    t = view.text
    at = _view_at(view, q.start)
    while at < len(t) and not t[at].isdigit():  # past a qualifier word or sign to the number
        at += 1
    measure = _measure(t, at, q.unit)
    if q.value > 0 and _falls(t, at, q.unit, q.qualifier != "="):
        return _negated(q, measure)
    return replace(q, measure=measure)


def _negated(q: Quantity, measure: str) -> Quantity:
    """A fall as a negative growth, its bound turned with it (降低2.5%以上: at most −2.5%)."""
    return replace(q, value=-q.value, written_value=-q.written_value,
                   value_high=None if q.value_high is None else -q.value_high, measure=measure,
                   qualifier=_TURNED.get(q.qualifier, q.qualifier))


_TURNED = {">": "<", ">=": "<=", "<": ">", "<=": ">="}
_EACH_BEFORE = re.compile(r"分别$")


def _with_fixes(qs: list[Quantity], fixes: dict[tuple[int, int], Quantity | None],
                promote: bool = False) -> list[Quantity]:
    """`qs` with the list fixes; with `promote`, also the bare items that took a unit from their list
    (the plain reading has no bare numbers), unless a quantity of `qs` holds part of one."""
    kept = [q for q in (fixes.get((q.start, q.end), q) for q in qs) if q is not None]
    if not promote:
        return kept
    have = {(q.start, q.end) for q in qs}
    starts = [q.start for q in kept]
    added = []
    for span, q in fixes.items():
        if q is None or not q.unit or span in have:
            continue
        i = bisect.bisect_left(starts, q.start)
        if not any(p.start < q.end and p.end > q.start for p in kept[max(0, i - 1):i + 1]):
            added.append(q)
    return sorted(kept + added, key=_start) if added else kept


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
    if unit_class(base) == "duration" and _RUN_OF.search(before):
        return "level"  # (已连续下跌3个月: how long it ran, not by how much; 周转天数减少1.1天 is a change)
    before = _QUALIFIED.sub("", before.rstrip()).rstrip()  # (增产近 17万吨: the change is about 17万吨)
    # (增产7.4万吨, 增產, 涨80元/吨)
    if before[-1:] in "加少多了高低增减收产產涨跌漲量为是达到出长降" and _CHANGE_BEFORE.search(before) \
            or _MORE_SINCE.search(before):
        return "change"
    return "level"
