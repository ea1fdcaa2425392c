"""A source read once for checking: its quantities indexed by unit and value, its sentences, and
what it ties each quantity to (read on first use). A value: built once per document (`read_source`)
and handed to every stage that checks against it, with the verdicts found so far (a claim checked
when the model answers is not checked again when the answer is merged, re-asked or assembled)."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar, cast

from ..core import textmap
from ..core.chars import HAN, OTHER_ARTICLES, SENTENCE_BREAK, no_space
from ..core.regex import Marks
from ..core.simplify import to_simplified, traditional
from .attribution import Reading, Tie, written_as_compared
from .claims import Claim
from .kinds import AS_OF_NOW, PAGE_DATE, day_of, inside, looking_back, year_and_month, year_set_out
from .periods import Period, periods_in
from .quantities import Mention, Quantity, scans
from .tables import TableRead
from .topic import Topic, topic_of
from .units import MULTIPLE, PERCENT, format_value

if TYPE_CHECKING:
    from ..core.models import FigureCheck, NumberCheck

_T = TypeVar("_T")
HAN_ONLY = re.compile(f"[{HAN}]+")
THIS_YEAR_ALONE = frozenset({"今年", "本年", "今年度", "本年度"})  # (a goal or forecast of 今年: the whole year's)
_EARLY_MONTHS = 6  # (a page dated in its year's first half may still set out that year's work)


def _start_of_tied(value: tuple[Quantity, Tie]) -> int:
    return value[0].start


def _start_of(q: Quantity) -> int:
    return q.start


@dataclass(frozen=True, slots=True)
class Source:
    """A document's reading: what every check of a claim against `text` reads, built once (`read_source`)."""

    text: str  # the text read, as given (spans are offsets into it)
    quantities: tuple[Quantity, ...]
    bare: tuple[Quantity, ...]  # the quantities with the unitless numbers too (a bare number claimed as written)
    sentences: tuple[dict[str, list[Quantity]], ...]  # single-valued quantities by sentence and unit
    view: textmap.MappedText
    by_unit: dict[str, tuple[Quantity, ...]]
    by_units: dict[frozenset[str], tuple[Quantity, ...]]  # memo of candidates()
    by_number: dict[float, list[Quantity]]  # by value in base units, range end, and value as written
    mention_of: dict[float, Mention]  # the first date, label or code holding a number
    tie_of: Ties  # what the source ties each quantity to, by its span
    tied_by_units: dict[frozenset[str] | None, Tied]  # memo of tied()
    simple: list[str] = field(default_factory=list)  # the view's text in simplified characters, made on first use
    compared: list[str] = field(default_factory=list)  # the same with its writings put as claims are compared
    dates: list[tuple[int, int, int] | None] = field(default_factory=list)  # its first date's year, month, day: once
    plans: list[tuple[int, int] | None] = field(default_factory=list)  # the year whose work it sets out, read once
    # the verdicts found so far against this text, by claim and by free text checked (numbers/check.py):
    # the reading carries them, so a verdict is found once per document whichever stage asks for it
    verdicts: dict[Claim, FigureCheck] = field(default_factory=dict)
    text_verdicts: dict[str, tuple[NumberCheck, ...]] = field(default_factory=dict)
    with_bare: list[Source] = field(default_factory=list)  # the text read with its unitless numbers, made on first use
    # what the checker reads of a value by its span whatever is claimed of it, by reader and span (`of_value`)
    value_reads: dict[tuple[object, int, int], object] = field(default_factory=dict)
    unitless: list[dict[float, Quantity]] = field(default_factory=list)  # see unitless_cells: read once
    reviews: list[tuple[tuple[int, int], ...]] = field(default_factory=list)  # see look_backs: read once
    # the level of the whole place each clause read opens with, None for none, by its words (judge/subject.py)
    clause_frames: dict[str, int | None] = field(default_factory=dict)
    # where the patterns readers ask for match in the text, by pattern, each found once (`marks`)
    found_marks: dict[re.Pattern[str], Marks] = field(default_factory=dict)
    # the text as given, when `text` is it with its hard-wrapped line ends left out (core/wraps.py, as the
    # public functions that take a text read it): the spans they hand back map to the given text through it
    given: textmap.MappedText | None = None

    def of_value(self, read: Callable[[Source, Quantity], _T], q: Quantity) -> _T:
        """`read(self, q)`, read once per value: what a reader finds of a value by its span alone, whatever is
        claimed of it (the clause frame of its sentence, the headline it is read under), for every claim checked
        against it (a model's several answers on one value, a wrong claim's variants)."""
        key = (read, q.start, q.end)
        if key not in self.value_reads:
            self.value_reads[key] = read(self, q)
        return cast(_T, self.value_reads[key])

    def marks(self, pattern: re.Pattern[str]) -> Marks:
        """Where `pattern` matches in the text, found once per document: a reader that wants the last match
        before each value asks it by bisection, not by a scan of the text before each value."""
        got = self.found_marks.get(pattern)
        if got is None:
            got = self.found_marks[pattern] = Marks(pattern, self.text)
        return got

    def bare_read(self) -> Source:
        """The text read with its unitless numbers as quantities too (指数为99.9, 达到66): what a bare number claimed
        with an indicator, period or kind is judged by. Made once, on first use: few claims need it."""
        if not self.with_bare:
            by_unit: dict[str, list[Quantity]] = {}
            for q in self.bare:
                by_unit.setdefault(q.unit, []).append(q)
            self.with_bare.append(Source(self.text, self.bare, self.bare, (), self.view,
                                         {u: tuple(qs) for u, qs in by_unit.items()}, {}, {}, {},
                                         Ties(self.text, self.bare, self.view, self.tie_of.table), {}))
        return self.with_bare[0]

    def unitless_cells(self) -> dict[float, Quantity]:
        """The numbers the text writes with no unit read for them, standing apart as a table's cells do (a gap, bar
        or line end on one side: | 421.07 |), by value (`key`), the first of each: read once, where a claim's number
        is looked for among them."""
        if not self.unitless:
            found: dict[float, Quantity] = {}
            for q in self.bare:
                if not q.unit and _standing_alone(self.text, q):
                    found.setdefault(key(abs(q.value)), q)
            self.unitless.append(found)
        return self.unitless[0]

    def periods(self) -> tuple[tuple[int, int, Period], ...]:
        """The period writings of the text (numbers/periods.periods_in), read once, by whichever
        reader asks first: the ties, the offline figures' namer and timeline, the extractive summary."""
        return self.tie_of.periods()

    def simplified_text(self) -> str:
        """The view's text with every traditional character simplified (one for one: offsets hold)."""
        if not self.simple:
            self.simple.append(to_simplified(self.view.text))
        return self.simple[0]

    def starting_in(self, lo: int, hi: int) -> tuple[Quantity, ...]:
        """The quantities that start in the text's [lo, hi), found by bisection: they are in text order."""
        first = bisect.bisect_left(self.quantities, lo, key=_start_of)
        return self.quantities[first:bisect.bisect_left(self.quantities, hi, key=_start_of)]

    def around(self, q: Quantity, lo: int, hi: int, reach: int) -> tuple[Quantity, ...]:
        """The quantities that start in the text's [lo, hi) no more than `reach` quantities before or after `q` (in
        text order), found by bisection: what a value is compared with, bounded whatever the page's length."""
        first = bisect.bisect_left(self.quantities, lo, key=_start_of)
        last = bisect.bisect_left(self.quantities, hi, key=_start_of)
        at = bisect.bisect_left(self.quantities, q.start, key=_start_of)
        past = bisect.bisect_right(self.quantities, q.start, key=_start_of)
        return self.quantities[max(first, at - reach):min(last, past + reach)]

    def view_at(self, at: int) -> int:
        """The offset in the view's text (and the simplified and compared ones) of the text's offset `at`, where
        spans are: the two differ where the view dropped ruby or invisible characters (項(xiàng)目)."""
        return self.view.to_derived(at)

    def compared_text(self) -> str:
        """The simplified text with the writings claims are compared in put as they are (规模以上 as 规上), made once:
        where a claim's words are looked for anywhere in the source."""
        if not self.compared:
            self.compared.append(written_as_compared(self.simplified_text()))
        return self.compared[0]

    def published(self) -> tuple[int, int] | None:
        """The year and month of the text's first date (its publication's, on these pages), None without one."""
        found = self._page_date()
        return found[:2] if found else None

    def published_day(self) -> int | None:
        """The day of the month of the text's first date, None without one."""
        found = self._page_date()
        return found[2] if found else None

    def _page_date(self) -> tuple[int, int, int] | None:
        if not self.dates:
            m = PAGE_DATE.search(self.simplified_text())
            self.dates.append((*year_and_month(m), day_of(m)) if m else None)
        return self.dates[0]

    def look_backs(self) -> tuple[tuple[int, int], ...]:
        """The parts of the text that look back on the year or years gone by (numbers/kinds.looking_back), in the
        simplified text's offsets, read once: the checker asks for each value whether it is in one."""
        if not self.reviews:
            self.reviews.append(looking_back(self.simplified_text()))
        return self.reviews[0]

    def year_set_out(self) -> tuple[int, int] | None:
        """The year (and month of writing, 0 when unknown) whose work the text sets out (numbers/kinds.py), read
        once; None where it sets out none."""
        if not self.plans:
            self.plans.append(year_set_out(self.simplified_text(), self.published()))
        return self.plans[0]

    def year_ahead(self, tie: Tie, span: tuple[int, int]) -> bool:
        """Whether a value (at `span`, read as `tie`) is of the whole of the page's own year (2024年) on a page that
        sets out that year's work, dated in its first half: what that year comes to has not been reached yet. Not a
        stock its sentence says is there now (目前，全市规上工业企业达到1526家). Read by the checker and the offline
        engine alike."""
        dated = self.year_set_out()
        p = tie.written or (tie.period if tie.stated else None)
        if dated is None or p is None or not p.year or p.other or p.day:
            return False
        found = self.tie_of.sentence(span)
        if found is not None and AS_OF_NOW.search(found[0], 0, found[1]):
            return False
        # (今年 written in the value's own sentence on such a page: the year it sets out; not one a sentence before
        # gives a value that 目前 or 已 dates)
        own = int(p.year) == dated[0] if p.year.isdigit() else p is tie.written and p.year in THIS_YEAR_ALONE
        return own and p.months in (None, (1, 12)) and dated[1] <= _EARLY_MONTHS

    def candidates(self, c: Claim) -> tuple[Quantity, ...]:
        """The quantities a claim can be compared with: its units, plus percents and multiples for growth."""
        units = units_of(c)
        if units is None:
            return self.quantities
        got = self.by_units.get(units)
        if got is None:
            got = self.by_units[units] = tuple(sorted((q for u in units for q in self.by_unit.get(u, ())),
                                                      key=lambda q: q.start))
        return got

    def tied(self, c: Claim) -> Tied:
        """The candidates of `c` with their ties, and how many of those ties hold each character pair:
        read once per unit set, not once per claim (a bulletin's hundred claims share them)."""
        units = units_of(c)
        got = self.tied_by_units.get(units)
        if got is None:
            near = tuple((r, t) for r in self.candidates(c) if (t := self.tie_of.get((r.start, r.end))) is not None)
            # (the subject a value is another measure of counts as its words: 宁德 of 宁德48个、总投资156亿元)
            counts = Counter(g for _, t in near for g in t.pairs | t.scope)
            got = self.tied_by_units[units] = Tied(near, {g: math.log(1 + len(near) / df) for g, df in counts.items()})
        return got


