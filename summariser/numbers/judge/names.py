"""The claimed indicator's own name: whether it names anything a reader could check the value by (names_nothing,
a lone word, a measure alone, ruby or mojibake, two names glued, a word that points back), the pairs of what it
names, and a label or modifier of the source's that the claim takes for the value's own name."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...core.simplify import simplified
from ..attribution import ONE_CHARACTER_PRODUCTS, PAIR_POINTER, Tie, bigrams, blank, indicator_words, measures_in
from ..claims import Claim
from ..periods import periods_in
from ..quantities import Quantity
from ..source import Source, Tied, compact
from ..spans import start_after
from ..topic import PARK, place_names_at
from .text import _FINE, _RARE, UNSURE, WRONG, _Finding, _naming_pairs_of, _own_shown, _pairs_of, claimed_text


def _own_name_s_figure(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether the value is the figure the claimed indicator itself names, where the source writes it so (15 of
    15个主平台累计承接产业转移项目775个 claimed for 15个主平台累计承接…项目): a figure in the words of what is counted
    counts those, not the claimed measure."""
    figure = simplified(compact(q.raw))
    written = claimed_text(c.indicator)
    at = written.find(figure)
    if at < 0 or (at > 0 and written[at - 1].isdigit()):
        return _counts_the_modifier(src, c, q)
    follows = indicator_words(written[at + len(figure):])[:2]
    end = src.view_at(q.end)
    return len(follows) == 2 and indicator_words(src.simplified_text()[end:end + 8]).startswith(follows)


def _counts_the_modifier(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether a count written before its noun is claimed for the longer name that noun opens, which the next count
    of its clause measures (15个主平台累计承接产业转移项目238个 claimed as 主平台承接产业转移项目 15): 15 counts
    the 主平台, 238 the projects."""
    if q.unit_class != "count":
        return False
    i = bisect.bisect_right(src.quantities, q.start, key=lambda r: r.start)
    nxt = src.quantities[i] if i < len(src.quantities) else None
    if nxt is None or nxt.unit_class != "count" or nxt.unit != q.unit:
        return False
    text = src.simplified_text()
    between = text[src.view_at(q.end):src.view_at(nxt.start)]
    if _CLAUSE_STOP.search(between) or _LISTED_ITEMS.search(between):
        return False
    written, words = indicator_words(claimed_text(c.indicator)), indicator_words(between)
    # (the claim opens on the noun the count is written before, and ends on the words the next count closes)
    # (or names only what the verb after the noun brings: 累计承接产业转移项目 for the 15 主平台)
    return len(written) > 4 and words.endswith(written[-2:]) and not words.startswith(written[-2:])


_CLAUSE_STOP = re.compile(r"[，,；;。：:！!？?\n（()）]")  # (and a bracket: 40家(超亿元企业9家), a part inside it)
# (5个省重点项目、9个市重点项目和14个…项目: a list of counts, each its noun's)
_LISTED_ITEMS = re.compile(r"[、和及与]")


def _bracket_label_claimed(src: Source, c: Claim, q: Quantity, tie: Tie) -> _Finding:
    """A claim that names a label the note in brackets right after the value gives a value of its own (省级 of
    建设项目27项（省级6项、市级5项、县级16项）; 任务数 of 引进企业21家（任务数18家）), which the value's own words
    lack: the claim is of the bracketed value, a part of the value or the goal it is held to, not of the value.
    Misattributed to the bracketed value where it is of the claim's unit, left open where it is not."""
    if not c.indicator:
        return _FINE
    text, at = src.simplified_text(), src.view_at(q.end)
    note = _NOTE_AFTER.match(text, at)
    if note is None:
        return _FINE
    claimed = bigrams(indicator_words(claimed_text(c.indicator)))
    # (the words shown for the value may carry the note itself, or its start: 引进优强企业…（任务数18家）,
    # 粮食总产量…（夏粮18.3万吨)
    own = bigrams(indicator_words(simplified(_OPENING.split(tie.shown, maxsplit=1)[0])))
    best, label = 0.5, None  # (the label the claim holds the most of, at least half its telling pairs: 省级专精特新
    for m in _LABELLED.finditer(note.group(1)):  # 企业 among 国家级专精特新企业31家、省级专精特新企业142家)
        telling = bigrams(_LABEL_LEAD.sub("", m.group(1))) - own
        held = len(telling & claimed) / len(telling) if telling else 0.0
        if held > best - 1e-9 and (label is None or held > best):
            best, label = held, m
    if label is None:
        return _FINE
    a = at + 1 + label.end(1)  # (the labelled value's place in the view)
    rival = next((r for r in src.starting_in(q.end, q.end + 2 * len(note.group(0)) + 8) if src.view_at(r.start) == a),
                 None)
    same = rival is not None and rival.unit_class == q.unit_class
    return _Finding(WRONG, "indicator", rival) if same else _Finding(UNSURE, "indicator")


# A note in brackets right after a value, with a number in it (（省级6项、市级5项）, （任务数18家）); not one inside
# another (the view has no ruby: 項(xiàng) is 项).
_NOTE_AFTER = re.compile(r"[（(]([^（）()]{0,60}?\d[^（）()]{0,60}?)[）)]")
# A label and the value it gives in such a note: two Han characters or more right before the number (省级 of 省级6项,
# 上饶下达任务 of 上饶下达任务27家), a verb of being between them allowed (任务数为18家).
_LABELLED = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:为|达|是)?(?=[\d.]+)")
_OPENING = re.compile(r"[（(]")
_LABEL_LEAD = re.compile(r"^(?:其中|含|包括)")  # (its part's label is 省级 in （其中省级6项）)


