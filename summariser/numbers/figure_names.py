"""What a figure's name says: its words once fillers and how the value moved are left out, and whether that
is enough to tell what the value is of.

The offline engine names a value from the words before it. Where those words are only a measure or a deed
(产值, 税收, 开工, 续建) or a sector without its measure (汽车类增速), the value is usually a part's (a
company's 产值, a project class's 开工) that the name does not say, and a reader of the row would take it for
the page's whole: on the development pages, 57% of such names were wrong against 7% of the longer ones.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from pydantic import BaseModel

from ..core.chars import no_space
from ..core.models import TRUSTED, CheckStatus, FigureCheck
from ..core.simplify import simplified
from .attribution import indicator_words
from .claims import fields_of
from .units import unit_class

# How a value is stated, not what it measures: the measure field says it, so the name need not.
_MEASURE_WORDS = re.compile(r"(?:同比|环比)?(?:增长|下降|增加|减少|提高|降低|上升|比重|占比|占)$|^(?:同比|环比)")
_SYNONYMS = (("规模以上", "规上"), ("规模工业", "规上工业"))
# The fewest characters of a name's core that tell what a value is of (工业投资, 出口总额, 规上工业); the
# evaluation holds one name inside another as agreeing from the same length.
SAYS_ENOUGH = 4
# Trade is named by what crosses the border, and a page's trade is its place's (出口总额 reads 出口): short, whole.
TRADE = frozenset({"出口", "进口", "进出口"})


def name_core(text: str) -> str:
    """A name's words as compared: simplified, fillers and how the value moved dropped (规模以上工业增加值增速
    -> 规上工业增加值)."""
    words = simplified(text or "")
    for a, b in _SYNONYMS:
        words = words.replace(a, b)
    return _MEASURE_WORDS.sub("", indicator_words(words))


def says_little(name: str) -> bool:
    """Whether a name is too short, once fillers and how the value moved are dropped, to tell what the
    value is of (产值, 开工, 税收占比, 汽车类增速)."""
    core = name_core(name)
    return len(core) < SAYS_ENOUGH and core not in TRADE


def doubted(v: FigureCheck, name: str | None, kind: str | None = None) -> FigureCheck:
    """A shipped figure's verdict: a trusted one left open (`unconfirmed`) where the figure's name says too
    little to tell what its value is of, for the row would state a part's value as the page's whole. The claim
    checker alone (`check_figures`) judges what a name says, not whether it says enough; summaries and their
    re-checks ship facts, which must. A class's bound (`kind` threshold: 10亿元以上项目) states no fact to doubt."""
    if v.status not in TRUSTED or kind == "threshold" or not says_little(name or ""):
        return v
    return _left_open(v, f"the name {name!r} says too little to tell what the value is of (whose, or which "
                         "measure): name it as the source does before taking it as a fact.")


def _left_open(v: FigureCheck, but: str) -> FigureCheck:
    """`v` left open (`unconfirmed`), its reason followed by why it is doubted."""
    return v.model_copy(update={"status": CheckStatus.unconfirmed, "reason": f"{v.reason} But {but}"})


# A number written with digits anywhere in the matched text (3个, ３个, 1.5倍).
_DIGIT = re.compile(r"[0-9０-９]")
# The units a page's prose counts its own points, eras and plans in (三个第一, 三件大事, 第二个五年, 翻番): a
# count of firms (新增规上企业五家) or an amount in words (突破十亿千瓦时, 一千万吨) is a statistic, left trusted.
_PROSE_COUNTS = frozenset({"个", "个月", "项", "类", "种", "座", "件", "次", "条", "批", "名", "年", "倍"})
# A run of years (连续三年位居…) is the place's standing on record, which pages write in words as often as digits.
_RUN = "连续"


