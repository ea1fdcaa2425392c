"""How far can the checked output be trusted, against a model that makes the errors real models make?

    python benchmarks/trust.py [--seed 0] [--reasks 2] [--corpus]

A scripted model (a test server on 127.0.0.1, not a recording and not a model) answers each article
with its gold figures (the shared seeds' gold and examples/gold.jsonl; with --corpus, the 30 pages of
../shared/corpus too), injecting errors at stated
rates: another figure's value under a figure's indicator (15%), the value ×10 (5%), an invented
number (4%), another period of the article for a figure that has one (15%), a target reported as
actual (30% of targets), a wrong number in the summary (35% of answers). Asked again about a figure
or a summary with the checker's reasons, it gives the right one with p=0.8.

Prints, over the final outputs:
- trusted_wrong=  wrong figures among those marked supported or derived (aim ≤ 0.01)
- false_flags=    right figures not marked supported or derived (aim ≤ 0.05)
- recall=         gold figures that come out right and supported (aim ≥ 0.85)
- prompt_chars_per_article_char=  prompt characters of every call over the articles' characters
- reask_overhead= prompt characters of all calls, re-asks included, over those of the first calls
  (aim ≤ 1.3)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summariser import Settings, clean, summarise  # noqa: E402
from summariser.core.chars import no_space  # noqa: E402
from summariser.core.simplify import to_simplified  # noqa: E402
from summariser.core.textmap import folded  # noqa: E402
from summariser.numbers.periods import parse_period  # noqa: E402
from summariser.text.decode import decode  # noqa: E402
from tests.scripted_server import REPAIR, Reply, ScriptedServer, completion, first_user, repair_items  # noqa: E402

SHARED = ROOT.parent / "shared"
RATES = {"other_value": 0.15, "times_ten": 0.05, "invented": 0.04, "other_period": 0.15, "target_as_actual": 0.30,
         "summary_number": 0.35, "fix": 0.8}
FIELDS = ("indicator", "value", "unit", "value_high", "qualifier", "measure", "kind", "period", "quote")


def _key(text: str) -> str:
    return no_space(to_simplified(folded(text)))


def documents(corpus: bool = False) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, raw text, gold figures) of every gold article found (with `corpus`, the development corpus's
    pages too)."""
    out = []
    sets = [(SHARED / "gold" / "figures.jsonl", SHARED / "seeds"),
            (ROOT / "examples" / "gold.jsonl", ROOT / "examples" / "articles")]
    if corpus:
        sets.append((SHARED / "corpus" / "gold.jsonl", SHARED / "corpus" / "pages"))
    for gold, folder in sets:
        if not gold.is_file():
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            raw, _ = decode((folder / d["source_file"]).read_bytes())
            out.append((d["doc_id"], raw, [f for f in d["figures"] if not f.get("optional")]))
    return out


