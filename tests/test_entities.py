"""The offline engine's organisations and projects (pipeline/rules/entities.py) and its summary and headline
(pipeline/rules/extract.py), on articles written for these tests."""

from __future__ import annotations

from summariser import check_text
from summariser.pipeline.rules.entities import organisations_of, projects_of
from summariser.pipeline.rules.extract import headline_of, summary_of

ARTICLE = ("撸起袖子加油干 凝心聚力开新局\n"
           "新春伊始，处处涌动着大建设、大发展的热潮。工业稳则经济稳。\n"
           "1至2月，全市规模以上工业增加值同比增长9.1%，规上工业总产值完成286.4亿元。"
           "市经信局联合市发改委、市住建局等部门建立协商机制，走进湖北华强新材料股份有限公司，两条生产线满负荷运转。\n"
           "江南化工、北辰光电等12家重点工业企业参会。楚天锂电三期项目全速推进，"
           "重点推动华强新材料5万吨/年电池隔膜项目、北辰光电总投资12亿元的显示模组项目顺利推进。"
           "一季度，云梦产业园、长江智造基地等21个项目集中开工，总投资96亿元。")


def test_bodies_and_companies_once_each_in_their_fullest_form() -> None:
    got = organisations_of(ARTICLE, "孝感市经济和信息化局")
    assert got[0] == "孝感市经济和信息化局" and "市经信局" not in got  # the short form of the publisher goes
    for name in ("市发改委", "市住建局", "湖北华强新材料股份有限公司", "江南化工", "北辰光电"):
        assert name in got, got
    assert not any(n.startswith(("走进", "联合", "以")) for n in got)


def test_projects_with_their_company_investment_and_status() -> None:
    sentences = [s + "。" for s in ARTICLE.split("。") if s]
    projects = {p.name: p for p in projects_of(sentences, organisations_of(ARTICLE))}
    assert projects["楚天锂电三期项目"].status == "在建"
    assert projects["华强新材料5万吨/年电池隔膜项目"].company == "华强新材料"
    shown = projects["北辰光电总投资12亿元的显示模组项目"]
    assert (shown.company, shown.investment, shown.status) == ("北辰光电", "12亿元", "在建")
    for name in ("云梦产业园", "长江智造基地"):
        assert projects[name].status == "开工" and projects[name].investment is None  # 96亿元 is the list's total
    assert not any("等" in n or "个项目" in n for n in projects)  # a class of projects is not one


def test_the_summary_carries_the_main_facts_not_the_slogans() -> None:
    summary = summary_of(ARTICLE, "撸起袖子加油干 凝心聚力开新局")
    assert "9.1%" in summary and "286.4亿元" in summary and "热潮" not in summary and "工业稳则" not in summary
    assert summary.index("9.1%") < summary.index("12家")  # article order
    assert not [v for v in check_text(ARTICLE, summary) if v.status.value in ("unsupported", "misattributed")]


def test_a_long_sentence_is_cut_to_the_clauses_that_hold_its_figures() -> None:
    text = ("为深入贯彻落实全市经济工作会议精神，全面推动工业经济高质量发展，力争一季度工业增加值增长10%、"
            "工业投资增长20%以上，确保首战必胜、开局良好，以首季开门红促进全年满堂红。")
    assert summary_of(text) == "力争一季度工业增加值增长10%、工业投资增长20%以上。"


def test_a_headline_without_a_title_ends_at_a_clause() -> None:
    text = "全市规模以上工业增加值同比增长9.1%，规上工业总产值完成286.4亿元，同比增长12.3%。"
    head = headline_of(text)
    assert head == "全市规模以上工业增加值同比增长9.1%" and len(head) <= 30


def test_a_sentence_with_no_clause_end_is_shown_cut_at_a_break() -> None:
    # (a statistics table run into one line, its cells parted by spaces: the whole page was the summary's one
    # sentence and the headline, and each of its numbers was checked against the page again, in time growing with
    # the square of the page: 400 rows in 16 s; found by benchmarks/crash_hunt.py)
    row = "{}月 规上工业增加值 {}.5% 产值 {}亿元 "
    page = "".join(row.format(i % 12 + 1, i % 20, 100 + i) for i in range(60)) + "。"
    summary = summary_of(page)
    assert 300 < len(summary) <= 441 and summary.endswith("。") and page.startswith(summary[:-1])
    headline = headline_of(summary)
    assert headline == "1月 规上工业增加值 0.5% 产值 100亿元 2月 规上工业增加值 1.5% 产值 101亿元 3月 规上工业增加值"


def test_a_thousands_comma_is_no_clause_end_of_a_summary_or_headline() -> None:
    # (cut there, 出口额1,185.5万元 showed as 出口额1, a number the page does not write)
    row = "出口额1,{}85.5万元增长{}.5%"
    page = "1-9月全县主要经济指标" + "".join(row.format(i % 10, i % 20) for i in range(40)) + "。"
    summary = summary_of(page)
    cut = len(summary) - 1
    assert page.startswith(summary[:-1]) and not (page[cut - 1].isdigit() and page[cut] in ",.0123456789")
    text = "1-9月，全县出口额1,185.5万元，同比增长10.5%，规上工业总产值1,222.6万元，增长11.6%。"
    assert summary_of(text) == text
    assert headline_of(text) == "1-9月，全县出口额1,185.5万元，同比增长10.5%"
