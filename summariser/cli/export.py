"""`summariser export`: an output file (or a Ray run's folder) as two tables analysts load into
pandas, DuckDB or Excel: `articles` (one row per document) and `figures` (one row per figure, with
its verdict and its span in the raw source). Parquet through pyarrow (the `summariser[parquet]`
extra), or CSV in UTF-8 (with a BOM for Excel on request)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable

from ..batch.jsonl import RUN_RECORDS
from ..core.errors import ConfigError
from ..core.models import CheckStatus

STATUSES = [s.value for s in CheckStatus]

# (name, pyarrow type) of each column, in order
ARTICLE_COLUMNS = [
    ("doc_id", "string"), ("source", "string"), ("title", "string"), ("publisher", "string"),
    ("province", "string"), ("city", "string"), ("county", "string"), ("region_code", "string"),
    ("published", "string"), ("period", "string"), ("headline", "string"), ("summary", "string"),
    *[(f"figures_{s}", "int64") for s in STATUSES], ("text_numbers_failing", "int64"),
    ("engine", "string"), ("error_type", "string"), ("error_message", "string"),
]
FIGURE_COLUMNS = [
    ("doc_id", "string"), ("indicator", "string"), ("value", "float64"), ("value_high", "float64"),
    ("unit", "string"), ("value_base", "float64"), ("base_unit", "string"), ("qualifier", "string"),
    ("measure", "string"), ("kind", "string"), ("period", "string"), ("subject", "string"),
    ("quote", "string"), ("status", "string"), ("reason", "string"), ("span_start", "int64"),
    ("span_end", "int64"),
]


def article_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One document's row of `articles`."""
    region = rec.get("region") or {}
    checks = rec.get("checks") or {}
    counts = checks.get("figures") or {}
    error = rec.get("error") or {}
    return {
        "doc_id": rec.get("doc_id"), "source": rec.get("source"), "title": rec.get("title"),
        "publisher": rec.get("publisher"), "province": region.get("province"), "city": region.get("city"),
        "county": region.get("county"), "region_code": region.get("code"), "published": rec.get("published"),
        "period": rec.get("period"), "headline": rec.get("headline"), "summary": rec.get("summary"),
        **{f"figures_{s}": int(counts.get(s, 0)) for s in STATUSES},
        "text_numbers_failing": len(checks.get("unsupported_in_text") or []),
        "engine": (rec.get("provenance") or {}).get("engine"),
        "error_type": error.get("type"), "error_message": error.get("message"),
    }


def figure_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row of `figures` per figure of a document."""
    out = []
    for f in rec.get("figures") or []:
        check = f.get("check") or {}
        span = check.get("span") or [None, None]
        out.append({
            "doc_id": rec.get("doc_id"), "indicator": f.get("indicator"), "value": f.get("value"),
            "value_high": f.get("value_high"), "unit": f.get("unit"), "value_base": check.get("canonical_value"),
            "base_unit": check.get("canonical_unit"), "qualifier": f.get("qualifier"), "measure": f.get("measure"),
            "kind": f.get("kind"), "period": f.get("period"), "subject": f.get("subject"), "quote": f.get("quote"),
            "status": check.get("status"), "reason": check.get("reason"), "span_start": span[0], "span_end": span[1],
        })
    return out


def records_file(path: Path) -> Path:
    """The JSONL of an output: the file itself, or a Ray run's folder's records.jsonl."""
    if path.is_dir():
        found = path / RUN_RECORDS
        if not found.is_file():
            raise ConfigError(f"{path} holds no {RUN_RECORDS}: is it the folder of a finished run --engine ray?")
        return found
    return path


def export(records: Iterable[dict[str, Any]], to: Path, fmt: str = "parquet", bom: bool = False) -> dict[str, int]:
    """Write to/articles.{parquet,csv} and to/figures.{parquet,csv}; returns the rows of each."""
    articles, figures = [], []
    for rec in records:
        articles.append(article_row(rec))
        figures += figure_rows(rec)
    to.mkdir(parents=True, exist_ok=True)
    for name, rows, columns in (("articles", articles, ARTICLE_COLUMNS), ("figures", figures, FIGURE_COLUMNS)):
        if fmt == "parquet":
            _write_parquet(to / f"{name}.parquet", rows, columns)
        else:
            _write_csv(to / f"{name}.csv", rows, columns, bom)
    return {"articles": len(articles), "figures": len(figures)}


def _write_csv(path: Path, rows: list[dict[str, Any]], columns: list[tuple[str, str]], bom: bool) -> None:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=[c for c, _ in columns])
        w.writeheader()
        w.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)


def _write_parquet(path: Path, rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
    try:
        import pyarrow as pa  # here, not at the top: pyarrow is an extra, loaded only for Parquet
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("Parquet needs pyarrow: pip install 'summariser[parquet]', or pass --format csv") from None
    schema = pa.schema([(c, getattr(pa, t)()) for c, t in columns])
    table = pa.Table.from_pylist(rows, schema=schema)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)
