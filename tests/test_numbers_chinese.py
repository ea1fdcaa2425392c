"""Chinese numerals: decimals after 点, colloquial shortenings (一万二), mixed 万/亿 scales, with cn2an as an
oracle where it reads them right (standard forms it writes itself, and 十百千 shortenings)."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summariser import extract_quantities
from summariser.numbers.chinese import parse_chinese_numeral


@pytest.mark.parametrize("s, v", [
    ("三点五", 3.5), ("十一点二", 11.2), ("零点八", 0.8), ("三点五亿", 3.5e8), ("十一点二亿", 1.12e9),
    ("零点零五", 0.05), ("二点三五万亿", 2.35e12),
    ("一万二", 12000), ("两千三", 2300), ("三百五", 350), ("一亿三", 1.3e8), ("三万五千二", 35200),
    ("一万零二", 10002), ("一百零五", 105), ("二十三", 23), ("十五", 15),
    ("一万二千万", 1.2e8), ("三千万亿", 3e15), ("一亿三千万", 1.3e8), ("一万二千亿", 1.2e12), ("两亿零五百万", 2.05e8),
    ("一百零五亿", 1.05e10), ("二○二三", 2023),
    # the colloquial digit before a larger place: 一万二亿 is 1.2万亿, not 10002亿
    ("一万二亿", 1.2e12), ("两万三亿", 2.3e12), ("一万零二亿", 1.0002e12),
])
def test_parse(s: str, v: float) -> None:
    assert parse_chinese_numeral(s) == pytest.approx(v, rel=1e-12)


@pytest.mark.parametrize("s", ["点五", "三点", "三点五十", "二三"])
def test_malformed(s: str) -> None:
    assert parse_chinese_numeral(s) is None


@pytest.mark.parametrize("text, value, unit, measure", [
    ("今年全区规上工业产值达到三点五亿元", 3.5e8, "元", "level"),
    ("园区新签约项目总投资十一点二亿元", 1.12e9, "元", "level"),
    ("增速比一季度提高零点八个百分点", 0.8, "个百分点", "change"),
    ("带动新增就业一万二人", 12000, "人", "level"),
    ("全县共有市场主体两千三家", 2300, "家", "level"),
    ("研发投入同比增长百分之十二点五", 12.5, "%", "growth"),
    ("高耗能行业用电量同比下降百分之五", -5, "%", "growth"),
    ("技改奖补资金一万二千万元", 1.2e8, "元", "level"),
    ("全年工业用电量一百零五亿千瓦时", 1.05e10, "千瓦时", "level"),
])
def test_numerals_in_sentences(text: str, value: float, unit: str, measure: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.measure) == (pytest.approx(value), unit, measure)
    assert text[q.start:q.end] == q.raw


def test_a_time_of_day_or_a_point_is_no_decimal() -> None:
    assert extract_quantities("上午九点召开推进会，抓住两点一线") == []


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 999_999_999_999))
@example(1_900_001_000)
def test_standard_forms_agree_with_cn2an(n: int) -> None:
    s = cn2an.an2cn(str(n))
    # (cn2an writes some numbers it cannot read back, 1900001000 as 十九亿一千 with no 零: no standard form to compare)
    try:
        back = cn2an.cn2an(s, "smart")
    except (KeyError, ValueError):
        back = n
    assert parse_chinese_numeral(s) == n == back


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 99_999), st.integers(1, 99))
def test_decimals_agree_with_cn2an(whole: int, hundredths: int) -> None:
    written = f"{whole}.{hundredths:02d}".rstrip("0")
    s = cn2an.an2cn(written)
    assert parse_chinese_numeral(s) == pytest.approx(float(written)) == cn2an.cn2an(s, "smart")
    (q,) = extract_quantities(f"全年完成工业投资{s}亿元，同比稳步增长。")
    assert q.value == pytest.approx(float(written) * 1e8) and q.unit == "元"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([100, 1000, 10_000]), st.integers(1, 9999), st.integers(1, 9))
def test_colloquial_shortening_agrees_with_cn2an(place: int, lead: int, digit: int) -> None:
    """一万二千 said as 一万二, 三百五十 as 三百五: the last place word dropped after the one above it."""
    if place < 10_000:
        lead = lead % 9 + 1
    n = lead * place + digit * place // 10
    s = cn2an.an2cn(str(n))
    short = s[:-1]
    assert s[-2] == cn2an.an2cn(str(digit)) and s[-3] in "百千万"
    assert parse_chinese_numeral(short) == n == cn2an.cn2an(short, "smart")
    (q,) = extract_quantities(f"新增就业岗位{short}个。")
    assert q.value == n
