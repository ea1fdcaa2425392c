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
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .unit_parser import parse_unit
from .units import PERCENT, POINTS, UnitSpec, unit_class

# A column of amounts named by their measure alone, their unit the units line's (产值 under 单位：万元)
_MEASURE_COLUMN = re.compile(r"(?:工业)?(?:总产值|产值|增加值|营业收入|主营业务收入|利润总额|利润|利税|税金|用电量|"
                             r"出口交货值|投资|技改投资|固定资产投资)")
# The heading of the units column, and the headings of value columns: a period, a growth, a share; and a measure's
# column under a units line (单位：万元⏎企业 | 产值 | 增长(%)).
_UNIT_HEADING = re.compile(r"(?:计量)?单位")
_COLUMN_HEADING = re.compile(r"月|季度|年|增长|增速|增幅|增减|同比|比上年|%|％|比重|占比|累计|本月|绝对值|绝对数|数值|"
                             rf"总量|总额|百分点|目标|完成|计划|实际|^(?:{_MEASURE_COLUMN.pattern})$")
# A column of amounts headed by what they are, the whole heading (产量, 产值（亿元）), not a row's name (…总产值)
_AMOUNT_COLUMN = re.compile(r"(?:产量|产值|数量|金额)(?:[（(][^（）()]{1,8}[）)])?")
_PERCENT_HEADING = re.compile(r"%|％|增长|增速|增幅|比重|占比")
_NUMBER = re.compile(r"[-−－+]?\d+(?:\.\d+)?")
_VALUE = re.compile(r"[-−－+]?\d+(?:\.\d+)?[%％]?")
_EMPTY = re.compile(r"[—－\-–/…]+|")  # a cell with no value
# A cell that writes its value with its unit, a growth in 倍 in a column of percents (1.6倍): a quantity as it
# stands, which the row's other cells are read around.
_OWN_UNIT_CELL = re.compile(r"[-−－+]?\d+(?:\.\d+)?倍")
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


_GAP = re.compile(r"[ \t\u3000\xa0]+")
_BAR = re.compile(r"[|｜]")


def _lines(text: str) -> list[_Line]:
    """The lines of `text`, a line of a row written across (规模以上工业增加值 亿元 215.4 6.3) cut at its
    gaps into one piece per cell, as a table written down a column has them."""
    out: list[_Line] = []
    at = 0
    for raw in text.split("\n"):
        if _BAR.search(raw) and _BAR.sub("", raw).strip() and not _CLOSED_CELL.fullmatch(raw):
            out += _barred(raw, at)  # (cells parted by bars, 规上工业开票销售 | 亿元 | 612.7)
        else:
            # (a rule of bars alone, ||||, parts no cell; one cell a line closed by a bar, 8.8 |, is that cell)
            raw = _BAR.sub(" ", raw)
            found = re.finditer(r"\S+", raw) if _GAP.search(raw.strip()) else [re.search(r"\S.*\S|\S", raw)]
            pieces = [(at + m.start(), at + m.end(), m.group(0)) for m in found if m is not None]
            # (a heading spaced out to align, 单  位 or 产  量, is one cell, as _pieced reads it)
            out += [_Line(a, b, w) for a, b, w in _spaced_names(raw, pieces, at)]
        at += len(raw) + 1
    return out


_CLOSED_CELL = re.compile(r"[^|｜]*[|｜]\s*")  # (one cell a line, each closed by a bar: 8.8 |)


def _barred(raw: str, at: int) -> list[_Line]:
    """The cells of a line parted by bars, an empty cell as a dash (…增加值 | 亿元 | 86.2 | 14.3 | : its last
    cell is empty, and the row keeps its columns); the bars that frame a bordered row (| a | b |) part nothing."""
    bounds = [-1, *(m.start() for m in _BAR.finditer(raw)), len(raw)]
    pieces = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    framed = raw.strip()[:1] in "|｜"
    if framed and pieces and not raw[pieces[0][0]:pieces[0][1]].strip():
        pieces = pieces[1:]  # (the frame before the first cell)
    if framed and raw.strip()[-1:] in "|｜" and pieces and not raw[pieces[-1][0]:pieces[-1][1]].strip():
        pieces = pieces[:-1]  # (the frame after the last cell)
    out: list[_Line] = []
    for a, b in pieces:
        words = list(_PIECE.finditer(raw, a, b))
        if not words:
            out.append(_Line(at + a, at + a, "—"))
        out += [_Line(at + m.start(), at + m.end(), m.group(0)) for m in words]
    return out


def cells(text: str, read: TableRead | None = None) -> list[Cell]:
    """The value cells of every flattened table in `text`: under a 单位 heading, and in rows written across
    under a heading of names and percent columns (地区 1-6月增速(%) 位次). `read`: `table_read(text)`, where the
    caller has it (the parse reads it once for the cells and for the checker's reading of the same text)."""
    return sorted(c for c, _ in _read_of(text, read))


def _cells_with_words(text: str) -> list[tuple[Cell, CellWords]]:
    if "\n" not in text:
        return []
    pieced = _pieced(text)  # (each line's pieces, read once for the rows across and the labelled values)
    out = _across(pieced) + _grid_numbers(text)
    if _UNITS_WRITTEN.search(text) is None:
        return out + _labelled(text, pieced, {c.start for c, _ in out})
    out += _labelled(text, pieced, {c.start for c, _ in out})
    lines = [x for x in _lines(text) if x.text]
    for h, line in enumerate(lines):
        if _UNIT_HEADING.fullmatch(line.text):
            heads = _headings(lines, h)
            goals = any(_goal_heading(x) for x in heads)
            # (the table's title, 表1　1-10月招商引资主要指标完成情况, dates its 本月 and 累计 columns)
            dated = _table_dated(text, lines[max(h - 1, 0)].start)
            whole = ""
            for c, row, head, column in _table(lines, h):
                whole = whole if _PART.match(row) else row  # (其中：… rows are parts of the row before them)
                # (a period heading is read as a period, not as a name)
                own = f"{row} {_months_cut_off(head)}" if _PERCENT_HEADING.search(head) else row
                out.append((c, CellWords(own, whole if _PART.match(row) else "", _PART.sub("", row),
                                         _column_period(heads, column, dated), goal=_goal_heading(head),
                                         goals=goals)))
    return out


def _months_cut_off(head: str) -> str:
    """A percent column's heading without the period it opens with (增长(%) of 1-10月增长(%)): that is the cell's
    period, no words of what it measures."""
    own = _own_period(head)
    return head[len(own):] if own else head


def _labelled(text: str, lines: list[tuple[str, list[_Piece]]], taken: set[int]) -> list[tuple[Cell, CellWords]]:
    """Values written one a line, each under a label that gives its unit in brackets (规上工业企业（个）⏎4127;
    其中：产值超亿元企业（个）⏎1356; 同比增长（%）⏎6.0, the growth of the name before), where no table reading
    has taken them (`taken`: the cells read, by start) and no other number follows (a row written down)."""
    if "（" not in text and "(" not in text:
        return []
    following = [""] * len(lines)  # the next line that holds a word, for each line (one pass back: linear)
    nxt = ""
    for k in range(len(lines) - 1, -1, -1):
        following[k], nxt = nxt, lines[k][0].strip() or nxt
    out: list[tuple[Cell, CellWords]] = []
    label: tuple[str, str] | None = None
    last = whole = ""
    for k, (raw, pieces) in enumerate(lines):
        line = raw.strip()
        named, number = _UNIT_LABEL.fullmatch(line), _LONE_NUMBER.fullmatch(line)
        if number and label is not None:
            a = pieces[0][0]  # (the number alone on its line is its one piece)
            cell = _labelled_cell(label, last, whole, a, number.group(1))
            if cell is not None and a not in taken and not _LONE_NUMBER.fullmatch(following[k]):
                out.append(cell)
            name = _PART.sub("", label[0])
            if _MEASURE_LABEL.fullmatch(name) is None:
                last, whole = name, whole if _PART.match(label[0]) else name
            label = None
        elif named:
            label = (named.group(1), named.group(2))
        elif not number:
            # (a name with no unit, 营业收入⏎78652.4⏎同比增长（%）⏎4.6: the growth's subject)
            short = bool(line) and len(line) <= _MAX_NAME and not re.search(r"\d", line)
            label, last, whole = None, line if short else "", ""
    return out


def _labelled_cell(label: tuple[str, str], last: str, whole: str, a: int,
                   number: str) -> tuple[Cell, CellWords] | None:
    """The cell of a number under `label` (its name and unit), a measure of `last` where the label names only
    how it is measured (同比增长); None for such a label with no name before it."""
    name, unit = label
    own = _PART.sub("", name)
    if _MEASURE_LABEL.fullmatch(own) is not None:
        if not last:
            return None
        own = f"{last} {own}"
    part = bool(_PART.match(name))
    return (Cell(a, a + len(number), unit, unit in "%％" and "增" in name),
            CellWords(own, whole if part else "", own))


# A label line that gives its value's unit in brackets, and a line that holds one number alone.
_UNIT_LABEL = re.compile(r"((?:其中[：:]\s*)?[^\d\s|｜（）()]{2,24})[（(]([^（）()\d]{1,6})[）)]")
_LONE_NUMBER = re.compile(r"([-−－]?\d+(?:\.\d+)?)")
_MEASURE_LABEL = re.compile(r"同比增长|增长|增速|增幅|比上年增长|比重|占比")


# A heading of rows written across with no units column: the names' heading, then the columns'.
_PLACE_KINDS_HEADING = (r"县[（(]市、区[）)]|县[（(](?:区|市)[）)]|区[（(]县[）)]|县市区|县区|区县|市县|乡镇|"
                        r"市[（(]州[）)]|市州|城市")
_NAMES_HEADING = re.compile(r"(?:地区|指标|项目|行业|产业|企业|产品|园区|开发区)(?:名称)?|名称|" + _PLACE_KINDS_HEADING)
# A names heading of places (地区, 县（市、区）): its rows are places, not measures.
_PLACES_HEADING = re.compile(r"地区|" + _PLACE_KINDS_HEADING)
# A column's heading that gives its unit in brackets at its end: 产值(亿元), 用电量(万千瓦时).
_UNIT_IN_HEADING = re.compile(r"[（(]([^（）()%％]{1,8})[）)]$")
# The pieces of a row written across: cut at gaps and at the bars of a table scraped as text (陶瓷 | 86.5 | 4.7).
_PIECE = re.compile(r"[^\s|｜]+")


