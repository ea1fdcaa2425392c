"""Where a text's clauses, sentences, list items, headlines and notes are (_Layout, found once), and where the
words that may name a value start and end.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

from ...core.chars import FULL_STOP, HAN, SENTENCE_BREAK, SENTENCE_END
from ...core.regex import Anchored
from ...core.wraps import line_wraps
from ..asides import aside_at, parts_listed
from ..kinds import NOT_HEADLINE, Kinds
from ..periods import Period
from ..spans import span_end, span_start, start_after
from ..tables import CellWords, TableRead, captions, cell_words, grid_words
from .text import _pairs, blank
from .words import has_subject, indicator_words, measured

    # 增加值分別增长… where the list is read wrong): its words do not say whose it is


def _values_listed(text: str, at: int) -> bool:
    """Whether the comma at `at` joins two values of a 分别 list (降幅分别为7.5%,7.8%,8.6%; 分别新增25家、15家,14家:
    a slip for 、): values of one unit on both sides, and 分别 before the run they are in; no clause's end."""
    found = _UNIT_ENDING.search(text, max(0, at - _UNIT_LONGEST - 1), at)
    if found is None:
        return False
    unit = found.group(1)
    number_end = _number_end(text, at + 1)
    # (the value after it is of that unit and stands alone, as a list's last does: not 分别达4家、50家,8家企业进入…,
    # a clause of its own)
    if not text.startswith(unit, number_end) or text[number_end + len(unit):number_end + len(unit) + 1] \
            not in _LIST_VALUE_ENDS:
        return False
    run = re.compile(rf"分别[^\d，,。；;]{{0,6}}(?:[\d.]+{re.escape(unit)}[、，,])+\d$")
    return run.search(text, max(0, at - _LISTED_REACH), at + 2) is not None


def _number_end(text: str, at: int) -> int:
    """Where the number written at `at` ends (`at` itself where none is)."""
    m = _NUMBER.match(text, at)
    return m.end() if m is not None else at


_UNIT_LONGEST = 3
_LIST_VALUE_ENDS = frozenset("、，,；;。和及\n") | {""}
_UNIT_ENDING = re.compile(rf"\d([%％]|[万亿]?元|[{HAN}]{{1,{_UNIT_LONGEST - 1}}})$")
_NUMBER = re.compile(r"\d[\d.]*")
_LISTED_REACH = 80
# A name right after a value, with its own change, no stop between (…下降32%食品制造业下降23.4%): a name of an
# industry or a measure; not 由…下降1.8%转为增长4.4%, a turn of the same one.
# (…同比增长6%社会消费品零售总额完成17亿元: a name and its verb of an amount, too)
_RUN_ON_NAME = rf"(?![以左的和及与或至到上下多强点个转])[{HAN}]{{1,18}}(?:[业品量额值入]|投资|外资)" \
    r"(?:(?:同比)?(?:增长|下降)|完成|实现|达到?)\d"
_RUN_ON = re.compile(_RUN_ON_NAME)
# (an opening bracket before 其中, or right after a value and before a list, starts a breakdown's clause:
# 在建项目68个（其中省重点项目9个、…）, 建设项目27项（省级6项、市级5项）; not a note: 完成360亿元(下达任务325亿元))
_CLAUSE = re.compile(rf"[{SENTENCE_END}，,：:\n]|[（(](?=其中)"
                     r"|(?:(?<=\d[个项家台户座条套件%])|(?<=\d[万亿]元))[（(](?=[^（）()，,。]{1,60}、)"
                     # (a title's two statements a space apart: 规模以上工业增加值同比增长7.2% 汽车制造业领涨19.8%)
                     rf"|(?:(?<=\d[%％个项家台户座条套件])|(?<=\d[万亿]元)|(?<=\d元))[ \u3000\u00a0]+(?=[{HAN}])"
                     # (非金属矿物制品业下降32%食品制造业下降23.4%: a name right after a percent, no stop between;
                     # the percent sign ends the clause, and the words after it are the next value's)
                     r"|(?<=\d)[%％](?=" + _RUN_ON_NAME + ")"
                     # (a page that lost its stops: …低于全市增速4.7个百分点法库县实现…; …增长0.4%其中，…: points end
                     # their clause, and 其中 opens one)
                     # (the sign or 点 is the clause's end, as a percent before a run-on name is; not 百分点缩小至…,
                     # a change's start)
                     rf"|(?<=百分)点(?=(?![以左的和及与或至到上下多强缩扩提降增减回收升加])[{HAN}])"
                     r"|(?<=\d)[%％](?=其中|全[省市县区州]|我[省市县区州])")  # (…下降5.2%全市规上工业实现…)
