"""Parts and wholes: a whole's value claimed for a part or the other way, a twin value, breakdowns (其中), classes
of firms and of size, and the members of a list or group claimed for the list's value."""

from __future__ import annotations

import bisect
import re
from typing import Callable

from ...core.simplify import simplified
from ...places.divisions import Divisions, divisions
from ..attribution import (
    COUNTS,
    Tie,
    bigrams,
    blank,
    has_subject,
    indicator_words,
    level,
    measured,
    measures_in,
    size_band,
    tally,
)
from ..claims import Claim
from ..compare import CHANGE_WORDS, value_match
from ..periods import Period, parse_period, periods_in
from ..quantities import Quantity
from ..source import HAN_ONLY, Source, Tied
from ..spans import end_from, start_after
from ..topic import PARK, place_names
from .distinctions import _BUDGETED, _JOINED_KINDS, _exclusion_apart, _goods_left_out, _half_of_both, _mode_left_out
from .kind import _class_bound, _other_kind
from .measure import _SUM_WORD
from .names import _names_a_part
from .period import _LOOKS_BACK_UNTIL
from .sets import _GROWN_END, _LEVEL_WORD, _alike
from .subject import _stem_at
from .text import (
    _BOUNDS,
    _FINE,
    _NOT_NAMING,
    _PERCENT_MEASURES,
    _RARE,
    UNSURE,
    WRONG,
    _compared_claim,
    _Finding,
    _naming_pairs_of,
    _own_shown,
    _own_words,
    _sentence_start,
    _unchanged_pairs,
    claimed_text,
    claimed_words,
)


def _part_or_twin(src: Source, c: Claim, value: tuple[Quantity, Tie, Tied], claimed: frozenset[str]) -> bool:
    """Whether a part's own words are claimed for it only in part (see `_part_s_words`), or a twin value fits the
    claimed pairs (`claimed`) better (see `_twin_fits_better`)."""
    q, tie, tied = value
    return _part_s_words(src, c, q, tie, tied) or _twin_fits_better(q, (tie, tied), claimed) \
        or _subject_of_a_sentence_beside(src, q, tie, claimed_words(c.indicator)) \
        or _words_of_a_value_after(src, q, tie, claimed_words(c.indicator))


def _words_of_a_value_after(src: Source, q: Quantity, tie: Tie, claimed: frozenset[str]) -> bool:
    """Whether the claim adds to what `q`'s words say all the own words of a value of the same unit later in its
    sentence, and nothing else (新增规模以上工业企业1342家，超目标任务442家 claimed as 新增规上工业企业超目标任务): the
    later value measures `q`'s subject against something, and the claim names that measure, not `q`."""
    extra = claimed - tie.pairs - tie.context - tie.under - tie.scope - tie.elided
    if len(extra) < _NAME_PAIRS:
        return False
    # (but the pair that joins the two names, 业超 of 企业超目标)
    # (no further than _AFTER_REACH values on: a sentence of a thousand figures is not read to its end per value)
    return any(r.unit == q.unit and len(extra & t.pairs) >= _NAME_PAIRS and len(extra - t.pairs) <= 1
               and t.pairs <= claimed for r, t in _values_after(src, q, _AFTER_REACH))


# How many values after a value in its sentence may measure its subject against something (超目标任务442家 after
# 新增规上工业企业1342家): the farthest that does on the development pages is 10 values on.
_AFTER_REACH = 32


def _subject_of_a_sentence_beside(src: Source, q: Quantity, tie: Tie, claimed: frozenset[str]) -> bool:
    """Whether the claim names the subject another sentence of the paragraph opens with, for a value of the same
    unit and measure there (…规模以上亿元企业数达284家，…拉动规模以上工业经济增长13.9个百分点), where `q`'s own sentence
    opens with another subject in a clause of no value (…国有控股企业在…带动下快速发展，…拉动…2.1个百分点; 深南电路
    已建成投产的…产能持续爬坡，1-10月销售同比增长28.9% after 通富微电在…持续发力，1-10月销售同比增长52.8%): the words of
    each value leave the subject out, and only the sentence it is in says whose it is. `claimed`: the claimed
    indicator's pairs."""
    found = src.tie_of.sentence((q.start, q.end))
    if found is None or not _GROWN_END.sub("", tie.words):
        return False
    s0 = _sentence_start_in_text(src, q.start, found[1])
    if not _opens_with_a_subject(src, s0, q):
        return False
    mine = _pairs_before(src, s0, q.start)
    missing = claimed - mine - tie.pairs
    if len(missing) < _NAME_PAIRS:
        return False
    line = (src.text.rfind("\n", 0, s0) + 1, src.text.find("\n", q.end) % (len(src.text) + 1))
    for r in src.starting_in(*line):  # (the paragraph's values)
        t = src.tie_of.get((r.start, r.end))
        if t is None or r.unit != q.unit or t.measure != tie.measure or not _same_words_but_subject(t.words, tie.words):
            continue
        other = src.tie_of.sentence((r.start, r.end))
        if other is None or (r0 := _sentence_start_in_text(src, r.start, other[1])) == s0:
            continue
        theirs = _pairs_before(src, r0, r.start)
        own = mine - theirs - tie.pairs
        if len(missing & theirs) >= _NAME_PAIRS and len(own) >= _NAME_PAIRS and not claimed & own:
            return True
    return False


def _sentence_start_in_text(src: Source, at: int, into: int) -> int:
    """Where the sentence of the value at the text's offset `at` starts in the text, given how far `into` it the value
    stands in the reading's offsets (Source.sentence's; a page with ruby has fewer characters there)."""
    start = src.view_at(at) - into
    return src.view.to_original(start, start)[0]


def _opens_with_a_subject(src: Source, s0: int, q: Quantity) -> bool:
    """Whether the sentence at `s0` opens with a clause of no value that names a subject, before `q`'s (…国有控股企业
    在…带动下快速发展，…; not 其中，…, a part of the sentence before's, nor a period alone, 下半年，…)."""
    end = _CLAUSE_END.search(src.text, s0, q.start)
    if end is None or src.starting_in(s0, end.start()):
        return False
    opening = src.text[s0:end.start()].strip()
    if opening.startswith(_BREAKDOWN_OPENINGS):
        return False
    return has_subject(indicator_words(blank(opening, [(a, b) for a, b, _ in periods_in(opening)])))


_CLAUSE_END = re.compile(r"[，,；;：:]")
_BREAKDOWN_OPENINGS = ("其中", "分", "从", "按", "在此", "此外", "同时")


def _pairs_before(src: Source, start: int, at: int) -> frozenset[str]:
    """The pairs of the words in [start, at), the values written there and their units left out (亿元 of 83.55亿元)."""
    cuts = [start] + [x for r in src.starting_in(start, at) for x in (r.start, r.end)] + [at]
    return bigrams(indicator_words("，".join(src.text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))))


_NAME_PAIRS = 2  # (the pairs of a name of two characters and more: 亿元 of 亿元企业, 通富 富微 微电 of 通富微电)


def _same_words_but_subject(one: str, other: str) -> bool:
    """Whether two values' own words are one measure's, the one perhaps with a subject before it (电子信息销售增长 and
    销售增长)."""
    return bool(one and other) and (one.endswith(other) or other.endswith(one))


def _other_side_claimed(written: str, tie: Tie) -> bool:
    """Whether the claim names the other side of what the value's words say: the whole for a part (see
    `_whole_for_part`), or the pulled for the puller (see `_pull_swapped`)."""
    return _whole_for_part(written, tie) or _pull_swapped(written, tie)


def _growth_given_to_part(src: Source, c: Claim, value: tuple[Quantity, Tie, Tied]) -> bool:
    """Whether a whole's growth is claimed for a part named after 其中 that states none of its own (…同比增长10.4%；
    其中，…市区完成1021亿元 for the whole's 10.4%); not where the value is itself a part."""
    q, tie, tied = value
    return tie.measure == "growth" and not tie.under \
        and _part_claimed(claimed_text(c.indicator), (q, tie, tied), lambda: _values_after(src, q)) is not None


def _pull_swapped(written: str, tie: Tie) -> bool:
    """Whether the claim names as what pulls what the value's words name as pulled (其中制造业投资增长24.1%，拉动
    工业投资增长16.2个百分点 claimed as 工业投资拉动全部投资增长): the puller is the subject of 拉动, what is pulled
    the noun after it; a claim that swaps them names another pull."""
    if "拉动" not in written or "拉动" not in tie.words:
        return False
    puller, pulled = (_PULL_END.sub("", w) for w in tie.words.rsplit("拉动", 1))
    claimed = _PULL_END.sub("", indicator_words(written.split("拉动", 1)[0]))
    # (both named, and what is pulled named apart from the puller: not 拉动投资增长 after 工业投资, the place left out)
    return bool(puller) and len(pulled) >= 2 and claimed.endswith(pulled) and not puller.endswith(pulled) \
        and not claimed.endswith(puller)


_PULL_END = re.compile(r"(?:同比)?(?:增长|增速|增幅)?$")