@dataclass(frozen=True, slots=True)
class Tied:
    near: tuple[tuple[Quantity, Tie], ...]
    rarity: dict[str, float]  # each pair the ties hold, by how rare it is among them: log(1 + ties / ties holding it)
    read_under: dict[str, list[int]] = field(default_factory=dict)  # pair -> the ties whose words or context hold it
    by_words: dict[str, list[tuple[Quantity, Tie]]] = field(default_factory=dict)  # see worded: made on first use

    def holders(self, pairs: Iterable[str], weights: dict[str, float],
                among: set[int] | None = None) -> dict[int, float]:
        """For each tie (of `among`, when given), the weight of `pairs` its words or context hold: an
        index of the ties by pair, built on first use, not a pass over the ties per claim."""
        if not self.read_under:
            for n, (_, t) in enumerate(self.near):
                for g in t.pairs | t.context | t.elided:
                    self.read_under.setdefault(g, []).append(n)
        held: dict[int, list[float]] = {}
        for g in pairs:
            for n in self.read_under.get(g, ()):
                if among is None or n in among:
                    held.setdefault(n, []).append(weights.get(g, 0.0))
        # (summed exactly: a sum in the order of a set's pairs would differ from run to run in its last bits)
        return {n: math.fsum(xs) for n, xs in held.items()}

    def around(self, q: Quantity, reach: int) -> tuple[tuple[Quantity, Tie], ...]:
        """The ties no more than `reach` of them before or after `q` (in text order), found by bisection on their
        starts: a value's rivals, bounded whatever the page's length."""
        at = bisect.bisect_left(self.near, q.start, key=_start_of_tied)
        past = bisect.bisect_right(self.near, q.start, key=_start_of_tied)
        return self.near[max(0, at - reach):past + reach]

    def worded(self, words: str, q: Quantity, reach: int) -> list[tuple[Quantity, Tie]]:
        """The ties whose words are `words`, no more than `reach` of them before or after `q` (in text order): an index
        of the ties by their words, built on first use, and a bisection, not a pass over the ties per value."""
        if not self.by_words:
            for r, t in self.near:
                self.by_words.setdefault(t.words, []).append((r, t))
        alike = self.by_words.get(words, [])
        at = bisect.bisect_left(alike, q.start, key=_start_of_tied)
        past = bisect.bisect_right(alike, q.start, key=_start_of_tied)
        return alike[max(0, at - reach):past + reach]

    def weights(self, claimed: frozenset[str]) -> dict[str, float]:
        """Each claimed pair weighted by how rare it is among the ties' pairs: 工业 is everywhere, 技改 is
        not. A pair in no tie carries no evidence either way and has no weight."""
        rarity = self.rarity
        return {g: rarity[g] for g in claimed if g in rarity}

    def all_weights(self, claimed: frozenset[str]) -> dict[str, float]:
        """Each claimed pair's weight, a pair in no tie weighing as the rarest do: for how much of a claim
        the source's words hold, words the source never ties to a value count against it."""
        top = math.log(1 + len(self.near))
        # words in another script (an English summary's "output value") are not read: no evidence either way
        return {g: self.rarity.get(g, top) for g in claimed if g in self.rarity or HAN_ONLY.fullmatch(g)}