# The words that compare a value with another's (高于全市, 比长沙市平均水平, 较全省, 领先全国): one list for each
# reading of what is compared with, so that none knows a word the others do not.
_COMPARING = r"高于|低于|高出|低出|快于|慢于|超过|超出|领先|落后于?|比|较"


# (a comparing word, the place compared with, an opening bracket, then the value)
_WHOLE_PLACES = "全国|全省|全市|全区|全县|全州"  # a place named whole, as a comparison's base names it


_ABOVE_SCALE = re.compile(r"规上|规模以上|规模工业")


@lru_cache(maxsize=4096)
def names_nothing(indicator: str) -> bool:
    """Whether a claimed indicator names nothing but how a value moved or what it is compared with, whose it
    is (鸡泽县, 高出全省) or that it was done (完成): no measure a reader could check it by."""
    written = _NOT_A_WORD.sub("", claimed_text(indicator))
    if _PERIOD_WORDS.fullmatch(written):
        return True  # (a period alone is none either: 一季度 for 一季度-27.1%, the quarter's growth of the list's)
    # (国家级开发区17个 counts parks: 开发区 is what is counted)
    words = _without_places(_NAMING_NOTHING.sub("", written), keep_parks=True)
    # (a verb whose object the claim cuts off, what was admitted to which list: 项目列入, 企业入围; and a pull with
    # neither side, 拉动: the name is the object the page writes after it)
    # (and the month or quarter the page reports, with how a value moved: 当月增速; a base compared with is a
    # name, 增速比上半年)
    if _OBJECT_CUT.fullmatch(_FUNCTION_WORDS.sub("", words)) or _THIS_STRETCH.fullmatch(words):
        return True
    # (particles and words that only lead to an amount, 可按2%, 比…的…提高了: no name either)
    # (纱产量 names the product 纱: a release's one-character product, numbers/attribution/words.has_subject)
    rest = _FUNCTION_WORDS.sub("", _DONE_ALONE.sub("", _WHOLE_PLACE.sub("", words)))
    return len(rest) < 2 and rest not in ONE_CHARACTER_PRODUCTS


_THIS_STRETCH = re.compile(r"当月|本月|单月|当季|本季度?")
_OBJECT_CUT = re.compile(r"(?:项目|企业|产品|单位|园区)?(?:获批|列入|纳入|入围|入选|获评|评为|认定为?|进入)|拉动")


def _says_not_whose(c: Claim, tie: Tie | None) -> bool:
    """Whether a claimed indicator gives no words a reader could check whose the value is by: none at all (")",
    "县", "分别回升"), a pointer (前者…), a share with its part left out, or a bare measure (产值 for
    汽车零部件产业产值213.7亿元: whose it is, the value's own words say and the claim does not)."""
    return names_nothing(c.indicator) or _pointer_for_name(c.indicator) or _two_names_glued(c.indicator) \
        or (not c.subject and _share_of_its_own_whole(c.indicator)) \
        or (tie is not None and (_measure_alone(c.indicator, tie) or _count_by_a_lone_word(c, tie)))


