"""What tells the value's own words from the claim's where both name one thing: a stage or a rank, a
condition, a class by size or by measure, a share's whole or a rate, a comparison's base, a tally (new, running
total), a scope; each a reason the claim is of another value."""

from __future__ import annotations

import os
import re

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ..attribution import (
    CLASS_MEASURED,
    COORDINATED,
    NOT_COUNTING,
    SUM_WORDS,
    SUPPLY_NAMED,
    TAKING_OUT,
    TALLY,
    Tie,
    bigrams,
    grade,
    head_kind,
    indicator_words,
    last_match,
    measured,
    measured_part,
    size_band,
    tally,
    tally_of,
)
from ..claims import Claim
from ..compare import value_match
from ..periods import Period, parse_period
from ..quantities import Quantity
from ..source import Source, Tied
from ..spans import start_after
from ..units import unit_class
from .measure import (
    _ALIASED,
    _BATCH,
    _FLOWS,
    _GAP_COMPARING,
    _MEASURE_ANY,
    _amount_growth_as_count,
    _base_kinds_apart,
    _base_years,
    _count_share_as_amount,
    _earlier_in_its_year,
    _flow_of_another_measure,
    _gap_as_change,
    _head_read,
    _measure_unsaid,
    _one_level_of_both,
    _opposed,
    _part_head_read,
    _whole_for_its_level,
)
from .names import _ABOVE_SCALE
from .period import _compared_since, _value_year
from .subject import _BASE, _investment
from .text import _OPPOSITE, UNSURE, WRONG, _compared_claim, _Finding, _own_shown, _own_words, claimed_text

# 比重: the whole a share is of)


# Kinds of amount that no investment is (an investment's own kinds, 总投资/完成投资/计划投资, may be any of it).
_NOT_INVESTMENT = frozenset({"output", "value added", "revenue", "profit", "tax", "trade", "exports", "imports",
                             "power", "output volume"})


_SENTENCE_STOP = re.compile(f"[{FULL_STOP}]")