def units_of(c: Claim) -> frozenset[str] | None:
    """The units a claim is compared in (None: any)."""
    return _unit_set(c.accepts, c.unit)


@lru_cache(maxsize=256)  # a few unit sets serve every claim
def _unit_set(accepts: frozenset[str], unit: str) -> frozenset[str] | None:
    if not accepts or "*" in accepts:
        return None
    return accepts | {PERCENT, MULTIPLE} if unit in (PERCENT, MULTIPLE) else accepts


def read_source(text: str) -> Source:
    """`text` read for checking: once per document, by its caller, who hands the Source on."""
    s, bare = scans(text)
    # (read in the simplified view, its offsets the view's: on a page with ruby, 相(xiāng)關(guān)新(xīn)聞(wén) opens a
    # block of links too, and a line of it is as long as it reads)
    view, seen = s.view, to_simplified(s.view.text)
    links = _links(seen, view.to_derived(s.quantities[0].end) if s.quantities else len(seen))
    if links:  # (the figures of links to other articles are not the article's)
        s = replace(s, quantities=tuple(q for q in s.quantities if not inside(links, view.to_derived(q.start))))
        bare = replace(bare, quantities=tuple(q for q in bare.quantities
                                              if not inside(links, view.to_derived(q.start))))
    ends = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    groups: dict[int, dict[str, list[Quantity]]] = {}
    by_unit: dict[str, list[Quantity]] = {}
    by_number: dict[float, list[Quantity]] = {}
    for q in s.quantities:
        by_unit.setdefault(q.unit, []).append(q)
        keys = {key(q.value)}  # as written and in base units, and a range's high end
        if q.written_value != q.value:
            keys.add(key(q.written_value))
        if q.value_high:
            keys.add(key(q.value_high))
        for v in keys:
            by_number.setdefault(v, []).append(q)
        if q.value_high is None:
            groups.setdefault(bisect.bisect_right(ends, q.start), {}).setdefault(q.unit, []).append(q)
    mention_of: dict[float, Mention] = {}
    for m in s.mentions:
        for n in m.numbers:
            mention_of.setdefault(key(n), m)
    sentences = tuple(g for g in groups.values() if sum(map(len, g.values())) > 1)
    return Source(text, s.quantities, bare.quantities, sentences, s.view, {u: tuple(qs) for u, qs in by_unit.items()},
                  {}, by_number, mention_of, Ties(text, s.quantities, s.view, s.table), {}, simple=[seen])


