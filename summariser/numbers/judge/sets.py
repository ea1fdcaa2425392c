"""Sets and counts: the set a count introduces and a stage's rate of it, the sets counted before a value, a
qualifier that tells a claim's subject from the value's (and the values it rivals), the amount of counted projects."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ..attribution import Tie, bigrams, indicator_words, level, measured
from ..claims import Claim
from ..projects import project_before
from ..quantities import Quantity
from ..source import HAN_ONLY, Source
from ..spans import start_after
from ..topic import PARK
from ..units import PERCENT, POINTS
from .distinctions import _SENTENCE_STOP
from .kind import _other_kind
from .names import _PERIOD_WORDS
from .subject import _NO_QUALIFIER, _a_place, _opening_place_end
from .text import _FINE, UNSURE, WRONG, _compared_claim, _Finding, _own_shown, _own_words, claimed_text


def _project_owner(src: Source, c: Claim, q: Quantity) -> _Finding:
    """一是甲项目，总投资3亿元；二是乙项目；总投资5亿元，预计年产值8亿元: a project's attributes, written bare in the
    clauses after its name, are that project's; a claim naming another project the page names is wrong."""
    claimed = _CLAIMED_PROJECT.search(claimed_text(c.indicator))
    if claimed is None:
        return _FINE
    owner = "" if src.text.startswith("的", q.end) else project_before(src.text, q.start)  # (总投资5亿元的甲项目)
    words = claimed.group(1)
    if not owner or words in owner or owner.endswith(words) or words not in src.text:
        return _FINE
    return _Finding(WRONG, "indicator")


_CLAIMED_PROJECT = re.compile(r"([^，,；;。]{2,20}?)(?:项目|工程|生产线)")


