"""Chunking: budgets, boundaries, overlap, offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser import clean, extract_quantities
from summariser.text.chunk import chunk_text

from .conftest import ROOT

SENTENCES = [
    "全市规上工业增加值同比增长8.5%。", "新增规上企业26家，总数达到413家。",
    "打造“157”产业集群，落实“5011”工作机制。", "印发《关于加快推进工业技改投资的若干措施》。",
    "完成工业投资158亿元，其中技改投资62.4亿元！",
    "日产量从8万副增加到30万副；", "项目总投资5亿元至10亿元",
    "“日产量从之前的8万副增加到30万副，大大激发了活力。”他说。", "保持“拼、抢、实、快、精”的工作状态，",
    "落实《关于企业春节期间不停工、不停产的若干措施》，", "完成投资1,234.5万元，",
    "营收12,345,678元；",
]


def _forbidden(text: str) -> list[tuple[int, int]]:
    spans = [(q.start, q.end) for q in extract_quantities(text)]
    spans += [m.span() for m in re.finditer(r"\d[\d,.]*\d", text)]
    for open_, close in (("“", "”"), ("《", "》")):
        i = text.find(open_)
        while i >= 0:
            j = text.find(close, i)
            if j < 0:
                break
            if j - i <= 30:
                spans.append((i, j + 1))
            i = text.find(open_, j)
    return spans


def _check(text: str, chunks: list, max_chars: int) -> None:
    assert chunks
    for c in chunks:
        assert c.text == text[c.start:c.end]
        assert 0 < len(c.text) <= max_chars
        for a, b in _forbidden(text):
            assert not (a < c.start < b) and not (a < c.end < b), (text[a:b], c)
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    for prev, nxt in zip(chunks, chunks[1:], strict=False):
        assert prev.start < nxt.start <= prev.end + 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=40), st.lists(st.booleans(), min_size=40, max_size=40),
       st.integers(60, 400), st.integers(0, 29))
def test_chunks_respect_budget_and_never_cut_numbers_or_quotes(sents: list[str], paras: list[bool], max_chars: int,
                                                                overlap: int) -> None:
    text = "".join(s + ("\n" if p else "") for s, p in zip(sents, paras, strict=False))
    _check(text, chunk_text(text, max_chars=max_chars, overlap=overlap), max_chars)


def test_a_short_text_is_one_chunk() -> None:
    text = "全市规上工业增加值同比增长8.5%。"
    assert [(c.start, c.end) for c in chunk_text(text)] == [(0, len(text))]


def test_ends_at_sentence_and_paragraph_ends() -> None:
    text = "".join(SENTENCES[:5]) * 6
    for c in chunk_text(text, max_chars=120, overlap=0)[:-1]:
        assert c.text[-1] in "。！；”\n", c.text


def test_overlap_repeats_whole_sentences() -> None:
    text = "".join(f"第{i}句新增企业{i}家。" for i in range(1, 60))
    chunks = chunk_text(text, max_chars=100, overlap=30)
    for prev, nxt in zip(chunks, chunks[1:], strict=False):
        shared = prev.end - nxt.start
        assert 0 < shared <= 30 + 12
        assert text[nxt.start - 1] == "。"


def test_a_size_function_such_as_tokens() -> None:
    text = "".join(SENTENCES) * 5
    chunks = chunk_text(text, max_chars=10_000, overlap=0, size=lambda s: len(s) // 2, max_size=60)
    assert len(chunks) > 1 and all(len(c.text) // 2 <= 60 for c in chunks)


def test_sections_are_hard_breaks_and_offsets_map_to_raw() -> None:
    raw = (ROOT / "examples" / "articles" / "county_paper_ocr_page.txt").read_text(encoding="utf-8")
    c = clean(raw)
    chunks = chunk_text(c, max_chars=3000)
    assert [ch.section for ch in chunks] == [s.title for s in c.sections]
    for ch in chunks:
        a, b = c.to_raw(ch.start, ch.end)
        assert raw[a:b].replace(" ", "").startswith(ch.text[:4])


def test_one_overlong_sentence_is_cut_at_clauses_not_inside_numbers() -> None:
    text = "，".join(f"某县新增规上工业企业{i}家、总投资{i}.5亿元" for i in range(1, 40)) + "。"
    _check(text, chunk_text(text, max_chars=80, overlap=0), 80)


@pytest.mark.parametrize("kw", [{"max_chars": 10}, {"max_chars": 100, "overlap": 60}, {"size": len}])
def test_bad_arguments(kw: dict) -> None:
    with pytest.raises(ValueError):
        chunk_text("全市增长8.5%。", **kw)


def test_a_chunk_is_halved_at_the_sentence_end_nearest_its_middle_with_its_offsets() -> None:
    from summariser.text.chunk import halves

    text = "前言。上半年，全县规上工业增加值增长6.4%。总产值215.7亿元。利润总额下降3.2%。"
    (chunk,) = chunk_text(text, max_chars=200, overlap=0)
    got = halves(chunk)
    assert got is not None
    first, second = got
    assert first.text + second.text == chunk.text and first.end == second.start
    assert text[first.start:first.end] == first.text and text[second.start:second.end] == second.text
    assert first.text.endswith("6.4%。") and halves(first) is not None
    assert halves(chunk_text("全县规上工业增加值增长6.4%。", max_chars=200, overlap=0)[0]) is None