def _twin_fits_better(q: Quantity, read: tuple[Tie, Tied], claimed: frozenset[str]) -> bool:
    """Whether another value of the same period with the same words of its own (新开工 of 新开工34个 and of 工业项目31个
    （新开工19个…）) is read under a whole the claim fits as well, while `q`'s whole names a part of it the claim
    (`claimed`: its pairs, its period's too) leaves out (工业 of the 工业项目 the 19 are of), and nothing the claim
    names is read at `q` and not at the other: which of the two the claim means, its words do not say. The other may
    be the whole itself (实现营业收入…同比增长7.3%；其中，营业收入亿元以上企业428家，实现营业收入…，增长8.6%: 亿元以上
    企业 is what sets the 8.6% apart)."""
    tie, tied = read
    if _twin_told_apart(q, read, claimed):
        return True
    if not tie.under or not tie.words:
        return False
    mine = tie.pairs | tie.context | tie.under
    for r, t in tied.near:
        if r is q or t.words != tie.words or q.unit != r.unit \
                or (t.period is not None and tie.period is not None and t.period.conflicts(tie.period)):
            continue
        theirs = t.pairs | t.context | t.under
        if t.under:  # (both read under wholes)
            apart = tie.under - t.under - tie.pairs
        elif tie.under <= theirs:  # (the other is the whole `q` is a part of)
            apart = mine - theirs
        else:
            continue
        if apart and not apart & claimed and not (claimed & mine) - theirs:
            return True
    return False


def _twin_told_apart(q: Quantity, read: tuple[Tie, Tied], claimed: frozenset[str]) -> bool:
    """Whether another value of the same unit, measure and period has the same words of its own as `q`
    (占年度计划的47.2% and, after 省市重点项目24个, 占年度计划的48.4%; 实现工业总产值83.55亿元 after 国有控股企业 and
    790.99亿元 after 亿元企业数达284家), so that only the subject a reader has in mind at each tells them apart, and
    the claim names that of the other (words of its subject and not of `q`'s) and none of `q`'s; or `q`'s subject adds a
    qualifier to the other's that the claim leaves out (省市 of 省市重点项目 for 重点项目…48.4%): which of the two the
    claim means, its words do not say for `q`."""
    tie, tied = read
    if not tie.words or not tie.scope:
        return False
    for r, t in tied.worded(tie.words, q, _TWIN_REACH):
        if r is q or t.words != tie.words or r.unit != q.unit or t.measure != tie.measure or not t.scope \
                or (t.period is not None and tie.period is not None and t.period.conflicts(tie.period)):
            continue
        mine, theirs = tie.scope - t.scope, t.scope - tie.scope
        if claimed & theirs and not claimed & mine:
            return True
        if mine and not claimed & mine and claimed & tie.scope <= t.scope:
            return True
    return False


# How many values with the same words before and after a value may be its twin: the farthest twin on the development
# pages is 3 such values away (a page of a thousand figures written alike is not compared pair by pair).
_TWIN_REACH = 16


def _whole_claimed(src: Source, c: Claim, value: tuple[Quantity, Tie, Tied], claimed: frozenset[str],
                   held_whole: bool) -> Quantity | None:
    """The whole a part's value is claimed for, where the claim names it word for word: a value whose own words
    write the claim where the value's write a part's name inside it (规模以上工业装备制造业增加值 claimed as
    规模以上工业增加值; for a growth after an amount, the amount's words: _subject_and_own_words), of the value's kind
    (a goal for the year ahead is no whole of a result), else one before the value that it breaks down, where the
    value's words hold all the claim (`held_whole`). None when there is none."""
    q, tie, tied = value
    inserted = _inserted_part(claimed_text(c.indicator), tie, tied)
    scale = _above_scale_left_out(c, tie) if inserted is None else None
    inserted = inserted or scale
    if inserted is not None:
        band = size_band(c.indicator)  # (10亿元以上项目9个 is no whole of 亿元以上项目, whose words it writes)
        # (not a narrower name that ends with it: 装备制造业增加值 is no whole of all firms' 制造业增加值)
        whole = next((r for r, t in tied.near if r is not q and r.unit_class == q.unit_class
                      and t.measure == tie.measure and t.kind == tie.kind and t.band == band
                      and inserted in _subject_and_own_words(t)
                      and not (scale and (_SCALE_WORD in _own_words(t) or not _whole_named(inserted, _own_words(t))))
                      and _alike(t, tie)), None)
        if whole is not None:
            return whole
    part = _above_scale_apart(c, value) or _part_claimed(claimed_text(c.indicator), value)
    if part is not None:
        return part
    return _whole_before(src, c, q, tie, tied, claimed) if held_whole else None


def _part_claimed(written: str, value: tuple[Quantity, Tie, Tied],
                  near: Callable[[], tuple[tuple[Quantity, Tie], ...]] | None = None) -> Quantity | None:
    """The part a whole's value is claimed for: the claim writes the value's own words with a part's name inside
    (新开工工业项目投资 for 新开工项目投资增长2.2%), and a value near it, of that part of this whole, is named by it
    (其中，工业增长16.3%). None where there is none."""
    q, tie, tied = value
    claim, own = _compared_claim(written), _GROWN_END.sub("", _own_words(tie))
    # (增长14.4% after 全市工业应税销售完成10773.5亿元: the words it takes from the value before)
    own = own or _GROWN_END.sub("", tie.words if _GROWN_END.fullmatch(_own_words(tie) or "增长") else "")
    if len(own) < 4 or own in claim and not claim.endswith(own):
        return None
    whole = bigrams(own)
    # (or with a part's name before them: 县(市)工业应税销售 for 全市工业应税销售…增长14.4% when 其中，县(市)增长5.2%
    # follows; cut 0)
    for cut in [0] if own in claim else [0, *range(2, len(own) - 1)]:
        head, tail = own[:cut], own[cut:]
        if not (claim.startswith(head) and claim.endswith(tail)):
            continue
        inside = claim[cut:len(claim) - len(tail)]
        if cut == 0:
            inside = indicator_words(_LEVEL_WORD.sub("", inside))
        if not 2 <= len(inside) <= _INSERT_MAX:
            continue
        # (a part of this value: after it, of its measure, named by the part's name and read under all its words)
        # (`near`: the values it gives, read only here, of any unit and measure, for a part named with none of this
        # measure)
        after = (near() if near is not None else ()) or tied.near
        return next((r for r, t in after if r.start > q.start
                     and (near is not None or (r.unit_class == q.unit_class and t.measure == tie.measure))
                     and _own_words(t).startswith(inside) and whole <= t.under), None)
    return None


def _values_after(src: Source, q: Quantity, reach: int | None = None) -> tuple[tuple[Quantity, Tie], ...]:
    """The values of `q`'s sentence after it, of any unit, with their ties (the first `reach` of them, where given)."""
    found = src.tie_of.sentence((q.start, q.end))
    end = q.end + (len(found[0]) - found[1] if found is not None else 0)
    return tuple((r, t) for r in src.starting_in(q.end, end)[:reach] if (t := src.tie_of.get((r.start, r.end)))
                 is not None)


def _above_scale_apart(c: Claim, value: tuple[Quantity, Tie, Tied]) -> Quantity | None:
    """The value of the firms above the scale, where the claim names them and the value's own words all firms
    (工业总产值432.76亿元，…；规模以上工业总产值431.39亿元 claimed as 规模以上工业总产值 432.76亿元): a part the page
    writes apart. None where the page writes none."""
    q, tie, tied = value
    above = _above_scale_added(c, tie)
    if above is None:
        return None
    named = above[above.find(_SCALE_WORD):]
    # (规模以上工业总产值431.39亿元 after the park's 工业总产值: the park's, naming no whole of its own)
    return next((r for r, t in tied.near if r is not q and r.unit_class == q.unit_class
                 and t.measure == tie.measure and _own_words(t).endswith(named)
                 and (_alike(t, tie) or _own_words(t).startswith(_SCALE_WORD)
                      and t.period == tie.period and t.written == tie.written)), None)


def _narrower_than_claimed(written: str, q: Quantity, tie: Tie, tied: Tied) -> bool:
    """Whether the value's own words name a part of what is claimed, a telling word right before the claim's name
    (新能源汽车产量增长94.5% claimed as 汽车产量), where another value of its measure is named by the claim alone
    (汽车产量继续保持40%以上增长): that one may be the claim's."""
    claim = _compared_claim(written)
    own = _own_words(tie)
    if q.unit_class == "count":  # (重点项目数 of 重点项目104个: 数 names no word of the things counted)
        claim = _NUMBER_OF_THINGS.sub("", claim)
    at = own.find(claim)
    if at < 0:  # (增长86.3% after 新能源汽车产量1.9万辆: the words it inherits)
        own = tie.words
        at = own.find(claim)
    if len(claim) < 3 or at < 2 or not (_telling(own[at - 2:at], tied) or _INDUSTRY_BEFORE.search(own[:at])
                                        or (claim.startswith(_KEY) and _RANK_OF_KEY.search(own[:at]))):
        return False
    # (as compared, 省级以上 is 省级 and 超20亿元 超亿元: the other value is of the same class and grade, and no part)
    return any(r is not q and r.unit == q.unit and t.measure in (tie.measure, "") and _alike(t, tie)
               and t.band == tie.band and t.grade == tie.grade and not t.under
               and _named_alone(claim, t.words) for r, t in tied.near)


