"""summariser eval: matching rules, optional figures, traps, errors, and the offline engine's scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from summariser.cli.eval import evaluate
from summariser.cli.main import main

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


def test_offline_engine_on_the_example_gold(tmp_path: Path) -> None:
    rows = [json.loads(x) for x in (ROOT / "examples" / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    r = _offline(tmp_path, ROOT / "examples" / "articles", rows)
    assert r.recall >= 0.95 and r.precision >= 0.9, (r.recall, r.precision)
    assert r.supported_share == 1.0 and sum(len(d.traps) for d in r.docs) == 0


def test_offline_engine_on_the_shared_gold(tmp_path: Path) -> None:
    rows = shared_jsonl("gold/figures.jsonl")
    r = _offline(tmp_path, SHARED / "seeds", rows)
    assert r.recall >= 0.95 and r.precision >= 0.9, (r.recall, r.precision)
    assert r.supported_share == 1.0 and sum(len(d.traps) for d in r.docs) == 0
