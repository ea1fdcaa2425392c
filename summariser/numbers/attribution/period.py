"""The period in force for a value: the period writings a value can be of (not a base nor a goal's), how far
each holds, a paragraph's opening, asides, notes and running totals.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ...core.chars import FULL_STOP, HAN
from ..kinds import NOW
from ..periods import REACH, THAT_YEAR, THIS_MONTH, Period, aside_on_last_year, lags, periods_in, starts_a_change
from ..spans import end_from, start_after
from .layout import _NOTE_REACH, WORDS_BEFORE
from .text import blank
from .words import _COMPARED_BASE, _GAP_TO

_BASES_BEFORE_ITEM = re.compile(_GAP_TO + rf"(?:{_COMPARED_BASE}[、和与及])+$")


# A sentence that opens with 其中 dates its own breakdown (其中，6月份…); a topic's opening (从项目进度看，截至8月底，)
# dates what follows it.
_PART_OPENING = re.compile(r"\s*其中")
# Openings of a sentence that breaks down the one before (分行业看, 其中, 从产业看).
# (the same alone before a period, 分经济类型看，5月份，…)
_BREAKDOWN_FRAME = re.compile(r"\s*(?:分\S{1,4}看|从\S{1,4}(?:看|来看)|按\S{1,4}分)[，,：:]\s*")


_HAS_VALUE = re.compile(r"\d")


_RUN_ENDS = ("；", ";", "。", "\n")  # (what ends the part of a sentence a 累计 opens)


def _running_total(text: str, a: int, written: Period | None) -> bool:
    """Whether the value at `a` is a running total (累计) in the part of its sentence that 累计 opens, whose period
    is not written in 累计's own clause (9月份…；累计完成186.3亿元; 今年6月…，半年累计完成108.7亿元: the year to the
    month's; not 1-10月累计增长6.3%, whose stretch is written)."""
    part = max(text.rfind(mark, 0, a) for mark in _RUN_ENDS) + 1
    running = text.rfind("累计", part, a)
    if running < 0:
        return False
    clause = max(text.rfind(mark, part, running) for mark in "，,") + 1 or part
    return written is None or text.find(written.raw, clause, a) < 0


# Words before a period that make it the base of a comparison (增速比1—9月份加快, 较9月回落, 比2019年同期增长),
# and words after one that make it a goal's period (完成全年目标任务的26.4%).
_BASE_BEFORE = re.compile(r"(?:比|较|由|同比|环比|与|相比|高于|低于|快于|慢于|优于|好于|超过了?|完成|延续了?|承接|接续|"
                          r"接近|相当于)"  # (规模接近2006年全年: a scale compared with another year's)
                          r"(?:[上去前]年的?|前|上)?$")
_GOAL_AFTER = re.compile(r"(?:的)?(?:预期|考核|工作)?(?:目标|任务|计划)")  # (完成全年预期目标的55%: the goal's year)
# (全年计划的50%, 全年计划投资的46.5%: a share of the year's plan)
# (全年考核目标任务的)
_GOAL_SHARED = re.compile(r"(?:的)?(?:考核|工作|预期)?(?:目标任务|目标|任务|计划)(?:投资|数)?的")
_SHARE_OF = re.compile(r"占[^，,；;。]*$")  # (占 before it in its clause: a share's base follows)
_SHARE_REACH = 24
_BASE_GLOSSED = re.compile(r"(?:比|较|与|相比)[^，,。；;\d（(]{1,6}[（(]\s*$")


def periods_of_values(text: str) -> tuple[tuple[int, int, Period], ...]:
    """The period writings of `text` a value can be of: not a comparison's base (比上年, 较1-9月) nor a
    goal's period (完成全年目标)."""
    return _of_values(text, periods_in(text))


def _of_values(text: str, found: Sequence[tuple[int, int, Period]]) -> tuple[tuple[int, int, Period], ...]:
    """Of the period writings `found` in `text`, those a value can be of (see periods_of_values): not a
    comparison's base, nor the dates in brackets that gloss a period just before (国庆假期（10月1日至7日）)."""
    ends = {b for _, b, _ in found}
    return tuple(f for f in found if not _base(text, f[0], f[1])
                 and not (f[0] and text[f[0] - 1] in "（(" and f[0] - 1 in ends))


# A period written between a count and the things it counts (64个一季度开复工项目, 4个2019年省重点项目, 2户8月份新纳规
# 企业): it names the class, the quarter they were to start in, the year they were listed, the month they entered the
# statistics; it dates its own clause, not the clauses after it (see _own_clause_hold).
_CLASS_DATED = re.compile(r"\d(?:个|家|项|宗|户|批)$")
_CLASS_COUNT_REACH = 3
_CLASS_NOUN_AFTER = re.compile(r"[^，,。；;：:、\d（(]{0,10}?(?:项目|企业|工程)")
_YEARS_PART = re.compile(r"(?:累计)?完成(?:投资|产值)")
_RECOVERED_TO = re.compile(r"(?:恢复至|恢复到|相当于|达到|回升至|回升到)$")
_EVER_SINCE = re.compile(r"(?:份)?以来[，,]?(?:持续|一直|连续|始终|均)")
_ON_A_BASE = re.compile(r"(?:末|底)?(?:的)?(?:(?:同期)?(?:较?高|较?低)基数的)?(?:基础上|基数上)"
                        r"|(?:末|底)?为(?:基数|基期|基准)")


