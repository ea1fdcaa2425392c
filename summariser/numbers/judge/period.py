"""The claim's period: the period in force for a value (stated before it, written in its sentence, its page's
date and headings) against the one claimed: years, months, stretches, now, 当年, bases compared with, plans' terms."""

from __future__ import annotations

import re

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ..attribution import GOAL_SETTER, Tie
from ..claims import Claim
from ..compare import claimed_measure
from ..kinds import AS_OF_NOW, GAP_TO_GOAL
from ..periods import (
    RECENT_YEARS,
    THAT_YEAR,
    THIS_MONTH,
    YEARS_COUNTED,
    Period,
    last_month,
    month_end_and_year_to_it,
    month_end_as_its_month,
    parse_period,
    periods_in,
    plan_years,
    to_date_and_its_end,
)
from ..source import THIS_YEAR_ALONE, Source, compact
from ..units import PERCENT
from .text import _AVERAGE, _FINE, _STRETCH_OF_YEARS, UNSURE, WRONG, _Finding, _own_shown, _sentence_start, claimed_text


def _period(src: Source, c: Claim, span: tuple[int, int], in_force: tuple[Period | None, bool]) -> _Finding:
    """Only a period stated before the value contradicts a claim: the article's first, written after
    it, is a guess (and a chunk read alone would guess another). One its own sentence or paragraph
    opening states refutes the claim; one carried from further back (其中，6月份… before the next
    sentence's 技改投资增长22.0%) only leaves it open."""
    claimed = parse_period(c.period) if c.period else None
    stretch = _point_or_stretch(src, c, claimed, span)
    if stretch is not None:
        return stretch
    if claimed is not None and THIS_MONTH.fullmatch(claimed.other or ""):
        claimed = _this_month(in_force[0])
    tie = src.tie_of.get(span)
    own = _own_year_or_now(src, c, claimed, span, tie)
    if own is not None:
        return own
    period, stated = in_force
    if claimed is None or period is None or not stated:
        # (“沪洽周”期间 claimed for 今天，…现场签约项目25个 when it dates the values after: theirs)
        return _Finding(UNSURE, "period") if claimed is not None and _open_unstated(src, claimed, span) else _FINE
    period, written, claimed = _that_years_read(src, (period, tie.written if tie is not None else None, claimed), span)
    goal = _goal_s_year(src, c, claimed, (tie, span))
    if goal is not None:
        return goal
    # (年内新增企业4家 in a half-year's results: from January to when?; 截至去年 on an undated page: which year?)
    if _which_year_unsaid(src, claimed, written or period, tie, span):
        return _Finding(UNSURE, "period")
    to_a_month = _month_or_base_year(src, c, claimed, written or period, span)
    if to_a_month is not None:
        return to_a_month
    if written is not None and claimed.conflicts(written) or _past_the_new_year(claimed, period):
        return _read_conflict(src, c, (claimed, written), span)
    if _open_as_read(src, claimed, (period, written), span, tie):
        return _Finding(UNSURE, "period")
    if not claimed.conflicts(period):
        return _year_of_same_stretch(src, claimed, period, written, span)
    if written is not None:
        return _FINE  # 截至9月，…完成市下达8亿元的全年任务: the period its own clause writes for it holds
    return _Finding(UNSURE, "period")


def _that_years_read(src: Source, periods: tuple[Period, Period | None, Period], span: tuple[int, int]) \
        -> tuple[Period, Period | None, Period]:
    """The period in force for a value, the one its clause writes and the claimed one (`periods`), each that writes
    当年 read with the year it repeats (`_that_year_read`): the written and the claimed only where the value's sentence
    writes 当年 before it (not 总投资96.3亿元、当年计划…: the next item's 当年, which stays apart)."""
    period, written, claimed = periods
    period = _that_year_read(src, period, None, span) or period
    if not _that_year_before(src, span):
        return period, written, claimed
    return period, _that_year_read(src, written, period, span), _that_year_read(src, claimed, period, span) or claimed


def _that_year_read(src: Source, p: Period | None, before: Period | None, span: tuple[int, int]) -> Period | None:
    """A period read for a value that writes 当年 (that year: 今年，…项目52个，总投资218.4亿元、当年计划完成投资47亿元)
    with the year it refers back to: the year its own sentence writes last before it (`_year_repeated`), else the
    year of the period in force before it (`before`). Kept only where that is a relative year (今年, 去年), so that
    当年 is no other relative year than the one it repeats; a calendar year or none leaves the year unwritten, as
    当年 against a digit year already was (a digit year here would also make 当年 read as a whole year)."""
    if p is None or p.year not in THAT_YEAR:
        return p
    year = _year_repeated(src, span) or (before.year if before is not None and before.year not in THAT_YEAR else None)
    return p._replace(year=year if year and not year.isdigit() else None)


def _year_repeated(src: Source, span: tuple[int, int]) -> str | None:
    """The year the last 当年 before a value in its sentence repeats, where the sentence writes one before it (去年，
    全县列入…项目10个，当年新开工4个: 去年, though 当年 is the period in force for 4个): the last period written there
    with a year of its own. None where the sentence writes none (then the period in force before it decides)."""
    found = src.tie_of.sentence(span)
    if found is None:
        return None
    text, at = found
    that = max(text.rfind(w, 0, at) for w in THAT_YEAR)
    years = [p.year for _, _, p in periods_in(text[:max(that, 0)]) if p.year and p.year not in THAT_YEAR]
    return years[-1] if years else None