def _growth_of_the_amount(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """签约项目16个，签约额62.3亿元，同比增长35%: the growth is the amount's (签约额), not the count's; a claim of the
    counted things' growth (签约项目增速), naming no measure, is wrong."""
    claimed = claimed_text(c.indicator)
    if q.measure != "growth" or not tie.head or measured(claimed):
        return _FINE
    text = src.text
    s0 = start_after(text, q.start, "。！？!?；;\n")
    for r in src.starting_in(s0, q.start):  # (the counts of its sentence before it)
        if r.unit_class != "count":
            continue
        counted = src.tie_of.get((r.start, r.end))
        things = _COUNTED_THINGS.search(counted.shown) if counted is not None else None
        if things and things.group(0) in claimed:
            return _Finding(WRONG, "indicator")
    return _FINE


_COUNTED_THINGS = re.compile(r"[\u4e00-\u9fff]{0,2}(?:项目|企业)$")


def _covered_field(src: Source, c: Claim, q: Quantity) -> _Finding:
    """此次签约项目涉及装备制造、现代物流等5个领域，总投资126亿元: the fields a whole covers own none of its amounts;
    a claim that puts the amount under one of them is wrong."""
    text = src.text
    s0 = start_after(text, q.start, "。！？!?；;\n")
    covered = _COVERS.search(text, s0, q.start) if q.unit_class == "money" else None
    if covered is None:
        return _FINE
    claimed = claimed_text(c.indicator)
    own = text[start_after(text, q.start, "，,。！？!?；;\n"):q.start]
    # (包括45个重大产业项目、…，总投资…: the clause's own things are named again, and own what it states)
    fields = [f for f in _LISTED.split(covered.group(1)) if len(f) >= 2 and f not in own]
    named = any(f in claimed for f in fields) or claimed.startswith(covered.group(2))  # (领域总投资: the fields')
    return _Finding(WRONG, "indicator") if named else _FINE


_COVERS = re.compile(r"(?:涉及|涵盖|覆盖)([^，,。；;]{2,60}?)等?[0-9一二三四五六七八九十]+[个大]"
                     r"(领域|行业|产业|方面|板块)[，,]")
_LISTED = re.compile(r"[、和及与]")


class _Counted(NamedTuple):
    """A set a count introduces (我县安排重点项目91宗; 31宗未开工项目中): its name, as written, and where the
    name and count start and end in the view."""

    name: str
    start: int
    end: int
    count_at: int


def _set_in_force(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether the claim is the value's own words with a qualifier in front (西博会 of 西博会履约项目 for 履约项目9个;
    重点项目 of 重点项目完成投资 for 完成投资96.4亿元) that names the set a count introduced before it, in its
    paragraph, in its sentence or the one before (第十五届西博会签约项目10个，投资总额24亿元；履约项目9个，履约率90%;
    我县安排重点项目91宗，…。1-4月，完成投资96.4亿元): what follows a set's count is said of that set, as long as
    no other set is counted in between whose name the claim does not write (其中续建项目35宗，完成投资47.7亿元 is
    the part's; 四川行活动签约项目11个 after 西博会签约项目10个 is another set). A count listed beside the value's own
    (省重点项目有6宗，市重点项目有7宗 after 31宗未开工项目中) is its sibling, not a set it is in."""
    if q.unit == POINTS or tie.member or tie.summed or tie.unnamed or _RELATING.search(c.indicator):
        return False
    own = _NO_OWN_TAIL.sub("", tie.words)
    split = _qualifier_split(c, own, q.unit == PERCENT)
    if split is None:
        return False
    text, at = src.simplified_text(), src.view_at(q.start)
    reach = _set_reach(text, at)
    counted = _counted_sets(text, reach, at)
    base = _stage_rate_base(text, own, counted, q, at) if q.unit == PERCENT else None
    if base is not None and _names_the_base(split[0], base.name):
        return True  # (else as any value after a set: 全区计划推进技改项目60个 for 技改项目)
    mine = next((s for s in counted if s.count_at == at), None)  # (the value a set's count: 省重点项目有6宗)
    before = [s for s in counted if s is not mine and s.end <= (mine.start if mine else at)]
    claimed = bigrams(indicator_words(split[2]))
    for s in reversed(before):
        if split[0] in s.name:
            return not _part_before(text, s, at)
        sibling = mine is not None and s.name[-_HEAD:] == mine.name[-_HEAD:]
        if not sibling and not bigrams(indicator_words(s.name)) <= claimed:
            return False  # (another set counted between: the value is of it)
    return False


def _stage_rate_base(text: str, own: str, counted: list[_Counted], q: Quantity, at: int) -> _Counted | None:
    """The set a stage's rate is of, where the page gives both counts (开复工项目15个，开复工率83.3% after 装备制造类
    项目18个; 已有30个开工建设，开工率75%): the stage's count just before the rate is its numerator, not a set it is
    of, and a sibling stage counted with its own rate (履约项目9个，履约率75%; before 开工项目8个，开工率66.7%) is
    another part of the same set; the set is the one counted before them. Only where the two counts give the rate
    (15/18 is 83.3%): a rate whose counts do not divide to it is of some set the page leaves unsaid (None)."""
    stem = own[:-1]
    if not own.endswith("率") or not 2 <= len(stem) <= 3 or not HAN_ONLY.fullmatch(stem):
        return None
    numerator = _stage_count(text, stem, at)
    if numerator is None:
        return None
    sets = [s for s in counted if s.count_at < numerator[0]]  # (not the stage's own: 开复工项目23个)
    for i in range(len(sets) - 1, -1, -1):
        s = sets[i]
        if _with_own_rate(text, s, sets[i + 1].start if i + 1 < len(sets) else numerator[0]):
            continue  # (a sibling stage with its rate: 履约项目9个，履约率90%)
        whole = _count_at(text, s.count_at)
        return s if whole and _divides_to(numerator[1], whole, q) else None
    return None


def _stage_count(text: str, stem: str, at: int) -> tuple[int, int] | None:
    """Where the count of the projects at a stage (开工, 开复工, 投产) is, and the count, just before the stage's rate
    at `at`, in its sentence: 开工项目8个，开工率…; 已开工20个，开工率…; 已有30个开工建设，开工率…"""
    lo = max(0, at - 40)
    found = [m for m in re.finditer(rf"{re.escape(stem)}(?:项目)?(?:已有|有|共|达)?\s*(\d+)\s*[个宗家项]", text[lo:at])]
    found += [m for m in re.finditer(rf"(\d+)\s*[个宗家项](?:项目)?(?:已经|已)?{re.escape(stem)}", text[lo:at])]
    if not found:
        return None
    last = max(found, key=lambda m: m.end())
    gap = text[lo + last.end():at]
    if len(gap) > _STAGE_GAP or re.search(rf"[\d{FULL_STOP}]", gap):
        return None
    return lo + last.start(1), int(last.group(1))


_STAGE_GAP = 8  # how far a stage's rate may follow its count (已有30个开工建设，开工率)


def _with_own_rate(text: str, s: _Counted, until: int) -> bool:
    """Whether a stage counted as a set is followed by its own rate (履约项目9个，履约率75%: 履约 of 履约项目)."""
    stage = s.name[:-2] if s.name.endswith("项目") else ""
    rate = re.search(r"([\u4e00-\u9fff]{2})率", text[s.end:until])
    return len(stage) >= 2 and rate is not None and stage.endswith(rate.group(1))


def _count_at(text: str, at: int) -> int:
    m = re.match(r"\d+", text[at:at + 12])
    return int(m.group()) if m else 0


def _divides_to(part: int, whole: int, q: Quantity) -> bool:
    """Whether part/whole is the rate as written, to its last digit (rounded or cut: 2/3 written 66.7% or 66%)."""
    places = re.search(r"\.(\d+)", q.raw)
    step = 10.0 ** -(len(places.group(1)) if places else 0)
    return 0 < part <= whole and abs(100.0 * part / whole - q.value) <= step + 1e-9


_SET_SCOPE = re.compile(r"(?:其中|全[省市县区州盟旗]|本[省市县区]|我[省市县区]|今年|当年|第[\u4e00-\u9fff\d]{1,3}届)*")


def _names_the_base(qualifier: str, name: str) -> bool:
    """Whether the claim's qualifier names the set: all of the set's name but a scope or an edition before it
    (第二届秋季招商会签约项目 for 秋季招商会签约项目); a set named with more than the claim writes (工业类签约项目
    for 签约项目) is a part of what the claim says."""
    at = name.find(qualifier)
    if at < 0:
        return False
    # (能源行业 for 能源行业项目, a part's projects counted as 能源行业296个项目: the part names its things)
    owned = name.endswith(qualifier) or name in (qualifier + "项目", qualifier + "企业")
    return owned and _SET_SCOPE.fullmatch(name[:at]) is not None


def _part_before(text: str, s: _Counted, at: int) -> bool:
    """Whether set `s` is a part counted in a sentence of its own before the value's (其中，新开工项目14个。累计完成
    投资30.5亿元: the whole's or the part's, the page does not say)."""
    if _SENTENCE_STOP.search(text, s.end, at) is None:
        return False  # (a part in the value's own sentence: the value's words tell it, as they are read)
    opened = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, s.start - _PART_REACH), s.start)), default=0)
    return "其中" in text[max(opened, s.start - _PART_REACH):s.start]


_PART_REACH = 40  # how far before a set's name its sentence's 其中 is looked for
_HEAD = 4  # the characters at the end of a set's name that say what kind of set it is (重点项目 of 市重点项目)
_NO_OWN_TAIL = re.compile(r"(?:已有|共有|共计|合计|总计|共|有|为|达|是)+$")  # (省重点项目有6宗: 省重点项目)
_SHARE_WORD_END = re.compile(r"(?:所占)?(?:比例|比重|占比)$")  # (…完成年度计划投资比例: the share's own word)


def _qualifier_split(c: Claim, own: str, percent: bool) -> tuple[str, str, str] | None:
    """The claim as a qualifier before the value's own words (西博会 + 履约项目; 西博会签约项目 + 履约率): the
    qualifier, the rest, and the claim as compared; None where the claim is no such pair. The rest holds every
    pair of the value's words and nothing else; the qualifier is of two characters at least."""
    written = claimed_text(c.indicator)
    if percent and c.measure == "share":
        written = _SHARE_WORD_END.sub("", written)
    mine = bigrams(indicator_words(own))
    if not mine or len(written) < 4:
        return None
    for k in range(2, len(written) - 1):
        rest = bigrams(indicator_words(written[k:]))
        if rest and rest <= mine:
            # (every pair of the value's words, but one that joins two of its clauses: 资年 of 完成投资…完成年度…)
            held = {ch for g in rest for ch in g}
            whole = all(set(g) <= held for g in mine - rest)
            return (written[:k], written[k:], written) if whole else None
    return None


