"""Period writings of a text (2023年1-9月, 前三季度, 上半年, 国庆假期, 3年内), each read into one normalised Period:
one period however it is written, and whether two conflict."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..core.regex import Anchored
from .chinese import CN_DIGITS, parse_chinese_numeral
from .spans import start_after

_CN = "一二三四五六七八九十两"
_MONTH = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_LUNAR_DAY = (r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|"
              r"三十|十五|元宵)")
# every writing starts with one of these
_PERIOD_FIRST = "0-9一二三四五六七八九十两今去上明前同当全年下第近农正春节国过端中清元“假首本这即"
PERIOD = re.compile(
    rf"(?=[{_PERIOD_FIRST}])"
    r"(?:(?P<year>(?:19|20)\d{2})\s*年(?:度)?|(?P<rel>(?:今年|去年|上年|明年|前年|同年|当年|即将过去的?一年|过去的?一年)(?!同期)"
    # (这一年，我们…: a work report's look back opening its paragraph or sentence, the year it reviews; not
    # 一年来, which opens a list of the work done as often as a year's figures)
    r"|(?<![^\n。！？])这一年(?=[，,])))?"
    r"(?:"
    r"(?P<within>(?:\d{1,2}|[两二三四五六七八九十]{1,2})年(?:之)?内)"  # (3年内, a horizon of years: not 年内)
    r"|(?P<whole>全年|年内|年底|年末|全年度|本年度)"  # (本年度: this year whole, as 全年度; bare 年度 names goals)
    # (近三年，…平均增速达到9.1%: 近三年 written alone ends its clause; 5年来, 十年来 after no digit)
    r"|(?P<recent>近年来|近几年来|近(?:\d{1,2}|[两二三四五六七八九十]{1,2})年(?:来|(?=[，,])|(?=[^，,；;。\d]{0,12}累计))"
    r"|(?<!\d)(?:\d{1,2}|[两二三四五六七八九十]{1,2})年来|年初至今"
    r"|过去的?(?:\d{1,2}|[两三四五六七八九十]{1,2})年(?![度底末初]))"  # (过去五年, a report's review: not 过去一年)
    r"|(?P<half>上半年|下半年)"
    r"|(?P<first>前)(?P<firstn>[一二三三四]|\d)(?:个)?季度"
    # (一至三季度, 2023年一季度至三季度: a run of quarters, 1-9月)
    r"|(?:第)?(?P<q1>[一二三四1-4])(?:季度)?\s*[至到~～—-]\s*(?:第)?(?P<q2>[一二三四1-4])季度"
    r"|(?:第)?(?P<quarter>[一二三四1-4])季度|(?P<opening>首季度?)(?!度)"  # (首季: the first quarter)
    rf"|前(?P<firstm>{_MONTH})(?:个月|月份?)|近(?P<lastn>{_MONTH})个月"  # (前8月 as 前8个月)
    # (110月份, 19月份: a scraped page's 1-10月份 whose dash was lost; no month is over 12, so a run of digits
    # from 13 to 112 before 月 is January to the month its tail writes; 12月 stays December)
    r"|(?<![\d.])1(?P<lostm>1[0-2]|[3-9])\s*月(?:份)?(?![\d日号])"
    # (1月一6月: a dash typed as 一, between two months written in digits; 1月份-6月份, 1月份至6月份: each month
    # written with 份)
    rf"|(?P<m1>{_MONTH}|元(?=月))\s*(?:[-—–~～至到]|月(?:份)?\s*(?:[-—–~～至到]|一(?=\d)))\s*(?P<m2>{_MONTH})\s*月(?:份)?(?![\d{_CN}]{{1,3}}[日号])"
    rf"|(?P<month>{_MONTH}|元(?=月))\s*月(?:份)?(?:(?P<day>\d{{1,2}}|[{_CN}]{{1,3}})[日号])?"
    rf"|(?:农历)?(?:正月|春节)(?P<lunar>{_LUNAR_DAY})?(?:(?:到|至|—|-)(?:正月)?(?P<lunar2>{_LUNAR_DAY}))?(?:期间|前后|假期)?"
    r"|“?(?P<holiday>(?:五一|国庆|端午|中秋|清明|元旦)+)”?节?(?:\d{1,2}|[一二三四五六七八九十])?天?"
    r"(?:假期|小长假|黄金周|期间)(?:期间)?"
    r"|(?P<leave>假期)(?:期间)?(?=[，,、：:]|期间|全|我|各|共|累计|[^\u4e00-\u9fff]|$)"
    r"|(?P<festival>春节期间|节后|节前)"
    r"|“?(?P<plan>十[一二三四五]五)”?(?P<planat>末|期末|期间|时期|以来)?"  # (到“十二五”末, “十四五”期间: a plan's term)
    r")?"
)
_PERIOD_AT = Anchored(PERIOD, _PERIOD_FIRST)


HOLIDAYS = frozenset({"五一", "国庆", "端午", "中秋", "清明", "元旦", "假期"})  # as the period reader names them


def _days_apart(one: Period, other: Period) -> bool:
    """Whether `one` is a day of the month written alone (21日, 22号) and `other` a dated day that is not it."""
    m = _BARE_DAY.fullmatch(one.other or "")
    return m is not None and other.day is not None and other.day != (int(m.group(1)),) * 2


_BARE_DAY = re.compile(r"(\d{1,2})[日号]")


def _holidays_apart(one: Period, other: Period) -> bool:
    """A holiday is its own stretch: 五一 is neither 1-4月 nor 5月, nor 国庆; 假期 may be any, 中秋国庆 is both."""
    mine, theirs = _holidays(one.other), _holidays(other.other)
    if bool(mine) != bool(theirs) and (one.months or other.months):
        return True
    return bool(mine and theirs) and "假期" not in mine | theirs and not mine & theirs


def _horizons_apart(one: Period, other: Period) -> bool:
    """A horizon of years (3年内) is none of the calendar's periods (年内, 2022年), nor another horizon; a stretch of
    recent years (近年来, 近三年来) is no one year nor part of one."""
    if RECENT_YEARS.fullmatch(one.other or "") and (other.year or other.months) \
            or RECENT_YEARS.fullmatch(other.other or "") and (one.year or one.months):
        return True
    if RECENT_YEARS.fullmatch(one.other or "") and RECENT_YEARS.fullmatch(other.other or "") \
            and len({_years_counted(p.other or "") for p in (one, other)} - {None}) > 1:
        return True  # (近3年 is not 5年来; 近年来 names no count)
    mine, theirs = (HORIZON_YEARS.fullmatch(p.other or "") for p in (one, other))
    if mine is None or theirs is None:
        return mine is not theirs
    return len({_count(mine.group(1)), _count(theirs.group(1))}) > 1


YEARS_COUNTED = re.compile(r"(\d{1,2}|[两二三四五六七八九十]{1,2})年")  # (近3年, 过去五年; not 近年来)


def _years_counted(recent: str) -> float | None:
    """How many years a stretch of recent years counts (近3年: 3, 五年来: 5), None where it counts none (近年来)."""
    m = YEARS_COUNTED.search(recent)
    return None if m is None else _count(m.group(1))


def _count(n: str) -> float | None:
    """A count of years written in digits or Chinese numerals (3, 三, 十)."""
    return int(n) if n.isdigit() else parse_chinese_numeral(n)


RECENT_YEARS = re.compile(r"近年来|近几年来?|近(?:\d{1,2}|[两二三四五六七八九十]{1,2})年来?|多年来|"
                          r"过去的?(?:\d{1,2}|[两三四五六七八九十]{1,2})年|"
                          r"(?:\d{1,2}|[两二三四五六七八九十]{1,2})年来|"
                          r"十[一二三四五]五期间")  # (and a plan's term: a stretch of years, no one year)
# A month written as the last of the stretch in force (上半年…，其中当月增长12%: June's): 当月, 单月. (Not 本月,
# which dates the news: 市统计局本月发布的数据显示.)
THIS_MONTH = re.compile(r"当月|单月|當月|單月")


def last_month(p: Period | None) -> Period | None:
    """The last month of a stretch (上半年: 6月, 1-9月: 9月), or the month of a day (3月15日: 3月), what 当月 written
    in it names; a period of one month or none as it is."""
    if p is None or not p.months or (p.months[0] == p.months[1] and not p.day):
        return p
    month = p.months[1]
    return p._replace(raw=f"{month}月", months=(month, month), day=None, other=None)


def year_to_date(p: Period | None) -> Period | None:
    """The stretch from January to a period's month (9月份: 1-9月), what 累计 written under one month names; any
    other period as it is."""
    if p is None or not p.months or p.months[0] != p.months[1] or p.months[0] == 1 or p.day:
        return p
    month = p.months[1]
    # (截至6月底，…累计完成投资112.4亿元: the year to June, still written to the month's end)
    return p._replace(raw=p.raw if p.raw.startswith(_UNTIL) else f"1-{month}月", months=(1, month), other=None)


HORIZON_YEARS = re.compile(r"(\d{1,2}|[两二三四五六七八九十]{1,2})年(?:之)?内")


def _holidays(named: str | None) -> frozenset[str]:
    """The holidays a period's name holds (中秋国庆: both), none for any other period."""
    if not named or not any(h in named for h in HOLIDAYS):
        return frozenset()
    return frozenset(named[i:i + 2] for i in range(0, len(named) - 1, 2) if named[i:i + 2] in HOLIDAYS)