def _that_year_before(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value's sentence writes 当年 before the value (…当年计划完成投资32亿元，其中续建项目28个): then the
    当年 read for it repeats the year in force."""
    found = src.tie_of.sentence(span)
    return found is not None and any(w in found[0][:found[1]] for w in THAT_YEAR)


def _read_conflict(src: Source, c: Claim, periods: tuple[Period, Period | None], span: tuple[int, int]) -> _Finding:
    """A period read for the value that the claimed one conflicts with refutes it, unless the sentence writes the
    claimed period first (`_claimed_opens_before`): then it leaves it open."""
    claimed, written = periods
    if written is not None and claimed.conflicts(written) \
            and (_claimed_opens_before(src, c, written, span) or _this_year_s_term(src, c, span)):
        return _Finding(UNSURE, "period")
    return _Finding(WRONG, "period")  # (截至9月，…市下达9亿元的全年任务: the goal's 全年, not 截至9月)


def _this_year_s_term(src: Source, c: Claim, span: tuple[int, int]) -> bool:
    """Whether 本年 (今年) is claimed for a value a statistics term names with it (上半年，…实施项目774项，本年完成
    投资233亿元; 本年累计完成投资): the term's 本年 is the year so far, which the claim's words repeat but may also mean
    as the whole year, so the months in force neither confirm nor refute it."""
    if simplified(c.period or "").strip() not in THIS_YEAR_ALONE:
        return False
    return _THIS_YEAR_S_TERM.search(simplified(src.text[max(0, span[0] - 12):span[0]])) is not None


# A statistics term that writes 本年 right before its value (本年完成投资, 本年累计完成投资额, 实现本年完成投资).
_THIS_YEAR_S_TERM = re.compile(r"本年(?:累计)?完成(?:投资|产值)额?(?:为|达|达到)?\s*$")


def _claimed_opens_before(src: Source, c: Claim, written: Period, span: tuple[int, int]) -> bool:
    """Whether the value's sentence writes the claimed period before the period read for the value, both before the
    value (1-7月,…同比下降0.5%,幅度比今年1-3月…1-6月分别提高…2.3个百分点; 尽管2016年…第三季度签署,但…105个项目已开工):
    the sentence's own period and a later one, a base compared with or a part, may each be the value's, and the
    reading of which cannot refute the claim."""
    if not c.period:
        return False
    s0 = _sentence_start(src.text, span[0])
    before = src.text[s0:span[0]]
    period = claimed_text(c.period)
    at = before.find(period)
    read = before.rfind(written.raw)
    # (not a value bracketed right after its own period: 比2015年（131户）)
    # (and no value between them, which the claimed period would be of: 近5年来，…180项，2023年…50项)
    between = before[at + len(period):read]
    # (nor a list of periods, 2022年、2023年…398.8亿元、579.3亿元, whose values are each its own)
    return at >= 0 and read > at and before[read + len(written.raw):].strip() not in ("（", "(") \
        and not re.search(r"\d", between) and between.strip("、和及与 ") != ""


def _point_or_stretch(src: Source, c: Claim, claimed: Period | None, span: tuple[int, int]) -> _Finding | None:
    """The period's finding for a level after a base point (较年初的341家, 比上年底的34.7%: the level at the point
    compared with, not the current one), else for a stretch (see `_stretch_read`); None where neither decides."""
    base = _base_point_before(src, span)
    if base is not None and c.period:
        return _FINE if _point_of(c.period) == base else _Finding(WRONG, "period")
    return _stretch_read(src, claimed, span)


def _base_point_before(src: Source, span: tuple[int, int]) -> str | None:
    """The point of the year a value is the level at, where the words right before it compare with that point and
    name the value as its own (较年初的341家, 比上年底的34.7%, 较上年末的1280户): 上年末 for each of these; None where
    the words before it are no such base."""
    found = _BASE_POINT.search(simplified(src.text[max(0, span[0] - 12):span[0]]))
    return _point_of(found.group(1)) if found is not None else None


def _point_of(period: str) -> str:
    """A point that ends one year and opens the next, as one name (年初, 上年底, 去年末 → 上年末); else as written."""
    written = simplified(period).strip()
    return "上年末" if _YEAR_TURN.fullmatch(written) else written


_BASE_POINT = re.compile(r"(?:比|较)\s*((?:上年|去年|上一年)?(?:年初|年末|年底|末|底))(?:的)$")
_YEAR_TURN = re.compile(r"年初|(?:上年|去年|上一年)(?:年末|年底|末|底)")


def _past_the_new_year(claimed: Period, period: Period) -> bool:
    """Whether a value of the lunar new year (借助春节…时机，…组建20支驻点招商工作队) is claimed for a stretch that
    opens after its first month is over (二季度): no day of 春节 or 正月 falls in it."""
    return period.lunar and claimed.months is not None and claimed.months[0] >= _AFTER_LUNAR_NEW_YEAR


# The first month no day of the lunar new year's first month (春节, 正月) falls in: April.
_AFTER_LUNAR_NEW_YEAR = 4


def _this_month(in_force: Period | None) -> Period | None:
    """What a claimed 当月 names at a value: the last month of the stretch in force there; the day in force as it is
    (当月 claimed for 3月15日，…现场签约…，其中…项目6个, where the month's words are out of reach)."""
    return in_force if in_force is not None and in_force.day is not None else last_month(in_force)


def _open_unstated(src: Source, claimed: Period, span: tuple[int, int]) -> bool:
    """Whether a claimed period is left open where no period stated before the value dates it: one no period
    writing names (see _unplaced), or a stretch the text dates claimed for a value its paragraph says is now's
    (目前，全区已建成投产工业项目118个…。今年1-5月，… claimed for 1-5月)."""
    if _unplaced(src, claimed, None, span):
        return True
    if not _dated(claimed) or _UP_TO_NOW.search(claimed.raw):
        return False
    text = src.text
    return _UP_TO_NOW_SAID.search(text, text.rfind("\n", 0, span[0]) + 1, span[0]) is not None


def _to_a_month(read: Period, claimed: Period, c: Claim) -> _Finding | None:
    """What a value read to a month (截至9月) or to its end (截至7月末) says of a claimed period that reads it the other
    way: a count holds for the month's end (截至9月，全县共有规上工业企业215家: 9月末's too), and any value for the
    year to date (截至7月末，…增加值同比增长29.9%: 1-7月's; 截至10月底 claimed for 截至10月底，…累计签约…); a flow
    (a growth, a contribution, what is new) is not the month's alone (7月). None where neither reads so."""
    flow = claimed_measure(c) in ("growth", "change") or _FLOW_NAMED.search(claimed_text(c.indicator)) is not None
    if month_end_and_year_to_it(read, claimed) or month_end_and_year_to_it(claimed, read):
        return _FINE
    stock = c.unit in _STOCK_UNITS or _STOCK_NAMED.search(claimed_text(c.indicator)) is not None
    if not flow and stock and _month_end(claimed) \
            and read.months == (1, claimed.months[1] if claimed.months else 0) and read.year in (None, claimed.year):
        return _FINE  # (1-5月，…规上工业企业达到142家 claimed for 5月末: how many there are at the stretch's end)
    if to_date_and_its_end(read, claimed):
        return None if flow else _FINE
    if not stock and month_end_as_its_month(claimed, read):
        return _Finding(UNSURE, "period")  # (截至11月底 claimed for …；11月当月用电2.36亿千瓦时: the month's alone)
    return _Finding(UNSURE, "period") if flow and month_end_as_its_month(read, claimed) else None


# A count of things there are, or a balance (家, 个, 余额): what a month's end holds; not a flow's amount (进出口总额).
_STOCK_UNITS = frozenset("家个户项座台套件人名")
_STOCK_NAMED = re.compile(r"余额|存量|总数")


def _month_end(p: Period) -> bool:
    """Whether `p` is a month's end (5月末, 2022年5月底, 截至5月底)."""
    return bool(p.months and p.months[0] == p.months[1] and p.raw.rstrip("份").endswith(("末", "底")))


_FLOW_NAMED = re.compile(r"新增|贡献|拉动")  # (not 累计: a running total is there at the month's end)


def _own_year_or_now(src: Source, c: Claim, claimed: Period | None, span: tuple[int, int],
                     tie: Tie | None) -> _Finding | None:
    """What the year the value's own words write, or a stock of now claimed for a year, says of the claim."""
    own = _own_year(src, c, claimed, span, tie)
    if own is not None:
        return own
    return _Finding(UNSURE, "period") if _now_for_a_year(src, claimed, span) else None


def _open_as_written(src: Source, claimed: Period, read: tuple[Period, Period | None], span: tuple[int, int]) -> bool:
    """Whether the period in force (and the one written for the value) leaves the claimed one open as the two are
    written: 今年以来 runs from January (not 第三季度 nor 9月); 今天, “沪洽周”期间, 目前 claimed for a value its text
    dates otherwise: a time no reading places."""
    period, written = read
    return _since_january(claimed, period) or _since_january(period, claimed) \
        or _unplaced(src, claimed, written or period, span) or _term_apart(src, claimed, read, span)


def _term_apart(src: Source, claimed: Period, read: tuple[Period, Period | None], span: tuple[int, int]) -> bool:
    """Whether a plan's term is claimed (十四五, “十四五”高位时) for a value dated otherwise: by a period its own
    sentence writes (2024年，…完成工业投资296.4亿元 after “十四五”以来…), or by one in force where the page has not
    named the term before the value (1至11月…增长7.1%); not one dated by the term or by its last year (到2025年)."""
    term = _PLAN_TERM.search(claimed.raw)
    if term is None:
        return False
    end = str(plan_years(term.group()[1])[1])

    def apart(p: Period | None) -> bool:
        return p is not None and bool(p.months or p.year) and term.group() not in p.raw and p.year != end

    period, written = read
    found = src.tie_of.sentence(span)
    if found is not None and term.group() in found[0][:found[1]]:
        return False  # (“十四五”期间，…，2024年达952.25亿元，…，年均增长6.2%: the term opens the sentence)
    return apart(written) or (apart(period) and term.group() not in src.simplified_text()[:src.view_at(span[0])])


def _unplaced(src: Source, claimed: Period, read: Period | None, span: tuple[int, int]) -> bool:
    """Whether the claimed period is no period writing at all (今天, 目前, “沪洽周”期间: compared as written), not
    written in the value's paragraph before it, where the text dates the value otherwise (2016年, another time) or,
    dating it by none (`read` None), writes the claimed time after it for other values."""
    if claimed.other != claimed.raw or periods_in(claimed.raw) or _READ_ELSEWHERE.search(claimed.raw):
        return False  # (a plan's term among them: see _term_apart)
    own = _as_written(claimed.raw)
    text = src.simplified_text()
    a, b = src.view_at(span[0]), src.view_at(span[1])  # (the view's offsets: ruby dropped, 項(xiàng)目)
    before = _QUOTES.sub("", text[text.rfind("\n", 0, a) + 1:a])
    if not own or own in before or _NOW_WORDS.fullmatch(own) and _NOW_WORDS.search(before):
        return False  # (目前 claimed for 当前，…: now either way)
    if read is None:  # (the paragraph's later values' time: …现场签约项目25个。…“沪洽周”期间…共签约项目26个)
        end = text.find("\n", b)
        return own in _QUOTES.sub("", text[b:end if end >= 0 else len(text)])
    return own != _as_written(read.raw)


# (a plan's term, a stretch of recent years or one since a time, claimed bare: read where they stand in a text)
# (上年同期, 去年同期: the year before's, read by the base year's rules)
_READ_ELSEWHERE = re.compile(r"十[一二三四五六]五|年来|以来|同期|" + RECENT_YEARS.pattern)
_PLAN_TERM = re.compile(r"十[一二三四五]五")  # (the terms plan_years knows)


def _as_written(raw: str) -> str:
    return _QUOTES.sub("", _UNTIL_WORDS.sub("", simplified(raw)).rstrip("份"))


_NOW_WORDS = re.compile(r"目前|当前|现阶段|眼下|现在|如今")
_QUOTES = re.compile(r"[“”\"‘’'「」]")


_UNTIL_WORDS = re.compile(r"^(?:截至|截止|到|至)")


def _which_year_unsaid(src: Source, claimed: Period, read: Period, tie: Tie | None, span: tuple[int, int]) -> bool:
    """Whether the period read leaves the claimed one open: a stretch of the year so far, or 去年 undated."""
    return (_year_so_far(read, claimed, tie) and not _lead_stretch(src, claimed, read)) \
        or _last_year_unresolved(src, claimed, read, span)


def _lead_stretch(src: Source, claimed: Period, read: Period) -> bool:
    """Whether 今年以来 is claimed as the stretch the page opens on (前三季度, 昆明市工业投资同比增长49.8%…; 今年以来,
    …服务517户企业 claimed for 前三季度: the year so far the page reports), which the page itself dates it to."""
    if read.raw != "今年以来":
        return False
    lead = next((p for _, _, p in src.periods() if p.months is not None and p.months[0] == 1), None)
    return lead is not None and lead.months == claimed.months


def _last_year_unresolved(src: Source, claimed: Period, read: Period, span: tuple[int, int]) -> bool:
    """Whether a year claimed in digits (2025年) is for a value of 去年 or 前年 on a page whose date says not which,
    and no heading of a review above it (一、2024年工作回顾⏎过去的一年，…) names the year it looks back on."""
    if not (claimed.year and claimed.year.isdigit()) or read.year not in _PAST_YEARS_RELATIVE \
            or src.published() is not None:
        return False
    reviewed = _review_heading_year(src, span)
    return reviewed is None or read.year == "前年" or reviewed != int(claimed.year)


def _review_heading_year(src: Source, span: tuple[int, int]) -> int | None:
    """The year the nearest heading line above a value that writes a year reviews (一、2024年工作回顾; 2024年工作
    总结): None where that heading is no review's."""
    text = src.simplified_text()
    found = list(_REVIEW_HEADING.finditer(text, 0, text.rfind("\n", 0, src.view_at(span[0])) + 1))
    if not found or _REVIEWED.search(found[-1].group()) is None:
        return None
    return int(found[-1].group(1))


# A heading line that writes a year, numbered or not (一、2024年工作回顾; （一）2023年主要成绩).
_REVIEW_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]"
                             r"|[（(][一二三四五六七八九十\d]+[）)])?"
                             r"[ \t\u3000]*(?:回顾)?((?:19|20)\d{2})年[^。，,；;：:！？\n]{0,30}$", re.M)
