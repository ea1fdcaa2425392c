"""Tables flattened into lines (numbers/tables.py): each number alone on its line read with its row's unit
and name and its column's heading. The tables are written for these tests, in the genre."""

from __future__ import annotations

import re

from summariser import check_figures, extract_quantities
from summariser.core.models import CheckStatus as S
from summariser.numbers.tables import _cells_with_words, cell_words, cells, grid_words

TABLE = """某县2024年1-9月工业主要指标
表1　主要指标
指标名称
单位
1-9月
同比增长(%)
规模以上工业增加值
亿元
215.4
6.3
其中：股份制企业
亿元
98.7
5.2
主要产品产量
水泥
万吨
312.5
-4.1
规模以上工业企业数
个
286
—
注：企业数为9月末数。
"""


def test_each_number_takes_its_rows_unit_and_its_columns_percent() -> None:
    got = [(q.raw, q.value, q.unit, q.measure) for q in extract_quantities(TABLE)]
    assert ("215.4", 21540000000.0, "元", "level") in got
    assert ("6.3", 6.3, "%", "growth") in got
    assert ("-4.1", -4.1, "%", "growth") in got
    assert ("312.5", 3125000.0, "吨", "level") in got
    assert ("286", 286.0, "个", "level") in got
    assert len(got) == 7  # (the dash of the企业数 row is no value; 2024 and 1-9 are periods)


def test_a_cell_is_named_by_its_row_and_its_columns_heading() -> None:
    at = TABLE.index("6.3")
    assert cell_words(TABLE)[at].own == "规模以上工业增加值 同比增长(%)"
    assert cell_words(TABLE)[TABLE.index("98.7")].whole == "规模以上工业增加值"


def test_text_without_a_units_heading_has_no_cells() -> None:
    assert cells("规模以上工业增加值\n亿元\n215.4\n6.3") == []


def test_a_table_cells_claims_are_checked_against_its_row() -> None:
    right = {"indicator": "规模以上工业增加值", "value": 215.4, "unit": "亿元", "period": "1-9月"}
    assert check_figures(TABLE, [right])[0].status is S.supported
    growth = {"indicator": "规模以上工业增加值", "value": 6.3, "unit": "%", "measure": "growth", "period": "1-9月"}
    assert check_figures(TABLE, [growth])[0].status is S.supported
    swapped = {"indicator": "股份制企业增加值", "value": 6.3, "unit": "%", "measure": "growth", "period": "1-9月"}
    assert check_figures(TABLE, [swapped])[0].status not in (S.supported, S.derived)


ACROSS = """某市2024年上半年工业经济主要指标
表1  全市工业主要指标
指标名称 计量单位 1-6月 同比增长(%)
规模以上工业增加值 亿元 — 7.8
规模以上工业企业营业收入 亿元 1856.42 6.3
其中：技术改造投资 亿元 — 18.2

表2  分县（市、区）规模以上工业增加值增速
地区 1-6月增速(%) 位次
东城区 9.2 2
西城县 6.1 5
"""


def test_rows_written_across_are_read_cell_by_cell() -> None:
    got = {(q.raw, q.unit, q.measure) for q in extract_quantities(ACROSS)}
    assert {("1856.42", "元", "level"), ("6.3", "%", "growth"), ("7.8", "%", "growth"), ("18.2", "%", "growth"),
            ("9.2", "%", "growth"), ("6.1", "%", "growth")} <= got
    assert not any(q.raw in ("2", "5") for q in extract_quantities(ACROSS))  # (a rank column has no unit)
    words = cell_words(ACROSS)
    assert words[ACROSS.index("9.2")].own == "东城区 增速(%)"  # (its months are its period, not its words)
    assert words[ACROSS.index("9.2")].period == "1-6月"
    assert words[ACROSS.index("9.2")].whole == "分县（市、区）规模以上工业增加值增速"


def test_a_growth_in_a_row_across_is_checked_against_its_row() -> None:
    claim = {"indicator": "规模以上工业企业营业收入", "value": 6.3, "unit": "%", "measure": "growth", "period": "1-6月"}
    assert check_figures(ACROSS, [claim])[0].status is S.supported
    assert check_figures(ACROSS, [claim | {"value": 7.8}])[0].status not in (S.supported, S.derived)


DASHED = """某市2024年1-4月工业主要指标
指标名称
计量单位
1-4月
比上年同期增长(%)
规模以上工业总产值
亿元
865.3
9.1
工业投资
—
—
11.2
其中:技改投资
—
—
16.4
规模以上工业企业数
家
1126
—

分县(市、区)规模以上工业增加值增速(%)
县(市、区) 4月 1-4月
东州区 6.2 5.9
西州区 10.4 8.7
"""


def test_a_row_with_no_amount_does_not_end_the_table() -> None:
    got = {(q.raw, q.unit) for q in extract_quantities(DASHED)}
    assert {("11.2", "%"), ("16.4", "%"), ("1126", "家")} <= got
    assert cell_words(DASHED)[DASHED.index("16.4")].whole == "工业投资"
    claim = {"indicator": "工业投资", "value": 11.2, "unit": "%", "measure": "growth", "period": "1-4月"}
    assert check_figures(DASHED, [claim])[0].status is S.supported


def test_a_tables_title_can_say_its_columns_are_percents() -> None:
    words = cell_words(DASHED)
    assert words[DASHED.index("8.7")].own == "西州区"  # (a period heading is read as a period, not a name)
    assert words[DASHED.index("8.7")].period == "1-4月"
    assert ("8.7", "%") in {(q.raw, q.unit) for q in extract_quantities(DASHED)}


def test_a_cell_is_of_its_columns_period() -> None:
    claim = {"indicator": "规模以上工业增加值", "unit": "%", "measure": "growth", "subject": "西州区"}
    assert check_figures(DASHED, [claim | {"value": 10.4, "period": "4月"}])[0].status is S.supported
    assert check_figures(DASHED, [claim | {"value": 8.7, "period": "1-4月"}])[0].status is S.supported
    assert check_figures(DASHED, [claim | {"value": 10.4, "period": "1-4月"}])[0].status not in (S.supported, S.derived)
    assert check_figures(DASHED, [claim | {"value": 6.2, "period": "4月"}])[0].status not in (S.supported, S.derived)


BARS = """表2 2024年1-6月某县重点行业产值
行业 | 产值(亿元) | 同比增长(%) | 占比(%)
纺织服装 | 64.2 | 5.1 | 31.4
食品加工 | 28.9 | -3.7 | 14.1
"""

GAPS = """主要行业用电情况如下：
行业名称  用电量(万千瓦时)  同比(%)
纺织业  31250  8.4
非金属矿物制品业  18706  -1.9
"""


def test_rows_between_bars_and_amount_columns_are_read() -> None:
    got = {(BARS[c.start:c.end], c.unit, c.growth) for c in cells(BARS)}
    assert ("64.2", "亿元", False) in got and ("-3.7", "%", True) in got and ("14.1", "%", False) in got
    assert cell_words(BARS)[BARS.index("64.2")].period == "2024年1-6月"  # the title's period
    assert check_figures(BARS, [{"indicator": "食品加工产值", "value": 28.9, "unit": "亿元"}])[0].status is S.supported
    assert check_figures(BARS, [{"indicator": "纺织服装产值", "value": 28.9, "unit": "亿元"}])[0].status \
        is not S.supported


def test_a_table_whose_cells_are_cut_by_gaps_survives_cleaning() -> None:
    from summariser import clean
    text = clean(GAPS).text
    assert "纺织业  31250  8.4" in text
    assert any(q.raw == "31250" and q.unit == "千瓦时" for q in extract_quantities(text))
    assert check_figures(text, [{"indicator": "非金属矿物制品业用电量", "value": -1.9, "unit": "%",
                                 "measure": "growth"}])[0].status is S.supported


def test_the_offline_engine_names_a_rows_cells_by_the_amount_its_columns_measure() -> None:
    from summariser.pipeline.figures import figures_of
    named = {(f.value, f.unit): f.indicator for f in figures_of(BARS)}
    assert named[(64.2, "亿元")] == "纺织服装产值"
    assert named[(5.1, "%")] == "纺织服装产值"  # its growth: the measure field says so
    assert named[(31.4, "%")] == "纺织服装产值占比"