_LINKS = re.compile(r"(?m)^[ \t\u3000]*" + OTHER_ARTICLES.pattern.removeprefix("^"))
_LINK_LINE = 60  # a line of a block of links is short; a longer one, or one that ends a sentence, is the article's


def _links(text: str, at: int) -> list[tuple[int, int]]:
    """The blocks of links to other articles after an article's first figure (which ends at `at`): from a line that
    opens one (相关信息：, 上一篇：, 相关新闻) through the short lines after it, to a line that is a sentence of the
    article's again."""
    out: list[tuple[int, int]] = []
    while (m := _LINKS.search(text, at)) is not None:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt].strip()
            if len(line) > _LINK_LINE or line.endswith(("。", "！", "？")):
                break
            end = nxt
        out.append((m.start(), end))
        at = max(end, m.end() + 1)
    return out


class Ties:
    """What the source ties each quantity to, by its span, read on first use and a sentence at a time:
    a check of values alone (a claim with no indicator, period or kind) never pays for it, and one
    that names only a period reads only the periods."""

    __slots__ = ("_text", "_quantities", "_view", "table", "_index", "_reading", "_periods", "_topic", "_years")

    def __init__(self, text: str, quantities: tuple[Quantity, ...], view: textmap.MappedText,
                 table: TableRead | None = None) -> None:
        """`table`: the parse's reading of the tables of its view (Scan.table), which the reading takes their
        cells' words from where it reads the same text."""
        self._text, self._quantities, self._view, self.table = text, quantities, view, table
        self._index: dict[tuple[int, int], int] | None = None
        self._reading: Reading | None = None
        self._periods: tuple[tuple[int, int, Period], ...] | None = None
        self._topic: Topic | None = None
        self._years: frozenset[str] | None = None

    def periods(self) -> tuple[tuple[int, int, Period], ...]:
        """The period writings of the source text, read on first use."""
        if self._periods is None:
            self._periods = periods_in(self._text)
        return self._periods

    def _read(self) -> tuple[Reading, dict[tuple[int, int], int]]:
        if self._reading is None or self._index is None:
            qs, origin = self._quantities, self._view.origin
            if type(origin) is range:
                spans = [(q.start, q.end) for q in qs]
            else:  # the parser's view dropped ruby: its offsets are found from the original's
                spans = [(bisect.bisect_left(origin, q.start), bisect.bisect_left(origin, q.end)) for q in qs]
            # the reading is of the parser's view in simplified characters: most often the text itself,
            # whose period writings the Source reads once for every reader
            view = self._view.text
            if view != self._text and traditional(self._text):
                # (the parser's view folds only its vocabulary, 億 and 產; 分別 and 鄉 are simplified too)
                view = to_simplified(view)
            periods = self.periods() if view == self._text else None
            self._reading = Reading(view, spans, [q.unit_class == "rate" for q in qs], [q.unit for q in qs], periods,
                                    self.table)
            self._index = {}
            for n, q in enumerate(qs):
                self._index.setdefault((q.start, q.end), n)
        return self._reading, self._index

    def topic(self) -> Topic:
        """What the page's headline lines say it is about, which its values are read under (numbers/topic.py)."""
        if self._topic is None:
            reading, _ = self._read()
            self._topic = topic_of(reading.text, reading.header(), reading.found)
        return self._topic

    def paragraph_before(self, span: tuple[int, int]) -> str:
        """The words of a quantity's paragraph (its line) before it, in simplified characters."""
        return self.lines_before(span)[0]

    def lines_before(self, span: tuple[int, int]) -> tuple[str, str]:
        """A quantity's line before it, and the last line before that one that holds a word, in
        simplified characters ("" for a span that is no quantity's)."""
        reading, index = self._read()
        n = index.get(span)
        if n is None:
            return "", ""
        text, a = reading.text, reading.spans[n][0]
        start = text.rfind("\n", 0, a) + 1
        end = start - 1
        while end > 0:
            top = text.rfind("\n", 0, end) + 1
            if text[top:end].strip():
                return text[start:a], text[top:end]
            end = top - 1
        return text[start:a], ""

    def title_of(self, span: tuple[int, int]) -> str | None:
        """The page's title line a quantity is on (Reading.titles), in simplified characters; None when it is
        on none."""
        reading, index = self._read()
        n = index.get(span)
        if n is None:
            return None
        at = reading.spans[n][0]
        return next((reading.text[a:b] for a, b in reading.titles() if a <= at < b), None)

    def get(self, span: tuple[int, int]) -> Tie | None:
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.tie(n)

    def period(self, span: tuple[int, int]) -> tuple[Period | None, bool] | None:
        """The period in force for a quantity and whether it is stated before it, as its Tie has them,
        without reading indicator words (a claim that names only a period needs no more)."""
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.period(n)

    def years_stated(self) -> frozenset[str]:
        """The calendar years (2024) the page's values are of, as their periods state them or else the year
        written last before them: two where a report looks back on one year and plans the next
        (2024年工作总结及2025年工作打算)."""
        if self._years is None:
            reading, _ = self._read()
            years = set()
            for n in range(len(self._quantities)):
                period, stated = reading.period(n)
                # (全年…增长9.2% under 一、2024年工作情况: the year written last before a value names none)
                year = period.year if stated and period is not None and period.year else reading.year(n)
                if year is not None and year.isdigit():
                    years.add(year)
            self._years = frozenset(years)
        return self._years

    def year(self, span: tuple[int, int]) -> str | None:
        """The year stated last before a quantity (see Reading.year)."""
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.year(n)

    def sentence(self, span: tuple[int, int]) -> tuple[str, int] | None:
        """A quantity's full sentence in simplified characters and where the quantity starts in it (see
        Reading.sentence); None for a span that is no quantity of the source."""
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.sentence(n)

    def sentence_start(self, span: tuple[int, int]) -> int | None:
        """Where a quantity's full sentence starts in the reading (see Reading.sentence_start)."""
        reading, index = self._read()
        n = index.get(span)
        return None if n is None else reading.sentence_start(n)

    def all(self) -> dict[tuple[int, int], Tie]:
        reading, _ = self._read()
        return {(q.start, q.end): t for q, t in zip(self._quantities, reading.all(), strict=True)}


