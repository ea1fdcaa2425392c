"""The marked extraction (SUMMARISER_EXTRACT=marked): the parser's quantities marked in a chunk with
letters, a model's answer keyed by mark turned back into figures whose value, unit and quote are the
source's. The texts are our own sentences in the genre; the model is a scripted server (no network)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from summariser import ConfigError, Document, Settings, clean, summarise
from summariser.core.wire import MarkedExtraction, marked_answer
from summariser.llm.modes import forget_modes, schema_note
from summariser.llm.prompts import load
from summariser.llm.schemas import compact_schema
from summariser.numbers.check import check_figures
from summariser.numbers.source import read_source
from summariser.pipeline.model.marks import (
    CLOSE,
    CODES,
    MARK,
    MAX_MARKS,
    OPEN,
    OfflineReading,
    codes,
    mark_chunk,
    marks_in,
    quote_of,
    same_number,
    unmark,
)
from summariser.text.chunk import chunk_text

from .scripted_server import REPAIR, Reply, ScriptedServer, completion, first_user, repair_items

TEXT = ("某县上半年工业经济运行平稳\n上半年，全县规模以上工业增加值同比增长6.4%，规上工业总产值完成215.7亿元。"
        "工业企业利润总额下降3.2%，新增规上工业企业18家。5亿元至10亿元项目开工9个。"
        "下半年，力争规上工业增加值增长7%以上。")


@pytest.fixture(autouse=True)
def _forget_probes() -> None:
    forget_modes()


def marked_of(text: str) -> Any:
    c = clean(text)
    return c, mark_chunk(read_source(c.text), chunk_text(c)[0])


def answer(summary: str = "", **figures: dict[str, Any] | None) -> MarkedExtraction:
    return MarkedExtraction.model_validate({"figures": figures, "headline": "上半年工业运行", "summary": summary})


# ---------------------------------------------------------------- marking


def test_marks_are_letters_no_model_can_read_as_digits() -> None:
    first = list(codes())[:30]
    assert first[:3] == ["A", "B", "C"] and first[23] == "Z" and first[24:26] == ["AA", "AB"]
    assert not any(ch in "IO" or ch.isdigit() for code in codes() for ch in code)
    assert len(set(codes())) == len(list(codes()))


def test_each_quantity_is_marked_right_after_it_and_nothing_else_changes() -> None:
    c, marked = marked_of(TEXT)
    assert list(marked.marks) == ["A", "B", "C", "D", "E", "F", "G"]
    assert MARK.sub("", marked.text) == c.text  # only marks were added
    for code, q in marked.marks.items():
        at = marked.text.index(f"{OPEN}{code}{CLOSE}")
        assert marked.text[:at].endswith(q.raw)
        assert c.text[q.start:q.end] == q.raw  # the marks' quantities are in the clean text's offsets
    assert "6.4%〔A〕，" in marked.text and "7%以上〔G〕" in marked.text
    assert not re.search(r"\d" + CLOSE, marked.text)  # no mark holds a digit


def test_a_bare_bound_or_one_of_a_thing_gets_no_mark() -> None:
    """亿元以上 has no number to copy (a model copies the next one instead), 一家 is no figure."""
    c, marked = marked_of("全县亿元以上项目开工12个，其中一家企业投资5亿元以上。")
    assert [q.raw for q in marked.marks.values()] == ["12个", "5亿元以上"]
    assert marked.text == "全县亿元以上项目开工12个〔A〕，其中一家企业投资5亿元以上〔B〕。"


def test_a_later_chunk_is_marked_from_its_own_start_with_offsets_in_the_whole_text() -> None:
    c = clean("\n".join(f"{town}镇上半年规上工业产值完成{n}.5亿元，同比增长{n % 9}.2%，新增企业{n}家。"
                         for n, town in enumerate("东南西北中上下前后左右内外", start=11)))
    chunks = chunk_text(c, max_chars=200, overlap=40)
    assert len(chunks) > 1
    later = mark_chunk(read_source(c.text), chunks[1])
    assert next(iter(later.marks)) == "A"
    for q in later.marks.values():
        assert chunks[1].start <= q.start and c.text[q.start:q.end] == q.raw


# ---------------------------------------------------------------- the answer back into figures


def test_an_answer_keyed_by_mark_becomes_the_source_quantities_figures() -> None:
    c, marked = marked_of(TEXT)
    got, notes = unmark(OfflineReading(read_source(c.text)), marked, answer(
        summary="全县规上工业增加值增长6.4%〔A〕。",
        A={"number": "6.4%", "indicator": "规模以上工业增加值", "period": "上半年"},  # a part of the reading's name
        B={"number": "215.7亿元", "indicator": "规上工业总产值", "period": None},  # the reading's name; no period
        C={"number": "3.2%", "indicator": "利润〔C〕", "period": "预测"},  # a bare word; 预测 is no period
        D=None,  # null (the schema sent allows none; a server that does not hold to it may send one)
        E={"number": "5亿元至10亿元", "indicator": "项目", "period": ""},
        G={"number": "7%以上", "indicator": "规上工业增加值增速", "period": "下半年"}))  # F not answered
    rows = [(f.indicator, f.value, f.value_high, f.unit, f.qualifier, f.measure, f.kind, f.period, f.quote)
            for f in got.figures]
    assert rows == [
        ("规模以上工业增加值增速", 6.4, None, "%", "=", "growth", "actual", "上半年",
         "全县规模以上工业增加值同比增长6.4%"),
        ("规上工业总产值", 215.7, None, "亿元", "=", "level", "actual", "上半年", "规上工业总产值完成215.7亿元"),
        ("工业企业利润总额增速", -3.2, None, "%", "=", "growth", "actual", "上半年", "工业企业利润总额下降3.2%"),
        # the kind is the reading's: a size class, a goal (力争)
        ("项目", 5, 10, "亿元", "=", "level", "threshold", "上半年", "5亿元至10亿元"),
        ("规上工业增加值增速", 7, None, "%", ">=", "growth", "target", "下半年", "力争规上工业增加值增长7%以上"),
    ]
    assert got.summary == "全县规上工业增加值增长6.4%。" and got.headline == "上半年工业运行"
    assert "5 figures' values, units, quotes and kinds taken from the source" in notes[0]
    assert "3 figures' indicators and 3 figures' periods from the source's reading" in notes[0]
    assert notes[1] == "marked extraction: left out: 1 the model answered null; 1 marks the model did not answer"
    # every figure made is the checker's to judge, and it finds each at its own quantity
    checks = check_figures(c.text, got.figures)
    assert not [v for v in checks if v.status.value not in ("supported", "unconfirmed")]
    assert [v.span for v in checks] == [(q.start, q.end) for k, q in marked.marks.items() if k in "ABCEG"]


def test_the_models_indicator_stands_where_it_is_a_fuller_writing_of_the_readings_in_the_sentence() -> None:
    c, marked = marked_of("全市工业投资完成120亿元，同比增长8%。")
    got, notes = unmark(OfflineReading(read_source(c.text)), marked,
                        answer(A={"number": "120亿元", "indicator": "全市工业投资", "period": None},
                               B={"number": "8%", "indicator": "全市工业投资增速", "period": None}))
    # 全市工业投资 holds the reading's 工业投资 and is the sentence's; 全市工业投资增速 is not written there
    assert [f.indicator for f in got.figures] == ["全市工业投资", "工业投资增速"]
    assert "1 figures' indicators and 0 figures' periods from the source's reading" in notes[0]


def test_a_slid_or_unknown_entry_is_dropped_never_moved() -> None:
    c, marked = marked_of(TEXT)
    got, notes = unmark(OfflineReading(read_source(c.text)), marked, answer(
        # slid: mark B with C's number, mark C with D's (the model lost its place by one)
        B={"number": "3.2%", "indicator": "工业企业利润总额"},
        C={"number": "18家", "indicator": "新增规上工业企业"},
        D={"number": "18家", "indicator": "新增规上工业企业"},
        Q={"number": "9个", "indicator": "项目"},  # a mark the chunk does not have
        F={"number": "", "indicator": "开工项目"}))  # no number copied: nothing to tell, kept
    assert [(f.value, f.unit) for f in got.figures] == [(18, "家"), (9, "个")]
    assert notes[1] == ("marked extraction: left out: 2 whose number is not the one before its mark; 1 with a mark "
                        "the chunk does not have; 3 marks the model did not answer")


@pytest.mark.parametrize(("copied", "raw_at", "same"), [
    ("6.4%", "A", True), ("6.4", "A", True), ("16.4%", "A", False), ("215.7亿元", "A", False),
    ("5亿元至10亿元", "E", True), ("10亿元", "E", True), ("7%以上〔G〕", "G", True), ("7.1%", "G", False),
    ("2023年度18家", "D", True), ("2023年", "D", False)])
def test_the_copied_number_is_read_as_a_check_of_the_mark(copied: str, raw_at: str, same: bool) -> None:
    _, marked = marked_of(TEXT)
    assert same_number(copied, marked.marks[raw_at]) is same


def test_a_number_written_in_chinese_numerals_is_compared_as_written() -> None:
    _, marked = marked_of("全县新增规上工业企业三十家，占比提高两成。")
    q = next(iter(marked.marks.values()))
    assert same_number("三十家", q) and not same_number("二十家", q)


def test_the_quote_widens_until_the_checker_finds_it_at_its_own_quantity() -> None:
    text = clean("一季度，工业投资增长5%。上半年，工业投资增长5%，技改投资增长8%。").text
    second = [q for q in mark_chunk(read_source(text), chunk_text(text)[0]).marks.values() if q.raw == "5%"][1]
    assert quote_of(read_source(text), second) == "上半年，工业投资增长5%"


# ---------------------------------------------------------------- prompt, settings


def test_the_marked_prompt_holds_no_number_and_no_example_indicator() -> None:
    for mode in ("json_object", "json_schema", "tools"):
        system = load("extract_marked").render(schema_note=schema_note(MarkedExtraction, mode), language="Chinese")
        assert not re.search(r"\d", system), (mode, re.findall(r".{20}\d.{20}", system))
        # an example indicator in the instructions was copied into most entries in a trial
        assert not re.search("工业|增加值|产值|投资|企业|项目", system), mode


def test_a_marked_entry_is_written_number_first_then_what_it_is() -> None:
    """The number first (copied from before the mark: the check the entry is the mark's), then the
    indicator and period read around it; no kind (the reading's is taken)."""
    figure = compact_schema(MarkedExtraction)["$defs"]["MarkedFigure"]
    assert list(figure["properties"]) == ["number", "indicator", "period"]
    assert set(figure["required"]) == set(figure["properties"])
    assert re.match(figure["properties"]["number"]["pattern"], "215.7亿元")
    for runaway in ("215.7亿元〔B〕", "10条A优势产业链", "全县215.7亿元", "6.4%，规上工业总产值"):
        assert not re.match(figure["properties"]["number"]["pattern"], runaway), runaway


def test_the_schema_sent_keys_figures_by_the_chunks_marks_and_the_reply_is_read_leniently() -> None:
    _, marked = marked_of(TEXT)
    shape = marked_answer(tuple(marked.marks))
    assert shape is marked_answer(tuple(marked.marks)) and issubclass(shape, MarkedExtraction)
    figures = compact_schema(shape)["properties"]["figures"]
    assert list(figures["properties"]) == figures["required"] == ["A", "B", "C", "D", "E", "F", "G"]
    assert figures["additionalProperties"] is False
    assert figures["properties"]["A"] == {"$ref": "#/$defs/MarkedFigure"}  # an entry for every mark, none null
    # a server that does not enforce the schema may leave a mark out or send another: no schema error
    reply = shape.model_validate({"figures": {"Z": {"number": "1%", "indicator": "x"}}, "headline": "", "summary": ""})
    assert list(reply.figures) == ["Z"]
    assert marked_answer(()) is MarkedExtraction
    # the prompt shows the shape keyed by a mark, and names no mark of the chunk (the same for every chunk)
    assert '"figures":{"A":{"number":"","indicator":"","period":""}}' in schema_note(MarkedExtraction, "json_object")


def test_a_marked_chunk_holds_at_most_max_marks() -> None:
    text = clean("，".join(f"{n}号园区产值{n}.5亿元" for n in range(MAX_MARKS + 5)) + "。").text
    marked = mark_chunk(read_source(text), chunk_text(text, max_chars=5000)[0])
    assert len(marked.marks) == MAX_MARKS and marked.unmarked == 5 and list(marked.marks) == list(CODES)
    assert marks_in(text) == MAX_MARKS + 5


def test_the_extraction_setting() -> None:
    # marked by default: on a 1.5B model it found 0.94-0.96 of the figures where free extraction found 0.17
    assert Settings.from_env(env={}).extract == "marked"
    assert Settings.from_env(env={"SUMMARISER_EXTRACT": "free"}).extract == "free"
    with pytest.raises(ConfigError, match="SUMMARISER_EXTRACT"):
        Settings.from_env(env={"SUMMARISER_EXTRACT": "loose"})


# ---------------------------------------------------------------- the engine, against a scripted server


RAW = "\ufeff  " + TEXT.replace("。", "。\r\n")  # a BOM, spaces and CRLF: the clean text's offsets are not the raw's


def marked_model(body: dict[str, Any], target_period: str | None = None) -> Reply:
    """A scripted model of the marked prompt: every mark answered, its number copied from before the mark,
    the words of its clause as the indicator, no period but `target_period` for the target (力争); a re-ask
    answered with each failing figure's period the one its sentence states."""
    props = json.dumps(body.get("response_format"), ensure_ascii=False)
    if '"ok"' in props:
        return Reply(body=completion('{"ok": true}'))
    user = first_user(body)
    if user.startswith(REPAIR):
        fixed = [{**row, "period": "下半年"} for row, _ in repair_items(user) if isinstance(row, dict)]
        return Reply(body=completion(json.dumps({"figures": fixed, "headline": "", "summary": ""}, ensure_ascii=False)))
    figures: dict[str, Any] = {}
    for m in re.finditer(r"([^，。〕]*?)([\d.]+[^，。〔\d]*)〔([A-Z]+)〕", user):
        words, number, code = m.groups()
        figures[code] = {"number": number, "indicator": re.sub(r"[\d.%亿元家个]", "", words)[-10:] or "x",
                         "period": target_period if "力争" in words else None}
    reply = {"figures": figures, "headline": "上半年工业运行平稳", "summary": "全县规上工业增加值增长6.4%〔A〕。"}
    return Reply(body=completion(json.dumps(reply, ensure_ascii=False), tokens=(300, 120)))


def marked_settings(server: ScriptedServer, tmp_path: Path, **kw: Any) -> Settings:
    return Settings.from_env(env={}, base_url=server.url, model="scripted", cache_dir=str(tmp_path / "cache"),
                             timeout=5.0, mode="json_object", extract="marked").with_(**kw)


def test_the_engine_sends_the_marked_chunk_and_makes_source_figures_with_raw_spans(tmp_path: Path) -> None:
    with ScriptedServer(lambda body, n: marked_model(body)) as server:
        got = summarise(Document(id="t", text=RAW), settings=marked_settings(server, tmp_path))
    (body,) = server.extraction_requests()
    marks = ("A", "B", "C", "D", "E", "F", "G")
    assert body["response_format"] == {"type": "json_object", "schema": compact_schema(marked_answer(marks))}
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    # the system prompt is the same for every chunk (a server's prefix cache reuses it): the marks are
    # named in the schema only
    assert system == load("extract_marked").render(schema_note=schema_note(MarkedExtraction, "json_object"),
                                                   language="Chinese (简体中文)")
    assert "增长6.4%〔A〕，规上工业总产值完成215.7亿元〔B〕。" in user and "7%以上〔G〕" in user
    assert got.provenance.prompt_version.startswith("extract_marked@") and got.provenance.calls == 1
    assert got.summary == "全县规上工业增加值增长6.4%。"
    assert [(f.value, f.unit) for f in got.figures] == [(6.4, "%"), (215.7, "亿元"), (-3.2, "%"), (18, "家"),
                                                        (5, "亿元"), (9, "个"), (7, "%")]
    # the scripted model gave none: each the reading's, where one is in force for the value
    assert [f.period for f in got.figures] == ["上半年", "上半年", "上半年", None, None, None, "下半年"]
    assert [f.kind for f in got.figures] == ["actual", "actual", "actual", "actual", "threshold", "actual", "target"]
    assert any("figures' periods" in n for n in got.provenance.notes)
    for f in got.figures:
        assert f.check is not None and f.check.span is not None
        a, b = f.check.span
        assert RAW[a:b] == f.quote[-(b - a):]  # the span is the quantity's, in the raw input
        assert f.quote in RAW


def test_a_chunk_whose_answer_is_cut_off_is_asked_again_in_two_halves(tmp_path: Path) -> None:
    def cut_when_whole(body: dict[str, Any], n: int) -> Reply:
        if "〔G〕" in first_user(body) and "〔A〕" in first_user(body):  # the whole chunk: a reply that runs out
            return Reply(body=completion('{"figures": {"A": {"number": "6.4%", "indicator": "', finish="length"))
        return marked_model(body)

    with ScriptedServer(cut_when_whole) as server:
        got = summarise(Document(id="t", text=RAW), settings=marked_settings(server, tmp_path))
    whole, first, second, reduce = server.extraction_requests()  # (two parts: their summaries reduced)
    assert "6.4%〔A〕" in first_user(whole) and "6.4%〔A〕" in first_user(first) and "6.4%" not in first_user(second)
    assert "利润总额下降3.2%〔A〕" in first_user(second) and "6.4%" in first_user(reduce)
    assert [(f.value, f.unit) for f in got.figures] == [(6.4, "%"), (215.7, "亿元"), (-3.2, "%"), (18, "家"),
                                                        (5, "亿元"), (9, "个"), (7, "%")]
    assert got.provenance.calls == 4 and any("asked again in two halves" in n for n in got.provenance.notes)


def test_a_marked_figure_the_checker_fails_is_re_asked_as_today(tmp_path: Path) -> None:
    """The model's period stands where it writes one: a wrong one fails the check, and is re-asked."""
    with ScriptedServer(lambda body, n: marked_model(body, target_period="一季度")) as server:
        got = summarise(Document(id="t", text=RAW), settings=marked_settings(server, tmp_path).with_(reasks=1))
    first, second = server.extraction_requests()
    assert first_user(second).startswith(REPAIR)
    rows = [row for row, _ in repair_items(first_user(second)) if isinstance(row, dict)]
    assert [(r["value"], r["unit"], r["period"]) for r in rows] == [(7.0, "%", "一季度")]
    target = next(f for f in got.figures if f.value == 7)
    assert target.period == "下半年" and target.check is not None and target.check.status.value == "supported"
    assert got.provenance.calls == 2 and got.provenance.retries == 1
