"""The small helpers the judgement's concerns share: the verdict's names (OK, UNSURE, WRONG), the Judgement
and the finding each check returns, and the words of a claim and of a value as they are compared (claimed_text,
claimed_words, claimed_head; a value's own words, shown and as compared; their character pairs)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ..attribution import Tie, bigrams, indicator_words
from ..quantities import Quantity
from ..source import HAN_ONLY, Source, compact
from ..spans import start_after

_KINDS = ("actual", "target", "forecast")
_BOUNDS = (">", ">=", "<", "<=")
_PERCENT_MEASURES = ("share", "growth")

OK, UNSURE, WRONG = "ok", "unsure", "wrong"


class Judgement(NamedTuple):
    """What the source's reading says of a claim on one of its quantities: `ok` (it confirms the
    claimed indicator, period and kind), `wrong` (it ties the value to something else) or `unsure`
    (it can do neither), with the reason for a person."""

    status: str
    reason: str = ""
    wrong: frozenset[str] = frozenset()  # what it ties otherwise: indicator, period, kind, measure, subject
    open: frozenset[str] = frozenset()  # what it can neither confirm nor refute (`unsure`): the same names


class _Finding(NamedTuple):
    status: str  # OK, UNSURE or WRONG
    what: str  # indicator, period, kind or measure
    rival: Quantity | None = None  # the value the source gives the claimed indicator, when another


_FINE = _Finding(OK, "")


@lru_cache(maxsize=4096)
def claimed_text(indicator: str) -> str:
    """A claimed indicator as the source is read: ruby, spaces and traditional forms gone."""
    return simplified(compact(indicator))


@lru_cache(maxsize=4096)
def claimed_words(indicator: str) -> frozenset[str]:
    return bigrams(indicator_words(claimed_text(indicator)))


@lru_cache(maxsize=4096)
def claimed_head(indicator: str) -> str:
    """The last pair of a claimed indicator's words, which names what is counted or measured (税收 of
    全部投产后税收, 全国 of 增速高于全国), without the words of how it changed (增长, 增速)."""
    words = _HOW.sub("", indicator_words(claimed_text(indicator)))
    return words[-2:] if len(words) >= 2 else ""


_HOW = re.compile(r"(?:增长|下降|变化|增加|减少|增收|减收|同期|平均|占比|比重)+$")


_RARE = 1.0  # a pair's rarity weight, log(1 + ties / ties holding it), from which it tells one value from another


def _sentence_start(text: str, at: int) -> int:
    """Where the full sentence holding `at` starts: after its line's start or the last full stop before it."""
    return start_after(text, at, FULL_STOP + "\n")


def _own_shown(tie: Tie) -> str:
    """The value's own words as written (after the last …), simplified."""
    return simplified(tie.shown).rsplit("…", 1)[-1]


_PULLED = re.compile(r"拉动|带动|上拉|下拉|拉高|拉升")


# An average over years or months (两年平均增长6.1%, 年均增长, 各月累计平均增速保持在10%以上) written just before
# a value, and a claim that says so.
# (not 高于全省平均增速8.2个百分点: the average of peers)
_AVERAGE = re.compile(r"(?:年均|年平均|月均|累计平均|各月平均)(?:增长|增速|增幅|下降)[^，,；;。\d]{0,6}$")


_STRETCH_OF_YEARS = re.compile(r"(?:19|20)\d{2}年?\s*(?:[-—－~～]|至|到)\s*(?:19|20)\d{2}年|"
                               r"[一二三四五]五(?:”)?(?:期间|以来)|"
                               r"[两三四五六七八九十\d]年(?:来|间|以来)|"
                               # (过去五年，…年均增长7.2%: a report's review)
                               r"(?:过去的?|近)[两三四五六七八九十\d]年")


