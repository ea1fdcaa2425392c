"""The claim's subject: whose the value is, the place it is of (a whole place at its level, a park, a place
named by name, one a pointer points back at), against the place the claim names or leaves to the page."""

from __future__ import annotations

import re

from ...core.chars import FULL_STOP
from ...core.simplify import simplified
from ...places.divisions import KIND_LEFT_OUT, Divisions, divisions
from ..attribution import (
    Tie,
    has_subject,
    indicator_words,
    last_match,
    level,
    levels_named,
    line_label,
    measured,
    place_level,
)
from ..claims import Claim
from ..periods import periods_in
from ..quantities import Quantity
from ..source import Source
from ..spans import start_after
from ..topic import (
    PARK,
    PARK_ALONE,
    PARK_LEVEL,
    Topic,
    a_deed_before_a_level,
    level_of_place,
    place_names,
    place_names_at,
    same_place,
    whole_of,
)
from .names import _COMPARING, _WHOLE_PLACES
from .text import _FINE, _HOW_WORDS, OK, UNSURE, WRONG, _Finding, _own_shown, claimed_text, claimed_words


def _whose(c: Claim) -> str:
    """A claim's subject, when it names a place of its own (赣州市, 三山经开区) its indicator does not write."""
    subject = claimed_text(c.subject) if c.subject else ""
    return subject if indicator_words(subject) and subject not in claimed_text(c.indicator) else ""