class Period(NamedTuple):
    """A period expression, normalised: one period however it is written (一季度 = 第一季度 = 1—3月).
    A named tuple, not a frozen dataclass: a source holds dozens, and a tuple is much cheaper to build."""

    raw: str
    year: str | None  # "2023", or a relative word (今年, 去年)
    months: tuple[int, int] | None  # first and last month
    day: tuple[int, int] | None  # a day or days, of a month or of the lunar new year
    lunar: bool
    other: str | None  # a named period with no months (春节期间), compared as written

    def conflicts(self, other: Period) -> bool:
        """Whether the two name different periods (a paraphrase, or one coarser than the other, does not)."""
        # (the checker asks it mostly of one period against itself, a paragraph's values under the period in force:
        # such a period, with no named stretch (`other`) and not last year alone, conflicts with itself under none
        # of the tests below, each of which needs the two to differ in a field, a named stretch, or 去年 alone)
        if self.other is None and self == other and self.raw.rstrip("度") not in _LAST_YEAR_ALONE:
            return False
        if self._years_apart(other):
            return True
        mine, theirs = self.months or self._whole_year(), other.months or other._whole_year()
        if mine and theirs and mine != theirs and (self.months or other.months):
            return True  # (2023年 written alone is the whole year: not 1-5月)
        if self._days_differ(other):
            return True
        if _last_year_against_months(self, other) or _last_year_against_months(other, self):
            return True
        if _year_end_against_months(self, other) or _year_end_against_months(other, self):
            return True
        if _across_years_apart(self, other) or _across_years_apart(other, self):
            return True
        return _holidays_apart(self, other) or _horizons_apart(self, other) or _one_of_a_stretch(self, other) \
            or _one_of_a_stretch(other, self) or _plans_apart(self, other) or _plans_apart(other, self)

    def _days_differ(self, other: Period) -> bool:
        """Whether the two write different days: of their months, of the lunar new year, or one a day written
        alone (21日 is not 2月22日)."""
        both = bool(self.months and other.months or self.lunar and other.lunar)
        if both and self.day and other.day and self.day != other.day:
            return True
        return _days_apart(self, other) or _days_apart(other, self)

    def _years_apart(self, other: Period) -> bool:
        """Whether the two write different years (2023 and 2024, 今年 and 去年), or months of the year before
        and months written with no year, which are this year's (上年1-10月 and 1-10月)."""
        if self.year and other.year and self.year != other.year and self.year.isdigit() == other.year.isdigit():
            return True
        return bool(self.months and other.months and {self.year, other.year} == {None, "去年"})

    def _whole_year(self) -> tuple[int, int] | None:
        """A year written alone (2023年, not 今年 nor 2023年以来) as its twelve months."""
        plain = self.year is not None and self.year.isdigit() and self.raw.rstrip("度").endswith("年")
        return (1, 12) if plain and not (self.day or self.other or self.lunar) else None


