"""The claim's kind: a result (actual), a goal (target) or a forecast, as the value's words, its sentence, its
plan's sections and its page's date say; a goal's tier (确保, 奋斗)."""

from __future__ import annotations

import re

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ..attribution import EVENT_POINTERS, Tie
from ..claims import Claim
from ..kinds import BEYOND_FORESEEN, GAP_TO_GOAL, SHARE_OF_A_GOAL, inside, items_listed, plan_titled
from ..periods import Period
from ..quantities import Quantity
from ..source import Source
from ..spans import end_from, start_after
from ..tables import PROGRESS
from ..units import PERCENT, POINTS
from .period import _GOAL_NOTED, _RELATIVE_YEARS, _YEAR_WRITTEN, _YEARS_GOAL
from .text import _BOUNDS, _FINE, _KINDS, UNSURE, WRONG, _Finding, _own_shown, _sentence_start, claimed_text

# Two tiers of one year's goal, a floor and a reach (确保增长7%、力争增长8%; 预期目标…8%，奋斗目标10%): a value set
# under one is not the other's, where the sentence sets both.
_FLOOR_GOAL = re.compile(r"确保|保底|预期|底线")
_REACH_GOAL = re.compile(r"力争|争取|奋斗|冲刺|挑战")
_TIER_CLAUSE = re.compile(r"[，,；;、：:]")
# (主要预期目标为：, 奋斗目标是: a heading that sets the tier of the goals listed after it)
_TIER_HEADING = re.compile(r"(?:确保|保底|预期|底线|力争|争取|奋斗|冲刺|挑战)[^，,；;。\n]{0,4}目标(?:为|是)?"
                           r"(?:[：:]|[ \t]*\n)")


def _tier(words: str) -> str:
    """"floor" or "reach" as the last goal word of `words` says, "" where it says neither."""
    floor = [m.end() for m in _FLOOR_GOAL.finditer(words)]
    reach = [m.end() for m in _REACH_GOAL.finditer(words)]
    if not floor and not reach:
        return ""
    return "floor" if max(floor, default=-1) > max(reach, default=-1) else "reach"


def _goal_tier_at(src: Source, start: int) -> str:
    """The tier of the goal a value at `start` is set under, where its sentence sets goals of both tiers, or
    headings near it do (（一）确保目标：…（二）力争目标：…): the goal word of its own clause, else that of the heading
    the values are listed under (主要预期目标为：…); "" where there is no such sentence or heading, or neither is
    read."""
    text, at = src.simplified_text(), src.view_at(start)
    s0 = _sentence_start(text, at)
    end = end_from(text, at, FULL_STOP + "\n")
    sentence = text[s0:end]
    if not (_FLOOR_GOAL.search(sentence) and _REACH_GOAL.search(sentence)):
        return _tier_headed(text, at)
    before = text[s0:at]
    clauses = _TIER_CLAUSE.split(before)
    own = _tier(clauses[-1])
    if own:
        return own
    headings = _TIER_HEADING.findall(before)
    return _tier(headings[-1]) if headings else ""


_TIER_REACH = 400  # (how far before a value the heading of its tier may stand, and the other tier's around it)


def _tier_headed(text: str, at: int) -> str:
    """The tier of the last tier heading before `at` (（一）确保目标：…), where headings of both tiers stand near it."""
    near = [m.group(0) for m in _TIER_HEADING.finditer(text, max(0, at - _TIER_REACH), at + _TIER_REACH)]
    if len({_tier(h) for h in near}) < 2:
        return ""
    before = _TIER_HEADING.findall(text, max(0, at - _TIER_REACH), at)
    return _tier(before[-1]) if before else ""


def _goal_tier(src: Source, c: Claim, q: Quantity) -> _Finding:
    """A claim that names one tier of a goal (确保目标, 奋斗目标) and a value set under the other tier."""
    claimed = _tier(claimed_text(c.indicator)) if c.indicator else ""
    if not claimed:
        return _FINE
    own = _goal_tier_at(src, q.start)
    return _Finding(WRONG, "kind") if own and own != claimed else _FINE


