"""The forms a scraped page gives one number, each read right or not at all, never as a fragment: the parser on
sentences written for these tests, then the checker end to end on the same forms."""

from __future__ import annotations

from typing import Any

import pytest

from summariser import check_figures, extract_quantities

# (the sentence, then the quantities read from it: (value in base units, unit, high end of a range or None));
# [] where the form is ambiguous and read neither way
FORMS: list[tuple[str, list[tuple[float, str, float | None]]]] = [
    # a decimal point written apart from its digits: by spaces, no-break, thin or ideographic spaces, a line
    # break, a tag's leftover
    ("全县规上工业营业收入258 . 6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258 .6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258. 6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258\u00a0.\u00a06亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258\u2009.\u20096亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258\u202f.6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258\u3000.\u30006亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258 ． 6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258.\n6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258\n.6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入25\n8.6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258<br>.6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258&nbsp;.&nbsp;6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入258. 6 亿元", [(2.586e10, "元", None)]),
    ("工业用电量同比增长8 . 4%", [(8.4, "%", None)]),
    ("增速比上年提高0 . 7个百分点", [(0.7, "个百分点", None)]),
    ("全省工业总产值达到4 .2万亿元", [(4.2e12, "元", None)]),
    ("新增产能36 . 5万吨", [(3.65e5, "吨", None)]),
    ("计划在年内达到1. 6亿元", [(1.6e8, "元", None)]),
    # a full-width point or full-width digits
    ("全县规上工业营业收入258．6亿元", [(2.586e10, "元", None)]),
    ("全县规上工业营业收入２５８．６亿元", [(2.586e10, "元", None)]),
    # ambiguous, read neither way: a sentence stop after digits (258.6 mistyped, or a sentence ending on 258?); a
    # list's item number at a line's start (item 1, or 1.6?); two points; a tag left between digits
    ("全县规上工业营业收入258。6亿元", []),
    ("全县规上工业营业收入258。 6亿元", []),
    ("今年重点抓好以下工作：\n1. 6亿元技改项目年内投产", []),
    ("全县规上工业营业收入25.8.6亿元", []),
    ("全县规上工业营业收入25<br>8.6亿元", []),
    # thousands separators
    ("全年外贸进出口总额2,345.6亿元", [(2.3456e11, "元", None)]),
    ("全年外贸进出口总额2 345.6亿元", [(2.3456e11, "元", None)]),
    ("全年外贸进出口总额2\u00a0345.6亿元", [(2.3456e11, "元", None)]),
    ("全年外贸进出口总额2\u2009345.6亿元", [(2.3456e11, "元", None)]),
    ("全年外贸进出口总额2'345亿元", [(2.345e11, "元", None)]),
    ("全年外贸进出口总额２，３４５．６亿元", [(2.3456e11, "元", None)]),  # full width throughout: one number
    ("全年外贸进出口总额2，345.6亿元", []),  # 2345.6 typed in full width, or 2 and 345.6? neither
    ("全年外贸进出口总额2,34亿元", []),  # 2.34 in a European hand, or a list? neither
    ("全年外贸进出口总额2 34亿元", []),  # 234 broken by a blank, or 2 and 34? neither
    ("全年外贸进出口总额23456，789亿元", [(7.89e10, "元", None)]),  # no group of thousands: a clause break
    # a percent sign apart from its number
    ("出口交货值增长12.5 %", [(12.5, "%", None)]),
    ("出口交货值增长12.5\u00a0%", [(12.5, "%", None)]),
    ("出口交货值增长12.5 ％", [(12.5, "%", None)]),
    # signs
    ("全县工业增加值增速为－4.6%", [(-4.6, "%", None)]),
    ("全县工业增加值增速为-4.6%", [(-4.6, "%", None)]),
    ("全县工业增加值增速为﹣4.6%", [(-4.6, "%", None)]),
    ("全县工业增加值增速为−4.6%", [(-4.6, "%", None)]),
    ("全县工业增加值增速为\u20104.6%", [(-4.6, "%", None)]),
    ("全县工业增加值增速为 - 4.6%", []),  # a minus, or a dash between a name and its value? neither
    ("全县工业增加值增速为–4.6%", []),  # an en dash: the same
    ("主要成效\n- 27个项目开工建设", [(27, "个", None)]),  # a list's bullet, no sign
    # ranges: never a negative high end
    ("单个项目投资4-7亿元", [(4e8, "元", 7e8)]),
    ("单个项目投资4～7亿元", [(4e8, "元", 7e8)]),
    ("单个项目投资4~7亿元", [(4e8, "元", 7e8)]),
    ("单个项目投资4至7亿元", [(4e8, "元", 7e8)]),
    ("单个项目投资4 - 7亿元", [(4e8, "元", 7e8)]),
    ("单个项目投资4－7亿元", [(4e8, "元", 7e8)]),
    ("单个项目投资4.5亿元-7.5亿元", [(4.5e8, "元", 7.5e8)]),
    ("单个项目投资4.5亿元–7.5亿元", [(4.5e8, "元", 7.5e8)]),
    ("利润预计增长6%-9%", [(6, "%", 9)]),
    ("利润预计增长3%-5%", [(3, "%", 5)]),
    ("单个项目投资3-5亿元", [(3e8, "元", 5e8)]),
    # a dash after a finished value with its unit, tight before a value of another unit: that value's minus (a
    # table's row: the amount, then its growth), never a range's dash; written apart from both, read neither way
    ("规上工业企业营业收入 56.3亿元 -8.2%", [(5.63e9, "元", None), (-8.2, "%", None)]),
    ("营业收入112亿元 -2.1%", [(1.12e10, "元", None), (-2.1, "%", None)]),
    ("产量12万吨 -5.5%", [(1.2e5, "吨", None), (-5.5, "%", None)]),
    ("工业用电量 3.6亿千瓦时 -5.1%", [(3.6e8, "千瓦时", None), (-5.1, "%", None)]),
    ("亏损面 18.5% -2.1个百分点", [(18.5, "%", None), (-2.1, "个百分点", None)]),
    ("增长5.6% -1.2个百分点", [(5.6, "%", None), (-1.2, "个百分点", None)]),
    ("45.2亿元 −3.4%", [(4.52e9, "元", None), (-3.4, "%", None)]),
    ("156.3亿元 -2.1%", [(1.563e10, "元", None), (-2.1, "%", None)]),
    ("56.3亿元 –3.2%", [(5.63e9, "元", None), (-3.2, "%", None)]),
    ("12.3亿元 ﹣2.1%", [(1.23e9, "元", None), (-2.1, "%", None)]),
    ("56.3亿元 - 3.2%", [(5.63e9, "元", None)]),
    # digits before ，/。 a word says are a rank (第, 排名, 居): no head of a thousands group, and a 。 is no point
    ("规上工业增加值增速居全市第2，156个重点项目完成投资98亿元。", [(156, "个", None), (9.8e9, "元", None)]),
    ("规上工业增加值增速全市排名第3。36个省市重点项目开工建设", [(36, "个", None)]),
    ("排名全市第1，126家规上企业实现增长", [(126, "家", None)]),
    ("居全省第8。12个重点项目开工建设", [(12, "个", None)]),
    ("规上工业企业增至21，120家", []),  # 21120家, or 21 and 120家? nothing says: neither
    # a list's item number before a count of whole things, which no decimal has: the item apart, the count read
    ('一、主要成效\n1. 5家企业入选省级"专精特新"名单', [(5, "家", None)]),
    ("一、主要成效\n3. 18个重点项目开工建设", [(18, "个", None)]),
    ("序号 3 12家企业入选省级名单", [(12, "家", None)]),
    ("全年完成技改投资35亿元，2. 15个技改项目竣工投产", [(3.5e9, "元", None), (15, "个", None)]),
    # digits with Chinese multipliers
    ("全省数字经济规模达2.7万亿元", [(2.7e12, "元", None)]),
    ("争取上级资金6千万元", [(6e7, "元", None)]),
    ("发放稳岗补贴38万余元", [(3.8e5, "元", None)]),
    ("全省数字经济规模达2.7 万亿元", [(2.7e12, "元", None)]),
]


