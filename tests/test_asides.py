"""Bracketed asides (（…）, (…), 【…】, 〔…〕) qualify the words before them and are no part of their sentence's
structure: the words of a kind, a year or a base written inside one govern it alone, a value's words stop where one
opens right after it, and the parts one lists are no words of the whole it follows. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from summariser import CheckStatus as S
from summariser import Document, check_figures, summarise
from summariser.numbers.asides import asides

TRUSTED = (S.supported, S.derived)


def one(src: str, claim: dict[str, Any]) -> Any:
    return check_figures(src, [claim])[0]


def test_a_forecast_word_inside_a_later_part_s_aside_leaves_the_sentence_s_forecast_over_every_part() -> None:
    # (the 预计 in the last part's aside speaks of a ranking; the parts between are still foreseen by the opening 预计)
    for note in ("【三项指标均好于年初预期，预计居全县前列】", "（预计排名全县第二）", "〔预计可提前完成年度任务〕"):
        src = ("预计今年全镇工业产值完成56亿元，增长8%；规上工业增加值实现14亿元，增长6%；"
               f"技改投资完成3.2亿元，增长11%{note}。")
        claim = {"indicator": "规上工业增加值", "value": 14, "unit": "亿元", "kind": "forecast"}
        assert one(src, claim).status is S.supported, note
        assert one(src, {**claim, "kind": "actual"}).status not in TRUSTED, note
        growth = {"indicator": "规上工业增加值", "value": 6, "unit": "%", "measure": "growth", "kind": "actual"}
        assert one(src, growth).status not in TRUSTED, note
    # (a ；-list whose parts write their own forecast word outside any aside still leaves the others reported)
    own = "全区地区生产总值预计完成230亿元，增长6%；规上工业增加值增长7%；固定资产投资预计完成78亿元。"
    assert one(own, {"indicator": "规上工业增加值", "value": 7, "unit": "%", "kind": "forecast"}).status \
        not in TRUSTED


def test_a_goal_in_an_aside_right_after_a_result_leaves_the_result_a_result() -> None:
    for src in ("1-9月，全县工业投资完成27亿元【全年目标是35亿元】，同比增长9%。",
                "前三季度，全市技改投资完成27亿元〔年度目标35亿元〕，同比增长9%。",
                "截至9月底，全区工业投资完成27亿元(全年任务为35亿元)，同比增长9%。"):
        done = {"indicator": "投资", "value": 27, "unit": "亿元", "kind": "actual"}
        assert one(src, done).status is S.supported, src
        assert one(src, {**done, "kind": "target"}).status not in TRUSTED, src
        assert one(src, {"indicator": "投资", "value": 35, "unit": "亿元", "kind": "actual"}).status \
            not in TRUSTED, src


def test_a_base_written_in_an_aside_is_no_value_of_the_forecast_it_follows() -> None:
    src = "预计全年全区规上工业产值达到210亿元，同比增长6.5%（2023年末基数为197亿元）；工业投资完成40亿元。"
    base = {"indicator": "规上工业产值", "period": "2023年", "value": 197, "unit": "亿元", "kind": "forecast"}
    assert one(src, base).status not in TRUSTED
    # (claimed as the result it is, it is not refused: the name the aside qualifies is read apart)
    assert one(src, {**base, "kind": "actual"}).status is not S.misattributed
    # (the forecast goes on past the aside, to the next part)
    after = {"indicator": "工业投资", "period": "全年", "value": 40, "unit": "亿元", "kind": "forecast"}
    assert one(src, after).status is S.supported
    assert one(src, {**after, "kind": "actual"}).status not in TRUSTED


def test_an_aside_that_goes_on_with_the_sentence_is_still_led_by_it() -> None:
    # (a growth or a part in brackets, with no statement of its own, is foreseen with what it follows)
    src = "预计全年工业投资完成48亿元（同比增长12%），技改投资完成9亿元（其中设备购置5亿元）。"
    growth = {"indicator": "工业投资", "value": 12, "unit": "%", "measure": "growth", "kind": "forecast"}
    assert one(src, growth).status is S.supported
    assert one(src, {**growth, "kind": "actual"}).status not in TRUSTED


def test_a_list_in_brackets_after_a_whole_s_name_names_its_parts() -> None:
    # (the bracket's 、 starts no item of the sentence: the count after it is the whole's, read under its name, so
    # the part's count after 其中 is refused as the whole's, and is the part's)
    for src, whole, part in (
            ("1-5月份,全县新引进项目(2000万元以上制造业项目、亿元以上其它项目)58个,其中制造业项目49个。",
             "全县新引进项目", "新引进制造业项目"),
            ("上半年，全县新落地项目(5000万元以上制造业项目、亿元以上服务业项目)86个，其中制造业项目71个。",
             "全县新落地项目", "新落地制造业项目")):
        value = int(src.split("其中制造业项目")[1].split("个")[0])
        assert one(src, {"indicator": whole, "value": value, "unit": "个"}).status is S.misattributed, src
        assert one(src, {"indicator": part, "value": value, "unit": "个"}).status is S.supported, src


def test_asides_are_notes_after_words_not_headings_labels_or_notes_that_reach_on() -> None:
    text = "【快讯】全县产值完成56亿元（增长8%）。\n（一）工业运行。产值（不含电力，下同）增长5%。"
    found = [text[a:b] for a, b in asides(text)]
    assert found == ["（增长8%）"]


# Brackets that are no asides: a label or a note holding nothing but a word of a kind, read as if written without
# its brackets; and a comparison's base inside a forecast's or a goal's aside.
def _kinds(src: str, claim: dict[str, Any]) -> dict[str, S]:
    return {k: one(src, {**claim, "kind": k}).status for k in ("actual", "target", "forecast")}


def test_a_kind_label_in_brackets_names_the_kind_of_what_follows_it() -> None:
    growth = {"indicator": "工业投资", "value": 15, "unit": "%", "measure": "growth"}
    for src, claim, kind in (
            ("2025年【预期目标】：规上工业增加值增长7%，工业投资增长10%以上。",
             {"indicator": "规上工业增加值", "value": 7, "unit": "%", "measure": "growth"}, "target"),
            ("2025年【预期目标】：规上工业增加值增长7%，工业投资增长10%以上。",
             {**growth, "value": 10, "qualifier": ">="}, "target"),
            ("全年【预计】：工业投资增长15%。", growth, "forecast"),
            ("二〇二五年〔主要目标〕工业投资增长15%。", growth, "target")):
        got = _kinds(src, claim)
        assert got[kind] is S.supported and got["actual"] not in TRUSTED, (src, got)
    text = ("今年以来，全县工业经济稳中有进。2025年【预期目标】：规上工业增加值增长7%，工业投资增长10%以上，"
            "新增规上工业企业20家。")
    shipped = {(f.value, f.unit): f.kind for f in summarise(Document(id="d", text=text)).figures}
    assert shipped == {(7.0, "%"): "target", (10.0, "%"): "target", (20.0, "家"): "target"}


def test_a_kind_note_right_after_a_value_is_the_value_s_kind() -> None:
    growth = {"indicator": "工业投资", "value": 15, "unit": "%", "measure": "growth"}
    for src, kind in (("今年工业投资增长15%〔年度目标〕。", "target"), ("今年工业投资增长15%【预计】。", "forecast"),
                      ("今年工业投资增长15%（预计数）。", "forecast"), ("今年工业投资增长15%（目标值）。", "target"),
                      ("全年工业投资增长15%（目标值）", "target"),
                      ("全年工业投资增长15%（目标），技改投资增长10%。", "target")):
        got = _kinds(src, growth)
        assert got[kind] is S.supported and got["actual"] not in TRUSTED, (src, got)


def test_a_base_compared_with_in_a_forecast_s_aside_leaves_its_gap_foreseen() -> None:
    for src, value, kind in (
            ("预计全年规上工业增加值增长8%左右（高于2023年1.5个百分点）。", 1.5, "forecast"),
            ("力争全年规上工业增加值增长15%（高于2024年3个百分点）。", 3, "target"),
            ("预计全年规上工业增加值增长8%左右（超出年初目标1.5个百分点）。", 1.5, "forecast"),
            ("预计全年规上工业增加值增长8%左右（2023年增速为6.5%，提高1.5个百分点）。", 1.5, "forecast"),
            ("预计全年规上工业增加值增长8%左右（增速居全市第3位，高于2023年4个百分点）。", 4, "forecast")):
        got = _kinds(src, {"indicator": "规上工业增加值", "value": value, "unit": "个百分点", "measure": "change"})
        assert got[kind] is S.supported and got["actual"] not in TRUSTED, (src, got)


def test_a_bracketed_forecast_or_goal_word_after_the_subject_governs_its_clause() -> None:
    amount = {"indicator": "工业投资", "value": 56, "unit": "亿元"}
    growth = {"indicator": "工业投资", "value": 15, "unit": "%", "measure": "growth"}
    for src, claim, kind in (
            ("全年规上工业增加值（预计）增长7.8%，工业投资（预计）完成56亿元。", amount, "forecast"),
            ("今年全县工业投资（预计）完成56亿元。", amount, "forecast"),
            ("2024年全县工业投资（初步预计）完成56亿元。", amount, "forecast"),
            ("2024年（预计）全县工业投资完成56亿元。", amount, "forecast"),
            ("全年规上工业增加值（预计数）增长7.8%，工业投资（预计数）完成56亿元。", amount, "forecast"),
            ("全年规上工业增加值（预计数）增长7.8%，工业投资（预计数）增长12.5%。", {**growth, "value": 12.5},
             "forecast"),
            ("全县今年（预计）工业投资增长15%。", growth, "forecast"),
            ("全县今年（目标）工业投资增长15%。", growth, "target")):
        got = _kinds(src, claim)
        assert got[kind] is S.supported and got["actual"] not in TRUSTED, (src, got)
    text = "全年规上工业增加值（预计数）增长7.8%，工业投资（预计数）完成56亿元，增长9%。"
    shipped = {(f.value, f.unit): (f.kind, f.check.status if f.check else None)
               for f in summarise(Document(id="d", text=text)).figures}
    assert shipped[(56.0, "亿元")] == ("forecast", S.supported) and shipped[(9.0, "%")] == ("forecast", S.supported)


def test_a_year_in_an_aside_after_a_value_dates_the_aside_s_value_alone() -> None:
    text = "全县规上工业企业达到245家（2023年为218家），工业投资完成56亿元。"
    shipped = {(f.value, f.unit): f.period for f in summarise(Document(id="d", text=text)).figures}
    assert shipped[(218.0, "家")] == "2023年"
    assert shipped[(245.0, "家")] != "2023年" and shipped[(56.0, "亿元")] != "2023年"
