"""`summariser export`: an output file (or a Ray run's folder) as two tables analysts load into
pandas, DuckDB or Excel: `articles` (one row per document) and `figures` (one row per figure, with
its verdict and its span in the raw source). Parquet through pyarrow (the `summariser[parquet]`
extra), or CSV in UTF-8 (with a BOM for Excel on request).

Also the one reader of results files for the other tools (report, check): `read_results` reads an
output file as UTF-8 and checks that every field those tools read has the JSON type it should, so
that a damaged or hand-edited file is an InputError naming its file and line, never a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any, Callable, Iterable

from ..batch.jsonl import RUN_RECORDS, rows
from ..core.errors import ConfigError, InputError
from ..core.models import TRUSTED, CheckStatus

STATUSES = [s.value for s in CheckStatus]

# (name, pyarrow type) of each column, in order
ARTICLE_COLUMNS = [
    ("doc_id", "string"), ("source", "string"), ("title", "string"), ("publisher", "string"),
    ("province", "string"), ("city", "string"), ("county", "string"), ("region_code", "string"),
    ("published", "date32"), ("period", "string"), ("headline", "string"), ("summary", "string"),
    *[(f"figures_{s}", "int64") for s in STATUSES], ("text_numbers_failing", "int64"),
    ("text_numbers_unconfirmed", "int64"), ("engine", "string"), ("error_type", "string"),
    ("error_message", "string"),
]
FIGURE_COLUMNS = [
    ("doc_id", "string"), ("figure_index", "int64"), ("indicator", "string"), ("value", "float64"),
    ("value_high", "float64"), ("unit", "string"), ("value_base", "float64"), ("base_unit", "string"),
    ("qualifier", "string"), ("measure", "string"), ("kind", "string"), ("period", "string"),
    ("subject", "string"), ("quote", "string"), ("status", "string"), ("trusted", "bool_"), ("reason", "string"),
    ("span_start", "int64"), ("span_end", "int64"),
]
"""`figure_index` is the figure's place in its record's `figures` list, from 0. `trusted` is true for the
verdicts a figure is trusted on (supported, derived) only: unconfirmed, misattributed, unsupported and
not_a_quantity figures are not."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def published_date(value: Any) -> dt.date | None:
    """A record's `published` (YYYY-MM-DD) as a date; None when absent or not a real date."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # 2024-02-30
        return None


def article_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One document's row of `articles`."""
    region = rec.get("region") or {}
    checks = rec.get("checks") or {}
    counts = checks.get("figures") or {}
    error = rec.get("error") or {}
    return {
        "doc_id": rec.get("doc_id"), "source": rec.get("source"), "title": rec.get("title"),
        "publisher": rec.get("publisher"), "province": region.get("province"), "city": region.get("city"),
        "county": region.get("county"), "region_code": region.get("code"),
        "published": published_date(rec.get("published")),
        "period": rec.get("period"), "headline": rec.get("headline"), "summary": rec.get("summary"),
        **{f"figures_{s}": int(counts.get(s, 0)) for s in STATUSES},
        "text_numbers_failing": len(checks.get("unsupported_in_text") or []),
        "text_numbers_unconfirmed": len(checks.get("unconfirmed_in_text") or []),
        "engine": (rec.get("provenance") or {}).get("engine"),
        "error_type": error.get("type"), "error_message": error.get("message"),
    }