def _plans_apart(one: Period, other: Period) -> bool:
    """Whether `one` is a five-year plan's term (十四五, “十三五”期间) and `other` another term, or a year outside it
    (十四五 is not 十三五, nor 2019年)."""
    term = _PLAN_TERM.search(one.other or "")
    if term is None:
        return False
    first, last = plan_years(term.group(1))
    theirs = _PLAN_TERM.search(other.other or "")
    if theirs is not None:
        return theirs.group(1) != term.group(1)
    return bool(other.year and other.year.isdigit()) and not first <= int(other.year or 0) <= last


_PLAN_TERM = re.compile(r"十([一二三四五])五")


def _one_of_a_stretch(one: Period, other: Period) -> bool:
    """Whether `one` is a single month or day said as the one in force (当月, 当天) and `other` a stretch of months
    or a year with no day: 当月 is not 1—5月份, 当天 is not 今年."""
    if one.other is None or one.months or one.year:
        return False
    if THIS_MONTH.fullmatch(one.other):
        return bool(other.months and other.months[0] != other.months[1] or other.year and not other.months) \
            and not other.day
    return one.other in _THIS_DAY and bool(other.year or other.months) and not other.day


_THIS_DAY = frozenset({"当天", "当日", "當天", "當日"})


def _across_years_apart(one: Period, other: Period) -> bool:
    """Whether `one` is a stretch of months across years (2018年1月至2019年9月) and `other` a year or months of
    its own (2019年, 9月份): a part of it, or another period."""
    # (and a stretch of days across months or years, 2021年11月1日至2022年1月31日: not 2022年1月, nor 1-6月)
    return bool(one.other and (_MONTHS_ACROSS_YEARS.fullmatch(one.other) or _DAYS_SPAN.fullmatch(one.other))) \
        and one.other != other.other and bool(other.year or other.months)


_LAST_YEAR_ALONE = ("去年", "上年")


def aside_on_last_year(text: str, p: Period, start: int) -> bool:
    """Whether `p` is last year's (去年, 上年, no months) opening the sentence at `start` inside a paragraph, not its
    first: the shape of an aside on last year (…。去年，我市新增工业企业272家…), which its readers hold to the
    paragraph where the report's own months were stated before it."""
    return p.year in _LAST_YEAR_ALONE and not p.months and start > 0 and text[start - 1] != "\n"


