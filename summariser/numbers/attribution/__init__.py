"""What a source ties each of its quantities to: the indicator words around it, the period in force
and whether it is a target or forecast rather than an achieved result.

The checker uses this to tell a real number of the article put under the wrong indicator, period or
kind from a correctly reported one. Everything here reads the parser's view of the text (ruby
dropped, traditional forms folded) and is linear in it.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import Sequence

from ...core.chars import FULL_STOP, SENTENCE_BREAK, SENTENCE_END
from ...core.simplify import simplified
from ..chinese import parse_chinese_numeral
from ..kinds import HEADER_DATE, HEADER_DATED, NOW, goal_sentences, inside, year_and_month
from ..periods import (
    HORIZON_YEARS,
    REACH,
    THIS_MONTH,
    Period,
    last_month,
    parse_period,
    periods_in,
    starts_a_change,
    year_to_date,
)
from ..spans import span_end, span_start, start_after
from ..tables import CellWords, TableRead, alone_on_line
from .items import (
    _ENDS_IN_HEAD,
    _SUBJECT_JOIN,
    COUNTS,
    INDUSTRY_NAMES_WITH_COMMAS,
    LIST_SUMMING,
    PAIR_POINTER,
    _assign,
    _base_values,
    _bracketed_runs,
    _by_place_after_colon,
    _in_brackets,
    _items,
    _joined_only,
    _labels_shared,
    _listed_then_summed,
    _named_in_brackets,
    _pair_pointed,
    _parallel,
    _part_named_again,
    _parts_in_brackets,
    _places_interleaved,
    _places_of_a_count_before,
    _ranked_places,
    _shared_head,
    _telling,
    _verb_shared,
)
from .layout import (
    _CLAUSE_AT,
    _GLOSS,
    NOT_COUNTING,
    TAKING_OUT,
    WORDS_AFTER,
    WORDS_BEFORE,
    _around,
    _label_start,
    _Layout,
    _unit_class,
    title_lines,
)
from .measure import (
    _BREAKDOWN,
    _COUNTED_BY,
    _COUNTING,
    _MAX_LIST_LINE,
    _PLACE_GROWN,
    NOT_PRODUCT,
    PER_ONE,
    PER_WORD,
    PRODUCT_ALONE,
    RUNNING_TOTAL,
    SUPPLY_NAMED,
    _announced,
    _chain_head,
    _Last,
    _left_out,
    _line_label,
    _measure_left_out,
    _measure_of,
    _of_another_place,
    _place_grown_before,
    _prefixed,
    _pull_of,
    _qualified,
    _share_changed,
    _share_s_gap,
    _unit_written,
    _whole_pointed,
    line_label,
    list_heading,
)
from .period import (
    _CLAUSE_MARKS,
    _PART_OPENING,
    EVENT_POINTERS,
    _article_period,
    _aside_bracket_end,
    _base_around,
    _held_events,
    _holds,
    _of_values,
    _period_at,
    _running_total,
    _same_stretch_last_year,
    _stated_before,
    _written_period,
    periods_of_values,
)
from .subject import (
    _ENTITY_NAMED,
    _STAGE,
    _SUM_OF_COUNTED,
    _cell_whole,
    _from_subject,
    _kin_at,
    _kind_under,
    _named_anew,
    _names_only_a_measure,
    _names_subject,
    _opens_on_measure,
    _opens_with_parts,
    _outlay_kind,
    _part_and_heir,
    _partitive,
    _place_spoken,
    _pointer_dropped,
    _pool_of,
    _pools_named,
    _project_named,
    _remarked,
    _said_of_named,
    _scope_at,
    _stage_among,
    _staged,
    _Subject,
    _subject_of,
    _Subjects,
    _sums_items,
    _words_after,
    project_built,
)
from .text import COORDINATED, ONE_CHARACTER_PRODUCTS, _pairs, bigrams, blank, last_match
from .tie import Tie
from .words import (
    _BASE_NAME,
    _BASE_VALUE,
    _COMPARED_BASE,
    _COMPARED_PLACE,
    _GAP_TO,
    _GRADE,
    _MEASURES,
    _NOT_WORD,
    _SHORT_BASE,
    CLASS_MEASURED,
    GOAL_SETTER,
    SUM_WORDS,
    TALLY,
    _compared_items,
    _names_one,
    grade,
    has_subject,
    head_kind,
    indicator_words,
    level,
    levels_named,
    measured,
    measured_part,
    measures_in,
    place_level,
    size_band,
    tally,
    tally_of,
    written_as_compared,
)

__all__ = [
    "CLASS_MEASURED",
    "COORDINATED",
    "COUNTS",
    "EVENT_POINTERS",
    "GOAL_SETTER",
    "INDUSTRY_NAMES_WITH_COMMAS",
    "LIST_SUMMING",
    "NOT_COUNTING",
    "NOT_PRODUCT",
    "ONE_CHARACTER_PRODUCTS",
    "PAIR_POINTER",
    "PER_ONE",
    "PER_WORD",
    "PRODUCT_ALONE",
    "RUNNING_TOTAL",
    "Reading",
    "SUM_WORDS",
    "SUPPLY_NAMED",
    "TAKING_OUT",
    "TALLY",
    "Tie",
    "WORDS_AFTER",
    "WORDS_BEFORE",
    "_CLAUSE_AT",
    "_group_listed",
    "_items",
    "_listed_before",
    "_shared_head",
    "bigrams",
    "blank",
    "forget_attribution",
    "grade",
    "has_subject",
    "head_kind",
    "indicator_words",
    "last_match",
    "level",
    "levels_named",
    "line_label",
    "list_heading",
    "measured",
    "measured_part",
    "measures_in",
    "periods_of_values",
    "place_level",
    "project_built",
    "size_band",
    "tally",
    "tally_of",
    "ties",
    "written_as_compared",
]


_SHARE_BASE = re.compile(r"占(?:全国|全省|全市|全区|全县|全州)")


# A base's own value in brackets right after it, in the list of bases a gap is to (分别高于全国(3.4%)、全省(5.4%)
# 3.7个、1.7个百分点): the base's, not the subject's, and no gap of the list's.
_BASE_S_OWN = re.compile(_GAP_TO + rf"(?:{_COMPARED_BASE}[、和与及])*({_BASE_NAME})\s*[（(]\s*$")


_RESPECTIVELY = "分别"
# A goal's bound written before its amount (不少于60家, 突破1200亿元), and a ；-part that opens with a horizon
# (；到2027年，产业链营收突破1200亿元): what a sentence's lead goal word carries to.
_BOUND_WORDS = ("不少于", "不低于", "突破", "超过", "达到")
_HORIZON = re.compile(r"\s*(?:到|至)(?:19|20)\d{2}年")
# What makes a year a deadline (到2025年, 至2027年), not a range's end (2022年至2025年) nor a date so far (截至2023年)
_DEADLINE_BEFORE = re.compile(r"(?<![截止至年月日号加高长升降少大])(?:到|至)$")  # (not 增加到2024年的…: a change's end)
_AS_OF_BEFORE = re.compile(r"(?:截止|截至)(?:到|至)$")
# A list of goals or forecasts announced as one (主要预期目标是：…增长6%；…城镇新增就业5.2万人；…): each ；-part is
# a goal (or a forecast), whatever it measures in.
# (全年预估数：…)
_GOAL_LIST = re.compile(r"目标(?:任务)?(?:是|为|如下)?[：:]|(?:预计|预估|预测)[^，,；;。：:]{0,4}[：:]")


def ties(text: str, spans: Sequence[tuple[int, int]], specs: Sequence[bool] = ()) -> list[Tie]:
    """One Tie per quantity span of `text` (spans sorted by start): `Reading(...).all()`."""
    return Reading(text, spans, specs).all()


class Reading:
    """What `text` ties each of its quantity spans (sorted by start) to, read a sentence at a time on
    first use: a check that needs one quantity's tie (a reason, a claimed kind) reads its sentence,
    not the article.

    The text is read in simplified characters (one for one), as claimed indicators are. `specs`
    marks quantities that are a facility's specification (10万吨/年 in a project's name), which are
    neither targets nor results. What a tie inherits (the clause subject, a list's items, 分别)
    never crosses a sentence end, so sentences read apart give the ties a pass over all would."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], specs: Sequence[bool] = (),
                 units: Sequence[str] = (), periods: Sequence[tuple[int, int, Period]] | None = None,
                 table: TableRead | None = None) -> None:
        # (`periods`: the period writings of `text`, when the caller has read them already; they serve
        # when the text has no traditional character, else those of its simplified form are read)
        # (`table`: the parse's reading of a text's tables, tables.TableRead; its cells' words serve where it is
        # of the text read here, else they are read again)
        self.table = table
        given = text
        self.text = text = simplified(text)
        self.spans, self.specs, self.units = spans, specs, units
        # a comparison base (比上年同期, 较前三季度) and a goal's period (完成全年目标) date no value
        found = periods_in(text) if periods is None or text is not given else periods
        self.found = _of_values(text, found)
        self.period_starts = [a for a, _, _ in self.found]
        self.holds = _holds(text, self.found)
        self.article = _article_period(self.found)
        self.events = _held_events(text, self.found)
        self.event_ends = [end for end, _, _ in self.events]
        dated = HEADER_DATE.search(text, 0, HEADER_DATED)
        self.published = year_and_month(dated)[0] if dated else None  # the year of the page's own date
        # where each period that writes a year starts, and the year: the year in force for one that writes none
        # (not a goal's horizon, 力争到2025年达到1500亿元, nor a day's date: 2024年3月28日 under a 公报 of 2023年)
        # (nor a year after the page's own, nor one of a list of goals its sentence names at its end: 会议提出，…；
        # 2028年产值1700亿元…的发展目标, a horizon, no year the months after it are of)
        self.goals = goal_sentences(text)
        # (nor a year in an aside's brackets: 规上工业企业（2023年营业收入2000万元以上的企业）1147家 on a page of 2024)
        self.years = [(a, p.year) for a, b, p in self.found
                      if p.year and p.year.isdigit() and not p.day and text[a - 1:a] != "到"
                      and not (self.published is not None and int(p.year) > self.published)
                      and not inside(self.goals, a) and _aside_bracket_end(text, a, b) is None]
        self._ties: list[Tie | None] = [None] * len(spans)
        # the clause subject in force after each quantity read, which a later ；-part's clause that names only
        # what is measured takes its entity from (…实现营业收入3286.4亿元…；利润总额142.7亿元)
        self._subjects: dict[int, tuple[_Subject | None, frozenset[str]]] = {}
        self._lasts: dict[int, _Last] = {}  # the value each ；-part ends with, as the next part may leave it out
        # (the value a ；-part broke down with 其中, where it ends with a part: what a sibling of the whole, in the
        # next part, leaves out; 天水市增长8.1%，其中某科技营业收入增长15.3%；酒泉市增长10.4%: not 营业收入)
        self._wholes: dict[int, _Last] = {}
        self._listed: dict[int, list[str]] = {}  # the last 分别 list's items of the sentence ending at a quantity
        self._layout: _Layout | None = None
        self._titles: list[tuple[int, int]] | None = None

    def period(self, n: int) -> tuple[Period | None, bool]:
        """The period in force for quantity `n` and whether the text states it before the value (the
        period-only part of its tie, without reading any indicator words)."""
        return _period_at(self.found, self.period_starts, self.spans[n][0], self.article, self.holds)

    def _deadline(self, a: int, sentence: int, written: Period | None) -> str:
        """'target' where the period in force at `a` is a deadline still ahead (到2025年，…达到500亿元; a plan's
        goals in the paragraphs after 《行动计划》提出，到2025年，…), for a value whose sentence (from `sentence`)
        says nothing has been reached (已, 目前) and writes no other period for it (`written`: 由2023年的215家).
        Ahead of the page's date: its year or later; on a page that writes none, later than any other year it
        writes, or with none; a year after the page's own is a deadline, with or without 到. 'actual' where it
        is behind them (到2023年底，…达到1286家 on a page of 2024: where a year ended); '' where no deadline
        holds. A deadline holds past its paragraph where no value stands before it there: then it opens what
        follows."""
        i = _stated_before(self.found, self.period_starts, a, self.holds)
        if i < 0:
            return ""
        start, end, period = self.found[i]
        if starts_a_change(self.text, start, end):
            return ""  # (从2019年的3家，到2021年的23家，再到2024年的68家: a timeline's points, no deadlines)
        year = period.year or ""
        horizon = HORIZON_YEARS.fullmatch(period.raw) is not None  # (3年内，电子信息制造业收入达到2750亿元)
        # (报告指出，2025年装备制造业规模突破1.5万亿元 on a page of 2023: a year to come is a deadline too)
        to_come = year.isdigit() and self.published is not None and int(year) > self.published
        if not (horizon or to_come or self._deadline_written(start, year)) \
                or (written is not None and written.raw != period.raw):
            return ""
        if self._laid_out().kinds.says("actual", sentence, a) or NOW.search(self.text, sentence, a):
            return ""
        paragraph_end = self.text.find("\n", end)
        opening = self.text.rfind("\n", 0, start) + 1
        if 0 <= paragraph_end < a and (bisect.bisect_left(self.spans, (opening, -1))
                                       < bisect.bisect_left(self.spans, (start, -1))
                                       or bisect.bisect_left(self.spans, (end, -1))
                                       < bisect.bisect_left(self.spans, (paragraph_end, -1))):
            # (…到2027年，泉州实施…450项以上，投资累计达到700亿元以上。⏎…日前公布…33个项目列入: a deadline whose
            # paragraph sets goals of its own ends with it; only a lead-in's, 到2025年：⏎…, opens what follows)
            return ""  # (全县已培育…9家。力争到2025年，…。⏎本报讯 …: after results it stays in its paragraph)
        if horizon:
            return "target"
        if self.published is not None:
            return "target" if int(year) >= self.published else "actual"
        others = [int(y) for _, y in self.years if y != year]
        return "target" if not others or int(year) > max(others) else "actual"

    def _deadline_written(self, start: int, year: str) -> bool:
        """Whether the year written at `start` is written as a deadline: 到2025年; 截止到2021年底 only on a page of that
        year or before (elsewhere, and on an undated page, the day a count is taken)."""
        if not year.isdigit():
            return False
        if _AS_OF_BEFORE.search(self.text, max(0, start - 3), start) is not None:
            return self.published is not None and int(year) >= self.published
        return _DEADLINE_BEFORE.search(self.text, max(0, start - 2), start) is not None

    def year(self, n: int) -> str | None:
        """The year of the nearest period before quantity `n` that writes one (2024年一季度 of the title, for
        比去年同期增长… under it), None when none does."""
        i = bisect.bisect_left(self.years, (self.spans[n][0], "")) - 1
        return self.years[i][1] if i >= 0 else None

    def sentence(self, n: int) -> tuple[str, int]:
        """Quantity `n`'s full sentence (to its 。！？ or line end, across its ；-parts), in simplified characters,
        and where the quantity starts in it."""
        a, b = self.spans[n]
        start = self.sentence_start(n)
        return self.text[start:span_end(self._laid_out().full_stops, b, len(self.text))], a - start

    def header(self) -> list[tuple[int, int]]:
        """The spans of the text's headline lines (header_lines), as its layout read them."""
        return self._laid_out().header

    def titles(self) -> list[tuple[int, int]]:
        """The spans of the text's title lines, values and all (title_lines), read on first use."""
        if self._titles is None:
            self._titles = title_lines(self.text)
        return self._titles

    def sentence_start(self, n: int) -> int:
        """Where quantity `n`'s full sentence starts: two quantities with one start share a sentence."""
        return span_start(self._laid_out().full_stops, self.spans[n][0])

    def _sentence_before(self, lo: int, s0: int) -> _Subject | None:
        """The lead subject of the full sentence before the one quantity `lo` opens, on the same line (or on
        the line above, a captioned value's), for a sentence that names nothing but how its value changed
        (…规模以上工业增加值同比增长10.2%…。9月当月增长12.5%): what it measures is that one's; None where a line
        break or a heading stands between."""
        between = self.text[self.spans[lo - 1][1]:s0] if lo else ""
        # (a post's lines, 规上工业企业营业收入286.4亿元⏎同比增长7.9%: a value alone on the line right under another
        # is that one's change)
        captioned = not between.strip() and between.count("\n") == 1 and alone_on_line(self.text, *self.spans[lo])
        opening = self.text[s0:self.spans[lo][0]] if lo else ""
        summed = _SUM_OF_COUNTED.fullmatch(indicator_words(opening)) is not None  # (。合计完成产值15.9亿元)
        if lo == 0 or ("\n" in between and not captioned) or not (_BARE_SENTENCE.match(self.text, s0) or summed):
            return None
        opening = blank(opening, [(a, b) for a, b, _ in periods_in(opening)])  # (10月份同比增长: no subject)
        if has_subject(_GRADE.sub("", indicator_words(opening))) and not summed:
            return None  # (增长较快的是装备制造业，增长15.2%: the sentence names its subject before the value)
        stops = self._laid_out().full_stops
        before = span_start(stops, self.spans[lo - 1][0])
        if before == span_start(stops, self.spans[lo][0]) or before != span_start(stops, s0 - 1) \
                or _PART_OPENING.match(self.text, before):
            # (a ；-part of the same sentence reads its own lead; a value two sentences back is too far; after
            # 其中，技改投资增长16.8%。 a bare 9月当月增长12.1% may be the whole's or the part's)
            return None
        return self._lead_of(lo - 1)[0]

    def _part_before(self, lo: int) -> tuple[_Subject | None, frozenset[str]]:
        """The clause subject in force at the end of the ；-part before the one starting with quantity `lo`, and
        the pairs of the whole its value is a part of, when both are parts of one full sentence."""
        return self._lead_of(lo - 1) if self._after_a_part(lo) else (None, frozenset())

    def _subjects_at(self, lo: int, s0: int) -> _Subjects:
        """The clause subjects of the ；-part at `s0` (its first quantity `lo`) as they start: the part before's, or,
        for a full sentence's first part, the sentence before's lead it goes on with (see _chained_lead)."""
        if self._after_a_part(lo):
            return _Subjects(*self._part_before(lo))
        return _Subjects.going_on(*self._chained_lead(lo, s0))

    def _chained_lead(self, lo: int, s0: int) -> tuple[_Subject | None, frozenset[str]]:
        """The lead subject of the sentence before the one at `s0` (its first quantity `lo`), where that one ends on
        the same line and neither opens with 其中 (a part's sentence, whose lead is no whole's): a sentence that
        names only what is measured goes on with its subject's entity, as a ；-part does (…重点建设项目444项，项目总
        投资5141亿元。1-10月项目累计完成投资629.0亿元: the 444 projects'; 高新区和…园区完成工业产值184.3亿元，…。
        完成固定资产投资34.9亿元: the parks'). Whether its words name only a measure is _entity_carried's to say;
        the whole the lead was a part of is not carried (its own sentence said so)."""
        if lo == 0 or "\n" in self.text[self.spans[lo - 1][1]:s0] or _PART_OPENING.match(self.text, s0):
            return None, frozenset()
        stops = self._laid_out().full_stops
        before = span_start(stops, self.spans[lo - 1][0])
        if before != span_start(stops, s0 - 1) or _PART_OPENING.match(self.text, before):
            return None, frozenset()  # (a value two sentences back is too far; 其中，… is a part's)
        lead = self._one_lead(lo - 1)
        # (only a sentence that opens on a measure alone, after its period: 在科技创新方面，南京…29项成果… opens a
        # topic of its own, and its share 占全省的63.8% is no share of the sentence before's GDP)
        opening = indicator_words(self._laid_out().plain[s0:self.spans[lo][0]])
        return (lead, frozenset()) if lead is not None and _opens_on_measure(opening, lead.counted) \
            else (None, frozenset())

    def _one_lead(self, n: int) -> _Subject | None:
        """The lead subject of quantity `n`'s full sentence, where each of its ；-parts is led by the same one (两
        parts led by two subjects, 甲…；乙…, leave a sentence after them no one's to go on with); None else."""
        layout = self._laid_out()
        first = bisect.bisect_left(self.spans, (span_start(layout.full_stops, self.spans[n][0]), -1))
        parts = sorted({span_start(layout.sentence_ends, self.spans[k][0]): k for k in range(first, n + 1)}.items())
        leads = [self._lead_of(k)[0] for _, k in parts]
        return leads[0] if all(lead is leads[0] for lead in leads) else None

    def _part_ended(self, lo: int, sibling: bool = False) -> _Last | None:
        """The last value of the ；-part before the one starting with quantity `lo`, when both are parts of one
        full sentence (汽车制造业营业收入增长1.9%；食品制造业增长5.0%: 营业收入 is what 5.0% leaves out); where
        that part ended among the parts after its 其中 and the new part opens with a place alone (`sibling`), the
        value those parts broke down (天水市增长8.1%，其中某科技营业收入增长15.3%；酒泉市增长10.4%: 酒泉市 is
        天水市's sibling, not the firm's)."""
        if not self._after_a_part(lo):
            return None
        self.tie(lo - 1)
        if sibling and lo - 1 in self._wholes:
            return self._wholes[lo - 1]
        return self._lasts.get(lo - 1)

    def _broken_down(self, lo: int, s0: int) -> _Last | None:
        """The first value of the sentence before one that breaks it down (规模以上工业增加值同比增长6.1%。其中，制造业
        增长9.5%: 增加值 is what the parts leave out), as the value before; None for any other sentence."""
        if lo == 0 or not _BREAKDOWN.match(self.text, s0):
            return None
        _, _, first = self._last_sentence(s0)
        first = self._past_quota(first, lo)
        if first >= lo:
            return None
        # (实现营业收入4216.3亿元，同比增长14.8%。其中，动力电池增长22.6%: the whole's value of the parts' unit)
        # (not 分行业看，…: a frame's whole is the article's, not the sentence before's)
        if self.text.startswith("其中", s0):
            first = next((k for k in range(first, lo) if self._unit_of(k) == self._unit_of(lo)), first)
        t = self.tie(first)
        unit = self._unit_of(first)
        return _Last(unit, t.pairs, t.band, t.scope, _qualified(t.head, t.words), False, t.measure, t.words)

    def _unit_of(self, n: int) -> str:
        return self.units[n] if n < len(self.units) else ""

    def _anaphor_resolved(self, lo: int, hi: int, s0: int) -> None:
        """The values of a sentence that opens by pointing back at what the sentence before counted (全省省级以上开发区
        共有52个…。这52个开发区实现营业收入…; 这些企业…): read with that count's words in place of the pointer."""
        opening = _POINTER_OPENING.match(self.text, s0)
        if opening is None:
            return
        referent = next((self.tie(k).words for k in self._values_before(lo, s0)
                         if self._unit_class_of(k) in _COUNTED_BY and self.tie(k).words.endswith(opening.group(1))),
                        None)
        pointer = indicator_words(opening.group())
        if referent is None or not pointer:
            return
        for n in range(lo, hi):
            t = self._ties[n]
            if t is not None and t.words.startswith(pointer):
                words = referent + t.words[len(pointer):]
                self._ties[n] = t._replace(words=words, pairs=_pairs(words))

    def _stage_counted(self, own: str, named: str, seen: dict[str, frozenset[str]],
                       at: tuple[int, int, str]) -> frozenset[str]:
        """What a count of a stage reached (its own words `own`, those after it `named`) is among: the count of its
        unit class before it in its sentence (`seen`), else, naming nothing after it, the one the sentence before
        counts first (see _counted_before). `at`: the sentence's first quantity, its start, the unit class."""
        lo, s0, kin = at
        if kin in seen or named:
            return _stage_among(own, seen.get(kin))
        return _stage_among(own, self._counted_before(lo, s0, kin))

    def _counted_before(self, lo: int, s0: int, kin: str) -> frozenset[str] | None:
        """The pairs of the first value of unit class `kin` in the sentence before the one at `s0` (its first
        quantity `lo`), in the same paragraph: what a stage count opening this one, naming nothing after it, is among
        (东区实施重点项目10项。截至目前，开复工8项; not 今年已有12个项目…); None where there is none."""
        if len(kin) != 1 or kin not in _COUNTED_BY:
            return None
        return next((self.tie(k).pairs for k in self._values_before(lo, s0) if self._unit_class_of(k) == kin), None)

    def _values_before(self, lo: int, s0: int) -> range:
        """The indices of the values of the sentence before the one at `s0` (its first quantity `lo`), where both are
        of one paragraph; none otherwise."""
        if lo == 0 or "\n" in self.text[max(0, s0 - 1):s0 + 1]:
            return range(0)
        end, _, first = self._last_sentence(s0)
        return range(0) if "\n" in self.text[end:s0] else range(first, lo)

    def _last_sentence(self, s0: int) -> tuple[int, int, int]:
        """The sentence before the one at `s0`: where it ends (its last character), where it starts, and the index
        of its first value."""
        end = len(self.text[:s0].rstrip(f"{FULL_STOP}{SENTENCE_END}\n \t\u3000"))
        before = span_start(self._laid_out().full_stops, end - 1)
        return end, before, bisect.bisect_left(self.spans, (before, -1))

    def _after_a_part(self, lo: int) -> bool:
        """Whether quantity `lo` starts a ；-part of the full sentence the quantity before it is in."""
        stops = self._laid_out().full_stops
        return lo > 0 and span_start(stops, self.spans[lo - 1][0]) == span_start(stops, self.spans[lo][0])

    def _lead_of(self, n: int) -> tuple[_Subject | None, frozenset[str]]:
        """The lead subject of quantity `n`'s ；-part and its whole, as that part was read (read now if not)."""
        self.tie(n)
        return self._subjects.get(n, (None, frozenset()))

    def tie(self, n: int) -> Tie:
        """Quantity `n`'s tie (its sentence is read if it has not been)."""
        t = self._ties[n]
        if t is None:
            layout = self._laid_out()
            i = bisect.bisect_right(layout.sentence_starts, n) - 1
            lo = layout.sentence_starts[i]
            hi = layout.sentence_starts[i + 1] if i + 1 < len(layout.sentence_starts) else len(self.spans)
            self._read(lo, hi)
            t = self._ties[n]
            assert t is not None
        return t

    def all(self) -> list[Tie]:
        """Every quantity's tie, in order."""
        return [self.tie(n) for n in range(len(self.spans))]

    def _kind_in(self, n: int, at: tuple[int, int, int, int, int],
                 read: tuple[Period | None, _Subject | None, str, str], cell: CellWords | None,
                 foretold: int | None) -> tuple[str, int | None]:
        """Quantity `n`'s kind as its sentence is read (`read`: the period its own sentence writes, its heir, its
        own words before and after it), and the clause of the sentence's forecast that goes on after it."""
        written, heir, own, named = read
        c0, a = at[1], at[2]
        # (“十三五”期间，…将…重点打造37个工业集中区: a plan's term with the work it will do dates no result)
        dated = written is not None and not (_PLAN_TERM_WRITTEN.search(written.raw)
                                             and _WILL.search(self.text, at[0], at[2]) is not None)
        kind = self._kind(n, at, dated, heir, own, named)
        # (到2025年，全市规上工业增加值达到500亿元: no word of a goal, but a deadline ahead)
        kind = kind or self._deadline(a, at[0], written)
        if not kind and foretold is not None and foretold < c0 \
                and (written is None or _opens_with_parts(self.text, c0) or self._foretold_on(foretold, n, own)) \
                and not self._laid_out().kinds.says("actual", c0, a):
            # (预计可新增年产值约620亿元，新增税收约25亿元: the forecast goes on; 2023年…预计达5800亿元，其中规上工业
            # 总产值4937亿元: a part of what is foreseen is foreseen too, in a dated sentence as well)
            kind = "forecast"
        # (估算投资312.5亿元，其中先进制造业项目26个: an estimate is of its own amount, and foresees nothing after it)
        # (预计年产值50亿元的…项目，1-5月完成投资3.2亿元: a forecast in an attribute foresees nothing after it either)
        estimate = kind == "forecast" and ("估算" in own or self._laid_out().kinds.in_attribute(a))
        foretold = c0 if kind == "forecast" and not estimate else foretold if not kind else None
        if not kind and self._laid_out().kinds.share_reached(c0, a, at[3]):
            kind = "actual"  # (完成全年目标的117.27%: the share reached, where nothing foresees it)
        if cell is not None and cell.goals:
            # (a table with a 年度目标 column: its cells are goals there, results in the other columns)
            kind = "target" if cell.goal else "actual"
        return kind, foretold

    def _foretold_on(self, start: int, n: int, own: str) -> bool:
        """Whether quantity `n`, no period written since the forecast's clause at `start`, goes on with the forecast:
        an amount or a rate (据测算，1-6月全区可实现生产总值…，其中第一产业增加值…，第二产业增加值69.76亿元), or a count
        whose own words (`own`) name only another measure (今年第一季度，…预计完成产值10.9亿元，…，实现增加值6.55亿元);
        not a count of things of its own (…预计新增产值117.7亿元，市级重点跟踪17个…增长点)."""
        a = self.spans[n][0]
        i = bisect.bisect_left(self.period_starts, start)
        if i < len(self.period_starts) and self.period_starts[i] < a:
            return False
        return self._unit_class_of(n) not in _COUNTED_BY or _names_only_a_measure(own)

    def _kind(self, n: int, at: tuple[int, int, int, int, int], dated: bool, heir: _Subject | None, own: str,
              named: str) -> str:
        """Quantity `n`'s kind: its words', else its forecast subject's, else its sentence's lead word's; `at`
        holds its sentence's and clause's starts, its span and its clause's end."""
        if n < len(self.specs) and self.specs[n]:
            return ""  # a facility's specification is neither a goal nor a result
        s0, c0, a, b, c1 = at
        kinds = self._laid_out().kinds
        kind = kinds.at(s0, c0, a, b, c1, dated=dated)
        if not kind and heir is not None and heir.kind == "forecast" and not heir.leads(own, named) \
                and not kinds.months_done(c0):
            kind = heir.kind  # 预计…工业投资完成34.8亿元，增速34.9%: the forecast subject's growth is forecast too
        return kind or self._led(n, s0, a)

    def _led(self, n: int, part: int, at: int) -> str:
        """The kind the lead word of quantity `n`'s full sentence carries to its ；-part (starting at `part`),
        unless the part dates itself (…；1-10月增长7.3% is another statement)."""
        layout = self._laid_out()
        full = span_start(layout.full_stops, at)
        horizon = _HORIZON.match(self.text, part) is not None  # (…；到2027年，…: a later goal, not a statement)
        if full >= part or (not horizon and bisect.bisect_left(self.period_starts, part)
                            < bisect.bisect_left(self.period_starts, at)):
            return ""
        lo = bisect.bisect_left(self.spans, (full, -1))
        first = self.spans[lo][0]
        first_part = span_start(layout.sentence_ends, first)
        if not (self._parallel(lo, first_part, part) or _GOAL_LIST.search(self.text, full, first)
                or self._bound(n) or horizon):
            return ""
        return layout.kinds.led(full, first, part, at, first_part)

    def _bound(self, n: int) -> bool:
        """Whether quantity `n` is written as a bound a goal sets (5家以上, 不少于60家, 突破1200亿元)."""
        a, b = self.spans[n]
        text = self.text
        return text[max(0, a - 3):a].endswith(_BOUND_WORDS) or text[a:b].startswith(_BOUND_WORDS) \
            or text.startswith("以上", b) or text[a:b].endswith("以上")

    def _parallel(self, lo: int, first_part: int, part: int) -> bool:
        """Whether the ；-part at `part` measures in a unit of the lead part's (at `first_part`, its first
        value spans[lo]): a list of goals repeats its measures (增长8%；增长10%), while 力争…390亿元；日产量
        增加到30万副 turns to another matter. A unit is told by its last character (亿元 and 万元 alike), and
        money, percent and points are one class: the measures of an economy's indicators (总产值500亿元；
        工业投资增长15%)."""
        text, spans = self.text, self.spans
        lead: set[str] = set()
        n = lo
        while n < len(spans) and spans[n][0] < part:
            if spans[n][0] >= first_part:
                lead.add(self._unit_class_of(n))
            n += 1
        end = span_end(self._laid_out().sentence_ends, part, len(text))
        while n < len(spans) and spans[n][0] < end:
            if self._unit_class_of(n) in lead:
                return True
            n += 1
        return False

    def _counts_its_own(self, first: int, lo: int, s0: int) -> bool:
        """Whether the ；-part at `s0` opens, as the part before did (its first value spans[first]), with a count
        of things it names itself (新开工项目14个 after 新签约项目21个)."""
        units = self.units
        counts = all(n < len(units) and units[n][-1:] in _COUNTING for n in (first, lo))
        # (工业项目共46个，…；新开工项目11个: a count said to be all of them is the whole of what follows)
        whole = _ALL_OF.search(self.text, max(0, self.spans[first][0] - 4), self.spans[first][0])
        return counts and not whole and _names_one(indicator_words(self._laid_out().plain[s0:self.spans[lo][0]]))

    def _class_of(self, first: int, lo: int, s0: int) -> bool:
        """Whether the sentence at `s0` opens with a count of a class of what the sentence before counts first
        (spans[first]): the same things in the same unit, named with a class and no stage of their own
        (社会事业项目27个 after 全市新开工项目66个: new ones of that class)."""
        units = self.units
        if lo >= len(units) or units[lo] != units[first] or units[lo][-1:] not in _COUNTING:
            return False
        whole = self.tie(first).words
        plain = self._laid_out().plain
        own = indicator_words(plain[s0:self.spans[lo][0]])
        thing = _ENTITY_NAMED.search(whole[-2:])
        if thing is None and not own:
            return self._stage_of(first, lo, s0)
        return thing is not None and own.endswith(thing.group()) and own != whole \
            and has_subject(own[:-2]) and not _STAGE.search(own) and not _ALL_OF.search(own)

    def _stage_of(self, first: int, lo: int, s0: int) -> bool:
        """Whether the sentence at `s0` opens with a count written before its noun that names only a stage of
        things (6个新开工项目中，…; 66个新开工项目已有28个开工建设) right after a sentence whose first value counts,
        in the same unit and also before its noun, a class of those things with no stage of its own (全市25个省重点
        工业项目完成投资…): the stage's count is of that class."""
        text, spans = self.text, self.spans
        if text[s0:spans[lo][0]].strip("，, \n") or not (stage := _STAGE_COUNT_OPENING.match(text, spans[lo][1])):
            return False
        named = _CLASS_COUNTED.match(text, spans[first][1])
        if named is None:
            return False
        cls = named.group(1)
        return stage.group(2) == named.group(2) and has_subject(indicator_words(cls)) and not _STAGE.search(cls) \
            and not _ALL_OF.search(text, max(0, spans[first][0] - 3), spans[first][0])

    def _heir_at(self, subjects: _Subjects, at: tuple[int, int, int], clause: tuple[int, int],
                 names: bool) -> _Subject | None:
        """The subject value `n` of the sentence (`at`: its first value, `n`, its start) inherits where its clause
        names none: the clause subject before, or, for the first value, the sentence before's; none for a clause
        that sums a list of items right before it (工业项目45个、服务业项目30个、农业项目12个，共计87个: all the
        projects, not the last item's), after which no clause inherits the last item."""
        lo, n, s0 = at
        if n - 2 >= lo and _sums_items(self.text, self.spans, n, clause,
                                       [self._unit_class_of(k) for k in (n - 2, n - 1, n)]):
            subjects.subject = None
            return None
        if subjects.subject is not None or n != lo or names:
            return subjects.subject
        # (a ；-part that opens with how its value changed, 总产值1107.18亿元，占规上工业的25.7%；同比增长12.3%: the
        # part before's lead's)
        bare_part = subjects.carried is not None \
            and _CHANGE_VERB.fullmatch(indicator_words(self.text[s0:self.spans[lo][0]])) is not None
        return self._sentence_before(lo, s0) or (subjects.carried if bare_part else None)

    def _unit_class_of(self, n: int) -> str:
        """The class of quantity `n`'s unit, by its last character (its span's where the unit is not known):
        7%以上 and 6%左右 are percents, as 5% is."""
        unit = self.units[n] if n < len(self.units) else ""
        return _unit_class(unit[-1] if unit else self.text[self.spans[n][1] - 1])

    def _laid_out(self) -> _Layout:
        if self._layout is None:
            self._layout = _Layout(self.text, self.spans, self.found, self.goals, self.table)
        return self._layout

    def _read(self, lo: int, hi: int) -> None:
        """The ties of spans[lo:hi], the quantities of one sentence."""
        text, spans = self.text, self.spans
        layout = self._laid_out()
        clause_ends, sentence_ends, plain = layout.clause_ends, layout.sentence_ends, layout.plain
        out = self._ties
        s0 = span_start(sentence_ends, spans[lo][0])  # the sentence's start, the same for each of its spans
        subjects = self._subjects_at(lo, s0)  # (the sentence's clause subjects as they are read)
        last_end = -1
        units = self.units
        last: _Last | None = None  # the value before
        # (the ；-part before's last value, or a breakdown's whole, for what this part's first leaves out)
        ended = self._part_ended(lo, _place_grown_before(text, spans[lo][0])) \
            or self._broken_down(lo, s0)
        broken: _Last | None = None  # the value the sentence's 其中 clause breaks down
        foretold: int | None = None  # the clause of the sentence's last forecast value, while none other follows
        spoken = -1  # the level of the whole place a value's own words named last in the sentence
        whole = self._whole_of(lo, s0)
        whole_under = whole if self._opens_parts(lo, s0) else frozenset()
        label = _line_label(text, s0, spans[lo][0])  # (3.牡丹江市：增长4.9%: the line's label is its subject)
        topic = ""  # a project named after a value (总投资35亿元的…项目): the sentence's later values are its
        seen: dict[str, frozenset[str]] = {}  # the latest value's pairs of each unit class, in the sentence
        under: dict[str, frozenset[str]] = {}  # after 其中, the wholes its parts are of, by unit class
        seen_kind: dict[str, str] = {}  # the latest value's kind of each unit class, in the sentence
        under_kind: dict[str, str] = {}  # after 其中, the kinds of the wholes its parts are of, by unit class
        whole_kind = self._whole_kind(lo, s0) if whole_under else ""
        parts_from = -1  # where the 其中 clause that set them starts
        pools = _pools_named(plain, s0, spans[hi - 1][0])  # (在签约项目中，…: what the later values are among)
        for n in range(lo, hi):
            a, b = spans[n]
            c0, c1 = span_start(clause_ends, a), span_end(clause_ends, b, len(text))
            cell = layout.cells.get(a)
            named_at = _label_start(plain, clause_ends, c0, a, last_end)
            before, after, shown, written_before = _around(text, plain, layout.item_ends,
                                                           (a, b, named_at, c1, last_end),
                                                           cell)
            before, after, among = _partitive(before, after, plain[b:b + _STAGED_REACH])
            before = _pointer_dropped(text, b, before)  # (总量占全区投资比重为: 占全区投资比重为)
            own = indicator_words(before)
            named = _words_after(text, after, c1, own)
            own = _remarked(plain, clause_ends, (c0, last_end), own)  # (采矿业增速最快，增加值同比增长27.3%)
            words = own + named
            attributed = _said_of_named(after, own, named)
            names = _names_subject(text, b, before, (own, named)) or attributed
            kin = _kin_at(text, b)
            if c0 != parts_from and _opens_with_parts(text, c0):
                # 新签约项目32个，总投资97.86亿元，其中5亿元以上项目8个、…: parts of 32个 (each item of the clause:
                # not of the item before it)
                under, parts_from = dict(seen), c0
                under_kind = dict(seen_kind)
                broken = last
            among = among or _pool_of(plain, clause_ends, (c0, a, b), before, pools) \
                or self._stage_counted(own, named, seen, (lo, s0, kin))
            heir_of = self._heir_at(subjects, (lo, n, s0), (c0, last_end), names)
            names = _named_anew(names, subjects, own, last_end < c0)
            part_of, heir = _part_and_heir(text, c0, under.get(kin, whole_under) | among,
                                           heir_of if not names else None)
            if not attributed:
                words, shown, part_of = subjects.read(heir, names, (own, named, words, shown), part_of)
            period, stated, written = self._periods_at(a, c0, c1, cell)
            kind, foretold = self._kind_in(n, (s0, c0, a, b, c1), (written, heir, own, named), cell, foretold)
            if not kind and self._planned_part(part_of, _kind_under((kin, words), under, under_kind, whole_kind),
                                               (c0, a), words):
                kind = "target"  # (今年计划实施重点项目126个，…，其中，产业类项目60个)
            if names and not layout.in_aside(a):
                subjects.named(_subject_of(text, b, (words, shown, own, written_before), kind), part_of,
                               stage=_STAGE_ALONE.fullmatch(own) is not None)
            unit = units[n] if n < len(units) else ""
            # (a threshold glossed inside a name is no size class of the value: 规模以上(…2000万元及以上)工业产值)
            scope, band = _scope_at(plain, clause_ends, (c0, last_end), last, (unit, own, named, _GLOSS.sub("", shown)))
            scope = scope or _chain_head(last, names, unit)
            # (总投资16.5亿元的甲、乙等5个项目: an amount said of what is named after it is of that, not of the project
            # the sentence named before)
            words, shown = _prefixed(words, shown, "" if attributed else topic, "" if names else label)
            words, shown = _share_s_gap(last, (unit, own, named), (words, shown))
            pairs = _pairs(words)
            measure = _measure_of(plain, (before, _unit_written(text, b, unit), own), last, (last_end, a), cell)
            head, place = _from_subject(heir, before, after)
            uncompared = _COMPARED_PLACE.sub("", before)  # (not 比一季度全市平均水平低)
            owner = level(_SHARE_BASE.sub("", uncompared))  # (nor 占全省的: a share's base)
            place, spoken = _place_spoken(place, (level(uncompared), owner), spoken, (names, heir))
            elided = _left_out(last, ended, (unit, head, own, named), names, cell)
            context = layout.context(a) | whole | scope | part_of | _staged(subjects.lead[0], own) \
                | _of_another_place(last, unit, own) | _share_changed(last, measure) | _pull_of(last, own) \
                | _announced(plain, s0, a) \
                | _cell_whole(cell)
            topic = topic or _project_named(after)
            out[n] = Tie(words, shown[-60:], period, kind, stated, pairs, written, context,
                         measure, scope, head, tally(before), place, grade(before) or grade(after), band=band,
                         under=part_of, elided=_pairs(elided),
                         left_out=_measure_left_out(elided, own, layout, (s0, a)))
            changed = _CHANGE_AGAINST_BASE.fullmatch(own) is not None
            # (a gloss's value is no value before the name it sits in; nor a share's aside the value before the
            # clause after it)
            if not layout.set_apart(a):
                last_end, last = b, _Last(unit, pairs, band, scope, _qualified(head, words, elided), changed,
                                          measure, words, shown)
            seen[kin] = pairs
            seen_kind[kin] = kind
            seen_kind.update(_outlay_kind(kin, words, kind))
            self._subjects[n] = subjects.lead
        if last is not None:
            self._lasts[hi - 1] = last
        self._whole_kept(hi - 1, last, broken)
        self._listed[hi - 1] = _respectively(text, spans, clause_ends, out, lo, hi, self._list_before(lo))
        _whole_pointed(text, spans, out, lo, hi)
        _bracketed_runs(text, spans, (out, self.tie), lo, hi)
        _verb_shared(text, spans, out, lo, hi)
        _labels_shared(text, spans, out, lo, hi)
        _places_interleaved(text, spans, out, lo, hi)
        _base_values(text, spans, out, lo, hi)
        _listed_then_summed(text, spans, out, lo, hi)
        _named_in_brackets(text, spans, out, lo, hi)
        _parts_in_brackets(text, spans, out, lo, hi)
        _part_named_again(text, spans, out, lo, hi)
        _pair_pointed(text, spans, out, lo, hi)
        _by_place_after_colon(text, spans, out, lo, hi)
        _ranked_places(text, spans, out, lo, hi)
        _places_of_a_count_before(text, spans, out, lo, hi)
        self._anaphor_resolved(lo, hi, s0)
        self._firm_resolved(lo, hi, s0)

    def _whole_kept(self, n: int, last: _Last | None, broken: _Last | None) -> None:
        """Keep the value a ；-part ending with quantity `n` broke down with 其中 (`broken`), where its last value
        (`last`) is a part that is no place alone (not 其中城关区增长9.0%；甲县增长7.1%: a part's sibling)."""
        if broken is not None and last is not None and _PLACE_GROWN.fullmatch(last.words) is None:
            self._wholes[n] = broken

    def _firm_resolved(self, lo: int, hi: int, s0: int) -> None:
        """The values whose words point back at a firm (其中该企业用电14.6亿千瓦时, 该公司实现产值…) read with the name
        of the last firm named before them in their paragraph (盛宏化工有限公司) in place of the pointer."""
        for n in range(lo, hi):
            t = self._ties[n]
            pointer = _FIRM_POINTER.search(t.words) if t is not None else None
            if t is None or pointer is None:
                continue
            a = self.spans[n][0]
            named = [m for m in _FIRM_NAMED.finditer(self.text, self.text.rfind("\n", 0, a) + 1, a)
                     if not _FIRM_POINTER.search(m.group())]  # (not 其中该公司 itself)
            if not named:
                continue
            words = t.words[:pointer.start()] + named[-1].group() + t.words[pointer.end():]
            self._ties[n] = t._replace(words=words, pairs=_pairs(words))

    def _planned_part(self, part_of: frozenset[str], whole_kind: str, at: tuple[int, int], words: str) -> bool:
        """Whether a value read as a part (`part_of`) of a whole of `whole_kind` is planned: the whole is a target
        and the part's clause, from `at`, says nothing is done, nor do its words name an amount of deals made, or a
        share of one (新引进项目496个，计划投资额2529.64亿元，其中，制造业项目369个，签约金额1905.68亿元: what was
        signed is no part of the planned outlay)."""
        return bool(part_of) and whole_kind == "target" and not self._laid_out().kinds.says("actual", *at) \
            and _DEAL_AMOUNT.search(words) is None

    def _whole_kind(self, lo: int, s0: int) -> str:
        """The kind of the first value of the sentence before, the whole a sentence of parts breaks down."""
        if lo == 0:
            return ""
        _, _, first = self._last_sentence(s0)
        first = self._past_quota(first, lo)
        return self.tie(first).kind if first < lo else ""

    def _past_quota(self, first: int, lo: int) -> int:
        """The whole a sentence of parts (its first quantity `lo`) breaks down, from the first value of the sentence
        before (`first`): the value after it where that one is a quota handed down and the sentence goes on (市下达
        任务65亿元，全年完成86.5亿元。其中，技改投资完成31.4亿元; 省下达我市任务120家，截至10月底，全市已新增…132家。
        其中，甲区新增38家): a quota is a goal of its own clause alone, and the parts are of what was done against
        it."""
        if first + 1 >= lo:
            return first
        a = self.spans[first][0]
        layout = self._laid_out()
        if not layout.kinds.quota_at(span_start(layout.clause_ends, a), a):
            return first
        return first + 1 if span_start(layout.full_stops, self.spans[first + 1][0]) \
            == span_start(layout.full_stops, a) else first

    def _opens_parts(self, lo: int, s0: int) -> bool:
        """Whether the ；-part at `s0` (its first quantity `lo`), or the full sentence it is of, opens with 其中, or
        with a count of a class of what the sentence before counts first: its values are parts of the whole before
        (。其中，省外…; 其中，服务业项目21个…；工业项目10个…; 全区竣工投产项目28个。工业项目19个…)."""
        stops = self._laid_out().full_stops
        opened = span_start(stops, self.spans[lo][0])
        if _PART_OPENING.match(self.text, s0) or _PART_OPENING.match(self.text, opened):
            return True
        first = bisect.bisect_left(self.spans, (opened, -1))
        before = bisect.bisect_left(self.spans, (span_start(stops, opened - 1), -1)) if opened else first
        return before < first and self._class_of(before, first, opened)

    def _list_before(self, lo: int) -> list[str]:
        """The items of the 分别 list the ；-part before the one starting with quantity `lo` ends with, when both
        are parts of one full sentence (…分别增长13.08%、13.40%；1至9月分别增长12.99%、2.53%: the same items)."""
        if lo == 0:
            return []
        stops = self._laid_out().full_stops
        start = span_start(stops, self.spans[lo][0])
        # (…产量分别为310万吨、352万吨、415万吨。分别同比增长4.2%、6.1%、3.3%: a sentence that opens on 分别, with
        # no items of its own, is of the items of the one before)
        if span_start(stops, self.spans[lo - 1][0]) != start \
                and not (_OPENS_ON_RESPECTIVELY.match(self.text, start)
                         and span_start(stops, self.spans[lo - 1][0]) == span_start(stops, max(0, start - 1))):
            return []
        last = self.tie(lo - 1)
        return self._listed.get(lo - 1, []) if last.member else []

    def _periods_at(self, a: int, c0: int, c1: int,
                    cell: CellWords | None) -> tuple[Period | None, bool, Period | None]:
        """The period in force at `a` (clause [c0, c1)), whether it is stated before it, and the one its own
        sentence writes for it; a table's cell takes its column's."""
        if cell is not None and (column := parse_period(cell.period)) is not None and column.other not in _TEXT_DATED:
            return column, True, column
        base = _BASE_OWN_VALUE.search(self.text, max(0, a - REACH), a) or _base_around(self.text, a)
        if base is not None and (own := parse_period(base.group(1))) is not None and (own.months or own.year):
            return own, True, own  # (增速由1-8月的5.9%提高…, 比上年的326家: the base's own value, of its period)
        found, starts = self.found, self.period_starts
        period, stated = _period_at(found, starts, a, self.article, self.holds)
        written = _written_period(self.text, (found, starts, self.holds),
                                  span_start(self._laid_out().full_stops, a), c0, a, c1)
        if base is not None and own is not None and own.other in _SAME_STRETCH_LAST_YEAR:
            # (比重由上年同期的35%提升至41%: the base's own value, of the same months the year before)
            last = _same_stretch_last_year(own, written or period)
            return last, True, last
        if cell is not None and cell.period in _TEXT_DATED:
            # (a table's 本月 or 累计 column under no title that dates it: the month, or the run, the text is of)
            dated = last_month if cell.period == "本月" else year_to_date
            return dated(period), stated, dated(written)
        month = self._this_month_before(c0, a)
        if month is not None and "累计" not in self.text[month.end():a]:
            # (上半年…，其中当月增长12%: June's; not 在单月增速回升带动下累计增长6.4%, the stretch's)
            return last_month(period), stated, last_month(written)
        if _running_total(self.text, a, written):
            # (9月份，…实现产值22.5亿元；累计完成186.3亿元，增长6.2%: the year to September's, not the month's)
            return year_to_date(period), stated, year_to_date(written)
        event = self._event_period(a, period, written)
        if event is not None:
            return event, True, written
        return period, stated, written

    def _event_period(self, a: int, period: Period | None, written: Period | None) -> Period | None:
        """The period of the event held that the sentence of a value at `a` is of (1月10日，我区举行2022年一季度全区
        重大项目集中开竣工活动。…柳州市此次集中开竣工项目69个; 南宁市有…等81个项目开竣工: the quarter's), when the
        sentence writes no period of its own and the one in force is the event's bare year."""
        if written is not None or period is None or period.months or not period.year or not self.events:
            return None
        s0 = span_start(self._laid_out().full_stops, a)
        k = bisect.bisect_right(self.event_ends, s0) - 1
        if k < 0:
            return None
        _, action, event = self.events[k]
        if event.year != period.year:
            return None
        pointer = _EVENT_POINTER.search(self.text, s0, a) or (action and action in self.text[s0:a])
        return event if pointer else None

    def _this_month_before(self, c0: int, a: int) -> re.Match[str] | None:
        """The 当月 a value at `a` (clause from `c0`) is read under: in its clause's words, or in a clause before it in
        its sentence with no period written between (全市当月共签约项目31个，协议投资额203.5亿元: both the month's)."""
        reach = a - _THIS_MONTH_REACH
        month = THIS_MONTH.search(self.text, max(self._gap_from(c0), reach), a)
        if month is not None:
            return month
        s0 = span_start(self._laid_out().full_stops, a)
        # (当月全社会用电量12.3亿千瓦时，同比增长8.1%，其中工业用电量8.9亿千瓦时: a sentence 当月 opens is the month's
        # to its end, however long)
        month = THIS_MONTH.search(self.text, max(s0, reach), c0) or _OPENING_THIS_MONTH.match(self.text, s0, c0)
        k = bisect.bisect_left(self.period_starts, month.end()) if month is not None else 0
        return month if month is not None and (k == len(self.period_starts) or self.period_starts[k] >= a) else None

    def _gap_from(self, c0: int) -> int:
        """Where the words of the clause at `c0` begin: the clause before it too where it opens with a gap to
        another (…当月增长12%，高于全省平均水平3.3个百分点: the gap is of the value before, and of its month)."""
        if c0 < 1 or not _GAP_OPENING.match(self.text, c0):
            return c0
        return span_start(self._laid_out().clause_ends, c0 - 1)

    def _sibling_of(self, first: int, s0: int, lo: int) -> bool:
        """Whether the sentence at `s0` names what it measures as the paragraph's first value does, of a
        subject of its own (分产业看：第一产业用电量…。第二产业用电量…: an item after an item, not a part of it)."""
        own = measured(indicator_words(self._laid_out().plain[s0:self.spans[lo][0]]))
        return bool(own) and own == measured(self.tie(first).words)

    def _whole_of(self, lo: int, s0: int) -> frozenset[str]:
        """A breakdown's whole (分行业看，纺织、食品分别增长…; 其中，…): the words of the first value of the
        sentence before, which the parts are of."""
        if lo == 0:
            return frozenset()
        listed = self._listed_under(lo, s0)
        if listed is not None:
            return listed
        end, before, first = self._last_sentence(s0)
        first = self._past_quota(first, lo)
        p0 = self.text.rfind("\n", 0, s0) + 1
        if p0 < end and _BREAKDOWN.match(self.text, p0) and not _BREAKDOWN.match(self.text, s0):
            # 分设区市看，11个设区市规上工业增加值均实现正增长。赣州市增长8.1%…: a later sentence of a breakdown's
            # paragraph is read under what its first sentence says is broken down
            first = bisect.bisect_left(self.spans, (p0, -1))
            if first >= lo or self._sibling_of(first, s0, lo):
                return frozenset()
            return self.tie(first).pairs
        # (a part after ；, 实现利润总额3312亿元 after 全市规上工业企业实现营业收入…；, is read under the same whole)
        if first >= lo or not (_BREAKDOWN.match(self.text, s0) or self.text[end:s0].strip() in _PART_ENDS):
            return self.tie(first).pairs if first < lo and self._class_of(first, lo, s0) else frozenset()
        if self.text[end:s0].strip() in _PART_ENDS and not _BREAKDOWN.match(self.text, s0) and (
                _PART_OPENING.match(self.text, before) or self._counts_its_own(first, lo, s0)):
            # 其中，产业项目176个，…；基础设施项目89个，…, 生产袜子86亿双；生产胶囊12亿粒: a part that counts
            # things of its own (or the first part after 其中) is a sibling of the part before, not of its whole;
            # it is of the whole the sentence's opening breaks down (其中, 从行业看: the sentence before's), if any
            return self._whole_of(first, before)
        # (a count among a whole, 33个行业大类中有22个行业增加值实现增长: the parts are of both)
        among = self.tie(first + 1).pairs if first + 1 < lo and self.tie(first + 1).under else frozenset()
        return self.tie(first).pairs | among

    def _listed_under(self, lo: int, s0: int) -> frozenset[str] | None:
        """A line of a list under a breakdown's heading line (分市看：\n太原市 4.6%\n大同市 3.9%…): the words of
        the first value of the paragraph before the heading, which the lines break down; None for other text."""
        heading = list_heading(self.text, s0)
        if heading is None:
            return None
        before = self.text[:heading].rstrip()
        first = bisect.bisect_left(self.spans, (self.text.rfind("\n", 0, len(before)) + 1, -1))
        return self.tie(first).pairs if first < lo and self.spans[first][0] < heading else None


