"""What a page is about, as its headline says (孝感高新区上半年主要经济指标领跑全市; 全市1-9月重点项目建设推进情况
通报; 某某开发区2024年9月份主要经济指标完成情况): the words of the lines above its first sentence, which every
value of the page is read under. A report on 重点项目 writes 完成投资 of each county and never 重点项目 again; a
park's bulletin writes 该区 or nothing at all where its claims name the park."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple, Sequence

from ..places.divisions import PARK_KINDS, PLACE_OPENING, divisions
from .attribution import bigrams, blank, indicator_words, level, levels_named
from .periods import Period

# The words that name an industrial park or zone: a value on a park's page is the park's.
PARK = re.compile(r"园区|开发区|高新区|经开区|工业园|产业园|集中区|示范区")
# The programmes a page may be about (全市1-9月重点项目建设推进情况): what each of its values is of.
_PROGRAMME = re.compile(r"(?:省|市|县|区)?(?:重点|重大)(?:工业|产业)?项目")
# Words that name a page's kind, not what it is about (情况通报, 新闻, 动态).
_PAGE_WORDS = re.compile(r"情况|通报|公告|通知|新闻|动态|要闻|简报|快讯|专栏|信息|网站|门户|政府网|"
                         r"统计局|管委会|委员会|人民政府|办公室|主办|承办")
# A whole place a headline compares its subject with (…主要经济指标领跑全市): not whose page it is.
# (a rank among others is no place of the page's: 郑州市规上工业增长 跻身全国大中城市前十)
_COMPARED = re.compile(r"(?:领跑|领先|高于|低于|快于|位居|居|超过|跻身|位列|名列|排名|进入|入围|挺进|跑赢)"
                       r"(?:全国|全省|全市|全区|全县)")


class Topic(NamedTuple):
    """What a page's headline says it is about."""

    pairs: frozenset[str] = frozenset()  # the character pairs of its words (periods and page words left out)
    level: int = -1  # the whole place it names (2 for 全市 or 澜川市; 3 for 全县, a county's or a park's name), -1
    # when it names none
    park: bool = False  # whether it names a park (开发区, 高新区…) and no whole place: the page is the park's
    own: int = -1  # the level of the page's own place: the headline's, else the one its text names most
    names: tuple[str, ...] = ()  # the places it names by name (鹤鸣高新区, 澜川市), as place_names reads them
    places: frozenset[str] = frozenset()  # the pairs of those names, of `pairs`
    # the pairs of all its words, what it measures too (…规模以上工业增加值增速): lent to a value whose own
    # words name no measure, a table's cell of a place (石家庄市 8.1) or a bare 增长
    words: frozenset[str] = frozenset()
    measure: str = ""  # what its last line that names a measure says is measured (…规模以上工业增加值增速)
    # the page's own places by the division table: the headline's that are of it, else the one its text names
    # most (仁怀市 of a page headed 仁怀县域经济…, which names no division)
    main: tuple[str, ...] = ()
    parks_named: bool = False  # whether it names a park at all (桂林经开区…, 全市园区经济…), a whole place's too
    # whether the page's text names a whole place no park may be (全县, 我市; not 全区, which may be the park's own)
    whole_named: bool = False