def to_date_and_its_end(one: Period, other: Period) -> bool:
    """Whether `one` is the year to a month (截至9月) and `other` that month's end (9月末, 9月底): a stock counted
    then is both's (a run's growth is the year to date's alone)."""
    return bool(one.raw.startswith(_UNTIL) and one.months and other.months == (one.months[1], one.months[1])
                and other.raw.rstrip("份").endswith(("末", "底")))


THAT_YEAR = frozenset({"当年", "當年"})  # (that year: inside a sentence, a class named by its year, 当年新引进项目)


def lags(p: Period, run: Period | None) -> bool:
    """Whether `p` is a shorter stretch from the same start as a cumulative period written before it (1-2月 after
    一季度): a series that lags the report, after which the report's period resumes; not one under 全年 (a goal's)."""
    return bool(p.months and run is not None and run.months and p.months[0] == run.months[0]
                and p.months[1] < run.months[1] < 12 and p.year in (None, run.year))


def starts_a_change(text: str, a: int, b: int) -> bool:
    """Whether the period at [a, b) is where a change starts (由2016年的7.4%提高到…, 从上半年的1.7个百分点上升为…),
    or a later point of it (…，到2016年年底的“增长1.1%”，再到今年一季度的“同比增长5.8%”): it dates that point's own
    values alone."""
    if a == 0 or not text.startswith("的", b):
        return False
    # (a point that opens its clause, ，到…的 or 再到…的; not 增加到2020年的205家, where a change ends)
    return text[a - 1] in "从由" or text[max(0, a - 2):a] in ("，到", ",到", "再到", "及至")


def month_end_and_year_to_it(one: Period, other: Period) -> bool:
    """Whether `one` is a month's end written after 截至 (截至7月末), or a month reached by (至7月, 到7月底, a deadline
    7月底前), and `other` the year to that month (1-7月, or 截至7月末 read so before 累计): what was counted to that day
    is the year to date's."""
    return (_until_month_end(one) or _month_reached_by(one)) and other.months == (1, one.months[1] if one.months else 0)


def _month_reached_by(p: Period) -> bool:
    """Whether `p` is one month written as the time a total is reached by: after 至 or 到 (至7月, 到7月底), or as the
    deadline at its end (7月底前)."""
    return bool(p.months and p.months[0] == p.months[1]
                and (p.raw.startswith(tuple(_REACHED)) or p.raw.endswith(("底前", "末前"))))


def month_end_as_its_month(one: Period, other: Period) -> bool:
    """Whether `one` is a month's end written after 截至 (截至7月末) and `other` that month written alone (7月)."""
    return _until_month_end(one) and other.months == one.months and not other.raw.startswith(_UNTIL) \
        and not other.raw.rstrip("份").endswith(("末", "底"))


def _until_month_end(p: Period) -> bool:
    return bool(p.raw.startswith(_UNTIL) and p.months and p.months[0] == p.months[1]
                and p.raw.rstrip("份").endswith(("末", "底")))


def _year_end_against_months(one: Period, other: Period) -> bool:
    """A year's end written with its year (2020年末, 2023年底: December's end) against months that end before
    December (首季, 1-9月): not the same period; against the whole year or 12月末 it says nothing."""
    return bool(one.year and one.year.isdigit() and one.months is None and one.raw.endswith(("年末", "年底"))
                and other.months is not None and other.months[1] < 12)


def _last_year_against_months(one: Period, other: Period) -> bool:
    """去年 or 上年 written alone (all of last year) against a stretch of months that is not a whole year (1—7月):
    not the same period, nor is one month (1月); against one month's end (11月底, a stock then) it may be 上年末, and
    says nothing."""
    return (one.raw.rstrip("度") in _LAST_YEAR_ALONE and other.months is not None
            and (other.months[0] < other.months[1] or not other.raw.endswith(_MONTH_END))
            and other.months != (1, 12))


_MONTH_END = ("底", "末", "月末", "月底")  # (11月底: a stock then, which may be 上年末's)


def _month(s: str | None) -> int | None:
    if not s:
        return None
    if s == "元":
        return 1  # (元月份: January)
    v = int(s) if s.isdigit() else parse_chinese_numeral(s)
    return int(v) if v is not None and 1 <= v <= 12 else None


def _lunar_day(s: str | None) -> int | None:
    if not s:
        return None
    if s == "元宵":
        return 15
    s = s.replace("初", "").replace("廿", "二十")
    v = parse_chinese_numeral(s)
    return int(v) if v is not None else None


_Parts = tuple[tuple[int, int] | None, tuple[int, int] | None, bool, str | None]  # months, day, lunar, other


