"""Regression tests on recorded HTTP exchanges with a real OpenAI-compatible server.

The cassettes in cassettes/ were recorded by cassettes/record.sh from a llama-cpp-python server
running SmolLM2-135M on 127.0.0.1. The model is tiny: it invents numbers and loops. These tests show
the pipeline handling that (mode probe, re-asks with the checker's reasons, flags, error records),
and never reporting an unchecked number.

CI only replays (record mode `none`). A request that differs from the recording (a prompt or schema
change) fails with advice to re-record: `bash cassettes/record.sh` (or, with any live endpoint,
`SUMMARISER_RECORD_MODE=once SUMMARISER_BASE_URL=... pytest tests/test_cassettes.py` after deleting
the cassette files).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from summariser import Document, DocumentSummary, RetriesExhausted, Settings, summarise
from summariser.llm.modes import forget_modes

from .conftest import ROOT

vcr = pytest.importorskip("vcr")

CASSETTES = ROOT / "cassettes"
RECORD_MODE = os.environ.get("SUMMARISER_RECORD_MODE", "none")
BASE_URL = os.environ.get("SUMMARISER_RECORD_BASE_URL", "http://127.0.0.1:8765/v1")
MODEL = os.environ.get("SUMMARISER_RECORD_MODEL", "smollm2")
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "cookie", "set-cookie", "openai-organization",
                  "openai-project"]

SHORT = ("襄城区前三季度工业经济稳中有进\n1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元。"
         "新增规上工业企业26家。")


def _canonical_body(r1: Any, r2: Any) -> None:
    def canon(body: Any) -> str:
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        try:
            return json.dumps(json.loads(body or "null"), ensure_ascii=False, sort_keys=True)
        except json.JSONDecodeError:
            return str(body)

    if canon(r1.body) != canon(r2.body):
        raise AssertionError("request body differs from the recording (prompt, schema or settings changed): "
                             "re-record with `bash cassettes/record.sh`")


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for h in list(headers):
        if h.lower() in SECRET_HEADERS or h.lower() in ("date", "server"):
            headers.pop(h)
    return response


def recorder() -> Any:
    v = vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode=RECORD_MODE,
                match_on=["method", "path", "canonical_body"], filter_headers=SECRET_HEADERS,
                before_record_response=_scrub_response, decode_compressed_response=True)
    v.register_matcher("canonical_body", _canonical_body)
    return v


@pytest.fixture(autouse=True)
def _fresh_probe() -> None:
    forget_modes()


def cassette_settings(tmp_path: Path, **kw: Any) -> Settings:
    base = dict(base_url=BASE_URL, model=MODEL, cache_dir=str(tmp_path / "cache"), max_tokens=600, timeout=600.0,
                mode="auto")
    base.update(kw)
    s = Settings.from_env(env={}, **{k: v for k, v in base.items() if k not in ("reasks", "schema_retries")})
    return s.with_(reasks=kw.get("reasks", 1), schema_retries=kw.get("schema_retries", 1), transport_retries=0)


def use(name: str) -> Any:
    path = CASSETTES / f"{name}.yaml"
    if RECORD_MODE == "none" and not path.exists():
        pytest.skip(f"{path.name} not recorded: run bash cassettes/record.sh")
    return recorder().use_cassette(f"{name}.yaml")


def assert_every_number_checked(r: DocumentSummary, source: str) -> None:
    """The invariant the whole project exists for: no number leaves without a verdict."""
    for f in r.figures:
        assert f.check is not None, f
        if f.check.status.value in ("unsupported", "not_a_quantity"):
            assert "unsupported by the source" in f.flags
        if f.check.span is not None:
            a, b = f.check.span
            assert 0 <= a <= b <= len(source)
    assert sum(r.checks.text.values()) >= len(r.checks.unsupported_in_text)


def run_or_error(doc: str, settings: Settings) -> DocumentSummary | RetriesExhausted:
    try:
        return summarise(Document(id="t", text=doc), settings=settings)
    except RetriesExhausted as e:
        return e


def test_mode_probe_against_llama_cpp(tmp_path: Path) -> None:
    with use("probe_and_one_chunk") as cassette:
        got = run_or_error(SHORT, cassette_settings(tmp_path))
    bodies = [json.loads(r.body) for r in cassette.requests]
    # llama.cpp refuses json_schema; the probe falls back to json_object and remembers it
    assert bodies[0]["response_format"]["type"] == "json_schema"
    assert all(b["response_format"]["type"] == "json_object" for b in bodies[1:])
    assert "schema" in bodies[1]["response_format"]
    if isinstance(got, DocumentSummary):
        assert got.provenance.mode == "json_object" and got.provenance.engine == "llm"


def test_one_chunk_article_every_number_checked(tmp_path: Path) -> None:
    with use("probe_and_one_chunk"):
        got = run_or_error(SHORT, cassette_settings(tmp_path))
    if isinstance(got, RetriesExhausted):  # the tiny model broke JSON every time: a clear error with the evidence
        assert got.attempts >= 1 and got.last_raw is not None and got.usage["calls"] >= 1
        return
    assert got.provenance.chunks == 1
    assert_every_number_checked(got, SHORT)


ARTICLE = (ROOT / "examples" / "articles" / "xiangcheng_q3_industry.txt").read_text(encoding="utf-8")


def reask_settings(tmp_path: Path) -> Settings:
    return cassette_settings(tmp_path, reasks=1, schema_retries=1, summary_language="en", max_tokens=1500)


def test_re_ask_carries_the_checker_reasons(tmp_path: Path) -> None:
    """Asked for an English summary of a whole article, the tiny model invents figures; the
    checker's reasons go back to it."""
    doc = ARTICLE
    with use("reask") as cassette:
        got = run_or_error(doc, reask_settings(tmp_path))
    reasks = [json.loads(r.body)["messages"][-1]["content"] for r in cassette.requests
              if len(json.loads(r.body)["messages"]) > 2]
    assert reasks, "the recording holds no re-ask: the model's first answer passed the checker"
    assert all("did not pass the check" in m for m in reasks)
    # the checker's reasons (formatted "- figure N (...)" or "- summary number ..."), not only schema errors
    assert any(re.search(r"^- (?:figure \d+ \(|headline number|summary number)", m, re.M) for m in reasks)
    if isinstance(got, DocumentSummary):
        assert got.provenance.retries >= 1
        assert_every_number_checked(got, doc)


