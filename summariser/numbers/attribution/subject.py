"""Whose a value is: the clause subjects it is read under (_Subject, _Subjects), remarks, pools, stages and
parts, the entity a clause carries, the project built.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from ...core.chars import SENTENCE_END
from ..spans import span_start, start_after
from ..tables import CellWords
from .layout import _NOUN_AFTER, _unit_class
from .measure import _GAP_SINCE, _NAMES_A_MEASURE, _RATE_CHANGED_ALONE, _counted_class, _Last, _of_last
from .text import _pairs, last_match
from .words import (
    _GRADE,
    _HEAD_KIND,
    _HEADS,
    _MEASURE_VERBS,
    _SHARE_WORDS,
    _SUM_WORDS,
    GOAL_SETTER,
    SUM_WORDS,
    _names_one,
    _relative,
    has_subject,
    indicator_words,
    level,
    measured,
    measured_part,
    size_band,
)

# An amount of deals made, named by the deal (签约金额, 签约额, 合同投资额, 协议投资, 协议外资总投资额, 合同外资): what
# was signed, contracted or agreed, a fact of the deals whatever plan the projects are of; not a class of projects
# (签约项目总投资 names the signed projects' outlay, which a plan may set).
# The total outlay of projects, what they cost in all (总投资, 计划总投资), apart from the outlay planned for a year.
_TOTAL_OUTLAY = "总投资"


_STAGE_REACHED = re.compile(r"(?:其中)?已(?:有|(?:开工|竣工|投产|签约|纳统|落地|完工|建成)(?:项目)?)"
                            r"|(?:其中|累计)?已?(?:开复工|复工|开工|竣工|投产|完工|建成)(?:项目)?")


_POINTS_WRITTEN = "百分点"  # (个百分点, or 百分点 alone)


def _heir_s_measure(written: str, before: str) -> str:
    """What a value measures that its subject's words say (`written`), where its own words (`before`) name none:
    the investment done, where they say it was done of a plan (计划投资2844亿元，1至7月已完成2022亿元)."""
    return "完成投资" if _done_of_plan(written, before) else measured(written)


def _done_of_plan(subject: str, own: str) -> bool:
    """Whether a value's own words say something was done (已完成, 累计完成; not 计划完成, 预计完成) of a subject whose
    words name a plan (计划投资2844亿元，1至7月已完成…)."""
    return _HEAD_KIND.get(measured(subject)) == "planned" and _DONE.search(own) is not None \
        and _PLANNED_DONE.search(own) is None


def _from_subject(heir: _Subject | None, before: str, after: str) -> tuple[str, int]:
    """What a value measures and whose it is, from its own words, else from the subject it is read under:
    实际进资87.17亿元，同比增长45.6% is a growth of funds; 全市…增加值完成1347.9亿元，同比增长4.9% the city's."""
    # (…完成投资123.7亿元，占年度计划投资的52.8%: a share of the investment done, not of the plan's)
    head = measured_part(before) or measured(after, last=False) \
        or (_heir_s_measure(heir.written, before) if heir else "")
    place = level(before) if level(before) >= 0 or heir is None else level(heir.written)
    return head, place


def _place_spoken(place: int, own: tuple[int, int], spoken: int, naming: tuple[bool, object]) -> tuple[int, int]:
    """Whose a value is, where the sentence named a whole place since its subject (全省地区生产总值增长5.7%，我市
    完成1843.5亿元，同比增长5.1%: the city's 5.1%): its own words' place (`own`: as written, and as whose, not a
    share's base: 占全省的9.1%), else the one a value's own words named last (`spoken`), else the subject's
    (`place`); and the place named last after it. `naming`: whether the value names a subject, and the subject it
    is heir to (none: the value names a fresh one)."""
    written, owner = own
    fresh = naming[0] and naming[1] is None
    if written >= 0:
        return written, owner if owner >= 0 else spoken
    if fresh:
        return place, -1
    return (spoken if spoken >= 0 else place), spoken


class _Subject(NamedTuple):
    """A clause subject the values after it in its sentence are read under: its words and their shown
    form, the same of the words before its value alone, and its value's kind."""

    words: str
    shown: str
    own: str
    written: str
    kind: str
    counted: bool = False  # (its value a count of what its words name: 工业项目25个)

    @staticmethod
    def leads(own: str, named: str) -> bool:
        """Whether a value's words after it name it while none before it do (推动400个重点项目、150个技改项目):
        only the verb before the list, not the first item's name, is shared."""
        return has_subject(named) and not own

    def read(self, own: str, named: str, words: str, shown: str) -> tuple[str, str]:
        """A value's words and shown form read under this subject (同比增长34% after 工业投资390亿元)."""
        if self.leads(own, named):
            return self.own + words, self.written + "…" + shown
        if _SHARE_WORDS.search(own):  # 占GDP比重为32.1%，对经济增长的贡献率达41.5%: the subject's, not its share's
            # (…增加值增长14.9%，占规上工业比重为34.1%: the share is of the 增加值, not of its growth)
            return _GROWN_TAIL.sub("", _SHARE_PHRASE.sub("", self.words)) + words, self.shown + "…" + shown
        if _done_of_plan(self.words, shown):
            # (计划投资2844亿元，1至7月已完成2022亿元: what was done of the plan is investment, not a plan)
            return _PLAN_WORD.sub("", self.words) + words, self.shown + "…" + shown
        return self.words + words, self.shown + "…" + shown


def _whole_subject(whole: _Last | None) -> _Subject | None:
    """The value a 其中 sentence breaks down, as the subject its parts are of (None where there is none)."""
    return None if whole is None or not whole.words else _Subject(whole.words, whole.shown, whole.words, whole.shown,
                                                                  "", True)


# A count of the things whose measure changed so, its 的 words closing before it: 产值增长的有109户, 营业收入下降的57家.
_QUALIFIED_COUNT = re.compile(r"(?:增长|下降|增加|减少|持平|为正|为负|提高|上升|回落|扭亏|亏损)的有?$")
_GROWN_TAIL = re.compile(r"(?:同比|比上年)?(?:增长|下降|增速|增幅)$")
# A clause that says what was done (已完成, 累计完成, 实际到位) of a subject that was planned: not 计划完成 or 预计完成.
_DONE = re.compile(r"已完成|累计完成|完成|实现|实际到位|已到位")
_PLANNED_DONE = re.compile(r"(?:计划|预计|力争|确保|目标|拟|将|要|预算)[^，,；;。]{0,4}(?:完成|实现|到位)")
_PLAN_WORD = re.compile(r"(?:年度)?计划")