_PART_ENDS = ("；", ";")


_ALL_OF = re.compile(r"共|共计|合计|累计|总计|总数")


_DEAL_AMOUNT = re.compile(r"(?:签约|合同|协议)(?:[外内]资)?总?(?:金额|额|投资(?:总)?额?|资金)|(?:合同|协议)[外内]资")
# A sentence's opening that points back at things counted before (这52个开发区, 这些企业, 上述项目, 该批项目).
_POINTER_OPENING = re.compile(r"\s*(?:这|该|上述)(?:些|批|\d+|[一二三四五六七八九十两百]+)?(?:个|家|批|项)?"
                              r"(开发区|园区|企业|项目)")


_PLAN_TERM_WRITTEN = re.compile(r"十[一二三四五六七]五")
_WILL = re.compile(r"(?<![已即])将(?!近|其|于)")  # (…将依据…规划: what will be done; not 将近, 将其)


# A count's noun that names only a stage of what is counted (6个|新开工项目中, 66个|新开工项目已有…), and one that
# names a class of things (25个|省重点工业项目完成投资…).
_STAGE_COUNT_OPENING = re.compile(r"(新开工|续建|竣工|在建|新建|竣工投产|开工)(项目|企业)(?:中|已|，|,)")
_CLASS_COUNTED = re.compile(r"([^，,；;。\d个家项户]{2,12}?)(项目|企业)")