def topic_of(text: str, header: Sequence[tuple[int, int]], found: Sequence[tuple[int, int, Period]]) -> Topic:
    """The topic the header lines of `text` name (simplified; `header` the spans of its headline lines, as
    attribution/layout.header_lines reads them: the lines before the first that holds a value or a clause's end;
    `found` its period writings)."""
    lines = []
    for at, end in header:
        periods = [(max(a, at) - at, min(b, end) - at) for a, b, _ in found if a < end and b > at]
        lines.append(blank(text[at:end], periods))
    headline = " ".join(lines)
    named = level(_COMPARED.sub("", headline))
    # (what the headline says the page is of: its places and programmes, not an industry it narrows the
    # values to, which a value's own words name where they are of it: 新能源汽车 is no word of 汽车产量)
    places = place_names(headline) or _city_opening(headline)
    # (a headline naming its place by name, 澜川市…, is of the whole its values call 全市)
    whole = named if named >= 0 or not places else whole_of(places[-1])
    own = named if named >= 0 else _most_named(text)
    if own < 0:  # (县工业和信息化局2023年工作总结: a level's own office heads the page, which is that level's)
        own = _office_s_level(headline)
    parks = PARK.search(headline) is not None
    park = named < 0 and parks and _a_park_s_headline(headline, places)
    return Topic(_pairs_of(places + _PROGRAMME.findall(headline)), whole, park, own,
                 tuple(places), _pairs_of([x for x in places if x not in PARK_ALONE]),
                 _pairs_of([_PAGE_WORDS.sub("", x) for x in lines]),
                 _headline_measure(lines), _known_places(headline) or _most_named_place(text, own),
                 parks, _WHOLE_PLACE.search(text) is not None)


def _a_park_s_headline(headline: str, places: Sequence[str]) -> bool:
    """Whether a headline that names a park is the park's: not when it names a whole place apart from a park of it
    (株洲市：园区成为工业增长主引擎, a city's page praising its parks; but 宁波市高新区…, 澜川市龙泉经济开发区…,
    澜川市：高新区一季度…, a park of the place) or the office of a level above a park's (市政府召开工业园区…)."""
    if 0 <= _office_s_level(headline) < PARK_LEVEL:
        return False
    for name in places:
        at = headline.find(name)
        if PARK.search(name) is None and at >= 0 and _PARK_AFTER_PLACE.match(headline, at + len(name)) is None:
            return False
    return True


PARK_LEVEL = 3  # a park's level, a district's, which 全区 may name (区科技局 on a park's page is the park's office)
# A park of the place a name gives (宁波市高新区, 澜川市龙泉经济开发区, 澜川市：高新区…): a park's own kind within a
# few words, not 园区 alone, which a city's headline praises (株洲市：园区成为…)
# (and no deed between, 澜川市全力推进产业园区建设, 澜川市以开发区为主阵地, 澜川市 争创国家级经开区: a city's page)
_PARK_AFTER_PLACE = re.compile(r"[：:\s]*[^\s，,：:。；;！!？?、推争以建打召全加在对创促抓强做为与和的]{0,6}?"
                               r"(?:开发区|高新区|经开区|工业园|产业园|集中区|示范区)")


# A whole place the text names as an owner of values (全市规上工业…, 我市): the page may be that place's. Not one
# named only as what a park is set against: the whole a share is of (占全市的40.8%, 在全市占比), the field of a rank
# (增幅排名全市第一, 均列全市第一, 走在全市前列) or the base of a comparison (远超全市平均水平, 高于全省): a zone's
# review writes these of the zone's own values, so they make no whole place's page of it.
_WHOLE_PLACE = re.compile(r"[我本](?:省|市|县)|(?<![占于比较超列居在名])全(?:省|市|县)(?!第|前列|前茅|平均|首)")


def _city_opening(headline: str) -> list[str]:
    """A city a headline opens with by its name alone, without 市 (上半年菏泽高新技术产业…, a period blanked before
    it): [that city's name], or [] where it opens with none of the division table's cities."""
    words = headline.lstrip(" \u3000")
    table = divisions()
    for length in (3, 2):
        name = words[:length] + "市"
        if len(words) > length and table.by_name.get(name) and words[length] not in "市县区":
            return [name]
    return []


_ITSELF = re.compile(r"我(?:省|市|州|县|区)|本(?:省|市|县)")


def _office_s_level(headline: str) -> int:
    """The whole level whose own office a headline names by the level alone (县工业和信息化局…, 市统计局关于…, 区委
    区政府…: 全县, 全市, 全区), -1 where it names none: such a page is that level's, whatever whole it quotes."""
    found = _LEVEL_S_OFFICE.search(headline)
    return level("全" + found.group(1)) if found is not None else -1