# What a heading of a look back says (2024年工作回顾, 2023年工作总结, 2024年主要成绩, 2022年…计划执行情况): the year
# it heads is over (not a part of it: 2024年计划上半年执行情况).
_REVIEWED = re.compile(r"^(?:(?!季度|半年|\d月).)*(?:回顾|总结|成绩|成效|成果|完成情况|执行情况)")


_PAST_YEARS_RELATIVE = frozenset({"去年", "上年", "前年"})


def _stretch_read(src: Source, claimed: Period | None, span: tuple[int, int]) -> _Finding | None:
    """What a stretch of years written in the value's sentence says of the claimed period: a recent stretch or an
    average's own span claimed holds; an end of a change over a span is that end's year. None where it says nothing."""
    if _recent_years_written(src, claimed, span) or _average_over_stretch_written(src, claimed, span):
        return _FINE
    if _summed_over_years_span(src, claimed, span):
        return _Finding(WRONG, "period")
    return _end_of_years_span(src, claimed, span)


def _summed_over_years_span(src: Source, claimed: Period | None, span: tuple[int, int]) -> bool:
    """Whether one year (or part of one) is claimed for a running total over a span of years its sentence writes
    before it (2019年至2023年，全市累计完成工业投资1105.8亿元, 累计新增…271家): the span's sum, no year's."""
    if claimed is None or not (claimed.year or claimed.months) or claimed.other:
        return False
    found = src.tie_of.sentence(span)
    if found is None:
        return False
    sentence, at = found
    spans = list(_YEARS_SPAN_WRITTEN.finditer(sentence, 0, at))
    if not spans:
        return False
    between = sentence[spans[-1].end():at]
    return _SUMMED_WORD.search(between) is not None and not periods_in(between)


_SUMMED_WORD = re.compile(r"累计|共计|合计|总计")


def _stretch_for_its_start(src: Source, claimed: Period, span: tuple[int, int]) -> _Finding | None:
    """The stretch a change is written over (“十四五”期间…从17.1%提升至36.7%) claimed for the value it starts from:
    the start is the year before the stretch, not the stretch."""
    text = src.text
    if not claimed.other or not _STRETCH_OF_YEARS.search(claimed.raw + "期间") \
            or _FROM_BEFORE.search(text, max(0, span[0] - 4), span[0]) is None \
            or _TO_AFTER.match(text, span[1]) is None:
        return None
    found = src.tie_of.sentence(span)
    if found is None:
        return None
    written = _QUOTES.sub("", found[0][:found[1]])
    return _Finding(WRONG, "period") if _QUOTES.sub("", claimed.other.removesuffix("期间")) in written else None


def _span_aside(sentence: str, years: re.Match[str], at: int) -> bool:
    """Whether a span of years written before a change at `at` is not the change's: inside a title
    (《…（2021—2025年）》), a base or a plan named before it (与2018—2020年相比, 按照2021—2025年…规划), or followed
    by a year of its own before the change (…，2024年，全市链主企业从18家增加到了35家)."""
    return _SPAN_BASE.search(sentence, max(0, years.start() - _SPAN_BASE_REACH), years.start()) is not None \
        or _YEAR_WRITTEN.search(sentence, years.end(), at) is not None


# What a span of years is aside from a change after it by: a title open around it, a base or plan it is named as
_SPAN_BASE = re.compile(r"《[^《》]*$|(?:与|同|较|比|按照|对照|根据|依据)[（(]?$")
_SPAN_BASE_REACH = 40


def _end_of_years_span(src: Source, claimed: Period | None, span: tuple[int, int]) -> _Finding | None:
    """What a span of years its sentence writes (2018年到2022年) says of a value that starts or ends a change written
    from one value to another (…从1.48万亿元增加到1.96万亿元): the first is the first year's, the second the last's.
    With neither a span nor a plan's term written before it, the start's time is not said: the period in force dates
    the change or where it ended (2024年，…链主企业从18家增至35家), and a claimed period is left open for the start.
    None where the value is no such end or the claim names no single year, nor the span itself for its start."""
    if claimed is None:
        return None
    text = src.text
    start = _FROM_BEFORE.search(text, max(0, span[0] - 4), span[0]) is not None \
        and _TO_AFTER.match(text, span[1]) is not None
    if not (claimed.year and claimed.year.isdigit()):
        return _stretch_for_its_start(src, claimed, span) or (_start_unplaced(src, span) if start else None)
    end = not start and _FROM_TO_BEFORE.search(text, max(0, span[0] - 24), span[0]) is not None
    found = src.tie_of.sentence(span) if start or end else None
    if found is None:
        return None
    years = [m for m in _YEARS_SPAN_WRITTEN.finditer(found[0], 0, found[1])]
    if years and _span_aside(found[0], years[-1], found[1]):
        # (与2018—2020年相比，2023年…从37家增长到了82家; 对照《规划（2021—2025年）》，截至2023年底，…: the span is a
        # base's or a title's, and the year written after it dates the change)
        return _Finding(UNSURE, "period") if start else None
    if years:
        year = years[-1].group(1 if start else 2)
        return _FINE if claimed.year == year else _Finding(WRONG, "period")
    terms = [m for m in _PLAN_TERM_WRITTEN.finditer(found[0], 0, found[1])]
    if not start:
        return None
    if not terms or _YEAR_WRITTEN.search(found[0], terms[-1].end(), found[1]):
        # (a year written between the term and the start, 自2022年…以来，…较2022年…，链主企业从20家增至41家: the change
        # may run from it, not from the term's start)
        return _Finding(UNSURE, "period")
    # (“十四五”期间，…贡献率从17.1%提升至36.7%: the start is the plan before's last year, “十三五”末, 2020)
    first = plan_years(terms[-1].group(1))[0]
    return _FINE if claimed.year == str(first - 1) else _Finding(WRONG, "period")


def _start_unplaced(src: Source, span: tuple[int, int]) -> _Finding | None:
    """Unsure for the value a change starts from (…从18家增至35家) where its sentence writes before it neither a span
    of years nor a plan's term that would date the start; None where it writes one."""
    found = src.tie_of.sentence(span)
    if found is None or _YEARS_SPAN_WRITTEN.search(found[0], 0, found[1]) \
            or _PLAN_TERM_WRITTEN.search(found[0], 0, found[1]):
        return None
    return _Finding(UNSURE, "period")


def _average_over_stretch_written(src: Source, claimed: Period | None, span: tuple[int, int]) -> bool:
    """Whether an average over years (年均增长17.3%) is claimed for the stretch of years its own sentence writes
    before it (“十三五”期间，…由186亿元增长到413亿元，年均增长17.3%), whatever year a value between dates."""
    if claimed is None or not claimed.other or not _STRETCH_OF_YEARS.search(claimed.raw):
        return False
    tie = src.tie_of.get(span)
    found = src.tie_of.sentence(span)
    if tie is None or found is None or not (_AVERAGE.search(tie.shown) or _OVER_YEARS.search(tie.shown)):
        return False
    sentence, at = found
    return _QUOTES.sub("", compact(claimed.other)) in _QUOTES.sub("", compact(sentence[:at])) \
        or _stretch_opens_paragraph(src, claimed, span)