def test_a_products_table_with_an_output_column_is_read_and_pairs_are_a_unit() -> None:
    table = "主要产品产量\n产品\n单位\n产量\n增速(%)\n运动鞋\n万双\n362.5\n4.8\n服装\n万件\n1208\n-3.1\n"
    found = {table[c.start:c.end]: (c.unit, c.growth) for c in cells(table)}
    assert found == {"362.5": ("万双", False), "4.8": ("%", True), "1208": ("万件", False), "-3.1": ("%", True)}
    shoes = {"indicator": "运动鞋产量", "value": 362.5, "unit": "万双"}
    assert check_figures(table, [shoes])[0].status is S.supported
    assert check_figures(table, [{**shoes, "indicator": "服装产量"}])[0].status is not S.supported


def test_a_row_named_with_an_output_word_is_no_column_heading() -> None:
    # (…总产值 is a row's name, not an 产值 column after 同比增长(%))
    table = ("指标名称\t单位\t1-6月\t同比增长(%)\n规模以上工业总产值\t亿元\t826.4\t7.2\n"
             "工业用电量\t亿千瓦时\t31.6\t5.5\n")
    found = {table[c.start:c.end]: c.unit for c in cells(table)}
    assert found == {"826.4": "亿元", "7.2": "%", "31.6": "亿千瓦时", "5.5": "%"}


BARRED = """某园区2024年1-6月主要经济指标
指标名称 | 单位 | 1-6月 | 同比增长(%) | 年度目标 | 完成进度(%)
规上工业产值 | 亿元 | 318.4 | 7.9 | 650 | 49.0
工业投资 | 亿元 | 52.6 | 12.3 | 110 | 47.8
"""


def test_a_table_with_cells_parted_by_bars_is_read_with_each_columns_period_and_kind() -> None:
    found = {BARRED[c.start:c.end]: (c.unit, c.growth) for c in cells(BARRED)}
    assert found["318.4"] == ("亿元", False) and found["7.9"] == ("%", True)
    assert found["49.0"] == ("%", False)  # progress against the goal is no growth
    words = cell_words(BARRED)
    at = {BARRED[c.start:c.end]: words[c.start] for c in cells(BARRED)}
    assert at["318.4"].period == "1-6月" and at["650"].period == "年度"
    output = {"indicator": "规上工业产值", "unit": "亿元"}
    assert check_figures(BARRED, [{**output, "value": 650, "kind": "target"}])[0].status is S.supported
    assert check_figures(BARRED, [{**output, "value": 650, "kind": "actual"}])[0].status is not S.supported
    assert check_figures(BARRED, [{**output, "value": 318.4, "kind": "target"}])[0].status is not S.supported
    assert check_figures(BARRED, [{**output, "value": 318.4, "period": "1-6月"}])[0].status is S.supported


def test_a_month_and_the_months_to_date_columns_keep_their_own_periods() -> None:
    table = "指标名称\t计量单位\t6月\t1-6月\t累计增长(%)\n烧碱\t万吨\t12.6\t71.3\t3.4\n"
    at = {table[c.start:c.end]: cell_words(table)[c.start].period for c in cells(table)}
    assert at == {"12.6": "6月", "71.3": "1-6月", "3.4": "1-6月"}
    lye = {"indicator": "烧碱产量", "unit": "万吨"}  # (a product's amount in 万吨 is its output)
    assert check_figures(table, [{**lye, "value": 71.3, "period": "1-6月"}])[0].status is S.supported
    assert check_figures(table, [{**lye, "value": 12.6, "period": "1-6月"}])[0].status is not S.supported


def test_an_empty_cell_between_bars_keeps_the_rows_columns() -> None:
    table = ("指标名称 | 单位 | 1-8月 | 同比增长(%) | 占全县比重(%)\n规上工业总产值 | 亿元 | 402.6 | 9.4 | 41.2\n"
             "其中：高新技术产业产值 | 亿元 | 211.8 | 13.6 | \n工业投资 | 亿元 | 47.3 | 18.5 | 50.6\n"
             "| 税收收入 | 亿元 | 28.1 | 4.4 | 33.9 |\n")
    found = {table[c.start:c.end]: (c.unit, c.growth) for c in cells(table)}
    assert found["47.3"] == ("亿元", False) and found["18.5"] == ("%", True) and found["50.6"] == ("%", False)
    assert found["28.1"] == ("亿元", False) and found["33.9"] == ("%", False)
    invest = {"indicator": "工业投资", "value": 47.3, "unit": "亿元", "period": "1-8月"}
    assert check_figures(table, [invest])[0].status is S.supported


def test_a_column_of_the_years_tasks_is_one_of_goals_for_its_period_and_its_kind() -> None:
    # the table's reading of a goal column (its period, 全年) and the checker's (its kind) are one test
    table = ("指标名称 | 单位 | 1-6月 | 同比增长(%) | 全年任务 | 完成进度(%)\n"
             "工业投资 | 亿元 | 52.6 | 12.3 | 110 | 47.8\n")
    invest = {"indicator": "工业投资", "value": 110, "unit": "亿元"}
    assert check_figures(table, [{**invest, "kind": "target"}])[0].status is S.supported
    assert check_figures(table, [{**invest, "kind": "actual"}])[0].status is not S.supported


def test_a_cell_takes_no_unit_from_the_next_line() -> None:
    table = "各市情况（1-11月，%）\n地区\t增速\n石门市\t8.1\n保定市\t10.6\n张庄市\t4.3\n"
    got = [(q.raw, q.unit) for q in extract_quantities(table)]
    assert ("10.6", "%") in got
    assert not any("\n" in raw for raw, _ in got)  # (not 10.6张, the 张 of the next row's 张庄市)


def test_a_table_s_heading_lines_at_the_top_of_a_page_are_its_columns_not_its_headline() -> None:
    # (the page's headline lines are not read as clauses before the values; a table's headings are)
    page = "主要工业产品产量\n产品名称\n单位\n产量\n同比增长(%)\n皮鞋\n万双\n845.2\n6.3\n瓷砖\n万块\n5120\n8.8\n"
    got = check_figures(page, [{"indicator": "瓷砖产量", "value": 5120, "unit": "万块"}])[0]
    assert got.status is S.supported


def test_a_column_headed_in_points_holds_gaps_of_the_table_s_period() -> None:
    table = ("单位：%\n地区 | 1-6月增速 | 6月当月增速 | 增速比1-5月加减（百分点）\n"
             "全省 | 7.6 | 7.1 | 0.3\n清源市 | 9.2 | 9.9 | -0.4\n")
    found = {table[c.start:c.end]: c.unit for c in cells(table)}
    assert found["9.2"] == "%" and found["-0.4"] == "个百分点"
    gap = {"indicator": "清源市规上工业增加值增速比1-5月", "value": -0.4, "unit": "个百分点", "measure": "change"}
    assert check_figures(table, [{**gap, "period": "1-6月"}])[0].status is not S.unsupported
    assert check_figures(table, [{**gap, "period": "1-5月"}])[0].status is S.misattributed  # (the base, not its period)
    assert check_figures(table, [{**gap, "unit": "%", "measure": "growth"}])[0].status is S.unsupported


def test_a_row_written_down_one_cell_a_line_is_read_as_its_row() -> None:
    table = ("2024年1-6月分市规模以上工业增加值增速\n单位：%\n地区 | 1-6月增速 | 6月当月增速\n全省 | 7.6 | 7.1\n"
             "清源市\n9.2\n9.9\n河阳市\n6.8\n5.5\n")
    found = {table[c.start:c.end]: cell_words(table)[c.start].row for c in cells(table)}
    assert found["9.9"] == "清源市" and found["5.5"] == "河阳市"
    claim = {"indicator": "河阳市规上工业增加值", "value": 6.8, "unit": "%", "period": "1-6月", "measure": "growth"}
    assert check_figures(table, [claim])[0].status is not S.unsupported  # (the value is the source's)
    assert check_figures(table, [{**claim, "indicator": "清源市规上工业增加值"}])[0].status is not S.supported


def test_a_column_of_progress_against_the_goal_is_no_goal() -> None:
    table = "指标名称\t单位\t1-9月\t全年目标\t完成目标（%）\n工业投资\t亿元\t88.2\t120\t73.5\n"
    got = {table[c.start:c.end]: cell_words(table)[c.start].goal for c in cells(table)}
    assert got == {"88.2": False, "120": True, "73.5": False}
    progress = {"indicator": "工业投资完成全年目标比例", "value": 73.5, "unit": "%", "measure": "share",
                "kind": "actual"}
    assert check_figures(table, [progress])[0].status is not S.misattributed