def _part_named_after(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim names words of a part that a 其中 clause right after the value names and the value's own words
    do not (…技改投资完成21.4亿元，增长16.2%，其中规上企业技改投资17.8亿元: the part's growth is not written; 规上企业
    claimed for the 16.2% is the part's name, not the value's)."""
    found = src.tie_of.sentence((q.start, q.end))
    if found is None:
        return False
    sentence, at = found
    part = _PART_AFTER.match(sentence, at + len(q.raw))
    if part is None:
        return False
    # (what the part's name adds before the words it shares with the value's: 规上 of 规上企业技改投资 after
    # 工业企业技改投资; a claim naming it names the part; not where the sentence says it before the value)
    own, named = _CHANGED_TAIL.sub("", tie.words), indicator_words(part.group(1))
    shared = len(os.path.commonprefix([own[::-1], named[::-1]]))
    qualifier = named[:len(named) - shared]
    return len(qualifier) >= 2 and qualifier in claimed_text(c.indicator) and qualifier not in sentence[:at]


_CHANGED_TAIL = re.compile(r"(?:同比|比上年)?(?:增长|下降|增速|增幅|降幅|提高|回落)$")
# (the clause after a value, up to the next one, opening on 其中 and naming a part: ，其中规上企业技改投资17.8亿元)
_PART_AFTER = re.compile(r"[^，,；;。\d]{0,12}[，,；;]\s*其中[，,：:]?\s*([^，,；;。\d]{2,16})(?=\d)")


def _breakdowns_apart(written: str, tie: Tie) -> bool:
    """Whether the claim counts over one breakdown (行业: 工业行业增长面) and the value's words, or the count its words
    go on from, over the other (分市县看，全省11个市县…实现增长，增长面61.1%): a share of places that grew is no
    share of industries, nor the other way."""
    said = tie.pairs | tie.scope
    for (one, its), (other, theirs) in ((_BY_INDUSTRY, _BY_PLACE), (_BY_PLACE, _BY_INDUSTRY)):
        if one.search(written) and not other.search(written) and not said & its and said & theirs:
            return True
    return False


def _breakdown(words: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A breakdown's words, to look for in a claim, and their pairs, to look for in a value's words."""
    return re.compile(words), frozenset().union(*(bigrams(x) for x in words.split("|")))


_BY_INDUSTRY = _breakdown("行业")
_BY_PLACE = _breakdown("市县|县市|县区|区县|市州|地市")


# (rates of progress and of structure, each its own measure: 开工率 is no 投资完成率)
# (复工复产率 is either of 复工率 and 复产率, which are two: _rates_apart)
_RATE_NAMED = re.compile(r"复工复产率|开复工率|复工率|复产率|开工率|完成率|投产率|竣工率|落地率|履约率|到位率|"
                         r"入驻率|出租率|利润率|产销率|贡献率|普及率|覆盖率|达产率|转化率|利用率|使用率|上云率|数控化率|开业率|签约率|资金到位率")


# (平均投资18.5亿元 after 总投资1111亿元: an amount per project is no total)
# (and a rate per so many people or households: 每万人拥有5G基站18.4个, 每千人)
_PER_HEAD = re.compile(r"人均|亩均|户均|平均每|平均(?:单个|每个)?(?:项目)?投资|每[十百千万]+(?:人|户|常住人口)")
_BUDGETED = re.compile(r"预算数|(?:年初|调整后?的?)预算|预算安排")  # a budget a result is held to
# The kinds of ratio a percent can be, by the words that name them (the last one written decides).
_SHARE_KINDS = (("contribution", re.compile(r"贡献率")), ("spread", re.compile(r"增长面|下降面|亏损面")),
                ("share", re.compile(r"比重|占比|所占比例")), ("intensity", re.compile(r"强度")))


def _share_kind(words: str) -> str:
    """The kind of ratio `words` name last (贡献率, 比重, 增长面, 强度), "" when they name none."""
    found = [(m.start(), kind) for kind, rx in _SHARE_KINDS for m in rx.finditer(words)]
    return max(found)[1] if found else ""


def _kinds_apart(written: str, tie: Tie) -> bool:
    """Whether the claim names a stage or rank (开工, 省级) that neither the value's own words, nor the subject it is
    read under, nor the whole it is a part of (its pairs: 签约项目30个 of 其中，工业项目20个) name, while they name
    another (竣工; 签约): each names a kind the other lacks."""
    # (and the projects' stage apart from the amount's, where a name of the amount holds one: 总签约额 of the 新签约
    # projects, claimed of the 新开工 ones; and stages apart from ranks: 其中20个县级项目 under 本次集中开工 names a
    # rank of its own, and its stage is still the whole's, 开工, not a claimed 竣工)
    read = (pair for projects_only in (False, True) for pair in _stages_said(written, tie, projects_only))
    return any(bool(claimed - said) and bool(said - claimed) for claimed, said in read) \
        or _goods_traded_apart(written, tie) or _siblings_apart(written, tie) or _bracket_stage_apart(written, tie)


def _bracket_stage_apart(written: str, tie: Tie) -> bool:
    """Whether a count in a bracket after a count of things, at a stage of its own (39宗新开工项目(已开工8宗)), is
    claimed without that stage: the bracket counts those of the things at it, a part, not the things."""
    found = _BRACKET_STAGE.search(simplified(tie.shown))
    return found is not None and found.group(1) not in written


def _siblings_apart(written: str, tie: Tie) -> bool:
    """Whether the claim names one of a set of siblings and the value's own words another, not it (B类 claimed for
    A类企业11家; 规下 for 规上; 在建 for 建成; 省外资金 for 外资): a word a neighbour's words hold,
    which what a reader has in mind there cannot make good."""
    words = simplified(tie.words)
    for siblings in _SIBLINGS:
        claimed = {_SIBLING_FORM.get(x, x) for x in siblings.findall(written)}
        said = {_SIBLING_FORM.get(x, x) for x in siblings.findall(words)}
        if claimed and said and not claimed & said:
            return True
    return False


# Sets of names of which one thing is one (the longest name first where one holds another: 省外资金 is not 外资).
_SIBLINGS = (re.compile(r"[A-DＡ-Ｄ](?=类)|[甲乙丙丁](?=类(?:企业|项目))"),
             re.compile(r"规模以上|规模以下|规上|规下|限额以上|限额以下|限上|限下"),
             re.compile(r"(?<!未)建成|在建"),
             re.compile(r"省外资金|市外资金|境外资金|外资|内资"),
             re.compile(r"城镇(?!化)|城市(?=(?:常住)?居民)|农村|乡村"))
_SIBLING_FORM = {"规模以上": "规上", "规模以下": "规下", "限额以上": "限上", "限额以下": "限下",
                 "Ａ": "A", "Ｂ": "B", "Ｃ": "C", "Ｄ": "D", "城市": "城镇", "乡村": "农村"}


def _goods_traded_apart(written: str, tie: Tie) -> bool:
    """Whether the claim names goods of one trade direction and the value's words the other's (五大进口商品出口额 for
    五大出口商品出口额: the goods exported, not those imported)."""
    claimed = set(_GOODS_TRADED.findall(written))
    said = set(_GOODS_TRADED.findall(simplified(tie.shown))) or set(_GOODS_TRADED.findall(simplified(tie.words)))
    return bool(claimed) and bool(said) and not claimed & said


_GOODS_TRADED = re.compile(r"(?<!进)(进口|出口)(?=商品|产品|货物)")


def _stages_said(written: str, tie: Tie, projects_only: bool) -> list[tuple[set[str], set[str]]]:
    """The ranks and the stages the claim names, each with those said of the value (`projects_only`: not in an
    amount's name)."""
    def said_in(words: str) -> set[str]:
        words = words.replace("开复工", "开工复工")  # (开复工84项(新建33项…): started or restarted, both said)
        words = _BARE_RANK.sub(r"\1级", words)  # (省、市重点项目: the lists of 省级 and 市级 key projects)
        return set(_KIND_WORD.findall(_AMOUNT_OF_A_STAGE.sub("", words) if projects_only else words))

    # (the value's own kind where it names one: 竣工14个 of 开工、竣工项目共25个，其中…; else its subject's, or that
    # of the count it is another measure of: 总投资355.1亿元 after 新签约…项目58个 is of the 签约 projects, whatever
    # the sentence before's whole; read once, for ranks and stages alike)
    sources = (said_in(_own_shown(tie)), said_in(simplified(tie.words)), _stages_in(tie.scope), _stages_in(tie.under))
    written_kinds = said_in(written)
    pairs = []
    for group in (_RANKS, _STAGES):
        said = next((found & group for found in sources if found & group), set())
        claimed = written_kinds & group
        if "开工" in said and "新开工" not in said and "新开工" in claimed:
            # (开工项目总投资 after 累计新开工项目263个: new starts claimed of the projects started; not 开工 claimed
            # for the 新开工 count, which may hold restarts)
            claimed = (claimed - {"新开工"}) | {"开工"}
        pairs.append((claimed, said))
    return pairs


# The rank of government whose list of key projects a name is of, written without 级 right before 重点 or 重大 (省重点
# 项目, 市重大项目, 省、市重点项目分别…): a rank as 省级 is. Not a rank already written with 级 (市级重点项目), nor
# 城市重点….
_BARE_RANK = re.compile(r"(?<!城)([省市县])(?!级)(?=(?:[、和及与]?[省市县]级?)*(?:重点|重大))")
# The same read from a value's pairs (the count a share or an outlay is another measure of: 137个市重点项目完成
# 投资…，年度投资完成率110.8%): a rank's pair with 重.
_BARE_RANK_PAIRS = (("省级", "省重"), ("市级", "市重"), ("县级", "县重"))
# The name of an amount that holds a stage's word (总签约额, 签约金额): what is measured, not the projects' stage.
_AMOUNT_OF_A_STAGE = re.compile(r"总?(?:签约|开工|竣工)(?:总|投资)?金?额|签约资金")


def _stage_of_sentence_apart(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim names a project's stage (开工) that the value's own words leave unsaid, and its sentence
    names only others (本次集中签约重大招商项目70个，正式合同投资额2086.7亿元; 集中开工项目涉及…45个…；…项目6个):
    the sentence's stage is the value's."""
    claimed = set(_STAGE_WORD.findall(claimed_text(c.indicator)))
    if not claimed or set(_STAGE_WORD.findall(simplified(tie.words))):
        return False
    held = _stages_in(tie.scope | tie.under) & _STAGES
    if held:
        # (新签约项目中，先进制造业项目24个 claimed as 履约…: the pool's stage is the value's)
        return not any(a in b or b in a for a in claimed for b in held)
    found = src.tie_of.sentence((q.start, q.end))
    if found is None:
        return False
    sentence = simplified(found[0])
    named = set(_STAGE_WORD.findall(sentence))
    return bool(named) and not any(stage in sentence for stage in claimed)


# The stages of a project (not its rank: 省级), as a sentence names them for its values (not 落地, which also
# says where: 这些项目落地在各县区).
_STAGE_WORD = re.compile(r"新开工|开工|复工|竣工|投产|达产|签约|履约|在建|续建")


def _measured_apart(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim measures what the value does not, as its unit, its sentence's stage, or the measure its
    sentence names last before it say (see the functions called)."""
    written = claimed_text(c.indicator)
    return _amount_growth_as_count(written, tie) or _stage_of_sentence_apart(src, c, q, tie) \
        or _measure_against_unit(written, q) or _measure_before_apart(src, written, q, tie) \
        or _condition_apart(src, written, q) or _share_against_rate(written, tie) \
        or _half_of_pair_apart(src, written, q, tie)


def _half_of_pair_apart(src: Source, written: str, q: Quantity, tie: Tie) -> bool:
    """Whether a value of a pair written after a contracted name of two (城乡居民收入27306元、8929元，分别增长8.8%和
    9.6%: 城镇 then 农村, in turn) is claimed for the other half: the pair's values are its halves' in the order the
    name holds them."""
    if not _PAIR_NAMED.search(simplified(tie.words)):
        return False
    halves = [i for i, half in enumerate(_PAIR_HALVES) if half.search(written)]
    if len(halves) != 1:
        return False  # (城乡 claimed, or both halves: not one half of the pair)
    # (the value's sentence alone, simplified: its ends are the same marks in either script; to the text's end where
    # the excerpt stops inside it)
    text = src.text
    start = max(text.rfind(x, 0, q.start) for x in "。；;\n") + 1
    end = min((i for i in (text.find(x, q.end) for x in "。；;\n") if i >= 0), default=len(text))
    sentence = simplified(text[start:end])
    a, b = q.start - start, q.end - start
    named = sentence.rfind(_PAIR_NAMED.pattern, 0, a)
    unit = _UNIT_TAIL.search(q.raw)
    if named < 0 or unit is None:
        return False
    run = re.compile(rf"\d[\d.]*\s*{re.escape(unit.group())}")
    before = len(run.findall(sentence, named, a))
    after = len(run.findall(sentence, b))
    if before + after + 1 != 2:
        return False  # (a pair's run only: two values of its unit in the sentence after the name)
    return halves[0] != before


_PAIR_NAMED = re.compile(r"城乡")
_PAIR_HALVES = (re.compile(r"城镇|城市"), re.compile(r"农村|乡村"))
_UNIT_TAIL = re.compile(r"[^\d.\s]+$")


def _share_against_rate(written: str, tie: Tie) -> bool:
    """Whether the claim names a share of a whole (占全区比重, 占比) where the value's own words name a rate of the
    subject's own (开复工率达93%), or the other way: a rate is no part of a whole."""
    own = _own_shown(tie)
    claimed_share = _WHOLE_S_SHARE.search(written) is not None and "率" not in written
    own_rate = _OWN_RATE.search(own) is not None and "占" not in own
    claimed_rate = _OWN_RATE.search(written) is not None and "占" not in written
    own_share = _SHARE_OWN.search(own) is not None and "率" not in own
    return (claimed_share and own_rate) or (claimed_rate and own_share)


# (占全区比重, 占全部项目的比例, 占比; 开复工率, 完成率, 产销率: not a growth's 增长率 nor a contribution's 贡献率)
_WHOLE_S_SHARE = re.compile(r"占[^，,；;。\d]{0,20}?(?:比重|比例|份额)|占比")
_SHARE_OWN = re.compile(r"占[^，,；;。\d]{1,20}?(?:比重|比例|份额)?(?:的)?(?:为|是|达到?)?$")
_OWN_RATE = re.compile(r"(?<!增长)(?<!贡献)(?<![增降涨利])率(?:达到?|为|是|约)?$")


def _condition_apart(src: Source, written: str, q: Quantity) -> bool:
    """Whether a count is of the things its clause says did something after it and the claim says they did another
    (实现增长的行业 for 有14个行业增速比一季度回升: those whose growth picked up)."""
    claimed = _conditions_in(written)
    if not claimed:
        return False
    read = src.of_value(_condition_of, q)
    # (or a bound of the growth the claim sets that the count's own does not: 增长50%以上的行业 for 23个行业实现增长)
    bounds = {c for c in claimed if c in _BOUND_TOKENS or c[:1] == "≥"}
    return bool(read - claimed) or (bool(read) and bool(bounds - read))


def _condition_left_out(src: Source, written: str, q: Quantity) -> bool:
    """Whether a count is of the things its clause says did something after it (1088家实现增长) and the claim says
    nothing of it (规上工业企业): those things, or all of them (the claim may paraphrase) — neither is read."""
    return not _conditions_in(written) and bool(src.of_value(_condition_of, q))


def _conditions_in(words: str) -> set[str]:
    found = set(_CONDITION.findall(_NOT_A_CONDITION.sub("", words)))
    # (how much they grew: 增速在30%以上, 增长50%以上, 两位数增长; each bound its own condition)
    found |= {f"≥{float(m.group(1)):g}" for m in _GROWTH_BOUND.finditer(words)}
    return found | {w for w in _BOUND_TOKENS if w in words}


# (a growth bound written in a count's words: 28个行业增速在30%以上; 15个行业增长50%以上; 增速超过10%)
_GROWTH_BOUND = re.compile(r"(?:增速|增幅|增长|涨幅)[^，,。；;\d]{0,3}?(\d+(?:\.\d+)?)\s*[%％](?:及)?以上")
_BOUND_TOKENS = ("两位数", "三位数", "翻番", "成倍")


def _condition_of(src: Source, q: Quantity) -> frozenset[str]:
    """What the things a count counts did, as the words right after it in its clause say (1088家实现增长: 增长):
    read once per value (Source.of_value), for every claim checked against it."""
    if q.unit_class != "count":
        return frozenset()
    text, at = src.simplified_text(), src.view_at(q.end)
    after = _CLAUSE_AFTER.match(text, at, at + _CONDITION_REACH)
    if after is None:
        return frozenset()
    if text[after.end():after.end() + 1].isdigit():
        # (28个行业增速在30%以上: how much those grew, a bound of the condition, no value of a measure of theirs)
        bound = _BOUND_AFTER.match(text, after.end())
        if bound is not None:
            return frozenset(_conditions_in(after.group() + bound.group()))
        # (2935家规上工业企业完成产值同比增长6.4%, 项目58个同比增长15.5%: the growth is another value's, of a
        # measure of those things or of their count)
        return frozenset()
    return frozenset(_conditions_in(after.group()))


_CLAUSE_AFTER = re.compile(r"[^，,。；;：:、（(）)\n\d]*")
_BOUND_AFTER = re.compile(r"\d+(?:\.\d+)?\s*[%％](?:及)?以上(?=[，,。；;、\s]|$)")
_CONDITION_REACH = 16  # (the words right after the count, in its clause: 行业增速比一季度回升)
# What the things counted did, that makes them a part of the whole: grew, fell, picked up, made a loss…
_CONDITION = re.compile(r"增长|下降|回升|回落|亏损|盈利|扭亏|(?<=[速幅])(?:加快|放缓)")  # (not 加快推进)
# (not a measure's name, nor a count's rise from one year to another: 由2016年的20家增长到2019年的38家)
_NOT_A_CONDITION = re.compile(r"增长点|(?:增长|下降)(?=到|至)")


def _measure_before_apart(src: Source, written: str, q: Quantity, tie: Tie) -> bool:
    """Whether a value whose words name no measure (较上半年收窄6.4个百分点) follows, in its sentence, a measure other
    than the one the claim names (…累计工业用电量…虽然同比下降2.17%，但降幅…较上半年…收窄6.4个百分点, claimed as
    产值's): the measure its sentence names last before it is what it is of."""
    head = measured(written)
    if head not in _FLOWS or _MEASURE_ANY.search(SUPPLY_NAMED.sub("", simplified(tie.words))):
        return False
    found = src.tie_of.sentence((q.start, q.end))
    if found is None:
        return False
    words = _CAUSE.sub("", simplified(found[0][:found[1]]))
    before = _MEASURE_ANY.findall(_NO_MEASURE.sub("", SUPPLY_NAMED.sub("", words)))
    return bool(before) and before[-1] not in head and head not in before[-1]


# Names holding a measure's word that measure nothing (外商及港澳台商投资企业, 出口加工区)
_NO_MEASURE = re.compile(r"投资(?:企业|公司|者|主体|机构)|出口加工区")
# What a sentence says moved its values (受重点产品价格上涨、产量增加和新项目投产等因素拉动，…电力行业同比增长18.9%):
# the measures a cause names are not what the values after it measure.
_CAUSE = re.compile(r"(?:受|由于|得益于)[^，,。；;]{1,40}?(?:等(?:多重|多种|多方面)?因素)?"
                    r"(?:影响|拉动|带动|推动|支撑|叠加)")


def _measure_against_unit(written: str, q: Quantity) -> bool:
    """Whether the claim ends with a measure that no value of the quantity's unit can be (工业产值 52.97亿千瓦时: an
    output value is money, and power is no money; 用电量 in 亿元, a count in 亿元)."""
    if written.endswith(("投资", "投资额")) and unit_class(q.unit) in ("measure", "count"):
        return True  # (新开工工业项目投资 for 41个: the projects' count, not their investment)
    name = measured(written)
    if not name or not written.endswith(name):
        return False
    kind, held = head_kind(name), unit_class(q.unit)
    if kind in _MONEY_KINDS:
        return held in ("measure", "count")
    return (kind == "power" and held in ("money", "count")) or (kind == "count" and held == "money")


# Kinds of amount that are money (head_kind): none is in 千瓦时, 吨 or 个.
_MONEY_KINDS = frozenset({"total", "spent", "planned", "output", "value added", "revenue", "profit", "tax", "trade",
                          "profit and tax", "exports", "imports", "funds in place", "assets", "contract",
                          "foreign capital agreed", "foreign capital used", "research spending"})


def _stages_in(pairs: frozenset[str]) -> set[str]:
    """The stages and ranks whose every pair `pairs` hold (新开工 of 其中新开工项目63个's, for 完成投资31.5亿元
    after it)."""
    if not pairs:
        return set()
    found = {k for k, stage in _STAGE_PAIRS if stage <= pairs}
    found |= {rank for rank, pair in _BARE_RANK_PAIRS if pair in pairs and not (pair == "市重" and "城市" in pairs)}
    return found | {"开工"} if "开复" in pairs else found  # (开复工: started or restarted, both said)


def _one_for_joined(written: str, tie: Tie) -> bool:
    """Whether the claim names two kinds joined (新开工和竣工项目) for a value its list gives one of them (新开工和竣工
    项目分别为26个、14个: 26 is 新开工's alone)."""
    joined = _JOINED_KINDS.search(written)
    if joined is None:
        return False
    one, other = joined.group(1), joined.group(2)
    return (one in tie.words) != (other in tie.words)


# Two stages or ranks of one thing, joined (新建和续建项目, 开工、竣工项目, 国家级和省级企业): each kind and the thing.
# (not 磷酸铁及配套项目: one project and what goes with it)
_KIND_OF_THING = r"新建|续建|改建|扩建|在建|新开工|开工|复工|竣工|投产|达产|签约|储备|谋划|落地|国家级|省级|市级|县级"
_JOINED_KINDS = re.compile(rf"({_KIND_OF_THING})[和及与、]({_KIND_OF_THING})(项目|企业|工程)")
_KIND_WORD = re.compile(_KIND_OF_THING)
_BRACKET_STAGE = re.compile(rf"[\d.]+[^\d（(，,；;。]{{1,4}}(?:{_KIND_OF_THING})?(?:项目|企业|工程)[（(]"
                            rf"((?:已|累计|实际|正式)?(?:{_KIND_OF_THING}))…")
_RANKS = frozenset({"国家级", "省级", "市级", "县级"})
_STAGES = frozenset(_KIND_OF_THING.split("|")) - _RANKS
_STAGES_AND_RANKS = tuple(_KIND_OF_THING.split("|"))
_STAGE_PAIRS = tuple((k, bigrams(k)) for k in _STAGES_AND_RANKS)  # (read once, not at each claim)


def _half_of_both(written: str, tie: Tie) -> bool:
    """Whether the value's own words give both ways or both kinds (进出境货运量, 本外币存款余额, 存贷款) where the
    claim names one of them (出境货运量, 外币存款余额): the whole, claimed for its half."""
    own = simplified(tie.words)  # (its own words, or the subject it takes: 同比下降3.1% after 进出境货运量412.3万吨)
    for m in _BOTH_WAYS.finditer(own):
        both, rest = m.group(1), m.group(2)
        if both + rest not in written and any(h + rest in written for h in COORDINATED[both]):
            return True
    return False


# Names of both ways or kinds (进出境, 本外币, 存贷款, 内外贸): a coordinated pair, then what both halves are of.
_BOTH_WAYS = re.compile(rf"({'|'.join(COORDINATED)})([境口港币款贸])")


def _goods_left_out(written: str, tie: Tie) -> bool:
    """Whether the claim names trade (出口, 进口) where the value's own words name the goods traded (出口机电产品
    1045.3亿元, 进口金属矿砂228.7亿元): a part of the trade, not all of it."""
    claimed = _TRADE.search(written)
    if claimed is None or _TRADE_GOODS.search(written):
        return False
    goods = _TRADE_GOODS.search(simplified(tie.words))
    # (船舶出口 names the goods before the trade: 出口船舶's, as claimed)
    return goods is not None and goods.group(1) == claimed.group(1) \
        and not bigrams(goods.group(0)[len(goods.group(1)):]) & bigrams(written)


def _mode_left_out(written: str, tie: Tie) -> bool:
    """Whether the claim names trade (出口, 进出口) where the value's own words name the way it was traded (通过市场采购
    方式出口812.1亿元, 一般贸易进出口增长5.9%, 跨境电商出口): a part of the trade, not all of it."""
    if _TRADE.search(written) is None or _TRADE_MODE.search(written):
        return False
    return _TRADE_MODE.search(simplified(tie.words)) is not None


# The ways goods are traded that customs counts apart, each a part of all trade.
_TRADE_MODE = re.compile(r"一般贸易|加工贸易|市场采购|跨境电商|跨境电子商务|边境小额贸易|保税物流")


# Trade named as a whole (出口, 进出口总值), and trade of goods named (出口机电产品, 进口金属矿砂: not 出口总值,
# 出口额, 出口增长, 出口占…, 出口企业).
_TRADE = re.compile(r"(进出口|出口|进口)(?:总值|总额|额|值)?$")
_TRADE_GOODS = re.compile(r"(进出口|出口|进口)(?!总|额|值|增|下|同|占|比|企业|实绩|规模|市场|依存|"
                          r"将|有望|预计|可望|或|突破|达|完成|实现|保持|继续|持续|稳|回|降|减|仍|再|超|连续|累计)"
                          r"[\u4e00-\u9fff]{2,}")  # (not 出口将增长, 出口有望突破: what trade will do, no goods)


def _named_otherwise(written: str, tie: Tie, signed: bool = False, year: int | None = None) -> bool:
    """Whether the value's own words name it otherwise than the claim: another kind of amount (总投资 for
    完成投资), 新增 for 累计 or the other way, or the opposite direction (降幅扩大 for 降幅收窄). `year`: the value's
    year, where its text or its page's date says it."""
    return _measured_otherwise(written, tie) or _compared_otherwise(written, tie, signed, year)


def _year_compared(src: Source, q: Quantity, tie: Tie) -> int | None:
    """The year of a value whose words compare it with a named year (比2019年增长…), as _value_year reads it; None for
    any other value (not read for every claim)."""
    return _value_year(src, (q.start, q.end)) if _OVER_NAMED_YEAR.search(tie.shown) is not None else None


_PLAN_PROGRESS = re.compile(r"完成(?:年度|全年)?计划(?:投资)?(?:的)?(?:比例|比重|进度|完成率)|投资完成率|投资完成进度")
_SPENT_OF_PLAN = frozenset({"planned", "spent"})


def _share_part_measured(written: str) -> str:
    """What a claim says is measured, of a share the part's (制造业总产值占规上工业增加值比重: 总产值, the part's
    amount, not the whole's 增加值 it is a share of); of a gap the compared side's (工业税收增速高于全部税收: 税收, not
    the base's); as measured_part reads it otherwise."""
    at = written.find("占")
    part = measured(written[:at]) if at > 0 else ""
    compared = _GAP_COMPARING.search(written)
    if not part and compared is not None and compared.start() > 0:
        part = measured(written[:compared.start()])
    return part or measured_part(written)


def _aliased_kinds(tie: Tie) -> frozenset[str]:
    """The kinds of amount a value's words name where they write a measure and another name of it in brackets, the
    last such pair (年可实现产值(营业收入)86亿元; 实现产值（营业收入）…，同比增长: output and revenue), empty
    otherwise."""
    found = last_match(_ALIASED, simplified(tie.shown))
    if found is None or head_kind(measured(found.group(1))) == "" or head_kind(measured(found.group(2))) == "":
        return frozenset()
    return frozenset(head_kind(measured(g)) for g in found.groups()) - {""}


def _measured_otherwise(written: str, tie: Tie) -> bool:
    """Whether the value's own words say it measures another kind of thing than the claim does."""
    # (what it leaves out is read for its measure: 增加值 of 规上工业增加值, the whole a breakdown's part is of)
    claimed_kind, own_kind = head_kind(_share_part_measured(written)), head_kind(_part_head_read(tie))
    if claimed_kind and own_kind and claimed_kind != own_kind and claimed_kind not in _aliased_kinds(tie) \
            and not (_PLAN_PROGRESS.search(written) and {claimed_kind, own_kind} <= _SPENT_OF_PLAN):
        # (完成年度计划投资比例 for 已完成投资…，完成年度计划的86.8%: what was spent as a share of the plan, either
        # read as the plan's or the outlay's)
        return True
    if (not claimed_kind and "投资" in written and own_kind in _NOT_INVESTMENT) \
            or _other_investment(written, simplified(tie.words)):
        return True  # 工业投资 claimed for 规上工业总产值…增长9.7%: an investment is no output
    if claimed_kind in _NOT_INVESTMENT and "投资" not in written and _investment(simplified(tie.words)):
        return True  # (and no output is an investment: 工业投资增长4.1%，比上半年加快2.6个百分点 claimed for 增加值)
    if _counted_otherwise(written, tie):
        return True
    if _negation_apart(written, tie) or _exclusion_apart(written, simplified(tie.shown)):
        return True
    if _kinds_apart(written, tie) or _one_for_joined(written, tie) or _scopes_apart(written, tie) \
            or _breakdowns_apart(written, tie):
        return True  # (竣工14个 of 其中开工11个、竣工14个, claimed as 开工项目)
    if bool(_PER_HEAD.search(written)) != bool(_PER_HEAD.search(tie.words)):
        return True  # 人均产值80万元 claimed as 产值, or a total as 人均: a rate per head is no total
    if tie.measure != "share" \
            and bool(_BUDGETED.search(written)) != bool(_BUDGETED.search(tie.words)):
        return True  # 为年初预算数25.60亿元的: the budget a revenue is held to is no revenue, nor the other way
    return _named_measures_apart(written, tie)


def _named_measures_apart(written: str, tie: Tie) -> bool:
    """Whether the claim and the value's words name two kinds of share or rate, shares of two wholes, classes by
    two amounts, or what was planned against what was done (see the functions called)."""
    claimed_share, own_share = _share_kind(written), _share_kind(simplified(tie.shown))
    if claimed_share and own_share and claimed_share != own_share:
        return True  # (贡献率 is no 占…比重)
    return _rates_apart(written, tie) or _bases_apart(written, tie) or _classes_apart(written, tie) \
        or _planned_or_done_apart(written, tie)


def _planned_or_done_apart(written: str, tie: Tie) -> bool:
    """Whether the claim counts what was planned where the value's own words count what was done, or the other
    way (共谋划95项重大招商引资活动，完成93项: 93 were held, 95 drawn up)."""
    claimed, own = _planning(written), _planning(simplified(_own_shown(tie)))
    return claimed is not None and own is not None and claimed != own


def _planning(words: str) -> bool | None:
    """True where `words` count what was planned (谋划, 策划, 储备), False what was done (完成, 举办, 开展), None for
    neither or both."""
    planned, done = bool(_PLANNED_VERB.search(words)), bool(_DONE_VERB.search(words))
    return planned if planned != done else None


_PLANNED_VERB = re.compile(r"谋划|策划|储备")
_DONE_VERB = re.compile(r"完成|举办|开展|办成")


def _classes_apart(written: str, tie: Tie) -> bool:
    """Whether the claim and the value's words name classes by two kinds of amount (总产值前十行业 claimed for
    增加值总量排名前十的行业; 增加值过亿企业 for 产值过亿的241家)."""
    claimed, own = _class_kinds(written), _class_kinds(simplified(tie.shown))
    return bool(claimed and own) and not claimed & own


def _class_kinds(words: str) -> set[str]:
    """The kinds of amount the classes `words` name are by (增加值 of 增加值总量排名前十)."""
    kinds = {head_kind(measured(words[max(0, m.start() - _CLASS_HEAD_REACH):m.start()]))
             for m in _CLASS_BY_AMOUNT.finditer(words)}
    return kinds - {""}


# A class by an amount: the first ten, those above a hundred million (前十, 排名前10位, 过亿, 超亿元, 亿元以上)
_CLASS_BY_AMOUNT = re.compile(r"(?:总量)?(?:排名|排)?前(?:\d+|[一二三四五六七八九十]+)(?:名|位)?|[过超](?:\d+)?亿")
_CLASS_HEAD_REACH = 6  # (how far before the class mark its amount's name is written: 主营业务收入总量排名前十)


def _bases_apart(written: str, tie: Tie) -> bool:
    """Whether the claim and the value's words are shares of two wholes: of another measure (占规上工业总产值的比重
    claimed as 占…增加值比重) or counted otherwise (占全部新增企业比重 claimed as 占累计企业比重)."""
    claimed, own = _base_of(written), _base_of(simplified(tie.words))
    if not claimed or not own:
        return False
    claimed_kind, own_kind = head_kind(measured(claimed)), head_kind(measured(own))
    claimed_tally, own_tally = tally(claimed), tally(own)
    return bool(claimed_kind and own_kind and claimed_kind != own_kind) \
        or bool(claimed_tally and own_tally and claimed_tally != own_tally)


def _base_of(words: str) -> str:
    """What a share is of: the words between its last 占 (not 占地) and 比重 (比例, 份额), "" where they write none."""
    found = last_match(_SHARE_BASE, words)
    return found.group(1) if found is not None else ""


_SHARE_BASE = re.compile(r"占(?!地|用|有)([^占，,。；;]{2,}?)的?(?:比重|比例|份额)")


def _rates_apart(written: str, tie: Tie) -> bool:
    """Whether the claim names one rate and the value's own words another (开工率 claimed for 投资完成率34.4%, where
    the rate before it is 开工率58.5%)."""
    claimed = _RATE_NAMED.findall(written)
    own = _RATE_NAMED.findall(simplified(_own_shown(tie)))
    return bool(claimed and own) and claimed[-1] != own[-1] and _BOTH_RATES not in (claimed[-1], own[-1])


_BOTH_RATES = "复工复产率"


def _scopes_apart(written: str, tie: Tie) -> bool:
    """Whether one of the claim and the value's words names all industry (全部工业增加值152.6亿元) and the other the
    firms above the scale (规上工业增加值): another whole."""
    words = simplified(tie.words)
    return bool(_ALL_INDUSTRY.search(written) and _ABOVE_SCALE.search(words)) \
        or bool(_ALL_INDUSTRY.search(words) and _ABOVE_SCALE.search(written) and not _ABOVE_SCALE.search(words))


_ALL_INDUSTRY = re.compile(r"全部工业")


def _subject_tally(written: str) -> str:
    """How a claim counts what it names: the tally of its subject, before a comparison it goes on to (累计规上工业企业
    较上年净增: the running total's change, though 净增 is written last), else of all its words."""
    found = _COMPARED_AFTER.search(written)
    own = tally(written[:found.start()]) if found is not None else ""
    return own or tally(written)


_COMPARED_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:较|比)(?!重|例|率)")


def _plans_apart(c: Claim, q: Quantity, tie: Tie, tied: Tied) -> _Finding | None:
    """Whether the claim names a plan by another stretch than the value's own words do (1-5月投资计划完成率 claimed for
    …完成1-5月投资计划的118.4%，完成年度投资计划的37.2%: the 37.2 is the year's plan's share, the 118.4 the five
    months'): a plan is told from another of its sentence by the stretch it is for, as its name writes it. Wrong
    where a value near it is of the claimed stretch's plan, else open (a claim may date loosely a plan its page names
    once); None where they name the same stretch, or either none."""
    claimed, own = _plan_stretch(claimed_text(c.indicator)), _plan_stretch(_own_shown(tie))
    if claimed is None or own is None or claimed == own:
        return None
    # (the nearest: a breakdown's items each give both plans' shares, 新建项目…，续建项目…)
    rival = min((r for r, t in tied.near if r is not q and r.unit_class == q.unit_class
                 and _plan_stretch(_own_shown(t)) == claimed), key=lambda r: abs(r.start - q.start), default=None)
    return _Finding(WRONG if rival is not None else UNSURE, "indicator", rival)


def _plan_stretch(words: str) -> tuple[int, int] | None:
    """The months of the stretch the last plan `words` name is for (年度投资计划, 占全年目标, 年计划: (1, 12);
    1-5月投资计划: (1, 5); 一季度计划: (1, 3); 年度投资完成率, the year's plan's completion), None where they name
    no plan by a stretch (完成计划的, 三年行动计划, 2024年计划投资)."""
    found = last_match(_PLAN_BY_STRETCH, words)
    if found is None:
        return None
    stretch = found.group(1)
    if _THE_YEAR_S.fullmatch(stretch):
        return (1, 12)
    period = parse_period(stretch)
    return period.months if period is not None else None


_THE_YEAR_S = re.compile(r"年度|全年|本年|当年|年")
# A plan named by the stretch it is for, right before it or with what it plans between (年度投资计划, 全年目标任务,
# 1-5月投资计划, 一季度计划, 上半年计划投资完成率, 年度投资完成率); not a year's count of years (三年行动计划), nor a
# year written in figures (2024年计划投资: dated, not named by a stretch), nor the months a deed is done in before a
# plan (1-5月累计完成投资…完成年度投资计划: no verb between a stretch and its plan).
_PLAN_BY_STRETCH = re.compile(r"(年度|全年|本年|当年|(?<![\d上下半一二三四五六七八九十两])年|"
                              r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?|前\d{1,2}个?月|\d{1,2}月份?|"
                              r"第?[一二三四1-4]季度|上半年|下半年|前三季度)"
                              r"[^\d，,。；;、…完实累达占为]{0,4}?(?:计划|目标|任务|完成率)")


def _named_otherwise_found(c: Claim, tie: Tie, rivalled: _Finding | None) -> _Finding:
    """The finding for a value whose own words name it otherwise than the claim: wrong, with the rival where there is
    one, but open for a number of things claimed where the other name is the amount's after it."""
    return _Finding(UNSURE if _count_of_the_things(c, tie) else WRONG, "indicator",
                    rivalled.rival if rivalled is not None else None)


def _things_counted(c: Claim, value: tuple[Tie, Tied], year: int | None) -> bool:
    """Whether a claim names a number of things for a count written before them whose words run on to an amount of
    them (33个重点项目完成投资89.9亿元 claimed as 重点项目数), every word of it the count's or read before it, no other
    count of the page named so as well, and compares it no otherwise: the measure is the amount's, so the count is
    read like any other value, by the things it names and what is read before it."""
    tie, tied = value
    if not _count_of_the_things(c, tie):
        return False
    named = bigrams(indicator_words(simplified(_COUNT_SUFFIX.sub("", claimed_text(c.indicator)))))
    # (not 盟级重点项目数 for the 42个 of 6个盟级、42个旗级重点项目完成投资21亿元, whose 盟级 is another count's; nor
    # 签约项目数 for 新能源项目…签约80个项目总投资…, where 签约项目542个 is named so too: whose count, the reading
    # cannot tell)
    return _all_held(named, tie) and not any(t is not tie and _all_held(named, t) for _, t in tied.near) \
        and not _class_unclaimed(claimed_text(c.indicator), tie) \
        and not _compared_otherwise(claimed_text(c.indicator), tie, c.value < 0, year)


def _class_unclaimed(written: str, tie: Tie) -> bool:
    """Whether the claim leaves out a class the count's own words give what it counts: a size class or a stage written
    before the count (亿元以上34个重点项目, 续建的34个重点项目: the count is of that class's things only, so 重点项目数
    is not read from it), or its rank (省级 of 12个省级重点项目)."""
    shown = simplified(tie.shown)
    before = shown[:shown.find("…")] if "…" in shown else ""
    claimed = simplified(written)
    if size_band(before) is not None and size_band(claimed) is None:
        return True
    return any(stage not in claimed for stage in _STAGE_WORD.findall(before)) \
        or (bool(tie.grade) and tie.grade not in claimed)


def _all_held(named: frozenset[str], tie: Tie) -> bool:
    """Whether every pair of `named` is the value's own words or read before it (a pair across two held words, 略重
    of 黄河重大国家战略重点项目, is a junction, no word of its own)."""
    held = tie.pairs | tie.context | tie.elided
    chars = {ch for g in held for ch in g}
    return all(g in held or chars.issuperset(g) for g in named)


_COUNT_SUFFIX = re.compile(r"(?:个数|数量|总数|数)$")


def _count_of_the_things(c: Claim, tie: Tie) -> bool:
    """Whether a claim names a number of things (重点项目数, 企业数) for a count whose own words name a measure only
    as that of the amount written after it (see `_measure_of_the_next`)."""
    return head_kind(_share_part_measured(claimed_text(c.indicator))) == "count" and _measure_of_the_next(tie)


def _measure_of_the_next(tie: Tie) -> bool:
    """Whether what a value's own words say is measured is written right before another value, which it measures:
    a count written before the things it counts, whose words run on to an amount of them (202家规模以上工业企业实现
    总产值45.05亿元, 签约80个项目总投资843.1亿元): the count is of the things, and the measure the amount's."""
    head = _head_read(tie)
    if not head:
        return False
    shown = simplified(tie.shown)
    at = shown.rfind(head)
    return at >= 0 and _AMOUNT_RIGHT_AFTER.match(shown, at + len(head)) is not None


# (a number right after the measure's name, a verb or 为 between at most: 完成投资21亿元, 总产值达45.05亿元)
_AMOUNT_RIGHT_AFTER = re.compile(r"(?:为|达到|达|约|近|超过|超)?\s*\d")


def _counted_otherwise(written: str, tie: Tie) -> bool:
    """Whether the claim counts otherwise than the value's words: what is new for a total or the other way, or
    another grade (国家级 claimed for the 省级 count: 技术创新示范企业省级7家、国家级1家)."""
    # (a list's later items count as its verb says: 新增国家级单项冠军1家、省级专精特新企业15家: both new)
    # (a change since the last year's end, 累计达到412家，比上年末增长15.1%, is of a stock: the running total's)
    # (not a count's change: 比上年末增加17家 counts what is new)
    stock = tie.measure == "growth" and _STOCK_BASE.search(_own_shown(tie)) is not None
    counted = tie.tally or ("total" if stock else tally(tie.words))
    if counted and _subject_tally(written) not in ("", counted) and tie.measure not in _RATES_UNTALLIED:
        return True  # (not of a rate: 新建投产企业对全市规上工业贡献率达到62.6% counts neither what is new nor a total)
    if tie.grade and grade(written) and tie.grade not in written and "级以上" not in written:
        return True
    if _net_apart(written, _own_shown(tie)):
        return True
    return _grades_apart(written, _own_shown(tie), tie.grade)


def _net_apart(written: str, own: str) -> bool:
    """Whether one of the claim and the value's own words counts what is new (新增) and the other what is new net of
    what left (净增): 新增和净增就业岗位分别为4828个和1206个 are two counts."""
    claimed, read = _NEW_OR_NET.findall(written), _NEW_OR_NET.findall(own)
    return bool(claimed and read) and claimed[-1] != read[-1]


_NEW_OR_NET = re.compile(r"[新净]增")


# (a share: 新建投产企业对全市规上工业贡献率达到62.6% counts neither; a growth of what is new is no growth of a total:
# 新增亿元以上入库企业法人153个，同比增长255.8% claimed for 累计…)
_RATES_UNTALLIED = frozenset({"share"})
_STOCK_BASE = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初)")