# (searched from the characters a clause's end can be, core/regex.Anchored: its lookbehinds would have the engine try
# every alternative at every character of the text)
_CLAUSE_AT = Anchored(_CLAUSE, rf"{SENTENCE_END}，,：:\n（( \u3000\u00a0%％点")
# (a table's rows run into one line, cells parted by bars: a bar after a number and before a name ends a row, as a
# line's end does, so no row's words are carried to the next: | 18.7 | 销售产值 | 299736)
_ROW_RUN_ON = re.compile(rf"(?<=\d)[ \t]*[|｜](?=[ \t]*[{HAN}])")
_FULL_STOP = re.compile(rf"[{FULL_STOP}\n]")


# Words that name what is measured, whether or not _HEAD_KIND knows them (工业投资 is a measure of its own).
# A heading naming a field's production (工业生产, 农业生产: 生产 read as 产量 by indicator_words), no measure.
_FIELD_PRODUCTION = re.compile(r"(?:全[省市区县])?(?:规上|规模以上)?(?:工业|农业|工农业)产量(?:情况)?")


def _around(text: str, plain: str, item_ends: Sequence[int], at: tuple[int, int, int, int, int],
            cell: CellWords | None, notes: Sequence[tuple[int, int]] = ()) -> tuple[str, str, str, str]:
    """The words before and after the value at [a, b) that may name it (periods blanked), the two as shown,
    and those before as written: those of its item (see _item), or, for a flattened table's cell, its
    row's name and its column's heading."""
    a, b, c0, c1, last_end = at
    if cell is not None:
        return cell.own, "", cell.own, cell.own
    i0, i1 = _item(text, item_ends, a, b, c0, c1, last_end)
    i0, i1, lists = _beside_asides(text, item_ends, notes, (a, b, i0, i1))
    plain = blank(plain, lists) if lists else plain
    # (已形成850万吨氯化钾、430万吨纯碱、30万吨氯化钙等产能: what the list's last item says after 等 is each item's)
    shared = _LIST_TAIL.search(plain, i1, c1) if i1 < c1 and plain[i1:i1 + 1] == "、" else None
    tail = shared.group(1) if shared is not None else ""
    # (98家企业分布前三位行业分别为食品加工业、…: the parts the whole splits into are none of its name)
    parts = _PARTS_ANNOUNCED.search(plain, b, i1)
    i1 = parts.start() if parts is not None else i1
    return plain[i0:a], plain[b:i1] + tail, (text[i0:a] + "…" + text[b:i1]).strip("…"), text[i0:a]


def _beside_asides(text: str, item_ends: Sequence[int], notes: Sequence[tuple[int, int]],
                   at: tuple[int, int, int, int]) -> tuple[int, int, list[tuple[int, int]]]:
    """The reach [i0, i1) of the words of a value at [a, b) that stands in no aside (`notes`, numbers/asides), read
    past the asides around it, and the asides before it that list parts (to be blanked): an aside qualifies the
    words before it and is none of the sentence's structure, so the words after a value stop where one opens right
    after it (完成27亿元【全年目标是35亿元】: its goal is none of 27亿元's words), a 、 inside one starts no item of the
    sentence's list (全市新签约项目(…工业项目、…其它项目)161个: the count is of the projects named before the bracket),
    and the parts it lists are no words of the whole it stands after."""
    a, b, i0, i1 = at
    if not notes or aside_at(notes, a) is not None:
        return i0, i1, []
    # (only one opened right after the value: a bracket further on stands in the words' own name, 总投资50亿元的
    # 中林(镇江)产业城, 123家规上企业(项目)春节期间…, which go on past it)
    k = bisect.bisect_left(notes, (b, -1))
    if k < len(notes) and notes[k][0] == b:
        i1 = b
    inside = aside_at(notes, i0)
    if inside is not None and inside[1] <= a:
        i0 = max(start_after(text, inside[0], _WORDS_STOPS), span_start(item_ends, inside[0]), a - WORDS_BEFORE)
    return i0, i1, [n for n in notes if i0 <= n[0] and n[1] <= a and parts_listed(text, n)]


_WORDS_STOPS = "，,；;。：:\n"
_PARTS_ANNOUNCED = re.compile(r"分布|分别为|分别是|依次为|依次是|主要集中")


# A count written before its noun (12个集中开工项目), and the join that opens the next such item (和12个).
# (a count, however near: 约30个, 20个左右, 10个以上)
_COUNTED_THINGS = r"(?:约|近|超过|超|逾)?[\d.]+(?:个|家|项|户|座|条|宗)(?:左右|以上|多)?"
_COUNT_BEFORE_NOUN = re.compile(_COUNTED_THINGS + r"[\u4e00-\u9fff]{2}")
# A stage and a count of it right after a count's noun (500个重点工业项目开工450个, 竣工120个): what the next value
# counts, none of the words of the count before it.
_STAGE_COUNTED = re.compile(r"(?:已|累计|共|已累计)?(?:新开工|开工|开复工|复工|竣工|完工|投产|建成|签约|落地|在建)"
                            r"\d")