class _Subjects:
    """The clause subjects of a ；-part as its values are read: the last one, which a clause that names none
    inherits, and the first, which the next ；-part's clause that names only what is measured takes its entity
    from (not the last: …实现营业收入632.7亿元，…，其中焦化行业营业收入398.6亿元；实现利润总额21.3亿元 is the
    firms'); each with the pairs of the whole its value is a part of."""

    def __init__(self, carried: _Subject | None, carried_under: frozenset[str]) -> None:
        # (the full sentence's ；-part before's lead, for the entity alone, and the whole it is a part of)
        self.carried, self.carried_under = carried, carried_under
        self.subject: _Subject | None = None
        self.under: frozenset[str] = frozenset()
        self.lead: tuple[_Subject | None, frozenset[str]] = (carried, carried_under)
        self._led = False
        # (an amount read with what the count before it counts, 总投资1500亿元 after 重大项目120个: the words it names
        # for the clauses after it are its own; 比上年增加30个 is the projects', not 总投资's)
        self._own_named: tuple[str, str] | None = None
        self._counted: _Subject | None = None  # (the last subject a count named: 该批项目 after 在库项目127个)
        self._chained = False  # (whether the subject is an amount of the things self._counted counts)
        self._frame: _Subject | None = None  # (the subject where the ；-part's 其中 clause opened: its parts' whole)
        self._opened = False  # (whether a 其中 clause opened in the ；-part)

    @classmethod
    def going_on(cls, lead: _Subject | None, under: frozenset[str]) -> _Subjects:
        """The subjects of a sentence that goes on with the lead of the one before (see Reading._chained_lead): a
        count's things are what its amounts are of, as in the count's own sentence (…共30项。总投资519.86亿元，当年
        计划投资63.27亿元: the plan is the 30 projects' too)."""
        subjects = cls(lead, under)
        if lead is not None and lead.counted:
            subjects._counted = lead
        return subjects

    def named(self, subject: _Subject, under: frozenset[str], stage: bool = False) -> None:
        """A clause that names its subject: the one later clauses inherit, and the part's lead if first. A stage
        alone (`stage`: 已开工20项) after a count of things names none: 服务业项目24项，已开工20项，完成投资18.32亿元
        is the 24 projects' investment."""
        if stage and self.subject is not None and self.subject.counted:
            return
        # (a subject that is an amount of what the count before counts keeps the count's things for the clauses
        # after it: 县级重点项目28个，项目总投资1.9亿元，年度计划投资1.1亿元 is the 28 projects' plan too)
        self._chained = self._own_named is not None
        if self._own_named is not None:
            subject, self._own_named = subject._replace(words=self._own_named[0], shown=self._own_named[1]), None
        self.subject, self.under = subject, under
        if subject.counted:
            self._counted = subject
        lead = self.lead[0]
        # (a count named after a class bound in its own name, 新签约亿元以上项目216个；总投资…: the count's things lead
        # the part, not the words the bound 亿元以上 was read with, which its name goes on from)
        if not self._led or (subject.counted and lead is not None and not lead.counted and lead.own
                             and subject.own.startswith(lead.own)):
            self.lead, self._led = (subject, under), True

    def parts_open(self, whole: _Last | None) -> None:
        """A 其中 clause opens: the subject in force, or the ；-part before's lead, or else the value its sentence
        breaks down (`whole`: 全县规上工业企业152家。其中，…), is the whole its parts are of."""
        self._opened = True
        self._frame = self.subject or self.carried or _whole_subject(whole)

    def read(self, heir: _Subject | None, names: bool, value: tuple[str, str, str, str],
             part_of: frozenset[str]) -> tuple[str, str, frozenset[str]]:
        """A value's words, shown form and whole, read under the subject it inherits (`heir`), or with the
        entity of the one before where its clause names only what is measured (`value`: its own words, those
        after it, both, and their shown form)."""
        framed = self._framed(value, part_of)
        if framed is not None:
            return framed
        own, named, words, shown = value
        if heir is not None:
            return self._read_under(heir, names, value, part_of)
        before, counted = self.subject or self.carried, self._counted
        pointer = _ANAPHOR.match(own) if names and counted is not None else None
        if pointer is not None and counted is not None:
            return _anaphor_resolved(counted, (own, pointer.end()), words, shown) + (part_of,)
        if before is not None and own.startswith("占") and not self.subject:
            # (…增长18.9%；占全市制造业销售收入的64.6%: a ；-part opening on a share is of the part before's subject)
            return _GROWN_TAIL.sub("", _SHARE_PHRASE.sub("", before.words)) + words, before.shown + "…" + shown, \
                part_of
        if not names or before is None:
            return words, shown, part_of
        if self._chained and counted is not None:
            before = counted
        read = _entity_carried(before, own, words, shown)
        self._own_named = (words, shown) if before.counted and read[0] != words else None
        if self.subject is None and read[0] != words and not part_of and self.carried_under:
            # (…其中，市属…营业收入2105.2亿元…；利润总额96.3亿元: a part too, of the whole's 利润总额)
            part_of = _whole_with(self.carried_under, own, "".join(g[1] for g in self.carried_under))
        return read[0], read[1], part_of

    def _framed(self, value: tuple[str, str, str, str],
                part_of: frozenset[str]) -> tuple[str, str, frozenset[str]] | None:
        """A count its 的 words qualify, after a 其中 (其中亿元以上企业58户，产值增长的有109户), read with the whole's
        things: the 109 are among all 186, not the sibling's 58; with its own words alone where no whole's subject is
        read. None for any other value, and where those words say only how it changed (产值同比增长的有70家，同比下降
        的有54家: the measure is the sibling's)."""
        own, _, words, shown = value
        if not (part_of or self._opened) or not _QUALIFIED_COUNT.search(shown) or _HOW_IT_CHANGED.fullmatch(own):
            return None
        return (_entity_carried(self._frame, own, words, shown) if self._frame else (words, shown)) + (part_of,)

    def _read_under(self, heir: _Subject, names: bool, value: tuple[str, str, str, str],
                    part_of: frozenset[str]) -> tuple[str, str, frozenset[str]]:
        """A value's words, shown form and whole, read under the subject it inherits (see read)."""
        own, named, words, shown = value
        if self.subject is None and not names:
            # (1-9月累计完成29.8亿元，为全年预算的71.4%，同比增长7.3%: a subject the first value takes from the
            # sentence before is the later values' too)
            self.named(heir, part_of)
        read = heir.read(own, named, words, shown)
        if part_of or not self.under:
            return read[0], read[1], part_of
        # (…利润总额96.3亿元，增长5.6%: of the part, as its subject is, and 增长 no word of the part's own)
        return read[0], read[1], _whole_with(self.under, own, heir.words[-1:] if heir.words else "")