# A level's own office named by the level alone: not after a name (澜川市统计局 is a place named, read as such), nor a
# level inside a word (城市, 超市).
_LEVEL_S_OFFICE = re.compile(r"(?<![\u4e00-\u9fff])([省市县区])(?:委|人民政府|政府|工业和信息化|经济和信息化|经信|工信|"
                             r"统计|发改|发展和改革|商务|科技|投资促进|财政)")


def _pairs_of(texts: list[str]) -> frozenset[str]:
    """The character pairs of the indicator words of each text of two characters or more."""
    return frozenset(g for x in texts if len(w := indicator_words(x)) >= 2 for g in bigrams(w))


# What a headline says is measured, and what opens it before that (places, 全省及各市, a period's remains).
_MEASURE_NAMED = re.compile(r"增加值|产值|投资|收入|利润|产量|用电量|增速|增长|销售")
_HEADLINE_OPENING = re.compile(r"^(?:[\s\d年月份度第季]|全省|全市|全区|全县|各市州?|各县市区|各县区?|各区|各地市?|"
                               r"及|和|、|[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|州))+")


def _headline_measure(lines: list[str]) -> str:
    """What the headline's last line that names a measure says is measured, without the places and the
    period it opens with and the page words it ends with (2024年1-11月全省及各市规模以上工业增加值增速:
    规模以上工业增加值增速); "" where no line names one."""
    for line in reversed(lines):
        words = _PAGE_WORDS.sub("", line).strip()
        if _MEASURE_NAMED.search(words):
            rest = _HEADLINE_OPENING.sub("", words)
            return rest if _MEASURE_NAMED.match(rest) is None or len(rest) > 2 else ""
    return ""


def _known_places(text: str) -> tuple[str, ...]:
    """The places `text` names that are of the division table (黑龙江省, 仁怀市), or parks named after one, as
    place_names reads them."""
    out = []
    for at, n in place_names_at(text):
        # (a name may be longer than the two characters place_names keeps: 黑龙江省)
        if n not in PARK_ALONE and _place_opens_near(text, at):
            out.append(n)
    return tuple(out)


def _most_named_place(text: str, own: int) -> tuple[str, ...]:
    """The place `text` names by name most often (the first of a tie), as a one-place tuple; () for none.
    (Only names of the division table, or parks named after one, count: not 列入省 or 完善市; nor a place above
    the page's own level `own`: a city's page that calls itself 我市 and quotes 湖北省 is not the province's. A
    place below the page's level named once beside others, 平江县 of 分县市区看 on a city's page, is not its own.)"""
    counts = Counter(n for n in _known_places(text) if own < 0 or PARK.search(n) or whole_of(n) >= own)
    most = max(counts, key=lambda n: counts[n]) if counts else ""
    return (most,) if most and (counts[most] >= 2 or level_of_place(most) == own) else ()


def _most_named(text: str) -> int:
    """The level of the place `text` calls its own (我市: a city's page, however often it quotes 全省), else of
    the whole place it names most often (the more local one of a tie: a city's page quotes the province), -1
    when it names none."""
    itself = Counter(level(m.group()) for m in _ITSELF.finditer(text))
    counts = itself or Counter(levels_named(text))
    return max(counts, key=lambda n: (counts[n], n)) if counts else -1


# A place named by name: up to two characters, then what kind of place it is (鹤鸣高新区, 澜川市, 随县). The two
# characters before the kind stand for the name, on both sides of a comparison (鄂尔多斯市 and 多斯市 alike);
# words that end in a kind of place and name none (全市, 该区, 各县, 城区, 市场, 上市, 社区) are left out.
_PLACE_NAME = re.compile(rf"([\u4e00-\u9fff]{{1,2}})({PARK_KINDS}|自治州|自治区|省|市|州|县|区|镇|乡|旗|街道)"
                         r"(?![场级民直属委政府内外长])")
_NOT_NAME = frozenset("全我本该各分城市县区省上超都门股夜菜社景片小矿库辖厂能聚税校街郊老地下返回故家乡"
                      "两三四五六七八九十几多每等个州园新"
                      "和及与、的在从由对向为是")