_NEXT_COUNTED = re.compile(rf"[和及与](?={_COUNTED_THINGS}[\u4e00-\u9fff])")
def _first_reach(text: str, c0: int, a: int) -> int:
    """Where the words of a clause's first value at `a` may start: WORDS_BEFORE back, or the clause's start `c0`
    where examples listed to 等 right before the value fill the reach (新增甲科技有限公司、乙材料有限公司…等42家…:
    the names are as long as they are; what the count counts, new or not, is written before them)."""
    if a - WORDS_BEFORE > c0 and a - c0 <= _EXAMPLES_REACH and _EXAMPLES_BEFORE.search(text, c0, a):
        return c0
    return max(c0, a - WORDS_BEFORE)


# Examples named before the count they are of, to 等 right before it (甲公司、乙公司等42家).
_EXAMPLES_BEFORE = re.compile(r"、[^，,；;。、]{2,30}等$")
_EXAMPLES_REACH = 120  # (three times WORDS_BEFORE: a list of a few firms or projects, not a paragraph)
_LIST_TAIL = re.compile(r"(?<![中高平同对均初超上下次])等([\u4e00-\u9fff]{1,6})$")  # (not 中等职业学校)


def _label_start(plain: str, clause_ends: Sequence[int], c0: int, a: int, last_end: int) -> int:
    """Where the words naming the value at `a` start: its clause's start `c0`, or, where the clause opens with
    the value after a label and its colon (主特产业主营业务收入：35.37亿元), the label's; not a frame (分行业看：,
    主要指标如下：) nor after a value in the label's clause."""
    if c0 == 0 or plain[c0 - 1] not in "：:" or indicator_words(plain[c0:a]):
        return c0
    l0 = span_start(clause_ends, c0 - 1)
    label = plain[l0:c0 - 1]
    if last_end >= l0 or len(label.strip()) > _LABEL_MAX or _LABEL_FRAME.search(label) \
            or not has_subject(indicator_words(label)):
        return c0
    return l0


_LABEL_MAX = 20
_LABEL_FRAME = re.compile(r"(?:看|如下|情况|包括|为|是|有|其中|主要指标|指标)\s*$")


def _item(text: str, item_ends: Sequence[int], a: int, b: int, c0: int, c1: int, last_end: int) -> tuple[int, int]:
    """Where the words that may name the value at [a, b) start and end: its clause, bounded by
    WORDS_BEFORE and WORDS_AFTER; in a list (工业投资增长34%以上、技改投资增长20%以上) its item, after the 、
    or the 和 that follows the value before."""
    i0 = max(c0, span_start(item_ends, a), a - WORDS_BEFORE) if last_end >= c0 else _first_reach(text, c0, a)
    if last_end >= c0 and text[last_end:last_end + 1] in ("和", "及", "与") \
            and not text[last_end + 1:last_end + 2].isdigit():
        i0 = max(i0, last_end + 1)  # …企业274家和国家级…企业40家: 和 right after a value starts an item
    if last_end >= c0 and text[last_end:a] in ("和", "及", "与", "、", "以及"):
        i0 = a  # 分别为8.2亿元、6.5亿元和3.8亿元: a value joined to the one before has no words of its own
    elif last_end >= c0 and text[a - 1:a] in ("和", "及", "与", "、") and _COUNT_BEFORE_NOUN.match(text, a, b + 2):
        i0 = a  # (8个市重点项目和12个集中开工项目: a count before its noun opens its item, its words after it)
    elif last_end >= c0 and (m := _NOUN_AFTER.match(text, last_end, a)) and m.end() < a:
        i0 = m.end()  # (贡献了40%的工业产值和54%的税收: the words of 54% start after the noun 40% is of)
    elif last_end >= c0 and _breaks_down(text, last_end):
        i0 = last_end + 1  # (企业40家(超亿元企业9家): a count in brackets right after a value is named inside them)
    if _breaks_down(text, b) or _SHARE_ASIDE.match(text, b):
        return i0, b  # (…and the value before them is not named by what they hold; nor by a share of it there)
    run_on = text[b - 1:b] in ("%", "％") and _RUN_ON.match(text, b) is not None
    i1 = b if _joined(text, b) or run_on else min(c1, span_end(item_ends, b, len(text)), b + WORDS_AFTER)
    if (m := _NEXT_COUNTED.search(text, b, i1)) is not None:
        i1 = m.start()  # (8个市重点项目和12个…: the next count opens the next item)
    if (m := _STAGE_COUNTED.search(text, b, i1)) is not None:
        i1 = m.start()  # (500个重点工业项目开工450个: the 500 are the projects, the 450 those started)
    if (m := _NOUN_AFTER.match(text, b, i1)) is not None:
        i1 = m.end()  # (40%的工业产值: what the value is of, written right after it)
    return i0, i1


