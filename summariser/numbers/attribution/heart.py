"""The tie of each value (Reading, ties): a sentence read at a time, the clause subject, list, period and kind
it inherits; and the memos (forget_attribution).
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ...core.chars import FULL_STOP, SENTENCE_END
from ...core.simplify import simplified
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
from ..spans import span_end, span_start
from ..tables import CellWords, TableRead, alone_on_line
from .items import (
    _base_values,
    _bracketed_runs,
    _by_place_after_colon,
    _labels_shared,
    _listed_then_summed,
    _named_in_brackets,
    _pair_pointed,
    _part_named_again,
    _parts_in_brackets,
    _places_interleaved,
    _places_of_a_count_before,
    _ranked_places,
    _scope_shared,
    _verb_shared,
)
from .layout import _GLOSS, _around, _label_start, _Layout, _unit_class, title_lines
from .lists import _CHANGE_VERB, _respectively
from .measure import (
    _BREAKDOWN,
    _COUNTED_BY,
    _COUNTING,
    _PLACE_GROWN,
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
    list_heading,
    whole_s_measure,
)
from .period import (
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
)
from .text import _pairs, blank
from .tie import Tie
from .words import _COMPARED_PLACE, _GRADE, _names_one, grade, has_subject, indicator_words, level, measured, tally

_SHARE_BASE = re.compile(r"占(?:全国|全省|全市|全区|全县|全州)")


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
        return self._as_whole(first)

    def _as_whole(self, k: int) -> _Last:
        """Quantity `k` read as the whole a breakdown after it is of, named with what it left out
        (分经济类型看，国有控股企业增长3.2%…。分门类看，采矿业增长4.5%: a frame after a frame breaks down the same
        whole, what the first frame's value left out)."""
        t = self.tie(k)
        return _Last(self._unit_of(k), t.pairs, t.band, t.scope, _qualified(t.head, t.words, t.left_out), False,
                     t.measure, t.words)

    def _measure_given(self, lo: int, hi: int) -> None:
        """Each part's growth of the sentence spans[lo:hi] that names an item and no measure, read with what its
        breakdown's whole measures: the last value of its unit before a 其中 ahead of it in its full sentence, else
        the whole the full sentence's opening frame breaks down (分行业看，…；…: every ；-part's, whatever stands
        between)."""
        opened = span_start(self._laid_out().full_stops, self.spans[lo][0])
        first = bisect.bisect_left(self.spans, (opened, -1))
        frame = self._broken_down(first, opened)
        for n in range(lo, hi):
            t = self._ties[n]
            if t is not None:
                self._ties[n] = whole_s_measure(t, self._parts_whole(first, n) or frame)

    def _parts_whole(self, first: int, n: int) -> _Last | None:
        """The value a 其中 of its full sentence (whose first quantity is `first`) breaks down, for quantity `n` after
        it: the last value of `n`'s unit before that 其中 (主导产业产值增长7.3%，其中，光伏、机械分别增长…)."""
        a = self.spans[n][0]
        at = self.text.rfind("其中", self.spans[first][0], a)
        whole = next((k for k in range(n - 1, first - 1, -1)
                      if self.spans[k][1] <= at and self._unit_of(k) == self._unit_of(n)), None) if at >= 0 else None
        return self._as_whole(whole) if whole is not None else None

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
        if not kind and foretold is not None and foretold < c0 and self._laid_out().kinds.own_aside(a) is None \
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
        if kinds.own_aside(a) is not None:
            # (【2021年末基数为120亿元】 after a forecast: the aside's own statement, led by no word outside it)
            return kind
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
        pooled: tuple[str, frozenset[str]] | None = None  # (the counter and words of the last pool counted among)
        for n in range(lo, hi):
            a, b = spans[n]
            c0, c1 = span_start(clause_ends, a), span_end(clause_ends, b, len(text))
            cell = layout.cells.get(a)
            named_at = _label_start(plain, clause_ends, c0, a, last_end)
            before, after, shown, written_before = _around(text, plain, layout.item_ends,
                                                           (a, b, named_at, c1, last_end),
                                                           cell, layout.kinds.asides)
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
                subjects.parts_open(ended)
                broken = last
            among = among or _pool_of(plain, clause_ends, (c0, a, b), before, pools) \
                or self._stage_counted(own, named, seen, (lo, s0, kin))
            among, pooled = _pool_again(among, pooled, own, (text[b - 1:b], plain[b:c1]))
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
        _scope_shared(text, spans, out, lo, hi)
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
        self._measure_given(lo, hi)

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


def _pool_again(among: frozenset[str], pooled: tuple[str, frozenset[str]] | None, own: str,
                value: tuple[str, str]) -> tuple[frozenset[str], tuple[str, frozenset[str]] | None]:
    """What a count is among, and the pool in force after it (`pooled`: the counter and words of the last pool a count
    of the sentence was counted among; `value`: the count's counter and its clause after it): a later count in the
    pool's counter whose own words name nothing but that there are so many (33个行业大类中有20个行业…，增长面为
    60.6%，有9个行业实现两位数增长: the 9 are among the 33 too) is counted among that pool, as the first was; the
    words after it say which of the pool it counts. Not where those hold a number (有9个行业增速超过10%): the words
    read drop it, and with it what tells the count from the pool's others."""
    counter, rest = value
    if among:
        return among, (counter, among)
    if own in ("", "有") and pooled is not None and pooled[0] == counter and not _A_DIGIT.search(rest):
        return pooled[1], pooled
    return among, pooled


_A_DIGIT = re.compile(r"[\d０-９]")


_STAGED_REACH = 40  # (how far after a count its pool's noun, the stage and the part's count may run)


_OPENS_ON_RESPECTIVELY = re.compile(r"\s*(?:同比|比上年|比去年|较上年|较去年)?(?:同期)?分别")


# Own words that say only how a value changed against a base (比上年同期增收, 同比增加, 较上年减少)
_CHANGE_AGAINST_BASE = re.compile(r"(?:比|较|同比)?(?:上年|去年)?(?:同期)?(?:相比)?(?:增收|减收|增加|减少|多|少)"
                                  r"(?:了)?")


# A firm pointed back at (该企业, 该公司), and a firm named by name (盛宏化工有限公司, 钱塘传动公司; not 该公司).
_FIRM_POINTER = re.compile(r"该(?:企业|公司|集团)")
_FIRM_NAMED = re.compile(r"(?<![该本其各])[\u4e00-\u9fff]{2,10}?(?:有限公司|股份公司|公司|集团)")


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