def _remarked(plain: str, clause_ends: Sequence[int], at: tuple[int, int], own: str) -> str:
    """A value's own words with the subject of the remark clause right before its clause (`at`: the clause's start
    and where the value before ends), where they name only what is measured (增加值同比增长 after 采矿业增速最快:
    采矿业增加值增长) and no value stands between, else as they are."""
    c0, last_end = at
    p0 = _comma_clause_before(plain, clause_ends, c0)
    if p0 < 0 or last_end >= c0:
        return own
    if _REMARK_ASIDE.fullmatch(plain[p0:c0 - 1].strip()) or _TREND_ASIDE.fullmatch(plain[p0:c0 - 1].strip()) \
            or _WORK_ASIDE.fullmatch(plain[p0:c0 - 1].strip()):
        # (其中，食品工业继续保持良好增长势头，对全市工业增长拉动作用比较突出，共实现工业增加值17.3亿元: the remark
        # before an aside on how its subject fares)
        before = _comma_clause_before(plain, clause_ends, p0)
        p0, c0 = (before, p0) if before > last_end else (p0, c0)
    # (产值合计增长: 产值; 完成投资: 投资; 增加值占全市的: 增加值, a share of it)
    measured_alone = _SUM_WORDS.sub("", _HOW_IT_CHANGED.sub("", _SHARE_OF_OWN.sub("", own)))
    measured_alone = _INDUSTRY_LEAD.sub("", measured_alone)  # (工业增加值 after 食品工业…: the branch's 增加值)
    if not (_HEADS.fullmatch(measured_alone) or _NAMES_A_MEASURE.fullmatch(measured_alone)
            or _COUNTED_ALONE.fullmatch(measured_alone) or _BARE_VERB.fullmatch(measured_alone)):
        return own
    remark = _REMARK.fullmatch(plain, p0, c0 - 1)
    subject = indicator_words(remark.group(1) or remark.group(2) or remark.group(3) or remark.group(4)
                              or remark.group(5)) \
        if remark else ""
    if not has_subject(subject):
        subject = _branch_subject(plain, (p0, c0), last_end, measured_alone)
    return subject + own if has_subject(subject) else own


def _branch_subject(plain: str, clause: tuple[int, int], last_end: int, measured_alone: str) -> str:
    """The branch a clause before a value names with its measure alone (专用设备制造业增加值，同比增长14.8%), or that
    opens the value's sentence with what it did (石料开采业恢复需求，实现增加值0.1亿元: its first value naming no
    one's); "" where neither."""
    p0, c0 = clause
    named = _BRANCH_MEASURED.fullmatch(plain, p0, c0 - 1)
    if named is not None:
        return "" if measured_alone else indicator_words(named.group(1) + named.group(2))
    s0 = start_after(plain, c0, "。！!？?\n；;")
    opening = _BRANCH_OPENING.match(plain, s0) if last_end < s0 else None
    if opening is not None and s0 < c0 and not _HAS_DIGIT.search(plain, s0, c0):
        return indicator_words(opening.group(1))
    return ""


# (专用设备制造业增加值: a branch and its measure, the clause after it saying how it changed)
_BRANCH_MEASURED = re.compile(r"\s*(?:其中)?[，,：:]?\s*([^，,；;。：:\d]{2,14}?(?:业|产业|行业))"
                              r"(增加值|总产值|产值|营业收入|主营业务收入|销售收入|销售|利润总额|利润|税收|用电量|投资)")
# (船舶修造业“马力全开”，…; 石料开采业恢复需求，…: a sentence opening on a branch's name, what it did after it)
_BRANCH_OPENING = re.compile(r"[ \t\u3000]*(?:其中[，,]?)?([^，,；;。：:\d“”\"（(]{2,12}?"
                             r"(?:制造业|加工业|开采业|修造业|产业|行业|工业))(?![园区链基集群项企])(?=[^，,；;。\d]{1,12}[，,])")
_HAS_DIGIT = re.compile(r"\d")


# Own words that name only what is measured after a remark: a share of it (增加值占全市的), a bare verb or none
# (现代服务业占比最高，达到48.9%: the remark says what is measured too), or only a stage of what is counted
# (签约项目, 新开工项目, 新增企业), no one's.
# (增加值占规模以上工业的: 增加值, a share of the whole)
_SHARE_OF_OWN = re.compile(r"占(?:比重?|比例|[^占，,；;。\d]{1,10})?$")
_BARE_VERB = re.compile(r"(?:达到?|为|是)?")
_COUNTED_ALONE = re.compile(r"(?:新?签约|新?开工|竣工|投产|在建|新增|新引进|引进|落地)?(?:项目|企业)")
_HOW_IT_CHANGED = re.compile(r"(?:增长|下降|增速|增幅|降幅|提高|回落|减少)+$")


_INDUSTRY_LEAD = re.compile(r"^(?:规上|规模以上)?工业(?=增加值|总产值|产值)")
# An aside on how a branch's firms work, that names no measure (重点企业抢进度、赶订单、抓生产).
_WORK_ASIDE = re.compile(r"(?:重点|龙头|骨干|各)?企业(?:[抢赶抓争促保稳扩][^，,；;。\d、]{1,4}、?){2,4}")
# An aside on how a subject fares that names no subject of its own (对全市工业增长拉动作用比较突出).
_REMARK_ASIDE = re.compile(r"对[^，,；;。]{2,12}?(?:的)?(?:拉动|带动|支撑|贡献)?作用[^，,；;。]{0,8}")
# (电子信息产业作为我市优势产业，今年依然保持快速增长态势，上半年实现产值…: how it fares, no subject of its own)
_TREND_ASIDE = re.compile(r"(?:今年|上半年|前三季度|全年)?(?:以来)?(?:依然|仍然|继续|持续|始终)?"
                          r"(?:保持|呈现|延续)[^，,；;。\d]{0,8}(?:态势|势头)")