# A sentence that opens with no subject: a period, 当月/单月, then how its value changed (9月当月增长12.5%); not
# one that opens with 其中, which is read as a part of the sentence before's whole.
_BARE_SENTENCE = re.compile(r"\s*(?!其中)[\w\-—－~～]{0,10}?(?:月|季度|年)?(?:份)?[，,]?(?:当月|单月|当季)?"
                            r"(?:同比|环比)?(?:增长|下降|增速|回落|提高|减少|增加|累计(?:完成|实现))")


_STAGE_ALONE = re.compile(r"(?:已经?|累计)?(?:开工|竣工|投产|建成|完工|签约|落地|开工建设|建成投产|竣工投产)")


_STAGED_REACH = 40  # (how far after a count its pool's noun, the stage and the part's count may run)


_OPENS_ON_RESPECTIVELY = re.compile(r"\s*(?:同比|比上年|比去年|较上年|较去年)?(?:同期)?分别")


def _respectively(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], out: list[Tie | None],
                  lo: int, hi: int, items: list[str]) -> list[str]:
    """石化、食品、电力分别增长7.3%、6.8%、15.8%: each value its own item of the list, where the counts
    agree (spans[lo:hi], whole clauses, already tied in `out`). A later clause of the sentence that says
    分别 with no list of its own (同比分别增加9个、21个) is of the same items; a list of years before it
    (2016年至2018年，分别完成…) gives each value its year; a list of values right after a list of as many
    items (高于全国、全省7.5、6.1个百分点) is read item by item too; a sum right after a list (合计) is of all of it.
    `items`: the list of the ；-part before, which a 分别 with no list of its own takes; the items of the last
    list read are returned."""
    lists = _Lists(text, spans, clause_ends, out, lo)
    lists.items = items
    i = lo
    while i < hi:
        c0, c1 = span_start(clause_ends, spans[i][0]), span_end(clause_ends, spans[i][0], len(text))
        j = first = i
        while j < hi and spans[j][0] < c1:
            j += 1
        i = _bases_own_values(text, spans, out, c0, (i, j))
        at = text.find(_RESPECTIVELY, c0, c1)
        if at >= 0:
            i = lists.respective(c0, at, i, j)
        elif lists.summed is not None and _sums(text, c0, spans[i], lists.kind):
            _sum_of(out, i, j, lists.summed)  # (…分别为2.61亿美元、1.08亿美元和0.74亿美元，三地合计占…75.6%)
        elif not lists.continued(c0, i, j) and not _years_listed(text, spans, out, c0, (i, j)):
            # (a clause that continues the list, …分别为2.28亿千瓦时、…，增长27.9%、13.5%和11.2%, is read as its items)
            if lists.subjects_before(c0, i, j):
                i = max(j, i + 1)
                continue  # (its values are a list that a later clause may go on with, as after 分别)
            _parallel(text, spans, out, c0, i, j)
        if at < 0:
            lists.summed = None  # (a sum is of the 分别 clause right before it)
        # (on to the next clause; not past its first value where this one's values all come before its 分别:
        # 贡献最大的三个行业分别是：…，增加值分别增长…)
        i = max(j, first + 1)
    return lists.items