def test_under_a_units_line_period_columns_are_amounts_and_comparison_columns_growths() -> None:
    table = ("单位：亿元、%\n指标名称\t6月\t比上月\t1-6月\t比上年同期\n规模以上工业总产值\t71.4\t2.6\t402.9\t7.7\n"
             "工业用电量（亿千瓦时）\t3.85\t-1.2\t21.06\t6.4\n")
    got = {table[c.start:c.end]: (c.unit, cell_words(table)[c.start].period) for c in cells(table)}
    assert got["71.4"] == ("亿元", "6月") and got["2.6"] == ("%", "6月")
    assert got["402.9"] == ("亿元", "1-6月") and got["7.7"] == ("%", "1-6月")
    assert got["21.06"] == ("亿千瓦时", "1-6月")  # (the row's own unit)
    output = {"indicator": "规模以上工业总产值", "value": 402.9, "unit": "亿元", "period": "1-6月"}
    assert check_figures(table, [output])[0].status is S.supported
    assert check_figures(table, [{**output, "period": "6月"}])[0].status is S.misattributed


def test_a_barred_table_with_a_units_column_reads_goal_and_result_columns() -> None:
    table = ("附表：主要指标完成情况\n指标|单位|目标值|完成值|完成率\n工业投资|亿元|52|55.3|106.3%\n"
             "新增规上工业企业|户|15|13|86.7%\n")
    got = {table[c.start:c.end]: (c.unit, cell_words(table)[c.start].goal) for c in cells(table)}
    assert got == {"52": ("亿元", True), "55.3": ("亿元", False), "15": ("户", True), "13": ("户", False)}
    goal = {"indicator": "工业投资", "value": 52, "unit": "亿元", "kind": "target"}
    assert check_figures(table, [goal])[0].status is S.supported
    assert check_figures(table, [{**goal, "kind": "actual"}])[0].status is S.misattributed


def test_a_growth_column_that_writes_its_percent_is_read_under_a_units_line_of_amounts() -> None:
    table = "单位：亿元\n指标名称\t1-6月\t增长（%）\n工业投资\t88.2\t12.6\n"
    got = {table[c.start:c.end]: c.unit for c in cells(table)}
    assert got == {"88.2": "亿元", "12.6": "%"}


def test_tables_of_county_rows_written_down_or_with_gap_columns_are_read() -> None:
    down = "单位：%\n地区 | 1-6月增速 | 6月当月增速\n清源市\n9.2\n—\n河阳市\n6.8\n5.5\n"
    got = {down[c.start:c.end]: cell_words(down)[c.start].row for c in cells(down)}
    assert got == {"9.2": "清源市", "6.8": "河阳市", "5.5": "河阳市"}  # (a row with an empty cell stops nothing)
    gaps = ("单位：%\n县区 | 9月增速 | 1-9月增速 | 1-9月增速比1-8月加减（百分点） | 增速比全市高低（个百分点）\n"
            "临江区 | 9.8 | 8.4 | -0.2 | 2.2\n")
    found = {gaps[c.start:c.end]: (c.unit, cell_words(gaps)[c.start].period) for c in cells(gaps)}
    assert found["-0.2"] == ("个百分点", "1-9月")  # (the period its own heading writes before the base)
    assert found["2.2"][0] == "个百分点" and found["9.8"] == ("%", "9月")


def test_a_column_of_progress_against_the_year_s_plan_is_no_goal() -> None:
    table = ("指标\t单位\t1-10月\t年计划\t完成全年计划（%）\t目标完成率（%）\n"
             "规上工业总产值\t亿元\t412.6\t520\t79.3\t79.3\n")
    got = {table[c.start:c.end]: (cell_words(table)[c.start].goal, cell_words(table)[c.start].period)
           for c in cells(table)}
    assert got["520"] == (True, "全年") and got["79.3"][0] is False
    progress = {"indicator": "规上工业总产值", "value": 79.3, "unit": "%", "measure": "share"}
    assert check_figures(table, [{**progress, "kind": "target"}])[0].status is S.misattributed


def test_this_month_and_the_running_total_columns_take_the_title_s_months() -> None:
    table = ("表1　1-9月招商引资主要指标完成情况\n指标名称 | 单位 | 本月 | 累计 | 全年目标\n"
             "新签约项目 | 个 | 7 | 63 | 80\n实际利用外资 | 万美元 | 2860 | 24150 | 30000\n")
    got = {table[c.start:c.end]: cell_words(table)[c.start].period for c in cells(table)}
    assert got["7"] == "9月" and got["63"] == "1-9月" and got["80"] == "全年"
    capital = {"indicator": "实际利用外资", "value": 2860, "unit": "万美元"}
    assert check_figures(table, [{**capital, "period": "9月"}])[0].status is S.supported
    assert check_figures(table, [{**capital, "period": "1-9月"}])[0].status is S.misattributed


def test_values_one_a_line_under_labels_with_their_units() -> None:
    src = ("2024年1-10月主要指标\n规上工业企业（个）\n3127\n其中：产值超亿元企业（个）\n956\n"
           "全社会用电量（亿千瓦时）\n241.28\n同比增长（%）\n5.0\n营业收入\n6865.2\n同比增长（%）\n4.6\n利润总额\n347.1\n"
           "同比增长（%）\n-2.3\n")
    got = {src[c.start:c.end]: (c.unit, w.own, w.whole) for c, w in _cells_with_words(src)}
    assert got["3127"] == ("个", "规上工业企业", "")
    assert got["956"] == ("个", "产值超亿元企业", "规上工业企业")
    assert got["241.28"][:2] == ("亿千瓦时", "全社会用电量")
    assert got["5.0"][:2] == ("%", "全社会用电量 同比增长")
    assert got["-2.3"][:2] == ("%", "利润总额 同比增长")
    assert "6865.2" not in got  # (its label gives no unit)
    down = "工业用电量（亿千瓦时）\n5.62\n0.8\n27.45\n9.4\n"  # (a row written down: not one value a label)
    assert "5.62" not in {down[c.start:c.end] for c, _ in _cells_with_words(down)}


def test_a_heading_written_down_one_column_a_line_heads_rows_written_down() -> None:
    src = ("表2　1-9月分产业签约情况\n产业\n项目数（个）\n协议投资（亿元）\n新材料\n21\n187.4\n高端装备\n16\n126.2\n")
    got = {src[c.start:c.end]: (c.unit, w.own) for c, w in _cells_with_words(src)}
    assert got["21"] == ("个", "新材料 项目数")
    assert got["126.2"] == ("亿元", "高端装备 协议投资")
    assert check_figures(src, [{"indicator": "高端装备协议投资", "value": 126.2, "unit": "亿元"}])[0].status \
        is S.supported


_POST = ("数读青岚丨前三季度经济“成绩单”\n原创 青岚发布 2024年10月26日\n\n前三季度\n全市规上工业增加值\n"
         "同比增长\n7.6%\n规上工业企业\n386家\n其中新增入规企业\n31家\n工业投资\n同比增长\n12.8%\n进出口总额\n24.6亿元\n同比增长5.1%\n"
         "其中出口\n18.3亿元\n规上工业企业营业收入\n312.7亿元\n同比增长6.4%\n工业用电量\n4.21\n亿千瓦时\n同比增长\n8.2%\n")


def test_a_post_s_values_alone_on_their_lines_are_named_by_the_captions_above() -> None:
    from summariser.numbers.tables import captions
    spans = [(q.start, q.end) for q in extract_quantities(_POST)]
    words = {_POST[a:b]: w for (a, b) in spans if (w := captions(_POST, spans).get(a)) is not None}
    assert words["7.6%"].own == "全市规上工业增加值同比增长" and words["7.6%"].row == "全市规上工业增加值"
    assert words["386家"].row == "规上工业企业" and words["31家"].row == "新增入规企业"
    assert words["8.2%"].row == "工业用电量"  # (a caption of how it changed only: the value's above)
    assert "24.6亿元" in words and "5.1%" not in words  # (同比增长5.1%: read with the line above, not as a caption)


def test_a_post_s_captioned_values_are_checked_against_their_captions() -> None:
    def status(indicator: str, value: float, unit: str) -> S:
        return check_figures(_POST, [{"indicator": indicator, "value": value, "unit": unit}])[0].status

    assert status("规上工业增加值增速", 7.6, "%") is S.supported
    assert status("规上工业企业", 386, "家") is S.supported
    assert status("规上工业企业营业收入", 312.7, "亿元") is S.supported
    assert status("出口", 312.7, "亿元") is S.misattributed
    assert status("规上工业企业营业收入增速", 6.4, "%") is S.supported
    assert status("进出口总额增速", 6.4, "%") is S.misattributed
    assert status("规上工业总产值", 8.2, "%") not in (S.supported, S.derived)