def _names_subject(text: str, b: int, before: str, words: tuple[str, str]) -> bool:
    """Whether a value ending at `b` names its clause's subject: by its own words before it (`words`: those and
    the ones after it), unless they only relate it to a subject (占…, 高于…) or sum what was counted before (合计完成
    产值15.9亿元 after 19户新建企业…), or, at its clause's start, by what it counts right after it (全县共有21户新建
    企业完成入库纳统)."""
    own, named = words
    if not own:
        return _COUNTED_AFTER.match(text, b) is not None and has_subject(named)
    if (_RATE_CHANGED_ALONE.fullmatch(own) or _GAP_SINCE.fullmatch(own)) and text.endswith(_POINTS_WRITTEN, 0, b):
        # (…增长15.5%，同比加快1.9个百分点; 环比前8个月回升0.7个百分点: how the rate before changed, and since when,
        # no subject of its own)
        return False
    return has_subject(_GRADE.sub("", own)) and not _relative(before) and not _SUM_OF_COUNTED.fullmatch(own) \
        and not _goal_amount_inside(text, b, before)


def _pointer_dropped(text: str, b: int, before: str) -> str:
    """The words before a share ending at `b`, with the word that opens them standing for the amount said before it
    left out (总量占全区投资比重为86.7% after 累计完成投资987675万元: that amount's share, as 占全区投资比重为
    is), where its sentence says one amount before it: 总量 is no subject of its own, so the share is read as the
    clause subject's. With two amounts before (营收…，利润…，总量占…) which one it stands for is not said: kept as
    written."""
    lead = _POINTER_SHARE.match(before)
    if lead is None:
        return before
    start = start_after(text, b, SENTENCE_END + "\n")
    return before[lead.end():] if len(_AMOUNT.findall(text[start:b])) == 1 else before


# (总量占全区投资比重为, 总额占全市的: the amount before, pointed at, then its share)
_POINTER_SHARE = re.compile(r"\s*(?:总量|总额)(?=(?:约|均)?占)")
# An amount written in a sentence (987675万元, 1500亿元, 32个): a number and a unit that is no percent, rate or date.
_AMOUNT = re.compile(r"\d(?:[\d.]*)(?:千万|百万|万|亿)?(?:元|美元|吨|千瓦时|个|家|项|户|亩|人|辆|台|件|套)")


def _goal_amount_inside(text: str, b: int, before: str) -> bool:
    """Whether a value ending at `b` is the amount of a goal written inside the yardstick of a share after it (115亿元
    of 为市下115亿元目标的51.74%): the goal of the clause's subject, so no subject of its own, and the share after it
    still the result's before it."""
    return _SETTER_BEFORE.search(before) is not None and _GOAL_NAME_AFTER.match(text, b) is not None


_SETTER_BEFORE = re.compile(rf"为{GOAL_SETTER}$")
_GOAL_NAME_AFTER = re.compile(r"(?:年度|全年)?(?:目标|任务|计划)+数?的")


# A clause that remarks on a subject's growth (采矿业增速最快, 装备制造业增长较快, 高技术制造业表现亮眼): the subject.
_REMARK = re.compile(r"\s*(?:其中)?[，,]?([^，,；;。：:\d]{2,14}?)(?:增速|增长|增幅|降幅|下降|发展|生产|贡献|增势|"
                     r"(?:支撑|拉动|带动)作用)?"
                     r"(?:(?:最为|较为|十分|尤为|持续|保持|运行)?(?:最快|较快|加快|领先|最高|较高|最大|较大|突出|亮眼|强劲|明显|活跃|平稳|稳定|迅猛|迅速)|"
                     # (全市小微工业企业发展势头良好，一季度实现营业收入…; 新能源产业增长势头迅猛，当月完成产值…)
                     r"(?:势头|态势)(?:良好|向好|强劲|迅猛|喜人)|一枝独秀|表现(?:亮眼|抢眼|突出)|"
                     r"作为(?:主力|龙头|主导|引领|骨干|支撑|排头兵|领头羊)[^，,；;。：:\d]{0,6}|"  # (X作为主力，…)
                     # (电子信息产业作为我市优势产业，…: what it is to the place)
                     r"作为(?:我|全|本)[市省县区州][^，,；;。：:\d]{0,6}(?:产业|行业))"
                     # (五大装备制造业延续回暖态势，增长8.2%; 化工产业快速壮大，实现…: a branch's trend, then its value)
                     r"|\s*(?:其中)?[，,]?([^，,；;。：:\d]{2,14}?(?:业|投资))(?:延续|保持|持续|继续|呈现|总体|加快|稳步|快速|迅速|不断|蓬勃)"
                     r"[^，,；;。：:\d]{1,8}"
                     # (第一产业投资在…等项目推动下，同比增长103.2%: what drove it, then its value)
                     r"|\s*(?:其中)?[，,]?([^，,；;。：:\d]{2,14}?(?:业|投资))在[^，,；;。：:\d]{2,24}(?:推动|带动|拉动)下"
                     # (东方因华盛聚碳酸酯(PC)投产等因素影响，规上工业增加值同比增长31.3%: a place and why it fared so)
                     r"|\s*(?:[一二三四]季度|上半年|前三季度|\d{1,2}[-—至~]\d{1,2}月份?)?[，,]?([^，,；;。：:\d因在]{2,6}?)"
                     r"(?:因|在)[^，,；;。：:]{2,30}?(?:影响|带动下|推动下|拉动下)"
                     # (船舶修造业“马力全开”，…实现增加值6.8亿元; 水产加工业平稳发展，实现增加值1.3亿元: a branch and a
                     # word on how it fares, quoted or plain)
                     r"|\s*(?:其中)?[，,]?([^，,；;。：:\d“”\"]{2,14}?业)(?:[“\"][^”\"，,；;。：:\d]{2,8}[”\"]|"
                     r"(?:平稳|稳步|快速|持续|逐步|加快)(?:发展|恢复|回升|增长))")


