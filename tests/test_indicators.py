"""The offline engine names what each number measures from its clause (pipeline/indicators.py)."""

from __future__ import annotations

import pytest

from summariser import check_figures
from summariser.pipeline.figures import figures_of


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
    # a running total after a count of what is new: the total of those things
    ("全年新增规上工业企业57家，总数达到736家。", "736家", "规上工业企业总数"),
    ("新建5G基站410个，累计达到2280个。", "2280个", "5G基站总数"),
    # what is measured alone, of a month or to date: what its paragraph measured it of
    ("工业用电。9月份，全市工业用电量10.6亿千瓦时；1-9月累计用电98.2亿千瓦时。", "98.2亿千瓦时", "工业用电量"),
    ("1-8月，全市重点项目累计完成投资402.3亿元。8月当月完成投资51.7亿元。", "51.7亿元", "重点项目完成投资"),
    # a line of a list under a breakdown heading: the place's value of what the paragraph before measured
    ("1-10月，全省规模以上工业增加值同比增长2.4%。\n分市看：\n甲市\t5.1%\n乙市\t-0.7%\n", "-0.7%",
     "乙市规模以上工业增加值增速"),
])
def test_an_indicator_is_named_from_its_clause(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a list of places, each value in brackets after its place: that place's, not the first item's
    ("全市8个县(市、区)中，正增长的有新会区(12.1%)、台山市(9.8%)、开平市(7.5%)等3个县(市、区)。", "9.8%", "台山市"),
    # a list of places whose sentence names no measure: the one the sentence before measured, after its 从…看 lead
    ("从工业增加值看，1-9月，全市规模工业增加值同比增长9%。其中，新会区、台山市同比分别增长12.1%、10.5%。", "12.1%",
     "新会区规模工业增加值"),
    # a capacity: formed, its product after the amount; of a plant that forms it; of the things counted before it
    ("到2026年，基本形成30万吨锰酸锂正极材料、8万吨六氟磷酸锂产业规模。", "30万吨", "锰酸锂正极材料产能"),
    ("竣工项目中，甲铝业项目形成年产80万吨电解铝产能。", "80万吨", "甲铝业项目电解铝产能"),
    ("全县保留煤矿12处、产能600万吨/年。", "600万吨/年", "保留煤矿产能"),
])
def test_an_item_or_a_capacity_is_named_by_its_own_words(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_every_name_the_engine_gives_passes_its_own_check() -> None:
    text = ("1至9月，全区规模以上工业增加值同比增长7.8%，高于全市1.2个百分点；规上工业总产值完成486.3亿元，"
            "同比增长9.6%。191家企业与各类金融机构签订贷款及授信协议金额279.1亿元。")
    figures = figures_of(text)
    assert [v.status.value for v in check_figures(text, figures)] == ["supported"] * len(figures)


def test_a_product_named_alone_before_its_weight_is_its_output_to_the_checker_too() -> None:
    text = "1-4月，全县主要工业产品中，纱1640吨，同比增长58.5%；饮料酒44006千升，同比增长8.0%。"
    claim = {"indicator": "纱产量", "value": 1640, "unit": "吨", "period": "1-4月"}
    assert check_figures(text, [claim])[0].status.value == "supported"
    assert check_figures(text, [{**claim, "indicator": "饮料酒产量", "value": 44006, "unit": "千升"}])[0]\
        .status.value == "supported"


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


# ---------------------------------------------------------------- periods and kinds the engine writes


def periods(text: str) -> dict[str, str | None]:
    """Each figure's value as written → the period the engine writes for it."""
    return {f"{f.value:g}{f.unit}": f.period for f in figures_of(text)}


def kinds(text: str) -> dict[str, str]:
    return {f"{f.value:g}{f.unit}": f.kind for f in figures_of(text)}


def test_a_lagging_series_dates_its_paragraph_and_the_report_s_period_resumes() -> None:
    text = ("一季度，全省规上工业增加值增长6.8%。\n1-2月，全省规上服务业营业收入增长9.6%，其中信息服务业增长14.2%。\n"
            "全省社会消费品零售总额增长5.1%。")
    assert periods(text) == {"6.8%": "一季度", "9.6%": "1-2月", "14.2%": "1-2月", "5.1%": "一季度"}
    # (a page's hard wrap: 1—8 月 dates the lines it breaks)
    wrapped = ("2.工业园区提质增效。1—9 月,园区规上工业产值 96.4\n亿元,同比增长 12%;工业投资 18.36 亿元,同比增长 9%;\n"
               "主要亮点:一是电子材料产业势头良好。全年订单饱满,产能持续释放。1—8 月\n份实现产值 42 亿元,出口交货值 "
               "860 万美元,利税同比增长\n11.2%。二是食品加工产业稳步发展。")
    assert {v: periods(wrapped)[v] for v in ("96.4亿元", "42亿元", "860万美元", "11.2%")} == {
        "96.4亿元": "1—9 月", "42亿元": "1—8 月", "860万美元": "1—8 月", "11.2%": "1—8 月"}
    goal = "全年目标任务7亿元。1~11月，到位资金6.5亿元。\n乾元镇完成到位资金全年任务的116%。"
    assert periods(goal)["6.5亿元"] == "1~11月"


def test_dangnian_naming_a_class_dates_no_value_after_it() -> None:
    got = periods("1-9月，全县共引进项目31个，其中当年新开工项目18个，续建项目9个，技改项目4个。")
    assert (got["9个"], got["4个"]) == ("1-9月", "1-9月")  # (were 当年)


def test_a_comparison_base_is_not_the_period() -> None:
    text = "1至10月，全县规上工业增加值同比增长8.2%，增速比前9月加快0.6个百分点。"
    assert periods(text) == {"8.2%": "1至10月", "0.6个百分点": "1至10月"}


def test_a_stretch_of_years_dates_its_own_sentence_only() -> None:
    text = "近5年来，全县新增规上工业企业86家，累计完成工业投资320亿元。2023年，工业投资增长12%。"
    assert periods(text) == {"86家": "近5年来", "320亿元": "近5年来", "12%": "2023年"}
    text = "近年来，全市工业持续向好。全市工业投资增长9.2%，技改投资增长6.1%。"
    assert periods(text)["9.2%"] is None  # (a stretch of years opening a paragraph is no period of its year's values)
    assert periods("年初至今，全县累计完成投资12亿元。") == {"12亿元": "年初至今"}


def test_the_period_its_own_sentence_writes_over_one_nearer_that_the_reading_does_not_tie_it_to() -> None:
    # the Timeline takes the period nearest before a value; where the document's reading ties the value to
    # the one its sentence opens with (the checker's: it refused the engine's own figure), the engine writes that
    text = "一季度，全县规模以上工业增加值延续1月份回升势头，同比增长7.2%，比全市高1.5个百分点。"
    assert periods(text) == {"7.2%": "一季度", "1.5个百分点": "一季度"}  # (a trend it carries on: not its period)
    text = "2024年，全县一般公共预算支出(不含2023年结转的专项债券资金)增长4%左右，规上工业增加值增长9%以上。"
    assert periods(text) == {"4%": "2024年", "9%": "2024年"}  # (an aside in brackets)
    text = "2023年，全县外贸企业订单基本恢复到2019年水平，外贸进出口总额增长12.6%，占全市比重18.3%。"
    assert periods(text) == {"12.6%": "2023年", "18.3%": "2023年"}  # (a level it is measured against)
    text = "记者从全区2024年经济工作会议获悉，2023年，全区规上工业增加值增长7.1%。高新技术产业产值增长15.2%。"
    assert periods(text)["15.2%"] == "2023年"  # (the meeting's year, an event's name)
    # a goal's amount keeps the goal's period, and a base keeps out, though the reading ties them otherwise
    assert periods("1-10月，全县工业投资完成180亿元，占年度目标220亿元的81.8%。")["220亿元"] == "年度"
    text = "1-7月，全县规上工业增加值增长8.1%，增速比今年1-5月、1-6月分别提高1.2个百分点和0.6个百分点。"
    assert periods(text)["0.6个百分点"] == "1-7月"


def test_a_starting_point_a_multiples_base_and_a_second_base_are_not_the_period() -> None:
    assert periods("截至1月31日，全县工业企业开工率由正月初七的53.9%跃升至88.3%。")["88.3%"] == "1月31日"
    assert periods("前7个月，工业技改投资63.7亿元，是去年全年的2.3倍。")["2.3倍"] == "前7个月"
    assert periods("1-5月，住宿业营业额0.25亿元，降幅与1-4月基本持平。")["0.25亿元"] == "1-5月"
    text = "1-7月，全县规上工业增加值同比增长3.6%，增速较上半年和1-5月分别提高2.3和4.5个百分点。"
    assert periods(text)["4.5个百分点"] == "1-7月"
    assert named(text)["4.5个百分点"] == "规上工业增加值增速较1-5月"
    assert named("截至1月31日，全县工业企业开工率由正月初七的53.9%跃升至88.3%。")["88.3%"] == "工业企业开工率"


def test_a_flow_summed_to_date_is_of_the_period_in_force_and_a_breakdown_of_its_whole() -> None:
    text = "1至5月，园区完成规模以上工业总产值26.04亿元。累计完成投资28.46亿元，同比增长44.89%。"
    assert periods(text)["28.46亿元"] == "1至5月" and named(text)["26.04亿元"] == "园区规模以上工业总产值"
    assert periods("全县累计建成5G基站1260个。")["1260个"] is None  # (a stock: no period)
    text = "全县经济平稳。截至9月底，全县重点项目累计完成投资167.1亿元。其中，涉市重点项目完成投资111.4亿元。"
    assert periods(text)["111.4亿元"] == periods(text)["167.1亿元"] is not None


def test_a_gap_over_the_years_goal_is_actual_of_the_period_reported() -> None:
    text = "一季度，全县工业投资增长13.6%，超出年度目标1.6个百分点。"
    assert kinds(text)["1.6个百分点"] == "actual" and periods(text)["1.6个百分点"] == "一季度"


def test_what_a_plant_will_make_once_built_has_no_period() -> None:
    text = "2023年，全县签约项目12个，其中宏达项目总投资20亿元，建成后年可实现产值16.5亿元。"
    assert periods(text)["16.5亿元"] is None and periods(text)["12个"] == "2023年"


def test_a_paragraph_opening_after_a_breakdown_word_holds_for_its_later_sentences() -> None:
    text = "分行业看，前三季度，化工行业增加值同比增长6.2%。其中，精细化工增加值同比增长9.5%。"
    assert periods(text)["9.5%"] == "前三季度"


def test_a_statistic_inherits_the_period_of_the_paragraphs_before_a_project_attribute_does_not() -> None:
    text = "1至5月，全市规上工业增加值同比增长7.1%。\n规上工业企业营业收入同比增长9.3%。\n恒达新材料项目总投资12亿元。"
    assert periods(text) == {"7.1%": "1至5月", "9.3%": "1至5月", "12亿元": None}


def test_retail_a_tax_and_profit_sum_turnover_herds_and_yields_are_statistics_of_the_period() -> None:
    text = ("1至9月，全县规上工业增加值同比增长6.8%。\n社会消费品零售总额完成41.2亿元。\n规上工业企业实现利税3.6亿元。"
            "\n生猪出栏12.4万头。\n全县电商交易额18.7亿元。")
    assert periods(text) == {"6.8%": "1至9月", "41.2亿元": "1至9月", "3.6亿元": "1至9月", "12.4万头": "1至9月",
                             "18.7亿元": "1至9月"}


def test_a_section_heading_or_another_article_stops_the_period_in_force() -> None:
    text = ("1至5月，全市规上工业增加值同比增长7.1%。\n企业培育扎实推进。新认定省级专精特新企业12家。\n"
            "节能降耗成效明显。全市单位工业增加值能耗同比下降2.4%。\n本报讯 全市发热门诊接诊量较上周上升15%。")
    assert periods(text) == {"7.1%": "1至5月", "12家": None, "-2.4%": None, "15%": None}


def test_now_is_written_as_the_text_writes_it_and_a_running_total_takes_no_opening() -> None:
    assert periods("截至目前，全县已建成标准厂房42万平方米。") == {"42万平方米": "截至目前"}
    text = "今年1至10月，全县工业用电量同比增长6%。全县累计建成5G基站860个。"
    assert periods(text) == {"6%": "今年1至10月", "860个": None}


def test_a_rate_to_date_is_read_under_the_report_s_period() -> None:
    text = ("2023年前三季度，全省规模以上工业增加值累计同比增长5.8%。"
            "\n分区域看，北部片区规上工业增加值累计同比增长12.4%。")
    assert periods(text) == {"5.8%": "2023年前三季度", "12.4%": "2023年前三季度"}


def test_a_place_s_amount_done_is_read_under_the_report_s_period_and_named() -> None:
    text = "1-4月，全市完成工业固定资产投资355亿元，同比增长15.8%。\n按增幅排名为：东宝区完成77.1亿元，同比增长19.5%。"
    assert periods(text)["77.1亿元"] == "1-4月"
    assert named("东宝区完成77.1亿元，同比增长19.5%。") == {"77.1亿元": "东宝区完成", "19.5%": "东宝区完成增速"}


def test_a_report_s_lead_period_holds_for_statistics_no_paragraph_dates() -> None:
    text = ("1至8月全州经济运行数据公布\n9月15日，州统计局发布1至8月全州经济运行数据。\n工业生产平稳\n"
            "全州规上工业增加值同比增长4.6%。\n分三大门类看，采矿业增加值增长12.0%。")
    assert periods(text) == {"4.6%": "1至8月", "12%": "1至8月"}


def test_goal_lines_take_the_deadline_their_list_opens_with() -> None:
    text = ("主要目标\n到2027年，全县工业总产值达到800亿元；\n工业投资年均增长12%，"
            "新增规上工业企业60家。\n发展重点\n每年招引项目30个以上。")
    assert periods(text) == {"800亿元": "2027年", "12%": "2027年", "60家": "2027年", "30个": None}


def test_the_second_base_of_a_list_of_bases_is_no_period() -> None:
    text = "前三季度，全省规上工业产销率为96.2%，分别较1—8月、上半年提高0.2、0.6个百分点。"
    assert periods(text) == {"96.2%": "前三季度", "0.2个百分点": "前三季度", "0.6个百分点": "前三季度"}


def test_a_stock_now_takes_no_period_of_its_sentence() -> None:
    text = "截至9月底，全县新增规上工业企业15家，全县现有高新技术企业48家、省级专精特新企业21家。"
    assert periods(text) == {"15家": "截至9月底", "48家": None, "21家": None}


def test_a_period_in_an_events_name_dates_the_event_not_the_values_of_its_sentence() -> None:
    text = "全县举行一季度重大项目集中开工活动，现场签约项目12个。新开工项目中，工业项目9个。"
    assert periods(text) == {"12个": None, "9个": "一季度"}  # (it still opens the paragraph for the next)
    assert periods("县里召开2023年工业经济运行调度会议，45家企业参会。") == {"45家": None}


def test_a_goals_period_opening_a_paragraph_is_not_the_period_of_its_actual_values() -> None:
    text = "在技改方面，全县力争全年实施技改项目60个以上。对新入库项目奖励10万元。"
    assert periods(text) == {"60个": "全年", "10万元": None}


def test_only_a_period_its_paragraphs_statistics_were_read_under_holds_into_the_paragraphs_after() -> None:
    text = "一季度，全县新开工项目18个，总投资96亿元。\n全县规上工业企业营业收入同比增长9.3%。"
    assert periods(text) == {"18个": "一季度", "96亿元": "一季度", "9.3%": None}
    assert periods("力争上半年工业投资增长15%。\n全县工业用电量同比增长6.2%。") == {"15%": "上半年", "6.2%": None}
    # a line a page's hard wrap breaks off mid-sentence hands its period on to the line after
    text = "前三季度，全县完成技改投资26亿元。园区农机产业发展迅速，1—8 月\n份实现产值 80 亿元。"
    assert periods(text) == {"26亿元": "前三季度", "80亿元": "1—8 月"}


def test_a_forecast_word_holds_to_its_sentence_end() -> None:
    assert kinds("预计全年规上工业增加值达到120亿元，同比增长8%。") == {"120亿元": "forecast", "8%": "forecast"}


def test_a_goals_own_amount_is_a_target_of_the_goals_period_and_the_share_reached_is_actual() -> None:
    text = "1至9月，全县完成工业投资56亿元，完成年度目标任务80亿元的70%。"
    figures = {f"{f.value:g}{f.unit}": (f.kind, f.period) for f in figures_of(text)}
    assert figures == {"56亿元": ("actual", "1至9月"), "80亿元": ("target", "年度"), "70%": ("actual", "1至9月")}
    assert kinds("预计全年规上工业营业收入完成210亿元（省下达任务200亿元）。") == {
        "210亿元": "forecast", "200亿元": "target"}


def test_tasks_said_done_are_actual() -> None:
    assert kinds("今年以来，已完成12项任务。") == {"12项": "actual"}


def test_the_values_of_a_work_plans_paragraph_are_targets() -> None:
    text = ("下一步，市经信局将进一步聚焦年度目标任务，狠抓工业项目建设。"
            "推动新开工亿元以上项目30个，新增规上工业企业50家。")
    assert kinds(text) == {"30个": "target", "50家": "target"}


@pytest.mark.parametrize("text, value, indicator", [
    # a 分别 list: each value its own item's
    ("纺织、食品、电子行业增加值分别增长7.3%、6.8%、15.8%。", "6.8%", "食品行业增加值"),
    # how a value moved (增速, 年均增长) names nothing: the clause subject's growth
    ("全区完成工业投资29.3亿元，增速45.7%。", "45.7%", "工业投资增速"),
    # a sentence opening "…中，" names what its counts count, and their amounts
    ("一季度集中开工重大项目中，福州115个、总投资802亿元，厦门17个、总投资88亿元。", "115个", "福州集中开工重大项目"),
    ("一季度集中开工重大项目中，福州115个、总投资802亿元，厦门17个、总投资88亿元。", "88亿元",
     "厦门集中开工重大项目总投资"),
    # a goal a value is measured against is not the sentence's subject
    ("全市工业投资完成52亿元，完成年度目标任务80亿元的65%，同比增长9.1%。", "9.1%", "工业投资增速"),
    # a contribution is the part's (the whole's before what it measures)
    ("制造业增加值同比增长12%，拉动全区规上工业增加值增长3.1个百分点。", "3.1个百分点",
     "制造业拉动全区规上工业增加值"),
])
def test_an_indicator_is_named_from_its_sentence(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


# ---------------------------------------------------------------- whose an amount is, and what it counts


@pytest.mark.parametrize("text, value, indicator", [
    # what is measured alone (完成投资, 产值, 利润) is of the whole its sentence or the one before names
    ("2023年全县重点技改项目24个，完成投资18.6亿元。", "18.6亿元", "重点技改项目完成投资"),
    ("全县光伏组件产量52万千瓦，同比增长12%。产值36.2亿元，同比增长9.5%。", "36.2亿元", "光伏组件产值"),
    ("全县光伏组件产量52万千瓦，同比增长12%。产值36.2亿元，同比增长9.5%。", "9.5%", "光伏组件产值增速"),
    ("规上工业企业实现营业收入215亿元，同比增长8%；利润增长12.4%。", "12.4%", "规上工业企业利润增速"),
    ("园区建设\n完成投入12.5亿元，增长8.1%。", "12.5亿元", "园区建设投入"),  # a heading line names it
    # …but not where its own words say the whole, nor after the parts of a list
    ("规上工业企业实现营业收入215亿元。全县完成投资50亿元。", "50亿元", "完成投资"),
    ("已开工项目12项、未开工项目3项，累计完成投资6.2亿元。", "6.2亿元", "完成投资"),
    # an amount said of the thing after it
    ("重点推进总投资32亿元的恒泰新材料产业园、12亿元的宏达精密铸造项目等项目建设。", "32亿元",
     "恒泰新材料产业园总投资"),
    ("重点推进总投资32亿元的恒泰新材料产业园、12亿元的宏达精密铸造项目等项目建设。", "12亿元", "宏达精密铸造项目投资"),
    ("提前完成市下达我县6亿元的全年技改投资任务。", "6亿元", "技改投资任务"),
    # a count of things and what is said of them
    ("全县31个行业大类中，24个行业增加值实现正增长。", "24个", "增加值实现正增长的行业"),
    ("9个行业利润增幅超过20%。", "9个", "利润增幅超过20%的行业"),
    ("实施省级重点项目18个，竣工7个。", "7个", "竣工的省级重点项目"),  # only what happened to them: those
    ("新认定国家级绿色工厂2家和省级绿色工厂5家。", "2家", "新认定国家级绿色工厂"),  # the words after are the next's
    ("续建技改项目12个完成投资8.5亿元。", "12个", "续建技改项目"),
    ("全县培育专精特新企业省级9家、国家级2家。", "2家", "培育专精特新企业国家级"),  # a class of the same things
    ("其余8个计划投产项目正在加快建设。", "8个", "计划投产项目"),
    ("全县新签约项目（含5000万元以上工业项目）46个。", "46个", "新签约项目"),  # a note is not the name
    ("今年以来引进5个500强企业项目。", "5个", "引进的500强企业项目"),
    # a product's weight or length is its output, not what was built
    ("钢材52.3万吨，增长6.2%；水泥118万吨，下降3.1%。", "52.3万吨", "钢材产量"),
    ("钢材52.3万吨，增长6.2%；水泥118万吨，下降3.1%。", "-3.1%", "水泥产量增速"),
    ("新建污水管网12千米。", "12千米", "新建污水管网"),
    ("纱1640吨，增长8.5%；饮料酒4.4万千升，增长8%。", "1640吨", "纱产量"),  # (a product of one character)
    ("纱1640吨，增长8.5%；饮料酒4.4万千升，增长8%。", "4.4万千升", "饮料酒产量"),
    ("将建设年产20万吨高性能纤维生产线。", "20万吨", "高性能纤维生产线产能"),
    # a count of a class of things after 其中 is that class of the whole's things
    ("全县招商推介会签约项目24个，总投资86亿元。其中10亿元以上项目2个，亿元以上项目15个。", "15个",
     "亿元以上招商推介会签约项目"),
    ("全县实施重点项目120个，其中亿元以上项目45个。", "45个", "亿元以上重点项目"),
    # how the things came to be counted is not what they are; what a whole covers has no investment of its own
    ("8个项目成功签约，涉及装备制造、新材料等4个领域，计划总投资36亿元。", "8个", "签约的项目"),
    ("此次签约项目涉及装备制造、食品加工等5个领域，总投资126亿元。", "126亿元", "总投资"),
    # a part after 其中 with no measure of its own is measured as its paragraph's whole was
    ("上半年，全省规模以上工业发电量2131亿千瓦时。其中，水电1710亿千瓦时，增长26.8%。", "1710亿千瓦时", "水电发电量"),
    ("全市工业总产值2434亿元。其中，轻工业完成491亿元；重工业完成1943亿元，增长26.3%。", "26.3%", "重工业总产值增速"),
    ("全市进出口总额892亿元。其中，进口完成210亿元。", "210亿元", "进口"),  # (a measure of its own)
    # a count of things and what is said of them
    ("统计的364种主要工业产品中，200种产品产量增长。", "200种", "产量增长的产品"),
    ("石化、日用轻工等4个产业增速超过20%。", "4个", "增速超过20%的产业"),
    ("8个项目成功签约，涉及装备制造、新材料等4个领域，计划总投资36亿元。", "36亿元", "签约的项目计划总投资"),
    ("推介会上，5个项目实现签约，签约额12亿元。", "12亿元", "项目签约额"),
    # a list of projects, each in a clause of its own and its amount in the next
    ("本次签约的有宏远新材料项目，总投资5亿元；锦程物流园项目，总投资2.3亿元。", "5亿元", "宏远新材料项目总投资"),
    ("本次签约的有宏远新材料项目，总投资5亿元；锦程物流园项目；总投资2.3亿元。", "2.3亿元", "锦程物流园项目总投资"),
    ("集中签下18个项目，总投资额为46亿元。", "46亿元", "集中签下的项目总投资额"),  # (the projects counted)
    ("开工的项目为：甲乙电机生产项目；丙丁物流园区项目，总投资20.9亿元。", "20.9亿元", "开工的项目总投资"),
    # a rate or sum written bare after its subject is the subject's; examples before 等 are no list of counts
    ("全区规模以上制造业增加值同比增长11.1%，贡献率达64.3%。", "64.3%", "规模以上制造业贡献率"),
    ("全县共签约项目29个。亿元以上项目28个，引资75.7亿元。", "75.7亿元", "亿元以上项目引资"),
    ("引进甲部件基地、乙整车制造等汽车产业项目9个，签约额超过32.5亿元；", "32.5亿元", "汽车产业项目签约额"),
    # a value that names nothing is its sentence's subject's; a mark passed (突破…大关) bounds no class
    ("规上工业产值首次突破3000亿元大关，达3346.8亿元、增长22.8%。", "3346.8亿元", "规上工业产值"),
    ("全市农林牧渔业总产值401.7亿元，可比增长6.5%。", "6.5%", "农林牧渔业总产值增速"),
    # an amount said of the project after it: as its own words name it, to where the project's name ends
    ("引资额1.5亿元的恒丰农产品加工项目、引资额0.8亿元的绿源肥业项目。", "0.8亿元", "绿源肥业项目引资额"),
    ("甲公司计划投资12亿元的华通精细化工产业园项目与乙公司计划投资3亿元的设施农业项目签约。", "12亿元",
     "华通精细化工产业园项目计划投资"),
    # a sector without a measure is measured as its siblings before it in its sentence
    ("制造业增加值同比增长9.6%；采矿业同比下降4.1%。", "-4.1%", "采矿业增加值增速"),
    # a scope clause names what is measured of its parts
    ("前三季度，全县技改投资中，装备制造业完成24.6亿元，增长18%。", "24.6亿元", "装备制造业技改投资"),
    ("前三季度，全县技改投资中，装备制造业完成24.6亿元，增长18%。", "18%", "装备制造业技改投资增速"),
])
def test_whose_an_amount_is_and_what_a_count_counts(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a gap is the growth's (增速高于上年), a rate's own (产销率比上年同期) or says which (降幅收窄)
    ("全县工业投资增长16.2%，增速高于上年9.1个百分点。", "9.1个百分点", "工业投资增速高于上年"),
    ("规上工业企业产销率为97.2%，比上年同期提高0.8个百分点。", "0.8个百分点", "规上工业企业产销率比上年同期"),
    ("化工行业利润同比下降3.4%，较一季度降幅收窄1.2个百分点。", "1.2个百分点", "化工行业利润较一季度降幅收窄"),
    # a growth on last year's same period is a growth
    ("规上工业企业实现利润总额56亿元，比上年同期增长15.3%。", "15.3%", "规上工业企业实现利润总额增速"),
    # the base a value is compared with, in brackets, is that base's
    ("全州规模以上工业企业增加值同比增长3.2%，贡献率为31.3%，拉动全州增加值增长2.2个百分点。", "2.2个百分点",
     "全州规模以上工业企业拉动全州增加值"),
    ("煤炭行业增加值同比增长16.3%，高出全市4.5个百分点，拉动工业增长9.1个百分点。", "4.5个百分点",
     "煤炭行业增加值增速高出全市"),
    ("煤炭行业增加值同比增长16.3%，高出全市4.5个百分点，拉动工业增长9.1个百分点。", "9.1个百分点",
     "煤炭行业拉动工业"),
    ("全县规上工业增加值增长9.3%，增速比全省平均增速（6.2%）高3.1个百分点。", "6.2%",
     "全省规上工业增加值增速"),
    ("1-2月，宜宾市规模以上工业增加值同比增长15.7%，高于全省（10.1%）5.6个百分点。", "10.1%",
     "全省规模以上工业增加值增速"),
    ("全县规上工业增加值增长9.3%，比上年同期（6.2%）高3.1个百分点。", "6.2%", "规上工业增加值增速"),  # (a time's)
    ("规上工业企业达582户，比2015年（347户）增加235户。", "347户", "规上工业企业"),
    # a multiple of a base is named with its base, not as a growth
    ("工业技改投资637.4亿元，增长42%，是去年全年的2.3倍。", "2.3倍", "工业技改投资相当于去年全年的倍数"),
    ("全县规上工业增加值增长9.3%，增速比全省平均增速（6.2%）高3.1个百分点。", "3.1个百分点",
     "规上工业增加值增速比全省平均增速高"),
    # the share of a goal reached is named with the goal, as written
    ("1-5月，全县社会消费品零售总额35.4亿元，完成年度任务（86亿元）的41.2%。", "41.2%",
     "社会消费品零售总额完成年度任务"),
    ("全县外贸进出口额12.3亿元，完成全年目标任务的45.6%。", "45.6%", "外贸进出口额完成全年目标任务"),
    ("预计全年规上工业营业收入完成210亿元（省下达任务200亿元）。", "200亿元", "规上工业营业收入省下达任务"),
    ("规上工业增加值确保目标增长8%，奋斗目标增长10%。", "10%", "规上工业增加值奋斗目标"),
    ("全市38个行业大类中，29个行业增加值实现增长，增长面为76.3%。", "76.3%", "行业增长面"),
    # …and fillers of time are not names
    ("截至目前已完成投资2.4亿元。", "2.4亿元", "完成投资"),
])
def test_a_value_related_to_another_is_named_with_both(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_a_period_broken_by_a_hard_wrap_is_not_part_of_the_name() -> None:
    assert "份" not in named("园区农机产业发展迅速，1—6月\n份实现产值42亿元。")["42亿元"]


def test_a_month_on_month_change_is_named_so_and_its_check_holds() -> None:
    text = "10月当月，全县工业用电量1.86亿千瓦时，同比增长7.4%，环比下降3.1%。"
    names = named(text)
    assert names["7.4%"] == "工业用电量增速" and names["-3.1%"] == "工业用电量环比增速"
    got = check_figures(text, [{"indicator": names["-3.1%"], "value": -3.1, "unit": "%", "measure": "growth"}])
    assert got[0].status.value == "supported"


def test_a_bare_rate_or_sum_is_named_with_its_sentence_subject() -> None:
    names = named("截至8月底，全县重点工业项目142个，开工率86.6%。此次签约项目18个，签约总金额96.5亿元。")
    assert names["86.6%"].endswith("开工率") and "重点工业项目" in names["86.6%"]
    assert names["96.5亿元"].endswith("签约总金额") and "签约项目" in names["96.5亿元"]


def test_a_class_bound_in_a_goal_is_a_threshold_and_a_goal_named_by_its_amount_is_not() -> None:
    """力争实施500万元以上技改项目40个: 500万元 bounds the class, whatever the goal; 突破600亿元的目标 is the goal."""
    text = "今年力争实施500万元以上技改项目40个，实现规上工业产值突破600亿元的目标。"
    kinds = {f"{f.value:g}{f.unit}": f.kind for f in figures_of(text)}
    assert kinds["500万元"] == "threshold"
    assert kinds["40个"] == "target"
    assert kinds["600亿元"] == "target"


def test_a_months_detail_of_a_report_to_date_does_not_hold_into_the_paragraphs_after() -> None:
    # 8月当月 and 8月份 detail the report on 1-8月: the paragraphs after, which state none, are of 1-8月
    text = ("1-8月，全市重点项目完成投资412.6亿元，同比增长8.3%。8月当月完成投资55.1亿元。\n"
            "分县区看，甲县完成投资98.2亿元，乙县完成投资76.4亿元。\n"
            "前三季度，全市规上工业产值增长6.1%。9月份，全市规上工业产值增长7.2%。\n"
            "重点产业中，装备制造产业产值增长9.4%。")
    got = periods(text)
    assert got["55.1亿元"] == "8月" and got["7.2%"] == "9月份"
    assert got["98.2亿元"] == "1-8月" and got["76.4亿元"] == "1-8月"
    assert got["9.4%"] == "前三季度"


def test_a_goal_named_earlier_in_its_sentence_dates_the_goals_after_it() -> None:
    text = "谈及四季度，他表示，全县将全力冲刺全年目标，确保规上工业增加值增长7%以上，力争工业投资增长10%。"
    got = periods(text)
    assert got["7%"] == "全年" and got["10%"] == "全年"


def test_a_percent_written_in_words_is_a_figure() -> None:
    text = "一季度，全市规模以上工业增加值同比增长百分之十一点六，高于全省二点四个百分点。"
    got = {f"{f.value:g}{f.unit}": f.indicator for f in figures_of(text)}
    assert got == {"11.6%": "规模以上工业增加值增速", "2.4个百分点": "规模以上工业增加值增速高于全省"}


def test_a_list_of_places_names_each_value_with_its_place_and_the_list_s_measure() -> None:
    text = ("分地区看，前三季度，芙蓉区、天心区规上工业增加值分别增长7.2%、8.1%，浏阳市、宁乡市分别增长6.4%、5.9%。"
            "分县区看，长沙县、望城区完成投资分别为88.4亿元、73.1亿元。")
    names = {f.value: f.indicator for f in figures_of(text)}
    assert names[8.1] == "天心区规上工业增加值"
    assert names[5.9] == "宁乡市规上工业增加值"
    assert names[73.1].startswith("望城区") and names[73.1].endswith("投资")
    # (and so named, the engine's own figures pass its check)
    figures = [f for f in figures_of(text) if f.value in (8.1, 5.9, 73.1)]
    checks = check_figures(text, [f.model_dump() for f in figures])
    assert [c.status.value for c in checks] == ["supported"] * 3


def test_a_breakdown_by_place_names_each_value_with_its_place_and_the_measure_before_it() -> None:
    text = "1-10月，全省规上工业增加值增长6.5%。\n分地市看，长沙市增长7.8%，株洲市增长6.9%，湘潭市下降1.1%。\n"
    names = {f.value: f.indicator for f in figures_of(text)}
    assert names[7.8] == "长沙市规上工业增加值增速" and names[-1.1] == "湘潭市规上工业增加值增速"


def test_a_table_s_place_cells_are_named_with_what_the_headline_says_is_measured() -> None:
    page = ("湖南省统计局\n\n2025年1-10月全省及各市州规模以上工业增加值增速\n\n发布日期：2025-11-20\n\n"
            "1-10月，全省规模以上工业增加值增长6.6%。\n\n各市州情况（1-10月，%）\n地区\t增速\n长沙市\t8.1\n株洲市\t6.2\n")
    names = {f.value: f.indicator for f in figures_of(page)}
    assert names[8.1] == "长沙市规模以上工业增加值增速"
    figures = [f for f in figures_of(page) if f.value == 8.1]
    assert check_figures(page, [f.model_dump() for f in figures])[0].status.value == "supported"


def test_an_amount_after_a_count_of_its_things_is_theirs_and_signed_sums_take_their_owner() -> None:
    got = named("其中，合同项目35个、签约额286.4亿元，框架协议项目6个、签约额39.5亿元。"
                "全市签约招商引资项目188个，签约额912亿元，到位资金356.2亿元。")
    assert got["286.4亿元"] == "合同项目签约额" and got["39.5亿元"] == "框架协议项目签约额"
    assert got["912亿元"].endswith("签约额") and got["912亿元"] != "签约额"
    listed = named("已开工项目9项、未开工项目1项，完成投资12.6亿元。")
    assert "已开工" not in listed["12.6亿元"]  # (a list of counts: the amount is the whole's)


def test_trade_and_a_total_investment_written_bare_after_their_subject_are_its() -> None:
    got = named("1-9月，全市有进出口实绩的民营企业5102家，进出口1467.2亿元。新开工项目26个，总投资额88.38亿元。")
    assert got["1467.2亿元"].endswith("民营企业进出口")
    assert got["88.38亿元"] == "新开工项目总投资额"


def test_a_budget_a_revenue_is_held_to_is_named_as_the_revenue_s_and_the_growth_after_it_too() -> None:
    got = named("1-9月，全市一般公共预算收入完成15.3亿元，为年初预算数25.60亿元的59.8%，同比增长6.1%。"
                "全县一般公共预算收入累计完成12.86亿元，完成预算数（15.30亿元）的84.1%，同比增长7.2%。")
    assert got["25.6亿元"] == "一般公共预算收入年初预算数" and got["6.1%"] == "一般公共预算收入增速"
    assert got["15.3亿元"] == "一般公共预算收入预算数" and got["7.2%"] == "一般公共预算收入增速"


def test_an_amount_per_thing_after_their_total_is_named_as_theirs() -> None:
    got = named("1-9月，全市27家营业收入超10亿元的企业实现营业收入126.4亿元，户均4.68亿元。")
    assert got["4.68亿元"] == "超10亿元的企业户均营业收入"


def test_an_amount_invested_is_named_by_the_project_the_next_clause_builds() -> None:
    got = named("投资12亿元，兴建临港装备制造产业园项目；投资5亿元，新建年产20万吨再生纸项目。")
    assert got["12亿元"] == "临港装备制造产业园项目投资" and got["5亿元"] == "年产20万吨再生纸项目投资"


def test_names_after_respectively_are_named_with_what_the_clause_before_measures() -> None:
    got = named("新登记企业数前三的县区分别为临溪县320家、东坪区285家，其余2个县区分别为北塘区180家、南湖区150家。")
    assert got["285家"] == "东坪区新登记企业数" and got["150家"] == "南湖区新登记企业数"


def test_a_whole_year_s_value_in_an_early_work_report_is_a_goal() -> None:
    text = ("发布时间：2025-01-20\n在省政府工作报告中，2025年，全省将推动重点产业链做优做强。具体来看，煤炭、原油产量"
            "6.5亿吨、2100万吨以上，新增新能源装机800万千瓦以上。")
    assert {f"{f.value:g}{f.unit}": f.kind for f in figures_of(text)}["800万千瓦"] == "target"
    assert check_figures(text, [{"indicator": "新增新能源装机", "period": "2025年", "value": 800, "unit": "万千瓦",
                                 "qualifier": ">=", "kind": "target"}])[0].status.value == "supported"


def test_a_class_counted_among_a_whole_of_a_class_gives_up_the_whole_s_class() -> None:
    text = "全区在建亿元以上工业项目98个，其中10亿元以上项目11个。"
    assert named(text)["11个"] == "10亿元以上在建工业项目"


def test_a_base_compared_with_before_what_is_compared_dates_no_value() -> None:
    text = ("1-5月，全市工业投资同比增长21.5%。与1-4月投资增速相比，6个县区工业投资增速进一步提高，"
            "其中甲县提高8.2个百分点。")
    periods = {f"{f.value:g}{f.unit}": f.period for f in figures_of(text)}
    assert periods["6个"] != "1-4月" and periods["8.2个百分点"] != "1-4月"  # (was 1-4月: the base)


def test_the_figures_that_name_a_project_before_it_are_of_no_period_of_the_sentence() -> None:
    text = ("据悉，某市元月有18个重大项目开工，总投资额达62.5亿元，包括投资6亿元、年产整车8万辆的某区新能源汽车项目，"
            "总投资9亿元的某某产业园项目等。")
    periods = {f"{f.value:g}{f.unit}": f.period for f in figures_of(text)}
    assert periods["18个"] == "元月"
    assert periods["6亿元"] is None and periods["8万辆"] is None  # (was 元月: the project's own figures)


def test_now_as_a_modifier_of_a_noun_dates_no_figure() -> None:
    text = ("打赢经济恢复攻坚战，已成为当前最紧迫的任务。“这次大会的召开表明了全市的信心。”某某说，其中，"
            "三大先导产业共签约项目60个，总投资1520亿元。")
    periods = {f"{f.value:g}{f.unit}": f.period for f in figures_of(text)}
    assert periods["60个"] is None and periods["1520亿元"] is None  # (was 当前)


def test_an_aside_on_last_year_holds_for_its_paragraph_only() -> None:
    text = ("一季度，全市规模以上工业实现增加值210.5亿元，同比增长6.8%。据了解，新企业发挥了重要作用。"
            "去年，我市新增工业企业231家，实现工业增加值9.6亿元。\n从板块来看，沿海新区完成增加值32.4亿元，同比增长7.1%。")
    periods = {f"{f.value:g}{f.unit}": f.period for f in figures_of(text)}
    assert periods["231家"] == "去年"
    assert periods["32.4亿元"] != "去年"  # (was 去年)


def test_a_ranked_list_of_places_with_values_in_brackets_names_each_place_s_value() -> None:
    text = "1-10月，全省规上工业增加值同比增长8.2%。分市看，甘孜(19.5%)、泸州(10.4%)、巴中(9.7%)增速居前。"
    got = named(text)
    assert got["19.5%"] == "甘孜规上工业增加值增速"  # (was 甘孜()
    assert got["10.4%"] == "泸州规上工业增加值增速"


def test_a_note_with_a_comma_in_brackets_is_not_the_name() -> None:
    got = named("上半年全县实现地区生产总值(GDP,下同)186亿元,同比增长9.4%。")
    assert got["186亿元"] == "地区生产总值"  # (was 下同))


def test_a_count_names_the_things_after_it_with_their_size_class() -> None:
    got = named("力争培育5个100亿级消费品工业龙头企业，建设2个500亿级新型工业化示范基地，培育10个50亿级企业。")
    assert got["5个"] == "培育的100亿级消费品工业龙头企业"  # (was 培育)
    assert got["2个"] == "建设的500亿级新型工业化示范基地"
    assert got["10个"] == "培育的50亿级企业"


def test_how_a_count_moved_is_not_its_name() -> None:
    assert named("全市招商签约项目快速增长至1260个。")["1260个"] == "招商签约项目"  # (was 招商签约项目快速)


def test_an_amount_a_company_invests_is_the_investment_of_what_it_builds_with_it() -> None:
    got = named("签约项目中，某某新能源有限公司在高新区投资18亿元建设200兆瓦光伏组件项目；"
                "目前投资12亿元建成的20条生产线已投产。")
    assert got["18亿元"] == "某某新能源200兆瓦光伏组件项目投资"  # (was 某某新能源有限公司在高新区投资)
    assert "生产线" not in got["12亿元"]  # (建成的…: what was built, no project its amount builds)


def test_bi_zeng_is_a_growth_and_enumerators_and_gao_da_are_no_name() -> None:
    got = {f"{f.value:g}{f.unit}": (f.indicator, f.measure) for f in figures_of(
        "前三季度，全区地区生产总值比增5.2%，工业投资比降1.6%。一是装备制造业完成268.4亿元。"
        "制造业增加值同比增长9.8%，贡献率高达93.1%。")}
    assert got["5.2%"] == ("地区生产总值增速", "growth")  # (was 地区生产总值比增, a level)
    assert got["-1.6%"] == ("工业投资增速", "growth")
    assert got["268.4亿元"][0] == "装备制造业"  # (was 一是装备制造业)
    assert "高" not in got["93.1%"][0]  # (was 贡献率高)


def test_a_bare_measure_is_of_the_whole_its_sentence_opens_with_in_a_clause_with_no_figure() -> None:
    got = named("1-9月份某某经济开发区工业经济平稳增长，累计完成总产值126.4亿元，同比增长18.2%。"
                "从行业看，新能源产业领跑全区，增加值增长31.5%。")
    assert got["126.4亿元"] == "某某经济开发区工业总产值"  # (was 总产值)
    assert got["18.2%"] == "某某经济开发区工业总产值增速"  # (was 总产值增速)
    assert got["31.5%"] == "新能源产业增加值增速"  # (was 增加值; 从行业看 is how, not whose)


def test_a_bare_measure_after_a_sentence_with_no_figure_is_of_the_whole_it_names() -> None:
    got = named("一季度，园区食品加工产业加速发展。1-3月实现产值42亿元。")
    assert got["42亿元"] == "园区食品加工产业产值"  # (was 产值)


def test_an_area_s_opening_clause_gives_no_owner() -> None:
    got = named("今年以来，规上工业企业营业收入增长8.1%。一季度，全市经济运行总体平稳，完成投资58亿元。")
    assert got["58亿元"] == "完成投资"  # (全市: the area's own total, not the earlier sentence's firms')


def test_profit_and_tax_is_a_measure_of_the_whole_before_it() -> None:
    got = named("去年规模以上工业完成增加值186.2亿元，增长9.1%；完成利税52.6亿元，同比增长11.4%。")
    assert got["52.6亿元"] == "规模以上工业利税"  # (was 利税)
    assert got["11.4%"] == "规模以上工业利税增速"


def test_a_list_mark_inside_brackets_does_not_cut_the_noun() -> None:
    got = named("前三季度，增速居前五的县(市、区)实现生产总值1860.5亿元。")
    assert got["1860.5亿元"].startswith("增速居前五的县(市、区)")  # (was 区)实现生产总值)


def test_a_numbered_list_of_places_names_each_place_s_amount_and_its_growth() -> None:
    got = named("前三季度，全市地区生产总值增长5.6%，各县排名如下：1.临安区(612.4亿元6.1%)、2.桐庐县(285.7亿元4.9%)。")
    assert got["612.4亿元"] == "临安区地区生产总值"  # (was 1.临安区)
    assert got["6.1%"] == "临安区地区生产总值"  # (was 1.临安区: the growth of the amount before it)


def test_a_comma_inside_a_note_does_not_cut_the_noun_but_a_value_s_note_is_no_noun() -> None:
    got = named("1-8月，全省规模以上服务业(不含批发零售,下同)营业收入1.86万亿元。"
                "全县5亿元(人民币,下同)以上项目共有9个。")
    assert got["1.86万亿元"].startswith("规模以上服务业")  # (was 下同)营业收入)
    assert "人民币" not in got["9个"]  # (5亿元's note: not the noun's)


def test_a_subject_whose_members_are_joined_by_a_list_mark_is_named_whole() -> None:
    names = named("预计上半年，三县和东、西两区合计实现产值820亿元、增长12%。")
    assert names["820亿元"].startswith("三县和东、西两区")
    assert named("1-6月，进出口、出口同比均增长21.5%。")["21.5%"].startswith("进出口、出口")
    # (a list of values: each 、 after a value starts an item of its own)
    assert named("全县规上工业产值完成20亿元、增长5%、利润3亿元。")["3亿元"] == "利润"


def test_a_rank_or_size_class_is_part_of_the_counted_noun() -> None:
    assert named("论坛吸引了80余家国内外500强企业参加。")["80家"] == "参加的国内外500强企业"
    assert named("全省加快培育4个100亿级产业集群。")["4个"].endswith("100亿级产业集群")


def test_a_product_named_alone_where_the_sentence_is_on_products_output_is_its_output() -> None:
    names = named("分产品看，主要工业产品产量多数增长，其中，水泥增长3.5%，汽车6.2万辆，同比增长20.1%。")
    assert names["3.5%"] == "水泥产量增速"
    assert names["6.2万辆"] == "汽车产量"
    # (a sector is no product)
    assert named("分产品看，主要产品产量增长，纺织业增长2%。")["2%"] == "纺织业增速"


def test_output_and_an_average_are_of_the_whole_named_before_them() -> None:
    assert named("今年小麦播种面积完成85.2万亩，产量达30.6万吨。")["30.6万吨"] == "小麦产量"
    names = named("上半年，排名前五的县实现生产总值820.5亿元；平均增速5.8%，县均水平164.1亿元。")
    assert names["5.8%"] == "排名前五的县平均增速"
    assert names["164.1亿元"] == "排名前五的县县均水平"


def test_places_listed_by_their_stems_are_measured_by_the_head_after_the_last() -> None:
    names = named("上半年，遵义、安顺、毕节地区生产总值保持较快增长，分别增长8.1%、7.5%、6.9%。")
    assert names["8.1%"] == "遵义地区生产总值"


def test_a_sector_named_alone_with_a_growth_is_measured_as_the_growth_before_it() -> None:
    names = named("前三季度，全县规模以上工业增加值同比增长6.4%。分门类看，采矿业增长3.1%，制造业增长7.2%。")
    assert names["3.1%"] == "采矿业增加值增速"
    assert names["7.2%"] == "制造业增加值增速"
    names = named("一季度，大型企业增加值增长9.5%；中型企业增长6.2%，小微企业增长4.4%。")
    assert names["6.2%"] == "中型企业增加值增速"
    assert names["4.4%"] == "小微企业增加值增速"
    # (a sector of the 生产总值 is measured by its 增加值)
    names = named("上半年，全市地区生产总值增长5.2%。其中，第二产业增长4.0%，金融业增长3.3%。")
    assert names["3.3%"] == "金融业增加值增速"


def test_a_place_named_alone_is_measured_as_the_value_before_it() -> None:
    names = named("具体来看，无锡市地区生产总值7100亿元，南通市6030亿元，常州市4520亿元。")
    assert names["6030亿元"] == "南通市地区生产总值"
    assert names["4520亿元"] == "常州市地区生产总值"
    names = named("其中，新签约项目潍坊5个、聊城3个、济南2个。")
    assert names["3个"] == "聊城新签约项目"
    assert names["2个"] == "济南新签约项目"


def test_a_planned_investment_keeps_its_plan() -> None:
    assert named("今年共签约项目26个，计划总投资约85亿元。")["85亿元"] == "签约项目计划总投资"


def test_a_product_after_an_output_or_under_a_products_heading_is_its_output() -> None:
    names = named("重点监测的产品中，水泥产量同比增长6.0%，钢材增长5.6%，饲料增长2.5%。")
    assert names["5.6%"] == "钢材产量增速"
    names = named("从主要工业产品看，全市生产汽车12.4万辆，比上年同期增长8.1%。其中，轿车6.5万辆，增长12.3%。")
    assert names["6.5万辆"] == "轿车产量"
    assert names["12.3%"] == "轿车产量增速"
    assert "产量" not in names["8.1%"]  # (比上年同期: a base, no product)


def test_an_amount_grading_a_class_is_part_of_the_counted_noun() -> None:
    names = named("本次签约项目中，50亿元级项目3个，总投资20亿元及以上项目7个。")
    assert names["3个"] == "50亿元级项目"
    assert names["7个"] == "总投资20亿元及以上项目"



def test_a_class_bounded_by_an_amount_keeps_what_the_amount_is_of() -> None:
    names = named("签约项目中，投资总额在5亿元以上的项目31个，投资过1亿元项目12个。")
    assert names["31个"] == "投资总额5亿元以上项目"
    assert names["12个"] == "投资过1亿元项目"
    assert named("总投资在2亿元~5亿元之间的项目8个。")["8个"] == "总投资2亿元~5亿元项目"


def test_a_product_after_a_sentence_on_products_output_is_its_output() -> None:
    names = named("全县主要产品产量平稳。12月，化肥增长7.5%，纸制品增长3.2%。")
    assert names["7.5%"] == "化肥产量增速"
    names = named("在主要产品中，铜材增长4.1%，玻璃下降2.6%。")
    assert names["4.1%"] == "铜材产量增速"


@pytest.mark.parametrize("text, value, indicator", [
    # an adverb of the verb after the words is not what is measured
    ("沿海县区工业增速均超12%。", "12%", "沿海县区工业增速"),
    ("甲市和乙市则分别以8.1%和7.9%的增速领先。", "8.1%", "甲市"),
    ("该园区上半年实现产值更是高达6.2亿元。", "6.2亿元", "该园区产值"),
    ("千亿元产业有望达5个。", "5个", "千亿元产业"),
    # how a growth is reckoned is not what grew
    ("全县地区生产总值完成210亿元，按可比价格计算同比增长6.6%。", "6.6%", "地区生产总值增速"),
    ("全区一般公共预算收入12亿元，同口径增长9.1%。", "9.1%", "一般公共预算收入增速"),
])
def test_an_adverb_or_a_reckoning_is_no_part_of_the_name(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_a_count_after_long_words_keeps_what_was_done_to_the_things() -> None:
    assert named("全省春季招商推介会上海分会场共签约21个项目。")["21个"] == "签约的项目"
    assert named("本月东湖新区集中开工9个项目。")["9个"] == "集中开工的项目"
    assert named("乙材料等4家企业被评为省级绿色工厂。")["4家"] == "被评为省级绿色工厂的企业"


def test_a_count_of_a_class_of_things_names_what_is_said_of_them() -> None:
    assert named("40个大类行业中，31个大类行业利润同比增长。")["31个"] == "利润同比增长的大类行业"


def test_a_count_before_what_its_things_did_counts_the_things_named_before_it() -> None:
    # (纺织鞋服13户实现产值41.03亿元: the firms of 纺织鞋服, not of 产值; was named 实现产值的…; from development
    # set 194)
    got = named("园区规上企业中，智能装备11户实现产值36.2亿元，食品加工8户实现产值12.7亿元。")
    assert "产值" not in got["11户"] and "智能装备" in got["11户"]


def test_a_rise_in_output_is_named_by_what_rose() -> None:
    # (谷物产量14.78万吨，增产0.13%: 谷物产量增速, not 增产; from development set 193)
    assert named("全年谷物产量18.42万吨，增产1.6%。")["1.6%"] == "谷物产量增速"


def test_sessions_and_the_three_sectors_are_no_counts() -> None:
    # (三次产业; 十七届人大四次会议: a fixed term and a session's ordinal; were marked as counts; from development
    # set 193)
    got = named("在县十八届人大三次会议上，三次产业结构调整为12:41:47。全年召开4次专题会议。")
    assert "3次" not in got and "4次" in got


@pytest.mark.parametrize("text, value, indicator", [
    # (…等制造业行业分别增长: each item is a 行业 of its own, no 制造业行业; from development set 195)
    ("1-6月，全市化工、建材、医药等制造业行业分别增长8.1%、5.2%和12.3%。", "5.2%", "建材行业"),
    # (the share of a goal whose amount stands between: named by the goal; from development set 192)
    ("1-5月，全县已完成年任务4.2亿元的23.5%。", "23.5%", "完成年任务"),
    # (an amount right before a goal's noun is the goal; from development set 192)
    ("截至9月底，该区已提前完成区150亿招商引资任务。", "150亿", "区招商引资任务"),
    # (税金 is a measure of the subject, as 税收 is; from development set 194)
    ("1-8月，全市规上工业企业实现利润总额32.1亿元，税金5.4亿元。", "5.4亿元", "规上工业企业税金"),
    # (a ；-part opening on 占 takes the subject of the part before; from development set 195)
    ("1-6月，全区实现营业收入86.2亿元，较去年同期增长51%；占全市的比重为12.4%。", "12.4%", "营业收入占全市的比重"),
    # (a short noun right after 其中： is a part of the whole measured before; from development set 193)
    ("1-6月，全县一般公共预算支出38.6亿元，其中：教育6.2亿元，卫生健康3.1亿元。", "6.2亿元", "教育支出"),
    # (bare rates listed after an owner: the first's owner is each's; from development set 194)
    ("全市123个重点项目中，新开工项目入园率、开工率和投产率分别为92%、85%和60%。", "85%", "新开工项目开工率"),
    # (an industry whose name holds 、 is one item, and 以及 joins two; from development set 195)
    ("1-9月，其中计算机、通信和其他电子设备制造业以及专用设备制造业、医药制造业等重点发展行业分别实现签约12个、"
     "9个和7个。", "9个", "专用设备制造业实现签约"),
])
def test_names_read_from_development_sets_192_to_195(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_a_counted_stretch_of_years_opening_a_paragraph_is_its_period() -> None:
    # (过去五年，…。…年均增长6.9%: the five years', no period left out; from development set 193)
    figures = figures_of("过去五年，全县经济实力持续增强。地区生产总值年均增长6.9%，规上工业增加值年均增长9.2%。")
    assert {f.period for f in figures} == {"过去五年"}


@pytest.mark.parametrize("text, value, indicator", [
    # (a gap whose base is written with its own value, or as a list ending in 等: named from the comparison word;
    # were named 的平均水平 and 城市; from development sets 196 and 202)
    ("一季度，全区规上工业增加值增长7.4%，高于全国6.1%的平均水平1.3个百分点。", "1.3个百分点",
     "规上工业增加值增速高于全国的平均水平"),
    ("1-9月，全市规上工业增加值增长8.2%，高于南京、杭州等城市10个百分点。", "10个百分点",
     "规上工业增加值增速高于南京、杭州等城市"),
])
def test_a_gap_is_named_from_its_comparison_word(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_a_count_after_an_example_list_is_not_the_last_example_s() -> None:
    # (正增长的有丰顺县(37.4%)、…梅江区(1.0%)等7个县: was named 梅江区的县; from development set 203)
    got = named("1-7月，全市规上工业增加值正增长的有丰顺县(37.4%)、平远县(12.1%)、梅江区(1.0%)等7个县（市、区）。")
    assert "梅江区" not in got["7个"]


def test_a_part_after_qizhong_of_a_planned_whole_is_planned() -> None:
    # (计划实施项目126个…。其中，续建项目33个: the parts were read as done; from development set 200)
    text = "今年全县计划实施重点项目84个，年度计划投资62亿元。其中，续建项目31个，新建项目53个。"
    assert kinds(text) == {"84个": "target", "62亿元": "target", "31个": "target", "53个": "target"}
    # …but not the parts of a whole that is done
    assert kinds("今年全县实施重点项目84个。其中，续建项目31个，新建项目53个。") == {
        "84个": "actual", "31个": "actual", "53个": "actual"}


def test_a_share_of_a_plan_done_and_a_yield_once_built() -> None:
    # (占年度计划投资总额153.92%: the share of the plan done, actual; 全部建成后年产值可达106亿元: foreseen; were a
    # target
    # and an actual; from development sets 197 and 199)
    text = "1-10月，全县重点项目完成投资68.2亿元，占年度计划投资总额131.6%。项目全部建成后年产值可达86亿元。"
    assert kinds(text) == {"68.2亿元": "actual", "131.6%": "actual", "86亿元": "forecast"}


def test_by_how_much_a_result_passed_its_goal_is_a_result() -> None:
    # (新增…企业1342家，超目标任务442家: 442 is how much the result passed the goal; was a target; from development set
    # 191)
    assert kinds("2024年，全省新增规上工业企业1286家，超目标任务386家。") == {"1286家": "actual", "386家": "actual"}


def test_a_work_report_s_review_part_dates_its_values_by_the_year_its_heading_reviews() -> None:
    # (一、2023年工作回顾 …全年地区生产总值完成…; 二、2024年工作安排 …确保增长…: the offline engine gave none, or 全年;
    # from development set 205)
    text = ("政府工作报告\n——2024年1月10日在某县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n"
            "过去的一年，全县地区生产总值完成142.6亿元，增长5.1%；规上工业增加值增长7.3%。\n"
            "全年新增规上工业企业18家。\n二、2024年工作安排\n全县地区生产总值力争增长6%左右。")
    got = periods(text)
    assert (got["142.6亿元"], got["7.3%"], got["18家"]) == ("2023年", "2023年", "2023年")
    assert got["6%"] == "2024年"


def test_a_review_part_headed_by_its_results_or_a_summary_dates_its_values_too() -> None:
    # (一、2022年工作成效 / 2021年主要成绩 / 2023年任务完成情况: the words the checker reads as a look back; was none)
    for heading in ("一、2022年工作成效", "2021年主要成绩", "一、2020年工作总结"):
        text = f"某县工业和信息化局\n{heading}\n全县规上工业增加值增长7.6%，新增规上工业企业14家。\n三、下步打算\n"
        got = periods(text)
        assert (got["7.6%"], got["14家"]) == (heading[heading.index("20"):heading.index("年") + 1],) * 2, heading
    # (a part of the year, a plan's task or a headline's 成果 heads no look back over the whole year)
    for heading in ("一、2024年一至十月工作完成情况", "一、2024年以来工作成效", "一、2025年巩固改革成果的主要任务",
                    "2023年招商引资成果丰硕"):
        text = f"某县工业和信息化局\n{heading}\n新增规上工业企业14家。\n三、下步打算\n"
        assert periods(text)["14家"] is None, heading


def test_a_bare_year_opening_a_line_before_the_first_value_is_the_report_s_period() -> None:
    # (2021年，全区…⏎一、综合⏎…: a review of the year; from development set 205)
    text = "2021年，全区经济运行稳中有进。\n一、工业\n规模以上工业增加值增长9.2%。\n二、投资\n固定资产投资增长6.4%。"
    got = periods(text)
    assert (got["9.2%"], got["6.4%"]) == ("2021年", "2021年")


def test_a_month_s_part_named_dangyue_takes_the_name_of_the_total_before_it() -> None:
    # (1-10月…完成总产值1898.04亿元。其中10月当月完成产值190.58亿元: named 当月完成产值; from development set 204)
    got = named("1-9月，全市规模以上工业企业完成总产值1632.5亿元，同比增长7.1%。其中9月当月完成产值186.2亿元，"
                "同比增长8.3%。")
    assert got["186.2亿元"] == "规模以上工业企业完成总产值" and got["8.3%"].startswith("规模以上工业企业完成总产值")


def test_a_count_of_a_plan_s_parts_in_chinese_numerals_is_no_figure() -> None:
    # (八个方面重点工作, 十项重点任务, 三条底线: how a plan is laid out; from development sets 193, 197, 199)
    got = named("今年，我县将聚焦八个方面重点工作，守住三条底线，全年新增规上工业企业12家。")
    assert set(got) == {"12家"}


def test_a_list_of_places_names_the_measure_of_the_sentence_before() -> None:
    # (全省实现规上工业增加值…。深圳、佛山…等地市分别同比增长4.5%、6.3%: named 深圳 alone; from development set 201)
    got = named("1-9月，全省实现规上工业增加值2.96万亿元，同比增长4.1%。株洲、湘潭、衡阳等地市分别同比增长5.2%、"
                "6.6%、3.9%。")
    assert got["6.6%"].startswith("湘潭") and "规上工业增加值" in got["6.6%"]


def test_the_year_of_a_plan_written_as_benniandu_dates_the_plan_alone() -> None:
    # (此次…集中开工64个项目，…本年度计划完成投资125.8亿元。其中，…重大工业项目25个，总投资87.5亿元: the parts were
    # dated 本年度; from development set 199)
    got = periods("此次全县集中开工项目48个，总投资162.4亿元，本年度计划完成投资71.2亿元。其中，重大工业项目19个，"
                  "总投资64.3亿元。")
    assert got["71.2亿元"] == "本年度" and got["64.3亿元"] != "本年度"


def test_a_page_s_service_hours_and_the_points_a_text_makes_are_no_figures() -> None:
    # (24小时新闻热线, 呈现3个特点: marked as figures; from development sets 190 and 206)
    got = named("24小时新闻热线：0731-1234567\n前三季度，全市工业经济呈现3个特点，规上工业增加值增长6.4%。")
    assert set(got) == {"6.4%"}


def test_the_points_a_text_makes_are_no_figures_with_an_adjective_before_them() -> None:
    # (…集聚效应强三个显著特点: marked as a figure of 3个; 三大特点, 五大运行特点 on the pages of sets 230 and 231)
    got = named("今年签约的项目具有科技含量高、带动能力强两个鲜明特点，全年新签约亿元以上项目二十六个。"
                "前三季度，全县工业经济呈现4个主要特点，规上工业增加值增长7.2%。")
    assert set(got) == {"26个", "7.2%"}  # (the count of projects signed, in Chinese numerals too, stays)


def test_a_count_of_programmes_named_in_quotes_is_no_figure() -> None:
    # (全面实施三个“一号工程”, 以三个“一号工程”为总牵引: marked as 3个; from development sets 223 and 226, where
    # 三大“国之重器” is the same count of named programmes)
    got = named("我区坚持以三个“一号工程”为总抓手，深入实施四个“强链攻坚”行动，全年新增三家“专精特新”企业，"
                "引进亿元以上项目十二个。")
    assert set(got) == {"3家", "12个"}


def test_a_length_of_years_fused_to_a_verb_of_leaping_is_no_figure() -> None:
    # (为大连三年挺进“万亿GDP城市”做出了应有贡献, 五年跨越3个十亿级台阶: marked as 3年 and 5年; the shape of the
    # quoted slogans “三年倍增”, “三年翻两番”, “三年站排头” on the pages of sets 227, 228 and the corpus; from
    # development set 233)
    got = named("全县工业总产值完成312.6亿元，五年迈上新台阶，为全市三年冲刺“千亿县”作出贡献，新增规上工业企业41家；"
                "规上工业企业利润连续四年跻身全市前三。")
    assert set(got) == {"312.6亿元", "41家", "4年"}  # (a run's length, 连续四年, is read as before)


def test_a_growth_compared_with_a_base_is_named_for_the_subject_s_growth() -> None:
    # (…增加值同比增长27.3%，增速与去年同期相比加快…: named 增速与去年同期相比加快; from development set 204)
    got = named("上半年，全县规上工业增加值同比增长9.1%，增速与去年同期相比加快2.3个百分点。")
    assert not got["2.3个百分点"].startswith("增速与")


def test_a_count_named_by_a_short_deed_keeps_its_place() -> None:
    # (下陆区进规8家: named 进规; from development set 204)
    got = named("1-10月，全市新增进规企业42家。其中，东湖区进规9家，西山区进规6家。")
    assert got["9家"].startswith("东湖区")


def test_a_share_named_zhan_alone_takes_the_goal_of_the_lead() -> None:
    # (…完成年度计划的25.9%。…交通完成投资170.59亿元,占22.3%: named 交通完成投资占; from development set 206)
    got = named("1-4月，全省在建重点项目完成投资912.6亿元，完成年度计划的31.2%。其中，产业项目完成投资402.1亿元，"
                "占36.4%。")
    assert "年度计划" in got["36.4%"]


def test_how_markedly_a_value_moved_is_no_part_of_its_name() -> None:
    # (…明显增长12.3%: named 工业用电量明显增速; from development set 196)
    assert named("1-9月，全县工业用电量明显增长12.3%。")["12.3%"] == "工业用电量增速"


def test_a_running_total_takes_its_paragraph_s_opening_stretch() -> None:
    # (累计 with no flow verb after it: a total to date of the months the paragraph opens with; a stock built up
    # over years, 累计建成, still none)
    assert periods("2024年1-5月，全县工业经济平稳运行。全县备案投资项目累计215个。") == {"215个": "2024年1-5月"}
    assert periods("2024年1-5月，全县工业经济平稳运行。全县累计建成5G基站860个。") == {"860个": None}


def test_each_item_of_a_list_of_comparison_bases_is_a_base() -> None:
    # (比今年1-3月、1-4月、1-5月、1-6月分别提高…: none of the listed stretches is the period, however long the list)
    text = "7月，全县规上工业增加值增长5.2%，增幅比今年1-3月、1-4月、1-5月、1-6月分别提高1.1、0.8、0.3、0.2个百分点。"
    assert set(periods(text).values()) == {"7月"}


def test_this_year_so_far_gives_way_to_the_months_its_paragraph_states_before_its_first_value() -> None:
    # (今年以来，…，1-4月…。…: the paragraph's values are of 1-4月, not of a vague 今年以来)
    text = "今年以来，全县工业经济稳中有进，1-4月规上工业总产值完成86.2亿元。工业用电量同比增长7.4%。"
    assert periods(text) == {"86.2亿元": "1-4月", "7.4%": "1-4月"}


def test_a_running_total_a_plan_sets_to_its_deadline_is_a_goal() -> None:
    # (提出，到2027年，…；…，累计建成…6个: 累计 sums what the goal counts, no result; the word that sets the goals
    # opens the full sentence, not the value's ；-part)
    text = ("《行动方案》提出，到2027年，全县工业经济实现倍增：规上工业总产值突破500亿元；"
            "培育省级专精特新企业20家，累计建成特色产业集群6个。")
    assert kinds(text) == {"500亿元": "target", "20家": "target", "6个": "target"}


def test_the_goal_a_result_passed_by_a_share_is_the_goal_and_the_share_the_result() -> None:
    # (超过目标任务4000亿元的19%: 4000 is the goal, 19% by how much it was passed)
    text = "2023年，全市签约项目215个，协议投资额4760亿元，超过目标任务4000亿元的19%。"
    assert kinds(text) == {"215个": "actual", "4760亿元": "actual", "4000亿元": "target", "19%": "actual"}


def test_better_than_foreseen_foresees_nothing() -> None:
    # (好于预期, 超出预期: a result held against a forecast, not one)
    text = "一季度，全县主要经济指标好于预期，规上工业增加值增长8.1%，超出预期0.6个百分点。"
    assert kinds(text) == {"8.1%": "actual", "0.6个百分点": "actual"}


@pytest.mark.parametrize("text, value, indicator", [
    # a growth named by how it moved alone, right after a clause on what grew: that clause's whole and measure
    ("前三季度，全县技改投资保持较快增长，同比增长18.6%。", "18.6%", "技改投资增速"),
    ("从产业看，甲镇产值增速最快，达31.2%。", "31.2%", "甲镇产值增速"),
    # a growth whose sentence says nothing before it but a period: the first subject of the sentence before
    ("1-9月，全县规上工业增加值增长6.4%，其中食品业增长9.1%。其中，9月增长8.2%。", "8.2%", "规上工业增加值增速"),
    # a 分别 list whose items are stretches, or bases after 比/较: the first subject's growth, or compared with each
    ("全县工业投资增长12%，其中4月、5月分别增长9.5%和14.1%。", "14.1%", "工业投资增速"),
    ("9月，全县工业用电量增长6.1%，增幅比上年同期、今年1-8月分别提高1.3和0.4个百分点。", "0.4个百分点",
     "工业用电量增速比今年1-8月"),
])
def test_a_bare_growth_or_a_stretch_is_named_by_its_whole(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a sentence opening on its topic (…方面，): the measure of values whose own words say only whose or which stretch
    ("工业投资方面，前三季度湖南全省同比增长9.2%，增速比全国高2.1个百分点。", "9.2%", "湖南工业投资增速"),
    ("工业投资方面，前三季度湖南全省同比增长9.2%，增速比全国高2.1个百分点。", "2.1个百分点",
     "湖南工业投资增速比全国高"),
    ("在进出口方面，全市同比增长6.3%，其中单月增长11.0%。", "6.3%", "进出口增速"),
    ("规上工业增加值方面，降幅比上半年收窄3.5个百分点，当季同比增长2.8%。", "2.8%", "规上工业增加值当季增速"),
    # not where the value's words name their own measure, nor where the topic names none
    ("出口方面，纺织品出口5.6亿元，同比增长7%。", "7%", "纺织品出口增速"),
    ("在特色农业方面，全省农林牧渔业总产值增长4.4%。", "4.4%", "农林牧渔业总产值增速"),
])
def test_a_topic_opening_names_the_measure_of_its_sentence(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a streak's length is named by the deed kept up, with whose it is where its clause says
    ("1-5月，全市规上工业增加值同比增长6.2%，已连续四个月回升。", "4个月", "连续回升"),
    ("今年1-9月，全省规上工业增加值增长8%，连续12个月保持全国第一方阵。", "12个月", "连续保持全国第一方阵"),
    ("全县工业投资连续3年增长，去年完成85亿元。", "3年", "工业投资连续增长"),
    # and whose the streak is stays the sentence's subject: not 工业投资连续
    ("全县工业投资连续3年增长，去年完成85亿元。", "85亿元", "工业投资"),
])
def test_a_streak_is_named_by_what_went_on(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_a_stretch_alone_before_what_it_dates_is_no_figure() -> None:
    # (5年，累计…: when the total was reached, no figure of its own; one named nothing would be trusted on its value)
    text = "据省政府网站消息，5年，累计完成工业投资超2万亿元；5年，新增规上企业1.2万家。项目工期3年，总投资5亿元。"
    values = [f"{f.value:g}{f.unit}" for f in figures_of(text)]
    assert "5年" not in values and {"2万亿元", "1.2万家", "3年"} <= set(values)


@pytest.mark.parametrize("text, value, indicator", [
    # a count's noun stops at what was done to the things (竣工, 开复工, 建成), which names them
    ("甲产业园等42个项目竣工，竣工率80.8%。", "42个", "竣工的项目"),
    ("乙智能工厂、丙配套园等36个项目已建成投产。", "36个", "建成投产的项目"),
    # …and a rate said right after it is the things' rate, the deed said once (not 项目竣工竣工率)
    ("甲产业园等42个项目竣工，竣工率80.8%。", "80.8%", "项目竣工率"),
    # a rate written right after the noun is no deed done to them: the count counts the noun alone
    ("今年，全市320个项目开复工率达91.2%。", "320个", "项目"),
    ("今年，全市320个项目开复工率达91.2%，完成投资210.5亿元。", "91.2%", "项目开复工率"),
    # and whose the amount after it is: the projects', not 项目开 (复工率 read as the rate)
    ("今年，全市320个项目开复工率达91.2%，完成投资210.5亿元。", "210.5亿元", "项目完成投资"),
])
def test_a_count_is_named_by_the_deed_done_to_its_things(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # what the clause says the examples did, after the list (实现达产达效) or before it, after a word of how far along
    # (正在跟踪洽谈…): the count is of the things that did it, not of any (项目 alone was trusted as the name)
    ("上半年，新建甲材料、乙电子等19个项目实现达产达效，新增产值5亿元。", "19个", "达产达效的项目"),
    ("目前正在跟踪洽谈丙科技、丁精密等15个项目，总投资达80亿元。", "15个", "跟踪洽谈的项目"),
    ("今年已招引戊食品、己包装等9个项目。", "9个", "招引的项目"),
])
def test_a_count_after_an_example_list_is_named_by_what_the_examples_did(text: str, value: str,
                                                                          indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # the things a count says did the deed a rate after it measures are the rate's numerator: the rate is of the
    # whole set they are part of, not of the started ones (新开工项目开工率 would be 100% by definition)
    ("今年全县新开工项目58个，开工率72.5%。", "72.5%", "项目开工率"),
    ("丁科技园、戊材料等30个项目开工建设，开工率65%。", "65%", "项目开工率"),
    ("签约项目20个；已投产项目12个，投产率60%。", "60%", "项目投产率"),
    # a set the rate's deed does not name keeps its name
    ("省级重点项目24个，开工率70.8%。", "70.8%", "省级重点项目开工率"),
])
def test_a_rate_after_the_count_of_its_numerator_is_the_sets(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


# Written for this test: a county's projects, then the count started named by its deed alone.
_STARTED = "今年全县共安排重点项目120个，总投资300亿元，目前已开工70个，开工率58.3%，完成投资40.5亿元，投资完成率30%。"


@pytest.mark.parametrize("text, value, indicator", [
    # a count named by its deed alone (开工9个, 已开工70个) names no set: the rate and amounts after it are not the
    # deed's (开工开工率, 开工完成投资), and keep their own names, which say too little to ship as facts
    ("（1）20个重点续建项目，全年计划完成投资15.3亿元。1-5月开工9个，开工率45%。", "45%", "开工率"),
    (_STARTED, "40.5亿元", "完成投资"),
    (_STARTED, "30%", "投资完成率"),
    ("签约项目11个；开工项9个，开工率81.8%。", "81.8%", "开工率"),
])
def test_a_count_named_by_its_deed_alone_is_no_subject(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # 总量 says nothing of what: a share of it is of what the sentence measured just before (a growth's measure)
    ("甲区规上装备企业完成产值同比增长9.6%，总量占全区规上工业总产值41.2%。", "41.2%",
     "甲区规上装备企业完成产值占全区规上工业总产值"),
    ("新材料产业加快集聚，实现营收820亿元，总量占全市的38%。", "38%", "新材料产业营收占全市"),
    # a share that names its own part keeps it
    ("乙产业实现营收820亿元，乙产业营收占全市的38%。", "38%", "乙产业营收占全市"),
])
def test_a_share_of_the_total_is_of_what_was_just_measured(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a class over an amount written with 过 or 超 after 其中 is a class of the whole counted before it, as 以上 is
    ("今年集中签约的项目52个，总投资318亿元，其中过20亿元的项目6个。", "6个", "过20亿元集中签约的项目"),
    ("此次集中开工重点项目31个，其中超10亿元项目9个。", "9个", "超10亿元集中开工重点项目"),
    # the whole's own class is given up for the part's
    ("新签过千万元项目45个，其中过亿元项目12个。", "12个", "过亿元新签项目"),
])
def test_a_class_over_an_amount_after_its_whole_is_of_that_whole(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a goal named by who set it is a goal of what its sentence measures, as 全年任务 is; the share reached is that
    # measure's too (任务数 is how the goal's amount is written)
    ("1至9月，全县引进县外资金58.2亿元，同比增长11%，完成省政府下达任务数70亿元的83.1%。", "70亿元",
     "引进县外资金省政府下达任务数"),
    ("1至9月，全县引进县外资金58.2亿元，同比增长11%，完成省政府下达任务数70亿元的83.1%。", "83.1%",
     "引进县外资金完成省政府下达任务"),
    ("全年实际利用内资41亿元，完成市分配任务36亿元的113.9%，同比增长18%。", "18%", "实际利用内资增速"),
    # who set it before the amount, the goal's noun after it
    ("全区服务业营收为12.3亿元，提前完成县下达的12亿元的任务。", "12亿元", "服务业营收县下达任务"),
])
def test_a_goal_named_by_who_set_it_is_of_what_its_sentence_measures(text: str, value: str,
                                                                     indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # an adverb of when or how the counted things did what is said of them ends their noun and is no part of the name
    ("甲园区标准厂房入驻38家企业陆续投产。", "38家", "投产的企业"),
    ("乙产业园15栋厂房已全部竣工验收。", "15栋", "竣工验收的厂房"),
    ("全县9个重点项目已相继开工建设。", "9个", "开工建设的重点项目"),
    # after 正 or 正在, the deed closing the clause is what the things are under way in, whatever its verb
    ("丙材料项目等24个项目正加快建设。", "24个", "加快建设的项目"),
])
def test_an_adverb_before_what_counted_things_did_is_no_part_of_their_name(text: str, value: str,
                                                                            indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a gap to the schedule is how far ahead of the year's elapsed share the share done is: the progress's, no growth's
    ("1-5月，全县重点项目累计完成投资36.5亿元，占年度计划的48.6%，超过时间进度6.9个百分点。", "6.9个百分点",
     "重点项目累计完成投资进度超过时间进度"),
    ("全区省市重点项目完成投资21亿元，高于序时进度3.2个百分点。", "3.2个百分点",
     "省市重点项目完成投资进度高于序时进度"),
    ("全镇续建项目完成投资5亿元，超出年度时序进度12个百分点。", "12个百分点", "续建项目完成投资进度超出年度时序进度"),
    # a gap to another place is still its growth's
    ("全区规模以上工业增加值同比增长6.1%，高于全市0.8个百分点。", "0.8个百分点", "规模以上工业增加值增速高于全市"),
])
def test_a_gap_to_the_schedule_is_of_the_progress_not_the_growth(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a share after a growth is of the amount, not of the growth; so is a gap in points its words say is the share's
    ("前三季度，全省重点园区固定资产投资同比增长8.3%，增速比全省投资高出4.0个百分点，占全省投资的比重较上年同期提高"
     "1.3个百分点。", "1.3个百分点", "重点园区固定资产投资占全省投资的比重较上年同期"),
    ("全区规模以上工业中，新材料产业增加值增长12.2%，占规上工业增加值比重为28.6%。", "28.6%",
     "新材料产业增加值占规上工业增加值比重"),
    ("前三季度，全县工业用电量为3.6亿千瓦时，同比增长5.1%，占全社会用电量比重为64.2%，占比较上半年提高1.1个百分点。",
     "1.1个百分点", "工业用电量占比较上半年"),
    ("全年高新技术产业完成工业总产值520亿元，比上年增长9.6%，增速高出全县工业3.1个百分点；工业总产值占规模以上工业35.0%，"
     "比重提高2.4个百分点。",
     "2.4个百分点", "工业总产值占规模以上工业比重"),
    # the growth itself keeps its name
    ("全区规模以上工业中，新材料产业增加值增长12.2%，占规上工业增加值比重为28.6%。", "12.2%", "新材料产业增加值增速"),
])
def test_a_share_after_a_growth_is_of_the_amount(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


def test_a_name_run_on_by_a_digit_run_that_is_no_number_fits_a_figure() -> None:
    # (a scrape's 400 digits before 家, read as no number, became words of a 分别 list's first item: its name ran
    # past the 60 characters a ChunkFigure holds, and the whole page was an internal-error record; found by
    # benchmarks/crash_hunt.py)
    text = "全区" + "7" * 400 + ".5家规模以上工业企业增加值、总产值同比分别增长10.5%和10.2%。"
    got = [(f.indicator, f.value) for f in figures_of(text) if f.unit == "%"]
    # (the words before the first measure are the list's, so the second's name runs on as long, and fits too)
    assert got == [("7" * 46 + ".5家规模以上工业企业增加值", 10.5), ("7" * 46 + ".5家规模以上工业企业总产值", 10.2)]


@pytest.mark.parametrize("text, value, indicator", [
    # what a 分别 list's clause judges all its items by (保持较高增速, 增幅最大, 实现两位数的较快增长) is no part of
    # its last item's name, nor of its first
    ("上半年，全县规上工业增加值增长6.2%。骨干企业中，东方电机、南岭化工保持较高增速，分别同比增长18.5%、12.3%。",
     "12.3%", "南岭化工增速"),
    ("上半年，全县规上工业增加值增长6.2%。化工产业和食品产业增幅最大，分别为15.2%和11.6%。", "11.6%", "食品产业增幅"),
    ("上半年，全县规上工业增加值增长6.2%。建材产业和纺织产业实现两位数的较快增长，增速分别为13.4%、12.1%。",
     "13.4%", "建材产业增加值增速"),
    ("上半年，全县规上工业增加值增长6.2%。建材产业和纺织产业实现两位数的较快增长，增速分别为13.4%、12.1%。",
     "12.1%", "纺织产业增加值增速"),
    # a base after 较 is no judgement: kept
    ("1-7月，全县规上工业增加值同比增长3.6%，增速较上半年和1-5月分别提高2.3和4.5个百分点。", "2.3个百分点",
     "规上工业增加值增速较上半年"),
    # a degree that opens or is inside an item's noun is its name: kept
    ("前三季度，全镇工业用气量和最大供气负荷分别增长6.4%、9.7%。", "9.7%", "最大供气负荷"),
    ("前三季度，全镇售电量、最高日供水量分别增长4.4%、7.3%。", "7.3%", "最高日供水量"),
])
def test_a_list_s_judgement_of_its_items_is_not_an_item_s_name(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # in a list of counts written before what they count, each item ends at its 、: the noun the count before
    # counts is no word of the next item's name, however long it is
    ("今年以来，全区新增31个数字化改造示范车间、17条智能化生产线，工业提质增效明显。", "17条", "智能化生产线"),
    ("去年，全县共认定6个省级绿色低碳工厂、11个市级专精特新示范企业，均居全市前列。", "11个", "市级专精特新示范企业"),
    ("今年全市5个国家级绿色工厂、14个省级智能制造示范项目获得认定。", "14个", "省级智能制造示范项目"),
    # what is said of the things counted before the 、 ends that item too (23家企业利润扭亏为盈、增长面…)
    ("全县33个行业大类中，21个行业利润同比增长或扭亏为盈、增长面达63.6%。", "63.6%", "行业增长面"),
    # the first item keeps the deed before it
    ("今年以来，全区新增31个数字化改造示范车间、17条智能化生产线，工业提质增效明显。", "31个",
     "新增的数字化改造示范车间"),
])
def test_a_count_s_noun_before_a_list_s_next_item_is_not_its_name(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # words a list of counted things writes once before its first item (a place, a deed) are each item's
    ("今年以来，嘉兴新增省级绿色工厂14家、数字化示范园区3个，两项均居全省前列。", "3个", "嘉兴新增数字化示范园区"),
    ("全县去年新认定科技型中小企业57家和创新型企业9家。", "9家", "新认定创新型企业"),
    ("截至9月底，全市累计引进总部企业21家、研发中心8个、孵化平台5个。", "5个", "引进孵化平台"),
    # …and so is the deed before a size class, where the next clause names another class of the same things
    ("今年1-10月，全市新落地亿元以上项目38个，10亿元以上项目7个。", "7个", "新落地10亿元以上项目"),
    # a later item that says its own deed or tally, or names no counted thing, keeps its name
    ("全县新增规上工业企业16家、累计达到248家。", "248家", "规上工业企业总数"),
    ("今年新增入库企业23家、带动就业岗位1200个。", "1200个", "带动就业岗位"),
    # a list of measures: the first's whose, before its measure, is every measure's
    ("1-9月，全县规模工业增加值、营业收入同比分别增长8.1%和6.4%。", "6.4%", "规模工业营业收入"),
    ("全省规上工业人均增加值、人均利润分别增长5.6%、4.1%。", "4.1%", "规上工业人均利润"),
    ("2022年，丽水规上工业亩均增加值、亩均利润分别增长7.7%、6.2%。", "6.2%", "丽水规上工业亩均利润"),
])
def test_words_written_once_before_a_list_are_each_item_s(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator


@pytest.mark.parametrize("text, value, indicator", [
    # a later item with its own state or deed keeps its own name, not the list's deed
    ("今年，全县新增规上工业企业31家和停产企业5家。", "5家", "停产企业"),
    ("上半年，全区新开工项目28个、续建项目40个，完成投资56亿元。", "40个", "续建项目"),
    ("1-9月，全区新增国家高新技术企业41家、亏损企业23家。", "23家", "亏损企业"),
    ("一季度，全县新增亿元以上项目9个，亿元以上储备项目62个。", "62个", "亿元以上储备项目"),
    ("全市新签约亿元以上项目41个，亿元以上在建项目67个。", "67个", "亿元以上在建项目"),
    # a bare measure after one per mu is the whole's; trade after output is the place's alone
    ("2023年，全县规上工业亩均增加值、亩均税收和用电量分别增长4.1%、5.2%和6.3%。", "6.3%", "规上工业用电量"),
    ("全年全区规上工业增加值、进出口总额同比分别增长7.2%和4.5%。", "4.5%", "进出口总额"),
    ("1-10月，全市规上工业产值、出口同比分别增长8.3%、12.6%。", "12.6%", "出口"),
])
def test_a_later_item_s_own_words_keep_its_name(text: str, value: str, indicator: str) -> None:
    assert named(text)[value] == indicator