def test_the_offline_engine_names_a_post_s_values_by_their_captions() -> None:
    from summariser.pipeline.figures import figures_of
    named = {f.value: f.indicator for f in figures_of(_POST)}
    assert named[7.6] == "全市规上工业增加值" and named[12.8] == "工业投资" and named[386] == "规上工业企业"


_MONTHLY = ("2024年1-9月青岚县主要经济指标\n时间：2024-10-18　来源：县统计局\n指标名称\n计量单位\n本月\n1-本月累计\n"
            "同比增长(%)\n上年同期累计\n规模以上工业营业收入\n亿元\n52.4\n471.8\n9.6\n430.5\n工业用电量\n亿千瓦时\n1.72\n"
            "15.94\n8.1\n14.75\n")


def test_a_monthly_table_s_columns_are_its_title_s_month_its_run_and_the_year_before() -> None:
    by_value = {_MONTHLY[a:a + 5].split("\n")[0]: w.period for a, w in cell_words(_MONTHLY).items()}
    assert by_value["52.4"] == "9月" and by_value["471.8"] == "1-9月" and by_value["430.5"] == "上年1-9月"
    assert by_value["9.6"] == "1-9月"  # (the growth beside a running total is the total's)

    def status(value: float, period: str) -> S:
        claim = {"indicator": "规模以上工业营业收入", "value": value, "unit": "亿元", "period": period}
        return check_figures(_MONTHLY, [claim])[0].status

    assert status(471.8, "1-9月") is S.supported and status(52.4, "9月") is S.supported
    assert status(52.4, "1-9月") is S.misattributed and status(471.8, "9月") is S.misattributed
    assert status(430.5, "上年同期") is S.supported
    assert status(430.5, "1-9月") is S.misattributed  # (last year's, not this year's)


def test_rows_across_with_spaced_names_or_a_rank_column_first_are_read() -> None:
    spaced = ("单位：%\n地区　　　　增速　　　位次\n全　市　　　　7.7　　　—\n东城区　　　　-6.4　　　15\n"
              "西城区　　　　2.1　　　10\n")
    rows = {w.row: spaced[a:a + 4].strip() for a, w in cell_words(spaced).items()}
    assert rows == {"全市": "7.7", "东城区": "-6.4", "西城区": "2.1"}
    ranked = ("排名 | 开发区 | 签约项目（个） | 到位资金（亿元）\n1 | 青岚经济开发区 | 52 | 156.2\n"
              "2 | 白沙高新区 | 41 | 98.7\n")
    named = {(w.row, w.own) for w in cell_words(ranked).values()}
    assert ("青岚经济开发区", "青岚经济开发区 到位资金") in named and ("白沙高新区", "白沙高新区 签约项目") in named
    assert check_figures(ranked, [{"indicator": "白沙高新区到位资金", "value": 98.7, "unit": "亿元"}])[0].status \
        is S.supported


def test_a_table_whose_names_column_is_headed_danwei_is_read_across() -> None:
    text = ("单位  签约项目（个）  协议投资（亿元）  到位资金（亿元）  排名\n利民镇  6  28.5  9.6  1\n"
            "杜集镇  5  24.3  7.8  2\n")
    own = {text[a:a + 4].strip(): w.own for a, w in cell_words(text).items()}
    assert own["28.5"] == "利民镇 协议投资" and own["7.8"] == "杜集镇 到位资金"
    assert check_figures(text, [{"indicator": "杜集镇协议投资", "value": 24.3, "unit": "亿元"}])[0].status \
        is S.supported


def test_a_heading_spaced_out_and_written_down_between_blank_lines_gives_its_columns_units() -> None:
    src = ("河阳市2023年国民经济和社会发展统计公报\n\n全年居民消费价格比上年上涨1.4%。\n\n"
           "2  2023年居民消费价格比上年涨跌情况(上年=100)\n\n指    标\n\n涨跌幅度(%)\n\n"
           "居民消费价格 1.4\n食品烟酒 0.7\n衣着 2.2\n居住 0.9\n\n"
           "3  2023年年末常住人口数及其构成\n\n指   标\n\n年末数(万人)\n\n比  重(%)\n\n"
           "全市人口 82 100\n城镇人口 51 62.2\n")

    def status(indicator: str, value: float) -> S:
        return check_figures(src, [{"indicator": indicator, "value": value, "unit": "%", "period": "2023年"}])[0].status
    assert status("食品烟酒价格", 0.7) is S.supported
    assert status("城镇人口比重", 62.2) is S.supported
    assert status("衣着价格", 0.9) is not S.supported  # (居住's)


def test_a_units_table_with_spaced_headings_and_a_note_before_its_rows_is_read() -> None:
    src = ("2024年全县主要工业产品产量\n产品名称\n\n单  位\n\n产  量\n\n比上年增长(%)\n\n"
           "注：产量为规模以上工业企业口径。\n原煤 万吨 836.2 4.1\n发电量 亿千瓦时 52.7 -3.6\n")
    assert len(cells(src)) == 4
    found = check_figures(src, [{"indicator": "发电量", "value": 52.7, "unit": "亿千瓦时", "period": "2024年"}])
    assert found[0].status is S.supported



def test_a_table_one_cell_a_line_with_units_under_its_headings_and_spaced_names_is_read() -> None:
    src = ("附表：2024年上半年各市县地区生产总值及增速\n\n市    县\n\n绝对数\n\n(亿元)\n\n比上年同期增长\n\n(%)\n\n"
           "海 口 市\n\n612.48\n\n6.9\n\n琼 海 市\n\n108.35\n\n5.1\n\n五指山市\n\n12.74\n\n0.8\n")
    assert len(cells(src)) == 6  # (was 0: units on lines of their own, a blank line between cells)

    def status(indicator: str, value: float, unit: str) -> S:
        claim = {"indicator": indicator, "value": value, "unit": unit, "period": "2024年上半年"}
        return check_figures(src, [claim])[0].status
    assert status("琼海市地区生产总值", 108.35, "亿元") is S.supported  # (was unsupported: no 108.35亿元 read)
    assert status("海口市地区生产总值增速", 6.9, "%") is S.supported
    assert status("琼海市地区生产总值", 12.74, "亿元") is not S.supported  # (五指山市's)
    grouped = ("市州 |\n增长速度 |\n|\n比上年同月(%) |\n比上年同期(%) |\n|\n全 省 |\n9.1 |\n7.4 |\n"
               "甲州市 |\n10.6 |\n8.2 |\n")
    assert len(cells(grouped)) == 4  # (a heading over the two columns after it is no column of its own)


def test_a_rank_column_written_down_is_a_column_of_the_table() -> None:
    src = ("2024年上半年各县（市、区）规模以上工业增加值增速\n地 区\n\n增 速\n(%)\n\n位 次\n\n全 市\n\n7.2\n\n—\n\n"
           "甲 东 区\n\n9.1\n\n2\n\n乙 西 县\n\n10.4\n\n1\n")
    found = check_figures(src, [{"indicator": "甲东区规上工业增加值增速", "value": 9.1, "unit": "%",
                                 "period": "2024年上半年"}])
    assert found[0].status is S.supported  # (was unsupported: 位次 ended the headings, the rows read awry)


def test_period_columns_beside_a_change_column_take_its_unit_where_the_row_adds_up() -> None:
    src = ("表3 2024年1-9月新入库企业情况\n县区 |\n1-9月 |\n上年同期 |\n增减(户) |\n增长(%) |\n"
           "甲县 |\n27 |\n19 |\n8 |\n42.1 |\n乙县 |\n12 |\n15 |\n-3 |\n-20.0 |\n丙县 |\n30 |\n20 |\n9 |\n50.0 |\n")
    got = {src[c.start:c.end]: (c.unit, cell_words(src)[c.start].period) for c in cells(src)}
    assert got["27"] == ("户", "1-9月") and got["19"] == ("户", "上年1-9月")  # (was: no unit, no cell)
    assert got["12"] == ("户", "1-9月") and got["15"] == ("户", "上年1-9月")
    assert "30" not in got and "20" not in got  # (30 - 20 is not 9: a row that does not add up is not read so)
    claim = {"indicator": "乙县新入库企业", "value": 12, "unit": "户", "period": "1-9月"}
    assert check_figures(src, [claim])[0].status is not S.unsupported  # (was unsupported: no 12户 read)
    assert check_figures(src, [{**claim, "value": 15}])[0].status is S.misattributed  # (上年同期's)
    # (the 增减 column is the change: claimed as a change, supported; claimed as the count, not)
    change = {"indicator": "甲县新入库企业增减", "value": 8, "unit": "户", "period": "1-9月", "measure": "change"}
    assert check_figures(src, [change])[0].status is S.supported


