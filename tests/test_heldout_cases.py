"""benchmarks/heldout_cases.py: the cases made from a held-out set's gold (a page and gold written here)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import ROOT, load_script

heldout_cases = load_script(ROOT / "benchmarks" / "heldout_cases.py")

PAGE = "1-9月，全县规模以上工业增加值同比增长6.1%，工业总产值完成86.2亿元，下降2.3%；完成工业投资21.5亿元，增长9.8%。"
FIGURES = [
    {"quote": "工业增加值同比增长6.1%", "value": 6.1, "unit": "%", "indicator": "规模以上工业增加值"},
    {"quote": "工业总产值完成86.2亿元", "value": 86.2, "unit": "亿元", "indicator": "工业总产值",
     "measure": "level"},
    {"quote": "下降2.3%", "value": -2.3, "unit": "%", "indicator": "工业总产值"},
    {"quote": "完成工业投资21.5亿元", "value": 21.5, "unit": "亿元", "indicator": "工业投资完成投资",
     "measure": "level"},
]


def test_cases_and_a_model_s_slips_are_made_from_the_gold(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p01.txt").write_text(PAGE, encoding="utf-8")
    figures = [{"qualifier": "=", "kind": "actual", "optional": False, "period": "1-9月", "measure": "growth", **f}
               for f in FIGURES]
    gold = {"doc_id": "p01", "source_file": "p01.txt", "figures": figures}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert heldout_cases.main([str(tmp_path / "gold.jsonl"), str(tmp_path / "pages"), str(tmp_path / "out")]) == 0
    cases = [json.loads(x) for x in (tmp_path / "out" / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    slips = [json.loads(x) for x in (tmp_path / "out" / "model_errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(c["expect"] == "supported" for c in cases) == 4
    # (6.1% given the other percent, -2.3, and the other way; the two amounts each other's)
    swapped = {(c["claim"]["indicator"], c["claim"]["value"]) for c in cases if c["expect"] == "unsupported"}
    assert {("规模以上工业增加值", -2.3), ("工业总产值", 21.5), ("工业投资完成投资", 86.2)} <= swapped
    whys = [c["why"] for c in slips]
    # (not 增加值 as 总产值: the page writes 总产值 beside that quote, the swap may be right there)
    assert "measure named otherwise: '工业投资总投资' for '工业投资完成投资'" in whys
    assert not any("规模以上工业总产值" in why for why in whys)
    assert "a fall reported as a rise" in whys and all(c["expect"] == "unsupported" for c in slips)


def test_two_ways_of_writing_one_period_are_not_two_periods() -> None:
    assert not heldout_cases.distinct("前三季度", "1—9月")
    assert not heldout_cases.distinct("全年", "2023年")
    assert not heldout_cases.distinct("前4月", "1-4月") and not heldout_cases.distinct("前五个月", "1-5月")
    assert not heldout_cases.distinct("截至3月底", "1—3月份") and not heldout_cases.distinct("8月末", "1至8月")
    assert heldout_cases.distinct("截至3月底", "1-4月")
    assert heldout_cases.distinct("2022年", "2023年") and heldout_cases.distinct("1-8月", "1-7月")
