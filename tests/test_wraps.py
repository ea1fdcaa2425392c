"""Hard-wrapped pages: which line ends wrap a clause, and the page read without them (core/wraps.py)."""

from __future__ import annotations

import pytest

from summariser import check_figures, clean
from summariser.core.wraps import line_wraps, unwrapped

# A county work report's review, written for these tests; `_set_at` breaks it as a PDF's text is broken
_REVIEW = ("据县统计局初步核算，全县经济运行总体平稳。预计全县地区生产总值完成328亿元，增长6.5%；"
           "一般公共预算收入21.6亿元，下降3.2%；外贸出口总额42亿元，增长12.4%；社会消费品零售总额118亿元，增长7.3%；农村居民人均可支配收入23518元，"
           "增长7.9%。")
_PAGE = "一、2023年工作回顾\n" + _REVIEW + "\n一年来主要做了以下工作：\n"
_WIDTHS = range(50, 76, 2)  # a line of 25 to 37 Han characters: where the breaks fall moves through the list


def _set_at(text: str, width: int) -> str:
    """`text` with each line broken at `width` columns, a Han character or full-width mark two columns wide."""
    out: list[str] = []
    for line in text.split("\n"):
        cur, w = "", 0
        for ch in line:
            cw = 1 if ord(ch) < 0x2E80 else 2
            if w + cw > width:
                out.append(cur)
                cur, w = "", 0
            cur, w = cur + ch, w + cw
        out.append(cur)
    return "\n".join(out)


@pytest.mark.parametrize("width", _WIDTHS)
def test_the_line_ends_of_a_page_set_at_its_width_are_left_out(width: int) -> None:
    page = _set_at(_PAGE, width)
    view = unwrapped(page)
    # (every break inside the paragraph goes, whatever it falls after: a word, a digit, a comma, a number's
    # point; the heading's line end, the paragraph's and the short line's after it stay)
    assert view.text == _PAGE
    for i, ch in enumerate(view.text):
        assert page[view.origin[i]] == ch


def test_line_ends_that_end_something_stay() -> None:
    # (a title and a numbered heading, a paragraph that ends on a full stop, a list whose ；-lines open with their
    # numbers, and short lines: none is cut at a page's width)
    page = ("某县召开工业经济运行分析会\n"
            "（一）工业经济。1-9月，全县规上工业增加值增长8.1%，工业投资增长12.6%，技改投资增长9%。\n"
            "（二）项目建设。全县新开工亿元以上项目28个，竣工投产项目15个，新签约项目42个，总投资216亿元；\n"
            "（三）招商引资。到位资金58.6亿元，同比增长10.2%。\n"
            "发布时间：2024-10-20\n")
    assert list(line_wraps(page)) == []
    assert unwrapped(page).text == page


def test_a_forecast_governs_its_list_over_the_lines_of_a_page_set_at_width() -> None:
    for width in _WIDTHS:
        page = _set_at(_PAGE, width)
        for indicator, value, unit in (("外贸出口总额", 42, "亿元"), ("社会消费品零售总额", 118, "亿元"),
                                       ("农村居民人均可支配收入", 23518, "元"), ("一般公共预算收入", 21.6, "亿元")):
            claim = {"indicator": indicator, "value": value, "unit": unit}
            forecast, actual = check_figures(page, [{**claim, "kind": "forecast"}, {**claim, "kind": "actual"}])
            assert forecast.status.value == "supported", (width, indicator, forecast.reason)
            assert actual.status.value == "misattributed", (width, indicator, actual.reason)
            # (the span is the page's as given, its line end inside it where one breaks the number)
            assert forecast.span is not None and forecast.matched == page[slice(*forecast.span)]
            assert page[slice(*forecast.span)].replace("\n", "").startswith(f"{value:g}")


def test_a_number_broken_over_two_lines_is_one_number() -> None:
    page = _set_at(_PAGE, 54)
    assert "235\n18元" in page  # (where width 54 breaks it)
    (whole,) = check_figures(page, [{"indicator": "农村居民人均可支配收入", "value": 23518, "unit": "元",
                                     "kind": "forecast"}])
    assert whole.status.value == "supported" and whole.matched == "235\n18元"


def test_cleaning_joins_the_lines_of_a_page_set_at_width() -> None:
    page = _set_at(_PAGE, 58)
    c = clean(page)
    assert _REVIEW in c.text
    at = c.text.index("21.6亿元，下降3.2%")
    a, b = c.to_raw(at, at + len("21.6亿元，下降3.2%"))
    assert page[a:b].replace("\n", "") == "21.6亿元，下降3.2%"


