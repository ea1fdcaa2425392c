"""Re-verify the figures of an output file against their sources (`summariser check`): after an
upgrade of the checker, which verdicts changed. Sources are read through `sources.Sources`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..core.errors import InputError
from ..core.models import CheckStatus
from ..numbers.check import check_figures
from ..numbers.figure_names import shipped
from ..text.clean import clean
from .results import read_results
from .sources import Found, Sources


@dataclass
class RecheckResult:
    """What a re-check found: a line per changed verdict or unread source, and the counts."""

    lines: list[str] = field(default_factory=list)
    documents: int = 0
    figures: int = 0
    changed: int = 0
    missing: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)  # the fresh verdicts, by status

    @property
    def summary(self) -> str:
        now = ", ".join(f"{self.verdicts[s.value]} {s.value}" + (" (to review)" if s is CheckStatus.unconfirmed else "")
                        for s in CheckStatus if self.verdicts[s.value])
        return (f"checked {self.figures} figures of {self.documents} documents: {self.changed} verdicts changed, "
                f"{self.missing} documents whose source could not be read" + (f"; now {now}" if now else ""))


def recheck_file(results: Path, out: Path | None = None, roots: Iterable[Path] = ()) -> RecheckResult:
    """Check every figure of every record again; list the verdicts that changed. Sources are read as
    `Sources` says (`roots`: more folders they may be read from); InputError names the file and line
    of a record that cannot be read."""
    report = RecheckResult()
    records = read_results(results)
    sources = Sources(results, roots)
    for rec in records:
        if rec.get("error") or not rec.get("figures"):
            continue
        report.documents += 1
        found = sources.read(rec.get("source"))
        if found.raw is not None:
            try:
                _recheck(rec, found.raw, report)
                continue
            except InputError as e:  # a source that is no longer text (binary, undecodable)
                found = Found(None, f"cannot be read as an article: {e}")
        report.missing += 1
        report.lines.append(f"{rec.get('doc_id')}: source {rec.get('source')!r} {found.why}; not re-checked")
    if out is not None:
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return report


def _recheck(rec: dict[str, Any], raw: str | bytes, report: RecheckResult) -> None:
    """A record's figures checked again against its raw source, their verdicts and the counts in
    `checks.figures` replaced; the changes listed in the report."""
    c = clean(raw)
    figures = rec["figures"]
    fresh = shipped(figures, check_figures(c.text, figures), c.text)
    for f, v in zip(figures, fresh, strict=True):
        report.figures += 1
        report.verdicts[v.status.value] += 1
        old = (f.get("check") or {}).get("status")
        span = c.to_raw(*v.span) if v.span else None
        f["check"] = {**v.model_dump(mode="json"), "span": list(span) if span else None}
        if old != v.status.value:
            report.changed += 1
            report.lines.append(f"{rec.get('doc_id')}: {f.get('value')}{f.get('unit')} ({f.get('indicator')}) "
                                f"{old} -> {v.status.value}: {v.reason}")
    checks = rec.get("checks")
    counts = dict(Counter(v.status.value for v in fresh))
    rec["checks"] = {**(checks if isinstance(checks, dict) else {}), "figures": counts}