def _bases_own_values(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], c0: int,
                      values: tuple[int, int]) -> int:
    """Give the values of spans[i:j] that open the clause from `c0` each in brackets right after a base of the
    list a gap is to (高于全国(11.1%)、全省(22.3%)平均水平26个和14.8个百分点) the base's place and its words with
    the subject's: they are the bases' own values. The first value after them is returned (the gaps)."""
    i, j = values
    first = out[i] if i < j and _in_brackets(text, spans[i]) else None
    if first is None:
        return i  # (most clauses: no value in brackets opens them)
    own = indicator_words(text[c0:spans[i][0]])
    # (the subject the first value's words inherited, before the gap's own words: 规上工业增加值增长 of 规上工业增加值
    # 增长比全国)
    subject = first.words[:first.words.find(own)] if own and own in first.words else ""
    bases: list[str] = []  # the base each value in brackets at the clause's start is of
    while i + len(bases) < j and _in_brackets(text, spans[i + len(bases)]) \
            and (m := _BASE_S_OWN.search(text, c0, spans[i + len(bases)][0])) is not None:
        bases.append(_SHORT_BASE.sub(r"全\1", m.group(2)))
    n = i + len(bases)
    if n == i + 1 and not subject:
        return i  # (海阳市增速比全市(7.3%)高…: one base whose measure the words before it do not name apart)
    for k, base in enumerate(bases, start=i):
        t = out[k]
        assert t is not None
        words = indicator_words(base) + subject
        out[k] = t._replace(words=words, shown=f"{base}…{subject}", pairs=_pairs(words), level=level(base),
                            member="", scope=frozenset())
    if i + 1 < n < j and (gap := out[n]) is not None:
        # (the first gap of a list's words as they are where no base has its value: the subject's and the bases')
        words = subject + indicator_words(_BASE_VALUE.sub("", text[c0:spans[n][0]]))
        out[n] = gap._replace(words=words, pairs=_pairs(words))
    return n if n < j else i