def _stretch_opens_paragraph(src: Source, claimed: Period, span: tuple[int, int]) -> bool:
    """Whether the claimed stretch of years opens the average's paragraph (过去五年，是…的五年。…2021年，实现生产
    总值288.7亿元，年均增长5.1%; “十四五”以来，…。2023年，…年均增长15.0%) and nothing between writes another
    stretch: a report's look back dates the level by the stretch's last year, but the average stays over the
    stretch its paragraph opens with. A year's months, a day or another stretch between leave it to the rest."""
    text, at = src.simplified_text(), src.view_at(span[0])
    p0 = text.rfind("\n", 0, at) + 1
    opening = _OPENING_CLAUSE.match(text, p0, at)
    if opening is None:
        return False
    lead = parse_period(opening.group(1))  # (the whole clause a period: 过去五年, not 过去五年我们…)
    if lead is None or lead.other != claimed.other or lead.raw != opening.group(1):
        return False
    between = text[opening.end():at]
    if _STRETCH_OF_YEARS.search(between) or _PLAN_TERM.search(between) or _BASE_YEAR.search(between):
        return False
    found = [p for _, _, p in periods_in(between)]
    return len({p.year for p in found}) <= 1 and all(
        p.year and p.year.isdigit() and p.months in (None, (1, 12)) and not p.other and not p.day for p in found)


# A year the average may be counted from, written between (比2020年年均增长, 由2021年的52亿元增加到2023年的86亿元,
# 是2020年的2.1倍): an average over fewer years than the stretch the paragraph opens with.
_BASE_YEAR = re.compile(r"(?:比|较|由|从|同|相比|对比)\s*(?:19|20)\d{2}\s*年|倍")


# A paragraph's first clause, up to its first comma (过去五年，; “十四五”以来，), with the spaces of an indent.
# (anchored with .match at a paragraph's start: searched along a page, a long run of spaces would make it quadratic)
_OPENING_CLAUSE = re.compile(r"[ \t\u3000]*([^，,。；;：:\n]{2,12})[，,]")


# A change written from one value to another (从1.48万亿元增加到1.96万亿元, 由186亿元增长到413亿元), and a span of
# years (2018年到2022年, 2016-2020年) whose ends are those values' years.
_FROM_BEFORE = re.compile(r"(?:从|由)\s*$")
# (到了 too: 从31.3万亿元增长到了40.5万亿元)
_TO_AFTER = re.compile(r"[^，,；;。\d]{0,8}?(?:到|至)了?\s*[\d.]")
_FROM_TO_BEFORE = re.compile(r"(?:从|由)\s*[\d.]+[^，,；;。\d]{0,10}?(?:到|至)了?\s*$")
_PLAN_TERM_WRITTEN = re.compile(r"十([一二三四五])五[”\"」]?(?:期间|时期|以来)")
_YEARS_SPAN_WRITTEN = re.compile(r"((?:19|20)\d{2})年?\s*(?:[-—－~～]|至|到)\s*((?:19|20)\d{2})年")


def _now_for_a_year(src: Source, claimed: Period | None, span: tuple[int, int]) -> bool:
    """Whether a year is claimed for a value its sentence gives as of now (当前，全县重点实施产业项目13个; 目前…)
    that the page's date does not place in that year: a count now is no year's, unless now is in it."""
    if claimed is None or not (claimed.year and claimed.year.isdigit()):
        return False
    found = src.tie_of.sentence(span)
    if found is None or not AS_OF_NOW.search(found[0], 0, found[1]) or f"{claimed.year}年" in found[0][:found[1]]:
        return False  # (2023年截至目前，…销售4404.85万元: now, in the year its sentence writes)
    dated = src.published()
    return dated is None or dated[0] != int(claimed.year)



def _goal_s_year(src: Source, c: Claim, claimed: Period, at: tuple[Tie | None, tuple[int, int]]) -> _Finding | None:
    """What a goal's or a forecast's own words say of the year claimed for it: the year's goal its words name holds
    for the whole year (1-3月，…高于年度预期目标增速(4.5%)), as does one its sentence aims at as the year's (see
    `_year_goal_aimed_at`); one whose sentence writes 今年 alone is the whole year's, not a month's (今年计划新签约项目
    5个 claimed for 1月份). None where they say nothing."""
    tie, span = at
    aimed = _year_goal_aimed_at(src, c, claimed, span)
    if aimed is not None or tie is None:
        return aimed
    if c.kind == "target" and claimed.months == (1, 12) and _GOAL_OF_YEAR.search(simplified(tie.shown)):
        return _FINE
    written = tie.written
    if written is not None and c.kind in ("target", "forecast") and written.raw in THIS_YEAR_ALONE \
            and claimed.months not in (None, (1, 12)):
        return _Finding(WRONG, "period")
    return None


def _year_goal_aimed_at(src: Source, c: Claim, claimed: Period, span: tuple[int, int]) -> _Finding | None:
    """What a goal says of the claimed period where its sentence first names the year's goal as what it aims at and the
    clause right after, one of 确保 or 力争, spells it out with no period of its own (下半年，我们将紧盯全年目标，确保规
    上工业增加值增长7%、工业投资增长12%; 三、下半年工作打算⏎一是紧盯全年目标，确保…增长9%): the goal is the whole year's
    (of the page's year), though the sentence or its heading opens with the half year left. Another part of the year,
    the opening's own 下半年 among them, is left open: the words also let the goal be the months left's. None for a
    result, where a period is written between (围绕全年目标，确保9月底前累计完成投资…: its own), where other work comes
    between (紧盯全年目标，坚持项目为王，将实施…项目48个: the months left's), or where no such aim is written."""
    found = src.tie_of.sentence(span)
    if c.kind == "actual" or found is None:
        return None
    sentence, at = found
    aims = list(_AIMED_AT_YEAR_GOAL.finditer(sentence, 0, at))
    if not aims or _SPELLED_OUT.match(sentence[aims[-1].end():at]) is None or periods_in(sentence[aims[-1].end():at]):
        return None
    if _PER_STRETCH.search(sentence, aims[-1].end(), at) or _NEXT_YEAR.match(sentence):
        return None  # (确保每月新增…2家: a rate, no year's amount; 明年，…紧盯全年目标: next year's, not the page's)
    if claimed.months not in (None, (1, 12)) or claimed.day or claimed.other:
        return _Finding(UNSURE, "period")
    if claimed.year is None or claimed.year in THIS_YEAR_ALONE:
        return _FINE
    dated = src.published()
    year = src.tie_of.year(span) or (str(dated[0]) if dated is not None else None)
    return _FINE if claimed.year == year else _Finding(UNSURE, "period")


# The year's goal named as what a sentence aims at (紧盯全年目标, 围绕年度目标任务, 对标全年任务, 锚定年度目标).
_AIMED_AT_YEAR_GOAL = re.compile(r"(?:围绕|紧盯|盯紧|紧扣|对标|锚定|瞄准|聚焦)"
                                 r"(?:全年|年度)[^，,。；;\d]{0,4}(?:目标|任务)")
# A rate per month or quarter (每月新增, 月均完成, 每季度): what the goal is spelled out by is no year's amount
_PER_STRETCH = re.compile(r"每(?:个)?月|月均|每(?:个)?季度?|季均|每周|逐月")
# (a sentence that opens with next year, 明年，…紧盯全年目标; not 新的一年 in January, the page's own year)
_NEXT_YEAR = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:明年|来年|下一年)")
# What spells that goal out: the clause right after it, opening with a goal's word (，确保…增长7%、…增长12%), the value
# in it (not 紧盯全年目标，坚持项目为王，将实施重点工业项目48个: the months left's work, a clause between).
_SPELLED_OUT = re.compile(r"[，,]\s*(?:确保|力争|争取|努力)[^，,；;。]*$")


def _recent_years_written(src: Source, claimed: Period | None, span: tuple[int, int]) -> bool:
    """Whether the claim is of a stretch of recent years the value's own sentence writes (近5年来天津累计推出180项…),
    whatever period is in force there."""
    if claimed is None or not RECENT_YEARS.fullmatch(claimed.other or ""):
        return False
    raw = simplified(claimed.raw)
    text, at0 = src.simplified_text(), src.view_at(span[0])
    p0 = text.rfind("\n", 0, at0) + 1
    opening = text[p0:at0].lstrip()
    s0 = max(text.rfind(ch, p0, at0) for ch in FULL_STOP) + 1
    if opening.startswith(raw) and YEARS_COUNTED.search(raw) \
            and not periods_in(text[max(s0, p0 + len(raw)):at0]):
        # (过去五年，我们…。…年均增长6.9%: the stretch opening the value's paragraph, none in the value's sentence)
        return True
    found = src.tie_of.sentence(span)
    if found is None:
        return False
    sentence, at = found
    written = sentence.rfind(raw, 0, at)
    # (近5年来…180项，2023年推出50项: another period between them dates the value)
    return written >= 0 and not periods_in(sentence[written + len(claimed.raw):at])