def _span_of(g: dict[str, str | None], raw: str) -> _Parts:
    """The months (or day, or lunar days, or a named period) a matched writing gives."""
    if g["within"]:
        return None, None, False, raw  # (compared as written: no months, no year)
    if g["whole"]:
        return (1, 12), None, False, None
    # (近5年来, 两年来: compared as written, but not 近15年新高, a record, nor 一年来, a report's year; 年初至今 is
    # the year to date, as 今年以来 is)
    if g["recent"]:
        return None, None, False, None if g["recent"] == "年初至今" else raw
    if g["half"]:
        return ((1, 6) if g["half"] == "上半年" else (7, 12)), None, False, None
    if g["firstn"] or g["quarter"] or g["q2"] or g["opening"]:
        return _quarters(g), None, False, None
    if g["firstm"]:  # (前11个月: the year's first eleven months, 1-11月)
        n = _month(g["firstm"])
        return ((1, n) if n else None), None, False, (None if n else raw)
    if g["lastn"]:
        return None, None, False, raw  # 近三个月: relative to a date the text may not give
    if g["lostm"]:
        return (1, int(g["lostm"])), None, False, None
    if g["m1"]:
        a, b = _month(g["m1"]), _month(g["m2"])
        return ((a, b) if a and b and a <= b else None), None, False, None
    if g["month"]:
        return _month_and_day(g["month"], g["day"])
    return _named_span(g, raw)


def _quarters(g: dict[str, str | None]) -> tuple[int, int] | None:
    """The months of a writing of quarters: 前三季度 (1-9月), 三季度, 一至三季度 (1-9月), 首季."""
    if g["opening"]:
        return 1, 3
    if g["firstn"]:
        n = _month(g["firstn"])
        return (1, 3 * n) if n and n <= 4 else None
    q = _month(g["quarter"] or g["q2"] or "")
    first = _month(g["q1"]) if g["q1"] else q
    return (3 * first - 2, 3 * q) if first and q and first <= q <= 4 else None


def _named_span(g: dict[str, str | None], raw: str) -> _Parts:
    """The span of a writing that names its period (a holiday, a lunar day, 春节期间, 节后)."""
    if g["holiday"] or g["leave"]:  # (“五一”假期期间, 国庆期间, 假期期间: the holiday, however written)
        return None, None, False, g["holiday"] or g["leave"]
    if g["lunar"] is not None or raw.endswith(("期间", "假期", "前后")) or "正月" in raw or "春节" in raw:
        a, b = _lunar_day(g["lunar"]), _lunar_day(g["lunar2"])
        day = (a, b or a) if a else None
        return None, day, True, (None if day else raw.replace("农历", ""))
    return None, None, False, g["festival"] or None


def _month_and_day(month: str | None, day: str | None) -> _Parts:
    mo = _month(month)
    d = _month(day) if day and len(day) <= 2 else None
    if day and day.isdigit() and 1 <= int(day) <= 31:
        d = int(day)
    return ((mo, mo) if mo else None), ((d, d) if d else None), False, None


# Writings of one relative year, as one (上年 is 去年; a report's 过去的一年 is the year before its own).
_SAME_YEAR = {"上年": "去年", "过去一年": "去年", "过去的一年": "去年", "这一年": "去年",
              # (a report given before its year ends looks back on that year as 即将过去的一年: this year, 今年)
              "即将过去的一年": "今年", "即将过去一年": "今年"}


