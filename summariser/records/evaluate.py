"""Evaluation of predicted figures against gold (`summariser eval`): reads rows, computes, formats.

A predicted figure matches a gold one on canonical value (base units, sign included) and unit class;
each gold figure is matched at most once, preferring a prediction whose quote overlaps the gold
quote. Optional gold figures count neither for nor against: a prediction matching one is left out
of precision, and missing one costs no recall.

On the matched pairs the claim is scored too: indicator agreement (where the gold names one: the
same words up to paraphrase, see `indicators_agree`), period agreement (the same period however
written, or both without one) and kind agreement (actual, target, forecast, threshold).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.chars import no_space
from ..core.errors import InputError
from ..core.models import TRUSTED, CheckStatus
from ..core.simplify import simplified
from ..numbers.attribution import bigrams
from ..numbers.figure_names import SAYS_ENOUGH, TRADE, name_core
from ..numbers.periods import Period, parse_period
from ..numbers.source import compact
from ..numbers.unit_parser import parse_unit
from ..numbers.units import number_text, unit_class
from .results import read_results, record_problem

_TRUSTED = {s.value for s in TRUSTED}


@dataclass
class DocScore:
    doc_id: str
    gold: int = 0  # required gold figures
    found: int = 0  # required gold figures matched
    predicted: int = 0  # predicted figures counted for precision
    correct: int = 0  # of those, matched to required gold
    supported: int = 0  # predicted figures the checker trusts (supported or derived)
    unconfirmed: int = 0  # predicted figures the checker could neither confirm nor refute (to review)
    figures: int = 0  # all predicted figures
    text_unsupported: int = 0
    traps: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    status: str = "ok"  # ok, missing (no line), or the error type of the line
    indicator_pairs: int = 0  # matched pairs whose gold names an indicator
    indicator_agree: int = 0
    period_pairs: int = 0
    period_agree: int = 0
    kind_pairs: int = 0
    kind_agree: int = 0
    disagreements: list[str] = field(default_factory=list)


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

    def agreement(self, name: str) -> float:
        """Agreement on matched pairs for `name` (indicator, period or kind), 0 to 1 (1 with no pairs)."""
        pairs = self.total(f"{name}_pairs")
        return self.total(f"{name}_agree") / pairs if pairs else 1.0

    @property
    def supported_share(self) -> float:
        return self.total("supported") / max(self.total("figures"), 1)

    @property
    def unconfirmed_share(self) -> float:
        return self.total("unconfirmed") / max(self.total("figures"), 1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "recall": round(self.recall, 4), "precision": round(self.precision, 4),
            "supported_share": round(self.supported_share, 4),
            "unconfirmed_share": round(self.unconfirmed_share, 4), "unconfirmed": self.total("unconfirmed"),
            **{f"{n}_agreement": round(self.agreement(n), 4) for n in CLAIM_PARTS},
            **{f"{n}_pairs": self.total(f"{n}_pairs") for n in CLAIM_PARTS},
            "gold": self.total("gold"), "found": self.total("found"), "predicted": self.total("predicted"),
            "correct": self.total("correct"), "text_unsupported": self.total("text_unsupported"),
            "traps_reported": sum(len(d.traps) for d in self.docs),
            "documents": [d.__dict__ for d in self.docs],
        }


CLAIM_PARTS = ("indicator", "period", "kind")


def indicators_agree(predicted: str, gold: str) -> bool:
    """Whether a predicted indicator names what the gold one does, up to paraphrase: the same words
    once fillers and the measure are dropped (规模以上工业增加值增速 = 规上工业增加值), one held whole
    in the other (at least `SAYS_ENOUGH` characters: 技改投资 in 工业技改投资), most character pairs shared (Dice
    ≥ 0.6), or one's pairs (at least 3) nearly all (≥ 0.8) in the other: a more specific writing.
    工业投资 and 工业技改投资 share two of 工业投资's three pairs and do not agree."""
    a, b = name_core(predicted), name_core(gold)
    if not a or not b:
        # (a name of nothing but fillers and how it moved, 实现增长的行业: compared as written, simplified)
        a, b = simplified(predicted or "").strip(), simplified(gold or "").strip()
        return bool(a) and a == b
    if a == b or (min(len(a), len(b)) >= SAYS_ENOUGH and (a in b or b in a)) or _growth_of_value_added(predicted, a, b):
        return True
    if _trade_of(a, b) or _trade_of(b, a):
        return True
    pa, pb = bigrams(a), bigrams(b)
    shared = len(pa & pb)
    if 2 * shared / (len(pa) + len(pb)) >= 0.6:
        return True
    return any(len(p) >= 3 and shared / len(p) >= 0.8 for p in (pa, pb))


def _trade_of(short: str, long: str) -> bool:
    """Whether `short` is trade named by what crosses the border (出口, 进口: short but whole) and `long` ends with it,
    a more specific writing of the same (外贸出口总额 and 出口总额; not 出口交货值, another measure)."""
    return short in TRADE and long.endswith(short)


