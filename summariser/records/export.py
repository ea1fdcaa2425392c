"""Tables of an output file (or a Ray run's folder) that analysts load into pandas, DuckDB or Excel:
`articles` (one row per document) and `figures` (one row per figure, with its verdict and its span
in the raw source). Parquet through pyarrow (the `summariser[parquet]` extra), or CSV in UTF-8 (with
a BOM for Excel on request).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterable

from ..core.errors import ConfigError, InputError
from ..core.models import TRUSTED, CheckStatus
from .periods import period_bounds, stated_year
from .results import read_results, record_problem, records_file

STATUSES = [s.value for s in CheckStatus]

# (name, pyarrow type) of each column, in order
ARTICLE_COLUMNS = [
    ("doc_id", "string"), ("source", "string"), ("title", "string"), ("publisher", "string"),
    ("province", "string"), ("city", "string"), ("county", "string"), ("region_code", "string"),
    ("published", "date32"), ("period", "string"), ("period_start", "date32"), ("period_end", "date32"),
    ("headline", "string"), ("summary", "string"),
    *[(f"figures_{s}", "int64") for s in STATUSES], ("text_numbers_failing", "int64"),
    ("text_numbers_unconfirmed", "int64"), ("engine", "string"), ("error_type", "string"),
    ("error_message", "string"),
]
FIGURE_COLUMNS = [
    ("doc_id", "string"), ("figure_index", "int64"), ("indicator", "string"), ("value", "float64"),
    ("value_high", "float64"), ("unit", "string"), ("value_base", "float64"), ("base_unit", "string"),
    ("qualifier", "string"), ("measure", "string"), ("kind", "string"), ("period", "string"),
    ("period_start", "date32"), ("period_end", "date32"), ("subject", "string"), ("quote", "string"),
    ("status", "string"), ("trusted", "bool_"), ("reason", "string"), ("span_start", "int64"), ("span_end", "int64"),
]
"""`figure_index` is the figure's place in its record's `figures` list, from 0. `trusted` is true for the
verdicts a figure is trusted on (supported, derived) only: unconfirmed, misattributed, unsupported and
not_a_quantity figures are not. `period_start` and `period_end` are the first and last day of `period`
where `periods.period_bounds` reads it, a period without a year taking the document's (`document_year`);
else empty. Columns are only ever added (the spec's output schema): none is renamed or removed."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def published_date(value: Any) -> dt.date | None:
    """A record's `published` (YYYY-MM-DD) as a date; None when absent or not a real date."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # 2024-02-30
        return None


def document_year(rec: dict[str, Any]) -> int | None:
    """The year a period without one is in: the one year the record's own `period` states (an article
    of January 2024 on 2023年全年 speaks of 2023), else the year it was published; None without either."""
    published = published_date(rec.get("published"))
    return stated_year(rec.get("period")) or (published.year if published else None)


def _period_columns(period: Any, year: int | None) -> dict[str, dt.date | None]:
    bounds = period_bounds(period, year) if isinstance(period, str) else None
    return {"period_start": bounds[0] if bounds else None, "period_end": bounds[1] if bounds else None}


def article_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One document's row of `articles`."""
    published = published_date(rec.get("published"))
    region = rec.get("region") or {}
    checks = rec.get("checks") or {}
    counts = checks.get("figures") or {}
    error = rec.get("error") or {}
    return {
        "doc_id": rec.get("doc_id"), "source": rec.get("source"), "title": rec.get("title"),
        "publisher": rec.get("publisher"), "province": region.get("province"), "city": region.get("city"),
        "county": region.get("county"), "region_code": region.get("code"),
        "published": published, "period": rec.get("period"),
        **_period_columns(rec.get("period"), published.year if published else None),
        "headline": rec.get("headline"), "summary": rec.get("summary"),
        **{f"figures_{s}": int(counts.get(s, 0)) for s in STATUSES},
        "text_numbers_failing": len(checks.get("unsupported_in_text") or []),
        "text_numbers_unconfirmed": len(checks.get("unconfirmed_in_text") or []),
        "engine": (rec.get("provenance") or {}).get("engine"),
        "error_type": error.get("type"), "error_message": error.get("message"),
    }


def figure_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row of `figures` per figure of a document."""
    out = []
    year = document_year(rec)
    for i, f in enumerate(rec.get("figures") or []):
        check = f.get("check") or {}
        span = check.get("span") or [None, None]
        status = check.get("status")
        out.append({
            "doc_id": rec.get("doc_id"), "figure_index": i, "indicator": f.get("indicator"), "value": f.get("value"),
            "value_high": f.get("value_high"), "unit": f.get("unit"), "value_base": check.get("canonical_value"),
            "base_unit": check.get("canonical_unit"), "qualifier": f.get("qualifier"), "measure": f.get("measure"),
            "kind": f.get("kind"), "period": f.get("period"), **_period_columns(f.get("period"), year),
            "subject": f.get("subject"), "quote": f.get("quote"),
            "status": status, "trusted": status in {s.value for s in TRUSTED}, "reason": check.get("reason"),
            "span_start": span[0], "span_end": span[1],
        })
    return out


def export_file(results: Path, to: Path, fmt: str = "parquet", bom: bool = False) -> dict[str, int]:
    """export() of an output file or a Ray run's folder (`records_file`); InputError names the file and
    line of a record that cannot be read, ConfigError a folder without records or Parquet without pyarrow."""
    return export(read_results(records_file(results)), to, fmt, bom)


def export(records: Iterable[dict[str, Any]], to: Path, fmt: str = "parquet", bom: bool = False) -> dict[str, int]:
    """Write to/articles.{parquet,csv} and to/figures.{parquet,csv}; returns the rows of each."""
    articles, figures = [], []
    for n, rec in enumerate(records, start=1):
        problem = record_problem(rec)
        if problem:
            raise InputError(f"record {n}: {problem}")
        articles.append(article_row(rec))
        figures += figure_rows(rec)
    to.mkdir(parents=True, exist_ok=True)
    for name, table, columns in (("articles", articles, ARTICLE_COLUMNS), ("figures", figures, FIGURE_COLUMNS)):
        if fmt == "parquet":
            _write_parquet(to / f"{name}.parquet", table, columns)
        else:
            _write_csv(to / f"{name}.csv", table, columns, bom)
    return {"articles": len(articles), "figures": len(figures)}


# What a spreadsheet reads as the start of a formula (OWASP, CSV injection): a text cell starting with
# one of them gets a single quote in front, so Excel or LibreOffice shows it as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any, kind: str) -> Any:
    """A value as a CSV cell of a column of pyarrow type `kind`: text neutralised against formulas,
    numbers as they are (a negative growth stays the number -2.5), None as an empty cell."""
    if value is None:
        return ""
    if kind == "string" and isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    if kind == "bool_":
        return "true" if value else "false"
    return value


def _write_csv(path: Path, table: list[dict[str, Any]], columns: list[tuple[str, str]], bom: bool) -> None:
    kinds = dict(columns)
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=[c for c, _ in columns])
        w.writeheader()
        w.writerows({k: csv_cell(v, kinds[k]) for k, v in r.items()} for r in table)


def _write_parquet(path: Path, table: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
    try:
        import pyarrow as pa  # here, not at the top: pyarrow is an extra, loaded only for Parquet
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("Parquet needs pyarrow: pip install 'summariser[parquet]', or pass --format csv") from None
    schema = pa.schema([(c, getattr(pa, t)()) for c, t in columns])
    data = pa.Table.from_pylist(table, schema=schema)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(data, tmp)
    tmp.replace(path)