class Model:
    """The scripted model: gold answers with injected errors; a named error is fixed with p=0.8."""

    def __init__(self, docs: list[tuple[str, str, list[dict[str, Any]]]], seed: int) -> None:
        self.docs = docs
        self.keys = [_key(clean(raw).text) for _, raw, _ in docs]
        self.rng = random.Random(seed)
        self.first_chars = self.all_chars = 0
        self.sample = ""
        self.repairs = 0

    def _figure(self, gold: dict[str, Any]) -> dict[str, Any]:
        return {k: gold.get(k) for k in FIELDS} | {"measure": gold.get("measure") or "level",
                                                   "kind": gold.get("kind") or "actual",
                                                   "indicator": gold.get("indicator") or ""}

    def _spoil(self, f: dict[str, Any], others: list[dict[str, Any]]) -> dict[str, Any]:
        r = self.rng.random
        f = dict(f)
        same_unit = [o for o in others if o["unit"] == f["unit"] and o["value"] != f["value"]
                     and o.get("indicator") != f.get("indicator")]
        # another period the article gives, one that names a different time (1-9月 for 前三季度 is the same)
        mine = parse_period(f.get("period"))
        periods = sorted({o["period"] for o in others if o.get("period")
                          if mine is not None and (p := parse_period(o["period"])) is not None and p.conflicts(mine)})
        if same_unit and r() < RATES["other_value"]:
            o = self.rng.choice(same_unit)
            f.update(value=o["value"], qualifier=o["qualifier"], value_high=o.get("value_high"))
        elif r() < RATES["times_ten"]:
            f["value"] = f["value"] * 10
        elif r() < RATES["invented"]:
            f["value"] = round(f["value"] * 1.37 + 3, 1)
        if f.get("period") and periods and r() < RATES["other_period"]:
            f["period"] = self.rng.choice(periods)
        if f["kind"] in ("target", "forecast") and r() < RATES["target_as_actual"]:
            f["kind"] = "actual"
        return f

    def _gold_in(self, text: str, hint: str) -> list[dict[str, Any]]:
        """The gold figures quoted in `text`, of the article `hint` (a stretch of its clean text) is from:
        a quote of one article may occur inside another's (20萬噸/年 in 120萬噸/年)."""
        key, at = _key(text), _key(hint)[:60]
        return [g for (_, _, figures), whole in zip(self.docs, self.keys, strict=True) if at and at in whole
                for g in figures if _key(g["quote"]) in key]

    def _summary(self, figures: list[dict[str, Any]], spoil: bool) -> str:
        named = [f for f in figures if f.get("indicator")][:2]
        parts = [f"{f['indicator']}{f['value']:g}{f['unit']}" for f in named]
        if spoil and named:
            f = named[0]
            parts[0] = f"{f['indicator']}{f['value'] * 2 + 1:g}{f['unit']}"
        return "，".join(parts) + "。" if parts else ""

    def __call__(self, body: dict[str, Any], n: int) -> Reply:
        chars = sum(len(m["content"]) for m in body["messages"])
        props = json.dumps(body.get("response_format") or {}, ensure_ascii=False)
        if '"ok"' in props:
            return Reply(body=completion('{"ok": true}'))
        self.all_chars += chars
        user = first_user(body)
        if user.startswith(REPAIR):
            self.sample = self.sample or user
            self.repairs += 1
            return Reply(body=completion(json.dumps(self._repair(user), ensure_ascii=False)))
        self.first_chars += chars
        if "figures" not in props:  # the reduce call over chunk summaries
            parts = re.findall(r"^\d+\. (.*)$", user, re.M)
            return Reply(body=completion(json.dumps({"headline": "概要", "summary": parts[0] if parts else ""},
                                                    ensure_ascii=False)))
        body = re.sub(r"^(?:标题：.*\n)?(?:（第\d+部分）\n)?", "", user)
        gold = self._gold_in(user, body)
        figures = [self._spoil(self._figure(g), gold) for g in gold]
        answer = {"figures": figures, "headline": "概要",
                  "summary": self._summary(gold, self.rng.random() < RATES["summary_number"])}
        return Reply(body=completion(json.dumps(answer, ensure_ascii=False)))

    def _repair(self, user: str) -> dict[str, Any]:
        figures: list[dict[str, Any]] = []
        summary = ""
        shown = re.findall(r"^\[\d+\] (.*)$", user, re.M)
        for item, _ in repair_items(user):
            if isinstance(item, dict):
                wrong = item
                right = next((g for g in self._gold_in(wrong.get("quote") or "", shown[0] if shown else "")
                              if _key(g["quote"]) == _key(wrong.get("quote") or "")), None)
                fixed = self.rng.random() < RATES["fix"]
                figures.append(self._figure(right) if fixed and right else wrong)
            elif item.startswith("summary: "):
                text = item[len("summary: "):]
                summary = "" if self.rng.random() < RATES["fix"] else text
        return {"figures": figures, "headline": "", "summary": summary}


