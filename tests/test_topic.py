"""What a page is about, as its headline says (numbers/topic.py), and how claims that name it are held.
The pages are written for these tests, in the genre; none is taken from a corpus page."""

from __future__ import annotations

from typing import Any

from summariser import check_figures
from summariser.core.models import CheckStatus as S
from summariser.numbers.attribution import bigrams, indicator_words
from summariser.numbers.source import read_source
from summariser.numbers.topic import place_names, same_place

TRUSTED = (S.supported, S.derived)

PARK = """云溪新闻网 > 新闻中心 > 园区动态

云溪高新区前三季度主要经济指标稳中有进

2025-10-21 09:12　来源：云溪日报　浏览次数：206

　　前三季度，该区规上工业总产值完成412.5亿元，同比增长11.8%；完成工业投资63.2亿元，增长16.4%。
　　同期，全市规上工业总产值增长7.9%，工业投资增长9.1%，高新区对全市工业增长的贡献率为30.2%。
　　产业方面，电子信息、装备制造、新材料三大主导产业分别实现产值168.2亿元、121.4亿元和64.8亿元，合计占全区规上工业总产值的85.9%。
"""

PROJECTS = """青岚市发展和改革委员会
首页 > 工作动态

全市1-10月重点项目建设推进情况通报

时间：2025-11-12  来源：市重点项目服务中心

今年，全市共安排市级重点项目206个，总投资1865.2亿元，年度计划投资486.3亿元。其中，产业项目118个，年度计划投资287.5亿元；基础设施项目54个，年度计划投资131.6亿元。
1-10月，全市重点项目累计完成投资421.6亿元，占年度计划的86.7%，同比增长8.3%。已开工项目188个，开工率91.3%。10月当月完成投资46.2亿元，环比增长4.1%。
分县（市、区）看，石门县、临江区、河口区完成投资分别为88.4亿元、73.1亿元、61.7亿元。社会民生类完成投资55.2亿元。
"""


def status(claim: dict[str, Any], source: str) -> S:
    return check_figures(source, [claim])[0].status


def test_the_headline_lines_are_read_and_the_page_furniture_is_not() -> None:
    topic = read_source(PARK).tie_of.topic().pairs
    assert {"高新", "新区", "云溪"} <= topic  # the headline's words
    assert not {"浏览", "来源", "新闻", "动态"} & topic  # crumbs, the date line, page words
    assert "总产" not in topic  # the body's first sentence is no headline


def test_a_park_bulletin_s_values_are_the_park_s_where_its_sentences_say_only_该区() -> None:
    claim = {"indicator": "云溪高新区规上工业总产值", "value": 412.5, "unit": "亿元", "period": "前三季度"}
    assert status(claim, PARK) is S.supported
    growth = {"indicator": "云溪高新区工业投资", "value": 16.4, "unit": "%", "measure": "growth",
              "period": "前三季度"}
    assert status(growth, PARK) is S.supported


def test_a_city_s_figure_on_a_park_s_page_is_not_the_park_s() -> None:
    city = {"indicator": "云溪高新区规上工业总产值", "value": 7.9, "unit": "%", "measure": "growth",
            "period": "前三季度"}
    assert status(city, PARK) is S.misattributed
    # (and a value whose paragraph opens with 全市 is the city's, though its own words name no place)
    later = {"indicator": "云溪高新区工业投资", "value": 9.1, "unit": "%", "measure": "growth", "period": "前三季度"}
    assert status(later, PARK) not in TRUSTED


def test_a_project_report_s_county_values_are_of_the_projects_its_headline_names() -> None:
    claim = {"indicator": "石门县重点项目完成投资", "value": 88.4, "unit": "亿元"}
    assert status(claim, PROJECTS) is S.supported


def test_a_value_whose_own_words_name_a_part_is_not_the_headline_s_whole() -> None:
    part = {"indicator": "重点项目完成投资", "value": 55.2, "unit": "亿元", "period": "1-10月"}
    assert status(part, PROJECTS) not in TRUSTED


def test_a_page_with_no_header_lines_has_no_topic() -> None:
    page = "1-10月，全县规上工业增加值增长6.1%。\n重点项目完成投资88.4亿元。"
    assert read_source(page).tie_of.topic().pairs == frozenset()