@pytest.mark.parametrize("text, expected", FORMS)
def test_each_form_is_read_right_or_not_at_all(text: str, expected: list[tuple[float, str, float | None]]) -> None:
    qs = extract_quantities(text)
    got = [(q.value, q.unit, q.value_high) for q in qs]
    assert got == [(pytest.approx(v), u, None if h is None else pytest.approx(h)) for v, u, h in expected], \
        [q.raw for q in qs]
    for q in qs:  # the span maps back to the raw text, from its first digit (or sign) to its unit
        assert text[q.start:q.end] == q.raw
        assert q.raw[:1] in "-－﹣−–\u2010" or q.raw[:1].isdigit()


def test_a_spaced_point_keeps_its_offsets_in_the_raw_text() -> None:
    text = "前三季度，全县规上工业营业收入258 . 6亿元，同比增长7.1%。"
    first = extract_quantities(text)[0]
    assert (first.raw, first.start, first.end) == ("258 . 6亿元", text.index("258"), text.index("，同比"))


def _claim(value: float, unit: str) -> dict[str, Any]:
    return {"indicator": "规上工业营业收入", "value": value, "unit": unit}


# (the source, a claim a right reading of it gives or None where the form is read neither way, the claims a
# fragment of the number, or a wrong sign, gives)
CHECKED: list[tuple[str, tuple[float, str] | None, list[tuple[float, str]]]] = [
    ("前三季度，全县规上工业营业收入258 . 6亿元，同比增长7.1%。", (258.6, "亿元"), [(6, "亿元"), (258, "亿元")]),
    ("前三季度，全县规上工业营业收入258. 6亿元，同比增长7.1%。", (258.6, "亿元"), [(6, "亿元"), (258, "亿元")]),
    ("前三季度，全县规上工业营业收入258\u00a0.\u00a06亿元，同比增长7.1%。", (258.6, "亿元"), [(6, "亿元")]),
    ("前三季度，全县规上工业营业收入258\n.6亿元，同比增长7.1%。", (258.6, "亿元"), [(6, "亿元"), (0.6, "亿元")]),
    ("前三季度，全县规上工业营业收入２５８．６亿元，同比增长7.1%。", (258.6, "亿元"), [(6, "亿元")]),
    ("前三季度，全县规上工业营业收入258。6亿元，同比增长7.1%。", None, [(6, "亿元"), (258, "亿元"), (258.6, "亿元")]),
    ("前三季度，全县规上工业营业收入25.8.6亿元，同比增长7.1%。", None, [(6, "亿元"), (8.6, "亿元"), (25.86, "亿元")]),
    ("前三季度，全县规上工业营业收入2，345.6亿元，同比增长7.1%。", None, [(345.6, "亿元"), (2345.6, "亿元")]),
    ("前三季度，全县规上工业营业收入2,34亿元，同比增长7.1%。", None, [(34, "亿元"), (2.34, "亿元")]),
    ("前三季度，全县规上工业营业收入2 34亿元，同比增长7.1%。", None, [(34, "亿元"), (234, "亿元")]),
    ("前三季度，全县规上工业营业收入2'345亿元，同比增长7.1%。", (2345, "亿元"), [(345, "亿元")]),
    ("前三季度，全县规上工业营业收入增速为﹣4.6%。", (-4.6, "%"), [(4.6, "%")]),
    ("前三季度，全县规上工业营业收入增速为 - 4.6%。", None, [(4.6, "%"), (-4.6, "%")]),
    ("前三季度，全县规上工业营业收入4.5亿元-7.5亿元。", None, [(-7.5, "亿元")]),
]


