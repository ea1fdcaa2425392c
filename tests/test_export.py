"""summariser export (cli/export.py): articles and figures tables, Parquet and CSV, round-tripped."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.cli.export import ARTICLE_COLUMNS, FIGURE_COLUMNS
from summariser.cli.main import main

from .conftest import ROOT


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("e") / "out.jsonl"
    CliRunner().invoke(main, ["run", str(ROOT / "examples" / "articles"), str(ROOT / "examples" / "html"),
                              "/nonexistent.txt", "-o", str(path)])
    return path


def _records(out: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def test_parquet_has_one_row_per_figure_with_the_jsonl_values(out: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    r = CliRunner().invoke(main, ["export", str(out), "--to", str(tmp_path)])
    assert r.exit_code == 0, r.output
    recs = _records(out)
    figures = pq.read_table(tmp_path / "figures.parquet").to_pylist()
    want = [(rec["doc_id"], f["indicator"], f["value"], f["unit"], f["check"]["status"], f["check"]["span"])
            for rec in recs for f in rec.get("figures", [])]
    got = [(x["doc_id"], x["indicator"], x["value"], x["unit"], x["status"], [x["span_start"], x["span_end"]])
           for x in figures]
    assert got == want and len(got) > 40
    assert all(x["value_base"] is not None and x["base_unit"] for x in figures)  # 486.3亿元 → 4.863e10 元
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert articles.column_names == [c for c, _ in ARTICLE_COLUMNS]
    rows = {a["doc_id"]: a for a in articles.to_pylist()}
    assert len(rows) == len(recs) and rows["/nonexistent.txt"]["error_type"] == "not_found"
    x = rows["xiangcheng_q3_industry.txt"]
    assert (x["county"], x["region_code"], x["figures_supported"]) == ("襄城区", "420602", sum(
        1 for f in next(r for r in recs if r["doc_id"] == "xiangcheng_q3_industry.txt")["figures"]
        if f["check"]["status"] == "supported"))


def test_csv_in_utf8_with_a_bom_for_excel_on_request(out: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", str(out), "--to", str(tmp_path), "--format", "csv", "--bom"])
    assert r.exit_code == 0, r.output
    raw = (tmp_path / "figures.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((tmp_path / "figures.csv").open(encoding="utf-8-sig", newline="")))
    assert list(rows[0]) == [c for c, _ in FIGURE_COLUMNS]
    assert len(rows) == sum(len(rec.get("figures", [])) for rec in _records(out))
    plain = tmp_path / "plain"
    CliRunner().invoke(main, ["export", str(out), "--to", str(plain), "--format", "csv"])
    assert not (plain / "articles.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_folder_that_is_not_a_ray_runs_is_a_usage_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", str(tmp_path), "--to", str(tmp_path / "t")])
    assert r.exit_code == 2 and "records.jsonl" in r.output