def _subject(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """全省…增长12%，我市…增长8%: the province's value is not the city's; nor a park's (园区规模以上工业增加值
    增长8.9%) a city's or a province's."""
    claimed = place_level(simplified(c.subject)) if c.subject else -1
    if claimed < 0:
        claimed = level(claimed_text(c.indicator))
    if claimed >= 0 and claimed == src.of_value(_contrasted, q):
        return _FINE  # (…，而全国是小幅回落，一季度增长14.4%: 全国's, claimed so)
    found = _whose_read(src, c, q, tie, claimed)
    if found.status == OK and _park_of_a_named_place(c, tie):
        return _Finding(UNSURE, "subject")
    unwritten = _place_unwritten(src, claimed_text((c.subject or "") + c.indicator)) if found.status != WRONG else None
    if unwritten is not None:
        return _Finding(WRONG if _page_s_place_other(src, unwritten) else UNSURE, "subject")
    return found


def _whose_read(src: Source, c: Claim, q: Quantity, tie: Tie, claimed: int) -> _Finding:
    """Whose the value is against the claimed place's level (`claimed`, -1 for none): a base's in brackets, a
    park's, another level's, or one a clause before names (see _subject)."""
    if tie.level == 3 and _REGION_WHOLE.search(_own_shown(tie)) and claimed < 0 \
            and _named_level(claimed_text((c.subject or "") + c.indicator)) == 1 and _region_page(src):
        tie = tie._replace(level=1)  # (全区 on 宁夏回族自治区统计局's page or 石嘴山市's: the region, as 全疆 is)
    base, after = src.of_value(_bracketed, q)
    if base is not None:  # 高于全区（8.2%）4.3个百分点: the 8.2% is 全区's, whatever the sentence is about
        return _FINE if claimed >= 0 and claimed == level(base) else _Finding(UNSURE if claimed < 0 else WRONG,
                                                                            "subject")
    if claimed >= 0 and claimed == after:
        return _Finding(WRONG, "subject")  # (增长10.2%（全市9.4%）: the 9.4% is 全市's, so the 10.2% is not)
    park = PARK.search((c.subject or "") + c.indicator) is not None
    if _another_place_s(src, (c, q, tie), claimed, park):
        return _Finding(WRONG, "subject")
    if 0 <= claimed and tie.level < 0 and not park and _BASE.search(simplified(tie.shown)) is None \
            and not place_names(simplified(tie.shown)) and 0 <= src.of_value(_clause_frame, q) != claimed:
        return _Finding(UNSURE, "subject")  # (全省工业投资增长11.6%，工业技改投资增长13.8%: 全省's, not 全市's)
    found = _whose_unsure(src, c, q, tie, claimed, park)
    return found if found is not None else _named_elsewhere(src, c, q, tie)


def _park_of_a_named_place(c: Claim, tie: Tie) -> bool:
    """Whether the claim names a park (赣州经开区) where the value's own words name by name a place that is none
    (赣州市电子信息产业营业收入突破3000亿元): the place's value, of which the park's is a part, is not confirmed for
    the park."""
    if PARK.search(claimed_text((c.subject or "") + c.indicator)) is None:
        return False
    own = _BASE_PLACE.sub("", _own_shown(tie))  # (占西宁市…比重: the whole the park's share is of, not its owner)
    named = place_names(own)
    return bool(named) and PARK.search(own) is None and not any(PARK.search(n) for n in named)


def _region_page(src: Source) -> bool:
    """Whether the page's headline lines name an autonomous region (宁夏回族自治区统计局) or a place within one that
    is no district (石嘴山市, 哈密市): a page on which 全区 is the region, not a district."""
    # (the lines before the first sentence's, no headline line: the text before its first comma, cut at its line's
    # start; not every line of the page split at each call)
    text = src.simplified_text()
    commas = [i for i in (text.find("，"), text.find(",")) if i >= 0]
    before = text[:min(commas, default=len(text))]
    lines = before.splitlines()
    if lines and before[-1:].splitlines() != [""]:
        lines.pop()  # (the first sentence's own line, up to its comma)
    header = "".join(lines)
    found = [d for _, ds in divisions().mentions(header) for d in ds]
    return any(d.code[:2] in _REGIONS for d in found) \
        and not any(d.name.endswith("区") and not d.name.endswith("自治区") for d in found)


_REGION_WHOLE = re.compile(r"(?<![占于比较出])全区")
_REGIONS = frozenset({"15", "45", "54", "64", "65"})  # 内蒙古, 广西, 西藏, 宁夏, 新疆


def _another_place_s(src: Source, value: tuple[Claim, Quantity, Tie], claimed: int, park: bool) -> bool:
    """Whether the value is plainly another place's than the claim's (`claimed`: the claimed whole place's level, -1
    for none; `park`: the claim names a park): another level's (see `_of_another_level`); named apart (全省…增长6.1%
    claimed for 金州市; 金州市…17.9% for 全省; 临沂市12个开发区…3215.6亿元 for 全省开发区: one city's parks, not the
    province's); a place named at another level (新疆规上工业增加值 for 克拉玛依市规模以上工业增加值增长4.6%: the
    city's); or the level in force its own words set (市级（不含…新区）固定资产投资增长3.2%，工业投资增长9.1%: not
    全市's)."""
    c, q, tie = value
    written = claimed_text((c.subject or "") + c.indicator)
    if _of_another_level(src, q, tie, claimed, park, _COUNTY.search(written)):
        return True
    if (not park or claimed >= 0) and _named_apart(written, claimed, tie):
        return True
    if claimed < 0 and not park and _named_at_another_level(src, q, tie, written):
        return True
    return _own_level_in_force(src, q, written)


def _place_unwritten(src: Source, written: str) -> str | None:
    """A place of the division table the claim names (长沙市 of 长沙市高新技术产业增加值) that the page writes nowhere,
    by its name or without its kind (长沙): a place no word of the page says is no place a value of it is
    confirmed for. None where the claim names none, or the page writes each it names."""
    mentioned = divisions().mentions(written)
    if not mentioned:
        return None  # (most claims name no place: the page's text is not read for them)
    table = divisions()
    text = "".join(src.simplified_text().split())  # (海 口 市: a name spaced out in a table)
    for at, found in mentioned:
        name = found[0].name
        stem = name[:-1] if len(name) >= 3 and name[-1] in KIND_LEFT_OUT else name
        # (黔南 of 黔南布依族苗族自治州, as 黔南州 writes it too: the place written without its kind)
        if name not in text and stem not in text and table.bare(name) not in text \
                and written[at:at + len(name)] == name:
            return name
    return None


def _page_s_place_other(src: Source, name: str) -> bool:
    """Whether the page names a place of its own by name (its headline's, or the one it names most) at the
    level of `name` and not `name`: a city's page claimed for another city."""
    table = divisions()
    wanted = {d.level for d in table.by_name.get(name, [])}
    return any(d.level in wanted for p in src.tie_of.topic().main for d in table.by_name.get(p, [])) \
        and not any(same_place(name, p) for p in src.tie_of.topic().main)


def _named_apart(written: str, claimed: int, tie: Tie) -> bool:
    """Whether the claim names a place by its name (金州市, 平川县) at another level than the whole place the value's
    words name (全省), or a whole place (全省) at another level than the place the value's own words open with
    (金州市工业投资增长17.9%). A gap's base (襄阳市…增速高于全国) is no whole place of the claim's."""
    if _COMPARED_TO_BASE.search(written):
        return False
    own = simplified(_own_shown(tie))
    if claimed < 0:
        level_named = _named_level(written)
        return level_named >= 0 and tie.level >= 0 and level_named != tie.level \
            and written[:2] not in simplified(tie.shown)  # (银川 of 银川市: the name without its kind)
    level_named = _named_level(own)
    return level_named >= 0 and tie.level < 0 and level_named != claimed


def _named_at_another_level(src: Source, q: Quantity, tie: Tie, written: str) -> bool:
    """Whether the claim opens with a place by its name (新疆, 宁夏回族自治区, 江苏省, 昌吉州) and the value's own
    words, else its sentence's opening, name by name places, none a park nor the claim's, all at another level
    (1-7月，克拉玛依市规模以上工业增加值增长4.6%; 上半年，奇台县规模以上工业企业达到68家，…；规上工业增加值增长17.5%):
    the named place's value, not the claim's place's. A comparison's base names no one (比全疆低, 高于昌吉州)."""
    if _COMPARED_TO_BASE.search(written):
        return False
    claimed = _named_level(written)
    rest = claimed_words(written[_place_opening_end(written):])
    if claimed < 0 or not rest or not rest <= tie.pairs | tie.elided:
        return False  # (浙江森林联合纸业…项目总投资: a firm's name, not the place's value of the words the value has)
    own = _BASE_PLACE.sub("", _own_shown(tie))
    if _own_whole_claimed(src, own, claimed) or _firm_of_the_place_named(written, own):
        return False
    named = place_names(own) or place_names(_sentence_before(src, q)[:_SUBJECT_OPENING]) or _pointed_park(src, q)
    if not named or any(PARK.search(n) for n in named):
        return _unnamed_or_park_s(src, (q, tie), (written, claimed), named)
    return not any(n[:2] in written or same_place(n, m) for n in named for m in place_names(written)) \
        and all(level_of_place(n) != claimed for n in named)


def _firm_of_the_place_named(written: str, own: str) -> bool:
    """Whether the claim's opening place, written by its name without its kind (吉林 of 吉林石化原油加工量), is
    the head of a firm's name the value's own words write too, the same characters after it (吉林石化完成原油加工量):
    the claim names the firm the value is of, not the place, whatever place the sentence names at another level
    (吉林市突出骨干扩产，吉林石化…: the city's firm, claimed as the firm, not as the province 吉林 is the stem of)."""
    end = _place_opening_end(written)
    firm = written[:end + _FIRM_HEAD]
    return _name_opening(written) is None and 0 < end and len(firm) == end + _FIRM_HEAD and firm in own


_FIRM_HEAD = 2  # (the characters after the place's name that a firm's name and the value's own words share: 石化)


def _own_whole_claimed(src: Source, own: str, claimed: int) -> bool:
    """Whether the value's own words name, by no name, the whole place at the claim's level (同期，株洲市…增长7.7%，
    全省增长7.3%: the 7.3% is 全省's, its clause says, not 株洲市's); not where that whole is the page's own place
    (我市 on 江油市's page: 江油's, whatever place of that level the claim names)."""
    return not place_names(own) and level(own) == claimed >= 0 \
        and not any(whole_of(p) == claimed for p in src.tie_of.topic().main)


def _unnamed_or_park_s(src: Source, value: tuple[Quantity, Tie], claim: tuple[str, int], named: list[str]) -> bool:
    """Whether a claim that opens with a place's name (`claim`: its words, that place's level) takes a value whose
    sentence names no place (see `_unnamed_whole_apart`) or a park (`named`) that is not the claim's: 衡阳经开区…该区
    规上工业增加值增长12.6%, 祁东县归阳工业园…分别完成: the park's, not 衡阳's or 祁东县's."""
    (q, tie), written = value, claim[0]
    stem = written[:_place_opening_end(written)]
    table = divisions()
    if len(stem) < 2 or not (table.opens_with_place(written) or _stem_at(table, written, 0)):
        return False  # (争列为省重点项目, 省会城市…: no place's name)
    # (the claimed place named in the sentence other than as the opening of a park's name: 云溪县（12.8%）)
    if stem in _PARK_OF_PLACE.sub("", _BASE_PLACE.sub("", _sentence_before(src, q))):
        return False
    if not named:
        return _unnamed_whole_apart(src, q, tie, claim)
    return PARK.search(written) is None and tie.level < 0


def _pointed_park(src: Source, q: Quantity) -> list[str]:
    """The park 该区 (该园区, 该开发区) at the opening of `q`'s sentence points to: the last place the text names
    before that sentence, where it is a park; [] otherwise."""
    opening = _sentence_before(src, q)[:_SUBJECT_OPENING]
    if _POINTED_ZONE.search(opening) is None:
        return []
    found = src.tie_of.sentence((q.start, q.end))
    # (the sentence's start, in the reading's offsets as the sentence's are: a page with ruby has fewer characters)
    start = src.view_at(q.start) - (found[1] if found is not None else 0)
    before = place_names(src.simplified_text()[:start])
    return before[-1:] if before and PARK.search(before[-1]) else []


_PARK_OF_PLACE = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{PARK.pattern})")
_POINTED_ZONE = re.compile(r"该(?:园)?区|该开发区|该园")