def test_a_units_line_over_headings_spaced_apart_and_a_row_of_rates_with_fewer_cells() -> None:
    src = ("2023年1-6月某区工业主要数据\n单位:万元\n指    标\n2023 年1-6\n2022 年1-6\n同比增长 (%\n"
           "工业总产值\n51230.5\n47420.8\n8.0\n工业销售产值\n50110.2\n46950.3\n6.7\n工业产销率(%\n97.8\n99.0\n"
           "主要数据说明\n")
    got = {src[c.start:c.end]: (c.unit, c.growth, cell_words(src)[c.start].period) for c in cells(src)}
    assert got["51230.5"] == ("万元", False, "2023年1-6月")  # (its 月 cut off: written whole)
    assert got["47420.8"] == ("万元", False, "2022年1-6月")
    assert got["8.0"] == ("%", True, "2023年1-6月")  # (the growth is the later year's, not the base's)
    assert got["97.8"] == ("%", False, "2023年1-6月") and got["99.0"] == ("%", False, "2022年1-6月")
    claim = {"indicator": "工业销售产值", "value": 50110.2, "unit": "万元", "period": "2023年1-6月"}
    assert check_figures(src, [claim])[0].status is S.supported  # (was unsupported: nothing read)
    assert check_figures(src, [{**claim, "period": "2022年1-6月"}])[0].status is not S.supported
    rate = {"indicator": "工业产销率", "value": 97.8, "unit": "%", "period": "2023年1-6月", "measure": "share"}
    assert check_figures(src, [rate])[0].status is S.supported
    parts = src.replace("工业产销率(%\n", "  # 纺织业\n")  # (parts the reading does not take: their whole left out)
    assert {parts[c.start:c.end] for c in cells(parts)} == {"51230.5", "47420.8", "8.0"}
    row = "单位:万元\n指标\n全区 9.2\n1-6月\n工业总产值\n512.3\n"
    assert cells(row) == []  # (全区 9.2 holds a number that is no year: no heading, the table never starts)


def test_part_rows_marked_with_a_hash_and_indented_under_it_are_read_as_parts_of_the_row_above() -> None:
    src = ("某区2023年1-5月工业主要数据\n  单位:万元\n项    目\n2023 年1-5\n2022 年1-5\n同比增长 (%\n"
           "工业总产值(现价)\n82310.4\n75120.6\n9.6\n  # 纺织服装制造业\n6120.3\n6488.1\n-5.7\n"
           "     专用设备制造业\n9012.7\n8020.5\n12.4\n工业产销率(%\n96.4\n97.1\n  # 纺织服装制造业\n101.2\n98.8\n"
           "     专用设备制造业\n95.3\n96.0\n附注\n")
    words = cell_words(src)
    got = {src[c.start:c.end]: (c.unit, words[c.start].own, words[c.start].period) for c in cells(src)}
    assert got["82310.4"] == ("万元", "工业总产值", "2023年1-5月")  # (was: no cell, its parts not read)
    assert got["6120.3"] == ("万元", "纺织服装制造业工业总产值", "2023年1-5月")  # (the # part, and the whole's measure)
    assert got["12.4"] == ("%", "专用设备制造业工业总产值 同比增长(%", "2023年1-5月")  # (indented as the # part)
    assert got["101.2"] == ("%", "纺织服装制造业工业产销率", "2023年1-5月")  # (a part of a row of rates: a rate)
    assert got["96.0"] == ("%", "专用设备制造业工业产销率", "2022年1-5月")
    assert words[src.index("9012.7")].whole == "工业总产值"
    grown = {"indicator": "专用设备制造业工业总产值", "value": 12.4, "unit": "%", "period": "2023年1-5月",
             "measure": "growth"}
    assert check_figures(src, [grown])[0].status is S.supported
    assert check_figures(src, [{**grown, "indicator": "工业总产值", "value": 9.6}])[0].status is S.supported


def test_rows_that_give_their_unit_in_their_names_under_headings_written_down() -> None:
    src = ("2024年1-3月某县分产业规上工业产值\n产业\n3月\n1-3月\n1-3月同比增长(%)\n规上工业总产值(亿元)\n"
           "12.48\n33.90\n7.2\n  # 纺织业\n4.01\n10.77\n5.1\n工业产销率(%)\n97.5\n98.2\n")
    words = cell_words(src)
    got = {src[c.start:c.end]: (c.unit, words[c.start].own, words[c.start].period) for c in cells(src)}
    # (was: nothing read, the first row's name taken for a fourth heading)
    assert got["12.48"] == ("亿元", "规上工业总产值", "3月") and got["33.90"] == ("亿元", "规上工业总产值", "1-3月")
    assert got["10.77"] == ("亿元", "纺织业规上工业总产值", "1-3月")  # (a part: the whole's unit)
    assert got["7.2"] == ("%", "规上工业总产值 同比增长(%)", "1-3月")  # (its period is the cell's, not its words)
    assert got["97.5"] == ("%", "工业产销率", "3月") and got["98.2"] == ("%", "工业产销率", "1-3月")
    claim = {"indicator": "规上工业总产值", "value": 33.90, "unit": "亿元", "period": "2024年1-3月"}
    assert check_figures(src, [claim])[0].status is S.supported
    assert check_figures(src, [{**claim, "value": 12.48}])[0].status is not S.supported  # (the month's)


def test_a_change_column_under_a_units_line_is_a_growth_where_the_row_bears_it_out() -> None:
    src = ("2023年1-9月某市分县区社会消费品零售总额\n单位：亿元、%\n地区\n本年累计\n上年同期\n增减\n"
           "全市\n820.5\n771.2\n6.4\n  # 甲县\n210.4\n200.0\n5.2\n  # 乙县\n150.0\n148.0\n9.9\n")
    words = cell_words(src)
    got = {src[c.start:c.end]: (c.unit, c.growth, words[c.start].own, words[c.start].period) for c in cells(src)}
    assert got["820.5"] == ("亿元", False, "全市", "1-9月")  # (was: nothing read, 增减 no heading)
    assert got["771.2"] == ("亿元", False, "全市", "上年1-9月")  # (the year before's, dated by the title)
    assert got["6.4"] == ("%", True, "全市 增减", "1-9月")  # (820.5 is 6.4% above 771.2)
    assert got["210.4"][2] == "甲县" and words[src.index("210.4")].whole == "全市"  # (a place in the whole's)
    assert "9.9" not in got  # (150.0 is not 9.9% above 148.0: no growth read)


def test_a_row_of_rates_with_fewer_cells_does_not_end_a_units_column_table() -> None:
    src = ("2024年1-6月某县工业主要指标\n指标名称\n单位\n1-6月\n上年同期\n增减(%)\n工业总产值\n亿元\n"
           "50.20\n46.10\n8.9\n工业增加值增速\n%\n6.1\n5.4\n营业收入\n亿元\n48.00\n44.00\n9.1\n利税总额\n亿元\n3.30\n3.00\n"
           "企业个数\n个\n95\n")
    words = cell_words(src)
    got = {src[c.start:c.end]: (c.unit, c.growth, words[c.start].period) for c in cells(src)}
    assert got["6.1"] == ("%", True, "1-6月") and got["5.4"] == ("%", True, "上年1-6月")  # (its period columns)
    assert got["48.00"] == ("亿元", False, "1-6月") and got["9.1"] == ("%", True, "1-6月")  # (was: table ended)
    assert "3.30" not in got and "3.00" not in got  # (amounts with a cell left out: which one is not known)
    assert "95" not in got  # (no row after it: the table has ended)
    claim = {"indicator": "营业收入", "value": 48.0, "unit": "亿元", "period": "2024年1-6月"}
    assert check_figures(src, [claim])[0].status is S.supported


def test_count_rows_that_give_their_unit_in_their_names_in_a_table_of_growths() -> None:
    src = ("2022年1-8月某县固定资产投资主要指标\n指标\n1-8月\n比上年同期增长(%)\n固定资产投资\n—\n9.4\n"
           "新开工项目个数（个）\n57\n-3.4\n  # 亿元以上项目\n21\n5.0\n")
    words = cell_words(src)
    got = {src[c.start:c.end]: (c.unit, words[c.start].own, words[c.start].period) for c in cells(src)}
    assert got["57"] == ("个", "新开工项目个数", "1-8月")  # (was: no cell, only its growth)
    assert got["21"] == ("个", "亿元以上项目新开工项目个数", "1-8月")  # (a part: the whole's unit)
    assert got["-3.4"][0] == "%" and got["9.4"][0] == "%"
    claim = {"indicator": "新开工项目", "value": 57, "unit": "个", "period": "2022年1-8月"}
    assert check_figures(src, [claim])[0].status is S.supported


