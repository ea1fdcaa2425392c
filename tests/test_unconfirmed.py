"""The `unconfirmed` verdict through assembly: not trusted, not failing. Counted apart in `checks`,
flagged for review in its own words, kept by `--unsupported keep` (and `raise`), dropped by `drop`;
a headline or summary number that is unconfirmed is listed apart and its sentence kept."""

from __future__ import annotations

from typing import Any

import pytest

from summariser import CheckStatus, DocumentSummary, FigureCheck, NumberCheck, Settings, summarise
from summariser.core.models import FAILING, FAILING_TEXT, REVIEW, TRUSTED
from summariser.numbers.source import Source
from summariser.pipeline import assemble

from .conftest import ROOT

TEXT = (ROOT / "examples" / "articles" / "xiangcheng_q3_industry.txt").read_text(encoding="utf-8")
UNSURE = "the source's sentence fits two readings of its period"


@pytest.fixture()
def first_unconfirmed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker as it will answer: the first figure of an answer unconfirmed, the rest as they are."""
    real = assemble.figure_checks

    def check(src: Source, figures: list[Any]) -> list[FigureCheck]:
        verdicts = real(src, figures)
        first = verdicts[0].model_copy(update={"status": CheckStatus.unconfirmed, "reason": UNSURE})
        return [first, *verdicts[1:]]

    monkeypatch.setattr(assemble, "figure_checks", check)


def _run(policy: str) -> DocumentSummary:
    return summarise(TEXT, settings=Settings.from_env(unsupported=policy))


def test_the_sets_trust_only_supported_and_derived_and_fail_none_unconfirmed() -> None:
    assert TRUSTED == {CheckStatus.supported, CheckStatus.derived}
    assert CheckStatus.unconfirmed not in FAILING | FAILING_TEXT and REVIEW == {CheckStatus.unconfirmed}
    assert set(CheckStatus) == TRUSTED | FAILING | REVIEW  # every verdict is one of the three


@pytest.mark.usefixtures("first_unconfirmed")
def test_keep_ships_it_flagged_for_review_and_counted_apart() -> None:
    s = _run("keep")
    first = s.figures[0]
    assert first.check is not None and first.check.status is CheckStatus.unconfirmed
    assert first.check.reason == UNSURE
    assert any(x.startswith("unconfirmed: the value is in the source") and "review" in x for x in first.flags)
    assert not any("unsupported" in x for x in first.flags)
    assert s.checks.figures["unconfirmed"] == 1 and sum(s.checks.figures.values()) == len(s.figures)


@pytest.mark.usefixtures("first_unconfirmed")
def test_drop_ships_only_trusted_figures_and_raise_keeps_an_unconfirmed_one() -> None:
    kept = _run("keep")
    dropped = _run("drop")
    trusted = [f for f in kept.figures if f.check and f.check.status in TRUSTED]
    assert len(trusted) < len(kept.figures) and [f.quote for f in dropped.figures] == [f.quote for f in trusted]
    assert all(f.check and f.check.status in TRUSTED for f in dropped.figures)
    assert "unconfirmed" not in dropped.checks.figures
    raised = _run("raise")  # an unconfirmed figure is no failure: the document is not an error
    assert raised.checks.figures.get("unconfirmed") == 1


def test_an_unconfirmed_summary_number_is_listed_apart_and_its_sentence_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    real = assemble.text_checks

    def text_checks(src: Source, text: str) -> list[NumberCheck]:
        return [v.model_copy(update={"status": CheckStatus.unconfirmed, "reason": UNSURE}) for v in real(src, text)]

    monkeypatch.setattr(assemble, "text_checks", text_checks)
    keep, drop = _run("keep"), _run("drop")
    assert keep.checks.unconfirmed_in_text and not keep.checks.unsupported_in_text
    assert all(v.status is CheckStatus.unconfirmed for v in keep.checks.unconfirmed_in_text)
    assert keep.checks.text.get("unconfirmed") == len(keep.checks.unconfirmed_in_text)
    assert (drop.headline, drop.summary) == (keep.headline, keep.summary)  # not a failure: nothing dropped