def _period(m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    raw = m.group(0)
    if g["plan"]:
        return _plan_term(raw, g["plan"], g["planat"] or "")
    year = g["year"] or _SAME_YEAR.get(g["rel"] or "", g["rel"]) or ("今年" if g["recent"] == "年初至今" else None)
    months, day, lunar, other = _span_of(g, raw)
    if not (year or months or day or other or lunar):
        return None
    return Period(raw, year, months, day, lunar, other)


def plan_years(ordinal: str) -> tuple[int, int]:
    """The first and last year of a five-year plan named by its ordinal (一 of 十一五: 2006, 2010; 四: 2021, 2025)."""
    first = 2006 + 5 * "一二三四五".index(ordinal)
    return first, first + 4


def _plan_term(raw: str, plan: str, at: str) -> Period:
    """A five-year plan's term: its end (“十二五”末) the plan's last year, 2015; its span (“十三五”期间) a stretch
    of years of its own, compared as written, as 近5年来 is."""
    last = plan_years(plan[1])[1]
    if at.endswith("末"):
        return Period(raw, str(last), None, None, False, None)
    return Period(raw, None, None, None, False, plan + "期间")


# Every period writing holds one of these; the full pattern only runs near them.
_ANCHOR = re.compile("[年季月节期末]|十[一二三四五]五")
_A_CAUSE = re.compile(r"(?:期间)?(?:消费|出行|需求)?(?:拉动|带动|影响|因素)")
# (a plan's term written bare is a period only in a line that announces its goals: 《规划》提出了“十四五”工业经济…的五大
# 重点目标：; not 实现“十四五”良好开局)
_A_RECORD = re.compile(r"首次|首度|第一次|最高|最低|新高|新低")
_SINCE_RECORD = re.compile(r"(?:的)?(?:历史)?(?:同期)?(?:新高|新低|最高|最低|最好|最快|最大|最多)")
_GOALS_ANNOUNCED = re.compile(r"[^，,。；;\n]{0,24}(?:目标|任务)(?:是|为|如下|有)?[：:]")
REACH = 18  # no period writing reaches further than this from its anchor


def periods_in(text: str) -> tuple[tuple[int, int, Period], ...]:
    """Every period expression of `text`, with its span."""
    if _CN_YEAR_START.search(text):
        text = _CN_YEAR.sub(_arabic_year, text)  # (二〇二〇年 as 2020年: as long, so spans hold)
    out: list[tuple[int, int, Period]] = []
    # A writing starts at most REACH before its first anchor: the runs of positions where one can
    # start, as [first, last], each read to REACH past its last anchor.
    starts: list[list[int]] = []
    for m in _ANCHOR.finditer(text):
        a, b = max(0, m.start() - REACH), m.start()
        if starts and a <= starts[-1][1] + 1:
            starts[-1][1] = b
        else:
            starts.append([a, b])
    done = 0  # where the last writing ended: writings do not overlap
    found = list(_MONTHS_ACROSS_YEARS.finditer(text))
    days = list(_DAYS_SPAN.finditer(text)) if "日" in text else []
    spans = [(m.start(), m.end()) for m in found + days]
    for m in found:  # (2018年1月至2019年9月: one stretch across years, not its ends)
        out.append((m.start(), m.end(), _months_across(m)))
    for m in days:  # (6月23日至6月29日, 2021年11月1日至2022年1月31日: one stretch of days, not its last)
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), _days_across(m)))
    for a, b in starts:
        for m in _PERIOD_AT.finditer(text, max(a, done), b + 1 + REACH, last_start=b):
            p = _since(text, m, _to_date(text, m.start(), m.end(), _period(m)))
            if p is not None and not _said_as_a_period(text, m, p):
                p = None
            if p is not None and any(x <= m.start() < y for x, y in spans):
                p = None  # (a month of a stretch across years read whole above)
            if p is not None and text[max(0, m.start() - 1):m.start() + 1] != "提前":
                # (not 提前一个季度完成: ahead of time, not a period; 截至9月 written whole)
                a = m.start() - 2 if p.raw.startswith(_UNTIL) else m.start()
                out.append((a, a + len(p.raw), p))
            done = m.end()
    out = sorted(out, key=lambda found: found[0]) if spans else out
    return tuple(_month_pairs(text, out)) if "月" in text else tuple(out)


def _month_pairs(text: str, found: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    """Two months running, joined as a pair (7月和8月, 7、8月, 2023年7月及8月): the two together, as 7-8月 is."""
    out: list[tuple[int, int, Period]] = []
    for a, b, p in found:
        month = p.months[0] if p.months is not None and p.months[0] == p.months[1] else 0
        if month and p.day is None and not p.other:
            pair = _MONTH_PAIR.match(text, b) if p.raw.endswith("月") else None
            bare = _BARE_MONTH_BEFORE.search(text, max(0, a - 4), a) if a else None
            if pair is not None and int(pair.group(1)) == month + 1:
                b = pair.end()
                p = p._replace(raw=text[a:b], months=(month, month + 1))
            elif bare is not None and int(bare.group(1)) + 1 == month:
                a = bare.start()
                p = p._replace(raw=text[a:b], months=(month - 1, month))
        if out and out[-1][0] <= a < out[-1][1]:
            continue  # (the second month of a pair read above)
        out.append((a, b, p))
    return out


# The second month of a pair, right after the first (和8月, 、8月份, 及8月), and a first month written bare before the
# second (7、8月).
_MONTH_PAIR = re.compile(r"(?:份)?(?:和|、|及|与)(\d{1,2})月(?:份)?")
_BARE_MONTH_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})(?:、|和)$")


def _since(text: str, m: re.Match[str], p: Period | None) -> Period | None:
    """A year written before 以来 (今年以来, 2023年以来) as the stretch from its start to now, no whole year; none
    for one in a record (创2011年以来历史新高); `p` as it is otherwise."""
    if p is None or not p.year or p.months is not None or p.other or not text.startswith("以来", m.end()):
        return p
    if _SINCE_RECORD.match(text, m.end() + 2) or text[max(0, m.start() - 1):m.start()] == "创":
        return None
    return p._replace(raw=p.raw + "以来")


_RUNNING_TOTAL = re.compile(r"[^，,；;。\d]{0,12}累计")


