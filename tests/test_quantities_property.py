"""Property-based: write a random quantity the ways sources write it, parse it back."""

from __future__ import annotations

from dataclasses import dataclass

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser import extract_quantities

FULLWIDTH = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")
TRAD = str.maketrans("万亿吨个条只张项户", "萬億噸個條隻張項戶")
MULTS = {"": 1.0, "百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
COUNTED = ["元", "家", "个", "条", "吨", "只", "套", "人", "台", "项", "户", "副", "吨/年", "美元", "亩"]
PLAIN = ["%", "个百分点", "倍"]  # units that take no multiplier
PREFIX = {"": "=", "超过": ">", "突破": ">", "逾": ">", "近": "~", "约": "~", "不低于": ">=", "不到": "<", "低于": "<"}
SUFFIX = {"": "=", "以上": ">=", "左右": "~", "以下": "<=", "以内": "<="}


@dataclass
class Case:
    text: str
    value: float
    unit: str
    qualifier: str
    number: str


def _digits(v: float, decimals: int, thousands: bool, fullwidth: bool) -> str:
    s = f"{v:,.{decimals}f}" if thousands else f"{v:.{decimals}f}"
    return s.translate(FULLWIDTH) if fullwidth else s


@st.composite
def quantities(draw: st.DrawFn) -> Case:
    plain_unit = draw(st.booleans())
    unit = draw(st.sampled_from(PLAIN if plain_unit else COUNTED))
    mult = "" if plain_unit else draw(st.sampled_from(list(MULTS)))
    decimals = draw(st.sampled_from([0, 0, 1, 2]))
    if decimals:
        v = draw(st.integers(1, 99_999)) / 10**decimals
    else:
        v = float(draw(st.integers(1, 99_999)))
    chinese = decimals == 0 and not plain_unit and mult == "" and draw(st.booleans())
    if chinese:
        number = cn2an.an2cn(str(int(v)))
        if int(v) == 2 and unit not in ("元", "吨", "吨/年", "美元", "亩"):
            number = draw(st.sampled_from(["二", "两"]))
    else:
        number = _digits(v, decimals, thousands=v >= 1000 and draw(st.booleans()), fullwidth=draw(st.booleans()))
    gap = draw(st.sampled_from(["", "", " ", "\n\n"])) if not chinese else ""
    pre = draw(st.sampled_from(list(PREFIX)))
    suf = "" if pre else draw(st.sampled_from(list(SUFFIX)))
    written_unit = mult + unit
    if draw(st.booleans()):
        written_unit = written_unit.translate(TRAD)
    text = f"全市全年工业投资完成{pre}{number}{gap}{written_unit}{suf}，各项工作稳步推进。"
    base = unit
    return Case(text, v * MULTS[mult], base, PREFIX[pre] if pre else SUFFIX[suf], number)


@settings(max_examples=400, deadline=None)
@given(quantities())
def test_written_quantity_parses_back(case: Case) -> None:
    qs = extract_quantities(case.text)
    assert len(qs) == 1, (case.text, qs)
    q = qs[0]
    assert q.value == pytest.approx(case.value, rel=1e-9), case.text
    assert q.unit == case.unit, case.text
    assert q.qualifier == case.qualifier, case.text
    assert case.text[q.start:q.end] == q.raw
    assert case.number in q.raw


@settings(max_examples=200, deadline=None)
@given(
    lo=st.integers(1, 500),
    span=st.integers(1, 500),
    mult=st.sampled_from(["", "万", "亿"]),
    unit=st.sampled_from(["元", "家", "吨"]),
    form=st.sampled_from(["{lo}{u}至{hi}{u}", "{lo}至{hi}{u}", "{lo}-{hi}{u}", "{lo}到{hi}{u}", "{lo}～{hi}{u}"]),
)
def test_ranges_parse_back(lo: int, span: int, mult: str, unit: str, form: str) -> None:
    hi = lo + span
    text = "计划投资" + form.format(lo=lo, hi=hi, u=mult + unit) + "，项目有序推进。"
    qs = extract_quantities(text)
    assert len(qs) == 1, (text, qs)
    f = MULTS[mult]
    assert (qs[0].value, qs[0].value_high, qs[0].unit) == (pytest.approx(lo * f), pytest.approx(hi * f), unit)


@settings(max_examples=200, deadline=None)
@given(v=st.integers(1, 9999), decimals=st.sampled_from([0, 1]),
       word=st.sampled_from(["下降", "减少", "同比下降", "下滑", "回落"]))
def test_declines_are_negative(v: int, decimals: int, word: str) -> None:
    number = f"{v / 10**decimals:.{decimals}f}"
    qs = extract_quantities(f"全市工业用电量{word}{number}%。")
    assert len(qs) == 1 and qs[0].value == pytest.approx(-float(number))


@settings(max_examples=200, deadline=None)
@given(v=st.integers(1, 99_999), at=st.integers(1, 4), ch=st.sampled_from(["\u200b", "\u00ad", "\u200d", "\ufeff"]))
def test_an_unseen_character_inside_a_number_changes_nothing(v: int, at: int, ch: str) -> None:
    digits = str(v)
    at = min(at, len(digits))
    text = f"全市全年工业投资完成{digits[:at]}{ch}{digits[at:]}亿元，各项工作稳步推进。"
    (q,) = extract_quantities(text)
    assert q.value == pytest.approx(v * 1e8) and text[q.start:q.end] == q.raw


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.integers(1, 999), min_size=2, max_size=4),
       joins=st.lists(st.sampled_from(["、", "和", "及"]), min_size=3, max_size=3),
       word=st.sampled_from(["分别下降", "分别回落", "分别提高", "分别增长"]),
       unit=st.sampled_from(["%", "个百分点"]), each=st.booleans())
def test_a_list_shares_its_sign_word_and_its_last_unit(values: list[int], joins: list[str], word: str, unit: str,
                                                       each: bool) -> None:
    numbers = [f"{v / 10:.1f}" for v in values]
    items = [n + (unit if each or i == len(numbers) - 1 else "") for i, n in enumerate(numbers)]
    listed = items[0] + "".join(j + x for j, x in zip(joins[:len(items) - 1], items[1:], strict=True))
    text = f"三大行业增加值增速{word}{listed}，好于预期。"
    qs = extract_quantities(text)
    sign = -1 if word in ("分别下降", "分别回落") else 1
    assert [(q.value, q.unit) for q in qs] == [(pytest.approx(sign * float(n)), unit) for n in numbers], text