def _year_of_same_stretch(src: Source, claimed: Period, period: Period, written: Period | None,
                          span: tuple[int, int]) -> _Finding:
    """A claimed period that the one in force does not contradict, held to the year the page reads it in
    (1-10月 under a 2023年 title, claimed for 2022年1-10月, the base of 比上年同期: the year in force says)."""
    if _year_unsaid(src, claimed, period, written):
        return _Finding(UNSURE, "period")
    if not (claimed.year and claimed.year.isdigit()):
        # 上年末 claimed for 截至10月末's value on a page dated 2024-11: a relative year, read by the page's date
        return _FINE if not claimed.year or _relative_claim_holds(src, span, claimed.year, period) \
            else _Finding(UNSURE, "period")
    if period.year == "当年":  # (2021年，…，当年入选…96家: that year, the one written before it)
        year = src.tie_of.year(span)
        return _FINE if year is None or year == claimed.year else _Finding(UNSURE, "period")
    if period.year:  # 过去的一年 under a 2024 report's date is 2023: a relative year, read by the page's date
        return _FINE if period.year.isdigit() or (_relative_year_holds(src, period.year, int(claimed.year))
                                                  and _heading_year_holds(src, period.year, int(claimed.year), span)) \
            else _Finding(UNSURE, "period")
    year = src.tie_of.year(span)
    if year is None:  # no period writes a year: the review part's heading (一、2022年…执行情况), else the page's date
        return _FINE if _review_heading_year(src, span) == int(claimed.year) and not claimed.months \
            or _published_in(src, int(claimed.year), claimed.months) else _Finding(UNSURE, "period")
    listed = _whole_year_of_its_list(src, claimed, period, span)
    if listed and listed != {year}:
        return _FINE if listed == {claimed.year} else _Finding(UNSURE, "period")
    return _Finding(UNSURE, "period") if year != claimed.year else _FINE


def _whole_year_of_its_list(src: Source, claimed: Period, period: Period, span: tuple[int, int]) -> frozenset[str]:
    """The years a whole year written with no year (全年实施亿元以上工业项目60个) claimed as a year can be, where the
    value's numbered item stands in a list whose lead-in or title writes them (see `_item_lead_years`): a year
    written before it in another item or paragraph (…；2024年计划…, 2023年，全县…。 between the goals and the tasks)
    is not its own. None where the claim is no whole year or no such list dates it (an empty set)."""
    if not (claimed.year and claimed.year.isdigit()) or claimed.months not in (None, (1, 12)) \
            or period.year or period.months != (1, 12):
        return frozenset()
    return _item_lead_years(src, span)


def _item_lead_years(src: Source, span: tuple[int, int]) -> frozenset[str]:
    """The years of the list a value's paragraph is an item of (一、…, （一）…, 二是…) when that paragraph writes no
    year before the value: those of the nearest line above that heads what follows (a heading line, or a line that
    ends with ：, 2023年，…主要做了以下工作：) and writes a year, past the other items and the paragraphs that state
    values of their own; past a heading that writes none (三、重点任务, 预计全年：) to what heads it, and so past its
    numbered siblings (二、2023年工作回顾) to the title (2024年工作要点), which may write two (2023年…总结及2024年
    工作安排: either). None (an empty set) where these write none, or the paragraph is no item."""
    text = src.simplified_text()
    at = src.view_at(span[0])
    start = text.rfind("\n", 0, at) + 1
    if not _LIST_ITEM.match(text, start) or _YEAR_WRITTEN.search(text, start, at):
        return frozenset()
    passed = ""  # the numbering of a heading passed that writes no year: its siblings head nothing here
    for line in reversed([line.strip() for line in text[:start].split("\n") if line.strip()]):
        item = _LIST_ITEM.match(line)
        heads = _HEADS.search(line) is not None
        if not heads and (item or _A_NUMBER.search(_YEAR_WRITTEN.sub("", line))) or _A_DAY.search(line):
            continue  # (another item, or a paragraph of values: what it writes is its own; a byline's date heads none)
        numbering = _NUMERALS.sub("N", item.group().strip()) if item else ""
        if numbering and numbering == passed:
            continue
        if _YEAR_WRITTEN.search(line):
            return _years_of(line)
        passed = passed or numbering
    return frozenset()


def _years_of(line: str) -> frozenset[str]:
    """The years a line writes (2024年工作要点: 2024; 2023年…总结及2024年工作安排: both)."""
    return frozenset(m.group(1) for m in _YEAR_WRITTEN.finditer(line))


# A paragraph that is an item of a numbered list (一、, （一）, 1., 二是), and a line that heads what follows: short
# with no clause's stop (三、重点任务, 二、2024年工作计划), or ending with a colon (…主要做了以下工作：).
_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．是]|\d{1,2}[、.．](?!\d)|"
                        r"[（(][一二三四五六七八九十\d]{1,2}[）)])")
_HEADS = re.compile(r"^[^。，,；;！？]{1,30}$|[：:]$")
_YEAR_WRITTEN = re.compile(r"((?:19|20)\d{2})\s*年")
_A_NUMBER = re.compile(r"\d")
_NUMERALS = re.compile(r"[一二三四五六七八九十\d]+")
_A_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _month_or_base_year(src: Source, c: Claim, claimed: Period, period: Period,
                        span: tuple[int, int]) -> _Finding | None:
    """What the period in force says of a claimed month (see `_to_a_month`), else of a year claimed for a value of
    上年 (see `_base_year_read`)."""
    to_a_month = _to_a_month(period, claimed, c)
    return to_a_month if to_a_month is not None else _base_year_read(src, claimed, period, span)


def _base_year_read(src: Source, claimed: Period, period: Period, span: tuple[int, int]) -> _Finding | None:
    """The finding for a year claimed for a value of 上年 on a page that writes the year it reports (2023年…公报:
    比上年增长7.9%（上年增长4.4%）: 4.4% is 2022's, whatever year the page is dated); None where that says nothing."""
    base_year = _year_before_reported(src, period, span)
    if base_year is None or not (claimed.year and claimed.year.isdigit()):
        return None
    return _FINE if int(claimed.year) == base_year else _Finding(WRONG, "period")


def _year_before_reported(src: Source, period: Period, span: tuple[int, int]) -> int | None:
    """The year a 上年 (上年末, 上年同期) in force for a value is, on a page that writes the year it reports before the
    value (2023年…统计公报; a paragraph opening 2023年，): the year before that one, not before the page's date
    (a 2023 bulletin dated 2024-03: 比上年增长7.9%（上年增长4.4%）, 4.4% is 2022's). Also 去年 in brackets right after
    a value (…增长9.2%（去年下降6.5%）). None where the period is no such year or no year is written before."""
    if period.year not in ("去年",) or period.raw is None:
        return None
    raw = simplified(period.raw)
    if not raw.startswith(("上年", "上一年")):
        text = src.simplified_text()
        at = text.rfind(raw, max(0, src.view_at(span[0]) - 12), src.view_at(span[0]))
        if not raw.startswith("去年") or at < 0 or text[max(0, at - 1):at] not in ("（", "("):
            return None
    year = src.tie_of.year(span)
    return int(year) - 1 if year is not None and year.isdigit() else None


_SO_FAR = frozenset({"年初以来", "年初至今"})  # (the year so far, as 今年以来 is, with no word of the year)


def _year_unsaid(src: Source, claimed: Period, period: Period, written: Period | None) -> bool:
    """Whether the page leaves open which year a claimed period that writes none is: 全年 on a page of 2024's
    results and 2025's goals; 今年 or 年初以来 for a value dated 2008年 by a page with no date; 全年 on a page of
    June 2024, for a value its sentence dates 2023年."""
    if written is not None and _year_left_open(src, claimed, written):
        return True
    relative = claimed.year or ("今年" if claimed.other in _SO_FAR else None)
    if relative == "今年" and period.year and period.year.isdigit() and src.published() is None:
        return True
    year = written.year if written is not None else None
    return not claimed.year and claimed.months == (1, 12) and year is not None and year.isdigit() \
        and not _published_in(src, int(year))


def _year_left_open(src: Source, claimed: Period, period: Period) -> bool:
    """Whether a claimed whole year that names none (全年) is claimed for a value of a year written out
    (2025年主要目标是：…增长8.5%左右) on a page whose values are of more than one year: which it means is open."""
    year = period.year
    return not claimed.year and claimed.months == (1, 12) and year is not None and year.isdigit() \
        and bool(src.tie_of.years_stated() - {year})


_YEAR_SO_FAR_READ = frozenset({"年内", "今年以来"})  # (今年以来…服务昆明市517户企业 on a page of 前三季度: to when?)


def _year_so_far(own: Period, claimed: Period, tie: Tie | None) -> bool:
    """Whether a result's own 年内 (年内新增企业4家: the year so far, all of it only in a goal) is claimed as
    months from January that end before December (上半年, 1-9月): which stretch it is, the words do not say."""
    return own.raw in _YEAR_SO_FAR_READ and tie is not None and tie.kind in ("", "actual") \
        and claimed.months is not None and claimed.months[0] == 1 and claimed.months[1] < 12


def _open_as_read(src: Source, claimed: Period, read: tuple[Period, Period | None], span: tuple[int, int],
                  tie: Tie | None) -> bool:
    """Whether the period in force (and the one written for the value) leaves the claimed one open, as written
    (see _open_as_written) or as a whole year claimed for a flow of the year so far."""
    period, written = read
    read_as = written or period
    return _open_as_written(src, claimed, read, span) or _whole_year_for_so_far(claimed, read_as, tie) \
        or _now_against_dated(src, claimed, read_as, span) or _days_against_stretch(claimed, read_as) \
        or _year_not_over(src, claimed, read_as, (span, tie))