# (the rank of government that lists key projects, right before 重点: 省市重点项目24个 is a part of 重点项目104个)
_KEY = "重点"
_NUMBER_OF_THINGS = re.compile(r"(?:个数|数量|数)$")
_RANK_OF_KEY = re.compile(r"(?:省市|市县|省|市|县|区|国家|省级|市级|县级|区级)$")
# An industry's name (食品制造业, 金属制品业) right before a measure: a part's, however common its ending on a page
# that lists industries (制造业工业总产值, its 造业 in every row); not a place's or a scope's whole (全市服务业,
# 规上服务业)
_INDUSTRY_BEFORE = re.compile(r"(?![省市县区州旗镇乡村园上])[\u4e00-\u9fff](?:制造|制品|加工|供应|采选|开采|冶炼"
                              r"|修理|服务|建筑|运输|批发|零售|餐饮|住宿|金融|软件)业$")


def _telling(before: str, tied: Tied) -> bool:
    """Whether the two characters `before` a name tell a part of it apart (新能源 of 新能源汽车, 装备 of 装备制造业):
    no place, scope, effort or common word."""
    return bool(HAN_ONLY.fullmatch(before)) and not _NO_PART.search(before) and level(before) < 0 \
        and not _SCOPE_BEFORE.search(before) and not _NOT_NAMING.search(before) and not _EFFORT.search(before) \
        and tied.rarity.get(before, _RARE) >= _RARE


def _part_named_for_whole(written: str, tie: Tie, tied: Tied) -> bool:
    """Whether the claim opens with a name (制造业) that the value's words write only as the end of a longer one
    (装备制造业工业增加值…贡献率38.8% claimed as 制造业…贡献率; 化学纤维制造业 as 制造业投资): a part's value, claimed
    for the whole."""
    claim, words = _compared_claim(written), indicator_words(simplified(tie.words))
    whole = _WHOLE_SECTOR.match(claim)
    if whole is None or whole.group() not in words:
        return False
    at = [m.start() for m in re.finditer(whole.group(), words)]
    return all(a >= 2 and _telling(words[a - 2:a], tied) and words[a - 1] not in _NOT_A_PART_S_END
               and words[a - 2:a] != "规模" for a in at)


# The sectors a page sums its industries into (制造业, not 装备制造业), which a claim may open with.
_WHOLE_SECTOR = re.compile(r"制造业|服务业|采矿业|建筑业")
# (a place's, 全省制造业; and words that only lead to it: 占比最大的制造业, 特别是制造业投资, 规模制造业)
_NOT_A_PART_S_END = frozenset("省市县区州旗镇乡村园的是为和及与了在对")


def _named_alone(claim: str, words: str) -> bool:
    """Whether `words` name the claim with nothing telling before it (汽车产量…, 全省规上工业增加值…; 制造业工业增加值
    names 制造业增加值: an industry's 工业增加值 is its 增加值)."""
    words = _INDUSTRY_ADDED.sub("增加值", words) if "工业" not in claim else words
    at = words.find(claim)
    return at == 0 or (at > 0 and _SCOPE_BEFORE.fullmatch(words[:at]) is not None)


_INDUSTRY_ADDED = re.compile(r"(?<=业)工业增加值")
_EFFORT = re.compile(r"努力|力争|确保|将|预计|继续|保持|持续|全力|大力|着力|重点|进一步|培育|引进|建成|开展|打造|推进")
_SCOPE_BEFORE = re.compile(r"(?:全省|全市|全区|全县|全州|全盟|我省|我市|我区|我县|全国|规上|规模以上|同比|今年|去年)+")


def _above_scale_left_out(c: Claim, tie: Tie) -> str | None:
    """The claimed indicator as compared, where the value's own words name it for the firms above the scale
    (规模以上工业实现增加值3.12亿元) and the claim does not (工业增加值): the whole of all firms, where another value's
    words write it with no 规模以上 (实现工业增加值3.44亿元), is the claim's. None otherwise."""
    claim = _compared_claim(claimed_text(c.indicator))
    own = _own_words(tie)
    return claim if len(claim) >= 4 and _SCALE_WORD in own and _SCALE_WORD not in claim \
        and claim in own.replace(_SCALE_WORD, "").replace("实现", "").replace("完成", "") else None


def _above_scale_added(c: Claim, tie: Tie) -> str | None:
    """The claimed indicator as compared, where the claim names it for the firms above the scale (规模以上工业总产值)
    and the value's own words name it for all firms (工业总产值432.76亿元). None otherwise."""
    claim = _compared_claim(claimed_text(c.indicator))
    own = _own_words(tie)
    # (规模以上工业企业单位数 for a row of an industry table, 企业单位数: 工业 goes without saying)
    if "工业" not in own:
        claim = claim.replace(_SCALE_WORD + "工业", _SCALE_WORD, 1)
    bare = claim.replace(_SCALE_WORD, "")
    return claim if len(bare) >= 4 and _SCALE_WORD in claim and _SCALE_WORD not in own \
        and bare in own.replace("实现", "").replace("完成", "") else None


def _part_s_words(src: Source, c: Claim, q: Quantity, tie: Tie, tied: Tied) -> bool:
    """Whether the value's words leave the claim open: they say whose it is otherwise, or name a part of what is
    claimed (a telling word before the claim's name, a class of firms)."""
    return _left_open(src, c, q, tie, tied) or _whose_left_open(src, c, q, tie) \
        or _narrower_than_claimed(claimed_text(c.indicator), q, tie, tied) or bool(_class_unclaimed(c, tie)) \
        or _base_of_share_claimed(c, tie) or _part_named_for_whole(claimed_text(c.indicator), tie, tied) \
        or _bare_measure_of_a_branch(c, tie)


def _bare_measure_of_a_branch(c: Claim, tie: Tie) -> bool:
    """Whether the claim names only what is measured (产值, 增加值) and no subject, where the value's words name a
    branch it is of (电子信息产业持续壮大，完成产值152.6亿元): whose it is, the claim leaves open."""
    if c.subject:
        return False
    written = _compared_claim(claimed_text(c.indicator))
    return bool(written) and measured(written) == written and bool(_subject_pairs(tie) or _branch_named(tie)) \
        or _elided_only(claimed_words(c.indicator), tie)


def _elided_only(claimed: frozenset[str], tie: Tie) -> bool:
    """Whether the claim names only what a branch's value takes from the clause before (规模以上工业增加值 for 建材—家居
    产业链群增长4.4% after …产业链群规上工业增加值增长2.4%): its own words open with a branch the claim names no word
    of, so whose it is the claim leaves open."""
    return bool(claimed) and claimed <= tie.elided and not claimed & tie.pairs and _branch_named(tie)


def _branch_named(tie: Tie) -> bool:
    """Whether the value's words open with a branch of industry (电子信息产业…完成产值, 制鞋产业实现产值)."""
    return _BRANCH_OPENING.match(tie.words) is not None or _BRANCH_OPENING.match(simplified(tie.shown)) is not None


# What a branch's name ends with (食品产业, 石化—纺织鞋服产业链群, 装备制造业).
_BRANCH_KIND = r"(?:产业链群|产业链|产业集群|集群|产业|行业|制造业)"
# (and a class of goods a trade flow is of: 高新技术产品出口额, 机电产品出口)
_BRANCH_OPENING = re.compile(rf"[\u4e00-\u9fff—－\-、]{{2,16}}?{_BRANCH_KIND}"
                             r"(?![\u4e00-\u9fff]{0,2}(?:园|区))|[\u4e00-\u9fff]{2,8}?产品(?=出口|进口)")


def _base_of_share_claimed(c: Claim, tie: Tie) -> bool:
    """Whether the claim names only what a share is of (GDP for 数字经济核心产业增加值占GDP比重9.5%): whose share it
    is, the words before 占, is left out."""
    at = tie.words.find("占")
    if at <= 0 or tie.measure != "share":
        return False
    claimed = claimed_words(_SHARE_SAID.sub("", c.indicator))
    return bool(claimed) and claimed <= bigrams(tie.words[at + 1:]) and not claimed & bigrams(tie.words[:at])


_SHARE_SAID = re.compile(r"占比|比重|比例|占")  # (how a claim says a share: no word of whose or of what)


def _class_unclaimed(c: Claim, tie: Tie) -> str:
    """The class of firms by size or ownership the value's words are of, its own or its subject's (规模以上大型工业
    企业达18家，增加值同比增长29.9%), where the claim names none: a class's value claimed for all firms. Empty where
    there is none."""
    # (“中小微企业创业园”等项目: a name, no class; the words read with a remark's subject: 小微工业企业发展势头良好，…)
    shown = simplified(tie.shown)
    m = _FIRM_CLASS.search(_QUOTED.sub("", shown))
    if m is None and (m := _FIRM_CLASS.search(tie.words)) is not None and m.group() in shown:
        m = None  # (its class quoted where the value is shown: a name's)
    claim = claimed_text(c.indicator) + (claimed_text(c.subject) if c.subject else "")
    if m is None and (m := _SIZE_CLASS.search(_QUOTED.sub("", shown))) is not None:
        # (规模以上 claimed as 规上; 利润总额 under a 规上 heading names no 工业 and may leave the class unsaid)
        return m.group() if claim.startswith(m.group(1)) and not _SIZE_CLAIMED.search(claim) else ""
    return m.group() if m is not None and m.group() not in claim else ""