def _grades_apart(written: str, own: str, own_grade: str) -> bool:
    """省级 claimed for the count of 省级以上 (which holds the 国家级 too), or 省级以上 for the 省级 count alone
    (累计培育省级以上…412家，其中国家级…56家、省级…356家)."""
    claimed_up, own_up = _GRADE_UP.search(written), _GRADE_UP.search(own)
    if own_up and not claimed_up and grade(written):
        return True
    return bool(claimed_up and own_grade and not own_up)


def _negation_apart(written: str, tie: Tie) -> bool:
    """_negated_apart on the value's own words, on the words it is read with (…非营利性服务业增加值34.3亿元，增长
    6.5%: the growth of what its subject names), and on the count it is another measure of (非工业项目17个，总投资
    55.1亿元; 工业项目121个，总投资207.2亿元 claimed for 非工业项目)."""
    return _negated_apart(written, _own_shown(tie)) or _negated_apart(written, tie.words) \
        or any(g[0] == "非" and g[1] in written and g not in written for g in tie.scope) \
        or any(m.group(1) in tie.scope and "非" + m.group(1)[0] not in tie.scope for m in _NEGATED.finditer(written))


def _negated_apart(written: str, own: str) -> bool:
    """能源工业 claimed for 非能源工业's value, or the other way (其中能源工业增长4.8%，非能源工业增长8.9%): 非 makes
    what follows the rest of the whole, not it."""
    for one, other in ((own, written), (written, own)):
        for m in _NEGATED.finditer(one):
            if m.group(1) in other and "非" + m.group(1) not in other:
                return True
    return False


