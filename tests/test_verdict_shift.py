"""benchmarks/verdict_shift.py: every verdict recorded, and the moves the scorer does not count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, load_script

shift = load_script(ROOT / "benchmarks" / "verdict_shift.py")

_SOURCE = "1-9月，全县规模以上工业增加值同比增长7.2%，工业投资增长11.5%。"


def _cases(tmp_path: Path) -> Path:
    cases = [
        {"id": "c1", "source": _SOURCE, "expect": "supported",
         "claim": {"indicator": "规模以上工业增加值", "period": "1-9月", "value": 7.2, "unit": "%", "qualifier": "=",
                   "measure": "growth", "kind": "actual"}},
        {"id": "c2", "source": _SOURCE, "expect": "unsupported",
         "claim": {"indicator": "规模以上工业增加值", "period": "1-9月", "value": 11.5, "unit": "%",
                   "qualifier": "=", "measure": "growth", "kind": "actual"}},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    return path


def test_record_gives_each_case_its_verdict_keyed_by_file_and_line(tmp_path: Path) -> None:
    rows = list(shift.record([_cases(tmp_path)]))
    assert [(r["line"], r["id"], r["expect"]) for r in rows] == [(1, "c1", "supported"), (2, "c2", "unsupported")]
    assert rows[0]["status"] == "supported" and rows[1]["status"] in ("misattributed", "unsupported")


def test_compare_counts_a_refusal_lost_that_the_scorer_calls_no_change(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    def rows(right: str, wrong: str) -> list[dict[str, object]]:
        return [{"file": "f", "line": 1, "expect": "supported", "status": right},
                {"file": "f", "line": 2, "expect": "unsupported", "status": wrong}]

    moved = shift.shifts(rows("misattributed", "misattributed"), rows("unconfirmed", "unconfirmed"))
    got = shift.figures(moved)
    assert got["wrong_refused_to_open"] == 1 and got["right_refused_to_open"] == 1
    assert got["wrong_trusted_added"] == 0 and got["right_now_trusted"] == 0
    assert shift.figures(shift.shifts(rows("unconfirmed", "misattributed"), rows("supported", "supported"))) == {
        "wrong_trusted_added": 1, "wrong_refused_to_open": 0, "right_refused_added": 0, "right_refused_to_open": 0,
        "right_now_trusted": 1, "right_trust_lost": 0, "wrong_trust_removed": 0}
    # (a right figure no longer trusted, and a wrong one no longer trusted, which no other figure counts)
    lost = shift.figures(shift.shifts(rows("supported", "supported"), rows("unconfirmed", "misattributed")))
    assert (lost["right_trust_lost"], lost["wrong_trust_removed"], lost["right_refused_added"]) == (1, 1, 0)
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path, r in ((before, rows("misattributed", "unsupported")), (after, rows("misattributed", "unconfirmed"))):
        path.write_text("".join(json.dumps(x) + "\n" for x in r), encoding="utf-8")
    assert shift.main(["compare", str(before), str(after)]) == 0
    assert "wrong_refused_to_open=1" in capsys.readouterr().out


def test_compare_refuses_records_of_other_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="second record only"):
        shift.shifts([], [{"file": "f", "line": 1, "expect": "supported", "status": "supported"}])
