"""Tables flattened into lines, as scraped statistics pages give them: a header (指标名称 / 单位 / 1-11月 /
同比增长(%)), then for each row its name, its unit and one line per column.

    规模以上工业增加值
    亿元
    1132.6
    7.8

A number alone on its line has no unit beside it, so the quantity parser leaves it out; read as a cell,
1132.6 is 1132.6亿元 and 7.8 is a growth of 7.8%. `cells` finds them, and `cell_words` gives each the
words a reader has for it: its row's name and its column's heading."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .unit_parser import parse_unit
from .units import PERCENT

# The heading of the units column, and the headings of value columns: a period, a growth, a share.
_UNIT_HEADING = re.compile(r"(?:计量)?单位")
_COLUMN_HEADING = re.compile(r"月|季度|年|增长|增速|增幅|同比|比上年|%|％|比重|占比|累计|本月|绝对值|数值|总量|总额")
_PERCENT_HEADING = re.compile(r"%|％|增长|增速|增幅|比重|占比")
_NUMBER = re.compile(r"[-−－+]?\d+(?:\.\d+)?")
_EMPTY = re.compile(r"[—－\-–/…]+|")  # a cell with no value
_PERIOD_HEADING = re.compile(r"月|季度|年")
_PART = re.compile(r"^(?:其中|内)[：:]?\s*")  # 其中：国有控股企业, a part of the row before
_MAX_NAME = 30  # a row's name or a unit is a short line
_MAX_COLUMNS = 6


class Cell(NamedTuple):
    """A number alone on its line in a flattened table: where it is, the unit its row or column gives
    it, and whether its column is of percents (a growth or a share)."""

    start: int
    end: int
    unit: str  # the unit as written (亿元, 万辆, %)
    growth: bool  # its column heading says a growth (同比增长(%)), not a share (比重(%))


class _Line(NamedTuple):
    start: int
    end: int
    text: str  # stripped


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    at = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append(_Line(at + lead, at + lead + len(body), body))
        at += len(raw) + 1
    return out


def cells(text: str) -> list[Cell]:
    """The value cells of every flattened table in `text` (none where it holds no 单位 heading line)."""
    if "单位" not in text or "\n" not in text:
        return []
    lines = [x for x in _lines(text) if x.text]
    out: list[Cell] = []
    for h, line in enumerate(lines):
        if _UNIT_HEADING.fullmatch(line.text):
            out += _table(lines, h)
    return out


def _headings(lines: list[_Line], h: int) -> list[str]:
    """The value columns' headings after the units column's at `h`."""
    heads: list[str] = []
    for line in lines[h + 1:h + 1 + _MAX_COLUMNS]:
        if _NUMBER.fullmatch(line.text) or not _COLUMN_HEADING.search(line.text) or len(line.text) > _MAX_NAME:
            break
        heads.append(line.text)
    return heads


def _table(lines: list[_Line], h: int) -> list[Cell]:
    """The cells of the table whose units heading is line `h`: rows of a name, a unit and a value per column."""
    heads = _headings(lines, h)
    if not heads:
        return []
    out: list[Cell] = []
    i = h + 1 + len(heads)
    while i + 1 < len(lines):
        unit = lines[i + 1].text
        spec = parse_unit(unit) if len(unit) <= 8 and not _NUMBER.fullmatch(unit) else None
        if len(lines[i].text) > _MAX_NAME or _NUMBER.fullmatch(lines[i].text):
            break  # the table has ended
        if spec is None or not unit:
            i += 1  # a group's name (主要行业) before its rows
            continue
        values = lines[i + 2:i + 2 + len(heads)]
        if len(values) < len(heads) or not all(_NUMBER.fullmatch(v.text) or _EMPTY.fullmatch(v.text) for v in values):
            break
        for head, v in zip(heads, values, strict=True):
            if _NUMBER.fullmatch(v.text):
                percent = bool(_PERCENT_HEADING.search(head))
                out.append(Cell(v.start, v.end, PERCENT if percent else unit, percent and "比重" not in head
                                and "占比" not in head))
        i += 2 + len(heads)
    return out


class CellWords(NamedTuple):
    """What a reader has in mind at a cell: its row's name and its column's heading when that says how
    it is measured (电子信息 同比增长(%)), and the table's first row, the whole its other rows break down;
    the row's name alone (其中： dropped) and the period the table's headings state, for a figure's fields."""

    own: str
    whole: str
    row: str = ""
    period: str = ""


def cell_words(text: str) -> dict[int, CellWords]:
    """The words of each value cell of `text`, by where it starts. Read in one pass over the lines."""
    if "单位" not in text or "\n" not in text:
        return {}
    lines = [x for x in _lines(text) if x.text]
    starts = [x.start for x in lines]
    out: dict[int, CellWords] = {}
    for h, line in enumerate(lines):
        if _UNIT_HEADING.fullmatch(line.text):
            heads = _headings(lines, h)
            found = _table(lines, h)
            first = _words_of(lines, bisect.bisect_left(starts, found[0].start), []) if found else ""
            period = next((x for x in heads if _PERIOD_HEADING.search(x) and not _PERCENT_HEADING.search(x)), "")
            for c in found:
                n = bisect.bisect_left(starts, c.start)
                own, row = _words_of(lines, n, heads), _words_of(lines, n, [])
                out[c.start] = CellWords(own, first if row != first else "", _PART.sub("", row), period)
    return out


def _words_of(lines: list[_Line], n: int, heads: list[str]) -> str:
    """Line `n`'s row name and column heading: back over the row's other values and its unit to its name."""
    k = n - 1
    while k >= 0 and (_NUMBER.fullmatch(lines[k].text) or _EMPTY.fullmatch(lines[k].text)):
        k -= 1
    column = n - k - 1
    head = heads[column] if 0 <= column < len(heads) else ""
    head = head if _PERCENT_HEADING.search(head) else ""  # (a period heading is read as a period, not a name)
    return f"{lines[k - 1].text if k >= 1 else ''} {head}".strip()