def _said_as_a_period(text: str, m: re.Match[str], p: Period) -> bool:
    """Whether a period writing `m` (read as `p`) stands as a period where it is written: not a record's stretch
    mid-clause (增速近6年来持续领跑; 近5年来，… opens its clause), not a plan's term named bare outside a line of its
    goals, nor a holiday that drove a value (受春节假期消费拉动，…: a cause), nor 年内 of a record (年内首次)."""
    if m.group("recent") and not _OPENS_CLAUSE.fullmatch(
            _LOOKED_BACK.sub("", text[max(0, m.start() - 3):m.start()])[-1:] + "|" + text[m.end():m.end() + 1]) \
            and not _RUNNING_TOTAL.match(text, m.end()):
        # (not 近三年工业投资累计超2600亿元, 后者近三年累计引进项目32个: a running total over the years it names)
        return False
    if m.group("plan") and not m.group("planat") and not _GOALS_ANNOUNCED.match(text, m.end()):
        return False
    if m.group("whole") == "年内" and _A_RECORD.match(text, m.end()):
        return False  # (年内首次实现累计增速由负转正: a first of the year so far, said of the value before)
    if p.day and (_REPORTED.match(text, m.end()) or _REPORTER.search(text, max(0, m.start() - 4), m.start())):
        return False  # (这是南海网记者7月25日从省政府获悉的: the day the news was heard, of no figure)
    if _STATE_MODIFIER.match(text, m.end()):
        return False  # (一季度负增长的江北区，产值增长6%: how the place fared then, a modifier of its name)
    if _PLANNED_FOR.search(text, max(0, m.start() - 6), m.start()) and _THINGS_OF_A_YEAR.match(text, m.end()):
        return False  # (谋划储备2025年重点项目519项: projects for that year, part of their name, no period)
    return not (p.other and _A_CAUSE.match(text, m.end()))


# How a thing fared in a period, said as a modifier of its name (一季度负增长的江北区, 上月增速靠后的行业): the
# period is the modifier's, not the one in force for the values after it.
_STATE_MODIFIER = re.compile(r"(?:负增长|正增长|(?:增速|增幅|降幅|排名|位次)[^，,。；;：:\d\n的]{0,4}"
                             r"|落后|靠后|领先|垫底)的(?=[^，,。；;：:\s\d])")


# Planning words right before a year that names what they plan for (谋划储备2025年重点项目, 申报2024年省重点项目).
_PLANNED_FOR = re.compile(r"(?:谋划|储备|策划|筹备|申报|梳理|编制|入库)$")
_THINGS_OF_A_YEAR = re.compile(r"(?:度)?[\u4e00-\u9fff]{0,10}?项目")


# A day a reporter heard or wrote the news (记者7月25日从省政府获悉, 7月25日从…了解到): no period of a figure.
_REPORTED = re.compile(r"[^，,。；;！!\d\n]{0,16}?(?:获悉|了解到|获知)")
_REPORTER = re.compile(r"记者")


# A year written digit by digit in Chinese numerals (二〇二〇年, 二○二三年, 二零一九年).
_CN_YEAR_DIGITS = "〇○零一二三四五六七八九"
_CN_YEAR_START = re.compile("[一二][〇○零九]")
_CN_YEAR = re.compile(f"[一二][{_CN_YEAR_DIGITS}]{{3}}(?=年)")


def _arabic_year(m: re.Match[str]) -> str:
    return m.group().translate(_TO_ARABIC)


_TO_ARABIC = str.maketrans({c: str(CN_DIGITS[c]) for c in _CN_YEAR_DIGITS})


def _to_date(text: str, a: int, b: int, p: Period | None) -> Period | None:
    """A month after 截至 or 截止 (截止7月，全盟共有…) as the year to that month, 1-7月, as a month's end is not
    (截至7月底: a day); the period `p` at [a, b) as it is otherwise."""
    if p is None or p.day or not p.months or p.months[0] != p.months[1]:
        return p
    if text[max(0, a - 2):a] not in _UNTIL:
        return _total_reached_by(text, a, b, p)
    summed = _SUMMED_AFTER.match(text, b)  # (截至9月底，全县累计完成工业投资156亿元: the year's to September)
    if text[b:b + 1] in _MONTH_POINT and summed is None:
        return p._replace(raw=text[a - 2:b + 1]) if text[b:b + 1] in "末底" else p  # (截至7月末: that day, kept so)
    return p._replace(raw=text[a - 2:b + (1 if summed and summed.group(1) else 0)], months=(1, p.months[1]))


_UNTIL = ("截至", "截止")


def _total_reached_by(text: str, a: int, b: int, p: Period) -> Period:
    """A month a running total is reached by, written after 至 or 到 (预计至8月，可累计完成…) or as a deadline at its
    end (8月底前，累计完成…; 确保8月底前累计完成…): the year to that month, as after 截至, since a 累计 counts from
    January; the month `p` at [a, b) as it is where no 累计 follows (到8月底，主体完工: that day)."""
    reached = a > 0 and text[a - 1] in _REACHED
    deadline = _MONTH_END_DEADLINE.match(text, b)
    if not reached and deadline is None:
        return p
    # (a total counted from a start its sentence writes before, 2022年签约以来…到8月底累计, 项目开工至8月累计: since
    # then, not since January; 今年以来 and 年初以来 are since January)
    if _COUNTED_SINCE.search(text, max(start_after(text, a, _SENTENCE_ENDS), a - _SINCE_REACH), a) is not None:
        return p
    end = deadline.end() if deadline is not None else b + (1 if text[b:b + 1] in ("底", "末") else 0)
    if _TOTAL_AFTER.match(text, end) is None:
        return p
    return p._replace(raw=text[a - (1 if reached else 0):end], months=(1, p.months[1] if p.months else 1))