def _subject_of(text: str, b: int, value: tuple[str, str, str, str], kind: str) -> _Subject:
    """The clause subject a value ending at `b` names for the clauses after it (its words, shown form, own words
    and those as written): where what it is of is written after it (以全市12%的土地，贡献了40%的工业产值), its own
    words alone, without the 以 that makes the value a means (高新区, not 高新区以土地)."""
    words, shown, own, written = value
    counted = text[b - 1:b] in _COUNTS
    if _NOUN_AFTER.match(text, b) is None:
        return _Subject(words, shown, own, written, kind, counted)
    own, written = _MEANS.sub("", own), _MEANS.sub("", written)
    return _Subject(own, written, own, written, kind, counted)


_COUNTS = frozenset("个项家户")

_MEANS = re.compile(r"(?:以|用|凭借|依托)(?:全[国省市区县])?$")


def _staged(subject: _Subject | None, own: str) -> frozenset[str]:
    """The pairs of the things a value's own words give only a stage of (开复工147个 after 重点项目481个 in its
    sentence: the projects'), from the subject before it: what a reader has in mind, never its own words."""
    if subject is None or not _STAGE.fullmatch(_MEASURE_VERBS.sub("", own)):
        return frozenset()
    found = list(_ENTITY_NAMED.finditer(subject.words))
    return _pairs(subject.words[:found[-1].end()]) if found else frozenset()


# A stage a project or a firm is at (开复工, 新开工, 竣工投产, 在建; 新增, 新认定), named with no name of what is at it.
_STAGE = re.compile(r"(?:以来)?(?:新|累计|净)?"  # (以来 of 今年以来新增, its period read apart)
                    r"(?:开复工|开工|复工|竣工|投产|建成|在建|签约|落地|续建|完工|达产|投用|入库|开工建设|"
                    r"增|认定|培育|引进|注册|登记)+")
_ENTITY_NAMED = re.compile(r"企业|项目|工程")


def _whole_with(under: frozenset[str], own: str, ends: str) -> frozenset[str]:
    """The pairs of the whole a part is of, with a clause's own words and the pairs they make with each
    character the words before them may end in (业利 of 国有企业+利润总额): none of them tells the part apart."""
    return under | _pairs(own) | frozenset(e + own[:1] for e in ends if own)


# What a count at its clause's start is of, written right after it (21户新建企业), not a whole it is among (行业中).
# (其中9个项目在一季度集中开工，计划总投资18.4亿元: 项目 alone, then what they did, names the projects too)
_COUNTED_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}?(?:企业|项目|行业|产品|单位)(?![中里内])"
                            r"|(?:项目|企业)(?=在|已|于|均|全部|集中|开工|竣工|投产|签约|"
                            # (21家企业入围…500强榜单, 5个项目列入省重点: the ones a list or an award took in)
                            r"入围|入选|上榜|获评|荣获|列入|纳入)")
# Words that sum what was counted before them and name only what is measured (合计完成产值: 合计产值).
_SUM_OF_COUNTED = re.compile(rf"(?:{SUM_WORDS})(?:{_HEADS.pattern})")
# What an entity's name ends with (国有企业, 规上工业企业, 开发投资集团, 重点项目): the whole a clause's values are of.
def _things_before_stage(subject: _Subject) -> _Subject:
    """A count's subject without the stage its words end on after the things (新建工业项目开工412项: 新建工业项目, the
    things counted), as it is for any other."""
    staged = _STAGE_AFTER_THINGS.search(subject.own) if subject.counted else None
    if staged is None:
        return subject
    words = subject.words[:-len(staged.group())] if subject.words.endswith(staged.group()) else subject.words
    return subject._replace(own=subject.own[:staged.start()], words=words)


_STAGE_AFTER_THINGS = re.compile(r"(?<=项目|企业)(?:已|累计|共)?(?:新开工|开复工|开工|复工|竣工|投产|签约|入库|达)$")
_ENTITY_END = re.compile(r"(?:企业|项目|行业|产业|集团|公司|园区|工业|主体|单位|商户|"
                         r"开发区|高新区|经开区|产业园|工业园|集聚区|基地|集群)$")  # (国家级开发区实现…，税收收入…)


# Words that point back at what a count before counted (该批项目, 这些企业, 上述项目).
_ANAPHOR = re.compile(r"(?:该批|这批|这些|上述|以上|该|其)(?=项目|企业)")


def _anaphor_resolved(counted: _Subject, pointed: tuple[str, int], words: str, shown: str) -> tuple[str, str]:
    """A value's words and shown form with the things a pointer names (该批项目预测上半年将完成投资) read as what the
    count before counted (纳统在库项目127个): those things' name in place of the pointer (`pointed`: the value's own
    words and where its pointer ends in them)."""
    own, end = pointed
    entity = counted.words if _ENTITY_END.search(counted.words) else ""
    at = words.find(own)
    thing = own[end:end + 2]
    if not entity or at < 0 or not entity.endswith(thing):
        return words, shown  # (该企业 after 3个项目: another kind of thing)
    return words[:at] + entity + own[end + 2:] + words[at + len(own):], f"{entity}…{shown}"


def _names_only_a_measure(own: str) -> bool:
    """Whether a value's own words name only what is measured (利润总额, 完成投资, 合计产值; 增加值, whose 增加 is
    no verb here)."""
    bare = _SUM_WORDS.sub("", own)
    core = _MEASURE_VERBS.sub("", bare)
    # (完成投资 read as 投资: a measure's bare word, 完成 taken out as no word of what is measured)
    return bool(_HEADS.fullmatch(core) or _HEADS.fullmatch(bare) or _NAMES_A_MEASURE.fullmatch(core))


def _named_anew(names: bool, subjects: _Subjects, own: str, first: bool) -> bool:
    """Whether a value names its clause's subject (`names`), or, the first of its clause, names only another measure
    of the subject it would inherit (…完成总产值6.76亿元，同比增长126%，增加值2.62亿元，同比增长153.2%: 增加值 leads
    the clauses after it)."""
    return names or (first and _another_measure(subjects.subject or subjects.carried, own))


def _another_measure(heir: _Subject | None, own: str) -> bool:
    """Whether a value's own words name only what is measured, and another measure than the subject it would
    inherit (增加值2.62亿元 after 水电公司完成总产值6.76亿元): a subject of its own, the same entity's, which the
    clauses after it that name none inherit (同比增长153.2%: the 增加值's growth)."""
    if heir is None or not _names_only_a_measure(own):
        return False
    mine, theirs = measured(own), measured(heir.words)
    return bool(mine and theirs) and mine != theirs