def figure_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row of `figures` per figure of a document."""
    out = []
    for i, f in enumerate(rec.get("figures") or []):
        check = f.get("check") or {}
        span = check.get("span") or [None, None]
        status = check.get("status")
        out.append({
            "doc_id": rec.get("doc_id"), "figure_index": i, "indicator": f.get("indicator"), "value": f.get("value"),
            "value_high": f.get("value_high"), "unit": f.get("unit"), "value_base": check.get("canonical_value"),
            "base_unit": check.get("canonical_unit"), "qualifier": f.get("qualifier"), "measure": f.get("measure"),
            "kind": f.get("kind"), "period": f.get("period"), "subject": f.get("subject"), "quote": f.get("quote"),
            "status": status, "trusted": status in {s.value for s in TRUSTED}, "reason": check.get("reason"),
            "span_start": span[0], "span_end": span[1],
        })
    return out


def records_file(path: Path) -> Path:
    """The JSONL of an output: the file itself, or a Ray run's folder's records.jsonl; checked readable
    by `read_results` (InputError naming the file and line of a damaged record)."""
    found = path
    if path.is_dir():
        found = path / RUN_RECORDS
        if not found.is_file():
            raise ConfigError(f"{path} holds no {RUN_RECORDS}: is it the folder of a finished run --engine ray?")
    read_results(found)
    return found


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


# ---- reading a results file: UTF-8, one JSON object a line, each field of the JSON type the tools read

_NONE = type(None)
_TEXT: tuple[type, ...] = (str, _NONE)
_NUMBER: tuple[type, ...] = (int, float, _NONE)
_RECORD: dict[str, tuple[type, ...]] = {
    "doc_id": (str, int, _NONE), "source": _TEXT, "title": _TEXT, "publisher": _TEXT, "published": _TEXT,
    "period": _TEXT, "language": _TEXT, "headline": _TEXT, "summary": _TEXT, "summary_language": _TEXT,
    "figures": (list, _NONE), "region": (dict, _NONE), "checks": (dict, _NONE), "provenance": (dict, _NONE),
    "error": (dict, _NONE),
}
_PARTS: dict[str, dict[str, tuple[type, ...]]] = {
    "region": {"province": _TEXT, "city": _TEXT, "county": _TEXT, "code": _TEXT},
    "checks": {"figures": (dict, _NONE), "text": (dict, _NONE), "unsupported_in_text": (list, _NONE),
               "unconfirmed_in_text": (list, _NONE)},
    "provenance": {"engine": _TEXT},
    "error": {"type": _TEXT, "message": _TEXT},
}
_FIGURE: dict[str, tuple[type, ...]] = {
    "indicator": _TEXT, "value": _NUMBER, "value_high": _NUMBER, "unit": _TEXT, "qualifier": _TEXT,
    "measure": _TEXT, "kind": _TEXT, "period": _TEXT, "subject": _TEXT, "quote": _TEXT, "section": _TEXT,
    "flags": (list, _NONE), "check": (dict, _NONE),
}
_CHECK: dict[str, tuple[type, ...]] = {
    "status": _TEXT, "reason": _TEXT, "span": (list, _NONE), "canonical_value": _NUMBER,
    "canonical_value_high": _NUMBER, "canonical_unit": _TEXT, "matched": _TEXT,
}
_JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
               dict: "an object", _NONE: "null"}


def _json_name(value: Any) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _is(value: Any, types: tuple[type, ...]) -> bool:
    """isinstance, except that true and false are not numbers."""
    return isinstance(value, types) and (bool in types or not isinstance(value, bool))


def _wrong(obj: dict[str, Any], shape: dict[str, tuple[type, ...]], where: str) -> str | None:
    for key, types in shape.items():
        if key in obj and not _is(obj[key], types):
            allowed = " or ".join(dict.fromkeys(_JSON_NAMES[t] for t in types))
            return f"{where}{key} is {_json_name(obj[key])}, not {allowed}"
    return None


def _figure_problem(f: Any, where: str) -> str | None:
    if not isinstance(f, dict):
        return f"{where} is {_json_name(f)}, not an object"
    problem = _wrong(f, _FIGURE, f"{where}.")
    check = f.get("check")
    if problem or not isinstance(check, dict):
        return problem
    problem = _wrong(check, _CHECK, f"{where}.check.")
    span = check.get("span")
    if not problem and span is not None and not (len(span) == 2 and all(_is(x, (int,)) and x >= 0 for x in span)):
        problem = f"{where}.check.span is {span!r}, not two offsets [start, end]"
    return problem


def _checks_problem(checks: dict[str, Any]) -> str | None:
    for name in ("figures", "text"):
        counts = checks.get(name) or {}
        bad = next((k for k, v in counts.items() if not _is(v, (int,))), None)
        if bad is not None:
            return f"checks.{name}[{bad!r}] is {_json_name(counts[bad])}, not an integer count"
    for name in ("unsupported_in_text", "unconfirmed_in_text"):
        bad = next((x for x in checks.get(name) or [] if not isinstance(x, dict)), None)
        if bad is not None:
            return f"checks.{name} holds {_json_name(bad)}, not an object"
    return None


def record_problem(rec: dict[str, Any]) -> str | None:
    """What makes an output record unreadable to export, report and check: a field they read that is not
    of the JSON type an output has there (figures a string, a value a string, a span of three). None
    when it is readable. Fields they do not read, and absent fields, are not looked at."""
    problem = _wrong(rec, _RECORD, "")
    for key, shape in _PARTS.items():
        part = rec.get(key)
        if not problem and isinstance(part, dict):
            problem = _wrong(part, shape, f"{key}.")
    if not problem and isinstance(rec.get("checks"), dict):
        problem = _checks_problem(rec["checks"])
    for i, f in enumerate(rec.get("figures") or []):
        problem = problem or _figure_problem(f, f"figures[{i}]")
    return problem


def read_text(path: Path, what: str = "an output of summariser") -> str:
    """A results file as text: UTF-8 (a BOM an editor added is fine); InputError naming the file, the
    line and the byte when it cannot be read or is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise InputError(f"{path}:{line} is not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); {what} "
                         "is UTF-8: was it saved again in another encoding?") from None


def read_results(path: Path, problem_of: Callable[[dict[str, Any]], str | None] = record_problem,
                 what: str = "an output of summariser") -> list[dict[str, Any]]:
    """The records of an output file (of `run` or `check -o`), each checked for the fields report,
    check and export read (`problem_of`: another check, for gold); InputError naming the file and line
    of the first one that is not readable."""
    out: list[dict[str, Any]] = []
    for row in rows(read_text(path, what)):
        if row.value is None:
            # (whatever the file is meant to be: a run's output given as gold is torn the same way)
            torn = "; a line a killed run tore is dropped by `summariser run --resume -o` on the same file"
            raise InputError(f"{path}:{row.n} {row.problem}{torn}")
        problem = problem_of(row.value)
        if problem:
            raise InputError(f"{path}:{row.n} {problem}")
        out.append(row.value)
    return out
