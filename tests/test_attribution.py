"""Claim-level checking: the source's number under the wrong indicator, period or kind is
`misattributed`, a paraphrase of the right one is `supported` (issue 15)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from summariser import CheckStatus as S
from summariser import check_figures, check_text
from summariser.numbers.attribution import Reading, head_kind, indicator_words, level, measured, size_band, ties
from summariser.numbers.check import ties_of
from summariser.numbers.periods import parse_period, periods_in, year_to_date
from summariser.numbers.quantities import extract_quantities

# Written for these tests, in the genre: a target paragraph, an achieved paragraph, lists and tails.
SRC = ("2024年一季度，力争全县工业投资完成85亿元，同比增长25%以上，工业技改投资增长18%以上。\n"
       "1—9月，全县规模以上工业增加值同比增长9.6%，高于全市2.1个百分点；全年预计增长9%左右。\n"
       "分行业看，纺织、食品、建材分别增长7.3%、6.8%、15.8%。\n"
       "目前已有新进规企业14家、小进规企业9家，对新进规企业奖励20万元、小进规企业奖励8万元。\n"
       "春节期间，全县共有56家规上工业企业坚持生产；农历正月初一到初六，企业生产化肥超过3000吨。")


def one(claim: dict[str, Any], source: str = SRC) -> Any:
    return check_figures(source, [claim])[0]


@pytest.mark.parametrize("claim", [
    {"indicator": "工业投资", "period": "一季度", "value": 85, "unit": "亿元", "kind": "target"},
    {"indicator": "工业投资增速", "period": "第一季度", "value": 25, "unit": "%", "qualifier": ">=", "kind": "target"},
    {"indicator": "工業技改投資增速", "period": "1-3月份", "value": 18, "unit": "%", "qualifier": ">=",
     "kind": "target"},
    {"indicator": "规上工业增加值增速", "period": "1至9月", "value": 9.6, "unit": "%", "kind": "actual"},
    {"indicator": "食品行业增加值", "value": 6.8, "unit": "%"},
    {"indicator": "小进规企业奖励", "value": 8, "unit": "万元"},
    {"indicator": "坚持生产的规上工业企业", "period": "春节", "value": 56, "unit": "家"},
    {"indicator": "化肥产量", "period": "春节期间", "value": 3000, "unit": "吨", "qualifier": ">"},
    {"value": 18, "unit": "%", "qualifier": ">="},  # no indicator: the value alone, as before
], ids=["target", "period written otherwise", "traditional paraphrase", "1至9月 = 1—9月", "a list item",
        "one of two look-alikes", "paraphrased period", "a period the source does not state", "no indicator"])
def test_the_right_attribution_in_other_words_is_supported(claim: dict[str, Any]) -> None:
    v = one(claim)
    assert v.status is S.supported, v.reason


@pytest.mark.parametrize("claim, says", [
    ({"indicator": "工业投资增速", "value": 18, "unit": "%", "qualifier": ">="},
     "for 工业投资增速 it gives 25%以上"),
    ({"indicator": "纺织增速", "value": 6.8, "unit": "%"}, "for 纺织增速 it gives 7.3%"),
    ({"indicator": "新进规企业奖励", "value": 8, "unit": "万元"}, "for 新进规企业奖励 it gives 20万元"),
    ({"indicator": "规上工业增加值增速", "period": "全年", "value": 9.6, "unit": "%"}, "(1—9月)."),
    ({"indicator": "工业投资", "period": "一季度", "value": 85, "unit": "亿元", "kind": "actual"},
     "(target)."),
    ({"indicator": "规上工业增加值增速", "value": 9, "unit": "%", "qualifier": "~", "kind": "actual"},
     "(forecast)"),
], ids=["another indicator's value", "another list item", "the look-alike", "another period",
        "a target as actual", "a forecast as actual"])
def test_the_wrong_indicator_period_or_kind_is_misattributed_with_both_sides(claim: dict[str, Any],
                                                                            says: str) -> None:
    v = one(claim)
    assert v.status is S.misattributed, v.reason
    assert says in v.reason and "source gives" in v.reason


@pytest.mark.parametrize("a, b", [("近3年", "近三年"), ("近年来", "近3年"), ("五年来", "近5年"), ("当月", "5月"),
                                  ("当天", "7月24日"), ("十四五", "2025年"), ("“十四五”期间", "十四五")])
def test_writings_that_may_name_one_period_do_not_conflict(a: str, b: str) -> None:
    pa, pb = parse_period(a), parse_period(b)
    assert pa is not None and pb is not None and not pa.conflicts(pb) and not pb.conflicts(pa)


@pytest.mark.parametrize("a, b", [("一季度", "第一季度"), ("一季度", "1—3月"), ("第一季度", "1-3月份"),
                                  ("1至10月", "1—10月"), ("前三季度", "1-9月"), ("上半年", "1至6月"),
                                  ("元月份", "1月份")])
def test_equivalent_writings_are_one_period(a: str, b: str) -> None:
    pa, pb = parse_period(a), parse_period(b)
    assert pa is not None and pb is not None and not pa.conflicts(pb)


@pytest.mark.parametrize("a, b", [("一季度", "全年"), ("1-9月", "1-10月"), ("正月初七", "正月初十"),
                                  ("2023年", "2024年"),
                                  # (stretches of recent years of other lengths; one month or day against a stretch)
                                  ("5年来", "近3年"), ("五年来", "2023年"), ("当月", "1—5月份"), ("单月", "上半年"),
                                  ("当天", "今年"), ("元月份", "截至2月7日"), ("十四五", "十三五"),
                                  ("“十四五”期间", "2019年")])
def test_different_periods_conflict(a: str, b: str) -> None:
    pa, pb = parse_period(a), parse_period(b)
    assert pa is not None and pb is not None and pa.conflicts(pb)


def test_the_period_in_force_is_the_nearest_before_and_one_written_after_does_not_contradict() -> None:
    titled = "2024年上半年工业运行简报\n新增规上工业企业12家。"
    claim = {"indicator": "新增规上工业企业", "period": "1-3月", "value": 12, "unit": "家"}
    # the title's 上半年 is in force, but it is not the value's own sentence or paragraph: the claim is left
    # open, neither passed nor refuted
    assert one(claim, titled).status is S.unconfirmed
    same_paragraph = "上半年，全市新增规上工业企业12家。"
    assert one(claim, same_paragraph).status is S.misattributed  # its own sentence states 上半年
    later = "新增规上工业企业12家。\n上半年，全市规上工业增加值增长5%。"
    assert one(claim, later).status is S.supported  # 上半年 comes after the value: no period is stated for it


def test_numbers_of_free_text_are_checked_for_their_indicator_and_period() -> None:
    got = {v.raw: v.status for v in check_text(SRC, "工业投资增长18%以上，全年规上工业增加值增长9.6%。")}
    assert got == {"18%以上": S.misattributed, "9.6%": S.misattributed}
    fine = {v.raw: v.status for v in check_text(SRC, "一季度工业技改投资力争增长18%以上。")}
    assert fine == {"一季度": S.not_a_quantity, "18%以上": S.supported}


@pytest.mark.parametrize("claim, source", [
    ({"value": 118.7, "unit": "亿元"}, "全市新增产值117.7亿元，其中亿元以上项目投资占六成。"),
    ({"value": 21, "unit": "家"}, "新增规上企业20家，另有1家企业获评省级示范。"),
    ({"value": 10, "unit": "家", "quote": "这句话不在文中"}, "全市企业30家，其中规上企业20家。"),
], ids=["a bare threshold", "two indicators", "a quote not in the source"])
def test_derived_needs_two_amounts_of_one_indicator_and_a_real_quote(claim: dict[str, Any], source: str) -> None:
    assert one(claim, source).status is not S.derived


def test_derived_from_one_indicator_still_holds() -> None:
    src = "日产化肥从之前的3万吨增加到5万吨；1至10月，全县技改项目共计88个，较1至9月增加6个。"
    assert one({"value": 2, "unit": "万吨"}, src).status is S.derived
    assert one({"value": 82, "unit": "个"}, src).status is S.derived


def test_an_unsigned_claim_passes_when_its_indicator_carries_the_direction() -> None:
    src = "1-9月，全县规上工业增加值增长5.1%，低于全市平均8.4个百分点。"
    # (an indicator that names the measure too: 低于全市平均 alone names no measure, and is left unconfirmed)
    assert one({"indicator": "规上工业增加值增速低于全市平均", "value": 8.4, "unit": "个百分点"}, src).status \
        is S.supported
    assert one({"indicator": "规上工业增加值增速高于全市平均", "value": 8.4, "unit": "个百分点"}, src).status \
        is S.misattributed
    assert one({"indicator": "低于全市平均", "value": 8.4, "unit": "个百分点"}, src).status is S.unconfirmed
    assert one({"value": 8.4, "unit": "个百分点"}, src).status is S.unsupported  # no words, no direction
    assert one({"value": -8.4, "unit": "个百分点"}, src).status is S.supported


# ---------------------------------------------------------------- the period a reader writes, the plan kind

def _tie(text: str, raw: str) -> Any:
    at = text.index(raw)
    return next(t for (a, b), t in ties_of(text).items() if a <= at < b)


@pytest.mark.parametrize("text, value, written", [
    ("1—9月，全区工业投资增长12%；技改投资62亿元。", "62亿元", "1—9月"),  # a period holds across ；
    # nor past its sentence
    ("全区坚持工业强区，经济平稳运行。去年，公司投入2000万元。日产量达到30万副。", "30万副", None),
    ("1—9月，全区工业投资增长12%。全区新增企业26家。", "26家", "1—9月"),  # a paragraph opening with it
    ("运行指标好于预期。1至9月，全区产值增长8%。全区新增企业26家。", "26家", "1至9月"),  # a paragraph's opening
    ("举办2022年银企签约活动，191家企业签订授信协议。", "191家", None),  # a period in an event's name
    ("1月31日，全市重大项目集中开工，现场调度4个重点项目。", "4个", None),  # the date of an event
    ("截至1月31日，全市已开工项目40个。", "40个", "截至1月31日"),
    ("12月底新增省级小巨人22家，全市现有国家级小巨人6家。", "6家", None),  # a stock now
    ("开展节前走访，鼓励123家企业春节期间不停工。", "123家", "春节期间"),  # in its own clause, after it
    ("其他春节不停工企业共302家纳入白名单。", "302家", None),  # a festival naming a kind of firm
])
def test_the_period_written_for_a_value_is_the_one_its_sentence_states(text: str, value: str,
                                                                       written: str | None) -> None:
    got = _tie(text, value).written
    if written is None:
        assert got is None, got
    else:
        assert got is not None and parse_period(written) is not None
        assert not got.conflicts(parse_period(written)) and written.endswith(got.raw.strip())


@pytest.mark.parametrize("text, value, kind", [
    ("推进30个省级重大技改示范项目，带动技改投资超300亿元。", "30个", "target"),
    ("推进30个省级重大技改示范项目，带动技改投资超300亿元。", "300亿元", "target"),
    ("今年以来，全市推进重点项目30个，完成投资80亿元。", "30个", ""),  # dated: a result
    ("全市已推进重点项目30个。", "30个", "actual"),
    ("实行11条重点产业链链长制。", "11条", ""),  # a measure in place, not a plan verb
])
def test_a_work_plans_values_are_targets_unless_dated_or_reached(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind
    claim = {"indicator": "技改投资" if "亿元" in value else "重点项目", "value": float(value[:-2] if "亿元" in value
                                                                                  else value[:-1]),
             "unit": value[-2:] if "亿元" in value else value[-1:], "kind": "actual"}
    assert (one(claim, text).status is S.misattributed) == (kind == "target")


@pytest.mark.parametrize("text, value, kind", [
    # a sentence's lead word governs the values of its later ；-parts
    ("今年的主要目标是：力争全县规上工业增加值增长7%；工业投资增长12%；工业用电量增长6%。", "12%", "target"),
    ("预测一季度全区工业总产值86亿元，同比增长9%；工业增加值21亿元，同比增长8%。", "21亿元", "forecast"),
    ("预计全年规上工业总产值突破300亿元；工业投资增长11%。", "11%", "forecast"),
    # a part that dates itself or says it is reached is a statement of its own
    ("预计全年规上工业增加值增长7%左右；1—10月增长6.4%。", "6.4%", ""),
    ("力争全年工业投资增长15%；目前已完成投资42亿元。", "42亿元", "actual"),
    # no lead: the lead word comes after the sentence's first value
    ("全县工业投资增长9%，力争全年增长12%；工业用电量增长5%。", "5%", ""),
    # nor when the later part turns to another matter, measured in other units
    ("力争全县一季度工业投资完成60亿元，同比增长20%以上；日产量从之前的6万件增加到18万件。", "18万件", ""),
])
def test_a_lead_word_holds_for_the_parts_of_its_sentence(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


@pytest.mark.parametrize("text, value, kind", [
    # a 预计 after a clause of the first part's own foresees that part alone: each later part, with a subject and a
    # verdict of its own, reports
    ("过去一年，工业经济回稳向好，预计规上工业产值达到420亿元；营商环境持续优化，新增市场主体同比增长12.3%。",
     "12.3%", ""),
    ("过去一年，工业经济回稳向好，预计规上工业产值达到420亿元；营商环境持续优化，新增市场主体同比增长12.3%。",
     "420亿元", "forecast"),
    # one that opens a clause with the year it foresees still leads the later parts
    ("工业经济回稳向好，预计全年规上工业产值达到420亿元；新增市场主体增长12.3%。", "12.3%", "forecast"),
    # one in the first part's opening clause, after the name of what it foresees or the months it is of, leads the
    # later parts as it would ，-clauses
    ("2025年\n全县规上工业总产值预计增长7.5%左右；工业投资增长10%；社会消费品零售总额增长4.8%。", "10%", "forecast"),
    ("2025年\n全县规上工业总产值预计增长7.5%左右；工业投资增长10%；社会消费品零售总额增长4.8%。", "4.8%",
     "forecast"),
    ("1-8月份预计完成营业收入5216.4万元，同比增长3.1%；规上企业利润312.7万元，同比增长5.2%。", "312.7万元", "forecast"),
    # not a later part that dates itself, says it is reached, or writes its own 预计 where others do not
    ("全县规上工业总产值预计增长7.5%左右；1-11月工业投资增长9.6%。", "9.6%", ""),
    ("全县规上工业总产值预计增长7.5%左右；工业投资已完成41亿元。", "41亿元", "actual"),
    ("全县地区生产总值预计完成186.2亿元，增长5%；工业投资增长6.5%；社会消费品零售总额预计完成72.3亿元。", "6.5%", ""),
])
def test_a_forecast_word_leads_the_later_parts_only_where_it_leads_its_sentence(text: str, value: str,
                                                                                 kind: str) -> None:
    assert _tie(text, value).kind == kind


@pytest.mark.parametrize("text, value, kind", [
    # a running total (累计) that a forecast leading its ；-part goes on to is the total foreseen
    ("1-4月，全县外贸出口3120万美元，增长18.4%；预计5月份出口可达760万美元，累计达3880万美元，增长21%。", "3880万美元",
     "forecast"),
    ("全镇工业运行平稳。预计至9月，可累计完成规上工业产值48.6亿元，完成工业投资12.3亿元。", "48.6亿元", "forecast"),
    ("全镇工业运行平稳。预计至9月，可累计完成规上工业产值48.6亿元，完成工业投资12.3亿元。", "12.3亿元", "forecast"),
    ("预计上半年全区重点项目累计完成投资26亿元，占年度投资计划52%，达时序进度。", "52%", "forecast"),
    # not one said reached (已累计), nor one of a stretch of months its clause opens with
    ("预计全年完成工业投资120亿元，已累计完成投资86亿元。", "86亿元", "actual"),
    ("预计全年完成工业投资120亿元，1-9月累计完成投资86亿元。", "86亿元", "actual"),
    ("1-9月，全区累计完成工业投资86亿元，预计全年完成120亿元。", "86亿元", "actual"),
    # nor one said to be so far (目前, 至今, 截至目前): a project due later has invested that much now
    ("产业园项目总投资15亿元，预计2026年3月建成投产，目前累计完成投资9.2亿元，占总投资的61.3%。", "9.2亿元", "actual"),
    ("预计全年完成工业投资120亿元，截至目前累计完成投资86亿元。", "86亿元", "actual"),
])
def test_a_running_total_a_forecast_leads_is_foreseen(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


_PLAN_PARAGRAPH = "2025年，高新区将聚焦主导产业，强化项目招引。"
_ESTIMATE_LINES = "预计全年：\n1.规上工业增加值增长6.5%；\n2.工业投资完成52亿元；\n3.新增规上企业11家。\n"


@pytest.mark.parametrize("text, value, kind", [
    # a 预计 after its subject and its year heads the ，-list of what it foresees, every item of it
    ("据了解，该县2024年预计全年规上工业增加值增长7%，工业投资增长11%，新增规上工业企业9家、专精特新企业4家，"
     "外贸进出口增长6%。", "11%", "forecast"),
    ("据了解，该县2024年预计全年规上工业增加值增长7%，工业投资增长11%，新增规上工业企业9家、专精特新企业4家，"
     "外贸进出口增长6%。", "4家", "forecast"),
    # a year's 将 before a colon: the list's later ；-parts are the year's work as its first part is
    ("同时，2025年，该镇还将办好八件实事：新建幼儿园2所，新增停车位800个；实施农村供水等5个项目；改造老旧小区12个。",
     "5个", "target"),
    ("同时，2025年，该镇还将办好八件实事：新建幼儿园2所，新增停车位800个；实施农村供水等5个项目；改造老旧小区12个。",
     "12个", "target"),
    ("2025年，该镇还将办好八件实事：新建幼儿园2所；1-2月已开工项目3个。", "3个", "actual"),  # a part reached
    ("2025年，该镇还将继续推进项目建设，新建幼儿园2所；改造老旧小区12个。", "12个", ""),  # no list opened
    # a paragraph that opens on a year written and what will be done in it: its later sentences are that year's work
    (_PLAN_PARAGRAPH + "全年新增规上工业企业12家以上，产值过亿元企业突破30家；全年储备工业用地1500亩以上。", "30家",
     "target"),
    (_PLAN_PARAGRAPH + "全年新增规上工业企业12家以上，产值过亿元企业突破30家；全年储备工业用地1500亩以上。", "1500亩",
     "target"),
    # not past a period of the sentence's own, a comparison with a year before, a heading or the paragraph's end
    (_PLAN_PARAGRAPH + "2024年新增规上工业企业10家。", "10家", ""),
    (_PLAN_PARAGRAPH + "全年规上工业增加值同比增长9.2%。", "9.2%", ""),
    (_PLAN_PARAGRAPH + "（一）项目建设。全年新增规上工业企业12家。", "12家", ""),
    (_PLAN_PARAGRAPH + "\n全年新增规上工业企业12家。", "12家", ""),
    # nor from a year that opens a review (no 将), or one before the page's own date
    ("2024年，高新区聚焦主导产业，强化项目招引。全年新增规上工业企业12家。", "12家", ""),
    ("发布时间：2025-02-10\n2024年，高新区将聚焦主导产业。全年新增规上工业企业12家。", "12家", ""),
    # 预计全年： alone on its line heads the numbered lines under it, to the first line that is no item of them
    (_ESTIMATE_LINES + "二、2025年工作思路\n新增规上企业15家。", "52亿元", "forecast"),
    (_ESTIMATE_LINES + "二、2025年工作思路\n新增规上企业15家。", "11家", "forecast"),
    (_ESTIMATE_LINES + "二、2025年工作思路\n新增规上企业15家。", "15家", "target"),
    ("预计全年：\n1.规上工业增加值增长6.5%；\n2.工业投资完成52亿元。\n\n3.新增规上企业11家。", "11家", ""),
])
def test_a_marker_heading_a_list_governs_its_items(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


_HALF_YEAR = ("石桥镇2024年上半年工作总结\n一、上半年工作情况\n上半年，全镇新开工项目9个，已入库规上企业3家。\n"
              "二、下半年工作打算\n")


@pytest.mark.parametrize("text, value, kind", [
    # a heading that names the plan for the rest of the year (下半年工作打算, 下一步工作安排) heads goals as a year's
    # plan does: the values under it with no word of their own are what is to be done
    (_HALF_YEAR + "下半年再开工项目7个，全年入库规上企业6家以上。", "7个", "target"),
    (_HALF_YEAR + "下半年再开工项目7个，全年入库规上企业6家以上。", "6家", "target"),
    ("一、前三季度运行情况\n全区工业投资增长9%。\n二、下一步工作安排\n四季度需完成工业投资12.5亿元。", "12.5亿元",
     "target"),
    # what the section reports as reached, or as done in a year gone by, stays a result
    (_HALF_YEAR + "截至6月底，已入库规上企业4家，下半年再入库5家。", "4家", "actual"),
    ("发布时间：2024-07-08\n二、下半年工作打算\n2023年全镇完成工业投资8.6亿元。", "8.6亿元", "actual"),
    # and under a plan for the rest of the year, what the first half did, with or without a comma after 上半年, is
    # the half gone by (from break-it set bk49, in my own sentences); under a year's plan 上半年 is still to come
    (_HALF_YEAR + "（一）抓项目。上半年新开工项目11个，下半年再开工7个。", "11个", "actual"),
    (_HALF_YEAR + "（一）抓项目。上半年，全镇入库规上企业5家，全年力争8家。", "5家", "actual"),
    ("二、2025年工作打算\n（一）抓项目。上半年新开工项目9个，全年开工20个。", "9个", "target"),
    # and the section ends at the next top heading
    (_HALF_YEAR + "下半年再开工项目7个。\n三、存在问题\n全镇仍有停产企业2家。", "2家", ""),
])
def test_a_heading_of_the_rest_of_the_years_plan_makes_its_values_goals(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


_LISTED_GOALS = ("柳岸县人民政府工作报告\n二、2025年工作安排\n全县工业主要预期目标是：\n◆规上工业增加值增长7%；\n"
                 "◆工业投资增长10%。\n")


@pytest.mark.parametrize("text, value, kind", [
    # a list of goals inside a goal heading's section ends before the heading's section does: the lines after the
    # list are still under the heading, whatever heading or paragraph of its own they have
    (_LISTED_GOALS + "（一）抓项目扩投资。全年新开工亿元以上项目30个。", "30个", "target"),
    (_LISTED_GOALS + "全年实施技改项目40个，新增规上企业15家。", "15家", "target"),
    # and the heading's section still ends at the next top heading
    (_LISTED_GOALS + "全年实施技改项目40个。\n三、存在问题\n部分企业停产2家。", "2家", ""),
])
def test_a_list_of_goals_inside_a_goal_section_does_not_end_it(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


_GOALS_AND_WORK = "桐溪镇政府工作报告\n二、2025年主要预期目标和重点工作\n"


@pytest.mark.parametrize("text, value, kind", [
    # a goal heading that goes on to the work that reaches the goals (…目标和重点工作, …目标与主要任务) or that opens on
    # what frames them (…总体要求和目标任务) is a goal heading: its values with no word of their own are goals
    (_GOALS_AND_WORK + "（一）推进工业强镇。全年实施技改项目25个，新增规上企业8家。", "25个", "target"),
    ("桐溪镇政府工作报告\n二、2025年工作总体要求和目标任务\n全镇规上工业产值突破60亿元，新增规上企业8家。", "8家",
     "target"),
    (_GOALS_AND_WORK + "回顾2024年，全镇新增规上企业6家。全年新增规上企业8家。", "8家", "target"),
    # the base it looks back on stays a result; the section ends at the next top heading; a heading of goals and of
    # what was done is none
    (_GOALS_AND_WORK + "回顾2024年，全镇新增规上企业6家。全年新增规上企业8家。", "6家", "actual"),
    (_GOALS_AND_WORK + "全年实施技改项目25个。\n三、存在问题\n部分企业停产2家。", "2家", ""),
    ("桐溪镇政府工作报告\n二、2025年主要目标和2024年完成情况\n全年实施技改项目25个。", "25个", ""),
])
def test_a_heading_of_goals_and_the_work_to_reach_them_is_a_goal_heading(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


_PLAN_HEAD = "金塘镇2024年工作总结和2025年工作打算\n二、2025年工作打算\n"


@pytest.mark.parametrize("text, value, kind", [
    # in a goal section, a sentence whose last period before the value is the year gone by (去年) or one it looks
    # back on (回顾2024年) writes the base the goals start from: a result, with no page date to place the year
    (_PLAN_HEAD + "去年，全镇完成工业投资8.6亿元，同比增长12%。", "8.6亿元", "actual"),
    (_PLAN_HEAD + "去年，全镇完成工业投资8.6亿元，同比增长12%。", "12%", "actual"),
    (_PLAN_HEAD + "上述目标，是在去年工业投资增长12%、技改投资增长9%的基础上提出的。", "9%", "actual"),
    (_PLAN_HEAD + "回顾2024年，全镇新增规上企业5家，规上工业产值增长7%。", "7%", "actual"),
    # not a comparison with the year before, nor the base a goal is set on, nor a later period written after it
    (_PLAN_HEAD + "全镇规上工业增加值比去年增长8%，新增规上企业6家。", "8%", "target"),
    (_PLAN_HEAD + "全镇工业投资在去年基础上增长10%。", "10%", "target"),
    (_PLAN_HEAD + "去年新增规上企业5家，今年新增规上企业6家。", "6家", "target"),
])
def test_a_goal_sections_look_back_at_the_year_gone_by_reports_results(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


@pytest.mark.parametrize("text, value, kind", [
    # a numbered heading that names a review, whatever stands between its number and the review's word: a plan's
    # verb under it reports what was done; the goals heading after it ends the part
    ("宁和县政府工作报告\n一、2024年国民经济和社会发展计划执行情况\n全县推进重点项目52个，打造省级园区3个。\n"
     "二、2025年主要目标\n全年推进重点项目60个。", "3个", ""),
    ("宁和县政府工作报告\n一、2024年国民经济和社会发展计划执行情况\n全县推进重点项目52个，打造省级园区3个。\n"
     "二、2025年主要目标\n全年推进重点项目60个。", "60个", "target"),
    # the same inside a flattened page, after the words before it
    ("各位代表：一、2023年主要工作回顾 我们推进重点项目41个，争取上级资金9亿元。二、2024年工作安排 推进重点项目45个。",
     "9亿元", ""),
    # a look-back opened inside a paragraph holds to its sentence's end
    ("会上，县长作政府工作报告。报告指出，一年来，全县推进技改项目33个，带动就业1500人。报告提出，今年推进技改项目40个。",
     "1500人", ""),
    ("会上，县长作政府工作报告。报告指出，一年来，全县推进技改项目33个，带动就业1500人。报告提出，今年推进技改项目40个。",
     "40个", "target"),
    # a heading of a review and a plan together is no review's alone: its plan's verbs still set goals
    ("宁和县政府工作报告\n一、2024年计划执行情况与2025年计划草案\n全县推进重点项目60个，打造省级园区4个。",
     "4个", "target"),
])
def test_a_plans_verb_in_a_reports_look_back_reports_what_was_done(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


BANDS = ("全县在建亿元以上工业项目86个，其中10亿元以上项目9个，5亿元至10亿元项目17个，"
         "预增产值2000万元以上的增长点31个。")


@pytest.mark.parametrize("indicator, value, status", [
    ("10亿元以上项目", 17, S.misattributed),
    ("5亿元至10亿元项目", 9, S.misattributed),
    ("10亿元以上项目", 9, S.supported),
    ("5—10亿元项目", 17, S.supported),
    ("亿元以上项目", 9, S.misattributed),  # 亿元以上 is the class of one 亿: 9 is its 10亿元以上 part, 86 the class
    ("亿元以上项目", 86, S.supported),
    ("预增产值2000万元以上的增长点", 31, S.supported),
])
def test_a_size_class_in_the_indicator_must_be_the_sources(indicator: str, value: int, status: S) -> None:
    v = one({"indicator": indicator, "value": value, "unit": "个"}, BANDS)
    assert v.status is status, v.reason


TWICE = ("锚定全年工业增加值增长8%、技改投资增长20%以上目标任务。"
         "力争一季度工业增加值增长6%、工业技改投资增长20%以上，确保首战必胜。")


def test_the_quote_decides_which_of_two_equal_values_a_claim_is_about() -> None:
    claim = {"indicator": "工业技改投资增速", "value": 20, "unit": "%", "qualifier": ">=", "measure": "growth",
             "kind": "target", "period": "全年"}
    # The 全年 target exists, but the quote is the 一季度 one's: the figure's evidence contradicts it.
    quoted = one(claim | {"quote": "工业技改投资增长20%以上，确保首战必胜"}, TWICE)
    assert quoted.status is S.misattributed and "(一季度)" in quoted.reason
    assert one(claim | {"quote": "技改投资增长20%以上目标任务"}, TWICE).status is S.supported
    assert one(claim, TWICE).status is S.supported  # no quote: the value alone, wherever it is stated



@pytest.mark.parametrize(("value", "words"), [("25%", "工业投资"), ("6.8%", "食品"), ("9家", "小进规企业")])
def test_a_sentence_read_alone_ties_as_the_whole_article_does(value: str, words: str) -> None:
    # a check reads only the sentences it needs: the clause subject (同比增长25% after 工业投资85亿元),
    # 分别's items and a list's items are still read, whatever was read before
    qs = extract_quantities(SRC)
    spans = [(q.start, q.end) for q in qs]
    n = next(i for i, q in enumerate(qs) if q.raw.startswith(value))
    alone = Reading(SRC, spans).tie(n)
    assert words in alone.words
    assert alone == ties(SRC, spans)[n]
    assert [Reading(SRC, spans).tie(k) for k in range(len(spans))] == ties(SRC, spans)


def test_a_stock_date_after_a_cumulative_period_holds_for_its_paragraph() -> None:
    text = ("1-9月，全县重点项目累计完成投资88.2亿元。\n"
            "从项目进度看，截至9月底，120个重点项目已开工104个。从投资规模看，总投资10亿元以上项目14个，完成投资46.3亿元。")
    for value in ("14个", "46.3亿元"):
        got = _tie(text, value).period
        assert got is not None and got.months == (9, 9), (value, got)
    claim = {"indicator": "总投资10亿元以上项目", "value": 14, "unit": "个", "period": "截至9月底"}
    assert one(claim, text).status is S.supported
    # a note on one month of the cumulative period still dates only its own sentence
    note = "1-9月，全县规上工业增加值增长6.2%。其中，9月份增长7.1%。工业用电量增长5.3%。"
    got = _tie(note, "5.3%").period
    assert got is not None and got.months == (1, 9)


def test_values_joined_in_a_list_share_the_words_before_it() -> None:
    text = "园区5个新签约项目的投资额分别为9.6亿元、4.2亿元和2.7亿元。"
    for value in ("9.6亿元", "4.2亿元", "2.7亿元"):
        assert "投资额" in _tie(text, value).words, value
    claim = {"indicator": "新签约项目投资额", "value": 2.7, "unit": "亿元"}
    assert one(claim, text).status is S.supported


@pytest.mark.parametrize("text, value, kind", [
    ("第四季度全县还将有9个重大项目竣工投产。", "9个", "forecast"),
    ("今年确定了规上工业增加值增长9%、力争总产值突破600亿元的目标。", "9%", "target"),
    ("全县规上工业增加值增长9%、总产值突破600亿元。", "9%", ""),
])
def test_words_of_what_is_to_come_and_a_list_of_goals(text: str, value: str, kind: str) -> None:
    assert _tie(text, value).kind == kind


def test_a_list_of_one_item_shares_nothing() -> None:
    from summariser.numbers.attribution import _shared_head

    # (与去年同期相比分别增长了20.22%: a clause read as a list that holds a single item)
    assert _shared_head(["实际利用省外资金"]) == ["实际利用省外资金"]


def test_a_gap_to_a_place_reads_alike_however_written() -> None:
    from summariser.numbers.attribution import indicator_words

    written = {indicator_words(x) for x in ("增速高于全省", "增速比全省高出", "增速比全省高", "增速高出全省")}
    assert len(written) == 1
    assert indicator_words("增速比全市平均水平低") == indicator_words("增速低于全市平均水平")
    assert indicator_words("增速高于佛山全市") == indicator_words("增速高于全市")  # (a city named, then 全市)
    assert indicator_words("增速高于全省") != indicator_words("增速高于全国")


def test_respectively_after_values_each_named_is_of_those_names() -> None:
    text = ("过去一年，全镇实现税收收入9.6亿元、非税收入2.1亿元，分别增长5.2%和3.4%。"
            "新认定高新技术企业17家、科技型中小企业42家，总数分别达到96家、310家。")
    assert "税收收入" in _tie(text, "5.2%").words and "非税" not in _tie(text, "5.2%").words
    assert "非税收入" in _tie(text, "3.4%").words
    assert _tie(text, "310家").tally == "total"  # (not the 新认定 of the item's first value)
    assert "科技型中小企业" in _tie(text, "310家").words
    late = {"indicator": "科技型中小企业", "value": 310, "unit": "家"}
    assert check_figures(text, [{**late, "indicator": "新认定科技型中小企业"}])[0].status is S.misattributed


def test_a_month_heading_line_dates_the_lines_under_it_to_a_blank_line() -> None:
    text = ("指标名称 | 单位 | 1-8月 | 同比增长(%)\n规上工业总产值 | 亿元 | 512.4 | 10.8\n\n"
            "8月当月主要指标\n规上工业总产值\n72.6亿元\n同比增长9.1%\n\n1-8月，全区工业投资增长12%。")
    assert _tie(text, "72.6亿元").period == parse_period("8月")
    assert _tie(text, "12%").period == parse_period("1-8月")


def test_what_a_list_measures_written_after_its_last_item_is_each_item_s() -> None:
    text = "2024年，开发集团、城投集团、公交集团营业收入分别为136.2亿元、98.7亿元和6.4亿元。"
    assert _tie(text, "98.7亿元").words == "城投集团营业收入"
    assert check_figures(text, [{"indicator": "城投集团营业收入", "value": 6.4, "unit": "亿元"}])[0].status \
        is S.misattributed


def test_a_count_names_a_list_only_as_its_own_group() -> None:
    from summariser.numbers.attribution import _items
    assert _items("精品钢材、高端装备、新型建材三条产业链销售收入", 3)[0] == "精品钢材产业链销售收入"
    assert _items("东盟、欧盟、韩国为前三大贸易伙伴", 3)[0] == "东盟"  # (a rank they hold, not their name)


def test_a_list_s_trade_keeps_its_whole_word() -> None:
    from summariser.numbers.attribution import _items
    assert _items("对欧盟、日本进出口", 2) == ["对欧盟进出口", "日本进出口"]  # (not 对欧盟出口)


def test_a_group_s_items_lose_only_the_verb_their_list_opens_with() -> None:
    from summariser.numbers.attribution import _group_listed, _listed_before
    text = "围绕新材料、引进项目配套产业、电子信息三大产业，力争三大产业产值分别达到50亿元、80亿元、60亿元。"
    ends = [m.start() for m in re.finditer(r"[，；。]", text)]
    assert _group_listed(text, ends, (text.index("力争"), text.rindex("三大")), 3) == \
        ["新材料", "引进项目配套产业", "电子信息"]
    text = ("引进项目配套产业、新材料、电子信息签约项目，分别达到5个、8个、6个。"
            "三大类项目引资额，分别为50亿元、80亿元、60亿元。")
    ends = [m.start() for m in re.finditer(r"[，；。]", text)]
    assert _listed_before(text, ends, (0, text.index("三大")), 3)[0] == "引进项目配套产业"  # (引进 is its name's)


def test_a_list_bounded_together_and_counted_before_its_values_keeps_its_items() -> None:
    src = "截至目前，河阳、平川和云岭三县的项目落地率均达到或超过30%，分别为51%、40%和32%。"
    landed = {"indicator": "平川项目落地率", "unit": "%"}
    assert check_figures(src, [{**landed, "value": 40}])[0].status is S.supported
    assert check_figures(src, [{**landed, "value": 51}])[0].status is S.misattributed  # (河阳's)
    assert check_figures(src, [{"indicator": "河阳项目落地率", "value": 32, "unit": "%"}])[0].status \
        is S.misattributed


def test_a_list_after_a_count_of_what_it_is_of_gives_each_value_its_item() -> None:
    src = "前三季度，河阳、平川、云岭3个县域园区固定资产投资、财政收入、规上工业增加值同比增长22.5%、59.4%和46.7%。"
    growth = {"indicator": "县域园区财政收入", "unit": "%", "measure": "growth"}
    assert check_figures(src, [{**growth, "value": 59.4}])[0].status is S.supported
    assert check_figures(src, [{**growth, "value": 46.7}])[0].status is S.misattributed


def test_values_bracketed_after_their_places_measure_what_follows_the_places_count() -> None:
    src = ("2024年，全省规模以上工业增加值同比增长7.2%。\n\n河阳市(13.6%)、平川市(11.4%)、云岭市(9.5%)3个市"
           "规上工业增加值增速高于全省平均水平；青石市(6.9%)、白河市(5.8%)等5个市低于全省平均水平。\n")
    assert _tie(src, "11.4%").words == "平川市规上工业增加值"  # (not 3个市…高于全省平均: the list's count and rank)


def test_a_region_s_growth_after_another_s_gdp_growth_is_of_its_gdp() -> None:
    src = "今年上半年，按区域分，东部地区生产总值增长6.8%，中部地区增长6.0%，西部地区增长10.3%。"
    gdp = {"indicator": "中部地区生产总值", "unit": "%", "period": "上半年"}
    assert check_figures(src, [{**gdp, "value": 6.0}])[0].status is S.supported
    assert check_figures(src, [{**gdp, "value": 6.8}])[0].status is not S.supported


def test_a_pull_written_as_lagao_or_lasheng_is_a_pull() -> None:
    src = ("1-10月，全市规上工业增加值增长5.2%。其中电子行业增长6.3%，拉高规上工业增长0.9个百分点；汽车行业增长4%，"
           "拉升规上工业增长0.8个百分点。")
    pull = {"indicator": "电子行业拉动规上工业增长", "unit": "个百分点", "period": "1-10月", "measure": "change"}
    assert check_figures(src, [{**pull, "value": 0.9}])[0].status is S.supported
    assert check_figures(src, [{**pull, "value": 0.8}])[0].status is S.misattributed  # (汽车行业's)


def test_nominal_and_real_growth_are_of_the_subject_before() -> None:
    src = ("上半年，全市城镇常住居民人均可支配收入23560元，名义增长8.9%，扣除价格因素实际增长6.3%；"
           "农村常住居民人均可支配收入9055元，同比增长10.4%，实际增长7.6%。")
    income = {"indicator": "城镇常住居民人均可支配收入实际增长", "unit": "%", "period": "上半年", "measure": "growth"}
    assert check_figures(src, [{**income, "value": 6.3}])[0].status is S.supported
    assert check_figures(src, [{**income, "value": 8.9}])[0].status is S.misattributed  # (名义)
    assert check_figures(src, [{**income, "value": 7.6}])[0].status is not S.supported  # (农村's)


def test_a_share_of_a_plan_is_of_what_was_done() -> None:
    src = ("上半年，全市重点项目完成投资174.8亿元，占年度计划投资的53%。其中，41个省属重点项目完成投资123.7亿元，"
           "占年度计划投资的52.8%。东环段、北环段分别完成投资17.4亿元、3.8亿元，占年度计划投资的65.7%和104%。")
    def status(indicator: str, value: float) -> S:
        claim = {"indicator": indicator, "value": value, "unit": "%", "period": "上半年", "measure": "share"}
        return check_figures(src, [claim])[0].status
    assert status("省属重点项目完成投资占年度计划比重", 52.8) is S.supported
    assert status("北环段完成投资占年度计划比重", 104) is S.supported  # (each item's share, in order)
    assert status("北环段完成投资占年度计划比重", 65.7) is S.misattributed  # (东环段's)
    assert status("省属重点项目计划投资", 52.8) is S.misattributed  # (a share, not the plan's amount)


@pytest.mark.parametrize("text, value, indicator", [
    ("1-5月，全区技改项目累计完成投资12.6亿元，完成1-5月投资计划的118.4%，完成年度投资计划的37.2%。", "118.4%",
     "技改项目投资计划完成率"),
    ("前三季度，全镇固定资产投资完成6.8亿元，完成1—9月目标任务的104%。", "104%", "固定资产投资目标任务完成率"),
    ("全县亿元以上项目1-8月份完成投资20.5亿元，完成1-8月份计划的96.3%。", "96.3%", "亿元以上项目投资计划完成率"),
    ("5月份，全区完成工业投资4.1亿元，完成5月份计划的102%。", "102%", "工业投资计划完成率"),
], ids=["1-5月投资计划", "1—9月目标任务", "1-8月份计划", "5月份计划"])
def test_a_share_of_a_plan_named_by_its_months_in_figures_is_a_result(text: str, value: str, indicator: str) -> None:
    # (完成1-5月投资计划的118.4%: the share of the months' plan done, as 完成年度投资计划的 is of the year's; was: the
    # figures of its months broke the yardstick's shape, so 计划 made the share a goal, and a right claim was refused)
    assert _tie(text, value).kind == "actual"
    claim = {"indicator": indicator, "value": float(value[:-1]), "unit": "%", "measure": "share"}
    assert check_figures(text, [{**claim, "kind": "actual"}])[0].status is S.supported
    assert check_figures(text, [{**claim, "kind": "target"}])[0].status is not S.supported


def test_a_growth_on_the_year_before_is_a_growth_as_tongbi_is() -> None:
    src = ("2023年全省经济运行情况\n2023年，全省地区生产总值比上年增长6.2%。分区域看，东部地区生产总值增长6.8%，"
           "中部地区增长6.0%。")
    gdp = {"indicator": "全省地区生产总值增速", "unit": "%", "period": "2023年", "measure": "growth"}
    assert check_figures(src, [{**gdp, "value": 6.2}])[0].status is S.supported
    assert check_figures(src, [{**gdp, "value": 6.8}])[0].status is not S.supported  # (东部's)


def test_a_plan_s_term_with_the_work_it_will_do_dates_no_result() -> None:
    planned = "“十三五”期间，河阳市将依据产业发展规划，重点打造12个工业集中区。"
    assert _tie(planned, "12个").kind == "target"
    assert _tie("“十三五”期间，河阳市累计打造省级工业园区12个。", "12个").kind == "actual"
    assert _tie("“十三五”期间，河阳市打造了省级工业园区12个。", "12个").kind != "target"  # (done)


def test_the_first_months_of_a_year_are_a_run_from_january() -> None:
    assert parse_period("前11个月").months == (1, 11) and parse_period("今年前7个月").months == (1, 7)
    assert parse_period("前11个月").conflicts(parse_period("11月"))
    assert not parse_period("前11个月").conflicts(parse_period("1-11月"))
    assert parse_period("近三个月").months is None  # (the last three: relative to a date the text may not give)


def test_a_holiday_written_with_its_length_is_that_holiday() -> None:
    assert parse_period("中秋节3天假期").conflicts(parse_period("国庆7天假期"))
    assert not parse_period("国庆7天假期").conflicts(parse_period("国庆假期"))


def test_sectors_listed_by_ordinal_are_whole_and_a_tail_joins_without_doubling() -> None:
    from summariser.numbers.attribution import _items
    assert _items("第一、二、三产业用电量", 3) == ["第一产业用电量", "第二产业用电量", "第三产业用电量"]
    assert _items("一、二、三产", 3) == ["第一产业", "第二产业", "第三产业"]
    assert _items("城镇居民和乡村居民用电量", 2) == ["城镇居民用电量", "乡村居民用电量"]  # (not 城镇居民居民…)


def test_shouji_is_the_first_quarter() -> None:
    # (实现首季“开门红”: the first quarter, as 一季度 is; not 首页 nor 首届)
    assert parse_period("首季") == parse_period("一季度")._replace(raw="首季")
    assert [p.raw for _, _, p in periods_in("全市实现首季开门红，首页，首届博览会")] == ["首季"]


def test_a_year_s_end_is_not_a_stretch_of_months_that_ends_before_december() -> None:
    end = parse_period("2020年末")
    assert end is not None
    for other in ("首季", "1-9月", "上半年"):
        found = parse_period(other)
        assert found is not None and end.conflicts(found) and found.conflicts(end), other
    for same in ("2020年", "12月末", "年末"):  # (a stock at the year's end, in the year's review)
        found = parse_period(same)
        assert found is not None and not end.conflicts(found), same


@pytest.mark.parametrize("src", [
    "1-9月，全县工业投资增长9.1%，比全国、全省分别高出3.1、1.4个百分点。",
    "1-9月，全县工业投资增长9.1%，增速分别高于全国、全省3.1和1.4个百分点。",
    "1-9月，全县工业投资增长9.1%，分别比全国、全省快3.1、1.4个百分点。",
    "1-9月，全县工业投资增长9.1%，高于全国、全省平均水平3.1、1.4个百分点。",
], ids=["places before 分别", "places after 分别", "比 after 分别", "a shared 平均水平 without 分别"])
def test_each_gap_of_a_list_of_places_is_to_its_own_place(src: str) -> None:
    def status(place: str, value: float) -> S:
        return one({"indicator": f"工业投资增速高于{place}", "period": "1-9月", "value": value,
                    "unit": "个百分点", "measure": "change"}, src).status
    assert (status("全国", 3.1), status("全省", 1.4)) == (S.supported, S.supported)
    assert (status("全国", 1.4), status("全省", 3.1)) == (S.misattributed, S.misattributed)


def test_a_gap_below_a_list_of_places_is_a_fall_for_each() -> None:
    src = "上半年，全县工业用电量增长4.4%，低于全国、全省6.7、7.7个百分点。"
    for value in (-6.7, -7.7):
        claim = {"indicator": "工业用电量增速低于全国" if value == -6.7 else "工业用电量增速低于全省",
                 "period": "上半年", "value": value, "unit": "个百分点", "measure": "change"}
        assert one(claim, src).status is S.supported, value


def test_a_share_written_before_what_it_is_of_is_that_noun_s_under_the_clause_subject() -> None:
    src = "开发区以全县15.2%的土地，贡献了38.6%的工业产值、52.4%以上的税收和61.3%的营业收入。"
    for noun, value in (("土地", 15.2), ("工业产值", 38.6), ("税收", 52.4), ("营业收入", 61.3)):
        claim = {"indicator": f"开发区{noun}占比", "value": value, "unit": "%", "measure": "share"}
        assert one(claim, src).status is S.supported, noun
    for noun, value in (("工业产值", 52.4), ("税收", 61.3), ("营业收入", 38.6)):
        claim = {"indicator": f"开发区{noun}占比", "value": value, "unit": "%", "measure": "share"}
        assert one(claim, src).status is S.misattributed, noun


def test_a_numbered_heading_ends_the_section_the_one_before_opened() -> None:
    src = ("一、规上工业营业收入分县区情况：\n上半年，南屯区增长7.3%，石桥县增长21.6%。\n"
           "二、工业投资分县区情况：\n上半年，南屯区增长9.1%，石桥县增长2.7%。\n")
    assert one({"indicator": "南屯区工业投资", "period": "上半年", "value": 9.1, "unit": "%"}, src).status \
        is S.supported
    # (the second section's value under the first section's measure: 营业收入 is no longer in mind there)
    assert one({"indicator": "南屯区规上工业营业收入", "period": "上半年", "value": 9.1, "unit": "%"},
               src).status is not S.supported


@pytest.mark.parametrize("lead", ["其中，", "从行业看，", ""])
def test_the_parts_of_a_count_in_the_next_sentence_are_of_its_stage(lead: str) -> None:
    src = (f"1-9月，全市新开工项目42个，总投资215.3亿元。{lead}服务业项目21个，总投资38.2亿元；"
           "农业项目10个，总投资105.5亿元；基础设施项目6个，总投资25.8亿元。")
    for name, value, unit in (("服务业项目", 21, "个"), ("农业项目", 10, "个"), ("农业项目总投资", 105.5, "亿元"),
                              ("基础设施项目总投资", 25.8, "亿元")):
        claim = {"indicator": f"新开工{name}", "period": "1-9月", "value": value, "unit": unit, "measure": "level"}
        assert one(claim, src).status is S.supported, name
    whole = {"indicator": "新开工农业项目总投资", "period": "1-9月", "value": 215.3, "unit": "亿元", "measure": "level"}
    assert one(whole, src).status is not S.supported  # (the whole's amount for a class)


def test_a_gap_written_with_gaochu_is_no_subject_for_the_clauses_after_it() -> None:
    src = ("1-6月，全县高技术制造业增加值增长36.2%，高出全市平均增速21.5个百分点，"
           "占规模以上工业增加值比重为12.4%，拉动规模以上工业增长3.1个百分点。")
    claim = {"indicator": "高技术制造业占规上工业增加值比重", "period": "1-6月", "value": 12.4, "unit": "%",
             "measure": "share"}
    assert one(claim, src).status is S.supported
    pull = {"indicator": "高技术制造业拉动规上工业增长", "period": "1-6月", "value": 3.1, "unit": "个百分点",
            "measure": "change"}
    assert one(pull, src).status is S.supported


def test_the_first_months_written_without_ge_are_a_run_from_january() -> None:
    for raw in ("前8月", "前8月份", "前八个月"):
        found = parse_period(raw)
        assert found is not None and found.months == (1, 8), raw
    assert periods_in("提前3月完成") == ()  # (ahead of time, no period)


def test_a_paragraph_s_first_sentence_with_no_value_states_the_period_of_its_values() -> None:
    src = "从支撑因素看，全县前8月用电量、货运量均稳定增长。全社会用电量增长6.2%，其中工业用电量增长5.3%。"
    for indicator, value in (("全社会用电量", 6.2), ("工业用电量", 5.3)):
        assert one({"indicator": indicator, "period": "1-8月", "value": value, "unit": "%"}, src).status \
            is S.supported, indicator
        assert one({"indicator": indicator, "period": "8月", "value": value, "unit": "%"}, src).status \
            is S.misattributed, indicator


@pytest.mark.parametrize("src", [
    # a lead-in that holds no value before the period: a topic's frame, a source, a reporter's
    "分地区看，1-7月，全县新签约项目共58个。其中，东部园区新增规上企业9家。",
    "据了解，1-7月，全县新签约项目共58个。其中，东部园区新增规上企业9家。",
    "8月12日，记者从县工信局获悉，1-7月，全县新签约项目共58个。其中，东部园区新增规上企业9家。",
    # a headline sentence written with a comma, which names no period nor value of its own
    "招商引资势头强劲，项目储备持续充实。1-7月，全县新签约项目共58个。其中，东部园区新增规上企业9家。",
])
def test_a_paragraph_s_period_after_a_lead_in_is_its_opening(src: str) -> None:
    claim = {"indicator": "东部园区新增规上企业", "value": 9, "unit": "家"}
    assert one({**claim, "period": "1-7月"}, src).status is S.supported
    # (the period the paragraph opens with is written for the later sentence's value: another is refuted, not
    # left open as one merely carried from an earlier paragraph is)
    assert one({**claim, "period": "上半年"}, src).status is S.misattributed


def test_a_lead_in_with_a_value_or_an_aside_on_last_year_opens_no_paragraph() -> None:
    claim = {"indicator": "东部园区新增规上企业", "value": 9, "unit": "家", "period": "上半年"}
    # (a value before the period: the sentence's own, its period no paragraph's opening)
    valued = "全县共有园区5个，1-7月，全县新签约项目共58个。其中，东部园区新增规上企业9家。"
    assert one(claim, valued).status is S.unconfirmed
    # (去年 opening the sentence after a headline is an aside on last year, not the paragraph's period)
    aside = "招商引资势头强劲，项目储备持续充实。去年，全县新签约项目共58个。东部园区新增规上企业9家。"
    assert one({**claim, "period": "1-7月"}, aside).status is not S.misattributed


def test_an_industry_s_measures_listed_after_its_first_are_the_industry_s() -> None:
    # (机械行业实现主营业务收入…、利税…、利润…: the industry, whose 行业 its words leave out, is each item's)
    src = ("1-11月，全市规上工业实现利润443.1亿元。其中，机械行业实现主营业务收入320.5亿元、利税41.2亿元、"
           "利润28.6亿元，同比分别增长12.4%、18.9%和22.7%。")
    amounts = {"period": "1-11月", "unit": "亿元"}
    assert one({**amounts, "indicator": "机械行业利润", "value": 28.6}, src).status is S.supported
    assert one({**amounts, "indicator": "机械行业利税", "value": 41.2}, src).status is S.supported
    assert one({**amounts, "indicator": "机械行业利税", "value": 28.6}, src).status is S.misattributed


def test_the_month_after_an_event_s_day_is_that_day_s_month() -> None:
    # (3月15日，…集中签约…。全市当月共签约项目11个: March's 11, not the day's)
    src = "3月15日，全市举行集中签约仪式，现场签约6个项目，总投资32亿元。全市当月共签约项目11个，总投资58亿元。"
    signed = {"indicator": "签约项目", "value": 11, "unit": "个"}
    assert one({**signed, "period": "3月"}, src).status is S.supported
    assert one({**signed, "period": "3月15日"}, src).status not in (S.supported, S.derived)
    # (当月…31个，协议投资额203.5亿元: the clause after it in its sentence is the month's too, not 1-3月's)
    src = "3月15日，全市举行集中签约仪式，现场签约项目18个。据统计，全市当月共签约项目31个，协议投资额203.5亿元。"
    agreed = {"indicator": "签约项目协议投资额", "value": 203.5, "unit": "亿元"}
    assert one({**agreed, "period": "3月"}, src).status is S.supported
    assert one({**agreed, "period": "1-3月"}, src).status not in (S.supported, S.derived)


def test_a_part_s_count_in_brackets_after_a_value_leads_no_clause_after_it() -> None:
    # (重大招引项目88个（其中场内签约项目61个），计划总投资642.3亿元: the 88 projects' plan, not the part's)
    src = "二季度，全市重大招引项目88个（其中场内签约项目61个），计划总投资642.3亿元。"
    planned = {"period": "二季度", "value": 642.3, "unit": "亿元", "kind": "target"}
    assert one({**planned, "indicator": "重大招引项目计划总投资"}, src).status is S.supported
    assert one({**planned, "indicator": "场内签约项目计划总投资"}, src).status not in (S.supported, S.derived)


def test_brackets_that_break_a_value_down_hold_their_own_words() -> None:
    # (项目完成投资5.62亿元（新开工项目14个，完成投资3.41亿元；技改项目9个，完成投资2.21亿元）: the parts' words
    # are theirs, the whole's its own)
    src = ("1—9月份，全县累计完成工业投资8.26亿元，其中：工业项目完成投资5.62亿元（新开工项目14个，完成投资3.41亿元；"
           "技改项目9个，完成投资2.21亿元）。")
    spent = {"period": "1—9月份", "unit": "亿元"}
    assert one({**spent, "indicator": "工业项目完成投资", "value": 5.62}, src).status is S.supported
    assert one({**spent, "indicator": "新开工项目完成投资", "value": 5.62}, src).status not in (S.supported, S.derived)
    assert one({**spent, "indicator": "新开工项目完成投资", "value": 3.41}, src).status is S.supported


def test_a_year_after_tongbi_is_a_base_and_so_is_a_second_one() -> None:
    # (同比2020年增长41%、2019年增长12%: 2019年 is the second base, not the period of the 12%)
    src = "今年上半年，全省亿元以上签约项目2410个，同比2020年增长41%、2019年增长12%。"
    grown = {"indicator": "亿元以上签约项目数增长", "value": 12, "unit": "%", "measure": "growth"}
    assert one({**grown, "period": "上半年"}, src).status is not S.misattributed
    assert one({**grown, "period": "2019年"}, src).status not in (S.supported, S.derived)
    # (同比2019年增长26%: over 2019, not over the year before)
    src = "上半年，全市签约金额1480亿元，同比2019年增长26%。"
    grown = {"value": 26, "unit": "%", "measure": "growth", "period": "上半年"}
    assert one({**grown, "indicator": "签约金额比上年增长"}, src).status not in (S.supported, S.derived)
    assert one({**grown, "indicator": "签约金额比2019年同期增长"}, src).status is not S.misattributed


def test_that_year_is_the_year_written_before_it_not_the_page_s() -> None:
    # (2020年，…、当年到位资金3.1亿元 on a page of 2022: 2020's)
    src = "发布时间：2022-03-15\n2020年，全镇新招引工业项目4个、当年到位资金3.1亿元。2021年，全镇新招引项目6个。"
    funds = {"indicator": "新招引工业项目当年到位资金", "value": 3.1, "unit": "亿元"}
    assert one({**funds, "period": "2020年"}, src).status is S.supported
    assert one({**funds, "period": "2022年"}, src).status not in (S.supported, S.derived)


def test_the_year_of_a_goal_reached_dates_nothing_after_it() -> None:
    # (分别完成全年预期目标的62%和105%: 全年 is the goal's; the shares are of the stretch in force)
    src = ("1-9月，全区工业投资和技改投资分别完成全年预期目标的62%和105%。"
           "实际利用外资3.2亿美元，完成全年预期目标的71%。")
    done = {"unit": "%", "measure": "share", "period": "1-9月"}
    assert one({**done, "indicator": "技改投资完成全年预期目标比例", "value": 105}, src).status is S.supported
    assert one({**done, "indicator": "实际利用外资完成全年预期目标比例", "value": 71}, src).status is S.supported


def test_a_remark_between_a_list_and_its_fenbie_clause_keeps_the_items() -> None:
    # (牧业和渔业产值为…，增速双双破十，分别增长…: each growth its item's, past the remark with no value)
    src = "2023年，全县牧业和渔业产值为1.3亿元和0.6亿元，增速双双破十，分别增长14%和11%。"
    grown = {"period": "2023年", "unit": "%", "measure": "growth"}
    assert one({**grown, "indicator": "渔业产值", "value": 11}, src).status is S.supported
    assert one({**grown, "indicator": "渔业产值", "value": 14}, src).status not in (S.supported, S.derived)


def test_the_items_named_again_as_three_figures_are_the_list_before() -> None:
    # (…出口512.3亿美元，进口288.6亿美元，三项数据同比分别增长21%、18.5%和26.2%: each growth its item's)
    src = ("2023年，全市外贸进出口800.9亿美元，其中出口512.3亿美元，进口288.6亿美元，"
           "三项数据同比分别增长21%、18.5%和26.2%。")
    grown = {"period": "2023年", "unit": "%", "measure": "growth"}
    assert one({**grown, "indicator": "出口", "value": 18.5}, src).status is S.supported
    assert one({**grown, "indicator": "出口", "value": 26.2}, src).status not in (S.supported, S.derived)


def test_a_month_an_event_of_the_first_sentence_came_in_dates_none_of_the_values() -> None:
    # (随着…在10月份由负转正: the month of the turn, a backdrop; the values after it are of the stretch)
    src = ("1-10月，全市规上工业企业实现利润212.4亿元，同比增长15.2%。\n分行业看，随着化工行业利润在10月份由负转正，"
           "全市六大行业利润全部实现正增长。其中，机械行业利润增长21.6%，轻工行业利润增长9.8%。")
    for indicator, value in (("机械行业利润", 21.6), ("轻工行业利润", 9.8)):
        assert one({"indicator": indicator, "period": "1-10月", "value": value, "unit": "%"}, src).status \
            is S.supported, indicator


@pytest.mark.parametrize("src", [
    "2022年、2023年全县规上工业企业累计完成产值398.8亿元、579.3亿元。",
    "2022年、2023年全县规上工业总产值分别为398.8亿元、579.3亿元。",
    "2022年、2023年，全县规上工业总产值分别为398.8亿元、579.3亿元。",
], ids=["no 分别", "分别 in the clause", "the years a clause before"])
def test_each_value_after_a_list_of_years_is_its_own_year_s(src: str) -> None:
    def status(period: str, value: float) -> S:
        return one({"indicator": "规上工业总产值", "period": period, "value": value, "unit": "亿元"}, src).status
    assert (status("2022年", 398.8), status("2023年", 579.3)) == (S.supported, S.supported)
    assert (status("2023年", 398.8), status("2022年", 579.3)) == (S.misattributed, S.misattributed)


def test_a_remark_names_whose_growth_the_next_clause_gives_and_yu_xiangbi_is_a_comparison() -> None:
    src = ("上半年，全县规模以上工业增加值增长6.4%。原材料工业增速最快，增加值同比增长18.2%，"
           "与去年同期相比加快9.7个百分点；装备制造业增长较快，增加值增长11.5%。")
    right = [("原材料工业增加值", 18.2, "%", None), ("装备制造业增加值", 11.5, "%", None),
             ("原材料工业增加值增速比去年同期加快", 9.7, "个百分点", "change")]
    for indicator, value, unit, measure in right:
        claim = {"indicator": indicator, "period": "上半年", "value": value, "unit": unit, "measure": measure}
        assert one(claim, src).status is S.supported, indicator
    wrong = [("规上工业增加值", 18.2, "%", None), ("规上工业增加值增速比去年同期加快", 9.7, "个百分点", "change")]
    for indicator, value, unit, measure in wrong:
        claim = {"indicator": indicator, "period": "上半年", "value": value, "unit": unit, "measure": measure}
        assert one(claim, src).status is not S.supported, indicator


def test_a_month_after_jiezhi_is_the_year_to_that_month_and_a_month_s_end_is_not() -> None:
    found = {raw: p for _, _, p in periods_in("截至9月，全区…；截止2023年7月，…；截至8月底，…")
             for raw in (p.raw,)}
    assert found["截至9月"].months == (1, 9) and found["截止2023年7月"].months == (1, 7)
    assert found["截至8月底"].months == (8, 8)  # (截至8月底: a stock at a month's end, written so)
    to_date = parse_period("截至9月")
    assert to_date is not None and to_date.conflicts(parse_period("9月"))
    assert not to_date.conflicts(parse_period("1-9月"))


def test_a_sum_of_what_was_counted_before_is_of_those_things() -> None:
    src = ("截至6月，全县共有21户新建企业完成入库纳统，占全部规上工业企业的9.1%。合计完成产值18.4亿元，"
           "拉动全县规上工业产值增长4.6个百分点。其中6月当月新入库企业8户，合计完成产值6.2亿元。")
    for indicator, value, unit in (("新建企业产值", 18.4, "亿元"), ("新入库企业产值", 6.2, "亿元")):
        claim = {"indicator": indicator, "value": value, "unit": unit, "measure": "level"}
        assert one(claim, src).status is S.supported, indicator


def test_a_programme_named_in_quotes_at_a_paragraph_s_opening_is_what_its_values_are_of() -> None:
    src = ("“老字号”新建和续建项目18个，总投资18.02亿元。其中，新建项目10个，续建项目8个。"
           "储备项目5个，已开工项目10个。\n"
           "“新字号”新建和续建项目2个，总投资7.2亿元。其中，新建项目1个，续建项目1个。储备项目3个。\n")
    def status(name: str, value: int) -> S:
        return one({"indicator": f"“{name}”储备项目", "value": value, "unit": "个", "measure": "level"}, src).status
    assert (status("老字号", 5), status("新字号", 3)) == (S.supported, S.supported)
    assert status("新字号", 5) is not S.supported


def test_a_count_to_a_month_is_that_month_s_end_s_and_a_growth_to_its_end_the_year_to_it() -> None:
    src = "截至9月，全县共有规上工业企业215家。截至9月，园区规上工业产值增长10.4%。"
    count = {"indicator": "规上工业企业", "period": "9月末", "value": 215, "unit": "家", "measure": "level"}
    assert one(count, src).status is S.supported
    assert one({"indicator": "园区规上工业产值", "period": "9月末", "value": 10.4, "unit": "%", "measure": "growth"},
               src).status is S.misattributed
    src = "截至8月末，全县规上工业企业达126家，工业增加值同比增长7.3%，拉动全县经济增长2.1个百分点。"
    growth = {"indicator": "工业增加值", "period": "1-8月", "value": 7.3, "unit": "%", "measure": "growth"}
    pull = {"indicator": "工业拉动经济增长", "period": "1-8月", "value": 2.1, "unit": "个百分点", "measure": "change"}
    assert one(growth, src).status is S.supported
    assert one(pull, src).status is S.supported
    assert one({**growth, "period": "1-7月"}, src).status is S.misattributed
    assert one({**growth, "period": "8月"}, src).status is S.unconfirmed  # (was supported: August alone)
    assert one({**pull, "indicator": "工业对经济增长的贡献", "period": "8月"}, src).status is S.unconfirmed
    count = {"indicator": "规上工业企业", "period": "8月", "value": 126, "unit": "家"}
    assert one(count, src).status is S.supported  # (a count then: August's end)


def test_a_month_end_after_jiezhi_claimed_for_a_total_to_date_holds() -> None:
    src = ("截至10月底，全省累计签约民营企业项目1846个，总投资1.2万亿元。\n据统计，已开工项目692个，到位资金1015亿元。"
           "全省新增市场主体38.6万户。")
    started = {"indicator": "已开工项目", "period": "截至10月底", "value": 692, "unit": "个"}
    assert one(started, src).status is S.supported  # (was unconfirmed: 1-10月 read, 10月 claimed)
    new = {"indicator": "新增市场主体", "period": "10月", "value": 38.6, "unit": "万户"}
    assert one(new, src).status is not S.supported  # (was supported: what is new since January)
    assert one({**new, "period": "1-10月"}, src).status is S.supported


@pytest.mark.parametrize("src, indicator, value, unit", [
    ("截至6月末，全区规模以上中型工业企业达42家。", "规模以上工业企业", 42, "家"),
    ("2023年，全市规上国有控股企业实现利润12.6亿元。", "规上企业利润", 12.6, "亿元"),
    ("前三季度，全县规上微型企业实现营业收入45.2亿元。", "规上企业营业收入", 45.2, "亿元"),
    ("截至7月末，全市规模以上大型工业企业达18家，增加值同比增长29.9%。", "规模以上工业增加值", 29.9, "%"),
    ("前三季度，全县民营工业企业发展势头良好，实现营业收入52.3亿元。", "工业企业营业收入", 52.3, "亿元"),
    ("今年前三季度，全区工业百强企业实现开票销售386.2亿元。", "工业开票销售", 386.2, "亿元"),
    ("1-6月，全省规模以上工业企业中重工业实现增加值5210.4亿元。", "规模以上工业增加值", 5210.4, "亿元"),
], ids=["size class", "ownership class", "small firms", "the class of the subject the value inherits",
        "the class of a remark's subject", "the hundred largest", "heavy industry"])
def test_a_class_of_firms_value_is_not_all_firms(src: str, indicator: str, value: float, unit: str) -> None:
    claim = {"indicator": indicator, "value": value, "unit": unit}
    assert one(claim, src).status is not S.supported
    named = re.search(r"中型|国有控股|微型|大型|民营|百强|重工业", src)
    assert named is not None
    assert one({**claim, "indicator": named.group() + indicator}, src).status is S.supported


@pytest.mark.parametrize("src, periods", [
    ("2023年、2024年上半年，全市工业投资分别增长10.2%、6.5%。", ("2023年", "2024年上半年")),
    ("2022年、2023年，全县工业用电量12.4亿千瓦时、13.9亿千瓦时。", ("2022年", "2023年")),
], ids=["the last year's part written with it", "the years in the clause before, no 分别"])
def test_a_list_of_years_gives_each_value_its_period(src: str, periods: tuple[str, str]) -> None:
    unit = "%" if "%" in src else "亿千瓦时"
    indicator = "工业投资" if "%" in src else "工业用电量"
    values = [float(v) for v in re.findall(r"\d+\.\d", src)]
    for period, value in zip(periods, values, strict=True):
        assert one({"indicator": indicator, "period": period, "value": value, "unit": unit}, src).status \
            is S.supported, period
    assert one({"indicator": indicator, "period": periods[1], "value": values[0], "unit": unit}, src).status \
        is S.misattributed


def test_a_remark_on_a_fall_or_a_contribution_names_its_subject_and_a_share_s_noun_ends_before_a_verb() -> None:
    src = "上半年，汽车行业降幅最大，营业收入下降11.3%；龙头企业贡献突出，产值合计增长16.2%。"
    assert one({"indicator": "汽车行业营业收入", "period": "上半年", "value": -11.3, "unit": "%"}, src).status \
        is S.supported
    assert one({"indicator": "龙头企业产值", "period": "上半年", "value": 16.2, "unit": "%"}, src).status \
        is S.supported
    shares = "高新区用全市12%的土地贡献了40%的工业产值。"
    assert one({"indicator": "高新区工业产值占比", "value": 12, "unit": "%", "measure": "share"}, shares).status \
        is not S.supported


def test_whole_places_listed_each_take_their_own_value() -> None:
    src = "1-9月，全省、全国规上工业增加值分别增长6.0%、4.6%，全县增长8.2%。"
    def status(indicator: str, value: float) -> S:
        return one({"indicator": indicator, "period": "1-9月", "value": value, "unit": "%"}, src).status
    assert (status("全省规上工业增加值", 6.0), status("全国规上工业增加值", 4.6)) == (S.supported, S.supported)
    assert status("全国规上工业增加值", 6.0) is S.misattributed


def test_a_cumulative_sum_to_a_month_s_end_is_the_year_s_to_that_month() -> None:
    src = "截至9月底，全县累计完成工业投资156亿元，同比增长8.8%。"
    assert one({"indicator": "工业投资", "period": "1-9月", "value": 156, "unit": "亿元"}, src).status is S.supported
    assert one({"indicator": "工业投资", "period": "9月", "value": 156, "unit": "亿元"}, src).status is S.misattributed


@pytest.mark.parametrize("src, reached", [
    ("截至7月底，全县完成工业投资61亿元。预计至8月，可累计完成工业投资70.5亿元。", "至8月"),
    ("截至7月底，全县完成工业投资61亿元。下一步，力争8月底前累计完成工业投资70.5亿元。", "8月底前"),
    ("截至7月底，全县完成工业投资61亿元。到8月底，全县累计完成工业投资70.5亿元。", "到8月底"),
], ids=["至 a month", "a deadline at its end", "到 its end"])
def test_a_total_reached_by_a_month_is_the_year_s_to_that_month(src: str, reached: str) -> None:
    claim = {"indicator": "工业投资", "value": 70.5, "unit": "亿元"}
    for period in (reached, "1-8月"):
        assert one({**claim, "period": period}, src).status is S.supported, period  # (was misattributed)
    assert one({**claim, "period": "1-7月"}, src).status is S.misattributed
    assert [p.months for _, _, p in periods_in("到8月底，主体工程完工")] == [(8, 8)]  # (no 累计: that day)


@pytest.mark.parametrize("src", [
    "新材料产业园2021年签约以来，到8月底累计完成投资18.4亿元。",
    "新材料产业园2021年开工，至8月累计完成投资18.4亿元。",
    "新材料产业园项目开工至8月累计完成投资18.4亿元。",
], ids=["signed since a year", "started in a year", "since it started"])
def test_a_total_reached_by_a_month_counted_from_a_start_is_not_the_year_s(src: str) -> None:
    # (a start its sentence writes before the month, since then, not since January; 今年以来 is since January)
    claim = {"indicator": "新材料产业园完成投资", "value": 18.4, "unit": "亿元", "period": "1-8月"}
    assert one(claim, src).status is S.misattributed
    this_year = "今年以来，新材料产业园到8月底累计完成投资18.4亿元。"
    assert one(claim, this_year).status is S.supported


def test_a_remark_that_a_sector_is_most_active_names_whose_investment_follows() -> None:
    src = "今年以来，全市工业投资增长9.5%。新能源产业投资最为活跃，完成投资58.6亿元，增长45.2%。"
    assert one({"indicator": "新能源产业投资", "value": 58.6, "unit": "亿元"}, src).status is S.supported
    assert one({"indicator": "工业投资", "value": 58.6, "unit": "亿元"}, src).status is not S.supported


def test_a_paragraph_opening_on_its_topic_leaves_the_one_before_out_of_mind() -> None:
    src = ("“专精特新”企业加速成长。全区新增专精特新企业14家，实现营业收入45.3亿元。\n\n"
           "工业投资方面，全区工业投资增长12.2%。")
    assert one({"indicator": "专精特新企业投资增速", "value": 12.2, "unit": "%"}, src).status is not S.supported
    assert one({"indicator": "工业投资增速", "value": 12.2, "unit": "%"}, src).status is S.supported


def test_a_day_written_alone_is_not_another_dated_day() -> None:
    assert parse_period("21日").conflicts(parse_period("截至2月22日"))
    assert parse_period("截至2月22日").conflicts(parse_period("21号"))
    assert not parse_period("22日").conflicts(parse_period("截至2月22日"))
    assert not parse_period("21日").conflicts(parse_period("1-9月"))  # (no day to compare with)


@pytest.mark.parametrize("text, year, other", [
    ("到“十二五”末，全区工业总产值突破500亿元", "2015", None),  # (a plan's end: its last year)
    ("“十四五”末", "2025", None),
    ("“十三五”期间，全县累计完成工业投资300亿元", None, "十三五期间"),  # (its span: a stretch of years)
    ("十四五时期", None, "十四五期间"),
])
def test_a_five_year_plans_term_is_a_period(text: str, year: str | None, other: str | None) -> None:
    (found,) = [p for _, _, p in periods_in(text)]
    assert (found.year, found.other) == (year, other)


def test_a_plans_name_is_no_period_and_its_span_is_no_one_year() -> None:
    assert periods_in("编制“十四五”规划") == ()
    assert parse_period("2017年").conflicts(parse_period("“十三五”期间"))


def test_a_plan_s_term_written_bare_is_a_period_only_where_its_goals_are_announced() -> None:
    assert [p.raw for _, _, p in periods_in("《规划》提出了“十四五”工业经济高质量发展的五大重点目标：")] == ["“十四五”"]
    assert periods_in("全市经信系统圆满完成年度目标任务，实现“十四五”良好开局。") == ()
    assert [p.raw for _, _, p in periods_in("“十四五”期间，全市")] == ["“十四五”期间"]


def test_profit_and_tax_is_a_measure_of_its_own_kind() -> None:
    kinds = {w: head_kind(measured(w)) for w in ("实现利税", "利税总额", "主营业务收入", "利润总额")}
    assert kinds["实现利税"] == kinds["利税总额"] == "profit and tax"  # (was "": no measure read)
    assert len(set(kinds.values())) == 3


@pytest.mark.parametrize("src, indicator, value, unit", [
    ("全县工业投资完成52.3亿元，完成50亿元年度目标任务，规上工业营业收入实现318.6亿元，超额完成年度目标任务。",
     "规上工业营业收入", 318.6, "亿元"),
    ("今年以来，县招商专班外出拜访目标企业62家，洽谈项目41个。", "拜访目标企业", 62, "家"),
    ("2024年，全市新开工项目完成计划总投资812.4亿元，到位资金305.1亿元。", "新开工项目完成计划总投资", 812.4, "亿元"),
    ("全市第三次项目集中推进活动共推进项目36个，总投资88.2亿元。", "集中推进活动推进项目", 36, "个"),
    ("全县重点项目推进会现场签约项目12个，总投资46.5亿元。", "推进会签约项目", 12, "个"),
    ("智能化改造带动食品、纺织、建材业增加值分别增长12.4%、8.1%、6.6%。", "食品增加值", 12.4, "%"),
    ("围绕打造“西部光伏谷”的发展目标，今年1-5月，全县光伏产业产值为23.7亿元。", "光伏产业产值", 23.7, "亿元"),
], ids=["after a goal completed, its amount written", "target firms visited", "planned outlay completed",
        "a tally of projects pushed", "a meeting named by its work", "a pull of growths",
        "a goal framed, a quoted name inside"])
def test_plan_words_of_a_result_make_no_goal(src: str, indicator: str, value: float, unit: str) -> None:
    claim = {"indicator": indicator, "value": value, "unit": unit, "kind": "actual"}
    assert one(claim, src).status is S.supported  # (was misattributed: read as a goal)


def test_a_lagging_series_period_holds_for_its_paragraph_only() -> None:
    src = ("一季度，全省规上工业增加值增长6.8%。\n1-2月，全省规上服务业营业收入增长9.6%，其中信息服务业营业收入增长"
           "14.2%。\n全省社会消费品零售总额增长5.1%，固定资产投资增长4.4%。")
    def status(indicator: str, period: str, value: float) -> S:
        return one({"indicator": indicator, "period": period, "value": value, "unit": "%", "measure": "growth"},
                   src).status
    assert status("信息服务业营业收入", "1-2月", 14.2) is S.supported
    assert status("社会消费品零售总额", "一季度", 5.1) is S.supported  # (was unconfirmed: 1-2月 ran on)
    assert status("固定资产投资", "1-2月", 4.4) is not S.supported  # (was supported)


def test_a_clause_naming_another_measure_of_the_same_entity_leads_the_clauses_after_it() -> None:
    src = ("1-9月，全县规模工业完成总产值86.4亿元，同比增长12.1%；实现增加值21.7亿元，同比增长9.8%。其中，电力公司完成"
           "总产值18.2亿元，同比增长31%，增加值6.9亿元，同比增长27.4%。")
    def status(indicator: str, value: float) -> S:
        return one({"indicator": indicator, "period": "1-9月", "value": value, "unit": "%", "measure": "growth"},
                   src).status
    assert (status("电力公司增加值", 27.4), status("规模工业增加值", 9.8)) == (S.supported, S.supported)
    assert status("电力公司总产值", 27.4) is not S.supported  # (was supported)
    assert status("规模工业总产值", 9.8) is not S.supported


def test_a_growth_over_a_year_further_back_is_no_year_s_growth() -> None:
    src = "2022年，全区规上工业营业收入达到862亿元，比上年增长9.6%，比2020年增长24.3%。"
    growth = {"indicator": "规上工业营业收入", "period": "2022年", "value": 24.3, "unit": "%", "measure": "growth"}
    assert one(growth, src).status is not S.supported  # (was supported)
    assert one({**growth, "indicator": "规上工业营业收入比2020年增长"}, src).status is S.supported
    assert one({**growth, "value": 9.6}, src).status is S.supported


def test_a_time_no_reading_places_holds_only_where_the_text_writes_it_before_the_value() -> None:
    src = ("今天，全市重点项目集中签约仪式举行，现场签约项目18个，总投资96.5亿元。“招商月”期间，全市共签约项目42个，"
           "总投资210.3亿元。\n2023年，全市地区生产总值2860亿元。")
    def status(indicator: str, period: str, value: float, unit: str = "个") -> S:
        return one({"indicator": indicator, "period": period, "value": value, "unit": unit}, src).status
    assert status("现场签约项目", "今天", 18) is S.supported
    assert status("签约项目", "招商月期间", 42) is S.supported
    assert status("现场签约项目", "“招商月”期间", 18) is not S.supported  # (was supported)
    assert status("地区生产总值", "目前", 2860, "亿元") is not S.supported  # (was supported)


def test_dangnian_naming_a_class_dates_its_own_clause_only() -> None:
    src = "1-9月，全县共引进项目31个，其中当年新开工项目18个，续建项目9个，技改项目4个。"
    def status(indicator: str, period: str, value: float) -> S:
        return one({"indicator": indicator, "period": period, "value": value, "unit": "个"}, src).status
    assert status("技改项目", "1-9月", 4) is S.supported  # (was unconfirmed: 当年 in force)
    assert status("续建项目", "全年", 9) is not S.supported


def test_the_work_a_heading_sets_out_is_a_plan_s_to_the_end() -> None:
    src = ("发布时间:2022-01-18\n  过去的一年，全县新增规上工业企业26家。\n\n  今年主要预期目标\n\n"
           "  全县生产总值增长7%以上。\n\n  重点做好六个方面工作\n\n  一、产业升级\n\n"
           "  全年新增规上工业企业30家以上。\n\n  二、项目建设\n\n"
           "  全县实施重点项目120个，完成投资260亿元。")
    def status(indicator: str, value: float, unit: str, kind: str) -> S:
        return one({"indicator": indicator, "value": value, "unit": unit, "kind": kind}, src).status
    assert status("新增规上工业企业", 26, "家", "actual") is S.supported
    assert status("新增规上工业企业", 30, "家", "actual") is not S.supported  # (was supported)
    assert status("实施重点项目", 120, "个", "actual") is not S.supported  # (was supported)
    assert status("实施重点项目", 120, "个", "target") is S.supported


def test_since_a_year_s_start_is_no_later_quarter_and_a_record_since_a_year_no_period() -> None:
    src = "发布时间:2022-04-22\n今年以来，全县新签约亿元以上项目73个，其中百亿级项目1个。"
    big = {"indicator": "百亿级项目", "period": "今年以来", "value": 1, "unit": "个"}
    assert one(big, src).status is S.supported
    assert one({**big, "period": "二季度"}, src).status is not S.supported  # (was supported: 今年 read alone)
    assert [p.raw for _, _, p in periods_in("2023年以来，全市新增企业12家。")] == ["2023年以来"]
    assert periods_in("全县农业总产值增长4.6%，创2011年以来历史新高。") == ()


def test_subjects_joined_by_he_take_their_values_in_order_though_one_is_short() -> None:
    src = "全县林业和渔业产值为2.10亿元和0.35亿元，分别增长6.1%和3.2%。"
    fish = {"indicator": "渔业产值", "value": 0.35, "unit": "亿元"}
    assert one(fish, src).status is S.supported
    assert one({**fish, "value": 2.10}, src).status is not S.supported  # (was supported)


def test_a_list_s_later_items_share_the_verb_the_first_writes() -> None:
    src = "去年，全区新增省级企业技术中心4家、工程研究中心3家，淘汰落后水泥产能120万吨、平板玻璃产能80万重量箱。"
    def status(indicator: str, value: float, unit: str) -> S:
        return one({"indicator": indicator, "value": value, "unit": unit}, src).status
    assert status("新增工程研究中心", 3, "家") is S.supported  # (was unconfirmed: 新增 not read for it)
    assert status("新增省级企业技术中心", 3, "家") is not S.supported
    assert status("淘汰落后平板玻璃产能", 120, "万吨") is not S.supported


def test_the_period_of_where_a_change_started_dates_its_start_alone() -> None:
    src = "1-9月，全县电子产业增加值增长15.2%，占规上工业的比重从上半年的21.4%上升为23.6%，贡献率达38.1%。"
    def status(indicator: str, period: str, value: float) -> S:
        return one({"indicator": indicator, "period": period, "value": value, "unit": "%", "measure": "share"},
                   src).status
    assert status("电子产业增加值占规上工业比重", "1-9月", 23.6) is S.supported  # (was misattributed: 上半年)
    assert status("电子产业贡献率", "1-9月", 38.1) is S.supported  # (was misattributed)
    assert status("电子产业增加值占规上工业比重", "上半年", 21.4) is S.supported
    assert status("电子产业增加值占规上工业比重", "上半年", 23.6) is not S.supported


def test_nianei_of_a_first_this_year_is_no_period() -> None:
    src = ("1-10月，全县规上工业增加值同比增长1.2%，年内首次实现累计增速由负转正。10月份同比增长6.5%。"
           "分门类看，制造业增加值累计增长2.4%，当月增长7.9%。")
    assert [p.raw for _, _, p in periods_in(src)] == ["1-10月", "10月份"]
    assert [p.raw for _, _, p in periods_in("年内新增规上工业企业12家。")] == ["年内"]
    made = {"indicator": "制造业增加值", "value": 2.4, "unit": "%", "measure": "growth", "period": "1-10月"}
    assert one(made, src).status is S.supported  # (was unconfirmed: 年内 in force)


def test_a_holiday_that_drove_a_value_is_its_cause_not_its_period() -> None:
    assert periods_in("受春节假期消费拉动，速冻食品、乳制品产量分别增长12.1%、8.4%。") == ()
    assert periods_in("春节假期影响，企业开工天数减少。") == ()
    assert [p.raw for _, _, p in periods_in("春节期间，全市123家企业不停工。")] == ["春节期间"]


def _words_of(text: str) -> dict[str, str]:
    from summariser.numbers.check import reading_of
    src = reading_of(text)
    return {q.raw: t.words for q in src.quantities if (t := src.tie_of.get((q.start, q.end))) is not None}


def test_a_list_the_values_rank_before_respectively_gives_each_value_its_item() -> None:
    words = _words_of("上半年，甲市、乙市、丙县在新增到位资金中工业占比排前三位，分别为81.2%、75.4%和70.3%。")
    assert words["81.2%"].startswith("甲市") and words["75.4%"].startswith("乙市") and words["70.3%"].startswith("丙县")


def test_a_list_closed_by_its_count_gives_each_value_its_item() -> None:
    words = _words_of("前三季度，纺织、化工、医药等3个行业对全部工业增长的贡献居前，增加值分别增长12.3%、9.8%、15.1%，"
                      "对全部工业增长的贡献率分别为18.2%、12.7%、9.9%。")
    assert words["9.8%"].startswith("化工") and "增加值" in words["9.8%"]
    assert words["12.7%"].startswith("化工") and "增加值" not in words["12.7%"]  # (its clause names its own measure)


def test_a_pull_after_a_list_is_each_item_s() -> None:
    words = _words_of("一季度，第一产业、第三产业投资分别增长21.5%和8.7%，增速比1-2月分别回落3.1和1.2个百分点，"
                      "拉动投资增长0.6和5.2个百分点。")
    assert words["0.6"].startswith("第一产业") and words["5.2个百分点"].startswith("第三产业")

def test_the_day_a_reporter_heard_the_news_is_no_period() -> None:
    assert [p.raw for _, _, p in periods_in("这是记者7月25日从市政府获悉的。")] == []
    assert [p.raw for _, _, p in periods_in("记者7月25日从市统计局了解到，")] == []
    assert [p.raw for _, _, p in periods_in("7月25日，全市集中签约项目28个。")] == ["7月25日"]  # (an event's day)
    src = ("今年上半年，河阳市地区生产总值875.3亿元，这是记者7月25日从市政府获悉的。\n"
           "按三次产业分，第一产业增加值93.49亿元，增长5.0%。\n")
    found = check_figures(src, [{"indicator": "第一产业增加值", "value": 93.49, "unit": "亿元", "period": "上半年"}])
    assert found[0].status is S.supported



def test_as_of_a_year_end_dates_results_not_a_deadline() -> None:
    # (截止到/截至到2019年年底 is where the count was taken: every ；-part after it reports, none is a goal)
    src = ("截止到2019年年底，高新区实现工业总产值3.6亿元，同比增长9.1%；实现税收4200万元，同比增长12%；"
           "新增规上企业5家。")
    claims = [{"indicator": "高新区税收", "value": 4200, "unit": "万元", "period": "2019年", "kind": "actual"},
              {"indicator": "高新区新增规上企业", "value": 5, "unit": "家", "period": "2019年", "kind": "actual"}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.supported]
    src = src.replace("截止到", "截至到")
    assert check_figures(src, claims[:1])[0].status is S.supported


def test_a_page_that_opens_by_announcing_a_year_s_changes_lists_goals() -> None:
    # (2025年…将呈现以下变化：then bullets with no goal word of their own: what the year is to bring)
    src = ("2025年河阳在经济发展、城市治理等方面将呈现以下变化：\n一、城市建设\n-\n"
           "建设120个重点项目，总投资超800亿元。\n"
           "-\n新增城市绿地500公顷和60个口袋公园。\n")
    park = {"indicator": "新增城市绿地", "period": "2025年", "value": 500, "unit": "公顷"}
    assert [r.status for r in check_figures(src, [{**park, "kind": "actual"}, {**park, "kind": "target"}])] == \
        [S.misattributed, S.supported]
    # (a review's list is no plan: 2024年全市经济运行呈现以下特点：)
    review = src.replace("2025年河阳在经济发展、城市治理等方面将呈现以下变化", "2024年河阳经济运行呈现以下特点")
    assert check_figures(review, [{**park, "period": "2024年", "kind": "actual"}])[0].status is S.supported


def test_a_value_in_brackets_after_its_name_is_the_name_s_not_the_clause_s() -> None:
    # (一般公共预算收入(13.5%)完成年初预算的53.7%: the revenue's growth in brackets, then the share of the budget)
    src = "上半年，全市一般公共预算收入(12.1%)完成年初预算的55.2%，如期实现“双过半”。"
    revenue = {"period": "上半年", "unit": "%"}
    claims = [{**revenue, "indicator": "一般公共预算收入", "value": 12.1},
              {**revenue, "indicator": "一般公共预算收入完成年初预算", "value": 12.1},
              {**revenue, "indicator": "一般公共预算收入完成年初预算", "value": 55.2}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.misattributed, S.supported]


def test_a_clause_that_says_only_how_the_rate_changed_keeps_the_subject_before() -> None:
    # (降幅虽比1-4月份扩大0.3个百分点: the fall of the 规模以上工业增加值 named before, however the clause is joined)
    src = ("1-5月份全市规模以上工业增加值同比下降1.2%，降幅虽比1-4月份扩大0.3个百分点，但比1-2月份收窄4.1个百分点。"
           "5月份，规模以上工业增加值同比下降3.6%，降幅比4月份扩大0.7个百分点。")
    wider = {"indicator": "规模以上工业增加值降幅比1-4月份扩大", "value": -0.3, "unit": "个百分点", "period": "1-5月份",
             "measure": "change"}
    assert check_figures(src, [wider])[0].status is S.supported
    assert _words_of(src)["0.3个百分点"].startswith("规上工业增加值")


def test_a_whole_broken_down_by_place_after_a_colon_gives_each_place_its_count() -> None:
    # (…项目174个，分别为：霍山县34个、金寨县32个: each the place's count of the whole's projects)
    src = ("一、亿元以上新签约项目情况\n1-6月份全市亿元以上新签约项目96个，分别为：东山县31个、西河县27个、南湖区20个、"
           "市开发区18个。\n")
    claim = {"indicator": "西河县亿元以上新签约项目", "value": 27, "unit": "个", "period": "1-6月份"}
    assert [r.status for r in check_figures(src, [claim, {**claim, "value": 31}])] == [S.supported, S.misattributed]


def test_a_list_of_places_whose_measure_is_written_once_after_the_last_gives_it_to_each() -> None:
    # (东江、西江GDP: each city's; 城镇、农村常住居民…: each one's 常住居民…, the qualifier kept)
    words = _words_of("上半年，东江、西江GDP分别达到8302.5亿元、6297.4亿元。")
    assert words["8302.5亿元"].startswith("东江地区生产总") and words["6297.4亿元"].startswith("西江地区生产总")
    words = _words_of("上半年，全市城镇、农村常住居民人均可支配收入分别达到26310元、12875元。")
    assert words["26310元"].startswith("城镇常住居民人均可支配收入")


def test_an_item_that_says_whether_its_stock_was_sold_or_kept_keeps_its_own_word() -> None:
    # (生猪出栏、牛存栏分别为…: the last item's 存栏 is not the pigs' too; was: the pigs' number sold trusted as kept)
    src = "前三季度，全县生猪出栏、牛存栏分别为41.2万头、3.6万头。"
    claim = {"period": "前三季度", "unit": "万头", "value": 41.2}
    assert one({**claim, "indicator": "生猪存栏"}, src).status is not S.supported
    assert one({**claim, "indicator": "生猪出栏"}, src).status is S.supported
    kept = "全年生猪存栏、牛出栏分别为30.5万头、2.2万头。"
    assert one({"indicator": "生猪出栏", "period": "全年", "unit": "万头", "value": 30.5}, kept).status \
        is not S.supported


def test_a_list_of_stock_whose_count_sold_is_written_once_after_the_last_gives_it_to_each() -> None:
    # (猪、牛、羊、家禽出栏分别为…: each animal's 出栏, not the poultry's alone;
    # 猪、牛存栏分别增长…, 较…回升…个百分点)
    src = ("前三季度，全县猪、牛、羊、家禽出栏分别为21.6万头、1.9万头、4.3万只、88.5万只，"
           "分别增长3.1%、6.2%、2.4%、9.7%。")
    sold = {"period": "前三季度", "unit": "万只", "indicator": "羊出栏"}
    assert [r.status for r in check_figures(src, [{**sold, "value": 88.5}, {**sold, "value": 4.3}])] \
        == [S.misattributed, S.supported]
    grown = {"period": "前三季度", "unit": "%", "measure": "growth"}
    claims = [{**grown, "indicator": "羊出栏", "value": 9.7}, {**grown, "indicator": "家禽出栏", "value": 9.7}]
    assert [r.status for r in check_figures(src, claims)] == [S.misattributed, S.supported]
    kept = "上半年，全区猪、牛存栏量分别增长1.8%、12%，分别较一季度回升0.6个、4.5个百分点。"
    back = {"period": "上半年", "unit": "个百分点", "measure": "change", "indicator": "生猪存栏量增速较一季度回升"}
    assert [r.status for r in check_figures(kept, [{**back, "value": 4.5}, {**back, "value": 0.6}])] \
        == [S.unconfirmed, S.supported]


def test_a_topic_that_opens_a_part_of_a_sentence_leaves_the_topic_before() -> None:
    # (在技术改造方面，…；在数字化改造方面，86个项目…: the 86 projects are the second field's, not the first's too)
    src = "在技术改造方面，全县45个项目，1-9月已完成投资12.6亿元；在数字化改造方面，86个项目，1-9月已完成投资3.2亿元。"
    c = {"unit": "个", "period": "1-9月"}
    claims = [{**c, "indicator": "技术改造项目", "value": 86}, {**c, "indicator": "技术改造项目", "value": 45},
              {**c, "indicator": "数字化改造项目", "value": 86}]
    assert [r.status for r in check_figures(src, claims)] == [S.unconfirmed, S.supported, S.supported]


def test_a_bound_all_the_items_have_reached_ends_their_list() -> None:
    # (均已超过万亿元, then 分别达到…: the items of the clause before, each its value)
    src = "东江、西江上半年GDP均已超过5000亿元，分别达到8302.5亿元、6297.4亿元。"
    gdp = {"period": "上半年", "unit": "亿元"}
    claims = [{**gdp, "indicator": "东江地区生产总值", "value": 6297.4},
              {**gdp, "indicator": "西江地区生产总值", "value": 6297.4}]
    assert [r.status for r in check_figures(src, claims)] == [S.misattributed, S.supported]


def test_as_of_a_year_end_in_a_plan_of_that_year_sets_goals() -> None:
    # (截止到2021年底 in a plan dated 2021-03-10: the day its goals are set for, no count taken)
    src = ("某区2021年工业和信息化工作要点\n2021-03-10\n一、主要任务\n截止到2021年底，全区新增规上工业企业45家；"
           "完成工业技改投资32亿元。\n")
    firms = {"indicator": "新增规上工业企业", "period": "2021年", "value": 45, "unit": "家", "measure": "change"}
    assert [r.status for r in check_figures(src, [{**firms, "kind": "target"}, {**firms, "kind": "actual"}])] == \
        [S.supported, S.misattributed]


def test_the_work_after_a_goal_set_out_is_more_of_the_goals() -> None:
    # (我省提出今年…增长9%左右的目标。支持…项目20个以上；培育…10个左右…: the goals the sentence before sets out)
    src = ("省发展改革委负责人介绍，我省提出今年软件和信息技术服务业营业收入同比增长9%左右的目标。"
           "支持数字领域关键技术攻关项目20个以上；培育建设10个左右省级数字化转型促进中心。")
    projects = {"indicator": "数字领域关键技术攻关项目", "period": "今年", "value": 20, "unit": "个", "qualifier": ">="}
    assert [r.status for r in check_figures(src, [{**projects, "kind": "actual"}, {**projects, "kind": "target"}])] == \
        [S.misattributed, S.supported]


def test_a_count_before_its_noun_however_near_opens_its_item() -> None:
    # (…20个左右省级智慧农业应用基地和约30个省级电商直播示范基地: 约30个 opens the last item, as 30个 would)
    words = _words_of("今年，全省培育建设10个左右省级数字化转型促进中心、20个左右省级智慧农业应用基地"
                      "和约30个省级电商直播示范基地。")
    assert words["20个左右"].endswith("智慧农业应用基地") and words["约30个"].endswith("电商直播示范基地")


def test_a_change_in_brackets_after_its_name_is_the_name_s() -> None:
    # (其中税收(增长8%)完成年初预算的55.2%: the tax's growth, written with its verb in the brackets)
    src = "1-6月，全县一般公共预算收入(12.1%)完成年初预算的53.7%，其中税收(增长7.4%)完成年初预算的55.2%。"
    tax = {"period": "1-6月", "unit": "%"}
    claims = [{**tax, "indicator": "税收", "value": 7.4, "measure": "growth"},
              {**tax, "indicator": "税收完成年初预算", "value": 7.4}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.misattributed]


def test_a_class_of_firms_above_an_amount_written_without_its_yuan_is_a_size_class() -> None:
    # (营业收入过500亿企业, 上20亿元企业: classes by their revenue, not the same firms as 过10亿企业)
    assert size_band("营业收入过500亿企业") == (5e10, None, "以上")
    assert size_band("新增上20亿元企业") == (2e9, None, "以上")
    assert size_band("上年10亿元") is None
    src = "目前，全市有营业收入过300亿企业1家、100亿以上企业3家，过10亿企业26家。"
    claim = {"indicator": "营业收入过10亿企业", "value": 1, "unit": "家", "period": "目前"}
    assert check_figures(src, [claim])[0].status is not S.supported


def test_a_sum_after_a_list_of_items_is_of_all_of_them() -> None:
    # (工业项目45个、服务业项目30个、农业项目12个，共计87个: not the last item's, nor is the amount after it)
    src = "今年以来，全市新签约项目中，工业项目45个、服务业项目30个、农业项目12个，共计87个，总投资56亿元。"
    listed = {"period": "今年以来", "unit": "个", "value": 87}
    claims = [{**listed, "indicator": "农业项目"}, {**listed, "indicator": "服务业项目"}]
    assert [r.status for r in check_figures(src, claims)] == [S.misattributed, S.misattributed]
    assert _words_of(src)["87个"] == "" and _words_of(src)["56亿元"] == "总投资"


def test_a_list_of_bases_after_respectively_and_before_its_verb_gives_each_gap_its_base() -> None:
    # (分别较一季度和上年同期加快1.1个和2.3个百分点: 1.1 to the quarter, 2.3 to the year before)
    src = "上半年,能源工业增加值同比增长10.3%,分别较一季度和上年同期加快1.1个和2.3个百分点。"
    gap = {"period": "上半年", "unit": "个百分点", "measure": "change"}
    claims = [{**gap, "indicator": "能源工业增加值增速较上年同期加快", "value": 2.3},
              {**gap, "indicator": "能源工业增加值增速较一季度加快", "value": 2.3},
              {**gap, "indicator": "能源工业增加值增速较一季度加快", "value": 1.1}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.misattributed, S.supported]


def test_a_running_total_under_one_month_is_of_the_year_to_that_month() -> None:
    # (9月份…实现产值22.5亿元；累计完成产值186.3亿元，增长6.2%: 1-9月's, the clause after it too; the month's own
    # value stays the month's)
    src = "据统计，9月份全县规模工业实现产值22.5亿元，比上月增长4.1%；累计完成产值186.3亿元，比去年同期增长6.2%。"
    made = {"indicator": "规模工业产值", "unit": "亿元"}
    claims = [{**made, "period": "1-9月", "value": 186.3}, {**made, "period": "9月", "value": 186.3},
              {**made, "period": "前三季度", "value": 6.2, "unit": "%", "measure": "growth"},
              {**made, "period": "9月", "value": 22.5}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.misattributed, S.supported, S.supported]
    # (and where the month is written before in the sentence, in another clause: 今年6月…，半年累计完成…)
    half = "今年6月全县实现规上工业产值20.67亿元，同比下降3.4%，半年累计完成规上工业产值108.7亿元，同比增长18.7%。"
    output = {"indicator": "规上工业产值", "unit": "亿元"}
    assert [r.status for r in check_figures(half, [{**output, "period": "上半年", "value": 108.7},
                                                   {**output, "period": "6月", "value": 20.67}])] == \
        [S.supported, S.supported]
    assert year_to_date(parse_period("9月份")) == parse_period("1-9月")._replace(raw="1-9月")
    assert year_to_date(parse_period("1月")) == parse_period("1月")


def test_an_abbreviation_is_read_as_the_words_it_stands_for() -> None:
    # (工业固投 is 工业固定资产投资; 营收 is 营业收入)
    src = "1-11月，全县工业固投完成24.47亿元，同比增长40%；规上工业企业实现营收86.2亿元。"
    done = {"period": "1-11月", "unit": "亿元"}
    claims = [{**done, "indicator": "工业固定资产投资", "value": 24.47},
              {**done, "indicator": "规上工业企业营业收入", "value": 86.2},
              {**done, "indicator": "规上工业企业营业收入", "value": 24.47}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.supported, S.misattributed]


def test_a_threshold_glossed_in_brackets_inside_a_name_leaves_the_name_whole() -> None:
    # (规模以上(年主营业务收入2000万元及以上)工业产值: the whole's name, not a part's; the gloss's 2000万元 is no
    # value before it, nor its size class; a period after it, 在上半年生产淡季中, changes nothing)
    src = ("数据显示，今年上半年，规模以上(年主营业务收入2000万元及以上)工业产值完成912.35亿元，增长11.2%。"
           "五大优势产业完成规上工业产值716.08亿元，增长8.1%。其中，食品业在上半年生产淡季中逆势增长21.7%。")
    output = {"indicator": "规模以上工业产值", "period": "上半年", "unit": "亿元"}
    claims = [{**output, "value": 912.35}, {**output, "value": 716.08}]
    whole, part = check_figures(src, claims)
    assert whole.status is S.supported and part.status in (S.misattributed, S.unconfirmed)
    assert _words_of(src)["912.35亿元"] == "规上工业产值"


def test_a_gap_is_read_alike_however_its_base_and_its_fall_are_written() -> None:
    # (较1—8月 as 比1—8月, 降幅 as 下降: 产量下降3.2%，降幅比上半年收窄1.1个百分点，比1—8月收窄0.5个百分点)
    src = "前三季度，全市味精产量下降3.2%，降幅比上半年收窄1.1个百分点，比1—8月收窄0.5个百分点。"
    gap = {"period": "前三季度", "unit": "个百分点", "measure": "change"}
    claims = [{**gap, "indicator": "味精产量降幅较1—8月收窄", "value": 0.5},
              {**gap, "indicator": "味精产量降幅较上半年收窄", "value": 0.5}]
    assert [r.status for r in check_figures(src, claims)] == [S.supported, S.misattributed]
    assert indicator_words("增速较第一季度加快") == indicator_words("增速比第一季度加快")
    assert indicator_words("降幅好于全市") == indicator_words("降幅高于全市")


def test_a_period_said_as_an_aside_holds_to_its_sentence_s_end() -> None:
    # (其中三季度增长10.2% inside 前三季度's report; 预计全年… after 上半年's; 确保一季度… in a plan's list: the
    # report's period, or none, resumes after the sentence)
    src = ("前三季度，全县规模以上工业增加值增长7.6%，其中三季度增长9.4%。\n"
           "分经济类型看，国有控股企业增加值增长3.8%，股份制企业增长8.1%。\n"
           "上半年，全市规上工业总产值完成1048亿元。预计全年规上工业总产值达到2210亿元。\n"
           "工业投资完成172亿元，同比增长12.5%。\n"
           "1.抓项目。全年实施亿元以上工业项目50个。确保一季度开工项目10个以上。\n2.抓主体。培育专精特新企业12家。")
    owned = {"indicator": "国有控股企业增加值", "value": 3.8, "unit": "%", "measure": "growth"}
    invested = {"indicator": "工业投资", "value": 172, "unit": "亿元"}
    firms = {"indicator": "专精特新企业", "value": 12, "unit": "家", "kind": "target"}
    claims = [{**owned, "period": "三季度"}, {**owned, "period": "前三季度"},
              {**invested, "period": "全年"}, {**invested, "period": "上半年"}, {**firms, "period": "一季度"}]
    got = [r.status for r in check_figures(src, claims)]
    assert got[0] not in (S.supported, S.derived) and got[2] not in (S.supported, S.derived)
    assert got[1] is S.supported and got[3] is S.supported and got[4] is not S.supported


def test_a_period_in_a_note_that_gives_its_own_value_dates_that_value_alone() -> None:
    # (增长7.4%（1-10月为8.1%）: the note gives another stretch's value; was: its 1-10月 read as the period the sentence
    # writes for 7.4% and in force for the values after it, so claims of 1-10月 passed for the year to November's)
    src = ("1-11月，全县规上工业增加值增长7.4%（1-10月为8.1%），高于全市0.9个百分点。"
           "规上工业企业实现营业收入418.6亿元，增长6.2%。工业用电量21.7亿千瓦时，增长3.5%。")
    grown = {"indicator": "规上工业增加值", "value": 7.4, "unit": "%", "measure": "growth"}
    assert one({**grown, "period": "1-11月"}, src).status is S.supported
    assert one({**grown, "period": "1-10月"}, src).status not in (S.supported, S.derived)
    assert one({**grown, "value": 8.1, "period": "1-10月"}, src).status is S.supported
    power = {"indicator": "工业用电量", "value": 21.7, "unit": "亿千瓦时"}
    assert one({**power, "period": "1-10月"}, src).status not in (S.supported, S.derived)
    assert one({**power, "period": "1-11月"}, src).status is S.supported


def test_a_part_of_a_sentence_that_opens_with_how_its_value_changed_is_the_part_before_s() -> None:
    # (…高技术制造业完成工业总产值986.4亿元，占规模以上工业的23.1%；同比增长11.7%，增速高于…: the 产值's growth; not
    # a part that names its measure, 增加值同比增长8.5%, whose own words are read)
    src = ("前三季度，全市规模以上高技术制造业完成工业总产值986.4亿元，占规模以上工业的23.1%；同比增长11.7%，"
           "增速高于全市规模以上工业4.6个百分点。")
    grown = {"period": "前三季度", "unit": "%", "measure": "growth"}
    claims = [{**grown, "indicator": "规模以上高技术制造业工业总产值", "value": 11.7},
              {**grown, "indicator": "规模以上工业总产值", "value": 11.7}]
    assert [r.status for r in check_figures(src, claims)][0] is S.supported
    assert _words_of(src)["11.7%"].startswith("规上高技术制造业")


def test_the_parts_listed_as_grown_or_fallen_take_the_whole_s_growth() -> None:
    # (正增长的有A(x%)、B(y%)等N个县；负增长的有C(z%): each the place's growth of what the sentence before measures;
    # was: each the place's name alone, no measure)
    src = ("1-7月，全市完成工业投资69.15亿元，同比增长2.7%，增速在全省排名第18位。正增长的有大埔县(338.6%)、"
           "蕉岭县(74.3%)、五华县(35.5%)等3个县；负增长的有梅江区(-8.7%)。\n"
           "1-7月，五大支柱产业实现增加值138.77亿元(占规上工业比重84.3%)，同比增长7.3%。"
           "正增长的有烟草(0.2%)、电力(26.8%)和机电制造(3.8%)等3个产业，负增长的有建材产业(-1.6%)。")
    claim = {"indicator": "蕉岭县工业投资", "value": 74.3, "unit": "%", "measure": "growth", "period": "1-7月"}
    got = check_figures(src, [claim, {**claim, "indicator": "梅江区工业投资", "value": -8.7},
                              {**claim, "indicator": "电力产业增加值", "value": 26.8},
                              {**claim, "indicator": "建材产业增加值", "value": -1.6}])
    assert [g.status for g in got] == [S.supported] * 4
    # (the share in brackets after a value is an aside: its words are neither the value's nor the growth's after it)
    whole = {"indicator": "规上工业增加值", "value": 138.77, "unit": "亿元", "period": "1-7月"}
    grown = {"indicator": "五大支柱产业增加值", "value": 7.3, "unit": "%", "measure": "growth", "period": "1-7月"}
    got = check_figures(src, [whole, grown, {**grown, "indicator": "五大支柱产业增加值占规上工业比重",
                                             "value": 84.3, "measure": "share"}])
    assert got[0].status not in (S.supported, S.derived)
    assert got[1].status is S.supported and got[2].status is S.supported


def test_the_date_of_what_a_count_did_holds_to_its_part_s_end() -> None:
    # (7个工业项目在一、二季度集中开工: the quarters date that ；-part, not the parts after it, which are of the
    # sentence's 1-7月; was: 13个 and the rest read as 二季度's)
    src = ("今年1-7月，该县共实施500万元以上工业项目47个；7个工业项目在一、二季度集中开工，计划总投资23.81亿元；"
           "13个项目竣工投产，总投资11.7亿元；已签约项目12个，计划总投资67.2亿元。")
    done = {"indicator": "竣工投产项目", "value": 13, "unit": "个", "period": "1-7月"}
    got = check_figures(src, [done, {**done, "indicator": "已签约项目", "value": 12},
                              {**done, "period": "二季度"}])
    assert [g.status for g in got[:2]] == [S.supported, S.supported]
    assert got[2].status not in (S.supported, S.derived)


def test_an_export_processing_zone_is_a_place_not_exports() -> None:
    # (出口加工区 holds 出口, a measure's word: its row's growth was read as exports', and a claim of its 产值 refuted)
    assert measured("出口加工区增长") == "" and measured("出口加工区出口额") == "出口额"
    src = ("前三季度分地区规模工业产值完成情况\n地区 | 产值(亿元) | 同比增长(%)\n"
           "出口加工区 | 133.2 | 13.5\n赵巷 | 21.4 | 0.1\n")
    got = check_figures(src, [{"indicator": "出口加工区规模工业产值", "value": 13.5, "unit": "%", "measure": "growth",
                               "period": "前三季度"}])
    assert got[0].status is S.supported


def test_a_formal_contract_amount_after_a_count_is_the_counted_things() -> None:
    # (…项目70个，正式合同投资额2086.7亿元，其中工业项目达到49个，正式合同投资额1768.5亿元: each amount its count's)
    src = "本次集中签约重大招商项目70个，正式合同投资额2086.7亿元，其中工业项目达到49个，正式合同投资额1768.5亿元。"
    claim = {"indicator": "签约工业项目正式合同投资额", "value": 1768.5, "unit": "亿元"}
    got = check_figures(src, [claim, {**claim, "value": 2086.7}])
    assert got[0].status is S.supported and got[1].status not in (S.supported, S.derived)


def test_a_group_named_by_its_count_takes_the_subjects_of_the_parts_before() -> None:
    # (其中，A实现…；B实现…；C实现…。三大产业增速分别较前4月提高…: each value its part's subject, in order)
    src = ("1-5月份，全县三大产业完成增加值48.7亿元。其中，计算机产业实现增加值21.4亿元，增长44.4%；汽车产业实现增加值"
           "13.8亿元，下降7.0%；家电产业实现增加值13.5亿元，下降7.8%。三大产业增速分别较前4月提高1.7、14.2、16.4个百分点。")
    claim = {"indicator": "汽车产业增速较前4月提高", "value": 14.2, "unit": "个百分点", "measure": "change"}
    got = check_figures(src, [claim, {**claim, "value": 16.4}])
    assert got[0].status is S.supported and got[1].status not in (S.supported, S.derived)


def test_a_remark_on_how_a_branch_fares_names_the_subject_of_the_values_after_it() -> None:
    # (五大产业中新能源产业增长势头迅猛，当月完成产值33.8亿元: the 33.8 is 新能源产业's; …一枝独秀，…)
    src = ("11月份，五大产业当月完成产值444.8亿元。五大产业中新能源产业增长势头迅猛，当月完成产值33.8亿元，"
           "同比增长118.1%；累计完成产值273.1亿元。")
    claim = {"indicator": "新能源产业产值", "value": 33.8, "unit": "亿元", "period": "11月份"}
    got = check_figures(src, [claim, {**claim, "value": 273.1, "period": ""}])
    assert got[0].status is S.supported and got[1].status is S.supported


def test_a_respectively_clause_in_brackets_pairs_its_own_items() -> None:
    # (…位居全省首位(规模工业增加值、工业开票销售增幅分别高于全省5.3、13.2个百分点): each gap its item's; was: both
    # items' words on both values, so a swapped claim passed)
    src = ("与全省水平比，规模工业总产值、规模工业增加值、工业开票销售等3项指标增幅始终位居全省首位(规模工业增加值、"
           "工业开票销售增幅分别高于全省5.3、13.2个百分点);工业用电量增幅保持全省前列。")
    claim = {"indicator": "规模工业增加值增幅高于全省", "value": 5.3, "unit": "个百分点", "measure": "change"}
    got = check_figures(src, [claim, {**claim, "value": 13.2}])
    assert got[0].status is S.supported and got[1].status not in (S.supported, S.derived)


def test_a_place_s_row_counts_what_the_row_before_counts() -> None:
    # (沈阳市新开工项目120个，大连80个: 大连's new starts; a claim of another stage is not confirmed)
    src = "2023年，从地区看，沈阳市新开工项目120个，大连80个，鞍山65个。"
    row = {"indicator": "大连新开工项目", "period": "2023年", "value": 80, "unit": "个", "measure": "level",
           "kind": "actual"}
    [right, other_stage, other_row] = check_figures(src, [row, {**row, "indicator": "大连竣工项目"},
                                                          {**row, "value": 65}])
    assert right.status is S.supported
    assert other_stage.status is S.misattributed
    assert other_row.status not in (S.supported, S.derived)


def test_a_subject_then_how_it_fares_then_its_measure() -> None:
    # (电子信息产业作为我市优势产业，今年依然保持快速增长态势，上半年实现产值…: the industry's output, not the
    # high-tech industries' before it)
    src = ("上半年，全市规上工业总产值5210.6亿元，高新技术产业产值2380.2亿元。电子信息产业作为我市优势产业，"
           "今年依然保持快速增长态势，上半年实现产值3120.5亿元，同比增长14.8%。")
    output = {"indicator": "电子信息产业产值", "period": "上半年", "value": 3120.5, "unit": "亿元", "measure": "level",
              "kind": "actual"}
    [right, other] = check_figures(src, [output, {**output, "indicator": "高新技术产业产值"}])
    assert right.status is S.supported
    assert other.status is S.misattributed


def test_a_class_with_its_number_written_once_after_a_list() -> None:
    # (新签约、新开工、新入库50亿元以上项目分别达50个、29个、15个: each item's class is 50亿元以上, not 亿元以上)
    src = "2022年，全年新签约、新开工、新入库50亿元以上项目分别达48个、27个、13个。"
    count = {"period": "全年", "unit": "个", "measure": "level", "kind": "actual"}
    [signed, started, swapped] = check_figures(src, [
        {**count, "indicator": "新签约50亿元以上项目", "value": 48},
        {**count, "indicator": "新开工50亿元以上项目", "value": 27},
        {**count, "indicator": "新开工50亿元以上项目", "value": 48}])
    assert (signed.status, started.status) == (S.supported, S.supported)
    assert swapped.status is S.misattributed


def test_a_town_s_row_measures_what_the_row_before_measures() -> None:
    # (城关镇完成工业投资9.8亿元，石桥镇6.2亿元: 石桥镇's 工业投资; towns are below the divisions' table)
    src = "2024年上半年，分乡镇看，城关镇完成工业投资9.8亿元，石桥镇6.2亿元，河口镇4.1亿元。"
    row = {"indicator": "石桥镇工业投资", "period": "2024年上半年", "value": 6.2, "unit": "亿元", "measure": "level",
           "kind": "actual"}
    [right, other_row] = check_figures(src, [row, {**row, "value": 4.1}])
    assert right.status is S.supported
    assert other_row.status not in (S.supported, S.derived)


def test_subjects_listed_in_a_clause_before_values_joined_by_dun_are_each_value_s() -> None:
    # (纺织、化工实现由负转正，产值增长4.6%、1.9%，较同期提高9.2个、6.4个百分点: each value its subject's, and the
    # gaps after them too; was: both values read as the clause's 产值增长, so a swapped claim passed)
    src = "上半年，纺织、化工实现由负转正，产值增长4.6%、1.9%，较同期提高9.2个、6.4个百分点。"
    growth = {"indicator": "化工产值增速", "period": "上半年", "value": 1.9, "unit": "%", "measure": "growth"}
    gap = {"indicator": "化工产值增速较同期提高", "period": "上半年", "value": 6.4, "unit": "个百分点",
           "measure": "change"}
    right, swapped, right_gap, swapped_gap = check_figures(
        src, [growth, {**growth, "indicator": "纺织产值增速"}, gap, {**gap, "indicator": "纺织产值增速较同期提高"}])
    assert right.status is S.supported and right_gap.status is S.supported
    assert swapped.status not in (S.supported, S.derived)
    assert swapped_gap.status not in (S.supported, S.derived)


def test_a_period_in_a_modifier_of_a_name_is_not_the_period_in_force() -> None:
    # (一季度负增长的江北区，…: how the district fared then; the values after it stay the half year's)
    src = "上半年，全市规上工业产值增长8%。一季度负增长的江北区，产值增长6%；从产业看，六大产业产值300亿元。"
    claim = {"indicator": "六大产业产值", "period": "上半年", "value": 300, "unit": "亿元", "measure": "level"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "period": "一季度"}, src).status not in (S.supported, S.derived)


def test_a_list_of_gaps_to_an_average_after_a_respectively_list_is_read_item_by_item() -> None:
    # (…分别增长15%、31%、16%，高于规上工业平均水平11个、27个、12个百分点: each gap its item's; was: the first gap
    # read with all three items, so a swapped claim passed)
    src = "1-9月，电子、汽车、化工产业产值分别增长15%、31%、16%，高于规上工业平均水平11个、27个、12个百分点。"
    gap = {"indicator": "汽车产业产值增速高于规上工业平均水平", "period": "1-9月", "value": 27, "unit": "个百分点",
           "measure": "change"}
    right, swapped = check_figures(src, [gap, {**gap, "value": 11}])
    assert right.status is S.supported
    assert swapped.status not in (S.supported, S.derived)


def test_a_count_before_its_noun_then_a_stage_s_count_counts_the_noun_alone() -> None:
    # (500个重点工业项目开工450个: the 500 are the projects, the 450 those started; was: the 500 read with 开工, so
    # a claim of the started projects passed for it)
    src = "上半年，全市500个重点工业项目开工450个，开工率90%。"
    projects = {"indicator": "重点工业项目", "period": "上半年", "value": 500, "unit": "个", "measure": "level"}
    all_of, started_claimed = check_figures(src, [projects, {**projects, "indicator": "已开工重点工业项目"}])
    assert all_of.status is S.supported
    assert started_claimed.status not in (S.supported, S.derived)


def test_a_count_named_after_a_class_bound_leads_its_part_for_the_next_part_s_amount() -> None:
    # (新签约亿元以上项目216个…；总投资1385.6亿元: the projects' total, so a named project's outlay later in the
    # paragraph is no rival's; was: the ；-part read 总投资 alone, and 260亿元 passed as the group's total)
    src = ("上半年新签约亿元以上项目216个，较去年同期增加38个；总投资1385.6亿元，较去年同期增长47%。"
           "总投资260亿元的星河智算中心等5个百亿元项目签约落户。")
    total = {"indicator": "新签约亿元以上项目总投资", "period": "上半年", "value": 1385.6, "unit": "亿元",
             "measure": "level"}
    right, named_project = check_figures(src, [total, {**total, "value": 260}])
    assert right.status is S.supported
    assert named_project.status not in (S.supported, S.derived)


def test_a_part_s_count_of_projects_then_what_they_did_names_them() -> None:
    # (其中9个项目在一季度集中开工，计划总投资18.4亿元: the 9 projects' plan, not the 58's)
    src = ("今年1-9月，全县共实施500万元以上工业项目58个，完成投资47.6亿元；"
           "其中9个项目在一季度集中开工，计划总投资18.4亿元；16个项目竣工投产，完成投资12.9亿元。")
    plan = {"indicator": "一季度集中开工项目计划总投资", "value": 18.4, "unit": "亿元", "measure": "level",
            "kind": "target"}
    part, whole = check_figures(src, [plan, {**plan, "indicator": "实施500万元以上工业项目计划总投资"}])
    assert part.status is S.supported
    assert whole.status not in (S.supported, S.derived)


def test_what_a_count_counts_is_read_before_a_long_list_of_named_examples() -> None:
    # (新增甲…有限公司、乙…有限公司…等42家…企业，总数达到118家: the 新增 before the names is the count's, however long
    # the names; was: the words were cut at a fixed reach inside the list, and the new ones passed as the stock)
    src = ("上半年，重点技改项目稳步推进。新增青禾精工(江城)有限公司、湖北远帆汽车零部件有限公司、"
           "湖北明川精密机械有限公司等42家省级以上专精特新企业，总数达到118家。")
    new = {"indicator": "新增省级以上专精特新企业", "period": "上半年", "value": 42, "unit": "家", "measure": "level"}
    right, *as_stock = check_figures(src, [new, {**new, "indicator": "省级以上专精特新企业"},
                                           {**new, "indicator": "累计省级以上专精特新企业"}])
    assert right.status is S.supported
    assert all(r.status not in (S.supported, S.derived) for r in as_stock)


def test_a_month_written_after_a_breakdown_s_opening_dates_its_paragraph() -> None:
    # (分经济类型看，5月份，国有控股企业…；股份制企业增长6.1%…: the month of the breakdown, to its paragraph's end; was:
    # held to its ；-part, after which the report's 1-5月份 came back)
    src = ("5月份，全省规模以上工业增加值同比增长6.4%；1-5月份，规模以上工业增加值同比增长7.4%。\n"
           "分经济类型看，5月份，国有控股企业增加值同比增长3.2%；股份制企业增长6.1%，外商及港澳台投资企业增长10.6%。\n"
           "分产品看，5月份，501种重点监测产品中，有240种产品产量同比增长。烧碱生产14.98万吨，同比下降2.4%。\n"
           "1-5月份，规模以上工业企业产品销售率为96.6%。")
    shares = {"indicator": "股份制企业增加值", "value": 6.1, "unit": "%", "measure": "growth", "period": "5月份"}
    soda = {"indicator": "烧碱产量", "value": -2.4, "unit": "%", "measure": "growth", "period": "5月份"}
    sales = {"indicator": "规上工业企业产品销售率", "value": 96.6, "unit": "%", "measure": "share", "period": "1-5月份"}
    assert [r.status for r in check_figures(src, [shares, soda, sales])] == [S.supported] * 3
    assert check_figures(src, [{**shares, "period": "1-5月份"}])[0].status not in (S.supported, S.derived)


def test_how_much_a_value_changed_names_no_subject_of_its_own() -> None:
    # (完成技改投资1254亿元，小幅增长0.8%: the outlay's growth, 小幅 saying by how much; was: 小幅增长 read as a
    # subject of its own, so the right claim was refuted with the part's growth as its rival)
    src = "上半年，全市完成技改投资1254亿元，小幅增长0.8%；其中，工业技改投资1102亿元，稳步增长6.8%。"
    growth = {"indicator": "技改投资", "value": 0.8, "unit": "%", "measure": "growth", "period": "上半年"}
    part = {**growth, "indicator": "工业技改投资", "value": 6.8}
    assert [r.status for r in check_figures(src, [growth, part])] == [S.supported, S.supported]
    assert check_figures(src, [{**growth, "value": 6.8}])[0].status not in (S.supported, S.derived)


def test_what_was_spent_after_a_project_s_total_is_the_project_s() -> None:
    # (重点项目总投资20亿元，完成投资7.9亿元: the projects' spending, 完成投资 naming only what is measured; was: read
    # as a subject of its own, 投资, so the right claim was left open)
    src = "上半年，全县重点项目总投资20亿元，完成投资7.9亿元。全县工业投资增长5.2%。"
    spent = {"indicator": "重点项目完成投资", "value": 7.9, "unit": "亿元", "period": "上半年", "measure": "level"}
    assert check_figures(src, [spent])[0].status is S.supported
    assert check_figures(src, [{**spent, "indicator": "工业投资"}])[0].status not in (S.supported, S.derived)


def test_a_plan_s_amount_to_be_done_is_planned_not_spent() -> None:
    # (年度计划完成投资9亿元: what the year's plan is to spend; was: read as 完成投资, money spent, so the plan's claim
    # was refuted)
    src = "上半年，全县重点项目总投资20亿元，年度计划完成投资9亿元，1-6月累计完成投资7.9亿元，占年度计划的87.8%。"
    plan = {"indicator": "重点项目年度计划投资", "value": 9, "unit": "亿元", "measure": "level", "kind": "target"}
    assert check_figures(src, [plan])[0].status is S.supported
    spent = {**plan, "indicator": "重点项目完成投资", "kind": "actual"}
    assert check_figures(src, [spent])[0].status not in (S.supported, S.derived)


def test_the_share_of_a_year_s_plan_reached_is_a_share() -> None:
    # (为年投资计划的68.2%: the share of the year's plan spent; was: no measure read, so a growth claim passed)
    src = "1-6月，全县重点项目完成投资66.2亿元，为年投资计划的68.2%。"
    share = {"indicator": "重点项目完成投资占年投资计划比例", "value": 68.2, "unit": "%", "period": "1-6月",
             "measure": "share"}
    assert check_figures(src, [share])[0].status is S.supported
    growth = {**share, "indicator": "重点项目完成投资", "measure": "growth"}
    assert check_figures(src, [growth])[0].status not in (S.supported, S.derived)


def test_the_year_of_a_plan_dates_the_plan_alone() -> None:
    # (全年计划新开工项目46个，已开工39个: the plan is the year's, what was started the half-year's; was: 全年 held on
    # over the results after it)
    src = "上半年，全县重点项目建设有序推进。全年计划新开工项目46个，已开工39个，开工率84.8%。"
    started = {"indicator": "已开工项目", "value": 39, "unit": "个", "period": "上半年", "measure": "level"}
    plan = {"indicator": "计划新开工项目", "value": 46, "unit": "个", "period": "全年", "measure": "level",
            "kind": "target"}
    assert [r.status for r in check_figures(src, [started, plan])] == [S.supported, S.supported]
    assert check_figures(src, [{**started, "period": "全年"}])[0].status not in (S.supported, S.derived)
    # (nor where the plan opens a paragraph of its own: no opening of the paragraph's results)
    opened = "1-8月，全市重点项目完成投资286.3亿元。\n全年计划新开工项目46个，已开工39个，开工率84.8%。"
    rate = {"indicator": "开工率", "value": 84.8, "unit": "%", "period": "1-8月", "measure": "share"}
    assert check_figures(opened, [rate])[0].status is S.supported


def test_trade_with_a_partner_names_its_subject() -> None:
    # (对东盟进出口38.5亿元，增长21.4%: trade with ASEAN, a subject its growth is of; was: 对 read as relating the value
    # to a subject before, so the growth was left with no subject)
    src = "从市场看，前三季度对东盟进出口38.5亿元，增长21.4%；对欧盟进出口31.2亿元，小幅增长1.6%。"
    asean = {"indicator": "对东盟进出口额", "value": 21.4, "unit": "%", "measure": "growth", "period": "前三季度"}
    eu = {**asean, "indicator": "对欧盟进出口额", "value": 1.6}
    assert [r.status for r in check_figures(src, [asean, eu])] == [S.supported, S.supported]
    assert check_figures(src, [{**eu, "value": 21.4}])[0].status not in (S.supported, S.derived)


def test_a_clause_on_how_fast_a_rate_moved_names_no_subject() -> None:
    # (工业用电量8.2亿千瓦时，增速明显加快，增长9.4%: the power use's growth; was: 明显 read as a subject)
    src = "前三季度，全区工业投资增长0.6%。工业用电量8.2亿千瓦时，增速明显加快，增长9.4%。"
    power = {"indicator": "工业用电量", "value": 9.4, "unit": "%", "measure": "growth", "period": "前三季度"}
    assert check_figures(src, [power])[0].status is S.supported
    assert check_figures(src, [{**power, "value": 0.6}])[0].status not in (S.supported, S.derived)


def test_a_line_wrapped_inside_a_clause_ends_nothing() -> None:
    # (…，同比增长⏎3.8%，…: text copied from a PDF, its lines cut at a width; was: the value began a line with no
    # words, and the growth of the report's first indicator passed for it)
    src = ("今年以来，全县经济运行总体平稳。规模以上工业增加\n值同比增长7.5%，固定资产投资完成70.2亿元，同比增长\n"
           "3.8%，社会消费品零售总额完成52亿元。")
    investment = {"indicator": "固定资产投资", "value": 3.8, "unit": "%", "measure": "growth", "period": "今年以来"}
    output = {**investment, "indicator": "规模以上工业增加值", "value": 7.5}
    assert [r.status for r in check_figures(src, [investment, output])] == [S.supported, S.supported]
    assert check_figures(src, [{**output, "value": 3.8}])[0].status not in (S.supported, S.derived)
    # (a line of its own that ends with no stop, as wide as no line beside it, is a subtitle: it ends its clause)
    subtitle = ("广西第一批制造业重点项目清单公布，共520项，总投资近0.9万亿元\n随着《方案》印发，清单包含项目520个，"
                "总投资8977.1亿元，固定投资6435.2亿元。\n江城市项目61个。")
    spans = [(q.start, q.end) for q in extract_quantities(subtitle)]
    words = {subtitle[a:b]: t.words for (a, b), t in zip(spans, ties(subtitle, spans), strict=True)}
    assert "随" not in words["近0.9万亿元"]


def test_the_utilities_industry_s_name_measures_no_output() -> None:
    # (电力、热力、燃气及水生产和供应业增长10%，加快0.9个百分点: an industry's name; was: its 生产 read as 产量, output
    # volume, so the claim of its profit's growth was refuted as another measure)
    src = ("1-9月，全市规上工业企业利润增长5.1%。分门类看，采矿业利润增长3.2%，制造业利润增长6.8%，"
           "电力、热力、燃气及水生产和供应业增长10%，加快0.9个百分点。")
    faster = {"indicator": "电力、热力、燃气及水生产和供应业利润增速加快", "value": 0.9, "unit": "个百分点",
              "measure": "change", "period": "1-9月"}
    assert check_figures(src, [faster])[0].status is S.supported


def test_a_base_of_the_same_months_a_year_before_is_of_those_months() -> None:
    # (比重由上年同期的35%提升至41%: 35% is of last year's first three quarters; was: read as of 上年, the whole year,
    # so the right claim was refuted)
    src = "前三季度，工业投资占全部投资的比重由上年同期的35%提升至41%。"
    base = {"indicator": "工业投资占全部投资比重", "value": 35, "unit": "%", "measure": "share", "period": "上年同期"}
    assert [r.status for r in check_figures(src, [base, {**base, "period": "上年前三季度"}])] == [S.supported] * 2
    assert check_figures(src, [{**base, "period": "前三季度"}])[0].status not in (S.supported, S.derived)


def test_a_lead_on_the_schedule_is_the_share_s_subject_s() -> None:
    # (…占年度投资计划45%，超时序进度3.5个百分点: the provincial projects' lead; was: read with no subject, so a claim
    # of the city projects' lead could not be refuted)
    src = ("1-5月，4个省级重点项目完成投资5亿元，占年度投资计划45%，超时序进度3.5个百分点；"
           "12个市级重点项目完成投资8亿元，占年度投资计划48%，超时序进度6.5个百分点。")
    lead = {"indicator": "省级重点项目投资超时序进度", "value": 3.5, "unit": "个百分点", "measure": "change",
            "period": "1-5月"}
    assert check_figures(src, [lead])[0].status is S.supported
    city = {**lead, "indicator": "市级重点项目投资超时序进度"}
    assert check_figures(src, [city])[0].status not in (S.supported, S.derived, S.unconfirmed)


def test_a_sentence_opening_on_respectively_is_of_the_items_before() -> None:
    # (…产量分别为310万吨、352万吨、415万吨。分别同比增长4.2%、6.1%、3.3%: no items of its own; was: read only
    # within one sentence, so each growth was of all three and any claim passed)
    def status(claim: dict[str, Any], text: str) -> S:
        return check_figures(text, [claim])[0].status

    src = "1-6月，全市生铁、粗钢、钢材产量分别为310万吨、352万吨、415万吨。分别同比增长4.2%、6.1%、3.3%。"
    crude = {"indicator": "粗钢产量", "value": 6.1, "unit": "%", "measure": "growth", "period": "1-6月"}
    assert status(crude, src) is S.supported
    assert status({**crude, "value": 3.3}, src) not in (S.supported, S.derived)
    # …but a sentence with items of its own is not
    own = "1-6月，全市生铁、粗钢产量分别为310万吨、352万吨。汽车、手机分别增长4.2%、6.1%。"
    assert status({**crude, "value": 6.1}, own) not in (S.supported, S.derived)


def test_a_list_s_owner_and_period_written_before_its_first_item_are_every_item_s() -> None:
    # (甲钢铁公司2023年1-6月铁、钢、材产量分别为…: the firm's output of each, not of the first item alone; was: the
    # owner was read with 铁 only, so a claim of the firm's 钢 was open, and the right one lost to 铁's words)
    src = "甲钢铁公司2023年1-6月铁、钢、材产量分别为41.2万吨、45.7万吨、40.3万吨。分别比去年增长2.1%、3.4%、1.8%。"
    steel = {"indicator": "甲钢铁公司钢产量", "value": 45.7, "unit": "万吨", "period": "2023年1-6月"}
    assert check_figures(src, [steel])[0].status is S.supported
    grown = {**steel, "value": 3.4, "unit": "%", "measure": "growth"}
    assert check_figures(src, [grown])[0].status is S.supported
    assert check_figures(src, [{**grown, "value": 2.1}])[0].status not in (S.supported, S.derived)


def test_places_named_after_their_rank_take_the_values_listed_after() -> None:
    # (产值总量前三名为甲市、乙市、丙市，产值分别为…: each place its value in order; was: 前三名 read as a value of the
    # clause, so the list was not found and every value read as no place's)
    src = ("上半年，全省高新技术产业产值21800亿元。产值总量前三名为甲市、乙市、丙市，"
           "产值分别为3400亿元、3300亿元、2100亿元。")
    second = {"indicator": "乙市产值", "value": 3300, "unit": "亿元", "period": "上半年"}
    assert check_figures(src, [second])[0].status is S.supported
    assert check_figures(src, [{**second, "value": 3400}])[0].status not in (S.supported, S.derived)


def test_places_listed_after_a_count_of_them_take_its_measure() -> None:
    # (8个市州工业投资增幅超过全省平均，分别为甲市(54.6%)、乙市(47.9%): each place's investment growth; was: each
    # value read as its place's alone, so any claim of the place was open)
    src = "1-9月，全省有8个市州工业投资增幅超过全省平均，分别为甲市(54.6%)、乙市(47.9%)、丙市(29.8%)。"
    second = {"indicator": "乙市工业投资增速", "value": 47.9, "unit": "%", "measure": "growth", "period": "1-9月"}
    assert check_figures(src, [second])[0].status is S.supported
    assert check_figures(src, [{**second, "indicator": "乙市规上工业增加值增速"}])[0].status \
        is not S.supported


def test_an_amount_after_a_count_at_a_stage_is_of_the_things_counted() -> None:
    # (新建工业项目开工412项，完成投资76.5亿元: the new projects' investment; was: the stage after the things hid
    # them, so the amount was no one's)
    src = "1-9月，全区新建工业项目开工412项，完成投资76.5亿元，同比增长8.2%。"
    spent = {"indicator": "新建工业项目完成投资", "value": 76.5, "unit": "亿元", "period": "1-9月"}
    assert check_figures(src, [spent])[0].status is S.supported
    assert check_figures(src, [{**spent, "indicator": "技改项目完成投资"}])[0].status is not S.supported


def test_a_page_that_sets_each_number_on_a_line_of_its_own_reads_its_clause_whole() -> None:
    # (…纺织服装企业⏎120余家,另有…企业⏎180余家,…实现利税⏎3.3亿元。: the break sits inside the clause; was: each value
    # read with no words, so any claim passed)
    src = "仅甲镇就有纺织服装企业\n120余家,另有小型纺织服装企业\n180余家,年可实现销售收入\n64亿元,实现利税\n3.3亿元。"
    taxes = {"indicator": "甲镇纺织服装企业利税", "value": 3.3, "unit": "亿元"}
    assert check_figures(src, [{**taxes, "indicator": "甲镇纺织服装企业销售收入"}])[0].status \
        not in (S.supported, S.derived)
    # (年可实现 of firms that are there: what they yield a year, no project's forecast)
    assert check_figures(src, [{**taxes, "indicator": "销售收入", "value": 64, "kind": "forecast"}])[0].status \
        not in (S.supported, S.derived)


def test_a_firm_s_list_of_products_or_measures_is_the_firm_s_each() -> None:
    # (乙钢铁公司生铁、粗钢产量分别为…; 丙科技2024年1-5月封装量、营业收入、利润分别为…: the firm's each; was: the firm
    # read with the first item only, so a later item passed for the city's)
    src = ("全市生铁、粗钢产量分别为512万吨、598万吨。乙钢铁公司生铁、粗钢产量分别为61万吨、68万吨。"
           "丙科技2024年1-5月封装量、营业收入、利润分别为150.2亿块、48.6亿元、3.1亿元。")
    assert check_figures(src, [{"indicator": "粗钢产量", "value": 68, "unit": "万吨"}])[0].status \
        not in (S.supported, S.derived)
    assert check_figures(src, [{"indicator": "乙钢铁公司粗钢产量", "value": 68, "unit": "万吨"}])[0].status \
        is S.supported
    assert check_figures(src, [{"indicator": "丙科技利润", "value": 3.1, "unit": "亿元"}])[0].status is S.supported
    # …and a base after the first item (亩均税收较上年度) is no owner's period
    based = "亩均地区生产总值、亩均税收较上年度分别提高5.1万元/亩、2.3万元/亩。"
    assert check_figures(based, [{"indicator": "亩均税收较上年度提高", "value": 2.3, "unit": "万元/亩",
                                  "measure": "change"}])[0].status is S.supported


def test_counts_of_industries_by_direction_take_the_first_count_s_measure() -> None:
    # (11个行业利润增加，21个行业减少，2个行业持平: the 21 fell by profit; was: read as fallen by nothing, so a claim
    # naming profit was open)
    src = "1-8月，全市规上工业企业实现利润总额81.2亿元。在34个行业大类中，11个行业利润增加，21个行业减少，2个行业持平。"
    fell = {"indicator": "利润减少的行业", "value": 21, "unit": "个", "period": "1-8月"}
    assert check_figures(src, [fell])[0].status is S.supported
    assert check_figures(src, [{**fell, "value": 2, "indicator": "利润持平的行业"}])[0].status is S.supported
    assert check_figures(src, [{**fell, "indicator": "利润增加的行业"}])[0].status not in (S.supported, S.derived)


def test_a_year_a_level_is_measured_against_or_a_remark_holds_since_dates_no_value() -> None:
    # (总量恢复至2019年同期的96.1%; 自上年4月份以来持续高于…: bases of a remark; was: each dated the values after it)
    src = "2023年，全市技改投资同比增长19.4%，总量恢复至2019年同期的96.1%，占工业投资比重达45.2%。"
    share = {"indicator": "占工业投资比重", "value": 45.2, "unit": "%", "measure": "share", "period": "2019年"}
    assert check_figures(src, [share])[0].status not in (S.supported, S.derived)
    since = "1—11月，民间投资增长6.1%，自上年4月份以来持续高于全省投资增速，拉动全省投资增长3.6个百分点。"
    pull = {"indicator": "民间投资拉动全省投资增长", "value": 3.6, "unit": "个百分点", "period": "1-11月"}
    assert check_figures(since, [pull])[0].status is S.supported


def test_a_clause_whose_values_all_precede_its_respectively_does_not_skip_the_next_clause_s_first_value() -> None:
    # (贡献最大的三个行业分别是：甲、乙、丙，增加值分别增长…: the count is before the first 分别; was: the reading
    # stepped past the next clause's first value, so the growths lost their items and any claim passed)
    src = ("1-8月，对全县工业增长贡献最大的三个行业分别是：纺织业、农副食品加工业、金属制品业，"
           "增加值分别增长12.4%、27.1%和5.8%。")
    food = {"indicator": "农副食品加工业增加值", "value": 27.1, "unit": "%", "measure": "growth", "period": "1-8月"}
    assert one(food, src).status is S.supported
    assert one({**food, "value": 5.8}, src).status is S.misattributed


def test_values_of_a_respectively_list_whose_items_are_not_found_confirm_no_indicator() -> None:
    # (增加值分别增长…, its items named nowhere the reading finds: was, the first value's words were 增加值增长 alone
    # and the others had none, so any claim of the first passed and a right claim of a later one was refuted)
    src = "1-8月，全县工业运行平稳。增加值分别增长12.4%、27.1%和5.8%。"
    food = {"indicator": "农副食品加工业增加值", "value": 27.1, "unit": "%", "measure": "growth", "period": "1-8月"}
    assert one(food, src).status is S.unconfirmed
    assert "分别 list" in one(food, src).reason
    assert one({**food, "indicator": "规上工业增加值", "value": 12.4}, src).status is S.unconfirmed


def test_a_respectively_list_of_clauses_whose_first_counts_its_subject_pairs_each_rate_with_its_item() -> None:
    # (这49个开发区实现工业总产值6000亿元，工业增加值1800亿元，…，分别增长42%、37%…: the count inside the first item's
    # subject; was, that clause held two values, so no item was found and every rate was left open)
    src = ("上半年，这38个国家级开发区实现工业总产值5200亿元，工业增加值1500亿元，税收收入260亿元，"
           "分别增长21%、17%和12%。")
    tax = {"indicator": "国家级开发区税收收入", "value": 12, "unit": "%", "measure": "growth", "period": "上半年"}
    assert one(tax, src).status is S.supported
    assert one({**tax, "value": 17}, src).status is S.misattributed


def test_a_part_opening_on_a_share_is_of_the_subject_of_the_part_before() -> None:
    # (装备制造业销售收入同比增长18.9%…；占全市制造业销售收入的64.6%: was, the share named no subject after ；, so
    # its change in points lost to the gap before, whose words held the branch)
    src = ("今年1—8月，电子信息制造业销售收入同比增长16.2%，高出全市制造业平均增速5.1个百分点；"
           "占全市制造业销售收入的38.5%，较上年同期提高了2.2个百分点。")
    ties_read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    assert ties_read["38.5%"].words.startswith("电子信息制造业销售收入占")


def test_a_part_in_brackets_after_a_value_leaves_the_clause_after_it_to_that_value() -> None:
    # (总产值182.7亿元（其中出口交货值56.3亿元），增长5.1%: the growth of the 总产值; was, of the part in brackets)
    src = "1-9月，花炮产业实现总产值175.4亿元（其中出口交货值51.8亿元），增长6.3%。"
    grown = {"indicator": "花炮产业总产值", "value": 6.3, "unit": "%", "measure": "growth", "period": "1-9月"}
    assert one(grown, src).status is S.supported
    assert one({**grown, "indicator": "花炮产业出口交货值"}, src).status not in (S.supported, S.derived)


def test_items_labelled_by_class_after_a_first_that_names_what_they_classify_share_it() -> None:
    # (规模以上工业企业评价结果为A类11家、B类21家、…；规模以下…为A类4家、…D类3家: was, each later label alone, so a
    # claim of the 规下 D类 count passed for the 规上 one)
    src = ("2023年度，规模以上工业企业评价结果为A类13家、B类24家、C类6家、D类2家，"
           "规模以下工业企业评价结果为A类5家、B类19家、C类2家、D类4家。")
    d = {"indicator": "规模以上工业企业评价D类企业", "value": 2, "unit": "家", "period": "2023年度"}
    assert one(d, src).status is S.supported
    assert one({**d, "indicator": "规模以下工业企业评价D类企业"}, src).status not in (S.supported, S.derived)


def test_a_park_is_an_entity_whose_later_measures_are_its_own() -> None:
    # (国家级开发区实现工业增加值…，利润总额…: the parks' profit; was, a park was no entity, so 利润总额 stood alone)
    src = "上半年，全省国家级开发区实现营业收入8200亿元，利润总额410亿元。"
    read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    assert read["410亿元"].words == "国家级开发区利润总额"


def test_class_labels_in_words_share_what_the_first_names() -> None:
    # (综合评价结果为优秀类54家、良好类187家、一般类96家、提升类23家: was, the later labels stood alone; found by
    # break-it pass bk14)
    src = ("2024年度，全市规上工业企业综合评价结果为优秀类51家、良好类179家、一般类93家、提升类21家；"
           "小微工业企业综合评价结果为优秀类36家、良好类139家、一般类198家、提升类57家。")
    read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    assert read["21家"].words == "规上工业企业综合评价结果提升类"
    assert read["139家"].words == "小微工业企业综合评价结果良好类"


def test_a_sentence_pointing_back_at_things_counted_reads_their_name() -> None:
    # (全市共有规上工业企业1526家。这些企业实现营业收入…: the firms' revenue; was, read as 这些企业's, a name no claim
    # writes; found by break-it passes bk13 and bk14)
    src = "全市共有规上工业企业1488家。这些企业实现营业收入2310亿元，利润总额126亿元。"
    read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    assert read["126亿元"].words == "规上工业企业利润总额"
    parks = "上半年，全省省级以上开发区共有48个。这48个开发区实现营业收入7900亿元。"
    assert {parks[a:b]: t for (a, b), t in ties_of(parks).items()}["7900亿元"].words == "省级开发区营业收入"


def test_a_period_in_a_bracketed_aside_dates_only_the_aside() -> None:
    # (重点耗能企业（上年综合能耗1万吨标准煤以上的企业）综合能源消费量…: the class's year; was, 上年 dated every value
    # after the bracket, and the quarter's claims were refuted; from development set 180)
    src = ("重点企业能耗回落。二季度，全市96家重点耗能企业（上年综合能耗5000吨标准煤以上的企业）综合能源消费量"
           "214.7万吨，同比下降3.2%。")
    claim = {"indicator": "重点耗能企业综合能源消费量", "period": "二季度", "value": 214.7, "unit": "万吨"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "period": "上年"}, src).status is S.misattributed
    # (a bracket of the period alone is the value's: 规上工业增加值（1-9月）增长6.1%)
    plain = "规模以上工业增加值（1-9月）增长6.1%。"
    assert one({"indicator": "规上工业增加值", "period": "1-9月", "value": 6.1, "unit": "%"}, plain).status \
        is S.supported


def test_a_period_in_an_event_name_dates_no_value() -> None:
    # (3月初，举行2023年…集中开工仪式，集中开工的23个项目: the ceremony's year; was, the projects were 2023年's and the
    # claim of 3月初 was refuted; from development set 180)
    src = "今年4月上旬，我县举行2024年重大产业项目集中开工仪式，集中开工的17个项目总投资86.3亿元。"
    claim = {"indicator": "集中开工项目", "period": "今年4月上旬", "value": 17, "unit": "个"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "period": "2024年"}, src).status is not S.supported


def test_an_agreed_investment_is_no_outlay() -> None:
    # (现场签约项目46个，协议投资328亿元: the deals' size; was, claimed as 完成投资 it passed where the page's other
    # values made 完成 a common word; from break-it pass bk14)
    src = ("截至8月底，全县累计新开工项目62个，当月完成投资9.8亿元，完成投资占年度计划的71%。\n"
           "8月12日，全县举行秋季招商引资集中签约活动，现场签约项目23个，协议投资146亿元。")
    claim = {"indicator": "签约项目完成投资", "value": 146, "unit": "亿元"}
    assert one(claim, src).status is S.misattributed
    assert one({**claim, "indicator": "签约项目协议投资"}, src).status is S.supported


def test_this_years_outlay_and_the_running_total_of_projects_are_apart() -> None:
    # (累计完成投资90.8亿元，当年完成投资76.9亿元: since the work began, and this year's part; was, 当年 read as a
    # period and both claims passed either way; from development set 180)
    src = "1—8月，全县重点工业项目开工建设64项；累计完成投资58.6亿元，当年完成投资41.2亿元，占年度计划的63.5%。"
    running = {"indicator": "重点工业项目累计完成投资", "period": "1-8月", "unit": "亿元"}
    this_year = {**running, "indicator": "重点工业项目当年完成投资"}
    assert one({**running, "value": 58.6}, src).status is S.supported
    assert one({**this_year, "value": 41.2}, src).status is S.supported
    assert one({**running, "value": 41.2}, src).status is S.misattributed
    assert one({**this_year, "value": 58.6}, src).status is S.misattributed


def test_months_later_in_a_paragraph_take_the_place_of_an_opening_that_states_none() -> None:
    # (“今年以来，…”主任说，1—5月份，…。其中，全市105项…: the months' values; was, 今年以来 was the period a reader
    # writes for them, and a claim of 一季度 passed)
    src = ("“今年以来，我区扎实推进重点项目建设。”区发改局负责人说，1—7月份，全区项目开工在建86项。"
           "其中，全区42项重点项目开工建设39项。")
    claim = {"indicator": "重点项目开工建设", "value": 39, "unit": "项"}
    assert one({**claim, "period": "一季度"}, src).status is not S.supported
    assert one({**claim, "period": "1-7月"}, src).status is S.supported


def test_a_quarter_on_a_page_dated_after_it_is_that_years() -> None:
    # (一季度… on a page dated 2024-04-26: 2024's quarter; was, claimed for 2023年一季度 it passed, the page's first
    # four months letting it report the year before; from break-it pass bk16)
    src = ("南岭市一季度重点企业能耗情况\n发布时间：2024-04-22  来源：南岭市统计局\n"
           "一季度，全市78家重点耗能企业综合能源消费量163.2万吨标准煤，同比增长2.7%。")
    claim = {"indicator": "重点耗能企业综合能源消费量", "value": 163.2, "unit": "万吨标准煤"}
    assert one({**claim, "period": "2024年一季度"}, src).status is S.supported
    assert one({**claim, "period": "2023年一季度"}, src).status is S.unconfirmed
    # (a count before a class's definition in brackets is of the quarter, not the definition's year)
    assert one({"indicator": "重点耗能企业", "period": "2024年一季度", "value": 78, "unit": "家"},
               src.replace("重点耗能企业综合", "重点耗能企业（上年综合能耗5000吨标准煤以上的企业）综合")).status \
        is S.supported


def test_a_period_alone_in_brackets_dates_the_values_after_it() -> None:
    # (实现营业收入（1-9月）672.3亿元 after （2023年营业收入10亿元以上的企业）: the months'; was, a bracket's period
    # held to its closing bracket, and the bracket of a class's year before it was the period claimed; from bk16)
    src = ("全市38家重点监测企业（2023年营业收入10亿元以上的企业）实现营业收入（1-9月）512.6亿元，增长6.8%。"
           "全社会用电量（1-9月）86.4亿千瓦时，增长5.1%。")
    revenue = {"indicator": "重点监测企业营业收入", "value": 512.6, "unit": "亿元"}
    assert one({**revenue, "period": "1-9月"}, src).status is S.supported
    assert one({**revenue, "period": "2023年"}, src).status is not S.supported
    assert one({"indicator": "全社会用电量", "period": "1-9月", "value": 86.4, "unit": "亿千瓦时"}, src).status \
        is S.supported
    # (a bracket of a year and a word or two is an aside: 续建项目96个（上年结转） dates no value after it)
    later = "1-9月，全市续建项目82个（上年结转），新开工项目37个，完成工业投资76.4亿元，增长12.9%。"
    assert one({"indicator": "工业投资增速", "period": "1-9月", "value": 12.9, "unit": "%", "measure": "growth"},
               later).status is S.supported


def test_a_forecast_goes_on_through_later_measures_of_its_sentence() -> None:
    # (今年第一季度，…预计完成产值10.9亿元，同比增长72.2%，实现增加值6.55亿元，增速70%: all foreseen; was, the values
    # after the last 预计 were read as results where the sentence writes its period; from development sets 164, 181)
    src = ("今年第一季度，全县规上白酒企业预计实现产量3600千升，预计完成产值9.4亿元，同比增长61%，"
           "实现增加值5.2亿元，增速58%。")
    value_added = {"indicator": "规上白酒企业增加值", "period": "第一季度", "value": 5.2, "unit": "亿元"}
    assert one({**value_added, "kind": "forecast"}, src).status is S.supported
    assert one({**value_added, "kind": "actual"}, src).status is S.misattributed
    # (a count of things of its own after a forecast is no part of it: …预计新增产值117.7亿元，市级重点跟踪17个…增长点)
    tracked = "2024年全市新增产值2000万元以上重大增长点46个，预计新增产值96.3亿元，市级重点跟踪14个亿元以上重大增长点。"
    assert one({"indicator": "市级重点跟踪亿元以上重大增长点", "value": 14, "unit": "个"}, tracked).status \
        is S.supported


def test_a_year_in_an_aside_is_not_the_year_of_the_values_after_it() -> None:
    # (全市规上工业企业（2023年营业收入2000万元以上的企业）1147家，实现营业收入… on a page of 2024: 2024's; was, the
    # bracket's year was the year in force, and claims of 2023年1-7月 passed; from break-it pass bk17)
    src = ("1-7月全市工业经济运行情况\n发布时间：2024-08-21  来源：东江市统计局\n1-7月，全市完成工业投资126.4亿元。\n"
           "全市规上工业企业（2023年营业收入2000万元以上的企业）968家，实现营业收入1142.7亿元，同比增长5.7%。")
    claim = {"indicator": "规上工业企业营业收入", "value": 5.7, "unit": "%", "measure": "growth"}
    assert one({**claim, "period": "2024年1-7月"}, src).status is S.supported
    assert one({**claim, "period": "2023年1-7月"}, src).status is not S.supported


def test_a_respectively_list_s_later_items_take_the_measure_its_first_leaves_out() -> None:
    # (沙发产值增长…，床垫、橱柜分别增长…: each of the list is of 产值, which its part writes before it)
    src = "1-6月，全县家具产业实现产值86.1亿元。其中，沙发产值增长12.4%，床垫、橱柜分别增长5.6%和3.2%。"
    grown = {"period": "1-6月", "value": 3.2, "unit": "%", "measure": "growth"}
    assert one({**grown, "indicator": "橱柜产值"}, src).status is S.supported
    assert one({**grown, "indicator": "橱柜产量"}, src).status not in (S.supported, S.derived)


def test_a_running_total_after_the_month_a_sentence_opens_with_holds_only_to_its_sentence_s_end() -> None:
    # (11月份，…当月增长7.9%，1—11月累计增长6.4%。…: an aside on the year to date; the month resumes after it)
    src = "11月份，全县规上工业增加值当月增长7.2%，1—11月累计增长5.9%。全县新开工亿元以上项目12个，竣工投产7个。"
    count = {"indicator": "新开工亿元以上项目", "value": 12, "unit": "个"}
    assert one({**count, "period": "11月"}, src).status is S.supported
    assert one({**count, "period": "1-11月"}, src).status not in (S.supported, S.derived)


def test_a_breakdown_after_qizhong_is_of_the_whole_before_it_whatever_its_unit() -> None:
    # (实现营业收入126.3亿元，同比增长14.8%。其中，储能增长41.2%: the parts' growth is of 营业收入)
    src = "前三季度，全县新能源产业实现营业收入126.3亿元，同比增长14.8%。其中，储能增长41.2%，光伏增长9.6%。"
    grown = {"period": "前三季度", "value": 41.2, "unit": "%", "measure": "growth"}
    assert one({**grown, "indicator": "储能营业收入"}, src).status is S.supported
    assert one({**grown, "indicator": "储能产量"}, src).status not in (S.supported, S.derived)


def test_years_after_bi_are_bases_and_quarters_listed_before_fenbie_date_their_values() -> None:
    src = "2024年，全县规上工业总产值比2022年、2023年分别增长21.5%和8.3%。"
    grown = {"indicator": "规上工业总产值", "value": 21.5, "unit": "%", "measure": "growth"}
    assert one({**grown, "period": "2022年"}, src).status not in (S.supported, S.derived)
    quarters = "一季度、二季度、三季度，全县规上工业增加值分别增长4.2%、5.1%和6.3%。"
    grown = {"indicator": "规上工业增加值", "value": 4.2, "unit": "%", "measure": "growth"}
    assert one({**grown, "period": "一季度"}, quarters).status is S.supported
    assert one({**grown, "period": "三季度"}, quarters).status not in (S.supported, S.derived)


def test_a_sibling_place_after_a_firm_s_part_is_not_of_the_firm_s_measure_and_wei_after_a_share_is_a_share() -> None:
    src = ("分市州看，兰州市规上工业增加值增长5.4%，天水市增长8.1%，其中华科电子营业收入增长15.3%；酒泉市增长10.4%。\n"
           "从占比看，兰州市规上工业增加值占全省比重为24.6%，酒泉市为7.3%。")
    for claim in ({"indicator": "酒泉市营业收入", "value": 10.4, "unit": "%", "measure": "growth"},
                  {"indicator": "酒泉市规上工业增加值", "value": 7.3, "unit": "%", "measure": "growth"}):
        assert one(claim, src).status not in (S.supported, S.derived), claim


def test_a_gap_past_the_year_s_goal_names_no_subject_of_its_own() -> None:
    # (…增长8.2%，超年度预期目标0.7个百分点: the gap is of what grew, its subject the clause chain's)
    src = "1-9月，全县规上工业增加值增长8.2%，超年度预期目标0.7个百分点；工业投资增长11.6%，超年度目标1.6个百分点。"
    gap = {"indicator": "规上工业增加值增速超年度预期目标", "value": 0.7, "unit": "个百分点", "measure": "change"}
    assert one(gap, src).status is S.supported
    assert one({**gap, "indicator": "工业投资增速超年度目标"}, src).status not in (S.supported, S.derived)


def test_a_count_in_its_pool_s_counter_is_of_the_pool_wherever_it_sits() -> None:
    # (60户规上工业企业中，产值同比增长38户: the 38 are of the 60 firms, though the count ends its clause)
    src = "全县60户规上工业企业中，产值同比增长38户。"
    count = {"indicator": "产值同比增长的规上企业", "value": 38, "unit": "户"}
    assert one(count, src).status is S.supported


def test_values_bracketed_after_names_opened_by_fenbie_take_the_measure_the_clause_before_counts() -> None:
    # (工业投资增幅超过全市平均水平的有3个县区，分别为甲县(21.3%)…: each a county's 工业投资 growth)
    src = ("1-6月，全市工业投资增长9.1%。工业投资增幅超过全市平均水平的县区有3个，"
           "分别为平江县(21.3%)、湘阴县(15.2%)、汨罗市(12.4%)。")
    grown = {"value": 15.2, "unit": "%", "measure": "growth", "period": "1-6月"}
    assert one({**grown, "indicator": "湘阴县工业投资"}, src).status is S.supported


def test_a_gap_to_a_place_right_after_a_growth_is_a_gap_between_growth_rates() -> None:
    # (…同比增长5.2%，快于全省1.4个百分点: 增速快于全省, though the gap's clause leaves 增长 out)
    src = ("上半年，滨江市地区生产总值完成812.3亿元，同比增长5.2%，快于全省1.4个百分点。规上工业增加值同比增长6.8%，"
           "快于全省2.3个百分点。一般公共预算收入完成41.6亿元，同比增长4.1%，快于全省0.9个百分点。")
    gap = {"indicator": "地区生产总值增速快于全省", "value": 1.4, "unit": "个百分点", "measure": "change"}
    assert one(gap, src).status is S.supported
    assert one({**gap, "value": 2.3}, src).status not in (S.supported, S.derived)


def test_a_sentence_opening_on_a_measure_alone_goes_on_with_the_count_of_projects_before_it() -> None:
    # (…安排重点技改项目52项，…。1-9月项目累计完成投资41.7亿元: the 52 projects'; …共24项。总投资…，年度计划投资…:
    # the 24 projects' amounts, the plan too)
    src = ("今年全区安排重点技改项目52项，项目总投资86.4亿元，年度计划投资35.2亿元。1-9月项目累计完成投资41.7亿元，"
           "占年度计划的118.5%。\n2023年，我县市级重点产业项目共24项，其中：新建项目15项，续建项目9项。"
           "总投资132.5亿元，当年计划投资28.6亿元。")
    done = {"indicator": "重点技改项目累计完成投资", "value": 41.7, "unit": "亿元", "period": "1-9月"}
    assert one(done, src).status is S.supported
    assert one({"indicator": "市级重点产业项目总投资", "value": 132.5, "unit": "亿元"}, src).status is S.supported
    planned = {"indicator": "市级重点产业项目当年计划投资", "value": 28.6, "unit": "亿元", "kind": "target"}
    assert one(planned, src).status is S.supported
    # (not a part's: the 15 new projects have no amount of their own here)
    assert one({"indicator": "新建项目总投资", "value": 132.5, "unit": "亿元"}, src).status \
        not in (S.supported, S.derived)


def test_a_sentence_after_a_part_s_or_a_topic_of_its_own_goes_on_with_no_subject_before_it() -> None:
    # (其中，新开工项目14个。累计完成投资…: the whole's or the part's, not said; 在科技创新方面，… opens its own topic)
    src = ("全县重点工业项目36个，年度计划投资52亿元。其中，新开工项目14个。累计完成投资30.5亿元。\n"
           "全年地区生产总值增长5.6%。在科技创新方面，全市46项成果获省科技奖，占全省的21.4%。")
    assert one({"indicator": "新开工项目累计完成投资", "value": 30.5, "unit": "亿元"}, src).status \
        not in (S.supported, S.derived)
    share = {"indicator": "地区生产总值占全省比重", "value": 21.4, "unit": "%", "measure": "share"}
    assert one(share, src).status not in (S.supported, S.derived)


def test_a_forecast_reaches_over_the_wrapped_lines_of_its_sentence() -> None:
    # (a county report copied from a PDF: its lines cut at a width, one after an opening bracket and one before a
    # comma; was: each line's end was a full stop to the forecast, and the list's later figures passed as results)
    src = ("二、2018年工作回顾\n"
           "过去的一年，面对复杂严峻的外部环境，全县上下齐心协力、真抓实干，较好完成了县\n"
           "人大确定的各项目标任务。预计全年地区生产总值增长7.6%；规上工业增加值(按可\n"
           "比价计算)增长9%；一般公共预算总收入15.36亿元，增长3.1%，其中地方收入9.42亿元\n"
           "，增长2.5%；城镇居民人均可支配收入36218元、增长8.2%，农村居民人均可支配收入18\n"
           "405元、增长8.9%。\n"
           "一年来，我们主要做了以下工作：\n")
    reading = {src[a:b].replace("\n", ""): t.kind for (a, b), t in ties_of(src).items() if src[a - 1:a] != "第"
               and "年" not in src[a:b]}
    assert set(reading.values()) == {"forecast"}, reading
    revenue = {"indicator": "一般公共预算总收入", "value": 15.36, "unit": "亿元", "period": "全年"}
    assert check_figures(src, [{**revenue, "kind": "actual"}])[0].status not in (S.supported, S.derived)
    assert check_figures(src, [{**revenue, "kind": "forecast"}])[0].status == S.supported
    income = {"indicator": "农村居民人均可支配收入", "value": 18405, "unit": "元", "period": "全年"}
    assert check_figures(src, [{**income, "kind": "actual"}])[0].status not in (S.supported, S.derived)


def test_a_whole_place_after_占_is_the_whole_a_share_is_of_not_its_owner() -> None:
    # (全县…，占全省工业投资的比重为3.5%: the county's share of the province's; was: 全省, read as whose; from
    # development sets 223, 227, 229 and bk43, in my own sentences)
    assert level("全县完成工业投资…占全省工业投资的比重为") == 3
    assert level("我镇规上工业企业实现产值…占全县的") == 4
    assert level("进口值占全省份额为") == -1
    assert level("全省工业投资增长") == 1  # (a whole place as the subject is still its owner)


def test_a_whole_place_after_排名_is_the_pool_a_rank_is_among_not_the_owner() -> None:
    # (全县…增长6.2%，排名全市第三，其中…: the county ranks third among the city's counties; its parts after the rank
    # are still the county's; was: 全市, read as whose, left them open for a county's page; from development sets 222,
    # 230 and 232, in my own sentences)
    assert level("全县规上工业增加值增长…排名全市第三，其中纺织业增长") == 3
    assert level("工业用电量增速排名全省前列") == -1
    assert level("全市工业投资增长") == 2  # (a whole place as the subject is still its owner)
    src = ("1-9月，全县规模工业增加值同比增长6.2%，比1-8月提高0.3个百分点，排名全市第三，"
           "其中采矿业、制造业分别同比增长3.4%、7.1%。")
    made = {"indicator": "制造业增加值", "period": "1-9月", "value": 7.1, "unit": "%", "measure": "growth"}
    assert one(made, src).status == S.supported
    # (the mining figure claimed for manufacturing stays refused)
    assert one({**made, "value": 3.4}, src).status not in (S.supported, S.derived)


def test_ranks_listed_before_one_name_each_take_the_whole_name() -> None:
    # (省、市重点项目分别…; 申报省级、市级众创空间…家、…家: the name is written once after the last rank, and each
    # rank's list is named by all of it; was: the first item took the name's last word alone, 省项目, and a claim on the
    # 省 list lost to the 市 value, whose words hold 重点; from development sets 224, 232 and bk47, in my own sentences)
    src = "截至9月底，全区列入省、市重点项目分别为9个和27个，省、市重点项目分别完成年度投资计划的83.6%和77.1%。"
    rate = {"indicator": "省重点项目完成年度投资计划比例", "unit": "%", "period": "截至9月底", "measure": "share"}
    assert check_figures(src, [{**rate, "value": 83.6}])[0].status == S.supported
    assert check_figures(src, [{**rate, "value": 77.1}])[0].status not in (S.supported, S.derived)
    count = {"indicator": "省重点项目", "unit": "个", "period": "截至9月底"}
    assert check_figures(src, [{**count, "value": 9}])[0].status == S.supported
    assert check_figures(src, [{**count, "value": 27}])[0].status not in (S.supported, S.derived)
    spaces = "上半年，园区申报省级、市级众创空间6家、14家，数量均居全市前列。"
    claimed = {"indicator": "申报省级众创空间", "unit": "家", "period": "上半年"}
    assert check_figures(spaces, [{**claimed, "value": 6}])[0].status == S.supported
    assert check_figures(spaces, [{**claimed, "value": 14}])[0].status not in (S.supported, S.derived)


def test_a_share_of_a_goal_that_names_who_set_it_is_the_share_of_the_result_before_it() -> None:
    # (为市下8.5亿元目标的62.4%: the goal's setter and amount sit between the result and its share, and the share
    # names only the goal; was: the amount named the clause's subject, and the share's indicator went unread;
    # from development sets 224 and bk46, in my own sentences)
    src = ("截至7月底，东岭园区累计完成规模以上工业产值5.3亿元，为市下8.5亿元目标的62.4%，完成工业投资2.1亿元，"
           "为市下达目标（4亿元）的52.5%，新建标准厂房4000平方米。")
    output = {"indicator": "规模以上工业产值完成市下目标比例", "period": "截至7月底", "value": 62.4, "unit": "%",
              "measure": "share", "kind": "actual"}
    invest = {**output, "indicator": "工业投资完成市下达目标比例", "value": 52.5}
    assert one(output, src).status is S.supported
    assert one(invest, src).status is S.supported
    # (each share stays its own result's: under the sibling's indicator it is refused)
    assert one({**output, "value": 52.5}, src).status is S.misattributed
    assert one({**invest, "value": 62.4}, src).status is S.misattributed
    # (the goal's amount is the goal's, read with the result it is set for, never the result itself)
    goal = {"indicator": "规模以上工业产值", "period": "截至7月底", "value": 8.5, "unit": "亿元", "kind": "actual"}
    assert one(goal, src).status not in (S.supported, S.derived)
    assert one({**goal, "indicator": "工业投资", "value": 4}, src).status not in (S.supported, S.derived)


def test_a_share_opening_on_zongliang_is_the_share_of_the_one_amount_its_sentence_names() -> None:
    # (…完成投资…万元，同比增长…，总量占全县投资比重为…: 总量 stands for the amount before, no subject of its own; was:
    # 总量 named the share, which went unread; from development sets 223 and 232, in my own sentences)
    src = ("1-9月，全县固定资产投资同比下降3.2%。其中制造业投资42310万元，同比下降6.4%。"
           "基础设施投资增势明显，累计完成投资215460万元，同比增长9.7%，总量占全县投资比重为61.3%。")
    share = {"indicator": "基础设施投资占全县投资比重", "period": "1-9月", "value": 61.3, "unit": "%",
             "measure": "share", "kind": "actual"}
    assert one(share, src).status is S.supported
    electronics = ("去年，园区产业链条持续延伸。新能源电池产业发展势头强劲，营收突破820亿元，总量占全市的64%。"
                   "生物医药产业稳步壮大，实现营收96亿元。")
    battery = {"indicator": "新能源电池产业营收占全市比重", "period": "去年", "value": 64, "unit": "%",
               "measure": "share", "kind": "actual"}
    assert one(battery, electronics).status is S.supported


def test_a_share_of_zongliang_is_of_the_one_measure_its_sentence_names() -> None:
    # (丙地区到位资金…，占总量的…; 甲、乙…到位资金总量居前，分别占总量的…: the whole 总量 stands for is the measure
    # named before it in its sentence; was: 占总量 named no measure, and claims of the share went unread; from
    # development sets 227 and bk42, in my own sentences)
    src = ("1-6月，全省招商引资到位资金同比增长9.1%。全省16个市州中，甲市、乙市、丙州引进省外到位资金总量排名靠前，"
           "分别占总量的23.4%、16.8%、12.5%。从区域看，东部片区到位资金1520.6亿元，占总量的54.2%，同比增长10.3%。"
           "上半年全省实现营业收入3200亿元，利润总额210亿元，占总量的6.6%。")
    read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    for share in ("23.4%", "16.8%", "54.2%"):
        assert read[share].words.endswith("占到位资金"), read[share].words
    # (with two measures before it, which one 总量 stands for is not said: kept as written)
    assert read["6.6%"].words.endswith("占总量")
    share = {"indicator": "东部片区到位资金占比", "value": 54.2, "unit": "%", "measure": "share", "kind": "actual"}
    assert one(share, src).status is S.supported
    assert one({**share, "value": 10.3}, src).status not in (S.supported, S.derived)


def test_a_basis_is_no_word_of_what_a_value_measures() -> None:
    # (剔除留抵退税因素, 按可比价, 自然 of 自然增幅: how a value is reckoned, as 同口径 is, not a name: a value
    # written after them is its indicator's, read under the name before; 人口自然增长率 keeps its 自然, a rate's name)
    assert indicator_words("地方财政收入(剔除留抵退税因素同口径)") == indicator_words("地方财政收入")
    assert indicator_words("工业总产值(按可比价)") == indicator_words("工业总产值")
    assert indicator_words("自然增幅") == indicator_words("增幅")
    assert "自然" in indicator_words("人口自然增长率")
    got = ties_of("2023年，全县地方财政收入52.7亿元，自然增幅1.2%，同口径完成55.1亿元，增幅3.8%。")
    assert all("财政收入" in t.words for t in got.values())


def test_a_stage_s_rate_among_another_edition_s_projects_is_not_this_edition_s() -> None:
    # (截至目前，上届博览会签约的64个项目中，已开工50个，开工率78.1%: the rate of the last edition's projects, not of
    # this edition's signed projects the page opens with)
    src = ("本届博览会共签约项目72个，总投资860亿元。据统计，截至目前，上届博览会签约的64个项目中，已开工50个，"
           "开工率78.1%，累计到位资金215亿元。")
    this = {"indicator": "本届签约项目开工率", "value": 78.1, "unit": "%", "measure": "share"}
    assert check_figures(src, [this])[0].status not in (S.supported, S.derived)
    assert check_figures(src, [{**this, "indicator": "本届签约项目到位资金", "value": 215, "unit": "亿元",
                                "measure": "level"}])[0].status not in (S.supported, S.derived)


def test_a_product_named_by_one_character_is_a_subject_of_its_own() -> None:
    # (从主要产品产量看：…精制茶同比增长40.6%，砖同比增长26.6%，…自来水生产同比增长36.5%: 砖 is the product whose output
    # grew 26.6%, not a word of how 精制茶's changed; a claim of 砖产量 is of its own value, not of 自来水's, which
    # shares 产量 with it)
    src = ("1-5月，从主要产品产量看：商品混凝土同比增长3.1%，精制茶同比增长18.2%，砖同比增长9.4%，"
           "自来水生产同比增长6.7%，纱下降2.5%，中成药增长12%。")
    growth = {"unit": "%", "measure": "growth", "period": "1-5月"}
    for name, value in (("砖产量", 9.4), ("纱产量", -2.5), ("精制茶产量", 18.2)):
        assert check_figures(src, [{**growth, "indicator": name, "value": value}])[0].status is S.supported
    for name, value in (("精制茶产量", 9.4), ("砖产量", 18.2), ("砖产量", 6.7), ("纱产量", 9.4)):
        assert check_figures(src, [{**growth, "indicator": name, "value": value}])[0].status not in (S.supported,
                                                                                                      S.derived)


def test_a_share_of_a_goal_written_with_a_space_before_its_value_is_a_share() -> None:
    # (…到位资金7.6 亿元, 同比下降 30.6%,完成目标任务 28. 1%: the share of the goal, as 完成目标任务的28.1% is, though
    # a copy from a PDF sets a space before the value)
    src = "截至5月底，全县区外境内累计到位资金7.6 亿元, 同比下降 30.6%,完成目标任务 28. 1%。"
    claim = {"indicator": "区外境内累计到位资金", "value": 28.1, "unit": "%", "measure": "growth"}
    (wrong,) = check_figures(src, [claim])
    assert wrong.status is S.misattributed


def test_an_amount_of_deals_made_is_no_part_of_a_planned_outlay() -> None:
    # (签约金额, 合同投资额, 协议外资总投资额 after 其中 of projects brought in with a 计划总投资: what was signed is a
    # fact of the deals, not a share of the plan; the same part's 总投资 stays the plan's)
    src = ("今年前三季度，全县新签约招商项目58个，计划总投资316.4亿元，其中，先进制造业项目41个，合同金额247.2亿元，"
           "占比分别为70.7%、78.1%。")
    signed = {"indicator": "先进制造业项目合同金额", "period": "前三季度", "value": 247.2, "unit": "亿元",
              "measure": "level", "kind": "actual"}
    assert one(signed, src).status is S.supported
    assert one({**signed, "kind": "target"}, src).status is S.unconfirmed
    share = {"indicator": "先进制造业项目合同金额占比", "period": "前三季度", "value": 78.1, "unit": "%",
             "measure": "share", "kind": "actual"}
    assert one(share, src).status is S.supported
    src = "2024年，全区新引进项目37个，计划总投资86.2亿元，其中外资项目6个，协议外资总投资额7150万美元。"
    assert one({"indicator": "外资项目协议外资总投资额", "period": "2024年", "value": 7150, "unit": "万美元",
                "measure": "level", "kind": "actual"}, src).status is S.supported
    planned = "今年前三季度，全县新签约招商项目58个，计划总投资316.4亿元，其中，先进制造业项目41个，总投资247.2亿元。"
    assert one({**signed, "indicator": "先进制造业项目总投资", "kind": "target"}, planned).status is S.supported
    assert one({**signed, "indicator": "先进制造业项目总投资"}, planned).status not in (S.supported, S.derived)


def test_a_part_s_total_outlay_is_no_goal_where_the_whole_s_is_none() -> None:
    # (其中 after a total outlay and the year's planned outlay: the part's 总投资 is a part of the whole's 总投资,
    # what its projects cost, not of the 当年计划完成投资 written last before 其中; the part's own planned outlay
    # stays a goal)
    src = ("2025年，全区共安排市级重点项目58个，总投资246.8亿元、当年计划完成投资61.5亿元，其中续建项目22个、"
           "总投资139.4亿元、当年计划完成投资33.6亿元，新开工项目36个、总投资107.4亿元、当年计划完成投资27.9亿元。")
    cost = {"indicator": "续建项目总投资", "period": "2025年", "value": 139.4, "unit": "亿元", "measure": "level",
            "kind": "actual"}
    assert one(cost, src).status is S.supported
    assert one({**cost, "kind": "target"}, src).status not in (S.supported, S.derived)
    assert one({**cost, "indicator": "新开工项目总投资", "value": 107.4}, src).status is S.supported
    planned = {**cost, "indicator": "续建项目当年计划完成投资", "value": 33.6, "kind": "target"}
    assert one(planned, src).status is S.supported
    # (a whole that names only the year's planned outlay: its parts' 总投资 is still what they cost)
    batch = ("2025年，本批集中开工的项目当年计划完成投资18.6亿元，其中工业项目9个、总投资52.3亿元、当年计划完成投资"
             "11.2亿元。")
    assert one({**cost, "indicator": "工业项目总投资", "value": 52.3, "kind": "target"}, batch).status \
        not in (S.supported, S.derived)


def test_shares_of_as_many_wholes_after_one_zhan_are_each_of_its_own_whole() -> None:
    # (…项目…个，投资额…亿元，分别占A和B的x%、y%: x is the share of A, y of B, in order; the words the first whole
    # writes before its things, 本届签约, are the second whole's too; was: both values read with both wholes, so a
    # claim of either whole took the other's value)
    src = ("本届招商会共签约项目156个，其中，先进制造业项目97个、投资额486.5亿元，分别占本届签约项目总数和投资总额"
           "的62.2%和71.8%。")
    share = {"indicator": "先进制造业项目占本届签约投资总额比重", "value": 71.8, "unit": "%", "measure": "share"}
    assert one(share, src).status is S.supported
    assert one({**share, "value": 62.2}, src).status is S.misattributed
    count = {**share, "indicator": "先进制造业项目占本届签约项目总数比重", "value": 62.2}
    assert one(count, src).status is S.supported
    assert one({**count, "value": 71.8}, src).status is S.misattributed
    # (and where the values before are not read as the list's items: …中，有N个为…，总投资…，分别占…)
    src = "据统计，此次集中开工活动中，有48个为工业项目，总投资212亿元，分别占项目总数和投资总额的64%、81%。"
    assert one({**share, "indicator": "工业项目占项目总数比重", "value": 64}, src).status is S.supported
    assert one({**share, "indicator": "工业项目占项目总数比重", "value": 81}, src).status is S.misattributed


def test_the_year_s_goals_announced_on_a_line_of_their_own_are_each_of_the_year() -> None:
    # (全年目标：A增长x%，B y亿元。 after a paragraph of the months so far: every goal the line lists is the year's,
    # not only the one in 全年's own clause; a plan's year stays of its clause alone where no list is announced)
    src = ("1-8月，全区规上工业增加值增长6.4%，工业投资完成41.3亿元，增长9.7%。\n"
           "全年目标：规上工业增加值增长7.5%，工业投资完成65亿元，技改投资增长15%。")
    goal = {"indicator": "工业投资", "value": 65, "unit": "亿元", "period": "全年", "kind": "target"}
    assert one(goal, src).status is S.supported
    assert one({**goal, "indicator": "技改投资", "value": 15, "unit": "%", "measure": "growth"}, src).status \
        is S.supported
    assert one({**goal, "period": "1-8月"}, src).status not in (S.supported, S.derived)
    # (but the work done so far, written after the goals, is not the year's; nor are goals written 目标为…, in one
    # clause, a list)
    done = "1-9月，全县规上工业增加值增长6.1%。\n全年目标：新开工亿元以上项目50个，已开工38个，开工率76%。"
    assert one({"indicator": "已开工项目", "value": 38, "unit": "个", "period": "全年"}, done).status \
        not in (S.supported, S.derived)
    done = "1-9月，全县规上工业增加值增长6.1%。\n全年目标为新开工亿元以上项目50个，已开工38个，开工率76%。"
    assert one({"indicator": "开工率", "value": 76, "unit": "%", "period": "全年", "measure": "share"}, done).status \
        not in (S.supported, S.derived)
    plan = "全年计划新开工项目52个，已开工44个，开工率84.6%。"
    assert one({"indicator": "已开工项目", "value": 44, "unit": "个", "kind": "actual"}, plan).status is S.supported


def test_a_goal_s_whole_year_mid_paragraph_leaves_the_paragraph_s_opening_in_force() -> None:
    # (一季度，…。完成全年目标任务的26%；… / 占年度投资计划的48%。…: the whole year dates the goal the result is held
    # against, not the values written after it, which are still of the stretch the paragraph opens with; was: the
    # goal's 全年 or 年度 took the opening's place, and each later value was left with no period)
    src = ("园区经济稳步回升。一季度，全区技改投资完成8.6亿元，同比增长12.4%。完成全年技改目标任务的26.3%，"
           "超序时进度1.3个百分点。新入库技改项目17个，总投资21.5亿元。")
    done = {"indicator": "完成全年技改目标任务", "value": 26.3, "unit": "%", "measure": "share", "period": "一季度"}
    assert one(done, src).status is S.supported
    after = {"indicator": "新入库技改项目", "value": 17, "unit": "个", "period": "一季度"}
    assert one(after, src).status is S.supported
    assert one({**after, "period": "上半年"}, src).status is S.misattributed
    plan = ("项目建设提速。1-4月，全县重点项目完成投资23.1亿元，占年度投资计划的37.5%。"
            "计划新开工项目28个，已开工19个，开工率67.9%。")
    assert one({"indicator": "开工率", "value": 67.9, "unit": "%", "measure": "share", "period": "1-4月"},
               plan).status is S.supported
    # (but a plan's own sentence, 全年计划实施…，总投资…, is the plan's: its year still replaces the opening there, so
    # the plan's total claimed for the year is not refused for the months)
    own = "项目建设提速。1-4月，全县重点项目完成投资23.1亿元。全年计划实施重点项目46个，总投资182亿元。"
    assert one({"indicator": "重点项目总投资", "value": 182, "unit": "亿元", "period": "全年", "kind": "target"},
               own).status is not S.misattributed
    # (nor a year the paragraph goes on to report, 全年完成…, the result's own: it still replaces the opening)
    year = "项目建设提速。1-4月，全县重点项目完成投资23.1亿元。全年完成投资目标的112%，已开工19个。"
    assert one({"indicator": "已开工项目", "value": 19, "unit": "个", "period": "1-4月"}, year).status \
        is not S.supported


def test_the_breakdown_of_a_year_s_plan_in_the_next_sentence_is_still_the_plan_s() -> None:
    # (一季度，…。全年计划实施重点项目52个…。其中，新建项目28个: the plan's items, not the quarter's; was: the plan's
    # 全年 read as a goal's year past its sentence, so the quarter took the breakdown and refused the plan's claim)
    src = ("项目建设提速。一季度，全县重点项目完成投资21.6亿元。全年计划实施重点项目52个，总投资218亿元。"
           "其中，新建项目28个，续建项目24个。已开工项目19个。")
    plan = {"indicator": "新建项目", "period": "全年", "value": 28, "unit": "个", "kind": "target"}
    assert one(plan, src).status is not S.misattributed
    assert one({**plan, "period": "一季度", "kind": "actual"}, src).status is not S.supported
    # (a sentence after the breakdown is the quarter's again)
    assert one({"indicator": "已开工项目", "period": "一季度", "value": 19, "unit": "个"}, src).status is S.supported


@pytest.mark.parametrize("head", ["3、", "3.", "3．", ""])
def test_a_heading_numbered_in_digits_before_a_paragraph_s_opening_is_no_value_of_its_own(head: str) -> None:
    # (3、项目建设加快推进。1-5月，…。新开工项目…: the item's number is no value of the heading sentence, which heads
    # the paragraph as an unnumbered one does, so the stretch after it is the paragraph's opening; was: the digit read
    # as the heading's value, and the later sentence's values left with no period written)
    src = (f"{head}项目建设加快推进。1-5月，全县重点项目完成投资18.2亿元。新开工项目23个，开工率71.9%。")
    assert _tie(src, "23个").written is not None and _tie(src, "23个").written.raw == "1-5月"
    # (the paragraph's opening then refutes another stretch claimed, and confirms its own, on a page that writes
    # the year in an earlier item)
    page = ("1、经济运行总体平稳。全力推进2024年工业稳增长行动。\n"
            f"{head or '2、'}项目建设加快推进。预计1-5月全县重点项目完成投资18.2亿元。新开工项目23个，开工率71.9%。")
    claim = {"indicator": "新开工项目", "value": 23, "unit": "个", "period": "1-5月"}
    assert one(claim, page).status is S.supported
    assert one({**claim, "period": "一季度"}, page).status is S.misattributed


def test_a_whole_year_that_a_result_lays_the_ground_for_leaves_the_paragraph_s_opening_in_force() -> None:
    # (一季度，…，为全年…打下坚实基础。…: a hope for the year, which dates no value, so the values after it are still
    # of the quarter the paragraph opens with; was: the 全年 took the opening's place and they were left with none)
    src = ("工业生产开局良好。一季度，全县规上工业增加值同比增长7.2%，为全年工业稳增长打下坚实基础。"
           "新投产企业12家，新增产值3.4亿元。")
    claim = {"indicator": "新投产企业", "value": 12, "unit": "个", "period": "一季度"}
    assert one({**claim, "unit": "家"}, src).status is S.supported
    assert one({**claim, "unit": "家", "period": "上半年"}, src).status is S.misattributed
    laid = src.replace("为全年工业稳增长打下坚实基础", "为完成全年目标任务开好局")
    assert one({**claim, "unit": "家"}, laid).status is S.supported
    # (but a clause that reports the year, 全年新增产值…, is no hope: it still takes the opening's place)
    year = src.replace("为全年工业稳增长打下坚实基础", "全年工业稳中有进")
    assert one({**claim, "unit": "家"}, year).status is not S.supported


def test_a_period_naming_a_class_between_a_count_and_its_noun_dates_its_clause_alone() -> None:
    # (…等64个一季度开复工项目全部开工，…等14个市级重点项目已开工8个 claimed for the year in force: the class's
    # quarter was read as the period of every clause after it, and of the list's item before it)
    src = ("2024年，全县计划实施重点项目96个，总投资248亿元。其中，风电场等5个省重点项目、第二中学等38个"
           "二季度开复工项目全部开工，物流园等17个市级重点项目已开工11个，开工率64.7%。")
    claim = {"indicator": "市级重点项目已开工", "period": "2024年", "value": 11, "unit": "个"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "indicator": "市级重点项目", "value": 17}, src).status is S.supported
    assert one({**claim, "indicator": "省重点项目", "value": 5}, src).status is S.supported
    # (the class's own count keeps its quarter; the quarter is no period of the clauses after it)
    assert one({**claim, "indicator": "二季度开复工项目", "period": "二季度", "value": 38}, src).status is S.supported
    assert one({**claim, "period": "二季度"}, src).status not in (S.supported, S.derived)


@pytest.mark.parametrize("text, share, indicator", [
    ("前三季度，全县实际利用外资1.8亿美元，同比增长9%。完成全年外资目标任务的72.5%，超进度2.5个百分点。", "72.5%",
     "完成全年外资目标任务比例"),
    ("前三季度，全县招商到位资金38.6亿元。其中省外资金21.3亿元，完成全年30亿元目标任务的71%，居全市第3位。", "71%",
     "省外资金完成全年目标任务比例"),
    ("前三季度，全县27个重点项目完成投资19.2亿元，完成年度投资计划的76.8%。", "76.8%", "重点项目完成年度投资计划比例"),
], ids=["words between", "an amount between", "年度投资计划"])
def test_a_goal_s_year_dates_its_own_words_not_the_share_reached_after(text: str, share: str, indicator: str) -> None:
    # (完成全年外资目标任务的72.5%: 全年 is the goal's, the share is reached in the months reported; was: 全年 held
    # on from the goal's name, so the right months were left open and the whole year passed)
    got = _tie(text, share).period
    assert got is not None and got.months == (1, 9), got
    claim = {"indicator": indicator, "value": float(share[:-1]), "unit": "%", "measure": "share"}
    assert one({**claim, "period": "前三季度"}, text).status is S.supported
    assert one({**claim, "period": "全年"}, text).status not in (S.supported, S.derived)
    # the goal's own amount stays the year's
    if "30亿元" in text:
        assert _tie(text, "30亿元").period.months == (1, 12)


def test_a_milestone_or_a_run_remarked_between_values_names_nothing_after_it() -> None:
    # (…完成410.6亿元，首次突破400亿元大关，同比增长6.2%，高于全省增速1.9个百分点: the growth and the gap are still the
    # output's; was: the milestone's clause was read as what the values after it were of, and they were left open)
    src = ("2023年，全县规上工业总产值完成410.6亿元，首次突破400亿元大关，同比增长6.2%，高于全省增速1.9个百分点；"
           "固定资产投资完成88.3亿元，同比增长9.1%。")
    gap = {"indicator": "规上工业总产值增速高于全省", "period": "2023年", "value": 1.9, "unit": "个百分点"}
    assert one(gap, src).status is S.supported
    growth = {"indicator": "规上工业总产值", "period": "2023年", "value": 6.2, "unit": "%"}
    assert one(growth, src).status is S.supported
    # (the milestone's own bound is read as before, left open; and the gap is still no other measure's)
    assert one({**growth, "value": 400, "unit": "亿元", "qualifier": ">"}, src).status is S.unconfirmed
    assert one({**gap, "indicator": "固定资产投资增速高于全省"}, src).status not in (S.supported, S.derived)
    # (a run kept up, 连续11个月保持两位数增长, is such a remark too)
    run = ("1-11月，全市工业用电量同比增长12.4%，连续11个月保持两位数增长，高出全省平均水平3.8个百分点。"
           "全社会用电量增长7.7%。")
    claim = {"indicator": "工业用电量增速高出全省", "period": "1-11月", "value": 3.8, "unit": "个百分点"}
    assert one(claim, run).status is S.supported
    assert one({**claim, "indicator": "全社会用电量增速高出全省"}, run).status not in (S.supported, S.derived)


def test_a_gap_since_an_earlier_period_right_after_a_growth_is_a_gap_of_growth_rates() -> None:
    # (…同比增长6.2%，比一季度、上半年分别回落1.3、0.9个百分点: each gap is the growth rate's, as 快于全省 after a
    # growth is; was: its words kept the measure but not 增长, and beside the other measures' gaps a claim of 增速 was
    # left open)
    src = ("1-9月，全市客运量累计8120万人，同比增长3.1%，比上半年回落0.6个百分点；货运量累计12050万吨，同比增长6.2%，"
           "比一季度、上半年分别回落1.3、0.9个百分点；货物周转量累计251万吨公里，同比增长4.8%，比上半年回落1.2个百分点。")
    claim = {"indicator": "货运量增速比上半年", "period": "1-9月", "value": -0.9, "unit": "个百分点",
             "measure": "change"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "indicator": "货运量增速比一季度", "value": -1.3}, src).status is S.supported
    assert one({**claim, "indicator": "货物周转量增速比上半年", "value": -1.2}, src).status is S.supported
    # (and each stays its own measure's)
    assert one({**claim, "value": -1.2}, src).status not in (S.supported, S.derived)
    assert one({**claim, "indicator": "客运量增速比上半年", "value": -0.9}, src).status not in (S.supported, S.derived)


def test_a_breakdown_s_parts_take_the_measure_its_whole_names_once() -> None:
    # (分门类看 after 分经济类型看, a ；-part after a gap in points, parts after 其中: each item's growth is of the
    # measure the list's lead names once; was: the chain of values broke there and the items were left open, or
    # refused for the 高技术制造业增加值 beside them)
    src = ("1-8月，全县规模以上工业增加值同比增长6.8%。分经济类型看，国有控股企业增长2.4%，股份制企业增长7.5%。"
           "分门类看，采矿业同比下降3.2%，较上月回落1.5个百分点；制造业同比增长8.6%，较上月提高0.7个百分点。"
           "高技术制造业增加值增长15.1%。从重点产业看，四大主导产业产值612亿元、增长9.4%，其中，纺织、家具分别增长"
           "11.2%、5.3%。")
    assert _tie(src, "8.6%").left_out.endswith("增加值")
    claim = {"indicator": "制造业增加值", "period": "1-8月", "value": 8.6, "unit": "%"}
    assert one(claim, src).status is S.supported
    assert _tie(src, "11.2%").left_out == "产值"
    assert one({**claim, "indicator": "纺织产业产值", "value": 11.2}, src).status is S.supported
    # (an item's value under another item's name stays refused, and so does another measure)
    assert one({**claim, "indicator": "采矿业增加值"}, src).status not in (S.supported, S.derived)
    assert one({**claim, "indicator": "家具产业产值", "value": 11.2}, src).status not in (S.supported, S.derived)
    assert one({**claim, "indicator": "制造业营业收入"}, src).status not in (S.supported, S.derived)
    # (a part that names a measure of its own keeps it)
    own = "全市规模以上工业增加值增长6.8%。分行业看，汽车制造业营业收入增长4.2%；食品制造业利润增长3.1%。"
    assert _tie(own, "3.1%").left_out == ""


def test_a_year_a_comparison_measures_against_dates_no_value_after_it() -> None:
    # (基本恢复到2019年水平; 比此前最高的2019年增长; ，2017年同期21.3亿元，: the yardstick of a comparison, named past
    # the words that single it out or with its base value; was: each dated the values after it, so a right claim of
    # the year in force was refused)
    level = "2023年，全市旅游总收入基本恢复到2019年水平；规上工业企业研发投入占营业收入比重达2.6%，提高0.3个百分点。"
    share = {"indicator": "规上工业企业研发投入占营业收入比重", "value": 2.6, "unit": "%", "measure": "share",
             "period": "2023年"}
    assert check_figures(level, [share])[0].status is S.supported
    base = "2022年末，园区实现营业收入45.6亿元，2017年同期21.3亿元；上缴税金3.2亿元，入驻企业86户。"
    tax = {"indicator": "上缴税金", "value": 3.2, "unit": "亿元", "period": "2022年末"}
    assert check_figures(base, [tax])[0].status is S.supported
    assert check_figures(base, [{**tax, "period": "2017年"}])[0].status not in (S.supported, S.derived)
    named = "今年1-8月，全区完成进出口总额36.2亿元，比此前进出口额最高的2021年增长6.4%，提前完成全年目标。"
    over = {"indicator": "进出口总额比2021年", "value": 6.4, "unit": "%", "measure": "growth", "period": "1-8月"}
    assert check_figures(named, [over])[0].status is S.supported
    assert check_figures(named, [{**over, "indicator": "进出口总额"}])[0].status not in (S.supported, S.derived)


def test_a_rank_s_item_alone_before_fen_bie_is_read() -> None:
    # (a scrape that lost a list's other items, 省级、市级专精特新企业分别7家、12家 → 省级专精特新企业分别7家:
    # a list of one item opening with a rank had no items before it to read as ranks, and _ranks_listed's
    # IndexError failed the whole page, where the item opens its sentence; found by benchmarks/crash_hunt.py)
    src = "全市新增专精特新企业19家。省级专精特新企业分别7家。"
    got = check_figures(src, [{"indicator": "省级专精特新企业", "value": 7, "unit": "家"}])[0]
    assert got.status is S.supported and got.span == (src.index("7家"), src.index("7家") + 2)


def test_a_count_before_its_noun_takes_no_size_class_from_the_outlay_after_it() -> None:
    # (126个重点项目完成投资58亿元: the 58亿元 is the projects' outlay, the next value, no class of 亿元以上 projects;
    # an amount right before a count, 其中50亿元2个, still names its class)
    src = "今年，全县126个重点项目完成投资58亿元，其中50亿元2个。"
    read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    assert read["126个"].band is None
    assert read["2个"].band == (5e9, None, "以上")


def test_a_breakdown_s_lead_names_the_measure_of_the_items_after_it() -> None:
    # (从主要产品产量看 after a value of 增加值: each product's growth is of its output, the measure the lead names;
    # was: the value before's 增加值 was read as left out, and 钢材产量 refused as named otherwise)
    src = ("上半年，全县规模以上工业增加值同比增长7.3%，装备制造业增加值增长9.1%。从主要产品产量看，钢材增长12.6%，"
           "水泥下降4.2%，发电量增长3.5倍。")
    assert _tie(src, "12.6%").left_out == "产量"
    claim = {"indicator": "钢材产量", "period": "上半年", "value": 12.6, "unit": "%"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "indicator": "水泥产量", "value": -4.2}, src).status is S.supported
    # (another item's value, another measure, stay refused)
    assert one({**claim, "indicator": "水泥产量"}, src).status not in (S.supported, S.derived)
    assert one({**claim, "indicator": "钢材增加值"}, src).status not in (S.supported, S.derived)
    # (an item whose words name a measure of their own keeps it, and so does one after a word between that names one)
    own = "全县规模以上工业增加值增长7.3%。分产品产量看，钢材增长12.6%，建材行业实现产值45亿元，增长8.8%。"
    assert _tie(own, "8.8%").left_out != "产量"


_TRUSTED = (S.supported, S.derived)


@pytest.mark.parametrize("src", [
    # (其中…的有 after a whole named by its noun, with an amount and no count of its own)
    "前三季度，全县规模以上工业企业完成总产值86.4亿元，同比增长6.2%。其中产值同比增长的有52家，拉动增长9.3个百分点；"
    "产值同比下降的有31家；产值超亿元的企业有17家。",
    # (the same, 户 for firms and a month's stretch)
    "1-11月，全市规上工业企业实现营业收入312亿元。其中营业收入同比增长的有52户，营业收入同比下降的有31户。",
    # (with no 有: the 的 words alone say which firms are counted; the whole's noun alone was trusted for 52)
    "1-11月，全市规上工业企业实现营业收入312亿元。其中营业收入同比增长的52户，营业收入同比下降的31户。",
])
def test_a_part_counted_after_qi_zhong_is_read_under_its_whole_s_noun(src: str) -> None:
    # (其中…增长的有52家: 有 says there are so many, no word of what is counted; the whole's noun, 规上工业企业, is the
    # part's frame, so the part claimed under it with its own qualifier holds; was unconfirmed, 正有 read as a telling
    # word the claim lacks and the whole's noun as the name of the whole's amount)
    counter = "户" if "户" in src else "家"
    measure = "营业收入" if "营业收入" in src else "产值"
    grew = {"indicator": f"{measure}同比增长的规上工业企业", "value": 52, "unit": counter}
    fell = {"indicator": f"{measure}下降的规上工业企业", "value": 31, "unit": counter}
    assert one(grew, src).status is S.supported
    assert one({**grew, "indicator": f"{measure}增长的企业"}, src).status is S.supported
    assert one(fell, src).status is S.supported
    # (a sibling's value, and the part's value given to its whole, stay refused)
    assert one({**grew, "value": 31}, src).status is S.misattributed
    assert one({**fell, "value": 52}, src).status is S.misattributed
    assert one({**grew, "indicator": "规上工业企业"}, src).status not in _TRUSTED


def test_a_later_count_among_a_pool_is_counted_among_it_too() -> None:
    # (33个行业大类中有20个…，有9个行业实现两位数以上增长: the 9 are among the 33 as the 20 are, and the pool's
    # words are their frame, which a claim may leave out; was unconfirmed, 规上工业…大类 read as the 9's own words)
    src = "1-8月，全区规上工业33个行业大类中有20个行业增加值实现增长，增长面为60.6%，有9个行业实现两位数以上增长。"
    read = {src[a:b]: t for (a, b), t in ties_of(src).items()}
    assert read["9个"].under and read["9个"].under == read["20个"].under
    claim = {"indicator": "两位数以上增长的行业", "value": 9, "unit": "个"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "indicator": "增加值两位数以上增长的行业"}, src).status is S.supported
    # (the other count's name, the pool's own count and a count given to the pool stay refused)
    assert one({**claim, "indicator": "增加值实现增长的行业"}, src).status is S.misattributed
    assert one({**claim, "value": 20}, src).status is S.misattributed
    assert one({**claim, "indicator": "规上工业行业大类"}, src).status not in _TRUSTED
    # (a count whose words after it hold a number its words drop, 增速超过10%, is not pooled: what tells it from the
    # pool's others is not read, and the other count's name claimed for it must not pass)
    over = "1-8月，全区规上工业33个行业大类中有20个行业增加值实现增长，有9个行业增速超过10%。"
    assert one({**claim, "indicator": "增加值实现增长的行业"}, over).status not in _TRUSTED


def test_a_part_of_a_breakdown_by_size_keeps_its_own_name() -> None:
    # (其中产值10亿元以上企业12家: the part's own name; the whole's count and the part's swap stay refused)
    src = "全市规上工业企业215家，其中产值10亿元以上企业12家，高新技术企业47家。"
    claim = {"indicator": "产值10亿元以上企业", "value": 12, "unit": "家"}
    assert one(claim, src).status is S.supported
    assert one({**claim, "indicator": "规上工业企业"}, src).status is S.misattributed
    assert one({**claim, "value": 215}, src).status is S.misattributed
    assert one({**claim, "indicator": "规上工业企业中的高新技术企业", "value": 47}, src).status is S.supported


@pytest.mark.parametrize(("src", "sibling", "own"), [
    ("全区规上工业企业186户，其中亿元以上企业58户，产值增长的有109户。", "产值增长的亿元以上企业", "产值增长的企业"),
    ("全县规上工业企业152家，其中高新技术企业46家，利润增长的有83家。", "利润增长的高新技术企业", "利润增长的企业"),
    ("今年以来，全市新签约项目64个，其中工业项目41个，投资增长的有25个。", "投资增长的工业项目", "投资增长的签约项目"),
    ("全县规上工业企业152家。其中，民营企业131家，营业收入下降的有57家。", "营业收入下降的民营企业",
     "营业收入下降的企业"),
    # (the whole an amount, whose firms are not counted: the right claim is left open, as before)
    ("全县规上工业企业完成产值92.5亿元，其中高新技术企业46家，产值增长的有83家。", "产值增长的高新技术企业",
     ""),
])
def test_a_qualified_count_after_a_sibling_is_of_the_whole_s_things(src: str, sibling: str, own: str) -> None:
    # (其中亿元以上企业58户，产值增长的有109户: the 109 are among all 186, not among the 58; the count's own words
    # name no thing, and it takes its noun from the whole it is read under, never from the sibling before it; the
    # sibling's noun was read as its own, so its claim was trusted and the right one left open)
    value, counter = re.findall(r"(\d+)([户家个])。", src)[-1]
    claim = {"indicator": sibling, "value": int(value), "unit": counter}
    assert one(claim, src).status not in _TRUSTED
    assert not own or one({**claim, "indicator": own}, src).status is S.supported


@pytest.mark.parametrize("src", [
    "全县规上工业企业112家，其中产值增长的有64家。",
    "全县规上工业企业112家，其中，产值增长的有64家。",
    "全县规上工业企业完成产值86亿元，其中产值增长的有64家。",
    "全县规上工业企业完成产值86.2亿元，其中产值增长的有64家，产值下降的有41家。",
    "全区规上工业企业共计112户，其中产值增长的有64户。",
])
def test_a_qualified_count_in_its_whole_s_sentence_is_the_things_so_changed(src: str) -> None:
    # (全县规上工业企业112家，其中产值增长的有64家: the count's shown words open with the whole's noun, its frame, not
    # a kind of firm set against the claim's 产值增长的; was unconfirmed)
    counter = "户" if "户" in src else "家"
    claim = {"indicator": "产值增长的企业", "value": 64, "unit": counter}
    assert one(claim, src).status is S.supported
    assert one({**claim, "indicator": "产值增长企业"}, src).status is S.supported
    assert one({**claim, "indicator": "产值下降的企业"}, src).status not in _TRUSTED


@pytest.mark.parametrize(("src", "value"), [
    ("全县33个行业大类中有21个行业增加值增长，有12个行业增加值下降。", 12),
    ("全市35个行业大类中有23个行业增加值增长，有6个行业增加值下降，有4个重点园区产值超百亿元。", 6),
])
def test_a_count_pooled_under_its_whole_is_refused_under_the_whole_s_name(src: str, value: int) -> None:
    # (…中有21个…，有12个行业增加值下降: the 12 are counted among the 33, and the pool's words are their frame; a claim
    # naming only the pool, 行业大类, is the 33's name and stays refused; was unconfirmed)
    claim = {"indicator": "行业大类", "value": value, "unit": "个"}
    assert one(claim, src).status is S.misattributed
    assert one({**claim, "indicator": "增加值下降的行业"}, src).status is S.supported