_GOALS_MET = ("表一  2024年河阳市主要目标完成情况\n\n指标名称\n\n属性\n\n全年目标\n\n全年完成\n\n"
              "全市生产总值\n\n预期性\n\n增长5%左右\n\n增长5%\n\n地方一般公共预算收入\n\n预期性\n\n增长5%\n\n增长0.7%\n\n单位生产总值能耗\n\n约束性\n\n"
              "下降3%\n\n下降3.2%\n\n注：以上数据均为快报数。")


def test_a_table_of_goals_one_cell_per_line_gives_each_value_its_row_and_column() -> None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\d+(?:\.\d+)?%", _GOALS_MET)]
    words = grid_words(_GOALS_MET, spans)
    assert [(words[a].name, words[a].goal) for a, _ in spans] == [
        ("全市生产总值", True), ("全市生产总值", False), ("地方一般公共预算收入", True),
        ("地方一般公共预算收入", False), ("单位生产总值能耗", True), ("单位生产总值能耗", False)]


def test_a_table_of_goals_one_cell_per_line_is_checked_row_by_row() -> None:
    revenue = {"indicator": "地方一般公共预算收入", "period": "2024年", "unit": "%", "measure": "growth"}
    found = check_figures(_GOALS_MET, [{**revenue, "value": 0.7, "kind": "actual"},
                                       {**revenue, "value": 5, "kind": "target"},
                                       {**revenue, "value": 5, "kind": "actual"},
                                       {**revenue, "indicator": "全市生产总值", "value": 0.7, "kind": "actual"}])
    assert [r.status.value for r in found] == ["supported", "supported", "misattributed", "misattributed"]


def test_a_table_of_goals_of_bare_numbers_takes_units_from_its_rows_and_columns() -> None:
    # (规上工业增加值增速(%)⏎预期性⏎7⏎7.9⏎112.9: a goal, a result and the share of the goal reached, in per cent;
    # 一般公共预算收入(亿元): amounts)
    src = ("某县2023年主要指标完成情况\n指标名称\n属性\n全年目标\n全年完成\n完成率(%)\n"
           "规上工业增加值增速(%)\n预期性\n7\n7.9\n112.9\n一般公共预算收入(亿元)\n预期性\n18.2\n19.6\n107.7\n")
    found = {(q.value, q.unit) for q in extract_quantities(src)}
    assert {(7.9, "%"), (112.9, "%"), (18.2e8, "元"), (107.7, "%")} <= found
    growth = {"indicator": "规上工业增加值", "period": "2023年", "unit": "%", "measure": "growth"}
    found = check_figures(src, [{**growth, "value": 7.9, "kind": "actual"}, {**growth, "value": 7, "kind": "actual"},
                                {**growth, "value": 7, "kind": "target"}])
    assert [r.status.value for r in found] == ["supported", "misattributed", "supported"]


def test_a_table_whose_rows_are_numbered_under_a_number_heading_is_read() -> None:
    # (序号⏎指标⏎单位⏎年度目标⏎1-7月完成⏎1⏎规上工业总产值⏎亿元⏎1500⏎862.4: the row's number, then its name)
    src = ("某区2023年重点工作目标任务推进表（1-7月）\n序号\n指标\n单位\n年度目标\n1-7月完成\n1\n规上工业总产值\n亿元\n"
           "1400\n812.6\n2\n工业投资\n亿元\n200\n121.5\n")
    found = {(q.value, q.unit) for q in extract_quantities(src)}
    assert {(812.6e8, "元"), (121.5e8, "元")} <= found
    output = {"indicator": "规上工业总产值", "period": "1-7月", "value": 812.6, "unit": "亿元", "kind": "actual"}
    assert check_figures(src, [output])[0].status is S.supported


def test_a_table_under_a_units_line_of_percents_is_read_under_its_title() -> None:
    # (…各县区规上工业增加值增速⏎单位：%⏎县区⏎8月⏎1-8月: each cell a growth of the title's measure, of its row's place)
    src = ("8月份全市各县区规上工业增加值增速\n单位：%\n县区\n8月\n1-8月\n全市\n6.1\n5.7\n东河区\n8.2\n7.3\n"
           "西山县\n4.4\n9.1\n")
    growth = {"indicator": "东河区规上工业增加值增速", "period": "1-8月", "unit": "%", "measure": "growth"}
    found = check_figures(src, [{**growth, "value": 7.3}, {**growth, "value": 9.1}])
    assert [r.status.value for r in found] == ["supported", "unconfirmed"]  # (9.1 is 西山县's: not confirmed)


_PROVINCE_TABLE = ("2017年1-3月工业增加值\n计量单位:亿元\n指标名称 |\n本月 |\n本月止 累计 |\n"
                   "本月比 上年同月 增长(%) |\n累计比 上年同期 增长(%) |\n全省总计 |\n2746.15 |\n7010.32 |\n7.4 |\n"
                   "7.0 |\n在总计中: |\n|\n|\n|\n|\n轻工业 |\n1016.25 |\n2555.19 |\n6.5 |\n5.3 |\n"
                   "重工业 |\n1729.90 |\n4455.13 |\n8.0 |\n8.1 |\n")


def test_a_group_label_with_empty_cells_does_not_end_a_table() -> None:
    # (在总计中: | | | |: the rows after it are the table's too; 本月比上年同月增长(%) is the month's growth)
    words = {_PROVINCE_TABLE[c.start:c.end]: w for c, w in _cells_with_words(_PROVINCE_TABLE)}
    assert words["6.5"].row.startswith("轻工业") and words["6.5"].period == "3月"
    assert words["5.3"].period == "1-3月"


def test_rows_under_a_title_that_names_their_measure_are_of_it() -> None:
    # (2017年1-3月工业增加值 over rows 轻工业, 重工业: each row's 增加值)
    growth = {"indicator": "轻工业增加值", "period": "3月", "unit": "%", "measure": "growth"}
    found = check_figures(_PROVINCE_TABLE, [{**growth, "value": 6.5}, {**growth, "period": "1-3月", "value": 5.3}])
    assert [r.status.value for r in found] == ["supported", "supported"]


# A table one cell a line, each line closed by a bar, its corner cell empty and a rule of bars above it, as some
# pages are stored: the column headings give the units, the title what the rows are of.
BARRED_GRID = """一、各镇年度目标完成情况
1—9月分镇规模工业产值完成情况 |
||||
|
产 值 (亿元) |
同比增长 (%) |
年计划 (亿元) |
计划完成 (%) |
全县合计 |
412.6 |
5.1 |
590.0 |
69.9 |
东 关 镇 |
37.2 |
-1.4 |
55.0 |
67.6 |
西湖镇 |
18.5 |
8.2 |
24.0 |
77.1 |
二、结构
"""


def test_a_grid_of_cells_closed_by_bars_is_read_with_its_headings_units_and_title() -> None:
    bare = {"period": "1—9月", "kind": "actual"}
    claims = [{**bare, "indicator": "东关镇规模工业产值", "value": 37.2, "unit": "亿元"},
              {**bare, "indicator": "东关镇规模工业产值", "value": -1.4, "unit": "%", "measure": "growth"},
              {**bare, "indicator": "西湖镇规模工业产值计划完成", "value": 77.1, "unit": "%", "measure": "share"},
              # (the completion is a share: not the growth of the same row)
              {**bare, "indicator": "西湖镇规模工业产值", "value": 77.1, "unit": "%", "measure": "growth"}]
    assert [r.status for r in check_figures(BARRED_GRID, claims)] == \
        [S.supported, S.supported, S.supported, S.misattributed]
    words = {BARRED_GRID[a:a + 4]: w for a, w in grid_words(BARRED_GRID, [(m.start(), m.end()) for m in
                                                                         re.finditer(r"\d+\.\d", BARRED_GRID)]).items()}
    assert words["37.2"].own == "东关镇 产值" and words["37.2"].whole.startswith("1—9月分镇规模工业产值")
    assert words["55.0"].goal and not words["67.6"].goal  # (计划完成 is progress against the plan, no goal)


def test_a_group_s_name_alone_and_a_heading_that_lost_its_year_and_month_words_keep_the_table() -> None:
    # (规模以上工业企业, whose empty cells left no line, does not end the table; 20231-6 is 2023年1-6月 with 年 and 月
    # lost, the period of its column)
    src = ("2023年1-6月规模以上工业产值\n\n单位:万元\n\n指标名称\n\n20231-6\n\n上年同期\n\n比上年±%\n\n"
           "规模以上工业企业\n\n \n\n \n\n \n\n工业总产值\n\n215060.4\n\n198734.1\n\n8.2\n\n"
           "工业销售产值\n\n201337.9\n\n190215.6\n\n5.8\n")
    words = {src[c.start:c.end]: w for c, w in _cells_with_words(src)}
    assert words["215060.4"].period == "2023年1-6月" and words["198734.1"].period != "2023年1-6月"
    assert words["201337.9"].row == "工业销售产值" and words["5.8"].own.startswith("工业销售产值")



