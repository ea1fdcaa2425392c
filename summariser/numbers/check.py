"""The rule-based cross-checker: a verdict on every number a summary claims.

A claim is resolved to a canonical value and base unit, then compared with every quantity the parser
finds in the source: equal after unit conversion and with a qualifier no stronger than the source's
is `supported`; equal to a sum, difference or ratio of two quantities in one sentence is `derived`;
a number the source only has as a label, code or phone number is `not_a_quantity`; anything else is
`unsupported`, with a reason naming what differs. A quote is only used to prefer a match: the number
itself must be found.

The source is a value (numbers/source.Source, built once per document by `read_source`): both
engines and assembly pass it in (`figure_checks`, `text_checks`), and it carries the verdicts found
against it. The public `check_figures` and `check_text` take the text: they read it through the one
memo on texts (`reading_of`), so that a caller checking one source several times reads it once.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from typing import Any, Iterable, Mapping, NamedTuple, TypeVar, cast

from pydantic import BaseModel

from ..core.chars import SENTENCE_BREAK
from ..core.errors import InputError, require
from ..core.models import CheckStatus, FigureCheck, NumberCheck
from ..core.simplify import simplified
from ..core.wraps import unwrapped
from .attribution import Tie, blank, forget_attribution, has_subject, indicator_words, periods_of_values
from .claims import Claim, as_number, claim_from_figure, claims_in_text, fields_of, forget_claims
from .compare import FRACTION_WRITTEN, qualifier_ok, same, value_match, verdict
from .derive import derive
from .explain import explain, unit_unread
from .judge import (
    OK,
    UNSURE,
    WRONG,
    claimed_head,
    claimed_text,
    claimed_words,
    derives_for,
    direction,
    judge,
    names_nothing,
)
from .periods import periods_in
from .quantities import Mention, Quantity, forget_scans
from .source import Source, compact, find_quote, pool, read_source, repeats_of, show
from .units import PERCENT, POINTS

_Check = TypeVar("_Check", FigureCheck, NumberCheck)


def check_claim(src: Source, c: Claim) -> FigureCheck:
    """The verdict on one canonical claim against the source `src` (found once: `src` carries it, for
    a figure is checked when the model answers, when chunks merge and when the summary is assembled)."""
    got = src.verdicts.get(c)
    if got is None:
        got = src.verdicts[c] = _verdict(src, c)
    return got


def _verdict(src: Source, c: Claim) -> FigureCheck:
    if not c.finite:
        return FigureCheck(status=CheckStatus.unsupported, canonical_unit=c.unit,
                           reason=f"the claim's value {c.written} is not a finite number; no source states one.")
    qspan = find_quote(src, c.quote) if c.quote else None
    found = _Found.of(src, c, _candidates(src, c, qspan))
    if found.supported is not None:
        q, how = found.supported
        if c.quote and not qspan:
            # A quote is the figure's evidence: one the source lacks is never trusted, whatever the number.
            return verdict(c, CheckStatus.unconfirmed, f"source says {show(q)}, but the quote is not in the source; "
                           f"claim is {c.written}.", (q.start, q.end), show(q))
        return verdict(c, CheckStatus.supported, f"source says {show(q)}{how}; claim is {c.written}.",
                       (q.start, q.end), show(q))
    return found.otherwise(src, c) or _not_stated(src, c, qspan)


def _candidates(src: Source, c: Claim, qspan: tuple[int, int] | None) -> list[Quantity]:
    """The source quantities the claim may be about. The quote is the figure's evidence: where it holds
    the claimed value, that value decides, and the same number tied elsewhere to the claimed indicator
    or period does not rescue a claim the quote contradicts (a reader checks the quote, not the article)."""
    order = list(pool(src, c))
    if qspan:
        spans = sorted([qspan, *repeats_of(src, c.quote)])
        # (a quantity is inside one where the farthest end of those starting at or before it is at or after its end:
        # found by bisection, not a pass over a quote's repeats per quantity)
        starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
        inside = [q for q in order if (i := bisect.bisect_right(starts, q.start) - 1) >= 0 and q.end <= reach[i]
                  and value_match(c, q) is not None]
        order = inside or order
    return order


class _Found(NamedTuple):
    """What the quantities of the claimed value say of the claim: the first that supports it (with how),
    else the first that leaves it open, ties it elsewhere, or states it with a weaker qualifier."""

    supported: tuple[Quantity, str] | None
    unsure: tuple[Quantity, str] | None
    misplaced: tuple[Quantity, str] | None
    weak: Quantity | None

    @classmethod
    def of(cls, src: Source, c: Claim, order: list[Quantity]) -> _Found:
        weak = misplaced = unsure = headline = None
        # whether a value the claim may be of is another period's, or another kind's, as its own sentence reads it
        dated = False
        for q in order:
            how = value_match(c, q)
            if how is None:
                continue
            if not qualifier_ok(c.qualifier, q.qualifier) or (how == "range end" and c.qualifier in ("=", "~")):
                weak = weak or q  # (one end of 5—10亿元 claimed as the exact value is not what the source says)
                continue
            j = judge(src, c, q) if c.attributed else None
            said = _restated_by(src, q)
            if j is not None and j.status == WRONG:
                misplaced = misplaced or (q, j.reason)
                dated = dated or bool(said & j.wrong)
            elif j is not None and j.status == UNSURE:
                unsure = unsure or (q, j.reason)
                dated = dated or bool(said & j.open)  # (nor does a body that leaves the claimed period open)
            elif _unit_left_out(c, q):
                weak = weak or q  # the right value of the right thing, but not as the source gives it
            elif c.attributed and _undated_title(src, c, q):
                headline = headline or (q, _how(c, q, how))
            else:
                return cls((q, _how(c, q, how)), None, None, None)
        # (a title restates a figure without its period: the body's sentence, which dates it, says which; and says
        # whether it is a result or a goal: 此次集中开工项目…总投资326亿元 under a title of 总投资326亿元)
        if headline is not None and not dated:
            return cls(headline, None, None, None)
        return cls(None, unsure, misplaced, weak)

    def otherwise(self, src: Source, c: Claim) -> FigureCheck | None:
        """The verdict when no quantity supports the claim: unconfirmed before misattributed (another
        reading of the same value neither confirms nor refutes it: say so, do not guess)."""
        if self.unsure is None and self.misplaced is not None:
            # (工业投资21.4亿元 in the prose, and a table's cell 21.4 with no unit read: the cell may be the claim's)
            unread = unit_unread(src, c)
            if unread is not None:
                return unread
        for status, found in ((CheckStatus.unconfirmed, self.unsure), (CheckStatus.misattributed, self.misplaced)):
            if found is not None:
                q, why = found
                return verdict(c, status, why, (q.start, q.end), show(q))
        if c.indicator and c.value > 0 and c.unit in (PERCENT, POINTS):
            turned = direction(src, c)
            if turned is not None:
                return turned
        if self.weak is not None and _unit_left_out(c, self.weak):
            q = self.weak
            return verdict(c, CheckStatus.unsupported, f"source says {show(q)}; claim is {c.written}, without the "
                           f"unit the source gives it ({q.unit}).", (q.start, q.end), show(q))
        if self.weak is not None and self.weak.value_high is not None:
            q = self.weak
            return verdict(c, CheckStatus.unsupported, f"source gives the range {show(q)}; claim is {c.written}, one "
                           f"end of it as the value.", (q.start, q.end), show(q))
        if self.weak is not None:
            q = self.weak
            return verdict(c, CheckStatus.unsupported, f"source says {show(q)}; claim is {c.written}, a stronger "
                           f"qualifier than the source gives ({q.qualifier} in the source, {c.qualifier} claimed).",
                           (q.start, q.end), show(q))
        return None


_TITLE_RESTATES = frozenset({"period", "kind"})  # (what a body's sentence says of a figure its title restates)
_PERIOD = frozenset({"period"})


def _restated_by(src: Source, q: Quantity) -> frozenset[str]:
    """What a value's reading says of a figure the page's title restates: its period, and its kind where the value
    is in the body's sentences, not on another title line."""
    return _TITLE_RESTATES if src.tie_of.title_of((q.start, q.end)) is None else _PERIOD


