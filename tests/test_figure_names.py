"""numbers/figure_names.py: a shipped figure whose name says too little to tell what its value is of is left
open, in a summary (either engine) and in a re-check of one; the claim checker alone is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser import Document, check_figures, summarise
from summariser.core.models import CheckStatus, FigureCheck
from summariser.numbers.figure_names import (
    across_a_join,
    across_a_list,
    across_a_predicate,
    base_first,
    doubted,
    doubted_base,
    doubted_goal_count,
    doubted_join,
    doubted_list,
    doubted_pointing_back,
    doubted_predicate,
    doubted_text,
    doubted_worded,
    goal_count_across,
    name_core,
    of_the_text,
    points_back,
    says_little,
    unplaced_floor,
    worded,
)
from summariser.records.recheck import recheck_file

# Written for these tests: a county's quarter, then one company's output and a count of started projects whose
# names before the value are only the deed (已开工19个).
ARTICLE = ("东港县前三季度工业经济运行平稳\n"
           "1至9月，全县规模以上工业增加值同比增长6.2%，工业投资完成38.6亿元。\n"
           "重点企业方面，华海船舶修造公司订单饱满，已完成产值4.27亿元。县里新开工项目进展顺利，已开工19个。")


def _shipped(text: str) -> dict[tuple[float, str], CheckStatus]:
    """The offline summary's verdict on each of its figures of `text`, by value and unit."""
    r = summarise(Document(id="d", text=text))
    return {(f.value, f.unit): f.check.status for f in r.figures if f.check}


@pytest.mark.parametrize("name", ["产值", "开工", "税收占比", "汽车类增速", "续建", "同比增长"])
def test_a_name_of_a_measure_or_deed_alone_says_little(name: str) -> None:
    assert says_little(name)


@pytest.mark.parametrize("name", ["工业投资", "规模以上工业增加值增速", "出口总额", "新开工项目", "规上工业企业"])
def test_a_name_that_says_what_the_value_is_of_says_enough(name: str) -> None:
    assert not says_little(name)


def test_the_core_drops_fillers_and_how_the_value_moved() -> None:
    assert name_core("规模以上工业增加值增速") == name_core("规上工业增加值")


def test_a_trusted_verdict_on_a_short_name_is_left_open_and_says_why() -> None:
    v = FigureCheck(status=CheckStatus.supported, reason="source says 19个; claim is 19个.")
    got = doubted(v, "开工")
    assert got.status is CheckStatus.unconfirmed
    assert got.reason.startswith(v.reason) and "'开工' says too little" in got.reason


@pytest.mark.parametrize("status", [CheckStatus.unsupported, CheckStatus.misattributed, CheckStatus.unconfirmed])
def test_a_verdict_that_is_not_trusted_is_kept(status: CheckStatus) -> None:
    v = FigureCheck(status=status, reason="r")
    assert doubted(v, "产值") is v


def test_a_name_that_says_enough_keeps_its_trust() -> None:
    v = FigureCheck(status=CheckStatus.supported, reason="r")
    assert doubted(v, "工业投资") is v


def test_the_claim_checker_alone_still_confirms_what_a_short_name_says() -> None:
    (v,) = check_figures(ARTICLE, [{"indicator": "开工", "value": 19, "unit": "个"}])
    assert v.status is CheckStatus.supported


def test_the_offline_summary_leaves_its_short_names_open() -> None:
    r = summarise(Document(id="d", text=ARTICLE))
    by_value = {f.value: f for f in r.figures}
    started = by_value[19]
    assert says_little(started.indicator)
    assert started.check is not None and started.check.status is CheckStatus.unconfirmed
    assert "says too little" in started.check.reason
    assert by_value[38.6].check is not None and by_value[38.6].check.status is CheckStatus.supported
    assert r.checks.figures.get("unconfirmed", 0) >= 1