def _year_not_over(src: Source, claimed: Period, read: Period, at: tuple[tuple[int, int], Tie | None]) -> bool:
    """Whether this year (今年, or the page's year) is claimed for a whole year's result the text writes with no
    year (全年新增规模工业企业170家) on a page dated before that year's end: a year that is over, the one before."""
    span, tie = at
    dated = src.published()
    if dated is None or not 0 < dated[1] < 12 or read.year or read.months != (1, 12) or read.other:
        return False
    if tie is None or tie.kind in ("target", "forecast"):
        return False  # (全年力争增长8%: the year ahead's goal)
    written = src.tie_of.year(span)
    if written is not None and (written != str(dated[0]) or _reports_its_year(src)):
        # (a year the text writes before it, 2021年，…全年完成…, says which; and a year's bulletin, 2021年…统计公报,
        # reports that year whatever date the page shows: not a meeting of 2025 reviewing 去年's 全年)
        return False
    this_year = claimed.year == "今年" or claimed.year == str(dated[0])
    return this_year and (claimed.months is None or claimed.months == (1, 12))


def _reports_its_year(src: Source) -> bool:
    """Whether the page's opening calls it a year's bulletin or report (2021年…统计公报, …经济运行情况)."""
    return _YEAR_REPORTED.search(src.simplified_text()[:_TITLE_REACH]) is not None


_YEAR_REPORTED = re.compile(r"(?:19|20)\d{2}年[^\n。]{0,20}(?:统计公报|国民经济和社会发展|经济运行情况|年报)")
_TITLE_REACH = 120


def _days_against_stretch(claimed: Period, read: Period) -> bool:
    """Whether one of the claimed and the read period is an event's days (9月6日至8日，…博览会期间共签约项目64个) and
    the other a stretch of months or the year so far that holds them (今年以来, 1-9月): what happened in those days
    is not the stretch's, nor the other way. Not a running total to a day (截至9月30日)."""
    def days(one: Period) -> bool:
        return one.day is not None and not one.raw.startswith(_UNTIL_DAY)

    def stretch(one: Period, year: bool = False) -> bool:
        return one.day is None and (one.months is not None or one.raw.endswith("以来") or year and bool(one.year)) \
            and not one.other
    # (days claimed for a year's value too, 今年 of 全市今年累计新开工517个: what was done in a week is not the
    # year's; but an event's days are in its year, 今年 claimed for them holds)
    return days(claimed) and stretch(read, year=True) or days(read) and stretch(claimed)


_UNTIL_DAY = ("截至", "截止", "到", "至")


def _now_against_dated(src: Source, claimed: Period, read: Period, span: tuple[int, int]) -> bool:
    """Whether the claim and the value's paragraph disagree on now (截至目前, 至今: a running total since some start
    the text does not give) against a stretch the text dates (2009年, 2015年上半年, 1-9月): a dated stretch claimed
    where the paragraph says now after that stretch's writing and before the value, or now claimed where it does
    not. The same figure only if the page was written then, which neither says. (今年 for 截至目前's total: of
    this year too, see _whole_year_for_so_far.)"""
    # (the period read is written as the reading has it, in the view's simplified text: on the page, 今年(nián)1-5月
    # or 今年以來 is not found, and now before it seemed to come after it)
    text, at = src.simplified_text(), src.view_at(span[0])
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    before = paragraph.split(read.raw)[-1]
    now = _UP_TO_NOW_SAID.search(before)
    # (2023年截至目前，…: now in the year written right before it, which holds)
    said = now is not None and not (now.start() == 0 and read.raw in paragraph) \
        and not _growth_past_now(src, before[now.end():], span)
    if _UP_TO_NOW.search(claimed.raw):  # (2023年截至目前: now, of that year)
        return now is None and _dated(read)
    return said and _dated(claimed)


def _growth_past_now(src: Source, after_now: str, span: tuple[int, int]) -> bool:
    """Whether the value is a growth in a ；-part after the one now opens (目前全县在库项目141个，…；工业投资增长25.5%):
    a stock is counted now, a growth is of the stretch written before."""
    tie = src.tie_of.get(span)
    return tie is not None and tie.measure == "growth" and ("；" in after_now or ";" in after_now)


def _dated(one: Period) -> bool:
    """Whether a period names a year in digits or months: a stretch the text dates, not now nor a relative year."""
    return bool(one.year and one.year.isdigit() or one.months)


_UP_TO_NOW = re.compile(r"(?:截至|截止|截止到|到)(?:目前|当前|现在)|目前|至今(?![年天日])")  # (not 截至今年5月)
# Now, opening a clause (截至目前，…; 目前全市…), not 当前位置 (a page's path) or 聚焦…目前 inside a clause.
# (…自2019年开发区成立至今，…: since a start, to now, wherever it stands)
_UP_TO_NOW_SAID = re.compile(r"(?:^|(?<=[。！？!?，,：:；;\s]))(?:" + _UP_TO_NOW.pattern + r")|至今(?![年天日])")


def _whole_year_for_so_far(claimed: Period, read: Period, tie: Tie | None) -> bool:
    """Whether a whole year is claimed (今年, 全年, 2024年) for a flow of the year so far (1-9月, 今年以来): the
    figure is this year's, but not the whole year's, and the claim does not say which stretch. Not a running
    total (截至目前累计…21家: there at the time, of 今年 too)."""
    if tie is not None and (tie.tally == "total" or _UNTIL_NOW.search(tie.shown)):
        return False
    whole = _WHOLE_YEAR.fullmatch(_QUOTES.sub("", claimed.raw.strip())) is not None
    months = read.months is not None and read.months[0] == 1 and read.months[1] < 12 and read.day is None
    # (今年 for 今年以来's value is how a reader names the year so far; 2024年 or 全年 for it is the whole year)
    since = read.raw.endswith("以来") and "年" in read.raw and read.months is None \
        and not (claimed.year in _RELATIVE_YEARS and claimed.months is None)
    return whole and (months or since)


_WHOLE_YEAR = re.compile(r"(?:19|20)\d{2}年(?:度|全年)?|今年|本年|当年|全年|年度|本年度|今年全年")
_UNTIL_NOW = re.compile(r"截至|截止|目前|现有|累计")


def _since_january(one: Period, other: Period) -> bool:
    """Whether `one` runs from the year's start to now (今年以来, 年初以来) and `other` is a part of the year that
    starts later (第三季度, 7-9月, 9月): never the same stretch."""
    return one.raw.endswith("以来") and "年" in one.raw and one.months is None \
        and other.months is not None and other.months[0] != 1 and other.day is None


# (not 当年, that year: 2020年，全镇招引项目4个、当年到位资金3亿元 is 2020's, whatever year the page is dated)
_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}


def _relative_claim_holds(src: Source, span: tuple[int, int], relative: str, period: Period) -> bool:
    """Whether a claimed relative year (去年) can be the year of the value in force at `span`: its period's
    year, else the year written before it, else one the page's date lets it report."""
    if period.year and not period.year.isdigit():
        return True  # (a relative year in force, which the claim's does not conflict with)
    dated, shift = src.published(), _RELATIVE_YEARS.get(relative)
    if dated is None and shift:
        return False  # (上年 claimed on a page with no date, for a value whose words say no 上年: before which year?)
    year = period.year or src.tie_of.year(span)
    if year is not None and year.isdigit():
        return _relative_year_holds(src, relative, int(year))
    return dated is None or shift is None or _published_in(src, dated[0] + shift)


def _relative_year_holds(src: Source, relative: str, year: int) -> bool:
    """Whether a relative year (去年) can be `year` on a page dated as its first date says; a page with no
    date, or a relative year this does not place (同年), says nothing against it."""
    dated, shift = src.published(), _RELATIVE_YEARS.get(relative)
    return dated is None or shift is None or dated[0] + shift == year


def _heading_year_holds(src: Source, relative: str, year: int, span: tuple[int, int]) -> bool:
    """On a page with no date, whether 今年 can be `year` by the heading line nearest above the value that writes
    a year (2024年广东经济社会发展⏎有这些目标⏎…今年…的主要预期目标是：): the year it heads. A year written in a
    sentence (2023年全市…。今年，…) says nothing: it may be the year before."""
    if src.published() is not None or _RELATIVE_YEARS.get(relative) != 0:
        return True  # (not 去年 under 2025年工业总产值⏎目标突破…: a heading of a goal's year is no page's year)
    text = src.simplified_text()
    found = _HEADING_YEAR.findall(text, 0, text.rfind("\n", 0, src.view_at(span[0])) + 1)
    return not found or int(found[-1]) == year


# A heading line that writes a year: short, no sentence's or clause's punctuation (2024年广东经济社会发展).
_HEADING_YEAR = re.compile(r"^[ \t\u3000]*((?:19|20)\d{2})年[^。，,；;：:！？\n]{0,30}$", re.M)


def _published_in(src: Source, year: int, months: tuple[int, int] | None = None) -> bool:
    """Whether a page whose periods write no year can report `year`, by its first date (its publication's):
    that year, or the year before when the page is dated in its first four months (2024-02-20 for 全年), and
    before the end of the stretch of `months` claimed (一季度 on a page of 2024-04-26 is 2024's: its quarter has
    ended). A page with no date says nothing against it."""
    dated = src.published()
    if dated is None:
        return True
    published, month = dated
    ended = months is not None and months[1] < month
    return year == published or (year == published - 1 and month <= _LOOKS_BACK_UNTIL and not ended)