def test_该区_stands_for_the_page_s_subject_and_is_no_word_of_the_indicator() -> None:
    # (read as words, 该区 set the park's own values apart from a claim naming the park)
    assert indicator_words("该区规上工业总产值") == indicator_words("规上工业总产值")
    assert indicator_words("该园区工业投资") == indicator_words("工业投资")


CITY = """青岚市人民政府 > 政务公开 > 统计信息

青岚市1-11月工业经济运行情况

发布时间：2025-12-16　来源：市统计局

1-11月，全市规上工业增加值同比增长8.6%，增速比1-10月加快0.2个百分点，高于全省2.4个百分点。全市规上工业企业实现营业收入1268.4亿元，增长7.1%。
市统计局负责人介绍，1-11月全省规上工业增加值增长6.2%，我市石化、装备两大产业增长较快。
今年以来，全市新增规上工业企业57家，我市工业投资增长11.3%。
"""

TABLE = """云溪高新区管委会
首页 | 统计信息

云溪高新区2025年1-9月主要经济指标

指标 | 单位 | 1-9月 | 同比增长(%)
规上工业总产值 | 亿元 | 412.5 | 11.8
工业投资 | 亿元 | 63.2 | 16.4
"""


def test_a_province_s_figure_on_a_city_s_page_is_not_a_claim_naming_no_place() -> None:
    province = {"indicator": "规上工业增加值", "value": 6.2, "unit": "%", "measure": "growth", "period": "1-11月"}
    assert status(province, CITY) not in TRUSTED
    assert status({**province, "value": 8.6}, CITY) is S.supported
    # (a comparison with the province is the city's own figure)
    gap = {"indicator": "规上工业增加值增速高于全省", "value": 2.4, "unit": "个百分点", "measure": "change",
           "period": "1-11月"}
    assert status(gap, CITY) is S.supported


def test_a_park_s_table_is_the_park_s_not_the_city_s() -> None:
    park = {"indicator": "云溪高新区规上工业总产值", "value": 412.5, "unit": "亿元", "period": "1-9月"}
    assert status(park, TABLE) is S.supported
    assert status({**park, "indicator": "全市规上工业总产值"}, TABLE) not in TRUSTED
    assert status({**park, "indicator": "青岚市规上工业总产值"}, TABLE) not in TRUSTED
    # (省级 names a rank, not a province)
    assert status({**park, "indicator": "规上工业总产值"}, TABLE) is S.supported


def test_places_are_read_by_name_and_words_that_end_like_places_are_not() -> None:
    assert place_names("经开区所在的临江区，一季度该区完成工业投资") == ["经开区", "临江区"]
    assert place_names("记者从九江经开区获悉，新增上市公司3家，市场主体增长，全市各县（市、区）") == ["九江经开区"]
    assert same_place("九江经济技术开发区", "九江经开区") and same_place("孝感高新区", "高新区")
    assert not same_place("鹤鸣高新区", "金渡经开区")


OTHERS = """鹤鸣新闻网 > 园区动态

鹤鸣高新区1-9月经济运行简报

2025-10-18　来源：鹤鸣高新区管委会

　　1-9月，该区规上工业增加值增长12.4%，完成固定资产投资86.3亿元，增长9.7%。
　　金渡经开区方面，1-9月规上工业增加值增长10.6%，完成固定资产投资52.1亿元。
　　从全市看，经济运行总体平稳。规上工业增加值增长7.2%。
临江区工业经济运行平稳。
　　1-9月，规上工业总产值完成286.1亿元。
"""


def test_a_claim_naming_a_place_is_not_confirmed_by_a_value_its_line_gives_another() -> None:
    ours = {"indicator": "鹤鸣高新区规上工业增加值", "value": 12.4, "unit": "%", "measure": "growth", "period": "1-9月"}
    assert status(ours, OTHERS) is S.supported
    # another park named earlier in the line, the city's whole, a short line above naming a district
    assert status({**ours, "value": 10.6}, OTHERS) not in TRUSTED
    assert status({**ours, "value": 7.2}, OTHERS) not in TRUSTED
    output = {"indicator": "鹤鸣高新区规上工业总产值", "value": 286.1, "unit": "亿元", "period": "1-9月"}
    assert status(output, OTHERS) not in TRUSTED
    # (and a comparison's place, 高于澜川市平均, is no place the claim is of)
    assert status({**output, "indicator": "临江区规上工业总产值"}, OTHERS) is S.supported


