"""`summariser check`: re-verify the figures of an output file against their sources."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._batch import read_records
from ._checking import check_figures
from ._cleaning import clean


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    documents: int = 0
    figures: int = 0
    changed: int = 0
    missing: int = 0

    @property
    def summary(self) -> str:
        return (f"checked {self.figures} figures of {self.documents} documents: {self.changed} verdicts changed, "
                f"{self.missing} documents whose source could not be read")


def source_text(source: str | None) -> str | bytes | None:
    """The raw text a record came from: a file path, or PATH.jsonl#ID; None when it cannot be read."""
    if not source or source == "-":
        return None
    if "#" in source and source.split("#", 1)[0].endswith(".jsonl"):
        path, doc_id = source.split("#", 1)
        if not Path(path).is_file():
            return None
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and str(rec.get("id")) == doc_id and isinstance(rec.get("text"), str):
                return str(rec["text"])
        return None
    p = Path(source)
    return p.read_bytes() if p.is_file() else None


def recheck_file(results: Path, out: Path | None = None) -> Report:
    """Check every figure of every record again; list the verdicts that changed."""
    report = Report()
    updated: list[dict[str, Any]] = []
    for rec in read_records(results):
        updated.append(rec)
        if "error" in rec or not rec.get("figures"):
            continue
        report.documents += 1
        raw = source_text(rec.get("source"))
        if raw is None:
            report.missing += 1
            report.lines.append(f"{rec.get('doc_id')}: source {rec.get('source')!r} not found; not re-checked")
            continue
        c = clean(raw)
        figures = rec["figures"]
        fresh = check_figures(c.text, figures)
        for f, v in zip(figures, fresh, strict=True):
            report.figures += 1
            old = (f.get("check") or {}).get("status")
            span = c.to_raw(*v.span) if v.span else None
            f["check"] = {**v.model_dump(mode="json"), "span": list(span) if span else None}
            if old != v.status.value:
                report.changed += 1
                report.lines.append(f"{rec.get('doc_id')}: {f.get('value')}{f.get('unit')} ({f.get('indicator')}) "
                                    f"{old} -> {v.status.value}: {v.reason}")
    if out is not None:
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in updated), encoding="utf-8")
    return report
