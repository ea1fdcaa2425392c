"""The model path on a real model: `summariser run` over corpus pages against a live endpoint, scored on the gold.

    bash models/qwen.sh start 1.5b          # a local Chinese model on 127.0.0.1:8765, no GPU needed
    python benchmarks/real_model.py --limit 10 --base-url http://127.0.0.1:8765/v1 --model qwen
    python benchmarks/real_model.py --limit 10 --extract free     # the free extraction (SUMMARISER_EXTRACT)
    python benchmarks/real_model.py --score OUT.jsonl      # score an earlier run's output again

Runs the command line a user runs (`summariser run`, one request at a time: a CPU server has one slot,
and a queued request would spend its timeout waiting), with the answer cache off, on the first
`--limit` pages of `--pages` (sorted by name), then scores the output against `--gold` with the
scoring of `summariser eval` (summariser.records.evaluate) and prints one line of `name=value` figures:

- `docs`, `failed`: documents run, and those whose line is an error;
- `gold`, `right`, `recall`: required gold figures, how many a figure matches (value and unit class,
  each gold figure once: `summariser eval`'s matching), and their ratio;
- `figures`, `marked`: figures given, and those the checker marked supported or derived;
- `wrong_marked`, `wrong_marked_share`: marked figures that match no gold figure of their document
  (required or optional) on value and unit, or whose indicator or kind the gold contradicts: trusted
  and wrong; `wrong_marked_value` and `wrong_marked_claim` split them;
- `wrong_marked_period`: marked figures, right on value, indicator and kind, whose period surely names another
  stretch than the gold's (2023年 against 2022年, 1-8月 against 1-7月; not 前三季度 against 1-9月, nor 截至3月底
  against 1-3月: `heldout_cases.distinct`); a figure with no period is not counted. Kept apart from `wrong_marked`
  so that earlier runs stay comparable; `wrong_marked_with_period` is their sum, and its share of `marked`;
- `unitless`, `unitless_marked`: figures with no unit, and those of them marked;
- `bad_quote_marked`: marked figures whose quote is not in the cleaned source;
- `periods_given`, `period_agreement`: the share of right figures with a period, and with the gold's;
- `indicator_agreement`, `kind_agreement`: the same on indicator and kind (`summariser eval`'s);
- `calls_per_doc`, `reasks_per_doc`, `tokens_in_per_doc`, `tokens_out_per_doc`, `seconds_per_doc`
  (the wall time of the run over its documents), `model_seconds_per_doc` (provenance seconds: each
  document's time in work, its wait for the endpoint's one request slot included; two documents are in
  work per slot (batch/sizing.in_work), so it can be up to twice `seconds_per_doc`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from summariser import clean
from summariser.numbers.check import quote_span
from summariser.records.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MARKED = ("supported", "derived")


def run(pages: list[Path], out: Path, args: argparse.Namespace) -> float:
    """`summariser run` over `pages` into `out`; returns the wall seconds."""
    env = dict(os.environ, SUMMARISER_TIMEOUT=str(args.timeout), SUMMARISER_MAX_TOKENS=str(args.max_tokens),
               SUMMARISER_EXTRACT=args.extract)
    # (absolute, not resolved: a page linked under its gold's doc_id keeps that name as the record's id)
    cmd = [sys.executable, "-m", "summariser", "run", *(str(x.absolute()) for x in pages), "-o", str(out.resolve()),
           "--no-cache", "--concurrency", "1", "--no-progress", "--mode", args.mode]
    if args.base_url:
        cmd += ["--base-url", args.base_url]
    if args.model:
        cmd += ["--model", args.model]
    t0 = time.perf_counter()
    # run in the project's folder: `-m` puts the working folder first on sys.path, where a stray module
    # (an attr.py beside the output) would shadow a package; here it finds this copy's summariser
    subprocess.run(cmd, env=env, check=False, cwd=ROOT)
    return time.perf_counter() - t0


def _distinct_periods() -> Any:
    """heldout_cases.distinct, read from its file beside this one (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("heldout_cases", Path(__file__).with_name("heldout_cases.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.distinct


DISTINCT = _distinct_periods()


def _period_wrong(figure: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """Whether the figure's period surely names another stretch than the gold figure's (both given)."""
    mine, theirs = str(figure.get("period") or "").strip(), str(wanted.get("period") or "").strip()
    return bool(mine and theirs) and bool(DISTINCT(mine, theirs))


def _one(gold: dict[str, Any], row: dict[str, Any], figure: dict[str, Any]) -> tuple[bool, bool, bool, bool]:
    """Whether `figure` alone matches a gold figure on value and unit (required or optional), whether
    it matched a required one, whether the gold contradicts its indicator or kind there, and whether its period
    surely differs from that gold figure's. Among the
    gold figures it matches (a value the page writes twice, 9% of two indicators), one whose quote it shares
    is its own, else one it agrees with: scored against the whole gold alone, it would pair with the first."""
    quote = str(figure.get("quote") or "")
    best: tuple[tuple[bool, bool, bool], bool, bool, bool] | None = None
    for wanted in gold.get("figures", []):
        alone = evaluate([{**gold, "figures": [wanted]}], [{**row, "figures": [figure]}]).docs[0]
        required = alone.found == 1
        if not required and alone.predicted != 0:  # (a prediction matching an optional figure leaves precision)
            continue
        claim_wrong = any(" indicator: " in d or " kind: " in d for d in alone.disagreements)
        theirs = str(wanted.get("quote") or "")
        shared = bool(quote and theirs) and (theirs in quote or quote in theirs)
        if best is None or (shared, not claim_wrong, required) > best[0]:
            best = ((shared, not claim_wrong, required), required, claim_wrong, _period_wrong(figure, wanted))
    return (True, best[1], best[2], best[3]) if best is not None else (False, False, False, False)


def score(gold_rows: list[dict[str, Any]], rows: list[dict[str, Any]], pages: dict[str, Path],
          wall: float | None) -> dict[str, Any]:
    result = evaluate(gold_rows, rows)
    by_id = {Path(str(r.get("doc_id", ""))).stem: r for r in rows}
    figures = marked = wrong_value = wrong_claim = wrong_period = unitless = unitless_marked = bad_quote = 0
    right_given_period = right_required = 0
    calls = reasks = tin = tout = 0
    model_seconds = 0.0
    failed = 0
    for g in gold_rows:
        row = by_id.get(str(g["doc_id"]))
        if row is None:  # no line at all: failed too
            failed += 1
            continue
        if "error" in row:
            failed += 1
            usage = row["error"].get("usage") or {}
            calls += int(usage.get("calls", 0))
            tin += int(usage.get("tokens_in", 0))
            tout += int(usage.get("tokens_out", 0))
            continue
        prov = row.get("provenance") or {}
        calls += int(prov.get("calls", 0))
        reasks += int(prov.get("retries", 0))
        tin += int(prov.get("tokens_in", 0))
        tout += int(prov.get("tokens_out", 0))
        model_seconds += float(prov.get("seconds", 0.0))
        source = clean(pages[str(g["doc_id"])].read_text(encoding="utf-8")).text if str(g["doc_id"]) in pages else ""
        for f in row.get("figures", []):
            figures += 1
            is_marked = (f.get("check") or {}).get("status") in MARKED
            right, required, claim_wrong, period_wrong = _one(g, row, f)
            if required:
                right_required += 1
                right_given_period += bool((f.get("period") or "").strip())
            if not (f.get("unit") or "").strip():
                unitless += 1
                unitless_marked += is_marked
            if not is_marked:
                continue
            marked += 1
            if not right:
                wrong_value += 1
            elif claim_wrong:
                wrong_claim += 1
            elif period_wrong:
                wrong_period += 1
            if source and quote_span(source, f.get("quote") or "") is None:
                bad_quote += 1
    docs = len(gold_rows)
    n = max(docs, 1)
    wrong = wrong_value + wrong_claim
    return {
        "docs": docs, "failed": failed, "gold": result.total("gold"), "right": result.total("found"),
        "recall": round(result.recall, 3), "figures": figures, "marked": marked, "wrong_marked": wrong,
        "wrong_marked_share": round(wrong / max(marked, 1), 3), "wrong_marked_value": wrong_value,
        "wrong_marked_claim": wrong_claim, "wrong_marked_period": wrong_period,
        "wrong_marked_with_period": wrong + wrong_period,
        "wrong_marked_with_period_share": round((wrong + wrong_period) / max(marked, 1), 3),
        "unitless": unitless, "unitless_marked": unitless_marked,
        "bad_quote_marked": bad_quote,
        "periods_given": round(right_given_period / max(right_required, 1), 3),
        "period_agreement": round(result.agreement("period"), 3),
        "indicator_agreement": round(result.agreement("indicator"), 3),
        "kind_agreement": round(result.agreement("kind"), 3),
        "calls_per_doc": round(calls / n, 2), "reasks_per_doc": round(reasks / n, 2),
        "tokens_in_per_doc": round(tin / n), "tokens_out_per_doc": round(tout / n),
        **({"seconds_per_doc": round(wall / n, 1)} if wall is not None else {}),
        "model_seconds_per_doc": round(model_seconds / n, 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--pages", type=Path, default=CORPUS / "pages", help="folder of .txt pages")
    p.add_argument("--gold", type=Path, default=CORPUS / "gold.jsonl", help="gold figures (corpus format)")
    p.add_argument("--limit", type=int, default=10, help="the first N pages by name")
    p.add_argument("--base-url", default=os.environ.get("SUMMARISER_BASE_URL", "http://127.0.0.1:8765/v1"))
    p.add_argument("--model", default=os.environ.get("SUMMARISER_MODEL", "qwen"))
    p.add_argument("--mode", default="json_object", help="structured-output mode (llama.cpp: json_object)")
    p.add_argument("--extract", choices=("free", "marked"), default=os.environ.get("SUMMARISER_EXTRACT", "marked"),
                   help="SUMMARISER_EXTRACT for the run: free (the model writes each figure) or marked (the "
                        "parser's quantities marked, the model says which matter and what each is)")
    p.add_argument("--timeout", type=float, default=900.0, help="SUMMARISER_TIMEOUT for the run (seconds)")
    p.add_argument("--max-tokens", type=int, default=1500, help="SUMMARISER_MAX_TOKENS for the run")
    p.add_argument("-o", "--output", type=Path, help="keep the run's JSONL here (default: a temporary file)")
    p.add_argument("--score", type=Path, help="score this earlier output instead of running")
    p.add_argument("--name", default="real_model", help="the first figure of the line")
    args = p.parse_args(argv)

    all_pages = sorted(args.pages.glob("*.txt"))
    gold_all = {str(json.loads(line)["doc_id"]): json.loads(line)
                for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()}
    chosen = [x for x in all_pages if x.stem in gold_all][: args.limit]
    if not chosen:
        p.error(f"no page of {args.pages} has a gold entry in {args.gold} (pages are matched by file name)")
    wall: float | None = None
    if args.score:
        out = args.score
    else:
        out = args.output or Path(tempfile.mkdtemp(prefix="real_model_")) / "out.jsonl"
        out.unlink(missing_ok=True)
        wall = run(chosen, out, args)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = {Path(str(r.get("doc_id", ""))).stem for r in rows}
    gold_rows = [gold_all[x.stem] for x in chosen if x.stem in ids or not args.score]
    figures = score(gold_rows, rows, {x.stem: x for x in chosen}, wall)
    print(" ".join([f"name={args.name}", *(f"{k}={v}" for k, v in figures.items())]))
    print(f"output: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