_NEGATED = re.compile(r"非([\u4e00-\u9fff]{2})")


def _exclusion_apart(written: str, shown: str) -> bool:
    """龙腾集团产值 claimed for 剔除龙腾集团后，产值增长9.7%, or the other way: what is left out is no part of the
    value, and a value with it left out is not the whole's."""
    for one, other, found in ((shown, written, _EXCLUDED_OPENING), (written, shown, _EXCLUDED)):
        for m in found.finditer(one):
            left_out = next((g for g in m.groups() if g), "")
            if left_out and left_out in other and not _EXCLUDED.search(other):
                return True
    return False


# (as a claim writes it; in a value's words, only a clause of its own before it: not 除了北京以外地区销售, a place)
_TAKEN_OUT = rf"(?:{TAKING_OUT}|不含|不包括)(?!此|价格)([\u4e00-\u9fff]{{2,20}}?)(?:后|外|以外|在内)"
_NOT_COUNTED = rf"(?:{NOT_COUNTING})([\u4e00-\u9fff]{{2,20}}?)"
_EXCLUDED = re.compile(rf"{_TAKEN_OUT}|{_NOT_COUNTED}(?:的|在内|后)?")
_EXCLUDED_OPENING = re.compile(rf"(?:{_TAKEN_OUT}|{_NOT_COUNTED})(?=[，,])")
_GRADE_UP = re.compile(r"(?:省|市|县|区)级(?:及)?以上")  # (国家级及以上: nothing is above 国家级)


