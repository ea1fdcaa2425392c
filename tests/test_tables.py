"""Tables flattened into lines (numbers/tables.py): each number alone on its line read with its row's unit
and name and its column's heading. The tables are written for these tests, in the genre."""

from __future__ import annotations

from summariser import check_figures, extract_quantities
from summariser.core.models import CheckStatus as S
from summariser.numbers.tables import cell_words, cells

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