# A value its own words give to the year before (上年同期为4.9亿千瓦时, 去年同期是…), not a comparison with it
# (比上年同期增长): claimed for this year's period it is misattributed.
_BASE_YEAR_VALUE = re.compile(r"(?<![比较与同和])(?:上年|去年|上一年)同期(?:为|是|达到?|完成|实现|有|仅)?[：:]?$")
# A running total over a count of years, in a value's own words (五年累计, 三年来累计; 近三年 is read as a period).
_YEARS_SUMMED = re.compile(r"(?<![\d〇○零一二三四五六七八九十两近])((?:\d{1,2}|[两二三四五六七八九十]{1,2})年)来?累计")
_BASE_YEAR_CLAIMED = re.compile(r"上年|去年|上一年|同期|前一年")
_COMPARED_YEAR = re.compile(r"(?:较|比|与|同)(?:上年|去年|上一年)?同期")  # (增速较上年同期: the base, not the year)
_BASE_YEAR_SENTENCE = re.compile(r"\s*(?:上年|去年|上一年)同期[，,：:]")  # (a sentence of last year's values)
_BASE_YEAR_PERIOD = re.compile(r"(?:上年|去年|上一年)同期$")
_BASE_YEAR_OPENING = re.compile(r"^(?:上年|去年|上一年)同期(?![提回])")


# A claimed period that is a relative one (上年, 去年末, 上月), and the words that compare a value with it.
_RELATIVE_PERIOD = re.compile(r"^(?:上年|上年度|上一年度|去年|上一年|前一年|上月|上季度|上年末|去年末|上年底|"
                              r"去年底|年初|上届|上一届|上期)$")


def _compared_with_claimed(period: str, shown: str) -> bool:
    """Whether a claimed period is only what the value's own words compare it with (比上年增长6.8%, 较上年末
    增加21户, 比年初净增187家, 较一季度扩大) and its words name no value of that period."""
    period = simplified(period).strip()
    if not (_RELATIVE_PERIOD.match(period) or _part_of_year(period)):
        return False
    own = simplified(shown).rsplit("…", 1)[-1]
    # (较一季度调度目标高3.9个百分点: the goal of that period compared with, the gap reached in it)
    compared = rf"(?:比|较|同|与|相比){re.escape(period)}(?![^，,；;。]{{0,4}}(?:目标|计划|任务))"
    return bool(re.search(compared, own)) and not own.startswith(period)


def _part_of_year(period: str) -> bool:
    """Whether a period is months of a year (一季度, 1-9月, 9月) that a later period's value is compared with
    (降幅较一季度扩大1.2个百分点 under 上半年)."""
    found = parse_period(period)
    return found is not None and found.months is not None and found.day is None and found.months != (1, 12)


_BASE_OWN = re.compile(r"(?:同期|末|底)?的")  # (较上年同期的30.5亿元: the base's own value follows)


def _only_compared_in(period: str, sentence: str, at: int) -> bool:
    """Whether a claimed relative period is written in the value's sentence (the value at `at`) only as what is
    compared with (签约总额386.5亿元，较上届增长21.6%: no value of 上届 there, 386.5亿元 claimed for 上届); a value
    right after it (比上年的326家, 较上年末的1280户) is the base's own."""
    period = simplified(period).strip()
    if not _RELATIVE_PERIOD.match(period) or period not in sentence:
        return False
    found = list(re.finditer(re.escape(period), sentence))
    if any((own := _BASE_OWN.match(sentence, m.end())) and own.end() == at for m in found):
        return False
    return all(sentence[max(0, m.start() - 2):m.start()].endswith(("比", "较", "同", "与", "相比")) for m in found)


def _base_year_value(shown: str) -> bool:
    """Whether a value's own words give it to the year before: …上年同期为4.9亿千瓦时, or a clause that opens
    with it (去年同期全县工业用电量为3.2亿千瓦时)."""
    own = shown.rsplit("…", 1)[-1].strip()
    return bool(_BASE_YEAR_VALUE.search(shown) or _BASE_YEAR_OPENING.match(own))


def _base_year(src: Source, c: Claim, claimed: Period | None, span: tuple[int, int]) -> _Finding:
    """A value of the year before, claimed with no word of that year: a period that writes the year before
    the one in force holds; any other period is another year's; none leaves it open."""
    if claimed is None:
        return _Finding(UNSURE, "period")
    year = _value_year(src, span)  # (去年1-10月 on a page of 2024: the page's year is the one in force)
    if claimed.year and claimed.year.isdigit() and year is not None:
        return _FINE if int(claimed.year) == year - 1 else _Finding(WRONG, "period")
    return _Finding(WRONG, "period")


def _value_year(src: Source, span: tuple[int, int]) -> int | None:
    """The year of the value at `span`: the one stated last before it, else its page's date's; None where neither
    says."""
    stated = src.tie_of.year(span)
    if stated is not None and stated.isdigit():
        return int(stated)
    dated = src.published()
    return dated[0] if dated is not None else None


def _own_year(src: Source, c: Claim, claimed: Period | None, span: tuple[int, int], tie: Tie | None) -> _Finding | None:
    """What a value's own words say of its year, before the period in force is asked: the year before's value
    (上年同期为…), a claim dated 上年同期 for a value that is not one, a year's goal (全年目标(25家)); None
    when they say nothing of it."""
    # (a value its own words, or its table column, date to the year before: 上年同期为…, 上年同期累计)
    summed = _years_summed(tie, claimed)
    if summed is not None:
        return summed
    found = src.tie_of.sentence(span)  # (in the reading's offsets: a page with ruby has fewer characters there)
    base = _bracketed_since(found[0], found[1]) if found is not None else ""
    base_year = base == "上年同期" or (found is not None and _BASE_NOTED.search(found[0], 0, found[1]) is not None) \
        or (tie is not None and (_base_year_value(tie.shown)
                                                          or _last_years_months(tie.written))) \
        or (found is not None and _BASE_YEAR_SENTENCE.match(found[0]) is not None)  # (上年同期，技改投资增长9.1%)
    if base_year and not _BASE_YEAR_CLAIMED.search(c.period + c.indicator):
        return _base_year(src, c, claimed, span)
    if base_year and claimed is not None and claimed.year == "去年":
        return _FINE  # (…，去年同期增长8.1% claimed for 去年1-2月: the year before's, as its own words say)
    if tie is not None and not base_year and _BASE_YEAR_PERIOD.match(c.period.strip()) \
            and not _BASE_YEAR_CLAIMED.search(_COMPARED_YEAR.sub("", c.indicator)):
        return _Finding(WRONG, "period")  # 增长16.4%，上年同期为下降4.6%: 16.4% claimed for 上年同期
    if tie is not None and _compared_with_claimed(c.period, tie.shown):
        return _Finding(WRONG, "period")  # 全年…比上年增长6.8% claimed for 上年: the base it is compared with
    return _sentence_year(c, claimed, found, "" if base_year else base, tie.written if tie is not None else None)


def _years_summed(tie: Tie | None, claimed: Period | None) -> _Finding | None:
    """What a running total over a count of years in the value's own words (五年累计完成工业投资1860亿元) says of the
    claimed period: a stretch of as many years holds, any one year or months are another's; None where there is none."""
    summed = _YEARS_SUMMED.search(_own_shown(tie)) if tie is not None else None
    if summed is None or claimed is None:
        return None
    stretch = parse_period(summed.group(1) + "来")
    return _FINE if claimed.other and stretch is not None and not claimed.conflicts(stretch) \
        else _Finding(WRONG, "period")


def _sentence_year(c: Claim, claimed: Period | None, found: tuple[str, int] | None, base: str,
                   written: Period | None) -> _Finding | None:
    """What a value's sentence (`found`: it, and where the value starts in it) says of its period: a base's
    value in brackets (`base`: the period compared with), a relative period only compared with, a year's goal
    (of the year written for it, `written`, where one is: 2025年，拟安排…年度计划投资300亿元 is 2025's goal)."""
    if base:  # 比1-9月(5.2%): 1-9月's value, whatever period its sentence reports
        return _FINE if claimed is not None and _compared_since(f"比{claimed.raw}") == base else \
            _Finding(UNSURE if claimed is None else WRONG, "period")
    if found is None:
        return None
    sentence, at = found
    if c.period and _only_compared_in(c.period, sentence, at):
        return _Finding(WRONG, "period")
    if claimed is not None and _whole_year(claimed) and _GOAL_NOTED.search(sentence, max(0, at - 12), at):
        return _FINE  # (a goal noted in brackets, 32家（下达任务27家）: the year's, or the months' so far)
    goal = _YEARS_GOAL.search(sentence, max(0, at - 12), at)
    if goal is not None and not GAP_TO_GOAL.search(sentence, max(0, at - 12), at) \
            and not (c.unit == PERCENT and (goal.group().startswith("占")
                                            or sentence.endswith(_REACHING, 0, goal.start()))):
        # 完成全年目标(25家)的48%, 年度计划投资285亿元: the year's goal, whatever period its sentence reports (not
        # 完成年度目标52.2%, the share of it reached in the months so far, nor 占年计划65.1%, a share of it)
        if claimed is not None and _years_written_apart(claimed, written):
            return _Finding(WRONG, "period")
        return _FINE if claimed is None or _whole_year(claimed) else _Finding(WRONG, "period")
    handed = _handed_down_year(claimed, written, found)
    return handed if handed is not None else _years_plan_year(c, claimed, found, written)