# The size thresholds statistics count firms above (规模以上工业, 限额以上批发零售业): their value is not all firms',
# however the claim shortens the class.
# (only where the whole is counted too: all industry's 增加值, all retail's 社会消费品零售总额, all building's
# 总产值; 规模以上服务业营业收入 has no whole beside it, and a claim may leave its class unsaid)
_SIZE_CLASS = re.compile(r"(?:规模以上|规上|规模|限额以上|限上|资质以上|有资质的?)(?:单位)?"
                         r"(工业|批发|零售|住宿|餐饮|建筑业|(?<=单位)消费品)")
_SIZE_CLAIMED = re.compile(r"规模|规上|限额|限上|资质")

# The classes statistics break firms down into (分规模, 分经济类型, 百强; not 500强, which a claim may write without
# its digits): a value of one is not all firms' (其中小微: 小微).
_FIRM_CLASS = re.compile(r"大中型|大型|中型|小型|微型|小微|(?<!其)中小|国有控股|国有|股份制|股份合作|"
                         r"外商及港澳台商?|外商投资|港澳台商?|私营|民营|非公有制|[十百千]强(?=企业)|重工业|轻工业")


def _whole_or_class_claimed(src: Source, c: Claim, value: tuple[Quantity, Tie, Tied], claimed: frozenset[str],
                            held_whole: bool) -> Quantity | None:
    """The whole a part's value is claimed for (see `_whole_claimed`), else the value a class of firms' value is
    claimed for with the class left out (see `_firms_class_left_out`); None where neither."""
    q, tie, tied = value
    whole = _whole_claimed(src, c, value, claimed, held_whole)
    return whole if whole is not None else _firms_class_left_out(c, q, tie, tied)


def _firms_class_left_out(c: Claim, q: Quantity, tie: Tie, tied: Tied) -> Quantity | None:
    """The value of the whole a class of firms' value is claimed for: the value's own words write a class of firms
    right before the claimed words (深海科技企业实现营业收入27.3亿元，增长46.1%), the claim leaves it out (营业收入),
    and another value of the same measure and period has the claimed words with nothing before them but a place or a
    park (园区实现营业收入312.5亿元，增长35.6%): the claim names that whole, whose value it is not. None otherwise."""
    claim = _compared_claim(claimed_text(c.indicator))
    own = next((w for w in (_own_words(tie), tie.words) if claim in w), "")
    at = own.find(claim) if len(claim) >= 2 else -1
    if at <= 0 or not _FIRMS_CLASS.search(own[:at]) or _ALL_FIRMS.search(own[:at]):
        return None  # (规上工业企业利润总额: the firms at large, no class of them)
    for r, t in tied.near:
        if r is q or r.unit_class != q.unit_class or t.measure != tie.measure or t.kind != tie.kind \
                or value_match(c, r) is not None or (t.period is not None and tie.period is not None
                                                     and t.period.conflicts(tie.period)):
            continue
        theirs = next((w for w in (_own_words(t), t.words) if claim in w), "")
        found = theirs.find(claim)
        before = theirs[:found]
        if found >= 0 and _of_a_whole(before):
            return r
    return None


def _of_a_whole(before: str) -> bool:
    """Whether the words before a measure (园区, 全市规上工业企业) name a whole, not a class of firms (新材料企业):
    nothing, a park, a place, or a place's firms at large (全市规模以上工业企业实现营业收入…)."""
    return _ALL_FIRMS.search(before) is not None or (
        (not before or PARK.search(before) is not None or level(before) >= 0 or bool(place_names(before)))
        and not _FIRMS_CLASS.search(before))


_ALL_FIRMS = re.compile(r"^(?:[全我本][省市县区州])?(?:规上|规模以上)?工业企业$")
_FIRMS_CLASS = re.compile(r"企业$")  # (a class of firms right before the measure: 深海科技企业营业收入)


_SCALE_WORD = "规上"  # (规模以上 as the words are compared: indicator_words reads it so)


def _left_open(src: Source, c: Claim, q: Quantity, tie: Tie, tied: Tied) -> bool:
    """Whether the value's words leave open what the claim names: words of its own the claim lacks, what was new
    or the total, or an owner (民营企业) the claim leaves out."""
    return _unnamed(c.indicator, tie, tied, src.simplified_text()) or _tally_left_out(c, tie, q) \
        or _owners_left_out(claimed_text(c.indicator), tie)


def _inserted_part(written: str, tie: Tie, tied: Tied) -> str | None:
    """The claimed indicator as compared (_compared_claim), where the value's own words write it with a telling word
    inside it (规模以上工业高技术产业增加值 claimed as 规模以上工业增加值, 工业技改投资 as 工业投资): a part's value
    claimed for its whole. None where they write it whole, or add nothing inside it that names a part."""
    claim = _compared_claim(written)
    own = _subject_and_own_words(tie)
    if "工业" not in claim:
        own = _INDUSTRY_ADDED.sub("增加值", own)  # (制造业工业增加值: the industry's 增加值, no part inserted)
    if len(claim) < 4 or claim in own:
        return None
    for cut in range(2, len(claim) - 1):
        head, tail = claim[:cut], claim[cut:]
        at = own.find(head)
        end = own.find(tail, at + cut) if at >= 0 else -1
        inside = own[at + cut:end] if end >= 0 else ""
        if 2 <= len(inside) <= _INSERT_MAX and HAN_ONLY.fullmatch(inside) and not _NO_PART.search(inside) \
                and any(tied.rarity.get(g, _RARE) >= _RARE for g in bigrams(inside)):
            return claim
    return None


def _subject_and_own_words(tie: Tie) -> str:
    """A value's own words as compared, or, where they open on how it changed (下降, 同比增长, 降幅比上年末收窄: a
    growth or a change written after an amount, whose subject its clause leaves out), the words it is read under with
    them (规上工业六大高耗能综合能源消费量下降): the growth is the amount's, and names what the amount's words name."""
    own = _own_words(tie)
    return tie.words if _OPENS_ON_A_CHANGE.match(own) and own in tie.words else own


_OPENS_ON_A_CHANGE = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|增速|增幅|降幅|提高|回落|收窄|扩大)")


_INSERT_MAX = 8  # (a part's name written inside the whole's: 高技术产业, 战略性新兴产业, 技改)
# What may stand inside an indicator's words and name no part of it: how it was done, a tally, a period, a
# comparison, or how it changed (规上工业企业实现增加值, 工业累计完成投资, 营业收入同比增长).
_NO_PART = re.compile(r"企业|实现|完成|累计|全部|合计|总|共|同比|环比|比|较|增|降|减|月|年|季|度|期|贸易|生产|当")


def _whole_before(src: Source, c: Claim, q: Quantity, tie: Tie, tied: Tied, claimed: frozenset[str]) -> Quantity | None:
    """A value before `q` whose own words hold all the claim and name nothing it lacks, where `q`'s own words
    add a telling word the claim leaves out (高技术产业实际使用外资1.45亿美元 claimed as 实际使用外资, which is
    5.86亿美元 a clause before): a part given to its whole. None when there is none."""
    if not claimed or _class_bound(q) or not _names_a_part(tie, claimed, tied):
        return None
    wanted = measured(claimed_text(c.indicator))
    # (a whole of another period than the claimed one, which `q` is of, is none: 1—8月份累计工业用电量增长6.9% for
    # 2月份当月工业用电量, where 2—5月份，…当月…分别达到24.4%、… gives each month its own)
    period = _of_page_year(parse_period(c.period) if c.period else None, src.published())
    if period is not None and (tie.period is None or tie.period.conflicts(period)):
        period = None
    claim = (wanted if wanted and tie.head == wanted else "", size_band(c.indicator), period,
             tally(claimed_text(c.indicator)))
    return next((r for r, t in tied.near if r.start < q.start and r.unit_class == q.unit_class
                 and _broken_down(src, r, q)
                 and claimed <= t.pairs and not _names_a_part(t, claimed, tied) and value_match(c, r) is None
                 and not _apart_from(c, r, t, claim)), None)


def _broken_down(src: Source, whole: Quantity, part: Quantity) -> bool:
    """Whether a breakdown's opening stands between a whole and a later value: within its paragraph (…。其中，…),
    or opening the later value's own line (从产业看，制造业实际使用外资… a line after the whole's)."""
    # (read in the simplified view, at its offsets: on a page with ruby, 从(cóng)产(chǎn)业(yè)看(kàn) opens a
    # breakdown too, and the reach is in the characters read)
    text, end, start = src.simplified_text(), src.view_at(whole.end), src.view_at(part.start)
    if not _BREAKDOWN_OPENING.search(text, end, start):
        return False
    if "\n" not in text[end:start].strip():
        return True
    line = text.rfind("\n", 0, start) + 1
    return start - end <= _BREAKDOWN_REACH and _BREAKDOWN_OPENING.match(text[line:start].lstrip()) is not None


