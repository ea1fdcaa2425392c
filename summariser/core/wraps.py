"""Where a page's lines are hard-wrapped inside a clause, and the page with those line ends left out.

Text copied from a PDF or a document site is set at the page's width: 规模以上工业增加⏎值同比增长7.5%, 预计⏎全市…,
收入4779⏎1元. Its line ends end nothing; read as breaks they cut a marker of kind from the list it governs and a
number from its last digits. Such a copy also spaces a number after its point (增长 36. 8、25%; 完成目标任务 28. 1%),
and from the words beside it (2023 年，…总产值 412 亿元).
`unwrapped` leaves the line ends and those spaces out with a map back to the text as given, so that spans found in
it are the given text's.
"""

from __future__ import annotations

import re
from typing import Iterator

from .chars import HAN
from .regex import Anchored
from .textmap import MappedText, origin_without
from .textmap import without as textmap_without


def unwrapped(text: str) -> MappedText:
    """`text` without its layout breaks (`layout_breaks`), mapped back to `text`."""
    drop = [(i, i + 1) for i in layout_breaks(text)]
    if not drop:
        return MappedText(text, range(len(text)), len(text))
    return MappedText(textmap_without(text, drop), origin_without(len(text), drop), len(text))


def layout_breaks(text: str) -> list[int]:
    """Where `text` holds a character its layout put inside a clause or a number, in order: the line ends that wrap
    a line inside a clause (`line_wraps`), the spaces after a number's point (`spaced_points`) and those between a
    number and the words beside it on a line of prose (`spaced_numbers`). What both the public checks (through
    `unwrapped`) and cleaning leave out."""
    cuts = set(line_wraps(text)) if "\n" in text else set()
    return sorted(cuts.union(spaced_points(text), spaced_numbers(text, cuts)))


def line_wraps(text: str) -> Iterator[int]:
    """The line ends of `text` that wrap a line inside a clause (规模以上工业增加⏎值同比增长7.5%，…同比增长⏎3.8%，):
    after a line of prose (a clause's punctuation in it) that ends on a word, set full (`_full_lines`: text cut at a
    page's width, as a PDF's is; not a subtitle's line that ends with no stop), before a line that goes on with a word,
    not with a number heading it (一、, (二)) nor a page's note (发布时间：)."""
    yield from sorted(_full_lines(text))
    # (纺织服装企业⏎120余家,另有…企业⏎180余家,…: a page that sets each number on a line of its own, its clause going
    # on after it)
    for m in _NUMBER_WRAP_AT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if not _LINE_OPENING.match(text, start):
            yield m.start()
    # (固定资产投资(⏎不含农户)增长20%; …收入8.58亿元⏎,下降4.3%: a line that ends on an opening bracket, or one that
    # opens with a clause's mark, is cut inside its clause whatever its width: no paragraph ends or opens so)
    for m in _MARK_WRAP_AT.finditer(text):
        if _PROSE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            yield m.start()


