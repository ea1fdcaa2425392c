"""The claimed indicator: `_indicator`, its words against the value's own words, the clauses read before it and
the other values' words; the rival that holds more of the claim, and what confirms it."""

from __future__ import annotations

import re
from math import fsum
from typing import NamedTuple

from ...core.simplify import simplified
from ..attribution import Tie, bigrams, indicator_words, level, measured, size_band, tally
from ..claims import Claim
from ..compare import comparable, value_match
from ..periods import Period, parse_period
from ..quantities import Quantity
from ..source import Source, Tied
from ..topic import same_place
from .distinctions import (
    _counted_apart,
    _exclusion_apart,
    _measured_apart,
    _named_otherwise,
    _named_otherwise_found,
    _narrowed_unclaimed,
    _plans_apart,
    _read_apart,
    _sector_s_part,
    _stage_unread,
    _things_counted,
    _year_compared,
)
from .kind import _goal_tier
from .measure import _output_implied, _trade_implied, _value_added_implied, _whole_s_measure
from .names import (
    _PROJECTS_OR_FIRMS,
    _bare_own_words,
    _named_words,
    _names_a_part,
    _naming_pairs,
    _qualifying,
    _things_counted_before,
)
from .parts import (
    _apart_from,
    _class_left_out,
    _class_unnamed,
    _growth_given_to_part,
    _items_named,
    _measured_as_its_whole,
    _of_page_year,
    _other_side_claimed,
    _part_or_twin,
    _part_unnamed,
    _whole_or_class_claimed,
)
from .period import _FROM_BEFORE, _TO_AFTER
from .sets import _BOUND_ENDS, _members_claimed, _set_in_force, _unless_qualified
from .subject import _of_a_place_within, _topic, _whose
from .text import (
    _FINE,
    _RARE,
    OK,
    UNSURE,
    WRONG,
    _compared_claim,
    _Finding,
    _naming_pairs_of,
    _own_shown,
    _pairs_of,
    _said_of_each,
    _sentence_view_start,
    _unchanged_pairs,
    _view_pairs,
    claimed_head,
    claimed_text,
    claimed_words,
)

# A claimed indicator contradicts the source's when another quantity's words hold at least this share
# of its (rarity-weighted) character pairs, and that much more than the words of the value it gives.
_FITS = 0.6
_DOMINATES = 0.15
_OWN = 0.1  # the weight share of claimed pairs only the value's own words hold, that makes it a paraphrase
# A claimed indicator is confirmed when the value's own words hold at least this share of it, and the
# claimed words they lack are not the source's words for another value (新开工 where the value is 新竣工's).
_CONFIRMS = 0.5
_RIVAL_OPEN = 0.8  # (the share of the claim that leaves a rival open)
_SIBLING = 0.2
_ELSE = 0.25  # the share of a claim the words a reader has at the value lack, where its own name another thing
_WHOLE = 0.4  # the share of a claim only the words a value is read under hold, where its own name a part


_TELLING = 2
_FAMILY = 0.5  # the share of what confirms a claim that another value's words hold, to be of its family


def _bound_of_a_class(src: Source, c: Claim, q: Quantity) -> _Finding:
    """Open where the value is the bound that marks out a class of units (统计范围为年主营业务收入2000万元
    及以上的工业法人单位, 产值5亿元以上企业) and the claim gives it as an amount (营业收入 = 2000万元): the bar a
    firm must pass to be counted is no figure any of them had. A claim that names the bar (门槛, 标准, 起点) or gives
    the value as a bound (>= 2000万元) reads it as written."""
    if not c.indicator or c.qualifier not in ("=", "~") or not q.raw.endswith(_BOUND_ENDS) \
            or _BAR_NAMED.search(claimed_text(c.indicator)):
        return _FINE
    marks = _CLASS_OF_UNITS.match(src.simplified_text(), src.view_at(q.end)) is not None
    return _Finding(UNSURE, "indicator") if marks else _FINE


def _bound_before_its_value(src: Source, c: Claim, q: Quantity) -> _Finding:
    """Open where the value is a bound crossed that the exact value right after it rounds (营业收入突破3000亿元，达到
    3126亿元; 超过500亿元，达523.6亿元) and the claim gives the bound as the amount (= 3000亿元): the page says what the
    amount was, and it is not the round figure passed on the way. A claim that gives the bound as one (>= 3000亿元)
    reads it as written, as one where no value follows does (突破210亿元 as 210亿元)."""
    if c.qualifier not in ("=", "~") or q.qualifier not in (">", ">="):
        return _FINE
    text = src.text
    follows = _EXACT_AFTER.match(text, q.end)
    if follows is None:
        return _FINE
    exact = next(iter(src.starting_in(follows.end(), follows.end() + 1)), None)
    same = exact is not None and exact.unit == q.unit and exact.qualifier == "=" and exact.value > q.value
    return _Finding(UNSURE, "indicator") if same else _FINE


# An exact value written right after a bound, its clause only a verb of reaching (，达到3126亿元; 達到 as the raw
# text may write it).
_EXACT_AFTER = re.compile(r"\s*[，,]\s*(?:[达達]到|[达達]|[为為]|[实實][现現])\s*")


