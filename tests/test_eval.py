"""summariser eval: matching rules, optional figures, traps, errors, and the offline engine's scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.cli.main import main
from summariser.records.evaluate import evaluate, format_text, indicators_agree, periods_agree

from .conftest import ROOT, SHARED, shared_jsonl


def gold(figures: list[tuple[Any, ...]], traps: list[str] | None = None, doc: str = "d1") -> dict[str, Any]:
    return {"doc_id": doc, "source_file": f"{doc}.txt", "meta": {}, "traps": traps or [],
            "figures": [dict(quote=q, value=v, unit=u, qualifier="=", kind="actual", optional=o)
                        for q, v, u, o in figures]}


def pred(figures: list[tuple[Any, ...]], doc: str = "d1", status: str = "supported") -> dict[str, Any]:
    return {"doc_id": doc, "source": f"in/{doc}.txt", "checks": {"unsupported_in_text": []},
            "figures": [{"value": v, "unit": u, "quote": q, "check": {"status": status}} for q, v, u in figures]}


def test_match_on_canonical_value_and_unit_class() -> None:
    g = gold([("投资390亿元", 390, "亿元", False), ("增长34%", 34, "%", False), ("下降2.5%", -2.5, "%", False)])
    p = pred([("投资390亿元", 39000000000, "元"), ("增长34%", 34, "个百分点"), ("下降2.5%", 2.5, "%")])
    r = evaluate([g], [p])
    assert (r.total("found"), r.total("gold")) == (1, 3)  # points are not percent; the sign counts
    assert r.precision == 1 / 3


def test_each_gold_figure_matched_once_and_optional_counts_neither_way() -> None:
    g = gold([("新增企业26家", 26, "家", False), ("两条生产线", 2, "条", True), ("3家", 3, "家", True)])
    p = pred([("新增企业26家", 26, "家"), ("新增企业26家", 26, "家"), ("两条生产线", 2, "条")])
    r = evaluate([g], [p])
    assert (r.total("found"), r.total("gold")) == (1, 1)
    assert (r.total("correct"), r.total("predicted")) == (1, 2)  # the duplicate is an extra; the optional hit is out
    assert r.docs[0].extra == ["26家 «新增企业26家»"]


def test_a_prediction_is_matched_to_the_gold_figure_its_quote_overlaps_before_any_other_of_its_value() -> None:
    g = gold([("新增省级独角兽企业1家", 1, "家", False), ("国家级1家", 1, "家", False)])
    g["figures"][0]["indicator"], g["figures"][1]["indicator"] = "新增省级独角兽企业", "国家级技术创新示范企业"
    p = pred([("国家级1家", 1, "家")])
    p["figures"][0]["indicator"] = "国家级技术创新示范企业"
    r = evaluate([g], [p])
    assert r.total("found") == 1
    assert r.docs[0].missed == ["1家 «新增省级独角兽企业1家»"]  # (not the one the prediction quotes)
    assert r.agreement("indicator") == 1.0


def test_traps_errors_and_missing_documents() -> None:
    gs = [gold([("新增企业26家", 26, "家", False)], traps=["“157”", "签约项目6个"], doc="a"),
          gold([("增长8%", 8, "%", False)], doc="b"), gold([("增长9%", 9, "%", False)], doc="c")]
    ps = [pred([("新增企业26家", 26, "家"), ("打造“157”产业集群", 157, "个"), ("签约项目6个", 6, "个")], doc="a"),
          {"doc_id": "b", "source": "in/b.txt", "error": {"type": "binary", "message": "..."}}]
    r = evaluate(gs, ps)
    assert r.docs[0].traps == ["“157”", "签约项目6个"]
    assert [d.status for d in r.docs] == ["ok", "error: binary", "missing"]
    assert r.recall == 1 / 3 and r.docs[2].missed == ["9% «增长9%»"]


def test_cli_plain_and_json(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text(json.dumps(gold([("增长8%", 8, "%", False)]), ensure_ascii=False) + "\n")
    (tmp_path / "p.jsonl").write_text(json.dumps(pred([("增长8%", 8, "%")]), ensure_ascii=False) + "\n")
    r = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "g.jsonl"), str(tmp_path / "p.jsonl")])
    assert r.exit_code == 0 and "recall=1.000" in r.output and "precision=1.000" in r.output
    j = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "g.jsonl"), str(tmp_path / "p.jsonl"), "--json"])
    assert json.loads(j.output)["recall"] == 1.0


def _offline(tmp_path: Path, inputs: Path, gold_rows: list[dict[str, Any]]) -> Any:
    out = tmp_path / "out.jsonl"
    CliRunner().invoke(main, ["run", str(inputs), "-o", str(out)])
    preds = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return evaluate(gold_rows, preds)


def _claims_agree(r: Any) -> None:
    """The offline engine's claims agree with the hand labels: the floors of the claim-level score."""
    got = {n: r.agreement(n) for n in ("indicator", "period", "kind")}
    assert got["indicator"] >= 0.95 and got["period"] >= 0.85 and got["kind"] >= 0.95, (
        got, [x for d in r.docs for x in d.disagreements])


