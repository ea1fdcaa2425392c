"""The re-ask of only what failed (summariser/feedback.py, put into its prompt by llm/reask.py): failing
figures as rows with the checker's reasons, each needed source sentence shown once and bounded,
nothing asked twice for nothing."""

from __future__ import annotations

import re

import pytest

from summariser import feedback
from summariser.core.models import CheckStatus, FigureCheck, NumberCheck
from summariser.core.wire import ChunkExtraction, FigureRepair, SummaryText
from summariser.feedback import COLUMNS, CheckedRepair, figure_problems, repair_reply, sentence_range
from summariser.llm.reask import repair_messages
from summariser.numbers.source import Source, read_source
from tests.scripted_server import repair_items

TEXT = ("1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元，新增规上工业企业26家。"
        "全区工业投资增长12.1%。力争全年新增规上工业企业35家以上。")
SRC = read_source(TEXT)


def _answer(*figures: dict[str, object], summary: str = "") -> ChunkExtraction:
    return ChunkExtraction.model_validate({"figures": list(figures), "headline": "", "summary": summary})


def _user(answer: ChunkExtraction, repair: CheckedRepair | None = None) -> str:
    repair = repair or CheckedRepair(SRC, FigureRepair)
    request = repair.request(answer)
    assert request is not None
    messages = repair_messages(request)
    assert len(messages) == 1 and messages[0]["role"] == "user"
    return messages[0]["content"]


TEN_TIMES = {"indicator": "规上工业总产值", "value": 4863, "unit": "亿元", "quote": "规上工业总产值完成486.3亿元"}
OTHER_VALUE = {"indicator": "新增规上工业企业", "value": 486.3, "unit": "家", "quote": "新增规上工业企业26家"}


def test_failing_figures_are_rows_under_one_header_with_their_reasons() -> None:
    user = _user(_answer(TEN_TIMES, {"indicator": "规上工业增加值增速", "value": 7.8, "unit": "%",
                                     "measure": "growth", "quote": "同比增长7.8%"}))
    assert user.count("\t".join(COLUMNS)) == 1
    (row, why), = repair_items(user)  # the figure that passed is not sent back
    assert isinstance(row, dict) and row["value"] == 4863 and row["quote"] == TEN_TIMES["quote"]
    assert why.startswith("× source says 486.3亿元") and "10×" in why
    assert "{" not in user.split("Reply")[0]  # rows, not the figure's JSON


def test_no_sentence_when_the_quote_holds_the_sources_reading() -> None:
    # 486.3亿元 is in the quote: the quote and the reason say it all, no sentence and no reading rules
    user = _user(_answer(TEN_TIMES))
    assert not re.search(r"^\[\d+\] ", user, re.M) and "quote verbatim" not in user
    # 26家 is the quote's, the claimed 486.3 is elsewhere: the sentence and the rules for reading it again
    user = _user(_answer(OTHER_VALUE))
    assert re.findall(r"^\[(\d+)\] ", user, re.M) == ["1"] and "quote verbatim" in user


def test_a_sentence_two_failing_figures_came_from_is_shown_once() -> None:
    user = _user(_answer(OTHER_VALUE, {"indicator": "规上工业增加值增速", "value": 26, "unit": "%",
                                       "measure": "growth", "quote": "同比增长7.8%"}))
    assert re.findall(r"^\[(\d+)\] ", user, re.M) == ["1"], user  # one numbered sentence for both figures
    assert [why.endswith("[1]") for _, why in repair_items(user)] == [True, True]
    assert "全区工业投资增长12.1%" not in user  # the sentence no failing figure came from is not sent


def test_neighbouring_sentences_stay_apart_and_each_is_numbered() -> None:
    user = _user(_answer(OTHER_VALUE, {"indicator": "工业投资增速", "value": 26, "unit": "%", "measure": "growth",
                                       "quote": "全区工业投资增长12.1%"}))
    assert [n for n, _ in re.findall(r"^\[(\d+)\] (.*)$", user, re.M)] == ["1", "2"]
    assert "[2] 全区工业投资增长12.1%。" in user


def test_a_long_sentence_is_cut_around_the_value() -> None:
    text = "，".join(["推进工作"] * 60) + "，新增企业26家，" + "，".join(["加强服务"] * 60) + "。"
    at = text.index("26家")
    lo, hi = sentence_range(text, (at, at + 3))
    assert 0 < lo < at and at + 3 < hi < len(text) and hi - lo < 80