# The units a bound right before them marks out (…及以上的工业法人单位, …以上企业, …以上的项目).
_CLASS_OF_UNITS = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:法人单位|单位|企业|项目)")
_BAR_NAMED = re.compile(r"门槛|标准|起点|范围|以上|以下|下限|上限")


def _contribution_claimed(c: Claim, tie: Tie, claimed: frozenset[str]) -> frozenset[str]:
    """The claimed words, less the whole a claimed contribution is to (第一产业对地区生产总值增长贡献率) where the
    value's own words name a contribution and no whole (…，贡献率9.1%): its sentence's whole, left unsaid."""
    if "贡献" not in c.indicator or "贡献" not in (own := _own_shown(tie)) or "对" in own:
        return claimed
    return claimed_words(_whose(c) + _CONTRIBUTED_TO.sub("", c.indicator))


# The whole a contribution is to, as a claim writes it (对地区生产总值增长的贡献率, 对全市规上工业增长贡献).
_CONTRIBUTED_TO = re.compile(r"对[^对，,；;。\d]{1,14}?(?:增长|增速)?的?(?=贡献)")


def _indicator(src: Source, c: Claim, q: Quantity, tie: Tie, claimed: frozenset[str]) -> _Finding:
    """The claimed indicator against the value's own words and the other values' words."""
    plain, named = _plainly_open(c, tie, claimed)
    if plain is not None:
        return plain
    tied = src.tied(c)
    claimed, topic = _headline_read(src, c, (q, tie, tied), claimed)
    w = tied.weights(claimed)
    total = fsum(w.values()) or 1.0  # a claim whose pairs no tie holds fits nothing
    # the claim's share the value's words hold (or the subject it is another measure of: 福州 of 福州115个)
    # (and the measure its clause leaves out, said by the value before: 制造业增长9.5% after 采矿业增加值增长2.2%)
    own = fsum(w.get(g, 0.0) for g in claimed & (tie.pairs | tie.scope | tie.elided | topic)) / total
    # the whole a part is under is the rival's own words, unless the claim names the part (亿元以上开工项目)
    # (the claimed period names a part as well as the indicator does: 其中，10月份全社会用电量…下降4.3% for 10月份)
    dated = bigrams(indicator_words(simplified(c.period))) if c.period else frozenset()
    part_unnamed = _part_unnamed(claimed, q, tie, tied, (dated, _measured_as_its_whole(src, q, tie)))
    context = tie.context - tie.under if part_unnamed else tie.context
    rival = _rival(c, q, tie, tied, (w, total, own), context, src)
    # (a plan of another stretch: wrong at once where a value near it is of the claimed plan, else open at the end)
    planned = _plans_apart(c, q, tie, tied)
    rivalled = _wrong_first(planned, _rivalled(src, (c, q, tie, tied), claimed, rival, context | topic))
    if rivalled is not None and rivalled.status == WRONG:
        return rivalled
    if _other_side_claimed(claimed_text(c.indicator), tie):
        return _Finding(WRONG, "indicator")
    year = _year_compared(src, q, tie)
    if _named_otherwise(claimed_text(c.indicator), tie, c.value < 0, year) and not _said_of_each(tie) \
            and not _things_counted(c, (tie, tied), year):
        # (a rival that leaves the claim open does not where the value's words name it otherwise; a count whose
        # words run on to the measure of the amount after it is read by the things it counts where they hold every
        # claimed word and no other count is named so, `_things_counted`, and left open otherwise: 6个盟级、42个旗级
        # 重点项目完成投资21亿元 claimed as 盟级重点项目数)
        return _named_otherwise_found(c, tie, rivalled)
    if rivalled is not None:
        return rivalled
    apart = _apart_unrivalled(src, c, (q, tie, tied), (frozenset(w), dated), (own > 1 - 1e-9, part_unnamed))
    if apart is not None:
        return apart
    # (what the value measures where statistics mean it and the page leaves it unsaid is the value's own)
    implied = _value_added_implied(src, q, tie) | _output_implied(src, q, tie) | _trade_implied(src, q, tie)
    confirmed = _confirmed(c, q, tie, claimed, tied, src.compared_text(),
                           (topic | implied | src.of_value(_whole_s_measure, q) | _members_claimed(tie, named),
                            implied))
    # (a sum of a list's values claimed with none of its items, nor as a sum, is of what the claim leaves out)
    confirmed = confirmed or _set_in_force(src, c, q, tie)
    return _open_where_planned(_unless_qualified(src, c, q, tie, bool(confirmed and (named or not tie.summed))),
                               planned)