def _unnamed_whole_apart(src: Source, q: Quantity, tie: Tie, claim: tuple[str, int]) -> bool:
    """Whether a value whose words and sentence name no place by name is of a whole place other than the one the
    claim names (`claim`: its words, the level it names): the whole its sentence's clauses open with (全市原煤…；
    外送电量…), else its own level, else the headline's place (昌吉州…: 主要产品中，原煤产量…), at another level;
    or, at the claim's level, the page's own place (我市 on 江油市's page, claimed for 绵阳)."""
    written, claimed = claim
    sentence = _sentence_before(src, q)
    if place_names(_BASE_PLACE.sub("", sentence)):
        return False
    frame = src.of_value(_clause_frame, q)
    whole = frame if frame >= 0 else tie.level
    if whole == 3 and "全区" in sentence and _region_page(src):
        whole = 1  # (全区 on a region's page: the region)
    top = src.tie_of.topic()
    if whole < 0:
        if top.park or top.parks_named or not top.names:
            return False  # (the headline's place by its name only: 全区 may be a region's or a district's)
        whole = top.level
    if whole < 0:
        return False
    if whole != claimed:
        return True
    main = [p for p in top.main if not PARK.search(p) and whole_of(p) == whole]
    return bool(main) and not any(p[-3:-1] in written[:6] for p in main)


def _place_opening_end(words: str) -> int:
    """Where the place `words` open with by name ends (新疆 of 新疆规上…, 宁夏回族自治区, 江苏省), 0 where none."""
    m = _name_opening(words)
    if m is not None:
        return m.end()
    stem = _stem_at(divisions(), words, 0)
    if stem is None:
        return 0
    after = _AUTONOMOUS.match(words, len(stem))
    return after.end() if after is not None else len(stem)


_AUTONOMOUS = re.compile(r"(?:维吾尔|回族|壮族)?自治区")


def _named_level(words: str) -> int:
    """The level of the whole place (topic.whole_of: 金州市, 2, as its page's 全市) that `words` open with by its
    name, -1 where they open with none."""
    m = _name_opening(words)
    if m is None:
        # (海南规上工业增加值…: a province named without 省, as its own news writes it)
        table = divisions()
        stem = _stem_at(table, words, 0)
        province = next((d.name for d in table.by_stem[stem] if d.code.endswith("0000")), None) if stem else None
        # (中山力促全年工业投资增长60%: a city named without 市, as its own news writes it; the one city of the stem)
        cities = [d.name for d in table.by_stem[stem] if d.code.endswith("00") and not d.code.endswith("0000")] \
            if stem and province is None else []
        if len(cities) == 1:
            return whole_of(cities[0])
        return whole_of(province) if province is not None else -1
    return whole_of(m.group(0)) if m.group(0)[0] not in _NOT_A_NAME else -1


# A place named by its name at the start of words (金州市, 平川县, 河阳省; not 市场, 县域, 全市, 各县).
_NAME_OPENING = re.compile(r"(?:(?![的之和与及、工业开项同步重点])[\u4e00-\u9fff]){2,4}?(省|市|州|盟|县|旗)"
                           r"(?![场级民直属委政府内外长域区])")
_NOT_A_NAME = frozenset("全我本该各分新在从由对向为是其")


def _name_opening(words: str) -> re.Match[str] | None:
    """The place `words` open with by name (_NAME_OPENING), None where they open with none or with a deed before a
    level (南京获省科学技术奖: the province's prize, won by 南京, which the words may still open with by its stem)."""
    m = _NAME_OPENING.match(words)
    if m is None or a_deed_before_a_level(m.group(0)[:-1], m.group(0)):
        return None
    if _TASK_HANDED_DOWN.match(words, m.end()) is not None and not divisions().opens_with_place(words):
        return None  # (内联引资市分配任务, 技改投资省下达目标: the level's task, what is measured before it; no place)
    return m


# What a level hands down, right after the level written alone (市分配任务, 省下达年度目标).
_TASK_HANDED_DOWN = re.compile(r"分配|下达")
_COMPARED_TO_BASE = re.compile(r"高于|低于|快于|慢于|超过|高出|低出|比|较")


def _own_level_in_force(src: Source, q: Quantity, written: str) -> bool:
    """Whether the claim is of a whole place (全市…, not a gap to it) for a value whose sentence opens on that place's
    own level (市级: the city without its counties or new district) and names the whole nowhere before it."""
    found = src.tie_of.sentence((q.start, q.end)) if written.startswith("全") else None
    if found is None:
        return False
    sentence, at = found
    before = sentence[:at]
    return any(written.startswith(f"全{x}") and f"{x}级" not in written and before.lstrip().startswith(f"{x}级")
               and f"全{x}" not in before for x in "省市区县")


def _of_another_level(src: Source, q: Quantity, tie: Tie, claimed: int, park: bool, county: object) -> bool:
    """Whether the whole places (or parks) the claim, at level `claimed`, and the value's words name are not
    one: 全省 claimed for 全市's value, a city's or a county's for a park's sentence, a park's for 全市's or
    全县's value (`county`: the claim names 全县, which no park is; 全区 may be the park's own)."""
    if claimed >= 0 and tie.level >= 0 and claimed != tie.level:
        return True
    if (0 <= claimed <= 2 or county) and tie.level < 0 and not park and PARK.search(_sentence_before(src, q)):
        return True
    if _district_apart(src, q, tie, claimed, park) or _park_s_own(tie, claimed, park):
        return True
    if 0 <= claimed <= 3 and not park and tie.level >= 0 and _parks_of_whole_named(src, q, tie):
        return True
    if 0 <= claimed <= 2 and tie.level < 0 and not park and _of_a_place_within(tie, claimed):
        return True
    # (全市…增长7.9% on a park's page is not the park's, nor 全县共19家)
    county_value = tie.level == 3 and _COUNTY.search(_own_shown(tie)) is not None
    return claimed < 0 and park and (0 <= tie.level <= 2 or county_value) and not PARK.search(tie.words)


def _parks_of_whole_named(src: Source, q: Quantity, tie: Tie) -> bool:
    """Whether the value's clause, or the subject its words carry, counts the parks of a whole place (全市27个省级以上
    工业园区实现规上工业产值4816.5亿元: 全市 counts the parks, the value is theirs; 全县工业园区实现规上工业总产值
    246.8亿元，同比增长12.3%: the growth's subject carried, the parks' too)."""
    return _PARKS_OF_WHOLE.search(_clause_before(src, q)) is not None \
        or _PARKS_OF_WHOLE.search(simplified(tie.shown)) is not None


def _park_s_own(tie: Tie, claimed: int, park: bool) -> bool:
    """Whether a claim of a whole place (全县…) takes a value whose own words open with a park (the row 工业总产值 under
    其中:开发区: 开发区工业总产值, the park's own)."""
    return 0 <= claimed <= 3 and tie.level < 0 and not park and _opens_with_park(tie)


def _opens_with_park(tie: Tie) -> bool:
    """Whether the value's words open with a park (开发区工业总产值, 桐溪省级高新技术产业开发区…; …高新区规上工业总产值
    达到812亿元，增长13.5%: the growth's too): its subject, not a place a project stands in (…焦化项目在湘东工业园),
    nor a whole a share is of (…占园区的)."""
    words = _own_shown(tie)
    if not has_subject(indicator_words(words)):  # (增长13.5% after the park's level: its subject carried)
        words = simplified(tie.words)
    found = PARK.search(words)
    return found is not None and found.start() <= _PARK_OPENING and not measured(words[:found.start()]) \
        and _NOT_A_PARK_S_NAME.search(words, 0, found.start()) is None