def test_a_number_cut_at_the_end_of_a_paragraph_s_only_full_line_is_one_number() -> None:
    # (a paragraph of two lines: the first, set full, has no line of its width beside it)
    page = ("四、财政收入平稳增长\n一季度，全县一般公共预算收入7.26亿元，增长3.8%，其中税收收入4.1\n"
            "5亿元，增长5.2%。\n五、金融存贷款保持增长\n")
    assert unwrapped(page).text.count("\n") == 3
    (taxes,) = check_figures(page, [{"indicator": "税收收入", "value": 4.15, "unit": "亿元", "period": "一季度"}])
    assert taxes.status.value == "supported" and taxes.matched == "4.1\n5亿元"
    # (but not a date beside a period, nor a line's count beside a year)
    for kept in ("发布日期：2023-06-16，来源：县统计局，浏览次数：2518\n2023年1-5月全县工业运行情况\n",
                 "一季度，全县规上工业增加值增长6.1%，工业投资增长8%，技改投资增长12\n1-3月全县新签约项目18个\n"):
        assert unwrapped(kept).text == kept


# A county work report copied from a PDF, its full-width commas made half-width as such copies make them: each
# is a column narrower than it was set, so the page's full lines are not all of one width
_REPORT = ("某县2024年政府工作报告\n"
           "各位代表:\n"
           "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和列席\n"
           "人员提出意见。\n"
           "一、2023年工作回顾\n"
           "过去一年,全县上下稳中求进,狠抓项目建设,预计全年完成地区生产\n"
           "总值328亿元,增长6.5%;人均地区生产总值6.2万元,增长6.8%;一般公共预\n"
           "算收入21.6亿元,增长3.2%;规模以上工业增加值增长8.1%,工业投资增长1\n"
           "2.6%。\n")


def test_the_first_line_of_a_paragraph_is_joined_though_narrower_by_its_lost_indent() -> None:
    # (预计…地区生产⏎总值: the paragraph's first line is five columns narrower than the full lines under it, two
    # full-width spaces of indent lost and its commas narrowed; read as a break, 328亿元 was 总值's, and the page's
    # 人均地区生产总值 refused the right claim)
    claim = {"indicator": "地区生产总值", "value": 328, "unit": "亿元"}
    forecast, actual = check_figures(_REPORT, [{**claim, "kind": "forecast"}, {**claim, "kind": "actual"}])
    assert forecast.status.value == "supported", forecast.reason
    assert actual.status.value == "misattributed" and "预计" in actual.reason


def test_a_paragraph_of_two_lines_is_joined_on_a_page_set_at_its_width() -> None:
    # (…并请县政协委员和列席⏎人员提出意见。: its first line is set full, its only neighbour its short last line; the
    # page's other full lines show the width it is set at)
    text = unwrapped(_REPORT).text
    assert "和列席人员提出意见。" in text and "地区生产总值328亿元" in text
    # (but a numbered heading as wide as the page's lines ends its words, and so does the page's title)
    page = _REPORT.replace("一、2023年工作回顾", "一、工业生产稳中有进,新兴产业加快成长壮大,传统优势产业持续优化升级")
    assert "持续优化升级\n过去一年" in unwrapped(page).text
    assert unwrapped(page).text.startswith("某县2024年政府工作报告\n各位代表:\n")
    # (and a page that no two lines show set full is read as given: each paragraph a line of its own)
    web = ("全县规上工业增加值增长8.1%,工业投资增长12.6%,技改投资增长9%,新增规上企业28家,完成\n"
           "一般公共预算收入21.6亿元,增长3.2%。\n")
    assert unwrapped(web).text == web


@pytest.mark.parametrize("width", [32, 34, 36, 38])
def test_a_page_set_narrower_is_joined_alike(width: int) -> None:
    # (lines of sixteen to nineteen Han characters, as a phone's copy of a document is: three or more lines of that
    # width make the page's, and every break inside the paragraph goes, a word's (同口⏎径) as a number's (27.⏎38))
    page = _set_at(_PAGE, width)
    assert unwrapped(page).text == _PAGE
    # (but short lines that are not a page's width stay: a title and a note)
    short = "某县召开工业经济运行分析会\n发布时间：2024-10-20\n来源：县工信局\n"
    assert unwrapped(short).text == short