def _base(text: str, start: int, end: int) -> bool:
    """Whether the period at [start, end) is a comparison's base or a goal's period, not one a value is of."""
    before = text[max(0, start - 4):start]
    if _BASE_GLOSSED.search(text, max(0, start - 10), start):
        return True  # (比三经普(2013年)末增长170.4%: the year glosses the base)
    if _BASES_BEFORE_ITEM.search(text, max(0, start - 24), start) or _NEXT_BASE_YEAR.search(text, max(0, start - 30),
                                                                                             start):
        # (增速较上半年和1-5月分别提高…: the second base of a list; 同比2020年增长41%、2019年增长12%: the second base
        # year, after the first's value)
        return True
    if _base_past_a_gloss(text, start):
        return True  # (比今年(增速最低月份)1-6月(7.9%)高了3.6个百分点: the base, glossed before its months)
    if _GOAL_SHARED.match(text, end) and _SHARE_OF.search(text, max(0, start - _SHARE_REACH), start):
        return True  # (占全年计划的50%, 占…和园区全年计划的56.92%: the plan's year, of which the value is a share)
    if _ON_A_BASE.match(text, end) and text[start - 1:start] in ("在", "以"):
        return True  # (在2022年的基础上实现倍增, 以2020年为基数: the year a goal grows from)
    if _RECOVERED_TO.search(text, max(0, start - 4), start) and (text.startswith("同期", end)
                                                                  or _LEVEL_AFTER.match(text, end)):
        # (总量恢复至2019年同期的98.2%, 旅游总收入恢复到2019年水平: the year the level is measured against)
        return True
    if _yardstick_named(text, start, end):
        return True  # (比此前进出口额最高的2021年增长6.4%: the base year, named past the words that single it out)
    if text[start:end] in THAT_YEAR and _YEARS_PART.match(text, end):
        return True  # (累计完成投资92.3亿元，当年完成投资71.5亿元: this year's part of a project's outlay, no period)
    if text[start - 1:start] == "自" and _EVER_SINCE.match(text, end):
        return True  # (自上年4月份以来持续高于全省投资增速: how long a remark holds, no value's period)
    if text[start - 1:start] == "占" or _RECORD_SINCE.match(text, end) or _RECORD_AMONG.match(text, end):
        # (占今年以来全部新开工项目的23.3%: the whole a share is of; 这是自2016年初以来…的最高水平: a record's start)
        return True
    if not _BASE_BEFORE.search(before):
        # (均为去年的两倍, 是上年同期的1.3倍: what the value is a multiple or a share of)
        return before.endswith(("为", "是", "相当于")) and bool(_RATIO_OF.match(text, end))
    return not before.endswith("完成") or bool(_GOAL_AFTER.match(text, end))


# A year's level after it (恢复到2019年水平, 达到2019年同期的水平): the yardstick, no value's period.
_LEVEL_AFTER = re.compile(r"(?:同期)?(?:的)?水平")
# A comparison's word opening the words that single out the base year (比此前进出口额最高的2021年增长6.4%), and the
# change or gap right after the year.
_BASE_NAMED_BEFORE = re.compile(r"(?:(?<![同环])比|较)[^，,；;。：:\d比较]{1,24}的$")
_CHANGE_AFTER = re.compile(r"(?:同期)?(?:增长|下降|增加|减少|提高|降低|上升|回落|高出?|低|多|少)")


def _yardstick_named(text: str, start: int, end: int) -> bool:
    """Whether the year at [start, end) is the base of a comparison whose word stands before it past the words that
    single it out (比…最高的2021年增长6.4%): 比 right before the year is read by _BASE_BEFORE. A year alone: months
    of it (较疫情前的2019年1-5月增长) stay read as a period, which tells the growth from the claimed one's."""
    return bool(_BARE_YEAR.fullmatch(text, start, end)) and bool(_BASE_NAMED_BEFORE.search(text, max(0, start - 28),
                                                                                             start)) \
        and bool(_CHANGE_AFTER.match(text, end))


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}年")


_NEXT_BASE_YEAR = re.compile(r"(?:同比|比|较)(?:19|20)\d{2}年(?:同期)?(?:增长|下降|增加|减少|提高|回落)"
                             r"[\d.]+(?:%|％|倍|个百分点)、$")


def _base_past_a_gloss(text: str, start: int) -> bool:
    """Whether a comparison's word stands before the period at `start` past a short gloss in brackets and the
    year it is of (比今年(增速最低月份)1-6月)."""
    if text[start - 1:start] not in ")）":
        return False
    reach = max(0, start - _GLOSS_LONGEST)
    opening = max(text.rfind("(", reach, start), text.rfind("（", reach, start))
    if opening < 0:
        return False
    year = _YEAR_OF_BASE.search(text, max(0, opening - 4), opening)
    at = year.start() if year is not None else opening
    return _BASE_BEFORE.search(text, max(0, at - 4), at) is not None


# A record since a time, after the period (自2016年初以来连续18个月的最高水平).
_RECORD_SINCE = re.compile(r"(?:初|末|底)?以来[^，,；;。\d]{0,4}(?:[^，,；;。]{0,12})?"
                           r"(?:最高|最低|新高|新低|最快|最好)")
_GLOSS_LONGEST = 16
# A record among a stretch's values, right after it (是今年的最大值, 创今年新高): the stretch, no value's period.
_RECORD_AMONG = re.compile(r"(?:以来)?的?(?:最大值|最小值|最高值?|最低值?|最快|最慢|最好|新高|新低|峰值|高点|低点)")
_YEAR_OF_BASE = re.compile(r"(?:今年|去年|上年|本年)$")


_RATIO_OF = re.compile(r"(?:同期)?的[^，,。；;\d]{0,4}?(?:[\d.]+|[一二两三四五六七八九十]+)(?:倍|%|％|成)")


def _article_period(found: Sequence[tuple[int, int, Period]]) -> Period | None:
    return next((p for _, _, p in found if p.months or p.year), None)


def _period_at(found: Sequence[tuple[int, int, Period]], starts: list[int], at: int,
               article: Period | None, holds: Sequence[int] = ()) -> tuple[Period | None, bool]:
    """The period in force at `at`: the nearest before it (in its sentence, else its paragraph, else
    earlier in the article, whichever is nearest) that still holds there, else the article's first; and
    whether the text states it before the value (the article's first, written after it, is a guess)."""
    i = _stated_before(found, starts, at, holds)
    if i >= 0:
        return found[i][2], True
    return article, False


def _stated_before(found: Sequence[tuple[int, int, Period]], starts: list[int], at: int, holds: Sequence[int]) -> int:
    """The index in `found` of the period stated before `at` that holds there, -1 when none does."""
    i = bisect.bisect_left(starts, at) - 1
    if i >= 0 and found[i][1] > at:
        i -= 1  # a period that the quantity is inside of is not before it
    stop = i - _CANDIDATES
    while i > stop and i >= 0 and i < len(holds) and holds[i] < at:
        i -= 1  # (其中，6月份… dates its own sentence, not the next)
    return i


def _mid_part_end(text: str, start: int, at: tuple[int, int], p: Period) -> int | None:
    """Where a stretch of months written mid-part holds to: the end of its ；-part, where its sentence opens on a
    year and a value of the part stands before it (2023年，…列入省重大项目9个，…，1—11月，完成年度计划的106.2%；列入…
    重点项目64个: the 64 are the year's list, not 1—11月's); None for any other period."""
    a, b = at
    if not p.months or p.months[0] == p.months[1] or not _YEAR_OPENED.match(text, start):
        return None
    part = max(start, max(text.rfind(ch, start, a) for ch in "；;") + 1)
    if not _VALUE_BEFORE.search(text, part, a):
        return None
    ends = [k for k in (text.find(ch, b) for ch in "；;。\n") if k >= 0]
    # (…共530项，…，1-6月累计完成投资362.32亿元，…，其中：在建项目185项，总投资1330.5亿元: the parts 其中 lists by
    # their count are of the year's list, not of the months' outlay)
    parts = _PARTS_COUNTED.search(text, b, min(ends) if ends else len(text))
    if parts is not None:
        ends.append(parts.start())
    return min(ends) if ends else len(text)


