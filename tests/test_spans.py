"""Spans of a text between the characters that end them (numbers/spans.py)."""

from summariser.numbers.spans import end_from, span_end, span_start, start_after


def test_start_after_is_past_the_last_stop_before_a_place_else_the_text_s_start() -> None:
    text = "全县完成投资12亿元，增长8%；其中工业投资5亿元。"
    assert start_after(text, text.index("增长"), "，；。") == text.index("增长")
    assert start_after(text, text.index("其中"), "；") == text.index("其中")
    assert start_after(text, text.index("完成"), "，；。") == 0


def test_end_from_is_the_first_stop_from_a_place_else_the_text_s_end() -> None:
    text = "全县完成投资12亿元，增长8%；其中工业投资5亿元"
    assert end_from(text, 0, "，；。") == text.index("，")
    assert end_from(text, text.index("增长"), "；。") == text.index("；")
    assert end_from(text, text.index("其中"), "，；。") == len(text)


def test_span_start_and_end_bisect_the_sorted_ends() -> None:
    ends = [4, 9]
    assert (span_start(ends, 6), span_end(ends, 6, 12)) == (5, 9)
    assert (span_start(ends, 2), span_end(ends, 10, 12)) == (0, 12)
