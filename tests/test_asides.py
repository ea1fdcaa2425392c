"""Bracketed asides (（…）, (…), 【…】, 〔…〕) qualify the words before them and are no part of their sentence's
structure: the words of a kind, a year or a base written inside one govern it alone, a value's words stop where one
opens right after it, and the parts one lists are no words of the whole it follows. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from summariser import CheckStatus as S
from summariser import check_figures
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