# Words of a direction and their opposites: a claim that says one where the value's words say the other.
_OPPOSITE = (("收窄", "扩大"), ("缩小", "扩大"), ("加快", "回落"), ("加快", "放缓"), ("高于", "低于"), ("快于", "慢于"),
             ("拉动", "下拉"),
             ("提高", "下降"), ("上升", "下降"), ("增长", "下降"), ("提高", "回落"), ("提高", "放缓"), ("加快", "下降"),
             ("上升", "回落"), ("回升", "回落"), ("回升", "下降"), ("超过", "低于"))


def _signed_as_said(m: re.Match[str]) -> str:
    return "下降" if m.group().startswith("负") else "增长"


def _own_words(tie: Tie) -> str:
    """The value's own words as compared (indicator_words of _own_shown)."""
    return indicator_words(_own_shown(tie))


def _compared_claim(written: str) -> str:
    """A claimed indicator as its words are compared, in Han characters only (规模以上工业增加值: 规上工业增加值)."""
    return "".join(HAN_ONLY.findall(indicator_words(written)))


def _said_of_each(tie: Tie) -> bool:
    """Whether the value's own words say it of each of the values before it (完成总产值19556亿元、增加值4878亿元，
    同比均增长6.5%): what they measure is any of theirs, not only the one its words name."""
    return _OF_EACH.search(_own_shown(tie)) is not None


# (not 平均 nor 年均: 两年平均增长14.8%, 年均增长26% are averages, said of one thing)
_OF_EACH = re.compile(r"(?<![平年月日人户亩])均(?:实现)?(?:增长|下降|提高|回落|为|达到?)$")


_HOW_WORDS = re.compile(r"增长|下降|增加|减少|增收|减收|提高|提升|回落|上升|下滑|占比|比重|增速|降幅|增幅")


# Words of a value's clause that say what is done with it or how it compares, not what it is of.
# (nor the unit of the value before it: 实现营业收入210.5亿元 增长9.9%)
_NOT_NAMING = re.compile(r"目标|任务|计划|推动|实施|完成|实现|有序|加快|达到|平均水平|高于|低于|快于|慢于|比|高|拉动|"
                         r"获批|获评|认定|入选|评为|"
                         r"增长面|新增|净增|累计|[万亿]?元")


def _sentence_view_start(src: Source, q: Quantity) -> int | None:
    """Where the value's full sentence starts in the view's text (Source.simplified_text's offsets)."""
    found = src.tie_of.sentence((q.start, q.end))
    return None if found is None else src.view_at(q.start) - found[1]


def _view_pairs(src: Source, span: tuple[int, int], unit: str) -> frozenset[str]:
    """The pairs of the words in the view's [start, end), the values written there and their units left out, and the
    own words of those of `unit` (where one is given) too."""
    text, (start, end) = src.simplified_text(), span
    cuts, named = [start], set[str]()
    for r in src.starting_in(src.view.to_original(start, start)[0], src.view.to_original(end, end)[0]):
        cuts += [src.view_at(r.start), src.view_at(r.end)]
        t = src.tie_of.get((r.start, r.end))
        if unit and r.unit == unit and t is not None:
            named |= t.pairs
    cuts.append(end)
    return frozenset(g for x, y in zip(cuts[::2], cuts[1::2], strict=True) if x < y
                     for g in bigrams(indicator_words(text[x:y]))) - named


def _pairs_of(words: str) -> frozenset[str]:
    # (the union of each part's pairs at once, not pair by pair through a generator: asked per claim and value)
    return frozenset().union(*map(bigrams, words.split()))


def _unchanged_pairs(words: str) -> frozenset[str]:
    """The pairs of a value's words apart from how it changed (增长, 下降…), none across such a word."""
    return _pairs_of(_HOW_WORDS.sub(" ", words))


def _naming_pairs_of(words: str) -> frozenset[str]:
    """The pairs of a value's words that name what it is of: not how it changed, nor what is done with it or how it
    compares (_NOT_NAMING)."""
    return _pairs_of(_NOT_NAMING.sub(" ", _HOW_WORDS.sub(" ", words)))