_PARK_OPENING = 12  # (the characters of a park's name before its kind: 鹤鸣高新区, 桐溪省级高新技术产业开发区)
_NOT_A_PARK_S_NAME = re.compile(r"占|完成|实现|在|于|的|和|与|及|、|项目|企业|含|除|[（(]")  # (市级(不含高新区…)


def _of_a_place_within(tie: Tie, claimed: int) -> bool:
    """Whether the value's own words name by name only places below the whole level claimed (其中，衡水市…复工率达
    91.4% claimed for 全省: a city's value is not the province's), no park and no base of a comparison."""
    named = place_names(_BASE_PLACE.sub("", _own_shown(tie)))
    return bool(named) and not any(PARK.search(n) for n in named) and all(level_of_place(n) > claimed for n in named)


def _sentence_of_a_place_within(src: Source, value: tuple[Quantity, Tie], topic: Topic,
                                claim: tuple[int, bool], written: str) -> bool:
    """Whether the value's sentence opens, before it, on a place below the whole level the claim names (全市) as its
    subject, named by name (龙泉区规上工业增加值增长15.6%，…；完成工业投资86.2亿元), or pointed back at (该区, 该县)
    where the sentence before names one, below the page's own level too where the claim names none; none of them a
    park nor the page's own place, nor named in the claim, and no whole place named after. `claim`: the whole level
    it names, whether it names a park; `written`: its words."""
    (q, tie), (claimed, park) = value, claim
    whole = claimed if claimed >= 0 else topic.own  # (a claim naming no whole place is of the page's own)
    if whole < 0 or park or tie.level >= 0:
        return False
    itself = _PLACE_POINTER.match(simplified(_own_shown(tie)).strip())
    if itself is not None and claimed >= 0 and itself.group(1) not in _KINDS_OF_LEVEL.get(claimed, ""):
        return True  # (…，全市增长6.6%；该区工业投资增长26.8%: the clause's own 该区 is no 全市)
    before = _sentence_before(src, q)
    opening = before[:_SUBJECT_OPENING]
    named = place_names(opening)
    pointer = _PLACE_POINTER.search(opening)
    pointed = pointer is not None and not named
    if pointer is not None and pointed:
        if _POINTED_KIND.get(whole) == pointer.group(1):
            return False  # (该市 on a city's page, claimed for 全市: the page's own)
        named = _pointed_back(src, q, pointer.group(1))
        if not named and claimed >= 0 and pointer.group(1) not in _KINDS_OF_LEVEL.get(claimed, "") \
                and _WHOLE_NAMED.search(before) is None:
            return True  # (…。同期，全市…增长6.5%。该区新签约项目23个: 该区 is no 全市, whatever it points at)
    elif claimed < 0:
        return False  # (a claim naming no place, for a sentence opening on one by name: 福州115个、…, a list's items)
    # (the page's own place, its headline's, else, not pointed at, the one it names most)
    # (not where the claim names a whole level the page's own place is below: 该区 on a park's page is no 全市)
    own = (topic.names if pointed else topic.names + topic.main) if claimed < 0 else ()
    if not named or _not_the_sentence_s_place(named, before, own, written, pointed):
        return False
    return all(level_of_place(n) > whole or (pointed and PARK.search(n)) for n in named)  # (a park: below any)


def _not_the_sentence_s_place(named: list[str], before: str, own: tuple[str, ...], written: str,
                              pointed: bool) -> bool:
    """Whether the places a sentence opens on (`named`) are not one place below the claim's: a park named by name
    (not pointed back at: 高新区是…主阵地。1-9月，该区完成… is the park's), a whole place named before the value, the
    page's own (`own`), one the claim names (厦门 of 厦门市), or several (福州115个、…厦门17个, a list)."""
    return (not pointed and any(PARK.search(n) for n in named)) or _WHOLE_NAMED.search(before) is not None \
        or any(same_place(n, m) for n in named for m in own) or any(n[:2] in written for n in named) \
        or len(set(place_names(before)) | set(named)) > 1


def _pointed_back(src: Source, q: Quantity, kind: str) -> list[str]:
    """The place of kind `kind` (县 of 该县) a pointer in the value's sentence points back at: the last one named
    by name in the sentence before, else in an earlier sentence of the paragraph whose words point back at it too
    (青川县是…。今年1-9月，该县…。截至9月底，该县在建…31个: 青川县's); [] where none is named."""
    text, at = src.simplified_text(), src.view_at(q.start)
    end = max(text.rfind(ch, 0, at) for ch in f"{FULL_STOP}\n")
    while end > 0 and text[end] != "\n":
        start = start_after(text, end, f"{FULL_STOP}\n")
        sentence = text[start:end]
        # (the first: what the sentence is about, 石湾镇是全县工业第一大镇, not a place word after it)
        named = [n for n in place_names(sentence) if n.endswith(kind)][:1]
        if named:
            return named
        if f"该{kind}" not in sentence and f"全{kind}" not in sentence:
            return []  # (a sentence of another subject between: the pointer's place is not carried over it)
        end = start - 1
    return []


_KINDS_OF_LEVEL = {0: "", 1: "省", 2: "市州", 3: "县区旗"}  # (the kinds of place a whole level may be pointed at as)
_POINTED_KIND = {1: "省", 2: "市", 3: "县"}  # (the kind of place a pointer names at each whole level: 该市 of 全市)
_SUBJECT_OPENING = 16  # (how far into its sentence a subject place is named: 1-7月，该区…; 今年以来，龙泉区…)
_PLACE_POINTER = re.compile(r"(?:该|这个|此)([区县市镇]|街道)")


def _district_apart(src: Source, q: Quantity, tie: Tie, claimed: int, park: bool) -> bool:
    """Whether a claim takes a park's value for 全区's, or 全区's for a park's, where they are two: the value's
    own words name the park and its sentence 全区 or 全县 too (高新区…产值312.4亿元，占全区规上工业产值…); the
    value is in brackets right after a 全区 name (…占全区规上工业产值（375.6亿元）: the whole's)."""
    if park:
        return _BRACKETED_WHOLE.search(src.text, max(0, q.start - 24), q.start) is not None
    if claimed != 3 or tie.level >= 0 or not PARK.search(tie.words):
        return False
    found = src.tie_of.sentence((q.start, q.end))
    return found is not None and PARK.search(found[0]) is not None and _DISTRICT_WHOLE.search(found[0]) is not None


_DISTRICT_WHOLE = re.compile(r"全区|全县")
_BRACKETED_WHOLE = re.compile(r"(?:全区|全县)[^，,；;。（(]{0,16}[（(]\s*$")
_COUNTY = re.compile(r"(?<![于比较])(?:全县|我县|本县)")  # (not a comparison's base: 高于全县平均)
# The parks of a whole place, counted or graded right after it (全市27个省级以上工业园区, 全县各工业园区), not a
# park a sentence of the whole names in passing (全市以园区为主阵地, 围绕园区扩容).
_PARKS_OF_WHOLE = re.compile(r"(?:全省|全市|全县)(?:共有|现有)?(?:各类|各级|各|所有|\d+个|[一二三四五六七八九十]+个)?"
                             r"(?:国家级|省级|市级)?(?:及)?(?:以上)?(?:重点)?(?:工业|产业|经济)?"
                             r"(?:园区|开发区|高新区|经开区|产业园|工业园|集中区)")