def _compared_otherwise(written: str, tie: Tie, signed: bool = False, year: int | None = None) -> bool:
    """Whether the value's own words compare it otherwise than the claim does (环比, another base, another
    base year, one level of 省市, the opposite direction: not where the claimed value carries its sign, `signed`,
    商品房销售面积增长 −12.3% for 下降12.3%, whose direction the value says)."""
    shown, words = simplified(tie.shown), simplified(tie.words)
    own = shown.rsplit("…", 1)[-1]
    # (环比前8个月回升 compares with the stretch it names, as 比前8个月 does)
    shown, own = _STRETCH_COMPARED.sub("比", shown), _STRETCH_COMPARED.sub("比", own)
    if _month_on_month_apart(written, shown, own):
        return True  # 环比增长4.3% claimed as the growth (year on year unless it says otherwise), or the other way
    claimed_base, own_base = _BASE.findall(written), _BASE.findall(shown)
    if claimed_base and own_base and claimed_base[-1] != own_base[-1]:
        return True  # 高于全国 claimed for the gap 高于全省1.3个百分点
    if _base_kinds_apart(written, own):
        return True
    claimed_year, own_year = _base_years(written), _base_years(shown)
    if claimed_year and own_year and claimed_year[-1] != own_year[-1] \
            and not _year_before_named(claimed_year[-1], own_year[-1], tie, year):
        return True  # 比2019年同期 claimed for 比上年同期增长21.5% (a growth over another year)
    if not claimed_year and _YEAR_SAME_PERIOD.search(own) and not _earlier_in_its_year(own, tie):
        return True  # (较2019年同期增长21.3% claimed as the growth, which is over the year before)
    if not claimed_year and _over_a_named_year(own, tie, year):
        return True  # (1—9月…比2019年增长17.4% claimed as the growth: over 2019's first nine months)
    if _one_level_of_both(written, words) or _one_level_of_both(words, written):
        return True  # 省重点项目 claimed for the 省市重点项目's amount, or the other way
    if _whole_for_its_level(written, own) or _whole_for_its_level(own, written):
        return True  # 全市 claimed for 市级(不含…新区)'s value, or the other way
    return _since_otherwise(written, own, tie) or (not signed and _opposed(written, _directed(own, tie)))