_BREAKDOWN_REACH = 400  # how far a line that breaks down a whole may be from the whole's value
# What opens a breakdown of the whole before it: 其中, 从产业看, 分区域看, 按行业分.
_BREAKDOWN_OPENING = re.compile(r"其中|(?:从|分)[\u4e00-\u9fff]{1,4}(?:看|来看)|按[\u4e00-\u9fff]{1,4}分")


def _class_of_a_part(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether a size class is claimed for a value whose words name none, where its sentence names that class for
    another value (协议总金额1052.97亿元，…其中亿元以上新签约项目178个 claimed as 亿元以上…协议总金额): the
    whole's or the part's, which is open."""
    named = _CLASS_WRITTEN.search(claimed_text(c.indicator))
    found = src.tie_of.sentence((q.start, q.end)) if named is not None else None
    return found is not None and named is not None and named.group(0) in simplified(found[0])


_CLASS = r"(?:千万|百万|万|亿)美?元及?以上"  # (a class by amount: 亿元以上, 5000万元及以上, 3000万美元以上)
_CLASS_WRITTEN = re.compile(rf"\d*{_CLASS}")


def _class_left_out(c: Claim, tie: Tie) -> bool:
    """Whether the value's own words name a class of what is counted that the claim leaves out (新开工亿元以上项目42个
    claimed as 新开工项目); not the words of a count before it that it is an amount of (协议引资总额412亿元 after
    签约亿元以上项目58个): what the count counts, which its amount may be claimed for by name alone. A class by growth
    (增幅超30%的有48种) is left out wherever it is read."""
    growth_class = tie.band is not None and tie.band[2].endswith("%")
    own = _own_shown(tie)
    # (…以上项目28个，占68.2%: the class's share, its words only 占)
    return growth_class or _CLASS_NAMED.search(own) is not None or _SHARE_ALONE.fullmatch(own) is not None


# A class by amount that names what is counted (亿元以上项目, 500万元以上技改项目); not one a noun's 的 describes
# (预增产值2000万元以上的增长点, 投资额2000万元以上的正式合同项目), which a claim may leave out.
_CLASS_NAMED = re.compile(rf"{_CLASS}(?!的)")
_SHARE_ALONE = re.compile(r"占(?:比)?(?:为|达)?")


def _class_unnamed(src: Source, value: tuple[Claim, Quantity, Tie, Tied],
                   band: tuple[float, float | None, str]) -> _Finding | None:
    """A size class claimed for a value whose words name none: the class of the whole it is a part of
    (新培育亿元以上项目71个，其中青岩县17个), else open where another value names the claimed class, or its sentence
    names it for another value (see _class_of_a_part)."""
    c, q, tie, tied = value
    whole = next((t.band for _, t in tied.near if t.band is not None and t.pairs and t.pairs <= tie.under), None)
    if whole is not None:
        return None if whole == band else _Finding(WRONG, "indicator")
    if any(t.band == band for _, t in tied.near) or _class_of_a_part(src, c, q):
        return _Finding(UNSURE, "indicator")  # 5亿元以上项目 claimed for a count whose words name no class
    return None


# Words that name a list's items together: by their count (三大产业, 两地, 三个行业, 二者) or as a sum (合计).
_GROUP_NAMED = re.compile(r"([两二三四五六七八九十])(?:大|地|区|者|个|家|类|项|盟市|市|县|盟|州|旗)")


def _items_named(written: str, members: tuple[str, ...]) -> int:
    """How many of a list's members the claim names, each by a pair of its own that no other member has
    (香港 of 中国香港, 新能 of 新能源领域)."""
    if not members:
        return 0
    pairs = [bigrams(m) for m in members]
    claimed = bigrams(written)
    named = sum(bool((own - frozenset().union(*(p for p in pairs if p is not own))) & claimed) for own in pairs)
    group = _GROUP_NAMED.search(written)
    if group is not None:  # (三大主导产业, 两地: all of them where the count is the list's, some of them else)
        return len(members) if COUNTS[group.group(1)] == len(members) else max(1, min(named, len(members) - 1))
    # (a sum claimed as a sum, 合计占比, naming none of the items: all of them)
    return len(members) if not named and _SUM_WORD.search(written) else named


def _part_unnamed(claimed: frozenset[str], q: Quantity, tie: Tie, tied: Tied,
                  told: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> bool:
    """A part of a breakdown (其中工业项目14个、签约金额108.5亿元) claimed with none of the telling words that
    set it apart from its whole (签约总金额 for 108.5): the whole's words alone do not confirm a part's value.
    (A class's bound, 其中10亿元以上项目 or 5亿元至10亿元项目, is no part's value.)"""
    if _whole_subject_claimed(claimed, q, tie, tied):
        return True
    if _class_bound(q):
        return False
    if _pool_part_unnamed(claimed, tie):
        return True
    if not tie.under:
        return _subject_unnamed(claimed, q, tie, tied)
    dated, alike = told
    if _POOL_COUNTED in tie.shown:
        # (35个工业行业大类中有26个实现增长: the part is what it did, 实现增长, however it is said; the pool's name
        # alone is the 35's)
        said = tie.pairs - tie.under
        return bool(said) and not said & (claimed | dated)
    # (how it changed tells no part apart: 长增 of 其中10月当月增长, read as 工业投资增长增长; nor does 量下, where
    # 用电量 meets 下降, a pair the claim lacks that the words hold only across a word of how it changed)
    apart = _unchanged_pairs(tie.words)
    # (`told`: the claimed period's pairs, which may name the part too; and the pairs of a measure the whole is
    # measured by too, which name no part: 签约额 of 其中工业项目41个，签约额302.3亿元 after 签约额418.6亿元)
    claimed = claimed | dated
    own = {g for g in tie.pairs if not set(g) <= _CHANGE_CHARS and (g in claimed or g in apart)} | tie.scope
    # (nor does a junction of the whole's words and the part's, 业国 of 国家级和省级企业共…其中国家级36家, whose
    # characters the claim holds)
    chars = {ch for g in claimed for ch in g}
    telling = {g for g in own - tie.under
               if tied.rarity.get(g, _RARE) >= _RARE and (g in claimed or not chars.issuperset(g))}
    return bool(telling) and not telling & claimed - alike


def _whole_subject_claimed(claimed: frozenset[str], q: Quantity, tie: Tie, tied: Tied) -> bool:
    """Whether a part after its whole (实施工业领域设备更新…，投资累计达到700亿元以上，其中设备投资累计达到360亿元以上)
    is claimed with the whole's subject (工业领域设备更新累计投资) and none of the part's own telling words (备投 of
    设备投资): the whole is claimed, whatever characters the two share. (Not a size class, 其中10亿元以上项目8个,
    which its bound tells apart.)"""
    if not tie.under or tie.band:
        return False
    i = bisect.bisect_left(tied.near, q.start, key=_near_start) - 1  # (the ties in order of place)
    if i < 0:
        return False
    r, whole = tied.near[i]
    if whole.under or whole.measure != tie.measure or q.start - r.end > _PART_AFTER_WHOLE:
        return False
    words = whole.scope | whole.pairs
    # (none across a word of how it changed: 路增 of 其中集成电路增长22.7%, whose name the whole's list writes)
    telling = tie.pairs & _naming_pairs_of(tie.words) - tie.under - words
    return bool(telling) and not telling & claimed and len(claimed & (words - tie.pairs)) >= 2


def _near_start(near: tuple[Quantity, Tie]) -> int:
    return near[0].start


_PART_AFTER_WHOLE = 16  # (how far after its whole a part's value may stand: 其中 and the part's name between)


# A part named inside its pool (电子信息产业中集成电路产值: 集成电路's, among 电子信息产业's), not a count among it
# (中有).
_POOL_PART = re.compile(r"(?:产业|行业|企业|项目|园区|工业)中(?!有)([\u4e00-\u9fff]{2,16})")


def _pool_part_unnamed(claimed: frozenset[str], tie: Tie) -> bool:
    """Whether the value's words name a part inside its pool (其中，电子信息产业中集成电路产值63.1亿元) and the claim
    names none of the part's own words (电子信息产业产值: the pool's, whose value is another)."""
    found = _POOL_PART.search(tie.words)
    if found is None:
        return False
    part = found.group(1)
    part = part[:part.find(head)] if (head := measured(part)) and part.find(head) > 0 else part
    own = bigrams(part)
    return len(part) >= 2 and not own & claimed


def _measured_as_its_whole(src: Source, q: Quantity, tie: Tie) -> frozenset[str]:
    """The pairs of what a breakdown's part is measured by, where its sentence measures the whole by it before the
    part (签约额418.6亿元…；其中工业项目41个，签约额302.3亿元): they tell no part apart."""
    if not tie.under or not tie.head:
        return frozenset()
    text, at = src.simplified_text(), src.view_at(q.start)
    s0 = _sentence_start(text, at)
    part = text.rfind("其中", s0, at)
    if part < 0 or tie.head not in measures_in(text[s0:part]):  # (not 出口 of 进出口总额)
        return frozenset()
    return bigrams(tie.head)


_POOL_COUNTED = "中有"  # (a count among a pool: 440种产品中有192种…, 38个行业大类中有29个…)


def _subject_unnamed(claimed: frozenset[str], q: Quantity, tie: Tie, tied: Tied) -> bool:
    """Another measure of a subject (民营企业5102家，进出口1467.2亿元), or a value whose own words name a branch
    (食品工业共实现工业增加值17.3亿元), claimed by its measure alone where another value's words hold all the claim
    too (国有企业进出口210.4亿元; 实现工业增加值44.4亿元, the whole's): whose it is, the claim leaves open."""
    telling = {g for g in tie.scope - tie.pairs if tied.rarity.get(g, _RARE) >= _RARE}
    if telling and not telling & claimed and claimed <= tie.pairs \
            and any(claimed <= t.pairs for r, t in tied.near if r is not q):
        return True
    # (规上营利性服务业150家，实现营业收入30.4亿元 claimed as 规上服务业营业收入, where 规上服务业240家，实现营业收入
    # 52.7亿元 holds the claim as read: the narrower subject the claim leaves out)
    read = tie.pairs | tie.scope
    if telling and not telling & claimed and claimed <= read and not claimed <= tie.pairs \
            and any(claimed <= t.pairs | t.scope and not telling & t.scope for r, t in tied.near
                    if r is not q and r.unit_class == q.unit_class):
        return True
    subject = _subject_pairs(tie) - claimed
    return bool(subject) and claimed <= tie.pairs \
        and any(claimed <= t.pairs and not subject & t.pairs for r, t in tied.near if r is not q)


def _subject_pairs(tie: Tie) -> frozenset[str]:
    """The pairs of the subject a value's own words name before what is measured (食品工业 of 食品工业共实现工业增加值),
    none where they name none."""
    own = simplified(tie.shown).rsplit("…", 1)[0]
    m = _BRANCH_BEFORE_HEAD.match(own)
    # (read as the words are compared: 全市规模以上高技术制造业 as 规上高技术制造业)
    return bigrams(indicator_words(m.group(1))) if m else frozenset()


# (and a chain or cluster of industries, 石化—纺织鞋服产业链群, its branches joined by a dash)
# (工业 too, 食品工业; placed after the branch's kinds, whose first characters it shares none of: the same match)
_BRANCH_BEFORE_HEAD = re.compile(rf"([\u4e00-\u9fff—－\-、]{{2,16}}?(?:{_BRANCH_KIND}|工业))(?:共|累计)?(?:实现|完成)?"
                                 r"(?:规上|规模以上)?工业(?:增加值|总产值|产值)")


def _owners_left_out(written: str, tie: Tie) -> bool:
    """Whether the value's own words say whose it is by a kind of owner or size (民营企业完成规上工业增加值,
    国有企业, 外商投资企业, 中小企业), or by a government's own level (市本级), that the claim leaves out: the
    claim may be of the whole instead."""
    own = _QUOTED.sub("", simplified(tie.shown).rsplit("…", 1)[0])  # (not a name: “…中小微企业产业园”等37个项目)
    owners = {m.group(1) or m.group(2) for m in _OWNERS.finditer(own)}
    return bool(owners) and not any(x in written for x in owners)


# Kinds of owner or size that make a value a part of its whole (民营企业's share of 规上工业).
# (not 其中小微企业: the 中 of 其中)
# (地方规上工业(不含二师): the firms a local government owns, apart from those of another administration)
_OWNERS = re.compile(r"(民营|国有|国营|外资|外商|私营|集体|股份制|港澳台|三资|个体|(?<!其)中小微?|小微|大中型|非公|"
                     r"地方)(?:投资)?(?:规上|规模以上)?"
                     r"(?:企业|经济|工业)|([市区县州省]本级)")


def _whole_for_part(written: str, tie: Tie) -> bool:
    """Whether the value is a whole the claim names a part of: trade claimed where the value names the goods
    traded or the way they were traded, or one way or kind where the value names both (进出境, 本外币;
    新建和续建项目)."""
    return _goods_left_out(written, tie) or _mode_left_out(written, tie) or _half_of_both(written, tie) \
        or _one_of_joined(written, tie)


def _one_of_joined(written: str, tie: Tie) -> bool:
    """Whether the value's own words join two kinds of one thing (新建和续建项目18个, 国家级、省级企业) where the claim
    names one kind of it and not the other (续建项目): the two together, claimed for one."""
    for m in _JOINED_KINDS.finditer(_own_shown(tie)):
        one, other, thing = m.group(1), m.group(2), m.group(3)
        if (one + thing in written and other not in written) or (other + thing in written and one not in written):
            return True
    return False


def _tally_left_out(c: Claim, tie: Tie, q: Quantity) -> bool:
    """新增规上工业企业38家，累计达362家 claimed as 规上工业企业 38: what is new, claimed as the stock; or the
    stock claimed as what is new (a change, 比上年末增加21家, is what is new)."""
    written = claimed_text(c.indicator)
    if not HAN_ONLY.search(written):
        return False  # (an indicator in another script writes no 新增 or 累计: its silence says nothing)
    # (a part's whole may say it: 全县新增…85个，其中青岩县23个)
    if tally(written) == "new" and not tie.tally and "新" not in tie.words and c.measure in ("level", None) \
            and q.measure != "change" and not any("新" in g for g in tie.under):
        return True  # 年末全市规上工业企业1687家 claimed as 新增: the stock, claimed as what is new
    return tie.tally == "new" and c.measure in ("level", None) and not tally(written) \
        and not CHANGE_WORDS.search(written)


_QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{1,16})[”\"」』’]")


