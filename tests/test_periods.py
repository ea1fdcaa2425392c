"""records/periods.py: a period as written read as its first and last day, or None, never a guess."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.numbers.periods import periods_in
from summariser.records.periods import period_bounds, stated_year


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(("period", "year", "start", "end"), [
    # a year written, alone or with what follows it
    ("2023年", None, "2023-01-01", "2023-12-31"),
    ("2021年度", None, "2021-01-01", "2021-12-31"),
    ("2023年全年", None, "2023-01-01", "2023-12-31"),
    ("2023年1-9月", None, "2023-01-01", "2023-09-30"),
    ("2022年1—10月份", None, "2022-01-01", "2022-10-31"),
    ("2023年前三季度", None, "2023-01-01", "2023-09-30"),
    ("2024年上半年", 2020, "2024-01-01", "2024-06-30"),  # the written year wins over the document's
    ("2019年下半年", None, "2019-07-01", "2019-12-31"),
    ("2023年1月至2023年11月", None, "2023-01-01", "2023-11-30"),  # the year written at both ends
    ("2023年一季度至三季度", None, "2023-01-01", "2023-09-30"),
    ("2022年12月至2023年2月", None, "2022-12-01", "2023-02-28"),
    ("2023年10月", None, "2023-10-01", "2023-10-31"),
    ("2020年第四季度", None, "2020-10-01", "2020-12-31"),
    ("２０２３年１－９月", None, "2023-01-01", "2023-09-30"),  # full-width digits
    (" 2023年 1-6月 ", None, "2023-01-01", "2023-06-30"),
    # a run of years
    ("2016年至2018年", None, "2016-01-01", "2018-12-31"),
    ("2019-2021年", None, "2019-01-01", "2021-12-31"),
    ("2019年到2020年度", None, "2019-01-01", "2020-12-31"),
    # no year: the document's
    ("前三季度", 2023, "2023-01-01", "2023-09-30"),
    ("上半年", 2022, "2022-01-01", "2022-06-30"),
    ("一季度", 2022, "2022-01-01", "2022-03-31"),
    ("第二季度", 2022, "2022-04-01", "2022-06-30"),
    ("3季度", 2022, "2022-07-01", "2022-09-30"),
    ("Q4", 2021, "2021-10-01", "2021-12-31"),
    ("一至三季度", 2021, "2021-01-01", "2021-09-30"),
    ("前两季度", 2021, "2021-01-01", "2021-06-30"),
    ("10月", 2023, "2023-10-01", "2023-10-31"),
    ("10月份", 2023, "2023-10-01", "2023-10-31"),
    ("十一月份", 2023, "2023-11-01", "2023-11-30"),
    ("2月", 2024, "2024-02-01", "2024-02-29"),  # a leap year's February
    ("2月", 2023, "2023-02-01", "2023-02-28"),
    ("1-8月", 2023, "2023-01-01", "2023-08-31"),
    ("1~2月", 2023, "2023-01-01", "2023-02-28"),
    ("1至11月", 2023, "2023-01-01", "2023-11-30"),
    ("1月至6月", 2023, "2023-01-01", "2023-06-30"),
    ("1月份至5月份", 2023, "2023-01-01", "2023-05-31"),
    ("4-6月份", 2023, "2023-04-01", "2023-06-30"),
    ("前8个月", 2023, "2023-01-01", "2023-08-31"),
    ("前八个月", 2023, "2023-01-01", "2023-08-31"),
    ("全年", 2023, "2023-01-01", "2023-12-31"),
    ("年度", 2023, "2023-01-01", "2023-12-31"),
    # a relative year: this year is the document's, last year the one before
    ("今年", 2023, "2023-01-01", "2023-12-31"),
    ("今年1至10月", 2023, "2023-01-01", "2023-10-31"),
    ("今年前三季度", 2024, "2024-01-01", "2024-09-30"),
    ("去年", 2023, "2022-01-01", "2022-12-31"),
    ("上年一季度", 2023, "2022-01-01", "2022-03-31"),
    ("过去的一年", 2025, "2024-01-01", "2024-12-31"),  # a work report's past year
])
def test_a_period_read_as_its_first_and_last_day(period: str, year: int | None, start: str, end: str) -> None:
    assert period_bounds(period, year) == (_d(start), _d(end))


@pytest.mark.parametrize("period", [
    "前三季度", "上半年", "10月份", "全年", "今年", "去年", "1-9月",  # no year of its own, and none given
])
def test_a_period_without_a_year_is_none_without_the_documents(period: str) -> None:
    assert period_bounds(period) is None
    assert period_bounds(period, 2023) is not None


@pytest.mark.parametrize("period", [
    None, "", "  ",
    "今年以来", "截至目前", "目前", "2023年截至目前", "截至9月", "截至一季度",  # the end is not written
    "11月末", "12月底", "一季度末",  # a point in time, not a period
    "上年同期", "三年来", "春节期间", "农历正月初一到初六", "正月初七",  # not a span of calendar months
    "2023年10月1日", "10月1日至7日",  # days are not read
    "13月", "0月", "9-3月", "前13个月", "五季度", "前五季度", "3-1季度",  # not in the calendar
    "2018年至2016年",  # years the wrong way round
    "2023", "1-9", "2023年1-9", "十三月",
    "二〇二三年",  # a year in Chinese numerals is not read (rare in these reports)
])
def test_anything_else_is_none(period: str | None) -> None:
    assert period_bounds(period, 2023) is None


def test_stated_year_is_the_one_calendar_year_a_period_writes() -> None:
    assert stated_year("2023年1-9月") == 2023
    assert stated_year("2021年度") == 2021
    assert stated_year("2016年至2018年") is None  # several years
    assert stated_year("今年1-9月") is None  # relative: no year of its own
    assert stated_year("前三季度") is None
    assert stated_year("截至目前") is None
    assert stated_year(None) is None


def test_a_goal_aimed_at_dates_none_of_the_work_after_it() -> None:
    # (下半年，全县将紧盯全年目标，…将实施重点工业项目55个: the half year's work, 全年 is the goal's)
    from summariser import CheckStatus, check_figures
    src = ("上半年工业运行平稳。\n下半年，全县将紧盯全年目标，坚持项目为王，将实施重点工业项目48个，"
           "计划完成投资36亿元，全年规上工业增加值增长8%以上。")
    work = {"indicator": "重点工业项目", "period": "下半年", "value": 48, "unit": "个", "measure": "level",
            "kind": "target"}
    [half, year] = check_figures(src, [work, {**work, "period": "全年"}])
    assert half.status is CheckStatus.supported
    assert year.status not in (CheckStatus.supported, CheckStatus.derived)


@pytest.mark.parametrize("text, raw, months", [
    ("其中9月和10月新入库项目64个", "9月和10月", (9, 10)),
    ("9、10月新入库项目64个", "9、10月", (9, 10)),
    ("2024年9月及10月份", "2024年9月及10月份", (9, 10)),
], ids=["和", "bare first month", "及 with a year"])
def test_two_months_running_joined_as_a_pair_are_one_stretch(text: str, raw: str, months: tuple[int, int]) -> None:
    # (其中7月和8月新入库项目87个: was, read as 8月 alone, so a right claim of 7-8月 was refuted)
    found = [(p.raw, p.months) for _, _, p in periods_in(text)]
    assert found == [(raw, months)]
    # …but months that do not run on are two (3月和5月), and a stretch and the month after it too
    assert [p.raw for _, _, p in periods_in("3月和5月")] == ["3月", "5月"]
    assert [p.raw for _, _, p in periods_in("1-6月和7月")] == ["1-6月", "7月"]


def test_a_year_that_names_what_is_planned_for_is_no_period() -> None:
    # (谋划储备2025年重点项目519项: projects for that year, on a page of 1-11月; was, read as the period of the values
    # after it, so right claims of 1-11月 were refuted)
    text = "谋划储备2026年重点项目412项，已完成初设批复73项。"
    assert [p.raw for _, _, p in periods_in(text)] == []
    assert [p.raw for _, _, p in periods_in("2026年，全市重点项目412项")] == ["2026年"]


@pytest.mark.parametrize("text, months, day, other", [
    ("6月16日至6月22日，全市新开工项目31个", (6, 6), (16, 22), None),
    ("6月16日至22日，全市新开工项目31个", (6, 6), (16, 22), None),
    ("2022年12月1日至2023年2月28日，全省", None, None, "2022年12月1日至2023年2月28日"),
], ids=["one month", "the month once", "across years"])
def test_a_stretch_of_days_is_one_period_not_its_last_day(text: str, months: tuple[int, int] | None,
                                                          day: tuple[int, int] | None, other: str | None) -> None:
    # (6月23日至6月29日（以下简称最近一周）新开工28个: was, two days, the last in force for the values after)
    (found,) = [p for _, _, p in periods_in(text)]
    assert (found.months, found.day, found.other) == (months, day, other)


def test_a_stretch_from_the_first_month_written_as_yuan_yue() -> None:
    # (元月至11月 was read as 11月, so right claims of 1-11月 were refuted; from development set 201)
    (found,) = [p for _, _, p in periods_in("元月至11月，全县规上工业增加值增长7.1%")]
    assert found.months == (1, 11)


def test_this_year_opening_a_look_back_is_the_year_before() -> None:
    # (这一年，我们… opening a paragraph or sentence of a work report: the year it reviews)
    text = "一季度获评先进。\n这一年，我们新增企业24家。去年，新开工项目8个。"
    found = [(p.raw, p.year) for _, _, p in periods_in(text)]
    assert found == [("一季度", None), ("这一年", "去年"), ("去年", "去年")]
    # (not inside a sentence: 在这一年里, 近一年来 stay unread)
    assert [p.raw for _, _, p in periods_in("在这一年，新增企业24家，近一年来共签约项目8个。")] == []


@pytest.mark.parametrize("text, raw, months", [
    ("17月份，全镇规上工业产值完成42.6亿元", "17月份", (1, 7)),
    ("2024年111月份全县工业用电量", "2024年111月份", (1, 11)),
    ("增幅较110月份提高0.4个百分点", "110月份", (1, 10)),
    ("112月，园区完成投资68亿元", "112月", (1, 12)),
], ids=["one digit after", "with its year", "a base", "to December"])
def test_a_range_whose_dash_was_lost_is_the_months_from_january(text: str, raw: str,
                                                                 months: tuple[int, int]) -> None:
    # (a scraped page writes 1-10月份 as 110月份: no month is over 12, so it is January to its tail's month; was
    # read as 10月份, so a value of the ten months was trusted for October alone)
    (found,) = [p for _, _, p in periods_in(text)]
    assert (found.raw, found.months) == (raw, months)
    # 12月 and 11月 are months of their own; a month after a count of them is no period
    assert [p.months for _, _, p in periods_in("12月份，11月")] == [(12, 12), (11, 11)]
    assert [p.raw for _, _, p in periods_in("共13个月")] == []


@pytest.mark.parametrize("text", ["2023年1月份-9月份，全市工业投资增长6%", "1月份至9月份，全市工业投资增长6%",
                                  "1月份—9月份全市工业投资", "1月份~9月份全市工业投资"])
def test_a_range_whose_months_each_write_yuefen_is_one_stretch(text: str) -> None:
    # (1月份-9月份: each month written with 份; was read as January alone, so the right 1-9月 claim was refused)
    (found,) = [p for _, _, p in periods_in(text)]
    assert found.months == (1, 9)


def test_the_year_about_to_pass_is_this_year() -> None:
    # (a report given before its year ends looks back on 即将过去的一年: this year, not the year before as 过去的一年)
    found = periods_in("即将过去的一年，全区规上工业企业新增14家。")
    assert [(p.raw, p.year) for _, _, p in found] == [("即将过去的一年", "今年")]
    assert [p.year for _, _, p in periods_in("过去的一年，全区新增企业14家。")] == ["去年"]