def _entity_carried(subject: _Subject, own: str, words: str, shown: str) -> tuple[str, str]:
    """A clause that names only what is measured (利润总额142.7亿元 after 全市国有企业实现营业收入3286.4亿元) is of
    the same entity as its sentence's subject before it: its words and shown form with that entity first."""
    # (工业项目25个，合同引资额338.3亿元: what a count counts, named before it, is the entity its amount is of, a
    # class of them too, 1亿元以上技改项目1935个，投资总规模达9099亿元; not 共涉及7个项目 or …等11个项目)
    subject = _things_before_stage(subject)
    # (规模以上亿元企业数达284家: a count named as the number of its things, 企业数, counts them too)
    counted = subject.counted and _ENTITY_END.search(_COUNT_NAMED.sub("", subject.own)) is not None
    if words.startswith(own) and _THING_FIRST.search(words, len(own)):
        return words, shown  # (分别为总投资10.5亿元的智慧农业装备基地项目: a thing of its own, named after it)
    if not _measure_alone(_of_firms_counted(own, subject, counted), counted):
        thing = _THING_FIRST.match(own) if counted and words.startswith(own) else None
        # (县级重点项目28个，项目总投资1.9亿元: 项目 is the 28 projects, named again)
        if thing is None or not subject.own.endswith(thing.group(0)) or not _measure_alone(own[thing.end():], True):
            return words, shown
        words = words[thing.end():]
    head = measured(subject.words)
    entity = subject.words[:subject.words.rfind(head)] if head else subject.words if counted else ""
    entity += _things_of_count_named(head)
    reached = list(_REACHED.finditer(subject.shown)) if counted else []
    things = indicator_words(subject.shown[reached[-1].end():]) if reached else ""
    if len(things) >= 2 and entity.endswith(things):
        entity = things  # (各县区和高新区达成签约项目30个: the projects, not whose they are)
    # (电子行业实现主营业务收入…、利税41.2亿元: an industry, whose 行业 its words leave out, is an entity too)
    industry = entity + "行业" in subject.shown
    if len(entity) < 2 or not (_ENTITY_END.search(entity) or industry) or _MEASURE_VERBS.sub("", entity) != entity:
        return words, shown  # (该批项目全部投产后形成产值…，税收5亿元: no entity, only what the projects yield)
    # (a class, as written, is the value's class too: 1亿元以上 of 投资总规模达9099亿元 above)
    named = subject.shown if counted and size_band(subject.shown) is not None else entity + "行业" * industry
    return entity + words, f"{named}…{shown}"


def _opens_on_measure(own: str, counted: bool) -> bool:
    """Whether a sentence's words before its first value (`own`) name only what is measured (完成投资, 总投资), or,
    after a count (`counted`), an amount of what it counts, named again or not (项目累计完成投资, 年度计划投资)."""
    thing = _THING_FIRST.match(own) if counted else None
    return bool(own) and (_measure_alone(own, counted)
                          or (thing is not None and _measure_alone(own[thing.end():], True)))


def _of_firms_counted(own: str, subject: _Subject, counted: bool) -> str:
    """A value's own words as read after a count of firms (亿元企业数达284家，实现工业总产值790.99亿元: the firms'
    industrial output, 工业 no subject of its own), else as they are."""
    return _INDUSTRY_LEAD.sub("", own) if counted and _FIRMS_COUNTED.search(subject.own) else own


def _things_of_count_named(head: str) -> str:
    """The things a count named as their number counts (企业 of 规模以上亿元企业数达284家), "" for another measure."""
    return head[:-1] if head.endswith("数") and _ENTITY_END.search(head[:-1]) else ""


def _measure_alone(own: str, counted: bool) -> bool:
    """Whether a value's own words name only what is measured, or, after a count (`counted`), only an amount of
    what it counts."""
    return _names_only_a_measure(own) or (counted and _AMOUNT_OF_COUNTED.fullmatch(own) is not None
                                          and _AMOUNT_WORD.search(own) is not None)


_COUNT_NAMED = re.compile(r"(?<=企业|项目)数$")
_FIRMS_COUNTED = re.compile(r"企业数?$")  # (a count of firms, whose industrial output the clause after may give)
_REACHED = re.compile(r"达成|推进|共有|拥有|共计")  # (what a count's subject did, before the things it counts)
_THING_FIRST = re.compile(r"项目|企业")  # (what a count counts, named again before its amount: 项目总投资)
# Own words that name only an amount of what a count before counts (投资总规模达, 年度计划投资, 占地面积, 年投资进度达).
_AMOUNT_OF_COUNTED = re.compile(r"(?:年度|全年|当年|年|累计|计划|实际|已|完成|总|达|为|实现|占地|建筑|用地|合同|"
                                r"正式|意向|"
                                r"签约|协议|引资|到位|投资|规模|总额|额|进度|资金|产值|营业收入|收入|利润|税收|利税|"
                                r"面积|金额)+")
_AMOUNT_WORD = re.compile(r"投资|规模|总额|进度|资金|产值|收入|利润|税收|利税|面积|金额")


# 186个重点项目中已开工165个, 38个行业大类中有29个…: the whole, before 中, and the part counted among it.
# (38个工业行业大类中27个行业…: the count right after 中 is the part)
_AMONG, _COUNTED = r"(?<![其集之空])中[，,]?", r"(?:已|共有|有|累计|新|(?=\d))"
_POOL_COUNTED = r"[\d一二三四五六七八九十两]+(个|家|项|种|户|类|大类)[^，,；;。\d]{1,12}"
# (…中 at the end of the words before a count only after a count of a class: 38个工业行业大类中, not 初中, 高中)
_AMONG_BEFORE = re.compile(_AMONG + rf"(?:{_COUNTED})|{_POOL_COUNTED}中[，,]?$")
_AMONG_AFTER = re.compile(rf"{_AMONG}(?={_COUNTED})")


def _opens_with_parts(text: str, c0: int) -> bool:
    """Whether the clause at `c0` opens with 其中 (or follows one: 其中，…)."""
    return text.startswith("其中", c0) or text[max(0, c0 - 3):c0].startswith("其中")