def _count_by_a_lone_word(c: Claim, tie: Tie) -> bool:
    """Whether a count is claimed by one bare word, the thing counted (项目, 企业数) or the park it is counted in
    (园区), where the value's own words name which of them it counts (甲、乙等27个项目实现达产达效; 园区90户规上企业):
    a page counts projects and firms by stage, deed and class, and the bare word says not which; a reader takes
    it for the page's whole count. Not where the value's own words are that word alone (项目25个)."""
    # (a class by size names which: 5—10亿元项目, its figures not read as words)
    if c.subject or c.unit not in _COUNT_UNITS or _DIGIT.search(c.indicator):
        return False
    words = _WHOLE_PLACE.sub("", _bare_claimed(c.indicator))
    lone = _LONE_COUNTED.fullmatch(words)
    if lone is None:
        return False
    # (the words the value is read under, the park before it and the firms after it both: 园区规上企业; not where
    # they say only that the thing was done or where, 全区共有项目25个, 实施项目25个)
    rest = _DONE_ALONE.sub("", _WHOLE_PLACE.sub("", _PERIOD_WORDS.sub("", tie.words.replace(lone.group(1), "", 1))))
    return len(rest) >= 2


def _bare_claimed(indicator: str) -> str:
    """A claimed indicator's words without what names nothing and the periods it writes (全部, 的, 1-9月): what it
    names, as `_count_by_a_lone_word` and `_outlay_of_unnamed_projects` compare it whole."""
    return _PERIOD_WORDS.sub("", _NAMING_NOTHING.sub("", _NOT_A_WORD.sub("", claimed_text(indicator))))


_COUNT_UNITS = frozenset("个项家户")
_DIGIT = re.compile(r"[0-9０-９]")
# (the thing a count counts, or the park it counts in, with the words that only say it is a count)
_LONE_COUNTED = re.compile(r"(项目|企业|工程|园区|开发区|高新区|经开区|工业园|产业园)(?:个数|数量|总数|户数|家数|数)?")


def _names_too_little(src: Source, c: Claim, q: Quantity, tie: Tie | None) -> bool:
    """Whether a claimed indicator gives a reader too little to check it by: not whose (see `_says_not_whose`), garbled,
    or a roster's outlay with the roster left out (see `_outlay_of_unnamed_projects`)."""
    return _says_not_whose(c, tie) or _garbled(c.indicator) or _outlay_of_unnamed_projects(src, c, q)


def _outlay_of_unnamed_projects(src: Source, c: Claim, q: Quantity) -> bool:
    """Whether a claimed indicator names an amount invested by the outlay alone (总投资, 完成投资, 年度计划投资,
    累计完成投资) where the value's sentence, and the one before it, speak of projects more than once (安排重点建设项目
    …项（打包项目…），项目总投资…，年度投资计划…亿元): such an outlay is always some projects' (a roster's, a class's, a
    stage's), the page gives outlays to several, and the claim says not whose: a reader learns nothing true."""
    if c.subject:
        return False
    if _OUTLAY_ALONE.fullmatch(_bare_claimed(c.indicator)) is None:
        return False
    found = src.tie_of.sentence((q.start, q.end))
    if found is None:
        return False
    # (the sentence's start, in the reading's offsets as the sentence's are: a page with ruby has fewer characters)
    before = src.simplified_text()[:src.view_at(q.start) - found[1]].rstrip(_SENTENCE_ENDS + " \u3000")
    last = start_after(before, len(before), _SENTENCE_ENDS)  # (the sentence before, across a paragraph's break)
    # (projects spoken of more than once: several rosters or classes, each with outlays of its own; a sentence on one
    # roster, 谋划重点工业项目120个，计划总投资560亿元，年度计划投资210亿元, gives its outlays to none but it)
    # (a slogan or a campaign in quotes, 坚持“项目为王”, “项目攻坚年”行动, speaks of no roster: 坚持“项目为王”，
    # 全镇共实施重点项目12个，总投资38.6亿元 gives its outlays to the one roster it counts)
    spoken = _QUOTED_WORDS.sub("", before[last:] + found[0][:found[1]])
    return len(_PROJECTS.findall(spoken)) >= 2


_QUOTED_WORDS = re.compile(r"“[^“”\n]{0,20}”")
# An amount invested named by the outlay alone, with no more than what was done or planned with it, and when.
_OUTLAY_ALONE = re.compile(r"(?:累计|已|实际|共|合计|共计|年度|当年|全年|本年)*(?:完成|计划|概算|估算|预计)?"
                           r"(?:年度|当年)?(?:计划)?总?投资(?:总额|额|计划|总量)?")