def test_a_re_check_leaves_a_short_name_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    trusted = {"status": "supported", "reason": "hand-edited"}
    record = {"doc_id": "a", "source": "a.txt", "figures": [
        {"indicator": "开工", "value": 19, "unit": "个", "quote": "已开工19个", "check": trusted},
        {"indicator": "工业投资", "value": 38.6, "unit": "亿元", "quote": "工业投资完成38.6亿元", "check": trusted}]}
    Path("out.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    report = recheck_file(Path("out.jsonl"), Path("again.jsonl"))
    (again,) = [json.loads(x) for x in Path("again.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [f["check"]["status"] for f in again["figures"]] == ["unconfirmed", "supported"]
    assert report.changed == 1 and "开工" in report.lines[0]


def test_a_class_bound_is_not_doubted() -> None:
    v = FigureCheck(status=CheckStatus.supported, reason="source says 10亿元以上; claim is at least 10亿元.")
    assert doubted(v, "项目", "threshold") is v
    assert doubted(v, "项目", "actual").status is CheckStatus.unconfirmed


# Written for these tests: a district's quarter whose prose counts its own points in words (五个板块), rounds a
# growth to a doubling (翻番), and records a run of years (连续三年), beside figures written in digits.
WORDED = ("南湖区前三季度工业经济稳中有进\n"
          "1至9月，全区规模以上工业增加值同比增长7.1%，工业投资完成26.4亿元。今年以来，全区紧扣五个板块抓招商，"
          "高新技术企业数量较2020年实现翻番，工业总产值连续三年位居全市第一，新增规上工业企业12家。")


def _trusted(matched: str) -> FigureCheck:
    return FigureCheck(status=CheckStatus.supported, reason="r", matched=matched)


@pytest.mark.parametrize(("matched", "unit", "quote"), [
    ("五个", "个", "全区紧扣五个板块抓招商"), ("翻番", "倍", "较2020年实现翻番"), ("三件", "件", "三件大事圆满完成"),
    ("五年", "年", "具有里程碑意义的五年")])
def test_a_count_or_multiple_written_in_words_is_worded(matched: str, unit: str, quote: str) -> None:
    assert worded(_trusted(matched), unit, quote)
    got = doubted_worded(_trusted(matched), unit, quote)
    assert got.status is CheckStatus.unconfirmed and f"written in words ({matched!r})" in got.reason


@pytest.mark.parametrize(("matched", "unit", "quote"), [
    ("12家", "家", "新增规上工业企业12家"), ("５个", "个", "新签约５个项目"), ("超百亿元", "元", "产值超百亿元的企业"),
    ("近七成", "成", "占比近七成"), ("三分之一", "%", "约占三分之一"), ("三年", "年", "工业总产值连续三年位居全市第一"),
    ("五家", "家", "今年以来全县新增规上工业企业五家"), ("十亿", "亿千瓦时", "工业用电量突破十亿千瓦时"),
    ("一千万", "万吨", "原煤产量达到一千万吨"), ("", "个", "")])
def test_digits_amounts_shares_and_runs_of_years_are_not_worded(matched: str, unit: str, quote: str) -> None:
    v = _trusted(matched)
    assert not worded(v, unit, quote)
    assert doubted_worded(v, unit, quote) is v


def test_a_worded_value_that_is_not_trusted_is_kept() -> None:
    v = FigureCheck(status=CheckStatus.unsupported, reason="r", matched="五个")
    assert doubted_worded(v, "个", "五个板块") is v


def test_the_offline_summary_leaves_worded_counts_and_doublings_open() -> None:
    status = _shipped(WORDED)
    assert status[(5, "个")] is CheckStatus.unconfirmed
    assert status[(2, "倍")] is CheckStatus.unconfirmed
    assert status[(3, "年")] is CheckStatus.supported
    assert status[(12, "家")] is CheckStatus.supported and status[(26.4, "亿元")] is CheckStatus.supported


def test_the_claim_checker_alone_still_confirms_a_worded_count() -> None:
    (v,) = check_figures(WORDED, [{"indicator": "板块", "value": 5, "unit": "个", "quote": "紧扣五个板块"}])
    assert v.status is CheckStatus.supported


# Written for these tests: a headline counting the sets of figures below it, and a closing line counting the
# texts a site collected, around figures of the zone itself.
PACKAGED = ("5组数据看东港经开区上半年发展\n"
            "上半年，经开区规模以上工业增加值同比增长8.3%，完成工业投资17.2亿元，新签约项目14个。\n"
            "小编今天为大家整理了园区招商引资工作总结4篇，希望对你有所帮助。")


@pytest.mark.parametrize(("matched", "unit", "quote"), [
    ("4篇", "篇", "园区招商引资工作总结4篇"), ("5组", "组", "5组数据看东港经开区上半年发展")])
def test_a_count_of_the_pages_own_texts_is_left_open(matched: str, unit: str, quote: str) -> None:
    v = _trusted(matched)
    assert of_the_text(v, unit, quote)
    got = doubted_text(v, unit, quote)
    assert got.status is CheckStatus.unconfirmed and "the page's own texts" in got.reason


@pytest.mark.parametrize(("matched", "unit", "quote"), [
    ("3组", "组", "组建3组招商小分队"), ("14个", "个", "新签约项目14个"), ("300份", "份", "发放宣传画册300份")])
def test_counts_of_other_things_are_not_of_the_text(matched: str, unit: str, quote: str) -> None:
    v = _trusted(matched)
    assert not of_the_text(v, unit, quote)
    assert doubted_text(v, unit, quote) is v


def test_the_offline_summary_leaves_counts_of_its_own_texts_open() -> None:
    status = _shipped(PACKAGED)
    assert status[(5, "组")] is CheckStatus.unconfirmed and status[(4, "篇")] is CheckStatus.unconfirmed
    assert status[(14, "个")] is CheckStatus.supported and status[(17.2, "亿元")] is CheckStatus.supported


# Written for these tests: a news lead listing a zone's goals as floors (以上) with no time of their own, before
# the meeting's date and the results of the year so far.
FLOORS = ("东港经开区召开高质量发展推进会\n"
          "本报讯 新增工业产值80亿元以上，实现规上工业增加值增长12%以上，完成固定资产投资60亿元以上……"
          "3月2日，东港经开区召开高质量发展推进会。\n"
          "1至9月，经开区规模以上工业增加值同比增长7.4%，工业投资完成31.2亿元。")


def test_a_floor_read_as_a_result_with_no_period_is_left_open() -> None:
    got = unplaced_floor(_trusted("12%以上"), {"qualifier": ">=", "kind": "actual", "period": None})
    assert got.status is CheckStatus.unconfirmed and "a floor (以上) with no period" in got.reason


@pytest.mark.parametrize("fields", [
    {"qualifier": ">=", "kind": "actual", "period": "1至9月"}, {"qualifier": ">=", "kind": "target", "period": None},
    {"qualifier": ">", "kind": "actual", "period": None}, {"qualifier": "=", "kind": "actual", "period": None},
    {"qualifier": ">=", "kind": "threshold", "period": None}])
def test_a_floor_with_a_period_or_a_goal_or_an_exact_value_keeps_its_trust(fields: dict[str, object]) -> None:
    v = _trusted("12%以上")
    assert unplaced_floor(v, fields) is v


def test_the_offline_summary_leaves_floors_without_a_period_open() -> None:
    status = _shipped(FLOORS)
    assert status[(80, "亿元")] is CheckStatus.unconfirmed and status[(12, "%")] is CheckStatus.unconfirmed
    assert status[(7.4, "%")] is CheckStatus.supported and status[(31.2, "亿元")] is CheckStatus.supported


# Written for these tests: a list of two shares closed by 分别 after the clause that names its subject, and a total's
# pull after a 分别 list of growths, around figures read from their own words.
LISTED = ("南湖区重点项目集中开工\n"
          "本次集中开工活动中，有86个为工业项目，总投资215亿元，分别占项目总数和投资总量的68%、74%。\n"
          "电子信息、新材料等产业加快发展，分别同比增长21.3%、15.6%，共计拉动全区工业增加值增速3.2个百分点。\n"
          "1至6月，全区工业投资完成42.6亿元，同比增长11.2%。")


@pytest.mark.parametrize(
    "name", ["分别占项目总数和投资总量占投资总量", "全国分别高增速比全省", "分别增速拉动全区工业增加值增速"]
)
def test_a_name_read_across_a_list_is_left_open(name: str) -> None:
    assert across_a_list(name)
    got = doubted_list(_trusted("74%"), name)
    assert got.status is CheckStatus.unconfirmed and "holds 分别" in got.reason


@pytest.mark.parametrize("name", ["工业项目占投资总量", "规模以上工业增加值增速比全省", "别墅项目投资"])
def test_a_name_of_one_item_keeps_its_trust(name: str) -> None:
    v = _trusted("74%")
    assert not across_a_list(name) and doubted_list(v, name) is v


def test_the_offline_summary_leaves_names_read_across_a_list_open() -> None:
    status = _shipped(LISTED)
    assert status[(74, "%")] is CheckStatus.unconfirmed and status[(3.2, "个百分点")] is CheckStatus.unconfirmed
    assert status[(42.6, "亿元")] is CheckStatus.supported and status[(11.2, "%")] is CheckStatus.supported


# Written for these tests: two counted items joined by 和, each with its own value, in a clause of a county's review
# and in a second one set at a page's width (the line broken inside the clause), then a branch's name that holds 和
# and a 分别 list of two growths.
JOINED = ("西河县招商引资工作综述\n"
          "今年以来，县里聚焦3个千亿级产业集群和8条重点产业链，突出招大引强。\n"
          "全年遴选确定了12户新的龙头企业和45户配套企业，产业链队伍不断壮大。\n"
          "1至6月，全县工业投资完成42.6亿元，同比增长11.2%。")


def _at(text: str, written: str) -> tuple[int, int]:
    i = text.index(written)
    return i, i + len(written)


@pytest.mark.parametrize(("name", "text", "written"), [
    ("千亿级产业集群和的重点产业链", "县里聚焦3个千亿级产业集群和8条重点产业链，突出招大引强", "8条"),
    ("遴选确定的新的龙头企业和", "遴选确定了12户新的“龙头”企业和45户配套企业，产业链", "12户"),
    ("安置房和标准厂房", "加快东区安置房等20万平方米安置房和西区甲、乙标\n准厂房等60万平方米标准厂房建设",
     "20万平方米"),
])
def test_a_name_read_across_the_join_of_two_counted_items_is_left_open(name: str, text: str, written: str) -> None:
    span = _at(text, written)
    assert across_a_join(name, text, span)
    got = doubted_join(_trusted(written).model_copy(update={"span": span}), name, text)
    assert got.status is CheckStatus.unconfirmed and "holds the 和" in got.reason


@pytest.mark.parametrize(("name", "text", "written"), [
    ("重点产业链", "县里聚焦3个千亿级产业集群和8条重点产业链，突出招大引强", "8条"),
    ("船舶和其他运输设备制造业增速", "有色金属冶炼和压延加工业(增长9.2%)和船舶和其他运输设备制造业(下降6.1%)", "6.1%"),
    ("和平新材料项目投资", "投资8亿元的和平新材料项目、投资2亿元的东湖食品项目", "8亿元"),
    ("纺织和食品业增加值增速", "纺织和食品业增加值分别增长12.5%和9.4%", "9.4%"),
])
def test_a_name_with_a_join_of_its_own_keeps_its_trust(name: str, text: str, written: str) -> None:
    span = _at(text, written)
    v = _trusted(written).model_copy(update={"span": span})
    assert not across_a_join(name, text, span) and doubted_join(v, name, text) is v


def test_the_offline_summary_leaves_names_read_across_a_join_open() -> None:
    status = _shipped(JOINED)
    assert status[(8, "条")] is CheckStatus.unconfirmed and status[(45, "户")] is CheckStatus.unconfirmed
    assert status[(3, "个")] is CheckStatus.supported and status[(42.6, "亿元")] is CheckStatus.supported


@pytest.mark.parametrize(("name", "text", "written"), [
    ("化学原料和化学制品制造业企业", "全县32家化学原料和化学制品制造业企业实现产值86.2亿元", "32家"),
    ("汽车和零部件产值", "2024年全县汽车和零部件产值128亿元", "128亿元"),
    ("沿线国家和地区进出口", "2024年1-6月全市对“一带一路”沿线国家和地区进出口58.6亿元", "58.6亿元"),
])
def test_an_item_whose_own_name_holds_a_join_before_its_measure_is_not_read_across_it(
        name: str, text: str, written: str) -> None:
    # (a measure between the 和 and the next value: one item's other amount, or the joined items' one; a year's
    # number is no count before the first item)
    assert not across_a_join(name, text, _at(text, written))


def test_a_join_whose_second_item_is_named_with_a_measure_word_is_still_read_across() -> None:
    # (12户新的龙头企业和出口配套企业45户: 出口 names the second item, whose own count 45户 is; the stretch ends in what
    # is counted, not in a measure)
    text = "全年遴选确定了12户新的龙头企业和出口配套企业45户，产业链队伍不断壮大。"
    assert across_a_join("新的龙头企业和出口配套企业", text, _at(text, "45户"))


# Written for these tests: a county's month, whose rank moved and whose growth fell short of the city's average,
# both said with the comparison first, then a quarter's investment.
COMPARED = ("东山县7月份工业经济运行简况\n"
            "7月份，全县规模以上工业增加值同比增长6.8%，增速在全市排第5位，较上月前移2个位次。"
            "1-7月，全县规上工业增加值增长5.2%，但仍低于全市平均增速1.3个百分点。\n"
            "1至6月，全县工业投资完成42.6亿元，同比增长11.2%。")


@pytest.mark.parametrize("name", ["较上月前移的位次", "但仍低于全市平均增速", "比历史上最高的2021年",
                                  "仍高出全省平均", "較上年同期的名次", "降幅比上月收窄", "贡献率比上年同期",
                                  "增长面比上年扩大"])
def test_a_name_that_opens_with_its_comparisons_base_is_left_open(name: str) -> None:
    assert base_first(name)
    got = doubted_base(_trusted("2个"), name)
    assert got.status is CheckStatus.unconfirmed and "compared with" in got.reason


@pytest.mark.parametrize("name", ["规上工业增加值增速比全市高", "工业投资比重较上年提升", "比亚迪整车产量",
                                  "较快增长的行业", "比较优势产业增加值", "工业投资增速较上月回落",
                                  "增速比上月加快的行业", "高于全市平均增速的县区", "增速比上半年"])
def test_a_name_that_says_what_is_compared_keeps_its_trust(name: str) -> None:
    v = _trusted("2个")
    assert not base_first(name) and doubted_base(v, name) is v


def test_the_offline_summary_leaves_names_that_open_with_their_base_open() -> None:
    status = _shipped(COMPARED)
    assert status[(2, "个")] is CheckStatus.unconfirmed and status[(-1.3, "个百分点")] is CheckStatus.unconfirmed
    assert status[(6.8, "%")] is CheckStatus.supported and status[(42.6, "亿元")] is CheckStatus.supported


# Written for these tests: a county's plan for the year, whose goals are counts inside verb phrases
# (推动12个项目落地投产, 将围绕4条重点产业链精准招商) and a count named by its own words (新增规上工业企业8家), then the
# half year's results.
PLANNED = ("西河县2025年工业发展计划\n"
           "今年，西河县将围绕4条重点产业链精准招商，推动12个项目落地投产，力争新增规上工业企业8家。\n"
           "1至6月，全县工业投资完成42.6亿元，同比增长11.2%，新华纸业等6个项目建成投产。")


def _counted(text: str, written: str, unit: str = "个") -> FigureCheck:
    return _trusted(written).model_copy(update={"span": _at(text, written), "canonical_unit": unit})


@pytest.mark.parametrize(("name", "written", "unit"), [
    ("落地投产的项目", "12个", "个"), ("西河县将围绕的重点产业链精准招商", "4条", "条")])
def test_a_goals_count_named_across_its_value_is_left_open(name: str, written: str, unit: str) -> None:
    d = {"indicator": name, "kind": "target"}
    v = _counted(PLANNED, written, unit)
    assert goal_count_across(v, d, PLANNED)
    got = doubted_goal_count(v, d, PLANNED)
    assert got.status is CheckStatus.unconfirmed and "joins the words around a goal's count" in got.reason


@pytest.mark.parametrize(("fields", "written", "unit"), [
    ({"indicator": "新增规上工业企业", "kind": "target"}, "8家", "家"),  # (its own words, no 的)
    ({"indicator": "建成投产的项目", "kind": "actual"}, "6个", "个"),  # (a result: its deed is what was done)
    ({"indicator": "落地投产的项目", "kind": "target"}, "42.6亿元", "元"),  # (an amount, no count)
])
def test_a_goals_count_named_by_its_own_words_or_a_result_keeps_its_trust(fields: dict[str, str], written: str,
                                                                          unit: str) -> None:
    v = _counted(PLANNED, written, unit)
    assert not goal_count_across(v, fields, PLANNED) and doubted_goal_count(v, fields, PLANNED) is v


def test_a_goals_count_whose_name_the_page_writes_keeps_its_trust() -> None:
    text = "今年将新增3家产值过亿元的企业，力争创建2个省级绿色工厂。"
    v = _counted(text, "3家", "家")
    assert not goal_count_across(v, {"indicator": "产值过亿元的企业", "kind": "target"}, text)


def test_the_offline_summary_leaves_goals_counts_named_across_their_value_open() -> None:
    status = _shipped(PLANNED)
    assert status[(12, "个")] is CheckStatus.unconfirmed and status[(4, "条")] is CheckStatus.unconfirmed
    assert status[(8, "家")] is CheckStatus.supported and status[(6, "个")] is CheckStatus.supported
    assert status[(42.6, "亿元")] is CheckStatus.supported


# Written for these tests: a county's half year, whose projects not yet on the books, a park's new workshops and a
# field's turn are each said in a clause whose predicate holds an adverb (仍有, 还打造了, 由负转正后继续).
PREDICATED = ("西林县上半年工业经济运行简况\n"
              "1至6月，全县规模以上工业增加值同比增长5.6%，工业投资完成21.3亿元。全县今年计划新建项目32个，截至6月底"
              "仍有7个新建项目尚未入库。园区还打造了12个标准化车间，新能源领域由负转正后继续提高0.8个百分点。\n")


@pytest.mark.parametrize("name", ["仍的新建项目", "园区还打造的标准化车间", "新能源领域由负转正后继续",
                                  "我们将组建的服务站", "而且的检测点", "也均在", "就成功的订单"])
def test_a_name_read_across_a_predicates_adverb_is_left_open(name: str) -> None:
    assert across_a_predicate(name)
    got = doubted_predicate(_trusted("7个"), name)
    assert got.status is CheckStatus.unconfirmed and "predicate" in got.reason


@pytest.mark.parametrize("name", ["新建项目", "正在洽谈的项目", "偿还贷款本息", "还款金额", "新增就业", "就地转化率",
                                  "将乐县工业产值", "规上工业增加值增速", "还原剂产量", "门诊就诊人次", "就医人次",
                                  "新开工还建房", "也门出口额", "参加继续教育的人员", "在校就读学生"])
def test_a_name_without_a_predicates_adverb_keeps_its_trust(name: str) -> None:
    v = _trusted("7个")
    assert not across_a_predicate(name) and doubted_predicate(v, name) is v


def test_a_bound_named_across_a_predicate_is_not_doubted() -> None:
    v = _trusted("3000万元")
    assert doubted_predicate(v, "经开区将实现新增", "threshold") is v


def test_the_offline_summary_leaves_names_read_across_a_predicate_open() -> None:
    status = _shipped(PREDICATED)
    assert status[(7, "个")] is CheckStatus.unconfirmed and status[(12, "个")] is CheckStatus.unconfirmed
    assert status[(0.8, "个百分点")] is CheckStatus.unconfirmed
    assert status[(5.6, "%")] is CheckStatus.supported and status[(32, "个")] is CheckStatus.supported


@pytest.mark.parametrize("name", ["上述4者合计占全县出口总额", "这些企业完成产值", "上述两个园区合计实现营收",
                                  "前述项目累计完成投资", "这批新开工项目总投资", "两者合计占全市比重"])
def test_a_name_that_points_back_to_things_named_before_is_left_open(name: str) -> None:
    # (…对日本出口12亿元，对韩国出口8亿元，对东盟出口6亿元，上述4者合计占全县出口总额的61%: which four, the name
    # does not say)
    assert points_back(name)
    got = doubted_pointing_back(_trusted("61%"), name)
    assert got.status is CheckStatus.unconfirmed and "pointing back" in got.reason


@pytest.mark.parametrize("name", ["规模以上工业增加值", "亿元以上项目", "三大主导产业产值", "此次集中开工项目",
                                  "该园区工业产值", "其余行业产值", "前三季度出口总额"])
def test_a_name_that_names_its_things_keeps_its_trust(name: str) -> None:
    v = _trusted("61%")
    assert not points_back(name) and doubted_pointing_back(v, name) is v