def _growth_of_value_added(predicted: str, a: str, b: str) -> bool:
    """Whether a sector's growth written by its rate alone (采掘业增速, key `a`) names the growth of the sector's value
    added the gold writes (采掘业增加值, key `b`): how a branch grew is its value added's growth, as the releases
    write it (采掘业同比增长2.5%)."""
    return _RATE_WORD.search(simplified(predicted or "").strip()) is not None and len(a) >= 2 \
        and b.endswith("增加值") and a == b[:-3]


_RATE_WORD = re.compile(r"(?:增速|增幅|增长)$")


def periods_agree(predicted: str | None, gold: str | None) -> bool:
    """Whether two periods are one however written (一季度 = 1-3月), or both absent."""
    a, b = parse_period(predicted), parse_period(gold)
    if a is None or b is None:
        return a is None and b is None
    if a.other or b.other:
        return no_space(simplified(a.raw)) == no_space(simplified(b.raw))
    # (今年前7月 and 前7月 are one stretch on one page: this year is the year a period that writes none is of;
    # a year written out, 2024年1-7月, is held to its number, which the page alone could tell)
    return (_this_year(a), a.months, a.day, a.lunar) == (_this_year(b), b.months, b.day, b.lunar)


def _this_year(p: Period) -> str | None:
    """A period's year, with 今年 and 本年 read as the year of a period that writes none."""
    return None if p.year in ("今年", "本年") else p.year


def _score_claim(score: DocScore, pred: dict[str, Any], gold: dict[str, Any]) -> None:
    what = f"{number_text(gold.get('value'))}{gold.get('unit', '')}"
    if gold.get("indicator"):
        score.indicator_pairs += 1
        if indicators_agree(str(pred.get("indicator") or ""), str(gold["indicator"])):
            score.indicator_agree += 1
        else:
            score.disagreements.append(f"{what} indicator: {pred.get('indicator')!r}, gold {gold['indicator']!r}")
    if "period" in gold:
        score.period_pairs += 1
        if periods_agree(pred.get("period"), gold.get("period")):
            score.period_agree += 1
        else:
            score.disagreements.append(f"{what} period: {pred.get('period')!r}, gold {gold.get('period')!r}")
    score.kind_pairs += 1
    if (pred.get("kind") or "actual") == (gold.get("kind") or "actual"):
        score.kind_agree += 1
    else:
        score.disagreements.append(f"{what} kind: {pred.get('kind')!r}, gold {gold.get('kind')!r}")


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
    """Whether two quotes overlap, read as the checker reads text (traditional forms, ruby, width, spaces
    gone): a gold quote in the page's 總投資 is the prediction's 总投资."""
    a, b = simplified(compact(a or "")), simplified(compact(b or ""))
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


def _gold_problem(g: dict[str, Any]) -> str | None:
    """What makes a gold row unreadable (a field of the wrong JSON type, a figure without value or unit)."""
    if not isinstance(g.get("doc_id"), (str, int)) or isinstance(g.get("doc_id"), bool):
        return "has no doc_id string"
    for key in ("figures", "traps"):
        if not isinstance(g.get(key, []), list):
            return f"{key} is not a list"
    if not all(isinstance(t, str) for t in g.get("traps", [])):
        return "traps holds something that is not a string"
    for i, f in enumerate(g.get("figures", [])):
        if not isinstance(f, dict) or "value" not in f or "unit" not in f:
            return f"figures[{i}] is not an object with a value and a unit"
    return None


def check_rows(gold_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]]) -> None:
    """InputError naming the first gold or predicted record (by its place in its file, from 1) that is
    not readable: a field of the wrong JSON type, a gold figure without a value or unit."""
    for what, found, problem_of in (("gold", gold_rows, _gold_problem), ("predictions", pred_rows, record_problem)):
        for n, row in enumerate(found, start=1):
            problem = problem_of(row) if isinstance(row, dict) else "is not a JSON object"
            if problem:
                raise InputError(f"{what} file, record {n}: {problem}")


def evaluate_files(gold: Path, predictions: Path) -> EvalResult:
    """evaluate() of a gold file and an output file; InputError naming the file and line of a record
    that cannot be read (not UTF-8, not JSON, a field of the wrong JSON type)."""
    return evaluate(read_results(gold, _gold_problem, "a gold file"), read_results(predictions))


def evaluate(gold_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]]) -> EvalResult:
    """Scores per gold document and overall; InputError on a record that is not readable (check_rows)."""
    check_rows(gold_rows, pred_rows)
    by_key: dict[str, dict[str, Any]] = {}
    for p in pred_rows:
        for k in _key_of(p):
            by_key.setdefault(k, p)
    return EvalResult([score_document(g, _prediction_for(g, by_key)) for g in gold_rows])