def _stage_among(own: str, counted: frozenset[str] | None) -> frozenset[str]:
    """What a count of a stage reached is among: the count before it of its unit class (重点项目共67个，截止8月底，
    已开工54个: the 54 are among the 67); none for any other value."""
    return counted if counted is not None and _STAGE_REACHED.fullmatch(own) else frozenset()


def _scope_at(plain: str, clause_ends: Sequence[int], at: tuple[int, int], last: _Last | None,
              value: tuple[str, str, str, str]) -> tuple[frozenset[str], tuple[float, float | None, str] | None]:
    """The scope and size class of a value (`value`: its unit, own words, words after and shown form; `at`: its
    clause's start and where the value before ends): the name the clause before gives it, else the value
    before's (see _of_last)."""
    c0, last_end = at
    unit, own, named, shown = value
    titled = _name_clause_before(plain, clause_ends, c0, last_end) if not _names_one(own) else ""
    scope, band = (_pairs(indicator_words(titled)), size_band(shown)) if titled \
        else _of_last(last, unit, own, named, shown)
    # (an amount right before a count is its class, 其中50亿元1个; not where the count is written before its noun
    # and its words are those after it, 58个重点项目完成投资41亿元: the amount there is the next value, the outlay)
    return scope, band or (_counted_class(shown, unit) if own or not named else None)


def _comma_clause_before(plain: str, clause_ends: Sequence[int], c0: int) -> int:
    """Where the clause before the clause at `c0` starts, where a comma ends it (its text is plain[that:c0 - 1]);
    -1 where no comma does."""
    return span_start(clause_ends, c0 - 1) if c0 > 0 and plain[c0 - 1] in "，," else -1


def _name_clause_before(plain: str, clause_ends: Sequence[int], c0: int, last_end: int) -> str:
    """The clause right before the clause at `c0` where it holds no value and is only the name of a project, a
    firm or a base (舟曲县大峡沟景区开发建设项目，总投资1.2个亿: what the amount is of), else ""."""
    p0 = _comma_clause_before(plain, clause_ends, c0)
    name = plain[p0:c0 - 1].strip() if p0 >= 0 else ""
    return name if p0 > last_end and _NAME_ONLY.fullmatch(name) else ""


# (not a clause that says something of the things counted before: 全部为新建项目)
_NAME_ONLY = re.compile(r"(?![^，,]*(?:为|是|均|全部|共有|其中))[\u4e00-\u9fff（）()·]{4,40}"
                        r"(?:项目|工程|基地|公司|产业园)")


def _pool_before(plain: str, clause_ends: Sequence[int], c0: int, before: str, counter: str) -> frozenset[str]:
    """The words of a pool the clause before names, where it ends in 中 and this clause opens with its count
    (全区40种主要工业产品中，33种产量实现同比增长: the 33 are among the 40 products), or counts in the pool's own
    counter (`counter`, the value's: 种 of 19种) anywhere in it, else none."""
    p0 = _comma_clause_before(plain, clause_ends, c0)
    if p0 < 0:
        return frozenset()
    prev = plain[p0:c0 - 1]
    among = _AMONG_END.search(prev)
    # (26种主要工业产品中，有19种产品产量同比增长; 60户企业中，产值同比增长27户: wherever the count sits in its
    # clause, a count in the pool's own counter is of the pool)
    if among is None or indicator_words(before) and (counter != among.group(1) or _EXCEPT.match(before)):
        return frozenset()
    return _pairs(indicator_words(prev[:-1]))


_AMONG_END = re.compile(_POOL_COUNTED + "中$")
_EXCEPT = re.compile(r"\s*除")  # (除黑色金属矿采选业下降外，34个行业…: the pool but one, claimed as it is)


def _pool_of(plain: str, clause_ends: Sequence[int], at: tuple[int, int, int], before: str,
             pools: list[tuple[int, frozenset[str]]]) -> frozenset[str]:
    """The words of the pool the value at `at` (its clause's start, its own start and end) is among: the clause
    before's (see _pool_before), else the last one its sentence names before it (see _pools_named)."""
    c0, a, b = at
    return _pool_before(plain, clause_ends, c0, before, plain[b - 1:b]) or _pool_in_force(pools, a)


def _pools_named(plain: str, s0: int, end: int) -> list[tuple[int, frozenset[str]]]:
    """Where each clause of the sentence from `s0` to `end` that names a pool of projects or firms with no value
    (在签约项目中，; 本次集中开工项目中，) ends, and the pool's words: the values after it are among them."""
    return [(m.end(), _pairs(indicator_words(m.group(1)))) for m in _POOL_NAMED.finditer(plain, s0, end)]


def _pool_in_force(pools: list[tuple[int, frozenset[str]]], at: int) -> frozenset[str]:
    """The words of the last pool named before `at` in its sentence (see _pools_named), none before any."""
    found = frozenset[str]()
    for end, words in pools:
        if end > at:
            break
        found = words
    return found


# A clause naming a pool, with no value: 在签约项目中，…; 此次开工的项目中，… (not 其中, nor a count's pool, read
# apart)
_POOL_NAMED = re.compile(r"(?:^|(?<=[，,；;。：:\n]))(?:在|从)?([^，,；;。：:\d\n]{2,16}?(?:项目|企业))"
                         r"(?:当|之)?中[，,]")


def _partitive(before: str, after: str, rest: str) -> tuple[str, str, frozenset[str]]:
    """A value's words before and after it, cut where 中 counts a part among a whole (186个重点项目中已开工
    165个), or where a count of projects or firms written before their noun is followed by the count of those
    of them that reached a stage (26个重点工业项目已开工建设17个, 104个重大建设项目有68个启动建设): the whole's
    words go to the part as what it is counted among, and stop the whole's own. `rest`: its clause after it."""
    cut = _AMONG_AFTER.search(after)
    if cut is not None:
        after = after[:cut.start()]
    elif (staged := _STAGED_AFTER.match(rest)) is not None:
        after = after[:staged.end(1)]
    found = last_match(_AMONG_BEFORE, before)
    if found is None:
        found = last_match(_STAGED_BEFORE, before)
        if found is None:
            return before, after, frozenset()
        return before[found.end(1):], after, _pairs(indicator_words(before[:found.end(1)]))
    return before[found.end():], after, _pairs(indicator_words(before[:found.start()]))