# A table whose rows the page ran into one line, cells parted by bars, its units line and the first row's name on
# the heading's line, and a group of rows under a name alone (其中:园区), as some county pages store them.
RUN_ON = ("某县工业主要指标 | 全县 | 2023.9 |\n| 单位:家、亿元 | 指标名称 | 本月 | 同比% | 累计 | 同比% | 企业个数\n"
          "| 212 | 4.4 | 212 | 4.4 | 其中:规模以上 | 87 | 6.1 | 87 | 6.1 | 工业总产值 | 41.6 | 8.3 | 352.9 | 9.7 | "
          "其中:规模以上 | 30.2 | 10.5 | 268.4 | 11.8 | 工业销售产值 | 40.1 | 7.2 | 339.5 | 8.8 |\n"
          "|\n| 其中:园区 |\n|\n"
          "| 工业总产值 | 12.7 | -2.6 | 118.0 | 5.1 | 其中:规模以上 | 11.9 | -1.4 | 109.3 | 6.0 |\n")


def test_rows_run_into_one_line_are_cut_by_the_headings_columns() -> None:
    words = cell_words(RUN_ON)
    got = {(RUN_ON[c.start:c.end], c.unit, words[c.start].row, words[c.start].period) for c in cells(RUN_ON)}
    # (was: nothing read; each row's unit is the one of what it counts or measures, 家 or 亿元)
    assert ("212", "家", "企业个数", "9月") in got and ("41.6", "亿元", "工业总产值", "9月") in got
    assert ("352.9", "亿元", "工业总产值", "1-9月") in got  # (累计: the months to the title's 2023.9)
    assert ("10.5", "%", "规模以上工业总产值", "9月") in got  # (其中:规模以上, a part naming no measure: its row's)
    assert ("339.5", "亿元", "工业销售产值", "1-9月") in got
    # (the group's rows, after a name alone, are the group's: 园区工业总产值, 园区规模以上工业总产值; was: left
    # out, and a right claim of 园区's was refuted, no such value read)
    assert ("118.0", "亿元", "园区工业总产值", "1-9月") in got
    assert ("6.0", "%", "园区规模以上工业总产值", "1-9月") in got
    claim = {"indicator": "全县工业总产值", "value": 352.9, "unit": "亿元", "period": "2023年1-9月"}
    found = check_figures(RUN_ON, [claim, {**claim, "value": 41.6}, {**claim, "value": 118.0},
                                   {**claim, "indicator": "全县工业销售产值", "value": 40.1, "period": "2023年9月"}])
    assert found[0].status is S.supported and found[3].status is S.supported
    assert found[1].status not in (S.supported, S.derived)  # (the month's: was unsupported, no such value read)
    assert found[2].status in (S.unsupported, S.misattributed)  # (园区's 118.0 is not the county's)
    park = check_figures(RUN_ON, [{**claim, "indicator": "园区工业总产值", "value": 118.0},
                                  {**claim, "indicator": "工业总产值", "value": 118.0}])
    assert park[0].status is S.supported
    assert park[1].status not in (S.supported, S.derived)  # (naming no place, on the county's page: whose?)
    grown = {"indicator": "规模以上工业企业个数", "value": 6.1, "unit": "%", "measure": "growth", "period": "2023年9月"}
    found = check_figures(RUN_ON, [grown, {**grown, "value": 4.4}])
    assert found[0].status is S.supported
    assert found[1].status not in (S.supported, S.derived)  # (4.4 is all firms')


def test_a_column_of_the_year_s_goals_beside_results_holds_goals_of_the_whole_year() -> None:
    # (全年计划(亿元) | 1-9月完成(亿元) | 同比增长(%) | 计划完成(%): the plan is the year's goal, the rest results; the
    # growth is of what was done, and progress against the plan is no goal)
    src = ("2025年1-9月某县重点工业指标完成情况\n指标名称 |\n全年计划(亿元) |\n1-9月完成(亿元) |\n同比增长(%) |\n"
           "计划完成(%) |\n规上工业总产值 |\n410 |\n302.7 |\n6.4 |\n73.8 |\n工业投资 |\n66 |\n51.2 |\n-2.1 |\n77.6 |\n")
    output = {"indicator": "规上工业总产值", "unit": "亿元"}
    claims = [{**output, "period": "1-9月", "value": 410},
              {**output, "period": "2025年", "value": 410, "kind": "target"},
              {**output, "period": "1-9月", "value": 302.7},
              {**output, "indicator": "规上工业总产值计划完成率", "period": "1-9月", "value": 73.8, "unit": "%",
               "measure": "share", "kind": "target"}]
    assert [r.status for r in check_figures(src, claims)] == \
        [S.misattributed, S.supported, S.supported, S.unconfirmed]


# A table one cell a line whose corner names what its rows measure (工业总产值 over 本月 | 增长% | 累计 | 累计增长),
# its amounts with no unit, dated only by the text above it.
CORNER_MEASURE = ("今年1-9月，全县重点产业累计完成产值186.2亿元，同比增长9.4%，其中9月份完成产值21.5亿元。\n|\n"
                  "工 业 总 产 值 |\n本月 |\n增长% |\n累计 |\n累计增长 |\n重点产业合计 |\n215300 |\n7.62 |\n"
                  "1862410 |\n9.41 |\n纺织服装业 |\n48120 |\n-3.15 |\n402660 |\n2.08 |\n食品加工业 |\n61730 |\n"
                  "12.44 |\n538920 |\n15.37 |\n")


def test_a_corner_that_names_the_measure_is_the_measure_of_the_rows_under_it() -> None:
    words = {CORNER_MEASURE[c.start:c.end]: w for c, w in _cells_with_words(CORNER_MEASURE)}
    # (was: nothing read, the corner being no names heading)
    assert words["-3.15"].row == "纺织服装业工业总产值" and words["-3.15"].period == "本月"
    assert words["15.37"].period == "累计"
    growth = {"indicator": "纺织服装业工业总产值增速", "unit": "%", "measure": "growth"}
    claims = [{**growth, "period": "9月", "value": -3.15}, {**growth, "period": "1-9月", "value": 2.08},
              {**growth, "period": "9月", "value": 2.08},  # (the run's growth, not the month's)
              {**growth, "indicator": "食品加工业工业总产值增速", "period": "1-9月", "value": 2.08}]
    found = [r.status for r in check_figures(CORNER_MEASURE, claims)]
    assert found[:2] == [S.supported, S.supported] and not {S.supported, S.derived} & set(found[2:])


def test_a_heading_written_down_with_its_corner_left_empty_is_read_under_the_title_above_the_source_line() -> None:
    # (⏎工业产值(亿元)⏎同比增长(%)⏎…⏎东坪镇⏎42.3: the corner cell left no line; 发布日期：… is no title, so no
    # period of 2025年7月; each growth is of the amount column before it)
    src = ("2025年上半年各镇工业产值和固定资产投资\n发布日期：2025年7月18日\n\n工业产值(亿元)\n同比增长(%)\n"
           "固定资产投资(亿元)\n同比增长(%)\n东坪镇\n42.3\n6.8\n11.6\n-4.5\n南岗镇\n27.9\n10.2\n8.4\n13.7\n")
    words = {src[c.start:c.end]: w for c, w in _cells_with_words(src)}
    assert words["27.9"].row == "南岗镇" and words["27.9"].period == "2025年上半年"  # (was: nothing read)
    grown = {"indicator": "南岗镇固定资产投资增速", "period": "上半年", "unit": "%", "measure": "growth"}
    claims = [{"indicator": "东坪镇工业产值", "period": "上半年", "unit": "亿元", "value": 42.3},
              {**grown, "value": 13.7}, {**grown, "value": 10.2},  # (the 工业产值's growth, not the 投资's)
              {"indicator": "东坪镇工业产值", "period": "2025年7月", "unit": "亿元", "value": 42.3}]
    found = [r.status for r in check_figures(src, claims)]
    assert found[:2] == [S.supported, S.supported] and not {S.supported, S.derived} & set(found[2:])