@lru_cache(maxsize=4096)
def compact(raw: str) -> str:
    """The text as the parser reads it, without whitespace (ruby, width, traditional forms and OCR breaks gone)."""
    return no_space(textmap.folded(raw))


def show(q: Quantity) -> str:
    """A source quantity as a person reads it: 突破125亿元, 10万吨/年 (ruby and OCR breaks dropped)."""
    shown = compact(q.raw)
    if q.value < 0 and "-" not in shown:
        shown += f" (a fall: {format_value(q.value, q.unit)})"
    return shown


def find_quote(src: Source, quote: str) -> tuple[int, int] | None:
    """Where the source holds `quote`: as it stands, across OCR breaks, or written in the other script
    (a traditional quote of a simplified source, or the reverse; the conversion is one for one)."""
    q = compact(quote)
    if not q or len(q) > 400:
        return None
    at = src.view.text.find(q)  # the common case: the quote as it stands
    if at >= 0:
        return src.view.to_original(at, at + len(q))
    q, text = to_simplified(q), src.simplified_text()
    at = text.find(q)
    if at >= 0:
        return src.view.to_original(at, at + len(q))
    m = re.search(r"\s*".join(map(re.escape, q)), text)  # across OCR breaks
    return src.view.to_original(*m.span()) if m else None


