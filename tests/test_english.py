"""Numbers written in English."""

from __future__ import annotations

import pytest

from summariser.numbers.english import parse_english_unit, scan_english


@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("39 billion yuan", 3.9e10, "元", "="),
        ("RMB 20 million", 2e7, "元", "="),
        ("¥3.5bn", 3.5e9, "元", "="),
        ("more than 34%", 34, "%", ">"),
        ("at least 200 projects", 200, "个", ">="),
        ("nearly 2,000 tonnes", 2000, "吨", "~"),
        ("1.4 percentage points", 1.4, "个百分点", "="),
        ("1.5 times", 1.5, "倍", "="),
        ("231 above-scale industrial enterprises", 231, "家", "="),
        ("two production lines", 2, "条", "="),
        ("100,000 tonnes per year", 1e5, "吨/年", "="),
        ("US$120 million", 1.2e8, "美元", "="),
        ("less than 3 percent", 3, "%", "<"),
        ("200 million units", 2e8, "*", "="),
    ],
)
def test_phrases(text: str, value: float, unit: str, qualifier: str) -> None:
    got = scan_english(text)
    assert len(got) == 1, got
    e = got[0]
    assert (e.value, e.units[0], e.qualifier) == (pytest.approx(value), unit, qualifier)
    assert text[e.start:e.end] == e.raw


@pytest.mark.parametrize("text", ["fell 2.5%", "down 2.5%", "a 2.5% decline", "dropped by 2.5 percent"])
def test_declines_are_negative(text: str) -> None:
    (e,) = scan_english(text)
    assert e.value == -2.5 and e.measure == "growth"


@pytest.mark.parametrize("text", ["in 2023", "on February 20", "the 14th Five-Year Plan", "Q1", "5G base stations",
                                  "3D printing"])
def test_years_and_bare_numbers_are_skipped(text: str) -> None:
    assert scan_english(text) == []


@pytest.mark.parametrize(
    "unit, factor, base",
    [("billion yuan", 1e9, "元"), ("yuan", 1, "元"), ("percent", 1, "%"), ("tonnes per year", 1, "吨/年"),
     ("companies", 1, "家"), ("million", 1e6, "")],
)
def test_units(unit: str, factor: float, base: str) -> None:
    spec = parse_english_unit(unit)
    assert spec is not None and (spec.factor, spec.base) == (factor, base)


def test_unknown_unit() -> None:
    assert parse_english_unit("furlongs") is None