def _apart_unrivalled(src: Source, c: Claim, read: tuple[Quantity, Tie, Tied],
                      words: tuple[frozenset[str], frozenset[str]], held: tuple[bool, bool]) -> _Finding | None:
    """What sets a value no rival outweighs apart from the claimed indicator (a stage counted apart, a narrowing or
    measure the claim leaves out, a whole or class claimed for a part, a part or twin, a stage or tally unread), in
    the order `_indicator` asks: refuting findings before those that leave the claim open; None where none does.
    `words` are the claim's weighed pairs and those of its period, `held` whether the value's words hold the whole
    claim and whether the value is a part its claim leaves unnamed."""
    q, tie, tied = read
    pairs, dated = words
    whole_held, part_unnamed = held
    unstaged = _counted_apart(src, c, q, tie, tied)
    if unstaged is not None:
        return _Finding(WRONG, "indicator", unstaged)
    if _narrowed_unclaimed(src, c, q, tie):
        return _Finding(UNSURE, "indicator")
    if _measured_apart(src, c, q, tie):
        return _Finding(WRONG, "indicator")
    if _read_apart(src, c, q, tie):
        return _Finding(UNSURE, "indicator")
    whole = _whole_or_class_claimed(src, c, read, pairs, whole_held)
    if whole is not None:
        return _Finding(WRONG, "indicator", whole)
    if _growth_given_to_part(src, c, read):
        return _Finding(WRONG, "indicator")
    if part_unnamed or _part_or_twin(src, c, read, pairs | dated) or _stage_unread(src, c, q, tie):
        return _Finding(UNSURE, "indicator")
    return None


def _wrong_first(planned: _Finding | None, rivalled: _Finding | None) -> _Finding | None:
    """A plan of another stretch's finding where it refutes the claim (a value near it is of the claimed plan), before
    what a rival makes of it."""
    return planned if planned is not None and planned.status == WRONG else rivalled


def _open_where_planned(found: _Finding, planned: _Finding | None) -> _Finding:
    """The indicator's finding, but open where it is fine and the claim names a plan of another stretch than the
    value's, none near it of the claimed one: left open only where nothing else refutes or leaves it open."""
    return planned if planned is not None and found.status == OK else found


def _plainly_open(c: Claim, tie: Tie, claimed: frozenset[str]) -> tuple[_Finding | None, int]:
    """The indicator's finding where it needs no reading of other values: none claimed; a value of a 分别 list whose
    items are not found (whose it is, its words do not say); a sum of a list's values claimed for some of its items.
    With it, how many of such a sum's items the claim names."""
    if not claimed:
        return _FINE, 0
    if tie.unnamed:
        return _Finding(UNSURE, "indicator"), 0
    named = _items_named(claimed_text(c.indicator), tie.summed)
    return (_Finding(WRONG, "indicator") if 0 < named < len(tie.summed) else None), named


def _headline_read(src: Source, c: Claim, value: tuple[Quantity, Tie, Tied],
                   claimed: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The claimed pairs to judge and those the headline holds for the value. The headline's words (孝感高新区…,
    …重点项目建设推进情况) are what the page is about, where they hold for the value and its own words name no part
    (社会民生项目完成投资 is no 重点项目完成投资): a place the claim opens with that the headline names is the subject,
    judged apart, and taken out of the claim's words; a programme it names (重点项目) is what the value is of, as if
    its own words said it. `value`: the quantity, its tie and the claim's ties."""
    q, tie, tied = value
    topic = src.of_value(_topic, q) & claimed if not _names_a_part(tie, claimed, tied) else frozenset()
    headline = src.tie_of.topic()
    rest = _after_place(indicator_words(claimed_text(_whose(c) + c.indicator)), topic & headline.places,
                        headline.names)
    return (bigrams(rest), topic & bigrams(rest)) if rest is not None else (claimed, topic)


def _rivalled(src: Source, value: tuple[Claim, Quantity, Tie, Tied], claimed: frozenset[str], rival: Quantity | None,
              context: frozenset[str]) -> _Finding | None:
    """What a rival value, or another size class, makes of the claim; None when neither speaks."""
    c, q, tie, tied = value
    band = size_band(c.indicator)
    if rival is None and band is not None and _band_of(tie) not in (None, band):
        # 10亿元以上项目 is not 5亿元至10亿元项目, however alike their other words
        return _Finding(WRONG, "indicator", next((r for r, t in tied.near if r is not q and t.band == band),
                                                 None))
    if rival is not None:
        rival_tie = next((t for r, t in tied.near if r is rival), None)
        if _names_rival_item(c, tie, rival_tie):
            return _Finding(WRONG, "indicator", rival)
        open_ = _rival_leaves_open(tie, tied, claimed, rival, context) or _bare_own_words(tie, claimed) \
            or _told_at_the_value(src, c, q, (rival, rival_tie))
        return _Finding(UNSURE if open_ else WRONG, "indicator", rival)
    if band is None and c.kind != "threshold" and tie.band is not None and _class_left_out(c, tie):
        return _Finding(UNSURE, "indicator")  # (新开工亿元以上项目42个 claimed as 新开工项目: a class's, not all's)
    return _class_unnamed(src, value, band) if band is not None and tie.band is None else None


def _band_of(tie: Tie) -> tuple[float, float | None, str] | None:
    """A value's size class: the growth bound written right after it where there is one (超30%的企业有86家，其中21家
    增速超过50%: 21 firms above 50%, whatever class the count before it names), else the class it was read under."""
    after = _GROWTH_BOUND_AFTER.search(tie.shown)
    return (float(after.group(1)), None, "以上%") if after is not None else tie.band


_GROWTH_BOUND_AFTER = re.compile(r"(?<=…)(?:增速|增幅|增长|产值增速)?(?:超过?|超出|高于|逾)"
                                 r"(\d+(?:\.\d+)?)[%％](?:及?以上)?$")


