"""The heart of the judgement: `judge`, the order of the checks a claim on one of the source's quantities goes
through (its period, measure, kind, indicator, subject, …) and the reason given for a person; `direction`, the
sign a claim's indicator says."""

from __future__ import annotations

import re

from ...core.models import CheckStatus, FigureCheck
from ...core.simplify import simplified
from ..attribution import Tie
from ..claims import Claim
from ..compare import claimed_measure, qualifier_ok, value_match, verdict
from ..quantities import NARROWING_FALLS, Quantity
from ..source import Source, pool, show
from ..units import PERCENT, POINTS
from .indicator import _bound_before_its_value, _bound_of_a_class, _contribution_claimed, _indicator
from .kind import _goal_tier, _kind
from .measure import (
    _basis_claimed,
    _changed_claimed,
    _gap_of_average,
    _gap_of_bare_share,
    _measure,
    _one_period_as_average,
    _pointed_share_s_part,
    _share_s_whole,
)
from .names import _bracket_label_claimed, _names_too_little, _own_name_s_figure
from .parts import _amount_before_its_noun
from .period import _period
from .sets import _covered_field, _growth_of_the_amount, _project_owner
from .subject import _only_compared, _subject, _whose
from .text import _AVERAGE, _KINDS, _PULLED, OK, UNSURE, WRONG, Judgement, _Finding, _own_shown, claimed_words


def judge(src: Source, c: Claim, q: Quantity) -> Judgement:
    """Whether the source ties `q` to the claim's indicator, period and kind."""
    span = (q.start, q.end)
    # (whose value it is, where the indicator does not say: 赣州市 of a claim on a province's bulletin)
    claimed = claimed_words(_whose(c) + c.indicator) if c.indicator else frozenset()
    # A claim that names only a period (全年…) is checked against the source's periods alone: the
    # source's indicator reading, most of the cost of a check, is made when a claim needs it.
    tie = src.tie_of.get(span) if claimed or c.kind in _KINDS or c.subject else None
    in_force = (tie.period, tie.stated) if tie is not None else src.tie_of.period(span)
    if in_force is None:
        return Judgement(OK)
    findings = [_period(src, c, span, in_force), _measure(c, q, tie), _gap_of_average(src, c, q),
                _gap_of_bare_share(src, c, q), _bound_of_a_class(src, c, q), _bound_before_its_value(src, c, q)]
    if c.indicator and _names_too_little(src, c, q, tie):
        findings.append(_Finding(UNSURE, "indicator"))
    if c.indicator and _own_name_s_figure(src, c, q):
        findings.append(_Finding(WRONG, "indicator"))
    if tie is not None:
        claimed = _contribution_claimed(c, tie, claimed)
        findings += [_kind(src, c, q, tie), _indicator(src, c, q, tie, claimed), _subject(src, c, q, tie),
                     _only_compared(src, c, q), _project_owner(src, c, q), _covered_field(src, c, q),
                     _growth_of_the_amount(src, c, q, tie), _goal_tier(src, c, q), _share_s_whole(src, c, q, tie),
                     _bracket_label_claimed(src, c, q, tie), _pointed_share_s_part(src, c, q, tie),
                     _basis_claimed(src, c, q, tie), _amount_before_its_noun(src, c, q)]
    wrong = [f for f in findings if f.status == WRONG]
    unsure = [f for f in findings if f.status == UNSURE]
    if not (wrong or unsure):
        return Judgement(OK)
    tie = tie or src.tie_of.get(span)  # the reason names the source's words
    if tie is None:
        return Judgement(OK)
    return Judgement(WRONG, _wrong_reason(c, q, tie, wrong), frozenset(f.what for f in wrong)) if wrong else \
        Judgement(UNSURE, _unsure_reason(c, q, tie, unsure), open=frozenset(f.what for f in unsure))


