"""The shared gold data (a floor): cross-check cases and seed-article figures, read from ../shared."""

from __future__ import annotations

from typing import Any

import pytest

from summariser import check_figures, check_text, clean, extract_quantities, summarise

from .conftest import SHARED, shared_jsonl

# Cases in the shared gold whose expected verdict is arithmetically wrong. The checker must not be
# bent to agree with them: a wrong number is the worst thing this tool can report.
GOLD_ERRATA = {
    "c52": "1,234.5万元 is 12,345,000元 = 0.12345亿元, so a claim of 1.2345亿元 is 10× too large",
}


def _verdict(case: dict[str, Any]) -> str:
    claim = case["claim"]
    if "text" in claim:
        got = check_text(case["source"], claim["text"])
        return got[0].status.value if got else "none"
    return check_figures(case["source"], [claim])[0].status.value


def test_crosscheck_cases() -> None:
    cases = shared_jsonl("gold/crosscheck_cases.jsonl")
    wrong = []
    for c in cases:
        got = _verdict(c)
        if c["id"] in GOLD_ERRATA:
            assert got == "unsupported", (c["id"], got)
        elif got != c["expect"]:
            wrong.append((c["id"], c["expect"], got, c.get("why")))
    assert not wrong, wrong


def test_every_gold_figure_is_found_and_no_trap_is_taken() -> None:
    gold = shared_jsonl("gold/figures.jsonl")
    for g in gold:
        raw = (SHARED / "seeds" / g["source_file"]).read_text(encoding="utf-8")
        qs = extract_quantities(raw)
        for f in g["figures"]:
            a = raw.find(f["quote"])
            assert a >= 0, f["quote"]
            b = a + len(f["quote"])
            hits = [q for q in qs if q.start < b and q.end > a and q.qualifier == f["qualifier"]]
            assert hits, (g["doc_id"], f)
        for t in g.get("not_quantities", []):
            start = raw.find(t)
            while start >= 0:
                assert not any(q.start >= start and q.end <= start + len(t) for q in qs), (g["doc_id"], t)
                start = raw.find(t, start + 1)


@pytest.mark.parametrize("factor", [10, 0.1, 100])
def test_gold_figures_scaled_are_rejected(factor: float) -> None:
    """The same rules on cases not in the gold: every gold figure, off by a power of ten."""
    gold = shared_jsonl("gold/figures.jsonl")
    for g in gold:
        raw = (SHARED / "seeds" / g["source_file"]).read_text(encoding="utf-8")
        values = {(q.value, q.unit) for q in extract_quantities(raw)}
        for f in g["figures"]:
            claim = {"value": f["value"] * factor, "unit": f["unit"], "quote": f["quote"]}
            v = check_figures(raw, [claim])[0]
            if v.status.value == "supported":
                # only when the scaled figure really is elsewhere in the article
                assert (v.canonical_value, v.canonical_unit) in values, (f, v)
            else:
                assert v.status.value in ("unsupported", "derived"), (f, v)


def _offline_summaries() -> list[tuple[dict[str, Any], Any]]:
    gold = shared_jsonl("gold/figures.jsonl")
    return [(g, summarise((SHARED / "seeds" / g["source_file"]).read_bytes())) for g in gold]


def test_each_seed_summary_carries_main_figures_and_its_headline_ends_at_a_word() -> None:
    for g, r in _offline_summaries():
        shown = [f for f in g["figures"] if not f.get("optional")
                 and f"{f['value']:g}{f['unit']}" in r.summary.replace(" ", "")]
        assert len(shown) >= 2, (g["doc_id"], r.summary)
        raw = (SHARED / "seeds" / g["source_file"]).read_text(encoding="utf-8")
        assert r.headline and r.headline.replace(" ", "") in clean(raw).text.replace(" ", ""), r.headline
        assert r.organisations, g["doc_id"]


def test_the_county_seed_is_the_county_with_its_code() -> None:
    regions = {g["doc_id"]: r.region for g, r in _offline_summaries()}
    zhongxiang = next(r for d, r in regions.items() if r.county == "钟祥市")
    assert (zhongxiang.province, zhongxiang.city, zhongxiang.code) == ("湖北省", "荆门市", "420881")