def _unnamed(indicator: str, tie: Tie, tied: Tied, source: str) -> bool:
    """Whether the claim leaves out what tells the value's list item from the others (技改投资 for 电子资讯 of
    电子资讯、食品医药产业分别完成技改投资…), or names in quotes a programme whose words are another value's,
    not this one's, that the page writes elsewhere (“5020”项目 for the 投产项目 count)."""
    written = claimed_text(indicator)
    if tie.member and not any(g in indicator_words(written) for g in bigrams(tie.member)):
        return True
    # (not a name the value is read under: 国家级专精特新“小巨人”企业…共认定8997家。其中，湖北获批473家)
    held = tie.context | tie.under | tie.pairs
    names = [x for x in _QUOTED.findall(written)
             if x not in simplified(tie.shown) and not bigrams(indicator_words(x) or x) <= held]
    # (“新字号”项目总投资 for the 17.42亿元 of “原字号”…项目: a name the page writes, elsewhere)
    return any(x in source for x in names)


_CHANGE_CHARS = frozenset("增长下降回落提高升")  # (the characters of how a value changed: 增长, 下降, 回落, 提高, 上升)


def _whole_named(claim: str, words: str) -> bool:
    """Whether `words` name the claim with no word before it but a scope or a place (蓉北市规上制造业增加值)."""
    at = words.find(claim)
    return at == 0 or (at > 0 and words[:at].endswith(_WHOLE_BEFORE))


_WHOLE_BEFORE = ("规上", "全市", "全省", "全区", "全县", "全州", "市", "省", "县", "区", "州", "现有", "共有", "拥有",
                 "累计", "全部", "实现", "完成")