def _year_before_named(claimed: str, own: str, tie: Tie, year: int | None) -> bool:
    """Whether a base the claim calls 上年 is written as the calendar year before the value's own (2020年…新增34家，
    较2019年度净增21家 claimed as 较上年净增): one base, named two ways. The value's year is its period's, else
    `year` (its text's or page's)."""
    if claimed != "上年" or not own.isdigit():
        return False
    period = tie.period
    own_year = int(period.year) if period is not None and period.year and period.year.isdigit() else year
    return own_year is not None and own_year == int(own) + 1


def _month_on_month_apart(written: str, shown: str, own: str) -> bool:
    """Whether a claim and a value's words are one month on month and the other not (环比增长5.5%，同比增长10.5%:
    the 10.5% is year on year, whatever the clause before it says)."""
    # (比上月下跌3.8%: a growth month on month, as 环比 says; not 比上月止累计提高2.1个百分点, a share's gap)
    written, shown, own = _LAST_MONTH.sub("环比", written), _LAST_MONTH.sub("环比", shown), _LAST_MONTH.sub("环比", own)
    month_on_month = "环比" in own or ("环比" in shown and "同比" not in own)
    return month_on_month != ("环比" in written) and (month_on_month or "同比" in own)


_LAST_MONTH = re.compile(r"(?:比|较|与)上个?月份?(?:相比)?(?=[，,]?(?:增长|下降|下跌|上涨|减少|增加))")
_STRETCH_COMPARED = re.compile(r"环比(?=前[\d一二三四五六七八九十]+个?月|\d{1,2}\s*[-—至~]\s*\d{1,2}月"
                               r"|上半年|前三季度)")


def _directed(own: str, tie: Tie) -> str:
    """The words a value's direction is read from: its own where they say one (10个行业增加值同比下降 after …25个
    行业…增长 inherited), else all it was read with."""
    return own if any(a in own or b in own for a, b in _OPPOSITE) else tie.shown


def _since_otherwise(written: str, own: str, tie: Tie) -> bool:
    """Whether the value's own words compare it with another period than the claim does (增速比上年同期回落7.8个百分点
    claimed as 增速比1-9月)."""
    claimed_since, own_since = _compared_since(written), _compared_since(own)
    if not (claimed_since and own_since):
        return False
    # (较2025年1-8月 on a value of 2025年1-9月 is 较1-8月: the same year's earlier stretch)
    same_stretch = _YEAR_KEY.sub("", claimed_since) == _YEAR_KEY.sub("", own_since) and _earlier_in_its_year(own, tie)
    return claimed_since != own_since and not same_stretch


def _since_unclaimed(written: str, tie: Tie) -> bool:
    """Whether a growth is over a period other than the year before and the claim names none (比一季度增长48.2%,
    存款余额比年初增长5% claimed as the growth): year on year unless it says otherwise, or only loosely said, so
    open; the schema has no field for the base."""
    own = _own_shown(tie)
    own_since = _compared_since(own)
    # (比2019年1-11月: another year's, told apart by the base years)
    return bool(own_since) and own_since != "上年同期" and tie.measure == "growth" and not _compared_since(written) \
        and not _base_years(written) and not _base_years(own)


# A growth over a named year's same period, or over that year's months or quarters written out (较2019年同期, 比2019年
# 1-2月, 比2019年前三季度): the growth over two years that such pages give beside the plain one.
def _over_a_named_year(own: str, tie: Tie, year: int | None) -> bool:
    """Whether a growth of a stretch of months is written over a named year, with no 同期 (1—9月…比2019年增长17.4%):
    that year's same months, another base than the year before; not where the value's year (its period's, else
    `year`, its text's or page's) is the one after."""
    found = _OVER_NAMED_YEAR.search(own)
    period = tie.period
    if found is None or period is None or period.months is None or period.months == (1, 12):
        return False
    own_year = int(period.year) if period.year and period.year.isdigit() else year
    return own_year != int(found.group(1)) + 1


# (比2019年增长, 较2020年下降: the year written with no months, no 同期, right before the way it moved; 比此前
# 进出口额最高的2021年增长: past the words that single it out)
_OVER_NAMED_YEAR = re.compile(r"(?:较|比)(?:[^，,；;。\d]{0,6}?|[^，,；;。：:\d比较]{1,24}的)((?:19|20)\d{2})年(?:份)?"
                              r"(?=增长|增加|下降|减少|提高|回落|增|降)")
_YEAR_SAME_PERIOD = re.compile(r"(?:较|比)[^，,；;。\d]{0,6}?(?:19|20)\d{2}年"  # (较疫情前的2019年1-5月 too)
                               r"(?:同期|\d{1,2}\s*[-—–~至到]\s*\d{1,2}月|[一二三四1-4]季度"
                               r"|前[二三两2-3]季度|上半年|前\d{1,2}个?月)")


def _read_apart(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim reads the value as another measure than a reader of the page would, though no other
    value's words say so: a gap as a change, a count's share as an amount's, a flow as another measure, or a kind
    of amount the page does not say near it, or a part named right after it."""
    written = claimed_text(c.indicator)
    return _gap_as_change(written, q, tie) or _count_share_as_amount(written, tie) \
        or _flow_of_another_measure(written, tie) or _measure_unsaid(src, c, q, tie) \
        or _condition_left_out(src, written, q) or _tally_unsaid(src, written, q, tie) \
        or _stage_unwritten(src, written) or _class_measured_otherwise(src, written, q) \
        or _part_named_after(src, c, q, tie) or _sector_s_part(c, tie)


def _class_measured_otherwise(src: Source, written: str, q: Quantity) -> bool:
    """Whether the claim names a size class of firms by another measure than the value's sentence does (增加值过亿
    企业 claimed where the sentence counts 产值过亿企业): another class of firms."""
    claimed = set(_CLASS_MEASURE.findall(written))
    found = src.tie_of.sentence((q.start, q.end)) if claimed else None
    if found is None:
        return False
    said = set(_CLASS_MEASURE.findall(simplified(found[0])))
    return bool(said) and not claimed & said


_CLASS_MEASURE = re.compile(CLASS_MEASURED)  # (产值 of 产值过亿企业)


def _stage_left_out(c: Claim, q: Quantity, tie: Tie, tied: Tied) -> Quantity | None:
    """The value of a claim that names no stage, where the value's own words name one (开工 of 开工450个) and a value
    of the same kind near it is named by the claim's words with none (500个重点工业项目开工450个 claimed as 重点工业
    项目 450): the claim is of that one, all the things, not those at a stage. None where there is none."""
    written = claimed_text(c.indicator)
    if _STAGE_WORD.search(written) or not _STAGE_WORD.search(simplified(tie.words)):
        return None
    claimed = _compared_claim(written)
    for r, t in tied.near:
        own = _own_words(t)
        # (of the value's size class too: 10亿元以上项目9个 is no whole of 在建亿元以上工业项目86个)
        if r is not q and r.unit_class == q.unit_class and r.measure == q.measure and own.endswith(claimed) \
                and t.band == tie.band and not _STAGE_WORD.search(simplified(t.words)) and value_match(c, r) is None:
            return r
    return None


def _counted_apart(src: Source, c: Claim, q: Quantity, tie: Tie, tied: Tied) -> Quantity | None:
    """The value beside `q` that counts what the claim does, where `q` counts otherwise: at a stage the claim
    names none of, or the other of a year's amount and the running total."""
    return _stage_left_out(c, q, tie, tied) or _stage_claimed_after(src, c, q, tie, tied) \
        or _tally_apart(src, c, q, tie, tied)


