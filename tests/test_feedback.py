"""The re-ask of only what failed (pipeline/feedback.py): each source sentence shown once, bounded."""

from __future__ import annotations

import re

from summariser.core.models import ChunkExtraction, FigureRepair, SummaryText
from summariser.pipeline.feedback import CheckedRepair, figure_problems, repair_reply, sentence_range
from summariser.pipeline.messages import repair_system

TEXT = ("1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元，新增规上工业企业26家。"
        "全区工业投资增长12.1%。")


def _answer(*figures: dict[str, object]) -> ChunkExtraction:
    return ChunkExtraction.model_validate({"figures": list(figures), "headline": "", "summary": ""})


def _user(answer: ChunkExtraction) -> str:
    repair = CheckedRepair(TEXT, repair_system(FigureRepair), FigureRepair)
    messages = repair.messages(answer, figure_problems(TEXT)(answer))
    assert messages is not None
    return messages[1]["content"]


def test_a_sentence_two_failing_figures_came_from_is_shown_once() -> None:
    user = _user(_answer(
        {"indicator": "规上工业总产值", "value": 4863, "unit": "亿元", "quote": "规上工业总产值完成486.3亿元"},
        {"indicator": "新增规上工业企业", "value": 260, "unit": "家", "quote": "新增规上工业企业26家"}))
    shown = re.findall(r"^\[(\d+)\] ", user, re.M)
    assert shown == ["1"], user  # one numbered sentence for both figures
    assert user.count("sentences: [1]") == 2
    assert "全区工业投资增长12.1%" not in user  # the sentence no failing figure came from is not sent


def test_neighbouring_sentences_stay_apart_and_each_is_numbered() -> None:
    user = _user(_answer(
        {"indicator": "新增规上工业企业", "value": 260, "unit": "家", "quote": "新增规上工业企业26家"},
        {"indicator": "工业投资增速", "value": 121, "unit": "%", "measure": "growth",
         "quote": "全区工业投资增长12.1%"}))
    assert re.findall(r"^\[(\d+)\] (.*)$", user, re.M) == [
        ("1", TEXT.split("。")[0] + "。"), ("2", "全区工业投资增长12.1%。")]


def test_a_long_sentence_is_cut_around_the_value() -> None:
    text = "，".join(["推进工作"] * 60) + "，新增企业26家，" + "，".join(["加强服务"] * 60) + "。"
    at = text.index("26家")
    lo, hi = sentence_range(text, (at, at + 3))
    assert 0 < lo < at and at + 3 < hi < len(text) and hi - lo < 140


def test_the_repair_reply_of_an_extraction_holds_only_what_a_repair_sends_back() -> None:
    assert repair_reply(ChunkExtraction) is FigureRepair
    assert set(FigureRepair.model_fields) == {"figures", "headline", "summary"}
    system = repair_system(FigureRepair)
    assert '"figures"' in system and "measures" not in system and "region" not in system  # no whole skeleton
    assert '"figures"' not in repair_system(SummaryText)  # a summary's repair asks no figures