_PROJECTS = re.compile(r"项目|工程")
_SENTENCE_ENDS = "。！？!?\n"


@lru_cache(maxsize=4096)
def _two_names_glued(indicator: str) -> bool:
    """Whether a claimed indicator runs two clauses' names into one, the names of two values: a count's and then an
    amount's (累计项目数累计投资额, of 项目数、投资额分别为…), a share's and then a growth's (占全市规上工业比重增速, of
    比重为56.0%，同比增长8.7%), or two comparisons with no name after them (增速与去年同期相比加快增速高于全省平均水平;
    not 增幅提高或降幅收窄的千亿产业, a count of what did either): which of the two the value is, it does not say."""
    written = claimed_text(indicator)
    count = _COUNT_NAME.search(written)
    if count is not None and _AMOUNT_NAME.search(written, count.end()):
        return True
    compared = list(_TWO_COMPARED.finditer(written))
    return _SHARE_S_RATE.search(written) is not None \
        or (len(compared) >= 2 and "的" not in written[compared[-1].end():])


_COUNT_NAME = re.compile(r"项目数|企业数|个数|家数")
_AMOUNT_NAME = re.compile(r"投资额|产值|金额|总额|增加值|营业收入|税收")
_SHARE_S_RATE = re.compile(r"(?:比重|占比)的?(?:增速|增幅)")
_TWO_COMPARED = re.compile(r"加快|放缓|回落|提高|提升|收窄|扩大|高于|低于|快于|慢于|高出|低出|超出|超过")


def _garbled(indicator: str) -> bool:
    """Whether a claimed indicator holds what is left of a page's ruby or mojibake (xì)饧八纳a(chǎn)和供应业): a
    pinyin syllable with its tone mark, or a bracket it never opened; a reader cannot tell what it names."""
    written = claimed_text(indicator)  # (ruby after a character, 工業(yè), is the page's and is read away)
    if _TONED.search(written) is not None:
        return True
    depth = 0
    for ch in written:
        depth += (ch in "(（") - (ch in ")）")
        if depth < 0:
            return True
    return False


_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


_FUNCTION_WORDS = re.compile(r"^(?:可按|按照|依照|可以|能够)$|[的了]")


def _pointer_for_name(indicator: str) -> bool:
    """Whether a claimed indicator names whose it is by a word that points back (前者在年产值, 后者累计引进项目: of two
    things the page named before): the name is in the page, not in the claim, and a reader cannot check it."""
    return PAIR_POINTER.search(claimed_text(indicator)) is not None


def _share_of_its_own_whole(indicator: str) -> bool:
    """Whether a claimed indicator frames a share (A占B) whose A names nothing B does not but a measure
    (规上工业增加值占全部规上工业增加值的, 增加值占规模以上工业): a part's share with the part left out, which the
    page names before the clause (“三新两特一大”产业…，规上工业增加值占全部规上工业增加值的67.5%)."""
    words = indicator_words(claimed_text(indicator))
    m = _SHARE_FRAME.fullmatch(words)
    if m is None:
        return False
    part, whole = m.group(1), _WHOLE_LEAD.sub("", m.group(2))
    if len(whole) < 2:
        return False
    rest = part.replace(whole, "") if whole in part else part
    return len(_strip(rest, measures_in(rest))) < 2


_SHARE_FRAME = re.compile(r"(.+?)占(.+?)(?:的)?(?:比重|比例|份额|占比)?(?:增速|增长|增幅)?")
_WHOLE_LEAD = re.compile(r"^(?:全部|全市|全省|全县|全区|全国)")


def _without_places(words: str, keep_parks: bool) -> str:
    """`words` without the places they name by name (parks kept where `keep_parks`)."""
    for at, name in sorted(place_names_at(words), reverse=True):
        if not (keep_parks and PARK.search(name)):
            words = words[:at] + words[at + len(name):]
    return words