def test_a_headline_lends_its_places_and_programmes_not_the_industry_it_narrows_to() -> None:
    page = ("澜川市新能源汽车产业发展情况\n2025-10-28　来源：澜川日报\n"
            "1-9月，全市汽车产量12.6万辆，增长8.1%；摩托车产量3.4万辆。\n")
    cars = {"indicator": "澜川市汽车产量", "value": 12.6, "unit": "万辆", "period": "1-9月"}
    assert status(cars, page) is S.supported
    assert status({**cars, "indicator": "澜川市新能源汽车产量"}, page) not in TRUSTED


def test_a_cell_naming_only_its_place_is_of_what_the_headline_measures() -> None:
    page = ("青岚省统计局\n首页 > 统计数据\n\n2025年1-10月全省及各市规模以上工业增加值增速\n发布日期：2025-11-20\n\n"
            "1-10月，全省规模以上工业增加值同比增长6.6%。\n\n各市情况（1-10月，%）\n地区\t增速\n青岚市\t8.1\n石门市\t6.2\n")
    city = {"indicator": "青岚市规模以上工业增加值", "value": 8.1, "unit": "%", "measure": "growth", "period": "1-10月"}
    assert status(city, page) is S.supported
    assert status({**city, "indicator": "石门市规模以上工业增加值"}, page) not in TRUSTED


def test_a_claim_naming_no_place_is_not_confirmed_by_a_value_of_another_named_place() -> None:
    # (places of the division table, or parks named after one: real names, figures written for the test)
    bulletin = ("湖南省工业和信息化厅\n2025年上半年全省工业经济运行情况\n\n上半年，全省规上工业增加值增长6.1%。\n"
                "1.长沙市：规上工业增加值增长7.4%；\n2.株洲市：规上工业增加值增长6.9%。\n")
    province = {"indicator": "全省规上工业增加值", "value": 6.1, "unit": "%", "measure": "growth", "period": "上半年"}
    assert status(province, bulletin) is S.supported
    assert status({**province, "value": 7.4}, bulletin) not in TRUSTED
    city = ("湘潭市人民政府\n湘潭市二季度重大项目集中签约\n\n二季度，湘潭市共签约项目52个，总投资386.5亿元，"
            "其中，湘潭高新区签约项目9个，湘潭经开区签约项目7个。\n")
    signed = {"indicator": "签约项目", "value": 52, "unit": "个", "period": "二季度"}
    assert status(signed, city) is S.supported
    assert status({**signed, "value": 9}, city) not in TRUSTED



def test_a_rank_among_the_country_s_cities_is_no_place_of_the_page() -> None:
    page = "上半年某某市规上工业增长 跻身全国大中城市前十\n\n上半年，全市工业投资同比增长31.2%。"
    assert read_source(page).tie_of.topic().own == 2  # (was 0: the country's page)


def test_a_grade_after_a_verb_is_no_province() -> None:
    # (培育省专精特新企业15家: a grade, not a province named 培育; 黑龙江省, 广东省 are provinces)
    assert place_names("全市培育省专精特新企业15家，入选省级技术中心3家。") == []
    assert place_names("黑龙江省和广东省") == ["龙江省", "广东省"]


def test_a_headline_opening_on_a_city_s_name_without_shi_names_the_page_s_place() -> None:
    # (上半年菏泽高新技术产业发展稳步增长: 菏泽 is 菏泽市, the place 我市 means; was: only a name written with 市
    # was read, so a claim naming the city was open for the page's 我市 values)
    src = ("上半年菏泽高新技术产业发展稳步增长\n来源:菏泽市科技局\n日前，我省发布上半年高新技术产业统计数据。\n"
           "1-6月份，我市高新技术产业产值累计实现987.6亿元，同比增长11.4%。")
    assert read_source(src).tie_of.topic().names == ("菏泽市",)
    city = {"indicator": "菏泽市高新技术产业产值", "value": 987.6, "unit": "亿元", "period": "1-6月份"}
    assert check_figures(src, [city])[0].status is S.supported
    # …and a headline that opens on no city's name names none
    assert read_source("上半年全市工业稳步增长\n1-6月，我市规上工业增加值增长6.1%。").tie_of.topic().names == ()