class _Lists:
    """The 分别 lists of one sentence as its clauses are read: the items named last, what the first said of
    them, and the last one's words and members (for a sum after it)."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], out: list[Tie | None],
                 lo: int) -> None:
        self.text, self.spans, self.clause_ends, self.out, self.lo = text, spans, clause_ends, out, lo
        self.items: list[str] = []
        self.said = ""  # what the list's first 分别 said of its items (完成技改投资)
        self.listed = ""  # the words of the sentence's first 分别 list
        self.summed: tuple[str, tuple[str, ...]] | None = None
        self.kind = ""  # the unit class of the last 分别 list's values
        self.head = ""  # what the last list of names after 分别 measures (新登记企业数 of 分别为临溪县320家、…)

    def continued(self, c0: int, i: int, j: int) -> bool:
        """Read the clause from `c0` (its values spans[i:j]) as the last 分别 list's, where it lists as many values
        joined by 、 and 和 after words that say only how they changed (，增长27.9%、13.5%和11.2%); whether it is."""
        text, spans = self.text, self.spans
        if not self.items or j - i != len(self.items) or j - i < 2 or self.summed is None:
            return False
        verb = text[c0:spans[i][0]].lstrip("，,；; ")
        # (…，增长2.7%、下降4.5%和增长9.2%: each value may say how it changed; …，降幅比1-9月收窄1.3和1.1个百分点:
        # or how its change did since a base)
        joins = [_LIST_JOINS.sub("", text[spans[n - 1][1]:spans[n][0]]) for n in range(i + 1, j)]
        changed = _CHANGED_ONLY.fullmatch(verb) or (_RATE_CHANGED.fullmatch(verb) or _GAP_TO_WHOLE.fullmatch(verb)
                                                    or _CONTRIBUTED.fullmatch(verb) or _SHARE_EACH.fullmatch(verb)) \
            and not any(joins)
        # (…，高于全部规上工业2.7、1.3、0.5个百分点: each item's gap to the whole; …，对全省增长的贡献率达到41.7%、
        # 8.9%: each item's contribution)
        if not changed or any(x and not _CHANGED_ONLY.fullmatch(x) for x in joins):
            return False
        said = self.said if has_subject(indicator_words(self.said)) else ""  # (分别为: no words of a measure)
        _assign(self.out, i, self.items, [said + x for x in (verb, *(x or verb for x in joins))])
        return True

    def subjects_before(self, c0: int, i: int, j: int) -> bool:
        """食品、医药实现由负转正，产值增长4.6%、1.9%: a clause of the sentence that lists as many subjects joined by
        、, then how they fared, with no value of its own, right before the clause from `c0` whose values (spans[i:j])
        are joined only by 、 and 和 and whose words name no list: each value its subject's, in order, and a list a
        later clause may go on with. Whether it read them so."""
        text, spans = self.text, self.spans
        p0 = span_start(self.clause_ends, c0 - 1) if c0 else c0
        if j - i < 2 or p0 >= c0 or text[c0 - 1] not in "，," or (i > 0 and spans[i - 1][1] > p0) \
                or not _joined_only(text, spans, i, j):
            return False
        listed = text[c0:spans[i][0]]
        m = _SUBJECTS_FARED.match(text, p0, c0 - 1)
        if m is None or "、" in listed or "和" in listed:
            return False
        items = [x for x in m.group(1).split("、") if x.strip()]
        if len(items) != j - i:
            return False
        _assign(self.out, i, items, listed)
        self.items, self.said = items, listed
        self.summed = (listed, tuple(t.member for t in self.out[i:j] if t is not None))
        return True

    def _named_each(self, c0: int, at: int, i: int, j: int) -> bool:
        """Read the 分别 clause from `c0` (its 分别 at `at`, its values spans[i:j], i < j) where it names each value
        apart: a year of a list of years, a place of a list of places compared with, or a name after 分别 right
        before each value; whether it does."""
        text, spans, out = self.text, self.spans, self.out
        if _years_or_places(text, spans, out, (c0, at), (i, j)):
            return True
        after = _named_after(text, spans, at, i, j)
        if after is None:
            return False
        # (新登记企业数分别为临溪县320家、东坪区285家: each value's name after 分别, what the clause measures
        # before; 其余6个市州分别为… measures what the list before did)
        head = _RANK_FRAME.sub("", text[c0:at])  # (…企业数前三的市州: of which the items are the first three)
        self.head = self.head if _THE_REST.search(head) and self.head else head
        _assign(out, i, after, self.head)
        return True

    def respective(self, c0: int, at: int, i: int, j: int) -> int:
        """Read the 分别 clause from `c0` (its 分别 at `at`, its values spans[i:j]); the first of its values."""
        text, spans, clause_ends, out = self.text, self.spans, self.clause_ends, self.out
        while i < j and spans[i][0] < at:  # a value before 分别 (亿元以上 in its list) is none of its values
            i += 1
        if i < j and self._named_each(c0, at, i, j):
            self.summed = None
            return i
        if i < j and _bases_each(text, out, (at, spans[i][0]), (i, j)):
            self.summed = None  # (分别高于工业投资和固定资产投资增速2.1个和12.6个百分点)
            return i
        own, verb = _items_said(text, spans, clause_ends, (c0, at, spans[i][0] if i < j else at), (self.lo, j - i),
                                out)
        # a later 分别 clause of the same items (同比分别增长…) measures what the first one did; one of
        # other items (…增加值分别增长…，装备制造、钢铁行业分别下降…) is read with the first's words in mind
        heard = _pairs(indicator_words(self.listed)) if own and self.listed else frozenset()
        if own and not self.listed:
            self.listed = text[c0:at]
        if own:
            self.items, self.said = own, verb
        else:
            # (…完成投资分别为…，年度投资完成率分别为…: a later clause that names its own measure is the
            # same items' measure of that, not the first clause's; 同比降幅分别为 names none)
            named = text[c0:at]
            verb = (named if _names_own_measure(named) else self.said) + verb
        self.summed = None
        if i < j:
            self._assign_items((c0, at), i, j, verb, heard)
        return i

    def _assign_items(self, where: tuple[int, int], i: int, j: int, verb: str, heard: frozenset[str]) -> None:
        """Give the values spans[i:j] of the 分别 clause `where` (its start, its 分别) their items: one each, or one
        each of two lists of starts and ends, else a year each of a list of years before it."""
        text, spans, out = self.text, self.spans, self.out
        c0, at = where
        # (…饮料类分别增长47.5%、17.2%、 and the page's excerpt ends: a list the excerpt cuts off after its values,
        # whose first items are those values', in order)
        cut = len(self.items) > j - i >= 2 and _CUT_OFF.fullmatch(text, spans[j - 1][1]) is not None
        if len(self.items) == j - i or cut:
            # (the whole place named last before 分别, from the clause before on, is the items')
            p0 = span_start(self.clause_ends, c0 - 1) if c0 and not SENTENCE_BREAK.match(text, c0 - 1) else c0
            _assign(out, i, self.items[:j - i], _verbs(text, spans, verb, i, j), heard=heard,
                    place=level(text[p0:at]))
            _left_out_shared(text, out, (i, j), spans[i][0])
            self.summed = (text[c0:at], tuple(t.member for t in out[i:j] if t is not None))
            self.kind = _unit_class(text[spans[j - 1][1] - 1])
        elif self.items and _from_to_each(text, spans, at, i, (len(self.items), j - i)):
            # (…企业数量已分别从838家、56家增加到1552家、261家: each item's start, then each item's end)
            n = len(self.items)
            for half in (i, i + n):
                _assign(out, half, self.items, _verbs(text, spans, verb, half, half + n), heard=heard)
        elif self.items and _bracketed_each(text, spans, at, i, (len(self.items), j - i)):
            # (分别较一季度调度目标(7.5%、12%)高3.9个百分点和17.6个百分点: each item's goal in brackets, named
            # without the comparison; then each item's gap to it)
            n = len(self.items)
            _assign(out, i, self.items, _COMPARISON_LEAD.sub("", verb), heard=heard)
            _assign(out, i + n, self.items, _verbs(text, spans, verb, i + n, j), heard=heard)
        elif _items(text[c0:at], 0) or not _assign_years(out, i, j, _years_before(text, at),
                                                           _subject_before(text, spans, self.clause_ends, c0, verb)):
            wholes = _wholes_each(verb, j - i)
            if wholes:  # (…，分别占项目总数和投资总额的…: no items found, but each value's whole is its own)
                _assign(out, i, wholes, "")
            elif not _counts_others(text, [spans[k] for k in _held(spans, 0, c0, at)], j - i):
                _mark_unnamed(text, spans, out, (i, j))  # (增加值分别增长…; 四个平台工业投资增速分别为…: of items
                # named elsewhere; not 5个新签约项目的投资额分别为…, of some of the things it counts, each unnamed)


# What may follow a list's last value where the page's excerpt ends inside the list (…、5.8%、): a mark that
# joins it to a next value, and nothing after.
_CUT_OFF = re.compile(r"[、，,和及]?[\s…\.]*")


def _counts_others(text: str, counts: list[tuple[int, int]], values: int) -> bool:
    """Whether a 分别 clause counts, before its 分别, more or fewer things than it has values (5个新签约项目的投资额
    分别为…、…和…): its values are some of those things', not items of a list named elsewhere."""
    for a, b in counts:
        written = re.match(r"\d+|[零一二两三四五六七八九十]+", text[a:b])
        number = (int(written.group()) if written.group().isdigit() else parse_chinese_numeral(written.group())) \
            if written else None
        if number is not None and number != values:
            return True
    return False


