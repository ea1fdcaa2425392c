"""numbers/projects.py: which project a bare attribute written after a project's own clause belongs to."""

from __future__ import annotations

from summariser.numbers.projects import project_before, project_named

TEXT = "一是年产8万吨锂电池正极材料项目，总投资3亿元；二是新型建材产业园项目；总投资5亿元，预计年产值8亿元。"


def test_an_attribute_after_a_projects_clause_is_that_projects_over_attributes_between() -> None:
    assert project_before(TEXT, TEXT.index("3亿元")) == "年产8万吨锂电池正极材料项目"
    assert project_before(TEXT, TEXT.index("5亿元")) == "新型建材产业园项目"
    assert project_before(TEXT, TEXT.index("8亿元")) == "新型建材产业园项目"


def test_no_owner_for_a_lists_total_a_kind_of_project_or_a_clause_said_of_projects() -> None:
    listed = "集中开工的项目分别为：甲乙电机生产项目；丙丁物流园区项目，总投资20.9亿元。"
    assert project_before(listed, listed.index("20.9")) == ""
    for clause in ("全部为新建项目", "加快推进重点项目", "就签下64个项目", "重点项目", "兴建临港装备制造产业园项目"):
        assert project_named(clause) == "", clause
    assert project_named("首批签约的有华富尊裕项目") == "华富尊裕项目"