def _wrong_reason(c: Claim, q: Quantity, tie: Tie, wrong: list[_Finding]) -> str:
    problems = {f.what for f in wrong}
    other = next((f.rival for f in wrong if f.rival is not None), None)
    where = ", ".join(x for x in (tie.period.raw if tie.period and "period" in problems else None,
                                  tie.kind if "kind" in problems else None) if x)
    said = f"source gives {show(q)} to {_brief(tie.shown)}" + (f" ({where})" if where else "")
    # The brackets name the source's period or kind exactly where the claim's differs, and "for 工业投资
    # it gives 34%" says its indicator is wrong: only what neither says is spelled out.
    measured = _measure_said(c, q, tie) if "measure" in problems else ""
    claim = "; ".join(x for x in (f"the claim puts it under {c.indicator}"
                                  if "indicator" in problems and other is None else "", measured) if x)
    also = f"; for {c.indicator} it gives {show(other)}" if other is not None else ""
    return f"{said}{also}" + (f": {claim}." if claim else ".")


def _measure_said(c: Claim, q: Quantity, tie: Tie) -> str:
    """How a reason says the claim takes the source's measure for another (a share as a growth; a pull on a
    whole's growth; an average over years as one period's growth)."""
    if _AVERAGE.search(tie.shown) and q.unit == PERCENT:  # (两年平均增长6.1%, 年均增长10%以上)
        return "claims a growth averaged over years or months as one period's"
    if _one_period_as_average(c, q, tie):
        return "claims one period's growth as one averaged over years or months"
    pulled = q.unit == POINTS and _PULLED.search(_own_shown(tie)) is not None
    source_measure = "pull on a whole's growth" if pulled else tie.measure or q.measure or "level"
    as_what = claimed_measure(c)
    if as_what == source_measure and _changed_claimed(c, as_what):
        as_what = "change"  # (新开工项目数量增长 claimed for the count itself)
    return f"claims a {source_measure} as {f'a {as_what}' if as_what else 'another measure'}"


def _unsure_reason(c: Claim, q: Quantity, tie: Tie, unsure: list[_Finding]) -> str:
    whats = list(dict.fromkeys(f.what for f in unsure))
    # (the claim's own words for the first thing left open: 1-4月 for a period, not the indicator)
    claimed = {"period": c.period, "kind": c.kind}.get(whats[0]) or c.indicator or c.period or c.kind
    said = ("in a 分别 list whose items it does not name where this reading finds them" if tie.unnamed
            else f"with the words {_brief(tie.shown)}" if tie.shown else "with no words of its own")
    return (f"source has {show(q)}, {said}; they neither confirm nor refute the claimed {' and '.join(whats)} "
            f"({claimed}).")



_BRIEF = 26  # characters of the source's indicator words a reason shows, at most


def _brief(words: str) -> str:
    """Long indicator words (a whole list before 共…纳入) cut to their start and the words nearest the value."""
    return words if len(words) <= _BRIEF else f"{words[:6]}…{words[-(_BRIEF - 7):]}"


# Words of an indicator that carry a fall or a gap below: the claim may then write the value unsigned.
_DOWN_WORDS = re.compile(rf"低于?|慢于?|下拉|下降|下滑|回落|减少|降幅|落后|{NARROWING_FALLS}[^降]{{0,6}}(?:收窄|缩小)")
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
            # (the fall is the claim's value only where the source ties it to the claim's indicator and period)
            j = judge(src, flipped, q) if c.attributed else Judgement(OK)
            if j.status != OK:
                return verdict(c, CheckStatus.misattributed if j.status == WRONG else CheckStatus.unconfirmed,
                               j.reason, (q.start, q.end), show(q))
            return verdict(c, CheckStatus.supported, f"source says {show(q)}; claim is {c.written} under "
                            f"{c.indicator}, whose words carry the fall.", (q.start, q.end), show(q))
        if _UP_WORDS.search(words):
            return verdict(c, CheckStatus.misattributed, f"source gives {show(q)}, a fall or a gap below; "
                            f"the claim puts {c.written} under {c.indicator}, a rise or a gap above.",
                            (q.start, q.end), show(q))
    return None