def _mark_unnamed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], values: tuple[int, int]) -> None:
    """Mark the values out[i:j] of a 分别 list, where there are several and not each of what is named after it,
    as of items this reading does not find."""
    i, j = values
    if j - i < 2 or all(text.startswith("的", spans[n][1]) for n in range(i, j)):
        return  # (one value: 分别 of a single item; 分别为总投资10.5亿元的甲项目和…: each named after it)
    for n in range(i, j):
        t = out[n]
        if t is not None:
            out[n] = t._replace(unnamed=True)


def _names_own_measure(named: str) -> bool:
    """Whether the words of a 分别 clause before its 分别 name a measure of their own (年度投资完成率,
    对全部工业增长贡献), not only a period, a rate's name or a base (；1至9月分别增长…, 增速比上半年分别加快…)."""
    named = blank(named, [(a, b) for a, b, _ in periods_in(named)])
    return has_subject(_RATES.sub("", indicator_words(named)))


def _from_to_each(text: str, spans: Sequence[tuple[int, int]], at: int, i: int, counts: tuple[int, int]) -> bool:
    """Whether the 分别 at `at` opens two lists of values, each as long as the items (counts: the items, the values
    from spans[i]), the first what each item rose or fell from, the second what to (分别从838家、56家增加到1552家、
    261家)."""
    n, values = counts
    if values != 2 * n or not _FROM_OPENING.fullmatch(text, at, spans[i][0]):
        return False
    return _TO_JOINT.fullmatch(text, spans[i + n - 1][1], spans[i + n][0]) is not None


_COMPARISON_LEAD = re.compile(r"^(?:分别)?(?:较|比|高于|低于|高出|低出|快于|慢于)")


def _bracketed_each(text: str, spans: Sequence[tuple[int, int]], at: int, i: int, counts: tuple[int, int]) -> bool:
    """Whether the 分别 at `at` is followed by two lists of values, each as long as the items (counts: the items,
    the values from spans[i]), the first in brackets of its own (分别较一季度调度目标(7.5%、12%)高3.9个百分点和
    17.6个百分点)."""
    n, values = counts
    if values != 2 * n or n < 2:
        return False
    opened = max(text.rfind("(", at, spans[i][0]), text.rfind("（", at, spans[i][0]))
    return opened >= 0 and not _NOT_WORD.sub("", text[opened:spans[i][0]]) \
        and text[spans[i + n - 1][1]:spans[i + n - 1][1] + 1] in (")", "）")


# (分别从2020年的136家、21家增加到2023年的218家、67家: the year of each list before it)
_YEAR_OF_LIST = r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?"
_FROM_OPENING = re.compile(rf"分别(?:从|由)\s*{_YEAR_OF_LIST}")
_TO_JOINT = re.compile(rf"[^，,；;。\d]{{0,6}}?(?:到|至)了?\s*{_YEAR_OF_LIST}")


def _bases_each(text: str, out: list[Tie | None], where: tuple[int, int], values: tuple[int, int]) -> bool:
    """Read a 分别 clause that compares its subject with as many bases, joined by 和 or 、, as it has values (分别高于
    工业投资和固定资产投资增速2.1个和12.6个百分点): each value the gap to its own base, in order; whether it is one."""
    (at, first), (i, j) = where, values
    compared = _BASES_COMPARED.fullmatch(text, at + len(_RESPECTIVELY), first)
    if compared is None:
        return False
    bases = [x for x in _SUBJECT_JOIN.split(compared.group(2)) if x.strip()]
    if len(bases) != j - i or len(bases) < 2 or not all(has_subject(indicator_words(x)) for x in bases):
        return False
    _assign(out, i, [compared.group(1) + x for x in _shared_head(bases)], "", text[at:first])
    return True


_BASES_COMPARED = re.compile(r"(高于|低于|快于|慢于|超过|超出)([^，,；;。\d]{4,30}?)")


_YEAR_COMPARED = re.compile(r"(?:19|20)\d{2}年(?:[上下]半年|前三季度|[一二三四]季度|1?\d月)?(?:同比)?(?:比|较)")


def _years_or_places(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], where: tuple[int, int],
                     values: tuple[int, int]) -> bool:
    """Read the 分别 clause from `where`'s start (its 分别 at its end) whose values are spans[i:j] as one value a
    year of a list of years (2023年、2024年全市工业投资分别为…) or one gap a place of a list of places (比全国、全省
    分别高出…); whether it is either."""
    (c0, at), (i, j) = where, values
    # (2024年比2022年、2023年分别增长…: the values are of the year compared, not of a list of years before it)
    years = [] if _YEAR_COMPARED.search(text, c0, at) else _years_listed_before(text, at)
    if years and len(years) == j - i:
        _assign_years(out, i, j, years)
        return True
    compared = _compared_items(text[c0:at], text[at + len(_RESPECTIVELY):spans[i][0]], j - i)
    if compared:
        _assign(out, i, compared, "", text[c0:spans[i][0]])
    return bool(compared)


def _named_after(text: str, spans: Sequence[tuple[int, int]], at: int, i: int, j: int) -> list[str] | None:
    """The names written right before each value of spans[i:j] after the 分别 at `at` (分别为安顺市38家、遵义市
    17家), where every value has one that names something; None otherwise."""
    names = []
    end = at + len(_RESPECTIVELY)
    for n in range(i, j):
        name = _NAME_LEAD.sub("", text[end:spans[n][0]])
        # (分别为总投资10.5亿元的斯高德…项目和…: what is measured before each value, its name after it)
        if not has_subject(indicator_words(name)) or len(name) > _MAX_LIST_LINE or text.startswith("的", spans[n][1]):
            return None
        names.append(name)
        end = spans[n][1]
    return names


_THE_REST = re.compile(r"其余|其他|另有|剩余|其它")
_RANK_FRAME = re.compile(r"(?:位居|排名|居)?[前后][一二三四五六七八九十\d]+(?:位|名)?的[^，,、]{1,8}$")
_NAME_LEAD = re.compile(r"^(?:为|是|[：:、，,和及与]|\s)+")


def _items_said(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], where: tuple[int, int, int],
                count: tuple[int, int], out: list[Tie | None]) -> tuple[list[str], str]:
    """The items of the 分别 clause `where` (its start, its 分别 and its first value's start), wherever they are
    written, and what it says of them (完成技改投资); no items where it lists none. `count`: the sentence's
    first value and how many values the clause has."""
    c0, at, first = where
    lo, n = count
    verb = text[at + len(_RESPECTIVELY):first]
    own = _items_across(text, spans, clause_ends, (c0, at), lo, n) or _items(text[c0:at], n)
    if own:
        return own, verb
    grouped, said = _items_of_group(text, clause_ends, (c0, at), n)
    if grouped and said:  # (四大类项目引资额，分别为…: what the clause before 分别 says the group's items measure)
        return grouped, said + verb
    # (…增加值分别增长16.7%、17.4%，对全部工业增长贡献分别为21.8%、17.5%: a clause that names its own measure takes
    # the items of the values before it, not what those measure)
    own = _items_before(text, spans, clause_ends, c0, lo, n) or grouped \
        or _valued_items(text, spans, clause_ends, (c0, at), (out, lo), n)
    # (…两大产业增长较快，增加值分别增长…: the 分别 clause's words are what the items measure)
    return own, (text[c0:at] + verb if own else verb)


def _verbs(text: str, spans: Sequence[tuple[int, int]], verb: str, i: int, j: int) -> str | list[str]:
    """What a 分别 clause says of each of its values spans[i:j]: `verb` for all, or each value's own where
    they write one (分别下降3.2%和增长8.9%), or each value's own whole where they are shares of as many
    (分别占项目总数和投资总额的…)."""
    wholes = _wholes_each(verb, j - i)
    if wholes:
        return wholes
    own = [_LIST_JOINS.sub("", text[spans[n - 1][1]:spans[n][0]]) for n in range(i + 1, j)]
    if not any(_CHANGE_VERB.search(x) for x in own):
        return verb
    # (完成投资分别增长…和下降3.4%: what is measured stays the clause's, how it changed is the value's)
    measure = verb[:m.start()] if (m := _CHANGE_VERB.search(verb)) else verb
    return [verb, *(measure + x if _CHANGE_VERB.search(x) else verb for x in own)]


def _wholes_each(verb: str, values: int) -> list[str] | None:
    """What a 分别 clause says of each of its `values` where it ends on as many wholes, after one 占 and joined by
    和, 及 or 、 (产业项目129个，总投资353亿元，分别占项目总数和投资总额的73%、77%): each value is the share of its own
    whole, in order, as 分别高于工业投资和固定资产投资增速 gives each gap its own base (see `_bases_each`); not of
    both, which would leave the claim of either whole unread. None where the clause ends on no such list."""
    shared = _WHOLES_SHARED.search(verb)
    if shared is None or values < 2:
        return None
    wholes = [x for x in _WHOLES_JOIN.split(shared.group(1)) if x.strip()]
    if len(wholes) != values or not all(has_subject(indicator_words(x)) for x in wholes):
        return None
    # (集中签约项目总数和投资总额: what the first whole's things are, 集中签约, is the later wholes' too)
    scope = _WHOLE_SCOPE.match(wholes[0])
    wholes[1:] = [x if scope is None or x[0] in "全本我" else scope.group(1) + x for x in wholes[1:]]
    return [verb[:shared.start()] + "占" + x for x in wholes]


# 占, the wholes (no number, no second 占), and what may stand between the last of them and the values (的, 比重, 为).
_WHOLES_SHARED = re.compile(r"占([^，,；;。\d%占]{4,40}?)的?(?:比重|比例)?(?:分别)?(?:为|是|达到|达)?\s*$")
_WHOLES_JOIN = re.compile(r"[、和及]")
# What a whole's things are said to be, before the things (集中签约 of 集中签约项目总数).
_WHOLE_SCOPE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:项目|企业)")
_LIST_JOINS = re.compile(r"^[、和及与，,\s]+")
# (…分别完成投资17.4亿元、3.8亿元，占年度计划投资的65.7%和104%: each item's share of the same whole)
_SHARE_EACH = re.compile(r"(?:分别)?占[^，,；;。\d]{1,16}?的?(?:比重|比例)?(?:分别)?(?:为|是|达到?)?")
# Own words that say only how a value changed against a base (比上年同期增收, 同比增加, 较上年减少)
_CHANGE_AGAINST_BASE = re.compile(r"(?:比|较|同比)?(?:上年|去年)?(?:同期)?(?:相比)?(?:增收|减收|增加|减少|多|少)"
                                  r"(?:了)?")
_CHANGED_ONLY = re.compile(r"(?:同比|比上年|比上年同期|较上年|较上年同期)?(?:分别)?(?:增长|下降|增加|减少|提高|回落)"
                           r"(?:率)?(?:分别)?(?:为|是)?")  # (增长为17.1%和21.0%)
# Own words that say only how a rate changed since a base (降幅比1-9月收窄, 增速较上月分别加快, 较同期提高)
_RATE_CHANGED = re.compile(r"(?:增速|增幅|降幅)?(?:分别)?(?:比|较)[^，,；;。比较\d]{0,6}[\d—\-－~～至]*"
                           r"[^，,；;。比较\d]{0,4}?"
                           r"(?:收窄|扩大|加快|回落|提高|放缓|回升|上升|下降)(?:了)?(?:分别)?")
_CONTRIBUTED = re.compile(r"(?:对[^，,；;。\d]{1,12}?的?)?(?:贡献率|贡献)(?:分别)?(?:为|是|达到?)?|"
                          # (…，拉动投资增长0.8和7.1个百分点: each item's pull; 拉动全市规上工业增加值增速2.7个和…)
                          r"(?:分别)?(?:拉动|带动)[^，,；;。\d]{0,12}?(?:增长|增速)(?:分别)?")
# (高于规上工业平均水平11个、27个…: the whole named by its average, no place)
_GAP_TO_WHOLE = re.compile(r"(?:分别)?(?:高于|低于|快于|慢于|高出|低出|领先)"
                           r"(?:全部|全市|全省|全国|全县|全区|[^，,；;。\d]{1,8}?(?:平均水平|平均增速|平均))"
                           r"[^，,；;。\d]{0,10}?(?:分别)?")
_CHANGE_VERB = re.compile(r"增长|下降|增加|减少|增收|减收|提高|回落|下滑|持平")


def _sums(text: str, c0: int, span: tuple[int, int], kind: str) -> bool:
    """Whether the clause at `c0` (its first value at `span`) sums the 分别 list before it, whose values are of
    unit class `kind`: 合计, 三地合计, 以上合计, 共占; 共计 or 总计 only of another measure of the items (共计签约项目
    总投资318亿元 after …分别为26个和14个), not a count of its own (共计新开工项目37个)."""
    found = _SUMMED.match(text, c0 + 1 if text[c0] in _CLAUSE_MARKS else c0)
    if found is None:
        return False
    return found.group(1) not in ("共计", "总计") or _unit_class(text[span[1] - 1]) != kind


_SUMMED = re.compile(r"\s*(?:[两二三四五六七八九十]\S{0,4}?|以上|上述\S{0,4}?)?(合计|共占|共拉动|共计|总计)")


def _sum_of(out: list[Tie | None], i: int, j: int, summed: tuple[str, tuple[str, ...]]) -> None:
    """The values of a clause that sums a 分别 list's (`summed`: its words and members) are of all its items
    together: the list's words come before their own (not in what a reason shows), and they keep the members
    to tell a claim on one."""
    listed, members = summed
    for n in range(i, j):
        t = out[n]
        assert t is not None
        words = indicator_words(listed) + t.words
        out[n] = t._replace(words=words, pairs=_pairs(words), summed=tuple(_telling(m, t.words) for m in members))