def _stage_claimed_after(src: Source, c: Claim, q: Quantity, tie: Tie, tied: Tied) -> Quantity | None:
    """The value after `q` in its sentence whose clause names the things `q`'s own words do at the stage the
    claim names and `q`'s words do not (化工项目30个，总投资890亿元，开复工项目24个 claimed as 化工开复工项目 30:
    those at the stage are the 24); None where there is none. (Not a part after its whole, 其中签约项目40个, nor a
    list's items, 甲、乙拟开工项目数分别为19个和14个.)"""
    claimed = set(_STAGE_WORD.findall(claimed_text(c.indicator)))
    own = _own_shown(tie)
    if not claimed or tie.member or _STAGE_WORD.search(simplified(tie.words)) or _STAGE_WORD.search(own):
        return None
    sentence = src.tie_of.sentence_start((q.start, q.end))
    for r, t in tied.near:
        if r.start <= q.start or r.unit_class != q.unit_class or r.measure != q.measure or t.member:
            continue
        staged = _STAGED_THINGS.fullmatch(_own_shown(t))
        if staged is not None and claimed & set(_STAGE_WORD.findall(staged.group(1))) \
                and own.endswith(staged.group(2) or "") and value_match(c, r) is None \
                and src.tie_of.sentence_start((r.start, r.end)) == sentence:
            return r
    return None


# (a clause that names the things before it at a stage: 开复工项目, 已开工的项目)
# (其中已开工193个: those of the things before at the stage, their name left out)
_STAGED_THINGS = re.compile(rf"(?:其中)?已?((?:开复工|{_STAGE_WORD.pattern})+)的?([\u4e00-\u9fff]{{2,}}?)?"
                            r"(?:数|共|为|达)?")


def _tally_apart(src: Source, c: Claim, q: Quantity, tie: Tie, tied: Tied) -> Quantity | None:
    """The value beside `q` in its sentence that counts as the claim does, where `q` counts the other way, a clause
    starting on 累计 between them (2023年完成投资86亿元，累计完成投资214亿元: 86 claimed as 累计, or 214 claimed for
    2023年 with no 累计, which is the total since the work began, not the year's); None where there is none. A claim
    with no tally meets the amount before a running total only where it claims that amount's period (9月份完成21亿
    元，累计完成183亿元: 183 is 1-9月's, not 9月's)."""
    written = claimed_text(c.indicator)
    if _RUNNING_TOTAL in written and _BATCH.search(written) is None:  # (not 累计新增: the new ones, summed)
        paired = next((r for r, _ in tied.near if _total_paired_after(src.text, q, r)), None)
        if paired is not None:
            return paired  # (whatever 累计 the sentence writes before: another pair's, 新增甲5家、累计21家；乙…)
    period = parse_period(c.period) if c.period else None
    found = src.tie_of.sentence((q.start, q.end))
    if found is None:
        return None
    sentence, at = found
    if _RUNNING_TOTAL in written and _RUNNING_TOTAL not in sentence[:at]:
        after = True  # (the running total after it)
    elif not tally(written) and period is not None and tie.tally == "total":
        after = False  # (the amount before it)
    else:
        return None
    for r, t in tied.near:
        if r is q or r.unit_class != q.unit_class or r.measure != q.measure or t.head != tie.head \
                or r.qualifier != "=" or q.qualifier != "=":
            continue
        other = src.tie_of.sentence((r.start, r.end))
        if other is None or other[0] != sentence:
            continue
        if _years_part_after(q, (r, t), after) \
                or _counted_across_a_total(sentence, (at, other[1]), t, (after, period)):
            return r
    return None


def _total_paired_after(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether `r` follows `q` as the running total of what `q` counts, its clause only a total's word (新增国家级
    绿色工厂6家、累计19家；省级技术中心11家、累计52家; 新培育了9家单项冠军企业，累计达到24家): `q` counts the new
    ones, whether or not its own ；-part repeats 新增, and the total is `r`."""
    paired = _TOTAL_PAIRED.match(text, q.end)
    return paired is not None and paired.end() == r.start and r.unit == q.unit


# (the count's noun, where the count is written before it, then the total's word alone and its number: 、累计,
# ，累计达到, ，总数达)
_TOTAL_PAIRED = re.compile(r"[\u4e00-\u9fff“”\"]{0,16}?[、，,]\s*(?:累计|总数|总量|总计|共计)(?:已)?"
                           r"(?:达到|达|为|增至|增加到)?\s*")


def _years_part_after(q: Quantity, other: tuple[Quantity, Tie], after: bool) -> bool:
    """Whether `other`, after the running total `q` (`after` False: a claim with no tally and a period), is this
    year's part of it (累计完成投资92.3亿元，当年完成投资48.6亿元): the one such a claim means."""
    r, t = other
    return not after and r.start > q.start and t.tally == "new" and _THIS_YEARS_PART.search(t.shown) is not None


def _counted_across_a_total(sentence: str, at: tuple[int, int], t: Tie, claim: tuple[bool, Period | None]) -> bool:
    """Whether a clause starting on 累计 stands between the value (at `at[0]` in `sentence`) and the other (`at[1]`,
    read as `t`), the amount before it dated in its ；-part: the running total after it where `after`, else the
    dated amount before it, of a period the claimed one does not contradict."""
    after, period = claim
    here, there = at
    if (there > here) != after:
        return False
    first, second = (here, there) if after else (there, here)
    # (the amount's ；-part up to it dates it: 9月份，全市…完成投资21.4亿元)
    dated = sentence[max(sentence.rfind(";", 0, first), sentence.rfind("；", 0, first)) + 1:first]
    # (not an amount its own clause sums, 截至9月底，全县合计应竣工项目42个，累计有37个项目已竣工投产: a total of
    # its own, which the 累计 clause after it counts a part of, not the stretch's amount a running total goes past)
    return _TOTAL_CLAUSE.fullmatch(sentence, first, second) is not None and _DATED_CLAUSE.search(dated) is not None \
        and _SUMMED_CLAUSE.search(dated) is None \
        and (after or not t.tally and t.period is not None and not t.period.conflicts(period))  # type: ignore[arg-type]


# (a clause after a dated amount, opening on the running total: 86亿元，累计完成投资214; 21.4亿元，比上月增长6.5%；累计
# 完成投资183.6亿元, the ；-part that opens on it; not a ；-part of another subject's)
_TOTAL_CLAUSE = re.compile(r"[^。；;]*[，,；;][^，,；;。\d]{0,8}累计[^，,；;。]*")
# (the amount's own clause dates it: 2023年完成投资, 9月份完成, 当年完成)
_DATED_CLAUSE = re.compile(r"(?:19|20)\d{2}年|[当今本]年|[当本]月|\d{1,2}月|季度|半年")
_RUNNING_TOTAL = "累计"
_SUMMED_CLAUSE = re.compile(f"{SUM_WORDS}|{_RUNNING_TOTAL}")
_THIS_YEARS_PART = re.compile(r"(?:当年|本年)(?:累计)?完成")