def _across(pieced: list[tuple[str, list[_Piece]]]) -> list[tuple[Cell, CellWords]]:
    """Cells of rows written across under a names heading, whose columns say they are percents (旌阳区 9.2 2
    under 地区 1-6月增速(%) 位次: 9.2 is a growth; a rank, with no unit, is left out)."""
    out: list[tuple[Cell, CellWords]] = []
    heads: list[str] = []
    title = last = ""  # the table's title, the line before its heading (表2 分县规模以上工业增加值增速)
    caption = ""  # the table's title, over a units line (…工业用电量⏎单位：万千瓦时、%⏎地区), else `title`
    measure = ""  # what the rows measure, where the heading's corner says it (现价工业产值)
    worded: list[str] = []  # the last lines with words
    skip = 0  # a rank column before the names (1 | 阜阳经济技术开发区 | 52 | …)
    row_at = 0  # where the last row's cells start in `out`
    lines = _run_on(pieced)
    rows = _Rows(places=False)
    i = 0
    while i < len(lines):
        raw, pieces = lines[i]
        i += 1
        marked, pieces, row = rows.line(raw, pieces, heads)
        taken, columns, rate = _row_down(lines, i, heads, row)
        if taken:  # (烟台市⏎8.7⏎8.1⏎-0.1: a row down)
            pieces = pieces + [p for _, more in lines[i:i + taken] for p in more]
            raw, i = " ".join(p[2] for p in pieces), i + taken
        words = [p[2] for p in pieces]
        worded = _worded(worded, raw)
        # (a page's source and date line, 发布时间：2024年10月22日, is no title: the line above it is)
        last, before = (raw.strip() if raw.strip() and not _SOURCE_LINE.search(raw) else last), last
        words, i, cornered = _written_down(lines, i, words, heads)
        ranked = len(words) > 2 and _RANK_FIRST.fullmatch(words[0]) is not None and _names_heading(words[1:])
        if ranked and heads == [] or cornered or _names_heading(words):
            # (排名 | 开发区 | 签约项目（个）…: a rank column before the names is no cell of the rows)
            heads, title, skip = words[1 + ranked:], _TABLE_NUMBER.sub("", before), int(ranked)
            heads, i = _sub_headed(lines, i, heads)
            caption, measure = _caption_over(title, worded), words[0] if cornered else ""
            # (指标 | 5月 | 1-5月 ⏎…⏎单位：%: the units line under the table's rows, as it would be over its heading)
            title = title if _TITLE_UNITS.match(title) else _units_after(lines, i, len(heads)) or title
            row_at, rows = len(out), _Rows(_PLACES_HEADING.fullmatch(words[ranked]) is not None)
        elif heads and _a_row(words[skip:], len(columns)) and (not skip or _NUMBER.fullmatch(words[0])):
            # (1 | 阜阳经济技术开发区 | 52: its rank left out)
            row_at = len(out)
            named = _measure_named(pieces[skip:], measure)
            found = _row_cells(named, columns, (title, caption), rate, _row_unit(row, words[skip]))
            out += rows.placed(row, found)
        elif _ends_table(heads, words, raw, lines[i:i + 4 * _AFTER_ROW]):
            # (工业总产值⏎3936.5…⏎# 食品制造业: a row whose parts, marked with #, are not read is left out too, or
            # its values would pass for its parts')
            out = out[:row_at] if marked else out
            heads = []  # (the table has ended; a blank line, or a row of another shape, does not end it)
    return out


_Piece = tuple[int, int, str]


def _sub_headed(lines: list[tuple[str, list[_Piece]]], i: int, heads: list[str]) -> tuple[list[str], int]:
    """The columns of a heading written in two rows, its corner spanning both (县市区 | 工业投资⏎增速 | 排名): one
    measure over the columns, then each column's own heading on the next line, no number in it; each column is
    the measure's (工业投资增速) but a rank (排名). The heading as it is, and `i`, where the next line is none."""
    if len(heads) != 1 or i >= len(lines):
        return heads, i
    words = [w for _, _, w in lines[i][1]]
    if len(words) < 2 or not all(_COLUMN_HEADING.search(w) or _RANK.fullmatch(w) for w in words) \
            or any(_NUMBER.search(w) for w in words):
        return heads, i
    return [w if _RANK.fullmatch(w) else heads[0] + w for w in words], i + 1


def _written_down(lines: list[tuple[str, list[_Piece]]], i: int, words: list[str],
                  heads: list[str]) -> tuple[list[str], int, bool]:
    """A line's words with the columns' headings written down after it (产业⏎项目数（个）⏎协议投资（亿元）: one column
    a line), the line to go on from, and whether its corner heads the rows though it is no names heading: left
    empty (⏎规上工业总产值(万元)⏎同比增长(%)⏎城关镇⏎286450, its words then [""] and the headings), or naming what the
    rows measure (现价工业产值⏎本月⏎增长%)."""
    down, taken = _heading_down(lines, i, words) if words or heads else _cornerless(lines, i)
    if not down:
        return words, i, False
    corner = words[0] if words else ""
    return [corner, *down], i + taken, not corner or _CORNER_MEASURE.fullmatch(corner) is not None

# A corner cell that names what the rows measure (现 价 工 业 产 值 over 本月 | 增长% | 累计, the rows 装备制造业…),
# not a column of its own: a measure's noun at its end, no unit, no period.
_CORNER_MEASURE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:产值|增加值|营业收入|主营业务收入|利润总额|用电量|投资)")


def _measure_named(pieces: list[_Piece], measure: str) -> list[_Piece]:
    """A row's pieces, its name followed by the measure its table's corner names (装备制造业 under 现价工业产值:
    装备制造业现价工业产值), where the name does not say it already."""
    if not measure or not pieces or measure in pieces[0][2]:
        return pieces
    a, b, name = pieces[0]
    return [(a, b, name + measure), *pieces[1:]]


