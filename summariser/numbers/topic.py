"""What a page is about, as its headline says (孝感高新区上半年主要经济指标领跑全市; 全市1-9月重点项目建设推进情况
通报; 某某开发区2024年9月份主要经济指标完成情况): the words of the lines above its first sentence, which every
value of the page is read under. A report on 重点项目 writes 完成投资 of each county and never 重点项目 again; a
park's bulletin writes 该区 or nothing at all where its claims name the park."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple, Sequence

from ..core.chars import SENTENCE_END
from .attribution import Period, bigrams, blank, indicator_words, level, levels_named

# Lines of a scraped page's header that name no topic: crumbs, menus, the date and source line, tools.
_NOT_TOPIC = re.compile(r"[>＞»›|｜]|首页|当前位置|您的位置|来源|发布|时间|日期|作者|浏览|点击|访问|字号|打印|分享|"
                        r"编辑|责任|阅读|附件|索引号|文号")
_BODY = re.compile(f"[{SENTENCE_END}，,：:]")  # a line with a clause's end is the body's, not the header's
# The words that name an industrial park or zone: a value on a park's page is the park's.
PARK = re.compile(r"园区|开发区|高新区|经开区|工业园|产业园|集中区|示范区")
_LINE_MAX = 60  # a headline is short; a longer line is body text
_HEADER_MAX = 600  # how far into the page the header may reach
# Words that name the page's kind, not what it is about (情况通报, 新闻, 动态): no claim's evidence.
_PAGE_WORDS = re.compile(r"情况|通报|公告|通知|新闻|动态|要闻|简报|快讯|专栏|信息|网站|门户|政府网|"
                         r"统计局|管委会|委员会|人民政府|办公室|主办|承办")


class Topic(NamedTuple):
    """What a page's headline says it is about."""

    pairs: frozenset[str] = frozenset()  # the character pairs of its words (periods and page words left out)
    level: int = -1  # the whole place it names (2 for 全市…), -1 when none (a park's, a county's name)
    park: bool = False  # whether it names a park (开发区, 高新区…) and no whole place: the page is the park's
    own: int = -1  # the level of the page's own place: the headline's, else the one its text names most


def topic_of(text: str, spans: Sequence[tuple[int, int]], found: Sequence[tuple[int, int, Period]]) -> Topic:
    """The topic the header lines of `text` name (simplified; `spans` its quantity spans, sorted; `found`
    its period writings): the lines before the first line that holds a value or a clause's end."""
    starts = [a for a, _ in spans]
    words: list[str] = []
    lines: list[str] = []
    at = 0
    while at < min(len(text), _HEADER_MAX):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip()
        has_value = bisect.bisect_left(starts, at) < bisect.bisect_left(starts, end)
        if line and not _NOT_TOPIC.search(line):
            if has_value or len(line) > _LINE_MAX or _BODY.search(line):
                break
            periods = [(max(a, at) - at, min(b, end) - at) for a, b, _ in found if a < end and b > at]
            words.append(indicator_words(_PAGE_WORDS.sub("", blank(text[at:end], periods))))
            lines.append(line)
        at = end + 1
    headline = " ".join(lines)
    named = level(headline)
    return Topic(frozenset(g for w in words if len(w) >= 2 for g in bigrams(w)), named,
                 named < 0 and bool(PARK.search(headline)), named if named >= 0 else _most_named(text))


def _most_named(text: str) -> int:
    """The level of the whole place `text` names most often (the more local one of a tie: a city's page
    quotes the province), -1 when it names none."""
    counts = Counter(levels_named(text))
    return max(counts, key=lambda n: (counts[n], n)) if counts else -1