def _measure_alone(indicator: str, tie: Tie) -> bool:
    """Whether a claimed indicator names a measure alone (产值, 总投资) where the value's own words, right before it,
    name whose it is (汽车零部件产业产值213.7亿元): a reader takes the claim for the page's whole."""
    words = _NAMING_NOTHING.sub("", _NOT_A_WORD.sub("", claimed_text(indicator)))
    heads = measures_in(words)
    if not heads or len(_DONE_ALONE.sub("", _WHOLE_PLACE.sub("", _strip(words, heads)))) >= 2:
        return False  # (工业投资, 全市规上工业产值: whose it is)
    shown = _own_shown(tie)  # (上半年全省完成发电量: a period says nothing of whose it is)
    own = indicator_words(blank(shown, [(a, b) for a, b, _ in periods_in(shown)]))
    owned = measures_in(own)
    if not owned or not own.endswith(owned[-1]):
        # (采矿业增速最快，增加值同比增长27.3%: the value's own words end in how it moved, and the part whose
        # measure it is stands before them in its sentence, as the words the value inherits say)
        return _part_inherited(own, tie.words)
    # (not the page's whole: 经开区实现规上工业总产值, 新增销售收入)
    return _names_whose(own, owned)


def _names_whose(own: str, owned: list[str]) -> bool:
    """Whether words ending in a measure (`owned` the measures they hold) name whose it is, not the page's whole."""
    rest = _without_places(_ABOVE_SCALE.sub("", _strip(own, owned)), keep_parks=False)
    return len(_DONE_ALONE.sub("", _WHOLE_PLACE.sub("", _INDUSTRY_ALONE.sub("", rest)))) >= 2


def _part_inherited(own: str, words: str) -> bool:
    """Whether the words a value inherits (`words`: 采矿业增加值增长) add to its own (增加值增长) a sector's name before
    its measure (采矿业, 装备制造业): a measure alone claimed for it is that sector's, not the page's whole."""
    inherited = measures_in(words)
    if not inherited or own == words or not words.endswith(own):
        return False
    part = words[:len(words) - len(own)]
    return part.endswith("业") and _names_whose(words[:words.rfind(inherited[-1]) + len(inherited[-1])], inherited)


_INDUSTRY_ALONE = re.compile(r"工业|企业|实现|完成")


def _strip(words: str, names: list[str]) -> str:
    for name in names:
        words = words.replace(name, "")
    return words


_WHOLE_PLACE = re.compile(rf"(?:{_COMPARING})?(?:{_WHOLE_PLACES}|我市|我省|我县|我区|本市)(?:平均)?(?:水平)?"
                          r"|的县是|的市是")
# (and what was done or how, with no object: 培育5个…, 设立50亿元…, 快速增长至…, 总计84.56亿元)
_DONE_ALONE = re.compile(r"^(?:完成|实现|达到|达|为|共|累计|高出|低于|高于|培育|建设|新建|建成|设立|形成|打造|聚焦|"
                         r"引进|举办|实施|推进|推动|开展|新增|净增|保持|持续|快速|总计|合计|共计|总共)+$")


# How a value moved and what it is compared with, which name no indicator by themselves.
_NAMING_NOTHING = re.compile(r"增长(?!面)|下降(?!面)|增加(?!值)|减少|增收|减收|提高|提升|回落|回升|上升|下滑|"
                             r"加快|放缓|扩大|收窄|持平|增速|降幅|增幅|分别|同比|环比|下同|有望|预计|"
                             # (a unit a model wrote into the name: 上杭县亿元)
                             r"(?<![\d以])(?:亿元|万元|亿|元)(?!以上|以下|及以上|级)|"
                             r"(?:较|比)(?:上年同期|去年同期|上年底|上年末|上年|去年底|去年|上月|同期|年初|年底|年末)?")
_NOT_A_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z]")
_PERIOD_WORDS = re.compile(r"(?:第?[一二三四]季度|[上下]半年|前三季度|全年|今年|去年|上年|当年|当月|本月|单月|当季|"
                           r"[一二三四五六七八九十]+月份?)+")


@lru_cache(maxsize=4096)
def _naming_pairs(indicator: str) -> frozenset[str]:
    """The pairs of a claimed indicator's words outside its words of how it changed (增速, 增长, 下降)."""
    return _pairs_of(_MOVED.sub(" ", indicator_words(claimed_text(indicator))))


_MOVED = re.compile(r"增长|下降|增加(?!值)|减少|增收|减收|提高|提升|回落|上升|下滑|增速|降幅|增幅")


@lru_cache(maxsize=4096)
def _named_words(indicator: str) -> frozenset[str]:
    """The pairs of a claimed indicator outside the periods it writes (春节期间 of 春节期间不停工的企业)."""
    text = claimed_text(indicator)
    return bigrams(indicator_words(blank(text, [(a, b) for a, b, _ in periods_in(text)])))