# Brackets right after a value that name a part of it and give its count (40家(超亿元企业9家)): a breakdown; not a
# goal's or a base's note on it (32家(上饶下达任务27家), 12家(上年同期9家)).
# (not a goal's or a base's note on a value: 32家(上饶下达任务27家), 12家(上年同期9家))
_NOT_A_NOTE = r"(?![^（）()]*(?:任务|目标|计划|下达|同期|上年|去年|全省|全市))"
_BREAKDOWN_BRACKET = re.compile(rf"[（(]{_NOT_A_NOTE}"
                                r"[\u4e00-\u9fff]{2,12}\d+(?:\.\d+)?(?:个|家|项|户|座|条)[）)]")
# The same with several parts, counts alone (58个（新开工34个，续建24个）): the clause after it is of the whole.
_COUNTS_BRACKET = re.compile(rf"[（(]{_NOT_A_NOTE}"
                             r"(?:[\u4e00-\u9fff]{1,8}\d+(?:个|家|项|户|座|条)[，,、；;]?){2,6}[）)]")


# A part of the value before, in brackets right after it (总产值182.7亿元（其中出口交货值56.3亿元），增长5.1%): an
# aside; the clause after it is of the value before.
_PART_ASIDE = re.compile(r"[（(]其中[^（）()\n，,；;。\d]{1,20}\d[^（）()\n，,；;。]{0,12}[）)]")


def _breaks_down(text: str, at: int) -> bool:
    """Whether brackets opening at `at`, right after a value, break it down into parts (see _BREAKDOWN_BRACKET,
    _PARTS_BRACKET)."""
    return _BREAKDOWN_BRACKET.match(text, at) is not None or _PARTS_BRACKET.match(text, at) is not None


# Brackets right after a value that break it down into parts, each with its words and value (投资5.62亿元(新开工项目
# 14个，完成投资3.41亿元；技改项目9个，完成投资2.21亿元)): the value before them is not named by what they hold, and
# their first value by nothing before them. Not a goal's or a base's note (see _BREAKDOWN_BRACKET).
_PARTS_BRACKET = re.compile(rf"[（(]{_NOT_A_NOTE}"
                            r"[一-鿿]{2,16}[^（）()\n]{0,60}[；;，,][^（）()\n]{0,60}\d[^（）()\n]{0,60}[）)]")
# A bracket that holds a 分别 clause of its own, with its values: its edges end clauses.
_RESPECTIVE_ASIDE = re.compile(r"[（(][^（）()\n]{2,40}分别[^（）()\n]{0,40}\d[^（）()\n]{0,40}[）)]")
# A share of the value before, in brackets right after it (138.77亿元(占规上工业比重84.3%)): an aside, no words of
# that value nor of the values after it.
_SHARE_ASIDE = re.compile(r"[（(]占[^（）()\n]{0,24}?\d+(?:\.\d+)?[%％][）)]")
_AFTER_VALUE = re.compile(r"[\d元个家户项%％吨]$")  # (what a value ends with, right before such an aside)
# A clause that remarks on the subject of the clause before it, a milestone passed (首次突破400亿元大关, 成功突破千亿元
# 大关, 跨越2个百亿级台阶) or a run kept up (连续11个月保持两位数增长, 连续3年位居全省前列): an aside whose number names
# nothing after it. The values after it are still that subject's (…，同比增长6.2%，高于全省增速1.9个百分点), not the
# milestone's or the run's. (Only a milestone written as one, 大关 or 台阶, and a run with no other number in its
# clause.)
_REMARK_ASIDE = re.compile(r"(?<=[，,])(?:(?:首次|成功|一举|历史性地?)?(?:突破|跨越|迈上|站上|跨上|迈过)"
                           r"[^，,。；;\n]{0,12}?(?:大关|台阶)"
                           r"|连续\d+(?:个月|年|个季度)[^，,。；;\n\d]{0,16})(?=[，,])")
# A noun a share is of, written after it (40%的工业产值, 54%的税收), to the word that joins the next item.
_NOUN_AFTER = re.compile(r"(?:(?<=[%％成])|(?<=[%％成]以上)|(?<=[%％成]左右))"
                         r"的[^、和及与，,；;。：:\d%％]{2,12}?(?=[、和及与，,；;。：:\d]|贡献|创造|实现|带动|$)")