def _full_lines(text: str) -> Iterator[int]:
    """The ends of the lines of prose that end inside a clause and are set full: as wide as a line next to them, or
    one that cuts a number (…其中税收收入5.0⏎2亿元，…); and, once two or more lines so show the page set at its
    width, any such line as wide as the page's lines less a paragraph's indent: the first line of a paragraph,
    narrower by the two full-width spaces its copy lost, and the first of a paragraph of two lines, whose only
    neighbour is its short last line (…请予审议，并请各位政协委员⏎提出意见。), are no narrower than that."""
    narrowest = _set_width(text)
    unsure: list[tuple[int, int, int]] = []
    widths: list[int] = []
    for m in _WRAP_AT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        width = _width(text[start:m.start()])
        if width < narrowest or not _PROSE.search(text, start, m.start()) or _LINE_OPENING.match(text, m.end()):
            continue
        # (a number cut at the line's end: a wrap whatever the lines beside it, as in a paragraph of two lines)
        if _CUT_NUMBER_END.search(text, start, m.start()) and _CUT_NUMBER_REST.match(text, m.end()):
            widths.append(width)
            yield m.start()
            continue
        before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)] if start else ""
        end = text.find("\n", m.end())
        after = text[m.end():end if end >= 0 else len(text)]
        if any(abs(_width(line) - width) <= _WIDTH_SLACK for line in (before, after)):
            widths.append(width)
            yield m.start()
        else:
            unsure.append((m.start(), start, width))
    if len(widths) >= _SEEN_FULL:
        full = sorted(widths)[len(widths) // 2] - _INDENT - _WIDTH_SLACK
        yield from (at for at, start, width in unsure if width >= full and not _HEADING.match(text, start, at))


def spaced_points(text: str) -> Iterator[int]:
    """The spaces a copy from a PDF sets after a number's point (增长 36. 8、25%; 合同投资额 1. 04 亿美元): inside the
    number; not after a list's number opening a line or a clause (1. 2023年…; 工作：1. 抓好…), which is no decimal,
    nor before a count of whole things, which has none (…，2. 15个技改项目: item 2's 15个)."""
    for m in _SPACED_POINT.finditer(text):
        if m.start() and text[m.start() - 1] not in _LIST_OPENS and _WHOLE_COUNT.match(text, m.end()) is None:
            yield m.end(1)


def spaced_numbers(text: str, wraps: set[int] | None = None) -> Iterator[int]:
    """The single spaces a copy from a PDF or a typeset page sets between a number and the Han characters beside it
    (2023 年，全县预计完成规上工业总产值 412 亿元，增长 6.3%): no part of the number's words, of its unit or of a year
    (2023 年 is 2023年), and left out by cleaning as well. Only on a line of prose (a clause's mark after a word): not
    between the cells of a table's row, which a space may divide (金属制品业 38912 6.7), nor beside a number that a
    space parts from another (12.5 8.3). A line wrapped inside its clause (`wraps`, its line ends) is read with the
    lines it is joined to, whose marks are its own."""
    if " " not in text:
        return
    for a, b in _line_spans(text, wraps or set()):
        if " " not in text[a:b] or not _PROSE_LINE.search(text, a, b):
            continue
        for m in _SPACED_NUMBER.finditer(text, a, b):
            yield m.start("before") if m.group("before") else m.start("after")


def _set_width(text: str) -> int:
    """How wide a line must be to be read as set full: twenty Han characters, or on a page set narrower (lines of
    fifteen to twenty, as a phone's copy of a document is), the width that three or more of its lines of prose that
    end inside a clause share (give or take a character), so that its lines are joined alike: not some, where a
    number is cut, and not others, where a word is (同口⏎径增长7.8%)."""
    widths = sorted(w for a, b in _line_spans(text) if _PROSE.search(text, a, b) and text[b - 1:b] not in _ENDS
                    for w in (_width(text[a:b]),) if w < _WRAPPED_WIDTH)
    for i in range(len(widths) - _SET_LINES + 1):
        if widths[i] >= _NARROWEST and widths[i + _SET_LINES - 1] - widths[i] <= _WIDTH_SLACK:
            return widths[i]
    return _WRAPPED_WIDTH


def _line_spans(text: str, wraps: set[int] | frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Where each non-empty line of `text` starts and ends (a line wrapped at one of `wraps` going on past it)."""
    start = 0
    for end in [m.start() for m in re.finditer("\n", text) if m.start() not in wraps] + [len(text)]:
        if end > start:
            yield start, end
        start = end + 1


def _width(line: str) -> int:
    """How wide a line is set: a Han character or full-width mark twice a digit's or a Latin letter's width."""
    # (twice its length less one for each narrow character, counted by one search: a page's every prose line is
    # measured, and a loop over its characters was most of what reading the layout cost)
    kept = line.rstrip()
    return 2 * len(kept) - len(_NARROW.findall(kept))


_NARROW = re.compile("[\x00-\u2e7f]")  # (the characters set at half a Han character's width)


# (a line that ends on a word, a digit, a clause's mark or a number's point: 同比增长⏎3.8%, 增长6.5%；⏎一般公共…,
# 增长7.⏎9%, 下降3⏎.2%; a full stop may end a paragraph, a comma never does, and a ；-line of a list opens with
# its number)
_WRAP = re.compile(rf"(?:(?<=[{HAN}\d，,、；;：:])|(?<=\d[.．]))\n(?=[{HAN}\d%％])|(?<=\d)\n(?=[.．]\d)")
_CUT_NUMBER_END = re.compile(rf"[{HAN}][\d.．]+$")
_CUT_NUMBER_REST = re.compile(r"[\d.．]+(?![\d.．\-—~～至年月日号])")
_NUMBER_WRAP = re.compile(rf"(?<=[{HAN}])\n(?=\d[\d.]*(?:余|多)?[万亿]?(?![年月日号])[{HAN}]{{0,3}}[，,；;。])")
_WRAPPED_WIDTH = 40  # (a line of twenty Han characters or more)
_SPACED_POINT = re.compile(r"(?<!\d)(\d{1,6}[.．]) (?=\d)")
# (a word, a space, a whole number: 总产值 412 亿元, 增长 6.3%; or a number, a space, a word: 412 亿元, 2023 年; not
# a list's number, 工作：1. 抓好, nor a number a space parts from another, a table's cells: 增加值 12.5 8.3)
_SPACED_NUMBER = re.compile(rf"(?<=[{HAN}])(?P<before> )(?=\d+(?:[.．]\d+)?(?![\d.．])(?! \d))|"
                            rf"(?<![\d.．])(?<![\d%] )\d+(?:[.．]\d+)?%?(?P<after> )(?=[{HAN}])")
_PROSE_LINE = re.compile(rf"[{HAN}%％][，,；;。]")
# (digits and a counter of whole things, no multiplier: 15个, 5家; not 1.5个百分点, 2.5万家; numbers/units.COUNTERS'
# commonest)
_WHOLE_COUNT = re.compile(r"\d+(?:多|余)?(?:家|项|户|条|座|名|批|次|所|台|辆|件|处|栋|幢|场|笔|宗|人(?!民币)"
                          r"|个(?![百千万亿點点月工季]))")
_LIST_OPENS = frozenset("\n\r：:；;。！？!?（(")
_NARROWEST = 30  # (fifteen Han characters: no page is set narrower)
_SET_LINES = 3  # (how many lines of one width make a page's)
_ENDS = frozenset("。！？!?；;：:")  # (a line that ends so may end its paragraph: not set full for certain)
_WIDTH_SLACK = 4
_SEEN_FULL = 2  # (lines shown set full by a neighbour or a cut number: a short page may have no more)
_INDENT = 4  # (a paragraph's first line, indented by two full-width spaces its copy has lost)
_PROSE = re.compile(r"[，,；;。]")
# (a numbered heading, 一、农业生产稳中向好,畜牧业平稳增长: its line ends its words, however wide; not a numbered
# paragraph, whose full stop is on its first line)
# (a heading opened by a bullet, ◆全年预计…完成产值480亿元 or ▲工业投资较快增长，…，新增项目, is no line of a
# paragraph the page's width joins: the line after it opens the paragraph it heads)
_BULLET = "[◆◇■□●○▲△▶►★☆※•➤]"
_HEADING = re.compile(rf"(?:[一二三四五六七八九十\d]+(?:[、．]|\.(?!\d))|[（(][一二三四五六七八九十\d]+[)）]|{_BULLET})"
                      r"[^。]*$")
_MARK_WRAP = re.compile(r"(?<=[（(])\n|\n(?=[，,、；;）)])")
# (each of the three matches at a line end, after lookbehinds the engine would try at every character of a page:
# searched from the line ends alone, see core/regex.Anchored)
_WRAP_AT, _NUMBER_WRAP_AT, _MARK_WRAP_AT = (Anchored(p, "\n") for p in (_WRAP, _NUMBER_WRAP, _MARK_WRAP))
_LINE_OPENING = re.compile(r"[一二三四五六七八九十\d]+(?:[、．]|\.(?!\d))|第[一二三四五六七八九十\d]+|"
                           r"[（(][一二三四五六七八九十\d]+[)）]|"
                           r"发布|来源|时间|日期|作者|编辑|责任")