def _names_a_part(tie: Tie, claimed: frozenset[str], tied: Tied) -> bool:
    """Whether the value's own words (not those it inherits from the value before) name what it is of
    with a telling word the claim lacks: 外商及港澳台投资 of 外商及港澳台投资企业利润总额."""
    claimed_chars = set("".join(claimed))
    # (the things a count before it counts are its own words too where the claim names things of its own)
    counted = "" if claimed & _THINGS else _things_counted_before(tie)
    # (and the subject it is another measure of, where that names a trade the claim does not: 先进制造业 of 占比60.4%
    # in 先进制造业项目22个。总投资173亿元，占比60.4%, against a claim of 现代服务业项目总投资占比; not a place or a
    # stage, 南岭市…项目入选，总投资386亿元, which the claim's 省重点建设项目 may be read under)
    traded = tie.scope if tie.scope & _TRADE_ENDS else frozenset()
    # (not the words of the whole it is counted among or broken down from, 37个行业大类中有…: its frame, which tells
    # no part apart from that whole; a claim may leave it out)
    words = tie.words[len(counted):]
    named = (_naming_pairs_of(_after_frame(words, tie.under)) | traded | _qualifying(tie)) - tie.under
    lone = len(tied.near) == 1  # (a lone value of its unit: every pair of its words is as rare as any)
    return any(not claimed_chars.issuperset(g) and (lone or tied.rarity.get(g, _RARE) >= _RARE)
               for g in named - claimed)


def _qualifying(tie: Tie) -> frozenset[str]:
    """The pairs of the words a count's 的 closes, which say which things are counted, how their measure changed
    included (其中产值同比增长的有52家, 营业收入下降的31户): they set the part apart from its whole, as a noun would.
    Only where the 的 closes how it changed: not a share or multiple of what the 的 closes (完成全年目标任务8亿元的124%,
    为2020年的3倍)."""
    own = _own_shown(tie)
    return _pairs_of(indicator_words(own)) if not tie.measure and _QUALIFIED_COUNT.search(own) else frozenset()


_QUALIFIED_COUNT = re.compile(r"(?:增长|下降|增加|减少|持平|为正|为负|提高|上升|回落|扭亏|亏损)的有?$")


def _after_frame(words: str, under: frozenset[str]) -> str:
    """A part's words after those of the whole it is counted among (`under`), where they open them, and after the 有
    (there are) that may follow (规上工业大类有两位数增长, read for 有13个行业实现两位数以上增长 among 规上工业37个行业
    大类: 两位数增长): the pair that would join the two is no word; `words` as they are where no frame opens them."""
    ends, starts = {g[-1:] for g in under}, {g[:1] for g in under}
    k = 0
    # (a pair across the count the whole's words were written around, 业大 of 规上工业37个大类, is the frame's too)
    while k + 2 <= len(words) and (words[k:k + 2] in under or (words[k] in ends and words[k + 1] in starts)):
        k += 1
    if not k:
        return words
    rest = words[k + 1:]
    return rest[1:] if rest.startswith("有") else rest


_TRADE_ENDS = frozenset(("产业", "行业", "造业", "务业"))  # (the pairs that end a trade's name: …产业, 制造业, 服务业)


def _bare_own_words(tie: Tie, claimed: frozenset[str]) -> bool:
    """Whether the value's own words say nothing the claim does not (开复工率 for 能源行业项目开复工率, 城镇化率为 for
    常住人口城镇化率): a rival that holds more of the claim only outbids it by overlap, and what the value is of is
    left to what a reader has in mind, which may be the claim's; the rival leaves the claim open then."""
    # (not where they name a size class, 其中10亿元以上项目9个: a class is telling, another class claimed refuted)
    return bool(tie.pairs) and tie.band is None and tie.pairs <= claimed


def _things_counted_before(tie: Tie) -> str:
    """The things a count before the value counts, which its words begin with (签约总额215.4亿元 after 签约项目36个:
    the projects' amount, whose name is no word of its own); "" where it is read otherwise."""
    carried = indicator_words(simplified(tie.shown).split("…", 1)[0]) if "…" in tie.shown else ""
    return carried if _PROJECTS_OR_FIRMS.search(carried) and tie.words.startswith(carried) else ""


_PROJECTS_OR_FIRMS = re.compile(r"(?:项目|企业)$")
_THINGS = frozenset(("项目", "企业"))
