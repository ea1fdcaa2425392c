"""A document's reading is a value: the model engine reads its source once and hands the Source (with the
verdicts found against it) to the merge, the re-ask and assembly; the public checker functions read a
text through one memo. The model is a scripted server (no network)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from summariser import Document, Settings, check_figures, check_text, summarise
from summariser.numbers import check, source
from summariser.numbers.claims import Claim
from summariser.numbers.source import Source
from summariser.pipeline.model import engine

from .scripted_server import REPAIR, Reply, ScriptedServer, completion, cooperative, first_user

TEXT = ("1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元，新增规上工业企业26家。"
        "全区工业投资增长12.1%。力争全年新增规上工业企业35家以上。")


def _ten_times_first(body: dict[str, Any], n: int) -> Reply:
    """A cooperative model whose first answer has its first figure ten times too large (re-asked)."""
    reply = cooperative(body)
    if REPAIR in first_user(body) or '"figures"' not in json.dumps(body.get("response_format")):
        return reply
    answer = json.loads(reply.body["choices"][0]["message"]["content"])
    if not answer.get("figures"):
        return reply
    answer["figures"][0]["value"] *= 10
    return Reply(body=completion(json.dumps(answer, ensure_ascii=False)))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, Counter[Any]]:
    """How often the engine reads a source, and each claim and free text is checked, per Source."""
    seen: dict[str, Counter[Any]] = {"read": Counter(), "claim": Counter(), "text": Counter()}
    read, verdict, text_verdicts = source.read_source, check._verdict, check._check_text

    def reading(text: str) -> Source:
        seen["read"][text] += 1
        return read(text)

    # (keyed on the source's text, not id(src): a finished document's Source is freed and the next may get its id)
    def judged(src: Source, c: Claim) -> Any:
        seen["claim"][(src.text, c)] += 1
        return verdict(src, c)

    def texts(src: Source, text: str) -> Any:
        seen["text"][(src.text, text)] += 1
        return text_verdicts(src, text)

    monkeypatch.setattr(engine, "read_source", reading)
    monkeypatch.setattr(check, "_verdict", judged)
    monkeypatch.setattr(check, "_check_text", texts)
    return seen


def test_the_model_engine_reads_each_document_once_and_finds_each_verdict_once(
        tmp_path: Path, counted: dict[str, Counter[Any]]) -> None:
    other = TEXT.replace("26家", "27家")
    with ScriptedServer(_ten_times_first) as server:
        settings = Settings.from_env(env={}, base_url=server.url, model="scripted", mode="json_object",
                                     cache_dir=str(tmp_path / "cache"), timeout=5.0, reasks=1, extract="free")
        got = [summarise(Document(id=str(i), text=t), settings=settings) for i, t in enumerate((TEXT, other))]
    assert all(s.provenance.retries == 1 for s in got)  # each answer was checked, failed and re-asked
    assert all(f.check is not None and f.check.status.value == "supported" for s in got for f in s.figures)
    assert sorted(counted["read"].values()) == [1, 1]  # one reading per document, however many stages check
    # the merge's verdicts are the re-ask's and assembly's: no claim and no headline or summary checked twice
    assert counted["claim"] and max(counted["claim"].values()) == 1
    assert counted["text"] and max(counted["text"].values()) == 1


def test_the_public_checker_reads_a_text_once_through_its_one_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    read = source.read_source
    monkeypatch.setattr(check, "read_source", lambda text: reads.append(text) or read(text))
    check.forget()
    assert check_figures(TEXT, [{"value": 486.3, "unit": "亿元"}])[0].status.value == "supported"
    assert [v.status.value for v in check_text(TEXT, "总产值486.3亿元")] == ["supported"]
    assert reads == [TEXT]
    check.forget()
    check_text(TEXT, "总产值486.3亿元")
    assert reads == [TEXT, TEXT]  # forgotten: read again


def test_the_rules_engine_reads_each_document_once_and_its_period_writings_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules engine builds the document's Source itself and hands it to its figures, its summary, its
    period and assembly: no memo on texts finds the reading again, and the period writings (which the
    ties, the namer, the timeline, the summary and the article's period all read) are scanned once."""
    from summariser.numbers import periods as period_writings
    from summariser.pipeline.rules import engine as rules

    reads: Counter[str] = Counter()
    scans: Counter[str] = Counter()
    read, periods = source.read_source, period_writings.periods_in
    monkeypatch.setattr(rules, "read_source", lambda text: reads.update([text]) or read(text))
    monkeypatch.setattr(check, "read_source", lambda text: pytest.fail("the rules engine read a text through "
                                                                        "the public memo"))
    monkeypatch.setattr(source, "periods_in", lambda text: scans.update([text]) or periods(text))
    check.forget()
    other = TEXT.replace("26家", "27家")
    got = [summarise(Document(id=str(i), text=t), settings=Settings.from_env(env={})) for i, t in enumerate(
        (TEXT, other, TEXT))]
    assert [s.period for s in got] == ["1至9月"] * 3
    assert {f.period for f in got[0].figures} >= {"1至9月", "全年"}  # the timeline read the period writings
    assert all(f.check is not None and f.check.status.value == "supported" for s in got for f in s.figures)
    assert reads == Counter({TEXT: 2, other: 1})  # once per document: no memo between documents either
    assert scans == reads  # the period writings once per reading, for every reader of them


def test_a_source_reads_its_period_writings_once_for_its_ties_and_its_other_readers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from summariser.numbers import periods as period_writings

    scans: list[str] = []
    periods = period_writings.periods_in
    monkeypatch.setattr(source, "periods_in", lambda text: scans.append(text) or periods(text))
    src = source.read_source(TEXT)
    assert src.periods() is src.periods() and scans == [TEXT]
    assert [p.raw for _, _, p in src.periods()] == ["1至9月", "全年"]
    src.tie_of.all()  # the ties read the same writings
    assert scans == [TEXT]


def test_the_weight_a_value_holds_does_not_depend_on_the_order_of_the_pairs() -> None:
    # a sum taken in a set's order differs in its last bits from run to run (the hash seed), and a tie
    # between two rivals was then broken differently: the weights held are summed exactly
    near = tuple((object(), source.Tie("", "", None, "", pairs=frozenset({"甲乙", "乙丙", "丙丁"}))) for _ in range(1))
    weights = {"甲乙": 1e16, "乙丙": 1.0, "丙丁": -1e16}
    one = source.Tied(near, dict(weights)).holders(["甲乙", "乙丙", "丙丁"], weights)  # type: ignore[arg-type]
    other = source.Tied(near, dict(weights)).holders(["甲乙", "丙丁", "乙丙"], weights)  # type: ignore[arg-type]
    assert one == other == {0: 1.0}


def test_the_quantities_starting_in_a_stretch_are_those_whose_first_character_is_in_it() -> None:
    text = "1-9月，全市工业投资增长8.2%，技改投资增长12.5%。\n新签约项目36个。"
    src = source.read_source(text)
    second = text.index("12.5%")
    assert [q.raw for q in src.starting_in(0, second)] == ["8.2%"]
    assert [q.raw for q in src.starting_in(second, len(text))] == ["12.5%", "36个"]
    assert src.starting_in(second + 1, text.index("\n")) == ()