def worded(v: FigureCheck, unit: str | None, quote: str | None) -> bool:
    """Whether a trusted value was read from words, not digits (三个第一, 七个板块, 第二个五年, 三件大事, 翻番), as a
    count or a multiple: these pages write their statistics in digits, and a count or multiple in words is the
    prose's own (its points, an era, a rounded doubling) far more often than a measured figure (on 30 development
    sets, 28 such shipped figures were wrong against 10 right). Only in the units prose counts in (`_PROSE_COUNTS`):
    amounts, shares and counts of firms are statistics however written; nor a run of years after 连续."""
    words = v.matched or ""
    if not words or _DIGIT.search(words) or (unit or "") not in _PROSE_COUNTS:
        return False
    return _RUN + words not in (quote or "")


def doubted_worded(v: FigureCheck, unit: str | None, quote: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its value is a count or multiple `worded`."""
    if v.status not in TRUSTED or not worded(v, unit, quote):
        return v
    return _left_open(v, f"the value is written in words ({v.matched!r}), as a page counts its own points, eras "
                         "and rounded multiples, not its statistics: take it as a fact only where the source gives "
                         "it as one.")


# Units that count the page's own pieces of writing: 工作总结6篇 (a title's or a download's count of texts), and
# 7组数据看… (a headline's count of the sets of figures that follow).
_WRITINGS = frozenset({"篇"})
_DATA_SETS = ("组", "数据")


def of_the_text(v: FigureCheck, unit: str | None, quote: str | None) -> bool:
    """Whether a trusted value counts the page's own texts or sets of figures (工作总结6篇, 7组数据看…): the
    page's make-up, never a fact of the place (on the development pages all six so shipped were wrong, on three
    pages of three sets)."""
    u = unit or ""
    if u in _WRITINGS:
        return True
    words = v.matched or ""
    return u == _DATA_SETS[0] and bool(words) and words + _DATA_SETS[1] in (quote or "")


def doubted_text(v: FigureCheck, unit: str | None, quote: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its value counts the page's own texts."""
    if v.status not in TRUSTED or not of_the_text(v, unit, quote):
        return v
    return _left_open(v, "the value counts the page's own texts or sets of figures, not anything of the place it "
                         "reports on.")


# The distributive that stands between a list's items and its values (产值和税收分别占全区的63%和71%; 增速比全市和
# 全省分别高1.8、2.4个百分点): a name that holds it was read across the list, not from the value's own item.
_RESPECTIVELY = "分别"


def across_a_list(name: str | None) -> bool:
    """Whether a name holds 分别 (respectively), so was read across a list of items and their values (分别占项目总数
    和投资总量占投资总量, 全国分别高增速比全省): such a name joins the items and does not say which one the value is
    of (on the development pages 6 of 7 such shipped figures were wrong, on 5 pages of 4 sets)."""
    return _RESPECTIVELY in simplified(name or "")


