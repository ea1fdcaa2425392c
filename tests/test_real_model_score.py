"""benchmarks/real_model.py's scoring: a marked figure whose period surely names another stretch is counted."""

from __future__ import annotations

from .conftest import ROOT, load_script

real_model = load_script(ROOT / "benchmarks" / "real_model.py")


def test_a_period_that_surely_names_another_stretch_is_wrong_and_another_writing_of_it_is_not() -> None:
    wanted = {"period": "1-8月"}
    assert real_model._period_wrong({"period": "1-7月"}, wanted)
    assert not real_model._period_wrong({"period": "1—8月份"}, wanted)
    assert not real_model._period_wrong({"period": "截至8月底"}, wanted)
    assert not real_model._period_wrong({"period": ""}, wanted)  # (no period given: incomplete, not wrong)
    assert real_model._period_wrong({"period": "2022年"}, {"period": "2023年"})