# A year's goal written just before its amount (全年目标(, 年度计划投资, 年度任务为).
_SHARE_REACH = 30


def _a_gap_to_a_goal(src: Source, span: tuple[int, int], tie: Tie) -> bool:
    """Whether the value at `span` is a result's gap to a goal, no goal: after the goal it is compared with
    (超出年度目标1.6个百分点), or after the goals a comparison gives in brackets (高于年度目标（8%、12%）1.8、
    2.6个百分点)."""
    own = _own_shown(tie)
    return GAP_TO_GOAL.search(own) is not None or _GAP_TO_A_GOAL.search(own) is not None \
        or _GOALS_BRACKETED.search(src.text, max(0, span[0] - _GOALS_BRACKETED_REACH), span[0]) is not None


# (较一季度调度目标(10%)高15.4个百分点, 超过市定目标2个百分点: any goal a result is compared with, its amount in
# brackets or not)
_GAP_TO_A_GOAL = re.compile(r"(?:较|比)[^，,；;。\d]{0,10}?(?:目标|计划|任务)(?:[（(][^（）()]{1,20}[）)])?"
                            r"(?:高出?|低出?|快|慢|提高|超出?)$"
                            r"|(?:高于|低于|高出|低出|超过|超出|快于|慢于)[^，,；;。\d]{0,10}?(?:目标|计划|任务)$")


# (目标（8%、12%）1.8、2.6个百分点; 目标(7%、10%)高2.8个百分点和15.4个百分点: the way the gaps go said after the
# goals)
_GOALS_BRACKETED = re.compile(r"(?:目标|计划|任务)[（(][^（）()]{1,40}[）)](?:高出?|低出?|快|慢|超出?)?"
                              r"(?:[\d.]+(?:个)?(?:百分点)?[、和及])*$")
_GOALS_BRACKETED_REACH = 80