def _whose_unsure(src: Source, c: Claim, q: Quantity, tie: Tie, claimed: int, park: bool) -> _Finding | None:
    """Where the page says the value may be another place's than the claim's: None where it says nothing."""
    compared = _BASE.search(simplified(tie.shown)) is not None
    if claimed < 0 and not compared and _read_as_above(src, c, q, tie, park):
        return _Finding(UNSURE, "subject")
    topic = src.tie_of.topic()
    if not compared and _another_s_by_turn(src, q, tie, (claimed, park)):
        return _Finding(UNSURE, "subject")
    if not compared and _of_another_below(c, tie, topic, (claimed, park)):
        return _Finding(UNSURE, "subject")
    if not compared and _sentence_of_a_place_within(src, (q, tie), topic, (claimed, park),
                                                    claimed_text((c.subject or "") + c.indicator)):
        # (龙泉区…。1-7月，该区规上工业增加值增长15.6%，…；完成工业投资86.2亿元: the district's, not 全市's)
        return _Finding(UNSURE, "subject")
    if 0 <= claimed < topic.own and tie.level < 0 and not park and not compared \
            and not place_names(simplified(tie.shown)) and claimed not in levels_named(_sentence_before(src, q)):
        # 高技术制造业增加值增长15.8% on a city's page is not 全省's (全省…增长6.7%，工业投资增长9.5% is)
        return _Finding(UNSURE, "subject")
    # (a city or province named by name, 孝感市规上工业增加值, is none of the park's; a county-level 市 neither)
    # (高于全市 names the whole a gap is to, not whose the gap is)
    named = _NAMED_PLACE.match(_BASE_PLACE.sub("", claimed_text(c.indicator))) is not None
    whole = 0 <= claimed <= 2 or (claimed < 0 and named)
    if topic.park and whole and not park and tie.level < 0 and src.of_value(_topic, q):
        return _Finding(UNSURE, "subject")  # a park's page: its values are the park's, not the city's
    return None


def _pointed_at_another(src: Source, c: Claim, q: Quantity, tie: Tie) -> bool:
    """Whether a claim names a place by name and the value's sentence opens on a pointer (该镇, 该区) that points
    back at another place (the first of its kind named in the sentence before: 桃源镇…仅次于龙泉镇。…该镇…)."""
    claimed = place_names(claimed_text((c.subject or "") + c.indicator))
    if not claimed or place_names(simplified(tie.shown)):
        return False  # (…该县…产值完成58.4亿元，其中枫桥镇完成27.9亿元: a place the value's own words name)
    opening = _sentence_before(src, q)[:_SUBJECT_OPENING]
    pointer = _PLACE_POINTER.search(opening)
    if pointer is None or place_names(opening[:pointer.start()]):
        return False
    named = _pointed_back(src, q, pointer.group(1))
    return bool(named) and not any(same_place(n, m) for n in named for m in claimed)


def _of_another_below(c: Claim, tie: Tie, topic: Topic, claim: tuple[int, bool]) -> bool:
    """Whether a claim that names no place, whole (`claim`: its level, whether it names a park) or by name, takes a
    value the page reads as another place's than its own: a county's below it, or a province's office's."""
    if claim != (-1, False) or _names_a_place(c):
        return False
    return _of_a_named_part(c, tie, topic) or _of_a_province_s_office(tie, topic)


def _of_a_province_s_office(tie: Tie, topic: Topic) -> bool:
    """Whether the value's own words open with a province's office (省经信厅公布了180家…名单, 我市15家名列其中) and name
    no place, on a page of a place below the province: the province's count, not the page's."""
    return topic.own > 1 and tie.level < 0 and _PROVINCE_S_OFFICE.match(simplified(tie.shown)) is not None


_PROVINCE_S_OFFICE = re.compile(r"省(?:经信|工信|发改|统计|商务|科技|工业和信息化|经济和信息化)?(?:厅|局|委)")


def _of_a_named_part(c: Claim, tie: Tie, topic: Topic) -> bool:
    """Whether the value's own words name by name only places below the page's own (桐溪县52.0亿元 on a city's
    page: the county's, not the page's), none of which the claim's words name without its kind (鞍山 of 鞍山市)."""
    written = claimed_text((c.subject or "") + c.indicator)
    # (a division the table knows by that name: not 年荆州 of 全年荆州地区生产总值; nor where a project stands,
    # 在城中区扩建的…项目)
    words = _own_shown(tie)
    if not has_subject(indicator_words(words)):  # (湖口县…18.6亿元，同比增长32.4%: the growth's subject carried)
        words = simplified(tie.shown)
    words = _BASE_PLACE.sub("", words)
    named = [n for at, n in place_names_at(words) if n in divisions().by_name and words[at - 1:at] not in _STANDS_IN]
    return bool(named) and topic.own >= 0 and all(level_of_place(n) > topic.own for n in named) \
        and not any(same_place(n, m) for n in named for m in topic.names + topic.main) \
        and not any(n[:-1] in written for n in named)


_STANDS_IN = frozenset("在于落到")


def _another_s_by_turn(src: Source, q: Quantity, tie: Tie, claim: tuple[int, bool]) -> bool:
    """Whether the value is another place's than the claim's by the way the page turns to it: a contrast with a
    whole place above the page's (…我省工业稳步走高，而全国是小幅回落，一季度增长14.4%: 全国's), or a park's own
    words on a whole place's page whose headline names no park (开发区工业总产值 on a county's page, claimed as
    工业总产值; a page of no whole place is the park's). `claim`: the level the claim names, whether it names a park."""
    claimed, park = claim
    topic = src.tie_of.topic()
    contrast = src.of_value(_contrasted, q)
    if claimed != contrast and 0 <= contrast < topic.own:
        return True
    return claimed < 0 and not park and (topic.whole_named or topic.level >= 0) and not topic.parks_named \
        and _opens_with_park(tie)


def _contrasted(src: Source, q: Quantity) -> int:
    """The level of a whole place the value's ；-part turns to by contrast before it (…，而全国是小幅回落，一季度增长
    14.4%), -1 where it turns to none."""
    text = src.text
    start = start_after(text, q.start, "。；;\n")
    found = last_match(_CONTRAST, simplified(text[start:q.start]))
    return level(found.group(1)) if found is not None else -1


_CONTRAST = re.compile(r"(?:而|但|然而)(全国|全省|全市)")


def _read_as_above(src: Source, c: Claim, q: Quantity, tie: Tie, park: bool) -> bool:
    """Whether the page reads a value that a claim naming no whole place takes for the page's own as a place's
    above it (the province's on a city's page)."""
    if 0 <= tie.level <= 1 and _own_value_beside(src, c, q, tie.level):
        return True  # 全省…增长7.3%，我市增长9.1%: the page's own figure is the 9.1%
    topic = src.tie_of.topic()
    if park:
        return False
    # (a park's page, its headline naming a park and no whole place, is the park's however often it quotes 全市: the
    # park is at most a district's level, so 全市, 全省 and 全国 are above it; 全区 may be the park's own)
    own = max(topic.own, PARK_LEVEL) if topic.park else topic.own
    if 0 <= tie.level < own:
        return True  # 全省…增长6.2% on a city's page: a claim naming no place is the city's
    # 从全省看，…增长7.4%，新能源汽车产量增长32.1%: the clause naming none is still the province's
    return tie.level < 0 and not _names_a_place(c) and 0 <= src.of_value(_clause_frame, q) < own