def _prediction_for(g: dict[str, Any], by_key: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The predicted record of a gold document: by its doc_id, else its source file's name or stem."""
    source_file = str(g.get("source_file", ""))
    return by_key.get(str(g["doc_id"])) or by_key.get(source_file) or by_key.get(Path(source_file).stem)


def score_document(g: dict[str, Any], pred: dict[str, Any] | None) -> DocScore:
    """One gold document's score against its predicted record (None: no line for it)."""
    score = DocScore(str(g["doc_id"]))
    gold = g.get("figures", [])
    score.gold = sum(1 for f in gold if not f.get("optional"))
    if pred is None or pred.get("error"):
        score.status = "missing" if pred is None else f"error: {pred['error'].get('type')}"
        score.missed = [_miss_text(f) for f in gold if not f.get("optional")]
        return score
    figures = pred.get("figures") or []
    score.figures = len(figures)
    statuses = [(f.get("check") or {}).get("status") for f in figures]
    score.supported = sum(1 for s in statuses if s in _TRUSTED)
    score.unconfirmed = statuses.count(CheckStatus.unconfirmed.value)
    score.text_unsupported = len((pred.get("checks") or {}).get("unsupported_in_text", []))
    used, matched_optional = _match_figures(score, gold, figures)
    score.predicted = len(figures) - matched_optional
    score.correct = score.found
    score.extra = [_miss_text(figures[i]) for i in range(len(figures)) if i not in used]
    score.traps = [t for t in g.get("traps", []) if _trap_reported(t, figures)]
    return score


def _match_figures(score: DocScore, gold: list[dict[str, Any]], figures: list[dict[str, Any]]) -> tuple[set[int], int]:
    """Match each gold figure to at most one prediction of the same canonical value and unit class, scoring the
    claims of the matched required ones and listing the missed; returns the predictions used and how many
    matched an optional gold figure. Pairs whose quotes overlap are matched first, over the whole document: a
    prediction of 国家级1家 is the gold figure quoted 国家级1家, not an earlier gold figure of 1家 elsewhere that
    would otherwise take it first."""
    # required gold first, so an optional figure never takes a prediction a required one needs
    order = sorted(gold, key=lambda f: bool(f.get("optional")))
    wanted = [_canonical(gf["value"], gf["unit"]) for gf in order]
    taken = _paired(order, wanted, figures)
    matched_optional = 0
    for k, gf in enumerate(order):
        if k in taken and gf.get("optional"):
            matched_optional += 1
        elif k in taken:
            score.found += 1
            _score_claim(score, figures[taken[k]], gf)
        elif not gf.get("optional") and wanted[k] is not None:
            score.missed.append(_miss_text(gf))
    return set(taken.values()), matched_optional


def _paired(order: list[dict[str, Any]], wanted: list[tuple[float, str] | None],
            figures: list[dict[str, Any]]) -> dict[int, int]:
    """Each gold figure (by its place in `order`, `wanted` its canonical value) to the prediction it is matched to:
    first the pairs whose quotes overlap, then value alone; each prediction matched once."""
    pred_canon = [_canonical(f.get("value"), f.get("unit")) for f in figures]
    taken: dict[int, int] = {}
    used: set[int] = set()
    for by_quote in (True, False):
        for k, (gf, want) in enumerate(zip(order, wanted, strict=True)):
            if k in taken or want is None:
                continue
            candidate = next((i for i, c in enumerate(pred_canon)
                              if i not in used and c is not None and c[1] == want[1] and _close(c[0], want[0])
                              and (not by_quote or _overlap(figures[i].get("quote", ""), gf.get("quote", "")))),
                             None)
            if candidate is not None:
                taken[k] = candidate
                used.add(candidate)
    return taken


def _trap_reported(trap: str, figures: list[dict[str, Any]]) -> bool:
    """Whether a prediction reports a trap: its value is the trap's number, or its quote holds the trap
    (and, for a bare number, its value writes it)."""
    bare = trap.strip("“”\"")
    return any(trap in (f.get("quote") or "") and (bare in number_text(f.get("value")) or not bare.isdigit())
               or number_text(f.get("value")) == bare for f in figures)


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
    for name in CLAIM_PARTS:
        out.append(f"{name}_agreement={result.agreement(name):.3f} "
                   f"({result.total(name + '_agree')}/{result.total(name + '_pairs')} matched figures)")
    out.append(f"supported_share={result.supported_share:.3f} ({result.total('supported')}/{result.total('figures')})")
    out.append(f"unconfirmed_share={result.unconfirmed_share:.3f} ({result.total('unconfirmed')}/"
               f"{result.total('figures')}: neither trusted nor failed, to review)")
    out.append(f"headline_summary_unsupported={result.total('text_unsupported')}")
    out.append(f"traps_reported={sum(len(d.traps) for d in result.docs)}")
    misses = [(d.doc_id, "missed", m) for d in result.docs for m in d.missed]
    misses += [(d.doc_id, "extra", m) for d in result.docs for m in d.extra]
    misses += [(d.doc_id, "trap", t) for d in result.docs for t in d.traps]
    misses += [(d.doc_id, "claim", x) for d in result.docs for x in d.disagreements]
    if misses:
        out.append("")
        out.append("misses (missed: gold not found; extra: predicted, not in gold; trap: reported a trap; "
                   "claim: a matched figure whose indicator, period or kind differs from gold):")
        out += [f"  {doc[:28]:<28} {kind:<6} {what}" for doc, kind, what in misses]
    return "\n".join(out)