def test_cache_hit_makes_no_request(tmp_path: Path) -> None:
    """The re-ask scenario again, twice: the second run is answered from the cache alone."""
    with use("reask") as cassette:
        s = reask_settings(tmp_path)
        first = run_or_error(ARTICLE, s)
        n = cassette.play_count if RECORD_MODE == "none" else len(cassette.requests)
        assert isinstance(first, DocumentSummary), "the recorded re-ask run should end in a summary"
        forget_modes()
        second = run_or_error(ARTICLE, s)
        assert (cassette.play_count if RECORD_MODE == "none" else len(cassette.requests)) == n
    assert isinstance(second, DocumentSummary) and second.provenance.cache_hits == 1 and second.provenance.calls == 0
    assert [f.model_dump() for f in second.figures] == [f.model_dump() for f in first.figures]


def test_multi_chunk_article_with_reduce(tmp_path: Path) -> None:
    doc = (ROOT / "examples" / "articles" / "xiangcheng_q3_industry.txt").read_text(encoding="utf-8")
    with use("multi_chunk") as cassette:
        got = run_or_error(doc, cassette_settings(tmp_path, chunk_chars=500, reasks=0, schema_retries=1))
    bodies = [json.loads(r.body) for r in cassette.requests]
    extraction = [b for b in bodies if "figures" in json.dumps(b["response_format"])]
    assert len(extraction) >= 2
    if isinstance(got, DocumentSummary):
        assert got.provenance.chunks >= 2
        reduce = [b for b in bodies if "headline" in json.dumps(b["response_format"]) and
                  "figures" not in json.dumps(b["response_format"])]
        assert reduce, "no reduce call for a multi-chunk article"
        assert_every_number_checked(got, doc)
    else:
        assert got.last_raw is not None


def test_cassettes_hold_no_secrets() -> None:
    for p in CASSETTES.glob("*.yaml"):
        text = p.read_text(encoding="utf-8").lower()
        for h in SECRET_HEADERS:
            assert f"{h}:" not in text, (p.name, h)
        assert "sk-" not in text
