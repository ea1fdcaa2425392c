"""Claims to check against held-out pages: make attribution cases from hand gold, in the corpus's shape.

The project is measured on real pages that are not in this repository. Whoever holds such a set (pages in a
directory, their hand gold in the corpus's gold format, `../shared/corpus/README.md`) makes its cases with this
script and scores them with the shared scorer; nothing of the pages is kept here.

    python benchmarks/heldout_cases.py GOLD.jsonl PAGES_DIR OUT_DIR
    python ../shared/tools/score.py attribution --cases OUT_DIR/cases.jsonl          # value swaps
    python ../shared/tools/score.py attribution --cases OUT_DIR/model_errors.jsonl   # a model's slips

Two files of cases:

- `cases.jsonl`, as `../shared/corpus/attribution_cases.jsonl` is made: each required gold figure with its
  indicator (expect `supported`); the same indicator with the value of up to two other figures of the same
  unit, the nearest in the text (expect `unsupported`); every tenth figure with another period of the page,
  where the two surely name different periods (not 前三季度 against 1-9月, nor 全年 against 2023年); a third
  of the targets and every forecast reported as actual.
- `model_errors.jsonl`, wrong claims of the kinds a model makes with a right number (all expect
  `unsupported`): the measure named otherwise (增加值 for 总产值, 完成投资 for 总投资, 出口 for 进口 …, where
  the page does not itself write the new name beside the quote); every fourth actual figure reported as a
  target; every other fall reported as a rise.

Deterministic: the same gold gives the same cases. Prints how many of each it wrote.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

# Ways of writing one period (前三季度 = 1-9月), for telling whether two labels surely name different periods.
# 截至3月底 and 1-3月 are one stretch for a flow, a share of it or a count taken at the month's end; the checker
# holds them equal on purpose (docs/verdicts.md), so a swap between them is not a wrong claim.
_SAME_PERIOD = [(r"(?:截至|截止|到)?(\d+)月(?:份)?(?:底|末)", r"1-\1月"),
                (r"前三季度|三季度末?", "1-9月"), (r"上半年|二季度末?", "1-6月"), (r"一季度", "1-3月"),
                (r"前(\d+)个?月", r"1-\1月"),
                (r"[—–~至到－]", "-"), (r"份", ""), (r"(\d+)月-(\d+)月", r"\1-\2月"),
                (r"^(?:今年|本年|全年|当年|年度|年内|去年|上年)", "")]
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = re.compile(r"\d+(?:-\d+)?月")
# A measure's name and the one a model may put in its place.
_MEASURE_SWAPS = [("增加值", "总产值"), ("总产值", "增加值"), ("产值", "增加值"), ("营业收入", "利润总额"),
                  ("利润总额", "营业收入"), ("主营业务收入", "利润总额"), ("利润", "营业收入"), ("完成投资", "总投资"),
                  ("总投资", "完成投资"), ("税收", "营业收入"), ("用电量", "产值"), ("出口", "进口"), ("进口", "出口"),
                  ("开工", "竣工"), ("竣工", "开工"), ("签约", "开工"), ("新增", "累计")]
_FIELDS = ("indicator", "period", "value", "unit", "qualifier", "measure", "kind")


_MONTH_WORDS = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                "九": "9", "十": "10", "十一": "11", "十二": "12"}


def _normal(period: str) -> str:
    period = re.sub(r"前(十[一二]|[一二两三四五六七八九十])个?月", lambda m: f"前{_MONTH_WORDS[m.group(1)]}月", period)
    for pattern, written in _SAME_PERIOD:
        period = re.sub(pattern, written, period)
    return period


def distinct(a: str, b: str) -> bool:
    """Whether two period labels surely name different periods, not two ways of writing one."""
    if a == b or a in b or b in a:
        return False
    na, nb = _normal(a), _normal(b)
    if not na or not nb or na == nb or na in nb or nb in na:
        return False
    ya, yb = _YEAR.findall(a), _YEAR.findall(b)
    if ya and yb and ya != yb:
        return True
    ma, mb = _MONTHS.findall(na), _MONTHS.findall(nb)
    return bool(ma and mb and ma != mb and (ya == yb or not ya or not yb))


class _Writer:
    """Numbered cases of one document, written to an open file."""

    def __init__(self, out: Any, doc: str, source: str, tag: str) -> None:
        self.out, self.doc, self.source, self.tag, self.n = out, doc, source, tag, 0

    def emit(self, claim: dict[str, Any], expect: str, why: str) -> None:
        self.n += 1
        case = {"id": f"{self.doc}-{self.tag}{self.n:03d}", "doc": self.doc, "source": self.source,
                "claim": claim, "expect": expect, "why": why}
        self.out.write(json.dumps(case, ensure_ascii=False) + "\n")


def value_swaps(w: _Writer, figures: list[dict[str, Any]]) -> None:
    """The corpus's cases of one document (see the module's docstring)."""
    where = [w.source.find(f["quote"]) if f["quote"] in w.source else 10**9 for f in figures]
    periods = [f["period"] for f in figures if f.get("period")]
    for i, f in enumerate(figures):
        base = {k: f.get(k) for k in _FIELDS}
        w.emit(base, "supported", "gold figure with its indicator")
        others = sorted((abs(where[j] - where[i]), j) for j, g in enumerate(figures)
                        if j != i and g["unit"] == f["unit"] and g["value"] != f["value"]
                        and g["indicator"] != f["indicator"])
        for _, j in others[:2]:
            g = figures[j]
            w.emit(dict(base, value=g["value"], unit=g["unit"], qualifier=g.get("qualifier", "=")), "unsupported",
                   f"value of '{g['indicator']}' given to '{f['indicator']}'")
        if f.get("period") and i % 10 == 3:
            other = next((p for p in periods if distinct(p, f["period"])), None)
            if other:
                w.emit(dict(base, period=other), "unsupported", f"period '{other}' for the value of '{f['indicator']}'")
        if f.get("kind") == "target" and i % 3 == 0:
            w.emit(dict(base, kind="actual"), "unsupported", "target reported as actual")
        if f.get("kind") == "forecast":
            w.emit(dict(base, kind="actual"), "unsupported", "forecast reported as actual")


def model_errors(w: _Writer, figures: list[dict[str, Any]], names: set[str]) -> None:
    """A model's slips with a right number (see the module's docstring)."""
    for i, f in enumerate(figures):
        base = {k: f.get(k) for k in _FIELDS}
        indicator = f["indicator"] or ""
        at = w.source.find(f["quote"])
        near = w.source[max(0, at - 30):at + len(f["quote"]) + 10]
        for old, new in _MEASURE_SWAPS:
            if old in indicator:
                renamed = indicator.replace(old, new, 1)
                if renamed not in names and new not in near:
                    w.emit(dict(base, indicator=renamed), "unsupported",
                           f"measure named otherwise: '{renamed}' for '{indicator}'")
                break
        if f.get("kind") == "actual" and i % 4 == 1:
            w.emit(dict(base, kind="target"), "unsupported", "actual reported as a target")
        if f.get("measure") == "growth" and f["value"] < 0 and i % 2 == 0:
            w.emit(dict(base, value=-f["value"]), "unsupported", "a fall reported as a rise")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    gold, pages, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    counts = {"cases.jsonl": 0, "model_errors.jsonl": 0}
    with open(out / "cases.jsonl", "w", encoding="utf-8") as swaps, \
            open(out / "model_errors.jsonl", "w", encoding="utf-8") as slips:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            source = (pages / doc["source_file"]).read_text(encoding="utf-8")
            figures = [f for f in doc["figures"] if not f.get("optional")]
            a, b = _Writer(swaps, doc["doc_id"], source, ""), _Writer(slips, doc["doc_id"], source, "m")
            value_swaps(a, figures)
            model_errors(b, figures, {f["indicator"] for f in doc["figures"]})
            counts["cases.jsonl"] += a.n
            counts["model_errors.jsonl"] += b.n
    print(" ".join(f"{name}={n}" for name, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