def _run_on(lines: list[tuple[str, list[_Piece]]]) -> list[tuple[str, list[_Piece]]]:
    """The lines of a table whose rows the page ran into one line, cells parted by bars (单位:个、万元 | 指标名称 |
    本月 | 同比% | 企业单位数⏎| 4326 | 5.5 | 其中:规模以上 | 501 | 7.1 | 工业总产值 | …), cut into a line per row as
    a table written across has them: the cells after a names heading, a name and a cell per column; what stands
    before the heading (its units) a line of its own. Lines of any other shape are as they were."""
    out: list[tuple[str, list[_Piece]]] = []
    i = 0
    while i < len(lines):
        found = _run_on_heading(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        k, n = found
        pieces = lines[i][1]
        if k:
            out.append(_joined(pieces[:k]))
        out.append(_joined(pieces[k:k + 1 + n]))
        rows, i = _run_rows(lines, i, k + 1 + n, n)
        out += rows
    return out


def _joined(pieces: list[_Piece]) -> tuple[str, list[_Piece]]:
    """A line made of `pieces`, its cells parted by bars."""
    return " | ".join(w for _, _, w in pieces), pieces


def _run_on_heading(lines: list[tuple[str, list[_Piece]]], i: int) -> tuple[int, int] | None:
    """Where on line `i` a names heading stands whose rows run on after it (see _run_on), and its value columns:
    the most columns after it whose cells read as two rows or more; None for no such heading, and for a heading
    whose rows each stand on a line of their own (the table is read as it is)."""
    pieces = lines[i][1]
    k = next((k for k, p in enumerate(pieces) if _NAMES_HEADING.fullmatch(p[2])), None)
    if k is None or not _CELLED.search(lines[i][0]):
        return None
    columns = 0
    while k + 1 + columns < len(pieces) and _COLUMN_HEADING.search(pieces[k + 1 + columns][2]) \
            and columns < _MAX_COLUMNS:
        columns += 1
    stream = [p[2] for _, more in lines[i:i + _RUN_ON_LINES] for p in more][k + 1:]
    for n in range(columns, 1, -1):
        after = stream[n:]
        # (a row of its own a line: a heading alone on its line, a row's n + 1 cells on the next)
        alone = k == 0 and len(pieces) == n + 1 and len(next((p for _, p in lines[i + 1:] if p), [])) == n + 1
        if not alone and len(after) >= 2 * (n + 1) and _a_row(after[:n + 1], n) and _a_row(after[n + 1:2 * n + 2], n):
            return k, n
    return None


_RUN_ON_LINES = 3  # (the heading's line and the next: two rows at least read there)


def _run_rows(lines: list[tuple[str, list[_Piece]]], i: int, at: int,
              n: int) -> tuple[list[tuple[str, list[_Piece]]], int]:
    """The rows of `n` value columns run on from piece `at` of line `i`, a line each, and the line after them, where
    they end: at a piece that starts no row, a name alone among them too (| 其中:开发区 | before | 工业总产值 | …:
    the 开发区's rows, which a name of the whole claimed for them would pass as its own, are left out). A part
    (其中:规模以上) that names no measure of its own is of its row's above (规模以上工业总产值)."""
    stream = [p for _, more in lines[i:] for p in more]
    ends = [0]  # where each line's pieces end in the stream
    for _, more in lines[i:]:
        ends.append(ends[-1] + len(more))
    t = ends[1] - len(lines[i][1]) + at
    out: list[tuple[str, list[_Piece]]] = []
    whole = group = ""
    while t < len(stream):
        words = [w for _, _, w in stream[t:t + n + 1]]
        if not _a_row(words, n):
            if not _group_of_rows(words[0], [w for _, _, w in stream[t + 1:t + n + 2]], n):
                break
            group, whole, t = _PART.sub("", words[0]), "", t + 1
            continue
        name = _PART.sub("", words[0])
        if _PART.match(words[0]) and whole and not _MEASURED_ROW.search(name):
            name += whole  # (其中:规模以上 of 工业总产值: 规模以上工业总产值, named in full)
        else:
            whole, name = name, words[0]
        a, b, _ = stream[t]
        out.append(_joined([(a, b, group + name), *stream[t + 1:t + n + 1]]))
        t += n + 1
    line = next(k for k, end in enumerate(ends) if end > t) if t < len(stream) else len(ends) - 1
    if t < ends[line] and t > ends[line - 1]:  # (the rest of a line the rows end within)
        out.append(_joined(stream[t:ends[line]]))
    return out, i + line


def _group_of_rows(name: str, after: list[str], n: int) -> bool:
    """Whether a name alone among rows run on heads a group of the rows after it (| 其中:开发区 | 工业总产值 | 114339
    | …: the 开发区's own 工业总产值), as a name that measures nothing, followed by a row whose name does."""
    part = _PART.sub("", name)
    return _GROUP_NAME.fullmatch(part) is not None and not _MEASURED_ROW.search(part) and _a_row(after, n) \
        and _MEASURED_ROW.search(after[0]) is not None


# A row's name that says what it measures (工业总产值, 企业单位数), not only whose it is (规模以上, 国有企业).
_MEASURED_ROW = re.compile(r"(?:值|额|数|量|率|入|资|润|税|金|费|本|产|积)$")


def _ends_table(heads: list[str], words: list[str], raw: str,
                after: list[tuple[str, list[tuple[int, int, str]]]]) -> bool:
    """Whether a line that is no row of the table ends it: not a blank line, nor a row of another shape whose cells are
    marked (a bar, a tab), nor a group's label with empty cells (在总计中: | | |), nor a group's name alone whose
    empty cells left no line, right before a row's name and its first number (规模以上工业企业⏎⏎工业总产值⏎384032.0:
    `after`, the lines after it)."""
    if not words or heads and len(words) > 1 and _CELLED.search(raw):
        return False
    if not heads or len(words) != 1:
        return True
    if _GROUP_LABEL.fullmatch(words[0]) or _group_row(raw, len(heads), after):
        return False
    named = [p[0][2] for _, p in after if len(p) == 1][:2]
    return not (_GROUP_NAME.fullmatch(words[0]) and len(named) == 2 and not _DIGIT.search(named[0])
                and _NUMBER.fullmatch(named[1]))


_GROUP_LABEL = re.compile(r"[^\d\s|｜]{1,12}[：:]")


def _group_row(raw: str, columns: int, after: list[tuple[str, list[_Piece]]]) -> bool:
    """Whether a line is a group's name with its `columns` cells left empty, parted by bars (| 按经济类型分 | | |), or
    one a line, each closed by a bar (一、工业 |⏎ |⏎ |: `after`, the lines after it): the rows after it are the
    table's."""
    written = [c.strip() for c in _BAR.split(raw.strip().strip("|｜"))]
    if len(written) == columns + 1 and bool(written[0]) and not any(written[1:]):
        return True
    empty = [r for r, _ in after[:columns] if r.strip() in ("|", "｜")]
    return raw.rstrip()[-1:] in ("|", "｜") and len(empty) == columns


def _units_after(lines: list[tuple[str, list[_Piece]]], i: int, columns: int) -> str:
    """The units line right under the rows written across from line `i` (| 采矿业 | -3.2 | 1.8 |⏎单位：%), where it
    lists percents only: the table's cells are percents, as under such a line over its heading; "" for none."""
    for raw, pieces in lines[i:i + _ROWS_LOOKED]:
        words = [w for _, _, w in pieces]
        if _TITLE_UNITS.match(raw.strip()):
            listed = _UNIT_LIST.split(_TITLE_UNITS.sub("", raw.strip()))
            return raw.strip() if all(u in ("%", "％") for u in listed) else ""
        if words and not _a_row(words, columns) and (len(words) > 1 or _NUMBER.fullmatch(words[0])):
            return ""  # (no row, nor a group's name: | 按三大门类分 | | |)
    return ""


_ROWS_LOOKED = 60  # (the lines a table's rows written across are looked through for a units line under them)
_GROUP_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _worded(worded: list[str], raw: str) -> list[str]:
    """The last three lines with words, `raw` the latest where it has any; not a page's source and date line
    (发布日期：2024-07-24  来源：…), which titles no table."""
    return [*worded[-2:], raw.strip()] if raw.strip() and not _SOURCE_LINE.search(raw) else worded


def _caption_over(title: str, worded: list[str]) -> str:
    """The title of a table whose heading (the last of `worded`) follows a units line (`title`): the line before
    that (分县区工业用电量⏎单位：万千瓦时、%⏎地区); `title` for a table under no units line, or none above it."""
    return _TABLE_NUMBER.sub("", worded[0]) if _TITLE_UNITS.match(title) and len(worded) > 2 else title


_PART_MARKS = ("#", "＃")  # (# 食品制造业: a part of the row above, as 其中 marks one)
_RATE_ROW = re.compile(r"[（(][%％](?:[）)]|$)")  # (工业产销率(%): a row of rates, its bracket cut off or not)
_AFTER_ROW = 3  # the lines after a row's cells looked at for a number (blank lines may stand between cells)


class _Row(NamedTuple):
    """A row written down (its name alone on its line, its cells on the lines after it): the row it is a part of,
    if any, and whether its values are rates (工业产销率(%), or a part of such a row)."""

    name: str
    indent: int
    whole: str  # the name of the row it is a part of, "" for a row of its own
    rate: bool
    marked: bool  # whether its name is marked as a part (# 食品制造业)


class _Rows:
    """The rows of one table written down, each read as a part of the row above it where the page says so: a
    part marked with # (工业总产值⏎3936.5…⏎  # 食品制造业⏎319.4…), and the rows after it indented as deep or deeper,
    the list of parts the # opens, until a row indented as the whole."""

    def __init__(self, places: bool) -> None:
        self.whole: _Row | None = None
        self.parts_at = -1  # the indent of the marked part under the whole, -1 before one
        # (rows of places, under 地区: a part, # 城区, is a place in the whole's, 全市, and its measure the table's)
        self.places = places

    def line(self, raw: str, pieces: list[tuple[int, int, str]],
             heads: list[str]) -> tuple[bool, list[tuple[int, int, str]], _Row | None]:
        """Whether a line of a table (under `heads`) is marked as a part, its pieces without the mark, and the row
        it names where its name stands alone on it (a row written down), else None."""
        if not heads:
            return False, pieces, None
        marked, pieces = _part_marked(pieces)
        return marked, pieces, self.row(raw, pieces, marked) if len(pieces) == 1 else None

    def row(self, raw: str, pieces: list[tuple[int, int, str]], marked: bool) -> _Row:
        """The row whose name is the one piece of `raw`, as a part of the whole above it where it is one."""
        name = pieces[0][2]
        indent = len(raw) - len(raw.lstrip())
        rate = _RATE_ROW.search(name) is not None
        whole = self.whole
        if whole is not None and (marked or 0 <= self.parts_at <= indent) and indent > whole.indent:
            return _Row(name, indent, whole.name, whole.rate or rate, marked)
        return _Row(name, indent, "", rate, marked)

    def placed(self, row: _Row | None, found: list[tuple[Cell, CellWords]]) -> list[tuple[Cell, CellWords]]:
        """The cells of `row`, a part's with the whole's measure after its name (食品制造业 of 工业总产值(现价):
        食品制造业工业总产值); a row of its own is remembered as the whole of the parts after it. A row written
        across (None) is taken as it is."""
        if row is None:
            return found
        if not row.whole:
            self.whole, self.parts_at = row, -1
            return found
        if row.marked:
            self.parts_at = row.indent
        whole = _RATE_ROW.sub("", _UNIT_IN_HEADING.sub("", row.whole))
        if self.places:
            return [(c, w._replace(whole=whole)) for c, w in found]
        return [(c, w._replace(own=w.row + whole + w.own[len(w.row):], whole=whole, name=w.row + whole))
                for c, w in found]


def _part_marked(pieces: list[tuple[int, int, str]]) -> tuple[bool, list[tuple[int, int, str]]]:
    """Whether a line's name is marked as a part (# 食品制造业, #食品制造业), and its pieces without the mark."""
    if not pieces or not pieces[0][2].startswith(_PART_MARKS):
        return False, pieces
    a, b, w = pieces[0]
    rest = [(a + 1, b, w[1:])] if len(w) > 1 else []
    return True, rest + pieces[1:]


def _row_down(lines: list[tuple[str, list[tuple[int, int, str]]]], i: int, heads: list[str],
              row: _Row | None) -> tuple[int, list[str], bool]:
    """How many lines from `i` hold the cells of `row` written down (see _down), the columns they are of, and
    whether the row is of rates: all the table's columns, or for a row of rates only its period columns
    (工业产销率(%)⏎98.3⏎99.2: no growth of a rate in %), where the line after them holds no number (else its cells
    are not known apart)."""
    if row is None:
        return 0, heads, False
    rate = row.rate
    taken = _down(lines, i, len(heads))
    if taken or not rate:
        return taken, heads, rate
    periods = [h for h in heads if _PERIOD_HEADING.search(h) and not _COMPARED.match(h)
               and not _PERCENT_HEADING.search(h)]
    if not 0 < len(periods) < len(heads):
        return 0, heads, rate
    taken = _down(lines, i, len(periods))
    after = next((p for _, p in lines[i + taken:i + taken + _AFTER_ROW] if p), [])
    if not taken or (len(after) == 1 and _NUMBER.fullmatch(after[0][2])):
        return 0, heads, rate
    return taken, periods, rate


def _a_row(words: list[str], columns: int) -> bool:
    """Whether a line's words are a row of a table of `columns` value columns: a name, then a number (or an
    empty cell) in each."""
    return len(words) == columns + 1 and not _NUMBER.fullmatch(words[0]) \
        and all(_NUMBER.fullmatch(w) or _EMPTY.fullmatch(w) or _OWN_UNIT_CELL.fullmatch(w) for w in words[1:])


def _pieced(text: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Each line of `text` with its pieces (start, end, words), cut at gaps and bars."""
    out = []
    at = 0
    for raw in text.split("\n"):
        out.append((raw, _spaced_names(raw, [(at + m.start(), at + m.end(), m.group(0)) for m in _PIECE.finditer(raw)],
                                       at)))
        at += len(raw) + 1
    return out


def _spaced_names(raw: str, pieces: list[tuple[int, int, str]], at: int) -> list[tuple[int, int, str]]:
    """The pieces of a line with a name its page spaces out to align a column (全　市, 2 characters padded with
    one space) as one piece."""
    out: list[tuple[int, int, str]] = []
    spaced = False  # (whether the last piece is single characters spaced out: 海 口 市, 大 三 亚)
    for piece in pieces:
        last = out[-1] if out else None
        gap = len(raw[last[1] - at:piece[0] - at]) if last is not None else 0
        # (a heading alone on its line, spaced wider: 指   标, 比  重(%))
        heading = len(pieces) == 2 and gap <= _HEADING_GAP and _HAN.match(piece[2]) is not None
        single = len(piece[2]) == 1 and _HAN.fullmatch(piece[2]) is not None
        if last is not None and (len(last[2]) == 1 or spaced) and _HAN.fullmatch(last[2]) \
                and (single and gap == 1 or heading):
            out[-1] = (last[0], piece[1], last[2] + piece[2])
            spaced = single and gap == 1
        else:
            out.append(piece)
            spaced = False
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_HEADING_GAP = 4


# A year run into its months where 年 and 月 were lost (20221-8 for 2022年1-8月), as a heading alone on its line.
_YEAR_RUN_IN = re.compile(r"^((?:19|20)\d{2})\s*(\d{1,2})\s*[-—–]\s*(\d{1,2})$")
_CENTURIES = ("19", "20")


def _heading_down(lines: list[tuple[str, list[tuple[int, int, str]]]], i: int,
                  words: list[str]) -> tuple[list[str], int]:
    """The columns' headings written one a line after a names heading alone on its line (产业⏎项目数（个）⏎
    协议投资（亿元）), [] where the line is no such heading or no column's heading follows; and the lines read."""
    if len(words) != 1 or not (_NAMES_HEADING.fullmatch(words[0]) or _CORNER_MEASURE.fullmatch(words[0])):
        return [], 0
    return _headings_down(lines, i)


def _cornerless(lines: list[tuple[str, list[tuple[int, int, str]]]], i: int) -> tuple[list[str], int]:
    """The columns' headings written one a line after a line with no words, the heading's corner left empty
    (⏎规上工业总产值(万元)⏎同比增长(%)⏎计划完成(%)⏎城关镇⏎286450⏎9.6⏎78.2), and the lines read: only where two
    columns are headed or more and the first row follows them, a name alone and its numbers one a line; [] else."""
    down, taken = _headings_down(lines, i)
    if len(down) < 2:
        return [], 0
    k = next((k for k in range(i + taken, min(i + taken + _AFTER_ROW, len(lines))) if lines[k][1]), None)
    name = lines[k][1] if k is not None else []
    if len(name) != 1 or _NUMBER.fullmatch(name[0][2]) or k is None or not _down(lines, k + 1, len(down)):
        return [], 0
    return down, taken


def _headings_down(lines: list[tuple[str, list[tuple[int, int, str]]]], i: int) -> tuple[list[str], int]:
    """The columns' headings written one a line from line `i` (see _heading_down), and the lines read."""
    out: list[str] = []
    taken = 0  # (the lines read: the headings and the blank lines between them, 指   标⏎⏎年末数(万人)⏎⏎比  重(%))
    for n, (_, more) in enumerate(lines[i:i + 3 * _MAX_COLUMNS], start=1):
        if not more:
            continue
        # (only a piece that opens with 19 or 20 can be a year run in: the others are not put through the pattern)
        more = [(a, b, _YEAR_RUN_IN.sub(r"\1年\2-\3月", w) if w[:2] in _CENTURIES else w)
                for a, b, w in _heading_pieces(more)]
        if len(more) == 1 and out and _UNIT_ALONE.fullmatch(more[0][2]):
            out[-1] += more[0][2]  # (绝对数⏎(亿元): the unit of the heading above, on a line of its own)
            taken = n
            continue
        if len(more) != 1 or not (_COLUMN_HEADING.search(more[0][2]) or _amount_unit(more[0][2])
                                  or _RANK.fullmatch(more[0][2])) or _named_down(lines, i + n):
            break
        out.append(more[0][2])
        taken = n
    # (增长速度⏎比上年同月(%)⏎比上年同期(%): a heading over the columns after it, which say their units; no column)
    # (but 工业投资⏎增长(%)⏎占全市比重(%) under a units line: a measure's column, its unit the line's)
    if len(out) > 2 and not _UNIT_SAID.search(out[0]) and all(_UNIT_SAID.search(h) for h in out[1:]) \
            and not _MEASURE_COLUMN.fullmatch(out[0]):
        out = out[1:]
    return _grouped(out), taken


def _grouped(heads: list[str]) -> list[str]:
    """Headings written in two rows, one a line: the measures over groups of columns, then each group's columns
    (主营业务收入⏎利润总额⏎税金总额⏎1-2月⏎比去年同期增长(%)⏎1-2月⏎…): each column's heading with its group's
    measure, a period column's as the period then the measure (1-2月主营业务收入); the headings as they are where
    they are no such rows."""
    k = next((n for n, h in enumerate(heads) if not _MEASURE_HEADING.fullmatch(h)), len(heads))
    rest = heads[k:]
    if k < 2 or len(rest) < 2 * k or len(rest) % k:
        return heads
    m = len(rest) // k
    groups = [rest[g * m:(g + 1) * m] for g in range(k)]
    if any(group != groups[0] for group in groups) or not _plain_period(groups[0][0]):
        return heads  # (each group the same columns, a period's first: else no two rows of headings)
    return [f"{sub}{measure}" if _plain_period(sub) else sub
            for measure, group in zip(heads[:k], groups, strict=True) for sub in group]


# A group's period column, as _grouped writes it: the period, then the measure (1-2月主营业务收入).
_PERIOD_OF_MEASURE = re.compile(rf"((?:(?:19|20)\d{{2}}年)?\d{{1,2}}(?:[-—–至]\d{{1,2}})?月份?|本月|累计)"
                                rf"((?:{_MEASURE_COLUMN.pattern})(?:总额)?)")
# A measure heading a group of columns (主营业务收入, 利润总额, 税金总额)
_MEASURE_HEADING = re.compile(rf"(?:{_MEASURE_COLUMN.pattern})(?:总额)?")


def _named_down(lines: list[tuple[str, list[tuple[int, int, str]]]], k: int) -> bool:
    """Whether the line before `k` is the first row's name, not a heading: the next line with words holds a
    number alone (行业⏎6月⏎1-6月⏎工业增加值(亿元)⏎9.86: the unit in brackets names a row's, not a column's)."""
    after = next((p for _, p in lines[k:k + _AFTER_ROW] if p), [])
    # (or an empty cell: 固定资产投资⏎—⏎9.4)
    return len(after) == 1 and (_NUMBER.fullmatch(after[0][2]) or _EMPTY.fullmatch(after[0][2])) is not None


def _heading_pieces(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The pieces of a line, as one where they are a column's heading spaced apart (2017 年1-8, 同比增长 (%): a year
    and its months, a growth and its unit cut off); a line that holds a number but a year is none (全市 9.2)."""
    if len(pieces) < 2 or len(pieces) > _HEADING_PIECES:
        return pieces
    joined = "".join(p[2] for p in pieces)
    numbers = [w for _, _, w in pieces if _NUMBER.fullmatch(w) and not _YEAR_ALONE.fullmatch(w)]
    if numbers or len(joined) > _MAX_HEADING or not _COLUMN_HEADING.search(joined):
        return pieces
    return [(pieces[0][0], pieces[-1][1], joined)]


_HEADING_PIECES = 3
_MAX_HEADING = 16
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")


_GENERIC_AMOUNT = re.compile(r"^(?:绝对数|绝对值|数值)$")
_UNIT_ALONE = re.compile(r"[（(][^（）()\d]{1,8}[）)]")
_UNIT_SAID = re.compile(_UNIT_ALONE.pattern + "$")  # (a heading that ends with its unit)


def _down(lines: list[tuple[str, list[tuple[int, int, str]]]], i: int, n: int) -> int:
    """How many lines from `i` hold the `n` numbers of a row's cells written down, one per line, as a table
    scraped with a break after each cell has them (blank lines between them read too); 0 where they do not."""
    taken, found = 0, []
    for _, p in lines[i:i + 2 * n]:
        taken += 1
        if not p:
            continue
        if len(p) != 1 or not (_NUMBER.fullmatch(p[0][2]) or _EMPTY.fullmatch(p[0][2])
                               or _OWN_UNIT_CELL.fullmatch(p[0][2])):
            return 0
        found.append(p[0][2])
        if len(found) == n:
            return taken if any(_NUMBER.fullmatch(w) for w in found) else 0
    return 0


def _names_heading(words: list[str]) -> bool:
    """Whether a line's pieces head rows written across: a names heading, then columns' headings."""
    # (单位 names the rows where the columns give their units: 单位 签约项目（个） 协议投资（亿元）… 排名)
    if len(words) < 2:
        return False
    named = _NAMES_HEADING.fullmatch(words[0]) or (words[0] == "单位" and any(_amount_unit(w) for w in words[1:]))
    return bool(named) \
        and all(_COLUMN_HEADING.search(w) or _RANK.fullmatch(w) or _amount_unit(w) for w in words[1:])


_TITLE_PERIOD = re.compile(r"(?:(?:19|20)\d{2}年)?"
                           r"(?:\d{1,2}[-—–至]\d{1,2}月|\d{1,2}月|[一二三四1-4]季度|上半年|前三季度)|(?:19|20)\d{2}年")


def _title_period(title: str) -> str:
    """The period a table's title states (表1 2024年1-3月重点行业产值情况: 2024年1-3月), "" when none."""
    m = _TITLE_PERIOD.search(title)
    return m.group(0) if m else ""


def _amount_unit(head: str) -> str:
    """The unit an amount column's heading gives in brackets (亿元 of 产值(亿元)), "" when it gives none."""
    m = _UNIT_IN_HEADING.search(head)
    return m.group(1) if m and parse_unit(m.group(1)) is not None else ""


def _row_unit(row: _Row | None, name: str) -> str:
    """The unit a row's name gives its values in brackets (施工项目个数（个）, 工业增加值(亿元)), or for a part of a
    row (# 造纸业) the whole's; "" for none, and for a row of rates (产销率(%): its rate is no amount)."""
    if row is not None and row.rate:
        return ""
    return _amount_unit(name) or (_amount_unit(row.whole) if row is not None and row.whole else "")


def _row_cells(pieces: list[tuple[int, int, str]], heads: list[str], titles: tuple[str, str],
               rate: bool = False, unit_of_row: str = "") -> list[tuple[Cell, CellWords]]:
    """A row's cells in its percent columns (where the heading, or the table's title, says so: 增速(%) 4月 1-4月)
    and in its amount columns (产值(亿元): 86.5 is 86.5亿元 of the row's 产值), and under a units line (单位：亿元、%)
    in its period columns (5月, 1-5月: amounts of the row's unit, or the line's) and its comparison columns (比上月,
    比上年同期: growths)."""
    # (工业增加值(亿元): the row is 工业增加值, its unit is its values')
    name = _UNIT_IN_HEADING.sub("", pieces[0][2]) if unit_of_row else pieces[0][2]
    title, caption = titles  # (the line before the heading, and where it is a units line the title above it)
    percent = False
    if _TITLE_UNITS.match(title):
        if _listed_amount(title):
            return _row_under_units(pieces, heads, title, rate, caption)
        # (…各县区规上工业增加值增速⏎单位：%⏎县区⏎8月: no amounts, the table is its title's percents; under a title
        # that says a growth, 5月份，全市规模以上工业增加值同比增长6.9%…, each is a growth)
        percent, title = _GROWTH_NAMED.search(caption) is not None and not _SHARE_HEADING.search(caption), caption
    # what the table's amount column measures (产值 of 产值(亿元)): its percent columns are that amount's growth
    # or share (陶瓷 | 86.5 | 4.7 | 39.6: 陶瓷产值, its growth, 陶瓷产值占比)
    bare = _changed_columns(heads, [w for _, _, w in pieces[1:]])
    out: list[tuple[Cell, CellWords]] = []
    for column, (head, (a, b, w)) in enumerate(zip(heads, pieces[1:], strict=True)):
        unit = _amount_unit(head)
        if column in bare:  # (1-6月 | 上年同期 | 增减(家): the two periods' counts, in the change's unit)
            out.append((Cell(a, b, bare[column], False), CellWords(name, title, name, _base_dated(head, heads, title))))
            continue
        if _NUMBER.fullmatch(w) and _POINTS_HEADING.search(head):  # (增速比1-7月加减（百分点）: a gap, not a growth)
            out.append((Cell(a, b, POINTS, False), CellWords(f"{name} {head}", title, name,
                                                                              _gap_period(heads, head))))
            continue
        if _NUMBER.fullmatch(w) and unit and not _PERCENT_HEADING.search(head):
            out.append((Cell(a, b, unit, False), _amount_words(name, head, heads, title)))
            continue
        if _NUMBER.fullmatch(w) and not _RANK.fullmatch(head) \
                and (_PERCENT_HEADING.search(head) or _PERCENT_TITLE.search(title) or percent):
            out.append(_percent_cell((a, b), name, heads, column, title))
            continue
        if _NUMBER.fullmatch(w) and _plain_period(head):
            out += _row_period_cell((a, b), (name, unit_of_row, rate), head, heads, title)
    return out


def _row_period_cell(span: tuple[int, int], row: tuple[str, str, bool], head: str, heads: list[str],
                     title: str) -> list[tuple[Cell, CellWords]]:
    """A row's cell in a period column, where its unit is known (`row`: its name, the unit its name gives, whether it
    is a row of rates): of the row's unit, a rate, or the unit and measure the table's title gives (指标:规上工业总产值
    (亿元) over 地区 | 2024年6月 | 2024年5月: each row's 总产值 in 亿元); [] where none is."""
    name, unit_of_row, rate = row
    titled = _amount_unit(title) if not unit_of_row and not _PERCENT_TITLE.search(title) else ""
    if not (rate or unit_of_row or titled):
        return []
    measured = name + _TITLE_LABEL.sub("", _UNIT_IN_HEADING.sub("", title)).strip() if titled else name
    return [_period_cell(span, PERCENT if rate else unit_of_row or titled, measured, head, heads, title)]


def _percent_cell(span: tuple[int, int], name: str, heads: list[str], column: int,
                  title: str) -> tuple[Cell, CellWords]:
    """A row's cell in a percent column: a growth, or a share (比重, 占比), of the amount column it is of."""
    head = heads[column]
    growth = "比重" not in head and "占比" not in head
    noun = _amount_noun(heads, column)
    words = _percent_words(name, head, title, name + noun + ("" if growth else "占比") if noun else "",
                           _followed(heads, column))
    if noun and _amount_noun(heads, 0) != _amount_noun(heads, len(heads)):
        # (产值(万元) | 同比增长(%) | 投资(万元) | 同比增长(%): which amount a growth is of, in its words)
        words = words._replace(own=words.own.replace(name, name + noun, 1))
    return Cell(span[0], span[1], PERCENT, growth), words


def _amount_words(name: str, head: str, heads: list[str], title: str) -> CellWords:
    """The words of a row's cell in an amount column (产值(亿元)): a value as such (绝对数(亿元): no measure; the
    title's, 各市县地区生产总值, is what it measures); a goal in a column of goals (全年计划(亿元)), of the whole
    year of the title's period (2024年1-10月…: 2024年), where the table also has results."""
    amount = _GENERIC_AMOUNT.sub("", _UNIT_IN_HEADING.sub("", head))
    # (10月(万元) | 1-10月(万元) under 东山县2024年10月…: each column its own months)
    own = _TITLE_PERIOD.match(amount)
    amount, period = (amount[own.end():], own.group(0)) if own else (amount, _title_period(title))
    goal = _goal_heading(head)
    if goal and _WHOLE_YEAR_GOAL.search(head):
        year = _YEAR_OF.match(period)
        period = year.group(0) if year else ""
    return CellWords(f"{name} {amount}".strip(), title, name, period, name + amount, goal=goal,
                     goals=any(_goal_heading(h) for h in heads))


_WHOLE_YEAR_GOAL = re.compile(r"全年|年度|年计划|年目标")
_YEAR_OF = re.compile(r"(?:19|20)\d{2}年")


def _percent_words(name: str, head: str, title: str, named: str, followed: str = "") -> CellWords:
    """The words of a row's cell in a percent column (`named`: the figure's indicator, see CellWords); a column
    that writes no period is the title's, else the one of the column it follows (`followed`)."""
    period = _PERIOD_HEADING.search(head)
    if period is None:
        # (10月(万元) | 1-10月(万元) | 累计增长(%) under 东山县2024年10月…: the run's growth, not the title's month's)
        dated = followed if _RUN.search(followed) else _title_period(title) or followed
        return CellWords(f"{name} {head}" if _PERCENT_HEADING.search(head) else name, title, name, dated, named)
    # (2020年11月: the whole period the heading opens with, not its year alone)
    lead = _TITLE_PERIOD.match(head)
    end = max(period.end(), lead.end()) if lead else period.end()
    # (比上年同期增长(%): the year compared with is no period; the title's is the column's)
    compared = _COMPARED.search(head[:end]) is not None
    # (1-6月同比增长(%): the months are the cell's period, not words of what it measures; 本月 tells a month's
    # growth from the running total's, and stays)
    written = not compared and _TITLE_PERIOD.fullmatch(head[:end]) is not None
    measured = head[end:] if written and head[end:] else head
    own = f"{name} {measured}" if _PERCENT_HEADING.search(head) else name
    return CellWords(own, title, name, _title_period(title) if compared else head[:end], named)


def _followed(heads: list[str], column: int) -> str:
    """The period of a growth column that writes none, as the table's columns date it: a running total's
    (累计增长: 累计), else the period column's it follows (本月 | 增长%: 本月), "" for none."""
    head = heads[column]
    # (a column of a period and an amount, 1-10月(万元), is of its period)
    periods = [m.group(0) if (m := _TITLE_PERIOD.match(h)) and _amount_unit(h) else h for h in heads]
    if "累计" in head:
        return next((p for p in periods if _TITLE_PERIOD.fullmatch(p) and _RUN.search(p)), "累计")
    return next((p for p in reversed(periods[:column]) if _plain_period(p) or p == "累计"), "")


def _plain_period(head: str) -> bool:
    """Whether a column's heading is a period and no more (6月, 1-6月, 上年同期): not a growth, a comparison or
    a goal, whose values are no amounts of the row's unit."""
    return _PERIOD_HEADING.search(head) is not None and _PERCENT_HEADING.search(head) is None \
        and _COMPARED.match(head) is None and not _goal_heading(head) and not _amount_unit(head)


def _period_cell(span: tuple[int, int], unit: str, name: str, head: str, heads: list[str],
                 title: str) -> tuple[Cell, CellWords]:
    """The cell of a period column in a row whose name gives its unit (工业增加值(亿元)⏎9.86⏎52.31: 9.86亿元 of 6月),
    or in a row of rates (产品销售率(%)⏎96.3⏎97.1: rates, shares of no amount); its words are the row's name
    without the unit."""
    row = _RATE_ROW.sub("", _UNIT_IN_HEADING.sub("", name))
    return (Cell(span[0], span[1], unit, False), CellWords(row, title, row, _base_dated(head, heads, title)))


def _amount_noun(heads: list[str], column: int) -> str:
    """What the amount column a percent column `column` is of measures (产值 of 产值(亿元)): the nearest before it
    (产值(万元) | 同比增长(%) | 投资(万元) | 同比增长(%): the second growth is the 投资's), else the first after it;
    "" where none does; not a column of changes (增减(家): the growth beside it is the count's, not the change's)."""
    # (nor a column of goals: 全年计划(亿元) | 1-10月完成(亿元) | 同比增长(%): the growth is of what was done)
    amounts = [k for k, h in enumerate(heads) if _amount_unit(h) and not _PERCENT_HEADING.search(h)
               and not _CHANGE_HEADING.search(h) and not _goal_heading(h)]
    k = next((k for k in reversed(amounts) if k < column), amounts[0] if amounts else None)
    # (10月(万元) | 1-10月(万元): columns of a period, no measure of their own)
    return "" if k is None else _TITLE_PERIOD.sub("", _UNIT_IN_HEADING.sub("", heads[k]), count=1)


def _changed_columns(heads: list[str], values: list[str]) -> dict[int, str]:
    """The two period columns a column of changes in an amount follows (1-6月 | 上年同期 | 增减(家)), with the unit
    the change's heading gives them (家): their headings give none, but the change is the one less the other. Only
    where the row's values bear it out (43 | 30 | 13), so a row whose cells shifted is read no such way; {} else."""
    change = next((k for k, h in enumerate(heads) if _CHANGE_HEADING.search(h) and _amount_unit(h)
                   and not _PERCENT_HEADING.search(h)), None)
    if change is None or change < 2 or len(values) != len(heads):
        return {}
    periods = [change - 2, change - 1]
    if any(_amount_unit(heads[k]) or _PERCENT_HEADING.search(heads[k]) or not _PERIOD_HEADING.search(heads[k])
           for k in periods):
        return {}
    written = [values[k] for k in (*periods, change)]
    if not all(_NUMBER.fullmatch(w) for w in written):
        return {}
    now, before, diff = (float(_sign(w)) for w in written)
    places = max(len(w.partition(".")[2]) for w in written)
    slack = 1.001 * 10 ** -places if places else 0.0  # (each cell rounded: 12.4 - 8.3 may be written 4.2)
    if abs(now - before - diff) > slack:
        return {}
    unit = _amount_unit(heads[change])
    return {k: unit for k in periods}


def _base_dated(head: str, heads: list[str], title: str) -> str:
    """The period of a column of the year before's values (上年同期), as the period column beside it or the title
    dates it (1-6月 | 上年同期: 上年1-6月, which a claim of 1-6月 is not of); any other heading as it is."""
    if not head.startswith(("上年", "去年")) or not head.endswith(("同期", "同月")):
        return head
    now = next((h for h in heads if _PERIOD_HEADING.search(h) and not h.startswith(("上年", "去年"))
                and not _PERCENT_HEADING.search(h) and not _COMPARED.match(h)), "")
    run = _MONTH_RUN.search(now) or _MONTH_RUN.search(title)
    if run is None:
        return head
    return f"上年{run.group(0)}"


def _sign(written: str) -> str:
    """A number as Python reads it (−3.5, －3.5: -3.5)."""
    return written.replace("−", "-").replace("－", "-")


_CHANGE_HEADING = re.compile(r"增减|增加|减少|净增")  # a column of changes in an amount (增减(家), 比上年增加(户))


def _gap_period(heads: list[str], own: str = "") -> str:
    """The period of a column of gaps (增速比1-7月加减: the 1-7月 is the base): the one its own heading writes
    before the base (1-9月增速比1-8月加减), else the first period a column of values is headed by (1-8月增速)."""
    for head in (own, *heads):
        period = _PERIOD_HEADING.search(head)
        if period and not _COMPARED.search(head[:period.end()]):
            return head[:period.end()]
    return ""


_COMPARED = re.compile(r"(?:同|环)?比|较")  # (a heading that compares: 比上月, 同比增长, 较上年)
def _row_under_units(pieces: list[tuple[int, int, str]], heads: list[str], title: str,
                     rate: bool = False, caption: str = "") -> list[tuple[Cell, CellWords]]:
    """A row's cells under a units line (单位：亿元、%), with no units column: a period column's cells are amounts
    of the row's own unit (工业用电量（亿千瓦时）) or the line's, a comparison column's (比上月) growths. A row of
    rates (工业产销率(%), `rate`) has rates in its period columns, and no growth of them read."""
    percent = any(u in ("%", "％") for u in _UNIT_LIST.split(_TITLE_UNITS.sub("", title)))
    row = _RATE_ROW.sub("", _UNIT_IN_HEADING.sub("", _PART.sub("", pieces[0][2])))
    row += _caption_measure(caption, row)
    amount = _row_amount(pieces[0][2], row, title, rate)
    out: list[tuple[Cell, CellWords]] = []
    period = ""  # (a comparison column is of the period column before it: 1-5月 | 比上年同期)
    measure = ""  # (and of the measure's column before it)
    grown = _grown_columns(heads, [w for _, _, w in pieces[1:]], percent and not rate)  # (no growth of a rate)
    for column, (head, (a, b, w)) in enumerate(zip(heads, pieces[1:], strict=True)):
        grouped = _grouped_cell((a, b, w), head, (row, caption, amount))
        if grouped is not None:  # (1-2月主营业务收入: a group's period column, an amount of its measure then)
            period, measure, cell = grouped
            out += [cell] if cell is not None else []
            continue
        compared = _compares(head) or column in grown
        # (累计, a running total with no months written: the title's, or the page's, run of months)
        dated = not compared and (_PERIOD_HEADING.search(head) is not None or "累计" in head)
        # (2017年1-8月 | 2016年1-8月 | 同比增长: the year before is the base, the growth is the later year's)
        if dated and not _base_period(head, period):
            period = head
        elif amount and _MEASURE_COLUMN.fullmatch(head):
            period = period or _title_period(caption)  # (产值 | 增长(%): the growth is of the title's stretch too)
            measure = head  # (产值 | 增长(%) | 营业收入 | 增长(%): each growth its measure's, the column before)
        if not _NUMBER.fullmatch(w) or (rate and not dated):
            continue
        named = row if not measure or row.endswith(measure) or not compared else row + measure
        cell = _cell_under_units((a, b), head, (named, caption, amount, period), (compared, dated, percent))
        if cell is not None:
            out.append(cell)
    return out


def _row_amount(name: str, row: str, title: str, rate: bool) -> str:
    """The unit of a row's amounts under a units line: a rate's %, the unit its name gives in brackets, else the
    line's for it (`row`: its name as read)."""
    own = _UNIT_IN_HEADING.search(name)
    return PERCENT if rate else own.group(1) if own and parse_unit(own.group(1)) is not None \
        else _listed_amount(title, row)


def _grouped_cell(piece: tuple[int, int, str], head: str, row: tuple[str, str, str]
                  ) -> tuple[str, str, tuple[Cell, CellWords] | None] | None:
    """In a column of a group of columns (`head` as _grouped writes it, 1-2月主营业务收入), its period, its measure
    and the cell (`piece`) as an amount of that measure (`row`: the row's name, the title, the amounts' unit), None
    for a blank cell; None for any other column."""
    grouped = _PERIOD_OF_MEASURE.fullmatch(head)
    if grouped is None:
        return None
    (a, b, w), (name, caption, amount) = piece, row
    period, measure = grouped.group(1), grouped.group(2)
    cell = (Cell(a, b, amount, False), CellWords(name + measure, caption, name, _dated_by(period, caption))) \
        if _NUMBER.fullmatch(w) else None
    return period, measure, cell


def _cell_under_units(span: tuple[int, int], head: str, row: tuple[str, str, str, str],
                      read: tuple[bool, bool, bool]) -> tuple[Cell, CellWords] | None:
    """A cell under a units line (see _row_under_units): in a gap's column, a growth's, a period's or a measure's
    (甲公司 | 331570 under 产值, 单位：万元: its 产值), None in another. `row`: its name, the table's title, the
    amounts' unit and the period in force; `read`: whether its column compares, is dated, and the line lists
    percents."""
    (a, b), (name, caption, amount, period), (compared, dated, percent) = span, row, read
    if _POINTS_HEADING.search(head):
        return Cell(a, b, POINTS, False), CellWords(f"{name} {head}", caption, name, _gap_period([period], head))
    if compared and (percent or "%" in head or "％" in head):
        return (Cell(a, b, PERCENT, "比重" not in head and "占比" not in head),
                CellWords(f"{name} {head}", caption, name, _dated_by(_compared_period(head, period), caption)))
    if dated and amount:
        return Cell(a, b, amount, False), CellWords(name, caption, name, _dated_by(head, caption))
    if amount and _MEASURE_COLUMN.fullmatch(head):
        named = name if name.endswith(head) else name + head
        return Cell(a, b, amount, False), CellWords(named, caption, name, period)
    return None


_MONTH_COMPARED = ("本月比", "当月比", "本月同比", "当月同比")


def _caption_measure(caption: str, row: str) -> str:
    """What a table's title says every row measures, where the row's name does not (2017年1-3月工业增加值 over rows
    轻工业, 广州市: 增加值), "" otherwise."""
    m = _CAPTION_MEASURE.search(caption)
    return m.group(1) if m and m.group(1) not in row else ""


_CAPTION_MEASURE = re.compile(r"(增加值|总产值|产值|营业收入|主营业务收入|利润总额|用电量|固定资产投资|工业投资)$")


def _compared_period(head: str, period: str) -> str:
    """The period a comparison column is of: the month where its heading says so (本月比上年同月增长(%), after 本月 |
    本月止累计), else the period column's before it (`period`)."""
    return "本月" if head.startswith(_MONTH_COMPARED) else period


def _compares(head: str) -> bool:
    """Whether a column's heading compares (比上年同期, 同比增长(%)): its cells are growths, not amounts."""
    return _COMPARED.match(head) is not None or _PERCENT_HEADING.search(head) is not None


def _dated_by(head: str, caption: str) -> str:
    """The period of a period column (see _months_cut), a running total's or the year before's (本年累计, 上年同期)
    the run of months the table's title dates it with (2020年1-12月…: 1-12月, 上年1-12月)."""
    run = _MONTH_RUN.search(caption) or _MONTH_RUN.search(_month_dotted(caption))
    return (_this_months(head, run) if run else "") or _months_cut(head)


def _month_dotted(caption: str) -> str:
    """The run of months to a month a table's title dates with a dot (总量指标 | 全县 | 2010.6: 2010年1-6月, so its
    本月 is 6月 and its 累计 1-6月), "" where it writes no such date."""
    m = _DOTTED_MONTH.search(caption)
    return f"{m.group(1)}年1-{m.group(2)}月" if m and 1 <= int(m.group(2)) <= 12 else ""


# (a year and its month parted by a dot, a cell of its own: not an amount, 2010.6亿元)
_DOTTED_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})(?=\s*(?:[|｜]|$))")