def _names_rival_item(c: Claim, tie: Tie, other: Tie | None) -> bool:
    """Whether the claim names another item of the value's list and not the value's own (石油化工产业增加值
    for 管道装备's 22.5% in 石油化工、管道装备…增加值分别增长14.1%、22.5%)."""
    if other is None or not tie.member or not other.member or other.member == tie.member:
        return False
    written = indicator_words(claimed_text(c.indicator))
    return all(g in written for g in bigrams(other.member)) and not any(g in written for g in bigrams(tie.member))


def _after_place(words: str, place: frozenset[str], names: tuple[str, ...]) -> str | None:
    """A claim's indicator words after the place they open with, where the headline names it (孝感高新区 of
    孝感高新区规上工业总产值: 规上工业总产值; 开发区 of a 如皋经济技术开发区 page); None where they open with
    none (遂宁 of 遂宁经开区 is no 遂宁市), or are nothing else."""
    k = 0
    while k + 1 < len(words) and words[k:k + 2] in place:
        k += 1
    opening = words[:k + 1]
    if not k or len(words) - k - 1 < 2 or not any(same_place(opening, n) for n in names):
        return None
    return words[k + 1:]


class _Evidence(NamedTuple):
    """What a claim's indicator is held to at one value: the weighted claimed pairs (junctions of two
    words left out), those that what a reader has in mind there holds, and the other values of its family."""

    every: dict[str, float]
    held: frozenset[str]
    kin: list[Tie]