def _handed_down_year(claimed: Period | None, written: Period | None, found: tuple[str, int]) -> _Finding | None:
    """What a quota handed down with no period of its own (see `_handed_down_goal`) says of the claimed period: the
    year's (as written for the value, where a year is) holds; months claimed for it are left open, since the quota
    is read as the year's from the genre's habit, not from a word. None for any other value."""
    if claimed is None or not _handed_down_goal(*found):
        return None
    # (为市下达目标（200亿元）的93.4% after 截至11月底: the year's quota, not the months' so far)
    return _FINE if _whole_year(claimed) and not _years_written_apart(claimed, written) else _Finding(UNSURE, "period")


def _handed_down_goal(sentence: str, at: int) -> bool:
    """Whether the value at `at` is the amount of a goal a higher level hands down, naming no period (市下达目标
    （200亿元）, 市下任务（36亿元）, 市下目标任务20家, 市下115亿元目标), that a result so far is a share of (…的93.4%):
    such a quota is the year's (a half year's or a quarter's names its period: 市下达上半年目标), whatever months
    the sentence reports."""
    if _HANDED_DOWN_BEFORE.search(sentence, max(0, at - 12), at) is None:
        between = _HANDED_DOWN_LEVEL.search(sentence, max(0, at - 6), at) is not None
        if not (between and _GOAL_AFTER_AMOUNT.match(sentence, at)):
            return False
    return _SHARE_OF_IT.match(sentence, at) is not None


_HANDED_DOWN_LEVEL = re.compile(GOAL_SETTER + "$")
# (市下达目标（, 市下任务（, 市下目标任务, 县定目标为: the goal's name, then its amount)
_HANDED_DOWN_BEFORE = re.compile(GOAL_SETTER + r"(?:目标|任务)(?:任务)?数?(?:为|是)?[（(]?$")
# (115亿元目标的: the amount written between the level and the goal's name)
_GOAL_AFTER_AMOUNT = re.compile(r"[\d.]+\s*[^\d，,；;。（）()]{0,4}?(?:目标|任务)")
# (…亿元）的93.4%, …20家的110%: a share of the goal reached, in the value's clause)
_SHARE_OF_IT = re.compile(r"[\d.]+\s*[^\d，,；;。]{0,10}?的[\d.]+\s*[%％]")


def _years_plan_year(c: Claim, claimed: Period | None, found: tuple[str, int],
                     written: Period | None) -> _Finding | None:
    """What a year's plan, forecast or quota named with words between its year and its amount (年度计划完成投资
    42.3亿元 beside 1-8月份累计完成投资…) says of the period claimed for it as a goal or forecast: the year's holds;
    a stretch shorter than the year (1-8月) is left open, for its words name the year's, so the months are no goal's
    period, yet the words are less sure a goal here than right before the amount (where 1-8月 is refuted). None
    for any other value or claim: claimed as a result, it is left as the period in force reads it."""
    sentence, at = found
    if claimed is None or c.kind not in ("target", "forecast") \
            or _YEARS_PLAN_NAMED.search(sentence, max(0, at - _PLAN_NAME_REACH), at) is None:
        return None
    if _whole_year(claimed) and not _years_written_apart(claimed, written):
        return _FINE
    return _Finding(UNSURE, "period") if claimed.months is not None and claimed.months != (1, 12) else None


def _years_written_apart(claimed: Period, written: Period | None) -> bool:
    """Whether the claimed year and the one written for the value are both years as written, and differ."""
    return written is not None and (claimed.year or "").isdigit() and (written.year or "").isdigit() \
        and claimed.year != written.year


def _bracketed_since(sentence: str, at: int) -> str:
    """The period of a value in brackets right after a comparison with it (增速比上年同期(12.1%)回落, 比1-9月
    （5.2%）: the base's own value), as _compared_since keys it; "" for any other value."""
    if sentence[max(0, at - 1):at] not in ("(", "（"):
        # (or written inline, right before how much the value compared has changed since: 比同期4300万元净增加…)
        inline = _BASE_INLINE.search(sentence, max(0, at - 12), at)
        if inline is None or _CHANGED_SINCE_BASE.match(sentence, at) is None:
            return ""
        return "上年同期" if "同" in inline.group(1) else _compared_since(inline.group())
    return _compared_since(sentence[max(0, at - 16):at - 1])


# A base compared with, written right before its own value (比同期4300万元, 较上年同期的1.2亿元), and how much the value
# compared has changed since, right after that value (净增加1000万元, 增长20%, 多增…).
_BASE_INLINE = re.compile(r"(?:比|较)((?:上年|去年|上一年)?同(?:期|月)|上年|去年)的?$")
_CHANGED_SINCE_BASE = re.compile(r"[\d.,]+\s*(?:万|亿|千)*[\u4e00-\u9fff%％]{0,3}?(?:净|又|多)?"
                                 r"(?:增加|增长|减少|下降|增收|减收|提高|回落|多|少)")


def _last_years_months(p: Period | None) -> bool:
    """Whether `p` is written as months of the year before (上年1-10月, 去年10月), not as the year a report
    looks back on (过去的一年)."""
    return p is not None and p.year == "去年" and p.months is not None and p.raw.startswith(("上年", "去年"))


_REACHING = ("完成", "实现", "达到", "达")  # (a goal reached, before its name)


# (and a goal's amount a share is of, 占任务数16900万元的63.7%)
# A goal noted in brackets right after a value (32家（下达任务27家）, 8.2亿元(目标7.5亿元)): its own amount.
_GOAL_NOTED = re.compile(r"[（(](?:[\u4e00-\u9fff]{0,4}(?:下达|分解)|年度(?:增长|投资|计划)?)?(?:目标|计划|任务)数?"
                         r"(?:为|是)?[：:]?$")
# A base noted in brackets right after a value (12家（上年同期9家）, （上年同期为下降1.4%）): the year before's.
_BASE_NOTED = re.compile(r"[（(](?:上年|去年|上一年)同期(?:为|是)?(?:同比)?(?:增长|下降|增加|减少)?[：:]?$")
_YEARS_GOAL = re.compile(r"(?:(?:全年|年度|年)(?:目标|计划|任务)(?:任务)?|占(?:全年|年度|年)?(?:目标|计划|任务)数?)"
                         r"(?:投资|产值|总额)?(?:为|达|是)?[（(]?$")
# A year's plan, forecast or quota named with words between its year and its amount (年度计划完成投资9.7亿元,
# 年预计投资25.88亿元, 年度专精特新中小企业培育任务50家): the year's, as 年度计划投资 is, whatever stretch its
# sentence reports (1-6月份, 截至10月底). Not a half year's plan (上半年计划…), nor a plan's own year written before
# it (2025年计划…: a written year is read as such). The measure may stand before the plan word as well (年度投资计划
# 31.6亿元, the same plan as 年度计划投资).
_YEARS_PLAN_NAMED = re.compile(r"(?:全年|(?<![半上下])年度|当年|(?<![\u4e00-\u9fff\d])年)"
                               r"(?:(?:计划|预计)(?:完成)?[\u4e00-\u9fff]{0,2}?(?:投资|产值|总额)|(?:投资|产值)计划"
                               r"|[\u4e00-\u9fff“”]{2,12}?(?:目标|任务))(?:为|达|是)?$")
_PLAN_NAME_REACH = 20  # (省下达我市年度专精特新中小企业培育任务50家: the quota's name between its year and its amount)


def _whole_year(p: Period) -> bool:
    return p.months == (1, 12) or (bool(p.year) and p.months is None and p.other is None) or p.other == "年度"


_GOAL_OF_YEAR = re.compile(r"(?:年度|全年)[^，,。；;\d]{0,4}(?:目标|任务)")  # (年度预期目标增速, 全年目标任务)


# What the years of a stretch added up to, in the value's own words (五年净增61家, 三年累计完成): the stretch's.
_OVER_YEARS = re.compile(r"[两三四五六七八九十\d]年(?:来)?(?:净增|新增|累计)[^，,；;。\d]{0,8}$")


def _compared_since(words: str) -> str:
    """The period the last comparison `words` write is with, as a key (比1-9月 and 较1-9月份: "1-9"; 比上年同期, 较去年
    同期: "上年同期"), "" when they compare with none (比全省 is a place)."""
    at = max(words.rfind("比"), words.rfind("较"))
    if at < 0:
        return ""
    rest = words[at + 1:]
    relative = _SINCE_RELATIVE.match(rest)
    if relative:
        return _SINCE_SAME.get(relative.group(), relative.group())
    found = periods_in(rest[:12])
    months = found[0][2].months if found and found[0][0] == 0 else None
    if months is None:
        return ""
    return f"{found[0][2].year or ''}{months[0]}-{months[1]}"


_SINCE_RELATIVE = re.compile(r"(?:上年|去年|上一年)同期|上年|去年|上月|上季度|上半年|年初|上年末|去年末|上年底")
_SINCE_SAME = {"去年同期": "上年同期", "上一年同期": "上年同期", "去年": "上年", "去年末": "上年末", "上年底": "上年末"}


_LOOKS_BACK_UNTIL = 4  # the last month of a year in which its pages may still report the year before