_PARTS_COUNTED = re.compile(r"其中[：:，,]?[^，,；;。\d]{1,16}\d+(?:项|个|家|户|宗)(?![^，,；;。]{0,2}[亿万%])")
_YEAR_OPENED = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}年(?:[，,]|(?!全年|[\d一二三四五六七八九十上下前第首末底度]))")
_VALUE_BEFORE = re.compile(r"\d(?:\.\d+)?\s*(?:个|家|项|户|亿元|万元|%|％)")


def _holds(text: str, found: Sequence[tuple[int, int, Period]]) -> list[int]:
    """How far each period holds: a period of a breakdown sentence (其中，6月份全市…) to its full stop, where
    the cumulative period of the text around it resumes; any other to the end of the text."""
    out = []
    running: Period | None = None  # the last cumulative period stated (1-9月, 前三季度)
    for k, (a, b, p) in enumerate(found):
        start = start_after(text, a, f"{FULL_STOP}\n")
        # (截至8月底 after 1-8月 is a date for stocks, not a note on one month)
        stock = text[b:b + 1] in "底末" or p.raw.endswith(("底", "末")) or bool(_UNTIL.search(text, max(0, a - 3), a))
        note, lagging = _month_note(p, running), lags(p, running)  # (each read once, before `running` moves on)
        if (closing := _aside_bracket_end(text, a, b)) is not None:
            out.append(closing)  # (企业（上年综合能耗1万吨以上的企业）综合能源消费量…: the class's year)
        elif (name_end := _event_year_end(text, found, k, start)) is not None:
            out.append(name_end)  # (3月初，举行2023年…集中开工仪式，集中开工的23个项目: the event's year)
        elif note and not stock and _block_heading(text, start, a, b):
            # (8月当月主要指标⏎规上工业总产值⏎82.6亿元: a heading line dates the lines under it, to a blank line)
            blank_line = _BLANK_LINE.search(text, b)
            out.append(blank_line.start() if blank_line else len(text))
        elif (own := _own_clause_hold(text, (a, b), p, start)) is not None:
            out.append(own)
        elif _running_after_month(text, found, k, start):
            out.append(end_from(text, b, f"{FULL_STOP}\n"))  # (to its sentence's end)
        elif (lagging or running is not None and aside_on_last_year(text, p, start)) \
                and not _PART_OPENING.match(text, start):
            # (a lagging series' paragraph, or an aside on last year inside one: 一季度，…。据了解，…。去年，我市新增
            # 工业企业272家…⏎从板块来看，…: the report's period resumes after it)
            out.append(_paragraph_end(text, b))
        elif _PART_OPENING.match(text, start) or (note and not stock):
            out.append(_note_end(text, start, (a, b), note))
        else:
            out.append(_held_in_its_sentence(text, (start, a, b), p, running))
        if p.months and p.months[0] < p.months[1] and not lagging:
            running = p
    return out




def _running_after_month(text: str, found: Sequence[tuple[int, int, Period]], k: int, start: int) -> bool:
    """Whether period k is a running total's stretch (1—11月累计, 全年累计) written mid-sentence after a value of
    the one month its sentence opens with (11月份，…当月增长7.9%，1—11月累计增长6.4%。): an aside on the year to
    date, that holds to its sentence's end; the month resumes after it."""
    a, b, p = found[k]
    if not (p.months and p.months[0] < p.months[1]) or not text.startswith("累计", b):
        return False
    month = next((q.months for x, _, q in found[:k] if x >= start), None)
    return month is not None and month[0] == month[1] and _VALUE_BEFORE.search(text, start, a) is not None


def _held_in_its_sentence(text: str, at: tuple[int, int, int], p: Period, running: Period | None) -> int:
    """How far a period at [a, b) of a sentence from `start` (`at`) holds where nothing before its sentence bounds
    it: its goal's clause, its ；-part, or to where an aside on it ends (a note's brackets bound it before: see
    _aside_bracket_end)."""
    start, a, b = at
    if _GOAL_RATE_AFTER.match(text, b):
        return b  # (全年目标完成率17.8%: the goal's year, no period of the share reached so far, nor after)
    if p.raw in _WHOLE_YEAR_WORDS and _PLAN_AFTER.match(text, b):
        # (全年计划新开工项目46个，已开工39个: the plan's year, to its clause's end; what was done is the report's)
        return _clause_end_after(text, b)
    if _deadline(text, a, b):
        return _clause_end_after(text, b)  # (…，推动企业于2月底前全面复产；抓好320项…: a deadline met, no period after)
    if (part_end := _mid_part_end(text, start, (a, b), p)) is not None:
        return part_end
    if _milestone_year(text, start, a, p):
        return _part_end_after(text, b)
    return _aside_end(text, (start, a, b), p, running)


def _milestone_year(text: str, start: int, a: int, p: Period) -> bool:
    """Whether `p`, at `a`, is a year before the deadline its sentence (from `start`) opens with, written inside
    it (到2026年，…力争达到400亿元，2024年、2025年分别达到230亿元、300亿元；规上企业达到70家): a milestone's year,
    which dates its ；-part alone, the deadline the parts after it."""
    deadline = _DEADLINE_OPENED.match(text, start)
    return deadline is not None and a >= deadline.end() and p.months is None and p.year is not None \
        and p.year.isdigit() and int(p.year) < int(deadline.group(1))


_DEADLINE_OPENED = re.compile(r"[ \t\u3000]*(?:力争|争取|预计|计划)?(?:到|至)\s*((?:19|20)\d{2})年")


def _deadline(text: str, a: int, b: int) -> bool:
    """Whether the period at [a, b) is a date something is done by (于2月底前全面复产, 在6月前建成): a deadline in
    its clause, not a stretch the values after it are of."""
    return bool(_BY_BEFORE.search(text, max(0, a - 2), a)) and _BEFORE_AFTER.match(text, b) is not None


_BY_BEFORE = re.compile(r"(?:于|在)\s*$")
_BEFORE_AFTER = re.compile(r"[底末中]?(?:之)?前(?![三两一二四五六七八九十\d])")