_RATES = re.compile(r"降幅|涨幅")  # (how a value changed, as 增长 is: no measure of its own)
# A group its sentence has listed before, named again by its count (三大产业, 两大主导产业, 四大行业).
_GROUP = re.compile(r"([两二三四五六七八九])大[^，,、；;。\d]{0,4}?(?:产业|行业|板块|集群|领域|产业链|类)")


# (the verb a topic list opens with, no part of its first item: 围绕黄花菜精深加工、新材料…)
_LIST_LEAD = re.compile(r"^(?:围绕|聚焦|紧扣|重点发展|发展壮大|做强|壮大|培育|打造|发展)")


def _items_of_group(text: str, clause_ends: Sequence[int], where: tuple[int, int],
                    count: int) -> tuple[list[str], str]:
    """The items of a group a 分别 clause names by its count (力争…三大产业产值分别达到50亿元、80亿元、60亿元), where
    its sentence listed them before that name (围绕黄花菜精深加工、新材料、电子信息三大产业，…), or the sentence
    before listed as many before its own 分别 (现代服务业、高端制造业…签约项目，分别达到…。四大类项目引资额，分别为…);
    and, where the group is named in the clause before the one of 分别, what that clause says they measure."""
    c0, at = where
    # (the group may be named in the clause before a clause that opens with 分别: 四大类项目引资额，分别为…)
    g0 = span_start(clause_ends, c0 - 1) if not text[c0:at].strip("，, ") and c0 else c0
    m = _GROUP.search(text, g0, at)
    if m is None or COUNTS[m.group(1)] != count:
        return [], ""
    said = text[m.end():c0].strip("，, ") if g0 < c0 else ""
    return _group_listed(text, clause_ends, (g0, m.start()), count), said


def _group_listed(text: str, clause_ends: Sequence[int], where: tuple[int, int], count: int) -> list[str]:
    """The items listed before a group's name at where[1], in the sentence of where[0] or the one before."""
    g0, named_at = where
    # (in its sentence, or the one before: “新材料和高端装备两大主导产业贡献突出。”…两大产业产值分别增长…)
    s0 = start_after(text, g0, "。！？!?；;\n")
    s0 = start_after(text, max(s0 - 1, 0), "。！？!?；;\n") if s0 > 1 and text[s0 - 1] != "\n" else s0
    named = [g for g in _GROUP.finditer(text, s0, named_at) if COUNTS[g.group(1)] == count]
    if not named:
        return _listed_before(text, clause_ends, (s0, named_at), count) or _parts_before(text, g0, count)
    p0 = max(text.rfind(ch, s0, named[-1].start()) for ch in "，,：:“\"") + 1
    items = _items(text[max(p0, s0):named[-1].start()], count)
    return [_LIST_LEAD.sub("", items[0]), *items[1:]] if items else []


def _listed_before(text: str, clause_ends: Sequence[int], where: tuple[int, int], count: int) -> list[str]:
    """The items of the last 分别 list in text[where] that has as many (its words before 分别, in its clause or the
    one before it), [] where there is none."""
    s0, end = where
    at = text.rfind(_RESPECTIVELY, s0, end)
    if at < 0:
        return []
    p0 = max(s0, span_start(clause_ends, at))
    listed = text[p0:at].strip("，, ") or text[max(s0, span_start(clause_ends, p0 - 1)):p0].strip("，, ")
    items = _items(listed, count)
    if len(items) != count:
        return []
    # (the noun that list writes once after its last item, 签约项目, is what it counted, no part of the name)
    last = _COUNTED_NOUN.sub("", items[-1])
    return [_LIST_LEAD.sub("", items[0]), *items[1:-1], last if len(last) >= 2 else items[-1]]


_COUNTED_NOUN = re.compile(r"(?:新?签约|新?开工|竣工|在建|投产)?(?:项目|企业)$")


def _parts_before(text: str, g0: int, count: int) -> list[str]:
    """The subjects of the ；-parts of the full sentence right before the one at `g0`, where it has as many as the
    group names (其中，计算机产业实现增加值21.4亿元…；汽车产业实现增加值…；家电产业实现…。三大产业增速分别较前4月提高
    1.7、14.2、16.4个百分点: each item its part's subject), [] where it has not."""
    s0 = start_after(text, g0, "。！？!?\n")
    if s0 < 2 or text[s0 - 1] == "\n":
        return []
    p0 = start_after(text, s0 - 1, "。！？!?\n")
    parts = re.split(r"[；;]", _PARTS_LEAD.sub("", text[p0:s0 - 1]))
    names = [m.group(1) for x in parts if (m := _PART_SUBJECT.match(x.strip())) is not None]
    return names if len(parts) == count and len(names) == count else []


_PARTS_LEAD = re.compile(r"^[\s　]*(?:其中|分行业看|分产业看|从行业看|从产业看)[，,：:]?")
_PART_SUBJECT = re.compile(r"([\u4e00-\u9fff、]{1,12}?(?:产业|行业|业|板块|园区))"
                           r"(?=实现|完成|增长|下降|同比|累计|增加值|产值|营业收入)")


def _items_across(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], where: tuple[int, int],
                  lo: int, count: int) -> list[str]:
    """The items of a list whose items are clauses (采矿业，制造业，电力、热力…业增加值分别增长…): the 分别
    clause's own words (from `where`'s start to its 分别) are its last item, and each clause before it that
    holds no value and is a name (制造业) is one more, back to as many items as values."""
    c0, at = where
    # (装备制造业，计算机、通信和其他电子设备制造业，分别增长10.4%、20.6%: a 分别 clause of no words of its own
    # has all its items before it)
    bare = not text[c0:at].strip("，, ")
    # (装备制造业和纺织服装业，主营业务收入分别增长…: a clause that names only a measure is no item)
    if not bare and not _MEASURES.sub("", indicator_words(text[c0:at])):
        return []
    items = [] if bare else [text[c0:at]]
    end = c0 - 1  # the mark that ends the clause before
    while len(items) < count and end > 0 and text[end] in "，," and not SENTENCE_BREAK.match(text, end):
        p0 = span_start(clause_ends, end - 1)
        clause = text[p0:end]
        if bare and not items:  # (…化学制品制造业增势抢眼，分别增长…: the last item, and a remark on all)
            clause = _TRENDS_NOTED.sub("", clause)
        if _held(spans, lo, p0, end) or not _ENDS_IN_HEAD.search(clause):
            return []  # (津市市、汉寿县增速领先，…分别增长: a clause that says something of its items is no item)
        items.insert(0, clause)
        end = p0 - 1
    return _shared_head(items) if len(items) == count else []


# A remark on how listed items fared, after the last (增势抢眼, 增长较快, 表现突出).
_TRENDS_NOTED = re.compile(r"(?:增势|增长|发展|表现|增速)?(?:十分|较为|尤为)?"
                           r"(?:抢眼|较快|较好|强劲|突出|亮眼|良好|明显|领先)$")


def _items_before(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int, lo: int,
                  count: int) -> list[str]:
    """The items of a list written in the clause before a 分别 clause that has none of its own (先进制造、生物医药
    产业链企业数最多，分别达182个、83个), when that clause holds no value and as many items."""
    if c0 == 0 or SENTENCE_BREAK.match(text, c0 - 1):
        return []  # (never across a sentence's end: sentences are read apart)
    p0 = span_start(clause_ends, c0 - 1)
    end = c0 - 1
    held = [spans[k] for k in _held(spans, lo, p0, c0)]
    if held:
        # (无锡、杭州…比重均超过60%，分别为66%和61.2%: a bound all the items share ends their list)
        shared = _ALL_SHARE.search(text[p0:held[0][0]])
        framed = _FRAMED_ITEMS.match(text, held[-1][1], end)
        ranked = _RANKED_FIRST.search(text, p0, end) if len(held) == 1 else None
        closed = _CLOSED_BY_COUNT.match(text, held[0][1]) if len(held) == 1 and text[held[0][0] - 1] == "等" else None
        if closed is not None:
            # (家电、电力、…、烟草等5个行业对全部工业增长的贡献居前，增加值分别增长…: the items the count closes)
            items = [x if x.endswith(closed.group(0)) else x + closed.group(0)
                     for x in _items(text[p0:held[0][0] - 1], count)]
            return items if len(items) == count else []
        if shared is not None:
            end = p0 + shared.start()
        elif ranked is not None and ranked.end() == end:
            # (黔南州、六盘水市、遵义市在…工业占比排前三位，分别为77.7%、…: the rank says they are the first three)
            end = ranked.start()
        elif framed is not None:
            p0 = framed.end()  # (…最有力的5个行业是电气机械和器材制造业、…: the items after the count that frames them)
        else:
            return []
    if not held:  # (…、电气机械和器材制造业表现较好，分别增长…: a remark after the last item is none of its name)
        end = p0 + len(_TRENDS_NOTED.sub("", text[p0:end]))
    items = _items(text[p0:end], count)
    if len(items) != count and not held and p0 > 0 and text[p0 - 1] in "，," and _REMARK_ONLY.fullmatch(text, p0, end):
        # (纺织、化学原料…等行业，持续保持较高增速，分别增长…: a remark between the items and their 分别 clause)
        q0 = span_start(clause_ends, p0 - 1)
        if not _held(spans, lo, q0, p0 - 1):
            items = _items(text[q0:p0 - 1], count)
    return items if len(items) == count else []


# A count's noun and the word that opens the items it counts, right after the count (5个行业是, 3家企业为, 4个项目：).
_FRAMED_ITEMS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:是|为|有|包括|：|:)")  # (前三名为甲市、…: right after the rank)


# A clause that only remarks on how the items before it fare (持续保持较高增速, 增长较快, 表现亮眼).
_REMARK_ONLY = re.compile(r"(?:均|都|继续|持续|保持|实现)*(?:保持)?(?:较高|较快|快速|高速|稳定|平稳)?"
                          r"(?:增速|增长|发展|势头)?(?:较快|较高|领先|亮眼|突出|良好|强劲|明显)?")


def _valued_items(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], where: tuple[int, int],
                  read: tuple[list[Tie | None], int], count: int) -> list[str]:
    """The items of a 分别 clause with none of its own, where the clause before lists as many values, each
    after its own name (财政总收入15.3亿元、一般公共预算收入8.7亿元，分别增长4.6%和3.9%): those values' words as
    read (`read`: the ties and the sentence's first value), with the subject a later one carries (规上工业企业
    of 利润总额11.8亿元 after 规上工业企业实现营业收入213.6亿元、). `where`: the clause's start and its 分别; `count`:
    how many values it has."""
    c0, at = where
    if count < 2 or c0 == 0 or SENTENCE_BREAK.match(text, c0 - 1):
        return []  # (never across a sentence's end: sentences are read apart)
    out, lo = read
    named = c0  # (the clause's own words, from its start)
    c0 = _past_a_remark(text, spans, clause_ends, c0, lo)
    members = _list_valued(text, spans, clause_ends, c0, read, count)
    if members:
        # (…增加值分别增长16.7%、17.4%，对全部工业增长贡献分别为21.8%、17.5%: a clause that names its own measure is
        # of the items the sentence listed, not of what the values before measure)
        return [] if _names_own_measure(text[named:at]) else members
    p0 = span_start(clause_ends, c0 - 1)
    listed = [(k, *spans[k]) for k in _held(spans, lo, p0, c0)]
    if len(listed) == 1 or all(_changed(text, x, y) for x, y in pairwise(listed)):
        # (…进口1.2亿元，分别增长…; 技改投资18.6亿元、增长21.4%，分别占…: one item a clause)
        return _clauses_valued(text, spans, clause_ends, c0, read, count)
    if len(listed) == count and text[listed[-1][2]:c0 - 1].strip():
        return _nouns_after(text, [(a, b) for _, a, b in listed], c0)  # (4个省重点项目、8个市重点项目和12个…)
    if len(listed) != count:
        return []
    names, start = [], p0
    for n, (_, a, b) in enumerate(listed):
        name = text[start:a]
        if n and not name.startswith(_LIST_MARKS):
            return []  # (each value after the first opens its item with a list mark: 、一般公共预算收入8.7亿元)
        names.append(name.lstrip("".join(_LIST_MARKS)))
        start = b
    return _carried_items(out, [k for k, _, _ in listed], names)


def _past_a_remark(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int, lo: int) -> int:
    """Where a 分别 clause from `c0` looks back from for the list it is of: past one clause right before it with no
    value of its own, a remark on the list (…产值为0.8亿元和0.3亿元，增速双双破十，分别增长12%和10%), within its
    sentence."""
    p0 = span_start(clause_ends, c0 - 1)
    if p0 > 0 and not SENTENCE_BREAK.match(text, p0 - 1) and not _held(spans, lo, p0, c0):
        return p0
    return c0


def _nouns_after(text: str, listed: list[tuple[int, int]], c0: int) -> list[str]:
    """The items of a clause that lists counts each before its own noun (香河县4个省重点项目、8个市重点项目和12个集中
    开工项目，…分别达到…): the nouns, where each but the last ends at a list mark; [] where one does not."""
    names = []
    for n, (_, b) in enumerate(listed):
        end = listed[n + 1][0] if n + 1 < len(listed) else c0 - 1
        noun = text[b:end]
        if n + 1 < len(listed):
            if not noun.endswith(_LIST_MARKS):
                return []
            noun = noun.rstrip("".join(_LIST_MARKS))
        if not has_subject(indicator_words(noun)):
            return []
        names.append(noun)
    return names