def _remarks(text: str) -> list[tuple[int, int]]:
    """The milestones and runs remarked between a value and the next (完成410.6亿元，首次突破400亿元大关，同比增长6.2%):
    no subject of the values after them (see _REMARK_ASIDE); each starts one before its clause, as asides are tested
    strictly inside."""
    return [(m.start() - 1, m.end()) for m in _REMARK_ASIDE.finditer(text)]


def _joined(text: str, b: int) -> bool:
    """Whether a list's joining word follows the value ending at `b` (…企业274家和国家级…企业40家): the
    words after it name the next value, not this one."""
    return text[b:b + 1] in ("和", "及", "与", "、")


# A threshold glossed in brackets inside a name, the name going on right after it (规模以上(年主营业务收入2000万元
# 及以上)工业产值, 规模以上工业（年主营业务收入2000万元及以上工业企业）增加值).
_GLOSS = re.compile(r"[（(]年?(?:主营业务收入|营业收入|销售收入|产值|营收)[^（）()\n，,。；;]{0,16}?以上"
                    r"[^（）()\n，,。；;]{0,8}[）)](?=[\u4e00-\u9fff])")


def _comma_clause_ends(text: str) -> list[int]:
    """Where a text's clauses end, by their punctuation: not at a comma that is a slip inside a list, one inside a
    note in brackets, nor the comma after what a value leaves out."""
    # (a comma before or after 、 is an OCR or typing slip inside a list, not a clause's end: 化工,、装备)
    # (nor a comma inside a note in brackets that holds no value: 市级(不含杭州湾新区,下同)实现…)
    # (nor the comma after what a value leaves out, 剔除龙腾集团后，10月产值增长9.7%: its words, not a subject)
    excluded = {m.end() - 1 for m in _EXCLUDING_OPENING.finditer(text)} if _LEAVING_OUT.search(text) else set()
    return [m.start() for m in _CLAUSE_AT.finditer(text)
            if m.start() not in excluded
            and not (text[m.start()] in "，," and ("、" in text[max(0, m.start() - 1):m.start() + 2]
                                                 or _values_listed(text, m.start())
                                                 or _in_a_note(text, m.start())))]