_NOT_FIRST = frozenset("全我本该各分和及与、的在从由对向为是")  # (九江, 三明, 六安: a numeral may open a name)
# The kind of whole place each kind of named place is (澜川市 is what a page of it calls 全市).
_WHOLE_OF = {"省": 1, "自治区": 1, "市": 2, "州": 2, "自治州": 2, "盟": 2,
             "镇": 4, "乡": 4, "街道": 4}  # (a town, below a county: 石湾镇是全县工业第一大镇。…该镇…)


def place_names(text: str) -> list[str]:
    """The places `text` names by name, in order, each as its last two characters and its kind."""
    return [name for _, name in place_names_at(text)]


def place_names_at(text: str) -> list[tuple[int, str]]:
    """place_names with where each starts in `text`."""
    out = []
    for m in _PLACE_NAME.finditer(text):
        name = m.group(1)
        if m.group(0) in PARK_ALONE or m.group(2) in PARK_ALONE and name[-1] in _NOT_NAME:
            alone = m.group(0) if m.group(0) in PARK_ALONE else m.group(2)
            out.append((m.end() - len(alone), alone))  # (高新区 alone: the park, named by its kind)
            continue
        if name[-1] in _NOT_NAME and m.group(0) not in divisions().by_name and not _park_of_a_division(m):
            continue  # (城区, 县城, 市场: no name; but 连城县, 晋城市, 湖州市 are, by the division table)
        if len(name) == 2 and name[0] in _NOT_FIRST:
            name = name[1:]
        if "自治" in m.group(0):
            # (黔南布依族苗族自治州, 长阳土家族自治县: an autonomous division by its full name, the table's, not the
            # people named last before its kind, 苗族自治州, which would tell no two such places apart)
            start = divisions().name_ending_at(text, m.end())
            if start is not None and start < m.start():
                out.append((start, text[start:m.end()]))
                continue
        if m.group(2) == "省" and not _a_province(name):
            continue  # (培育省专精特新企业, 入选省级…: a grade after a verb, no province)
        if a_deed_before_a_level(m.group(1), m.group(0)):
            continue  # (完成市下达任务, 南京获省科学技术奖: the level's task or prize after a verb, no place)
        if _a_level_s_list_or_task(text, m):
            continue  # (其中省重点项目3个, 为市下达目标的: the level's list or task, whatever word comes before)
        out.append((m.start(), name + m.group(2)))
    return out


def _park_of_a_division(m: re.Match[str]) -> bool:
    """Whether a match of _PLACE_NAME is a park named after a division the table knows by its two characters, one
    of which is a kind's (福州新区, 杭州高新区: the park, another place than 福州, 杭州)."""
    return m.group(2) in _PARK_KIND_NAMES and divisions().canonical(m.group(1)) in divisions().by_name


_PARK_KIND_NAMES = frozenset(PARK_KINDS.split("|"))


def _a_level_s_list_or_task(text: str, m: re.Match[str]) -> bool:
    """Whether a match of _PLACE_NAME is a level written as one character that opens the name of its list of
    projects or of the task it hands down (省重点项目, 市重大项目, 市下达目标, 自治区下达…任务), after words that
    are no name (其中, 开工, 投资): a whole level's list or task, no place. A division's name the table knows
    (金华市重点项目, 鄂尔多斯市下达…) stays a place."""
    if m.group(2) not in _LEVELS_ALONE or _LEVEL_S_LIST_OR_TASK.match(text, m.end()) is None:
        return False
    return not _place_opens_near(text, m.start())


def _place_opens_near(text: str, at: int) -> bool:
    """Whether a division's name the table knows (or a park named after one) opens at `at` or up to 3 characters
    before it: a name may be longer than the characters read before its kind (黑龙江省)."""
    table = divisions()
    return any(table.opens_with_place(text[a:a + PLACE_OPENING]) for a in range(max(0, at - 3), at + 1))