def _grown_columns(heads: list[str], values: list[str], percent: bool) -> set[int]:
    """A column of changes with no unit of its own (本年累计 | 上年同期 | 增减) under a units line that lists %, as
    a column of growths where the row's values bear it out (486.2 | 471.5 | 3.1: 486.2 is 3.1% above 471.5), so
    a change in the amount (14.7) is read no such way; an empty set else."""
    change = next((k for k, h in enumerate(heads) if _CHANGE_HEADING.fullmatch(h)), None) if percent else None
    if change is None or change < 2 or len(values) != len(heads):
        return set()
    written = values[change - 2:change + 1]
    if not all(_NUMBER.fullmatch(w) for w in written) or not _base_period(heads[change - 1], heads[change - 2]):
        return set()
    now, before, growth = (float(_sign(w)) for w in written)
    places = len(written[2].partition(".")[2])
    if before <= 0 or abs((now / before - 1) * 100 - growth) > 0.5 * 10 ** -places + 1e-6:
        return set()
    return {change}


def _base_period(head: str, period: str) -> bool:
    """Whether a period column is the base of the one before it (`period`): the year before's (上年同期), or an
    earlier year's (2016年1-8月 after 2017年1-8月)."""
    if head.startswith(("上年", "去年")) and period:
        return True
    years = [_YEAR.search(x) for x in (head, period)]
    return years[0] is not None and years[1] is not None and years[0].group(0) < years[1].group(0)


