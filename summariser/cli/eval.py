"""Evaluation of predicted figures against gold (pure: reads rows, computes, formats).

A predicted figure matches a gold one on canonical value (base units, sign included) and unit class;
each gold figure is matched at most once, preferring a prediction whose quote overlaps the gold
quote. Optional gold figures count neither for nor against: a prediction matching one is left out
of precision, and missing one costs no recall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.chars import no_space
from ..numbers.unit_parser import parse_unit
from ..numbers.units import number_text, unit_class


@dataclass
class DocScore:
    doc_id: str
    gold: int = 0  # required gold figures
    found: int = 0  # required gold figures matched
    predicted: int = 0  # predicted figures counted for precision
    correct: int = 0  # of those, matched to required gold
    supported: int = 0  # predicted figures the checker supports (supported or derived)
    figures: int = 0  # all predicted figures
    text_unsupported: int = 0
    traps: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    status: str = "ok"  # ok, missing (no line), or the error type of the line


@dataclass
class EvalResult:
    docs: list[DocScore]

    def total(self, name: str) -> int:
        return sum(int(getattr(d, name)) for d in self.docs)

    @property
    def recall(self) -> float:
        return self.total("found") / max(self.total("gold"), 1)

    @property
    def precision(self) -> float:
        return self.total("correct") / max(self.total("predicted"), 1)

    @property
    def supported_share(self) -> float:
        return self.total("supported") / max(self.total("figures"), 1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "recall": round(self.recall, 4), "precision": round(self.precision, 4),
            "supported_share": round(self.supported_share, 4),
            "gold": self.total("gold"), "found": self.total("found"), "predicted": self.total("predicted"),
            "correct": self.total("correct"), "text_unsupported": self.total("text_unsupported"),
            "traps_reported": sum(len(d.traps) for d in self.docs),
            "documents": [d.__dict__ for d in self.docs],
        }


def _canonical(value: Any, unit: Any) -> tuple[float, str] | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    spec = parse_unit(str(unit or ""))
    if spec is None:
        return None
    return v * spec.factor, unit_class(spec.base)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _overlap(a: str, b: str) -> bool:
    a, b = no_space(a or ""), no_space(b or "")
    return bool(a and b) and (a in b or b in a)


def _miss_text(f: dict[str, Any]) -> str:
    """A figure in the misses table: value, unit, «quote»."""
    return f"{number_text(f.get('value'))}{f.get('unit', '')} «{f.get('quote', '')}»"


def _key_of(pred: dict[str, Any]) -> set[str]:
    keys = {str(pred.get("doc_id", ""))}
    src = pred.get("source")
    if src:
        keys.add(Path(str(src).split("#")[0]).name)
        keys.add(Path(str(src).split("#")[0]).stem)
    keys |= {Path(k).stem for k in list(keys)}
    return keys


def evaluate(gold_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]]) -> EvalResult:
    """Scores per gold document and overall."""
    by_key: dict[str, dict[str, Any]] = {}
    for p in pred_rows:
        for k in _key_of(p):
            by_key.setdefault(k, p)
    docs: list[DocScore] = []
    for g in gold_rows:
        score = DocScore(str(g["doc_id"]))
        pred = by_key.get(str(g["doc_id"])) or by_key.get(str(g.get("source_file", ""))) or \
            by_key.get(Path(str(g.get("source_file", ""))).stem)
        gold = g.get("figures", [])
        score.gold = sum(1 for f in gold if not f.get("optional"))
        if pred is None or "error" in pred:
            score.status = "missing" if pred is None else f"error: {pred['error'].get('type')}"
            score.missed = [_miss_text(f) for f in gold if not f.get("optional")]
            docs.append(score)
            continue
        figures = pred.get("figures", [])
        score.figures = len(figures)
        score.supported = sum(1 for f in figures if (f.get("check") or {}).get("status") in ("supported", "derived"))
        score.text_unsupported = len((pred.get("checks") or {}).get("unsupported_in_text", []))
        pred_canon = [_canonical(f.get("value"), f.get("unit")) for f in figures]
        used: set[int] = set()
        matched_optional = 0
        # required gold first, so an optional figure never takes a prediction a required one needs
        for gf in sorted(gold, key=lambda f: bool(f.get("optional"))):
            want = _canonical(gf["value"], gf["unit"])
            if want is None:
                continue
            candidates = [i for i, c in enumerate(pred_canon)
                          if i not in used and c is not None and c[1] == want[1] and _close(c[0], want[0])]
            candidates.sort(key=lambda i: not _overlap(figures[i].get("quote", ""), gf.get("quote", "")))
            if candidates:
                used.add(candidates[0])
                if gf.get("optional"):
                    matched_optional += 1
                else:
                    score.found += 1
            elif not gf.get("optional"):
                score.missed.append(_miss_text(gf))
        score.predicted = len(figures) - matched_optional
        score.correct = score.found
        score.extra = [_miss_text(figures[i]) for i in range(len(figures)) if i not in used]
        for trap in g.get("traps", []):
            bare = trap.strip("“”\"")
            if any(trap in (f.get("quote") or "") and (bare in number_text(f.get("value")) or not bare.isdigit())
                   or number_text(f.get("value")) == bare for f in figures):
                score.traps.append(trap)
        docs.append(score)
    return EvalResult(docs)


def format_text(result: EvalResult) -> str:
    """The plain-text report: a table per document, totals, and the misses."""
    out = [f"{'document':<28} {'recall':>9} {'precision':>10} {'supported':>10} {'text!':>6} {'traps':>6}  status"]
    for d in result.docs:
        sup = f"{d.supported}/{d.figures}"
        out.append(f"{d.doc_id[:28]:<28} {f'{d.found}/{d.gold}':>9} {f'{d.correct}/{d.predicted}':>10} "
                   f"{sup:>10} {d.text_unsupported:>6} {len(d.traps):>6}  {d.status}")
    out.append("")
    out.append(f"recall={result.recall:.3f} ({result.total('found')}/{result.total('gold')})")
    out.append(f"precision={result.precision:.3f} ({result.total('correct')}/{result.total('predicted')})")
    out.append(f"supported_share={result.supported_share:.3f} ({result.total('supported')}/{result.total('figures')})")
    out.append(f"headline_summary_unsupported={result.total('text_unsupported')}")
    out.append(f"traps_reported={sum(len(d.traps) for d in result.docs)}")
    misses = [(d.doc_id, "missed", m) for d in result.docs for m in d.missed]
    misses += [(d.doc_id, "extra", m) for d in result.docs for m in d.extra]
    misses += [(d.doc_id, "trap", t) for d in result.docs for t in d.traps]
    if misses:
        out.append("")
        out.append("misses (missed: gold not found; extra: predicted, not in gold; trap: reported a trap):")
        out += [f"  {doc[:28]:<28} {kind:<6} {what}" for doc, kind, what in misses]
    return "\n".join(out)