# A count of projects or firms written before their noun, then those of them that reached a stage (有, 已…) and
# their count: 26个重点工业项目已开工建设17个, 104个重大建设项目有68个启动建设.
_STAGED_NOUN = r"([^，,；;。\d]{2,12}?(?:项目|企业))[，,]?(?:有|已)"


_STAGED_AFTER = re.compile(_STAGED_NOUN + r"[^，,；;。\d]{0,8}?\d+(?:个|家|项|户)")
_STAGED_BEFORE = re.compile(r"\d+(?:个|家|项|户)" + _STAGED_NOUN)


def _sums_items(text: str, spans: Sequence[tuple[int, int]], n: int, clause: tuple[int, int],
                classes: list[str]) -> bool:
    """Whether the clause at `clause[0]` (the value before ends at `clause[1]`, right before it) opens with a sum
    word, and the two values before its first, spans[n-2] and spans[n-1], are items of a list (…30个、农业项目12个):
    both of its value's unit class (`classes`), the first right before a 、."""
    c0, last_end = clause
    if len(set(classes)) != 1 or not _SUM_OPENING.match(text, c0):
        return False
    return text.startswith("、", spans[n - 2][1]) and not text[last_end:c0].strip("，, ")


# A clause that opens with a word that sums what was counted before it (，共计87个; ，合计金额354.2亿元).
_SUM_OPENING = re.compile(r"[，,]?\s*(?:共计|合计|总计|总共|共有)")


def _words_after(text: str, after: str, c1: int, own: str) -> str:
    """The words that name a value after it: its clause's words after it, else the project its clause builds."""
    return indicator_words(after) or indicator_words(project_built(text, c1, own))


def _said_of_named(after: str, own: str, named: str) -> bool:
    """Whether an amount invested is said of what is named right after it (总投资66亿元的乙项目; 总投资16.5亿元的甲、
    乙等5个项目), which is its subject, not the project the sentence named before."""
    return _ATTRIBUTE_OF.match(after) is not None and has_subject(named) and _INVESTED_ALONE.fullmatch(own) is not None


def _kin_at(text: str, b: int) -> str:
    """The unit class of a value ending at `b` (a class bound, 10亿元以上, is no whole of a later amount; 3%左右 is a
    percent, as 3% is)."""
    return _unit_class(text[b - 3 if text.startswith("左右", b - 2) else b - 1])


def _kind_under(part: tuple[str, str], under: dict[str, frozenset[str]], under_kind: dict[str, str],
                whole_kind: str) -> str:
    """The kind of the whole a part of unit class `kin` with the words `words` (`part`) is of: the value's after 其中
    (`under`, `under_kind`), else the whole of the sentence before a sentence of parts (`whole_kind`). A part's total
    outlay (其中续建项目28个、总投资71.66亿元) is a part of the whole's total outlay, not of the year's planned outlay
    written after it (总投资133.2亿元、当年计划完成投资32亿元): what the part's projects cost is a goal only where the
    whole's was (计划总投资316.4亿元，其中…总投资247.2亿元), and none where the whole named only the year's outlay."""
    kin, words = part
    if kin not in under:
        return whole_kind
    return under_kind.get(kin + _TOTAL_OUTLAY, "") if _TOTAL_OUTLAY in words else under_kind.get(kin, "")


def _outlay_kind(kin: str, words: str, kind: str) -> dict[str, str]:
    """The kind of a value of unit class `kin` kept as the kind of the sentence's total outlay where its words name
    one (总投资, 计划总投资), for the parts after 其中 that name theirs (`_kind_under`)."""
    return {kin + _TOTAL_OUTLAY: kind} if _TOTAL_OUTLAY in words else {}


def _cell_whole(cell: CellWords | None) -> frozenset[str]:
    """The pairs of the whole a table cell's row is a part of (none outside a table)."""
    return _pairs(indicator_words(cell.whole)) if cell else frozenset()


def _part_and_heir(text: str, c0: int, part_of: frozenset[str], heir: _Subject | None) -> tuple[frozenset[str],
                                                                                               _Subject | None]:
    """The whole a value's clause (starting at `c0`) is a part of, and the subject it inherits: after 其中 the
    value before of its kind (`part_of`: 规上工业企业79家，其中民营企业71家); in a bracketed breakdown (建设项目
    27项（省级6项、…）) the subject, read as the whole, not as its own words."""
    if heir is not None and c0 and text[c0 - 1] in "（(":
        return _pairs(indicator_words(heir.words)), None
    return part_of, heir


# A project a value is of, named right after it: 总投资35亿元的年产5万吨锂电池正极材料项目.
_PROJECT_AFTER = re.compile(r"^的([^，,；;。、]{2,30}?项目)")
_ATTRIBUTE_OF = re.compile(r"^的[^，,；;。\d]{2}")
_INVESTED_ALONE = re.compile(r"(?:计划|协议|签约)?(?:总投资|投资总额|投资额|投资)(?:额)?(?:约|达|为|共)?")


# An amount invested named by the verb alone, and the clause right after it that says what it builds.
_BARE_INVESTING = re.compile(r"(?:计划|拟|总)?投资")
_BUILDS = re.compile(r"[，,](?:用于|主要)?(?:兴建|新建|建设|建成|实施|打造)"
                     r"([^，,；;。]{2,40}(?:项目|工程|基地|产业园|园区))")


def project_built(text: str, clause_end: int, own: str) -> str:
    """For a value named by 投资 alone (`own`), the project the clause after `clause_end` builds, as written
    (投资4亿元，兴建年产30万台…终端机项目: that project's); "" when it builds none."""
    m = _BUILDS.match(text, clause_end) if _BARE_INVESTING.fullmatch(own) else None
    return m.group(1) if m else ""


def _project_named(after: str) -> str:
    """The words of the project named right after a value, which the sentence's later values are of
    (…项目，计划分两期建设，建成后预计年产值可达40亿元); "" when none is."""
    m = _PROJECT_AFTER.match(after)
    return indicator_words(m.group(1)) if m else ""


# A share's own words in a subject's (占GDP比重): a later value that names a share of its own is not that one.
_SHARE_PHRASE = re.compile(r"占[^，,；;。]{0,15}?(?:的)?(?:比重|比例)|比重|占比")