def _undated_title(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether `q` is on the page's title without the claimed period (a title that writes it dates the value
    as the claim does, whatever the body's sentence is read as)."""
    line = src.tie_of.title_of((q.start, q.end))
    return line is not None and not (c.period and simplified(c.period).strip() in line)


def _unit_left_out(c: Claim, q: Quantity) -> bool:
    """A claim with no unit (49.8) of a value the source gives one (49.8%): not the source's figure. A
    bare scale (12亿) stands for yuan, as these articles write it, and for nothing else (not 12亿美元)."""
    if c.accepts or not q.unit:
        return False
    if q.unit == PERCENT and FRACTION_WRITTEN.search(q.raw):
        return False  # (三分之一 claimed as 0.3333: the source writes no unit either)
    return not (c.number != c.value and q.unit == "元")



def _how(c: Claim, q: Quantity, how: str) -> str:
    where = " (one end of the range)" if how == "range end" else ""
    if c.tolerance and not same(c.value, q.value_high if how == "range end" and q.value_high else q.value, 0):
        where += " (the claim rounds it)"
    return where


def _not_stated(src: Source, c: Claim, qspan: tuple[int, int] | None) -> FigureCheck:
    """A value the source does not state as a quantity: a bare number copied, derived, or why not."""
    if not c.accepts and c.tolerance == 0 and not (c.quote and not qspan):  # a bare number copied as it stands?
        bare = _bare_number(src, c, qspan)
        if bare is not None:
            return bare
    # (a quote the source lacks derives nothing; another place's figures derive nothing of the claim's)
    derived = None if c.quote and not qspan else derive(src, c, lambda q: derives_for(src, c, q))
    if derived:
        (a, b), how = derived
        return verdict(c, CheckStatus.derived, f"not stated, but {how} gives {c.written}, within one sentence "
                       f"of the source.", (min(a.start, b.start), max(a.end, b.end)), how)
    return explain(src, c)


def _bare_number(src: Source, c: Claim, qspan: tuple[int, int] | None) -> FigureCheck | None:
    """The verdict on a claim of a number the source writes with no unit (指数为99.9): supported where the text,
    read with its unitless numbers, ties it to the claimed indicator, period and kind; unconfirmed where it
    does not (99.9 is the 环比 index, and 94.6 after it the 同比 one); None where the source has no such number.
    (inside the claim's quote where it gives one: not the list number 1. of 1.经济指标)"""
    open_: tuple[Quantity, str] | None = None
    for q in src.bare:
        if q.unit or not same(q.value, c.value, 0) or (qspan is not None and not qspan[0] <= q.start < qspan[1]):
            continue
        # (a number of free text, 对接中国500强企业, says no period or kind: it is the source's bare number as written)
        j = judge(src.bare_read(), c, q) if c.attributed and (c.period or c.kind) else None
        if j is None or j.status == OK:
            return verdict(c, CheckStatus.supported, f"the source has the bare number {show(q)}; claim is "
                           f"{c.written}.", (q.start, q.end), show(q))
        open_ = open_ or (q, j.reason)
    if open_ is None:
        return None
    q, why = open_
    return verdict(c, CheckStatus.unconfirmed, f"the source has the bare number {show(q)}: {why}",
                   (q.start, q.end), show(q))


# ---------------------------------------------------------------- public


@lru_cache(maxsize=16)
def reading_of(text: str) -> Source:
    """`text` read for checking, through the one memo on texts: the public functions that take a text
    (`check_figures`, `check_text`, `quote_span`, `ties_of`) read it here, so that checking one source
    several times (a validator run on each answer, figures then a summary) reads it once. The engines
    read a document once themselves (`read_source`) and pass the Source on: they never come here."""
    # (a page set at its width, as text copied from a PDF is, is read with its wrapped line ends left out: 预计⏎全市…
    # governs the list it opens, 4779⏎1元 is one number; the spans handed back are the text's as given)
    given = unwrapped(text)
    if type(given.origin) is range:
        return read_source(text)
    return replace(read_source(given.text), given=given)


def _given_span(src: Source, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`span` of the text `src` read, as a span of the text its caller gave (see `reading_of`)."""
    return span if span is None or src.given is None else src.given.to_original(*span)


def _as_given(src: Source, v: _Check, text: str) -> _Check:
    """A verdict found against `src`, the reading of `text`, with its span and matched words `text`'s (see
    `reading_of`)."""
    if src.given is None or v.span is None:
        return v
    a, b = src.given.to_original(*v.span)
    return v.model_copy(update={"span": (a, b), "matched": text[a:b] if v.matched == src.text[slice(*v.span)]
                                else v.matched})


def as_source(text: str | Source) -> Source:
    """A Source as it is, or a text read through the memo on texts (`reading_of`)."""
    return text if isinstance(text, Source) else reading_of(text)


def quote_span(text: str | Source, quote: str) -> tuple[int, int] | None:
    """Where `text` (or the text a Source read) holds `quote`, as the checker finds it (simplified or
    traditional, ruby and spaces aside); None when it does not."""
    if not quote.strip():
        return None
    src = as_source(text)
    found = find_quote(src, quote)
    return found if isinstance(text, Source) else _given_span(src, found)


def ties_of(text: str | Source) -> dict[tuple[int, int], Tie]:
    """What `text` ties each of its quantities to (indicator words, period in force, kind), by the
    quantity's span: the reading the checker holds claims to."""
    src = as_source(text)
    ties = src.tie_of.all()
    return ties if src.given is None else {cast(tuple[int, int], _given_span(src, k)): t for k, t in ties.items()}


def forget() -> None:
    """Empty the memo of texts read and the memos of claims' words and periods (benchmarks time cold
    passes with it). A Source's verdicts go with the Source."""
    reading_of.cache_clear()
    forget_scans()
    forget_claims()
    forget_attribution()
    for memo in (compact, claimed_text, claimed_words, claimed_head):
        memo.cache_clear()


def check_figures(source: str, figures: Iterable[BaseModel | Mapping[str, Any]]) -> list[FigureCheck]:
    """One verdict per figure (a Figure, or a dict with Figure fields or a `text` phrase)."""
    require(source, str, "check_figures() takes the source text as a str")
    if isinstance(figures, (str, bytes, BaseModel, Mapping)) or not isinstance(figures, Iterable):
        raise InputError("check_figures() takes a list of figures (Figure objects or dicts such as "
                         f"{{'value': 390, 'unit': '亿元'}}), not {type(figures).__name__}")
    src = reading_of(source)
    return [_as_given(src, v, source) for v in figure_checks(src, figures)]


def figure_checks(src: Source, figures: Iterable[BaseModel | Mapping[str, Any]]) -> list[FigureCheck]:
    """One verdict per figure against the source `src` (see `check_figures`)."""
    out: list[FigureCheck] = []
    for f in figures:
        require(f, (BaseModel, Mapping), "each figure is a Figure or a dict such as {'value': 390, 'unit': '亿元'}")
        claim = claim_from_figure(f)
        if claim is None:
            out.append(_unread(fields_of(f)))
            continue
        out.append(check_claim(src, claim))
    return out


def _unread(d: Mapping[str, Any]) -> FigureCheck:
    """The verdict of a figure that is no quantity: no number, a value or range end no number, an unknown unit."""
    what = d.get("text") if d.get("text") is not None else f"{d.get('value')}{d.get('unit') or ''}"
    value, high = d.get("value"), d.get("value_high")
    why = ("no number in it" if value is None else f"its value {value!r} is not a number" if as_number(value) is None
           else f"its range's end {high!r} is not a number" if high is not None and as_number(high) is None
           else f"unit {d.get('unit')!r} is not one it knows")
    return FigureCheck(status=CheckStatus.not_a_quantity, reason=f"cannot read {what!r} as a quantity: {why}.")


def check_text(source: str, text: str) -> list[NumberCheck]:
    """A verdict on every number in free text (a headline or summary, Chinese or English)."""
    require(source, str, "check_text() takes the source text as a str")
    require(text, str, "check_text() takes the text to check (a headline or summary) as a str")
    src = reading_of(source)
    return [_as_given(src, v, source) for v in text_checks(src, text)]


def text_checks(src: Source, text: str) -> list[NumberCheck]:
    """A verdict on every number of `text` against the source `src` (found once: `src` carries them, for
    a summary is checked when the model answers and again when it is assembled)."""
    got = src.text_verdicts.get(text)
    if got is None:
        got = src.text_verdicts[text] = _check_text(src, text)
    return list(got)


def _check_text(src: Source, text: str) -> tuple[NumberCheck, ...]:
    out: list[NumberCheck] = []
    words = _TextWords(text)
    for (a, b, raw), item in claims_in_text(text):
        if isinstance(item, Mention):
            kind = "a date or period" if item.kind in ("date", "period", "ordinal") else f"a {item.kind}"
            out.append(NumberCheck(status=CheckStatus.not_a_quantity, reason=f"{raw} is {kind}, not a quantity.",
                                   raw=raw, text_span=(a, b)))
            continue
        v = check_claim(src, words.claim(a, item))
        out.append(NumberCheck(**vars(v), raw=raw, text_span=(a, b)))
    return tuple(out)


_TEXT_CLAUSE = re.compile(r"[，,；;。！？!?：:、\n]")


class _TextWords:
    """What the words of free text tie its numbers to: the indicator words before a number in its
    clause (工业增加值增长20%) and the period in its sentence (一季度…), so that a number of a headline
    or summary is checked as a figure's is. The text is read once, whatever its length."""

    def __init__(self, text: str) -> None:
        self.text = simplified(text)
        # (比上年增长: a comparison's base is no period the number is of, and its words are no indicator's)
        self.periods = periods_of_values(self.text)
        self.period_ends = [b for _, b, _ in self.periods]
        self.plain = blank(self.text, [(a, b) for a, b, _ in periods_in(self.text)])  # periods are not indicator words
        self.clauses = [m.end() for m in _TEXT_CLAUSE.finditer(self.text)]
        self.sentences = [m.end() for m in SENTENCE_BREAK.finditer(self.text)]

    def claim(self, at: int, c: Claim) -> Claim:
        """`c` (the number at `at`) with the indicator and period its words give it."""
        clause = self.clauses[bisect.bisect_right(self.clauses, at) - 1] if self.clauses and self.clauses[0] <= at \
            else 0
        sentence = self.sentences[bisect.bisect_right(self.sentences, at) - 1] \
            if self.sentences and self.sentences[0] <= at else 0
        i = bisect.bisect_right(self.period_ends, at) - 1
        period = self.periods[i][2].raw if i >= 0 and self.periods[i][0] >= sentence else ""
        head = self.plain[clause:at].strip()
        # (…增长9.1%，高于全市1.8个百分点: a clause that names only what it is compared with, or whose it is, names
        # no indicator to hold the number to; the number is checked by its period alone, as one with no words is)
        indicator = head if has_subject(indicator_words(head)) and not names_nothing(head) else ""
        if not (indicator or period):
            return c
        return c._replace(indicator=indicator, period=period)
