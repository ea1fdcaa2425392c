"""Where a text's words of a goal, a forecast and a result are, and the kind (target, forecast, actual) they give
each value: goal words (力争, 目标), forecast words (预计), result words (已, 累计), a work plan's goal sections
(headings, a plan's title, 主要预期目标是：), goals quoted and framed, and the page's own date a deadline is held
against. Read once per text (Kinds); the kind at a position is then a lookup."""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..core.regex import Anchored, Marks
from .asides import aside_at, asides, kind_noted, kind_notes
from .periods import parse_period
from .spans import end_from, span_end, span_start, start_after

# How far into its sentence 预计 may stand to lead the sentence's values (预计全年…增长10%左右，…)
_FORETOLD_OPENING = 4
# What a 预计 opening a statement of its own writes first: its period or its whole (预计一季度全市…, 预计全年…).
_FORETOLD_STATEMENT = re.compile(r"(?:(?:19|20)\d{2}年|今年|全年|明年|[一二三四]季度|[上下]半年|前三季度|"
                                 r"\d{1,2}[-—至]\d{1,2}月|全[市省区县州]|我[市省区县州])")
# The words that say who says what follows (…时表示，; 据介绍，): the sentence's own words open after them.
_TOLD = re.compile(r"(?:表示|指出|介绍|透露|获悉|了解到|称|说)[，,：:]\s*")
# A year and a whole place a sentence may open with before its 预计 (2022年我县预计二季度…, 今年全市预计…), the place
# written first as well (该县2024年预计全年…增长7%，…增长11%: the same statement, its subject before its year).
# (a frame that dates what is foreseen, not a place alone: 2024年, 今年, 全年, 上半年)
_FRAME_DATED = re.compile(r"(?:19|20)\d{2}年|今年|全年|明年|半年|季度")
_FORETOLD_FRAME = re.compile(r"\s*(?:[我全本该][省市县区州盟旗](?=(?:19|20)\d{2}年|今年|全年|明年))?"
                             r"(?:(?:19|20)\d{2}年度?|今年|全年|明年)?"
                             r"(?:上半年|下半年|前三季度|[一二三四]季度)?[，,]?(?:[我全本该][省市县区州盟旗])?")

# A target or a forecast: the words before a value that make it one. A target word (力争, 确保) holds
# for the rest of its sentence, which lists the goals it sets; a forecast word (预计) for its clause.
# 计划 makes a goal, 计划总投资 too (a planned outlay, labelled a target as the corpus's conventions say:
# 力争/确保/目标/计划/任务), and 年度计划投资 is the year's goal; 计划外 says outside the plan; 完成年度
# 目标的80% measures progress against a goal, not the goal.
# (要求 as a noun, 按照…的要求 or 工作要求, frames a report rather than setting a goal; 年度计划完成率 is progress,
# and 拟认定…名单 a list announced, whose counts are results)
# (争取 after 共/累计/已/成功/先后, or as 争取到位, reports what was won; 将争取 and 争取到2026年 set goals; 争取 as a
# noun, 资金争取和兑现工作, 争取力度, sets none)
# 拟 proposes what is to come, but 拟认定…名单 names a list announced, whose counts are results; the offline
# engine's kind reads it too (pipeline/figures.py).
# (拟定重点项目89个: a list drawn up, no goal; 虚拟现实设备, 模拟: no 拟 at all)
# (a programme carried out, “869”行动计划持续推进, sets no goal: what the sentence reports after it are results; but
# 计划稳步推进重点工业项目28个 plans to)
PROPOSED = r"(?<![虚模])拟(?!定(?!于)|认定|命名|推荐|入选|表彰|授予|列入)"
_TARGET = re.compile(r"力争|确保|将(?:累计|共)?争取|"
                     r"(?<![共计已])(?<!成功)(?<!先后)争取(?!到\D|(?:落实)?到位|[和与及、]|工作|力度|成效|方面)|争创|力求|"
                     # (这一目标建立在…基础之上：2023年…: a goal pointed back at sets none of what follows)
                     # (…目标任务完成情况通报如下：: a review of goals named, as 完成率 is, sets none)
                     r"(?<!这一)(?<!这个)(?<![该此])(?<!上述)目标(?!(?:任务)?的|(?:任务)?完成(?:率|进度|情况)|企业|客户)|"
                     # (完成市分配任务22亿元的141.8%; 引进优强企业17家(任务数15家): the quota set, before its number)
                     # (not 完成工业性投资任务13.86亿元, the task done; nor 占前三季度目标任务76.5%, the share of one)
                     r"(?<!目标)任务数(?:占比)?(?=\d)|"
                     r"(?<!目标)任务(?=[\d.]+(?:万|亿)?[^，,。；;\d（(]{0,4}(?:[（(][^（）()]{0,24}[）)])?的)|(?<!完成)计划(?![外内]|完成率|[^，,。；;：:\n]{0,8}?执行情况|(?:总)?投资额?(?:在)?[\d.]*(?:千万|百万|万|亿)元(?:及)?以上|[，,、；;。”》]"
                     # (计划总投资同比增长9.5%: the planned outlay of the projects counted, compared with a year
                     # before, a statistic; not 计划投资增长10%, a plan to raise it)
                     r"|总投资(?:总额|额)?(?:同比|比上年同期|比上年|比去年同期|较上年同期|较上年)?(?:增长|下降)"
                     r"|投资(?:总额|额)?(?:同比|比上年同期|比上年|比去年同期|较上年同期|较上年)(?:增长|下降)"
                     r"|(?<=行动计划|倍增计划|专项计划|攻坚计划|三年计划|五年计划)(?:持续|深入|稳步|扎实|加快|顺利|全面|有序)"
                     r"(?:推进|实施))|冲刺|力促|锚定|提出|"
                     # (总书记重要指示要求, 批示要求: instructions, a noun, set no goal)
                     rf"(?<![的作])(?<!指示)(?<!批示)要求|{PROPOSED}|"
                     r"要达到|要完成|要实现|规划(?=(?:到|至)?(?:19|20)\d{2}(?:[-—－至到](?:19|20)\d{2})?年)|"
                     r"任务是|"
                     # (今年全县将实施…项目45个, 将推动…各500项以上, 努力推动工业投资增长20%以上: what a plan will do)
                     # (一季度将完成工业增加值84亿元，主营业务收入完成368亿元; 将重点抓好100项…项目: a plan's
                     # work; not 已将…, a result)
                     r"(?<![已即])将(?:大力|全力|加快|着力|重点|继续|持续|积极)?"
                     # (将投资60亿元，…建设…，主要建设内容包括年产45万吨硫酸: what a signed project is to build)
                     r"(?:推动|实施|推进|培育|打造|新开工|引进|完成|抓好|建成|开工|竣工|新建|投资|投入|建设)|"
                     r"努力(?=推动|实现|完成|打造|建设|争取|保持)|"
                     # (“我们将组建5个…联络处，派出20名招商大使…”: what a speaker says they will do)
                     r"(?<=我们|我县|我市|我区|我省)(?:还|也|今年|明年)?(?:将(?!近|其)|要(?!求|素|点|是|么))")
# (预期目标 is a goal, not a forecast, and 预期效益好的项目 names projects by what they promise; 还将有12个项目竣工
# 投产 is still to come; 全年预估数： an estimate's values)
# (项目建成后，年产…200亿支，实现销售收入30亿元: what a project is to yield once built is foreseen)
# (全年工业投资或达3000亿元, 或将突破: may reach, a forecast)
_FORECAST = re.compile(r"预计|预估|估算|预期(?!性?目标|效益|收益|效果|回报)|有望|预测|估计|还将|将有|将实现|将达到?|"
                       r"年可(?=实现|新增|创造|带动|吸纳|增加|贡献)|"
                       # (据测算，1-6月全区可实现生产总值…: what the half is reckoned to yield, not yet counted)
                       r"(?<![已均])可实现|"
                       r"或将|或达|"
                       r"即将(?![^，,；;。\d]{1,6}的)|近期可(?=签约|开工|竣工|投产|落地|建成)|"
                       r"将突破|将新增|(?:建成|投产|达产|建成投产|全部投产|全面投产|投产达效|达产达效|满产)后"
                       r"(?![^，,。；;\d]{0,6}(?:已|累计))|"
                       # (实施后可吸纳就业1000余人: what a project can yield; not 政策实施后，新增企业120家, a result)
                       r"实施后(?=[，,]?[^，,。；;\d]{0,8}[可将能])|"
                       r"可能(?=出现|达到|实现|超过|突破|增长|下降)")  # (1月份全省工业可能出现40%以上的增长)
# (预计年产值在5亿元以上的…: an amount foreseen of the things named after the attribute's 的, a noun there)
_FORESEEN_ATTRIBUTE = re.compile(r"预计[^，,；;。\d]{0,10}[\d.]+(?:万|亿)?[^，,；;。\d的]{0,4}?(?:以上|以下|左右)?的"
                                 r"(?=[\u4e00-\u9fff])(?![是为])")