def test_a_level_after_a_verb_is_the_level_s_thing_and_no_place() -> None:
    # (完成市下达任务, 南京获省科学技术奖, 上报市入统项目, 代表县人民政府: a level as its object's opening after a verb;
    # was: read as places named 完成市, 京获省, 上报市, from development sets 225, 227 and 229, in my own words)
    assert place_names("今年全县完成市下达工业投资任务的103.5%") == []
    assert place_names("扬城获省级以上奖励成果42项，上报市重点项目18个") == []
    assert place_names("我代表县人民政府作报告，贯彻省、市部署") == []
    # (a place the division table knows by that name is one: 荣成市, 文成县)
    assert place_names("荣成市完成投资增长8.2%") == ["荣成市"]
    assert place_names("澜川市规上工业增加值增长6.1%") == ["澜川市"]


def test_a_whole_place_named_only_as_what_a_zone_is_set_against_makes_no_whole_place_s_page() -> None:
    # (占全市的, 增幅排名全市第一, 走在全市前列, 高于全市平均水平: the whole a share is of, the field of a rank, the
    # base of a comparison, written of the zone's own values in a zone's review; was: any 全市 made the page a
    # city's, so a bare claim of the zone's value, the page's own, was left open as maybe not the city's; found on
    # development sets 228 and 232, in my own words)
    review = ("奋楫争先勇向前 主要指标再创新高\n来源：某某日报\n\n"
              "过去一年，高新区完成规上工业总产值826.4亿元，增长9.3%，占全市的41.2%，增幅排名全市第一；"
              "完成固定资产投资138.5亿元，增长12.6%，高于全市平均水平4.1个百分点，总量走在全市前列。\n")
    assert not read_source(review).tie_of.topic().whole_named
    output = {"indicator": "规上工业总产值", "value": 826.4, "unit": "亿元", "period": "去年"}
    assert status(output, review) is S.supported
    assert status({**output, "indicator": "规上工业总产值占全市比重", "value": 41.2, "unit": "%", "measure": "share"},
                  review) is S.supported
    # …the city's it is not
    assert status({**output, "indicator": "全市规上工业总产值"}, review) not in TRUSTED
    # …and a page whose 全市 owns a value of its own is the city's: the zone's value is not confirmed for it
    city = review.replace("过去一年，", "过去一年，全市规上工业总产值增长7.1%。")
    assert read_source(city).tie_of.topic().whole_named
    assert status(output, city) not in TRUSTED


def test_a_level_before_its_list_of_projects_or_its_task_is_no_place() -> None:
    # (其中省重点项目…, 开工省重大项目, 为市下达…目标任务的, 为市下90亿元目标的, 自治区下达…任务: a level written as one
    # character opens the name of its list of key projects or of the task it hands down, whatever word comes before
    # it; was: read as places named 其中省, 开工省, 投资市, so a claim of the county's own value was left open; found on
    # development sets 232, bk46 and bk48, in my own words)
    assert place_names("本批开工项目15个，其中省重点项目2个、市重点项目5个") == []
    assert place_names("工业投资市下达目标") == []
    assert place_names("为市下90亿元目标的48.6%") == []
    assert place_names("完成自治区下达招商引资任务的91.2%") == []
    # (a place the division table knows stays one: 金华市重点项目, 鄂尔多斯市下达…)
    assert place_names("金华市重点项目完成投资") == ["金华市"]
    assert place_names("鄂尔多斯市下达目标") == ["多斯市"]
    page = ("清河县一季度重大项目集中开工\n来源：本站　发布时间：2024-03-28\n\n"
            "3月27日，全县一季度重大项目集中开工活动举行。本批开工项目15个，总投资62.4亿元，"
            "其中省重点项目2个、总投资28.6亿元，市重点项目5个、总投资21.3亿元。\n"
            "今年，全县完成工业投资38.6亿元，为市下达80亿元目标任务的48.3%。\n")
    count = {"indicator": "集中开工省重点项目", "value": 2, "unit": "个", "period": "一季度"}
    assert status(count, page) is S.supported
    assert status({**count, "indicator": "集中开工市重点项目", "value": 5}, page) is S.supported
    assert status({**count, "indicator": "集中开工市重点项目"}, page) not in TRUSTED  # (the province's 2)
    task = {"indicator": "工业投资市下达目标", "value": 80, "unit": "亿元", "period": "今年", "kind": "target"}
    assert status(task, page) is S.supported
    assert status({**task, "indicator": "工业投资", "kind": "actual"}, page) not in TRUSTED  # (the task, not done)