def _none_fail(r: Any) -> None:
    """No figure of the offline engine fails the check: each is trusted, or (rarely) unconfirmed, which
    the checker may say of the engine's own words for a value, or of a name too short to say what the value is
    of (numbers/figure_names.py: 日产量, a company's, on a seed), or of a count written in words (五个维度, 六个一工作
    模式: the prose's own points, which the seeds' gold does not hold); it is counted apart, not a failure."""
    assert r.total("supported") + r.total("unconfirmed") == r.total("figures")
    assert r.unconfirmed_share <= 0.10, r.unconfirmed_share


def test_offline_engine_on_the_example_gold(tmp_path: Path) -> None:
    rows = [json.loads(x) for x in (ROOT / "examples" / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    r = _offline(tmp_path, ROOT / "examples" / "articles", rows)
    assert r.recall >= 0.95 and r.precision >= 0.9, (r.recall, r.precision)
    _none_fail(r)
    assert sum(len(d.traps) for d in r.docs) == 0
    _claims_agree(r)


def test_offline_engine_on_the_shared_gold(tmp_path: Path) -> None:
    rows = shared_jsonl("gold/figures.jsonl")
    r = _offline(tmp_path, SHARED / "seeds", rows)
    assert r.recall >= 0.95 and r.precision >= 0.9, (r.recall, r.precision)
    _none_fail(r)
    assert sum(len(d.traps) for d in r.docs) == 0
    _claims_agree(r)


@pytest.mark.parametrize("predicted, gold_name, agree", [
    ("规模以上工业增加值", "规上工业增加值增速", True),  # the measure and 规模以上 = 规上
    ("技改投资", "工业技改投资", True),  # held whole
    ("参会的重点工业企业", "参会重点工业企业", True),
    ("鄂中生态果蔬专用肥和水溶肥及配套产能", "鄂中生态果蔬专用肥产能", True),  # most pairs shared
    ("工业互联网二级节点接入实际应用企业较去年同期", "接入应用企业较去年同期增加", True),  # more specific
    ("工业投资", "工业技改投资", False),  # another indicator
    ("工业增加值", "工业用电量", False),
    ("投资", "工业投资", False),  # too little to say
    ("", "工业投资", False),
    ("实现增长的行业", "实现增长的行业", True),  # (nothing but fillers and a movement: as written)
    ("实现增长的行业", "实现增长的企业", False),
    ("采掘业增速", "采掘业增加值", True),  # (a branch's growth is its value added's)
    ("采掘业", "采掘业增加值", False),  # (no rate word: the branch's level may be any of its amounts)
    ("采掘业增速", "采掘业总产值", False),
    ("外贸出口总额", "出口总额", True), ("外贸进口", "进口额", True),  # (trade, short but whole, more specific)
    ("出口交货值", "出口额", False), ("进口", "进出口总额", False),  # (another measure; a part of trade)
])
def test_indicators_agree_up_to_paraphrase_not_contradiction(predicted: str, gold_name: str, agree: bool) -> None:
    assert indicators_agree(predicted, gold_name) is agree


@pytest.mark.parametrize("a, b, agree", [
    ("一季度", "1-3月", True), ("1至10月", "1—10月", True), (None, None, True), ("春节期间", "春节期间", True),
    ("一季度", None, False), (None, "全年", False), ("一季度", "全年", False), ("2022年", "2023年", False),
    ("今年前7月", "1-7月", True), ("本年1-9月", "前三季度", True),  # (this year is a period's that writes none)
    ("今年前7月", "去年1-7月", False), ("2024年1-7月", "1-7月", False),  # (a year written out is held to it)
])
def test_periods_agree_however_written(a: str | None, b: str | None, agree: bool) -> None:
    assert periods_agree(a, b) is agree


def test_claims_are_scored_on_matched_pairs_and_disagreements_listed(tmp_path: Path) -> None:
    g = gold([("工业投资增长12%", 12, "%", False), ("新增企业26家", 26, "家", False), ("力争增长8%", 8, "%", False)])
    for f, (ind, per, kind) in zip(g["figures"], [("工业投资增速", "1-9月", "actual"), ("新增规上企业", None, "actual"),
                                                  ("工业增加值增速", "全年", "target")], strict=True):
        f.update(indicator=ind, period=per, measure="growth", kind=kind)
    p = pred([("工业投资增长12%", 12, "%"), ("新增企业26家", 26, "家"), ("力争增长8%", 8, "%")])
    for f, (ind, per, kind) in zip(p["figures"], [("工业投资", "1至9月", "actual"), ("工业用电量", None, "actual"),
                                                  ("工业增加值", "一季度", "actual")], strict=True):
        f.update(indicator=ind, period=per, kind=kind)
    r = evaluate([g], [p])
    assert (r.total("indicator_agree"), r.total("period_agree"), r.total("kind_agree")) == (2, 2, 2)
    assert r.agreement("indicator") == 2 / 3
    assert any("26家 indicator: '工业用电量'" in x for x in r.docs[0].disagreements)
    (tmp_path / "g.jsonl").write_text(json.dumps(g, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "p.jsonl").write_text(json.dumps(p, ensure_ascii=False) + "\n", encoding="utf-8")
    j = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "g.jsonl"), str(tmp_path / "p.jsonl"), "--json"])
    out = json.loads(j.output)
    assert out["kind_agreement"] == round(2 / 3, 4) and out["period_pairs"] == 3
    text = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "g.jsonl"), str(tmp_path / "p.jsonl")]).output
    assert "indicator_agreement=0.667 (2/3 matched figures)" in text and "claim " in text