def _named_elsewhere(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """A claim naming a place by name (鹤鸣高新区…, 澜川市…) where the value is another's: the place its own
    words name, else the one its line names last before it (金渡经开区方面，…完成132.7亿元; 从全市看，…), else
    the one a short line before names (临江区工业经济运行平稳。), else the headline's."""
    # (the place a claim's subject names, else the one its indicator opens with: not 高于榆林市平均's)
    written = simplified(c.subject).strip() if c.subject else claimed_text(c.indicator)
    named = place_names_at(_BASE_PLACE.sub("", written))
    claimed = named[0][1] if named and named[0][0] <= 2 else ""
    if not claimed:
        return _another_named(src, q, written) if not named else _FINE
    if _pointed_at_another(src, c, q, tie):
        return _Finding(UNSURE, "subject")  # (桃源镇…仅次于龙泉镇。…该镇…41.3亿元 claimed for 龙泉镇)
    names, whole = _place_in_force(src, q, tie)
    # (a park named by its kind alone, 开发区…, is whichever the page is about: only a whole place refutes it)
    if names and claimed not in PARK_ALONE and not any(same_place(claimed, n) for n in names):
        return _Finding(UNSURE, "subject")
    if names and _PARK_FAMILY.get(claimed, claimed) not in {_PARK_FAMILY.get(n, n) for n in names} \
            and all(n in _PARK_FAMILY for n in [claimed, *names]):
        return _Finding(UNSURE, "subject")  # (经开区…新签约项目23个 claimed for 高新区: two parks, by kind)
    own_whole = level(claimed_text((c.subject or "") + c.indicator))  # (全省工业园区…: the province's parks)
    if not names and whole >= 0 and whole not in (whole_of(claimed), own_whole):
        return _Finding(UNSURE, "subject")
    # (全市工业园区, the parks of the whole named by their kind, are no part a sentence names after its whole's value)
    if not names and whole >= 0 and claimed not in PARK_ALONE and _named_as_part(src, q, claimed):
        return _Finding(WRONG, "subject")  # 全县…88家，其中青岩县21家: 88 is no 青岩县's, whatever 全县 may be
    return _FINE


# Parks named by their kind alone, as one kind of park (经开区 is 经济技术开发区; 高新区 no 经开区).
_PARK_FAMILY = {"经开区": "经开区", "经济开发区": "经开区", "经济技术开发区": "经开区", "高新区": "高新区",
                "高新技术产业开发区": "高新区"}


def _named_as_part(src: Source, q: Quantity, place: str) -> bool:
    """Whether `q`'s sentence names `place` after it, as one of the parts its whole breaks down into."""
    found = src.tie_of.sentence((q.start, q.end))
    return found is not None and place in found[0][found[1]:]


def _another_named(src: Source, q: Quantity, written: str = "") -> _Finding:
    """A claim naming no place by name (全省规上工业增加值, 签约项目) for a value whose own clause opens with a
    place of the division table, or a park named after one, that is not the page's (哈尔滨市：…增长6.7% on the
    province's bulletin; 益阳高新区签约项目7个 on the city's page): the value is that place's."""
    opening = src.of_value(_own_opening_place, q)
    if not opening or _named_without_kind(opening, written):
        return _FINE  # (沈阳规上工业增加值 claimed for 沈阳市规上工业增加值…: the place named without its kind)
    topic = src.tie_of.topic()
    if topic.main and not any(same_place(opening, p) for p in topic.main):
        return _Finding(UNSURE, "subject")
    # (a page naming no place of its own by name: 湖北省 or 平江县 on a page that calls itself 我市 is another's; a
    # park named after a place may be the page's own)
    if not topic.main and topic.own >= 0 and level_of_place(opening) != topic.own and not PARK.search(opening):
        return _Finding(UNSURE, "subject")
    return _FINE


def _own_opening_place(src: Source, q: Quantity) -> str:
    """The place of the division table (or a park named after one) that the value's own clause, or its line's
    label, opens with, after a period it opens with; "" where it opens with none. (Read once per value:
    Source.of_value.)"""
    tie = src.tie_of.get((q.start, q.end))
    words = _ENUMERATION.sub("", _own_shown(tie)) if tie is not None else ""
    label = line_label(src.tie_of.paragraph_before((q.start, q.end)))
    if label:  # (1.哈尔滨市：规上工业增加值增长6.7%: the line's label names whose it is)
        words = label
    opening_period = periods_in(words)[:1]
    if opening_period and opening_period[0][0] == 0:  # (前三季度湖北省规上工业增加值…: the place after the period)
        words = words[opening_period[0][1]:]
    return _opening_place(words, words)


def _named_without_kind(place: str, written: str) -> bool:
    """Whether a claim's words (`written`) open with `place` (as place_names reads it: 沈阳市, 多斯市) written
    without its kind (沈阳, 鄂尔多斯)."""
    name = _KIND_OF_PLACE.sub("", place)
    return len(name) >= 2 and written.find(name) in range(0, 3)


_PLACE_KIND_CHARS = "省市州县区盟旗"  # (what a place's name ends in, one character; and 自治州, 自治区)
_KIND_OF_PLACE = re.compile(rf"(?:自治州|自治区|[{_PLACE_KIND_CHARS}])$")
_ENUMERATION = re.compile(r"^[\s\d.．、）)（(]+")  # (1.哈尔滨市, （2）…: a list's numbering)


def _place_in_force(src: Source, q: Quantity, tie: Tie) -> tuple[list[str], int]:
    """The places named by name a value is read under, or the level of the whole place (全市: 2), ([], -1)
    when nothing before it names one."""
    own = place_names(_BASE_PLACE.sub("", simplified(tie.shown)))
    if own:
        return own, -1
    stem = divisions().by_stem.get(simplified(_own_shown(tie)).strip(), [])
    if stem:
        return [d.name for d in stem], -1  # (沈阳市新开工项目200个，大连256个: a row's place named without its kind)
    line, above = src.tie_of.lines_before((q.start, q.end))
    for words in (line, above if len(above.strip()) <= _HEADING_LINE and not _AMOUNT.search(above) else ""):
        words = _RANK_FIELD.sub("", _BASE_PLACE.sub("", words))
        names = place_names_at(words)
        wholes = [m.start() for m in _WHOLE_NAMED.finditer(words)]
        if names or wholes:
            if names and (not wholes or names[-1][0] > wholes[-1]):
                return [names[-1][1]], -1
            return [], level(words[wholes[-1]:])
    return list(src.tie_of.topic().names), -1


_PLACE_WORDS = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:市|县|区|州|旗|镇)")  # (石家庄市 of 石家庄市增长)
# The field a rank is held in (增速居济南市第二位, 主要指标增速居威海市前列, 列全省开发区首位): a place named there is
# where the value's owner ranks, not the owner, as a comparison's base is none.
_RANK_FIELD = re.compile(r"(?:位居|位列|稳居|居于|排名|排在|名列|跻身|居(?![民住家])|列(?![入为出表举支]))"
                         r"[^，,；;。第]{1,12}?"
                         r"(?:第[一二三四五六七八九十\d]+|前列|前茅|首位|榜首|前[一二三四五六七八九十\d]+)")