def test_a_summary_number_is_sent_with_its_reason_and_the_reply_names_only_what_is_asked() -> None:
    user = _user(_answer(summary="全区工业投资增长21.1%。"))
    (line, why), = repair_items(user)
    assert line == "summary: 全区工业投资增长21.1%。" and "21.1%" in why
    shape = user.split("Reply", 1)[1]
    assert '"summary"' in shape and '"figures"' not in shape and '"headline"' not in shape


def test_what_came_back_unchanged_is_not_asked_again_at_temperature_zero() -> None:
    wrong = _answer(TEN_TIMES, OTHER_VALUE)
    repair = CheckedRepair(SRC, FigureRepair)
    assert len(repair_items(_user(wrong, repair))) == 2
    # the reply fixed one figure and sent the other back as it was
    fixed = {"indicator": "规上工业总产值", "value": 486.3, "unit": "亿元", "quote": TEN_TIMES["quote"]}
    merged = repair.merge(wrong, FigureRepair.model_validate({"figures": [fixed, OTHER_VALUE]}))
    assert sorted(f.value for f in merged.figures) == [486.3, 486.3]
    assert repair.request(merged) is None  # nothing new to ask: stop
    # with sampling a second ask may answer otherwise: it is asked again
    again = CheckedRepair(SRC, FigureRepair, repeat=True)
    _user(wrong, again)
    merged = again.merge(wrong, FigureRepair.model_validate({"figures": [fixed, OTHER_VALUE]}))
    assert [row["quote"] for row, _ in repair_items(_user(merged, again))] == [OTHER_VALUE["quote"]]


def test_a_reply_replaces_only_the_figures_it_was_asked_about() -> None:
    passing = {"indicator": "工业投资增速", "value": 12.1, "unit": "%", "measure": "growth",
               "quote": "全区工业投资增长12.1%"}
    wrong = _answer(passing, TEN_TIMES)
    repair = CheckedRepair(SRC, FigureRepair)
    _user(wrong, repair)
    merged = repair.merge(wrong, FigureRepair.model_validate({"figures": []}))  # the model dropped it
    assert [f.value for f in merged.figures] == [12.1]


def test_the_repair_reply_of_an_extraction_holds_only_what_a_repair_sends_back() -> None:
    assert repair_reply(ChunkExtraction) is FigureRepair
    assert repair_reply(SummaryText) is SummaryText
    assert set(FigureRepair.model_fields) == {"figures", "headline", "summary"}
    shape = _user(_answer(TEN_TIMES)).split("Reply", 1)[1]
    assert '"figures"' in shape and "measures" not in shape and "region" not in shape  # no whole skeleton


def test_an_unconfirmed_figure_or_summary_number_is_never_re_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # the checker cannot settle what the source ties these values to: a re-ask could only make the model guess
    answer = _answer(TEN_TIMES, OTHER_VALUE, summary="全区工业投资增长21.1%。")
    unsure = FigureCheck(status=CheckStatus.unconfirmed, reason="several readings fit", span=(3, 9))

    def figures(src: Source, found: list[object]) -> list[FigureCheck]:
        wrong = FigureCheck(status=CheckStatus.unsupported, reason="source says 26家")
        return [unsure if getattr(f, "value", None) == 4863 else wrong for f in found]

    def text_checks(src: Source, written: str) -> list[NumberCheck]:
        return [NumberCheck(status=CheckStatus.unconfirmed, reason="?", raw="21.1%", text_span=(8, 13))] \
            if written else []

    monkeypatch.setattr(feedback, "figure_checks", figures)
    monkeypatch.setattr(feedback, "text_checks", text_checks)
    problems = figure_problems(SRC)(answer)
    assert len(problems) == 1 and problems[0].startswith("figure 2 ")  # only the failing one
    (row, _), = repair_items(_user(answer))
    assert row["quote"] == OTHER_VALUE["quote"]
    monkeypatch.setattr(feedback, "figure_checks", lambda src, found: [unsure for _ in found])
    assert figure_problems(SRC)(answer) == []
    assert CheckedRepair(SRC, FigureRepair).request(answer) is None  # nothing to ask: no re-ask at all