@pytest.mark.parametrize("source, right, fragments", CHECKED)
def test_the_checker_never_supports_a_fragment(source: str, right: tuple[float, str] | None,
                                               fragments: list[tuple[float, str]]) -> None:
    if right is not None:
        status = check_figures(source, [_claim(*right)])[0].status.value
        assert status in ("supported", "unconfirmed"), status
    for value, unit in fragments:
        status = check_figures(source, [_claim(value, unit)])[0].status.value
        assert status not in ("supported", "derived"), (value, unit, status)


# (the source, the indicator, the right claim's value and unit or None where the form is read neither way, the values
# a wrong reading gives: a dash read as a range's, not the next value's minus; a rank or an item's number joined to
# the count after it)
CLAIMED: list[tuple[str, str, float | None, str, list[float]]] = [
    ("规上工业企业营业收入 56.3亿元 -8.2%", "规上工业企业营业收入增长", -8.2, "%", [8.2]),
    ("营业收入112亿元 -2.1%", "营业收入增长", -2.1, "%", [2.1]),
    ("工业用电量 3.6亿千瓦时 -5.1%", "工业用电量增长", -5.1, "%", [5.1]),
    ("亏损面 18.5% -2.1个百分点", "亏损面", -2.1, "个百分点", [2.1]),
    ("规上工业企业营业收入 56.3亿元 –3.2%", "规上工业企业营业收入增长", -3.2, "%", [3.2]),
    ("规上工业企业营业收入 12.3亿元 ﹣2.1%", "规上工业企业营业收入增长", -2.1, "%", [2.1]),
    ("规上工业企业营业收入 56.3亿元 - 3.2%", "规上工业企业营业收入增长", None, "%", [3.2]),
    ("规上工业增加值增速居全市第2，156个重点项目完成投资98亿元。", "重点项目", 156, "个", [2156, 2.156]),
    ("全县规上工业增加值增速排名全市第1，126家规上企业实现增长。", "实现增长的规上企业", 126, "家", [1126]),
    ('一、主要成效\n1. 5家企业入选省级"专精特新"名单', "专精特新企业", 5, "家", [1.5]),
    ("一、主要成效\n3. 18个重点项目开工建设", "重点项目开工", 18, "个", [3.18]),
    ("序号 3 12家企业入选省级专精特新名单", "专精特新企业", 12, "家", [312]),
    ("全年完成技改投资35亿元，2. 15个技改项目竣工投产。", "技改项目竣工投产", 15, "个", [2.15]),
]


@pytest.mark.parametrize("source, indicator, right, unit, wrong", CLAIMED)
def test_the_checker_reads_a_sign_or_a_count_apart(source: str, indicator: str, right: float | None, unit: str,
                                                   wrong: list[float]) -> None:
    if right is not None:
        status = check_figures(source, [{"indicator": indicator, "value": right, "unit": unit}])[0].status.value
        assert status == "supported", status
    for value in wrong:
        status = check_figures(source, [{"indicator": indicator, "value": value, "unit": unit}])[0].status.value
        assert status not in ("supported", "derived"), (value, status)