_HEADING_LINE = 40  # a line this short with no amount is a heading the lines under it are read under
_AMOUNT = re.compile(r"\d\s*(?:%|亿|万|个|家|项|元|吨)")
# (not a whole an appositive names: 城东街道是全区工业主阵地, 高新区作为全市工业主战场)
_WHOLE_NAMED = re.compile(r"(?<![于比较对占居是为])"
                          r"(?:全国|全省|我省|本省|全市|我市|本市|全州|全区|我区|本区|全县|我县|本县)")


def _bracketed(src: Source, q: Quantity) -> tuple[str | None, int]:
    """What brackets in `q`'s sentence say of whose it is: the place a value in brackets is of, where the brackets
    open with it or follow a comparison's base with it (高于全区（8.2%）, 增长10.2%（全市9.4%）: 全区, 全市), else
    None; and the level of the whole place whose value brackets right after `q` give (增长10.2%（全市9.4%）: 全市, so
    the 10.2% is not 全市's), else -1. (Read once per value: Source.of_value.)"""
    found = src.tie_of.sentence((q.start, q.end))
    if found is None:
        return None, -1
    sentence, at = found
    base = _BASE_BRACKET.search(sentence, 0, at) or _PLACE_BRACKET.search(sentence, 0, at)
    # (the value's length in the reading, not on the page: 128.6億(yì)元 is 128.6亿元 there)
    end = at + src.view_at(q.end) - src.view_at(q.start)
    if base is None and _BASE_AVERAGE_AFTER.match(sentence, end):
        # (高于全国6.1%的平均水平0.6个百分点: a value between the base it is compared with and 的平均水平 is that
        # base's)
        base = _BASE_INLINE_PLACE.search(sentence, 0, at)
    if base is None and _GAP_AFTER_BASE_VALUE.match(sentence, end):
        # (比全省平均水平10.2%快3.4个百分点: a value right after the base and its average, before how much faster)
        base = _BASE_AVERAGE_BEFORE.search(sentence, 0, at)
    after = _PLACE_BRACKET_AFTER.match(sentence, end)
    return (base.group(1) if base else None), (level(after.group(1)) if after else -1)


def _own_value_beside(src: Source, c: Claim, q: Quantity, above: int) -> bool:
    """Whether `q`'s sentence also gives a value of the claim's units to a level below `above` (我市, 全市
    after 全省): the page is that place's, and a claim that names no place is about it, not the province."""
    sentence = src.tie_of.sentence_start((q.start, q.end))
    for r, t in src.tied(c).near:
        if r is not q and t.level > above and max(r.end, q.end) - min(r.start, q.start) <= _BESIDE \
                and src.tie_of.sentence_start((r.start, r.end)) == sentence:
            return True
    return False


_BESIDE = 120  # how far apart two values of one sentence may be
# A province or city a claimed indicator opens with (孝感市规上工业增加值), not 城市/超市, 市场 or 省级.
_NAMED_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}?(省|市)(?![场民区级内外属直委政])")


def _opening_place(words: str, scanned: str) -> str:
    """The place `words` open with by name (read from `scanned`, their opening), where the division table knows
    it (哈尔滨市…, or a park named after one: 益阳高新区…); "" where they open with none. (黑龙江省 is read as 龙江省
    at 1: a name may start up to 3 characters in.)"""
    opening = [n for at, n in place_names_at(scanned) if at <= 3]
    return opening[0] if opening and divisions().opens_with_place(words) else ""


def _names_a_place(c: Claim) -> bool:
    """Whether the claim's subject or indicator names a place by name (湖北省规上工业增加值, 银川市), not only
    one compared with (高于榆林市平均)."""
    return bool(place_names(_BASE_PLACE.sub("", claimed_text((c.subject or "") + c.indicator))))


def _clause_frame(src: Source, q: Quantity) -> int:
    """The level of the whole place the last clause of `q`'s sentence before it that opens with one names
    (从全省看，…; 全省…，; 湖北省…, not the page's own), which the clauses after it that name none are read
    under; -1 when no clause before it opens with one. (Read once per value: Source.of_value.)"""
    frames = src.clause_frames
    for clause in reversed(_CLAUSE_SPLIT.split(_sentence_before(src, q))):  # (the last that opens with one speaks)
        if clause not in frames:
            frames[clause] = _frame_opened(src, clause)
        found = frames[clause]
        if found is not None:
            return found
    return -1


def _frame_opened(src: Source, clause: str) -> int | None:
    """The level of the whole place a clause opens with (see `_clause_frame`), None where it opens with none: read
    once per clause of a page, however many values after it ask."""
    clause = _FRAME_OPENING.sub("", clause)
    period = periods_in(clause)[:1]
    if period and period[0][0] == 0:
        clause = clause[period[0][1]:]
    whole = _WHOLE_OPENING.match(clause)
    if whole and clause[whole.end():].strip():  # (全省 alone: what is left of 全省领先, a comparison)
        return level(whole.group(0))
    named = _opening_place(clause, clause[:_PARK_NAME_OPENING])
    if named and not any(same_place(named, p) for p in src.tie_of.topic().main):
        return whole_of(named)
    return None