def _right(f: Any, gold: list[dict[str, Any]]) -> bool:
    """Whether an output figure is a gold figure: same value, unit, indicator, period and kind."""
    for g in gold:
        if (_key(g["quote"]) == _key(f.quote) and abs(g["value"] - f.value) < 1e-9 and g["unit"] == f.unit
                and (g.get("indicator") or "") == (f.indicator or "")
                and (g.get("period") or None) == (f.period or None) and (g.get("kind") or "actual") == f.kind):
            return True
    return False


def _list_missed(doc_id: str, gold: list[dict[str, Any]], figures: list[Any]) -> None:
    """Print each gold figure no output figure gives right, with what the output has at its quote."""
    for g in gold:
        if any(_right(f, [g]) for f in figures):
            continue
        near = [f for f in figures if _key(f.quote) == _key(g["quote"])]
        got = "; ".join(f"{f.indicator} {f.value:g}{f.unit} {f.period} {f.kind} "
                        f"{f.check.status.value if f.check else '-'}" for f in near) or "nothing at its quote"
        print(f"  missed: {doc_id[:12]} {g.get('indicator')} {g['value']:g}{g['unit']} {g.get('period')} "
              f"{g.get('kind') or 'actual'} | out: {got}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reasks", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the wrong figures marked supported and the right ones not")
    ap.add_argument("--corpus", action="store_true", help="also the development corpus (../shared/corpus)")
    ap.add_argument("--missed", action="store_true", help="list the gold figures no output figure gives right")
    args = ap.parse_args()
    docs = documents(args.corpus)
    model = Model(docs, args.seed)
    trusted = trusted_wrong = right = flagged_right = found = 0
    gold_total = sum(len(g) for _, _, g in docs)
    with ScriptedServer(model) as server, tempfile.TemporaryDirectory() as tmp:
        # (the scripted model writes its own figures: free extraction, whose errors this measures)
        s = Settings.from_env(env={}, base_url=server.url, model="scripted", mode="json_object", cache="off",
                              cache_dir=tmp, extract="free").with_(reasks=args.reasks)
        for doc_id, raw, gold in docs:
            out = summarise(raw, settings=s)
            if args.missed:
                _list_missed(doc_id, gold, out.figures)
            for f in out.figures:
                ok = f.check is not None and f.check.status.value in ("supported", "derived")
                is_right = _right(f, gold)
                trusted += ok
                trusted_wrong += ok and not is_right
                if args.verbose and ok and not is_right:
                    print(f"  trusted but wrong: {doc_id[:12]} {f.indicator} {f.value:g}{f.unit} {f.period} "
                          f"{f.kind} | {f.check.reason if f.check else ''}")
                right += is_right
                flagged_right += is_right and not ok
                if args.verbose and is_right and not ok:
                    print(f"  right but flagged: {doc_id[:12]} {f.indicator} {f.value:g}{f.unit} {f.period} "
                          f"{f.kind} {f.check.status.value if f.check else 'unchecked'} | "
                          f"{f.check.reason if f.check else ''}")
                found += is_right and ok
    article_chars = sum(len(raw) for _, raw, _ in docs)
    print(f"documents={len(docs)} gold_figures={gold_total} rates={json.dumps(RATES)}")
    print(f"trusted_wrong={trusted_wrong / max(trusted, 1):.3f}  "
          f"({trusted_wrong} of {trusted} marked supported/derived)")
    print(f"false_flags={flagged_right / max(right, 1):.3f}  ({flagged_right} of {right} right figures)")
    print(f"recall={found / max(gold_total, 1):.3f}")
    print(f"prompt_chars_per_article_char={model.all_chars / max(article_chars, 1):.2f}")
    print(f"reask_overhead={model.all_chars / max(model.first_chars, 1):.2f}  ({model.repairs} re-asks; first calls "
          f"{model.first_chars} prompt characters, re-asks {model.all_chars - model.first_chars})")
    if args.verbose:
        print("a re-ask as sent:\n" + model.sample)


if __name__ == "__main__":
    main()
