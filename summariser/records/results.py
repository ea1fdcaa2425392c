"""Reading results files (the output of `run`, `check -o`, or a Ray run's folder) for eval, report,
check and export: `read_results` reads one as UTF-8 and checks that every field those tools read
has the JSON type it should, so that a damaged or hand-edited file is an InputError naming its file
and line, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..batch.jsonl import RUN_RECORDS, rows
from ..core.errors import ConfigError, InputError

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


def records_file(path: Path) -> Path:
    """The JSONL of an output: the file itself, or a Ray run's folder's records.jsonl (ConfigError when
    the folder holds none); read it with `read_results`."""
    if not path.is_dir():
        return path
    found = path / RUN_RECORDS
    if not found.is_file():
        raise ConfigError(f"{path} holds no {RUN_RECORDS}: is it the folder of a finished run --engine ray?")
    return found
