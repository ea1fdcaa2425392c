"""benchmarks/real_model.py's scoring: a marked figure whose period surely names another stretch is counted."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from .conftest import ROOT, load_script

real_model = load_script(ROOT / "benchmarks" / "real_model.py")


def test_a_period_that_surely_names_another_stretch_is_wrong_and_another_writing_of_it_is_not() -> None:
    wanted = {"period": "1-8月"}
    assert real_model._period_wrong({"period": "1-7月"}, wanted)
    assert not real_model._period_wrong({"period": "1—8月份"}, wanted)
    assert not real_model._period_wrong({"period": "截至8月底"}, wanted)
    assert not real_model._period_wrong({"period": ""}, wanted)  # (no period given: incomplete, not wrong)
    assert real_model._period_wrong({"period": "2022年"}, {"period": "2023年"})


def test_a_page_linked_under_its_gold_id_keeps_that_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (a held-out set's pages linked as <set>_p01.txt -> pages/p01.txt: the run named them p01, so no record met
    # its gold; the offline engine stands in for the model here)
    monkeypatch.delenv("SUMMARISER_BASE_URL", raising=False)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p01.txt").write_text("1-9月，全县规上工业增加值同比增长6.2%。", encoding="utf-8")
    link = tmp_path / "s1_p01.txt"
    link.symlink_to(tmp_path / "pages" / "p01.txt")
    args = argparse.Namespace(timeout=30.0, max_tokens=100, extract="marked", mode="json_object", base_url=None,
                              model=None)
    out = tmp_path / "out.jsonl"
    real_model.run([link], out, args)
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert Path(row["doc_id"]).stem == "s1_p01"  # (the scoring matches records to gold by this stem)
