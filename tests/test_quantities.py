"""The quantity parser, rule by rule, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from summariser import extract_quantities
from summariser.numbers.chinese import parse_chinese_numeral


def one(text: str):
    qs = extract_quantities(text)
    assert len(qs) == 1, [q.raw for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("全年完成产值56亿元", 5.6e9, "元"),
        ("签约额达1.5万亿元", 1.5e12, "元"),
        ("奖励资金500万元", 5e6, "元"),
        ("补贴3千元", 3e3, "元"),
        ("新增产能8萬噸", 8e4, "吨"),
        ("累计投入3億元", 3e8, "元"),
        ("新增就业5百人", 500, "人"),
        ("投资总额2千万元", 2e7, "元"),
        ("授信50亿", 5e9, ""),  # a multiplier with no unit keeps its scale
    ],
)
def test_multipliers(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("共有十二家企业参加", 12, "家"),
        ("建成两条生产线", 2, "条"),
        ("引进一百零五个项目", 105, "个"),
        ("新增三千五百万元投资", 3.5e7, "元"),
        ("设立二十个专班", 20, "个"),
        ("新建十条产线", 10, "条"),
        ("签约兩個項目", 2, "个"),
    ],
)
def test_chinese_numerals(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "s, v",
    [("二十三", 23), ("两", 2), ("一百零五", 105), ("十", 10), ("十四", 14), ("三千五百万", 3.5e7),
     ("一万二千亿", 1.2e12), ("二〇二三", 2023), ("壹佰", 100), ("零", 0)],
)
def test_parse_chinese_numeral(s: str, v: float) -> None:
    assert parse_chinese_numeral(s) == v


def test_malformed_chinese_numeral_is_none() -> None:
    assert parse_chinese_numeral("二三") is None
    assert parse_chinese_numeral("") is None


@pytest.mark.parametrize(
    "text, value",
    [("总投资１２３４万元", 1.234e7), ("营收1,234.5万元", 1.2345e7), ("增长１２．５％", 12.5), ("完成0.35亿元", 3.5e7)],
)
def test_digits_separators_decimals(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value, measure",
    [
        ("工业用电量同比下降2.5%", -2.5, "growth"),
        ("库存减少30万吨", -3e5, "change"),
        ("利润增长-4.2%", -4.2, "growth"),
        ("产值下降到120亿元", 1.2e10, "level"),  # 下降到: falls *to* a level
        ("增加值增长8.5%", 8.5, "growth"),
        ("企业数量增加30家", 30, "change"),
        ("占全市比重达到39.5%", 39.5, "share"),
        ("税收同比增收5412万元", 5.412e7, "change"),  # revenue more than a year before
        ("国税同比减收219万元", -2.19e6, "change"),  # and less: a fall
    ],
)
def test_sign_and_measure(text: str, value: float, measure: str) -> None:
    q = one(text)
    assert q.value == pytest.approx(value) and q.measure == measure


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("增长8.5%", 8.5, "%"),
        ("高于全省1.4个百分点", 1.4, "个百分点"),
        ("提高2百分点", 2, "个百分点"),
        ("是去年的1.5倍", 1.5, "倍"),
        ("市场占有率达到3成", 30, "%"),
        ("完成目标的百分之八十", 80, "%"),
        ("产值实现翻番", 2, "倍"),
        ("营收翻两番", 4, "倍"),
        ("日产手套30万副", 3e5, "副"),
        ("年产2亿只", 2e8, "只"),
        ("建成10萬噸/年磷酸铁项目", 1e5, "吨/年"),
        ("处理能力500吨/天", 500, "吨/日"),
        ("储备药物2.3万人份", 2.3e4, "人份"),
        ("装机容量12万千瓦", 1.2e5, "千瓦"),
        ("用地120亩", 120, "亩"),
        ("出口额1.2亿美元", 1.2e8, "美元"),
        ("融资5亿元人民币", 5e8, "元"),
        ("外出招商队伍150批次", 150, "批"),
        ("省实验室席位4席", 4, "席"),
        ("开行欧亚班列395列", 395, "列"),
        ("新增股本10万股", 1e5, "股"),
    ],
)
def test_units_are_kept_apart(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_counters_never_money() -> None:
    units = {q.unit for q in extract_quantities("建成两条生产线，引进5家企业，新增8台设备，投资3亿元")}
    assert units == {"条", "家", "台", "元"}


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("新增企业8家以上", ">="), ("不低于200个", ">="), ("不少于50家", ">="), ("至少3条", ">="),
        ("超过100吨", ">"), ("突破125亿元", ">"), ("逾30家", ">"), ("项目超300个", ">"), ("带动就业800余人", ">"),
        ("300多家企业", ">"), ("近2000万元", "~"), ("约1.2万亿元", "~"), ("50亿元左右", "~"), ("将近40%", "~"),
        ("1000万元以下", "<="), ("不超过5亿元", "<="), ("不到10家", "<"), ("低于3%", "<"), ("不足20个", "<"),
        ("完成56亿元", "="), ("投资过20亿元的项目", ">"), ("通过10家企业", "="), ("经过3年", "="),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(
    "text, lo, hi",
    [("投资5亿元至10亿元", 5e8, 1e9), ("投资5至10亿元", 5e8, 1e9), ("投资5-10亿元", 5e8, 1e9),
     ("规模3000万元到1亿元", 3e7, 1e8), ("增长5%~8%", 5, 8), ("招聘20—30人", 20, 30)],
)
def test_ranges_unit_applies_to_both_ends(text: str, lo: float, hi: float) -> None:
    q = one(text)
    assert (q.value, q.value_high) == (pytest.approx(lo), pytest.approx(hi))


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：2023-02-20", "2023年", "1至10月", "1-2月", "一季度", "正月初七", "2月13日", "12月底", "第9批",
        "打造“157”产业集群", "落实\"5011\"机制", "严格落实“6421”时限要求", "联系电话：027-60830827", "邮编：436000",
        "鄂ICP备05017375号", "鄂公网安备42070402000036号", "网站标识码：4207000005", "http://www.example.cn/a/2023/1-21050Q.jpg",
        "位列全国第二", "5G基站", "上一篇：全市工业运行平稳", "一次性奖励", "前八个月", "农历正月初一到初六",
        "实施“十四五”规划", "打造千亿级产业", "五百亿级产业集群", "中国500强企业", "咨询电话13912345678",
    ],
)
def test_not_quantities(text: str) -> None:
    assert extract_quantities(text) == []


def test_ocr_break_inside_figure_is_one_figure() -> None:
    text = "力争农产品加工业产值突破125\n\n亿元"
    q = one(text)
    assert (q.value, q.qualifier) == (1.25e10, ">")
    assert text[q.start:q.end] == q.raw and q.raw.startswith("突破125")


def test_ocr_spaces_between_number_and_unit() -> None:
    assert one("接入企业 158 家").value == 158


def test_offsets_point_into_the_given_text() -> None:
    text = "鄂中生態(tài)10萬(wàn)噸/年渣漿項(xiàng)目，力爭(zhēng)技改投資達(dá)23億元以上"
    qs = extract_quantities(text)
    assert [q.value for q in qs] == [1e5, 2.3e9]
    for q in qs:
        assert text[q.start:q.end] == q.raw
    assert qs[0].raw == "10萬(wàn)噸/年"
    assert qs[1].qualifier == ">="


def test_ruby_after_every_character_does_not_stop_a_match() -> None:
    text = "來(lái)源：全市新增規(guī)模工業(yè)企業(yè)8家以上，年產(chǎn)量達(dá)2億(yì)只(zhī)"
    got = [(q.value, q.unit, q.qualifier) for q in extract_quantities(text)]
    assert got == [(8, "家", ">="), (2e8, "只", "=")]


def test_real_parentheses_are_kept() -> None:
    qs = extract_quantities("新开工项目112个(339亿元)，中化学(鄂州)基地投资20亿元")
    assert [q.value for q in qs] == [112, 3.39e10, 2e9]


def test_quoted_long_speech_keeps_its_figures() -> None:
    qs = extract_quantities("“日产量从之前的8万副增加到30万副，大大激发了公司的发展活力。”他说")
    assert [q.value for q in qs] == [8e4, 3e5]


def test_reduplicated_counter_is_not_a_count() -> None:
    assert extract_quantities("一个个项目加快推进，一袋袋手套打包入库") == []


def test_bare_threshold_of_money() -> None:
    q = one("建立亿元以上工业项目库")
    assert (q.value, q.unit, q.qualifier) == (1e8, "元", ">=")


@pytest.mark.parametrize("text, plain, bare", [
    # a bare number can take a range's low end that the plain reading keeps as a quantity of its own
    ("产值3万至5，编号7，增长125亿级", [("3万", 3e4, None)],
     [("3万至5", 3.0, 5.0), ("7", 7.0, None), ("125亿", 1.25e10, None)]),
    ("全县投资突破\n90\n亿元，第3批企业12家，共计45", [("突破\n90\n亿元", 9e9, None), ("12家", 12.0, None)],
     [("突破\n90\n亿元", 9e9, None), ("12家", 12.0, None), ("45", 45.0, None)]),
    ("百亿级产业集群2个，项目5至8个", [("2个", 2.0, None), ("5至8个", 5.0, 8.0)],
     [("2个", 2.0, None), ("5至8个", 5.0, 8.0)]),
])
def test_one_pass_reads_a_text_with_and_without_bare_numbers(text: str, plain: list[Any], bare: list[Any]) -> None:
    from summariser.numbers.quantities import scan

    assert [(q.raw, q.value, q.value_high) for q in scan(text).quantities] == plain
    assert [(q.raw, q.value, q.value_high) for q in scan(text, bare=True).quantities] == bare


@pytest.mark.parametrize("text, value, unit, measure", [
    ("规上工业增加值降幅为18.2%", -18.2, "%", "growth"),
    ("工业用电量降幅18.2%", -18.2, "%", "growth"),
    ("比全省低8.4个百分点", -8.4, "个百分点", "change"),
    ("低于全市平均8.4个百分点", -8.4, "个百分点", "change"),
    ("下拉全市增速2.4个百分点", -2.4, "个百分点", "change"),
    ("慢于全省1.5个百分点", -1.5, "个百分点", "change"),
    ("降幅扩大6.4个百分点", -6.4, "个百分点", "change"),
    ("降幅收窄0.9个百分点", 0.9, "个百分点", "change"),
    ("高于全省1.4个百分点", 1.4, "个百分点", "change"),
    ("快于全国2个百分点", 2.0, "个百分点", "change"),
    ("拉动全县工业增长1.2个百分点", 1.2, "个百分点", "change"),
    ("拉低投资增速2.8个百分点", -2.8, "个百分点", "change"),
    ("纺织业下降,影响增长0.27个百分点", -0.27, "个百分点", "change"),  # (a fall's effect is a drag)
    ("纺织业增长较快,影响增长0.27个百分点", 0.27, "个百分点", "change"),
], ids=lambda x: x if isinstance(x, str) and len(x) > 3 else None)
def test_falls_and_gaps_below_carry_their_sign(text: str, value: float, unit: str, measure: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.measure) == (value, unit, measure)


@pytest.mark.parametrize("text, raw, unit", [
    ("新建220千伏变电站", "220千伏", "千伏"), ("光伏装机100兆瓦", "100兆瓦", "兆瓦"),
    ("发电量12亿千瓦时", "12亿千瓦时", "千瓦时"), ("发电量12亿千瓦小时", "12亿千瓦小时", "千瓦时"),
    ("电池产能20亿安时", "20亿安时", "安时"), ("敷设光缆3万芯千米", "3万芯千米", "芯千米"),
    ("主变容量500千伏安", "500千伏安", "千伏安"),
])
def test_units_are_kept_whole(text: str, raw: str, unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.raw, q.unit) == (raw, unit)


def test_a_unit_written_once_for_a_list_applies_to_each() -> None:
    got = [(q.value, q.unit) for q in extract_quantities("工业和服务业分别拉动2.5个和1.4个百分点")]
    assert got == [(2.5, "个百分点"), (1.4, "个百分点")]
    down = [(q.value, q.unit) for q in extract_quantities("工业和服务业分别下拉2.5个和1.4个百分点")]
    assert down == [(-2.5, "个百分点"), (-1.4, "个百分点")]


@pytest.mark.parametrize("text, want", [
    ("工业增加值和营收增速分别比上月提高0.1和1.2个百分点", [(0.1, "个百分点", "change"), (1.2, "个百分点", "change")]),
    ("增速分别回落2.16和1.66个百分点", [(-2.16, "个百分点", "change"), (-1.66, "个百分点", "change")]),
    ("化工、建材行业分别下降1.2%、1.8%", [(-1.2, "%", "growth"), (-1.8, "%", "growth")]),
    ("纺织、造纸和化工行业分别下降7%、2.5%和0.4%", [(-7, "%", "growth"), (-2.5, "%", "growth"), (-0.4, "%", "growth")]),
    ("两县降幅分别为12.1%、9.3%", [(-12.1, "%", "growth"), (-9.3, "%", "growth")]),
    ("分别低于全省平均水平3.3、4.4个百分点", [(-3.3, "个百分点", "change"), (-4.4, "个百分点", "change")]),
    ("分别高于全国、全省2.4、1.7个百分点", [(2.4, "个百分点", "change"), (1.7, "个百分点", "change")]),
    ("两期项目分别投资6和12亿元", [(6e8, "元", "level"), (1.2e9, "元", "level")]),
    ("年产能分别为3万和8万吨", [(3e4, "吨", "level"), (8e4, "吨", "level")]),
])
def test_a_unit_and_a_sign_written_once_for_a_list_hold_for_each(text: str, want: list[Any]) -> None:
    got = [(q.value, q.unit, q.measure) for q in extract_quantities(text)]
    assert got == [(pytest.approx(v), u, m) for v, u, m in want]


def test_an_ordinal_list_is_no_quantity() -> None:
    assert extract_quantities("已完成第1、4、7、9项任务") == []


@pytest.mark.parametrize("text, value, unit, written_unit", [
    ("光伏电站年发电量3.2亿KWH", 3.2e8, "千瓦时", "亿KWH"),
    ("全年售电量15.6亿kWh", 1.56e9, "千瓦时", "亿kWh"),
    ("全社会用电量8.75亿度", 8.75e8, "千瓦时", "亿度"),
    ("新增装机120MW", 120, "兆瓦", "MW"),
    ("园区亩均税收41.5万元/亩", 4.15e5, "元/亩", "万元/亩"),
    ("项目建设期约2年", 2, "年", "年"),
    ("力争用3年时间完成改造", 3, "年", "年"),
    ("近6成企业订单增长", 60, "%", "成"),
    ("光缆线路总长达12.5万千米", 1.25e5, "千米", "万千米"),
    # (latin units in any case: 切片产能达到20gw, 储能电池8Gwh, 110kv变电站)
    ("切片产能达到20gw", 20, "吉瓦", "gw"),
    ("储能电池产能8Gwh", 8e6, "千瓦时", "Gwh"),
    ("年发电量1.6亿kWH", 1.6e8, "千瓦时", "亿kWH"),
    ("新建110kv变电站", 110, "千伏", "kv"),
])
def test_units_seen_on_these_pages(text: str, value: float, unit: str, written_unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.written_unit) == (pytest.approx(value), unit, written_unit)


@pytest.mark.parametrize("text", [
    "工业经济创近10年新高", "3年来累计引进项目", "过去五年", "实施制造业倍增三年行动", "二○二三年全市工作要点",
    "今后5年", "增速保持两位数", "提前一个季度完成", "23年1月", "两年平均增长",
])
def test_years_that_are_periods_not_lengths(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_doubling_in_two_years_is_two_years_and_a_doubling() -> None:
    got = [(q.raw, q.value, q.unit) for q in extract_quantities("力争全市工业总产值两年翻番")]
    assert got == [("两年", 2, "年"), ("翻番", 2, "倍")]


@pytest.mark.parametrize("text, raw, value", [
    ("完成工业投资3\u200b9\u200b0亿元", "3\u200b9\u200b0亿元", 3.9e10),
    ("完成工业投资39\u00ad0亿元", "39\u00ad0亿元", 3.9e10),
    ("\ufeff完成工业投资390亿元", "390亿元", 3.9e10),
    ("营业收入1 234亿元", "1 234亿元", 1.234e11),
    ("营业收入1\u00a0234.5亿元", "1\u00a0234.5亿元", 1.2345e11),
])
def test_unseen_characters_and_spaced_thousands_inside_a_number(text: str, raw: str, value: float) -> None:
    (q,) = extract_quantities(text)
    assert (q.raw, q.value) == (raw, pytest.approx(value))
    assert text[q.start:q.end] == raw


def test_a_space_is_a_separator_only_before_three_digits() -> None:
    # (not 1245, nor 45 either: 45家 may be the tail of a number broken by a blank, so it is read neither way)
    assert [q.value for q in extract_quantities("新增企业 12 45家")] == []


def test_a_full_width_comma_is_a_clause_break() -> None:
    text = "全市规上企业增至21，120家实现盈利"
    # (not 21120; nor 120家, which may be the tail of 21120 typed in full width: read neither way)
    assert [(q.raw, q.value) for q in extract_quantities(text)] == []
    assert [q.value for q in extract_quantities("全市规上企业增至12345，1200家")] == [1200]  # no thousands group
    assert [q.value for q in extract_quantities("营收１２，３４５万元")] == [1.2345e8]  # full-width throughout


def test_a_document_number_is_a_code() -> None:
    from summariser.numbers.quantities import scan

    text = "根据《关于加快工业发展的意见》(鄂政发〔2023〕12号)，全年投资50亿元"
    s = scan(text, bare=True)
    assert [q.value for q in s.quantities] == [5e9]
    assert [m.kind for m in s.mentions if "2023" in m.raw] == ["code"]


def test_a_currency_is_kept() -> None:
    (q,) = extract_quantities("实现出口额12亿美元")
    assert (q.value, q.unit) == (1.2e9, "美元")


def test_yue_of_a_word_is_no_approximation() -> None:
    # 签约 (signed) ends in 约; the count after it is exact, 约 alone before a number is not
    signed = extract_quantities("上半年，全县工业项目签约18个，总投资约56亿元。")
    assert [(q.raw, q.qualifier) for q in signed] == [("18个", "="), ("约56亿元", "~")]


def test_a_minus_between_two_percents_joins_a_range() -> None:
    got = [(q.raw, q.value, q.value_high) for q in extract_quantities("预计全年规上工业增加值增长6%-8%。")]
    assert got == [("6%-8%", 6.0, 8.0)]
    assert [q.value for q in extract_quantities("利润总额-3.2亿元，同比-5%。")] == [-3.2e8, -5.0]


def test_the_fu_of_a_burden_lifted_signs_nothing_and_a_signing_is_no_about() -> None:
    # (为企业减负36亿元: a burden lifted, not −36; 現場簽約6個項目: 簽約 signed, in traditional script, not 约 "about")
    assert [q.value for q in extract_quantities("全年为企业减负36亿元，亏损企业利润-2.1亿元。")] == [3.6e9, -2.1e8]
    assert [(q.raw, q.qualifier) for q in extract_quantities("現場簽約6個項目。")] == [("6個", "=")]


def test_a_bare_gap_before_the_next_place_takes_the_points_the_last_writes_out() -> None:
    # (高于全国0.5、全省2.1个百分点: 0.5 is points above the country, as 高于全国3.6个、全省1.4个百分点 was read)
    got = [(q.raw, q.unit) for q in extract_quantities("规上工业增加值增长7.2%，高于全国0.5、全省2.1个百分点。")]
    assert got == [("7.2%", "%"), ("0.5", "个百分点"), ("2.1个百分点", "个百分点")]


def test_kilolitres_and_visits_are_units() -> None:
    got = [(q.raw, q.value, q.unit) for q in extract_quantities("成品油销量31.2万千升，服务企业近300家次。")]
    assert got == [("31.2万千升", 312000.0, "千升"), ("近300家次", 300.0, "家次")]


def test_a_share_that_narrows_falls_and_a_fall_that_narrows_rises() -> None:
    got = {q.raw: q.value for q in extract_quantities(
        "规上工业企业亏损面为14.1%，比上年同期收窄1.8个百分点；利润总额下降3.2%，降幅比上半年收窄0.9个百分点。")}
    assert got["1.8个百分点"] == -1.8 and got["0.9个百分点"] == 0.9


def test_points_that_shrink_read_as_points_that_narrow() -> None:
    # (缩小 is 收窄 in other words: a fall that shrinks rises, a growth that shrinks falls; an amount that shrinks
    # falls whatever it is)
    got = {q.raw: q.value for q in extract_quantities(
        "高技术制造业增加值下降3.1%，降幅较7月缩小2.9个百分点；装备制造业增长6.4%，增幅较上月缩小1.2个百分点；"
        "亏损企业亏损额缩小5亿元。")}
    assert got["2.9个百分点"] == 2.9 and got["1.2个百分点"] == -1.2 and got["5亿元"] < 0


def test_a_score_is_a_quantity_after_digits_only() -> None:
    text = "综合得分分别为88.15分、84.07分，十分重视，10时30分召开，三分之一，用时5分钟"
    got = {q.raw: q.unit for q in extract_quantities(text)}
    # (三分之一 is no score: a share, a third)
    assert got == {"88.15分": "分", "84.07分": "分", "5分钟": "分钟", "三分之一": "%"}


def test_a_number_a_pdf_broke_across_lines_is_one_number_and_table_cells_stay_apart() -> None:
    text = ("民营经济增加值占全市生产总值的比重为6\n8.4%，贡献了全市约7\n5%的税收。\n"
            "清源市\n9.2\n9.9\n营业收入\n5213.6\n")
    got = [(q.raw, q.value) for q in extract_quantities(text)]
    assert ("6\n8.4%", 68.4) in got and ("约7\n5%", 75.0) in got
    assert not any(raw.startswith(("9.2\n", "9.9")) for raw, _ in got)


def test_a_goal_of_a_fall_is_a_fall() -> None:
    got = {q.raw: q.value for q in extract_quantities("全年单位地区生产总值能耗下降目标为3.5%左右，降低任务是2%。")}
    assert got == {"3.5%左右": -3.5, "2%": -2.0}


def test_working_days_are_a_duration_not_a_count() -> None:
    text = "公示期为5月20日至5月26日（5个工作日），审批时限压缩至30个工作日内。"
    got = [(q.raw, q.unit) for q in extract_quantities(text)]
    assert ("5个工作日", "个工作日") in got and ("30个工作日", "个工作日") in got
    assert not any(unit == "个" for _, unit in got)


def test_port_and_energy_units_are_read() -> None:
    read = {q.raw: (q.value, q.unit) for q in extract_quantities("集装箱吞吐量112.5万标准箱，发电量约一百五十吉瓦时。")}
    assert read["112.5万标准箱"] == (1125000.0, "标箱")
    assert read["约一百五十吉瓦时"] == (150000000.0, "千瓦时")  # (a GWh is a million 千瓦时, not a 吉瓦 of power)


def test_one_batch_or_one_seat_is_an_article_not_a_count() -> None:
    assert extract_quantities("引进一批项目，占有一席之地。") == []
    assert extract_quantities("一列火车满载出发，汇聚一股力量。") == []
    assert [(q.value, q.unit) for q in extract_quantities("分两批实施")] == [(2, "批")]


def test_a_unit_of_two_counters_is_counted_in_the_first() -> None:
    from summariser.numbers.unit_parser import parse_unit
    for written in ("台/套", "台（套）", "台(套)", "台套"):
        got = parse_unit(written)
        assert got is not None and (got.factor, got.base) == (1, "台"), written
    assert parse_unit("台/年").base == "台/年"  # type: ignore[union-attr]  # (a rate per year stays one)


def test_a_multiple_in_a_list_after_a_rise_is_a_rise() -> None:
    text = "风电机组和电子元件产量同比分别增长21.9%和2.4倍，是去年的1.5倍"
    got = {q.raw: q.measure for q in extract_quantities(text)}
    assert (got["21.9%"], got["2.4倍"], got["1.5倍"]) == ("growth", "growth", "level")


def test_an_increase_in_output_is_a_change() -> None:
    text = "原油加工量484.2万吨、增产近 17万吨；产量达14.4万吨、增產 7.4万吨"
    got = {q.raw: q.measure for q in extract_quantities(text)}
    assert [got[x] for x in ("484.2万吨", "近 17万吨", "14.4万吨", "7.4万吨")] == ["level", "change", "level", "change"]


def test_area_and_volume_written_as_symbols_are_square_and_cubic_metres() -> None:
    # (新建标准厂房12万㎡, 建筑面积3.5万m², 天然气32亿m³, 规划面积10.5km²: was a bare number, so a claim in 万㎡ or
    # 万平方米 was refused)
    text = "新建标准厂房12万㎡，建筑面积3.5万m²，天然气产量32亿m³，园区规划面积10.5km²。"
    assert [(q.value, q.unit) for q in extract_quantities(text)] == \
        [(12e4, "平方米"), (3.5e4, "平方米"), (32e8, "立方米"), (10.5, "平方公里")]


def test_a_price_per_gram_cubic_metres_written_short_and_a_step_that_is_no_machine() -> None:
    found = [(q.value, q.unit) for q in extract_quantities("金价从上年的460元/g涨到612.5元/克，年产天然气12亿立方。")]
    assert found == [(460, "元/克"), (612.5, "元/克"), (12e8, "立方米")]
    assert [(q.value, q.unit) for q in extract_quantities("全市GDP迈上2万亿台阶，新增设备30台。")] == \
        [(2e12, ""), (30, "台")]
    assert all(q.unit != "克" for q in extract_quantities("钻石1000克拉"))  # (a carat is no gram)


def test_spindles_and_units_counted_by_bu_but_not_departments() -> None:
    found = [(q.value, q.unit) for q in extract_quantities("纺织城规划产能600万锭，已加装电梯4000部。")]
    assert found == [(6e6, "锭"), (4000, "部")]
    # (5部门 are five departments; 零部件 has no number; 3部分 are parts of a text)
    text = "5部门联合发文，汽车零部件企业12家，方案分为3部分。"
    assert all(q.unit != "部" for q in extract_quantities(text))


def test_hundreds_of_millions_said_as_a_count_and_permille_points() -> None:
    found = [(q.value, q.unit) for q in extract_quantities("总投资3.1个亿；总投资2个亿元，签约3个亿元以上项目。")]
    assert found == [(3.1e8, ""), (2e8, "元"), (3, "个"), (1e8, "元")]
    assert [(q.value, q.unit) for q in extract_quantities("出生率6.1‰，比上年下降0.8个千分点。")] == \
        [(pytest.approx(0.61), "%"), (pytest.approx(-0.08), "个百分点")]


def test_jin_is_half_a_kilogram_and_hats_are_counted_in_ding() -> None:
    found = [(q.value, q.unit) for q in extract_quantities("粮食产量稳定在24亿斤，制帽5448万顶。")]
    assert found == [(12e8, "千克"), (5448e4, "顶")]


def test_a_price_that_rose_or_fell_by_an_amount_is_a_change_and_a_fall_is_negative() -> None:
    text = "钢材均价4120元/吨，环比涨60元/吨，同比跌310元/吨。"
    got = {q.raw: (q.measure, q.value) for q in extract_quantities(text)}
    assert got == {"4120元/吨": ("level", 4120), "60元/吨": ("change", 60), "310元/吨": ("change", -310)}


def test_a_gap_below_bases_each_with_its_value_is_a_fall() -> None:
    got = [(q.value, q.unit) for q in extract_quantities("分别低于全国(3.4%)、全省(5.4%)3.7个、1.7个百分点")]
    assert got == [(3.4, "%"), (5.4, "%"), (-3.7, "个百分点"), (-1.7, "个百分点")]


@pytest.mark.parametrize("text, raw, value, unit", [
    ("同比增长5.2﹪", "5.2﹪", 5.2, "%"),  # (﹪, the small percent sign some pages write)
    ("完成GDP191.72亿元", "191.72亿元", 19172000000.0, "元"),  # (an indicator's abbreviation against its value)
])
def test_a_value_written_against_its_sign_or_abbreviation_is_read(text: str, raw: str, value: float, unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.raw, q.value, q.unit) == (raw, value, unit)


def test_an_abbreviation_against_the_first_value_of_a_list_lets_it_take_the_list_s_unit() -> None:
    got = [(q.value, q.unit) for q in extract_quantities("第一、二、三产业分别拉动GDP0.4、3.1、2.2个百分点。")]
    assert got == [(0.4, "个百分点"), (3.1, "个百分点"), (2.2, "个百分点")]
    assert extract_quantities("GDP2型号") == []


def test_a_name_with_a_number_is_still_no_quantity() -> None:
    assert extract_quantities("PM2.5浓度下降，G20峰会") == []


def test_a_bound_word_before_a_respectively_list_bounds_each_item_and_a_fall_turns_its_bound() -> None:
    found = extract_quantities("2025年，电子信息、新材料产业产值分别突破800亿元、500亿元和300亿元。")
    assert [(q.value, q.qualifier) for q in found] == [(8e10, ">"), (5e10, ">"), (3e10, ">")]
    alone = extract_quantities("工业投资增长12%，突破500亿元、技改投资120亿元。")
    assert [q.qualifier for q in alone if q.unit == "元"] == [">", "="]
    fall = extract_quantities("单位生产总值能耗降低2.5%以上。")
    assert [(q.value, q.qualifier) for q in fall] == [(-2.5, "<=")]


def test_a_round_amount_reached_is_a_quantity_and_a_class_of_it_is_not() -> None:
    found = [(q.value, q.unit, q.qualifier) for q in
             extract_quantities("项目签约额超过千亿元，工业总产值突破万亿元大关。打造千亿级产业集群，建设千兆城市。")]
    assert found == [(1e11, "元", ">"), (1e12, "元", ">")]  # (was none)


def test_a_change_quoted_whole_is_a_value_not_a_name() -> None:
    text = "从2016年前三季度的“同比下降0.1%”，到年底的“增长1.1%”。“十四五”规划，“5020”项目。"
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(-0.1, "%"), (1.1, "%")]  # (was none)


def test_a_fall_holds_for_each_item_of_a_list_after_respectively_that_commas_join() -> None:
    text = "烟草制品业增加值累计降幅分别为7.5%,7.8%，8.6%。全市下降3.1%,增长5%。"
    assert [q.value for q in extract_quantities(text)] == [-7.5, -7.8, -8.6, -3.1, 5]  # (was 7.8 and 8.6)


def test_po_before_a_number_is_above_it() -> None:
    found = {q.value: q.qualifier for q in extract_quantities("某车型累计交付破5万辆，打破12项纪录。")}
    assert found[50000] == ">"  # (was =)
    assert found[12] == "="  # (打破: no bound)


def test_a_round_count_said_as_near_or_over_it_is_a_quantity() -> None:
    # (续建项目近百个, 超百家企业, 百余个项目: about, over, more than a hundred; 百强县, 千家万户 are no counts)
    text = "续建项目近百个，超百家企业参展，签约百余个项目。"
    found = [(q.value, q.unit, q.qualifier) for q in extract_quantities(text)]
    assert found == [(100, "个", "~"), (100, "家", ">"), (100, "个", ">")]
    assert extract_quantities("全国百强县，走进千家万户。") == []


def test_a_growth_below_zero_is_a_fall() -> None:
    # (同比负增长3.4%: −3.4, as 下降3.4% is)
    found = extract_quantities("今年6月全县实现规上工业产值20.67亿元，同比负增长3.4%；销售产值20亿元，同比增长1.7%。")
    assert [q.value for q in found if q.unit == "%"] == [-3.4, 1.7]


def test_junk_inside_a_word_is_read_past() -> None:
    # (a spam filter's shapes and lone brackets inside words, 汽车▽产业实现增〗加值: no character of them; was: the
    # names cut, so a list's items were not found and a swapped value passed)
    from summariser import check_figures
    src = ("其中，计算机产业实现增加值21.4亿元，增长44.4%；汽车▽产业实现增〗加值13.8亿元，下降7.0%；家电产业实现增加值"
           "13.5亿元，下降7.8%。三大产业增速分别较前4月提高1.7、14.2、16.4个百分点。")
    claim = {"indicator": "汽车产业增速较前4月提高", "value": 14.2, "unit": "个百分点", "measure": "change"}
    got = check_figures(src, [claim, {**claim, "value": 16.4}, {"indicator": "汽车产业增加值", "value": 13.8,
                                                                 "unit": "亿元"}])
    assert [g.status.value for g in got] == ["supported", "misattributed", "supported"]
    assert got[2].span is not None and src[got[2].span[0]:got[2].span[1]] == "13.8亿元"


def test_square_kilometres_written_with_qian_mi() -> None:
    # (平方千米 is 平方公里: read, a claim in either writing holds, and the share after it is not the area's words)
    text = "全年新增园区土地面积12平方千米，完成年度目标的120%；规划面积3.5平方公里。"
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(12, "平方公里"), (120, "%"), (3.5, "平方公里")]


def test_at_least_and_at_most_are_bounds_not_changes() -> None:
    # (至少2家: the 少 of a bound, no 减少; 最少 and 至多 bound too; 减少至少2家 is still a change)
    got = {q.raw: (q.qualifier, q.measure) for q in extract_quantities(
        "力争新增单项冠军企业至少3家，培育专精特新企业最少8家、至多12家；亏损企业减少至少2家。")}
    assert got == {"至少3家": (">=", "level"), "最少8家": (">=", "level"), "至多12家": ("<=", "level"),
                   "至少2家": (">=", "change")}


def test_more_of_those_that_did_it_than_the_year_before_is_a_change() -> None:
    # (比上年多入规11家: eleven more firms entered the statistics than the year before, no count of them)
    text = "2023年新建投产入规企业86家，比上年多入规11家；比上年多出口3万吨。"
    got = {q.raw: q.measure for q in extract_quantities(text)}
    assert got == {"86家": "level", "11家": "change", "3万吨": "change"}


def test_a_count_of_contracts_performed_is_exact() -> None:
    # (先进制造业项目履约62个: 约 of 履约 says no "about"; was: read as ~62)
    (q,) = [q for q in extract_quantities("先进制造业项目履约62个，履约率80%。") if q.unit == "个"]
    assert (q.value, q.qualifier) == (62, "=")


def test_product_output_units_of_pieces_cases_spindles_and_watt_hours() -> None:
    # (集成电路产量6.8亿块: chips by the piece, not money, 块 was read as 元; 平板玻璃1250万重量箱, 86万纱锭,
    # 12亿瓦时: units of product pages the parser did not know)
    found = {(q.value, q.unit) for q in extract_quantities(
        "集成电路产量6.8亿块，平板玻璃产量1250万重量箱，纺织业拥有86万纱锭，储能电池产量12亿瓦时。")}
    assert (6.8e8, "块") in found
    assert (1250e4, "重量箱") in found
    assert (86e4, "纱锭") in found
    assert (12e8 * 1e-3, "千瓦时") in found


def test_a_count_in_xiang_before_xiangmu_counts_projects() -> None:
    # (共有630项项目入选: 630 projects; was: 项项 read as "one after another"; 一项项目标任务 still is)
    assert [(q.value, q.unit) for q in extract_quantities("全省共有615项项目入选。")] == [(615.0, "项")]
    assert extract_quantities("一项项目标任务全面完成。") == []


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("全区工业产值占全市四分之一。", 25.0, "%", "="),
    ("民营企业贡献了全县三分之二以上的税收。", 66.67, "%", ">="),
    ("全县近五分之一的企业实现增长。", 20.0, "%", "~"),
    ("工业增速同比加快2.6个点。", 2.6, "个百分点", "="),
], ids=["a quarter", "two thirds and more", "nearly a fifth", "points said short"])
def test_fractions_in_words_and_points_said_short_are_read(text: str, value: float, unit: str,
                                                             qualifier: str) -> None:
    # (占北京全市四分之一, 加快3.7个点: was, no quantity at all, or a count of 个)
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_points_said_short_keep_their_list_and_leave_sites_alone() -> None:
    listed = extract_quantities("增速分别提高12.4个、3.1个点。")
    assert [(q.value, q.unit) for q in listed] == [(12.4, "个百分点"), (3.1, "个百分点")]
    (sites,) = extract_quantities("全县布设监测点18个点位。")
    assert (sites.value, sites.unit) == (18, "个")


@pytest.mark.parametrize("text, value, unit", [
    ("投资1万3000亿元", 1.3e12, "元"),  # (the 万 of the first is of 亿元: 1.3万亿元)
    ("收入2万6千亿元以上", 2.6e12, "元"),
    ("总投资1亿4000万元", 1.4e8, "元"),  # (the 万 is the second number's alone)
    ("工业企业3万7千家", 37000, "家"),
    ("用电量2亿3000万千瓦时", 2.3e8, "千瓦时"),  # (千 of 千瓦时 is the unit's, no order)
])
def test_a_number_of_two_orders_in_digits_is_one_quantity(text: str, value: float, unit: str) -> None:
    # (1万2000亿元: was read as a bare 10000 and 2000亿元, so a claim of 10000亿元 passed; from development set 183)
    (q,) = extract_quantities(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    assert q.raw == text[next(i for i, ch in enumerate(text) if ch.isdigit()):]  # (the whole number, one span)


def test_two_numbers_of_orders_that_do_not_join_stay_two() -> None:
    assert [q.raw for q in extract_quantities("1万、2000亿元")] == ["1万", "2000亿元"]
    assert len(extract_quantities("1万20000亿元")) == 2  # (20000 is no lower order of 万)


def test_a_bound_written_with_ji_yishang_is_a_bound() -> None:
    # (全市固投3亿元及以上新签约项目50个: was, 3亿元 read as an exact amount and 及 as a list's join, so the class was
    # lost from the counts after it; from development set 182)
    (band, count) = extract_quantities("全县固投5亿元及以上新签约项目37个")
    assert (band.value, band.qualifier, band.raw) == (5e8, ">=", "5亿元及以上")
    assert (count.value, count.raw) == (37, "37个")
    (low,) = extract_quantities("增速在8%及以下")
    assert low.qualifier == "<="


def test_a_share_in_tenths_with_yu_after_it_is_a_lower_bound() -> None:
    # (占比达五成余: was read as exactly 5成; from development set 198)
    q = one("民营企业占比达五成余，")
    assert (q.value, q.qualifier) == (50, ">")
    assert one("占比达五成").qualifier == "="


@pytest.mark.parametrize("text", [
    "全年兑现资金达.9亿元，", "四年净增企业63家", "学习贯彻市委十届五次以及县委全会精神", "市十四次党代会提出",
])
def test_numbers_that_are_no_figures(text: str) -> None:
    # (金额达.9亿元: the digits before the point lost; 四年净增: the stretch a total is over; 十届五次,
    # 十四次党代会: a session's ordinal; each was read as a figure of the page; from development sets 191, 199, 201)
    assert [q.raw for q in extract_quantities(text) if q.unit in ("元", "年", "次")] == []


@pytest.mark.parametrize("text", [
    "深入开展‘十项行动’，推动工业提质。", "这五个行业增速均高于全区平均水平", "产值前十名企业合计贡献",
    "增速分列全市前三位", "奋力实现“三年翻两番”目标，",
])
def test_words_that_name_no_figure_are_none(text: str) -> None:
    # (‘十项行动’ inside a quote, 这五个行业 pointing back, 前十名 a rank class, “三年翻两番” a slogan: each was read as
    # a figure of the page; from development sets 190, 197, 201)
    assert extract_quantities(text) == []


def test_a_doubling_the_page_reports_is_still_read() -> None:
    # (实现“翻一番”: the doubling reported, not a slogan's word)
    assert [q.raw for q in extract_quantities("全县工业总产值五年实现“翻一番”。") if "翻" in q.raw] == ["翻一番"]


def test_an_amount_after_a_written_base_and_a_verb_of_growth_is_a_change() -> None:
    # (重点建设项目累计完成投资…，较去年同期增长153.34亿元: read as a level; from development set 207)
    got = {q.raw: q.measure for q in extract_quantities("全市重点项目累计完成投资612.5亿元，较去年同期增长86.4亿元。")}
    assert got["86.4亿元"] == "change" and got["612.5亿元"] == "level"


def test_a_stray_comma_before_a_list_mark_still_joins_the_list() -> None:
    # (分别高4.5个,、2个、2.4个百分点: a page that puts a comma before every mark; 4.5个 was a count; from development
    # set 206)
    got = {q.raw: q.unit for q in extract_quantities("增速分别比全省、全国、全市高3.1个,、1.2个、0.8个百分点。")}
    assert got["3.1个"] == "个百分点" and got["1.2个"] == "个百分点"


def test_a_gap_that_narrows_is_the_amount_it_narrowed_by() -> None:
    # (与全国差距缩小1.3个百分点, 与全省增速差缩小0.8个百分点: how far it narrowed, written 缩小, not a fall of the gap;
    # a growth that narrows still falls)
    got = {q.raw: q.value for q in extract_quantities(
        "全县规上工业增加值增长4.1%，与全国差距较上半年缩小1.3个百分点，与全省增速差缩小0.8个百分点，"
        "增速较上月缩小0.5个百分点。")}
    assert got["1.3个百分点"] == 1.3 and got["0.8个百分点"] == 0.8 and got["0.5个百分点"] == -0.5


def test_a_chinese_numeral_spelled_digit_by_digit_is_a_name_not_a_count() -> None:
    # (七一八所, an institute's name: read as 718所; the shape of “二一一”产业, “八八战略” and years; from development
    # sets 226 to 230 and the corpus)
    got = {q.raw: q.value for q in extract_quantities(
        "中船重工七〇二所、四二一厂联合研制的设备交付使用，全区新增高新技术企业三家、创新平台一百零五个。")}
    assert got == {"三家": 3, "一百零五个": 105}


def test_a_numeral_inside_a_place_name_is_no_count() -> None:
    # (五家渠市 read as 五家, 七台河 as 七台, 九台区 as 九台: a division's name from the package's table, written in
    # full or without a suffix where 3 characters are left; a count right beside a name, and 三台 of machines, still
    # count; from development set 227)
    got = {q.raw: q.value for q in extract_quantities(
        "前三季度，五家渠市、七台河、九台区、三台县和伍家岗区工业投资增速均超过10%，"
        "五家渠经开区新增规上企业五家，三元区购置检测设备三台。")}
    assert got == {"超过10%": 10, "五家": 5, "三台": 3}


def test_a_round_amount_reached_with_no_unit_is_a_bare_quantity() -> None:
    # (a headline's or a report's 突破千亿, 首破千亿, 迈上百亿新台阶: the total reached, its 元 left unsaid; not the
    # class of things of that size a noun after it names: 过百亿企业, 千亿县, 千亿级产业)
    from summariser import CheckStatus, check_figures
    from summariser.numbers.quantities import scan

    text = ("全年地区生产总值突破千亿，增长9%左右。\n规模工业总产值首破千亿\n全区财政收入迈上百亿新台阶。"
            "培育过百亿企业6家，建成全省第3个千亿县，打造千亿级产业集群。")
    found = [(q.raw, q.value, q.qualifier) for q in scan(text, bare=True).quantities if q.unit != "%"]
    assert found == [("突破千亿", 1e11, ">"), ("破千亿", 1e11, ">"), ("百亿", 1e10, "="), ("6家", 6, "=")]
    src = "2024年，全县预计全年地区生产总值突破千亿，增长9%左右。"
    claim = {"indicator": "地区生产总值", "period": "全年", "value": 1000, "unit": "亿", "qualifier": ">",
             "measure": "level", "kind": "forecast"}
    assert check_figures(src, [claim])[0].status is CheckStatus.supported


@pytest.mark.parametrize("text, value", [("增加值同比增长1.2.%，较上月加快", 1.2), ("投资增长17.%，高于全省", 17.0)])
def test_a_slipped_point_before_a_percent_reads_the_digits_before_it(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


def test_no_run_of_digits_points_and_separators_breaks_the_parser() -> None:
    # a page's typos must never fail the whole document: every arrangement of these characters parses
    import itertools

    alphabet = ["1", "2", ".", ",", "，", " ", "%", "亿元", "万"]
    for n in range(1, 6):
        for chars in itertools.product(alphabet, repeat=n):
            extract_quantities("增长" + "".join(chars) + "，全年")
