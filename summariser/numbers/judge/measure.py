"""The claim's measure: a level, a change, a share, a gap or an average over years, and the basis a value is
written on; the kind of amount (增加值, 产值, 营业收入) the value's words name, or leave to statistics or to the
words before it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ...places.divisions import Divisions, divisions
from ..attribution import (
    LIST_SUMMING,
    SUPPLY_NAMED,
    Tie,
    bigrams,
    head_kind,
    indicator_words,
    last_match,
    level,
    measured,
    measured_part,
    measures_in,
)
from ..claims import Claim
from ..compare import CHANGE_WORDS, claimed_measure
from ..periods import Period, parse_period, periods_in
from ..quantities import Quantity
from ..source import HAN_ONLY, Source
from ..spans import end_from, start_after
from ..units import MULTIPLE, PERCENT, POINTS
from .kind import _MEASURE_REACH
from .names import _COMPARING, _WHOLE_PLACES
from .subject import _AVERAGE_OF, _BASE, _BASE_PLACE, _stem_at
from .text import (
    _AVERAGE,
    _FINE,
    _HOW,
    _OPPOSITE,
    _PERCENT_MEASURES,
    _PULLED,
    _STRETCH_OF_YEARS,
    UNSURE,
    WRONG,
    _compared_claim,
    _Finding,
    _own_shown,
    _own_words,
    _said_of_each,
    _signed_as_said,
    claimed_text,
)


def _share_s_whole(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """Whether an amount a share right after it measures against a whole (完成规模以上工业增加值53.9亿元，占园区规模以上
    工业增加值比重达87%; 进出口1172.5亿元，增长43.9%，占同期全省进出口总值的56.9%) is claimed under that whole's name:
    the amount is a part of it. A claim in words of the whole the amount's own lack (园区规上工业增加值), or in the
    whole's words and its place (全省进出口总值), is wrong; one in words both hold is open where the whole is named by
    what it is, not by a place whose part a claim naming none may mean (占全市进出口总值的28.4% on a county's page)."""
    if not c.indicator or q.unit in (PERCENT, POINTS) or tie.measure:
        return _FINE
    after = _SHARE_AFTER.match(src.simplified_text(), src.view_at(q.end))
    if after is None:
        return _FINE
    named = after.group(1).replace("同期", "")
    whole = bigrams(indicator_words(named))
    written = claimed_text(c.indicator)
    claimed = bigrams(indicator_words(written.replace("同期", "")))
    # (the amount's words with the word that says it is a sum left out: 三大主导产业产值 of 三大主导产业合计产值)
    own = tie.pairs | bigrams(_SUM_WORD.sub("", tie.words))
    if not whole or not claimed or not claimed <= whole | own:
        return _FINE  # (税收收入 claimed for 税收收入…，占地方公共预算收入比重: words of the part the whole lacks)
    if any(_GENERIC_PAIR.fullmatch(p) is None for p in claimed - own):
        return _Finding(WRONG, "indicator")
    if not claimed <= whole:
        return _FINE
    if level(named) >= 0:
        return _Finding(WRONG, "indicator") if level(written) == level(named) else _FINE
    return _Finding(UNSURE, "indicator")


def _pointed_share_s_part(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """Whether a share whose words point back at the amount its sentence says (…营收突破1500亿元，总量占全市的75%) is
    claimed for a part that sentence does not name (航空制造产业营收占全市比重, where 航空制造产业 has its own amount in
    the next sentence), or for what the share is of (全区投资占比 for 总量占全区投资比重为86.7%): 总量 stands for the
    one amount named before it, so a claim naming another part, or the whole, is not confirmed by it."""
    if c.measure != "share" or not c.indicator or _POINTED.search(simplified(tie.shown)) is None:
        return _FINE
    part = _SHARE_TAIL.split(claimed_text(c.indicator), 1)[0]
    if len(part) < 2 or "占" + part in simplified(tie.shown):
        return _Finding(UNSURE, "indicator")  # (no part named, or the whole named as the part)
    found = src.tie_of.sentence((q.start, q.end))
    said = indicator_words(found[0][:found[1]]) if found is not None else ""
    # (its words as read join what the sentence writes apart: 电子信息产业营业收入 of 电子信息产业生态…，营收…)
    return _Finding(UNSURE, "indicator") if bigrams(indicator_words(part)) - bigrams(said) - tie.pairs else _FINE


_POINTED = re.compile(r"(?:^|…)(?:总量|总额)(?:约|均)?占")  # (…总量占全区投资比重为: the amount before, pointed at)
_SHARE_TAIL = re.compile(r"占|比重|份额|比例")  # (where a claimed share's part ends: 航空制造产业营收|占全市比重)


# An amount's clause, the growth clauses after it, then the share it is of a whole (，增长12.4%，占地方公共预算收入
# 比重达80.7%; ，占全区总量的18%): the whole's words, group 1.
_SHARE_AFTER = re.compile(r"(?:[，,][^，,。；;占\d]{0,8}(?:增长|下降|增加|减少|上升)[^，,。；;\d]{0,4}[\d.]+%)*"
                          r"[，,]\s*(?:约|共|合计)?占(?![地用有])([^，,。；;\d%]{2,20}?)的?(?:比重|比例|份额)?"
                          r"(?:为|达到|达|是|约|超过)?\s*[\d.]+%")
_GENERIC_PAIR = re.compile(r"[总值额量计全部合共]{2}")  # (总值 of 进出口总值: how a whole is written, not what it is)


def _basis_claimed(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """Whether the claim reads the value on the basis it is written on, where its indicator's values written in a
    row give another of its unit on the other (一般公共预算收入完成468.3亿元、下降11%，同口径增长4.6%; 收入3.5亿元，自然
    增幅2%，同口径完成3.67亿元，增幅6.1%): a claim naming the basis (…(同口径), 剔除…因素) is of the value written
    with it, one naming none of the plain value; the other value is misattributed, or open where the basis is the
    prices' (现价 against 可比价: which growth a bare claim means, statistics differ by indicator). Where the row
    gives only one value of the unit, it is the indicator's whatever the claim says of its basis."""
    if not c.indicator or not _named_pairs(c.indicator) <= tie.pairs:
        return _FINE  # (a claim of another indicator: its own findings tell it)
    row = src.of_value(_basis_row, q)
    based = dict(row).get(q)
    if based is None:
        return _FINE
    claimed = _basis_of(claimed_text(c.indicator))
    if bool(claimed) == bool(based):
        return _FINE
    rival = next(((r, b) for r, b in row if bool(b) == bool(claimed) and r.unit == q.unit and r is not q), None)
    if rival is None:
        return _FINE
    return _Finding(UNSURE if _PRICES in (based, rival[1]) else WRONG, "indicator", rival[0])


@lru_cache(maxsize=4096)
def _named_pairs(indicator: str) -> frozenset[str]:
    """The pairs of what a claimed indicator names, without the words of how it changed (增长, 增速)."""
    return bigrams(_HOW.sub("", indicator_words(claimed_text(indicator))))


def _basis_of(words: str) -> str:
    """The basis `words` write a value on: _PRICES (按可比价, 扣除价格因素), _COVERAGE (同口径, 可比口径, 剔除…因素),
    "" for none or the plain one named (自然增幅)."""
    found = _BASIS.search(words)
    if found is None or _PLAIN_BASIS.search(words):
        return ""
    return _PRICES if "价" in found.group() else _COVERAGE


def _basis_row(src: Source, q: Quantity) -> tuple[tuple[Quantity, str], ...]:
    """The values of one indicator written in a row in the value's ；-part, from the one its name opens to the last
    whose words since the value before say only how it changed or on what basis (…收入完成468.3亿元、下降11%，同口径
    增长4.6%), each with the basis it is written on (`_basis_of`): its own words', or a note in brackets right after it
    (增长5%（同口径）), else its row's before it; 自然增幅 names the plain one. () where the row holds no basis."""
    text = src.simplified_text()
    at = src.view_at(q.start)
    start, end = start_after(text, at, _PART_STOPS), end_from(text, at, _PART_STOPS)
    key = (_basis_rows, start, end)
    if key not in src.value_reads:
        src.value_reads[key] = _basis_rows(src, start, end)
    return cast("dict[int, tuple[tuple[Quantity, str], ...]]", src.value_reads[key]).get(id(q), ())


def _basis_rows(src: Source, start: int, end: int) -> dict[int, tuple[tuple[Quantity, str], ...]]:
    """Each row of a ；-part's values (the simplified text's [start, end)) by each of its values (by identity), as
    `_basis_row` has it: the part read once, not once per value (a part of a thousand figures)."""
    text = src.simplified_text()
    rows: list[list[tuple[Quantity, str]]] = []
    row: list[tuple[Quantity, str]] = []
    last = start
    for r in src.starting_in(src.view.to_original(start, start)[0], src.view.to_original(end, end)[0]):
        lead, last = text[last:src.view_at(r.start)], src.view_at(r.end)
        if not _only_how_or_basis(lead):
            rows.append(row)  # (the next indicator's name: the row is over)
            row = []
        note = _BASIS_NOTE.match(text, last)
        if note is not None:
            lead, last = lead + note.group(), note.end()  # (the note is its value's, not the next's)
        inherited = row[-1][1] if row and not _PLAIN_BASIS.search(lead) else ""
        row.append((r, _basis_of(lead) or inherited))
    rows.append(row)
    out: dict[int, tuple[tuple[Quantity, str], ...]] = {}
    for one in rows:
        read = tuple(one) if any(b for _, b in one) else ()
        out.update((id(x), read) for x, _ in one)
    return out


_PART_STOPS = FULL_STOP + "；;\n"  # (a row of one indicator's values ends with its ；-part)
_PRICES, _COVERAGE = "prices", "coverage"


def _only_how_or_basis(lead: str) -> bool:
    """Whether the words between two values say only how the second changed, or on what basis (、下降; ，同口径增长;
    （剔除减税降费因素，同口径增长; ，自然增幅): no name of another indicator."""
    words = _BASIS.sub("", indicator_words(lead))  # (as read: 按可比价格计算 is no word of a name)
    return _HOW_ONLY.fullmatch(words) is not None


# The basis a value is written on, beside another value of its indicator on none: the same coverage as a year
# before (同口径, 可比口径, 剔除减税降费因素), or constant prices (按可比价, 扣除价格因素).
_BASIS = re.compile(r"同口径|可比口径|可比价|(?:剔除|扣除)[^，,。；;（）()]{0,40}?因素")
_PLAIN_BASIS = re.compile(r"自然增[幅长速]")  # (自然增幅2%: the plain value, named as such)
_HOW_ONLY = re.compile(r"(?:增长|下降|增加|减少|上升|回落|增幅|降幅|涨幅|自然|计算|后|影响)*")
# (a basis in brackets right after a value, with no number: 增长5%（同口径）, 增长8%（按可比价格计算）)
_BASIS_NOTE = re.compile(r"\s*[（(](?=[^（）()\d]{0,16}[）)])[^（）()\d]*?(?:同口径|可比口径|可比价|因素)"
                         r"[^（）()\d]*[）)]")


# The period a gap compares with (增速比一季度回落, 较上年同期提高, 比1-9月加快).
_PERIOD_BASE = re.compile(r"(?:比|较)((?:(?:19|20)\d{2}年)?[^，,；;。比较]{1,8}?)(?:份)?(?:相比)?(?:增速|增幅|降幅)?"
                          r"(?:加快|回落|提高|上升|下降|扩大|收窄|放缓|提升|减少|增加|回升|下滑|加减|增减|变化|变动|高|低|快|慢)")


def _measure(c: Claim, q: Quantity, tie: Tie | None) -> _Finding:
    """较去年同期增加47家 is a change, not a level: claimed as the count itself, with no word of change; a
    percent the source gives as a share (占比6.4%) is not a growth, nor a growth a share."""
    claimed = claimed_measure(c)
    if q.measure == "change" and claimed == "level" and q.unit not in (PERCENT, POINTS) \
            and not CHANGE_WORDS.search(c.indicator or ""):
        return _Finding(WRONG, "measure")
    tallied = _tallied_otherwise(c, q, tie, claimed)
    if tallied.status == WRONG:
        return tallied
    if _changed_claimed(c, claimed) and q.measure != "change" and q.unit not in (PERCENT, POINTS, MULTIPLE) \
            and tie is not None and not _CHANGED.search(_own_shown(tie)):
        # 达2896家，比年初净增187家: the 2896 is how many there are, the change is the 187
        return _Finding(WRONG, "measure")
    if tie is not None and tie.measure and claimed in _PERCENT_MEASURES and c.unit == PERCENT \
            and tie.measure != claimed:
        return _Finding(WRONG, "measure")
    if tie is not None and (_averages_apart(c, q, tie) or _over_an_earlier_year(c, tie) or _share_s_change(c, q, tie)):
        return _Finding(WRONG, "measure")
    return _points_measured(c, q, tie) if tie is not None and q.unit == POINTS and c.indicator else _FINE


def _tallied_otherwise(c: Claim, q: Quantity, tie: Tie | None, claimed: str | None) -> _Finding:
    """A running total after a batch claimed for the batch (…等10个县创建为第二批省级…示范县，总数达19个: 19 is all
    batches'), or a change of a count of new things claimed as their count (累计新增工业项目240个，较去年同期增加18个:
    18 more new projects than a year before, not 18 new ones). `claimed`: the claim's measure."""
    if tie is None:
        return _FINE
    if _total_for_batch(c, tie):
        return _Finding(WRONG, "indicator")
    if q.measure == "change" and claimed == "level" and q.unit not in (PERCENT, POINTS) and _new_ones_changed(c, tie):
        return _Finding(WRONG, "measure")
    return _FINE


def _total_for_batch(c: Claim, tie: Tie) -> bool:
    """Whether a running total whose own words are only that (总数达19个, 累计达到104家), after a count of a batch or
    of new ones, is claimed for that batch (第二批…, 新增…, 新认定…) with no word of a total."""
    own = _own_shown(tie)
    if tie.tally != "total" or not _TOTAL_ALONE.fullmatch(own):
        return False
    written = claimed_text(c.indicator or "")
    return _BATCH.search(written) is not None and _TOTAL_CLAIMED.search(written) is None


_TOTAL_ALONE = re.compile(r"[，,]?(?:总数|总量|总计|累计|共计|合计)(?:已)?(?:达到|达|为|增至|增加到|提高到|上升到)?")
_BATCH = re.compile(r"第[一二三四五六七八九十\d]+批|本批|新增|新认定|新培育|新创建|新入选|新获批|"
                    r"新入规|新上规|新进规|新入库|新纳统")
_TOTAL_CLAIMED = re.compile(r"总|累计|共|合计|全部|现有")


def _new_ones_changed(c: Claim, tie: Tie) -> bool:
    """Whether a change over the same stretch of the year before (较去年同期增加18个) is of a count of new things
    (新增工业项目240个), and the claim names the new things with no word of change of its own (新增工业项目 18个):
    new things are counted against a day (比年初净增, 较上年末增加), a count of them changes against a stretch."""
    own = _own_shown(tie)
    if not _SAME_STRETCH.search(own) or "新增" not in tie.words.replace(indicator_words(own), "", 1):
        return False
    return CHANGE_WORDS.search(claimed_text(c.indicator or "").replace("新增", "")) is None


# (同期 or 同比: the same stretch of the year before, whatever word names it)
_SAME_STRETCH = re.compile(r"同期|同比")


def _changed_claimed(c: Claim, claimed: str | None) -> bool:
    """Whether the claim says a count or an amount is a change: as its measure (a growth in 个 is one), or by the
    last words of its indicator (新开工项目数量增长 80个); not 新增规上企业50家, the new ones counted."""
    return claimed in ("change", "growth") and c.unit not in (PERCENT, POINTS, MULTIPLE) \
        or claimed == "level" and _CHANGE_LAST.search(c.indicator or "") is not None


_CHANGE_LAST = re.compile(r"(?:增长|下降|增加|减少|增量)$")


def _share_s_change(c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether a share's change in points (占规上工业比重为34.1%，同比提升1.6个百分点; 较去年同期占比提升8.3个百分点)
    is claimed as a growth rate's (增速提高): the share its words leave out, or the share they name."""
    if q.unit != POINTS or _RATE_CLAIMED.search(c.indicator or "") is None or _SHARE_LEFT_OUT.search(c.indicator):
        return False
    said = tie.left_out or _own_shown(tie)
    return _SHARE_LEFT_OUT.search(said) is not None and _RATE_CLAIMED.search(said) is None


_RATE_CLAIMED = re.compile(r"增速|增幅|增长率")
_SHARE_LEFT_OUT = re.compile(r"比重|占比")


def _over_an_earlier_year(c: Claim, tie: Tie) -> bool:
    """Whether a change its own words measure over a year further back than the one before (2021年…比上年增长18.9%，
    比2019年增长31.2%) is claimed as none but its year's (a year's growth is over the year before)."""
    m = _OVER_A_YEAR.search(_own_shown(tie))
    if m is None or m.group(1) in c.indicator or _YEARS_COUNTED.search(c.indicator):
        return False
    claimed = parse_period(c.period) if c.period else None
    p = claimed if claimed is not None and claimed.year else tie.period
    return p is not None and p.year is not None and p.year.isdigit() and int(m.group(1)) < int(p.year) - 1


# (比疫情前的2019年增长, 比用电量最高的2021年增长: the year past the words that single it out, as the attribution
# reads it; 较 of 较小的 opens them too, as it does there)
_OVER_A_YEAR = re.compile(r"(?:比|较|相比|对比)(?:[^，,；;。：:\d比较]{1,24}的)?((?:19|20)\d{2})年?(?:同期)?"
                          r"(?:增长|下降|提高|增加|减少|上升|回落)")
_YEARS_COUNTED = re.compile(r"[两二三四五]年")


def _averages_apart(c: Claim, q: Quantity, tie: Tie) -> bool:
    """两年平均增长6.1% is no one year's growth; nor 同比增长12.8%, beside 两年平均增长5.7%, an average over years."""
    if _AVERAGE.search(tie.shown) and not _AVERAGE_CLAIMED.search(c.indicator + c.period) \
            and not _STRETCH_OF_YEARS.search(c.period):  # (2018年到2022年 claimed: the average's own span)
        return True
    return _one_period_as_average(c, q, tie)


def _gap_of_average(src: Source, c: Claim, q: Quantity) -> _Finding:
    """A gap in points whose clause opens right after an average over years (两年平均增长8.7%，高于全省平均2.4个百分点)
    is a gap of averages; one after a single period's growth (增长8.4%，分别高于全省、全国平均0.4个和2.4个百分点) is
    not: claimed the other way (an average's gap for the growth's, or the growth's for the average's), its measure is
    another."""
    if q.unit != POINTS or not c.indicator:
        return _FINE
    text = src.text
    start = max(text.rfind(x, 0, q.start) for x in "。；;\n")
    found = last_match(_GAP_AFTER, text[start + 1:q.start])
    if found is None or found.end() != q.start - start - 1:
        return _FINE  # (no gap clause read right before it: left as read)
    averaged = bool(found.group(1))
    claimed = _AVERAGED_CLAIMED.search(c.indicator + (c.period or "")) is not None
    return _Finding(WRONG, "measure") if averaged != claimed else _FINE


# (the clause a gap opens, and the growth of the clause before it: whether that growth is an average over years; the
# gap to a place, 高于全省, or to an earlier period, 比一季度回落, 较1-8月提高)
_GAP_AFTER = re.compile(r"(?:^|[，,])((?:[两二三四五六七八九十]年|年)平均)?(?:同比)?(?:增长|增速为?|增幅为?|下降)"
                        r"-?[\d.]+\s*[%％][，,]\s*(?:(?:分别)?(?:高于|低于|快于|慢于|高出|低出|超过)[^，,；;。\d]{1,16}"
                        r"|(?:比|较|环比)[^，,；;。%％]{1,12}?(?:分别)?(?:回落|提高|加快|放缓|扩大|收窄|上升|下降|回升|下滑|提升))"
                        r"(?:[\d.]+\s*个?(?:百分点)?[和、及])*$")


def _gap_of_bare_share(src: Source, c: Claim, q: Quantity) -> _Finding:
    """A gap in points right after a share written without its % (占全市规上工业增加值比重达45.9，比上半年提升2.6个
    百分点: no value the parser reads, so the gap would take the growth before it) is the share's change: claimed as
    a growth rate's (增速比上半年提升), with no word of a share, its measure is another."""
    if q.unit != POINTS or not c.indicator:
        return _FINE
    text = src.text
    start = max(text.rfind(x, 0, q.start) for x in "。；;\n")
    found = _BARE_SHARE_GAP.search(simplified(text[start + 1:q.start]))
    written = claimed_text(c.indicator)
    if found is None or _SHARE_CLAIMED.search(written) or not _GROWTH_CLAIMED.search(written):
        return _FINE
    return _Finding(WRONG, "measure")


_BARE_SHARE_GAP = re.compile(r"(?:占[^，,；;。\d]{1,20})?(?:比重|占比)(?:达到?|为|是)?\s*\d+(?:\.\d+)?(?![\d.%％])"
                             r"\s*[，,][^，,；;。\d]{0,12}$")


def _one_period_as_average(c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether a growth whose words say no average is claimed as one over years (年均, 两年平均)."""
    return q.unit == PERCENT and _AVERAGED_CLAIMED.search(c.indicator) is not None and "均" not in tie.shown


def _points_measured(c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """A gap in points claimed for another measure than the source's: the share's change (占…比重为33.3%，比上年
    同期提高1.3个百分点) or a pull on a whole's growth (拉动全市规上工业增长2.8个百分点), claimed with no word of it."""
    written = simplified(c.indicator)
    if tie.measure == "share" and not _SHARE_CLAIMED.search(written) and not _share_s_words_claimed(written, tie):
        # (a share's gap claimed as a growth rate's is of another measure; claimed in neither's words, it may be meant)
        return _Finding(WRONG if _GROWTH_CLAIMED.search(written) else UNSURE, "measure")
    if tie.measure == "growth" and _SHARE_NAMED.search(written) and not _GROWTH_CLAIMED.search(written):
        return _Finding(WRONG, "measure")  # (同比增长22.0%，比上年同期提高21.9个百分点 claimed as 占比's change)
    if _GROWTH_GAP.match(_own_shown(tie)) and _SHARE_NAMED.search(written) and not _GROWTH_CLAIMED.search(written):
        return _Finding(WRONG, "measure")  # 比重为21.3%，增速比上年同期提高2.3个百分点: the growth's gap
    if _PULLED.search(_own_shown(tie)) and not _PULL_CLAIMED.search(written):
        return _Finding(WRONG, "measure")
    if _PULLED.search(written) and _GAP_SAID.search(_own_shown(tie)) \
            and not _PULL_CLAIMED.search(simplified(tie.shown)):
        return _Finding(WRONG, "measure")  # (增长7.4%，高出全省投资增速1.1个百分点 claimed as a pull on the whole)
    return _FINE


def _share_s_words_claimed(written: str, tie: Tie) -> bool:
    """Whether a claim on a share's gap names the share by the share's own words, where those are no word of a share
    (研发投入强度达到2.41%，高于全省0.45个百分点 claimed as 研发投入强度高于全省), and names no growth; not by the words
    of the subject it is read under alone (民营企业进出口 of 民营企业进出口增长12%，占进出口总额的比重为50.8%)."""
    parts = simplified(tie.shown).split("…")
    if len(parts) < 2:
        return False
    # (its own words, less those of the subject it is read under: 总额 of 民营企业进出口增长…占进出口总额的比重)
    share = bigrams(_SHARE_NAMED.sub("", indicator_words(parts[-2]))) - bigrams(indicator_words("".join(parts[:-2])))
    return not _GROWTH_CLAIMED.search(written) and bool(share & bigrams(indicator_words(written)))


_GROWTH_GAP = re.compile(r"(?:增速|增幅|增长)(?:比|较)")  # (a gap's own words that say it is a growth rate's)
_SHARE_NAMED = re.compile(r"占|比重|占比|份额")
_GROWTH_CLAIMED = re.compile(r"增速|增幅|增长")
_PULL_CLAIMED = re.compile(r"拉动|带动|上拉|下拉|拉升|拉高|贡献")
# (the words of a gap between two rates, or of a rate's change: 高出全省投资增速, 比上年提高)
_GAP_SAID = re.compile(r"高于|高出|低于|快于|慢于|好于|超过|提高|加快|回落|放缓|收窄|扩大|上升|下降|比|较")


_SHARE_CLAIMED = re.compile(r"占|比重|份额|占比|结构|率|面")


# Words just before a count or an amount that make it a change (比上年末净增217家, 较年初减少, 多了; a table's
# 增减(家) column).
# (GDP增量为697.47亿元: an increment is a change too)
_CHANGED = re.compile(r"净增|净减|增减|增加|减少|增收|减收|新增|增长|下降|提高|降低|上升|回落|扩大|收窄|增量|"
                      # (超目标任务442家: by how much a result passed its goal)
                      r"超(?:出|过|额)?[^，,；;。\d]{0,4}(?:目标|计划|任务)|"
                      r"多|少|涨|跌")


_AVERAGE_CLAIMED = re.compile(r"年均|月均|平均")


_AVERAGED_CLAIMED = re.compile(r"年均|月均|年平均|[两三四五六七八九十\d]年平均")  # (not 全省平均: a peers' average)


_SIGNED_GROWTH = re.compile(r"[正负]增长")  # (负增长 is a fall: 下降, not 增长)


def _opposed(claimed: str, source: str) -> bool:
    """Whether the claim's words say one direction where the value's own words say only the other (not the
    growth a pull is on: 下拉全市增长 after the part's 下降 names the whole's growth, pulled down)."""
    pull = _PULL_CLAIMED.search(claimed) is not None
    claimed, source = _SIGNED_GROWTH.sub(_signed_as_said, claimed), _SIGNED_GROWTH.sub(_signed_as_said, source)
    return any((a in claimed and b in source and a not in source) or (b in claimed and a in source and b not in source)
               for a, b in _OPPOSITE if not (pull and a == "增长"))


_SUM_WORD = re.compile(LIST_SUMMING)


# (the word a gap's claim compares its side with: what is measured is named before it)
_GAP_COMPARING = re.compile(r"(?:增速|增幅|增长)?(?:高于|低于|快于|慢于|高出|低出|超过)")


# A measure and another name of it in brackets right after (产值(营业收入), 营业收入（主营业务收入）): either names it.
# (and where the measure is named before a growth or a class of what is counted: 食品加工业实现产值（营业收入）…增长,
# 产值（营业收入）超亿元的规上工业企业)
_ALIASED = re.compile(r"([\u4e00-\u9fff]{2,8})[（(]([\u4e00-\u9fff]{2,8})[）)]")


def _value_added_implied(src: Source, q: Quantity, tie: Tie) -> frozenset[str]:
    """The pairs of 增加值 where statistics mean it and the page leaves it unsaid: an industry's growth whose words
    name no kind of amount (通用设备制造业同比增长10.2%; 化工制造业行业增长52.8%), or how far that growth moved since
    an earlier period, in points (规上制造业增长11.1%、较一季度提升0.4个百分点; 制造业增速4.2%，比上半年提高3.4个
    百分点), in a paragraph that names 增加值 or no other kind near it; none for any other value (nor for a trade's
    growth in a paragraph on consumption, whose measure is its sales: see `_trade_implied`)."""
    if _head_read(tie) or not _industry_s_growth(q, tie) or _trade_implied(src, q, tie):
        return frozenset()
    said = src.of_value(_kinds_said, q) - {_VALUE_ADDED}
    return _VALUE_ADDED_PAIRS if not said else frozenset()


def _trade_implied(src: Source, q: Quantity, tie: Tie) -> frozenset[str]:
    """The pairs of what a trade's consumption statistics measure where the page leaves it unsaid: 销售额 for
    wholesale and retail, 营业额 for lodging and catering (限上批发业增长20.8%; 零售业完成26.9亿元，同比增长6.2%;
    住宿和餐饮业分别下降14.5%和5.3%), for an amount or a growth whose own words name only the trade, in a paragraph
    that speaks of consumption before it (社会消费品零售总额, 限上批零住餐, 消费：) and names no value added (where a
    trade's growth is its share of the economy's output, 批发和零售业增长5.2% among the sectors of GDP); none for
    any other value."""
    if not (q.unit_class == "money" or (q.unit == PERCENT and tie.measure == "growth")) or _head_read(tie):
        return frozenset()
    found = _TRADE_ALONE.fullmatch(indicator_words(simplified(tie.words)))
    if found is None:
        return frozenset()
    text = src.simplified_text()
    a = src.view_at(q.start)
    before = text[text.rfind("\n", 0, a) + 1:a]  # (its paragraph: the one before may be on industry, 增加值)
    if not _CONSUMPTION.search(before) or _VALUE_ADDED in {head_kind(m) for m in measures_in(before)}:
        return frozenset()
    return _SALES_PAIRS if found.group(1) in ("批发", "零售") else _TURNOVER_PAIRS


# A value's own words that name only a trade of consumption statistics and how it did (限上批发业增长, 零售业完成,
# 住宿下降: 住宿 of 住宿和餐饮业分别下降…).
_TRADE_ALONE = re.compile(r"(?:限上|限额以上)?(批发|零售|住宿|餐饮)业?(?:累计)?(?:完成|实现)?(?:同比)?(?:增长|下降)?")
# What a paragraph on consumption says before a trade's value (社会消费品零售总额, 社零, 限上批零住餐, 消费：).
_CONSUMPTION = re.compile(r"消费|零售总额|社零|批零|限上|限额以上")
_SALES_PAIRS = frozenset({"销售", "售额"})
_TURNOVER_PAIRS = frozenset({"营业", "业额"})


def _industry_s_growth(q: Quantity, tie: Tie) -> bool:
    """Whether the value is an industry's growth (a percent), or the change of that growth in points, as its own
    words say with no measure named."""
    words = simplified(tie.words)
    if q.unit == PERCENT:
        return tie.measure == "growth" and _INDUSTRY_GROWN.search(words) is not None
    return q.unit == POINTS and _INDUSTRY_GROWTH_MOVED.search(words) is not None


def _output_implied(src: Source, q: Quantity, tie: Tie) -> frozenset[str]:
    """The pairs of 产量 where a product's growth leaves it unsaid: a growth whose words name a product and no
    measure (饲料下降10.4%; 白酒完成2564千升，增长128.7%), in a paragraph whose words before it name output (产量,
    发电量) or products (统计监测的23种工业产品) and no other kind of amount; none for an industry's growth
    (…业增长, which is of 增加值), a place's, or any other value."""
    if q.unit != PERCENT or tie.measure != "growth":
        return frozenset()
    if not tie.head and head_kind(measured(tie.left_out)) == _OUTPUT:
        return _OUTPUT_PAIRS  # (a breakdown's lead names it: 从主要产品产量看，钢材增长12.6%)
    if _head_read(tie) or tie.elided:
        return frozenset()
    own = indicator_words(simplified(tie.words))
    if not own or _INDUSTRY_GROWN.search(own) or own.rstrip("增长下降").endswith(_NOT_A_PRODUCT) \
            or divisions().mentions(own):
        return frozenset()
    text = src.simplified_text()
    a = src.view_at(q.start)
    before = text[text.rfind("\n", 0, a) + 1:a]
    said = frozenset(head_kind(m) for m in measures_in(before)) - {""}
    if said - {_OUTPUT}:
        return frozenset()
    return _OUTPUT_PAIRS if said or "产品" in before else frozenset()


_OUTPUT = "output volume"
_OUTPUT_PAIRS = frozenset({"产量"})
_NOT_A_PRODUCT = ("业", "类", "区", "园", "企业", "项目")


# (and industry's growth rate said as such, 全省工业增速…；一季度增长13.3%: statistics' 工业增速 is of 增加值)
_INDUSTRY_GROWN = re.compile(r"(?:业|产业|行业)(?:增长|下降)$|"
                             r"^(?:全省|全市|全县|全区|我省|我市|我县)?工业(?:增速|增长)")
_VALUE_ADDED_PAIRS = frozenset({"增加", "加值"})
# (an industry's growth, then how it moved since a period the clause may name: 采矿业增长比一季度回升; not a gap to a
# place, 比全省高, whose base is another subject's growth, nor a pull, 拉动全市增长)
_INDUSTRY_GROWTH_MOVED = re.compile(r"(?:业|产业|行业)(?:增长|下降)(?:(?:比|较)[^，,；;。\d全]{1,10}?)?"
                                    r"(?:回升|提高|提升|加快|回落|放缓|收窄|扩大|下降|下滑)$")


def _whole_s_measure(src: Source, q: Quantity) -> frozenset[str]:
    """The pairs of what a whole place's rate before measures, for a rate whose own words name places and no
    measure (全省实现规上工业增加值…，同比增长1.4%…。深圳、佛山…等地市增长较快，分别同比增长4.5%…; 全区规模以上工业
    增加值同比增长7.4%，…，排在我区前两位的是西藏(15.8%)): the nearest rate before it in its paragraph whose words
    name a whole place and what it measures, of its measure (growth, share), the whole place left out; none for any
    other value. (Read once per value: Source.of_value.)"""
    tie = src.tie_of.get((q.start, q.end))
    if tie is None or q.unit != PERCENT or _head_read(tie) or tie.elided:
        return frozenset()
    own = _BASE_PLACE.sub("", indicator_words(simplified(tie.words)))
    table = divisions()
    # (one place: 位居后两位的是安徽(7.2%)和山东(6.9%) reads both names for the 6.9%, which is then no one's)
    named = {d[0].name for _, d in table.mentions(own)} | {s for k in range(len(own) - 1)
                                                           if (s := _stem_at(table, own, k)) is not None}
    if measured(own) or len(named) != 1:
        return frozenset()
    opening = src.text.rfind("\n", 0, q.start)
    for r in reversed(src.starting_in(opening + 1, q.start)):  # (the paragraph's values before it)
        t = src.tie_of.get((r.start, r.end)) if r.end <= q.start and r.unit == q.unit else None
        if t is None or not t.head or (tie.measure and t.measure != tie.measure):
            continue
        words = simplified(t.words)
        at = words.rfind(t.head)
        if at < 0:
            return frozenset()
        if t.level >= 0:
            return bigrams(_WHOLE_WORDS.sub("", words[:at + len(t.head)]))
        # (a place's rate, not the whole's: 银川市规上工业增加值同比增长16.8%，…；吴忠市增长9.6%: its measure, its
        # place left out)
        return _sibling_place_s_measure(table, words[:at + len(t.head)])
    return frozenset()


def _sibling_place_s_measure(table: Divisions, words: str) -> frozenset[str]:
    """The pairs of what a rate of one named place measures, its place left out: none where its words name no
    place at their opening (a branch's, a firm's rate)."""
    found = [(at, d[0].name) for at, d in table.mentions(words)]
    if len(found) != 1 or found[0][0] > 2:
        return frozenset()
    at, name = found[0]
    return bigrams(words[at + len(name):])


_WHOLE_WORDS = re.compile(r"[全我本][国省市区县]")


def _part_head_read(tie: Tie) -> str:
    """What a value's words say it measures, of a share the part's (研发投入占营业收入比重达到2.3%: 研发投入, not the
    whole's 营业收入 its words name last), of a gap the compared side's, as a claim's is read (_share_part_measured)."""
    shown = simplified(tie.shown)
    at = shown.find("占")
    part = measured(shown[:at]) if tie.measure == "share" and at > 0 else ""
    compared = _GAP_COMPARING.search(shown)
    if not part and compared is not None and compared.start() > 0:
        part = measured(shown[:compared.start()])  # (营业收入…增速高于全部税收: the compared side's, as a claim's)
    return part if head_kind(part) else _head_read(tie)


def _head_read(tie: Tie) -> str:
    """What a value's words say it measures, or leave out as said by the value before (增加值 of 规上工业增加值)."""
    return tie.head or measured(tie.left_out)


def _kinds_said(src: Source, q: Quantity) -> frozenset[str]:
    """The kinds of amount the words before a value in its paragraph, or near it, name (增加值: value added); read
    once per value (Source.of_value), whatever is claimed of it."""
    # (the view's offsets, ruby dropped, in its simplified text: of the same length, as the compared text is not,
    # 规模以上 written there as 规上)
    text = src.simplified_text()
    a, b = src.view_at(q.start), src.view_at(q.end)
    opening = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = end if end >= 0 else len(text)
    # (a paragraph that names a kind before the value is read alone: 总产值 of the paragraph before is not what
    # 计算机…制造业增长43.2% is of, after …制造业增加值同比增长10.5% in its own)
    own = frozenset(head_kind(m) for m in measures_in(text[opening:a])) - {""}
    start = opening if own else min(opening, max(0, a - _MEASURE_REACH))
    # (nor past a section's heading line: 二、营业收入⏎…电子信息制造业增长18.9% is of 营业收入, not of the 增加值
    # of the section before)
    heading = last_match(_SECTION_HEADING, text, start, opening)
    start = heading.start() if heading is not None else start
    return frozenset(head_kind(m) for m in measures_in(text[start:end])) - {""}


_SECTION_HEADING = re.compile(r"(?m)^[（(]?[一二三四五六七八九十]{1,3}[）)、．.][^\n，,。；;\d]{1,20}$")


def _measure_unsaid(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether a claim names a kind of amount (总产值, 营业收入) for a value whose words name none, nor leave one
    out, and no words before it in its paragraph or near it name one of that kind (高技术制造业同比增长8.9% under
    装备制造业增加值…: claimed as 高技术制造业总产值, the page never says 产值 there)."""
    head = measured_part(claimed_text(c.indicator))
    claimed = head_kind(head)
    # (a table's cell under 产值 (亿元), or its title's: the words a reader has at it say it; and a trade's sales
    # where the page speaks of consumption, see `_trade_implied`)
    if claimed in _SAID_BY_UNIT or not claimed or _head_read(tie) \
            or bigrams(head) <= tie.pairs | tie.context | _trade_implied(src, q, tie):
        return False
    said = src.of_value(_kinds_said, q)
    # (增加值 is what an industry's growth is of where the page names no kind near it, 食品制造业下降23.4%, and what
    # the change of that growth in points is of, 制造业增速4.2%，比上半年提高3.4个百分点; no amount)
    grown = q.unit == PERCENT or (q.unit == POINTS and _industry_s_growth(q, tie))
    if claimed not in said and (claimed != _VALUE_ADDED or bool(said) or not grown):
        return True
    # (the kind in force is the one said last: 增加值 of the paragraph's GDP is not what 清洁能源产业…分别同比增长22.5%
    # is of, after a sentence on the 产值 of 战略性新兴产业 and 高技术产业)
    near = src.of_value(_kinds_in_force, q)
    return bool(near) and claimed not in near and claimed not in _aliases_in_force(src, q, near)


def _kinds_in_force(src: Source, q: Quantity) -> frozenset[str]:
    """The kinds of amount the value's own sentence names, or else the last sentence before it in its paragraph
    that names any; empty where none does."""
    text = src.simplified_text()
    a, b = src.view_at(q.start), src.view_at(q.end)
    opening = text.rfind("\n", 0, a) + 1
    start = text.rfind("。", opening, a) + 1 or opening
    start = max(start, opening)
    end = text.find("。", b)
    stop = text.find("\n", b)
    end = min(x for x in (end, stop, len(text)) if x >= 0)
    own = frozenset(head_kind(m) for m in measures_in(text[start:end])) - {""}
    if own:
        return own
    for sentence in reversed(text[opening:start].split("。")):
        kinds = frozenset(head_kind(m) for m in measures_in(sentence)) - {""}
        if kinds:
            return kinds
    # (从重点行业看，…纺织、文教体育用品…等行业…分别增长…: a paragraph that names no kind of amount goes on with the
    # one the paragraphs before it name last, the page's 规上工业增加值)
    # (walked back a sentence at a time, not the whole text before split at every value)
    end = opening
    while end > 0:
        start = max(text.rfind("。", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
        kinds = frozenset(head_kind(m) for m in measures_in(text[start:end - 1])) - {""}
        if kinds:
            return kinds
        end = start
    return frozenset()


def _aliases_in_force(src: Source, q: Quantity, near: frozenset[str]) -> frozenset[str]:
    """The other names of the kinds in force (产值 of 营业收入 where its paragraph writes 产值（营业收入）) before the
    value in its paragraph."""
    text = src.simplified_text()
    a = src.view_at(q.start)
    out: set[str] = set()
    for found in _ALIASED.finditer(text, text.rfind("\n", 0, a) + 1, a):
        kinds = {head_kind(measured(g)) for g in found.groups()} - {""}
        if kinds & near:
            out |= kinds
    return frozenset(out)


# (kinds of amount a value's unit says: 新能源汽车6.33万辆 is output, 用电76.1亿千瓦时 power, 企业120家 a count)
_SAID_BY_UNIT = frozenset({"output volume", "power", "count"})
_VALUE_ADDED = "value added"


def _gap_as_change(written: str, q: Quantity, tie: Tie) -> bool:
    """Whether a gap to another place (高于全省平均水平1.4个百分点, or in percent right after the place: 高于全国
    平均水平31.7%) is claimed with words that compare it with nothing (规上工业增加值增速, change 1.4; 利润总额 growth
    31.7): a reader takes that for the change since the last period, or for the growth itself."""
    if q.unit not in (POINTS, PERCENT) or not HAN_ONLY.search(written):
        return False  # (an indicator in another script writes no 比 or 高于: its silence says nothing)
    own = _own_shown(tie)
    gap = _BASE.search(own) if q.unit == POINTS else _GAP_RIGHT_BEFORE.search(own)
    return bool(gap) and not _COMPARED_CLAIM.search(written)


def _count_share_as_amount(written: str, tie: Tie) -> bool:
    """Whether a share read under what is counted (签约项目58个、占比26.5%: of the number of projects) is claimed
    as the share of an amount (签约项目总投资占比): the amount's share is the one after the amount."""
    return tie.measure == "share" and not tie.head and _COUNTED_SHARE.search(simplified(tie.words)) is not None \
        and _AMOUNT_SHARE.search(written) is not None


def _flow_of_another_measure(written: str, tie: Tie) -> bool:
    """Whether the claim measures one thing (增加值, 产值, 营业收入) and the value's own words another, with the
    claim's nowhere in them (高新技术产业投资增长31.7% claimed as 高新技术产业增加值增速): output is no investment."""
    if _flow_added(written, tie):
        return True
    head = measured(written)
    if head not in _FLOWS or head in tie.left_out:
        return False
    own = _own_words(tie)
    other = _MEASURE_LAST.search(own)  # (the measure its words end with: not 投资 of 外商投资企业增长)
    if other is None and not _MEASURE_ANY.search(own) and not _said_of_each(tie):
        # (…累计工业用电量虽然同比下降1.04%，…较一季度收窄15.5个百分点: own words naming none, the words read with
        # them name what is measured)
        read = SUPPLY_NAMED.sub("", simplified(tie.words))  # (生产和供应业, an industry: read as 产量供应业)
        named = set(_MEASURE_ANY.findall(read))
        return bool(named) and head not in read and all(x not in head for x in named)
    return other is not None and head not in own and other.group(1) not in head


_FLOWS = frozenset({"增加值", "总产值", "产值", "营业收入", "主营业务收入", "利润总额"})
_FLOW_KINDS = frozenset(head_kind(x) for x in _FLOWS)


def _flow_added(written: str, tie: Tie) -> bool:
    """Whether the claim names a kind of flow (增加值, 产值, 营业收入) besides those the value's own words name, where
    they name one: 年可实现产值(营业收入)127亿元 claimed as 增加值(营业收入) (a bracket's other name for it adds
    one, and takes none away), 高技术产业增加值增长6.7%，高于…工业增加值增速3.4个百分点 claimed as 高技术产业总产值
    增速高于工业增加值增速 (each side of a comparison is named by its own)."""
    own = frozenset(head_kind(m) for m in measures_in(_own_words(tie) + tie.left_out)) & _FLOW_KINDS
    if not own:
        return False
    claimed = frozenset(head_kind(m) for m in measures_in(_compared_claim(written))) & _FLOW_KINDS
    return bool(claimed - own)
_MEASURE_ANY = re.compile(r"投资|产量|用电量|发电量|出口|进口|税收|零售额|销售额|营业额|利润|收入|产值|增加值")
_MEASURE_LAST = re.compile(rf"({_MEASURE_ANY.pattern})额?(?:同比|累计)?(?:增长|下降|增速|增幅|降幅|增加|减少)?$")


def _amount_growth_as_count(written: str, tie: Tie) -> bool:
    """Whether the growth of an amount (签约总额623.8亿元，同比增长27.4%) is claimed as the growth of a number of
    things (新签约项目数增长): the value's words name an amount and no number of anything."""
    return tie.measure == "growth" and _COUNT_CLAIMED.search(written) is not None \
        and _AMOUNT_GROWN.search(written) is None \
        and _AMOUNT_GROWN.search(tie.words) is not None and _NUMBER_OF.search(tie.words) is None


# (and things counted, named last with no amount of them: 新签约项目 claimed with a growth is their number's)
_COUNT_CLAIMED = re.compile(r"(?:项目|企业|单位|户)(?:个数|数量|数)|个数|家数|户数|(?:项目|企业)$")
# (not 招商引资, the programme: 招商引资签约项目2300个，同比增长41% counts projects)
_AMOUNT_GROWN = re.compile(r"投资|金额|总额|产值|收入|营收|销售额|签约额|(?<!招商)引资|资金")
_NUMBER_OF = re.compile(r"个数|数量|家数|户数|项目数|企业数")


_COUNTED_SHARE = re.compile(r"(?:项目|企业)(?:个数|数量|数)?(?:占比|比重)$")
_AMOUNT_SHARE = re.compile(r"(?:投资|金额|产值|收入|营收|销售额)(?:额|总额)?(?:占比|比重|占)")


# A gap to a whole place written right before a percent (高于全国平均水平31.7%): the percent is the gap.
_GAP_RIGHT_BEFORE = re.compile(rf"(?:{_COMPARING})(?:{_WHOLE_PLACES}){_AVERAGE_OF}(?:高出?|低出?|快|慢)?$")


# The words of a claimed indicator that say what it is compared with (比1-9月, 高于全省, 同比, 环比, 平均).
_COMPARED_CLAIM = re.compile(rf"{_COMPARING}|{_WHOLE_PLACES}|同比|环比|平均|同期")


def _base_kinds_apart(written: str, own: str) -> bool:
    """A gap to a place claimed as the change since a period, or the other way (增速比1-9月提高0.4个百分点，
    比全市高0.7个百分点: 0.7 claimed under 比1-9月提高)."""
    claimed_place, own_place = bool(_BASE.search(written)), bool(_BASE.search(own))
    claimed_period, own_period = _period_base(written) is not None, _period_base(own) is not None
    # (a claim may end on its base, with no word of how it changed: 利润总额增速比1-8月)
    claimed_period = claimed_period or _period_base(_BASE_LAST.sub(r"\g<0>变化", written)) is not None
    return (claimed_period and not claimed_place and own_place and not own_period) \
        or (claimed_place and not claimed_period and own_period and not own_place)


def _period_base(words: str) -> Period | None:
    """The period the last comparison `words` write is with (增速比一季度回落: 一季度), None when it is with none."""
    found = [m.group(1) for m in _PERIOD_BASE.finditer(words)]
    if not found or not (periods_in(found[-1]) or _RELATIVE_BASE.match(found[-1])):
        return None  # (比全市高: a place; parse_period would take any words for a period of its own)
    return parse_period(found[-1])


_BASE_LAST = re.compile(r"(?:比|较)[^，,；;。比较]{1,8}$")
_RELATIVE_BASE = re.compile(r"(?:上年|去年|上一年|上月|上季度|年初|上年末|去年末|上年底|上届|上期)(?:同期)?$")


def _one_level_of_both(one: str, both: str) -> bool:
    """Whether `one` names a single level (省重点, 市级) where `both` names the two together (省市重点项目,
    省、市重点项目)."""
    one, both = _BOTH_LEVELS.sub("省市", one), _BOTH_LEVELS.sub("省市", both)
    return "省市" in both and "省市" not in one and bool(_ONE_LEVEL.search(one))


_ONE_LEVEL = re.compile(r"[省市](?:重点|级)")
_BOTH_LEVELS = re.compile(r"省[、和及与]市")


def _whole_for_its_level(one: str, other: str) -> bool:
    """Whether `one` names a whole place (全市) where `other` names that place's own level (市级: the city without
    its counties or new district, or its own departments' projects), and not the whole. (_own_level_in_force reads
    the same apart for a sentence that opens on the level.)"""
    return any(f"全{x}" in one and f"{x}级" not in one and f"{x}级" in other and f"全{x}" not in other
               for x in "省市区县")


# The year a growth is over (比2019年同期, 比上年, 较去年; 同比 is over the year before): 上年 for all of these.
# (同比2019年: compared with 2019, not with the year before)
# (比此前进出口额最高的2021年增长: the year past the words that single it out, as the attribution reads it)
_BASE_YEARS = re.compile(r"(?:(?:比|较)[^，,；;。：:\d比较]{1,24}的(?=(?:19|20)\d{2}年)|比|较|与|为|是|相当于|同比)"
                         r"((?:19|20)\d{2}|上年|去年|上一年)|同比")


def _earlier_in_its_year(own: str, tie: Tie) -> bool:
    """Whether the base a year is written with is an earlier stretch of the value's own year (2025年1-9月…，较2025年
    1-8月回落0.3个百分点), not another year's: its months end before the value's."""
    m = _BASE_MONTHS.search(own)
    p = tie.period
    if m is None or p is None or p.months is None or (p.year and p.year.isdigit() and p.year != m.group(1)):
        return False
    return int(m.group(2)) < p.months[1]


_BASE_MONTHS = re.compile(r"(?:较|比)[^，,；;。\d]{0,6}?((?:19|20)\d{2})年\d{1,2}\s*[-—–~至到]\s*(\d{1,2})月")


def _base_years(words: str) -> list[str]:
    """The years the growths `words` write are over, in order: a calendar year, or 上年 (同比, 比去年…)."""
    return [m.group(1) if m.group(1) and m.group(1)[0].isdigit() else "上年" for m in _BASE_YEARS.finditer(words)]
