"""`summariser check`: re-verify the figures of an output file against their sources."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch.inputs import read_source
from ..batch.jsonl import read_records
from ..numbers.check import check_figures
from ..text.clean import clean


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


def recheck_file(results: Path, out: Path | None = None) -> Report:
    """Check every figure of every record again; list the verdicts that changed."""
    report = Report()
    updated: list[dict[str, Any]] = []
    for rec in read_records(results):
        updated.append(rec)
        if "error" in rec or not rec.get("figures"):
            continue
        report.documents += 1
        raw = read_source(rec.get("source"))
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
