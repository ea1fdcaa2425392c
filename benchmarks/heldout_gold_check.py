"""Check the hand gold of a held-out set of real pages before its cases are made (benchmarks/heldout_cases.py).

A held-out set is a folder outside this repository: `pages/*.txt` (each page's text as stored), `gold.jsonl` (one
line a page, in the corpus's gold format, ../shared/corpus/README.md) and `urls.tsv` (file, URL). Helpers who build
such sets from real pages run this until it prints 0 problems:

    python benchmarks/heldout_gold_check.py SET_DIR [--used URLS.tsv ...]

It checks each figure's fields and their values (kind, measure, qualifier, a number for value, a bool for
optional, an indicator), that every quote, trap and not-quantity is verbatim in its page, and that no page's URL is
one of the `--used` lists (the corpus's, earlier sets'). Prints each problem and one summary line; exit status 1
when there is any.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FIELDS = frozenset({"quote", "value", "unit", "qualifier", "kind", "optional", "indicator", "period", "measure"})
KINDS = frozenset({"actual", "target", "forecast", "threshold"})
MEASURES = frozenset({"level", "growth", "share", "change"})
QUALIFIERS = frozenset({"=", ">=", ">", "<=", "<", "~"})


def figure_problems(figure: dict[str, Any], page: str) -> list[str]:
    """What is wrong with one gold figure of `page`, as short phrases; [] when nothing is."""
    if set(figure) != FIELDS:
        return [f"fields {sorted(set(figure) ^ FIELDS)}"]
    out = []
    if figure["quote"] not in page:
        out.append("quote not verbatim in its page")
    if figure["kind"] not in KINDS or figure["measure"] not in MEASURES or figure["qualifier"] not in QUALIFIERS:
        out.append(f"kind/measure/qualifier {figure['kind']} {figure['measure']} {figure['qualifier']}")
    if isinstance(figure["value"], bool) or not isinstance(figure["value"], (int, float)):
        out.append("value not a number")
    if not isinstance(figure["optional"], bool):
        out.append("optional not true/false")
    if figure["period"] is not None and not isinstance(figure["period"], str):
        out.append("period neither text nor null")
    if not figure["indicator"]:
        out.append("no indicator")
    return out


def set_problems(folder: Path, used: set[str]) -> tuple[list[str], int, int]:
    """Every problem of the set in `folder` (one line each), with how many figures it holds and how many count."""
    problems: list[str] = []
    figures = counted = 0
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        page = (folder / "pages" / doc["source_file"]).read_text(encoding="utf-8")
        if doc.get("source_url") in used:
            problems.append(f"{doc['doc_id']}: its URL was used before")
        for i, figure in enumerate(doc["figures"]):
            figures += 1
            counted += not figure.get("optional")
            problems += [f"{doc['doc_id']} #{i} {figure.get('quote')!r}: {p}" for p in figure_problems(figure, page)]
        for text in doc.get("traps", []) + doc.get("not_quantities", []):
            if text not in page:
                problems.append(f"{doc['doc_id']}: trap or not-quantity not verbatim: {text!r}")
    return problems, figures, counted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--used", type=Path, nargs="*", default=[], help="URL lists (the URL is each line's last "
                        "tab-separated field) no page of the set may come from")
    args = parser.parse_args(argv)
    used = {line.split("\t")[-1].strip() for path in args.used
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    problems, figures, counted = set_problems(args.folder, used)
    for problem in problems:
        print(problem)
    print(f"{figures} figures, {counted} that count, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