_REACHED = "至到"
_COUNTED_SINCE = re.compile(r"(?<!今年)(?<!年初)(?<!本年)以来|开工|开建|签约|落户|投产|建成|成立|启动|(?:19|20)\d{2}年")
_SINCE_REACH = 40  # (how far back in its sentence a start is looked for)
_SENTENCE_ENDS = "。！!？?；;\n"
_MONTH_END_DEADLINE = re.compile(r"[底末]前")  # (8月底前: by the month's end, a deadline)
_TOTAL_AFTER = re.compile(r"[，,]?[^。；;，,\d]{0,8}累计")  # (…，可累计完成: a running total follows in its clause)
_MONTHS_ACROSS_YEARS = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月份?\s*(?:至|到|[-—－~～])\s*"
                                  r"((?:19|20)\d{2})年(\d{1,2})月份?")


def _months_across(m: re.Match[str]) -> Period:
    """A stretch of months written with its year at both ends: the months of that year where the years are one
    (2023年1月至2023年11月 is 2023年1-11月), else one stretch across years, compared as written."""
    first, last = int(m.group(2)), int(m.group(4))
    if m.group(1) == m.group(3) and 1 <= first <= last <= 12:
        return Period(m.group(), m.group(1), (first, last), None, False, None)
    return Period(m.group(), None, None, None, False, m.group())


# A stretch of days (6月23日至6月29日, 6月23日至29日, 2021年11月1日至2022年1月31日).
_DAYS_SPAN = re.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日\s*(?:至|到|—|－|~|～)\s*"
                        r"(?:((?:19|20)\d{2})年)?(?:(\d{1,2})月)?(\d{1,2})日")


def _days_across(m: re.Match[str]) -> Period:
    """A stretch of days: the days of one month where it is one (6月23日至29日), else one stretch, compared as
    written."""
    year = m.group(1) if m.group(4) in (None, m.group(1)) else None
    first, last = int(m.group(2)), int(m.group(5) or m.group(2))
    if first == last and (m.group(4) is None or year is not None) and int(m.group(3)) <= int(m.group(6)):
        return Period(m.group(), year, (first, first), (int(m.group(3)), int(m.group(6))), False, None)
    return Period(m.group(), year if m.group(4) in (None, m.group(1)) else None, None, None, False, m.group())


# A verb of looking back before a stretch of years (回顾过去五年，…; 纵观近三年，): the stretch still opens its clause.
_LOOKED_BACK = re.compile(r"(?:^|(?<=[，,。；;！？!?\n：:\s]))(?:回顾|纵观|综观|盘点)$")
_OPENS_CLAUSE = re.compile(r"(?:|[，,。；;！？!?\n：:\s])\|[，,]")
_SUMMED_AFTER = re.compile(r"([底末])?[，,]?[^。；;，,\d]{0,8}累计")
_MONTH_POINT = frozenset("底末初中上下")


_THE_YEAR = frozenset({"年度", "本年度", "本年", "年度内"})  # claimed alone, the year's twelve months
# A stretch of years claimed (2016-2020年, 2016年至2020年): the stretch, compared as written, not its last year.
_YEARS_SPAN = re.compile(r"(?:19|20)\d{2}年?\s*[-—－~～至到]\s*(?:19|20)\d{2}年?(?:间|期间)?")


@lru_cache(maxsize=4096)  # a claim's period is read each time the claim is checked
def parse_period(text: str | None) -> Period | None:
    """A claimed period ("一季度", "2023年1-3月", "全年") as one Period: the parts it writes, merged."""
    if not text or not text.strip():
        return None
    if text.strip() in _THE_YEAR:
        text = "全年"  # (a claimed 年度 is the whole year: not the 1-10月份 of a value under 占年度计划的)
    if _YEARS_SPAN.fullmatch(text.strip()):
        return Period(text.strip(), None, None, None, False, text.strip())  # (2016-2020年: a stretch, not 2020)
    found = periods_in(text.strip())
    if not found:
        return Period(text.strip(), None, None, None, False, text.strip())
    years = {p.year for _, _, p in found if p.year}
    year = next((p.year for _, _, p in found if p.year), None) if len(years) == 1 else None  # 2016年至2018年: none
    months = next((p.months for _, _, p in found if p.months), None)
    day = next((p.day for _, _, p in found if p.day), None)
    lunar = any(p.lunar for _, _, p in found)
    other = next((p.other for _, _, p in found if p.other), None)
    return Period(text.strip(), year, months, day, lunar, other)