def doubted_list(v: FigureCheck, name: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its name was read `across_a_list`."""
    if v.status not in TRUSTED or not across_a_list(name):
        return v
    return _left_open(v, f"the name {name!r} holds 分别: it was read across a list of several items and their "
                         "values, and does not say which item this value is of.")


# Two counted items joined by 和, each with its own value before it (5个甲集群和6条乙产业链; 17户新的"链主"企业和77户
# "链核"企业; 30万平方米安置房和甲、乙等80万平方米标准厂房): the stretch from the first value to 和 is the first item
# alone, with no other value, list mark or clause end in it; what follows 和 is the second item, up to its value.
_BREAK = "，,。；;！？!?：:"
_JOINED_AFTER = re.compile(rf"^([^\d{_BREAK}、和]{{2,16}}?)和([^\d{_BREAK}]{{0,30}}?)\d")
# (the value before the first item a count, not a year's or month's number: 2024年全县汽车和零部件…)
_JOINED_BEFORE = re.compile(rf"\d(?![\d年月日号])[^\d{_BREAK}、和]*?([^\d{_BREAK}、和]{{2,16}})"
                            rf"和([^\d{_BREAK}]{{0,6}})$")
# What a stretch between 和 and the value ends in when it measures: the joined items' one amount, or another measure
# of one item (…制造业企业实现产值86.2亿元, 汽车和零部件产值, 地区进出口), not a second item's own count (和出口配套企业
# 45户 ends in what is counted)
_MEASURED_BETWEEN = re.compile(r"(?:实现|完成|达到|达|为|增长|下降|产值|收入|利润|税收|投资|出口|进口|总额|规模)"
                               r"(?:了|约|近|超)?$")
# (a count's or amount's unit that opens the first item's stretch, and the 的 and quotes inside it: not its words)
_STRETCH_FILLER = re.compile(r"^(?:[个家户条项支座台批类种名人只]|[万亿千百]*元|[万千]?平方米|万?亩|%)|[的“”\"'「」\s]")
_AND = "和"


def across_a_join(name: str | None, text: str | None, span: tuple[int, int] | list[int] | None) -> bool:
    """Whether a name holds the 和 between two counted items that each have their own value (5个百亿级产业集群和6条重点
    产业链 named 百亿级产业集群和的重点产业链; 17户新的"链主"企业和77户"链核"企业 named 新的链主企业和): such a name
    joins the other item's words to the value's own, and a reader cannot tell which item the value counts (on the
    development pages 4 of 6 such shipped figures were wrong, on 4 pages of 3 sets). `text` is what `span`, the value's,
    indexes. An item whose own name holds 和 (黑色金属冶炼和压延加工业, 政和白茶项目) has no value on each side of
    it."""
    words = simplified(name or "")
    if _AND not in words or not text or not span:
        return False
    a, b = span[0], span[1]
    flat_after = no_space(text[b:b + 80])  # (a page set at its width breaks a clause over lines)
    flat_before = no_space(text[max(0, a - 80):a])
    m = _JOINED_AFTER.match(flat_after) or _JOINED_BEFORE.search(flat_before)
    if m is None or _MEASURED_BETWEEN.search(m.group(2)):
        return False
    item = simplified(_STRETCH_FILLER.sub("", m.group(1)))
    return len(item) >= 2 and any(item[i:i + 2] in words for i in range(len(item) - 1))


def doubted_join(v: FigureCheck, name: str | None, text: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its name was read `across_a_join`."""
    if v.status not in TRUSTED or not across_a_join(name, text, v.span):
        return v
    return _left_open(v, f"the name {name!r} holds the 和 between two items that each have their own value: it joins "
                         "the other item's words to this one's, and does not say which item the value is of.")


# A name that opens with what its value is compared with (较上月前移2个位次 named 较上月前移的位次; 但仍低于全市平均
# 增速1.3个百分点 named 但仍低于全市平均增速), or with a rate's word alone before it (贡献率比上年同期, 增长面比上年
# 扩大: whose rate, not said): the words before the comparison, which say whose value it is and what was measured, were
# left out, and only adverbs may stand before it. (比重, 比例, 比率, 比较, 比亚迪 and 较快, 较大… open no comparison;
# 較, 於 as a page in traditional characters writes them. Not 增速 or 增幅 alone: 增长7.8%，增速比上半年加快1.2个
# 百分点 is the gap of the growth just named, and the engine names it so where no other growth stands between.)
_BASE_FIRST = re.compile(r"^(?:但|仍|并|且|也|还|均|都|成功|分别)*(?:降幅|涨幅|贡献率|增长面|比重|占比)?"
                         r"(?:同比|环比)?"
                         r"(?:比(?!重|例|率|[较較]|亚迪)|[较較](?![快大好高低多少强为长短])|[高低快慢][于於]|[高超]出)")
# (a count whose name ends in the things counted, 增速比上月加快的行业, names their class: not doubted)
_THINGS_COUNTED = re.compile(r"(?:行业|企业|项目|产品|县区|地区|园区|单位)$")


def base_first(name: str | None) -> bool:
    """Whether a name opens with the base its value is compared with (较上月前移的位次, 比历史上最高的2021年, 但仍低于
    全市平均增速), or with a rate's word alone before it (贡献率比上年同期, 增长面比上年扩大): it says what the value is
    measured against but not whose it is (on the development pages all nine such shipped figures were wrong, on 9
    pages of 8 sets)."""
    words = simplified(name or "")
    return _BASE_FIRST.match(words) is not None and _THINGS_COUNTED.search(words) is None


def doubted_base(v: FigureCheck, name: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its name opens with its comparison's base."""
    if v.status not in TRUSTED or not base_first(name):
        return v
    return _left_open(v, f"the name {name!r} opens with what the value is compared with: it does not say what was "
                         "measured.")


# How far around a value its name's words are looked for as the page writes them: its sentence, about.
_NAME_REACH = 120
_OF = "的"


def goal_count_across(v: FigureCheck, d: Mapping[str, Any], text: str | None) -> bool:
    """Whether a trusted count read as a goal (kind `target`) has a name that holds a 的 its page does not write
    there: the offline namer joins the words before a count to the noun after it so (推动12个项目落地投产 named
    落地投产的项目; 将围绕4条重点产业链精准招商 named 将围绕的重点产业链精准招商), and then the count is an argument
    of a verb phrase, not an indicator the sentence states, and its goal reading rests on a goal word that may be
    another clause's (on 39 development sets, 222-260, 10 of the 21 such counts shipped were wrong, on 10 pages of
    10 sets: results read as goals, names garbled). `text` is what the verdict's span indexes."""
    name = simplified(d.get("indicator") or "")
    if d.get("kind") != "target" or _OF not in name or not text or not v.span or v.canonical_unit is None:
        return False
    if unit_class(v.canonical_unit) != "count":
        return False
    a, b = v.span[0], v.span[1]
    return name not in simplified(no_space(text[max(0, a - _NAME_REACH):b + _NAME_REACH]))


def doubted_goal_count(v: FigureCheck, d: Mapping[str, Any], text: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where it is a goal's count named `goal_count_across`."""
    if v.status not in TRUSTED or not goal_count_across(v, d, text):
        return v
    return _left_open(v, f"the name {d.get('indicator')!r} joins the words around a goal's count with a 的 the source "
                         "does not write: the count is part of a verb phrase, and whether it is a goal or a result, "
                         "and of what, the reading did not settle.")


# The adverbs and links of a clause's predicate (仍有19个…, 还打造了48个…, 将组建5个…, 就成功将4件…, 继续提高0.6个
# 百分点, 而且…): a measure's name never holds one, so a name that does was read across the predicate, from the
# words around the value, not from what it measures. (Not 偿还, 还款, 还原, 还建房, 就业, 成就, 就地, 就近, 就诊,
# 就医, 就读, 将乐, 将军, 也门, 继续教育: words of their own; nor 正在, whose 正在洽谈的项目 names a class of
# things by their state, as 在建项目 does.)
_PREDICATE_ADVERB = re.compile(r"仍|(?<![偿归退返])还(?![款贷本息原建迁])|也(?!门)|又"
                               r"|(?<![成造迁])就(?![业地近诊医读学])|将(?![乐军])|继续(?!教育)|而且")


def across_a_predicate(name: str | None) -> bool:
    """Whether a name holds an adverb or link of a clause's predicate (仍的新建项目, 而且还打造的检查点, 我们将组建的
    驻外企业, 生物领域在由负转正后继续): it was read across the clause, and says what was done or said, not what the
    value measures (on the development pages 9 of 19 such shipped figures of the offline engine were wrong, on 8
    pages of 6 sets, and 2 of the recorded real model's 3, on 2 pages of 2 sets)."""
    return _PREDICATE_ADVERB.search(simplified(name or "")) is not None


def doubted_predicate(v: FigureCheck, name: str | None, kind: str | None = None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its name was read `across_a_predicate`. A class's
    bound (`kind` threshold) states no fact to doubt."""
    if v.status not in TRUSTED or kind == "threshold" or not across_a_predicate(name):
        return v
    return _left_open(v, f"the name {name!r} holds an adverb of the clause's predicate (仍, 还, 将, 也, 就, 继续): it "
                         "was read across what was done, and does not say what the value measures.")


# A name that opens by pointing back (上述3者合计占…, 这些项目完成投资, 前述企业): it names the things an earlier
# sentence listed only by that pointer, and what they are is in the sentence before, which the name does not carry.
_POINTS_BACK = re.compile(r"(?:上述|前述|上列|以上(?![\d一二三四五六七八九十百千万])|这些|这批|那些)"
                          r"|[一二三四五六七八九十两\d]+者")


def points_back(name: str | None) -> bool:
    """Whether a name opens by pointing back to things written before it (上述3者合计…, 这些项目…): it does not say
    which they are (on the development pages all 3 such shipped figures of the offline engine were wrong, on 3
    pages of 3 sets; none right)."""
    return _POINTS_BACK.match(simplified(name or "").strip()) is not None


def doubted_pointing_back(v: FigureCheck, name: str | None) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where its name `points_back`: the value is the
    source's, but which things it measures is written in an earlier sentence the name does not name."""
    if v.status not in TRUSTED or not points_back(name):
        return v
    return _left_open(v, f"the name {name!r} opens by pointing back (上述, 这些, N者) to things named before it: say "
                         "which they are before taking the value as theirs.")


def unplaced_floor(v: FigureCheck, d: Mapping[str, Any]) -> FigureCheck:
    """A shipped figure's verdict left open (`unconfirmed`) where it is a floor (qualifier `>=`: 增长25%以上, 达到
    3000家以上) read as a result (kind `actual`) with no period: results are stated as they came out, floors are
    what plans set, and a floor whose sentence names no time is a goal whose plan the reading did not see (on
    the development pages 11 of 13 such figures were wrong, mostly goals shipped as results)."""
    if v.status not in TRUSTED or d.get("qualifier") != ">=" or d.get("kind", "actual") != "actual" or d.get("period"):
        return v
    return _left_open(v, "a floor (以上) with no period of its own is usually a plan's goal, not a result: say "
                         "whether it was reached or set, and when, before taking it as a fact.")


def shipped(figures: Iterable[BaseModel | Mapping[str, Any]], verdicts: Iterable[FigureCheck],
            text: str | None = None) -> list[FigureCheck]:
    """The verdicts of figures a summary ships (a Figure, or a record's figure dict), each `doubted` by its name and
    by a value written in words (`doubted_worded`) or counting the page's own texts (`doubted_text`), a floor
    with no period read as a result (`unplaced_floor`), a name read across a list (`doubted_list`), given the
    `text` the verdicts' spans index, a name read across the 和 between two counted items (`doubted_join`), a
    name that opens with its comparison's base (`doubted_base`), a goal's count named across its value
    (`doubted_goal_count`), a name read across a clause's predicate (`doubted_predicate`) and a name that points
    back to things named before it (`doubted_pointing_back`): what assembly and a re-check both hand on."""
    out = []
    for f, v in zip(figures, verdicts, strict=True):
        d = fields_of(f)
        name, unit, quote = d.get("indicator"), d.get("unit"), d.get("quote")
        v = doubted_text(doubted_worded(v, unit, quote), unit, quote)
        v = doubted_join(doubted_list(unplaced_floor(v, d), name), name, text)
        v = doubted_goal_count(doubted_base(v, name), d, text)
        v = doubted_pointing_back(doubted_predicate(v, name, d.get("kind")), name)
        out.append(doubted(v, name, d.get("kind")))
    return out