def _narrowed_unclaimed(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the value's own words narrow what it measures in a way the claim leaves out: since when
    (_since_unclaimed), or, for a count, a stage its words end on (4210家规上工业企业合计复工3921家: 复工), or the stage
    of the pool it is counted among (_pool_unclaimed), which a claim naming none may take for all of the things."""
    written = claimed_text(c.indicator)
    if _since_unclaimed(written, tie) or _magnitude_class_apart(written, tie) or _bound_class_apart(written, tie):
        return True
    own = _own_shown(tie)
    last = _STAGE_LAST.search(own)
    return q.unit_class == "count" and not _STAGE_WORD.search(claimed_text(c.indicator)) and last is not None \
        and _ALL_AT_STAGE.search(own, 0, last.start()) is None or _pool_unclaimed(src, c, q, tie)


def _stage_unread(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim names a word that splits what it counts into sets no member of which is in another (a
    project's stage, 开工 or 签约; a tally, 累计 or 新增; 即将) that nothing a reader has in mind at the value holds:
    not its own words, the clauses read before it, its sentence, its line and the line before, the value it is another
    measure of, the whole it is a part of, nor the page's headline or opening sentence (数字化项目9个 on a page opened
    by a signing ceremony, claimed as 数字化开工项目; 新增贷款占比 claimed as 累计贷款占比). The word is the claim's
    own, and the page cannot tell the value is of that set rather than of another."""
    # (a stage in a rate's name, 开工率 of 签约项目开工率, is what the rate measures, not whose it is)
    claimed = set(_UNREAD_WORD.findall(_RATE_NAMED.sub("", claimed_text(c.indicator))))
    if not claimed:
        return False
    span = (q.start, q.end)
    found = src.tie_of.sentence(span)
    written = "".join((found[0] if found is not None else "", *src.tie_of.lines_before(span),
                       _opening(src.simplified_text()), simplified(tie.shown)))
    written += _tallies_worded(written)
    held = tie.pairs | tie.context | tie.scope | tie.under | tie.elided | bigrams(_both_stages(written)) \
        | src.tie_of.topic().words
    # (a tally the value's words say otherwise is its own, and a change counts what is new: 比上年末增加17家)
    own = {tie.tally, "new"} - {""} if q.measure == "change" else {tie.tally} - {""}
    return any(not bigrams(word) <= held and tally(word) not in own for word in claimed)


# The words that split a count or an amount into sets apart: a stage, a tally, what is about to be done.
_UNREAD_WORD = re.compile(rf"{_STAGE_WORD.pattern}|累计|新增|即将")
# A running total and what is new worded otherwise: a total reached by a date or summed (截至8月底…共引进, 总数达),
# what is new by a deed done anew (新落户, 新上规, 新引进).
_TOTAL_WORDED = re.compile(r"截至|截止|至今|迄今|共计|总计|合计|共有|总数|总量")
_NEW_WORDED = re.compile(r"新(?:落户|上规|升规|进规|入规|纳统|入统|入库|引进|招引|签约|开工|投产|认定|培育|"
                         r"入选|注册|登记|设立|落地|建成|增加)")


def _tallies_worded(words: str) -> str:
    """The tallies `words` say in other words (截至…共引进 a 累计, 新落户 a 新增), spelt as a claim names them."""
    return ("累计" if _TOTAL_WORDED.search(words) else "") + ("新增" if _NEW_WORDED.search(words) else "")


def _opening(text: str) -> str:
    """The page's first line with words, to its first full stop (…产业项目集中签约仪式在市会展中心举行。): a headline,
    or the lead that says what the page reports."""
    return _SENTENCE_STOP.split(_first_line(text), maxsplit=1)[0][:_OPENING_MAX]


_OPENING_MAX = 80  # (a headline's length at most; a page that opens with a run of words gives its start)


def _both_stages(words: str) -> str:
    """`words` with two stages written as one (开复工, 开竣工) spelt out as both (开工复工, 开工竣工)."""
    return _JOINED_STAGES.sub(lambda m: "开工" + m.group(1) + "工", words)


_JOINED_STAGES = re.compile(r"开([复竣])工")


def _pool_unclaimed(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether a count is one of the parts its sentence counts among a pool of projects or firms it opens with (31宗未开
    工项目中，省重点项目有6宗，…县重点项目有18宗; 6个新开工项目中，3个项目已开工建设), and the claim leaves out what the
    pool's name says of them that the value's own words do not (未开工; 新开): 县重点项目 for 18宗 takes the unstarted
    ones for all of that rank."""
    if q.unit_class != "count":
        return False
    text, at = src.simplified_text(), src.view_at(q.start)
    opened = start_after(text, at, FULL_STOP + "\n")
    pool = next(reversed(list(_POOL_BEFORE_PARTS.finditer(text, opened, at))), None)
    if pool is None:
        return False
    stage = _POOL_STAGE.search(pool.group(1))
    # (重点, 规上, “两重一实”: the page's programme or scope; a stage its title writes, 一季度项目集中开工: the page's
    # topic; either a claim may leave unsaid)
    if stage is None:
        return False
    needed = bigrams(stage.group()) - bigrams(_own_words(tie))
    headline = src.tie_of.topic().words | bigrams(_title_line(text))
    return bool(needed) and not needed <= headline and not needed <= bigrams(indicator_words(claimed_text(c.indicator)))


def _title_line(text: str) -> str:
    """The page's first line where it reads as a title (一季度项目集中开工 启东:36个 通州:16个): short, with no full
    stop; else nothing."""
    first = _first_line(text)
    return first if len(first) <= _TITLE_MAX and not _SENTENCE_STOP.search(first) else ""


def _first_line(text: str) -> str:
    """The page's first line with words (after any blank ones)."""
    line = _FIRST_LINE.match(text)
    return line.group(1) if line else ""


_TITLE_MAX = 40
# (the first line after any blank ones, read without copying the page: the check runs once per claim)
_FIRST_LINE = re.compile(r"\s*([^\n]*)")


# A pool counted before its parts, its name's qualifier first (31宗未开工项目中, 43家重点监测企业中).
_POOL_BEFORE_PARTS = re.compile(r"(?:\d+\s*[个宗家项户])?([\u4e00-\u9fff“”]{2,14}?)(?:项目|企业)中(?![\u4e00-\u9fff])")
_POOL_STAGE = re.compile(rf"(?:尚未|未|新|已)?(?:{_STAGE_WORD.pattern})")  # (未开工 of 31宗未开工项目中)


def _magnitude_class_apart(claimed: str, tie: Tie) -> bool:
    """Whether the claim and the value's words name firms or projects of different size classes written by their
    magnitude (亿元企业, 十亿元企业, 百亿元企业: 十亿元企业数达47家，实现工业总产值1612亿元 claimed for 亿元企业)."""
    mine = _MAGNITUDE_CLASS.findall(claimed)
    theirs = _MAGNITUDE_CLASS.findall(simplified(tie.shown) + simplified(tie.words))
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs)


def _bound_class_apart(claimed: str, tie: Tie) -> bool:
    """Whether the claim and the value's words name classes bounded by different figures of one unit (增速超30%的企业
    against 21家增速超过50%; 总投资达4000万美元的项目 against 总投资达5000万美元的项目有1项): a class is named by its
    bound, and another bound is another class."""
    mine = _bounds(claimed)
    if not mine:
        return False
    units = {unit for _, unit in mine}
    # (the bound nearest the value is its class: words it shares with a sibling before it,
    # 产值增速超20%的企业有…增速超过40%的企业有17家, name the sibling's first)
    theirs = [(n, unit) for n, unit in _bound_list(simplified(tie.shown)) if unit in units]
    return bool(theirs) and theirs[-1] not in mine


def _bounds(text: str) -> set[tuple[str, str]]:
    """The bounds written by their figure in `text`, as (figure, unit)."""
    return set(_bound_list(text))


def _bound_list(text: str) -> list[tuple[str, str]]:
    """The bounds written by their figure in `text`, as (figure, unit), in the text's order."""
    return [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _BOUND_CLASS.finditer(text)]


# A bound written by its figure: 超30%, 超过50%, 达5000万美元, 5000万元以上 (the figure and its unit).
_BOUND_CLASS = re.compile(r"(?:超过?|达到?|逾|高于|大于|不低于)(\d+(?:\.\d+)?)(%|[十百千万亿]*(?:美元|元|吨))|"
                          r"(?<![\d.])(\d+(?:\.\d+)?)(%|[十百千万亿]*(?:美元|元|吨))(?=及?以上)")
_MAGNITUDE_CLASS = re.compile(r"((?<![\d.])(?:[十百千]|\d+)?亿元?)(?:级)?(?:企业|项目)")


# A stage as the last words before a count (合计复工3921家, 已开工38个, 累计签约12个): what the count counts; not
# all of them at it (6个市级技改项目全部开工, 3个…项目全部竣工达产: the count of all).
_STAGE_LAST = re.compile(rf"(?:{_STAGE_WORD.pattern})(?:{_STAGE_WORD.pattern}|复产|建设)*$")
_ALL_AT_STAGE = re.compile(r"(?:全部|均|都)已?$")


def _stage_unwritten(src: Source, written: str) -> bool:
    """Whether the claim names a stage of projects or firms (竣工, 投产, 签约) that the page writes nowhere (产业发展类
    竣工项目 on a page of projects started): what no word of the page says cannot be confirmed."""
    text = src.simplified_text()
    return any(stage not in text for stage in _STAGE_WORD.findall(written))


def _tally_unsaid(src: Source, written: str, q: Quantity, tie: Tie) -> bool:
    """Whether the claim counts the running total (累计) or what is new (新增) where the value's own words say
    neither and its paragraph before it says only the other (新建投产上规入统的112家企业分布前三位行业分别为…。
    农副食品加工业22家 claimed as 累计入规企业)."""
    whole = _WHOLE_OF_PART.match(written)  # (累计入统企业中新建投产企业: the whole's tally is the claim's)
    claimed = tally(whole.group(1)) if whole is not None and tally(whole.group(1)) else tally(written)
    if claimed not in ("new", "total") or tie.tally or q.measure == "change":
        return False  # (达到214家，比上年末增加17家: what is new, as a change, whatever the paragraph counts)
    text, at = src.simplified_text(), src.view_at(q.start)
    start = max(text.rfind("\n", 0, at) + 1, at - _TALLY_REACH)
    cut = text.rfind("其中", start, at) if whole is not None else -1
    at = cut if cut >= 0 else at  # (the whole's words are before its 其中)
    said = [tally_of(m) for m in TALLY.finditer(text, start, at) if tally_of(m) != "event"]
    # (the nearest tally counts: 共有…1597家…。…新增…“优秀级智能工厂”4家 are new ones, not a total)
    return bool(said) and claimed != said[-1]


_WHOLE_OF_PART = re.compile(r"^([^中]{2,})中(?!国|央|心|部|小|型|等|高|低|外)")


_TALLY_REACH = 300  # (how far back in its paragraph a value's count is read)


_YEAR_KEY = re.compile(r"^(?:19|20)\d{2}")


def _other_investment(written: str, words: str) -> bool:
    """工业投资 claimed for 开发区完成固定资产投资126.8亿元 (其中工业投资87.2亿元): another investment statistic
    (`words`: the value's own, simplified)."""
    claimed, own = _investment(written), _investment(words)
    return bool(claimed and own and claimed != own)


def _sector_s_part(c: Claim, t: Tie) -> bool:
    """Whether a value is one sector's part of the whole the claim names (第二产业招商引资签约金额6148.28亿元 for
    全省招商引资签约金额): its words name a sector of the three the claim does not. As a rival it is none of the
    whole's value; as the value itself, the whole's claim on it is left open."""
    written = claimed_text(c.indicator)
    return any(m.group(1) not in written for m in _THREE_SECTORS.finditer(simplified(t.shown))) \
        and _THREE_SECTORS.search(written) is None


_THREE_SECTORS = re.compile(r"(第[一二三]产业|(?<![第统])[一二三]产(?![业品能]))")