_LEVELS_ALONE = frozenset("省市县区")
# What a level's list of projects or its task is called right after the level (重点项目, 重大项目, 下达目标, 分配任务,
# 下115亿元目标: the level hands it down).
_LEVEL_S_LIST_OR_TASK = re.compile(r"重点|重大|下达|分配|下(?=\d|目标|任务)")


def a_deed_before_a_level(name: str, written: str) -> bool:
    """Whether `name`, the characters read before a kind of place (完成 of 完成市下达任务, 京获 of 南京获省科学技术奖),
    is, or ends in, a verb whose object a level opens (the city's task, the province's prize, 上报市入统项目, 落实省
    部署, 代表县人民政府): a deed, no place's name. `written`: the name with its kind, a place where the division
    table knows it (荣成市)."""
    deed = name in _VERBS_BEFORE_A_LEVEL or name[-1:] in _VERB_ENDINGS
    return deed and written not in divisions().by_name


# Verbs a level written as one character follows as the opening of their object (完成区200亿招商引资任务, 安排市
# 重点项目, 贯彻省、市部署, 已经市人大会议审议), and verbs of one character no place's name ends in (获, 报).
_VERBS_BEFORE_A_LEVEL = frozenset({"完成", "上报", "报送", "安排", "落实", "贯彻", "承接", "结合", "代表", "已经",
                                   "争取", "下达", "按照", "获得", "列入", "纳入"})
_VERB_ENDINGS = frozenset("获报")


PARK_ALONE = frozenset({"经开区", "高新区", "开发区", "园区", "工业园区", "工业园", "产业园", "经济开发区",
                        "经济技术开发区", "高新技术产业开发区"})


def _a_province(name: str) -> bool:
    """Whether `name` (the one or two characters before 省) may end a province's name: not a verb that puts firms
    on a province's list (培育省专精特新企业, 入选省级…, 认定省…: a grade, not a province)."""
    return name not in _LISTING_VERBS


_LISTING_VERBS = frozenset({"培育", "入选", "认定", "获评", "评为", "创建", "申报", "新增", "争创", "获批", "成为",
                            "晋级", "列入", "纳入", "进入", "新认", "获得", "评定", "创成", "建成"})


def same_place(named: str, other: str) -> bool:
    """Whether two places as place_names reads them are one: the same, one written shorter (随县 of 和随县,
    高新区 of 孝感高新区), one park by two names of its kind (九江经济技术开发区, 九江经开区), or one division written
    with its kind and without (福州市, 福州)."""
    if named == other or named.endswith(other) or other.endswith(named):
        return True
    if PARK.search(named[2:]) and PARK.search(other[2:]):
        return named[:2] == other[:2]
    # (福州市 and 福州, 黔南州 and 黔南布依族苗族自治州: one place, with its kind or without; not 吉林市 and 吉林省,
    # whose short name is two places', nor 福州新区 and 福州: the table's bare reading keeps both as written)
    table = divisions()
    if table.canonical(named) == table.canonical(other):
        return True
    # (度福州 of 第二季度福州: a name that ends in a kind's character read with the one before it, as 随县 of 和随县)
    return _read_one_before(named, table.bare(named), other) or _read_one_before(other, table.bare(other), named)


def _read_one_before(named: str, bare: str, other: str) -> bool:
    """Whether `other` is `named`'s bare name (`bare`, 福州 of 福州市) with one character read before it (度福州)."""
    return bare != named and len(other) == len(bare) + 1 and other.endswith(bare)


def level_of_place(named: str) -> int:
    """The whole level (1 province, 2 city, 3 county) of a place as place_names reads it: the division
    table's where it knows the name as one level (射洪市, a county-level city: 3), else its kind's (whole_of)."""
    found = divisions().by_name.get(named, [])
    levels = {d.level + 1 for d in found}
    return levels.pop() if len(levels) == 1 else whole_of(named)


def whole_of(named: str) -> int:
    """The level of the whole place (2 全市…) a page of the named place calls itself; 3 for a county, a
    district or a park (全县, 全区)."""
    return next((n for kind, n in _WHOLE_OF.items() if named.endswith(kind)), 3)