class _Layout:
    """Where a text's clauses, sentences, list items, target words and periods are, found once."""

    __slots__ = ("clause_ends", "sentence_ends", "full_stops", "item_ends", "plain", "kinds", "sentence_starts",
                 "free", "free_ends", "free_read", "cells", "header", "line_starts", "sections_read", "glosses",
                 "asides")

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], found: Sequence[tuple[int, int, Period]],
                 goals: list[tuple[int, int]], table: TableRead | None = None) -> None:
        """`goals`: the sentences of `text` that set goals and name them at their end (kinds.goal_sentences), as the
        reading found them for its years; `table`: the parse's reading of the tables (see Reading)."""
        self.clause_ends = _comma_clause_ends(text)
        rows = [m.start() for m in _ROW_RUN_ON.finditer(text)] if "\n" in text else []
        # (a 分别 clause in brackets, an aside of its own: (规模工业增加值、工业开票销售增幅分别高于全省5.3、13.2个…))
        asides = [x for m in _RESPECTIVE_ASIDE.finditer(text) for x in (m.start(), m.end() - 1)]
        # (a line hard-wrapped inside a clause, as text copied from a PDF is: …，同比增长⏎3.8%，… ends nothing)
        wraps = set(line_wraps(text)) if "\n" in text else set()
        self.clause_ends = sorted([x for x in self.clause_ends if x not in wraps] + rows + asides)
        self.sentence_ends = sorted([m.start() for m in SENTENCE_BREAK.finditer(text) if m.start() not in wraps] + rows)
        # (nor is a wrapped line's end a full stop: 预计全年…增长8.3%；…⏎…；…。 is one sentence, its forecast over
        # all of it)
        self.full_stops = sorted([m.start() for m in _FULL_STOP.finditer(text) if m.start() not in wraps] + rows)
        # (a 、 inside brackets, 县(市、区), parts no list)
        self.item_ends = [m.start() for m in _ITEM.finditer(text) if not _bracketed(text, m.start())]
        # (a threshold glossed inside a name, 规模以上(年主营业务收入2000万元及以上)工业产值: no words of it)
        self.glosses = [(m.start(), m.end()) for m in _GLOSS.finditer(text)]
        # (a share in brackets right after a value, 138.77亿元(占规上工业比重84.3%): an aside; and a part's count, 重大
        # 招引项目88个(其中场内签约项目61个)，计划总投资642.3亿元: the 88 projects' plan, not the part's)
        self.asides = [(m.start(), m.end()) for pattern in (_SHARE_ASIDE, _BREAKDOWN_BRACKET, _COUNTS_BRACKET,
                                                             _PART_ASIDE)
                       for m in pattern.finditer(text) if _AFTER_VALUE.search(text, max(0, m.start() - 1), m.start())]
        self.asides += _remarks(text)
        # (periods are not indicator words; the spans in order, as blank reads them)
        self.plain = blank(text, sorted([(a, b) for a, b, _ in found] + self.glosses))
        self.kinds = Kinds(text, self.full_stops, goals)
        # the cells of tables flattened into lines, by where each starts, and the values captioned on lines above
        self.cells = {**captions(text, spans), **grid_words(text, spans), **cell_words(text, table)}
        # (a page's headline lines are what all of it is about, as numbers/topic.py reads them: not the
        # clauses read before its first values, whose words they would lend as if they were a heading's)
        self.header, body = header_lines(text, spans)
        self.free = [f for f in _free_clauses(self.plain, self.clause_ends, spans) if f[0] >= body]
        self.free_ends = [b for _, b in self.free]
        self.free_read: dict[int, frozenset[str]] = {}
        self.line_starts: list[int] = []  # where each line starts, found on first use
        # a line's numbered heading: its end, its words, whether it is a report's point (一是…。)
        self.sections_read: dict[int, tuple[int, str, bool] | None] = {}
        # the index of each sentence's first span: a sentence's ties are read together
        self.sentence_starts: list[int] = []
        last = None
        for n, (a, _) in enumerate(spans):
            s0 = span_start(self.sentence_ends, a)
            if s0 != last:
                self.sentence_starts.append(n)
                last = s0


    def in_gloss(self, at: int) -> bool:
        """Whether `at` is inside a threshold glossed in brackets inside a name (see _GLOSS)."""
        return any(g0 < at < g1 for g0, g1 in self.glosses)

    def in_aside(self, at: int) -> bool:
        """Whether `at` is inside a share or a part's count in brackets right after the value before (see
        _SHARE_ASIDE, _BREAKDOWN_BRACKET)."""
        return any(g0 < at < g1 for g0, g1 in self.asides)

    def set_apart(self, at: int) -> bool:
        """Whether the value at `at` is set apart from the values after it: inside a gloss or an aside."""
        return self.in_gloss(at) or self.in_aside(at)

    def context(self, at: int) -> frozenset[str]:
        """The pairs of the clauses with no value of their own within CONTEXT before `at`: a heading
        (1~2月全省工业园区), a scope (全省技改投资中，) that the values after it are read under."""
        i = bisect.bisect_right(self.free_ends, at - CONTEXT)
        read: list[tuple[frozenset[str], int]] = []  # each clause's pairs, and the numbering it heads with (or -1)
        while i < len(self.free) and self.free[i][0] < at:
            a, b = self.free[i]
            numbered = _NUMBERED.match(self.plain, a, b)
            style = next((n for n, g in enumerate(numbered.groups()) if g), -1) if numbered else -1
            if style >= 0:
                # (二、工业投资 ends the section 一、 opened: neither its heading nor its clauses are read after it)
                ended = [n for n, (_, k) in enumerate(read) if k == style]
                del read[ended[-1] if ended else len(read):]
            elif self._opens_on_topic(a, b):
                read.clear()  # (…。⏎工业投资方面，全区…: a paragraph that names its topic leaves the one before)
                style = _TOPIC
            elif self._topic_of_a_part(a, b):
                # (在重点技改方面，全市60个项目…；在两化融合方面，112个项目…: a sentence or ；-part that names its topic
                # leaves the topic before it, not the heading both are under)
                read = [(g, k) for g, k in read if k != _TOPIC]
                style = _TOPIC
            read.append((self._free_pairs(i), style))
            i += 1
        return frozenset().union(*(g for g, _ in read)) | self._section_named(at) | self._paragraph_named(at)

    def _opens_on_topic(self, a: int, b: int) -> bool:
        """Whether the free clause [a, b) opens its line and names its topic (工业投资方面，…; “个转企”方面，…)."""
        line = self.plain.rfind("\n", 0, a) + 1
        return not self.plain[line:a].strip() and _TOPIC_OPENING.fullmatch(self.plain[a:b].strip()) is not None

    def _topic_of_a_part(self, a: int, b: int) -> bool:
        """Whether the free clause [a, b) opens a sentence or a ；-part and names its topic (…；在两化融合方面，…)."""
        before = self.plain[self.plain.rfind("\n", 0, a) + 1:a].rstrip()
        return before[-1:] in ("；", ";", "。") and _TOPIC_OPENING.fullmatch(self.plain[a:b].strip()) is not None

    def _paragraph_named(self, at: int) -> frozenset[str]:
        """The pairs of the programme named in quotes that the paragraph of `at` opens with (“老字号”新建和续建项目
        18个…。储备项目5个…。目前已经完成投资5.07亿元。): what every value of the paragraph is of."""
        start = self.plain.rfind("\n", 0, at) + 1
        m = _QUOTED_OPENING.match(self.plain, start, at)
        return _pairs(indicator_words(m.group(1))) if m else frozenset()

    def section_measure(self, at: int) -> str:
        """What a numbered heading opening the value's paragraph says is measured (二、工业用电量：… → 用电量), ""
        when none does."""
        found = self._section(at)
        # (一、工业生产: the field's activity, whose values are its value added, no output volume: 生产 names a
        # measure only of a product's heading, 二、主要产品产量; nor does a report's point, 一是工业投资提速。)
        if found is None or found[1]:
            return ""
        return measured(found[0]) if not _FIELD_PRODUCTION.fullmatch(found[0]) else ""

    def _section_named(self, at: int) -> frozenset[str]:
        """The pairs of what a numbered heading opening the value's paragraph names ((一)固定资产投资。1-6月份
        完成…，增速前三位的县是：鸡泽县29.5%…): the whole paragraph is of it, however far the value is."""
        found = self._section(at)
        return _pairs(found[0]) if found is not None and has_subject(found[0]) else frozenset()

    def _section(self, at: int) -> tuple[str, bool] | None:
        """The indicator words of the numbered heading opening the paragraph of `at`, when one does before `at`, and
        whether it is a report's numbered point (一是…。); read once a paragraph (its start found by bisection: a page
        of one long line stays linear)."""
        if not self.line_starts:
            self.line_starts.extend([0] + [m.end() for m in re.finditer("\n", self.plain)])
        start = self.line_starts[bisect.bisect_right(self.line_starts, at) - 1]
        if start not in self.sections_read:
            m = _SECTION_OPENING.match(self.plain, start)
            self.sections_read[start] = (m.end(), indicator_words(m.group(2)), bool(m.group("point"))) \
                if m is not None else None
        found = self.sections_read[start]
        return (found[1], found[2]) if found is not None and found[0] <= at else None

    def _free_pairs(self, i: int) -> frozenset[str]:
        """The pairs of free clause `i`, read on first use (most of a page's clauses are near no value)."""
        got = self.free_read.get(i)
        if got is None:
            a, b = self.free[i]
            got = self.free_read[i] = _pairs(indicator_words(self.plain[a:b]))
        return got