def _whose_left_open(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim names the value's thing otherwise than its words do, so that whose it is stays open:
    another entity, one member of a group, the plain figure for an adjusted one, another place by its bare name."""
    written = claimed_text(c.indicator)
    # (the places of a sum, all of them claimed, are the value's: 甲市、乙市两市合计…)
    all_summed = bool(tie.summed) and _items_named(written, tie.summed) == len(tie.summed)
    return _other_entity_claimed(c, tie) or _member_for_group(written, tie) or _adjusted_unclaimed(src, c, q) \
        or (_bare_places_apart(written, src.text, q) and not all_summed) or _member_for_its_count(written, q, tie) \
        or _member_for_list(written, tie)


def _member_for_its_count(written: str, q: Quantity, tie: Tie) -> bool:
    """Whether a count that closes a list of examples (丰顺县(37.4%)、…、梅江区(1.0%)等7个县; 甲公司、乙公司等42家) is
    claimed as the last example's (梅江区的县): the item before 等 is one of the things counted, not whose they are."""
    if q.unit_class != "count":
        return False
    own = simplified(tie.shown).split("…", 1)[0]
    last = _EXAMPLE_CLOSED.search(own)
    return last is not None and last.group(1) in written and "等" not in written


# The last example of a list, right before the 等 that closes it with a count (梅江区(1.0%)等, 、乙公司等).
_EXAMPLE_CLOSED = re.compile(r"(?:^|[、和])([\u4e00-\u9fff]{2,12}?)(?:[（(][^（）()]{0,12}[）)])?等$")


def _adjusted_unclaimed(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether a value read with a factor taken out (剔除煤炭价格下跌因素影响后，…营业收入增长6.1%) is claimed with no
    word of it: the plain figure may be another (按现价计算…下降8.7%)."""
    found = src.tie_of.sentence((q.start, q.end))
    return found is not None and _ADJUSTED_BEFORE.search(found[0], 0, found[1]) is not None \
        and not _ADJUSTED_CLAIMED.search(c.indicator)


# (剔除煤炭价格下跌因素影响后，…; 如剔除疫苗生产因素，同比增长3.2%: a factor taken out, with 后 or as a condition; not
# 扣除价格因素, which gives the real growth of a series whose plain figure is nominal)
_ADJUSTED_BEFORE = re.compile(r"(?:剔除[^，,；;。\d]{1,24}?后|[如若](?:剔除|扣除)(?!价格因素)[^，,；;。\d]{1,24}?因素)"
                              r"[，,]?[^，,；;。\d]*$")
_ADJUSTED_CLAIMED = re.compile(r"剔除|扣除|不含|剔除后")


def _bare_places_apart(written: str, text: str, q: Quantity) -> bool:
    """Whether the claim opens with a place written without its kind (聊城新签约项目) and the words right before
    the value name another such place and not it (其中，新签约项目潍坊5个、聊城3个: 5个 is 潍坊's), neither within
    the other."""
    table = divisions()
    claimed = _stem_at(table, written, 0)
    if claimed is None:
        return False
    start = max(text.rfind(ch, max(0, q.start - _ITEM_REACH), q.start) for ch in "，,；;。\n、：:") + 1
    own = simplified(text[max(start, q.start - _ITEM_REACH):q.start])
    if claimed in own or _RESPECTIVELY_SAID in own:
        return False  # (沈阳、大连两市…分别增长12.5%和13.5%: the list gives each value its place)
    # (the place that opens the value's own words or ends them, right before it: not 累计承接北京企业's 北京)
    others = [x for i in (0, *range(max(0, len(own) - 4), len(own) - 1))
              if (x := _stem_at(table, own, i)) is not None and (i == 0 or i + len(x) == len(own))]
    return bool(others) and not any(_one_within(table, claimed, x) for x in others)


def _one_within(table: Divisions, a: str, b: str) -> bool:
    codes_a = [d.code for d in table.by_stem[a]]
    codes_b = [d.code for d in table.by_stem[b]]
    return any(table.within(x, y) or table.within(y, x) for x in codes_a for y in codes_b)


_ITEM_REACH = 24
_RESPECTIVELY_SAID = "分别"


def _member_for_group(written: str, tie: Tie) -> bool:
    """Whether a group's value (新一代信息技术、生物医药、高端装备等新兴产业产值合计1130亿元) is claimed for one
    member of the list that names the group (生物医药产业产值): the members' sum, not that one's."""
    listed = _GROUP_LISTED.search(simplified(tie.shown).rsplit("…", 1)[0])
    if listed is None:
        return False
    items = [x for x in listed.group(1).split("、") if len(x) >= 2]
    named = [x for x in items if x in written]
    return 0 < len(named) < len(items) and listed.group(2) not in written


def _member_for_list(written: str, tie: Tie) -> bool:
    """Whether a value whose words name a list of things joined by 、 with no word that gives each its own
    (签约甲、乙、丙产业项目132个; 甲人才、乙人才分别增长…，累计达759名和1125名 where the later clause says no 分别), or
    two joined by 和 or 及 (蔬菜及食用菌产量18.4万吨; see `_list_written`), is
    claimed for some of the things and not all: the value may be their sum, or one of them whose the words do not
    say. A value read as a 分别 item (its member) is its own; one said of each (均, 都, 各) is each one's."""
    if tie.member or "、" in written or _GROUP_NAMED.search(written) or _SUM_WORD.search(written):
        return False  # (a claim that writes the list, or names the things together: 三大主导产业, 合计)
    listed = _list_written(simplified(tie.shown).rsplit("…", 1)[0])
    if listed is None or _NOT_A_SUM.search(listed.group(2)) or _LEVELS_LISTED.search(listed.group(0)):
        return False
    items = listed.group(1)[:-1].split("、")  # (without the mark that joins the last: 甲、乙、 or 蔬菜及)
    # (the first item is written after what was done and whose, 签约甲 of 签约甲、乙产业项目: not the item's words)
    items[0] = _LIST_LEAD.sub("", items[0]) or items[0]
    # (the last item is written with what the list measures after it, 产业项目 of 丙产业项目, 招商引资项目 of 续建招商
    # 引资项目: up to the head that names the things, and no longer than the item before it; the pairs of what
    # follows tell no item apart)
    head = _LIST_HEAD.search(listed.group(2), 2)
    cut = min(head.start() if head is not None else len(listed.group(2)), len(items[-1]))
    items.append(listed.group(2)[:cut])
    rest = bigrams(listed.group(2)[cut:])
    pairs = [bigrams(x) - rest for x in items]
    claimed = bigrams(indicator_words(written))
    named = sum(bool((own - frozenset().union(*(p for p in pairs if p is not own))) & claimed) for own in pairs)
    return 0 < named < len(items)


def _list_written(shown: str) -> re.Match[str] | None:
    """The list a value's words name, of things joined by 、 (甲、乙产业项目) or of two joined by 和 or 及 (蔬菜及食用菌
    产量, 新能源汽车和锂电池产业产值: the two together, as the statistics count them), its items with their joining
    marks and the words after the last; None where there is none, or where the joined words are one statistics class
    (电力、热力生产和供应业; 电气机械和器材制造业; 石油及制品类; 外商及港澳台商投资企业)."""
    listed = _ITEMS_LISTED.search(shown)
    if listed is not None:
        return None if _ONE_CLASS.match(listed.group(2)) else listed
    joined = _TWO_JOINED.search(shown)
    if joined is None or _ONE_CLASS.match(shown, joined.end(1) - 1) or _COMPARISON_AFTER.search(joined.group(2)):
        return None  # (和上年同期相比: what the value is compared with, no second thing)
    return joined


# A list of things joined by 、 and the words after its last one (甲、乙产业项目; 全区高层次人才、博士人才分别增长).
_ITEMS_LISTED = re.compile(r"([\u4e00-\u9fff]{2,12}、(?:[\u4e00-\u9fff]{2,24}、)*)([\u4e00-\u9fff]{2,})")
# Two things joined by 和 or 及 and the words after the second (蔬菜及食用菌产量); not a word that holds the mark (以及,
# 涉及, 普及, 总和), nor a bound's 及以上 (亿元及以上项目) or 及其 of a class's name (及其他燃料加工业). (与 is left
# out: 与上年同期相比 compares more often than it joins.)
_TWO_JOINED = re.compile(r"([\u4e00-\u9fff]{2,12}(?<![以涉普危总饱])[和及])(?!以[上下]|其|时)([\u4e00-\u9fff]{2,})")
_COMPARISON_AFTER = re.compile(r"相比|持平|同期|上年|去年")
# What a list's things are, written once after its last (甲、乙产业; 高层次人才、博士人才).
_LIST_HEAD = re.compile(r"产业|行业|企业|项目|人才|产品|领域|园区|基地|平台|集群|板块|工业|产值|增加值|投资|收入")
# Not a sum of the things listed: one said of each (均, 都, 各), a list of examples the group after 等 names (read by
# _member_for_group), or a list of what the things after 的 did (返乡创业、发展投资的招商引资项目).
_NOT_A_SUM = re.compile(r"^[^等]{0,12}?(?:均|都|各|皆)|等|的")
# A statistics class whose one name lists its parts (电力、热力、燃气及水生产和供应业; 计算机、通信和其他电子设备
# 制造业; 粮油、食品类): one industry or category, not things apart.
_ONE_CLASS = re.compile(r"[\u4e00-\u9fff]*?(?:[和及][\u4e00-\u9fff]{0,12}?(?<!产)业|类)")
# Levels of government by one character each (省、市重点项目; 市、区两级): the things' rank, not things apart.
_LEVELS_LISTED = re.compile(r"[国省市县区镇乡村]、[国省市县区镇乡村]")
# What the first item is written after: what was done, and whose (签约, 培育, 全区, 今年, 共).
_LIST_LEAD = re.compile(r"^.*(?:签约|培育|引进|实施|出台|推动|落地|累计|共有|共|全[国省市区县]|今年|其中)")


# A list of members before 等 and the group they are of (新一代信息技术、生物医药、高端装备等新兴产业).
_GROUP_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等([\u4e00-\u9fff]{2,8}?"
                           r"(?:产业|行业|企业|项目|产品))")


def _other_entity_claimed(c: Claim, tie: Tie) -> bool:
    """Whether the claim names the things a value is of otherwise than the words it is read under do (外资项目 for
    …内资项目46个，到位资金52亿元: the value is 内资项目's; 外资 and 内资 differ though the rest is one): what sets
    the two apart is the modifier before 项目 or 企业, which shares few pairs."""
    shown = simplified(tie.shown)
    if "…" not in shown:
        return False
    own = _ENTITY_TAIL.search(shown.split("…", 1)[0])
    if own is None:
        return False
    mine = _DOING.sub("", own.group(1))  # (龙头企业实施项目: the firms' projects, of no kind the verb names)
    # (nor a claim of the things whose measure changed so, where the noun is the whole the value is counted among:
    # 产值增长的企业 for 全县规上工业企业112家，其中产值增长的有64家; but 投资增长的工业项目 of 新签约项目 names a kind)
    framed = _the_whole_s(own.group(0), tie.under or tie.scope)  # (or the amount whose things it counts)
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,8}}?){own.group(2)}", claimed_text(c.indicator)):
        theirs = m.group(1)
        if framed and _CHANGED_SO.search(theirs):
            continue
        if theirs[-2:] != mine[-2:] and theirs[-2:] not in mine and mine[-2:] not in theirs:
            return True
    return False