_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")


def _months_cut(head: str) -> str:
    """A period heading whose 月 the page cut off (2017 年1-8: the months of 2017), written whole (2017年1-8月)."""
    m = _CUT_MONTHS.fullmatch(head)
    return f"{m.group(1)}年{m.group(2)}-{m.group(3)}月" if m else head


_CUT_MONTHS = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*[-—–~至]\s*(\d{1,2})")


def _listed_amount(title: str, row: str = "") -> str:
    """The unit of amounts a units line lists (亿元 of 单位：亿元、%), "" when it lists none. Where it lists more than
    one (单位:个、万元), a row's is the one of what the row's name says it counts or measures (企业单位数: 个;
    工业总产值: 万元), "" for a row that says neither."""
    listed = _UNIT_LIST.split(_TITLE_UNITS.sub("", title))
    amounts = [u for u in listed if u and u not in ("%", "％") and parse_unit(u) is not None]
    if len(amounts) < 2 or not row:
        return amounts[0] if amounts else ""
    kind = "count" if _COUNT_ROW.search(row) else "money" if _MONEY_ROW.search(row) else ""
    return next((u for u in amounts if unit_class(parse_unit(u).base) == kind), "")  # type: ignore[union-attr]


_COUNT_ROW = re.compile(r"数(?:量)?$")  # (企业单位数, 项目个数, 从业人数)
_MONEY_ROW = re.compile(r"(?:值|额|收入|投资|利润|利税|税金|资金|成本|费用)$")  # (工业总产值, 出口交货值, 营业收入)