# A numbered heading a paragraph opens with, and the short name it gives before its full stop or colon; or a
# work report's numbered point, a short sentence of its own (一是新材料产业成效显著。), which names what the paragraph
# is of but is no heading that says what it measures.
_SECTION_OPENING = re.compile(r"[ \t\u3000]*"
                              r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．]"
                              r"|(?P<point>[一二三四五六七八九十]是))\s*"
                              r"([^。：:\n，,；;]{2,16})[。：:]")
_BODY_LINE = re.compile(f"[{SENTENCE_END}，,：:]")  # a line with a clause's end is the body's, not the header's
_HEADLINE_MAX = 60  # a headline is short; a longer line is body text
# A headline that opens with the place or park it is about and a colon (雅安经开区：一季度多项经济指标增长强劲,
# 高新区：前三季度主要经济指标稳中有进): the colon ends no clause, the name is the headline's subject. Not a page's
# label of where it is filed (所属地区：湖南-长沙-长沙县).
_NAMED_BY_COLON = re.compile(r"^(?!所属|所在|归属)[\u4e00-\u9fff·]{1,10}(?:区|县|市|州|园)\s*[：:]")
_TABLE_HEADING = re.compile(r"^(?:计量)?单位$|单位\s*[|｜\t]|\t")  # (a table's headings, cell by cell or in a row)
_HEADER_MAX = 600  # how far into the page the header may reach


def _top_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """The lines of a page's top (its first _HEADER_MAX characters): start, end and the line stripped."""
    at = 0
    while at < min(len(text), _HEADER_MAX):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield at, end, text[at:end].strip()
        at = end + 1