def goal_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` that set a list of goals and name it at their end (会议提出，…；2028年产值1700亿元，
    增加值560亿元的发展目标。), as [start, end) spans in order."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if _GOALS_NAMED_LAST.search(m.group()) and _GOALS_SET.search(m.group()):
            out.append((m.start(), m.end()))
    return out


_SENTENCE = re.compile(r"[^。！!\n]+[。！!]?")
# (…，2028年产值1800亿元，增加值600亿元的发展目标。: a list of goals named at its sentence's end)
_GOALS_NAMED_LAST = re.compile(r"的(?:发展|奋斗|主要|预期|总体|工作)?目标(?:任务)?\s*[。！!；;]?\s*$")
_GOALS_SET = re.compile(r"提出|订立|确定|明确|制定|设定|确立")
# (全年突破3000亿元大关已成定局: a year's total said to be settled before the year is out, foreseen)
_FORESEEN_AFTER = re.compile(r"[^，,；;。\d]{0,8}?(?:已成定局|指日可待|已无悬念|没有悬念)")
# Not a goal reached (完成目标, 实现目标, 达成目标): what stands right before a goal's name that sets one.
_UNREACHED = r"(?<!完成)(?<!实现)(?<!达成)"
# A goal's name in a heading (一、培育目标; …。 二、发展目标 1、…): a few words, then 目标, not a goal reached.
_GOAL_NAMED = rf"[\u4e00-\u9fff]{{0,4}}?{_UNREACHED}目标(?:任务)?"
# The words after a value in its clause that make it a goal: …增长20%以上目标任务, …的目标.
# (not 有10个单位超额完成目标任务: a goal reached, a result)
def _goals_counted(text: str, start: int) -> bool:
    """Whether the value at `start` counts the goals or tasks a text sets out (提出20个具体目标, 明确了8项重点任务):
    a count of them, which no goal sets (not 提出1000亿元目标: an amount is the goal itself)."""
    return _GOALS_SET_OUT.search(text, max(0, start - 4), start) is not None \
        and _GOALS_COUNT.match(text, start) is not None


# A verb that sets out goals or tasks, right before a count of them (提出, 明确了).
_GOALS_SET_OUT = re.compile(r"(?:提出|确定|明确|设定|制定|列出|涵盖)了?$")
# A count whose counted noun is the goals or tasks themselves (20个具体目标, 8项重点任务, 五大发展目标).
_GOALS_COUNT = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个|项|条|大)"
                          r"(?:具体|主要|重点|核心|量化|发展|约束性|预期性)?(?:目标|任务|指标)(?![值数])")


_TARGET_AFTER = re.compile(r"(?![（(【〔])(?:(?!完成|实现|达成|达到)[^，,；;。（(【〔]){0,6}?(?:的)?" + _UNREACHED +
                           # (9项任务提前完成年度目标, 12项任务完成量排名全市前三: tasks done, a result)
                           r"(?<!达到)(?:目标|任务)(?!(?:已|均|全部|提前|超额|如期|按期|按时)?(?:完成|实现|达成|达到))"
                           r"|(?:、[^，,；;。、]{0,20})+的(?:目标|任务)"
                           # (推动…等4个新建项目年内建成投产: to be done by a deadline this year)
                           r"|[^，,；;。\d已]{0,12}?(?:年内|年底前|今年内|年前)(?:全部|全面)?"
                           r"(?:建成投产|建成|投产|竣工|完工|达产)(?![投产的]{0,2}项目)")  # (not 28个年内建成投产项目…)
# (not 增长6.7%(市目标增幅3%): a goal in brackets after a result is the goal's note, the value before it a result)
# (the second: a list whose last item ends 的目标, 确定了…增长10%、力争突破750亿元的目标, sets a goal of each)
# A value in brackets right after a goal's name: 完成年度任务(111.3亿元)的38.7% gives the goal's amount.
_GOAL_BRACKET = re.compile(r"(?:目标|任务|计划)[（(]$")
_COMPARED_YEAR = re.compile(r"(?:比|较|与)$")  # (较2020年, 比2019年同期: a base, no year of the value's own)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}(?:[-—－至到](?:19|20)\d{2})?(?=年)")  # (2023年, 2021-2023年)
# A quota handed down, its amount right after its name (市下达我县工业投资任务65亿元, 市下达全年任务1150亿元,
# (上饶下达任务325亿元)): the goal set for the year, in its own clause alone; the clauses after it report what
# was done against it (全年完成436.8亿元). Not a task done: 完成/超额/实现 before it in its clause (完成市下达任务
# 100亿的100.2% is a yardstick, read by _TARGET; 超额完成年度任务2.1亿元 the excess).
_QUOTA = re.compile(r"(?:下达|分配|下发|分解|交办)给?[^，,。；;：:\d\n（）()]{0,12}?"
                    r"(?P<task>任务)数?(?:为|是)?(?=[\d.])")
# (and a task's amount written right after its name with no verb handing it down, in a list of what each place was set
# and did: 新签约亿元以上项目任务12个，完成15个; 年度“小升规”培育任务30家，1-5月已新增…: the same quota; not a count of
# the tasks themselves, 服务市场主体任务261条)
_BARE_QUOTA = re.compile(r"(?<=[\u4e00-\u9fff”])(?P<task>任务)(?=[\d.]+(?:万|亿)?(?![\d.条项]))")
_QUOTA_DONE = re.compile(r"完成|实现|超额")
_TASK = re.compile(r"任务")
# A plan's amount written as a noun and its number in one clause (计划新开工项目79个, 计划投资40亿元).
# (and the investment named between 计划完成 and 投资, 年度计划完成固定资产投资15亿元, 计划完成工业技改投资180亿元: the
# plan's amount all the same, which leaves 1-6月份累计完成8.1亿元 and the ；-part after it reported)
_PLANNED_AMOUNT = re.compile(r"计划(?:新开工|开工|竣工|投产|实施|建设|完成)?(?:投资|项目)[^，,；;。]{0,8}?\d"
                             r"|计划完成[^，,；;。\d]{1,6}?投资(?:额)?(?:为|达|约)?\d"
                             r"|(?<=投资)计划(?:为|达|共|约)?\d")
# Words that say a value has been reached: 已, 现有, 累计 (实际完成投资91.4亿元 after 年度计划投资85亿元: what was
# done, not the plan; 实际增长8.0% after 全年确保增长12%; 实际到位资金 alone names an indicator, a goal's too;
# 实际支出 and 执行数 in a budget draft; 完成进度82%, the progress made towards a goal).
_ACHIEVED = re.compile(r"已|现有|截至|截止|累计|共有|实现了|完成了|达到了|实际(?:完成|实现|增长|下降|达到)|实际支出|"
                       r"执行数|完成进度")
# A planned outlay named as a noun and its amount (计划总投资2110亿元, 计划投资额1551.6亿元): a goal of that
# amount alone.
_PLANNED_OUTLAY = re.compile(r"计划(?:总投资|投资额|投资总额)(?:约|达|为|共)?[\d.]+(?:千万|百万|万|亿)?元")
# Words that say what was planned has been done (计划新开工项目已累计开工114个: a result). (A count of what is
# planned written before its noun, 5个计划竣工项目, is no goal: the corpus labels it a fact.)
_DONE = re.compile(r"(?:已|实际)[^，,；;。\d]{0,5}\d")  # (已累计开工114个; not 确保已开工项目完成投资100亿元)
# The clauses of a list a 预计 governs past its own clause (…800亿元，工商税收34.5亿元): a thing's name and its
# amount, no verb, period, comparison or result word of their own.
_CLAUSE_CUT = re.compile(r"[，,（(]")
# A clause that opens with the outlay of what the clause before counts (…项目36个，总投资318亿元).
_SET_OUTLAY = re.compile(r"\s*(?:计划)?总投资(?:额)?(?:约|达|为|共)?\s*[\d.]")
# (named by what is measured: 预计新增产值117.7亿元，市级重点跟踪17个…增长点 is no item of it)
_ITEM_NAME = re.compile(r"(?:(?!完成|实现|增长|下降|增加|减少|提高|降低|同比|环比|比|较|已|累计|新增|共|月|季|年|"
                        r"上半|下半)[^\d，,；;。：:（()）]){0,10}?"
                        r"(?:投资|产值|增加值|收入|利润|税收?|销售|出口|进口|电量|产量|总额|金额|资金|规模|总量|额|量)"
                        r"(?:为|达到?|约)?")
_LISTED_ITEM = re.compile(_ITEM_NAME.pattern + r"[\d.]+[^\d，,；;。]{0,6}")
# (an item's change after its amount, 同比增长0.4%, or the value's own, 同比增长16.6%)
_ITEM_CHANGE = r"(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少)"
_LISTED_CHANGE = re.compile(_ITEM_CHANGE + r"[\d.]+[^\d，,；;。]{0,6}")
_OWN_CHANGE = re.compile(_ITEM_CHANGE)


def items_listed(between: Sequence[str], own: str, changes: bool = False) -> bool:
    """Whether the clauses of a list a forecast governs past its own clause read as its items: `own` (the value's
    clause up to the value) names a thing, and each clause `between` names a thing and gives its amount, with no
    verb, period, comparison or result word of their own (…800亿元，工商税收34.5亿元); with `changes`, a change
    (同比增长16.6%) stands for a thing in either (the list of a sentence's later ；-part, judge/kind.py)."""
    if _ITEM_NAME.fullmatch(own) is None and not (changes and _OWN_CHANGE.fullmatch(own) is not None):
        return False
    return all(_LISTED_ITEM.fullmatch(p) or changes and _LISTED_CHANGE.fullmatch(p) for p in between)
# A work plan's verbs: 推进30个示范项目, 带动技改投资超300亿元 set out what is to be done. A value they
# govern in its clause is a goal when nothing dates it or says it has been reached (今年以来推进…,
# 已推进… report results).
_PLAN = re.compile(r"(?<![共已])(?<!累计)推进(?!会|活动|大会)|打造|"
                   r"带动(?![^，,；;。\d]{0,24}(?:增长|增速|提高)[^，,；;。\d]{0,4}[\d.]+(?:个百分点|[%％]))|力促|争创")
# Verbs of work that report results as often as they set out work (实施项目1121项, 培育绿色工厂70家): goals only
# in a paragraph that has set a goal before them, with nothing dating them or saying they were done.
_WORK = re.compile(r"(?<![共已先])(?<!累计)(?:推动|实施|培育|支持)(?![了出])")
# (not 机电产品出口带动全市出口增长4.2个百分点, …发展带动钢铁、化工…增加值分别增长16.0%: a pull, what a part did;
# not 活动共推进项目58个: a tally of what was done; nor 项目推进会, a meeting)
# What a sentence that sets out the work to come opens with (下一步，我们将…全年推动200个以上技改项目): its values
# are goals, whatever period they name, unless its words say one has been reached.
_NEXT = re.compile(r"下一步|下步|接下来|今后一个时期|今后一段时期")
# Who says what follows, at a sentence's start (”涂高坤表示，; 他介绍：), and the quotes closing the sentence before.
# (and the field a sentence speaks of: 在抓实重点项目方面，今年牡丹江市将…)
# (and a news source's lead, whose words are the page's: 记者从…管委会获悉，…会议上传来消息，经…票决，据了解，)
_SPEAKER_LEAD = re.compile(r"[”’」』\"\s]*(?:[^，,。；;：:“”\n]{1,12}?"
                           r"(?:表示|介绍|指出|强调|说|称|获悉|了解到|传来消息|票决)[，,：:]|(?:据了解|据悉)[，,])?"
                           r"(?:在[^，,。；;：:“”\n]{1,12}?方面[，,])?")
_NEXT_OPENING = 6  # (how far into its sentence the opening word may stand: 。下一步，…; 。同时，下一步…)
# A period written in a value's own sentence other than the whole of this year (1-9月, 2023年, 截至目前, 上半年).
_OWN_DATE = re.compile(r"(?:19|20)\d{2}年|\d{1,2}月|[一二三四五六七八九十]+月|季度|半年|截至|截止|以来|目前|"
                       r"去年|上年|同期")
# A sentence that opens with what this year or the next will do (今年我市将努力实现工业增加值增长15%。实施…项目
# 100项，…): the sentences after it in its paragraph set out the same year's work, where no period of their own
# dates a value and no word says one has been reached. (今年以来… reports; 今年1-9月… is dated.)
# (…将: what will be done, a few words after the year and its whole; not 已将, 即将, 将近, 将其)
_WILL_DO = r"[^，,。；;：:\d\n]{0,14}?(?<![已即])将(?!近|其)"
_AHEAD = re.compile(r"(?:今年|明年|新的一年)(?!以来)[，,]?" + _WILL_DO)
# (in its own sentence, a year named then what will be done in it: 2024年，茶山将强化…，加快21个重大项目…的建设; not
# a year gone by, and not past the sentence: 到2025年，…将打造…。2023年，…产值5130亿元 reports)
# A list a sentence's opening sets out after a colon (…还将办好八件实事：…；…).
_LIST_OPENED = re.compile(r"[：:]")
# A value compared with the year before (同比增长, 比上年): a result's words; a plan's paragraph lends them no goal.
_COMPARED_BEFORE = re.compile(r"同比|比上年|较上年|比去年|较去年")
_TAKEN_AS = re.compile(r"作为|纳入|列为|列入|视为|定为")  # (2023年，我市将工业投资作为…: 将 of 把, no plan)
_AHEAD_NAMED = re.compile(r"(?:今年|明年|新的一年|(?:19|20)\d{2}年)(?!以来)[，,]?" + _WILL_DO)
# The word patterns Kinds searches a whole text with, each with every character a match of it can start with
# (core/regex.Anchored; tests/test_regex.py holds them to it): their alternatives open with lookbehinds, so the
# engine tries every alternative at every character, most of what reading a page's kinds costs. (_ACHIEVED, _NEXT,
# _AHEAD and _AHEAD_NAMED open with a literal or a digit, which the engine skips ahead to, or gain nothing.)
_TARGET_AT = Anchored(_TARGET, "也争今任冲力努将拟提明目确要规计还锚")
_FORECAST_AT = Anchored(_FORECAST, "估全即可实将年建或投有满达近还预")
_PLAN_AT = Anchored(_PLAN, "争力带打推")
_WORK_AT = Anchored(_WORK, "培实推支")


# Verbs that hold a goal up as a frame for what is reported (紧紧围绕全年目标任务，1-9月…增长7.2%; 紧盯年度目标
# 任务，全力推进…): the goal they name sets none for the values after it.
_FRAME = re.compile(r"(?:围绕|紧扣|紧盯|对标|对照|瞄准|聚焦|按照|根据|依据|遵照|落实|盯紧|紧跟|咬定|咬住)"
                    r"[^，,；;。“]{0,6}"
                    r"(?:“[^“”\n]{1,20}”[^，,；;。]{0,6})?$"  # (围绕建设“中国新硅都”的建设目标: a name quoted in it)
                    # (正朝着“全球玉文化消费中心”目标迈进: a direction the page describes, no amount to reach)
                    r"|(?:朝着|向着)[^，,；;。]{0,14}$")


# (按照全省水泥行业常态化错峰生产相关要求: a requirement named at length, no amount in its words)
_FRAMED_REQUIREMENT = re.compile(r"(?:按照|根据|依据|遵照|落实)[^，,；;。“\d%]{7,24}$")
_FRAME_REACH = 40  # (how far before the goal word its framing verb may stand, a quoted name between)
_LEAD_GOAL = re.compile(r"力争|确保|争取|力求")


def _quotas(text: str) -> list[re.Match[str]]:
    """The 任务 of each quota `text` hands down with its amount right after it (市下达任务420亿元, 项目任务12个), as
    matches of the word alone, in order; not where its clause says the task is done (完成市下达任务…)."""
    out: dict[int, re.Match[str]] = {}  # (by where: _QUOTA and _BARE_QUOTA may both find one 任务)
    for m in [*_QUOTA.finditer(text), *_BARE_QUOTA.finditer(text)]:
        # (the quota's own words, after a colon that lists by place or indicator:
        # …完成情况通报如下：东阳县：市下达…任务50亿元, where the 完成 of the lead-in before the colon says nothing of
        # this task)
        clause = _clause_start(text, m.start())
        listed = max(text.rfind("：", clause, m.start()), text.rfind(":", clause, m.start())) + 1
        if _QUOTA_DONE.search(text, max(clause, listed), m.start("task")) is None:
            task = _TASK.match(text, m.start("task"))
            if task is not None:
                out.setdefault(task.start(), task)
    return [out[at] for at in sorted(out)]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: after the last ，；。 or line end before it."""
    return start_after(text, at, _CLAUSE_STOPS)


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends: at the next ，；。 or line end after it, else the text's end."""
    return end_from(text, at, _CLAUSE_STOPS)


_CLAUSE_STOPS = "，,；;。\n"
# What makes an aside a statement of its own (Kinds.own_aside): a year written that is no base compared with (比2020年,
# 高于2023年), or a base named (基数, 基期).
_ASIDE_OWN = re.compile(r"(?:19|20)\d{2}年|基数|基期")
# The base of a comparison (高于2023年, 超出年初目标): no period nor kind of the aside's own.
_COMPARED_BASE = re.compile(r"(?:比|较|与|高于|低于|超过|超出|快于|慢于|提高|加快|提升)(?:上年|去年|年初|全年|年度)?$")
_COMPARED_BASE_REACH = 6


def _parts_bracket_opened(text: str, clause: int, start: int) -> int:
    """Where the clause of a value at `start` starts, where a bracket listing parts opens after `clause` and is still
    open at the value (年度计划投资54.3亿元(包括制造业项目11个，总投资36亿元…): the parts open a clause of their own,
    and the plan's word before it sets no goal inside); `clause` otherwise."""
    part = _PARTS_BRACKET.search(text, clause, start)
    return part.end() if part is not None and not _CLOSE_BRACKET.search(text, part.end(), start) else clause


_CLOSE_BRACKET = re.compile(r"[）)]")
_PARTS_BRACKET = re.compile(r"[（(](?:包括|其中|含)[：:]?")
_SHORT_BRACKET = re.compile(r"[（(][^（）()\n]{1,30}[）)]")


def _short_brackets(text: str) -> list[tuple[int, int]]:
    """The short brackets of `text`, but those holding nothing but a word of a kind (（目标）, （预计）): such a note is
    read as if written without its brackets."""
    notes = set(kind_notes(text))
    return [(m.start(), m.end()) for m in _SHORT_BRACKET.finditer(text) if (m.start(), m.end()) not in notes]


def _enclosing(brackets: list[tuple[int, int]], at: int) -> int | None:
    """The end of the short brackets `at` stands in, None where it stands in none (found by bisection)."""
    i = bisect.bisect_right(brackets, (at, 1 << 62)) - 1
    return brackets[i][1] if i >= 0 and brackets[i][0] < at < brackets[i][1] else None


def _named_by(text: str, m: re.Match[str], name: str) -> bool:
    """Whether a goal or forecast word is part of a name, not said of a value: a programme's name in quotes
    (列入省“雄鹰计划”企业12家, “911计划”), or the base of a share (占年度预计投资的57.2%)."""
    if name not in ("target", "forecast"):
        return False
    if _QUOTED_NAME_END.match(text, m.end()) and "“" in text[max(0, m.start() - 8):m.start()]:
        return True
    if m.group(0) == "计划" and _LISTED_IN.search(text, max(0, m.start() - 6), m.start()) \
            and text.startswith("的", m.end()):
        return True  # (列入年度计划的市级重点项目112项: the projects the plan lists, a name, no goal of the values)
    return _SHARE_BASE_NOUN.match(text, m.end()) is not None and "占" in text[max(0, m.start() - 8):m.start()]


_LISTED_IN = re.compile(r"(?:列入|纳入|进入)(?:年度|全年|今年|本年度?|\d{4}年度?)?$")


_QUOTED_NAME_END = re.compile(r"[”\"」]")  # (雄鹰计划”: the word ends a quoted name)
_SHARE_BASE_NOUN = re.compile(r"(?:投资|产值|收入|总额|数|值|规模)的")  # (占年度预计投资的: a base, not a forecast)


def _yearly_of_what_is(text: str, m: re.Match[str]) -> bool:
    """Whether a forecast word is 年可 (年可实现销售收入64亿元) in a sentence that names no project or its building
    before it: what firms there yield a year, not what a project is to yield once built (建成后，年可实现…)."""
    if not m.group(0).startswith("年可"):
        return False
    return _BUILT.search(text, start_after(text, m.start(), "。；;\n"), m.start()) is None


_BUILT = re.compile(r"项目|建成|投产|达产|竣工|实施后|建设")


def _won_in_a_review(text: str, m: re.Match[str], reviews: list[tuple[int, int]]) -> bool:
    """Whether a goal word is 争取 in the part of a report that looks back on the year (过去的一年，…争取增发国债项目
    42个，获得国债资金63.5亿元): what was won, a result, as 共争取 is anywhere."""
    if m.group(0) != "争取":
        return False
    # (今年以来，全市争取中央预算内资金5.2亿元: won so far, its full sentence says since when, its ；-parts too)
    # (…等4个项目已获批，争取资金10.1亿元: the money won with an approval the clause before reports)
    clause = start_after(text, m.start(), "，,；;。\n")
    return inside(reviews, m.start()) or _SO_FAR.search(text, start_after(text, m.start(), "。\n"), m.start()) \
        is not None \
        or _APPROVED.search(text, start_after(text, max(0, clause - 1), "，,；;。\n"), clause) is not None


_APPROVED = re.compile(r"已(?:获|经)?(?:批|批复|批准|立项|下达|获得|落地)")


def _yardstick(text: str, m: re.Match[str]) -> bool:
    """Whether the forecast word `m` names what a result is held against (超出预期0.4个百分点): no forecast."""
    return BEYOND_FORESEEN.search(text, max(0, m.start() - 4), m.start()) is not None


_SO_FAR = re.compile(r"以来|截至|截止")  # (今年以来，…争取; 今年以来共争取项目34个，争取上级资金…)


def looking_back(text: str) -> tuple[tuple[int, int], ...]:
    """The parts of a report that look back on the year or years gone by (see _looking_back), in order, joined; read
    once a document by its reading (source.Source.look_backs)."""
    return tuple(_looking_back(text))


def _looking_back(text: str) -> list[tuple[int, int]]:
    """The parts of a report that look back on the year or years gone by: from a line that opens on them (过去的一年，
    一年来，过去五年，2024年工作回顾) to the next line that opens on the year ahead (今年…主要预期目标,
    2025年工作安排)."""
    out: list[tuple[int, int]] = []
    for m in _LOOKING_BACK.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        ahead = _LOOKING_AHEAD.search(text, m.end())
        out.append((m.start(), ahead.start() if ahead is not None else len(text)))
    out += _reviews_headed(text) + _looking_back_inside(text)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(out):  # (one part inside another's: the stretches joined, as `inside` reads them)
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _reviews_headed(text: str) -> list[tuple[int, int]]:
    """The parts under a numbered heading that names a review (一、2024年国民经济和社会发展计划执行情况, 一、“十四五”
    时期及2025年工作回顾, （二）重点项目完成情况), on its own line or inside a flattened one: each to the next heading
    of its rank or a higher one, or to the line opening on the year ahead."""
    out: list[tuple[int, int]] = []
    for m in _REVIEW_HEADED.finditer(text):
        ranks = _INLINE_TOP_HEADING if m.group("num").endswith("、") else _INLINE_RANKED_HEADING
        ends = [x.start() for x in (ranks.search(text, m.end()), _LOOKING_AHEAD.search(text, m.end())) if x]
        out.append((m.start(), min(ends, default=len(text))))
    return out


def _looking_back_inside(text: str) -> list[tuple[int, int]]:
    """The look-backs opened inside a paragraph (报告指出，一年来，…; 他介绍，“过去一年，…), each to its full sentence's
    end."""
    out: list[tuple[int, int]] = []
    for m in _LOOKING_BACK_INSIDE.finditer(text):
        ends = [i for i in (text.find(ch, m.end()) for ch in "。！!？?\n") if i >= 0]
        out.append((m.start(), min(ends, default=len(text))))
    return out


_LOOKING_BACK = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、)?(?:回顾(?=过去|(?:19|20)\d{2}年))?"
                           r"(?:过去的一年|过去一年|一年来|过去五年|五年来|"
                           # (回顾2023年工作成果，…: a paragraph that opens on looking back at a year)
                           r"(?<=回顾)(?:19|20)\d{2}年|"
                           r"(?:19|20)\d{2}年的?(?:政府)?工作回顾|(?:19|20)\d{2}年的?工作总结|"
                           # (a heading of its own, unnumbered, with more than a year before 工作回顾: 某年及
                           # “十四五”时期工作回顾, 上半年主要工作回顾; alone on its line, or before a flattened list's
                           # first dash)
                           r"[^，,。；;：:！!？?\n]{1,24}?工作回顾(?=[ \t\u3000]*(?:$|[-—–]\s)))", re.M)
_LOOKING_BACK_INSIDE = re.compile(r"(?<=[。！!；;：:，,“「])[ \t\u3000]*"
                                  r"(?:过去的一年|过去一年|一年来|过去五年|五年来)[，,]")
# A numbered heading that names a review of what was done (…工作回顾, …执行情况, …完成情况, …运行情况, 主要成效),
# at a line's start or after a stop in a flattened page; and the headings of any rank inside a flattened line.
# (not from a start with two spaces before it, which the start one space earlier also matches: each start inside a long
# run of spaces would scan the rest of it again)
_REVIEW_HEADED = re.compile(r"(?:^|(?<=[。！!；;：:\s]))(?<![ \t\u3000]{2})[ \t\u3000]*"
                            r"(?P<num>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
                            r"[ \t\u3000]*[^，,。；;：:！!？?\n]{0,30}?"
                            r"(?:工作回顾|回顾|执行情况|完成情况|运行情况|工作总结|主要成效|工作成效)"
                            # (not a heading of both, 一、2024年工作回顾和2025年工作安排: its part sets goals too)
                            r"(?![和与及、])", re.M)
_INLINE_RANKED_HEADING = re.compile(r"(?:^|(?<=[。；;！!]))[ \t\u3000]*"
                                    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])", re.M)
_LOOKING_AHEAD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、)?"
                            r"(?:展望|(?:(?:19|20)\d{2}年|今年|新的一年|明年)"
                            r"[^。\n]{0,16}?(?:工作|目标|安排|打算|思路|任务|总体要求))", re.M)


def _framed(text: str, m: re.Match[str]) -> bool:
    """Whether the goal word `m` (目标, 任务, 计划, 要求) is the object of a framing verb before it in its clause,
    a document's title between them left out (按照《…行动方案》要求，…完成…)."""
    if m.group(0)[:1] not in "目计任要":
        return False
    at = m.start()
    title = text.rfind("《", max(0, at - 80), at) if text[at - 1:at] == "》" else -1
    if title > 0:
        at = title
    return bool(_FRAME.search(text, max(0, at - _FRAME_REACH), at)) \
        or m.group(0).startswith("要") and bool(_FRAMED_REQUIREMENT.search(text, max(0, at - _FRAME_REACH), at))


class Kinds:
    """Where a text's target, forecast and result words are, found once: the kind at any position is
    then a lookup, however long its sentence."""

    def __init__(self, text: str, full_stops: Sequence[int], goals: list[tuple[int, int]] | None = None) -> None:
        """`full_stops`: where the text's full sentences end (its layout's), for a goal's deadline; `goals`: the
        sentences that set goals and name them at their end (goal_sentences), where the caller read them already."""
        self.text = text
        self.full_stops = full_stops
        self._periods_named: Marks | None = None  # the periods a sentence of a goal section names (_looked_back)
        titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
        self.marks: dict[str, list[int]] = {}
        self.reference: dict[int, int] = {}  # a goal named as a yardstick (完成年度目标任务…的): where it ends
        self.phrase: dict[int, int] = {}  # such a goal word's place -> where the words naming the yardstick start
        # (计划新开工项目79个, 今年计划投资40亿元: a plan's amount in a clause of its own, which sets no goal for
        # the clauses after it: 新开工率86.1%, 1-9月完成投资33.2亿元)
        self.own_clause: set[int] = set()
        self.quotas: set[int] = set()  # the 任务 of the quotas handed down (市下达任务420亿元), a subset of own_clause
        self.sections = _goal_sections(text)  # [start, end) of the text under a work plan's goal heading
        # (a plan's part on where things stand, 发展基础：2023年，全市氢能产业产值86亿元: results, whatever the title)
        self.bases = [(m.start(), _base_part_end(text, m)) for m in _BASE_PART.finditer(text)] if self.sections else []
        # (where each goal heading stands, and whether it is the rest of the year's plan, 二、下半年工作打算, under
        # which 上半年 is the half gone by: read on first use, by a value in a goal section)
        self.goal_headings: list[tuple[int, bool]] | None = None
        # (a page that opens with what a year will do and names its goals, 2024年，XX新城将坚持…。⏎主要预期目标是：…⏎
        # 一是…，全年新落户…项目3个以上: its work is that year's goals, to a review's heading)
        opened = _PLAN_OPENED.match(text)
        self.opened = opened.end() if opened is not None else len(text)
        review = _REVIEW_HEADING.search(text, self.opened)
        self.reviewed = review.start() if review is not None else len(text)
        # (围绕“规上工业增加值增长7%，…”的主要目标: the goals quoted, whatever frames them)
        self.quoted = [(m.start(), m.end()) for m in _QUOTED_GOAL.finditer(text)]
        brackets = _short_brackets(text)
        self.asides = asides(text)
        # (…增长5.5%(预计,同比,下同): a note that the figures are estimates, of its ；-part, and with 下同 of all after)
        # (each with the stretches its own sentence writes: 上半年 of 据初步测算（预计数，下同），上半年…)
        self.estimated = [(_part_start(text, m.start()),
                           _next_heading(text, m.end(), bool(m.group("all")))
                           if m.group("on") or m.group("all") or m.group("after") else m.start(),
                           _stretches(text, span_start(full_stops, m.start()),
                                      span_end(full_stops, m.start(), len(text))))
                          for m in _ESTIMATE_NOTE.finditer(text)]
        # (初步预计，全区地区生产总值512亿元…。其中，…；…。农林牧渔业总产值27亿元…: a paragraph that opens on the word
        # alone reports estimates, sentence after sentence, to its end)
        # (and a sentence that opens so with the year it foresees, 。预计2025年末，…完成118亿元。固定资产投资
        # 完成63亿元…, to its paragraph's end; on the word alone, 。初步预计，…增长4.5%，…。一般公共预算收入
        # 增长15.6%, to its full stop only)
        # (on a page whose text lost its line breaks, to the next numbered heading after a full stop, …增长14.9%。
        # （一）经济发展…; a list its colon opens, 预计全年：…；…。, to its full stop: see _paragraph_end)
        self.estimated += [(m.start(), _paragraph_end(text, m.end(), full_stops, m.group(0).endswith((":", "："))
                                                      ) if m.group("year") or _LINE_OPENING.match(
                                text, text.rfind("\n", 0, m.start()) + 1, m.start())
                            else span_end(full_stops, m.end(), len(text)),
                            _stretches(text, m.start(), span_end(full_stops, m.end(), len(text))))
                           for m in _ESTIMATE_FRAME_AT.finditer(text)]
        self.enclosed: dict[int, int] = {}  # a goal word's place -> the end of the short brackets it stands in
        self.attributes: list[tuple[int, int]] = []  # the attributes a forecast word opens (预计年产值…的), in order
        # the sentences that set goals and name them at their end (given where the caller found them already)
        self.goal_lists = goal_sentences(text) if goals is None else goals
        dated = PAGE_DATE.search(text) if self.sections else None
        # the year and month of the page's first date; else, under a plan's title, the year it plans for
        # (某县2025年工业经济工作方案: 2024年，… is the base it starts from)
        self.published = year_and_month(dated) if dated else _planned_year(text)
        self.page_year: int | None = None  # the year of the page's first date, 0 where none; read on first use
        reviews = _looking_back(text)
        patterns: tuple[tuple[str, re.Pattern[str] | Anchored], ...] = (
            ("target", _TARGET_AT), ("forecast", _FORECAST_AT), ("actual", _ACHIEVED), ("plan", _PLAN_AT),
            ("next", _NEXT), ("ahead", _AHEAD), ("ahead_named", _AHEAD_NAMED), ("work", _WORK_AT))
        for name, pattern in patterns:
            # a word in a document's title (《…行动计划》) sets no goal for the values of the sentence
            # (截止到2021年底 in a plan of 2021-03 is the day a goal is set for, no count taken)
            found = [m for m in pattern.finditer(text) if not inside(titles, m.start())
                     and not self._says_none(name, m, reviews)]
            if name == "target":
                self._target_words(found, titles, brackets)  # (with the quotas among them: it writes the marks)
            else:
                self.marks[name] = [m.start() for m in found]
        self._running_totals_foreseen()
        self._attributes_foreseen()
        self._asides_enclose()

    def _running_totals_foreseen(self) -> None:
        """Drop from the result words the 累计 of running totals a forecast goes on to (预计3月份出口可达850万美元，
        累计达2512万美元), and of those due by a deadline (6月底前，累计完成投资40亿元): the total foreseen or set,
        no result (`_summed_ahead`, `_summed_by_deadline`)."""
        self.marks["actual"] = [at for at in self.marks["actual"]
                                if not self._summed_ahead(at) and not self._summed_by_deadline(at)]

    def _summed_by_deadline(self, at: int) -> bool:
        """Whether the result word at `at` is the 累计 of a running total its ；-part or sentence sets a deadline for
        before it (9月底前，累计完成技改投资30亿元; 年底前累计新增企业20家): what is due by then, not what was reached.
        Not 已累计 (已 says it is reached)."""
        text = self.text
        if not text.startswith("累计", at) or text.endswith("已", 0, at):
            return False
        part = start_after(text, at, "。！!；;\n")
        return _DUE_BY_OPENING.fullmatch(text, part, at) is not None

    def _summed_ahead(self, at: int) -> bool:
        """Whether the result word at `at` is the 累计 of a running total that a forecast word leading its ；-part
        governs, with no stretch of its own between (预计至6月，可累计完成…70.23亿元; 预计上半年全县重点项目累计完成
        投资…，占年度投资计划50%): the total foreseen, not one reached. Not 已累计 (已 says it is reached), nor a clause
        that opens with months of its own (预计全年…，1-9月累计完成…: what those months did), nor one said to be so far
        (…预计2026年3月建成投产，目前累计完成投资9.2亿元: what a project due later has done by now)."""
        text = self.text
        if not text.startswith("累计", at) or text.endswith("已", 0, at):
            return False
        part = start_after(text, at, "。！!；;\n")
        said = self._last("forecast", part, at)
        return said is not None and self._leads(part, said) and _STRETCH_OPENING.search(text, said, at) is None \
            and _SUMMED_BY_NOW.search(text, said, at) is None

    def _target_words(self, found: list[re.Match[str]], titles: list[tuple[int, int]],
                      brackets: list[tuple[int, int]]) -> None:
        """The goal words `found`, with the quotas handed down (市下达任务420亿元) among them: each a goal of its own
        clause alone, so that 全年完成436.8亿元 after it still reports a result."""
        quotas = [q for q in _quotas(self.text) if not inside(titles, q.start())]
        seen = {m.start() for m in found}
        found = sorted(found + [q for q in quotas if q.start() not in seen], key=lambda m: m.start())
        self.marks["target"] = [m.start() for m in found]
        self._goal_words(found, brackets)
        self.quotas = {q.start() for q in quotas}
        self.own_clause.update(self.quotas)

    def _attributes_foreseen(self) -> None:
        """A forecast word that opens an attribute of what it names (预计年产值在5亿元以上的…项目) reaches to the
        attribute's 的 alone: the count and the results said of those things after it are not foreseen."""
        marks = self.marks["forecast"]
        for at in marks:
            attribute = _FORESEEN_ATTRIBUTE.match(self.text, at)
            if attribute is not None:
                self.attributes.append((at, attribute.end()))
                # (and the forecast words inside it: 预计达产后新增年产值50亿元的…项目, 达产后 of the attribute too)
                for inner in marks[bisect.bisect_left(marks, at):bisect.bisect_left(marks, attribute.end())]:
                    self.enclosed[inner] = attribute.end()

    def _asides_enclose(self) -> None:
        """A word of any kind written inside an aside (增长7%【…预计全市排名第一…】, 完成39亿元（年度目标是40亿元）)
        speaks of the aside alone: it reaches to the aside's end, so that neither the clauses after it nor a later
        ；-part's reading of the sentence takes it as their own."""
        spans = self.asides
        if not spans:
            return
        for starts in self.marks.values():
            for at in starts:
                aside = aside_at(spans, at)
                if aside is not None:
                    self.enclosed[at] = min(self.enclosed.get(at, aside[1]), aside[1])

    def own_aside(self, at: int) -> int | None:
        """Where the aside that `at` stands in opens (past its bracket), where it makes a statement of its own before
        `at`: a year written (【2021年末基数为120亿元】, （2023年为42亿元）), a base (基数) or a word of a kind (（年度
        目标是40亿元）, （已完成30亿元）). Such a value is read in the aside alone: the sentence's own words of a kind
        (the 预计 that opens it) are not its. None where `at` is in no aside, or in one that only goes on with the
        sentence (（同比增长12%）, （其中技改投资7亿元）, （比上年增长5%）), whose values the sentence's words still
        lead."""
        aside = aside_at(self.asides, at)
        if aside is None:
            return None
        inner = aside[0] + 1
        # (its statement is the value's clause's in the aside: （2023年增速为6.5%，提高1.5个百分点）, the gap is none
        # of 2023年's; and a base compared with is none, （高于2023年1.5个百分点）, （超出年初目标1.5个百分点）)
        clause = max(inner, start_after(self.text, at, "，,；;"))
        own = [m.start() for m in _ASIDE_OWN.finditer(self.text, clause, at)]
        own += [w for w in (self._last(name, clause, at) for name in ("target", "forecast", "actual")) if w is not None]
        return inner if any(not self._compared(clause, w) for w in own) else None

    def _compared(self, floor: int, at: int) -> bool:
        """Whether the year or the goal word at `at` is the base of a comparison (高于2023年, 超出年初目标)."""
        return _COMPARED_BASE.search(self.text, max(floor, at - _COMPARED_BASE_REACH), at) is not None \
            or at in self.reference

    def _says_none(self, name: str, m: re.Match[str], reviews: list[tuple[int, int]]) -> bool:
        """Whether the word `m` of kind `name` says nothing of that kind where it stands: a goal word framed or in
        a look-back, a word a name holds, a result's 截止到 a day ahead, a yearly yield of what is there, a plan's
        verb in a look-back (一、2024年工作回顾 …高标准打造…示范园区26个: what was built)."""
        text = self.text
        return (name == "target" and (_framed(text, m) or _won_in_a_review(text, m, reviews))) \
            or _named_by(text, m, name) or (name == "actual" and self._as_of_ahead(m.start())) \
            or (name == "forecast" and (_yearly_of_what_is(text, m) or _yardstick(text, m))) \
            or (name == "plan" and inside(reviews, m.start()))

    def in_attribute(self, at: int) -> bool:
        """Whether `at` is inside an attribute a forecast word opens (预计年产值在5亿元以上的…项目): a value foreseen
        of the things named after it, which foresees nothing of the clauses after it."""
        return inside(self.attributes, at)

    def _goal_words(self, found: list[re.Match[str]], brackets: list[tuple[int, int]]) -> None:
        """What the goal words `found` say beyond where they stand: the end of the short brackets one stands in
        (its reach), a plan's amount in a clause of its own, a goal named as a yardstick and where it ends."""
        text = self.text
        ends = {m.start(): _enclosing(brackets, m.start()) for m in found}
        self.enclosed = {k: v for k, v in ends.items() if v is not None}
        self.own_clause.update(m.start() for m in found if _PLANNED_AMOUNT.match(text, m.start()))
        # (坚持改革创新、先行先试目标，推动第一批13项…下放: a goal named with no amount, its clause ended, sets none for
        # the clauses after it; a lead word before it, 力争 or 确保, still does)
        self.own_clause.update(m.start() for m in found if m.group(0) == "目标" and text[m.end():m.end() + 1] in "，,"
                               and not _LEAD_GOAL.search(text, _clause_start(text, m.start()), m.start()))
        for m in found:
            outlay = _PLANNED_OUTLAY.match(text, m.start())
            if outlay is not None:
                # (重点推进计划总投资2110亿元的336个项目: the planned outlay is the goal, not the count after it)
                self.reference[m.start()] = outlay.end()
                continue
            # (a goal named as a yardstick; or at length, 分别高于年初规上工业增速预期目标15.1个、7.9个百分点: a
            # result's gaps to it)
            yardstick = (_YARDSTICK.search(text, max(0, m.start() - _YARDSTICK_REACH), m.start())
                         or _COMPARED_TO.search(text, max(0, m.start() - _COMPARED_REACH), m.start())
                         or _GOAL_DONE.search(text, max(0, m.start() - _COMPARED_REACH), m.start())
                         or _GOAL_MET.search(text, max(0, m.start() - _MET_REACH), m.start())) \
                if m.group(0)[:1] in "目计任" else None
            if yardstick is not None:
                # (完成年度计划分别为68.9%、71.2%: the shares reached follow at once; no goal's amount)
                reached = _SHARE_REACHED.match(text, m.end()) or _GAP_REACHED.match(text, m.end()) \
                    or (_EXCESS_VERB.match(yardstick.group(0)) and _EXCESS_REACHED.match(text, m.end()))
                end = _REFERENCE_END.search(text, m.end()) if not reached else m
                self.reference[m.start()] = (end.start() if end is not m else m.end()) if end else len(text)
                self.phrase[m.start()] = yardstick.start()  # (超确保目标: 确保 is of the yardstick too)

    def _last(self, name: str, floor: int, at: int) -> int | None:
        starts = self.marks[name]
        i = bisect.bisect_left(starts, at) - 1
        while i >= 0 and self.enclosed.get(starts[i], at + 1) <= at:
            i -= 1  # (a goal word in brackets, (市目标增幅3%), speaks of the values inside them alone)
        return starts[i] if i >= 0 and starts[i] >= floor else None

    def says(self, name: str, floor: int, at: int) -> bool:
        """Whether a word of kind `name` (target, forecast, actual, plan, next) stands in [floor, at)."""
        return self._last(name, floor, at) is not None

    def _reached_since_goal(self, clause: int, at: int) -> bool:
        """Whether a word of a result stands between the clause's goal word and the value (122个计划新开工项目已
        累计开工114个: what was started of what was planned is a result)."""
        goal = self._last("target", clause, at)
        return goal is not None and _DONE.search(self.text, goal, at + 1) is not None

    def _result_since_goal(self, sentence: int, at: int) -> bool:
        """Whether the sentence reports a result (实际完成, 已完成) after the goal it names, before the value at `at`:
        the values from there on are what was done, not the goal."""
        goal = self._last("target", sentence, at)
        return goal is not None and _RESULT_SAID.search(self.text, goal, at) is not None

    def _done_against_quota(self, sentence: int, clause: int, at: int) -> bool:
        """Whether the last goal word of the sentence before the value is a quota handed down in a clause before the
        value's (市下达我县工业投资任务65亿元，全年完成86.5亿元，增长18.2%), and a clause from the one after it to the
        value's says what was done (完成, 实现, 达到): the quota is a goal of its own clause alone, and what is done
        against it, with its rate and growth, a result. (Not 市下达甲县任务30家，乙县25家: a list of quotas, no
        deed.)"""
        goal = self._last("target", sentence, at)
        if goal is None or goal not in self.quotas or goal >= clause:
            return False
        after = _CLAUSE_STOP.search(self.text, goal, clause)
        return after is not None and _DONE_AGAINST.search(self.text, after.end(), at) is not None

    def quota_at(self, clause: int, at: int) -> bool:
        """Whether the goal word that makes the value at `at` a goal in its clause (from `clause`) is a quota handed
        down (市下达任务65亿元): a goal of that clause alone, lent to no part a later sentence breaks down."""
        goal = self._last("target", clause, at)
        return goal is not None and goal in self.quotas

    def _target(self, floor: int, at: int) -> bool:
        """Whether a target word before `at` (from `floor`) makes the value at `at` a goal: a goal named as
        a yardstick (完成年度目标任务589亿元的37.22%) is only the amount it names, not the share of it reached."""
        mark = self._last("target", floor, at)
        if mark is None:
            return False
        end = self.reference.get(mark)
        if end is None or at < end:
            return True
        # (力争实现年度目标，规上工业增加值增长8%: past a yardstick whose reach has ended, a word that sets a goal
        # before its words, 力争 or 确保, still holds; not 确保 of 超确保目标, nor a plan's amount, 计划投资93.68亿元)
        lead = self._last("target", floor, self.phrase.get(mark, mark))
        return lead is not None and self.text[lead] not in "计目任" and lead not in self.own_clause \
            and lead not in self.reference

    def at(self, sentence: int, clause: int, start: int, end: int, clause_end: int, dated: bool = False) -> str:
        """'target', 'forecast', 'actual', or '' when the text does not say, for the value at
        [start, end) of a sentence and a clause that start at `sentence` and `clause`; `dated` when
        its sentence states a period for it. The value's own clause speaks before its sentence."""
        sentence, clause = self._read_from(sentence, clause, start)
        first = self._foreseen_or_listed(sentence, clause, (start, end, clause_end))
        if first:
            return first
        # (已完成11项任务: tasks done are a result, though 任务 follows the count)
        after = _TARGET_AFTER.match(self.text, end, clause_end) and not self.says("actual", clause, start)
        if self._target(clause, start) and not self._reached_since_goal(clause, start) or after \
                or _GOAL_BRACKET.search(self.text, max(0, start - 4), start) or inside(self.quoted, start):
            return "target"
        if self._estimated(start) and not self._in_goal_section(start):
            return "forecast"  # (全年完成地区生产总值595亿元,增长5.5%(预计,下同): the year's estimates, 完成 or not)
        done = self._last("actual", max(sentence, clause - _DATING), start)
        if done is not None and not self._running_goal(sentence, done, start, dated):
            # (but what is summed by a deadline of a later year than the page's: 到2027年，…投资累计达到700亿元以上)
            return self._summed_by(sentence, done)
            # 截至9月，全区共完成… (a plan's 三年累计完成技改投资25亿元 is a goal's running total)
        # (…的目标任务是7亿元，…，完成全年目标的117.27%: the share of a goal reached is none, whatever set the goal)
        if self._result_since_goal(sentence, start) or self._done_against_quota(sentence, clause, start):
            return "actual"  # (确定工业投资增长15%的目标，1-9月实际完成工业投资73.8亿元，增长17.2%: what was done)
        if self._target(sentence, start) and not self._planned_before(clause, start) \
                and not self.share_reached(clause, start, end):
            # (…2025年目标为850亿元，2023年达到612.7亿元: a year before the goal's is a result's)
            done = self._own_year_after_goal(sentence, clause, start) or self._last_year_since_goal(sentence, start) \
                or self._months_over_since_goal(sentence, clause, start)
            return "actual" if done else "target"
        if self._foretold(sentence, start) and not self.months_done(clause):
            return "forecast"
        # (a goal's running total, 到2027年，…；…，累计建成…集群30个, is a goal where nothing else reads one)
        return self._planned(sentence, clause, (start, end), dated) or ("target" if done is not None else "")

    def _read_from(self, sentence: int, clause: int, start: int) -> tuple[int, int]:
        """Where the words that may give the value at `start` its kind start, as its sentence and its clause: a
        bracket listing parts opens a clause of its own (_parts_bracket_opened), and an aside's own statement is read
        in the aside alone (own_aside)."""
        clause = _parts_bracket_opened(self.text, clause, start)
        own = self.own_aside(start)
        return (sentence, clause) if own is None else (max(sentence, own), max(clause, own))

    def _foreseen_or_listed(self, sentence: int, clause: int, at: tuple[int, int, int]) -> str:
        """The kind the value at [start, end) (its clause ends at clause_end) takes before any other reading: a
        forecast's, a list of goals' its sentence closes on, or a count of the goals a text sets out; else ''."""
        start, end, clause_end = at
        noted = kind_noted(self.text, end)
        if noted:
            return noted  # (增长15%〔年度目标〕, 完成56亿元（预计数）: a note of the value's own kind)
        if self.says("forecast", clause, start) or self._forecast_listed(sentence, clause, start) \
                or _FORESEEN_AFTER.match(self.text, end, clause_end):
            return "forecast"
        if self._goals_closing(start):
            return "target"
        if _goals_counted(self.text, start):
            return "actual"  # (《规划》提出20个具体目标: how many goals the plan sets, a count of its goals)
        return ""

    def _goals_closing(self, start: int) -> bool:
        """Whether the value is of a list of goals its sentence sets and names at its end (会议提出，到2026年产值
        1150亿元，…；2028年产值1700亿元，…的发展目标): every value between the setting verb and the goal's name."""
        i = bisect.bisect_right(self.goal_lists, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.goal_lists[i][0] <= start < self.goal_lists[i][1] \
            and _GOALS_SET.search(self.text, self.goal_lists[i][0], start) is not None

    def _as_of_ahead(self, done: int) -> bool:
        """Whether the result word at `done` opens 截止到 a year's end not reached on the page's date (截止到2021年底，…
        in a plan of 2021-03): the day a goal is set for, not a count taken."""
        m = _AS_OF_YEAR.match(self.text, done)
        return m is not None and self.published is not None and int(m.group(1)) >= self.published[0] \
            and self.published[1] < 12

    def _estimated(self, start: int) -> bool:
        """Whether a note that figures are estimates holds at `start`: in its reach, and the value's sentence
        writes no stretch of months other than the note's own sentence does ((三)1-11月，… under a year's
        estimates reports a result; 上半年，… under 据初步测算（预计数，下同），上半年… is estimated too)."""
        held = [noted for a, b, noted in self.estimated if a <= start < b]
        if not held:
            return False  # (most values: no note reaches them, and their sentence need not be read)
        opening = span_start(self.full_stops, start)
        own = _stretches(self.text, opening, start)
        # (据预计，1至9月，…。其中，9月份…为310亿元左右: a month of the stretch foreseen, broken down by 其中, is
        # foreseen too)
        parts = _PARTS_SENTENCE.match(self.text, opening) is not None
        return any(own <= noted or parts and _within(own, noted) for noted in held)

    def _planned(self, sentence: int, clause: int, at: tuple[int, int], dated: bool) -> str:
        """'target' where a work plan's verb, its next steps or its goal section make the value at `start` a goal
        (no word of its own says so), 'actual' for what such a section reports as reached, else ''."""
        start = at[0]
        if self._as_things_are(at):
            return "actual"  # (推进总投资80亿元的…项目加快建设: the named projects' outlay, whatever plans their work)
        if not dated and self.says("plan", clause, start):
            return "target"
        step = self._last("next", sentence, start)
        if step is not None and self._opens(sentence, step):
            return "target"  # 下一步，…全年推动200个以上技改项目: the work to come
        paragraph = self.text.rfind("\n", 0, start) + 1
        if not dated and self.says("work", clause, start) and self._goal_set_before(paragraph, clause):
            return "target"  # (力争…增长8%。…推动规上工业R&D研发投入强度同比增长10%；实施10个…项目: more of the goals)
        step = self._last("next", paragraph, sentence)
        if step is not None and self._opens(paragraph, step):
            return "target"  # (接下来，安徽将继续…。…实施…攻关项目100个: a paragraph of the work to come, to its end)
        # (a date its full sentence writes before a ；-part dates the part too: 2023年，…完成…；新开工…87个)
        full = min(sentence, span_start(self.full_stops, start))
        if self._ahead_before(paragraph, sentence) and not _OWN_DATE.search(self.text, full, start) \
                or self._ahead_in(sentence, start) or self._ahead_listed(full, sentence, start) \
                or self._year_ahead_opens(paragraph, sentence, (full, start)):
            # (dated only by the 今年 that opens the paragraph, or by 全年: the year the paragraph sets out)
            return "target"
        if self._in_goal_section(start):
            # 一、主要目标 / 二、2024年工作打算: a work plan's goals need no word of their own; a year before the
            # page's own is the base it starts from (2023年，全县规上工业总产值完成342.6亿元)
            # (目前，全县已建成…，上云企业3200家: what is already, in a plan's text, is the base it starts from)
            return "actual" if self._base_of_the_plan(sentence, start) else "target"
        return ""

    def _base_of_the_plan(self, sentence: int, start: int) -> bool:
        """Whether the value at `start`, in a goal section, reports the base the plan starts from, not a goal: a year
        before the page's own, months or a half gone by, what is already reached (已, 截至目前), a look back."""
        reached = _REACHED_SO_FAR.search(self.text, sentence, start) or NOW.search(self.text, sentence, start)
        reached = None if reached is not None and self._as_of_ahead(reached.start()) else reached
        return self._past_year(start) or self._months_past(start) or reached is not None \
            or self._looked_back(start) or self._first_half_gone(start)

    def _as_things_are(self, at: tuple[int, int]) -> bool:
        """Whether the value at `at` says how things are, not what a plan will reach: where a change starts (将企业
        开办时间由3个工作日压减至半天) or the outlay of the projects it names (推进总投资80亿元的20个项目早日开工,
        启动实施投资12亿元的…项目)."""
        start, end = at
        if _CHANGE_FROM.search(self.text, max(0, start - 2), start):
            return True
        outlay = _OUTLAY_BEFORE.search(self.text, max(0, start - 6), start)
        return outlay is not None and self.text.startswith("的", end) or self._in_their_state(start, end)

    def _in_their_state(self, start: int, end: int) -> bool:
        """Whether the count at [start, end) counts things already in a state that the plan's work acts on (调度73家
        已投产企业, 督促13个在建项目尽快达产, 6个签约项目尽快开工): how many there are, not how many to reach; not where
        its clause's words before it bring new ones (新增, 引进, 培育, 开工: 引进20个签约项目 is a goal)."""
        if not self.text.startswith(_COUNTERS, end - 1) or not _IN_A_STATE.match(self.text, end):
            return False
        return not _NEW_ONES.search(self.text, _clause_start(self.text, start), start)

    def _opens(self, start: int, mark: int) -> bool:
        """Whether the word at `mark` opens the sentence or paragraph at `start`, past a speaker who says it
        (”涂高坤表示，接下来，广东将…)."""
        lead = _SPEAKER_LEAD.match(self.text, start, mark)
        return mark - (lead.end() if lead else start) <= _NEXT_OPENING

    def _goal_set_before(self, paragraph: int, clause: int) -> bool:
        """Whether a word that sets a goal (力争, 确保; 提出 of 提出…的目标), no yardstick's, stands earlier in the
        paragraph."""
        mark = self._last("target", paragraph, clause)
        if mark is not None and self.text[mark] in "目" and self.text.endswith("的", 0, mark):
            # (我省提出今年…增长9%左右的目标。: the goal's noun after what set it, 提出)
            mark = self._last("target", paragraph, mark)
        return mark is not None and self.text[mark] not in "计目任" and mark not in self.reference

    def _ahead_before(self, paragraph: int, sentence: int) -> bool:
        """Whether a sentence of the paragraph before the one at `sentence` opens with what this year will do
        (今年我市将…), so that the undated values after it are that year's goals."""
        mark = self._last("ahead", paragraph, sentence)
        return mark is not None and self._opens(span_start(self.full_stops, mark), mark)

    def _ahead_in(self, sentence: int, start: int) -> bool:
        """Whether the value's own sentence opens with what a year will do (2024年，茶山将强化…，加快21个重大项目…),
        no period after that opening dating the value and no word saying it is reached."""
        mark = self._last("ahead_named", sentence, start)
        if mark is None or not self._opens(sentence, mark) or not self._year_ahead(mark):
            return False
        opening = _AHEAD_NAMED.match(self.text, mark)
        said = opening.end() if opening is not None else mark
        return not _OWN_DATE.search(self.text, said, start) and not self.says("actual", said, start) \
            and not _TAKEN_AS.search(self.text, said, start)

    def _ahead_listed(self, full: int, sentence: int, start: int) -> bool:
        """Whether the value's ；-part is an item of a list its full sentence opens with what a year will do and a
        colon (2025年，该镇还将办好八件实事：新建幼儿园2所，…；实施…5个项目；改造…12个): the colon's list is the
        year's work, part by part, as its first part is (see _ahead_in)."""
        if full >= sentence or _LIST_OPENED.search(self.text, full, sentence) is None:
            return False
        return self._ahead_in(full, start) and not self._year_gone_by(self._last("ahead_named", full, start))

    def _year_ahead_opens(self, paragraph: int, sentence: int, at: tuple[int, int]) -> bool:
        """Whether the paragraph opens with a year written and what will be done in it (2025年，高新区将聚焦…。
        全年新增规上工业企业12家以上，…突破30家), the value in a later sentence of it: that year's work, where its own
        full sentence (from at[0] to the value at at[1]) writes no period, comparison with a year before or word of a
        result, and no heading stands between. (As 今年…将 does, _ahead_before; a year written may be one gone by,
        so one before the page's own date, or one taken as something, 2023年，我市将工业投资作为…, sets none.)"""
        full, start = at
        mark = self._last("ahead_named", paragraph, min(sentence, paragraph + _NEXT_OPENING + 1))
        if mark is None or mark >= full or not self._opens(paragraph, mark) or not self._year_ahead(mark) \
                or self._year_gone_by(mark):
            return False
        opening = _AHEAD_NAMED.match(self.text, mark)
        said = opening.end() if opening is not None else mark
        return not _TAKEN_AS.search(self.text, said, _clause_end(self.text, said)) \
            and not _INLINE_HEADING.search(self.text, said, start) \
            and not _OWN_DATE.search(self.text, full, start) and not _COMPARED_BEFORE.search(self.text, full, start) \
            and not self.says("actual", full, start)

    def _year_gone_by(self, mark: int | None) -> bool:
        """Whether the year written at `mark` (2023年) is before the year of the page's first date: a year gone by."""
        year = _YEAR_WRITTEN.match(self.text, mark) if mark is not None else None
        if year is None:
            return False
        if self.page_year is None:
            dated = PAGE_DATE.search(self.text)
            self.page_year = year_and_month(dated)[0] if dated else 0
        return int(year.group(0)[-4:]) < self.page_year

    def _year_ahead(self, mark: int) -> bool:
        """Whether the year the word at `mark` names (今年, 2024年) is not one before the page's own."""
        year = _YEAR_WRITTEN.match(self.text, mark)
        return year is None or self.published is None or int(year.group(0)[-4:]) >= self.published[0]

    def share_reached(self, clause: int, start: int, end: int) -> bool:
        """Whether the percent at [start, end) is the share of a goal reached (完成全年目标的117.27%, 达到年计划的
        73.91%, 完成目标任务30%): a result, unless a forecast leads it."""
        percent = self.text.startswith(("%", "％"), end - 1)
        return percent and _SHARE_OF_GOAL.search(self.text, clause, start) is not None

    def months_done(self, clause: int) -> bool:
        """Whether the clause at `clause` opens with the months so far and what was done in them (全年预计完成
        800亿元，1-9月完成600亿元): a result, whatever its sentence foresees."""
        return _MONTHS_DONE.match(self.text, clause) is not None

    def _running_goal(self, sentence: int, done: int, at: int, dated: bool) -> bool:
        """Whether the result word at `done` (累计) opens a goal's running total in a goal section (a plan's
        三年累计完成技改投资25亿元), not a result: undated or dated by a deadline, and no 已 or 截至 before it
        (截至目前，全市已累计引进…)."""
        if not self.text.startswith("累计", done):
            return False
        # (a deadline its sentence writes, or one opening its paragraph: 力争到2027年，…。…集群累计培育…4000家)
        paragraph = self.text.rfind("\n", 0, at) + 1
        deadline = _DEADLINE.search(self.text, sentence, at) is not None
        # (or a part that sets one after a deadline earlier in its paragraph: 到2027年，…；…，力争…，高新技术企业数量
        # 累计达到88家)
        earlier = not deadline and _DEADLINE.search(self.text, paragraph, sentence) is not None
        # (outside a goal section, a sentence that sets a goal to a deadline before it: 力争到2027年，全市累计培育…)
        # (the deadline and the word that sets the goals may open the full sentence whose ；-part the value is in:
        # 其中提出，到2027年，…：即…；培育…，累计建成…集群30个)
        since = span_start(self.full_stops, at) if earlier else sentence
        goal_to_deadline = (deadline or earlier) and self._goal_set_before(min(since, sentence), done)
        return (self._in_goal_section(at) or goal_to_deadline) and (
            not dated or deadline or earlier
            or _DEADLINE.search(self.text, paragraph, paragraph + _DEADLINE_OPENING) is not None) \
            and not _REACHED_SO_FAR.search(self.text, sentence, done)

    def _summed_by(self, sentence: int, done: int) -> str:
        """'actual' for a value the result word at `done` reports, 'target' where it is summed by a deadline ahead."""
        return "target" if self._deadline_ahead(sentence, done) else "actual"

    def _deadline_ahead(self, sentence: int, done: int) -> bool:
        """Whether the sentence sets a deadline of a year after the page's own before the result word 累计 at `done`
        (…方案中提到，到2027年，…投资累计达到700亿元以上 on a page of 2024): what is summed by then is to come; not
        where 已 or 截至 says it is reached."""
        if not self.text.startswith("累计", done) or _REACHED_SO_FAR.search(self.text, sentence, done):
            return False
        m = _DEADLINE.search(self.text, sentence, done)
        year = _YEAR_WRITTEN.search(self.text, m.start(), m.end()) if m is not None else None
        if year is None:
            return False
        # (on a page of no date, after every other year the page writes: 到2027年 on a page that reports 较2023年)
        latest = self.published[0] if self.published is not None else \
            max((int(y.group(0)[-4:]) for y in _YEAR_WRITTEN.finditer(self.text) if y.start() != year.start()),
                default=None)
        return latest is not None and int(year.group(0)[:4]) > latest

    def _months_past(self, at: int) -> bool:
        """Whether the sentence at `at` opens with months of the year so far (1-9月，…实现营业收入95.6亿元): in a
        goal section, a result reported, not a goal; not months that end after the page's date (4-6月 in an
        April plan)."""
        start = span_start(self.full_stops, at)
        opening = _MONTHS_OPENING.match(self.text, start)
        if opening is None:
            return False
        p = parse_period(opening.group(1))
        ahead = self.published is not None and p is not None and p.months is not None \
            and p.months[1] >= self.published[1] and self.published[1] > 0
        return p is not None and p.months is not None and p.months[1] < 12 and not ahead

    def _first_half_gone(self, at: int) -> bool:
        """Whether the sentence at `at` opens with 上半年 under a heading of the rest of the year's plan (二、下半年
        工作打算⏎…（三）培育市场主体。上半年新增规上工业企业23家，全年力争…): the half gone by, a result."""
        if self.goal_headings is None:
            self.goal_headings = _goal_headings(self.text)
        i = bisect.bisect_right(self.goal_headings, (at, True)) - 1
        return i >= 0 and self.goal_headings[i][1] \
            and _FIRST_HALF_OPENING.match(self.text, span_start(self.full_stops, at)) is not None

    def _foretold(self, sentence: int, at: int) -> bool:
        """Whether the sentence's 预计 leads the value at `at`: a sentence that opens with it (预计全年…增长10%左右，
        规上工业总产值突破750亿元), or whose 预计 ends its clause (市工业和信息化局预计，全年…将增长12%以上), with no
        word of a result between."""
        said = self._last("forecast", sentence, at)
        # (not a yardstick: 高于预计，好于年初预计，超出预计 compare a result with what was foreseen)
        if said is None or BEYOND_FORESEEN.search(self.text, max(0, said - 4), said):
            return False
        word = _FORECAST.match(self.text, said)  # (预计, or 项目建成后: the word's end, where a mark may follow)
        after = word.end() if word is not None else said + 2
        # (…在回顾2024年工作时表示，2024年预计全省…: what is said opens after the words that say who says it)
        for told in _TOLD.finditer(self.text, sentence, said):
            sentence = told.end()
        # (今年以来，全市工业实现平稳开局，预计一季度…总产值2200亿元、增长21%，实现增加值530亿元: a 预计 that
        # opens a clause leads the clauses after it, as one opening the sentence does)
        # (only where it opens a statement of its own, with its period or whole: not an amount estimated, 本次开工
        # 项目共58个，估算投资312.5亿元，其中…; …增长点58个，预计新增产值117.7亿元，市级重点跟踪17个…)
        clause = max(sentence, start_after(self.text, said, "，,")) \
            if _FORETOLD_STATEMENT.match(self.text, after) else sentence
        lead = _FORETOLD_FRAME.match(self.text, clause, said)  # (2022年我县预计…: a year and a place before it)
        opening = said - (lead.end() if lead is not None else clause)
        return (opening <= _FORETOLD_OPENING or self.text[after:after + 1] in "，,：:"
                or self._dated_in_clause(sentence, said)) and not self.says("actual", said, at)

    def _dated_in_clause(self, sentence: int, said: int) -> bool:
        """Whether the forecast word at `said` opens its clause after the period it foresees, a place allowed
        (…的起点，2024年预计地区生产总值增长6%左右，一般公共预算收入增长2.6%; …，全年预计规上工业增加值…): the
        year written before the word makes the clause a statement of its own, as 预计全年 after it does."""
        clause = max(sentence, start_after(self.text, said, "，,"))
        lead = _FORETOLD_FRAME.match(self.text, clause, said)
        return lead is not None and _FRAME_DATED.search(lead.group(0)) is not None \
            and said - lead.end() <= _FORETOLD_OPENING

    def _forecast_listed(self, sentence: int, clause: int, at: int) -> bool:
        """Whether the value at `at` is an item of a list its sentence's 预计 governs (全年预计完成工业开票销售
        800亿元，工商税收34.5亿元): the value's clause and each clause between it and the 预计's clause name a
        thing and give its amount, with no verb, period or comparison of their own."""
        said = self._last("forecast", sentence, clause)
        if said is None or BEYOND_FORESEEN.search(self.text, max(0, said - 4), said):
            return False
        clauses = _CLAUSE_CUT.split(self.text[said:at])
        if len(clauses) < 2:
            return False
        *between, own = clauses[1:]
        return items_listed(between, own)

    def _own_year_after_goal(self, sentence: int, clause: int, at: int) -> bool:
        """Whether the value's clause writes a year of its own before the one the goal's words before it in its
        sentence write (规上工业总产值2025年目标为850亿元，2023年达到612.7亿元: 2023's result, not the 2025 goal)."""
        mark = self._last("target", sentence, at)
        if mark is None or mark >= clause:
            return False
        # (not a base the value is compared with: 力争到2025年，…，较2020年翻两番 is the 2025 goal's)
        own = [int(m.group(0)[-4:]) for m in _YEAR_WRITTEN.finditer(self.text, clause, at)
               if not _COMPARED_YEAR.search(self.text, max(clause, m.start() - 2), m.start())]
        goal = [int(y[-4:]) for y in _YEAR_WRITTEN.findall(self.text, sentence, clause)]
        # (not a year the page's date has not yet seen out: 到2026年…力争达到400亿元，2024年、2025年分别达到230亿元、
        # 300亿元 on a page of 2024-03 sets the years' milestones)
        return bool(own) and bool(goal) and max(own) < max(goal) and not self._not_over(max(own))

    def _not_over(self, year: int) -> bool:
        """Whether the page's own date (its first) is in `year` or before it: a year not over when written."""
        if self.page_year is None:
            dated = PAGE_DATE.search(self.text)
            self.page_year = year_and_month(dated)[0] if dated else 0
        return 0 < self.page_year <= year

    def _last_year_since_goal(self, sentence: int, at: int) -> bool:
        """Whether the words between the goal its sentence names and the value say last year (力求在四方面实现突破，
        去年共签约项目19个): a year already over reports what was done, whatever the goal before it."""
        mark = self._last("target", sentence, at)
        return mark is not None and _LAST_YEAR.search(self.text, mark, at) is not None

    def _months_over_since_goal(self, sentence: int, clause: int, at: int) -> bool:
        """Whether the value's clause, after the clause of the goal its sentence names, opens with months of the year
        over by the page's date (咬定全年…增长8%的目标不放松，1—2月，全县…增长6.3% on a page of March): what those
        months did, a result; not the months of a goal broken down (其中一季度…), nor any on a page with no date."""
        mark = self._last("target", sentence, at)
        if mark is None or mark >= clause or "其中" in self.text[mark:at]:
            return False
        dated = PAGE_DATE.search(self.text)  # (read here, for the few values past a goal: not for every page)
        if dated is None:
            return False
        published = year_and_month(dated)
        # (the months open the value's clause or one after the goal's before it: 1—2月，全县…增长6.3%)
        found = [m for m in _STRETCH_OPENING.finditer(self.text, mark, at)]
        p = parse_period(found[-1].group(1)) if found else None
        if p is None or p.months is None or p.months[1] >= 12:
            return False
        return p.months[1] < published[1] or (p.year is not None and p.year.isdigit() and int(p.year) < published[0])

    def _planned_before(self, clause: int, at: int) -> bool:
        """Whether the last target word before `at` is a plan's amount in a clause before the value's own; not
        where the value's clause gives the outlay of the set the clause right before plans (计划新开工项目175个，
        总投资达1665.1亿元: planned too)."""
        mark = self._last("target", 0, at)
        if mark is None or mark >= clause or mark not in self.own_clause:
            return False
        return not (_SET_OUTLAY.match(self.text, clause) and not _CLAUSE_CUT.search(self.text, mark, clause - 1))

    def led(self, full: int, first: int, part: int, start: int, first_part: int) -> str:
        """The kind a sentence's lead word gives the value at `start` of a later ；-part: 力争全市规上工业增加值
        增长8%；固定资产投资增长10% sets two goals, 预测上半年总产值122亿元；增加值25亿元 makes two forecasts.
        The lead is the last target or forecast word between the full sentence's start (`full`) and its first
        value (`first`, in the part that starts at `first_part`); a part whose own words say it is reached
        (已, 累计) is not led. '' when no lead holds."""
        if first_part >= part or self.says("actual", part, start):
            return ""
        # (地区生产总值预计完成230.6亿元，…；规上工业增加值增长6.5%；…预计完成78.2亿元: a sentence that writes its
        # forecast word part by part leaves the parts without it reported, not foreseen)
        if self._last("forecast", first, part) is not None and self._last("forecast", part, start) is None \
                or self.left_by_part(first, start):
            return ""
        # (a 预计 after a clause of the first part's own leads that part alone: 一年来，产业转型提速加力，预计实现
        # 地区生产总值1100亿元…；生态建设成果显著，空气优良率同比上升6.4个百分点 reports the later parts)
        found = [(at, name) for name in ("target", "forecast")
                 if (at := self._last(name, max(full, first_part), first)) is not None
                 and (self.reference.get(at) is None and at not in self.own_clause if name == "target"
                      else self._leads(full, at) or self._in_opening_clause(max(full, first_part), at))]
        return max(found)[1] if found else ""

    def _in_opening_clause(self, part: int, said: int) -> bool:
        """Whether the forecast word at `said` stands in the opening clause of its ；-part (from `part`), past who
        says it and the period or place it foresees, before the part's first value: after the name of what it
        foresees (全市地区生产总值预计增长6%左右；规上工业增加值增长8.5%；…) or the months it is of (1-7月份预计完成
        产值…；规上企业增加值…). It governs the statement the part opens, as it would the clauses after it were
        they parted by commas (…预计增长6%左右，规上工业增加值增长8.5%); a later part that dates itself or
        writes its own 预计 is read by the callers (Ties._led, left_by_part)."""
        for told in _TOLD.finditer(self.text, part, said):
            part = told.end()
        lead = _FORETOLD_FRAME.match(self.text, part, said)
        return _CLAUSE_MARK.search(self.text, lead.end() if lead is not None else part, said) is None

    def _leads(self, sentence: int, said: int) -> bool:
        """Whether the forecast word at `said` leads its sentence (as `_foretold` reads it): it opens the sentence,
        past who says it and a year and a place (据介绍，2024年全市预计…), or ends its clause (预计，), or opens a
        clause with the period or the whole it foresees (…，预计全年…)."""
        for told in _TOLD.finditer(self.text, sentence, said):
            sentence = told.end()
        word = _FORECAST.match(self.text, said)
        after = word.end() if word is not None else said + 2
        lead = _FORETOLD_FRAME.match(self.text, sentence, said)
        return said - (lead.end() if lead is not None else sentence) <= _FORETOLD_OPENING \
            or self.text[after:after + 1] in "，,：:" or _FORETOLD_STATEMENT.match(self.text, after) is not None \
            or self._dated_in_clause(sentence, said)

    def left_by_part(self, since: int, at: int) -> bool:
        """Whether a forecast begun at `since` stops before the ；-part holding `at`: a sentence that writes its
        forecast word part by part (…预计完成1986亿元，增长5.8%；规上工业增加值增长7.2%；固定资产投资预计完成697
        亿元) leaves a part without it reported."""
        part = max(self.text.rfind(ch, since, at) for ch in "；;") + 1
        if part <= 0 or self.says("forecast", part, at):
            return False
        end = span_end(self.full_stops, at, len(self.text))
        later = [i for i in (self.text.find(ch, at, end) for ch in "；;") if i >= 0]
        return bool(later) and self.says("forecast", min(later), end)

    def _past_year(self, at: int) -> bool:
        """Whether the sentence (or its ；-part) at `at` opens with a year before the page's own (2023年，全县规上
        工业总产值完成342.6亿元 in a plan dated 2024-04-02): the base a plan starts from, not a goal."""
        if self.published is None:
            return False
        start = span_start(self.full_stops, at)
        part = max(start, max(self.text.rfind(ch, start, at) for ch in "；;") + 1)
        # (the year its ；-part opens with, else its sentence's: 2023年，…完成342.6亿元；规上工业企业218家)
        m = _YEAR_OPENING.match(self.text, part) or _YEAR_OPENING.match(self.text, start)
        return m is not None and int(m.group(1)) < self.published[0]

    def _looked_back(self, at: int) -> bool:
        """Whether the last period the full sentence names before `at` is the year gone by
        (去年，…实现营业收入98.7亿元; 这些目标，是在去年…增长5.4%…的较高基数上提出的) or one it looks back on
        (回顾2023年，…): in a goal section, the base the goals start from, not a goal. (Not 比上年, 较去年同期: a
        goal's comparison; nor 在去年基础上: its base.)"""
        if self._periods_named is None:
            self._periods_named = Marks(_PERIOD_NAMED, self.text)  # (found once: each value's was its sentence's scan)
        last = self._periods_named.last(span_start(self.full_stops, at), at)
        if last is None or last.group("year") is None:
            return last is not None and last.group("back") is not None
        # (a year written, 2023年全县…, is gone by where it is before the page's own; not one a span opens on,
        # 2024年起，每年新增…: the years after it are the plan's)
        return self.published is not None and int(last.group("year")) < self.published[0] and not last.group("on")

    def _in_goal_section(self, at: int) -> bool:
        if self.bases and inside(self.bases, at):
            return False
        i = bisect.bisect_right(self.sections, (at, len(self.text))) - 1
        return i >= 0 and self.sections[i][0] <= at < self.sections[i][1] or self.opened <= at < self.reviewed


# The periods a sentence in a goal section names (Kinds._looked_back): the year gone by, or a year it looks back on
# (回顾2023年), else this year or one ahead (not 全年: the year the sentence is of, 去年全年). (去年 of a comparison,
# 比上年, 高于去年, 去年同期, or of the base a goal is set on, 在去年基础上, is none; nor is a year that opens a span,
# 2024年起.)
_PERIOD_NAMED = re.compile(r"(?P<back>回顾[^，,。；;：:\d]{0,12}(?:(?:19|20)\d{2}年)?"
                           r"|(?<![比较于与过同超出])(?:去年|上年)(?!度?(?:同期|的?(?:基础|基数|水平)))(?:度|全年)?)"
                           r"|今年|明年|新的一年|(?<!回顾)(?<![比较于与过同超])(?P<year>(?:19|20)\d{2})年"
                           r"(?P<on>起|开始|以来|以后|[-—至到~])?")


# A work plan's goal heading on a line of its own (一、主要目标; （二）2024年工作打算; 发展目标：; 二、2025年预算草案,
# whose 安排 and 预期 are a budget's plan), and the
# heading that ends its section: the next of its numbering or of a higher one.
_NUMBERING = r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．]"
# A line opening with a numbering, each of its three ranks a group (一、, (一), 1.): as its own line's start, and
# searched for from a position.
_RANKED_LINE = re.compile(r"[ \t\u3000]*(?:" + "|".join(f"({rank})" for rank in _NUMBERING.split("|")) + ")")
_NUMBERED_LINE = re.compile("^" + _RANKED_LINE.pattern, re.M)
_GOAL_HEADING = re.compile(rf"^[ \t\u3000]*(?P<num>{_NUMBERING})?\s*"
                           # (二、下半年工作打算; 三、下一步工作安排: the rest of the year's plan, as a year's is)
                           r"(?:(?:19|20)\d{2}年(?:度)?|今年|明年|下半年|下一?步)?"
                           # (二、2024年工作总体要求和目标任务: the year's goals after what frames them)
                           r"(?:(?:工作)?总体要求[和与及])?"
                           r"(?:(?:主要|工作|发展|总体|预期|年度|计划){0,2}(?:目标|打算|安排)(?:任务)?"
                           # (一、培育目标, numbered; not a news sub-head, 发展新目标)
                           rf"|(?(num)[\u4e00-\u9fff]{{2,4}}?{_UNREACHED}目标(?:任务)?|(?!))"
                           # (二、2023年国民经济和社会发展主要目标: the goals of what a plan's report names, numbered)
                           r"|(?(num)(?:(?!完成|实现|达成)[\u4e00-\u9fff]){2,12}?(?:主要|预期|主要预期)目标(?:任务)?|(?!))"
                           r"|(?:(?<=年)|(?<=年度))工作(?:思路|计划|重点)"  # (二、2024年工作思路: a year's plan)
                           # (2024年重点指标⏎◆GDP同比增长5%；…: a year's indicators set out; not 主要指标, reported)
                           r"|(?:(?<=年)|(?<=年度))(?:重点|核心|预期|主要预期)指标"
                           r"|(?:重点|主要)(?:工作)?任务|预算(?:草案|安排)"
                           r"|(?P<work>(?:重点|着力|全力|主要)(?:做好|抓好|推进|实施)[^，,。；;：:\n]{0,10}?工作))"
                           # (二、2024年主要预期目标和重点工作: the goals and the work to reach them, both the year's)
                           r"(?:[和与及](?:重点|主要)(?:工作|任务))?"
                           r"\s*[：:]?[ \t\u3000]*$", re.M)
# A numbered heading of a review (3、上年完成情况; 三、一季度运行情况; （一）2023年工作回顾), on its line or inside one.
# (as _REVIEW_HEADED: no start with two spaces before it, or a long run of spaces is scanned again from each of them)
_REVIEW_HEADING = re.compile(rf"(?:^|(?<=[。；;！!\s]))(?<![ \t\u3000]{{2}})[ \t\u3000]*(?:{_NUMBERING})"
                             r"[ \t\u3000]*"
                             # (一、2024年重点指标完成情况: a year's results, its year written)
                             r"(?:(?:19|20)\d{2}年度?)?"
                             r"[^，,。；;：:\n\d]{0,10}?(?:完成情况|运行情况|执行情况|工作回顾|回顾|主要成效|工作成效)"
                             r"(?=[ \t\u3000：:]|$)", re.M)
_REVIEW_WORD = re.compile("情况|回顾|成效")  # (what every _REVIEW_HEADING holds)
# The same heading inside a line, after a full stop, with its first numbered item right after it.
_INLINE_GOAL_HEADING = re.compile(r"(?<=[。；;！!])[ \t\u3000]*[一二三四五六七八九十]+、[ \t\u3000]*"
                                  + _GOAL_NAMED +
                                  r"[ \t\u3000]*[：:]?[ \t\u3000]*"
                                  r"(?=\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])")
# A top heading inside a line, after a full stop, that names the year's plan (…提出意见。二、2025年工作安排2025年
#是…; 。三、今年主要工作打算 …), its text run on after it as a page that lost its line breaks writes it; not a review
# of a plan (二、2024年工作安排执行情况) nor a heading of both (2024年工作安排和…).
_INLINE_PLAN_HEADING = re.compile(r"(?<=[。！!？?])[ \t\u3000]*[一二三四五六七八九十]+、[ \t\u3000]*"
                                  r"(?:(?:19|20)\d{2}年度?|今年|明年|新的一年)的?(?:主要|重点)?(?:工作)?"
                                  r"(?:安排|打算|思路|目标任务|主要目标|目标)"
                                  r"(?![和与及、]|[^。，,；;：:]{0,12}?(?:完成|执行|回顾|情况))")
# (both open with a lookbehind the engine would try at every character of a page: searched from where their
# matches start, see core/regex.Anchored)
_INLINE_GOAL_HEADING_AT, _INLINE_PLAN_HEADING_AT = (Anchored(p, " \t\u3000一二三四五六七八九十")
                                                    for p in (_INLINE_GOAL_HEADING, _INLINE_PLAN_HEADING))
_INLINE_TOP_HEADING = re.compile(r"(?:^|(?<=[。；;！!]))[ \t\u3000]*[一二三四五六七八九十]+、", re.M)
_TOP_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+、", re.M)
_SUB_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])", re.M)


# The label of a plan's part on where things stand (发展基础：, 发展现状。, 一、产业现状, （一）发展基础), at a line's
# start: what it reports are results, the base the plan starts from.
_BASE_PART = re.compile(rf"^[ \t\u3000]*(?:{_NUMBERING})?[ \t\u3000]*(?:发展|产业|行业)?(?:现状|基础|现实基础|发展基础)"
                        r"(?:和|与)?(?:条件|形势)?[ \t\u3000]*(?:[：:。．]|$)", re.M)


def _base_part_end(text: str, m: re.Match[str]) -> int:
    """Where a part on where things stand ends: its line's, where its label opens a line of text; else the next
    heading's (一、发展基础⏎…⏎二、发展目标), the text's end where none follows."""
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[m.end():line_end].strip():
        return line_end
    nxt = _SUB_HEADING.search(text, m.end())
    return nxt.start() if nxt else len(text)


def _goal_headings(text: str) -> list[tuple[int, bool]]:
    """Where each goal heading of `text` stands, and whether it heads the rest of the year's plan
    (二、下半年工作打算)."""
    return [(m.start(), "下半年" in m.group(0)) for m in _GOAL_HEADING.finditer(text)]


def _goal_sections(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` under a goal heading, each to the next heading of its level or higher, and
    those a plan's document opens by what it sets out (《…实施方案》明确，…), each to its paragraph's end."""
    out = _headed_sections(text)
    for m in _GOALS_NAMED_AT.finditer(text):
        end = end_from(text, m.end(), "。\n")
        out.append((m.end(), end))  # (…发展目标，…的核心指标是，…累计完成3.8万亿元，…: to its full stop)
    opening = _GOALS_OPENING.match(text)
    if opening is not None and (line_end := text.find("\n", opening.end())) >= 0:
        # (a page that opens on its goals, 全市…主要预期目标是：…。⏎着力扩大有效需求⏎…全年实施…项目1400个: the
        # work in the lines after them is the plan's, to a review's heading; not a sentence after them in their own
        # line, …的核心指标是，…。2024年，全区工业投资完成380亿元, a result set beside them)
        out.append((line_end, len(text)))
    for m in _PLAN_SETS_OUT_AT.finditer(text):
        end = text.find("\n", m.end())
        out.append((m.end(), end if end >= 0 else len(text)))
    for m in _PARAGRAPH.finditer(text):
        if PLAN_OPENING.match(text, m.start(), m.end()) or _WORK_LEAD.match(text, m.start(), m.end()):
            # (市工信局将进一步落实…的工作目标任务，…推动120个重点项目; 该县将重点抓好七个方面工作。一是…)
            out.append((m.start(), m.end()))
    titled = _plan_titled(text)
    if titled >= 0 and (PAGE_DATE.search(text) or _planned_year(text)):
        # (某县2024年工业经济工作要点⏎…全年规上工业增加值增长8%: dated, so that a year before is read as the base)
        out.append((titled, len(text)))
    for m in [*_GOALS_LISTED.finditer(text), *_GOALS_LED_AT.finditer(text)]:
        out.append((m.end(), _listed_end(text, m.end())))
    # (every review heading ends on 情况, 回顾 or 成效: a page with none of them, most pages, is not searched for one)
    reviews = [m.start() for m in _REVIEW_HEADING.finditer(text)] if _REVIEW_WORD.search(text) else []
    return _merged(sorted(_cut_at(section, reviews) for section in out))


def _merged(sections: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted `sections` with those that overlap joined: a list of goals inside a heading's section (二、2024年
    主要目标和重点工作⏎…预期目标是：⏎——…；⏎…⏎（一）…) ends before the heading's does, and Kinds._in_goal_section reads
    only the last section to start before a value."""
    out: list[tuple[int, int]] = []
    for a, b in sections:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _cut_at(section: tuple[int, int], reviews: list[int]) -> tuple[int, int]:
    """A goal section ended at the first heading of a review inside it (3、上年完成情况; 三、一季度运行情况): what
    follows reports results, not goals."""
    a, b = section
    i = bisect.bisect_right(reviews, a)
    return (a, min(b, reviews[i])) if i < len(reviews) else section