def test_unconfirmed_figures_are_neither_supported_nor_failing_but_counted_apart() -> None:
    g = gold([("增长8%", 8, "%", False), ("新增企业26家", 26, "家", False), ("投资12亿元", 12, "亿元", False)])
    p = pred([("增长8%", 8, "%"), ("新增企业26家", 26, "家"), ("投资12亿元", 12, "亿元")])
    for f, status in zip(p["figures"], ["supported", "unconfirmed", "derived"], strict=True):
        f["check"]["status"] = status
    r = evaluate([g], [p])
    assert (r.total("supported"), r.total("unconfirmed"), r.total("figures")) == (2, 1, 3)
    assert r.as_dict()["unconfirmed_share"] == round(1 / 3, 4) and r.as_dict()["unconfirmed"] == 1
    assert "unconfirmed_share=0.333 (1/3: neither trusted nor failed, to review)" in format_text(r)


@pytest.mark.parametrize("content", [b"\xff\xfe not utf-8\n", b'{"doc_id": "x", "figures": "oops"}\n'])
def test_the_eval_command_names_a_damaged_file_and_line_instead_of_a_traceback(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    got = CliRunner().invoke(main, ["eval", "--gold", str(ROOT / "examples" / "gold.jsonl"), str(bad)])
    assert got.exit_code == 2 and f"{bad}:1" in got.output and "Traceback" not in got.output


def test_quotes_are_paired_as_the_checker_reads_them() -> None:
    # a gold quote copied from a page in traditional characters pairs with the prediction's simplified one
    from summariser.records.evaluate import _overlap

    assert _overlap("總投資50億元的生態產業城", "总投资50亿元")
    assert not _overlap("總投資50億元", "总投资30亿元")
