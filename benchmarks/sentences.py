"""Does the checker read the shapes of the genre, on sentences no page here holds?

    python benchmarks/sentences.py [--passages 300] [--seed 0] [--show 5] [--family NAME]

Writes short passages of the genre from templates, each of one family of shapes, with names, numbers,
periods and connectors drawn at random, and claims what they state (each must come out supported) and
what a model gets wrong about them (none may be trusted):
- lists:    分别 lists and parallel clauses of industries or places (joined by 、, 和, 及, 以及; the measure named
            once or in each clause; a lead clause before them). The industries are names of the national
            classification (GB/T 4754), many of which hold 和, 及 or 、 (酒、饮料和精制茶制造业). Wrong: a
            sibling's value; the item's value under a measure the passage does not give.
- counts:   a count per place joined by 、 after the whole's (全县新增规上工业企业38家，其中青岩县12家、…). Wrong:
            a sibling's count; the whole's count for a place; a place's count for the whole; another class
            (10亿元以上项目 for a part of 亿元以上项目).
- tallies:  what is new and the running total (新增专精特新企业8家，累计达到36家). Wrong: each for the other.
- goals:    a result and the year's goal (完成投资52.3亿元，…全年目标80亿元). Wrong: the goal as a result, the
            result as the goal.
- months:   a stretch of months and its last month (1-9月增长6.2%，其中9月当月增长8.1%). Wrong: each for the
            other's period.
- places:   the province's or the country's value beside the city's (全省增长6.1%，全市增长7.2%). Wrong: the
            province's for the city.
- gaps:     a growth with its gaps to a place and to a period (增长8.1%，比全省高1.2个百分点，比上年同期回落0.5个
            百分点). Wrong: each gap under the other's base; a gap as the growth.
- kinds:    a result and a goal or forecast for the year (增长6.5%。全年力争增长8%; 预计). Wrong: the goal as a
            result, the result as the goal.
- shares:   a share, its change in points and the growth (占规上工业比重为35.2%，比上年同期提高1.3个百分点). Wrong:
            each as another.
- signings: projects signed and their amount, with a part after 其中 (签约项目23个，总投资186亿元，其中工业项目9个、
            总投资52.3亿元). Wrong: the part's count or amount for the whole's, and the other way.
- bases:    a growth year on year and month on month (同比增长5.2%，环比增长1.3%). Wrong: each as the other.
- years:    one measure in two years (2023年…612.7亿元；2024年…688.1亿元; 由…增加到…; 2023年、2024年…分别为…). Wrong:
            each year's for the other.
- tables:   a table of indicators with a unit, a value and a growth column, by tabs or bars. Wrong: another row's
            value or growth.
- measures: two measures of one subject in one 分别 clause (营业收入、利润总额分别增长…). Wrong: each's growth for the
            other.
- pulls:    a growth, its pull (拉动…个百分点) and contribution (贡献率). Wrong: each as another.
- comparisons: a growth and its gaps to two places in one list (比全国、全省分别高出…; 分别高于全省、全国…;
            分别比全市、全省快…). Wrong: each gap as the other's; a gap as the growth.
- fronts:   shares written before what they are of (贡献了全市40%的工业产值和54%的税收). Wrong: another noun's share.
- breakdowns: two sections (一、工业投资 / 二、工业用电量), each a list of places' growths, after the whole's
            sentence (分县区看，…), after its clause (其中…), or under a heading that names the measure alone.
            Wrong: a place's value of the other section's measure; a sibling place's value.
- groups:   projects of a stage and their amount, then each class's in the next sentence (从行业看，工业项目14个，
            总投资96亿元；服务业项目…). Wrong: another class's count or amount; a class's for the whole's, and back.
- joined:   a count of two kinds of one thing joined (新建和续建项目30个。其中，新建项目18个…). Wrong: both kinds'
            count for one; the other kind's.
- remarks:  a sector named in a remark before what is measured (采矿业增速最快，增加值同比增长…，与去年同期相比加快…).
            Wrong: the sector's growth or gap for the whole's; the other sector's growth.
- pools:    a count among a pool (38个工业行业大类中27个行业…, with or without a comma) and a stage reached among
            the projects counted before (重点项目共58个，截至目前，已开工47个). Wrong: the pool's count for the part;
            the stage's count for the whole.
- items:    counts each before its noun, then a 分别 clause of their rates (全县5个省重点项目、9个市重点项目和
            14个集中开工项目，当年投资完成率分别达到…). Wrong: a sibling's count or rate.
- subjects: a group of firms' amount (its name quoted in a lead sentence or not), then the whole industry's growth,
            in the same paragraph or the next. Wrong: the whole's growth for the group; for a group never named.

Prints one line of figures per family and in all: right_flagged= (right claims not supported, aim 0) and
wrong_trusted= (wrong claims supported or derived, aim 0), with counts; --show N prints failures. Places
and firms are of our own making; none of the passages is a page's, so a reading fitted to one page does
not move these figures unless it reads the shape.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summariser import check_figures  # noqa: E402
from summariser.numbers.check import forget  # noqa: E402

INDUSTRIES = ("农副食品加工业", "食品制造业", "纺织业", "化学原料和化学制品制造业", "医药制造业",
              "橡胶和塑料制品业", "非金属矿物制品业", "黑色金属冶炼和压延加工业", "有色金属冶炼及压延加工业",
              "金属制品业", "通用设备制造业", "专用设备制造业", "汽车制造业", "电气机械和器材制造业",
              "计算机、通信和其他电子设备制造业", "电力、热力生产和供应业", "采矿业", "造纸及纸制品业",
              "纺织服装、服饰业", "烟草制品业", "酒、饮料和精制茶制造业")
# (places of our own making, named as counties, districts and parks are)
PLACES = ("青岩县", "石桥县", "柳河县", "南屯区", "北湾区", "东坪镇", "西岭乡", "云溪区", "高新区", "经开区")
MEASURES = (("增加值", "增长"), ("用电量", "下降"), ("产值", "增长"), ("营业收入", "增长"))
PERIODS = ("1-9月", "上半年", "前三季度", "今年以来", "1-10月份")
LEADS = ("", "全市规模以上工业增加值增长6.1%，", "分行业看，", "从重点行业看，", "分县区看，")
FIRMS = ("规上工业企业", "高新技术企业", "专精特新企业", "科技型中小企业", "亿元以上项目", "省级重点项目")
STAGES = ("新增", "新认定", "新培育")
AMOUNTS = ("固定资产投资", "工业投资", "技改投资", "规上工业总产值", "招商引资到位资金")
WHOLES = (("全省", "全市"), ("全国", "全省"), ("全市", "全县"))


class Claim(NamedTuple):
    indicator: str
    value: float
    unit: str
    period: str = ""
    kind: str = "actual"
    measure: str = "growth"


class Passage(NamedTuple):
    text: str
    right: list[Claim]
    wrong: list[tuple[Claim, str]]  # each with what makes it wrong


def _values(n: int, r: random.Random, low: float = 0.5, high: float = 30.0) -> list[float]:
    out: set[float] = set()
    while len(out) < n:
        out.add(round(r.uniform(low, high), 1))
    return list(out)


def _joined(items: list[str], r: random.Random) -> str:
    if len(items) > 2 and r.random() < 0.5:
        return "、".join(items[:-1]) + r.choice(("和", "及", "以及")) + items[-1]
    return "、".join(items)


def _written(values: list[float], r: random.Random, unit: str = "%") -> str:
    shown = [f"{v}{unit}" for v in values]
    return "、".join(shown[:-1]) + "和" + shown[-1] if r.random() < 0.5 else "、".join(shown)


def lists(r: random.Random) -> Passage:
    shape = r.randrange(5)
    n = r.randint(2, 5)
    items = r.sample(INDUSTRIES if shape < 3 else PLACES, n)
    measure, verb = r.choice(MEASURES)
    values = _values(n, r)
    period, lead = r.choice(PERIODS), r.choice(LEADS)
    if shape in (0, 3):  # one 分别 clause
        text = f"{period}，{lead}{_joined(items, r)}{measure}分别{verb}{_written(values, r)}。"
    elif shape == 1:  # the measure named once, in the first clause
        clauses = [f"{items[0]}{measure}{verb}{values[0]}%"]
        clauses += [f"{x}{verb}{v}%" for x, v in zip(items[1:], values[1:], strict=True)]
        text = f"{period}，{lead}" + r.choice(("，", "；")).join(clauses) + "。"
    elif shape == 2:  # the measure named in each clause
        clauses = [f"{x}{measure}{verb}{v}%" for x, v in zip(items, values, strict=True)]
        text = f"{period}，{lead}" + r.choice(("，", "；")).join(clauses) + "。"
    else:  # places after the whole's value
        parts = "，".join(f"{x}{verb}{v}%" for x, v in zip(items, values, strict=True))
        text = f"{period}，全市{measure}{verb}5.0%，{parts}。"
    sign = -1 if verb == "下降" else 1
    other = r.choice([m for m, _ in MEASURES if m != measure])
    right = [Claim(x + measure, sign * v, "%") for x, v in zip(items, values, strict=True)]
    wrong = [(Claim(x + measure, sign * w, "%"), "a sibling's value")
             for i, x in enumerate(items) for j, w in enumerate(values) if i != j]
    wrong += [(Claim(x + other, sign * v, "%"), "a measure the passage does not give")
              for x, v in zip(items, values, strict=True)]
    return Passage(text, right, wrong)


def counts(r: random.Random) -> Passage:
    n = r.randint(2, 4)
    places = r.sample(PLACES, n)
    firm, stage, period = r.choice(FIRMS), r.choice(STAGES), r.choice(PERIODS)
    parts = r.sample(range(3, 30), n)
    whole = sum(parts) + r.randint(1, 9)
    unit = "个" if "项目" in firm else "家"
    listed = "、".join(f"{p}{v}{unit}" for p, v in zip(places, parts, strict=True))
    text = f"{period}，全县{stage}{firm}{whole}{unit}，其中{listed}。"
    right = [Claim(f"全县{stage}{firm}", whole, unit, measure="level")]
    right += [Claim(f"{p}{stage}{firm}", v, unit, measure="level") for p, v in zip(places, parts, strict=True)]
    wrong = [(Claim(f"{p}{stage}{firm}", w, unit, measure="level"), "a sibling's count")
             for i, p in enumerate(places) for j, w in enumerate(parts) if i != j]
    wrong += [(Claim(f"{p}{stage}{firm}", whole, unit, measure="level"), "the whole's count for a place")
              for p in places]
    wrong += [(Claim(f"全县{stage}{firm}", v, unit, measure="level"), "a place's count for the whole")
              for v in parts]
    if firm == "亿元以上项目":
        wrong += [(Claim(f"{p}{stage}10亿元以上项目", v, unit, measure="level"), "another class of projects")
                  for p, v in zip(places, parts, strict=True)]
    return Passage(text, right, wrong)


def tallies(r: random.Random) -> Passage:
    firm, period = r.choice(FIRMS), r.choice(PERIODS)
    new = r.randint(3, 20)
    total = new + r.randint(10, 80)
    unit = "个" if "项目" in firm else "家"
    text = r.choice((f"{period}，全市新增{firm}{new}{unit}，累计达到{total}{unit}。",
                     f"{period}，全市新认定{firm}{new}{unit}，总数达{total}{unit}。",
                     f"截至9月底，全市{firm}累计达到{total}{unit}，今年以来新增{new}{unit}。"))
    new_word = "新认定" if "新认定" in text else "新增"
    total_word = "总数" if "总数" in text else "累计"
    right = [Claim(f"{new_word}{firm}", new, unit, measure="level"),
             Claim(f"{firm}{total_word}", total, unit, measure="level")]
    wrong = [(Claim(f"{new_word}{firm}", total, unit, measure="level"), "the running total as what is new"),
             (Claim(f"{firm}{total_word}", new, unit, measure="level"), "what is new as the running total")]
    return Passage(text, right, wrong)


def goals(r: random.Random) -> Passage:
    amount, period = r.choice(AMOUNTS), r.choice(("1-9月", "前三季度", "1-10月份", "上半年"))
    done, goal = _values(1, r, 20, 90)[0], float(r.randint(100, 300))
    text = r.choice((f"{period}，全市完成{amount}{done}亿元，占全年目标{goal:g}亿元的{round(100 * done / goal, 1)}%。",
                     f"{period}，全市{amount}完成{done}亿元。全年力争完成{amount}{goal:g}亿元。",
                     f"今年全市{amount}目标为{goal:g}亿元，{period}已完成{done}亿元。"))
    right = [Claim(amount, done, "亿元", period, "actual", "level"),
             Claim(amount, goal, "亿元", "全年", "target", "level")]
    wrong = [(Claim(amount, goal, "亿元", period, "actual", "level"), "the goal as a result"),
             (Claim(amount, goal, "亿元", "全年", "actual", "level"), "the goal as the year's result"),
             (Claim(amount, done, "亿元", "全年", "target", "level"), "the result as the goal")]
    return Passage(text, right, wrong)


def months(r: random.Random) -> Passage:
    m = r.randint(3, 11)
    amount = r.choice(("规模以上工业增加值", "工业用电量", "工业投资", "外贸进出口总额"))
    run, month = _values(2, r, 1, 20)
    text = r.choice((f"1-{m}月，全市{amount}同比增长{run}%，其中{m}月当月增长{month}%。",
                     f"1-{m}月，全市{amount}同比增长{run}%；{m}月份，{amount}增长{month}%。"))
    right = [Claim(amount, run, "%", f"1-{m}月"), Claim(amount, month, "%", f"{m}月")]
    wrong = [(Claim(amount, month, "%", f"1-{m}月"), "the month's value for the months to date"),
             (Claim(amount, run, "%", f"{m}月"), "the months' value for the month")]
    return Passage(text, right, wrong)


def places(r: random.Random) -> Passage:
    higher, own = r.choice(WHOLES)
    amount, period = r.choice(("规模以上工业增加值", "固定资产投资", "工业投资")), r.choice(PERIODS)
    theirs, ours = _values(2, r, 1, 15)
    text = r.choice((f"{period}，{higher}{amount}增长{theirs}%，{own}增长{ours}%。",
                     f"{period}，{own}{amount}增长{ours}%，{higher}为{theirs}%。"))
    right = [Claim(f"{own}{amount}", ours, "%", period), Claim(f"{higher}{amount}", theirs, "%", period)]
    wrong = [(Claim(f"{own}{amount}", theirs, "%", period), "the higher place's value for the page's"),
             (Claim(f"{higher}{amount}", ours, "%", period), "the page's value for the higher place")]
    return Passage(text, right, wrong)


def gaps(r: random.Random) -> Passage:
    amount, period = r.choice(("规模以上工业增加值", "固定资产投资", "工业投资")), r.choice(PERIODS)
    growth, to_place, to_year = _values(1, r, 5, 15)[0], *_values(2, r, 0.1, 4.5)
    place = r.choice(("全省", "全国"))
    text = f"{period}，全市{amount}增长{growth}%，比{place}高{to_place}个百分点，比上年同期回落{to_year}个百分点。"
    right = [Claim(amount, growth, "%", period),
             Claim(f"{amount}增速高于{place}", to_place, "个百分点", period, measure="change"),
             Claim(f"{amount}增速比上年同期", -to_year, "个百分点", period, measure="change")]
    wrong = [(Claim(f"{amount}增速高于{place}", to_year, "个百分点", period, measure="change"),
              "the gap to last year as the gap to the place"),
             (Claim(f"{amount}增速比上年同期", -to_place, "个百分点", period, measure="change"),
              "the gap to the place as the gap to last year"),
             (Claim(amount, to_place, "%", period), "a gap as the growth")]
    return Passage(text, right, wrong)


def kinds(r: random.Random) -> Passage:
    amount = r.choice(("规模以上工业增加值", "固定资产投资", "工业投资", "地区生产总值"))
    done, goal = _values(2, r, 3, 12)
    period = r.choice(("1-9月", "前三季度", "上半年"))
    word = r.choice(("力争", "确保", "预计", "目标"))
    kind = "forecast" if word == "预计" else "target"
    text = r.choice((f"{period}，全市{amount}增长{done}%。全年{word}增长{goal}%。",
                     f"{period}，全市{amount}增长{done}%，全年{word}增长{goal}%左右。",
                     f"全年{amount}{word}增长{goal}%，{period}实际增长{done}%。"))
    right = [Claim(amount, done, "%", period), Claim(amount, goal, "%", "全年", kind)]
    wrong = [(Claim(amount, goal, "%", "全年", "actual"), f"a {kind} as a result"),
             (Claim(amount, goal, "%", period, "actual"), f"a {kind} as the months' result"),
             (Claim(amount, done, "%", "全年", kind), f"the result as the {kind}")]
    return Passage(text, right, wrong)


def shares(r: random.Random) -> Passage:
    part = r.choice(("高技术制造业增加值", "民营经济增加值", "战略性新兴产业产值", "装备制造业增加值"))
    whole = r.choice(("规上工业", "全市GDP", "规模以上工业"))
    share, change, growth = _values(3, r, 0.5, 40)
    period = r.choice(PERIODS)
    text = r.choice((f"{period}，全市{part}增长{growth}%，占{whole}比重为{share}%，比上年同期提高{change}个百分点。",
                     f"{period}，{part}占{whole}的比重达到{share}%，较上年同期提高{change}个百分点；{part}增长{growth}%。"))
    right = [Claim(f"{part}占{whole}比重", share, "%", period, measure="share"),
             Claim(f"{part}占{whole}比重", change, "个百分点", period, measure="change"),
             Claim(part, growth, "%", period)]
    wrong = [(Claim(f"{part}占{whole}比重", growth, "%", period, measure="share"), "the growth as the share"),
             (Claim(part, share, "%", period), "the share as the growth"),
             (Claim(part, change, "个百分点", period, measure="change"), "the share's change as the growth's")]
    return Passage(text, right, wrong)


def signings(r: random.Random) -> Passage:
    count, part = r.randint(12, 40), r.randint(3, 10)
    total, part_total = _values(2, r, 20, 200)
    total, part_total = max(total, part_total), min(total, part_total)
    kind = r.choice(("工业项目", "制造业项目", "亿元以上项目"))
    event = r.choice(("本次活动", "会上", "上半年，全市"))
    text = r.choice((f"{event}共签约项目{count}个，总投资{total}亿元，其中{kind}{part}个、总投资{part_total}亿元。",
                     f"{event}集中签约项目{count}个，签约总金额{total}亿元。其中，{kind}{part}个，签约金额{part_total}亿元。"))
    money = "总投资" if "总投资" in text else "签约金额"
    whole_money = "总投资" if money == "总投资" else "签约总金额"
    right = [Claim("签约项目", count, "个", measure="level"),
             Claim(f"签约项目{whole_money}", total, "亿元", measure="level"),
             Claim(kind, part, "个", measure="level"), Claim(f"{kind}{money}", part_total, "亿元", measure="level")]
    wrong = [(Claim(f"签约项目{whole_money}", part_total, "亿元", measure="level"), "the part's amount for the whole"),
             (Claim(f"{kind}{money}", total, "亿元", measure="level"), "the whole's amount for the part"),
             (Claim("签约项目", part, "个", measure="level"), "the part's count for the whole"),
             (Claim(kind, count, "个", measure="level"), "the whole's count for the part")]
    return Passage(text, right, wrong)


def bases(r: random.Random) -> Passage:
    amount = r.choice(("规模以上工业增加值", "工业用电量", "社会消费品零售总额"))
    period = r.choice(("9月份", "10月份", "6月份"))
    yoy, mom = _values(2, r, 0.5, 12)
    text = r.choice((f"{period}，全市{amount}同比增长{yoy}%，环比增长{mom}%。",
                     f"{period}，全市{amount}环比增长{mom}%，同比增长{yoy}%。"))
    right = [Claim(amount, yoy, "%", period), Claim(f"{amount}环比", mom, "%", period)]
    wrong = [(Claim(amount, mom, "%", period), "the month-on-month growth as the growth"),
             (Claim(f"{amount}环比", yoy, "%", period), "the growth as the month-on-month growth")]
    return Passage(text, right, wrong)


def years(r: random.Random) -> Passage:
    amount = r.choice(("规上工业总产值", "工业投资", "地区生产总值"))
    y = r.randint(2019, 2024)
    before, after = _values(2, r, 50, 900)
    text = r.choice((f"{y - 1}年，全市{amount}{before}亿元；{y}年，全市{amount}{after}亿元。",
                     f"全市{amount}由{y - 1}年的{before}亿元增加到{y}年的{after}亿元。",
                     f"{y - 1}年、{y}年全市{amount}分别为{before}亿元、{after}亿元。",
                     f"{y - 1}年、{y}年全市累计完成{amount}{before}亿元、{after}亿元。"))
    right = [Claim(amount, before, "亿元", f"{y - 1}年", measure="level"),
             Claim(amount, after, "亿元", f"{y}年", measure="level")]
    wrong = [(Claim(amount, before, "亿元", f"{y}年", measure="level"), "the year before's value for the year"),
             (Claim(amount, after, "亿元", f"{y - 1}年", measure="level"), "the year's value for the year before")]
    return Passage(text, right, wrong)


ROWS = (("规模以上工业增加值", "亿元"), ("固定资产投资", "亿元"), ("社会消费品零售总额", "亿元"),
        ("一般公共预算收入", "亿元"), ("工业用电量", "亿千瓦时"), ("外贸进出口总额", "亿元"),
        ("实际使用外资", "亿美元"))


def tables(r: random.Random) -> Passage:
    rows = r.sample(ROWS, r.randint(3, 5))
    levels, growths = _values(len(rows), r, 20, 900), _values(len(rows), r, 0.5, 15)
    period = r.choice(("1-9月", "1-6月", "1-10月"))
    sep = r.choice(("\t", " | "))
    lines = [f"表1  {period}全市主要经济指标", sep.join(("指标", "单位", period, "同比增长(%)"))]
    lines += [sep.join((n, u, str(v), str(g))) for (n, u), v, g in zip(rows, levels, growths, strict=True)]
    text = "\n".join(lines) + "\n"
    right = [Claim(n, v, u, period, measure="level") for (n, u), v in zip(rows, levels, strict=True)]
    right += [Claim(n, g, "%", period) for (n, _), g in zip(rows, growths, strict=True)]
    wrong = [(Claim(rows[i][0], levels[j], rows[i][1], period, measure="level"), "another row's value")
             for i in range(len(rows)) for j in range(len(rows)) if i != j and rows[i][1] == rows[j][1]]
    wrong += [(Claim(rows[i][0], growths[j], "%", period), "another row's growth")
              for i in range(len(rows)) for j in range(len(rows)) if i != j]
    return Passage(text, right, wrong)


def measures(r: random.Random) -> Passage:
    firm = r.choice(("全市规上工业企业", "全市规模以上工业企业", "全县规上工业企业"))
    pair = r.sample(("营业收入", "利润总额", "税金总额", "工业总产值"), 2)
    a, b = _values(2, r, 0.5, 25)
    period = r.choice(PERIODS)
    text = r.choice((f"{period}，{firm}{pair[0]}、{pair[1]}分别增长{a}%和{b}%。",
                     f"{period}，{firm}实现{pair[0]}1234.5亿元、{pair[1]}86.7亿元，同比分别增长{a}%、{b}%。"))
    # (a measure that names 工业 is claimed with the firms' class: 工业总产值 alone is all industry's, which the
    # checker leaves open for the value of 规上工业企业)
    one, two = (f"规上{m}" if m.startswith("工业") else m for m in pair)
    right = [Claim(one, a, "%", period), Claim(two, b, "%", period)]
    wrong = [(Claim(one, b, "%", period), "the other measure's growth"),
             (Claim(two, a, "%", period), "the other measure's growth")]
    return Passage(text, right, wrong)


def pulls(r: random.Random) -> Passage:
    sector = r.choice(("装备制造业", "高技术制造业", "汽车制造业", "电子信息产业"))
    growth, pull, rate = _values(3, r, 0.5, 40)
    period = r.choice(PERIODS)
    text = r.choice((f"{period}，{sector}增加值增长{growth}%，拉动全市规上工业增长{pull}个百分点，贡献率为{rate}%。",
                     f"{period}，{sector}增加值增长{growth}%，对全市规上工业增长的贡献率达{rate}%，拉动增长{pull}个百分点。"))
    right = [Claim(f"{sector}增加值", growth, "%", period),
             Claim(f"{sector}拉动规上工业增长", pull, "个百分点", period, measure="change"),
             Claim(f"{sector}贡献率", rate, "%", period, measure="share")]
    wrong = [(Claim(f"{sector}增加值", rate, "%", period), "the contribution as the growth"),
             (Claim(f"{sector}贡献率", growth, "%", period, measure="share"), "the growth as the contribution"),
             (Claim(f"{sector}增加值", pull, "个百分点", period, measure="change"), "the pull as a change of growth")]
    return Passage(text, right, wrong)


def comparisons(r: random.Random) -> Passage:
    amount, period = r.choice(("规模以上工业增加值", "固定资产投资", "工业投资", "工业用电量")), r.choice(PERIODS)
    places = r.sample(("全国", "全省", "全市"), 2)
    growth, *gaps_ = _values(3, r, 0.3, 15)
    low = r.random() < 0.3
    more, less = ("低", "低于") if low else (r.choice(("高", "高出", "快")), r.choice(("高于", "快于")))
    a, b = places
    shown = r.choice((f"{gaps_[0]}、{gaps_[1]}", f"{gaps_[0]}和{gaps_[1]}"))
    avg = r.choice(("", "平均水平")) if r.random() < 0.3 else ""
    text = f"{period}，全县{amount}增长{growth}%，" + r.choice((
        f"比{a}、{b}{avg}分别{more}{shown}个百分点。", f"增速分别{less}{a}、{b}{avg}{shown}个百分点。",
        f"分别比{a}、{b}{avg}{more}{shown}个百分点。", f"{less}{a}、{b}{avg}{shown}个百分点。"))
    sign = -1 if low else 1
    word = "低于" if low else "高于"
    right = [Claim(amount, growth, "%", period)]
    right += [Claim(f"{amount}增速{word}{x}", sign * g, "个百分点", period, measure="change")
              for x, g in zip(places, gaps_, strict=True)]
    wrong = [(Claim(f"{amount}增速{word}{a}", sign * gaps_[1], "个百分点", period, measure="change"),
              "the gap to the second place as the first's"),
             (Claim(f"{amount}增速{word}{b}", sign * gaps_[0], "个百分点", period, measure="change"),
              "the gap to the first place as the second's"),
             (Claim(amount, gaps_[1], "%", period), "a gap as the growth")]
    return Passage(text, right, wrong)


def fronts(r: random.Random) -> Passage:
    subject = r.choice(("民营经济", "高新区", "工业园区", "高新技术企业", "规上工业企业"))
    outs = r.sample(("税收", "工业产值", "营业收入", "地区生产总值", "技术创新成果", "城镇劳动就业", "工业增加值"),
                    r.randint(2, 3))
    values = sorted(_values(len(outs) + 1, r, 5, 90))
    where = r.choice(("全市", "全县", "全区", ""))
    listed = [f"{v}%{r.choice(('', '以上')) if n == 0 else ''}的{o}"
              for n, (o, v) in enumerate(zip(outs, values[1:], strict=True))]
    joined = "、".join(listed[:-1]) + r.choice(("和", "、")) + listed[-1]
    text = r.choice((f"{subject}以{where}{values[0]}%的土地，贡献了{joined}。",
                     f"{subject}贡献了{where}{joined}。",
                     f"目前，{subject}创造了{where}{joined}，是经济发展的主力军。"))
    right = [Claim(f"{subject}{o}占比", v, "%", measure="share") for o, v in zip(outs, values[1:], strict=True)]
    wrong = [(Claim(f"{subject}{o}占比", w, "%", measure="share"), "another noun's share")
             for i, o in enumerate(outs) for j, w in enumerate(values[1:]) if i != j]
    return Passage(text, right, wrong)


def breakdowns(r: random.Random) -> Passage:
    measures = r.sample(("规模以上工业增加值", "工业投资", "工业用电量", "规上工业营业收入"), 2)
    places, period = r.sample(PLACES[:5], 3), r.choice(PERIODS)
    shape = r.randrange(3)
    values: list[list[float]] = []
    blocks = []
    drawn = _values(8, r, 0.5, 25)  # (no value in both sections: each wrong claim is wrong)
    for n, measure in enumerate(measures):
        own = drawn[4 * n:4 * n + 4]
        values.append(own[1:])
        parts = "，".join(f"{p}增长{v}%" for p, v in zip(places, own[1:], strict=True))
        heading = f"{'一二'[n]}、{measure}"
        if shape == 0:  # the whole's sentence, then 分县区看
            blocks.append(f"{heading}\n{period}，全市{measure}增长{own[0]}%。分县区看，{parts}。")
        elif shape == 1:  # a heading of its own line names the measure of the list under it
            blocks.append(f"{heading}分县区情况：\n{period}，{parts}。")
        else:  # the whole's clause, then the places in the same sentence
            blocks.append(f"{heading}\n{period}，全市{measure}增长{own[0]}%，其中{parts}。")
    text = "全市工业经济运行简况\n" + "\n".join(blocks) + "\n"
    right = [Claim(f"{p}{m}", v, "%", period) for m, vs in zip(measures, values, strict=True)
             for p, v in zip(places, vs, strict=True)]
    wrong = [(Claim(f"{p}{measures[1 - n]}", v, "%", period), "the place's value of the other measure")
             for n, vs in enumerate(values) for p, v in zip(places, vs, strict=True)]
    wrong += [(Claim(f"{places[(i + 1) % 3]}{m}", v, "%", period), "a sibling place's value")
              for m, vs in zip(measures, values, strict=True) for i, v in enumerate(vs)]
    return Passage(text, right, wrong)


def groups(r: random.Random) -> Passage:
    stage, period = r.choice(("新开工", "新签约", "在建", "竣工")), r.choice(PERIODS)
    classes = r.sample(("工业项目", "服务业项目", "基础设施项目", "农业项目", "社会事业项目"), 3)
    counts = r.sample(range(3, 30), 3)
    amounts = _values(3, r, 5, 150)
    whole, whole_amount = sum(counts) + r.randint(0, 5), round(sum(amounts) + r.uniform(1, 50), 1)
    lead = r.choice(("从行业看，", "按类别分，", "其中，", ""))
    sep = r.choice(("；", "，"))
    parts = sep.join(f"{k}{n}个，总投资{v}亿元" for k, n, v in zip(classes, counts, amounts, strict=True))
    text = f"{period}，全市{stage}项目{whole}个，总投资{whole_amount}亿元。{lead}{parts}。"
    right = [Claim(f"{stage}项目", whole, "个", period, measure="level"),
             Claim(f"{stage}项目总投资", whole_amount, "亿元", period, measure="level")]
    right += [Claim(f"{stage}{k}", n, "个", period, measure="level") for k, n in zip(classes, counts, strict=True)]
    right += [Claim(f"{stage}{k}总投资", v, "亿元", period, measure="level")
              for k, v in zip(classes, amounts, strict=True)]
    wrong = [(Claim(f"{stage}{k}总投资", amounts[(i + 1) % 3], "亿元", period, measure="level"),
              "another class's amount") for i, k in enumerate(classes)]
    wrong += [(Claim(f"{stage}{k}", counts[(i + 1) % 3], "个", period, measure="level"), "another class's count")
              for i, k in enumerate(classes)]
    wrong += [(Claim(f"{stage}项目总投资", v, "亿元", period, measure="level"), "a class's amount for the whole")
              for v in amounts]
    wrong += [(Claim(f"{stage}{k}总投资", whole_amount, "亿元", period, measure="level"),
               "the whole's amount for a class") for k in classes]
    return Passage(text, right, wrong)


def joined(r: random.Random) -> Passage:
    (one, other), thing = r.choice((("新建", "续建"), ("开工", "竣工"), ("国家级", "省级"))), r.choice(("项目", "企业"))
    unit = "个" if thing == "项目" else "家"
    a, b = r.sample(range(2, 40), 2)
    period, join = r.choice(PERIODS), r.choice(("和", "及", "、"))
    text = r.choice((f"{period}，全市{one}{join}{other}{thing}{a + b}{unit}。"
                     f"其中，{one}{thing}{a}{unit}，{other}{thing}{b}{unit}。",
                     f"{period}，全市{one}{join}{other}{thing}共{a + b}{unit}，其中{one}{a}{unit}、{other}{b}{unit}。"))
    right = [Claim(f"{one}{join}{other}{thing}", a + b, unit, measure="level"),
             Claim(f"{one}{thing}", a, unit, measure="level"), Claim(f"{other}{thing}", b, unit, measure="level")]
    wrong = [(Claim(f"{one}{thing}", a + b, unit, measure="level"), "both kinds' count for one"),
             (Claim(f"{other}{thing}", a + b, unit, measure="level"), "both kinds' count for the other"),
             (Claim(f"{one}{thing}", b, unit, measure="level"), "the other kind's count")]
    return Passage(text, right, wrong)


def remarks(r: random.Random) -> Passage:
    one, two = r.sample(("采矿业", "制造业", "装备制造业", "高技术制造业", "消费品工业", "原材料工业"), 2)
    whole, a, b, d = _values(4, r, 0.5, 30)
    period = r.choice(PERIODS)
    remark = r.choice(("增速最快", "增长较快", "表现亮眼", "增长领先"))
    base = r.choice(("比去年同期", "与去年同期相比", "较上年同期"))
    text = (f"{period}，全市规模以上工业增加值增长{whole}%。{one}{remark}，增加值同比增长{a}%，{base}加快{d}个百分点；"
            f"{two}增长较快，增加值增长{b}%。")
    right = [Claim("规上工业增加值", whole, "%", period), Claim(f"{one}增加值", a, "%", period),
             Claim(f"{two}增加值", b, "%", period),
             Claim(f"{one}增加值增速比去年同期加快", d, "个百分点", period, measure="change")]
    wrong = [(Claim("规上工业增加值", a, "%", period), "a sector's growth for the whole's"),
             (Claim("规上工业增加值增速比去年同期加快", d, "个百分点", period, measure="change"),
              "a sector's gap for the whole's"),
             (Claim(f"{one}增加值", b, "%", period), "the other sector's growth")]
    return Passage(text, right, wrong)


def subjects(r: random.Random) -> Passage:
    named = (("专精特新", "专精特新企业"), ("老字号", "老字号企业"), ("高新技术", "高新技术企业"),
             ("科技型", "科技型中小企业"), ("龙头", "龙头企业"), ("化工", "化工行业"))
    (short, firms), (_, other) = r.sample(named, 2)
    measure, period = r.choice(("营业收入", "利润总额", "总产值")), r.choice(PERIODS)
    level, growth = _values(1, r, 5, 200)[0], _values(1, r, 0.5, 30)[0]
    heading = r.choice((f"“{short}”{firms[len(short):]}加速成长。", f"{firms}发展势头良好。", ""))
    text = (f"{heading}{period}，全市{firms}实现{measure}{level}亿元。{r.choice(('', chr(10) * 2))}"
            f"{period}，全市规上工业{measure}增长{growth}%。")
    right = [Claim(f"{firms}{measure}", level, "亿元", period, measure="level"),
             Claim(f"规上工业{measure}", growth, "%", period)]
    wrong = [(Claim(f"{firms}{measure}", growth, "%", period), "the whole's growth for the group"),
             (Claim(f"{other}{measure}", growth, "%", period), "the whole's growth for a group never named")]
    return Passage(text, right, wrong)


def pools(r: random.Random) -> Passage:
    period = r.choice(PERIODS)
    pool, part = sorted(r.sample(range(8, 60), 2), reverse=True)
    started, planned = sorted(r.sample(range(5, 90), 2))
    thing, did, counted, unit = r.choice((("工业行业大类", "个行业增加值实现同比增长", "增加值同比增长的行业", "个"),
                                         ("主要工业产品", "种产品产量实现同比增长", "产量同比增长的产品", "种")))
    stage = r.choice(("已开工", "已竣工", "已投产"))
    text = (f"{period}，全市{pool}{unit}{thing}中{r.choice(('', '，'))}{part}{did}。"
            f"今年全市谋划重点项目共{planned}个，截至目前，{stage}{started}个。")
    right = [Claim(thing, pool, unit, period, measure="level"), Claim(counted, part, unit, period, measure="level"),
             Claim("谋划重点项目", planned, "个", measure="level"),
             Claim(f"{stage}重点项目", started, "个", measure="level")]
    wrong = [(Claim(counted, pool, unit, period, measure="level"), "the pool's count for the part"),
             (Claim("谋划重点项目", started, "个", measure="level"), "the stage's count for the whole")]
    return Passage(text, right, wrong)


def items(r: random.Random) -> Passage:
    kinds = r.sample(("省重点项目", "市重点项目", "集中开工项目", "招商引资项目", "技改项目"), 3)
    counts = r.sample(range(2, 40), 3)
    rates = _values(3, r, 60, 220)
    join = r.choice(("和", "及"))
    listed = "、".join(f"{n}个{k}" for n, k in zip(counts[:2], kinds[:2], strict=True))
    listed += f"{join}{counts[2]}个{kinds[2]}"
    text = f"截至目前，全县{listed}，当年投资完成率分别达到{_written(rates, r)}。"
    right = [Claim(k, n, "个", measure="level") for k, n in zip(kinds, counts, strict=True)]
    right += [Claim(f"{k}当年投资完成率", v, "%", measure="share") for k, v in zip(kinds, rates, strict=True)]
    wrong = [(Claim(kinds[i], counts[(i + 1) % 3], "个", measure="level"), "a sibling's count") for i in range(3)]
    wrong += [(Claim(f"{kinds[i]}当年投资完成率", rates[(i + 1) % 3], "%", measure="share"), "a sibling's rate")
              for i in range(3)]
    return Passage(text, right, wrong)


FAMILIES: dict[str, Callable[[random.Random], Passage]] = {
    "lists": lists, "counts": counts, "tallies": tallies, "goals": goals, "months": months, "places": places,
    "gaps": gaps, "kinds": kinds, "shares": shares, "signings": signings, "bases": bases, "years": years,
    "tables": tables, "measures": measures, "pulls": pulls, "comparisons": comparisons,
    "fronts": fronts, "breakdowns": breakdowns, "groups": groups,
    "joined": joined, "remarks": remarks, "subjects": subjects, "pools": pools, "items": items}


def _status(text: str, c: Claim) -> str:
    claim: dict[str, Any] = c._asdict()
    claim["period"] = c.period or None
    return check_figures(text, [claim])[0].status.value


class Tally(NamedTuple):
    right: int = 0
    flagged: int = 0
    wrong: int = 0
    trusted: int = 0

    def add(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self, other, strict=True)))

    def line(self) -> str:
        return (f"right_flagged={self.flagged / max(self.right, 1):.4f} ({self.flagged}/{self.right}) "
                f"wrong_trusted={self.trusted / max(self.wrong, 1):.4f} ({self.trusted}/{self.wrong})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passages", type=int, default=300, help="passages of each family")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print the first N failures of each family")
    ap.add_argument("--family", choices=sorted(FAMILIES), action="append", help="only these families")
    a = ap.parse_args()
    total = Tally()
    for name in a.family or FAMILIES:
        r = random.Random(f"{a.seed}:{name}")
        tally, shown = Tally(), []
        for _ in range(a.passages):
            p = FAMILIES[name](r)
            flagged = [(c, got) for c in p.right if (got := _status(p.text, c)) != "supported"]
            trusted = [(c, got, why) for c, why in p.wrong if (got := _status(p.text, c)) in ("supported", "derived")]
            tally = tally.add(Tally(len(p.right), len(flagged), len(p.wrong), len(trusted)))
            shown += [f"  right {c.indicator} {c.period} {c.value:g}{c.unit} {c.kind} -> {got} | {p.text}"
                      for c, got in flagged]
            shown += [f"  wrong ({why}) {c.indicator} {c.period} {c.value:g}{c.unit} {c.kind} -> {got} | {p.text}"
                      for c, got, why in trusted]
            forget()  # (each passage is read once: the memo of texts holds no more than it needs)
        total = total.add(tally)
        print(f"{name}: {tally.line()}")
        for line in shown[:a.show]:
            print(line)
    print(f"all: passages={a.passages} seed={a.seed} {total.line()}")


if __name__ == "__main__":
    main()