def repeats_of(src: Source, quote: str) -> list[tuple[int, int]]:
    """Where the source holds `quote`, as it stands, after the first place (find_quote's): a clause a page writes
    twice (10亿元以上项目1个 of the projects signed and of those begun) may be the figure's at either."""
    q = compact(quote)
    text = src.view.text
    out, at = [], text.find(q) if q else -1
    while at >= 0:
        out.append(src.view.to_original(at, at + len(q)))
        at = text.find(q, at + 1)
    return out[1:]


def pool(src: Source, c: Claim) -> Iterable[Quantity]:
    """Quantities that may equal the claim. An exact claim in a plain unit is looked up by value;
    the comparison in check_claim still decides, so the lookup can only narrow, never accept."""
    if c.tolerance == 0 and c.accepts and "*" not in c.accepts and c.unit not in (PERCENT, MULTIPLE):
        return [q for q in src.by_number.get(key(c.value), ()) if q.unit in c.accepts]
    return src.candidates(c)


def _standing_alone(text: str, q: Quantity) -> bool:
    """Whether a number stands apart as a table's cell does, a gap, bar or line end on one side at least (| 421.07 |;
    企业200 “家以上 of a page whose text was cut into pieces), not inside words (中国500强企业)."""
    before = text[q.start - 1:q.start] if q.start else "\n"
    after = text[q.end:q.end + 1] or "\n"
    return before in _CELL_EDGE or after in _CELL_EDGE


_CELL_EDGE = frozenset(" \t\n\r|｜\u3000\xa0")


def key(v: float) -> float:
    return float(f"{v:.9g}")
