"""The cross-checker: verdict rules on sentences written for these tests, and perturbed real figures."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from summariser import CheckStatus, Figure, check_figures, check_text, extract_quantities
from summariser.numbers.source import read_source
from summariser.numbers.units import number_text

S = CheckStatus
EXAMPLES = sorted((Path(__file__).parent.parent / "examples" / "articles").glob("*.txt"))

SRC = ("1至9月，全区规模以上工业增加值同比增长7.8%，高于全市1.2个百分点；规上工业总产值完成486.3亿元。"
       "新增规上企业26家，在建亿元以上项目112个，其中5亿元至10亿元项目21个。企业投入约3500万元新建两条生产线，"
       "日产轴承从1.2万套增加到2万套。工业用电量同比下降0.8%。营收是去年的2.5倍。市场占有率达到4成。"
       "打造“433”工程。联系电话：0710-3512345，邮编：441021，鄂ICP备12003456号。")


def verdict(claim: dict[str, Any], source: str = SRC) -> CheckStatus:
    return check_figures(source, [claim])[0].status


@pytest.mark.parametrize(
    "claim",
    [
        {"value": 486.3, "unit": "亿元"},
        {"value": 48630000000, "unit": "元"},
        {"value": 4863000, "unit": "万元"},
        {"value": 0.04863, "unit": "万亿元"},
        {"value": 48.63, "unit": "billion yuan"},
        {"value": 7.8, "unit": "%", "measure": "growth"},
        {"value": 1.2, "unit": "个百分点"},
        {"value": 26, "unit": "家"},
        {"value": 2, "unit": "条"},
        {"value": 3500, "unit": "万元", "qualifier": "~"},
        {"value": 0.35, "unit": "亿元"},
        {"value": 112, "unit": "个"},
        {"value": 1, "unit": "亿元", "qualifier": ">="},
        {"value": 5, "unit": "亿元", "value_high": 10},
        {"value": -0.8, "unit": "%"},
        {"value": 150, "unit": "%", "measure": "growth"},  # 2.5倍 of last year
        {"value": 2.5, "unit": "倍"},
        {"value": 40, "unit": "%"},
        {"value": 4, "unit": "成"},
        {"value": 2, "unit": "万套"},
    ],
)
def test_supported(claim: dict[str, Any]) -> None:
    assert verdict(claim) is S.supported


@pytest.mark.parametrize(
    "claim, says",
    [
        ({"value": 4863, "unit": "亿元"}, "10×"),
        ({"value": 486.3, "unit": "万元"}, "10,000×"),
        ({"value": 684.3, "unit": "亿元"}, "486.3亿元"),
        ({"value": 7.8, "unit": "个百分点"}, "percentage points"),
        ({"value": 1.2, "unit": "%"}, "a percentage"),
        ({"value": 26, "unit": "个"}, "家"),
        ({"value": 26, "unit": "亿元"}, "money"),
        ({"value": 3500, "unit": "万元", "qualifier": ">"}, "stronger qualifier"),
        ({"value": 3500, "unit": "万元", "qualifier": ">="}, "stronger qualifier"),
        ({"value": 0.8, "unit": "%", "measure": "growth"}, "opposite sign"),
        ({"value": 250, "unit": "%", "measure": "growth"}, "growth of 150%"),
        ({"value": 4, "unit": "%"}, "10×"),
        ({"value": 9, "unit": "个"}, "date"),
        ({"value": 5, "unit": "亿元", "value_high": 20}, "5亿元至10亿元"),
        ({"value": 3, "unit": "条"}, "两条"),
    ],
)
def test_unsupported_with_a_reason_naming_the_difference(claim: dict[str, Any], says: str) -> None:
    v = check_figures(SRC, [claim])[0]
    assert v.status is S.unsupported, v
    assert says in v.reason, v.reason


@pytest.mark.parametrize(
    "claim, how",
    [
        ({"value": 8000, "unit": "套"}, "2万套 − 1.2万套"),
        ({"value": 0.8, "unit": "万套"}, "2万套 − 1.2万套"),
        ({"value": 6.6, "unit": "%"}, "7.8% − 1.2个百分点"),
        ({"value": 9.0, "unit": "%"}, "7.8% + 1.2个百分点"),
        ({"value": 91, "unit": "个"}, "112个 − 21个"),
    ],
)
def test_derived(claim: dict[str, Any], how: str) -> None:
    v = check_figures(SRC, [claim])[0]
    assert v.status is S.derived, v
    assert v.matched == how


def test_derived_needs_one_sentence() -> None:
    # 26家 and 112个 are in different sentences and different units; 26 + 21 sums across sentences
    assert verdict({"value": 47, "unit": "个"}) is S.unsupported


def test_ratio_derived_within_a_sentence() -> None:
    src = "完成工业投资158亿元，其中技改投资62.4亿元。"
    assert verdict({"value": 39.5, "unit": "%", "measure": "share"}, src) is S.derived
    assert verdict({"value": 39.5, "unit": "%", "measure": "growth"}, src) is S.unsupported


@pytest.mark.parametrize(
    "claim",
    [{"value": 433, "unit": "个"}, {"value": 3512345, "unit": ""}, {"value": 441021, "unit": ""},
     {"value": 12003456, "unit": ""}],
)
def test_labels_and_codes_are_not_quantities(claim: dict[str, Any]) -> None:
    assert verdict(claim) is S.not_a_quantity


def test_quote_not_in_source_is_not_trusted() -> None:
    v = check_figures(SRC, [{"value": 26, "unit": "家", "quote": "新增规上企业共计26家"}])[0]
    assert v.status is S.unconfirmed and "quote is not in the source" in v.reason  # the number is there
    bad = check_figures(SRC, [{"value": 27, "unit": "家", "quote": "新增规上企业27家"}])[0]
    assert bad.status is S.unsupported


def test_quote_picks_the_matching_occurrence() -> None:
    src = "甲县新增企业12家。乙县新增企业12家。"
    v = check_figures(src, [{"value": 12, "unit": "家", "quote": "乙县新增企业12家"}])[0]
    assert v.span is not None and src[v.span[0]:v.span[1]] == "12家" and v.span[0] > 10


def test_a_quote_the_page_writes_twice_may_be_either_place() -> None:
    src = ("一季度，新签约项目32个，其中10亿元以上项目1个；新开工项目26个，其中10亿元以上项目1个。"
           "全年新增入库项目40个。")
    begun = {"indicator": "10亿元以上新开工项目", "period": "一季度", "value": 1, "unit": "个", "kind": "actual",
             "quote": "其中10亿元以上项目1个"}
    v = check_figures(src, [begun])[0]
    assert v.status is S.supported and v.span is not None and v.span[0] > src.index("新开工")


def test_figure_objects_and_unknown_units() -> None:
    fig = Figure(indicator="规上工业总产值", value=486.3, unit="亿元", quote="规上工业总产值完成486.3亿元")
    bad_unit = {"value": 3, "unit": "furlongs"}
    got = check_figures(SRC, [fig, bad_unit])
    assert got[0].status is S.supported and got[0].canonical_value == pytest.approx(4.863e10)
    assert got[0].canonical_unit == "元"
    assert got[1].status is S.not_a_quantity and "furlongs" in got[1].reason


def test_span_points_into_raw_source_with_ruby() -> None:
    src = "力爭(zhēng)一季度工業(yè)技改投資達(dá)23億元以上"
    v = check_figures(src, [{"value": 23, "unit": "亿元", "qualifier": ">="}])[0]
    assert v.status is S.supported and v.span is not None
    assert src[v.span[0]:v.span[1]] == "23億元以上"


@pytest.mark.parametrize(
    "text, statuses",
    [
        ("Output value reached 48.63 billion yuan, up 7.8% year on year.", ["supported", "supported"]),
        ("Growth beat the city average by 1.2 percentage points.", ["supported"]),
        ("26 new enterprises were added.", ["supported"]),
        ("Industrial output value was 4.863 billion yuan.", ["unsupported"]),
        ("Power use fell 0.8%.", ["supported"]),
        ("Power use rose 0.8%.", ["unsupported"]),
        ("About RMB 35 million went into two new lines.", ["supported", "supported"]),
        ("全区规上工业总产值486.3亿元，增长7.8%", ["supported", "supported"]),
        ("全区规模以上工业增加值同比增长7.8%，高于全市1.2个百分点", ["supported", "supported"]),
        ("2023年全区新增规上企业62家", ["not_a_quantity", "unsupported"]),
    ],
)
def test_check_text(text: str, statuses: list[str]) -> None:
    got = check_text(SRC, text)
    assert [c.status.value for c in got] == statuses, [(c.raw, c.reason) for c in got]
    for c in got:
        assert text[c.text_span[0]:c.text_span[1]] == c.raw


# ---- the same rules on whole articles: every figure of the examples, as written and perturbed


def _figures() -> list[tuple[str, Any]]:
    out = []
    for p in EXAMPLES:
        text = p.read_text(encoding="utf-8")
        # (the checker's reading: not the figures of links to other articles after the article)
        out += [(text, q) for q in read_source(text).quantities]
    return out


FIGS = _figures()


def _exists(text: str, value: float, unit: str) -> bool:
    return any(math.isclose(q.value, value, rel_tol=1e-9) and q.unit == unit for q in extract_quantities(text))


@pytest.mark.parametrize("text, q", FIGS, ids=[q.raw for _, q in FIGS])
def test_every_example_figure_as_written_and_converted_is_supported(text: str, q: Any) -> None:
    as_written = {"value": q.written_value, "unit": q.written_unit, "qualifier": q.qualifier,
                  "value_high": None if q.value_high is None else q.value_high / (q.value / q.written_value)}
    canonical = {"value": q.value, "unit": q.unit, "value_high": q.value_high}
    for claim in (as_written, canonical):
        v = check_figures(text, [claim])[0]
        assert v.status is S.supported, (claim, v.reason)


@pytest.mark.parametrize("text, q", FIGS, ids=[q.raw for _, q in FIGS])
def test_every_example_figure_perturbed_is_rejected(text: str, q: Any) -> None:
    if q.value_high is not None:
        pytest.skip("ranges are perturbed in test_unsupported_with_a_reason_naming_the_difference")
    perturbed = [
        {"value": q.value * 10, "unit": q.unit},
        {"value": q.value / 100, "unit": q.unit},
        {"value": q.value + (1 if abs(q.value) < 1e4 else q.value / 7), "unit": q.unit},
        {"value": q.value, "unit": "家" if q.unit == "元" else "元"},
        {"value": -q.value, "unit": q.unit, "measure": "growth"},
    ]
    if q.qualifier in ("~", "<", "<="):
        perturbed.append({"value": q.value, "unit": q.unit, "qualifier": ">"})
    for claim in perturbed:
        if _exists(text, claim["value"], claim["unit"]):
            continue  # the perturbed number really is in the article
        v = check_figures(text, [claim])[0]
        assert v.status in (S.unsupported, S.derived, S.not_a_quantity), (claim, v)
        if v.status is S.unsupported:  # the reason names the claimed number
            assert number_text(abs(claim["value"])) in v.reason.replace(",", ""), (claim, v.reason)


@pytest.mark.parametrize(
    "text, status",
    [("about 2 billion yuan", "supported"), ("1.96 billion yuan", "supported"), ("1.6 billion yuan", "unsupported"),
     ("2.5 billion yuan", "unsupported")],
)
def test_rounded_english_claims_within_half_a_digit_and_5_percent(text: str, status: str) -> None:
    got = check_text("全年完成产值19.6亿元", text)
    assert [c.status.value for c in got] == [status], [c.reason for c in got]
    if text == "about 2 billion yuan":
        assert "rounds" in got[0].reason


def test_a_bare_number_copied_from_the_source_is_supported() -> None:
    src = "紧盯全球、中国500强企业，引进项目。"
    got = check_text(src, "对接中国500强企业")
    assert [(c.raw, c.status.value) for c in got] == [("500", "supported")]
    assert check_text(src, "对接中国600强企业")[0].status.value == "unsupported"


def test_a_figure_dict_with_an_unhashable_field_is_still_checked() -> None:
    fig = {"value": 8.5, "unit": "%", "quote": "增长8.5%", "flags": ["x"], "measure": "growth"}
    hashable = check_figures("全市规上工业增加值增长8.5%。", [fig])
    odd = check_figures("全市规上工业增加值增长8.5%。", [{**fig, "quote": ["增长8.5%"]}])
    assert hashable[0].status.value == "supported" and odd[0].status.value == "supported"


@pytest.mark.parametrize("claim", [
    {"value": float("-inf"), "unit": "%"}, {"value": float("inf"), "unit": "亿元", "qualifier": "~"},
    {"value": float("nan"), "unit": "%"}, {"value": 1e308, "unit": "万亿元"}, {"value": 1e999, "unit": "亿元"},
    {"value": 5, "unit": "亿元", "value_high": float("inf")}, {"text": "1" + "0" * 400 + " yuan"},
], ids=["-inf", "inf~", "nan", "overflow", "1e999", "inf-range", "400-digit-english"])
def test_a_number_that_is_not_finite_is_unsupported_with_a_reason(claim: dict[str, Any]) -> None:
    v = check_figures("全市工业投资同比增长34%以上，完成390亿元。", [claim])[0]
    assert v.status.value == "unsupported" and "not a finite number" in v.reason
    assert v.canonical_value is None and len(v.reason) < 200


def test_a_number_too_long_to_be_finite_in_the_source_is_no_quantity_and_breaks_nothing() -> None:
    src = "工业产值" + "9" * 310 + "亿元，增长5%。投资1" + "0" * 305 + "亿元。"
    assert [(q.value, q.unit) for q in extract_quantities(src)] == [(5.0, "%")]
    assert check_figures(src, [{"value": 5, "unit": "亿元"}])[0].status.value == "unsupported"
    assert check_figures(src, [{"value": 5, "unit": "%"}])[0].status.value == "supported"
    assert [c.status.value for c in check_text(src, "产值增长5%，投资3亿元")] == ["supported", "unsupported"]


def test_a_whole_and_its_own_part_do_not_add_up() -> None:
    src = "全县规上工业企业120家，其中新增规上工业企业15家。"
    assert check_figures(src, [{"value": 135, "unit": "家"}])[0].status is not S.derived
    assert check_figures(src, [{"value": 105, "unit": "家"}])[0].status is S.derived  # the rest is a real figure


def test_a_traditional_quote_is_found_in_a_simplified_source() -> None:
    src = "全年完成技改投资18亿元，13个技改增资项目顺利实施。"
    v = check_figures(src, [{"value": 13, "unit": "个", "quote": "13個技改增資項目順利實施"}])[0]
    assert v.status is S.supported and v.span is not None and src[v.span[0]:v.span[1]] == "13个"


@pytest.mark.parametrize(("source", "claim", "trusted"), [
    ("项目总投资12亿美元。", {"value": 12, "unit": "亿"}, False),  # a bare scale is yuan, not dollars
    ("项目总投资12亿元。", {"value": 12, "unit": "亿"}, True),
    ("规上工业增加值增长49.8%。", {"value": 49.8, "unit": ""}, False),  # the source's unit left out
])
def test_a_claim_without_the_sources_unit_is_not_the_sources_figure(source: str, claim: dict[str, Any],
                                                                    trusted: bool) -> None:
    assert (check_figures(source, [claim])[0].status is S.supported) is trusted


def test_a_share_is_never_derived_above_the_whole() -> None:
    # 20万吨/年 ÷ 5万吨/年 is 4: no share of anything, however the claim is written (40成 = 400%)
    src = "稻米深加工项目产能由5万吨/年扩至20万吨/年。"
    got = check_figures(src, [{"indicator": "技改投资占工业投资比重", "value": 40, "unit": "成", "measure": "share"}])
    assert got[0].status is CheckStatus.unsupported


def test_a_bare_number_supports_a_claim_only_inside_its_quote() -> None:
    src = "一、2024年工作完成情况\n1.经济指标。全县规上工业增加值增长7.2%，工业投资完成86亿元。"
    # a unitless 1 whose quote holds no number is not the list number 1. of the heading
    claim = {"indicator": "规上工业增加值", "value": 1, "unit": "", "quote": "全县规上工业增加值增长"}
    got = check_figures(src, [claim])
    assert got[0].status not in (CheckStatus.supported, CheckStatus.derived)
    got = check_figures(src, [{"indicator": "经济指标", "value": 1, "unit": "", "quote": "1.经济指标"}])
    assert got[0].status is CheckStatus.supported


def test_a_summary_s_comparison_base_is_no_period_of_its_number() -> None:
    source = ("全年全县规模以上工业企业实现利润总额42.6亿元，较上年减少9.6亿元；"
              "白酒产量31.2万千升，较上年增加1.9万千升。")
    got = check_text(source, "规上工业企业利润总额较上年减少9.6亿元，白酒产量较上年增加1.9万千升。")
    assert [g.status for g in got] == [CheckStatus.supported, CheckStatus.supported]


def test_a_figure_only_in_links_to_other_articles_is_not_the_article_s() -> None:
    src = ("全市累计签约项目96个，签约额512亿元，到位资金188.6亿元。\n【打印】【关闭】\n"
           "相关信息：·河阳市一季度招商引资到位资金97.3亿元\n")
    got = check_figures(src, [{"indicator": "招商引资到位资金", "value": 97.3, "unit": "亿元"},
                              {"indicator": "到位资金", "value": 188.6, "unit": "亿元"}])
    assert got[0].status is CheckStatus.unsupported and got[1].status is CheckStatus.supported


def test_full_width_decimal_points_and_dashes_in_free_text() -> None:
    src = "1—10月，全市规模以上工业增加值同比增长12.5%。"
    got = check_text(src, "1—10月，全市规上工业增加值增长12．5%")
    assert [(c.raw, c.status) for c in got] == [("1—10月", CheckStatus.not_a_quantity),
                                                ("12．5%", CheckStatus.supported)]


def test_a_sentence_opening_with_related_words_and_the_body_after_a_links_box_are_the_article_s() -> None:
    src = ("全市签约项目96个，签约额512亿元。\n相关链接：\n·河阳市一季度招商引资到位资金97.3亿元\n·河阳召开招商推介会\n"
           "今年以来，全市新签约项目计划总投资418.6亿元，同比增长12%，其中制造业项目占比超过六成。\n"
           "相关信息显示，全市工业投资增长15.2%。\n")
    got = check_figures(src, [{"value": 97.3, "unit": "亿元"}, {"value": 418.6, "unit": "亿元"},
                              {"value": 15.2, "unit": "%"}])
    assert [g.status for g in got] == [CheckStatus.unsupported, CheckStatus.supported, CheckStatus.supported]


def test_a_number_standing_with_no_unit_read_is_not_refuted() -> None:
    # (a table one cell a line under a units line the reader does not tie to it: the cells are bare numbers, and a
    # right figure of it was refuted as "no amount of money in the source matches")
    # (groups of columns unlike each other, 1-5月 | 增长(%) and 1-5月 | 占比(%): not read as two rows of headings)
    src = ("2023年1-5月规模以上工业企业主要指标\n单位：亿元\n指标\n营业收入\n利润总额\n1-5月\n增长(%)\n1-5月\n占比(%)\n"
           "总计\n2876.45\n6.3\n198.02\n-4.1\n")
    got = check_figures(src, [{"indicator": "利润总额", "value": 198.02, "unit": "亿元", "period": "1-5月"},
                              {"indicator": "营业收入", "value": 6.3, "unit": "%", "measure": "growth"},
                              {"indicator": "营业收入", "value": 2876.54, "unit": "亿元"}])
    assert [g.status for g in got[:2]] == [CheckStatus.unconfirmed, CheckStatus.unconfirmed]
    assert got[2].status is CheckStatus.unsupported  # (no such number at all: transposed digits)


def test_a_cell_with_no_unit_read_keeps_a_claim_in_the_units_line_s_scale_or_of_another_reading_open() -> None:
    # (单位：万元 over cells one a line: 331570 claimed as 33.157亿元; and 21.4, a cell, beside 工业投资21.4亿元 in the
    # prose: the cell may be the claim's, so neither is refuted)
    src = "重点企业产值（单位：万元）\n甲公司 331570 乙公司 21.4 丙公司 8890\n1-9月，全县完成工业投资21.4亿元。"
    got = check_figures(src, [{"indicator": "甲公司产值", "value": 33.157, "unit": "亿元"},
                              {"indicator": "乙公司产值", "value": 21.4, "unit": "万元"},
                              {"indicator": "甲公司产值", "value": 33.517, "unit": "亿元"}])
    assert [g.status for g in got[:2]] == [CheckStatus.unconfirmed, CheckStatus.unconfirmed]
    assert got[2].status is CheckStatus.unsupported


def test_a_number_inside_words_is_no_cell_with_its_unit_unread() -> None:
    # (中国500强企业: 500 inside words is no table's cell, so a claim of 500个 scaled from 5个 is refuted, not left
    # open)
    src = "紧盯全球、中国500强企业，打造低碳冶金等5个五百亿级产业集群。"
    got = check_figures(src, [{"indicator": "五百亿级产业集群", "value": 500, "unit": "个"}])
    assert got[0].status is CheckStatus.unsupported


def test_a_rank_claimed_in_its_own_counter_is_left_open() -> None:
    # (居全市第2位 claimed as 排位 2位: the page's rank, but which measure it ranks is not read for ranks, so a rank
    # swapped between two measures must not pass either; a number the page has only as a rank of another counter,
    # or not at all, is still refused)
    src = "1-9月，全县规上工业增加值增长9.2%，增速居全市第2位；工业投资增长15.1%，居全市第5位。"
    ranks = [{"indicator": "规上工业增加值增速全市排位", "value": v, "unit": "位"} for v in (2, 5)]
    assert [r.status for r in check_figures(src, ranks)] == [CheckStatus.unconfirmed] * 2
    (first,) = check_figures(src, ranks[:1])
    assert first.span is not None and src[slice(*first.span)] == "第2位"
    (count,) = check_figures(src, [{"indicator": "新增企业", "value": 2, "unit": "家"}])
    assert count.status is CheckStatus.unsupported
    assert check_figures(src, [{"indicator": "排位", "value": 3, "unit": "位"}])[0].status is CheckStatus.unsupported


def test_a_claimed_value_that_is_no_number_is_no_quantity_and_a_huge_one_no_finite_number() -> None:
    # (a results file edited by hand, or a caller's dict: float('abc') raised ValueError and float(10**400)
    # OverflowError out of check_figures; found by benchmarks/crash_hunt.py)
    src = "全市规上工业增加值增长8.5%。"
    claims = [{"value": "abc", "unit": "%"}, {"value": "", "unit": "%"}, {"value": 8, "value_high": "x", "unit": "%"},
              {"value": 10 ** 400, "unit": "%"}, {"value": 8, "value_high": -(10 ** 400), "unit": "%"},
              {"value": "8.5", "unit": "%"}]
    got = check_figures(src, claims)
    assert [v.status for v in got] == [S.not_a_quantity] * 3 + [S.unsupported] * 2 + [S.supported]
    assert "value 'abc' is not a number" in got[0].reason and "end 'x' is not a number" in got[2].reason
    assert "not a finite number" in got[3].reason and "not a finite number" in got[4].reason