def header_lines(text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """The spans of a scraped page's headline lines (the site's name, the title: short lines above the first
    sentence, crumbs and the date line left out), and where its body starts (0 where it has no header)."""
    starts = [a for a, _ in spans]
    lines: list[tuple[int, int]] = []
    body = 0
    for at, end, line in _top_lines(text):
        body = at
        if bisect.bisect_left(starts, at) < bisect.bisect_left(starts, end) or _TABLE_HEADING.search(line):
            break  # (a line with a value, a table's row among them, or its headings, is the body's)
        if line and not NOT_HEADLINE.search(line):
            if len(line) > _HEADLINE_MAX or _BODY_LINE.search(_NAMED_BY_COLON.sub("", line)):
                break
            lines.append((at, end))
        body = end + 1
    return lines, (body if lines else 0)


def title_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the short lines above a page's first sentence that are neither crumbs, date lines nor a
    table's (庆阳市在第三十届兰洽会上签约项目48个 签约总额三百八十六点五亿元): its title, which restates figures
    the body gives with what they are of."""
    out: list[tuple[int, int]] = []
    for at, end, line in _top_lines(text):
        if _BODY_LINE.search(line) or _TABLE_HEADING.search(line) or "|" in line or len(line) > _HEADLINE_MAX:
            break
        if line and not NOT_HEADLINE.search(line):
            out.append((at, end))
    return out


def _free_clauses(plain: str, clause_ends: Sequence[int], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of `plain` that hold no quantity span and some word (one merge pass)."""
    out: list[tuple[int, int]] = []
    k, start = 0, 0
    for end in [*clause_ends, len(plain)]:
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if not (k < len(spans) and spans[k][0] < end) and end > start:
            out.append((start, end))
        start = end + 1
    return out


_ITEM = re.compile("[、]")


# The words that take a part out of a value (剔除…后, 除…外) and that leave one out of its count (不含…), read by the
# judge too.
TAKING_OUT = r"剔除|扣除|除去|刨除|去除|除了?"
NOT_COUNTING = r"不含|不包括|不计"
# What a value's clause leaves out, opening a clause of its own (剔除龙腾集团后，; 除石化行业外，; 不含烟草行业，); not
# 扣除价格因素后, how it is measured, nor 除此之外, a link between sentences, nor 4个产业除了纺织外，其余…, a list's.
_EXCLUDING_OPENING = re.compile(r"(?:(?<=[，,。；;：:\n])|^)\s*"
                                # (its clause's period before it: 1—9月不含烟草行业，…)
                                r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}\s*[-—–~至]\s*\d{1,2}月份?|前三季度|上半年|一季度)?"
                                rf"(?:(?:{TAKING_OUT})(?!此|价格)"
                                rf"[^，,。；;\d\n]{{1,20}}?(?:后|外|以外)|(?:{NOT_COUNTING})[^，,。；;\d\n]{{1,20}}?)[，,]")
# (a word every match of it holds, 除 of each TAKING_OUT: a page with none, most pages, is not searched for one, which
# its opening lookbehind would have the engine try at every character)
_LEAVING_OUT = re.compile("除|不含|不包括|不计")


def _in_a_note(text: str, at: int) -> bool:
    """Whether `at` is inside a note in brackets that holds no number (不含宁波杭州湾新区,下同), closed within a
    short reach on the same line."""
    lo = max(0, at - _NOTE_REACH)
    before = text[lo:at + 1]
    if "（" not in before and "(" not in before:
        return False  # (a note opens with a bracket at or before `at`: most commas have none within reach)
    m = _NOTE.search(text, lo, min(len(text), at + _NOTE_REACH))
    while m is not None and m.start() <= at:
        if at < m.end():
            return True
        m = _NOTE.search(text, m.end(), min(len(text), at + _NOTE_REACH))
    return False


_NOTE = re.compile(r"[（(][^（）()\d\n。；;]{2,30}[）)]")


def _bracketed(text: str, at: int) -> bool:
    """Whether `at` is inside a short bracket (县(市、区)): an opening bracket before it, within 8
    characters, that no closing bracket follows before it."""
    before = text[max(0, at - 8):at]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and max(before.rfind("）"), before.rfind(")")) < opened
# How far from a value its indicator words are read: an indicator is written next to its value, and
# a bound keeps a clause with no comma from making every value read the whole clause.
WORDS_BEFORE = 40
WORDS_AFTER = 24
_TOPIC_OPENING = re.compile(r"[^，,。；;\n]{2,14}方面")  # (a paragraph opening on its topic: 工业投资方面，)
_TOPIC = -2  # (the numbering style a topic clause is read with: none, but one a later topic clause ends)
_QUOTED_OPENING = re.compile(r"\s*[“\"]([^”\"\n]{1,12})[”\"]")  # (“老字号”新建和续建项目…: a paragraph's programme)
# A numbered heading's mark, by style: 一、, （一）, 1. (a heading of one style ends the section of the one before).
_NUMBERED = re.compile(r"\s*(?:([一二三四五六七八九十]+、)|([（(][一二三四五六七八九十]+[）)])|(\d+[、.．](?!\d)))")
CONTEXT = 120  # how far back the words a reader has in mind for a value reach (clauses with no value of their own)


def _unit_class(last: str) -> str:
    return "economy" if last in "元%点" else last


_NOTE_REACH = 40