_TITLE_LABEL = re.compile(r"^\s*(?:指标(?:名称)?|项目)[：:]\s*")  # (指标:规上工业总产值(亿元): the measure after it)
_TITLE_UNITS = re.compile(r"^(?:计量)?单位[：:]\s*")
_UNIT_LIST = re.compile(r"[、，,/;；\s]+")
_CELLED = re.compile(r"[|｜\t]")  # (a line parted into cells, a row of the table though not of its shape)
_RANK = re.compile(r"位次|排名|排序")
_RANK_FIRST = re.compile(r"位次|排名|排序|序号")
_POINTS_HEADING = re.compile(r"[（(](?:个)?百分点[）)]$")
_TABLE_NUMBER = re.compile(r"^表\s*\d+\s*")
_PERCENT_TITLE = re.compile(r"[（(][%％][）)]|增速")


def _headings(lines: list[_Line], h: int) -> list[str]:
    """The value columns' headings after the units column's at `h`."""
    heads: list[str] = []
    for k, line in enumerate(lines[h + 1:h + 1 + _MAX_COLUMNS], start=h + 1):
        heading = _COLUMN_HEADING.search(line.text) or _AMOUNT_COLUMN.fullmatch(line.text)
        if _NUMBER.fullmatch(line.text) or not heading or len(line.text) > _MAX_NAME or _named_row(lines, k) \
                or _NOTE.match(line.text):
            break
        heads.append(line.text)
    return heads


def _named_row(lines: list[_Line], k: int) -> bool:
    """Whether line `k` is a row's name, its unit's cell on the next line (实际使用外资 ⏎ 亿美元: not a heading,
    though 实际 may head a column)."""
    unit = lines[k + 1].text if k + 1 < len(lines) else ""
    return bool(unit) and _unit_cell(unit, _UNIT_CELL) is not None and not _COLUMN_HEADING.search(unit)


_UNIT_CELL = 6  # the longest unit a units column writes (亿千瓦时, 万标准煤)


def _unit_cell(text: str, longest: int) -> UnitSpec | None:
    """The unit a cell of a units column writes (亿元, 万千瓦时), None for any other cell: a number, a long name."""
    return parse_unit(text) if len(text) <= longest and not _NUMBER.fullmatch(text) else None


class _Placed(NamedTuple):
    """A cell with its row's name and its column's heading."""

    cell: Cell
    row: str
    head: str
    column: int = 0  # the column's place among the headings (two may read 同比增长(%))