def _clauses_valued(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int,
                    read: tuple[list[Tie | None], int], count: int) -> list[str]:
    """The items of a 分别 clause with none of its own, where each of as many clauses before it holds one value
    after its own name (其中出口1.8亿美元，进口1.2亿美元，分别增长32.3%和42.3%): those values' words as read."""
    out, lo = read
    values: list[int] = []
    names: list[str] = []
    end = c0 - 1  # the mark that ends the clause before
    while len(values) < count and end > 0 and text[end] in "，," and not SENTENCE_BREAK.match(text, end):
        p0 = span_start(clause_ends, end - 1)
        held = [(k, *spans[k]) for k in _held(spans, lo, p0, end)]
        if len(held) > 1 and len(values) == count - 1 and _COUNT_IN_NAME.search(text, held[0][1], held[-1][1]) \
                and all(_unit_class(text[b - 1]) in _COUNTED_BY for _, _, b in held[:-1]):
            held = held[-1:]  # (这49个开发区实现工业总产值6000亿元，…: a count inside the first item's subject)
        # (each clause one value, which ends it, or one and how it changed: 工业投资45.2亿元、增长12.1%)
        if not held or text[held[-1][2]:end].strip() or not all(_changed(text, x, y) for x, y in pairwise(held)):
            return []
        name = text[p0:held[0][1]]
        end = p0 - 1
        if _CHANGED_ONLY.fullmatch(name.strip("，, ")) or not indicator_words(name):
            continue  # (出口32.1亿元，增长10.5%，…: a clause of how the value before changed names no item)
        values.insert(0, held[0][0])
        names.insert(0, name)
    return _carried_items(out, values, names) if len(values) == count else []


def _list_valued(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int,
                 read: tuple[list[Tie | None], int], count: int) -> list[str]:
    """The items of a 分别 clause with none of its own, where the clause right before it gives as many values to
    the items of a list (第一产业、第二产业、第三产业增加值305.6亿元、1734.5亿元、1487.6亿元，分别增长…): those
    values' words as read."""
    out, lo = read
    end = c0 - 1
    if end <= 0 or text[end] not in "，,":
        return []
    held = list(_held(spans, lo, span_start(clause_ends, end - 1), end))
    ties = [out[k] for k in held]
    if len(held) != count or not all(t is not None and t.member for t in ties):
        return []
    return [t.words for t in ties if t is not None]


def _held(spans: Sequence[tuple[int, int]], lo: int, start: int, end: int) -> range:
    """The indices, from `lo` on, of the values that start in [start, end) (spans sorted by start): found by
    bisection, not by reading every value to the text's end."""
    return range(bisect.bisect_left(spans, (start, -1), lo), bisect.bisect_left(spans, (end, -1), lo))


def _changed(text: str, value: tuple[int, int, int], then: tuple[int, int, int]) -> bool:
    """Whether the words between two values (index, start, end) say only how the first changed (、增长12.1%)."""
    return bool(_CHANGED_ONLY.fullmatch(_LIST_JOINS.sub("", text[value[2]:then[1]])))


def _carried_items(out: list[Tie | None], values: list[int], names: list[str]) -> list[str]:
    """Each of `names` (the words before the value out[k] of `values`) with the subject that value's words
    carry (规上工业企业 of 利润总额11.8亿元 after 规上工业企业实现营业收入213.6亿元、); none unless each
    names something."""
    items: list[str] = []
    subject = ""  # the first item's subject, without what it measures (这49个开发区 of …实现工业总产值)
    for k, name in zip(values, names, strict=True):
        own = indicator_words(name)
        tie = out[k]
        carried = tie.words[:-len(own)] if tie is not None and own and tie.words.endswith(own) else ""
        if not carried and items and subject and not _MEASURES.sub("", own):
            carried = subject  # (…工业总产值6000亿元，税收收入300亿元，…: the first item's subject's 税收收入)
        if not has_subject(carried + own):
            return []  # (增加值完成130亿元 after 规上工业总产值完成520亿元，: 规上工业's 增加值)
        if not items:
            verb = _SUBJECT_DID.search(name)
            subject = indicator_words(name[:verb.start()]) if verb is not None else ""
        items.append(carried + name)
    return items


_LIST_MARKS = ("、", "和", "及", "与")
# What a subject did, after its name (…开发区实现工业总产值, …企业完成营业收入).
_SUBJECT_DID = re.compile(r"实现|完成|累计完成")
# A subject's name and what it measures between a count in the name and the value (…开发区实现工业总产值).
_COUNT_IN_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")
_CLOSED_BY_COUNT = re.compile(r"行业|产业|企业|项目|产品")  # (what a count that closes a list counts: 等5个行业)
_RANKED_FIRST = re.compile(r"(?:排|居|位居|位列|排名)(?:在)?(?:全[国省市区县州])?(?:前|后)[一二三四五六七八九十\d]+"
                           r"(?:位|名)")
_ALL_VERB = r"(?:超过|高于|低于|在|达到?|为|突破|不低于|不少于)"
# (均达到或超过30%: 超过 is the value's qualifier, read with it; 均已超过万亿元: reached, and all of them)
_ALL_SHARE = re.compile(rf"(?:均|都)已?{_ALL_VERB}?(?:或{_ALL_VERB}?)?\s*$")


def _left_out_shared(text: str, out: list[Tie | None], values: tuple[int, int], at: int) -> None:
    """Give every value of a 分别 list out[i:j] (from `at`) what its first leaves out, where its ；-part writes
    that measure before the list (空调产值增长12.4%，冰箱、洗衣机分别增长5.6%和3.2%: both 产值; not …；工业投资方面，
    甲县、乙县分别增长…, whose first took 增加值 from the part before)."""
    i, j = values
    first = out[i]
    part = start_after(text, at, f"；;{FULL_STOP}\n")
    if first is None or not first.left_out or measured(first.left_out) not in text[part:at]:
        return
    for n in range(i + 1, j):
        t = out[n]
        if t is not None and not (t.head or t.left_out or t.elided):
            out[n] = t._replace(left_out=first.left_out, elided=first.elided)


# Subjects joined by 、 opening a clause, then how they fared, no value (食品、医药实现由负转正，; 纺织、化工继续
# 保持增长，)
_SUBJECTS_FARED = re.compile(r"\s*(?:其中[，,]?)?((?:[^、和，,；;。\d]{1,10}、)+[^、和，,；;。\d]{1,10}?)"
                             r"(?:均|都|也|继续|持续|保持|实现|由负转正|扭负为正|增速|增幅|降幅|快速|稳步|逆势)"
                             r"[^，,；;。\d]{0,12}$")


# A firm pointed back at (该企业, 该公司), and a firm named by name (盛宏化工有限公司, 钱塘传动公司; not 该公司).
_FIRM_POINTER = re.compile(r"该(?:企业|公司|集团)")
_FIRM_NAMED = re.compile(r"(?<![该本其各])[\u4e00-\u9fff]{2,10}?(?:有限公司|股份公司|公司|集团)")


# (2016年至2018年，分别完成…; 2022年至2025年，我市新增…企业数量逐年上升，分别为39家、…: as many values as years)
_YEARS = re.compile(r"((?:19|20)\d{2})年?\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d{2})年(?=[^。；;]*分别)")


def _years_before(text: str, at: int) -> list[str]:
    """The years of the last range of years before `at` in its sentence that a 分别 follows (2016年至2018年，
    分别完成…；分别完成…): the periods its values are of. (A list of years, 2023年、2024年…分别为…, is read before
    this, by _years_or_places.)"""
    start = start_after(text, at, f"{FULL_STOP}\n")
    found = list(_YEARS.finditer(text, start, at + len(_RESPECTIVELY)))
    if not found:
        # (自2月起，全市制造业用电量已连续三个月增长，月增速分别为60.6%、4.8%、0.3%: a run of months from the one it
        # starts at, each value its month in turn)
        run = last_match(_MONTH_RUN, text, start, at + len(_RESPECTIVELY))
        if run is None:
            # (2—5月份，全市当月工业用电量…分别达到24.4%、11.0%、25.8%、12.4%: each month's own, 当月 said)
            stretch = last_match(_MONTHS_EACH, text, start, at + len(_RESPECTIVELY))
            if stretch is None:
                return []
            a, b = int(stretch.group(1)), int(stretch.group(2))
            return [f"{m}月" for m in range(a, b + 1)] if a < b else []
        first = int(run.group(1))
        n = int(run.group(2)) if run.group(2).isdigit() else int(parse_chinese_numeral(run.group(2)) or 0)
        return [f"{m}月" for m in range(first, first + n)] if n and 2 <= n and first + n - 1 <= 12 else []
    return [f"{y}年" for y in range(int(found[-1].group(1)), int(found[-1].group(2)) + 1)]


_MONTHS_EACH = re.compile(r"(?<![\d年])(1[0-2]|[1-9])\s*[-—–－至到]\s*(1[0-2]|[1-9])月份?(?=[，,][^。；;\d]{0,20}"
                          r"(?:当月|单月|月度|逐月|每月)[^。；;\d]{0,30}分别)")
_MONTH_RUN = re.compile(r"(?:自|从)(1[0-2]|[1-9])月份?(?:起|以来|开始)[^。；;\d]{0,30}?"
                        r"连续([2-9]|十[一二]?|[两三四五六七八九])个月(?=[^。；;]*分别)")


def _years_listed_before(text: str, at: int, since: int = 0) -> list[str]:
    """The periods of the last list of years before `at` in its sentence, and after `since` (2023年、2024年: each
    year; 2023年、2024年上半年: 2023年 and 2024年上半年, the part written with the last), [] when none."""
    start = max(since, start_after(text, at, f"{FULL_STOP}\n"))
    listed = _lists_uncompared(_YEAR_LIST, text, start, at)
    if not listed:
        # (2、3、4月规模以上工业增加值增速分别为…: each month its own)
        months = _lists_uncompared(_MONTH_LIST, text, start, at)
        if months:
            return [f"{m}月" for m in _LISTED_MONTH.findall(months[-1].group(1))]
        # (一季度、二季度、三季度分别增长…: each quarter its own)
        quarters = _lists_uncompared(_QUARTER_LIST, text, start, at)
        return [f"{q}季度" for q in _LISTED_QUARTER.findall(quarters[-1].group())] if quarters else []
    years = [f"{y}年" for y in _A_YEAR.findall(listed[-1].group("years"))]
    return years[:-1] + [years[-1] + (listed[-1].group("part") or "")]


def _lists_uncompared(pattern: re.Pattern[str], text: str, start: int, at: int) -> list[re.Match[str]]:
    """The lists of periods `pattern` finds in [start, at), but the bases a 分别 list is compared with, right after
    比, 较 or 于 (比7月、8月分别加快…, 2023年比2021年、2022年分别增长…)."""
    return [m for m in pattern.finditer(text, start, at) if text[m.start() - 1:m.start()] not in _BASE_MARK]


def _years_listed(text: str, spans: Sequence[tuple[int, int]], out: list[Tie | None], c0: int,
                  values: tuple[int, int]) -> bool:
    """Values joined by 、 or 和 after a list of as many years in their clause or the one before, with no value
    between (2020年、2021年规上工业企业累计完成产值398.8亿元、579.33亿元; 2022年、2023年，全县工业用电量…): each its own
    year; whether they are."""
    i, j = values
    if not _joined_only(text, spans, i, j):
        return False
    years = _years_listed_before(text, spans[i][0], spans[i - 1][1] if i else 0)
    if len(years) != j - i:
        return False
    _assign_years(out, i, j, years)
    return True


# A list of years, and the part of a year written with the last (2023年、2024年上半年), not a month or a day after it.
_YEAR_LIST = re.compile(r"(?P<years>(?:19|20)\d{2}年(?:[、和及与](?:19|20)\d{2}年)+)"
                        r"(?P<part>[上下]半年|[一二三四1-4]季度|前三季度)?(?![\d一二三四五六七八九十]|前|[上下]半)")
_A_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
# A list of months written by their numbers, the last with 月 (2、3、4月; not 1-4月, a stretch).
_MONTH_LIST = re.compile(r"(?<![\d\-—－~～至到])((?:1[0-2]|[1-9])(?:月份?)?(?:[、和](?:1[0-2]|[1-9])(?:月份?)?)+)月份?"
                         r"(?![\d\-—－~～至到])")  # (and 7月、8月、9月: each written with 月)
_LISTED_MONTH = re.compile(r"1[0-2]|[1-9]")
_QUARTER_LIST = re.compile(r"(?<![上下前后])[一二三四]季度(?:[、和及][一二三四]季度)+")  # (not 前三季度, a stretch)
_LISTED_QUARTER = re.compile(r"[一二三四](?=季度)")
_BASE_MARK = frozenset("比较于")  # (the character right before a list of bases; "" at a text's start is no mark)


def _assign_years(out: list[Tie | None], i: int, j: int, years: list[str], subject: str = "") -> bool:
    """Each value of out[i:j] its period of `years` (2023年, 2024年上半年), and the words of the subject of the clause
    before (2022年至2025年，我市新增专精特新中小企业数量逐年上升，分别为39家、…: 新增专精特新中小企业), where there is
    one; whether there are as many years as values."""
    if len(years) != j - i:
        return False
    words = indicator_words(subject)
    for n in range(i, j):
        year = parse_period(years[n - i])
        t = out[n]
        assert t is not None
        t = t._replace(period=year, written=year, stated=True)
        if words and not t.words:
            t = t._replace(words=words, shown=subject.strip()[-60:], pairs=_pairs(words))
        out[n] = t
    return True


def _subject_before(text: str, spans: Sequence[tuple[int, int]], clause_ends: list[int], c0: int, verb: str) -> str:
    """The clause right before the 分别 clause at `c0`, where it holds no value and the 分别 names nothing itself
    (分别为): the subject its values are of."""
    if c0 == 0 or SENTENCE_BREAK.match(text, c0 - 1) or has_subject(indicator_words(verb)):
        return ""
    p0 = span_start(clause_ends, c0 - 1)
    return "" if _held(spans, 0, p0, c0) else text[p0:c0 - 1]


# A clause that opens with a gap to another value (…，高于全省平均水平3.3个百分点).
_GAP_OPENING = re.compile(r"\s*(?:高于|低于|快于|慢于|高出|低出|比|较)")


_THIS_MONTH_REACH = 24  # (how far before a value its 当月 may stand: 其中当月工业增加值增长12%)
_OPENING_THIS_MONTH = re.compile(r"\s*(?:当月|单月|當月|單月)")
_TEXT_DATED = ("本月", "累计")  # (a table's columns dated by the text: the month it is of, its run of months)


_EVENT_POINTER = re.compile(EVENT_POINTERS)


_SAME_STRETCH_LAST_YEAR = frozenset({"上年同期", "去年同期"})


_BASE_OWN_VALUE = re.compile(r"(?:由|从|比|较)([^，,。；;的由比较（(]{1,12}?(?:同期)?)(?:末|底)?(?:的|[（(])"
                             r"(?:下降|增长)?$")


def forget_attribution() -> None:
    """Empty the memos of claimed periods and of indicator words' pairs."""
    parse_period.cache_clear()
    _pairs.cache_clear()