def test_a_page_headed_by_a_level_s_own_office_is_that_level_s() -> None:
    # (a county bureau's review that never writes 全县 or 我县: its headline's 县…局 says the page is the county's, so
    # the growth it reports beside a gap to 全省 is no province's; was: the page had no level of its own, and
    # 全省规上工业增加值 passed for the county's value; from break-it sets bk44, bk46-bk48, bk52 and bk53, in my own
    # words)
    page = ("县经济和信息化局2024年工作总结\n\n一、主要成效\n"
            "一年来，全局上下紧扣县委、县政府部署，工业经济稳中有进。全年规上工业总产值完成318.4亿元，"
            "同比增长9.6%；规上工业增加值增长7.9%，高于全省1.6个百分点，增速居全市第3位。\n")
    assert read_source(page).tie_of.topic().own == 3
    growth = {"indicator": "规上工业增加值", "value": 7.9, "unit": "%", "measure": "growth", "period": "2024年"}
    assert status(growth, page) is S.supported
    assert status({**growth, "indicator": "全省规上工业增加值"}, page) not in TRUSTED
    # (a level named inside a word, or after a place's name, is no office of a level alone)
    assert read_source(page.replace("县经济和信息化局", "城市经济观察")).tie_of.topic().own == -1


def test_a_city_s_headline_that_praises_its_parks_is_no_park_s() -> None:
    # (株洲市：园区成为…, 市政府召开工业园区…推进会: the city's page, whose 全市 values are its own; was: a park word in
    # the headline made the page a park's, and the city's bare values were left open as above it)
    body = ("\n2024-01-15 来源：澜川日报\n\n2023年，全市规上工业增加值增长8.1%，其中园区规上工业增加值增长11.6%，"
            "全市规上工业总产值突破1200亿元。\n")
    claim = {"indicator": "规上工业增加值", "value": 8.1, "unit": "%", "measure": "growth", "period": "2023年"}
    for headline in ("澜川市：园区成为工业增长主引擎", "市政府召开工业园区高质量发展推进会"):
        assert status(claim, headline + body) is S.supported
    # (a place's name joined to its park's kind, 澜川市高新区…, is still the park's page)
    assert status(claim, "澜川市高新区2023年经济运行情况" + body) is not S.supported


def test_a_park_of_a_named_place_heads_the_park_s_page() -> None:
    # (澜川市龙泉经济开发区…, 澜川市锂电产业园…, 澜川市：高新区一季度…: a park of the city, whose page it is; the
    # city's bare 全市 value is not the park's)
    body = "\n一季度，全市规上工业增加值增长8.1%，其中园区规上工业增加值增长15.6%。\n"
    claim = {"indicator": "规上工业增加值", "value": 8.1, "unit": "%", "measure": "growth", "period": "一季度"}
    for headline in ("澜川市龙泉经济开发区一季度经济运行情况", "澜川市锂电产业园一季度实现开门红",
                     "澜川市：高新区一季度主要经济指标增速领跑全市", "经开区：区科技局召开一季度企业研发工作推进会"):
        assert status(claim, headline + body) not in TRUSTED, headline


def test_a_city_s_headline_with_a_deed_before_a_park_is_the_city_s() -> None:
    # (澜川市全力推进产业园区建设…, 澜川市以开发区为主阵地…: a deed between the city and the park; the city's page)
    body = "\n一季度，全市规上工业增加值增长8.1%，全市新增规上工业企业五家。\n"
    claim = {"indicator": "规上工业增加值", "value": 8.1, "unit": "%", "measure": "growth", "period": "一季度"}
    for headline in ("澜川市全力推进产业园区建设 一季度工业经济稳中向好", "澜川市以开发区为主阵地推动工业经济稳增长",
                     "澜川市 争创国家级经开区 工业经济持续回升"):
        assert status(claim, headline + body) is S.supported, headline