def _table(lines: list[_Line], h: int) -> list[_Placed]:
    """The cells of the table whose units heading is line `h`: rows of a name, a unit and a value per column."""
    heads = _headings(lines, h)
    if not heads:
        return []
    out: list[_Placed] = []
    i = h + 1 + len(heads)
    if i < len(lines) and _NOTE.match(lines[i].text):
        i += 1  # (注：产量为规模以上工业企业口径…: the table's note, between its headings and its rows)
    # (序号⏎指标⏎单位⏎…⏎1⏎规上工业总产值⏎亿元⏎…: each row's number before its name, under a 序号 heading)
    numbered = any(line.text == "序号" for line in lines[max(0, h - _NUMBER_HEADING_REACH):h])
    row = 0
    while i + 1 < len(lines):
        if numbered and lines[i].text == str(row + 1):
            i, row = i + 1, row + 1
            continue
        unit = lines[i + 1].text
        spec = _unit_cell(unit, 8)
        if len(lines[i].text) > _MAX_NAME or _NUMBER.fullmatch(lines[i].text):
            break  # the table has ended
        if _EMPTY.fullmatch(unit):
            unit, spec = "", parse_unit("")  # (工业投资 — — 11.2: a row with a growth and no amount)
        if spec is None:
            i += 1  # a group's name (主要行业) before its rows
            continue
        values = lines[i + 2:i + 2 + len(heads)]
        if len(values) < len(heads) or not all(_VALUE.fullmatch(v.text) or _EMPTY.fullmatch(v.text) for v in values):
            short = _short_row(lines, i, heads)
            if short is None:
                break  # (a cell that writes its own unit, 完成率 100.9%, is a quantity as it stands)
            out += _short_cells(lines, i, heads, short)
            i += 2 + short
            continue
        out += _row_placed(lines[i].text, values, heads, unit)
        i += 2 + len(heads)
    return out


def _row_placed(name: str, values: list[_Line], heads: list[str], unit: str) -> list[_Placed]:
    """The cells of a full row (its name, its unit, a value per column): in per cent or points where the column's
    heading says so, else in the row's unit."""
    out: list[_Placed] = []
    for column, (head, v) in enumerate(zip(heads, values, strict=True)):
        points = bool(_POINTS_HEADING.search(head))  # (比上月增减（百分点）: a gap, not a percent)
        percent = bool(_PERCENT_HEADING.search(head)) and not points
        if _NUMBER.fullmatch(v.text) and (percent or points or unit):
            growth = percent and not _SHARE_HEADING.search(head)
            shown = POINTS if points else PERCENT if percent else unit
            out.append(_Placed(Cell(v.start, v.end, shown, growth), name, head, column))
    return out


_NUMBER_HEADING_REACH = 3  # (序号⏎指标⏎单位: the row numbers' heading, a line or two above the units')


def _short_row(lines: list[_Line], i: int, heads: list[str]) -> int | None:
    """How many cells a row at `i` (its name, its unit) has where it has fewer than the table's columns, the next
    row's name and unit right after them (工业增加值增速⏎%⏎7.8⏎6.5⏎营业收入⏎亿元: two cells of three); None where
    no row follows them (the table has ended)."""
    n = 0
    while n < len(heads) and i + 2 + n < len(lines) and _NUMBER.fullmatch(lines[i + 2 + n].text):
        n += 1
    after = i + 2 + n
    if not 0 < n < len(heads) or after + 1 >= len(lines) or _NUMBER.fullmatch(lines[after].text) \
            or len(lines[after].text) > _MAX_NAME or _unit_cell(lines[after + 1].text, 8) is None:
        return None
    return n


def _short_cells(lines: list[_Line], i: int, heads: list[str], n: int) -> list[_Placed]:
    """The `n` cells of a short row (see _short_row) where they can only be of its period columns: a row of
    rates in %, whose period columns are as many (1-9月 | 上年同期 | 增减(%): a rate has no growth in %); none
    else, for which columns a short row leaves empty is not known."""
    unit = lines[i + 1].text
    periods = [k for k, h in enumerate(heads) if not _PERCENT_HEADING.search(h) and not _POINTS_HEADING.search(h)]
    if unit not in ("%", "％") or len(periods) != n:
        return []
    grown = _GROWTH_ROW.search(lines[i].text) is not None  # (工业增加值增速: its rates are growths)
    return [_Placed(Cell(v.start, v.end, unit, grown), lines[i].text, heads[k], k)
            for k, v in zip(periods, lines[i + 2:i + 2 + n], strict=True)]


_GROWTH_ROW = re.compile(r"增速|增长|增幅")
_NOTE = re.compile(r"注[：:]|说明[：:]|备注[：:]")
_UNITS_WRITTEN = re.compile(rf"单[ \t\u3000]{{0,{_HEADING_GAP}}}位")  # (单位, or 单  位 spaced out to align)


def _column_period(heads: list[str], column: int, dated: str = "") -> str:
    """The period of column `column`: its own heading's (10月, 1-10月), a cumulative growth's the run of months
    the table gives (累计增长(%) beside 10月 and 1-10月), a growth's the column's it follows (本月 | 同比增长(%) |
    1-本月累计 | 同比增长(%)), else the first period the headings give. Under a title that dates the table with a
    run of months (`dated`: 1-10月), 累计 is that run and 本月 its last month."""
    head = heads[column]
    periods = [x for x in heads if _PERIOD_HEADING.search(x) and not _PERCENT_HEADING.search(x)
               and not _goal_heading(x)]
    if _goal_heading(head):  # (年度目标, 年计划: the year's goal)
        return "年度" if "年度" in head else "全年" if "全年" in head or head.startswith("年") else ""
    run = _MONTH_RUN.search(dated)
    if run and (found := _this_months(head, run)):
        return found
    if head in periods:
        return head
    if (own := _own_period(head)) is not None:
        return own  # (10月 | 1-10月 | 1-10月增长(%) under 2023年10月份…: the growth column's own run of months)
    if "累计" in head:
        return next((x for x in periods if _RUN.search(x)), dated if run else periods[0] if periods else "")
    of = _growth_of(heads, column, periods) if _PERCENT_HEADING.search(head) and not _PERIOD_HEADING.search(head) \
        else None
    if of is not None:
        return _column_period(heads, of, dated)
    return periods[0] if periods else ""


def _own_period(head: str) -> str | None:
    """The period a percent column's heading opens with (1-10月 of 1-10月增长(%)), None where it opens with none or
    with a base it compares with (比上年同期增长(%))."""
    lead = _TITLE_PERIOD.match(head)
    return lead.group() if lead is not None and _PERCENT_HEADING.search(head) else None


def _growth_of(heads: list[str], column: int, periods: list[str]) -> int | None:
    """The column a growth column is of: the period column it follows (本月 | 同比增长(%), 1-本月累计 | 同比增长(%)),
    else the running total's (a growth after no amount column, beside 本月 and 1-本月累计); None for neither."""
    left = next((k for k in range(column - 1, -1, -1) if heads[k] in periods or "累计" in heads[k]), None)
    running = next((k for k, x in enumerate(heads) if "累计" in x and "上年" not in x), None)
    return left if left is not None and "上年" not in heads[left] else running


def _this_months(head: str, run: re.Match[str]) -> str:
    """The period a column headed 本月, 1-本月累计 or 上年同期(累计) is of, under a title dated with a run of
    months (`run`: 1-10月): 10月, 1-10月, 上年1-10月; "" for any other heading."""
    last_year = "上年" if head.startswith("上年") else ""
    if head in ("本月", "当月", "上年同月", "上年本月", "上年同期本月") \
            or head.startswith(_MONTH_COMPARED):  # (本月比上年同月增长(%): the month's growth)
        return f"{last_year}{run.group(2)}月"
    if "累计" in head or "1-本月" in head or head == "上年同期":
        return last_year + run.group(0)
    return ""


_MONTH_RUN = re.compile(r"(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})月")


def _table_dated(text: str, at: int) -> str:
    """The period of a table's title, the nearest of the few lines with words before the line at `at` that
    states one (2024年1-10月曹县主要经济指标, above a 时间：…　来源：… line), "" when none does."""
    end = text.rfind("\n", 0, at)
    seen = 0
    while end > 0 and seen < _TITLE_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _META_LINE.search(line):
            seen += 1
            if found := _title_period(line):
                return found
        end = start - 1
    return ""


_TITLE_LINES = 3
# (a page's source and date: 发布时间：2024年10月22日, 某县统计局 2024-06-17)
_SOURCE_LINE = re.compile(r"发布(?:时间|日期|单位)|来源[：:]|"
                          r"(?:^|\s)(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*$")
_META_LINE = re.compile(r"时间|日期|来源|发布|点击|浏览|作者|编辑")  # a page's date and source line dates no table