def _the_whole_s(noun: str, under: frozenset[str]) -> bool:
    """Whether the noun a value's shown words open with is the whole it is read under, its place before it
    (全县规上工业企业112家，其中产值增长的有64家: 规上工业企业 is the frame, not the kind of the 64)."""
    noun = _PLACE_FIRST.sub("", noun)
    return bool(under) and {noun[k:k + 2] for k in range(len(noun) - 1)} <= under


_CHANGED_SO = re.compile(r"(?:增长|下降|增加|减少|持平|为正|为负|提高|上升|回落|扭亏|亏损)的?$")
_PLACE_FIRST = re.compile(r"^(?:全|我|本)[省市区县镇乡]|^[\u4e00-\u9fff]{1,4}?[省市区县镇乡](?=规)")
_ENTITY_TAIL = re.compile(r"([\u4e00-\u9fff]{2,8}?)(项目|企业)$")
_DOING = re.compile(r"(?:共|统筹|全面)?(?:实施|推进|开展)$")  # (verbs before 项目 that name no kind of project)


def _of_page_year(p: Period | None, dated: tuple[int, int] | None) -> Period | None:
    """A claimed whole year that writes none (全年) as the year of the page's date, where that is past April
    (a page of early 2024 may report 2023's 全年); the period as it is otherwise."""
    if p is None or p.year or p.months != (1, 12) or dated is None or dated[1] <= _LOOKS_BACK_UNTIL:
        return p
    return p._replace(year=str(dated[0]))


def _apart_from(c: Claim, r: Quantity, t: Tie,
                claim: tuple[str, tuple[float, float | None, str] | None, Period | None, str]) -> bool:
    """Whether value `r` (tie `t`) is no rival of the claim whatever its words: a share is none of a claimed
    growth, nor a growth of a share; 亿元以上 names a class; 总投资 is none of 完成投资 where the value's own
    words say 完成投资 as the claim does; an amount bound (过20亿元) of an exact one, or the other way; another
    size class, or another period than the claimed one; what
    is new for a claimed total or the other way (新增…23家 is no rival of 总数 118家); another kind; a budget (预算安排
    科技支出2.5亿元) of what is spent, or the other way; one above a yardstick of a claim below it; one with what the
    claim names left out (剔除龙腾集团后，…增长9.7% for 龙腾集团产值增速). `claim` holds what
    the claim names, read once for all the candidates: its head, size class, period and tally."""
    head, band, period, claimed_tally = claim
    return bool((t.measure and c.measure in _PERCENT_MEASURES and t.measure != c.measure)
                or _one_of_joined(claimed_text(c.indicator), t)  # (新建和续建项目18个 for 续建项目: no rival)
                or (r.unit_class == "money" and (r.qualifier in _BOUNDS) != (c.qualifier in _BOUNDS))
                or (head and t.head and t.head != head)
                or (band is not None and t.band not in (None, band))
                or (period is not None and t.period is not None and t.period.conflicts(period))
                or (claimed_tally and t.tally and t.tally != claimed_tally) or _other_kind(c.kind, t.kind)
                or bool(_BUDGETED.search(c.indicator)) != bool(_BUDGETED.search(t.words))
                or _compared_the_other_way(c.indicator, t.shown)
                or _exclusion_apart(claimed_text(c.indicator), simplified(t.shown)))


def _compared_the_other_way(claimed: str, shown: str) -> bool:
    """Whether the claim counts or measures what is above a yardstick and a value's words what is below it, or the
    other way (低于全区平均的盟市 8个 against …4个盟市…增速高于全区平均水平: no rival)."""
    above, below = _ABOVE.search(claimed) is not None, _BELOW.search(claimed) is not None
    if above == below:
        return False
    return (_BELOW if above else _ABOVE).search(shown) is not None \
        and (_ABOVE if above else _BELOW).search(shown) is None


_ABOVE = re.compile(r"高于|快于|超过|超出")
_BELOW = re.compile(r"低于|慢于")


def _amount_before_its_noun(src: Source, c: Claim, q: Quantity) -> _Finding:
    """Wrong where the value is written before the noun it counts or measures (…和40户“雏鹰”企业; 有237家企业累计营收
    过亿元; 年均7.4%的工业增长) and the claim names the noun of another amount of its unit that its sentence writes so
    (12户新的“瞪羚”企业; 986家规上工业企业中; 年均3.1%的用水增长), none of its own: the words read before such a
    value, which name it in the common order (工业投资增长5%), are another amount's or the whole it is drawn from. The
    other amount is the rival. Not where the claim's own words stand right before the value in its clause (其中签约
    项目12个投资额…: a run-on list, the value's name before it), nor where the noun after it is only what is counted
    (…等9个项目)."""
    if not c.indicator:
        return _FINE
    found = _noun_after(src, q)
    if found is None or len(_COUNTED_ONLY.sub("", found[0])) < 2:
        return _FINE
    own, noun_end = found
    claimed = claimed_words(c.indicator)
    mine = bigrams(own)
    telling = claimed - mine
    if not telling or telling & bigrams(indicator_words(_words_right_before(src, q))):
        return _FINE
    chars = {ch for g in mine for ch in g}
    for r, noun in _nouns_after_in_sentence(src, q, noun_end):
        pairs = bigrams(noun)
        # (a pair across two of its own noun's words, 值增 of 产值稳步增长 against 产值增速超30%, tells nothing)
        named = {g for g in claimed & (pairs - mine) if not chars.issuperset(g)}
        if named and not claimed & (mine - pairs):
            return _Finding(WRONG, "indicator", r)
    return _FINE


def _noun_after(src: Source, q: Quantity) -> tuple[str, int] | None:
    """The words of the noun written right after a value (…4个特色产业园, 40户“雏鹰”企业, 7.4%的工业增长) to the
    next mark, coordinating word or number, as compared, and where it ends in the simplified text; None where the
    value's clause goes on with no noun (增长5%，; 5亿元同比增长…: the value's words are before it)."""
    text = src.simplified_text()
    found = _NOUN_AFTER.match(text, src.view_at(q.end))
    if found is None or _GOES_ON.match(found.group(0)):
        return None
    if not found.group(0).startswith("的") and text[found.end():found.end() + 1].isdigit():
        # (增长8.2%工业投资增长12.5%, 45亿元技改投资18亿元: words running straight into the next number, with no
        # 的 to tie them to this one, are the next value's name in a list that lost its marks)
        return None
    words = indicator_words(found.group(1))
    return (words, found.end()) if len(words) >= 2 else None


def _words_right_before(src: Source, q: Quantity) -> str:
    """The words before a value in its clause, back to the noun of the value before it in the clause, where there
    is one (…和新规划的丁戊等 of 6个传统产业园和新规划的丁戊等4个特色产业园)."""
    text = src.simplified_text()
    at = src.view_at(q.start)
    start = start_after(text, at, _CLAUSE_MARKS)
    for r in src.starting_in(max(0, q.start - _NOUN_REACH), q.start):
        found = _noun_after(src, r) if r.end <= q.start else None
        if found is not None and start <= src.view_at(r.start) and found[1] <= at:
            start = max(start, found[1])
    return text[start:at]


def _nouns_after_in_sentence(src: Source, q: Quantity, noun_end: int) -> list[tuple[Quantity, str]]:
    """The other values of the value's unit in its sentence written before their nouns, with those nouns' words; not
    one inside the value's own noun (8亿元的年产500吨…项目: 500吨 is of what the 8亿元 builds)."""
    text = src.simplified_text()
    at = src.view_at(q.start)
    s0, s1 = start_after(text, at, _SENTENCE_ENDS), end_from(text, at, _SENTENCE_ENDS)
    found = []
    for r in src.starting_in(max(0, q.start - _NOUN_REACH), q.end + _NOUN_REACH):
        if r is q or r.unit != q.unit or not s0 <= src.view_at(r.start) < s1 or src.view_at(r.start) == noun_end:
            continue
        noun = _noun_after(src, r)
        if noun is not None:
            found.append((r, noun[0]))
    return found


_SENTENCE_ENDS = "。！？!?；;\n"
_CLAUSE_MARKS = "，,；;、：:。！？!?\n"
_NOUN_REACH = 200  # (how far apart in the raw text two values of one sentence may stand)
# (a noun after a value: Han characters and quotes, to a mark, a number, or the 和/及 that joins it to the next)
_NOUN_AFTER = re.compile(r"的?((?:(?![和及])[\u4e00-\u9fff“”‘’\"])+)")
# (what goes on after a value whose words are before it: a comparison, a share, a bound, a rank, a breakdown)
_GOES_ON = re.compile(r"[“”‘’\"]*(?:同比|环比|比|较|增长|下降|增加|减少|提高|降低|上升|回落|增速|增幅|占|实现|完成|"
                      r"达|为|是|左右|以上|以下|及以上|其中|分别|累计|共|同期|居|位|排|列|名|高于|低于|超过|之|"
                      r"万|亿|千|百|多|余|个百分点|百分点|倍|的(?:比重|份额|目标|水平|基础|增长|速度))")
# (the things a count counts, which name no part of them: 项目 of …等9个项目)
_COUNTED_ONLY = re.compile(r"项目|企业|行业|产品|单位|工程|家|个|户|项")
