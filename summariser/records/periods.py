"""A period as written (2023年1-9月, 前三季度, 10月份, 2016年至2018年) read as its first and last day,
for the `period_start` and `period_end` columns of the tables. Strict: a period is read only when the
whole of it is one of the forms below; anything else (今年以来, 截至目前, 11月末, 春节期间) is None,
never a guess.

Forms, each with or without a year in front (2023年, 2023年度, 今年, 去年, 过去的一年): nothing more or 全年/年度
(the whole year), 上半年/下半年, a quarter (一季度, 第三季度, Q2), 前三季度, 一至三季度, a month (10月,
10月份, 十月), a run of months (1-9月, 1月至9月, 1~2月份, 前8个月), and a run of years (2016年至2018年,
2016-2018年); and a run of months with the year at both ends (2023年1月至2023年11月, 2022年12月至
2023年2月). A period without a year of its own takes `year` (the caller's: the document's), and is
None without one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DASH = "-—–~～至到"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－～", "0123456789-~")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"\d{1,2}|十[一二]?|[一二两三四五六七八九]"

_YEARS = re.compile(rf"(\d{{4}})年?度?[{_DASH}](\d{{4}})年度?")
# (2023年1月至2023年11月; 2022年12月至2023年2月: a stretch of months with its year written at both ends)
_YEAR_MONTHS = re.compile(rf"(\d{{4}})年(\d{{1,2}})月份?[{_DASH}](\d{{4}})年(\d{{1,2}})月份?")
_YEAR = re.compile(r"(?:(\d{4})年度?|(今年|本年|去年|上年|过去的?一年))?")
_WHOLE_YEAR = {"", "全年", "年度", "全年度"}
_HALVES = {"上半年": (1, 6), "下半年": (7, 12)}
_QUARTER = re.compile(rf"第?({_NUMBER})季度|[Qq]([1-4])")
_QUARTERS = re.compile(rf"第?({_NUMBER})(?:季度)?[{_DASH}、]第?({_NUMBER})季度")
_FIRST_QUARTERS = re.compile(rf"前({_NUMBER})个?季度")
_FIRST_MONTHS = re.compile(rf"前({_NUMBER})个月")
_MONTHS = re.compile(rf"({_NUMBER})(?:月份?)?[{_DASH}]({_NUMBER})月份?")
_MONTH = re.compile(rf"({_NUMBER})月份?")


def _number(text: str) -> int:
    """1, 12, 三, 十, 十二 as an int."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_CN_DIGITS[text[1]] if len(text) > 1 else 0)
    return _CN_DIGITS[text]


def _months(rest: str) -> tuple[int, int] | None:
    """The first and last month of what follows the year, or None when it is not a form read here."""
    if rest in _WHOLE_YEAR:
        return 1, 12
    if rest in _HALVES:
        return _HALVES[rest]
    if m := _QUARTER.fullmatch(rest):
        q = _number(m.group(1) or m.group(2))
        return (3 * q - 2, 3 * q) if 1 <= q <= 4 else None
    if m := _QUARTERS.fullmatch(rest):
        a, b = _number(m.group(1)), _number(m.group(2))
        return (3 * a - 2, 3 * b) if 1 <= a <= b <= 4 else None
    if m := _FIRST_QUARTERS.fullmatch(rest):
        q = _number(m.group(1))
        return (1, 3 * q) if 1 <= q <= 4 else None
    if m := _FIRST_MONTHS.fullmatch(rest):
        return 1, _number(m.group(1))
    if m := _MONTHS.fullmatch(rest):
        return _number(m.group(1)), _number(m.group(2))
    if m := _MONTH.fullmatch(rest):
        return _number(m.group(1)), _number(m.group(1))
    return None


def _span(first_year: int, last_year: int, months: tuple[int, int]) -> tuple[dt.date, dt.date] | None:
    a, b = months
    return _year_months(first_year, a, last_year, b) if a <= b and first_year <= last_year else None


def _year_months(first_year: int, a: int, last_year: int, b: int) -> tuple[dt.date, dt.date] | None:
    """From month `a` of one year to month `b` of the same or a later one."""
    if not (1 <= a <= 12 and 1 <= b <= 12) or (first_year, a) > (last_year, b):
        return None
    try:
        return dt.date(first_year, a, 1), dt.date(last_year, b, calendar.monthrange(last_year, b)[1])
    except ValueError:  # a year out of the calendar's range
        return None


def period_bounds(text: str | None, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period as written (2023年1-9月 -> 2023-01-01, 2023-09-30); `year`
    is the year of a period that writes none (今年 is `year`, 去年 the one before). None when the
    period is absent, is not one of the forms read (the module's docstring), or needs a year and has
    none."""
    text = re.sub(r"\s+", "", text or "").translate(_FULL_WIDTH)
    if not text:
        return None
    if m := _YEARS.fullmatch(text):
        return _span(int(m.group(1)), int(m.group(2)), (1, 12))
    if m := _YEAR_MONTHS.fullmatch(text):
        return _year_months(*(int(g) for g in m.groups()))
    m = _YEAR.match(text)  # (it always matches: the year is optional)
    written, relative, rest = (m.group(1), m.group(2), text[m.end():]) if m else (None, None, text)
    if written:
        year = int(written)
    elif relative in ("去年", "上年", "过去一年", "过去的一年"):  # (a work report's past year)
        year = None if year is None else year - 1
    months = _months(rest)
    if months is None or year is None:
        return None
    return _span(year, year, months)


def stated_year(text: str | None) -> int | None:
    """The one calendar year a period writes (2023年1-9月 -> 2023); None for a period without one, a run
    of years, or one that is not read."""
    bounds = period_bounds(text)
    if bounds is None or bounds[0].year != bounds[1].year:
        return None
    return bounds[0].year