def _set_reach(text: str, at: int) -> tuple[int, int]:
    """Where a set counted before the value may be: its paragraph, from the start of the sentence before its own."""
    line = text.rfind("\n", 0, at) + 1
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, line, at)]
    return (stops[-2] if len(stops) >= 2 else line), at


def _counted_sets(text: str, reach: tuple[int, int], at: int) -> list[_Counted]:
    """The sets counted in `reach` and at the value (`at`), in order: a name of projects or firms with its count
    after it (重点项目91宗, 履约项目9个, 省重点项目有6宗) or before it (31宗未开工项目中, 66个新开工项目)."""
    lo, hi = reach
    window = text[lo:hi + 12]
    found = [_Counted(m.group(1), lo + m.start(1), lo + m.end(), lo + m.start(2))
             for m in _NAME_THEN_COUNT.finditer(window)]
    found += [_Counted(m.group(2), lo + m.start(), lo + m.end(2), lo + m.start(1))
              for m in _COUNT_THEN_NAME.finditer(window) if lo + m.start() < at]
    # (分行业看，能源行业296个项目，开复工92个，开复工率31.1%: a part's projects, its name before their count)
    found += [_Counted(m.group(1) + m.group(3), lo + m.start(1), lo + m.end(), lo + m.start(2))
              for m in _OWNER_COUNT_NOUN.finditer(window)]
    return sorted((s for s in found if s.count_at <= at), key=lambda s: s.start)