def _headed_sections(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` under a goal heading: one on a line of its own (一、主要目标), one inside a line
    (…。 二、发展目标 1、…) and one in brackets (【目标】), each to the next heading of its level or higher."""
    out = []
    for m in _GOAL_HEADING.finditer(text):
        num = m.group("num") or ""
        if m.group("work") and not num:
            out.append((m.end(), len(text)))  # (重点做好九个方面工作⏎一、创新驱动⏎…: the work of all its parts)
            continue
        ends = _TOP_HEADING if num.endswith("、") else _SUB_HEADING if num else _TOP_HEADING
        nxt = ends.search(text, m.end())
        out.append((m.end(), nxt.start() if nxt else len(text)))
    for m in [*_INLINE_GOAL_HEADING_AT.finditer(text), *_INLINE_PLAN_HEADING_AT.finditer(text)]:
        # (a page flattened to one line: …集中区。 二、发展目标 1、工业总量迅速提升。…, to the next 三、)
        nxt = _INLINE_TOP_HEADING.search(text, m.end())
        out.append((m.end(), nxt.start() if nxt else len(text)))
    for m in _BRACKETED_GOALS.finditer(text):
        nxt = _BRACKETED_HEADING.search(text, m.end())  # (【目标】⏎今年，…增长7.5%: to the next 【…】 heading)
        out.append((m.end(), nxt.start() if nxt else len(text)))
    return out


def _listed_end(text: str, start: int) -> int:
    """Where the lines listed after a line that opens a list of goals at `start` end (…的主要预期目标是：⏎◆地区生产
    总值增长5%；⏎◆…): the lines with the first's mark, or the one line after; not 二、2023年主要指标完成情况, a heading
    of another kind."""
    end, style = start, None
    for line in _PARAGRAPH.finditer(text, start + 1):
        # (blank lines between the listed lines keep the list: ——规模效益…⏎⏎——产业结构…)
        if text[end:line.start()].strip() or (end > start and _list_style(line.group(0)) != style):
            break
        end, style = line.end(), style or _list_style(line.group(0))
    return end


def _list_style(line: str) -> str | None:
    """The kind of mark a listed line opens with (◆, 1., (一), 一、), None for a line with none."""
    m = _LISTED_LINE.match(line)
    if m is None:
        return None
    mark = m.group(0).strip()
    return mark if mark[:1] in _BULLETS else "1" if mark[:1].isdigit() else "(" if mark[:1] in "（(" else "一"


_BULLETS = "◆●■▲★·•◇○□▪-—*"


# A page that opens with a year and what will be done in it, and names its goals further on; or that opens by
# announcing what a year will bring, as a list (2025年重庆在…等方面将呈现以下变化：, 2024年，我县将重点抓好以下工作：).
_PLAN_OPENED = re.compile(r"\s*(?:((?:19|20)\d{2})年[，,]" + _WILL_DO
                          + r"(?=[^\n]*\n(?:.*\n)*?.*(?:主要预期目标|主要目标|发展目标|工作目标))"
                          r"|((?:19|20)\d{2})年[，,]?[^，,。；;：:\d\n]{0,40}?(?<![已即])将(?!近|其)"
                          r"[^\n。；;：:]{0,20}?(?:以下|如下)[^\n。；;：:]{0,8}[：:])")


# A page whose title names a plan (…工作要点, …行动方案, 三年行动计划), not a review of one (…执行情况, …工作总结):
# its body sets goals, except where a sentence dates a result (see Kinds._past_year, _months_past).
def _planned_year(text: str) -> tuple[int, int] | None:
    """The year a plan's title names (某县2025年工业经济工作方案), or the one it opens by saying what will be done in
    (2024年，XX新城将…, naming its goals further on), as a date at its start (month 0), else None."""
    opened = _PLAN_OPENED.match(text)
    if opened is not None:
        return int(opened.group(1) or opened.group(2)), 0
    titled = _plan_titled(text)
    if titled < 0:
        return None
    year = _YEAR_IN_TITLE.search(text, max(0, text.rfind("\n", 0, titled - 1) + 1), titled)
    return (int(year.group(1)), 0) if year else None


_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})年?")


def _headline(text: str) -> re.Match[str] | None:
    """The page's title line: the first of its top lines that is no date, source or breadcrumb line."""
    for n, m in enumerate(_PARAGRAPH.finditer(text, 0, min(len(text), HEADER_DATED))):
        if NOT_HEADLINE.search(m.group(0)) and n < 2:
            continue  # (发布时间：2024-02-18 来源：县政府办; 您的位置:首页 > 财经 >)
        return m
    return None


def plan_titled(text: str) -> bool:
    """Whether the page's title names a plan (…工作方案, 三年行动计划), not a review of one."""
    return _plan_titled(text) >= 0


def _plan_titled(text: str) -> int:
    """Where the body under a plan's title starts, -1 where the title names no plan."""
    m = _headline(text)
    line = m.group(0).strip() if m else ""
    # (《政府工作报告》重点工作分工方案: the report a plan divides up is no review of the plan)
    return m.end() if m and _PLAN_TITLE.search(line) and not _REVIEW_TITLE.search(_TITLE.sub("", line)) \
        and len(line) <= _TITLE_LONGEST else -1


def year_set_out(text: str, published: tuple[int, int] | None) -> tuple[int, int] | None:
    """The year (and the month of writing, 0 when unknown) whose work a page sets out: a government work report,
    a year's goals or plan named, or a title that states a goal (西安:2023年力争全市工业总产值突破万亿元大关), in
    the year of its date (`published`); on an undated page, the year such a title names (2017山西经信工作有啥新
    目标?), or YEAR_UNKNOWN where it says only 今年. None where the page sets out no year's work."""
    title = _headline(text)
    line = title.group(0).strip() if title is not None else ""
    # (a title: one short line, no sentence of a body: 全县已培育示范企业9家。力争到2025年… is a paragraph)
    # (赣州经开区2023年度绩效目标完成情况: a review of goals reached states none)
    goal = _TITLE_GOAL.search(line) is not None and len(line) <= _TITLE_LONGEST \
        and not _SENTENCE_END.search(line) and not _GOALS_REVIEWED.search(line)
    year = _YEAR_IN_TITLE.search(line) if goal else None
    if published is not None:
        # (a title's goal for a later year, 2025年…力争达1.5万亿元 over a review of 2020, sets out no year's work)
        goal = goal and (year is None or int(year.group(1)) == published[0])
        return published if goal or _SETS_THE_YEAR.search(text) is not None else None
    if year is None and goal and _THIS_YEAR_IN_TITLE.search(line):
        return (YEAR_UNKNOWN, 0)  # (青禾区：今年力争新增规上工业企业30家: this year's work, which year unsaid)
    return (int(year.group(1)), 0) if year else _planned_year(text)


# (a page that names the plan it reports, 印发《…工作方案》, reports what was done as well: a title is no plan's)
_SETS_THE_YEAR = re.compile(r"政府工作报告|预期目标|工作要点|工作计划|工作打算|工作思路")
_TITLE_GOAL = re.compile(r"力争|目标|确保")
_GOALS_REVIEWED = re.compile(r"完成情况|总结|回顾|成效|成果|完成了|超额完成")
_THIS_YEAR_IN_TITLE = re.compile(r"今年|本年|年内")
YEAR_UNKNOWN = 0  # the year a page sets out, where it says only 今年 and has no date
_TITLE_LONGEST = 60
_SENTENCE_END = re.compile(r"[。；;！!]")


_PLAN_TITLE = re.compile(r"工作要点|工作计划|行动计划|行动方案|实施方案|工作方案|分工方案|发展规划|工作打算|"
                         r"目标任务清单|目标清单")
_REVIEW_TITLE = re.compile(r"总结|情况|回顾|报告|成效|成果|解读|[，,。；;：:]")
# A line that names the goals set and ends by opening their list (提出一系列目标，包括：…等。其中：); not goals
# reached (完成年度目标，具体如下：).
# A sentence that says what follows in it is the goals (发展目标，…的核心指标是，; 主要目标为：), not what was reached
# of them (完成目标任务是…) nor a report's results (1-5月，全市主要经济指标为：…).
# (and a year's core or expected indicators, 今年我市工业经济核心指标为：一是…；二是…)
_GOALS_NAMED = re.compile(_UNREACHED + r"(?:目标(?:任务)?|目标[^。！？\n]{0,40}?指标|(?:核心|预期)指标)"
                          r"(?:是|为)[，,：:]")
# (searched from 目, 核 and 预, where its matches start: it opens with lookbehinds, which the engine tries at every
# character of a page; see core/regex.Anchored)
_GOALS_NAMED_AT = Anchored(_GOALS_NAMED, "目核预")
_CHANGE_FROM = re.compile(r"(?:由|从)\s*$")
# Things counted with the state they are already in, right after their count (73家已投产企业, 13个省级在建项目,
# 6个签约项目, 12个续建项目): not 新签约, 拟签约 or 待建, which are still to come.
_COUNTERS = ("个", "家", "项", "户")
_IN_A_STATE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?<![新拟待未])"
                         r"(?:已投产|已建成|已开工|已签约|已落地|已入库|在建|续建|签约|存量|现有|在谈)"
                         r"(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|企业)")
# Words before a count in its clause that bring new things, a plan's goal (新增, 引进, 培育, 开工, 完成).
_NEW_ONES = re.compile(r"新增|新开|新建|新签|新入|引进|引育|培育|招引|招商|签约|落地|开工|竣工|投产|建成|"
                       r"完成|实现|达到|突破|争取|创建|打造|纳入|入库|储备|谋划|再")
# The outlay of the projects a plan names, written as their attribute (推进总投资80亿元的…项目); or with 投资 alone,
# where a verb of the work or a stop stands right before it (启动实施投资12亿元的…项目, 。投资30亿元的…产业园开工): the
# named projects' size, not an amount to invest (完成投资, 计划投资, 工业投资 name the indicator, not the projects).
_OUTLAY_BEFORE = re.compile(r"(?:(?<!计划)(?<!计划完成)总投资|(?:(?<=[，,。；;：:、\s])|"
                            r"(?<=实施|启动|推进|推动|引进|建设|开工|签约|落地|新建|续建|谋划|储备))投资)(?:约|达)?\s*$")
# A page whose first sentence names its goals (全市经济社会发展主要预期目标是：), past a title line.
_GOALS_OPENING = re.compile(r"\s*(?:[^\n。]{2,40}\n\s*)?[^\n。，,；;\d]{0,30}?" + _GOALS_NAMED.pattern)
_GOALS_LED = re.compile(_UNREACHED + r"目标[^\n。]{0,60}?(?:(?:包括|如下)\s*[：:][^\n。]{0,80}?。)?\s*"
                        r"(?:其中|包括|如下)\s*[：:]\s*$", re.M)
_GOALS_LED_AT = Anchored(_GOALS_LED, "目")  # (its lookbehind first: searched from 目 alone, core/regex.Anchored)
# A line that ends by announcing goals (主要预期目标是：, 工作目标如下：), and the lines a list marker opens.
_GOALS_LISTED = re.compile(r"(?:目标|任务)(?:任务)?(?:是|为|如下|有)?\s*[：:]\s*$", re.M)
_LISTED_LINE = re.compile(r"\s*(?:[◆●■▲★·•◇○□▪\-—*]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[）)]"
                          r"|[一二三四五六七八九十]+、)")


_PARAGRAPH = re.compile(r"[^\n]+")
# A work plan's paragraph opens by saying what will be done (…将进一步…完成各项目标任务): its values are goals even
# where no word of their clause says so.
# A gap to the year's goal (高于年度计划3.5个百分点, 超出年度目标1.6个百分点): a result of the period reported,
# not the goal.
# (超目标任务442家, 超年度任务5.8%: by how much a result passed its goal, 超 with or without the year)
GAP_TO_GOAL = re.compile(r"(?:(?:高于|低于|高出|低出|超过|超出|快于|慢于)(?:全年|年度|年初|年)"
                         r"|(?<![力争确保])超(?:全年|年度|年初|年)?)[^，,；;。\d]{0,10}?"
                         r"(?:目标|计划|任务)(?:任务)?$")
# A paragraph that opens by saying what work will be done (该县将重点抓好七个方面工作。一是…): a plan's, to its end.
_WORK_LEAD = re.compile(r"[^。！？!?\n]{0,40}?(?:将|要)(?:重点|着力|全力|突出|集中)?(?:抓好|做好|抓实|推进|落实)"
                        r"[^。！？!?\n了]{0,16}?工作[。：:]")
# A goal section's bracketed heading on a line of its own (【目标】, 【主要目标】), and the next such heading.
_BRACKETED_GOALS = re.compile(r"^[ \t\u3000]*【(?:主要|发展|年度|工作|预期)?(?:目标|任务|打算)(?:任务)?】[ \t\u3000]*$",
                              re.M)
_BRACKETED_HEADING = re.compile(r"^[ \t\u3000]*【", re.M)
PLAN_OPENING = re.compile(r"[^。！？!?\n]{0,40}?(?:将|要)(?:进一步|继续|着力|加快|全力|大力|持续|重点|围绕|坚持|聚焦)"
                          r"[^。！？!?\n]{0,40}?(?:目标|任务)")


# A plan's document and the verb by which it sets out goals (《工业经济攻坚战实施方案》明确，2017年…完成4200亿元以上).
# (not one a result follows: 按照《…方案》要求，…完成…)
_PLAN_SETS_OUT = re.compile(r"(?<!按照)(?<!根据)(?<!依据)(?<!对照)(?<!落实)"
                            r"《[^《》\n]{2,60}(?:方案|计划|规划|意见|纲要|措施)》(?:中)?(?:明确|提出|规定)(?:了)?")
_PLAN_SETS_OUT_AT = Anchored(_PLAN_SETS_OUT, "《")  # (its matches start at 《, after lookbehinds tried everywhere)


_TITLE = re.compile(r"《[^《》]{0,80}》")
# Goals quoted whole and named so after the quote (“全省规模以上工业增加值增长7%，…”的主要目标)
_QUOTED_GOAL = re.compile(r"[“「\"][^“”「」\"\n]{4,300}[”」\"](?=的?(?:主要|预期|发展|年度|总体|工作)?(?:目标|任务))")
# A page's first date is its own: 2016-02-29, 2016年2月29日, or 29.02.2016 (a day first, then the month).
# (a date's parts parted alike, 2024-03-21, 2024年3月21日; not a title's stretch of months, 2024年1-2月)
PAGE_DATE = re.compile(r"(?P<y>20\d{2})\s*(?:(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)|年\s*(?P<mn>\d{1,2})\s*月)"
                       r"\s*(?P<d>\d{1,2})|(?<![\d.])(?P<dd>[12]\d|3[01]|0?[1-9])\.(?P<md>0?[1-9]|1[0-2])\."
                       r"(?P<yd>20\d{2})(?![\d.])")


def day_of(m: re.Match[str]) -> int:
    """The day of the month of a PAGE_DATE match."""
    return int(m.group("d") or m.group("dd"))


def year_and_month(m: re.Match[str]) -> tuple[int, int]:
    """The year and month of a PAGE_DATE (or HEADER_DATE) match, however the date is written."""
    if m.group("y"):
        return int(m.group("y")), int(m.group("m") or m.group("mn"))
    return int(m.group("yd")), int(m.group("md"))


# The page's own date where a deadline is held against it: near its top, not an event's (公司于2019年5月10日签约)
HEADER_DATE = re.compile(r"(?<![于在])(?:" + PAGE_DATE.pattern + ")")
HEADER_DATED = 250
_REACHED_SO_FAR = re.compile(r"已|截至|截止")
_AS_OF_YEAR = re.compile(r"(?:截止|截至)(?:到|至)((?:19|20)\d{2})年")
_MONTH_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
_MONTHS = rf"{_MONTH_NUMBER}(?:[-—－至~到]{_MONTH_NUMBER})?月份?"  # (9月, 1-9月份)
# A note in brackets that the figures are estimates (预计, 预计数, 初步预计), and whether it says so of those after it
# (下同, 以下同; or 以下均为预计数, of the list it opens).
_ESTIMATE_NOTE = re.compile(r"[（(](?P<all>以下(?:均|各项|数据|指标)*(?:为|是))?[^（）()\n]{0,12}?"
                            r"(?:初步)?(?:预计|预估)数?"
                            r"(?:[^（）()\n]{0,12}?(?P<on>(?:以)?下同))?[^（）()\n]{0,12}[）)]"
                            # (or the word written before a bracket that says so, 预计(下同)，实现地区生产总值…: the
                            # same note, its 下同 of the figures after it)
                            r"|(?:初步)?(?:预计|预估)[（(](?P<after>(?:以)?下同)[）)]")


# A paragraph or a sentence opening on a forecast word alone, or with the year it foresees, before a comma
# (初步预计，…; 据预计，…; 预计全年，…; 预计2025年末，…; 经初步估算：…), not on what it foresees (预计全年工业增加值…,
# read with its own sentence): what follows in its paragraph is estimated; after a sentence of its paragraph, only
# with the year it foresees, else to its own sentence's end.
_ESTIMATE_FRAME = re.compile(r"(?:^|(?<=[。！!]))[ \t\u3000]*(?:据|经)?(?:初步)?(?:预计|预估|估算)"
                             r"(?P<year>(?:全年|今年|本年|(?:19|20)\d{2}年)(?:末|底)?)?[，,：:]", re.M)
_ESTIMATE_FRAME_AT = Anchored(_ESTIMATE_FRAME, " \t\u3000据经初预估")  # (where its matches start, as above)
_LINE_OPENING = re.compile(r"[ \t\u3000]*$")
_CLAUSE_MARK = re.compile(r"[，,：:；;]")  # (a clause's end inside a ；-part: Kinds._in_opening_clause)


_PARTS_SENTENCE = re.compile(r"[ \t\u3000]*其中[，,：:]")


def _within(own: frozenset[tuple[int, int]], noted: frozenset[tuple[int, int]]) -> bool:
    """Whether each stretch of `own` lies inside one of `noted` (9月 inside 1至9月)."""
    return all(any(a <= b0 and b1 <= b for a, b in noted) for b0, b1 in own)


# A numbered heading inside a line, after a full stop (…增长14.9%。（一）经济发展…; …提出意见。一、2022年工作回顾…):
# where a page whose text lost its line breaks opens a paragraph. (1. before no digit: 。1.5万亩 is a value.)
_INLINE_HEADING = re.compile(r"(?<=[。！？!?])[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、"
                            r"|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.](?!\d))")


def _paragraph_end(text: str, at: int, full_stops: Sequence[int], listed: bool) -> int:
    """Where the paragraph `at` is in ends: its line's end, or a numbered heading after a full stop before it (a
    page that lost its line breaks, …增长14.9%。（一）…); where the page has no line breaks at all, a list a colon
    opens (预计全年：…；…。) ends at its full stop, its paragraph's end unknown."""
    end = _line_end(text, at)
    heading = _INLINE_HEADING.search(text, at, end)
    if heading is not None:
        end = heading.start()
    if listed and "\n" not in text.strip():
        end = min(end, span_end(full_stops, at, len(text)))
    if listed and _LINE_OPENING.match(text, at, end):
        end = _items_end(text, end)
    return end


def _items_end(text: str, end: int) -> int:
    """Where the numbered lines right under a line that ends on a colon end (预计全年：⏎1.…增长6.5%；⏎2.…完成52亿元；…
    ⏎二、…): the list the colon opens, one item a line, ends at the first line that is no item of it (a heading, a
    blank line, a paragraph)."""
    while end < len(text):
        item = _ITEM_LINE.match(text, end + 1)
        if item is None:
            break
        end = _line_end(text, item.end())
    return end


# A line a numbered item of a list opens (1.…, 2、…, （3）…, ④…), not a value (1.5万亩).
_ITEM_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])")


def _line_end(text: str, at: int) -> int:
    """Where the line `at` is in ends (the text's end for its last)."""
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def _stretches(text: str, a: int, b: int) -> frozenset[tuple[int, int]]:
    """The stretches of months written in [a, b) (上半年: (1, 6); 1-11月: (1, 11))."""
    found = (parse_period(m.group()) for m in _MONTHS_WRITTEN.finditer(text, a, b))
    return frozenset(p.months for p in found if p is not None and p.months is not None)


# Stretches of months written in a sentence (1-11月, 前三季度, 上半年): an estimate note's own, or those of a result
# reported under it ((三)1-11月，…).
_MONTHS_WRITTEN = re.compile(rf"{_MONTHS}|前三季度|上半年|[一二三]季度|前[一二三四五六七八九十\d]+个?月")


def _next_heading(text: str, at: int, listed: bool = False) -> int:
    """Where the next numbered line after `at` of a higher rank than the note's own line starts, the text's end when
    none does: as far as a note's 下同 holds. Its own line's siblings are more of its list ((一)…(预计数，下同)。⏎
    (二)…: to 二、); after a line with no number, any numbered one ends it (——…(预计数，下同)；⏎(一)…). A note that
    says so of what follows (`listed`: 全年预计（以下均为预计数）：⏎(一)…⏎(二)…) holds over the list it opens."""
    line = text.rfind("\n", 0, at) + 1
    first = _NUMBERED_LINE.search(text, at) if listed else None
    own = _rank(text, first.start()) if first is not None else _rank(text, line)
    for m in _NUMBERED_LINE.finditer(text, at):
        if own is None or _rank_of(m) < own:
            return m.start()
    return len(text)


def _rank(text: str, line: int) -> int | None:
    """The rank of the numbering the line at `line` opens with (一、 0, (一) 1, 1. 2), None for none."""
    m = _RANKED_LINE.match(text, line)
    return None if m is None else _rank_of(m)


def _rank_of(m: re.Match[str]) -> int:
    """The rank of the numbering a match of _RANKED_LINE or _NUMBERED_LINE holds."""
    return next(n for n, g in enumerate(m.groups()) if g)


def _part_start(text: str, at: int) -> int:
    """Where the ；-part (or sentence, or line) `at` is in starts."""
    return start_after(text, at, "；;。\n")


# Words that date a running total to now (目前累计, 截至目前累计, 至今累计): a total reached, whatever foresees
# the rest.
_SUMMED_BY_NOW = re.compile(r"目前|至今|迄今|当前|现已|已经|截至")
# A ；-part that opens on a deadline and runs straight on to its running total (6月底前，累计…; 年底前累计…).
_DUE_BY_OPENING = re.compile(r"[\s\u3000]*(?:(?:19|20)\d{2}年)?"
                             r"(?:\d{1,2}月(?:份)?(?:底|末)?|年底|年末|[一二三四]季度末?)"
                             r"(?:之)?前[，,]?[\s\u3000]*(?:[全我本][省市区县州旗])?")
# Months of the year opening a clause, its comma after them or not (1—2月，…; 1—2月全县完成…)
_STRETCH_OPENING = re.compile(rf"[，,；;][\s\u3000]*(?:今年)?"
                              rf"((?:(?:19|20)\d{{2}}年)?(?:{_MONTHS}|前三季度|上半年|一季度))")
# A sentence that opens with the first half of the year, with a comma or run on into its deed (上半年新增…23家).
_FIRST_HALF_OPENING = re.compile(r"[\s\u3000]*(?:今年)?上半年")
_MONTHS_OPENING = re.compile(rf"[\s\u3000]*(?:今年)?({_MONTHS}|前三季度|上半年|一季度)[，,]")
# A clause that opens with the months so far and what was done in them (Kinds.months_done).
_MONTHS_DONE = re.compile(rf"[\s\u3000]*(?:今年)?{_MONTHS}[，,]?(?:累计|共|全县|全市|全区)?(?:完成|实现)")
# What a text writes for now (目前, 截至目前, 当前): the time of writing, not a period of the calendar.
AS_OF_NOW = re.compile(r"(?:截至|截止|到)?(?:目前|当前|现阶段)")
# (2023年，全县…; 到2022年底，全县规上工业企业达到260家: where a year before the page's ended)
_YEAR_OPENING = re.compile(r"[\s\u3000]*(?:到|至|截至|截止)?((?:19|20)\d{2})年(?:底|末)?"
                           r"(?!\d|[-—至到~起]|开始|以来|以后)")
# 到2026年, a goal's deadline (2024年, a result's year; 增加到2024年的…, where a change ended)
# (and the year's end: 到年底累计建成5G基站3200个)
_DEADLINE = re.compile(r"(?<![加高长升降少大])到(?:(?:19|20)\d{2}年|年底|年末)|年底前")
# (not a base: 比去年增加5个, 较上年; nor 上年同期, 上年末)
_LAST_YEAR = re.compile(r"(?<![比较与同于超和])(?:去年|上年(?!同期|末|底)|上一年|过去的?一年)")
# What was done against a quota, in a clause after it (完成86.5亿元, 实现…, 达到…): not 要完成 or 确保完成,
# goal words that come after the quota and lead instead.
_DONE_AGAINST = re.compile(r"完成|实现|达到")
_CLAUSE_STOP = re.compile(r"[，,；;]")
# (计划新开工项目30个，实际新开工34个; 市下达…任务150家，实际新增172家: a clause that opens on 实际 and a verb of
# things done, after the plan or quota set before it, reports what was done; not 实际到位资金, 实际利用外资, names of
# indicators a goal sets too, nor 实际 inside a clause, 力争实际新增…)
_RESULT_SAID = re.compile(r"实际(?:完成|实现|达到)|已(?:累计)?(?:完成|实现)|完成了|实现了|"
                          r"(?<=[，,；;])实际(?:新开工|开工|竣工|投产|建成|新增|引进|签约|入库|入规|落地)")
_DEADLINE_OPENING = 12  # a deadline this near a paragraph's start opens it (力争到2027年，)
_DATING = 8  # a clause this short before a value's (截至9月，) dates it, and its words of result hold for it
# Words before a goal that make it a yardstick for a result (完成年度目标任务的, 高于年度预期目标): the goal's own
# amount is a target, what follows its 的 or its brackets is the result measured against it.
# (为年度计划的54.6%; not 以…为目标, a goal's frame)
# (高出年度目标3个百分点; 较一季度调度目标(7.5%、12%)高3.9个百分点: a goal compared with is one too)
# A plan named by the stretch it is for, its months written in figures (完成1-5月投资计划的118.4%, 完成1—9月目标任务的
# 104%): the share of that stretch's plan done, a result, as 完成一季度计划的 or 完成年度投资计划的 is of theirs.
PLAN_STRETCH = r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?|\d{1,2}月份?|前\d{1,2}个?月"
_YARDSTICK = re.compile(r"(?:(?:完成|实现|达到?|高于|低于|高出|低出|超过?|快于|慢于|占|较|比)"
                        rf"(?:[^，,。；;、：:\d]{{0,3}}(?:{PLAN_STRETCH}))?[^，,。；;、：:\d]{{0,5}}"
                        # (为年投资计划的57%: the share of the year's plan reached)
                        r"|为(?:年初|年度|全年|本年|调整后?的?|年[^，,。；;、：:\d]{0,4}))$")
_YARDSTICK_REACH = 16  # (完成1-12月份投资计划: a stretch's plan, the longest yardstick read back from its goal word)
_COMPARED_TO = re.compile(r"(?:高于|低于|高出|低出|快于|慢于|超过|超出)[^，,。；;、：:\d]{6,18}$")
_COMPARED_REACH = 24
# A goal whose amount is written between a verb of its completion and its name (超额完成100亿元年度目标任务,
# 完成市下达9亿元的全年任务): a yardstick, its amount the goal's; the values after it are no goals of it.
_GOAL_DONE = re.compile(r"(?:完成|实现|超过|突破)[^，,。；;、：:\d]{0,6}[\d.]+(?:万|亿)?[^，,。；;、：:\d]{0,8}$")
# A goal said to be met, named at length (较好完成了县十八届人大二次会议确定的主要目标任务, 顺利完成全年经济社会发展
# 主要目标任务): a report of the year done, its figures after it results, not the goal's; 完成 alone, with no 了 or
# word of how it went, may still set one (完成…目标任务，力争…), and so does one still to do (要圆满完成…).
_GOAL_MET = re.compile(r"(?<![要将保争须力])(?:(?:顺利|圆满|较好|胜利|全面|超额|如期)完成了?|完成了)"
                       r"[^，,。；;、：:\d]{0,18}$")
_MET_REACH = 26
_REFERENCE_END = re.compile(r"[的）)，,；;。]")
# The share of a goal reached, right before its percent (完成全年目标的117.27%, 达到年计划的73.91%).
# (and a share of one: 占年度计划的27.4%, 占任务数的116.7%, 为年投资计划的57%; 完成考核目标任务在70%以上)
# (and the projects a plan counts: 占计划新开工项目的87%, the share of them begun)
# (and by how much a result passed one, as a share of it: 超过目标任务4000亿元的19%)
# (and a goal whose amount is written inside it, before its name, in any unit: 为市下115亿元目标的51.74%,
# 占市下2万平方米目标的35%, 完成自治区615亿元招商引资目标任务的84.36%: the amount is the goal's, the percent after
# 的 the share reached)
_GOAL_AMOUNT = r"[\d.]+(?:[万亿]?元|[万亿]|[个家项户座条宗件台套亩]|万?平方米|万?吨|万?千瓦)"
# (and a plan named by its stretch, PLAN_STRETCH: 完成1-5月投资计划的118.4%)
_GOAL_REACHED = r"(?:完成|达到?|实现|占|为|超过|超出)[^，,。；;\d]{0,8}" \
    rf"(?:{_GOAL_AMOUNT}[^，,。；;\d]{{0,6}}?|(?:{PLAN_STRETCH})[^，,。；;\d]{{0,4}}?)?" \
    r"(?:目标|计划|任务)(?:任务|数|投资)?" \
    r"(?:总额|总量)?" \
    r"(?:(?:新开工|开工|竣工|投产|开复工|复工)?项目(?:数)?)?"
# (and the goal's amount written after its name, before 的, in any unit: 完成年度目标任务110亿元的78.5%,
# 完成全年目标任务7家的114.29%, 完成市下达任务100亿的100.2%)
_SHARE_OF_GOAL = re.compile(_GOAL_REACHED + rf"(?:[（(]?{_GOAL_AMOUNT}[）)]?)?(?:的|在)?$")
# The same, as the judge reads a claimed goal.
SHARE_OF_A_GOAL = re.compile(_GOAL_REACHED + rf"(?:[（(]?{_GOAL_AMOUNT}[）)]?)?的?$")
# (高于计划目标1.6个百分点, 高于年度计划3.5个百分点: the gap reached follows the goal named, no goal's amount)
# (高于市下达的目标序时进度3.75%; 分别超过年度目标13.8、23.3个百分点: the goal's schedule, a list of gaps)
_GAP_REACHED = re.compile(r"(?:目标|任务)?(?:序时进度|进度)?\s*[\d.．]+(?:个?[、和][\d.．]+)*\s*个?百分点")
# (超目标任务442家, 超出年度计划12亿元: how far a result went past the goal, in the goal's own unit, follows at once)
_EXCESS_VERB = re.compile(r"超|高于|高出|多于")
# (not the goal's own amount with a share of it after, 超过目标任务4000亿元的19%: the yardstick 完成…的 is, the excess
# the share)
_EXCESS_REACHED = re.compile(r"(?:任务)?(?:数)?\s*[\d.]+\s*(?:个|家|项|户|座|条|宗|(?:千万|百万|万|亿)?元)"
                             r"(?!的\s*[\d.])")
_SHARE_REACHED = re.compile(r"(?:任务)?(?:序时进度|进度)?(?:投资)?(?:总额|总量)?(?:分别)?(?:为|是|达到?|在)?"
                            r"\s*[\d.]+\s*[%％]")


def inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (at, len(spans) + 1 << 40)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


BEYOND_FORESEEN = re.compile(r"(?:高于|低于|好于|差于|超出|超过|符合|达到|快于|慢于)(?:年初|此前|之前|原)?$")
# Lines of a scraped page's header that name no topic: crumbs, menus, the date and source line, tools.
NOT_HEADLINE = re.compile(r"[>＞»›|｜]|首页|当前位置|您的位置|来源|发布|时间|日期|作者|浏览|点击|访问|字号|打印|分享|"
                           r"编辑|责任|阅读|附件|索引号|文号"
                           # (a site's menu: 要闻 县域旅游 经济观察 县区风采 …, short words a space apart)
                           r"|^\s*\S+(?:[ \u3000]+\S{1,8}){4,}\s*$")
# A stock at the time of writing (现有国家级小巨人6家): no period of the sentence holds for it, nor does a deadline
# or a plan's goal section make it a goal (目前，全市已建成工业互联网平台12个).
NOW = re.compile(r"现有|现已|目前|当前")