def test_a_space_after_a_number_s_point_is_inside_the_number() -> None:
    # (a copy from a PDF spaces a number after its point: 增长 36. 8%, 完成目标任务 28. 1%; not a list's number,
    # 1. 2023年)
    page = "2023年，开发区财政收入比上年增长 36. 8%，完成年度目标任务 28. 1%。重点做好：1. 2024年项目建设。"
    assert unwrapped(page).text == ("2023年，开发区财政收入比上年增长 36.8%，完成年度目标任务 28.1%。"
                                    "重点做好：1. 2024年项目建设。")
    (rate,) = check_figures(page, [{"indicator": "完成年度目标任务", "value": 28.1, "unit": "%", "period": "2023年"}])
    assert rate.status.value == "supported" and rate.matched == "28. 1%"


# A county's review as a copy from a PDF sets it, a space between each number and the words beside it (written for
# these tests)
_SPACED = ("2023 年，全县预计完成规上工业总产值 412 亿元，增长 6.3%；工业投资增长 9.1%；外贸进出口总额 58.6 亿元，"
           "增长 4.2%。")


def test_the_spaces_between_a_number_and_its_words_are_left_out() -> None:
    view = unwrapped(_SPACED)
    assert view.text == _SPACED.replace(" ", "")
    for i, ch in enumerate(view.text):
        assert _SPACED[view.origin[i]] == ch
    # (not a table's cells, a list's number, nor numbers a space parts from each other)
    for kept in ("金属制品业 38912 6.7", "主要工作：1. 抓好项目，2. 抓好招商。", "规上工业增加值 12.5 8.3，全年"):
        assert unwrapped(kept).text == kept


def test_a_year_spaced_from_its_character_still_frames_the_forecast_of_its_sentence() -> None:
    # (2023 年 is 2023年: the 预计 after it governs every ；-part of the sentence, not its own clause alone)
    for indicator, value, unit in (("工业投资", 9.1, "%"), ("外贸进出口总额", 58.6, "亿元")):
        claim = {"indicator": indicator, "period": "2023年", "value": value, "unit": unit}
        forecast, actual = check_figures(_SPACED, [{**claim, "kind": "forecast"}, {**claim, "kind": "actual"}])
        assert forecast.status.value == "supported", (indicator, forecast.reason)
        assert actual.status.value == "misattributed", (indicator, actual.reason)
        assert forecast.span is not None and _SPACED[slice(*forecast.span)].startswith(f"{value:g}")


# A bureau's release set at its width, its sections headed by bullets (▲, ◆) whose lines are as wide as the page's
_BULLETED = ("前三季度全镇工业经济运行情况\n"
             "今年以来，全镇上下认真落实各项部署，工业经济运行总体平稳，主要指\n"
             "标好于预期。1-9月，全镇规模以上工业增加值同比增长7.4%，高于全\n"
             "区平均水平0.9个百分点，规上工业总产值完成126.3亿元，增长8.2%。\n"
             "▲工业投资较快增长，技改投资增势良好，新开工项目数量较多\n"
             "1-9月，全镇工业投资同比增长13.6%，其中技改投资增长19.2%，占工\n"
             "业投资的比重为36.1%，比上半年提高1.8个百分点，新开工项目12\n"
             "个。\n"
             "◆全年预计全镇规上工业增加值增长7%左右，完成规上工业产值170亿元\n"
             "全镇新增规上工业企业9家，累计达到164家。\n")


def test_a_bulleted_heading_as_wide_as_the_page_ends_its_words() -> None:
    # (◆全年预计…完成产值170亿元⏎全镇新增规上工业企业9家: joined, the heading's 预计 foresaw the new firms, a result;
    # ▲…新开工项目数量较多⏎1-9月…: joined, its words ran into the months' figures)
    text = unwrapped(_BULLETED).text
    assert "170亿元\n全镇新增" in text and "数量较多\n1-9月" in text
    claim = {"indicator": "新增规上工业企业", "value": 9, "unit": "家"}
    actual, forecast = check_figures(_BULLETED, [{**claim, "kind": "actual"}, {**claim, "kind": "forecast"}])
    assert actual.status.value == "supported", actual.reason
    assert forecast.status.value != "supported"
    # (a paragraph under them is still joined at the page's width)
    assert "占工业投资的比重" in text
