"""Every verdict of a set of case files, before and after a change: what the scorer does not count.

    python benchmarks/verdict_shift.py record CASES.jsonl [CASES.jsonl ...] -o VERDICTS.jsonl
    python benchmarks/verdict_shift.py compare BEFORE.jsonl AFTER.jsonl [-v]

`score.py attribution` counts a wrong claim as handled whether the checker refuses it (`misattributed`,
`unsupported`) or leaves it open (`unconfirmed`), so a reading that turns 76 right refusals into abstentions to spare
19 right claims looks like a gain there. `record` writes the verdict of every case (the code of this checkout, or of
the tree on PYTHONPATH) as one line each, keyed by file and line; `compare` pairs two records and prints each
transition's count by what the case expects, then one line of figures:

- `wrong_trusted_added=`   wrong claims (expect unsupported) now supported or derived (the worst);
- `wrong_refused_to_open=` wrong claims once refused, now unconfirmed (a refusal lost);
- `right_refused_added=`   right claims (expect supported) newly refused;
- `right_refused_to_open=` right claims once refused, now unconfirmed;
- `right_now_trusted=`     right claims once refused or open, now supported or derived;
- `right_trust_lost=`      right claims once supported or derived, now open or refused (a right figure no longer
                           shipped);
- `wrong_trust_removed=`   wrong claims once supported or derived, now open or refused.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# (PYTHONPATH names the tree whose code records, another checkout's: the code before a change)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

TRUSTED = ("supported", "derived")
REFUSED = ("misattributed", "unsupported")


def record(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """The verdict of every case of the case files `paths`, keyed by file and line."""
    from summariser import check_figures

    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            case = json.loads(line)
            claim = {"quote": None, **case["claim"]}
            try:
                status = check_figures(case["source"], [claim])[0].status.value
            except Exception as e:  # noqa: BLE001 (a case the checker fails on is a verdict of its own, reported)
                status = f"error: {type(e).__name__}"
            yield {"file": str(path), "line": n, "id": case.get("id"), "expect": case["expect"], "status": status}


def shifts(before: Iterable[dict[str, Any]], after: Iterable[dict[str, Any]]) -> Counter[tuple[str, str, str]]:
    """How many cases moved from one verdict to another, by what they expect: (expect, before, after) -> count."""
    old = {(r["file"], r["line"]): r for r in before}
    moved: Counter[tuple[str, str, str]] = Counter()
    for r in after:
        was = old.get((r["file"], r["line"]))
        if was is None:
            raise ValueError(f"{r['file']}:{r['line']} is in the second record only: record the same files")
        if was["status"] != r["status"]:
            moved[(r["expect"], was["status"], r["status"])] += 1
    return moved


def figures(moved: Counter[tuple[str, str, str]]) -> dict[str, int]:
    """The transitions that matter, summed (see the module's docstring)."""
    def count(expect: str, old: tuple[str, ...], new: tuple[str, ...]) -> int:
        return sum(n for (e, a, b), n in moved.items() if e == expect and a in old and b in new)

    not_trusted = (*REFUSED, "unconfirmed")
    return {
        "wrong_trusted_added": count("unsupported", not_trusted, TRUSTED),
        "wrong_refused_to_open": count("unsupported", REFUSED, ("unconfirmed",)),
        "right_refused_added": count("supported", (*TRUSTED, "unconfirmed"), REFUSED),
        "right_refused_to_open": count("supported", REFUSED, ("unconfirmed",)),
        "right_now_trusted": count("supported", not_trusted, TRUSTED),
        "right_trust_lost": count("supported", TRUSTED, not_trusted),
        "wrong_trust_removed": count("unsupported", TRUSTED, not_trusted),
    }


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="verb", required=True)
    rec = sub.add_parser("record", help="write the verdict of every case")
    rec.add_argument("cases", nargs="+", type=Path)
    rec.add_argument("-o", "--out", type=Path, required=True)
    cmp_ = sub.add_parser("compare", help="count the verdicts that moved between two records")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    cmp_.add_argument("-v", "--verbose", action="store_true", help="every transition's count")
    args = ap.parse_args(argv)
    if args.verb == "record":
        if args.out.exists():
            ap.error(f"{args.out} exists: write a new file")
        with args.out.open("w", encoding="utf-8") as out:
            for row in record(args.cases):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    moved = shifts(_read(args.before), _read(args.after))
    if args.verbose:
        for (expect, a, b), n in sorted(moved.items(), key=lambda kv: -kv[1]):
            print(f"{n:6d}  expect {expect}: {a} -> {b}")
    print(" ".join(f"{k}={v}" for k, v in figures(moved).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