def _kind(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    span = (q.start, q.end)
    before = src.text[max(0, span[0] - 12):span[0]]
    if tie.kind and c.kind in _KINDS and "actual" in (c.kind, tie.kind) and tie.kind != c.kind:
        return _Finding(UNSURE if _fact_of_a_planned_class(src, c, tie, span) else WRONG, "kind")
    if _goal_for_forecast(c, tie, before) or _goal_of_a_roster_outlay(src, c, tie, span):
        return _Finding(UNSURE, "kind")
    if _size_class_claimed_exactly(src, c, q):
        return _Finding(WRONG, "kind")  # (500万元以上工业项目完成投资36.8亿元: 500万元 is a size class, no amount)
    if c.kind == "actual" and not tie.kind and _result_doubted(src, tie, span):
        return _Finding(UNSURE, "kind")
    if c.kind in ("target", "forecast") and tie.kind != c.kind and _a_gap_to_a_goal(src, span, tie):
        # (a gap to a goal is a result, unless its sentence foresees it: 预计完成223.1亿元，…低于计划目标3.5个百分点)
        return _Finding(WRONG, "kind")
    if c.kind in ("target", "forecast") and c.unit == PERCENT and tie.kind != c.kind \
            and SHARE_OF_A_GOAL.search(src.text, max(0, span[0] - _SHARE_REACH), span[0]):
        # (完成年度目标任务110亿元的78.5%: the share of a goal reached, a result, unless foreseen: 预计…占任务数的67.6%)
        return _Finding(WRONG, "kind")
    if c.kind in ("actual", "forecast") and (c.unit not in (PERCENT, POINTS) and _goal_noted(before)
                                             or _GOAL_NOTED.search(before)):
        # (完成年任务75亿元的23.7%, 年度计划投资285亿元: the goal's own amount, neither done nor foreseen; 完成年度
        # 目标90.8% is the share reached)
        return _Finding(WRONG, "kind")
    return _Finding(UNSURE, "kind") if _kind_unsaid(src, c, (span, before), tie) else _FINE


_EXPECTED = re.compile(r"预期(?!目标)")  # (what a plan expects: its goal, or its forecast)


def _task_done(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value follows a task said done in its clause (完成烟叶生产任务603万公斤, 超额完成年度任务2.1亿元,
    达年任务 57%): the amount done or the share reached, which may or may not be the task's own size; not a task's
    amount with the share of it after (完成年任务75亿元的23.7%: the yardstick), nor a quota handed down (市下达任务)."""
    text = src.text
    if _TASK_DONE.search(text, max(0, span[0] - _TASK_DONE_REACH), span[0]) is None:
        return False
    return _YARDSTICK_AFTER.match(text, span[1]) is None


_TASK_DONE_REACH = 16
# (完成…任务 or 达…任务 right before the value, in one clause, no quota handed down between: 完成市下达任务100亿的…)
_TASK_DONE = re.compile(r"(?:完成|(?<![下传])达到?)(?:(?!下达|分解)[^，,。；;：:\d（(）)]){0,10}?任务数?(?:为|是)?\s*$")
_YARDSTICK_AFTER = re.compile(r"\s*(?:[）)])?\s*的")


def _fact_of_a_planned_class(src: Source, c: Claim, tie: Tie, span: tuple[int, int]) -> bool:
    """Whether a fact is claimed where a goal is read from the name of the class the value counts (计划竣工项目
    18个: a roster's class, its count a goal or a fact as the page's convention has it; see `_planned_class`)."""
    return c.kind == "actual" and tie.kind == "target" and (_planned_class(src, span) or _roster_outlay(src, span))


def _goal_of_a_roster_outlay(src: Source, c: Claim, tie: Tie, span: tuple[int, int]) -> bool:
    """Whether a goal is claimed for the outlay of a set of projects a plan lists, read as a goal only from the plan the
    set is of (计划实施…项目71个，总投资337.13亿元; see `_roster_outlay`): what the projects together cost, which most
    pages' conventions label a fact of the roster and a few the plan's goal. Left open as the fact claimed is: nothing
    at the value tells which, and a goal trusted where the page means the roster's cost passes a wrong kind. Only where
    its sentence writes that plan (计划实施, 计划新开工) before it: a roster a plan's page dates ahead (一季度，全市集中
    开工产业项目42个，总投资156亿元 in a 工作方案 of February) is a goal of that page's."""
    if c.kind != "target" or tie.kind != "target" or not _roster_outlay(src, span):
        return False
    text, a = src.simplified_text(), src.view_at(span[0])
    return _PLAN_OF_ROSTER.search(text, start_after(text, a, _SENTENCE_STOPS), a) is not None


# (计划实施, 计划新开工: the plan that lists the roster; not a planned outlay named as a noun, 计划总投资316.4亿元，其中
# …)
_PLAN_OF_ROSTER = re.compile(r"计划(?!总?投资|完成)")


def _planned_class(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value is the count of a class of projects named by the stage a plan sets for them (其中计划新开工
    项目35个, 计划竣工项目18个), or that class's outlay in the clause right after its count (…35个，总投资120亿元). A
    roster's class: one page's convention reads its count as the plan's goal, another's as a fact of the roster, and
    nothing at the value tells which. Not where another goal word stands before it in the clause (力争…), which sets a
    goal whatever the class is named."""
    text, a = src.simplified_text(), src.view_at(span[0])
    c0 = start_after(text, a, _CLAUSE_STOPS)
    if _PLANNED_CLASS.fullmatch(text, c0, a) is not None:
        return True
    if c0 == 0 or _CLASS_OUTLAY.fullmatch(text, c0, a) is None:
        return False
    p0 = start_after(text, c0 - 1, _CLAUSE_STOPS)
    return text[c0 - 1] in "，," and _PLANNED_CLASS_COUNTED.fullmatch(text, p0, c0 - 1) is not None


def _roster_outlay(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value is the outlay of a set of projects its clause has just counted (…重点建设项目71个，总投资
    337.13亿元; a part's after 其中 where the whole's 总投资 is a goal), read as a goal only from the plan the set is
    of: what the projects together cost is a fact of the roster that one page's convention labels the plan's goal, and
    nothing at the value tells which. Not where a word that sets a goal other than the roster's 计划 stands in its
    sentence before it (力争新开工项目50个，总投资200亿元: a goal whatever the roster)."""
    text, a = src.simplified_text(), src.view_at(span[0])
    counted = _SET_COUNTED_OUTLAY.search(text, max(0, a - _SET_COUNTED_REACH), a)
    if counted is None:
        return False
    sentence = start_after(text, a, _SENTENCE_STOPS)
    return _GOAL_SET_NOT_PLANNED.search(text, sentence, a) is None


_CLAUSE_STOPS = "，,；;。：:\n"
_SENTENCE_STOPS = FULL_STOP + "\n"
# (项目71个，总投资; 项目复工25个、总投资: a count of projects, then the set's outlay right after it)
_SET_COUNTED_OUTLAY = re.compile(r"项目[^\d，,；;。：:\n]{0,6}?[\d.]+\s*[个项]\s*[，,、]\s*"
                                 r"总投资额?(?:约|达|为|共)?\s*$")
_SET_COUNTED_REACH = 40
# (the words that set a goal of their own; 计划 alone names the roster: 计划实施, 当年计划完成投资)
_GOAL_SET_NOT_PLANNED = re.compile(r"力争|确保|争取|目标|任务|预计|(?<![即])将(?!近|其)|拟|力求|冲刺|"
                                   r"要(?:达到|完成|实现)")
# (其中计划新开工项目, 一季度计划新开工亿元以上产业项目: the class, after no goal word of its own, and its count)
_PLANNED_CLASS = re.compile(r"(?:(?!力争|确保|争取|目标|任务|预计|计划|将|拟)[^\d])*?"
                            r"计划(?:新开工|开工|竣工|投产|建成)的?[^\d]{0,12}?项目数?(?:为|达|共|有)?\s*")
_PLANNED_CLASS_COUNTED = re.compile(_PLANNED_CLASS.pattern + r"[\d.]+\s*[个项]")
_CLASS_OUTLAY = re.compile(r"\s*总投资额?(?:约|达|为|共)?\s*")


def _goal_for_forecast(c: Claim, tie: Tie, before: str) -> bool:
    """Whether a goal is claimed for a forecast, or a forecast for a goal (预计全年增长7.5%左右 is no goal); not a goal
    noted in a forecast's sentence (预计…完成360亿元(下达任务325亿元)), nor what a plan or a budget expects
    (预期增长4%左右: either). Nor a forecast claimed for a goal noted in brackets (预计…增长7.1%左右（年度增长计划为
    7.5%）: the goal's own amount, which the aside's reading gives its kind, and _kind refuses as foreseen).
    `before`: the words right before the value."""
    return bool(tie.kind) and c.kind in _KINDS and "actual" not in (c.kind, tie.kind) and tie.kind != c.kind \
        and not (c.kind == "target" and _goal_noted(before)) and not _EXPECTED.search(before) \
        and not (c.kind == "forecast" and _GOAL_NOTED.search(before))


def _goal_noted(before: str) -> bool:
    """Whether the words right before a value name a goal it is the amount of (年度计划投资, （下达任务…,
    （年度增长计划为…), not a gap to one."""
    return bool(_YEARS_GOAL.search(before) or _GOAL_NOTED.search(before)) and not GAP_TO_GOAL.search(before)


def _kind_unsaid(src: Source, c: Claim, at: tuple[tuple[int, int], str], tie: Tie) -> bool:
    """Whether a goal or forecast is claimed where no word of one is read at the value, nor a deadline (2022年，…
    完成52.6亿元 claimed as a target may be right only where the page sets goals in ways not read; 计划总投资 names its
    own, a goal noted in brackets, 32家（下达任务27家）, too; an April plan's 4-6月 is still to come). `at`: the value's
    span and the words right before it."""
    span, before = at
    # (a task said done before the value, 完成烟叶生产任务603万公斤, 达年任务 57%, names what was done against it: the
    # task's own size is not said apart from it)
    return not tie.kind and c.kind in ("target", "forecast") \
        and (not _goal_named(tie, c.unit) or c.kind == "target" and _task_done(src, span)) \
        and not (c.kind == "target" and _GOAL_NOTED.search(before)) and not _to_come(src, tie, span)


def _ahead_unsaid(src: Source, tie: Tie, span: tuple[int, int]) -> bool:
    """Whether a value its words give no kind is still to come as its page sets it out: 2024年…产量7.8亿吨 on a page
    of January 2024 (a plan's, not a result); 全力推动500户重点企业实施技术改造 under 将实施…8大工程 (work set out,
    not done); what a meeting or a report decided (会议明确，…)."""
    return src.year_ahead(tie, span) or _action_set_out(src, span) or _decided_ahead(src, span)


def _result_doubted(src: Source, tie: Tie, span: tuple[int, int]) -> bool:
    """Whether a value its words give no kind may still be no result: to come as its page sets it out, or an item of
    a list a forecast before it may reach."""
    return _ahead_unsaid(src, tie, span) or _listed_after_forecast(src, span)


def _listed_after_forecast(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value is an item of a list, in a later ；-part, that a forecast of an amount in its sentence's
    first ；-part opens, the forecast word standing after words that frame the statement, not at its opening (1~9月，
    某开发区预计完成一般预算收入27.1亿元，增长3.3%；全社会固定资产投资136.8亿元，同比增长16.6%; 在库N户企业，7月当月
    预计完成产值…；增加值…万元): the items and their changes name no verb, period or result of their own, so the
    forecast may reach them, as it does where 预计 opens the sentence, or may not; nothing at the value tells, and a
    result trusted there passes a forecast as done. Not where a result is reported before the forecast word in its
    part (1-9月实现GDP115.5亿元，全年预计…: the sentence opens on what was done)."""
    text, a = src.simplified_text(), src.view_at(span[0])
    s0 = start_after(text, a, _SENTENCE_STOPS)
    first_end = end_from(text, s0, "；;" + _SENTENCE_STOPS)
    if first_end >= a or text[first_end:first_end + 1] not in "；;":
        return False  # (the value in its sentence's first ；-part: read by its own clause's words)
    said = _FORECAST_LEAD.search(text, s0, first_end)
    if said is None or BEYOND_FORESEEN.search(text, s0, said.start()) is not None \
            or _RESULT_BEFORE.search(text, s0, said.start()) is not None \
            or _AMOUNT_BEFORE.search(text, s0, said.start()) is not None \
            or not any(ch.isdigit() for ch in text[said.end():first_end]):
        return False
    *between, own = _LIST_CUT.split(text[first_end + 1:a])
    return items_listed(between, own, changes=True)


# (a forecast word that opens what its sentence states; not 预计年产值…的, an attribute, whose amount is no statement)
# (原预计: what was once expected, a past reckoning that the part then sets its result against)
_FORECAST_LEAD = re.compile(r"(?:初步)?(?<!原)(?:预计|预估|估计)(?![^，,；;。\d]{0,10}[\d.]+[^，,；;。\d]{0,6}的)")
_RESULT_BEFORE = re.compile(r"完成|实现|增长|提高|上升|下降|达到?|累计|已|突破")
# (an amount of money, output or growth before the forecast word, 1-9月，全县规上工业总产值352亿元，预计全年…: a
# result reported first, bare; not a count, 在库6户规上工业企业…预计完成…, which frames whose forecast it is)
_AMOUNT_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[%％]|[万亿千百]?元|亿|[万亿]?吨|[万亿]?千瓦)")
_LIST_CUT = re.compile(r"[，,；;]")


def _decided_ahead(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value follows, in its paragraph, the words by which a meeting or a report sets out what is to be
    done (会议明确，2024年…增长7.5%左右; 报告中提出了2021年…指标体系安排，具体为：…。质量结构型指标方面，…): a decision
    reaches the sentences after its own, each of which need not say again that it is a goal. Not past a stretch gone
    by or a result's words between them (…；1-2月，全区…同比增长11.7%，…新引进项目4个: what was done by then), nor
    past a year before the first the decision names, nor in a look back."""
    text, a = src.simplified_text(), src.view_at(span[0])
    # (the last such lead before the value speaks for it)
    lead = next(iter(reversed(list(_DECIDED.finditer(text, text.rfind("\n", 0, a) + 1, a)))), None)
    if lead is None or _GONE_BY.search(text, lead.end(), a) or inside(src.look_backs(), a):
        return False
    if _HELD_TO_PLAN.search(text, max(0, lead.start() - _TITLE_REACH), lead.start()) is not None \
            and _SET_AGAIN.search(text, lead.end(), a) is None:
        return False  # (对照《…意见》提出的目标，全县新增…15家: results measured against the plan's goals)
    years = [int(y) for y in _YEAR_WRITTEN.findall(text, lead.end(), a)]
    return not years or min(years) == years[0]


# (会议明确, 会上提出, 报告中提出了: what is decided or set out, not 会议指出 or 报告显示, which report; and what a plan
# named by its title sets out, 《…专项规划》提出, 《…三年行动计划(2023-2025年)》，其中提到, 根据《规划》提出的目标: the
# title's closing bracket, its years in brackets before it, stand between the plan and its verb)
_DECIDED = re.compile(r"(?:(?:会议|会上|大会|全会|报告中?|方案中?|规划中?|意见中?)(?:还|进一步|再次|同时)?(?:明确|提出)"
                      r"|(?:规划|计划|方案|意见|纲要)(?:[（(][^（）()《》]{0,16}[）)])?》(?:中|里)?[，,]?(?:其中)?"
                      r"(?:还|进一步|再次|同时)?(?:明确|提出|提到))了?")
# (a stretch gone by, a comparison with one, or what is already: the value after it is a result)
# (and a plan's goals said to be met, 《…》提出的各项目标任务全面完成。, the deed after its object, not a goal's
# 确保全面完成全年任务; years gone by, 近年来 / 五年来, not 全年来看)
_GONE_BY = re.compile(r"同比|环比|比上年|较上年|比去年|较去年|上年|去年|同期|已|截至|截止|以来|累计|目前|年初至今|"
                      r"前[一二三四五六七八九十\d]+个?月|\d{1,2}\s*[-—－至~到]\s*\d{1,2}月|上半年|前三季度|"
                      r"(?:全面|圆满|超额|提前|顺利)完成(?=[。，,；;！!])|(?:近|多|这些|这几|今|[一二三四五六七八九十两\d]+)年来")
# A plan's title the results are held to (对照《…实施意见》提出的目标, 对标《规划》): what it set out is the yardstick
_HELD_TO_PLAN = re.compile(r"(?:对照|对标|比照)《[^《》]*$")
_TITLE_REACH = 64
# A goal set again after the plan's words (对照《规划》提出的目标，全县明确今年新增…): what follows is still a goal
_SET_AGAIN = re.compile(r"明确|提出|力争|确保|计划|将(?!近)|(?<![主需重])要")


def _action_set_out(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value is the object of an action verb (推动500户, 重点发展2个以上) in a clause that reports nothing
    done, in a paragraph that sets out work to come (将实施十大工程; ——task lines)."""
    text, a = src.simplified_text(), src.view_at(span[0])  # (read in simplified characters: 重點發展)
    if _ACTION_BEFORE.search(text, max(0, a - _ACTION_REACH), a) is None:
        return False
    if inside(src.look_backs(), a):
        return False  # (a report's look-back, its ——lines too, reports what was done: 定制农业面积发展到55万亩)
    c0 = start_after(text, a, "，,；;。\n")
    if _DONE_IN_CLAUSE.search(text, c0, a):
        return False
    p0 = text.rfind("\n", 0, max(0, text.rfind("\n", 0, a)))  # (its paragraph and the line before)
    return _WORK_TO_COME.search(text, max(p0 + 1, a - _MEASURE_REACH), a) is not None


_ACTION_REACH = 20  # (an example list before 等 included)
# (not 建设, 新建, 实施: a project's own scale, 建设年产15亿安时生产线, whatever its stage)
_ACTION_BEFORE = re.compile(r"(?:推动|发展|培育|打造|引进|争创|选定|策划包装|策划|谋划|推进|扶持|支持|抓好)"
                            r"(?:[^\d，,；;。]{0,2})$"
                            # (抓好甲厂等200个以上…项目, 实施乙项目等482个…项目: the projects named by example)
                            r"|(?:推动|推进|抓好|实施|建设)[^，,；;。]{2,16}等$")
_DONE_IN_CLAUSE = re.compile(r"已|完成|实现|累计|达到|共有|新增|截至|截止|以来|去年|上年|同比")
# (and the work a report says it will do: 重点做好以下七个方面工作：…全年策划包装100个项目)
_WORK_TO_COME = re.compile(r"(?<![已即])将(?![近来])|——|(?:工作要点|实施方案|行动方案|重点任务|主要任务)|"
                           r"(?:重点|着力|全力)(?:做好|抓好)以下|以下几个方面|力争|确保")


def _goal_named(tie: Tie, unit: str) -> bool:
    """Whether a value's words name a goal (计划总投资, 年度目标; 完成年任务75亿元的…: the goal's own amount), not
    progress against one where the value is a percent (计划完成(%), 完成率) nor in a note in brackets."""
    shown = _CLASS_PLANNED.sub("", _NOTE.sub("", tie.shown))
    return _GOAL_NAMED.search(PROGRESS.sub("", shown) if unit == PERCENT else shown) is not None


# (计划总投资10亿元以上项目达114个: a class of projects counted by their planned outlay names no goal of the count)
_CLASS_PLANNED = re.compile(r"计划(?:总)?投资(?:额|总额)?(?:在)?[\d.]*(?:千万|百万|万|亿)?元(?:及)?以上")


def _to_come(src: Source, tie: Tie, span: tuple[int, int]) -> bool:
    """Whether a value's period may still be to come as the page writes it: one that ends after the page's date,
    on a page that sets out work (a plan's title, a year's goals), unless the value is compared with a period gone
    by (同比增长1.6%, 环比下降0.9%: a result observed); or a year after the page's."""
    return (_still_to_come(src, tie.written or (tie.period if tie.stated else None))
            and _OBSERVED.search(tie.shown) is None and not _reports_results(src) and not _held(src, span)
            and _sets_out_work(src)) \
        or src.year_ahead(tie, span)


def _sets_out_work(src: Source) -> bool:
    """Whether the page says it sets out work to come (…工作方案, 三年行动计划 as its title; a year's goals or plan
    named): the page's date alone is no evidence that months it names are still to come. A bulletin of 1-11月
    dated the February after, its title at its foot, writes no year for its months; a report of what a quarter's
    first weeks did (一季度已签约…, 一季度…37个项目集中开工建设) is dated within the quarter."""
    return src.year_set_out() is not None or plan_titled(src.simplified_text())


def _held(src: Source, span: tuple[int, int]) -> bool:
    """Whether the value's sentence says, before it, that an event was held or what one did (当日下午，…活动同步举行，
    开工项目36个; 此次集中开工项目64个，…，其中工业项目41个): what it did is done, not to come."""
    found = src.tie_of.sentence(span)
    if found is None:
        return False
    if _HELD.search(simplified(found[0][:found[1]])) is not None:
        return True
    # (此次集中开工项目64个，总投资220.98亿元。其中，…重大工业项目25个，总投资87.5亿元: a sentence of parts breaks
    # down the one before, and what that one says was done its parts did)
    # (the sentence's start, in the reading's offsets as the sentence's are: a page with ruby has fewer characters)
    start = src.view_at(span[0]) - found[1]
    if not _PARTS_OPENING.match(simplified(found[0])):
        return False
    before = src.simplified_text()[:start].rstrip("。！!？?\n \t\u3000")
    cut = max(before.rfind(ch) for ch in "。！!？?\n") + 1
    return _HELD.search(before[cut:]) is not None


_PARTS_OPENING = re.compile(r"\s*其中[，,：:]")


# Words that point at an event held (此次集中开工项目12个, 现场签约项目28个, 当天开工的项目)
_EVENT_HELD = f"{EVENT_POINTERS}|当日|当天|现场"
_HELD = re.compile(rf"(?<![将要拟])(?<!还将)(?<!即将)(?:举行|举办|召开)(?!前)|{_EVENT_HELD}")


def _reports_results(src: Source) -> bool:
    """Whether the page's top says it reports how a stretch went (2021年1-10月嘉定区经济运行情况简析, …完成情况,
    统计公报): the stretches it gives values of are over, whatever its own date says."""
    return _RESULTS_REPORTED.search(src.simplified_text(), 0, _TOP) is not None


_TOP = 300
_RESULTS_REPORTED = re.compile(r"运行情况|运行简析|运行分析|完成情况|统计公报|数据解读|经济形势分析|执行情况")


# (and what an event held did: _EVENT_HELD)
_OBSERVED = re.compile(rf"同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|实现|完成|累计|{_EVENT_HELD}")


def _still_to_come(src: Source, p: Period | None) -> bool:
    """Whether a period ends after the page's date in its year (4-6月 on a page of 2024-04-08)."""
    dated = src.published()
    if p is None or p.months is None or dated is None:
        return False
    same_year = p.year is None or not p.year.isdigit() or int(p.year) == dated[0]
    return same_year and p.year not in _PAST_YEARS and p.months[1] >= dated[1] and p.months != (1, 12) \
        and not _day_gone(src, p, dated[1])


def _day_gone(src: Source, p: Period, month: int) -> bool:
    """Whether a period of days in the page's own month ends by the page's day (9月16日 on a page of 9月17日: the
    signing held the day before is done)."""
    day = src.published_day()
    # (on the page's own day too: 11月16日上午…举行, on a page of that day, is done)
    return p.day is not None and not p.lunar and p.months == (month, month) and day is not None and p.day[1] <= day


_GOAL_NAMED = re.compile(r"计划|目标|任务")
_NOTE = re.compile(r"[（(][^（）()]*[）)…]")  # (a note in brackets after a value, (市目标增幅3%), names no goal of it)


# (a period's relative year is read as 去年 however written, 上年 and 过去一年 too: periods._SAME_YEAR)
_PAST_YEARS = frozenset(year for year, shift in _RELATIVE_YEARS.items() if shift < 0)


# (and a name after 的, 投资10亿元以上的晶科光伏组件项目; and investment classed by its projects' size,
# 500万元以上工业投资)
_CLASS_NOUN_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程|工业企业)"
                               r"|的[^，,；;。\d]{2,14}?(?:项目|企业|工程)|(?:工业|固定资产|项目|技改)?投资")


def _size_class_claimed_exactly(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether a money bound written before the noun it classes (500万元以上工业项目) is claimed as an exact amount
    of another kind than a threshold."""
    return c.kind != "threshold" and c.qualifier in ("=", ">=", ">") and _class_bound(q) \
        and _CLASS_NOUN_AFTER.match(src.text, q.end) is not None


def _class_bound(q: Quantity) -> bool:
    """Whether `q` is a size class's bound (亿元以上, 5亿元至10亿元, 超50亿元项目), no part's value."""
    return (q.qualifier in _BOUNDS or q.value_high is not None) and q.unit_class == "money"


_MEASURE_REACH = 300  # (how far before a value a kind of amount may be said for it, past its paragraph's start)


def _other_kind(claimed: str, kind: str) -> bool:
    """Whether a value's kind is another than the claimed one across a result and a goal or forecast (the
    2025 goal 45%以上 is no rival of a claim on 2024's 43.9%, nor a result of a claimed goal)."""
    return bool(kind) and claimed in _KINDS and "actual" in (claimed, kind) and claimed != kind
