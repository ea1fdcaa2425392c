"""benchmarks/heldout_gold_check.py: the check a held-out set's hand gold passes before its cases are made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, load_script

gold_check = load_script(ROOT / "benchmarks" / "heldout_gold_check.py")

PAGE = "1-9月，全县规模以上工业增加值同比增长6.1%，工业投资完成21.5亿元。发布日期：2024-10-20"
FIGURE = {"quote": "工业增加值同比增长6.1%", "value": 6.1, "unit": "%", "qualifier": "=", "kind": "actual",
          "optional": False, "indicator": "规模以上工业增加值", "period": "1-9月", "measure": "growth"}


def _set(tmp_path: Path, figures: list[dict[str, object]], url: str = "http://example.org/a.html",
         traps: tuple[str, ...] = ()) -> Path:
    (tmp_path / "pages").mkdir(exist_ok=True)
    (tmp_path / "pages" / "p01.txt").write_text(PAGE, encoding="utf-8")
    doc = {"doc_id": "p01", "source_file": "p01.txt", "source_url": url, "figures": figures,
           "traps": list(traps), "not_quantities": ["发布日期：2024-10-20"]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def test_a_clean_set_has_no_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert gold_check.main([str(_set(tmp_path, [FIGURE, {**FIGURE, "optional": True}]))]) == 0
    assert capsys.readouterr().out.strip().endswith("2 figures, 1 that count, 0 problems")


@pytest.mark.parametrize(("change", "said"), [
    ({"quote": "工业增加值增长6.1%"}, "quote not verbatim"),
    ({"kind": "goal"}, "kind/measure/qualifier"),
    ({"value": "6.1"}, "value not a number"),
    ({"optional": "no"}, "optional not true/false"),
    ({"indicator": ""}, "no indicator"),
])
def test_each_kind_of_slip_is_named(tmp_path: Path, change: dict[str, object], said: str) -> None:
    problems, _, _ = gold_check.set_problems(_set(tmp_path, [{**FIGURE, **change}]), set())
    assert len(problems) == 1 and said in problems[0]


def test_a_used_url_and_a_trap_not_on_the_page_are_problems(tmp_path: Path) -> None:
    folder = _set(tmp_path, [FIGURE], traps=("上一篇：全市增长9%",))
    used = tmp_path / "used.tsv"
    used.write_text("a01.txt\thttp://example.org/a.html\n", encoding="utf-8")
    assert gold_check.main([str(folder), "--used", str(used)]) == 1
    problems, _, _ = gold_check.set_problems(folder, {"http://example.org/a.html"})
    assert any("used before" in p for p in problems) and any("trap" in p for p in problems)