def _confirmed(c: Claim, q: Quantity, tie: Tie, claimed: frozenset[str], tied: Tied, source: str,
               held_too: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> bool:
    """Whether what a reader has in mind at the value (its own words, the clauses read before it, the
    programme the page's headline names, `held_too`'s first) holds at least half the claimed indicator, and none of
    the claim's telling words is another value's instead (`held_too`'s second: what the value measures where the
    page leaves it unsaid, as its own words)."""
    topic, implied = held_too
    read = tie.pairs | tie.context | tie.elided
    chars = {ch for g in read for ch in g}
    held = read | topic
    # (a pair whose characters the words all hold is a junction of two words, 业技 of 制造业技改, not a word; or a
    # word written spread out, 占比 of 占…的比重)
    joined = _junctions(_compared_claim(claimed_text(c.indicator)), held) | _SPREAD_OUT
    every = {g: x for g, x in tied.all_weights(claimed).items()
             if g in held or not (chars.issuperset(g) and g in joined)}
    if not every:
        return True  # words the reading cannot compare (another script) are no evidence either way
    total = fsum(every.values())
    # (a pair no tie holds, in another script, has no weight: held in what is read, it is no evidence either)
    if fsum(every.get(g, 0.0) for g in claimed & held) < _CONFIRMS * total:
        return False
    lacking = [g for g in every if g not in held]  # the claimed words the value lacks
    unowned, extra = _apart(tie, claimed, tied, (every, implied))
    if not lacking and not (unowned and extra):
        return True  # nothing another value could hold instead (the common case, a right claim)
    if _names_another(c, q, tie, tied, source, every, lacking, unowned if extra else []):
        return False
    # Another value's words and what it is read under (福州 for 802亿元 in 福州115个、总投资802亿元), where they
    # hold most of what confirms the claim: a value of the same family, which the claim may be about instead.
    # (the headline, which every value is read under, makes none of them kin; nor does how a value changed:
    # 下降6.8% is as much of the family as 增长10.2%)
    shared = claimed & read & _naming_pairs(c.indicator)
    family = fsum(every.get(g, 0.0) for g in shared) * _FAMILY
    candidates = set(tied.holders(lacking + unowned, every))
    # (more than half: an exact half is no family; nor is a value with what the claim names left out)
    written = claimed_text(c.indicator)
    kin = [tied.near[n][1] for n, x in tied.holders(shared, every, among=candidates).items()
           if x > family and _of_the_family(c, (written, tie), tied.near[n])]
    evidence = _Evidence(every, held, kin)
    return not (_names_a_sibling(c, evidence, total) or (extra and _swapped(unowned, evidence)))


_SPREAD_OUT = frozenset({"占比"})


def _of_the_family(c: Claim, value: tuple[str, Tie], other: tuple[Quantity, Tie]) -> bool:
    """Whether another value that holds enough of what confirms a claim (`value`: the claim as written and the
    value's tie) is of its family: not of the claimed number, not set apart by an exclusion, not another measure."""
    written, tie = value
    return value_match(c, other[0]) is None and not _exclusion_apart(written, simplified(other[1].shown)) \
        and not _another_measure_of_kin(written, tie, other[1])


def _another_measure_of_kin(written: str, tie: Tie, other: Tie) -> bool:
    """Whether another value measures something else than the claim, where the value's own words measure what the
    claim does (完成投资77.57亿元 claimed as 重点工程项目完成投资, beside the projects' 总投资519.86亿元 and
    当年计划投资63.27亿元): the projects' plan is no sibling whose words the claim would have taken, only another
    measure of the same things."""
    wanted = measured(written)
    return bool(wanted) and tie.head == wanted and bool(other.head) and other.head != wanted


def _junctions(claim: str, held: frozenset[str]) -> frozenset[str]:
    """The claim's pairs beside a pair a reader has in mind, which may join two of its words (业技 of 制造业技改
    where 造业 is held; 泥产 of 水泥产量): not a word of the claim's own between pairs no reader holds, as 第三 of
    第三产业投资 is where only 产业 and 投资 are (三产 is beside 产业)."""
    pairs = [claim[i:i + 2] for i in range(len(claim) - 1)]
    return frozenset(g for i, g in enumerate(pairs)
                     if (i > 0 and pairs[i - 1] in held) or (i + 1 < len(pairs) and pairs[i + 1] in held))


def _beside_with(q: Quantity, tied: Tied, pair: str) -> bool:
    """Whether a value of the claim's unit near `q` (in its sentence's reach) holds `pair` in its own words."""
    return any(r is not q and abs(r.start - q.start) <= _SIDE_BY_SIDE and pair in t.pairs for r, t in tied.near)


_SIDE_BY_SIDE = 40  # (how far apart two values stand that a sentence sets side by side: 存款…432亿元，贷款…323亿元)


def _names_another(c: Claim, q: Quantity, tie: Tie, tied: Tied, source: str, every: dict[str, float],
                   lacking: list[str], unowned: list[str]) -> bool:
    """Whether the value's own words name something the claim does not, while the claim's words are those
    it is read under (外商企业利润总额1720亿元 claimed as 规上工业企业利润总额: a part given to its whole) or
    words the source writes elsewhere (汽车制造业…拉动3.4个百分点 claimed for 农副食品加工业)."""
    total = fsum(every.values())
    held = tie.pairs | tie.context
    # (an exact share, 4 pairs of 10, is no less for rounding)
    whole = fsum(every[g] for g in unowned if g in held) >= _WHOLE * total - 1e-9
    named = _named_words(c.indicator)
    # (and the pair joining such a word to the claim's others, where a value beside it has that word for its own:
    # 构贷 of 金融机构贷款余额 for 存款余额达432亿元, when 贷款余额达323亿元 follows)
    written = {ch for g in lacking if g in named and _beside_with(q, tied, g) for ch in g}
    chars = {ch for g in held for ch in g}
    other = fsum(every[g] for g in lacking if g in named and (g in source or set(g) - chars <= written)) \
        >= _ELSE * total \
        or (len(tied.near) == 1 and _run_written(c.indicator, tie, source)) or _group_unwritten(c.indicator, source)
    return (whole or other) and _names_a_part(tie, frozenset(every), tied)


# The head of a name of a group of firms or trades (专精特新企业, 化工行业, 汽车制造业, 市属集团).
_GROUP_HEAD = re.compile(r"企业|行业|产业|制造业|集团")


def _group_unwritten(indicator: str, source: str) -> bool:
    """Whether the claim names a group of firms or trades the source never writes (专精特新企业营业收入 for a
    value of 规上工业营业收入): the words before its head, back to those the source writes, are a name of its own."""
    words = claimed_text(indicator)
    for m in _GROUP_HEAD.finditer(words):
        start = m.start()
        while start >= 1 and words[start - 1:start + 1] not in source:
            start -= 1
        if m.start() - start >= 2 and words[start:m.end()] not in source:
            return True
    return False


def _run_written(indicator: str, tie: Tie, source: str) -> bool:
    """Whether the claimed words a lone value's reading lacks hold a name of two or more pairs the source
    writes elsewhere (规上工 of 规上工业增加值增速比去年同期加快, claimed for 采矿业's gap): with one value of its unit,
    how rare a word is among them tells nothing, where it is written does."""
    words = indicator_words(claimed_text(indicator))
    missing = set(bigrams(words)) - tie.pairs - tie.context - tie.scope
    start = None
    for k in range(len(words)):
        if k + 1 < len(words) and words[k:k + 2] in missing:
            start = k if start is None else start
            continue
        if start is not None and k - start >= 2 and words[start:k + 1] in source:
            return True
        start = None
    return False


def _apart(tie: Tie, claimed: frozenset[str], tied: Tied,
           weighed: tuple[dict[str, float], frozenset[str]]) -> tuple[list[str], bool]:
    """The claimed words neither the value's own words nor the subject it is another measure of hold, and
    whether those hold a telling word the claim lacks (`weighed`: the claim's pairs' weights, and the pairs of what
    the value measures where the page leaves that unsaid, which are its own)."""
    every, implied = weighed
    # (and the growth a gap's clause leaves out, 同比增长3.6%，快于全省1.7个百分点: the gap's own measure)
    # (not the whole's words a count its 的 words qualify is read with, 规上工业企业…其中营业收入同比增长的52户, where
    # the claim names none of those 的 words: its frame names the whole, not the part)
    qualifying = _qualifying(tie) - tie.under
    framed = tie.pairs - tie.under if qualifying and not qualifying & claimed else tie.pairs
    own = framed | tie.scope | (tie.elided & _GROWTH_PAIR) | implied
    own_chars = {ch for g in own for ch in g}
    unowned = [g for g in every if g not in own and not own_chars.issuperset(g)]
    claimed_chars = set("".join(claimed))
    # (how it changed tells no value apart, nor the yardstick it is set against: 如皋市增速高于全市平均，同比增长15.4%
    # names 如皋市, not 全市平均)
    # (but a count's 的 words say which things it counts, how their measure changed too: 产值增长的有52家)
    telling = _unchanged_pairs(_yardstick_dropped(tie)) | tie.scope | qualifying
    # (a lone value of its unit: every pair is as rare as any, and what tells is what its words name before any
    # comparison: 民营经济 of 占比重为38.8%，比上年同期提高13.5个百分点 names no 上年同期)
    lone = _naming_pairs_of(_COMPARISON.split(tie.words)[0]) if len(tied.near) == 1 else None
    extra = any(not claimed_chars.issuperset(g) and (g in lone if lone is not None else
                                                     tied.rarity.get(g, _RARE) >= _RARE) for g in telling - claimed)
    return unowned, extra


_GROWTH_PAIR = frozenset({"增长"})


# A yardstick a value is set against (比全市平均, 高于全省平均水平): no name of what the value is of.
_YARDSTICK = re.compile(r"(?:比|较|高于|低于|快于|慢于|好于|超过)全[国省市区县州](?:平均(?:水平|增速|增幅)?)?")


def _yardstick_dropped(tie: Tie) -> str:
    """The value's words without the yardstick its clause sets it against (如皋市增速高于全市平均，同比增长15.4%):
    the value is the place's, not 全市平均's."""
    return _PLACES_CLOSED.sub(" ", _YARDSTICK.sub(" ", tie.words))


# The kind word closing a list of places (深圳、佛山、珠海、中山等地市…分别增长): what the places are, no name of whose
# value it is.
_PLACES_CLOSED = re.compile(r"(?<=[\u4e00-\u9fff])等(?:地市|城市|地区|县市区|县市|市县|县区|盟市|各市|市|县|区|地)")


# (比, 较, 与 before a base only: not 工业与信息化, 参与, 较快)
_COMPARISON = re.compile(r"同比|环比|"
                         r"(?:比|较|与)(?=上年|去年|上月|上季|同期|年初|全[国省市区县州]|\d|[一二三四]季度|上半年)")


def _rival_leaves_open(tie: Tie, tied: Tied, claimed: frozenset[str], rival: Quantity, context: frozenset[str]) -> bool:
    """Whether a rival leaves the claim open rather than refuting it: what a reader has in mind at the value holds
    most of the claim too, or the rival holds what the value lacks only by its count's things (_carried_rival)."""
    rival_tie = next((t for r, t in tied.near if r is rival), None)
    # (not the words of the whole the value is counted among against that whole itself: 行业大类 for 12个 of 全县33个
    # 行业大类中有21个行业增加值增长，有12个行业增加值下降 is the 33's name)
    whole = tie.under - tie.pairs if rival_tie is not None and rival_tie.pairs and rival_tie.pairs <= tie.under \
        else frozenset()
    held = tie.pairs | (context - whole)
    every = tied.all_weights(claimed)
    read = fsum(x for g, x in every.items() if g in held) / (fsum(every.values()) or 1.0)
    if read >= _RIVAL_OPEN:
        return True
    # (where the claim names the things the value's own count counts by a word of theirs: not 服务业项目 for the
    # 工业项目's amount)
    own = _pairs_of(_PROJECTS_OR_FIRMS.sub("", _things_counted_before(tie)))
    return _carried_rival(claimed - held, rival_tie) \
        and (not own or bool(own & claimed))


def _told_at_the_value(src: Source, c: Claim, q: Quantity, rival: tuple[Quantity, Tie | None]) -> bool:
    """Whether the value's own sentence, before it, names a word of the claim that the rival is not read with: not
    in its own words, nor in what it is read under, nor in its sentence before it. (…增长12.8%，比一季度回落4.8个
    百分点；两年平均增长6.0%，比一季度加快0.7个百分点 for 两年平均增速比一季度: 两年平均 is written between the rival
    and the value; …大宗商品规模稳步扩大，…价值556.7亿元 against 进口1265.9亿元 in another paragraph, for 大宗商品
    进口值.) The rival outbids the value only by words the claim shares with both; the word the claim has of the
    value's sentence alone is evidence for the value, so the rival leaves the claim open rather than refuting it. A
    word that is the own words of another value of the value's unit before it is that value's, not evidence for this
    one (福州115个，厦门17个 for 福州's count: 福州 names 115个)."""
    r, t = rival
    own_start, rival_start = _sentence_view_start(src, q), _sentence_view_start(src, r)
    if t is None or own_start is None or rival_start is None:
        return False
    if r.end <= q.start and rival_start == own_start:
        own_start = src.view_at(r.end)  # (the rival in the value's sentence: only the words between are the value's)
    told = _naming_pairs_of(indicator_words(claimed_text(c.indicator))) \
        & _view_pairs(src, (own_start, src.view_at(q.start)), q.unit)
    if not told:
        return False
    theirs = _view_pairs(src, (rival_start, src.view_at(r.start)), "") | t.pairs | t.context | t.scope | t.elided
    return bool(told - theirs)


def _carried_rival(lacking: frozenset[str], rival: Tie | None) -> bool:
    """Whether a rival holds the claimed words the value lacks (`lacking`) only by the things a count before it
    counts, which its words were read with (签约项目…签约总额): a reading of its own subject, no word the page gives
    it, which may as well be the value's; the rival leaves the claim open then, and does not refute it."""
    if rival is None or not lacking:
        return False
    counted = _things_counted_before(rival)
    own = _pairs_of(rival.words[len(counted):]) if counted else rival.pairs
    return bool(counted) and not (lacking & rival.pairs & own)


def _names_a_sibling(c: Claim, e: _Evidence, total: float) -> bool:
    """The claimed words the value lacks, where another value of the family has them (新开工 claimed for
    the 新竣工 count), or the claim's head is a word few other values have (税收, not 增加值)."""
    siblings = [t.pairs | t.context for t in e.kin]
    lacking = [g for g in e.every if g not in e.held and any(g in p for p in siblings)]
    head = claimed_head(c.indicator)  # what is counted or measured: 税收 in 全部投产后税收
    holders = sum(head in p for p in siblings)
    return fsum(e.every[g] for g in lacking) >= _SIBLING * total or (head in lacking and holders <= _TELLING)


def _swapped(unowned: list[str], e: _Evidence) -> bool:
    """The same where the words before the value name both (钢铁和汽车产业…；汽车产业完成225亿元 claimed for
    钢铁): the claim has a telling word the value's own words (or the subject it is another measure of:
    厦门 for 88亿元 in 厦门17个、总投资88亿元) lack and another value's have (and they have one it lacks)."""
    scopes = [t.pairs | t.scope for t in e.kin]
    return any(0 < sum(g in p for p in scopes) <= _TELLING for g in unowned)


# How many values of its units before and after a value may rival it: the farthest rival on the development pages is
# 31 values away; a page of a thousand figures of one unit is not compared pair by pair.
_RIVAL_REACH = 64


def _rival(c: Claim, q: Quantity, tie: Tie, near: Tied,
           weighed: tuple[dict[str, float], float, float], context: frozenset[str], src: Source) -> Quantity | None:
    """Another value whose words hold clearly more of the claimed indicator than `q`'s own (`weighed`: the
    claim's pairs' weights, their total, and the share the value's words hold; `context`, what else a reader
    has in mind at it; `src`, the source). One of another period than the claimed one, which `q` is of, is none
    (其中，10月当月增长8.2% against 1-10月's 7.4%; 2023年's 22.6亿元 against 全年 claimed on a page of June 2024;
    全年增长8.5% in a paragraph of 2017 against 2013年's 11.1%)."""
    w, total, own = weighed
    # A rival's score is at most 1: when the value's own words hold nearly all of the claim, none
    # can hold _DOMINATES more, and the ties need not be compared (the common case, a right claim).
    if own >= 1 - _DOMINATES + 1e-9:
        return None
    claimed = frozenset(w)
    period = _of_page_year(parse_period(c.period) if c.period else None, src.published())
    if period is not None and tie.period is not None and tie.period.conflicts(period):
        period = None  # (the claimed period does not tell `q` apart)
    if tie.kind != "target" and _of_another_year(src, q, tie, period):
        # (nor where `q` is of another year than the claimed one as much as a rival is: 全年 claimed on a page of
        # 2021-07 for values under 一、2019年工作回顾 sets no rival of that year apart from `q`; not a goal, 力争全年…,
        # which is of the year ahead whatever year was written last before it)
        period = None
    claimed_tally = tally(claimed_text(c.indicator))
    band = size_band(c.indicator)  # (another class, 10亿元以上 for 亿元以上, is no rival of the claimed one)
    wanted = measured(claimed_text(c.indicator))
    head = wanted if wanted and tie.head == wanted else ""
    whole = level(claimed_text(c.indicator))  # (a place's value below the whole claimed is no rival: 衡水市's for 全省)
    # (the whole `q` is a part of, where the claim names the part: no rival, 10项 for 续建 of （新建6项，续建4项）)
    part_of = tie.under if claimed & (tie.pairs - tie.under) else frozenset()
    other: Quantity | None = None
    best = 0.0
    for r, t in _goals_only(c, tie, near.around(q, _RIVAL_REACH)):
        shared = claimed & t.pairs
        if not shared or r is q:
            continue
        # (the score first: it rules out nearly every value, and what sets a value apart is read for the few left)
        score = fsum(map(w.__getitem__, shared)) / total  # a near tie's pairs all have weights
        if score < _FITS or score - own < _DOMINATES or _classless_beside_class(band, tie, t) \
                or _ruled_out(src, c, (r, t), (head, band, period, claimed_tally), (whole, part_of)) \
                or _start_of_change_to(src, c, r, q) or _sector_s_part(c, t):
            continue
        # Only a rival that holds (nearly) every claimed pair the value's own words hold, and more
        # of them, contradicts the claim (新进规企业 against 小进规企业): where the value's words
        # name a telling part of the claim the rival lacks (食品 in 食品行业增加值), it is a paraphrase.
        # (nor by the words of the one whole both are parts of: 规上工业企业 of 其中产值增长的有40家；产值下降的有26家;
        # not of nested wholes, 重点项目61个（新开工37个…）。其中，工业项目33个（新开工21个…）, whose words differ)
        unique = fsum(w.get(g, 0.0) for g in claimed & (tie.pairs | context) - t.pairs - _one_whole_s(tie, t))
        if unique < _OWN * total and (other is None or score > best):
            other, best = r, score
    return other


def _one_whole_s(tie: Tie, other: Tie) -> frozenset[str]:
    """The pairs of the whole two values are both parts of, where it is the one whole (none where they are parts of
    different or nested wholes)."""
    return tie.under if tie.under == other.under else frozenset()


def _classless_beside_class(band: tuple[float, float | None, str] | None, tie: Tie, t: Tie) -> bool:
    """Whether a value of no size class is set against one whose own words name the class the claim names
    (其中亿元以上项目38个 claimed as 亿元以上在建项目, beside 63个在建项目累计完成投资47.2亿元): the claimed class
    is the value's, and the other's words may hold 亿元 only by the outlay written after its count, so it is no
    rival."""
    return band is not None and tie.band == band and t.band is None


def _goals_only(c: Claim, tie: Tie, near: tuple[tuple[Quantity, Tie], ...]) -> tuple[tuple[Quantity, Tie], ...]:
    """The values that may rival `tie`'s: where its own words are a goal a level above hands down (完成市下达下降3.5%的
    目标任务, 市下达任务25亿元) and the claim a goal, only the goals; the result beside it is what is measured against
    it, no rival."""
    if c.kind != "target" or _HANDED_DOWN.search(simplified(tie.shown)) is None:
        return near
    return tuple((r, t) for r, t in near if t.kind == "target")


# The words of a goal a level above hands down (市下达任务, 完成省下达"下降3.5%"的目标任务).
_HANDED_DOWN = re.compile(r"[省市县区]下达")


def _ruled_out(src: Source, c: Claim, value: tuple[Quantity, Tie],
               told: tuple[str, tuple[float, float | None, str] | None, Period | None, str],
               wholes: tuple[int, frozenset[str]]) -> bool:
    """Whether a value that holds more of the claim than `q` is still no rival: the claimed value itself, another
    measure, class, period or tally (`told`), a place's within the whole claimed (`wholes`: its level, and the pairs of
    the whole `q` is a part of where the claim names the part), that whole's, another year's, a place's above the
    page's, or an unnamed 分别 list item's (its words are not all its own)."""
    r, t = value
    whole, part_of = wholes
    return t.unnamed or bool(part_of and t.pairs and t.pairs <= part_of) or value_match(c, r) is not None \
        or _bound_met(c, r) or _apart_from(c, r, t, told) or _goal_tier(src, c, r).status == WRONG \
        or (0 <= whole <= 2 and t.level < 0 and _of_a_place_within(t, whole)) \
        or _of_another_year(src, r, t, told[2]) or _above_the_page(src, c, t, whole) \
        or (c.kind == "target" and _goal_noted_after(src, r))


def _start_of_change_to(src: Source, c: Claim, r: Quantity, q: Quantity) -> bool:
    """Whether a rival is the state a change starts from and `q` the state it reaches (产能由1.5万吨提升至2万吨): the
    two are one quantity before and after, so the start is no rival of the end, unless the claim names the before
    (原有产能, 扩能前)."""
    if r.end > q.start or _BEFORE_NAMED.search(claimed_text(c.indicator)):
        return False
    text = src.text
    to = _TO_AFTER.match(text, r.end)
    return _FROM_BEFORE.search(text, max(0, r.start - 4), r.start) is not None and to is not None \
        and to.end() - 1 == q.start


_BEFORE_NAMED = re.compile(r"原有|原来|此前|之前|以前|[前初]期|前的?$|(?:扩能|扩建|改造|提升|技改)前")


def _goal_noted_after(src: Source, r: Quantity) -> bool:
    """Whether brackets right after `r` give the goal it is measured against (上报到位资金36亿元(任务数34亿元)): `r` is
    what was reached, no rival of a claimed goal."""
    text = src.simplified_text()
    return _GOAL_NOTE.match(text, src.view_at(r.end)) is not None


_GOAL_NOTE = re.compile(r"\s*[（(][^（）()，,；;。\d]{0,6}(?:任务|目标|计划)")



def _bound_met(c: Claim, r: Quantity) -> bool:
    """Whether a rival is a bound the claimed exact value meets (航空航天、车联网、信创产业链增加值增速均超过20%，
    航空航天增长26.0%: the bound a list shares says nothing against one item's own value)."""
    if c.qualifier != "=" or c.value_high is not None or r.value_high is not None \
            or r.qualifier not in (">", ">=", "<", "<="):
        return False
    pair = comparable(c, r)
    if pair is None:
        return False
    cv, rv = pair
    return {">": cv > rv, ">=": cv >= rv, "<": cv < rv, "<=": cv <= rv}[r.qualifier]


def _above_the_page(src: Source, c: Claim, t: Tie, whole: int) -> bool:
    """Whether a value is a place's above the page's own (全省此次共集中开工项目498个 on a page that calls itself
    我市), where the claim names no place: no rival of the page's own value."""
    return whole < 0 and not c.subject and 0 <= t.level < src.tie_of.topic().own


def _of_another_year(src: Source, r: Quantity, t: Tie, period: Period | None) -> bool:
    """Whether a value whose period writes no year (全年, 一季度) is of another year than the claimed period's, by
    the year written before it (2017年 of 全年增长8.5% under 分季度看 in a paragraph on 2017)."""
    if period is None or not (period.year and period.year.isdigit()) or t.period is None or t.period.year:
        return False
    year = src.tie_of.year((r.start, r.end))
    return year is not None and year.isdigit() and year != period.year
