"""Regression tests on recorded HTTP exchanges with a real OpenAI-compatible server.

The cassettes in cassettes/ were recorded by cassettes/record.sh from a llama-cpp-python server
running SmolLM2-135M on 127.0.0.1. The model is tiny: it invents numbers. Each test replays one
behaviour end to end and asserts on what the code sent: the mode probe, a one-chunk extraction, a
re-ask carrying the checker's reasons for the recorded answer, a cache hit, and a multi-chunk
document whose reduce call carries the chunks' summaries. No invented number leaves unflagged.

CI only replays (record mode `none`). A request that differs from the recording (a prompt or schema
change) fails with advice to re-record: `bash cassettes/record.sh` (or, with any live endpoint,
`SUMMARISER_RECORD_MODE=once SUMMARISER_BASE_URL=... pytest tests/test_cassettes.py` after deleting
the cassette files).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from summariser import Document, DocumentSummary, Settings, clean, extract_quantities, summarise
from summariser.core.models import ChunkExtraction, FigureRepair, SummaryText
from summariser.llm.client import Client
from summariser.llm.modes import forget_modes
from summariser.llm.replies import json_tree
from summariser.llm.schemas import compact_schema
from summariser.pipeline.feedback import CheckedRepair, figure_problems

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


def cassette_settings(tmp_path: Path, *, reasks: int = 0, **kw: Any) -> Settings:
    base: dict[str, Any] = dict(base_url=BASE_URL, model=MODEL, cache_dir=str(tmp_path / "cache"), max_tokens=1500,
                                timeout=600.0, mode="json_object")
    base.update(kw)
    return Settings.from_env(env={}, **base).with_(reasks=reasks, schema_retries=1, transport_retries=0)


def use(name: str) -> Any:
    path = CASSETTES / f"{name}.yaml"
    if RECORD_MODE == "none" and not path.exists():
        pytest.skip(f"{path.name} not recorded: run bash cassettes/record.sh")
    return recorder().use_cassette(f"{name}.yaml")


def assert_every_number_checked(r: DocumentSummary, source: str, some: bool = True) -> None:
    """The invariant the whole project exists for: no number leaves without a verdict, and none
    passes as supported unless the source has it (`some`: and the recorded answer had figures)."""
    in_source = {(q.value, q.unit) for q in extract_quantities(clean(source).text)}
    assert r.figures or not some, "the recorded answer had figures"
    for f in r.figures:
        assert f.check is not None, f
        if f.check.status.value in ("supported", "derived"):
            assert f.check.status.value == "derived" or (f.check.canonical_value, f.check.canonical_unit) in in_source
        else:
            assert "unsupported by the source" in f.flags
        if f.check.span is not None:
            a, b = f.check.span
            assert 0 <= a <= b <= len(source)
    assert sum(r.checks.figures.values()) == len(r.figures)
    assert sum(r.checks.text.values()) >= len(r.checks.unsupported_in_text)


Exchange = tuple[dict[str, Any], "dict[str, Any] | None"]


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Exchange]:
    """What the code sent and what came back (None for a refused request), in order: in replay the
    cassette's own request list is the recording, not the code's requests."""
    exchanges: list[Exchange] = []
    real = Client.create

    async def spy(self: Client, usage: Any, body: dict[str, Any]) -> dict[str, Any]:
        try:
            reply = await real(self, usage, body)
        except Exception:
            exchanges.append((body, None))
            raise
        exchanges.append((body, reply))
        return reply

    monkeypatch.setattr(Client, "create", spy)
    return exchanges


def content(reply: dict[str, Any] | None) -> str:
    assert reply is not None
    return str(reply["choices"][0]["message"]["content"])


def played_all(cassette: Any) -> bool:
    """Every recorded exchange was asked for by the code, none twice."""
    return RECORD_MODE != "none" or (cassette.all_played and cassette.play_count == len(cassette))


def test_mode_probe_then_one_chunk_extraction(tmp_path: Path, sent: list[Exchange]) -> None:
    """llama.cpp refuses json_schema; the probe falls back to json_object, then the one extraction call."""
    with use("probe_and_one_chunk") as cassette:
        got = summarise(Document(id="t", text=SHORT), settings=cassette_settings(tmp_path, mode="auto"))
        assert played_all(cassette)
    assert [b["response_format"]["type"] for b, _ in sent] == ["json_schema", "json_object", "json_object"]
    assert sent[0][1] is None  # refused (a 500 naming response_format): the probe reads it as "not supported"
    assert json.loads(content(sent[1][1])) == {"ok": True}
    extraction = sent[2][0]
    assert extraction["response_format"] == {"type": "json_object", "schema": compact_schema(ChunkExtraction)}
    assert extraction["messages"][1]["content"].endswith(SHORT.split("\n", 1)[1])  # the article reaches the model
    assert "shaped like this" in extraction["messages"][0]["content"]  # json_object: the shape in the prompt
    assert got.provenance.mode == "json_object" and got.provenance.engine == "llm"
    assert got.provenance.calls == 1 and got.provenance.chunks == 1 and got.provenance.tokens_in > 0
    assert_every_number_checked(got, SHORT)


def test_re_ask_carries_the_checker_reasons_for_the_recorded_answer(tmp_path: Path, sent: list[Exchange]) -> None:
    with use("reask") as cassette:
        got = summarise(Document(id="t", text=SHORT), settings=cassette_settings(tmp_path, reasks=1))
        assert played_all(cassette)
    (first, first_reply), (second, _) = sent
    first_answer = ChunkExtraction.model_validate(json_tree(content(first_reply)))
    text = clean(SHORT).text
    problems = figure_problems(text)(first_answer)
    assert problems, "the recorded first answer passed the checker: nothing to re-ask"
    assert any(p.startswith("figure ") for p in problems)  # the checker's reasons, not only schema errors
    # only what failed goes back, as rows with the checker's reasons, in one short message: not the
    # article, the whole answer and the problems again
    repairer = CheckedRepair(text, FigureRepair)
    repair = repairer.messages(first_answer, problems)
    assert second["messages"] == repair and len(repair or []) == 1
    user = second["messages"][0]["content"]
    assert first["messages"][1]["content"] not in user and "\n× " in user and "indicator\tvalue\tunit" in user
    # the answer after the re-ask is taken (reasks=1): the failing figures replaced by the reply's (which
    # may leave them out), the rest kept, none passed as checked unless the source has it
    repaired = FigureRepair.model_validate(json_tree(content(sent[1][1])))
    kept = [f for f in first_answer.figures if figure_problems(text)(first_answer.model_copy(update={"figures": [f]}))
            == []]
    assert len(got.figures) <= len(kept) + len(repaired.figures)
    assert got.provenance.calls == 2 and got.provenance.retries == 1
    assert_every_number_checked(got, SHORT, some=False)


def test_cache_hit_makes_no_request(tmp_path: Path, sent: list[Exchange]) -> None:
    """The re-ask scenario again, twice: the second run is answered from the cache alone."""
    with use("reask"):
        s = cassette_settings(tmp_path, reasks=1)
        first = summarise(Document(id="t", text=SHORT), settings=s)
        assert len(sent) == 2
        forget_modes()
        second = summarise(Document(id="t", text=SHORT), settings=s)
        assert len(sent) == 2
    assert second.provenance.cache_hits == 1 and second.provenance.calls == 0
    assert [f.model_dump() for f in second.figures] == [f.model_dump() for f in first.figures]


MULTI = (ROOT / "tests" / "data" / "multi_chunk_bulletin.txt").read_text(encoding="utf-8")


def test_multi_chunk_document_reduces_the_chunk_summaries(tmp_path: Path, sent: list[Exchange]) -> None:
    with use("multi_chunk") as cassette:
        got = summarise(Document(id="t", text=MULTI), settings=cassette_settings(tmp_path, chunk_chars=500))
        assert played_all(cassette)
    schemas = [b["response_format"]["schema"] for b, _ in sent]
    assert schemas.count(compact_schema(ChunkExtraction)) == got.provenance.chunks == 2
    assert schemas[-1] == compact_schema(SummaryText) and len(sent) == 3  # one reduce call, after the chunks
    summaries = {}
    for body, reply in sent[:2]:
        part = int(body["messages"][1]["content"].split("（第", 1)[1].split("部分）", 1)[0])
        summaries[part] = ChunkExtraction.model_validate(json_tree(content(reply))).summary
    assert sent[2][0]["messages"][1]["content"] == "\n".join(f"{k}. {summaries[k]}" for k in sorted(summaries))
    reduced = SummaryText.model_validate(json_tree(content(sent[2][1])))
    assert (got.headline, got.summary) == (reduced.headline, reduced.summary)
    assert got.provenance.calls == 3
    assert_every_number_checked(got, MULTI)


def test_cassettes_hold_no_secrets() -> None:
    for p in CASSETTES.glob("*.yaml"):
        text = p.read_text(encoding="utf-8").lower()
        for h in SECRET_HEADERS:
            assert f"{h}:" not in text, (p.name, h)
        assert "sk-" not in text