_SET_NOUN = r"(?:项目|企业)"
_NAME_THEN_COUNT = re.compile(rf"([\u4e00-\u9fff“”\"]{{2,16}}?{_SET_NOUN})"
                              r"(?:已有|共有|共计|合计|总计|共|有|为|达)?\s*(\d+)\s*[个宗家项]")
_COUNT_THEN_NAME = re.compile(rf"(\d+)\s*[个宗家项]([\u4e00-\u9fff“”\"]{{2,16}}?{_SET_NOUN})(?![\u4e00-\u9fff]*\d)")
# A sector's or a place's projects or firms, counted between its name and theirs at a clause's opening (能源行业296个
# 项目, 南溪县24个项目): the part's things, named by the part.
_OWNER_COUNT_NOUN = re.compile(rf"(?:(?<=[，,；;：:。\n])|^)"
                               rf"([\u4e00-\u9fff]{{1,8}}?(?:行业|产业|领域|县|区|市|镇|乡|园区))"
                               rf"(\d+)\s*[个宗家项]({_SET_NOUN})(?![\u4e00-\u9fff]*\d)")


def _members_claimed(tie: Tie, named: int) -> frozenset[str]:
    """The pairs of a sum's items where the claim names all of them (`named`): their names are the value's, though its
    words drop one (甲、乙两家企业合计…, read as 乙两家企业合计…); none else."""
    return frozenset().union(*map(bigrams, tie.summed)) if tie.summed and named == len(tie.summed) else frozenset()