def _brackets_around(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the brackets a period at [a, b) is written in open and close (【2021年末基数为120亿元】), None where it
    is in none, or in one that does not close within its sentence."""
    opening = max(text.rfind(ch, max(0, a - _NOTE_REACH), a) for ch in "【（(〔[")
    if opening < 0 or any(ch in text[opening:a] for ch in f"】）)〕]{FULL_STOP}\n"):
        return None
    m = _NOTE_CLOSE.search(text, b, b + _NOTE_REACH)
    return (opening, m.start()) if m is not None and m.group() in "】）)〕]" else None


# Words opening a bracket that dates what is outside it (（截至9月底）, （数据截至…）, （统计口径…）): no aside.
_DATING_BRACKET = re.compile(r"[【（(〔\[]\s*(?:数据)?(?:截至|截止|统计|口径|下同|以下|按)")


def _aside_bracket_end(text: str, a: int, b: int) -> int | None:
    """Where the brackets close that a period at [a, b) is written in among other words of an aside (（上年综合能耗
    1万吨以上的企业）, （2022年为150亿元）): what it dates is inside them; None for a bracket of the period alone
    (（1-9月）, a heading's) or one that dates the text around it (（截至9月底）)."""
    around = _brackets_around(text, a, b)
    if around is None:
        return None
    opening, closing = around
    if _DATING_BRACKET.match(text, opening):
        return None
    rest = text[opening + 1:a] + text[b:closing]
    # (or a value of its own, （1-11月为7.2%） after 增长6.8%: a note on another stretch's value, which it dates alone)
    return closing if sum(ch >= "\u4e00" for ch in rest) >= _ASIDE_WORDS or _NOTED_VALUE.search(rest) else None


_NOTED_VALUE = re.compile(r"^[为是达:：]?\s*-?\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点)")


def _event_year_end(text: str, found: Sequence[tuple[int, int, Period]], k: int, start: int) -> int | None:
    """Where the name of an event ends that the year `found[k]` opens, after the months of the event stated before
    it in its sentence (from `start`): 3月初，举行2023年扩大有效投资重大项目集中开工仪式 holds 2023年 to the name's
    end, and 3月初 dates the values after it; None for any other period (2024年第三季度…签约活动举行: the quarter is
    the batch's)."""
    a, b, p = found[k]
    before = found[k - 1][2] if k else None
    # (not after an event's day, 3月3日，举行2020年…签约仪式: a day dates no value, the year does)
    if p.months or before is None or not before.months or before.day or found[k - 1][0] < start:
        return None
    m = _NAME_END.search(text, b, b + _NAME_REACH)
    if m is None or _CLAUSE_OR_NUMBER.search(text, b, m.start()):
        return None
    return m.end()


def _held_events(text: str, found: Sequence[tuple[int, int, Period]]) -> list[tuple[int, str, Period]]:
    """Where the name of each event held ends that a period of a year's stretch opens (举行2022年一季度全区重大项目
    集中开竣工活动), the last two characters of what it does (竣工), and the period."""
    out = []
    for a, b, p in found:
        if not (p.year and p.months) or p.day or not _HELD_EVENT.search(text, max(0, a - 4), a):
            continue
        m = _NAME_END.search(text, b, b + _NAME_REACH)
        if m is None or _CLAUSE_OR_NUMBER.search(text, b, m.start()):
            continue
        action = text[max(b, m.start() - 2):m.start()]
        out.append((m.end(), action if _TWO_HAN.fullmatch(action) else "", p))
    return out


# A word before an event's name that says it was held (我区举行2022年一季度…活动), and one that points back at it.
_HELD_EVENT = re.compile(r"(?:举行|举办|召开|开展)了?$")
EVENT_POINTERS = "此次|本次|这次"  # (words that point back at an event held; the judge reads them too)


_TWO_HAN = re.compile(rf"[{HAN}]{{2}}")
_CLAUSE_OR_NUMBER = re.compile(r"[，,；;。：:\n\d]")
_ASIDE_WORDS = 2  # (Han characters besides the period that make a bracket an aside, 上年结转; not （1-9月份）)
_NOTE_CLOSE = re.compile(rf"[】）)〕\]{FULL_STOP}\n]")


def _note_end(text: str, start: int, at: tuple[int, int], month_note: bool) -> int:
    """Where a breakdown's period (其中，6月份…) or a month noted in a running stretch, at `at` in the sentence from
    `start`, stops holding: its full stop; for a month noted mid-sentence its ；-part's end (…同比增长43.3%，其中11月
    增长56.4%；工业企业产品销售率为97.9%: the running period resumes); past the 其中 sentences after it where it
    opens its sentence or says it is the month alone (…10月当月完成产值126.41亿元。其中…; 延续2月份…趋势 does not)."""
    a, b = at
    end = end_from(text, a, f"{FULL_STOP}\n")
    part = _PART_OPENING.match(text, start) is not None
    opens = (not text[start:a].strip() or _LEAD_IN.fullmatch(text, start, a) is not None
             or THIS_MONTH.match(text, b) is not None) and not part
    if opens:
        return _parts_after(text, end)
    if _BREAKDOWN_FRAME.fullmatch(text, start, a):
        # (分经济类型看，5月份，国有控股企业增长4.2%；股份制企业增长7.1%…: the month the breakdown is of, to its
        # paragraph's end)
        return _paragraph_end(text, b)
    if month_note and not part:
        end = min(end, next((i for i in (text.find(ch, b) for ch in "；;") if 0 <= i < end), end))
    return end


# Words that open a sentence on where its figures come from, before its period (据统计，今年7月，…).
_LEAD_IN = re.compile(r"\s*(?:据(?:初步)?统计|据了解|据悉|据介绍|(?:统计)?数据显示|经(?:初步)?核算|"
                      r"(?:记者)?从[^，,。；;\n]{2,24}(?:获悉|了解到))[，,：:]\s*")


def _parts_after(text: str, end: int) -> int:
    """The end of the sentences right after a full stop at `end` that open with 其中 (6月份，…1.34亿千瓦时。其中，
    城镇居民用电量为0.63亿千瓦时: the parts of 6月份's value, of its month), else `end`."""
    while _PART_OPENING.match(text, end + 1):
        stop = end_from(text, end + 1, f"{FULL_STOP}\n")
        end = stop
    return end


def _block_heading(text: str, start: int, a: int, b: int) -> bool:
    """Whether the period at [a, b) opens a short line of its own that holds no other number (8月当月主要指标,
    9月当月): a heading of the lines under it."""
    end = text.find("\n", b)
    return end >= 0 and not text[start:a].strip() and end - start <= _HEADING_LINE and not re.search(r"\d", text[b:end])


_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
_HEADING_LINE = 16


def _goal_named_against(text: str, a: int, b: int) -> bool:
    """Whether the period at [a, b) is a goal's that a result is measured against in its clause (低于年初确定的
    全年8%的目标, 高于全年预期目标): it dates that goal, not the values after the clause."""
    c0 = start_after(text, a, _CLAUSE_MARKS)
    return bool(_MEASURED_AGAINST.search(text, c0, a)) and bool(_GOAL_NAMED_AFTER.match(text, b))


def _own_clause_hold(text: str, at: tuple[int, int], p: Period, start: int) -> int | None:
    """How far a period at `at` holds that dates only words of its own clause: where a change starts (拉动力从
    上半年的1.7个百分点上升为2.5个百分点: the start's values alone, to the word of where they went; 分别从2020年的
    136家、21家增加到…), 当年 inside a sentence (其中当年新引进项目23个，历年结转项目1个: a class named by its
    year, to its clause's end), or a goal's year a share reached is of (完成全年14亿元目标任务的32%: to the 的);
    None for any other period."""
    a, b = at
    if starts_a_change(text, a, b):
        end = _clause_end_after(text, b)
        to = _FROM_TO_WORD.search(text, b, end)
        return to.start() if to is not None else end  # (从2016年前三季度的“同比下降0.1%”，到…: its clause's value)
    if p.raw in THAT_YEAR and not _OPENS_SENTENCE.match(text, start, a):
        return _clause_end_after(text, b)
    if _CLASS_DATED.search(text, max(0, a - _CLASS_COUNT_REACH), a) and _CLASS_NOUN_AFTER.match(text, b):
        # (…等64个一季度开复工项目全部开工，…等14个市级重点项目已开工8个: the class's quarter, of its clause alone)
        return _clause_end_after(text, b)


    if _goal_named_against(text, a, b) and (share_of := _GOAL_SHARED_NAMED.match(text, b)) is not None:
        # (完成全年14亿元目标任务的32%, 完成年度投资计划的21.9%: the goal's year, and its amount's, to its 的; the share
        # reached right after is of the period reported before it, as are the values after)
        return share_of.end() - 1
    c0 = max(text.rfind(ch, start, a) for ch in _CLAUSE_MARKS) + 1
    if _base_clause(text, (start, c0), at, p):
        return _clause_end_after(text, b)  # (18.6亿千瓦时，上年为19.4亿千瓦时；利润12.3亿元: 上年 is the base's)
    if _COUNTED_THEN_DATED.search(text, c0, a):
        # (；7个工业项目在一、二季度集中开工，计划总投资23.81亿元；13个项目竣工投产…: the date of what the count did,
        # to its ；-part's end, not of the parts after it)
        return end_from(text, b, "；;。\n")
    return None


def _base_clause(text: str, opened: tuple[int, int], at: tuple[int, int], p: Period) -> bool:
    """Whether last year (上年, 去年), or any year with 同期 (，2017年同期21.3亿元), opens a clause after a value of its
    sentence and gives the base's value (，上年为19.4亿千瓦时; ，去年同期是10.5亿元): it dates that clause alone, not
    the parts after it. `opened` is
    where the sentence and the clause start."""
    start, c0 = opened
    a, b = at
    base_value = _BASE_VALUE_AFTER if p.year in _LAST_YEAR_ALONE_READ else _SAME_STRETCH_VALUE_AFTER
    return c0 > start and _OPENS_SENTENCE.match(text, c0, a) is not None \
        and base_value.match(text, b) is not None and _RESULT_VALUE.search(text, start, c0) is not None


_LAST_YEAR_ALONE_READ = ("去年",)  # (上年 and 去年 as read: the year before the one in force)
_BASE_VALUE_AFTER = re.compile(r"(?:同期)?(?:为|是)\s*-?\d")
# (，2017年同期21.3亿元: the same stretch of a year before, whose value is the base; any year said with 同期)
_SAME_STRETCH_VALUE_AFTER = re.compile(r"同期(?:为|是)?\s*-?\d")


_COUNTED_THEN_DATED = re.compile(r"\d+(?:个|家|项|户)[^，,；;。\d]{1,14}(?:在|于)(?:[一二三四]、)*$")  # (在一、二季度)


_OPENS_SENTENCE = re.compile(r"[\s\u3000]*$")  # (nothing but space between a sentence's start and the period)


def _goal_after_results(text: str, start: int, a: int) -> bool:
    """Whether the period at `a` opens a goal or a forecast (力争全年, 预计全年) in a clause after a value of
    its sentence (from `start`): the goal set beside results dates its own ；-part, not the results after it."""
    c0 = max(text.rfind(ch, start, a) for ch in _CLAUSE_MARKS) + 1
    # (not after goals: 将保持年均6%增长，力争到2025年突破6500亿元；…比重达48%: the deadline holds on)
    return _GOAL_LEADS.fullmatch(text, c0, a) is not None and _RESULT_VALUE.search(text, start, c0) is not None \
        and _GOAL_BEFORE.search(text, start, c0) is None


# A goal or forecast word that opens a clause and the period right after it (力争全年, 预计今年, 确保到年底).
_GOAL_LEADS = re.compile(r"\s*(?:并|同时|全年)?(?:力争|确保|争取|力求|预计|有望|目标(?:是|为)?|计划)(?:到|至)?")
_GOAL_BEFORE = re.compile(r"(?<!已)将|力争|确保|争取|力求|目标|计划|规划|预计|预期|有望")
_RESULT_VALUE = re.compile(r"\d(?:[\d.]*)(?:%|％|亿|万|个|家|项|元|倍)")


def _aside_end(text: str, at: tuple[int, int, int], p: Period, running: Period | None) -> int:
    """Where a period at [a, b) of the sentence from `start` stops holding when it is said aside of a goal or a
    forecast, or of a stretch within the running one (see _aside_period): its clause, its ；-part or its sentence;
    the text's end for any other."""
    start, a, b = at
    if _goal_named_against(text, a, b):
        # (增长4.1%，低于年初确定的全年8%的目标；工业投资增长16.7%: the goal's 全年 is its own clause's)
        return _clause_end_after(text, b)
    if _goal_after_results(text, start, a):
        # (上半年…增长8.6%，力争全年增长9%以上；完成工业投资38.2亿元: the goal's 全年 ends with its ；-part)
        return _part_end_after(text, b)
    return end_from(text, b, f"{FULL_STOP}\n") if _aside_period(text, a, p, running) else len(text)


def _aside_period(text: str, a: int, p: Period, running: Period | None) -> bool:
    """Whether a period at `a` is an aside its sentence makes, which holds to the sentence's end only: a stretch
    inside the running one said after 其中 (…增长8.3%，其中三季度增长10.2%), or the horizon of a forecast or a goal
    within the year (确保一季度开工项目12个以上), or its whole after a running stretch (上半年…。预计全年…增长7%
    左右)."""
    before = text[max(0, a - _ASIDE_REACH):a]
    if running is not None and running.months and p.months and _SUB_STRETCH.search(before) \
            and p.months != running.months and p.months[1] <= running.months[1]:
        return True
    # (not a year a plan names, 预计到2025年…: the horizon of what follows it in its paragraph)
    part_of_year = p.months is not None and p.months != (1, 12)
    this_year = p.months == (1, 12) and p.year in (None, "今年", "本年") and running is not None
    # (…，下半年可贡献产值80亿元: what a stretch to come will yield, the forecast word after the period)
    ahead = _HORIZON_WORD.search(before) is not None or _HORIZON_AFTER.match(text, a + len(p.raw)) is not None
    return ahead and (part_of_year or this_year)


_ASIDE_REACH = 4
_SUB_STRETCH = re.compile(r"其中[，,]?$")
_HORIZON_WORD = re.compile(r"(?:预计|力争|确保|争取)(?:到)?$")
_HORIZON_AFTER = re.compile(r"(?:预计|有望|可望|将|可(?!比))")


def _part_end_after(text: str, at: int) -> int:
    """Where the ；-part `at` is in ends (its ；, full stop or line end), the text's end when none follows."""
    return end_from(text, at, f"；;{FULL_STOP}\n")


def _clause_end_after(text: str, at: int) -> int:
    """Where the clause `at` is in ends (its ，；。 or line end), the text's end when none follows."""
    return end_from(text, at, _CLAUSE_MARKS)


_CLAUSE_MARKS = "，,；;。\n"  # what ends a clause, for the period rules that read raw text
# A base and its own value right after it (由1-8月的5.9%, 比上年同期的30.5亿元, 由上半年的下降2.1%).
# (比2012年（347户）增加235户: the base's value in brackets, of its period)
_FROM_TO_WORD = re.compile(r"(?:增加|提高|上升|下降|增长|减少|降低|扩大|提升|回落|攀升|跃升|缩小)?(?:到|至|为)")


def _same_stretch_last_year(written: Period, now: Period | None) -> Period:
    """The period of a base written as 上年同期: the months now in force, of the year before (none where no months
    are in force: 上年同期 as written, which no claimed stretch matches)."""
    if now is None or now.months is None:
        return written
    return now._replace(raw=written.raw, year="去年", day=None, other=None)


# A comparison written around its base, the value the base's own (与去年131项相比, 与去年的15580亿元相比): the
# words that open it and name the base's period, right before the value; and the value closing it.
_BASE_AROUND = re.compile(r"(?:与|和|同|跟)([^，,。；;的与和同跟比较（(]{1,12}?(?:同期)?)(?:末|底)?的?$")
_AROUND_CLOSED = re.compile(r"[\d.]+[^\d，,。；;]{0,6}?(?:相比|比较)")


def _base_around(text: str, a: int) -> re.Match[str] | None:
    """The base a comparison written around the value at `a` names (与去年131项相比: 去年), None where it is none."""
    if not _AROUND_CLOSED.match(text, a):
        return None
    return _BASE_AROUND.search(text, max(0, a - REACH), a)


# A goal named and then the result held against it, right before the value (为全年预算的71.4%).
_RESULT_AFTER_GOAL = re.compile(r"(?:目标|任务|计划|预算)数?(?:[（(][^）)]{0,20}[）)])?的$")


# (and a goal aimed at: 紧盯全年目标, 围绕全年目标任务, whose period dates none of the work after it)
_MEASURED_AGAINST = re.compile(r"高于|低于|快于|慢于|超过|超出|未达|达到|完成|对照|紧盯|盯紧|围绕|锚定|瞄准|对标|紧扣|"
                               r"距离|距|离|"  # (距离全年增长6%的目标仍有差距: how far from the goal)
                               r"(?<![^，,；;。\n])为")
_WHOLE_YEAR_WORDS = frozenset({"全年", "年度", "全年度", "本年度"})
_PLAN_AFTER = re.compile(r"(?:计划|目标|任务)")
# The year's goals announced with a colon, their list to follow (全年目标：, 全年目标任务：, 主要目标如下：); not
# 全年目标为…, a goal in one clause.
# (anchored with .match at a period's end: searched along a page, 目标目标… would make it quadratic)
_GOALS_LISTED = re.compile(r"(?:主要)?(?:预期)?(?:目标|任务)+(?:如下)?[：:]")
# Work done so far, written after the goals a line lists (全年目标：新开工项目50个，已开工38个，开工率76%): the
# year's goals end there; what follows is progress, of the months so far.
_PROGRESS_AFTER_GOALS = re.compile(r"已|目前|截至|截止|累计|完成全年|实际")
_GOAL_RATE_AFTER = re.compile(r"度?(?:预期)?(?:目标|计划|任务)(?:任务)?(?:完成率|完成进度|进度)")
_GOAL_NAMED_AFTER = re.compile(r"[^，,；;。]{0,12}?的?(?:预期)?(?:目标|任务|计划|预算)")
# A goal named with a few words or its amount between its year and 目标 and then a share of it (全年14亿元目标任务的,
# 年度投资计划的, 全年出口目标任务的): its year's writing holds to the 的.
_GOAL_SHARED_NAMED = re.compile(r"[^，,；;。\n\d]{0,8}?(?:[\d.]+[^，,；;。\n\d]{1,4}?)?"
                                r"(?:目标|任务|计划|预算)(?:任务)?数?(?:[（(][^）)]{0,20}[）)])?的(?=\s*[\d.])")


def _paragraph_end(text: str, at: int) -> int:
    """The end of the paragraph at `at`: the first line end after a sentence's end (a page's hard wrap, 1—8 月⏎份
    实现产值…, ends no paragraph), else the text's end."""
    m = _PARAGRAPH_END.search(text, at)
    return m.start() + 1 if m is not None else len(text)


_PARAGRAPH_END = re.compile(r"[。！？!?；;：:][ \t\u3000]*\n|\n[ \t\u3000]*\n")


def _month_note(p: Period, running: Period | None) -> bool:
    """Whether `p` is one month of the cumulative period before it (9月份 after 1-9月, 前三季度): a note on
    that month, after which the cumulative period resumes (9月份，全市…增长7.9%。分经济类型看，…)."""
    return bool(p.months and running is not None and running.months and p.months[0] == p.months[1]
                and running.months[0] < p.months[0] <= running.months[1])


# Between a period and a value, words that end a name the period was part of (举办2022年…签约活动,
# 191家企业…): the period dates the event, not the value.
# (活动 ends an event's name where words of the event follow it, not in an industry's name: 开采辅助活动同比增长)
_NAME_END = re.compile(r"活动(?![同增下比较实完])|会议|大会|座谈会|推介会|仪式|方案|通知|意见|办法|》")
# What a project will yield once built (全部投产后预计形成产值561亿元，亩均税收57万元): of no period yet.
_ONCE_BUILT = re.compile(r"(?:投产|达产|建成|达效)后")
_CANDIDATES = 4  # periods before a value looked at for the one in force for it
_NAME_REACH = 60  # an event's name holding a period ends within this many characters of it
_OPENING = 4  # a paragraph's period is the one it opens with (1至9月，全区…), within these characters
# A backdrop before a first sentence's period: the month an event of it came in, not the stretch of the values
# after it (分行业看，随着有色行业利润在10月份由负转正，各行业…。其中，… under 1-10月).
_BACKDROP = re.compile(r"随着[^。；;\n]*$|[在于]$")
_TOPIC_SENTENCE = re.compile(rf"[^{FULL_STOP}\n]{{4,60}}[{FULL_STOP}]")  # a paragraph's first sentence
# a short heading sentence, 运行指标好于预期。 (and one numbered in digits, 2、重点项目建设成效显著。: the item's
# number is no value of the heading's)
_HEADING = re.compile(rf"\s*(?:\d{{1,2}}[、.．](?!\d))?[^0-9０-９{FULL_STOP}\n，,]{{2,16}}[{FULL_STOP}]")
_UNTIL = re.compile(r"截至|截止|到|至")  # 截至1月31日 is a period; 1月31日，我市… is the date of an event


def _written_period(text: str, periods: tuple[Sequence[tuple[int, int, Period]], list[int], Sequence[int]],
                    sentence: int, clause: int, at: int, clause_end: int) -> Period | None:
    """The period a reader would write for the value at `at`: one stated in its own clause (before it,
    else after it: 123家企业春节期间不停工), else the nearest stated before it in its sentence (to the
    full stop: a period holds across ；), else the one its paragraph opens with; None when none is.
    Not a period inside an event's name (举办2022年…活动), an event's date (1月31日，…), a festival
    naming a kind of thing (春节不停工企业), nor any for a stock now (现有…6家)."""
    if NOW.search(text, max(clause, at - WORDS_BEFORE), at) \
            or _ONCE_BUILT.search(text, max(sentence, at - WORDS_BEFORE), at):
        return None
    found, starts, holds = periods
    i = bisect.bisect_left(starts, at) - 1
    stop = i - _CANDIDATES  # the nearest few: a sentence with no end must not make each value read them all
    before = None
    while i >= 0 and i > stop and found[i][0] >= sentence:
        # (not a month noted mid-sentence whose ；-part has ended: …，其中11月增长56.4%；…销售率为97.9%)
        if found[i][1] <= at and _in_force(text, found[i], at) and (i >= len(holds) or holds[i] >= at):
            before = found[i]
            break
        i -= 1
    j = bisect.bisect_left(starts, at)
    if before is not None and before[0] >= clause:
        return before[2]
    # (not one in an aside after it: 96家重点耗能企业（上年综合能耗…的企业）, the class's year)
    if j < len(found) and found[j][1] <= clause_end and _in_force(text, found[j], found[j][1]) \
            and _aside_bracket_end(text, found[j][0], found[j][1]) is None \
            and not _another_item_s_class(text, found[j], at):
        return found[j][2]
    if before is not None:
        return before[2]
    return _opening(text, found, starts, at)


def _another_item_s_class(text: str, period: tuple[int, int, Period], at: int) -> bool:
    """Whether a period after the value at `at` in its clause names the class of a later item of a list (甲等4个自治区
    重点项目、乙等52个一季度开复工项目全部开工: the 52's quarter, not the 4's)."""
    a, b, _ = period
    return _CLASS_DATED.search(text, max(0, a - _CLASS_COUNT_REACH), a) is not None \
        and _CLASS_NOUN_AFTER.match(text, b) is not None and any(ch in "、和及" for ch in text[at:a])


def _in_force(text: str, period: tuple[int, int, Period], at: int) -> bool:
    a, b, p = period
    if _NAME_END.search(text, b, min(at, b + _NAME_REACH)) or _mere_festival(text, p, b):
        return False
    if at > b and _goal_named_against(text, a, b) \
            and (at > _clause_end_after(text, b) or _RESULT_AFTER_GOAL.search(text, b, at)):
        return False  # (a goal's period, 低于…全年8%的目标, dates no value after its clause, nor 为全年预算的71.4%)
    if p.raw in _WHOLE_YEAR_WORDS and _PLAN_AFTER.match(text, b) and at > _clause_end_after(text, b) \
            and (not _GOALS_LISTED.match(text, b) or _PROGRESS_AFTER_GOALS.search(text, b, at)):
        # (全年计划新开工项目46个，已开工39个: the plan's year, of its clause alone; but 全年目标：…，…, a heading of
        # the goals listed after it, dates each of them)
        return False
    if _deadline(text, a, b) and at > _clause_end_after(text, b):
        return False  # (于2月底前全面复产: the date a thing was done by, of its clause alone)
    # (an event's day, 1月31日，…, dates no value; a stretch of days, 6月23日至6月29日, does)
    return not (p.day and p.day[0] == p.day[1] and not p.lunar and not _UNTIL.search(text, max(0, a - 3), a))


def _opening(text: str, found: Sequence[tuple[int, int, Period]], starts: list[int], at: int) -> Period | None:
    """The period a paragraph opens with (after a short heading such as 运行指标好于预期。), when it comes
    before the value."""
    paragraph = text.rfind("\n", 0, at) + 1
    head = _HEADING.match(text, paragraph)
    first = _skip_spaces(text, head.end() if head else paragraph, at)
    topic = _TOPIC_SENTENCE.match(text, first)
    headed = False
    if topic is not None and topic.end() <= at:
        # (从支撑因素看，山西省前8月用电量货运量均稳定增长。该省全社会用电量增长6.2%: a first sentence with no
        # value of its own states the period of the paragraph's values; only its own periods are looked at)
        inside = found[bisect.bisect_left(starts, first):bisect.bisect_left(starts, topic.end())]
        stated = [(a - first, b - first) for a, b, _ in inside if b <= topic.end()]
        if inside and not _HAS_VALUE.search(blank(topic.group(), stated)) and not _BACKDROP.search(text, first,
                                                                                                   inside[0][0]):
            first = inside[0][0]
        elif not inside and not _HAS_VALUE.search(topic.group()):
            # (工业生产较快增长，装备制造业支撑有力。1—4月，…: a headline sentence with no period nor value of its
            # own, written with a comma as the short heading is not, heads the paragraph as that heading does)
            first, headed = _skip_spaces(text, topic.end(), at), True
    k = _opening_after_lead(text, found, bisect.bisect_left(starts, first), first, at)
    # (only while no later period of the paragraph, 1-11月份 after 2021年1-10月份, has taken its place, nor
    # one after which a note on the opening's month came: 9月份当月…。1-9月份…；其中，9月份当月…。…累计用电…)
    last = bisect.bisect_left(starts, at) - 1
    # (not an aside on last year after the headline: 全区…平稳运行。去年，公司投入2000万元。日产量达到30万副)
    if k is not None and not (headed and aside_on_last_year(text, found[k][2], first)) \
            and not _replaced(text, found, k, (last, at)):
        return found[k][2]
    return None


def _skip_spaces(text: str, at: int, end: int) -> int:
    """The first place from `at` (before `end`) that is no space."""
    while at < end and text[at].isspace():
        at += 1
    return at


def _opening_after_lead(text: str, found: Sequence[tuple[int, int, Period]], k: int, first: int,
                        at: int) -> int | None:
    """The index in `found` of the period the paragraph's first sentence (from `first`) opens with, before the
    value at `at`: the one within its first few characters, else the first that opens a clause after a lead-in
    holding no value (分行业看，1-12月，…; 据了解，2022年，…; 记者从…获悉，今年1至10月，…; 4月14日，记者…了解到，
    今年一季度，…: the day an event was told on is part of the lead-in); None where a value, or a period in force
    that opens no clause, comes first, or the sentence ends before one."""
    end = min(at, end_from(text, first, f"{FULL_STOP}\n"))
    j = k
    while j < len(found) and found[j][0] < end:
        a = found[j][0]
        # (a value in the lead-in is the sentence's own: its period is no paragraph's opening)
        if _HAS_VALUE.search(blank(text[first:a], [(x - first, y - first) for x, y, _ in found[k:j]])):
            return None
        if _in_force(text, found[j], at):
            return j if a < first + _OPENING or text[a - 1] in _LEAD_IN_ENDS else None
        j += 1  # (a period in force nowhere past its own clause, an event's day or name, is part of the lead-in)
    return None


_LEAD_IN_ENDS = "，,：:"  # what ends a lead-in before the period a paragraph opens with (数据显示，一季度，…)


def _replaced(text: str, found: Sequence[tuple[int, int, Period]], k: int, last_at: tuple[int, int]) -> bool:
    """Whether a later period of the paragraph, up to `found[last]` before the value at `at` (`last_at`), has taken
    the place of its opening `found[k]`: one that conflicts with it, or months after an opening that states none
    (今年以来，…说，1—5月份，…。其中…: the months'); not the whole year of a goal or plan (see `_years_goal`)."""
    (last, at), opening = last_at, found[k][2]
    later = [found[m][2] for m in range(max(k + 1, last - _CANDIDATES), last + 1)
             if not _years_goal(text, found[m], at)]
    return any(p.conflicts(opening) or (opening.months is None and p.months is not None) for p in later)


def _years_goal(text: str, period: tuple[int, int, Period], at: int) -> bool:
    """Whether a whole year written mid-paragraph names the year's goal or plan that a result of the stretch the
    paragraph opens with is held against (上半年，…，占年度投资计划50%。…; 一季度，…。完成全年出口目标任务的26%), or
    the year a result is said to lay the ground for (…，为全年粮食稳产增产打下坚实基础。): it dates the goal or the
    hope, not the values after it (the last period before them ending at `at`), so the opening's stretch still holds
    for them. Not a plan's own sentence (全年计划实施项目52个，总投资218亿元): its values are the plan's."""
    a, b, p = period
    if p.raw not in _WHOLE_YEAR_WORDS:
        return False
    if _GROUND_FOR_YEAR.search(text, max(0, a - 6), a) is not None and _GROUND_LAID.match(text, b) is not None:
        return True
    held = _HELD_AGAINST.search(text, max(0, a - 2), a) is not None
    return _YEARS_GOAL_NAMED.match(text, b) is not None and (held or _past_the_plan(text, b, at))


def _past_the_plan(text: str, b: int, at: int) -> bool:
    """Whether the value at `at` is past the sentence of the plan that a whole year ending at `b` names, and not in
    the breakdown the next sentence gives of it (全年计划实施重点项目52个…。其中，新建项目28个: the plan's items)."""
    end = end_from(text, b, f"{FULL_STOP}\n")
    if at <= end:
        return False
    return _BREAKDOWN_OPENS.match(text, end + 1) is None or at > end_from(text, end + 1, f"{FULL_STOP}\n")


_BREAKDOWN_OPENS = re.compile(r"\s*其中")  # (the sentence after a plan's that opens with 其中 breaks the plan down)


# The goal or plan a whole year names right after it, with no verb of a result between (年度投资计划, 全年出口目标
# 任务; not 全年完成目标任务的120%, where the year is the result's own)
_YEARS_GOAL_NAMED = re.compile(r"[^，,；;。\d完实累]{0,8}?的?(?:预期)?(?:目标|任务|计划|预算)")
# A result held against the goal right before its year (占年度投资计划, 完成全年…目标任务的, 为全年预算的)
_HELD_AGAINST = re.compile(r"(?:占|完成|达到|达|为|超)$")
# A clause that opens with 为 (for) and the year, and says that ground is laid for it (为全年…打下坚实基础, 为完成全年
# 目标任务奠定基础, 为全年开好局): a hope for the year, with no value of its own
_GROUND_FOR_YEAR = re.compile(r"[，,。；;\n]\s*为(?:完成|实现|确保)?$")
_GROUND_LAID = re.compile(r"[^，,；;。\d]{0,16}?(?:打下|奠定|夯实|开好局|开好头|开了好头|起好步)")


def _mere_festival(text: str, p: Period, end: int) -> bool:
    """春节 naming a kind of thing (春节不停工企业), not a time: a bare festival followed by a word."""
    return p.raw in ("春节", "正月") and end < len(text) and text[end] not in "期前后假，,、。；;：:"