def test_rows_across_under_bare_period_headings_take_percents_from_a_units_line_under_them() -> None:
    # (指标 | 8月 | 1-8月, no unit in the headings, 单位：% under the rows; | 按门类分 | | |, a group's empty cells,
    # does not end the table)
    src = ("8月份，全区规模以上工业增加值同比增长5.2%，1-8月累计增长6.0%。分项如下：\n| 指标 | 8月 | 1-8月 |\n"
           "| 规模以上工业增加值 | 5.2 | 6.0 |\n| 按门类分 | | |\n| 采矿业 | -2.4 | 0.7 |\n| 制造业 | 6.6 | 7.1 |\n"
           "单位：%\n")
    grown = {"indicator": "制造业增加值增速", "unit": "%", "measure": "growth"}
    claims = [{**grown, "period": "8月", "value": 6.6}, {**grown, "period": "1-8月", "value": 7.1},
              {**grown, "indicator": "采矿业增加值增速", "period": "1-8月", "value": 0.7},
              {**grown, "period": "1-8月", "value": 6.6}]  # (the month's, not the run's: was unsupported as well)
    found = [r.status for r in check_figures(src, claims)]
    assert found[:3] == [S.supported] * 3 and found[3] not in (S.supported, S.derived)  # (was: nothing read)


def test_a_group_s_empty_cells_closed_by_bars_one_a_line_do_not_end_a_table() -> None:
    # (（一）工业 |⏎ |⏎ |⏎ |: a group's name and its cells left empty, one a line; 9月(亿元) | 1-9月(亿元): each amount
    # of its own column's months, and the running growth of the run's, not of the title's month)
    src = ("北川县2025年9月经济运行主要指标\n北川县统计局 2025年10月15日\n指标名称 |\n9月(亿元) |\n1-9月(亿元) |\n"
           "累计增长(%) |\n（一）工业 |\n |\n |\n |\n规上工业营业收入 |\n12.6 |\n103.4 |\n7.9 |\n（二）投资 |\n |\n |\n"
           " |\n固定资产投资 |\n4.2 |\n38.7 |\n-3.6 |\n")
    claims = [{"indicator": "固定资产投资", "period": "1-9月", "value": 38.7, "unit": "亿元"},
              {"indicator": "固定资产投资增速", "period": "1-9月", "value": -3.6, "unit": "%", "measure": "growth"},
              {"indicator": "规上工业营业收入", "period": "9月", "value": 103.4, "unit": "亿元"},
              {"indicator": "固定资产投资增速", "period": "9月", "value": -3.6, "unit": "%", "measure": "growth"}]
    found = [r.status for r in check_figures(src, claims)]
    assert found[:2] == [S.supported] * 2 and not {S.supported, S.derived} & set(found[2:])  # (was: unsupported)


def test_a_measure_s_column_under_a_units_line_holds_amounts_of_its_unit() -> None:
    # (单位：万元⏎企业 | 产值 | 增长(%): 产值 names its column with no unit of its own; was: the table not read, or
    # the amount read as a percent)
    title = "2024年1-9月重点企业产值\n单位：万元\n"
    for src in (title + "企业\n产值\n增长(%)\n甲公司\n331570\n6.2\n乙公司\n21.4\n3.3\n",
                title + "企业 | 产值 | 增长(%)\n甲公司 | 331570 | 6.2\n乙公司 | 21.4 | 3.3\n"):
        words = cell_words(src)
        got = {(src[c.start:c.end], c.unit, words[c.start].period) for c in cells(src)}
        assert ("331570", "万元", "2024年1-9月") in got and ("3.3", "%", "2024年1-9月") in got
        claim = {"indicator": "甲公司产值", "value": 33.157, "unit": "亿元", "period": "2024年1-9月"}
        found = check_figures(src, [claim, {**claim, "value": 21.4, "unit": "万元"}])
        assert found[0].status is S.supported and found[1].status not in (S.supported, S.derived)


def test_each_growth_column_is_of_the_measure_s_column_before_it() -> None:
    # (单位：万元⏎企业名称 | 产值 | 增长(%) | 营业收入 | 增长(%): each growth its measure's; a names heading 县（区）
    # and a measure's column over columns that say their units, 工业投资⏎增长(%)⏎占全市比重(%), are read too; the
    # page's date line titles no table)
    two = ("2024年1-6月全县重点工业企业主要指标\n发布日期：2024-07-24  来源：某县统计局\n单位：万元\n"
           "企业名称\n产值\n增长(%)\n营业收入\n增长(%)\n宏达公司\n186420\n12.4\n179305\n9.8\n")
    grown = {"indicator": "宏达公司营业收入", "value": 9.8, "unit": "%", "measure": "growth", "period": "2024年1-6月"}
    found = check_figures(two, [grown, {**grown, "indicator": "宏达公司产值"}, {**grown, "value": 12.4}])
    assert found[0].status is S.supported and found[1].status not in (S.supported, S.derived)
    assert found[2].status not in (S.supported, S.derived)
    places = ("2024年1-9月各县（区）工业投资完成情况\n单位：亿元\n县（区）\n工业投资\n增长(%)\n占全市比重(%)\n"
              "全市\n286.4\n7.3\n100.0\n龙泉县\n52.6\n12.8\n18.4\n")
    words = cell_words(places)
    got = {(places[c.start:c.end], c.unit, words[c.start].own) for c in cells(places)}
    assert ("52.6", "亿元", "龙泉县工业投资") in got and ("286.4", "亿元", "全市工业投资") in got


def test_a_column_headed_by_a_year_and_month_is_of_that_month() -> None:
    # (地区 | 2020年11月 | 2020年10月 under a growth title: each cell its column's month; was: every cell read as
    # 2020年, so a right claim of a month was refuted)
    src = ("指标:工业增加值_同比增长(%)\n地区 | 2020年11月 | 2020年10月 | 2020年9月 |\n"
           "甲省 | 8.7 | 10.2 | 7.3 |\n乙省 | 10.7 | 12.6 | 14.1 |\n")
    claim = {"indicator": "甲省工业增加值增速", "period": "2020年10月", "value": 10.2, "unit": "%",
             "measure": "growth"}
    right, other_month = check_figures(src, [claim, {**claim, "period": "2020年11月"}])
    assert right.status is S.supported
    assert other_month.status not in (S.supported, S.derived)


GROUPED = """2024年3月规模以上工业主要经济效益指标

单位:亿元

行业名称

主营业务收入

利润总额

税金总额

1-3月

比去年同期增长(%)

1-3月

比去年同期增长(%)

1-3月

比去年同期增长(%)

规模以上工业合计

3210.45

8.2

265.31

4.6

198.72

5.1

纺织业

25.18

3.9

-0.12

--

0.41

1.5倍

造纸和纸制品业

31.66

2.4

2.05

12.8

1.12

-6.3
"""


def test_headings_in_two_rows_one_a_line_give_each_column_its_group_s_measure() -> None:
    # (主营业务收入⏎利润总额⏎税金总额 over 1-3月⏎比去年同期增长(%) for each: was no table read, every cell a bare
    # number left open; a row with an empty cell or a growth in 倍 is a row too)
    claim = {"indicator": "纺织业税金总额", "period": "1-3月", "value": 0.41, "unit": "亿元", "measure": "level"}
    profit = {"indicator": "造纸和纸制品业利润总额增速", "period": "1-3月", "value": 12.8, "unit": "%",
              "measure": "growth"}
    right, other_measure, growth, growth_swapped = check_figures(
        GROUPED, [claim, {**claim, "value": -0.12}, profit, {**profit, "value": 2.4}])
    assert right.status is S.supported and growth.status is S.supported
    assert other_measure.status not in (S.supported, S.derived)  # (-0.12 is the profit, not the taxes)
    assert growth_swapped.status not in (S.supported, S.derived)


def test_a_title_that_gives_a_measure_and_its_unit_gives_them_to_each_row_s_period_cells() -> None:
    # (指标:规上工业总产值(亿元) over 地区 | 2024年6月 | 2024年5月: was no unit read, every cell a bare number)
    src = "指标:规上工业总产值(亿元)\n地区 | 2024年6月 | 2024年5月 |\n甲市 | 386.5 | 352.1 |\n乙市 | 210.3 | 198.7 |\n"
    claim = {"indicator": "甲市规上工业总产值", "period": "2024年6月", "value": 386.5, "unit": "亿元",
             "measure": "level"}
    right, other_measure, other_month = check_figures(
        src, [claim, {**claim, "indicator": "甲市规上工业增加值"}, {**claim, "period": "2024年5月"}])
    assert right.status is S.supported
    assert other_measure.status not in (S.supported, S.derived)
    assert other_month.status not in (S.supported, S.derived)