def _unless_qualified(src: Source, c: Claim, q: Quantity, tie: Tie, confirmed: bool) -> _Finding:
    """A claim the value's words confirm is the value's, unless a qualifier tells the claim's subject from the value's
    (see `_qualifier_apart`); one they do not confirm is left open."""
    if not confirmed:
        return _Finding(UNSURE, "indicator")
    apart = _qualifier_apart(src, c, q, tie)
    if apart is not None:
        return apart
    return _Finding(UNSURE, "indicator") if _half_unread(claimed_text(c.indicator), tie) else _FINE


def _qualifier_apart(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding | None:
    """The finding where the claim and the value's subject differ by a qualifier another value of its paragraph
    tells apart (see `_qualified_rival`): misattributed to that value where it is of the claim's unit and measure,
    else unconfirmed. None where no value of the paragraph does."""
    claim = _LEVEL_WORD.sub("", _compared_claim(claimed_text(c.indicator)))
    mine = _subject_said(_shown_words(tie))
    # (a pull or a gap names two subjects: 工业投资拉动全部投资增长 is read otherwise)
    if len(claim) < 2 or len(mine) < 2 or _RELATING.search(claim + tie.words):
        return None
    text = src.text
    start, end = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
    unsure = None
    # (the paragraph's values, no more than _APART_REACH values from `q` either way: linear in the page)
    for r in src.around(q, start, end if end >= 0 else len(text), _APART_REACH):
        t = src.tie_of.get((r.start, r.end))
        if r is q or t is None or not _alike(t, tie) or r.raw.endswith(_BOUND_ENDS) \
                or _size_classes_apart(t, tie) or _siblings(t, tie) or _other_kind(c.kind, t.kind):
            # (not 500万元以上, a class, nor another size class's value, nor another item of its list; nor a result
            # of a claimed goal, 完成603.4亿元 after 市下达任务580亿元, as _apart_from has it of any rival)
            continue
        found = _qualified_rival(claim, (mine, tie), (src.of_value(_rival_words, r), r.start < q.start))
        if found and r.unit == q.unit and t.measure == tie.measure:
            return _Finding(WRONG, "indicator", r)
        if found is not None:
            unsure = _Finding(UNSURE, "indicator")
    return unsure


_BOUND_ENDS = ("以上", "以下")
# How many of its paragraph's values before and after a value may tell its subject apart by a qualifier: the
# farthest that does on the development pages is 6 values away; a paragraph of a thousand figures (a
# statistics table run into one line) is not compared pair by pair.
_APART_REACH = 24


def _siblings(t: Tie, tie: Tie) -> bool:
    """Whether two values are items of one list, each its member's (甲区、乙县、丙县开工的项目分别为21个、15个、
    12个): their members tell them apart, not a qualifier one item's words keep and another's lose."""
    return bool(t.member and tie.member) and t.member != tie.member


def _size_classes_apart(t: Tie, tie: Tie) -> bool:
    """Whether two values are of two size classes their words name (总投资50亿元以上项目81个，100亿元以上项目43个): the
    class tells them apart, so a qualifier the other's words add (总投资, written once for both) says nothing."""
    return t.band is not None and tie.band is not None and t.band != tie.band


class _RivalWords(NamedTuple):
    """What `_qualified_rival` reads of another value's words, whatever the claim (see `_rival_words`)."""

    subject: str  # its subject (_subject_said of _shown_words)
    base: str  # the whole its share is of (_base_said), "" where none
    own: str  # its own words as written (_own_shown)
    own_words: str  # the same as compared (_own_words)


def _rival_words(src: Source, r: Quantity) -> _RivalWords:
    """A paragraph's value's words as `_qualified_rival` reads them: read once per value (Source.of_value), for every
    claim checked against a value of its paragraph asks them of each of the paragraph's other values."""
    t = src.tie_of.get((r.start, r.end))
    if t is None:  # (never asked: _qualifier_apart passes over an untied value)
        return _RivalWords("", "", "", "")
    shown = _shown_words(t)
    return _RivalWords(_subject_said(shown), _base_said(shown), _own_shown(t), _own_words(t))


def _qualified_rival(claim: str, value: tuple[str, Tie], other: tuple[_RivalWords, bool]) -> bool | None:
    """Whether another value's subject (`other`: its words, as `_rival_words` reads them, and whether it comes first)
    is the claim's where the value's is not: (a) the value's subject adds a qualifier to the other's (省 of 23个省重点
    项目完成投资 after 168个重点项目完成投资; 重点…项目 of 重点工业项目完成投资 and 全市工业投资) that the claim
    leaves out, naming the other's (重点项目完成投资), the other written first or naming its own place; or the base a
    share of the value's subject is of (一区四园 of 全县“一区四园”实现…，占全县规上工业产值的82%); (b) the other's
    subject adds one to the value's that the claim writes and the value's own reading does not hold (十亿元企业
    against 亿元企业's 77.1%). True for a value (a), False for a base (its whole has no value written), None where
    neither."""
    mine, tie = value
    words, first = other
    theirs, base = words.subject, words.base
    if base and theirs == mine:
        added = _added_runs(mine, base)
        if added and _read_in(base, claim) and not any(_said_in(a, claim) for a in added):
            return False
    # (not a share whose own words name only the whole it is of, its subject another value's: 协议投资136.8亿元，
    # 占全市的41.5%)
    own = words.own
    if "占" in own and theirs not in words.own_words:
        return None
    if first or level(own.split("占", 1)[0]) >= 0:
        added = _added_runs(mine, theirs)
        if added and _read_in(theirs, claim) and not any(_said_in(a, claim) for a in added):
            return True
    added = _added_runs(theirs, mine)
    if added and all(a in claim for a in added) and mine not in claim \
            and not all(bigrams(a) <= tie.scope | tie.under for a in added):
        return True
    return None


def _read_in(subject: str, claim: str) -> bool:
    """Whether the claim names `subject`: its head (the last pair) and at least half its pairs (重点项目投资年度计划
    in 重点项目完成年度计划比例)."""
    pairs = bigrams(subject)
    return subject[-2:] in claim and 2 * len(pairs & bigrams(claim)) >= len(pairs)


def _shown_words(tie: Tie) -> str:
    """A value's words as its reading shows them, as compared (not the words a bracket after it adds)."""
    return indicator_words(simplified(tie.shown.replace("…", "")))


def _subject_said(words: str) -> str:
    """The subject of a value's words, as compared: before the whole a share is of (占), without how it changed, the
    place's level, the place it opens with by name (广东 of 广东居民人均可支配收入: whose it is, not what), or a count's
    unit left before it (个 of 23个省重点项目)."""
    words = _GROWN_END.sub("", words.split("占", 1)[0])
    words = _LEVEL_WORD.sub("", words.lstrip(_LEFT_BEFORE)).lstrip(_LEFT_BEFORE)
    return words[_opening_place_end(words):]


_LEFT_BEFORE = "个家项户年月日"


def _base_said(words: str) -> str:
    """The whole a share's words say it is of (规上工业产值 of …占规上工业产值), "" where they say none."""
    if "占" not in words:
        return ""
    return _LEVEL_WORD.sub("", re.sub(r"(?:的)?(?:比重|份额|总量|总额)?$", "", words.split("占", 1)[1]))


def _said_in(run: str, claim: str) -> bool:
    """Whether the claim writes any of a qualifier's words (沪苏浙 of 来自沪苏浙)."""
    return run in claim if len(run) < 2 else bool(bigrams(run) & bigrams(claim))


# Words of a pull or a gap, which name two subjects.
_RELATING = re.compile(r"拉动|带动|上拉|下拉|拉低|拉高|高于|高出|低于|快于|慢于|超过|比(?![例重率])|较")


def _added_runs(longer: str, shorter: str) -> list[str]:
    """The runs of characters `longer` adds to `shorter` (省 of 省重点项目投资 to 重点项目投资; 重点, 项目 of
    重点工业项目投资 to 工业投资), where `shorter` is read in it in order and both end alike; [] where not."""
    if len(shorter) < 2 or len(longer) <= len(shorter) or longer[-2:] != shorter[-2:]:
        return []
    runs, at = [], len(longer)
    for ch in reversed(shorter):
        j = longer.rfind(ch, 0, at)
        if j < 0:
            return []
        if at - j > 1:
            runs.append(longer[j + 1:at])
        at = j
    runs += [longer[:at]] if at else []
    # (each a qualifier: not only words that qualify nothing; one character only as a grade or a size's tens, 省 of
    # 省重点, 十 of 十亿元)
    # (nor a place: 城东街道 of 城东街道实现税收收入 on its page, 鸡西市 of 鸡西市石墨产业实现产值…，占全省…: whose a
    # value is, the subject's reading says; nor a period)
    telling = all(_NO_QUALIFIER.sub("", a) and not a.endswith("中") and not _a_place(a)
                  and not _PERIOD_WORDS.fullmatch(a)  # (全年 of 全年新能源发电量达到)
                  and (len(a) > 1 or _ONE_CHAR_QUALIFIER.match(longer, longer.find(a))) for a in runs)
    return runs if telling else []


_ONE_CHAR_QUALIFIER = re.compile(r"[省市县区](?=重点|级)|[十百千](?=亿|万)")


_GROWN_END = re.compile(r"(?:同比)?(?:增长|下降|增速|增幅|降幅)$")
_LEVEL_WORD = re.compile(r"^(?:全国|全省|全市|全区|全县|我市|我省|我区|我县|本市|规上|规模以上)+")


_LAST_YEARS = re.compile(r"上年|去年|上一年")  # (上年同期全县实现工业增加值2.89亿元: last year's)


def _alike(whole: Tie, part: Tie) -> bool:
    """Whether a whole's value is of the part's period and place (not 上年同期's, nor a park's)."""
    # (the cheap tests first, and each value's own words read once: it is asked of every pair of a paragraph's values)
    if whole.written != part.written or (whole.level != part.level and -1 not in (whole.level, part.level)):
        return False
    own, theirs = _own_shown(whole), _own_shown(part)
    if (PARK.search(own) is None) != (PARK.search(theirs) is None) \
            or (_LAST_YEARS.search(own) is None) != (_LAST_YEARS.search(theirs) is None):
        return False
    return not (whole.period is not None and part.period is not None and whole.period.conflicts(part.period))


# Town or country, as statistics count residents and retail apart from all of them (城镇居民, 农村常住居民,
# 乡村消费品零售额; not 城镇新增就业 or 城镇化率, of which no whole is counted beside).
_RESIDENTS_HALF = re.compile(r"(?:城镇|城市|农村|乡村)(?=(?:常住)?居民|消费品零售)")


def _half_unread(written: str, tie: Tie) -> bool:
    """Whether the claim names town or country (城镇居民, 农村) where the value's own words name residents or retail
    without either (全省居民人均消费支出35732元 claimed for 城镇居民人均消费支出: all residents', a word only a
    neighbour's words hold), or the other way (农村居民人均可支配收入 claimed as 居民人均可支配收入): the value may be
    the whole's or the half's."""
    own = simplified(tie.words) + simplified(tie.shown)
    claimed, said = _RESIDENTS_HALF.search(written), _RESIDENTS_HALF.search(own)
    return (claimed is not None and said is None and _RESIDENTS.search(own) is not None) \
        or (said is not None and claimed is None)


_RESIDENTS = re.compile(r"居民|消费品零售")