def test_a_place_with_its_kind_and_without_is_one_and_another_place_is_not() -> None:
    assert same_place("宁波市", "宁波") and same_place("湘西州", "湘西土家族苗族自治州")
    assert same_place("江西省", "江西")
    assert same_place("宁波市", "月宁波")  # (二月宁波…: the name read with the character before it)
    # another city, the province and the city of one short name, a park named after its city, a county and its city
    assert not same_place("宁波市", "温州市") and not same_place("吉林省", "吉林市")
    assert not same_place("宁波新区", "宁波") and not same_place("鄞州区", "宁波市")
    assert place_names("湘西土家族苗族自治州工业投资增长") == ["湘西土家族苗族自治州"]
    # (the words as compared keep the kind, which the reading of rows and lists looks for; their pairs are one place's)
    assert bigrams(indicator_words("宁波市规上工业增加值")) == bigrams(indicator_words("宁波规上工业增加值"))
    assert bigrams("宁波新区工业") != bigrams("宁波工业")


def _growth(indicator: str, value: float) -> dict[str, Any]:
    return {"indicator": indicator, "value": value, "unit": "%", "measure": "growth", "kind": "actual"}


def test_a_claim_writes_its_place_with_or_without_its_kind_as_the_page_may() -> None:
    cases = [
        ("前两个月，宁波规模以上工业增加值增长7.3%。", "宁波市规上工业增加值", 7.3),
        ("一季度宁波市规上工业增加值同比增长7.3%，增速居全省前列。", "宁波规上工业增加值", 7.3),
        # (a name that ends in a kind's character, 杭州, read as a place with its kind or without)
        ("1-8月，杭州规上工业增加值同比增长5.9%。", "杭州市规上工业增加值", 5.9),
        ("1-8月，杭州市规上工业增加值同比增长5.9%。", "杭州规上工业增加值", 5.9),
        ("今年以来，江西工业投资增长11.2%。", "江西省工业投资增速", 11.2),
        ("1-4月，鄞州完成工业投资增长12.6%。", "鄞州区工业投资增速", 12.6),
        ("上半年，湘西州规上工业增加值增长6.1%。", "湘西土家族苗族自治州规上工业增加值", 6.1),
        ("上半年，湘西土家族苗族自治州规上工业增加值增长6.1%。", "湘西州规上工业增加值", 6.1),
    ]
    for source, indicator, value in cases:
        assert status(_growth(indicator, value), source) is S.supported, (source, indicator)


def test_another_place_s_value_is_not_trusted_however_the_place_is_written() -> None:
    both = "前5个月，温州市规上工业增加值增长5.4%，宁波市增长6.8%。"
    assert status(_growth("宁波规上工业增加值", 6.8), both) is S.supported
    assert status(_growth("宁波规上工业增加值", 5.4), both) not in TRUSTED
    assert status(_growth("温州规上工业增加值", 6.8), both) not in TRUSTED
    park = "今年以来，宁波新区规上工业增加值增长9.9%。"
    assert status(_growth("宁波规上工业增加值", 9.9), park) not in TRUSTED
    assert status(_growth("宁波市规上工业增加值", 9.9), park) not in TRUSTED
    county = "1-6月，宁波市规上工业总产值达到9200亿元，其中鄞州区规上工业总产值达到1350亿元。"
    output = {"indicator": "宁波规上工业总产值", "value": 1350, "unit": "亿元", "kind": "actual"}
    assert status(output, county) not in TRUSTED
    assert status({**output, "indicator": "鄞州规上工业总产值"}, county) is S.supported
    assert status({**output, "value": 9200}, county) is S.supported


def test_a_headline_s_place_without_its_kind_is_the_claim_s_with_it() -> None:
    page = ("一季度杭州集中开工86个重大项目 总投资640亿元\n来源:某某新闻网\n"
            "　　3月28日，全市集中开工重大项目86个，总投资640亿元。")
    count = {"indicator": "杭州市集中开工重大项目", "value": 86, "unit": "个", "period": "一季度", "kind": "actual"}
    assert status(count, page) is S.supported
    invested = {**count, "indicator": "杭州市集中开工重大项目总投资", "value": 640, "unit": "亿元"}
    assert status(invested, page) is S.supported
    assert status({**count, "indicator": "宁波市集中开工重大项目"}, page) not in TRUSTED
