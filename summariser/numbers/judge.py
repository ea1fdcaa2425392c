"""Whether the source ties a quantity to what a claim says it is: the claimed indicator, period and
kind against the source's reading of the value (numbers/attribution.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..core.models import CheckStatus, FigureCheck
from ..core.simplify import simplified
from .attribution import bigrams, indicator_words, parse_period, size_band
from .claims import Claim
from .compare import qualifier_ok, value_match, verdict
from .quantities import Quantity
from .source import Source, compact, pool, show
from .units import PERCENT, POINTS

_CHANGE_WORDS = re.compile(r"增加|减少|新增|多|少|增长|下降|变化|增量")
# A claimed indicator contradicts the source's when another quantity's words hold at least this share
# of its (rarity-weighted) character pairs, and that much more than the words of the value it gives.
_FITS = 0.6
_DOMINATES = 0.15
_OWN = 0.25  # the weight share of claimed pairs only the value's own words hold, that makes it a paraphrase


@lru_cache(maxsize=4096)
def claimed_words(indicator: str) -> frozenset[str]:
    return bigrams(indicator_words(simplified(compact(indicator))))


_KINDS = ("actual", "target", "forecast")


def attribution_problem(src: Source, c: Claim, q: Quantity) -> str | None:
    """Why the source does not tie `q` to the claim's indicator, period or kind; None when it does."""
    span = (q.start, q.end)
    claimed = claimed_words(c.indicator) if c.indicator else frozenset()
    # A claim that names only a period (全年…) is checked against the source's periods alone: the
    # source's indicator reading, most of the cost of a check, is made when a claim needs it.
    tie = src.tie_of.get(span) if claimed or c.kind in _KINDS else None
    in_force = (tie.period, tie.stated) if tie is not None else src.tie_of.period(span)
    if in_force is None:
        return None
    problems: list[str] = []
    other: Quantity | None = None
    best = 0.0
    if tie is not None and claimed:
        tied = src.tied(c)
        near = tied.near
        w = tied.weights(claimed)
        total = sum(w.values()) or 1.0  # a claim whose pairs no tie holds fits nothing
        # how much of the claim's weighted pairs a tie's words hold, 0 to 1
        weight = w.get
        own = sum(weight(g, 0.0) for g in claimed & tie.pairs) / total
        # A rival's score is at most 1: when the value's own words hold nearly all of the claim, none
        # can hold _DOMINATES more, and the ties need not be compared (the common case, a right claim).
        for r, t in near if own < 1 - _DOMINATES + 1e-9 else ():
            shared = claimed & t.pairs
            if not shared or r is q:
                continue
            score = sum(map(w.__getitem__, shared)) / total  # a near tie's pairs all have weights
            if score < _FITS or score - own < _DOMINATES or value_match(c, r) is not None:
                continue
            # Only a rival that holds (nearly) every claimed pair the value's own words hold, and more
            # of them, contradicts the claim (新进规企业 against 小进规企业): where the value's words
            # name a telling part of the claim the rival lacks (食品 in 食品行业增加值), it is a paraphrase.
            unique = sum(w.get(g, 0.0) for g in claimed & tie.pairs - t.pairs)
            if unique < _OWN * total and (other is None or score > best):
                other, best = r, score
        band = size_band(c.indicator)
        if other is None and band is not None and size_band(tie.shown) not in (None, band):
            # 10亿元以上项目 is not 5亿元至10亿元项目, however alike their other words
            other = next((r for r, t in near if r is not q and size_band(t.shown) == band), None)
            problems.append("indicator")
        elif other is not None:
            problems.append("indicator")
    claimed_period = parse_period(c.period) if c.period else None
    # Only a period stated before the value contradicts a claim: the article's first, written after
    # it, is a guess (and a chunk read alone would guess another).
    period, stated = in_force
    if claimed_period is not None and period is not None and stated and claimed_period.conflicts(period):
        problems.append("period")
    if tie is not None and tie.kind and c.kind in _KINDS and "actual" in (c.kind, tie.kind) and tie.kind != c.kind:
        problems.append("kind")
    # 较去年同期增加47家 is a change, not a level: claimed as the count itself, with no word of change
    if q.measure == "change" and c.measure == "level" and q.unit not in (PERCENT, POINTS) \
            and not _CHANGE_WORDS.search(c.indicator or ""):
        problems.append("measure")
    if not problems:
        return None
    tie = tie or src.tie_of.get(span)  # the reason names the source's words
    if tie is None:
        return None
    where = ", ".join(x for x in (tie.period.raw if tie.period and "period" in problems else None,
                                  tie.kind if "kind" in problems else None) if x)
    said = f"source gives {show(q)} to {_brief(tie.shown)}" + (f" ({where})" if where else "")
    # The brackets name the source's period or kind exactly where the claim's differs, and "for 工业投资
    # it gives 34%" says its indicator is wrong: only what neither says is spelled out.
    claim = "; ".join(x for x in (f"the claim puts it under {c.indicator}"
                                  if "indicator" in problems and other is None else "",
                                  "claims a change as a level" if "measure" in problems else "") if x)
    also = f"; for {c.indicator} it gives {show(other)}" if other is not None else ""
    return f"{said}{also}" + (f": {claim}." if claim else ".")


_BRIEF = 26  # characters of the source's indicator words a reason shows, at most


def _brief(words: str) -> str:
    """Long indicator words (a whole list before 共…纳入) cut to their start and the words nearest the value."""
    return words if len(words) <= _BRIEF else f"{words[:6]}…{words[-(_BRIEF - 7):]}"


# Words of an indicator that carry a fall or a gap below: the claim may then write the value unsigned.
_DOWN_WORDS = re.compile(r"低于?|慢于?|下拉|下降|下滑|回落|减少|降幅|落后")
_UP_WORDS = re.compile(r"高于?|快于?|拉动|增长|增加|提高|上升|领先")


def direction(src: Source, c: Claim) -> FigureCheck | None:
    """A claim written unsigned whose indicator says the direction (低于全市平均 8.4 for the source's
    −8.4 points): supported when the words say down, misattributed when they say up."""
    flipped = c._replace(value=-c.value, number=-c.number)
    for q in pool(src, flipped):
        if value_match(flipped, q) is None or not qualifier_ok(c.qualifier, q.qualifier):
            continue
        words = simplified(c.indicator)
        if _DOWN_WORDS.search(words):
            return verdict(c, CheckStatus.supported, f"source says {show(q)}; claim is {c.written} under "
                            f"{c.indicator}, whose words carry the fall.", (q.start, q.end), show(q))
        if _UP_WORDS.search(words):
            return verdict(c, CheckStatus.misattributed, f"source gives {show(q)}, a fall or a gap below; "
                            f"the claim puts {c.written} under {c.indicator}, a rise or a gap above.",
                            (q.start, q.end), show(q))
    return None
