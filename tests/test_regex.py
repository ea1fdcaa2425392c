"""Anchored patterns: the matches of finditer, tried only where a match can start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.core import wraps
from summariser.core.regex import Anchored
from summariser.numbers import attribution, english, kinds, periods, quantities

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "articles").glob("*.txt"))
# The patterns the parser, the period reader and the English reader search with, and their anchors.
ANCHORED = [("quantity", quantities._QTY_AT), ("period", periods._PERIOD_AT), ("english", english._RX_AT)]


def _spans(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if endpos is None else endpos
    return [m.span() for m in rx.finditer(text, pos, end) if m.end() > m.start()]


@pytest.mark.parametrize(("name", "anchored"), ANCHORED, ids=[n for n, _ in ANCHORED])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_same_matches_as_finditer_on_articles(name: str, anchored: Anchored, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    got = [m.span() for m in anchored.finditer(text)]
    assert got == _spans(anchored.pattern, text)
    assert got  # every example article has quantities, periods and digits to read


@given(st.text(alphabet="一二三四十两2023年第季度1-3月份前个全上下半增长20%以上亿元万吨负-−RMB billion yuan ，。、\n",
               max_size=80), st.data())
def test_the_same_matches_as_finditer_on_any_text(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    last = data.draw(st.integers(pos, max(pos, endpos)))
    for _, anchored in ANCHORED:
        every = _spans(anchored.pattern, text, pos, endpos)
        assert [m.span() for m in anchored.finditer(text, pos, endpos)] == every
        assert [m.span() for m in anchored.finditer(text, pos, endpos, last_start=last)] == \
            [s for s in every if s[0] <= last]


# The word patterns of kinds and the clause ends of the attribution reader: their anchors must hold every character a
# match can start with (a goal word left out would leave its values results).
WORDS = [("target", kinds._TARGET_AT), ("forecast", kinds._FORECAST_AT), ("plan", kinds._PLAN_AT),
         ("work", kinds._WORK_AT), ("goals led", kinds._GOALS_LED_AT), ("clause", attribution._CLAUSE_AT),
         ("broken number", quantities._BROKEN_NUMBER_AT), ("goals named", kinds._GOALS_NAMED_AT),
         ("plan sets out", kinds._PLAN_SETS_OUT_AT), ("line wrap", wraps._WRAP_AT),
         ("number wrap", wraps._NUMBER_WRAP_AT), ("mark wrap", wraps._MARK_WRAP_AT),
         ("inline goal heading", kinds._INLINE_GOAL_HEADING_AT), ("inline plan heading", kinds._INLINE_PLAN_HEADING_AT),
         ("estimate frame", kinds._ESTIMATE_FRAME_AT)]


@pytest.mark.parametrize(("name", "anchored"), WORDS, ids=[n for n, _ in WORDS])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_word_patterns_find_what_finditer_does_on_articles(name: str, anchored: Anchored, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [m.span() for m in anchored.finditer(text)] == _spans(anchored.pattern, text)


_WORDS_ALPHABET = ("力争确保将累计共争取目标任务数计划总投资同比增长冲刺锚定提出要求拟达到实现规划2025年今明新的一年"
                   "我们县还也预计估有望即可或建成后带动推进打造培育实施支持已百分点%％（(其中，,。；："
                   "\n 　\t元个项包括如下:73.6亿《》核心指标方案明确按照据经初步预估算一二三、！发展目标工作安排")


@given(st.text(alphabet=_WORDS_ALPHABET, max_size=60))
def test_the_word_patterns_find_what_finditer_does_on_any_text(text: str) -> None:
    for _, anchored in WORDS:
        assert [m.span() for m in anchored.finditer(text)] == _spans(anchored.pattern, text)


def test_a_first_character_left_out_loses_its_matches() -> None:
    # the anchor must hold every character a match can start with: without the sign, -5% is read as 5%
    rx = re.compile(r"-?\d+%")
    assert [m.group() for m in Anchored(rx, r"\d").finditer("降-5%")] == ["5%"]
    assert [m.group() for m in Anchored(rx, r"\d-").finditer("降-5%")] == ["-5%"]


_URL_PLAIN = re.compile(r"https?://[!-~]+|www\.[A-Za-z0-9./_-]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.]+",
                        re.ASCII)


@given(st.text(alphabet="hwtps:/.@a1-_%+中文 ，", max_size=40))
def test_the_url_pattern_written_from_one_class_finds_what_the_plain_alternation_does(text: str) -> None:
    url = dict(quantities._MENTIONS)["url"]
    assert isinstance(url, re.Pattern)
    assert [m.span() for m in url.finditer(text)] == [m.span() for m in _URL_PLAIN.finditer(text)]


# The patterns whose last match before each value is looked up among the page's (core.regex.Marks) instead of
# scanned for in the stretch before it: pipeline/figures._foreseen's words, Kinds._looked_back's periods.
def _marked() -> list[tuple[str, re.Pattern[str]]]:
    from summariser.pipeline import figures
    return [("forecast", figures._FORECAST_WORD), ("yield", figures._YIELD_ONCE_BUILT),
            ("target", figures._TARGET_WORD), ("done", figures._DONE_WORD), ("period named", kinds._PERIOD_NAMED)]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_last_mark_before_each_value_is_the_last_a_scan_of_its_sentence_finds(path: Path) -> None:
    from summariser.core.regex import Marks
    from summariser.numbers.spans import start_after
    text = path.read_text(encoding="utf-8")
    starts = [q.start for q in quantities.extract_quantities(text)]
    assert starts
    for _, rx in _marked():
        marks = Marks(rx, text)
        for at in starts:
            s0 = start_after(text, at, "。！？!?；;\n")
            scanned = list(rx.finditer(text, s0, at))
            got = marks.last(s0, at)
            assert (got and got.span()) == (scanned[-1].span() if scanned else None)


def test_a_mark_ending_past_the_stretch_is_not_in_it() -> None:
    from summariser.core.regex import Marks
    marks = Marks(re.compile(r"预计|目标"), "预计全年增长5%，目标8%。")
    assert marks.last_start(0, 9) == 0
    assert marks.last_start(0, 11) == 9
    assert marks.last_start(1, 9) == -1
    assert marks.last_start(9, 10) == -1


@pytest.mark.parametrize("text", [
    "上年工作回顾\n今年，全镇工业投资增长9%。",  # (回顾… runs on across the line end into the stretch)
    "一、回顾！2025年全镇完成技改投资12亿元。",
    "回顾过去一年？去年全镇工业产值增长7%。",
])
def test_a_mark_straddling_the_stretch_s_start_is_the_scan_s(text: str) -> None:
    from summariser.core.regex import Marks
    lo = max(text.find(c) for c in "\n！？") + 1
    hi = next(i for i in range(lo, len(text)) if text[i].isdigit() and i > lo + 4)
    scanned = list(kinds._PERIOD_NAMED.finditer(text, lo, hi))
    got = Marks(kinds._PERIOD_NAMED, text).last(lo, hi)
    assert (got and got.span()) == (scanned[-1].span() if scanned else None)
    assert got is not None


def test_a_match_only_a_cut_at_the_stretch_s_end_makes_is_the_scan_s() -> None:
    from summariser.core.regex import Marks
    rx = re.compile(r"预期(?!目标)|计划")
    text = "全镇预期目标增长6%。"
    # (the whole text's 预期 is followed by 目标: no match; cut before 目标, the stretch's scan finds it)
    assert Marks(rx, text).last_start(0, 4) == 2 == list(rx.finditer(text, 0, 4))[-1].start()
    assert Marks(rx, text).last_start(0, 8) == -1
