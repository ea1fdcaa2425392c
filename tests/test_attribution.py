"""Claim-level checking: the source's number under the wrong indicator, period or kind is
`misattributed`, a paraphrase of the right one is `supported` (issue 15)."""

from __future__ import annotations

from typing import Any

import pytest

from summariser import CheckStatus as S
from summariser import check_figures, check_text
from summariser.numbers.attribution import parse_period

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
    ({"indicator": "规上工业增加值增速", "period": "全年", "value": 9.6, "unit": "%"}, "claims it for 全年"),
    ({"indicator": "工业投资", "period": "一季度", "value": 85, "unit": "亿元", "kind": "actual"},
     "claims it as actual"),
    ({"indicator": "规上工业增加值增速", "value": 9, "unit": "%", "qualifier": "~", "kind": "actual"},
     "claims it as actual"),
], ids=["another indicator's value", "another list item", "the look-alike", "another period",
        "a target as actual", "a forecast as actual"])
def test_the_wrong_indicator_period_or_kind_is_misattributed_with_both_sides(claim: dict[str, Any],
                                                                            says: str) -> None:
    v = one(claim)
    assert v.status is S.misattributed, v.reason
    assert says in v.reason and "source gives" in v.reason


@pytest.mark.parametrize("a, b", [("一季度", "第一季度"), ("一季度", "1—3月"), ("第一季度", "1-3月份"),
                                  ("1至10月", "1—10月"), ("前三季度", "1-9月"), ("上半年", "1至6月")])
def test_equivalent_writings_are_one_period(a: str, b: str) -> None:
    pa, pb = parse_period(a), parse_period(b)
    assert pa is not None and pb is not None and not pa.conflicts(pb)


@pytest.mark.parametrize("a, b", [("一季度", "全年"), ("1-9月", "1-10月"), ("正月初七", "正月初十"),
                                  ("2023年", "2024年")])
def test_different_periods_conflict(a: str, b: str) -> None:
    pa, pb = parse_period(a), parse_period(b)
    assert pa is not None and pb is not None and pa.conflicts(pb)


def test_the_period_in_force_is_the_nearest_before_and_one_written_after_does_not_contradict() -> None:
    titled = "2024年上半年工业运行简报\n新增规上工业企业12家。"
    claim = {"indicator": "新增规上工业企业", "period": "1-3月", "value": 12, "unit": "家"}
    assert one(claim, titled).status is S.misattributed  # the title's 上半年 is in force
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
    assert one({"indicator": "低于全市平均", "value": 8.4, "unit": "个百分点"}, src).status is S.supported
    assert one({"indicator": "高于全市平均", "value": 8.4, "unit": "个百分点"}, src).status is S.misattributed
    assert one({"value": 8.4, "unit": "个百分点"}, src).status is S.unsupported  # no words, no direction
    assert one({"value": -8.4, "unit": "个百分点"}, src).status is S.supported
