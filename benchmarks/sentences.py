"""Does the checker tell one item of a list from its siblings, on sentences no page here holds?

    python benchmarks/sentences.py [--sentences 300] [--seed 0] [--show 5]

Writes sentences of the genre from templates: 分别 lists of industries or places (joined by 、, 和, 及, 以及),
parallel clauses that name the measure once or in each clause, a lead clause before them. The industries
are names of the national classification (GB/T 4754), many of which hold 和, 及 or 、 themselves
(酒、饮料和精制茶制造业, 造纸及纸制品业), as statistical bulletins write them. For every item it claims
the item's own value (which must come out supported) and each sibling's value (which must not be trusted).

Prints one line of figures:
- swaps_trusted=  sibling values supported or derived for an item, over all such claims (aim 0)
- right_flagged=  items' own values not supported, over all of them (aim 0)
- other_measures_trusted=  an item's value under a measure the sentence does not give (增加值 where it gives
  营业收入) supported or derived, over the items (aim 0)
and, with --show N, the first N failures of each kind.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summariser import check_figures  # noqa: E402
from summariser.numbers.check import forget  # noqa: E402

INDUSTRIES = ("农副食品加工业", "食品制造业", "纺织业", "化学原料和化学制品制造业", "医药制造业",
              "橡胶和塑料制品业", "非金属矿物制品业", "黑色金属冶炼和压延加工业", "有色金属冶炼及压延加工业",
              "金属制品业", "通用设备制造业", "专用设备制造业", "汽车制造业", "电气机械和器材制造业",
              "计算机、通信和其他电子设备制造业", "电力、热力生产和供应业", "采矿业", "造纸及纸制品业",
              "纺织服装、服饰业", "烟草制品业", "酒、饮料和精制茶制造业")
# (places of our own making, named as counties, districts and parks are)
PLACES = ("青岩县", "石桥县", "柳河县", "南屯区", "北湾区", "东坪镇", "西岭乡", "云溪区", "高新区", "经开区")
MEASURES = (("增加值", "增长"), ("用电量", "下降"), ("产值", "增长"), ("营业收入", "增长"))
PERIODS = ("1-9月", "上半年", "前三季度", "今年以来", "1-10月份")
LEADS = ("", "全市规模以上工业增加值增长6.1%，", "分行业看，", "从重点行业看，", "分县区看，")


class Sentence(NamedTuple):
    text: str
    claims: list[tuple[str, float]]  # each item's indicator and its own value (a fall negative)
    other: str  # a measure the sentence does not give (增加值 where it gives 营业收入)


def _values(n: int, r: random.Random) -> list[float]:
    out: set[float] = set()
    while len(out) < n:
        out.add(round(r.uniform(0.5, 30), 1))
    return list(out)


def _joined(items: list[str], r: random.Random) -> str:
    if len(items) > 2 and r.random() < 0.5:
        return "、".join(items[:-1]) + r.choice(("和", "及", "以及")) + items[-1]
    return "、".join(items)


def _written(values: list[float], r: random.Random) -> str:
    shown = [f"{v}%" for v in values]
    return "、".join(shown[:-1]) + "和" + shown[-1] if r.random() < 0.5 else "、".join(shown)


def sentence(r: random.Random) -> Sentence:
    """One sentence of a randomly chosen shape, with its items' claims."""
    shape = r.randrange(5)
    n = r.randint(2, 5)
    items = r.sample(INDUSTRIES if shape < 3 else PLACES, n)
    measure, verb = r.choice(MEASURES)
    values = _values(n, r)
    period, lead = r.choice(PERIODS), r.choice(LEADS)
    if shape in (0, 3):  # one 分别 clause
        text = f"{period}，{lead}{_joined(items, r)}{measure}分别{verb}{_written(values, r)}。"
    elif shape == 1:  # the measure named once, in the first clause
        clauses = [f"{items[0]}{measure}{verb}{values[0]}%"]
        clauses += [f"{x}{verb}{v}%" for x, v in zip(items[1:], values[1:], strict=True)]
        text = f"{period}，{lead}" + r.choice(("，", "；")).join(clauses) + "。"
    elif shape == 2:  # the measure named in each clause
        clauses = [f"{x}{measure}{verb}{v}%" for x, v in zip(items, values, strict=True)]
        text = f"{period}，{lead}" + r.choice(("，", "；")).join(clauses) + "。"
    else:  # places after the whole's value
        parts = "，".join(f"{x}{verb}{v}%" for x, v in zip(items, values, strict=True))
        text = f"{period}，全市{measure}{verb}5.0%，{parts}。"
    sign = -1 if verb == "下降" else 1
    other = r.choice([m for m, _ in MEASURES if m != measure])
    return Sentence(text, [(x + measure, sign * v) for x, v in zip(items, values, strict=True)],
                    other)


def _status(text: str, indicator: str, value: float) -> str:
    claim = {"indicator": indicator, "value": value, "unit": "%", "measure": "growth"}
    return check_figures(text, [claim])[0].status.value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print the first N failures of each kind")
    a = ap.parse_args()
    r = random.Random(a.seed)
    right = swaps = flagged = trusted = measured = 0
    failures: dict[str, list[tuple[str, str, float, str]]] = {"right": [], "swap": [], "measure": []}
    for _ in range(a.sentences):
        s = sentence(r)
        for i, (indicator, own) in enumerate(s.claims):
            right += 1
            got = _status(s.text, indicator, own)
            if got != "supported":
                flagged += 1
                failures["right"].append((s.text, indicator, own, got))
            item = indicator[:len(indicator) - len(next(m for m, _ in MEASURES if indicator.endswith(m)))]
            got = _status(s.text, item + s.other, own)  # (the item's value under a measure the sentence lacks)
            if got in ("supported", "derived"):
                measured += 1
                failures["measure"].append((s.text, item + s.other, own, got))
            for j, (_, other) in enumerate(s.claims):
                if j != i:
                    swaps += 1
                    got = _status(s.text, indicator, other)
                    if got in ("supported", "derived"):
                        trusted += 1
                        failures["swap"].append((s.text, indicator, other, got))
        forget()  # (each sentence is read once: the memo of texts holds no more than it needs)
    print(f"sentences={a.sentences} seed={a.seed} swap_claims={swaps} swaps_trusted={trusted / max(swaps, 1):.4f} "
          f"({trusted}) right_claims={right} right_flagged={flagged / max(right, 1):.4f} ({flagged}) "
          f"other_measures_trusted={measured / max(right, 1):.4f} ({measured})")
    for kind, found in failures.items():
        for text, indicator, value, got in found[:a.show]:
            print(f"  {kind}: {indicator} {value}% -> {got} | {text}")


if __name__ == "__main__":
    main()