# (and a full stop typed as . between two Han characters: …总产值334.8亿元.我县获评…)
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]|(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
_FRAME_OPENING = re.compile(r"^\s*(?:而|但|同时|从|就)?")
_WHOLE_OPENING = re.compile(r"(?:全国|全省|我省|本省|全市|我市|本市|全州|全区|我区|本区|全县|我县|本县)"
                            r"(?![第首前排唯领率列居])")
# How much of a clause's opening is read for a place it opens with: as far as a park's full name (up to 4
# characters of its place, then its kind, up to 高新技术产业开发区's 9, from up to 3 in), so that
# 郑州高新技术产业开发区… is the park, not a place read from a cut-off 郑州高新技术产业 (郑州: a name that ends
# in 州, a prefecture's kind)
_PARK_NAME_OPENING = 16


def _clause_before(src: Source, q: Quantity) -> str:
    """The words of `q`'s own clause before it, comparisons' bases left out."""
    return _CLAUSE_SPLIT.split(_sentence_before(src, q))[-1]


def _sentence_before(src: Source, q: Quantity) -> str:
    """The words of `q`'s full sentence before it (across its ；-parts), comparisons' bases left out."""
    found = src.tie_of.sentence((q.start, q.end))
    return _BASE_PLACE.sub("", found[0][:found[1]]) if found is not None else ""


# (and the whole a share is taken of, 占西宁市固定资产投资比重: no owner of the value, as a base is none; not 占地,
# 占用)
_BASE_PLACE = re.compile(rf"(?:{_COMPARING}|占(?![地用有]))[^，,；;。]{{0,12}}")


# (the average of the place compared with, written or not: 比全省平均水平（21%）, 高于全国平均水平31.7%)
_AVERAGE_OF = "(?:平均水平|平均增速|平均增幅|平均|水平)?"
# (and each base of a list of them, 分别高于全省（6.1%）、全市（7.4%）: the 7.4% is 全市's)
_BASE_BRACKET = re.compile(rf"(?:{_COMPARING})(?:(?:{_WHOLE_PLACES}){_AVERAGE_OF}[（(][^（()）]{{1,12}}[）)]、)*"
                           rf"({_WHOLE_PLACES}|[^，,；;。（(]{{2,8}}?[省市县区州]){_AVERAGE_OF}[（(]$")
# A bracket that opens with a whole place and gives its value (（全市9.4%）), read before the value and after the one
# outside it.
# (（全国增长3.8%）: the whole place's growth, said with its verb)
_PLACE_OPENING = rf"[（(]({_WHOLE_PLACES})(?:平均水平|平均|为|是|[:：]|同比增长|增长|增速为?|下降)?"
_PLACE_BRACKET = re.compile(_PLACE_OPENING + "$")
_BASE_INLINE_PLACE = re.compile(rf"(?:{_COMPARING})({_WHOLE_PLACES})$")
_BASE_AVERAGE_AFTER = re.compile(r"的?(?:平均水平|平均增速|平均增幅|平均)")
_BASE_AVERAGE_BEFORE = re.compile(rf"(?:{_COMPARING})({_WHOLE_PLACES})(?:平均水平|平均增速|平均增幅|平均)(?:的)?$")
_GAP_AFTER_BASE_VALUE = re.compile(r"(?:快|慢|高|低|多|少)(?:出)?[\d.]+")
_PLACE_BRACKET_AFTER = re.compile(r"\s*" + _PLACE_OPENING + r"[\d.]")




# Words before a place that make it what a value is compared with (高于全市, 比长沙市平均水平, 较全省).
_COMPARED_WITH = re.compile(rf"(?:{_COMPARING}|与)(?:[^，,。；;]{{1,8}}[、和及])?$")


# The investment statistics these pages report apart, most specific first (工业技改投资 is 技改; 工业固定资产投资
# is 工业投资, as these pages shorten it; 固定资产投资 alone is all of it).
_INVESTMENTS = (("技改", re.compile(r"技改|技术改造")), ("基础设施", re.compile(r"基础设施")),
                ("民间", re.compile(r"民间投资")), ("房地产", re.compile(r"房地产开发投资")),
                ("制造业", re.compile(r"制造业投资")),
                ("工业", re.compile(r"工业(?:固定资产)?投资")), ("固定资产", re.compile(r"固定资产投资")))


def _investment(words: str) -> str:
    """Which investment statistic `words` name, "" when they name none (完成投资 names none)."""
    words = _COMPARED_PART.sub("", words)  # (技改投资增速高出工业投资增幅: 工业投资 is the base compared with)
    return next((name for name, rx in _INVESTMENTS if rx.search(words)), "") if "投资" in words else ""


_COMPARED_PART = re.compile(rf"(?:{_COMPARING}|占)[^，,；;。]{{0,12}}")  # (占工业投资的


def _only_compared(src: Source, c: Claim, q: Quantity) -> _Finding:
    """A claimed subject that the value's sentence names only as what it is compared with (园区…增长8.9%，
    高于全市1.6个百分点 claimed for 全市; 我市…增速高于长沙市平均水平 claimed for 长沙市): not its value."""
    subject = simplified(c.subject).strip() if c.subject else ""
    found = src.tie_of.sentence((q.start, q.end)) if len(subject) >= 2 else None
    if found is None:
        return _FINE
    sentence = found[0]
    at = [m.start() for m in re.finditer(re.escape(subject), sentence)]
    if at and all(_COMPARED_WITH.search(sentence, max(0, a - 12), a) for a in at):
        return _Finding(WRONG, "subject")
    return _FINE


def _opening_place_end(words: str) -> int:
    """Where the place `words` open with by name ends (广东 of 广东居民…, 宁波市 of 宁波市规上工业…), 0 where they open
    with none or nothing of two characters is left after it; not a park (东湖高新区 of 东湖高新区规上工业…, which
    tells a part of its place apart)."""
    named = [at + len(name) for at, name in place_names_at(words) if at == 0 and not PARK.search(name)]
    stem = _stem_at(divisions(), words, 0)
    end = named[0] if named else len(stem) if stem is not None else 0
    return end if len(words) - end >= 2 else 0


# Words before a subject that qualify nothing here (a count's unit, a frame, a verb left in: 户 of 60户工业龙头企业,
# 方面, 来自, 企业 of 规上工业企业…实现产值; 规上, whose leaving out `_above_scale_left_out` reads).
# (and an amount's unit left by its number, not a size class's: 万吨 of 年产20万吨, 亿元 of 突破3200亿元（计划增长8%）;
# not 十亿元 of 十亿元企业)
_NO_QUALIFIER = re.compile(r"[年月个家户项宗中其已共有另等是了的]|规上|方面|来自|主要|企业|实现|完成|累计|达到|"
                           r"一批|代表|[十百千万亿]*(?:元|吨|千瓦|千瓦时|平方米|亩|辆|台|套|件|人)(?!企业|项目|以上|级)")


def _a_place(run: str) -> bool:
    """Whether a run of words names a place (鸡西市, 城东街道, 全州); not a park (“一区四园” of 全县“一区四园”实现…，
    占全县…: the parks tell a part of the county apart)."""
    core = _NO_QUALIFIER.sub("", run)
    return level(core) >= 0 or (bool(core) and "".join(place_names(core)) == core)


# Whom a value is compared with: 高于全省, 比全国, 快于全市平均.
_BASE = re.compile(rf"(?:{_COMPARING})({_WHOLE_PLACES})")
# A whole place named as the field a rank or a share is in (保持全市前列, 位居全省第一, 占全市的), not as whose a
# value is.
_RANKED = re.compile(rf"(?:保持|位居|位列|稳居|居于|排名|排在|名列|占)(?:{_WHOLE_PLACES})")


def _topic(src: Source, q: Quantity) -> frozenset[str]:
    """The pairs of the page's headline where `q` is read under it: not where its words, or its paragraph
    before it, name a whole place the headline does not (同期，全市…增长7.9% on a park's page is the city's).
    (Read once per value: Source.of_value.)"""
    topic = src.tie_of.topic()
    tie = src.tie_of.get((q.start, q.end))
    if tie is None or not topic.pairs or tie.level not in (-1, topic.level):
        return frozenset()
    before = level(_RANKED.sub("", _BASE_PLACE.sub("", src.tie_of.paragraph_before((q.start, q.end)))))
    if before not in (-1, topic.level):
        return frozenset()
    # (a value whose own words name no measure, 石家庄市 8.1 under …各市规模以上工业增加值增速, is of what the
    # headline measures; one that names its own, 全市汽车产量 under 新能源汽车产业…, takes only its places)
    measures = _HOW_WORDS.sub("", _PLACE_WORDS.sub("", indicator_words(tie.words)))
    return topic.pairs if has_subject(measures) or tie.head or tie.elided else topic.pairs | topic.words


def _stem_at(table: Divisions, text: str, at: int) -> str | None:
    """The stem of a division (聊城 of 聊城市) written at `at` in `text` with no kind after it, or None."""
    for k in (4, 3, 2):
        stem = text[at:at + k]
        if len(stem) == k and stem in table.by_stem and not _KIND_AFTER.match(text, at + k):
            return stem
    return None


_KIND_AFTER = re.compile(f"[{_PLACE_KIND_CHARS}]")
