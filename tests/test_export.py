"""summariser export (records/export.py): articles and figures tables, Parquet and CSV, round-tripped."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.cli.main import main
from summariser.records.export import ARTICLE_COLUMNS, FIGURE_COLUMNS, export

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


def _crafted() -> list[dict[str, Any]]:
    """A record whose text fields start as spreadsheet formulas, with a real negative growth."""
    check = {"status": "unconfirmed", "reason": "\t=cmd|' /C calc'!A0", "span": [3, 9], "canonical_value": -2.5,
             "canonical_unit": "%"}
    figure = {"indicator": '=HYPERLINK("http://evil.example","点击")', "value": -2.5, "unit": "%",
              "value_high": None, "qualifier": "=", "measure": "growth", "kind": "actual", "period": "+1-9月",
              "subject": "-全市", "quote": "@SUM(A1)", "check": check}
    return [{"doc_id": "\r=1+1", "title": "=1+1", "published": "2024-10-21", "figures": [figure],
             "checks": {"figures": {"unconfirmed": 1}, "unsupported_in_text": [],
                        "unconfirmed_in_text": [{"raw": "2.5%", "status": "unconfirmed"}]},
             "provenance": {"engine": "llm"}},
            {"doc_id": "b", "published": "2024-02-30", "figures": [figure, figure]}]


def test_csv_text_cells_cannot_start_a_formula_but_negative_numbers_stay_numbers(tmp_path: Path) -> None:
    counts = export(_crafted(), tmp_path, "csv")
    assert counts == {"articles": 2, "figures": 3}
    rows = list(csv.DictReader((tmp_path / "figures.csv").open(encoding="utf-8", newline="")))
    x = rows[0]
    assert x["indicator"] == '\'=HYPERLINK("http://evil.example","点击")' and x["period"] == "'+1-9月"
    assert (x["subject"], x["quote"], x["reason"]) == ("'-全市", "'@SUM(A1)", "'\t=cmd|' /C calc'!A0")
    assert x["doc_id"] == "'\r=1+1"
    assert (x["value"], x["value_base"], x["span_start"]) == ("-2.5", "-2.5", "3")  # numbers, as written
    articles = list(csv.DictReader((tmp_path / "articles.csv").open(encoding="utf-8", newline="")))
    assert articles[0]["title"] == "'=1+1" and articles[0]["published"] == "2024-10-21"


def test_tables_have_published_as_a_date_a_figure_index_and_the_unconfirmed_apart(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    export(_crafted(), tmp_path)
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert str(articles.schema.field("published").type) == "date32[day]"
    a, b = articles.to_pylist()
    assert a["published"] == dt.date(2024, 10, 21) and b["published"] is None  # 2024-02-30 is no date
    assert (a["figures_unconfirmed"], a["text_numbers_unconfirmed"], a["figures_supported"]) == (1, 1, 0)
    figures = pq.read_table(tmp_path / "figures.parquet").to_pylist()
    assert [(f["doc_id"], f["figure_index"]) for f in figures] == [("\r=1+1", 0), ("b", 0), ("b", 1)]
    assert [f["trusted"] for f in figures] == [False] * 3 and figures[0]["status"] == "unconfirmed"
    assert figures[0]["indicator"].startswith("=HYPERLINK")  # Parquet holds the text as it is


def _dated(published: str | None, period: str | None, *periods: str | None) -> dict[str, Any]:
    """A record published on `published` about `period`, with one figure per period of `periods`."""
    figures = [{"indicator": "规上工业增加值", "value": 6.5, "unit": "%", "period": p, "quote": "增长6.5%"}
               for p in periods]
    return {"doc_id": f"{published}:{period}", "published": published, "period": period, "figures": figures}


def test_periods_read_as_dates_a_figure_without_a_year_taking_the_documents(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    records = [
        # a year-less figure period takes the year the document's own period states, not the publication's
        _dated("2024-01-18", "2023年全年", "前三季度", "2024年一季度", "12月份"),
        # without one, the year it was published; the document's own period read the same way
        _dated("2023-10-26", "前三季度", "上半年", "今年以来", None),
        # without a date either, a year-less period is left empty rather than guessed
        _dated(None, "今年1至10月", "2016年至2018年", "1-8月"),
    ]
    export(records, tmp_path)
    assert str(pq.read_schema(tmp_path / "figures.parquet").field("period_start").type) == "date32[day]"
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert [(a["period_start"], a["period_end"]) for a in articles] == [
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), (dt.date(2023, 1, 1), dt.date(2023, 9, 30)), (None, None)]
    figures = pq.read_table(tmp_path / "figures.parquet").to_pylist()
    got = [(f["figure_index"], f["period"], f["period_start"], f["period_end"]) for f in figures]
    assert got == [
        (0, "前三季度", dt.date(2023, 1, 1), dt.date(2023, 9, 30)),
        (1, "2024年一季度", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        (2, "12月份", dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
        (0, "上半年", dt.date(2023, 1, 1), dt.date(2023, 6, 30)),
        (1, "今年以来", None, None),  # its end is not written
        (2, None, None, None),
        (0, "2016年至2018年", dt.date(2016, 1, 1), dt.date(2018, 12, 31)),
        (1, "1-8月", None, None),
    ]


def test_csv_writes_the_dates_in_iso_form_and_nothing_for_a_period_not_read(tmp_path: Path) -> None:
    export([_dated("2023-10-26", "前三季度", "1-9月", "截至目前")], tmp_path, "csv")
    article, = csv.DictReader((tmp_path / "articles.csv").open(encoding="utf-8", newline=""))
    assert (article["published"], article["period_start"], article["period_end"]) == (
        "2023-10-26", "2023-01-01", "2023-09-30")
    figures = list(csv.DictReader((tmp_path / "figures.csv").open(encoding="utf-8", newline="")))
    assert [(f["figure_index"], f["period_start"], f["period_end"]) for f in figures] == [
        ("0", "2023-01-01", "2023-09-30"), ("1", "", "")]


def test_columns_are_only_added_the_period_dates_beside_the_period() -> None:
    before = {  # the columns of the first release that had these tables: none renamed or removed since
        "articles": ["doc_id", "source", "title", "publisher", "province", "city", "county", "region_code",
                     "published", "period", "headline", "summary", "text_numbers_failing", "engine", "error_type",
                     "error_message"],
        "figures": ["doc_id", "figure_index", "indicator", "value", "value_high", "unit", "value_base", "base_unit",
                    "qualifier", "measure", "kind", "period", "subject", "quote", "status", "trusted", "reason",
                    "span_start", "span_end"],
    }
    for table, columns in (("articles", ARTICLE_COLUMNS), ("figures", FIGURE_COLUMNS)):
        now = [c for c, _ in columns]
        assert [c for c in now if c in before[table]] == before[table]
    names = [c for c, _ in FIGURE_COLUMNS]
    assert names[names.index("period"):names.index("period") + 3] == ["period", "period_start", "period_end"]
    names = [c for c, _ in ARTICLE_COLUMNS]
    assert names[names.index("period"):names.index("period") + 3] == ["period", "period_start", "period_end"]


def test_a_results_file_an_editor_saved_with_a_bom_exports(out: Path, tmp_path: Path) -> None:
    bommed = tmp_path / "bom.jsonl"
    bommed.write_bytes(b"\xef\xbb\xbf" + out.read_bytes())
    r = CliRunner().invoke(main, ["export", str(bommed), "--to", str(tmp_path / "t"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader((tmp_path / "t" / "articles.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == len(_records(out))
