"""Where a text's bracketed asides are: a note in brackets (（…）, (…), 【…】, 〔…〕) written after words of its
sentence, which qualifies those words and is no part of the sentence's own structure. A word that says what
kind a value is (预计, 目标, 已), a year or a base written inside an aside governs the aside alone; readers ask
here whether a position stands in one, found once per text."""

from __future__ import annotations

import bisect
import re
from typing import Sequence

# One level of brackets nested inside is allowed (（含区县（市）属）); an aside never crosses a full stop or a line.
_INNER = r"(?:[^（）()【】〔〕\n。！!]|[（(][^（）()【】〔〕\n。！!]*[）)])"
_BRACKETED = re.compile(rf"【{_INNER}{{1,200}}】|〔{_INNER}{{1,200}}〕|[（(]{_INNER}{{1,200}}[）)]")
# A bracket that opens its line or sentence is a heading, a label or a list's number ((一), 【主要目标】, 【快讯】),
# not a note on words before it.
_NOTHING_BEFORE = re.compile(r"(?:^|[\n。！!？?；;：:])[ \t\u3000]*$")
# A note that reaches past its brackets, over the figures after it (（下同）, （以下简称…）, （预计数，下同）,
# （截至9月底）, （数据来源…）): it is read where it is, by the readers of such notes, not as an aside.
_REACHING_NOTE = re.compile(r"[（(【〔]\s*(?:[^（）()【】〔〕]*(?:下同|以下)|(?:数据)?(?:截至|截止|统计|口径|来源|按))")
_LOOK_BEHIND = 8  # (how far back the words before a bracket are looked at: past spaces, to the line's start)
# A bracket that holds nothing but a word of a kind (【预期目标】, 〔年度目标〕, （预计）, （初步预计）, （预计数）):
# no aside but a note or a label, read as if written without its brackets: before a clause's words it names
# the kind of what follows it (2025年【预期目标】：…, 工业投资（预计）完成56亿元), right after a value the value's own
# (增长15%〔年度目标〕). Its group says which kind.
_KIND_NOTE = re.compile(r"[（(【〔]\s*(?:初步|年度|全年|今年|主要|预期|发展)?(?:(?P<target>目标|任务|计划|力争|预期)"
                        r"|(?P<forecast>预计|预估|预测))(?:数|值|数据)?\s*[）)】〕]")
_VALUE_TAIL = re.compile(r"(?:左右|以上|以内|以下)?")


def asides(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each aside of `text` (its opening bracket to its closing one, included), in order."""
    out = []
    for m in _BRACKETED.finditer(text):
        if _NOTHING_BEFORE.search(text, max(0, m.start() - _LOOK_BEHIND), m.start()) or _REACHING_NOTE.match(
                text, m.start()) or _KIND_NOTE.match(text, m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


def kind_noted(text: str, at: int) -> str:
    """'target' or 'forecast' where a bracket holding nothing but a word of that kind opens at `at` (past the
    左右 or 以上 of a value ending there: 增长15%〔年度目标〕, 增长8%左右（预计数）), else ''."""
    m = _KIND_NOTE.match(text, _VALUE_TAIL.match(text, at).end())  # type: ignore[union-attr]
    return "" if m is None else "target" if m.group("target") else "forecast"


def kind_notes(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each bracket of `text` holding nothing but a word of a kind (see kind_noted)."""
    return [(m.start(), m.end()) for m in _KIND_NOTE.finditer(text)]


def aside_at(spans: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The aside of `spans` (from `asides`) that `at` stands inside (past its opening bracket), None where none."""
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return spans[i] if i >= 0 and spans[i][0] < at < spans[i][1] - 1 else None


def parts_listed(text: str, span: tuple[int, int]) -> bool:
    """Whether the aside at `span` lists parts of what stands before it (（含甲区、乙区）, (3000万元以上工业项目、
    亿元以上其它项目), （包括高新区）): their names are the parts', none of the whole's, and no item of the sentence's
    own list."""
    return _PARTS_NOTE.match(text, span[0]) is not None or "、" in text[span[0]:span[1]]


_PARTS_NOTE = re.compile(r"[（(【〔]\s*(?:含|不含|包含|包括|不包括|其中)")
