"""The offline engine names what each number measures from its clause (pipeline/indicators.py)."""

from __future__ import annotations

import pytest

from summariser import check_figures
from summariser.pipeline.rules import figures_of


def named(text: str) -> dict[str, str]:
    """Each figure's value as written → its indicator."""
    return {f"{f.value:g}{f.unit}": f.indicator for f in figures_of(text)}


@pytest.mark.parametrize("text, value, indicator", [
    # leading verbs, fillers and division names go; the measure is said once
    ("力争全县一季度工业投资完成85亿元，同比增长25%以上。", "85亿元", "工业投资"),
    ("力争全县一季度工业投资完成85亿元，同比增长25%以上。", "25%", "工业投资增速"),  # a tail takes the subject
    ("锚定全年工业增加值增长12.5%目标。", "12.5%", "工业增加值增速"),
    ("京山市重点推进规上工业产值完成312.8亿元。", "312.8亿元", "规上工业产值"),
    ("全区规模以上工业增加值同比增长7.8%，高于全市1.2个百分点。", "1.2个百分点", "规模以上工业增加值增速高于全市"),
    # a count names what it counts, and what is said of it
    ("容百锂电、鄂州电厂等12家重点工业企业参会。", "12家", "参会的重点工业企业"),
    ("全市共有231家规上工业企业坚持生产。", "231家", "坚持生产的规上工业企业"),
    ("74家单位结对帮扶148家企业。", "74家", "结对帮扶的单位"),
    ("现场调度宜都东阳光、枝江海科等4个重点项目。", "4个", "现场调度的重点项目"),
    ("整体调度43个预增产值2000万元以上的增长点。", "43个", "预增产值增长点"),
    ("其中10亿元以上项目14个。", "14个", "10亿元以上项目"),
    ("等37个项目集中开工建设，总投资189亿元。", "189亿元", "集中开工建设的项目总投资"),
    # from … to: the indicator is before 从
    ("日产轴承从之前的1.2万套增加到2万套。", "2万套", "日产轴承"),
    ("企业用工由380人增加到460余人。", "380人", "企业用工"),
    # what a plant makes, and a project's capacity
    ("企业生产了超过3000吨的复合肥。", "3000吨", "复合肥产量"),
    ("重点推动鄂中生态10万吨/年渣浆综合利用项目建设。", "10万吨/年", "鄂中生态渣浆综合利用项目产能"),
    ("现已“小进规”企业18家。", "18家", "小进规企业"),
])
def test_an_indicator_is_named_from_its_clause(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_every_name_the_engine_gives_passes_its_own_check() -> None:
    text = ("1至9月，全区规模以上工业增加值同比增长7.8%，高于全市1.2个百分点；规上工业总产值完成486.3亿元，"
            "同比增长9.6%。191家企业与各类金融机构签订贷款及授信协议金额279.1亿元。")
    figures = figures_of(text)
    assert [v.status.value for v in check_figures(text, figures)] == ["supported"] * len(figures)


def test_a_long_clause_of_numbers_is_named_in_linear_time() -> None:
    """Each value reads a bounded window of its clause, however long the clause (no commas)."""
    text = "新增企业" + "".join(f"{i}家和" for i in range(1, 4000)) + "。"
    figures = figures_of(text)
    assert len(figures) > 3000 and all(len(f.indicator) <= 60 for f in figures)


def test_an_amount_at_the_end_of_a_line_is_an_amount_not_a_threshold() -> None:
    """突破86亿元 then a line break: a headline's result, not a class of things (亿元以上项目)."""
    text = "我县数字经济规模突破86亿元\n对10亿元以上项目给予奖励。"
    kinds = {f"{f.value:g}{f.unit}": f.kind for f in figures_of(text)}
    assert kinds == {"86亿元": "actual", "10亿元": "threshold"}