def _line_before(text: str, at: int) -> str:
    """The last line with words before the line that holds `at`, stripped."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end].strip()
        end = start - 1
    return ""


# a column of goals (年度目标, 全年任务), not of progress against them (完成目标（%）, 完成计划)
_GOAL_HEADING = re.compile(r"(?<!完成)(?<!占)(?:目标|任务|计划)")
_SHARE_HEADING = re.compile(r"比重|占比|进度|完成")  # a column of shares or progress, not of growths
# (完成全年计划（%）, 目标完成率（%）, 计划完成（%）)
PROGRESS = re.compile(r"完成[^（(，,。；;\d]{0,4}(?:目标|计划|任务)|(?:目标|计划|任务)完成|完成率|进度")


def cell_measure(cell: CellWords | None, unit: str) -> str:
    """What a percent cell measures by its column's heading, as its words carry it (电子信息 同比增长: growth;
    盈浦街道 计划完成 or 比重: share), "" where the heading says neither or the cell is no percent."""
    if cell is None or unit != "%":
        return ""
    return "growth" if _GROWTH_NAMED.search(cell.own) else "share" if _SHARE_HEADING.search(cell.own) else ""


def _goal_heading(head: str) -> bool:
    """Whether a column holds goals (年计划, 全年目标), not progress against them (完成全年计划（%））."""
    return bool(_GOAL_HEADING.search(head)) and not PROGRESS.search(head)
_RUN = re.compile(r"\d\s*[-—~～至到]\s*\d|前|季度|半年")  # a run of months (1-10月, 前三季度, 上半年)


class CellWords(NamedTuple):
    """What a reader has in mind at a cell: its row's name and its column's heading when that says how
    it is measured (电子信息 同比增长(%)), and the table's first row, the whole its other rows break down;
    the row's name alone (其中： dropped) and the period the table's headings state, for a figure's fields."""

    own: str
    whole: str
    row: str = ""
    period: str = ""
    name: str = ""  # the figure's indicator where the row and the columns say more than the row (陶瓷产值)
    goal: bool = False  # whether its column is one of goals (年度目标, 全年任务)
    goals: bool = False  # whether its table has a column of goals (its other columns are then results)


class TableRead(NamedTuple):
    """The cells of a text's flattened tables with their words, and the text they were read in: read once per
    document, for the parser's cells and the checker's words of them (`cell_words`), which read the same text on
    most pages; a reader of another text reads its own."""

    text: str
    found: tuple[tuple[Cell, CellWords], ...]


def table_read(text: str) -> TableRead:
    """`text`'s cells with their words (see TableRead)."""
    return TableRead(text, tuple(_cells_with_words(text)))


def captions(text: str, spans: Iterable[tuple[int, int]]) -> dict[int, CellWords]:
    """The words of each value written alone on its line under a caption of its own lines, as a post's
    infographic gives them (规上工业企业营业收入⏎286.4亿元; 全市规上工业增加值⏎同比增长⏎8.7%), by where it starts:
    the caption's lines back to a blank line, a line with a number, a unit or a long line, at most three. A
    caption that says only how a value changed (同比增长⏎9.4%) is of the captioned value right above it."""
    out: dict[int, CellWords] = {}
    last: tuple[int, str] | None = None  # where the captioned value before ends, and its name
    for a, b in spans:
        if not alone_on_line(text, a, b):
            continue
        line0 = text.rfind("\n", 0, a) + 1
        top, caption = _caption(text, line0)
        words = [x for x in caption if not _PERIOD_LINE.fullmatch(x)]
        if not words:
            continue
        name = "".join(x for x in words if not _MEASURE_LABEL.fullmatch(x))
        if not name and last is not None and _UNIT_LINES.fullmatch(text, last[0], top):
            name = last[1]  # (工业用电量⏎3.18⏎亿千瓦时⏎同比增长⏎6.2%: the growth of 工业用电量)
            words.insert(0, name)
        own = "".join(words) + text[line0:a].strip()
        out[a] = CellWords(own, "", _PART.sub("", name or own))
        last = (b, _PART.sub("", name)) if name else None
    return out


def grid_words(text: str, spans: Iterable[tuple[int, int]]) -> dict[int, CellWords]:
    """The words of each value in a table laid out one cell per line under a heading of one line per column
    (指标名称⏎属性⏎全年目标⏎全年完成⏎全市生产总值⏎预期性⏎增长5%左右⏎增长5%), by where it starts: its row's name, and
    whether its column is of goals. Read only where a heading names the rows (指标, 名称, 项目) and a column of goals:
    a review of a plan's targets, which prose would read as one run of values."""
    out: dict[int, CellWords] = {}
    starts = sorted(a for a, _ in spans)
    for name, head, (a, b, _), title in _grid_cells_of(text):
        for at in starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
            out[at] = _grid_cell_words(name, head, title)
    return out


def _grid_numbers(text: str) -> list[tuple[Cell, CellWords]]:
    """The numbers alone on their lines in such a table (规上工业增加值增速(%)⏎预期性⏎7⏎7.9⏎112.9), as cells: in the
    unit their column's heading gives (完成率(%)), else their row's (增速(%), 一般公共预算收入(亿元))."""
    out: list[tuple[Cell, CellWords]] = []
    for name, head, (a, b, cell), title in _grid_cells_of(text):
        unit = _bracket_unit(head) or _bracket_unit(name)
        if not unit or not _NUMBER.fullmatch(cell):
            continue
        # (a percent is a growth where what gives its unit says so: 同比增长(%) over it, or 增速(%) its row's name)
        growth = unit == PERCENT and _GROWTH_NAMED.search(head if _bracket_unit(head) else name) is not None
        out.append((Cell(a, b, unit, growth), _grid_cell_words(name, head, title)))
    return out


def _grid_cells_of(text: str) -> Iterable[tuple[str, str, tuple[int, int, str], str]]:
    """Each cell of a table laid out one cell per line (see grid_words): its row's name, its column's heading,
    the line it is (start, end, text) and the table's title."""
    if "\n" not in text:
        return
    lines = _grid_lines(text)
    i = 0
    while i < len(lines):
        n = _grid_heading(lines, i)
        if not n:
            i += 1
            continue
        heads = [x for _, _, x in lines[i:i + n]]
        title = _grid_title(lines, i)
        i += n
        while i + n <= len(lines) and _grid_row(lines[i:i + n]):
            for column in range(1, n):
                yield lines[i][2], heads[column], lines[i + column], title
            i += n


def _grid_title(lines: list[tuple[int, int, str]], i: int) -> str:
    """The title on the line right above a grid's heading (前三季度分地区规模工业产值完成情况), which names what
    its rows measure; "" where that line is prose or there is none."""
    above = lines[i - 1][2] if i > 0 else ""
    return above if len(above) <= _MAX_NAME + 10 and not _NUMBER.search(_DATED.sub("", above)) else ""


_DATED = re.compile(r"\d{4}年|\d{1,2}\s*[-—~～至到]\s*\d{1,2}月份?|\d{1,2}月份?")  # (2022年1-8月…: a title's period)


def _grid_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of `text` with words, each as (start, end, its words); a line that is a cell closed by a bar
    (8.8 |) is the cell, a bar alone (the corner of a heading row) an empty cell, and a rule of bars (||||) none."""
    out: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        if _CLOSED_CELL.fullmatch(line):
            line = line[:_BAR.search(line).start()]  # type: ignore[union-attr]  # (fullmatch: one bar)
        elif not _BAR.sub("", line).strip() and line.strip():
            continue
        words = line.strip()
        if words or line != m.group(0):
            start = m.start() + len(line) - len(line.lstrip())
            # (a name or a heading spaced out to align, 赵 巷 or 产 值 (亿元), is read as written close)
            out.append((start, start + len(words), _SPACED_OUT.sub("", words)))
    return out


_SPACED_OUT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0]+(?=[\u4e00-\u9fff])")


def _grid_cell_words(name: str, head: str, title: str) -> CellWords:
    """A grid cell's words: its row's name, with a column's measure where the heading says one (完成率(%)), and the
    table's title for what the rows are of."""
    goal = _goal_heading(head)
    measure = "" if goal or _RESULT_HEADING.search(head) else _BRACKETED.sub("", head)
    row = _BRACKETED.sub("", name)
    return CellWords(f"{row} {measure}".strip(), title, row, name=row + measure, goal=goal, goals=True)


def _bracket_unit(heading: str) -> str:
    """The unit a heading or a row's name gives in brackets at its end (亿元 of 一般公共预算收入(亿元), % of
    增速(%))."""
    return PERCENT if _PERCENT_BRACKET.search(heading) else _amount_unit(heading)


def _grid_heading(lines: list[tuple[int, int, str]], i: int) -> int:
    """The number of columns of a heading written one per line from line `i` (指标名称⏎属性⏎全年目标⏎全年完成), 0
    where none starts there: short lines with no number, the first naming the rows, one naming goals."""
    # (the corner above the rows' names names them, 指标名称, or is left empty)
    if (lines[i][2] and not _ROWS_NAMED.search(lines[i][2])) or len(lines[i][2]) > _GRID_HEAD:
        return 0
    for n in range(3, _MAX_COLUMNS + 1):  # (the fewest columns whose first two rows read as rows)
        heads = [x for _, _, x in lines[i:i + n]]
        if len(heads) == n and all(len(x) <= _GRID_HEAD and not _DIGIT.search(x) for x in heads) \
                and any(_goal_heading(x) for x in heads[1:]) and i + 3 * n <= len(lines) \
                and _grid_row(lines[i + n:i + 2 * n]) and _grid_row(lines[i + 2 * n:i + 3 * n]):
            return n
    return 0


def _grid_row(row: list[tuple[int, int, str]]) -> bool:
    """Whether `row` is a row of such a table: a short name with no number, then short cells, one with a number."""
    name, cells = row[0][2], [x for _, _, x in row[1:]]
    return len(name) <= _MAX_NAME + 10 and not _NUMBER.search(name) and all(len(x) <= _GRID_CELL for x in cells) \
        and any(_DIGIT.search(x) for x in cells)


_LINE = re.compile(r"[^\n]+")
_BRACKETED = re.compile(r"[（(]([^（）()]{1,8})[）)]$")
_PERCENT_BRACKET = re.compile(r"[（(][%％][）)]$")
_GROWTH_NAMED = re.compile(r"增速|增长|增幅")
_RESULT_HEADING = re.compile(r"完成$|实际|实绩")  # (全年完成, 实际完成: a column of results, no measure of its own)
_ROWS_NAMED = re.compile(r"指标|名称|项目")
_DIGIT = re.compile(r"\d")
_GRID_HEAD = 8  # a column's heading is a short line (全年目标, 属性)
_GRID_CELL = 16  # and so is a cell (增长5%左右, 提高5%以上)


def _caption(text: str, line0: int) -> tuple[int, list[str]]:
    """The caption lines above the line starting at `line0`, and where the first of them starts."""
    caption: list[str] = []
    top = line0
    end = line0 - 1
    while end > 0 and len(caption) < _CAPTION_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or len(line) > _MAX_NAME or (re.search(r"\d", line) and not _PERIOD_LINE.fullmatch(line)) \
                or parse_unit(line) is not None:
            break  # (a unit alone on its line is the value's above it: 3.18⏎亿千瓦时)
        caption.insert(0, line)
        top, end = start, start - 1
    return top, caption


_UNIT_LINES = re.compile(r"\s*(?:[^\d\s]{1,6}\s*)?")  # what may stand between a value and the caption under it


def alone_on_line(text: str, a: int, b: int) -> bool:
    """Whether the value at [a, b) is alone on its line but for how it changed or came close (同比增长8.7%,
    约36亿元): a caption's value, named by the lines above it."""
    line0 = text.rfind("\n", 0, a) + 1
    line1 = text.find("\n", b)
    return _LONE_LEAD.fullmatch(text[line0:a].strip()) is not None \
        and not text[b:line1 if line1 >= 0 else len(text)].strip()


# What may stand before a value alone on its line: how it changed, and how close it is (同比增长, 约, 超过).
_LONE_LEAD = re.compile(r"(?:同比|比上年|较上年|环比)?(?:增长|下降|增加|减少|提高|提升|回落|下滑)?"
                        r"(?:约|近|超过?|达到?|突破|逾)?")
_CAPTION_LINES = 3
# A caption line that only dates the values under it (前三季度, 1-9月, 9月当月).
_PERIOD_LINE = re.compile(r"(?:\d{4}年)?(?:前三季度|[一二三四]季度|上半年|下半年|全年|\d{1,2}[-—~至]\d{1,2}月(?:份)?|"
                          r"\d{1,2}月(?:份)?(?:当月)?|今年以来|截至\S{1,8}[底末])")


def cell_words(text: str, read: TableRead | None = None) -> dict[int, CellWords]:
    """The words of each value cell of `text`, by where it starts. Read in one pass over the lines, or taken from
    `read` where that is of `text` (the parse's: a table's lines are not read twice per document)."""
    return {c.start: w for c, w in _read_of(text, read)}


def _read_of(text: str, read: TableRead | None) -> Sequence[tuple[Cell, CellWords]]:
    """`text`'s cells with their words: `read`'s where it is of `text`, else read now."""
    return read.found if read is not None and read.text == text else _cells_with_words(text)
