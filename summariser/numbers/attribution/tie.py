"""Tie: what the source ties one quantity to (its words, period, kind and subject), as the reading gives it.
"""

from __future__ import annotations

from typing import NamedTuple

from ..periods import Period


class Tie(NamedTuple):
    """What the source ties one quantity to (a named tuple, as Period is: one per quantity of a source)."""

    words: str  # the indicator words of its clause (inherited when the clause has none of its own)
    shown: str  # the same, as written, for reasons
    period: Period | None
    kind: str  # actual, target, forecast, or "" when the text does not say
    stated: bool = True  # the period is stated before the value, not only guessed from the article
    pairs: frozenset[str] = frozenset()  # bigrams(words), for the comparison with claimed indicators
    written: Period | None = None  # the period its own sentence (or its paragraph's opening) states for it
    context: frozenset[str] = frozenset()  # the pairs of the words read before it (this and the last sentence)
    measure: str = ""  # share or growth, as the words just before a percent say; "" when they say neither
    scope: frozenset[str] = frozenset()  # the value before's words, when it is another measure (福州 of 福州115个)
    head: str = ""  # what its own words say is measured (完成投资, 总投资, 产值), "" when they name none
    tally: str = ""  # "new" (新增…) or "total" (累计…), as the words just before it say; "" when neither
    level: int = -1  # whose value its words say it is: 0 全国, 1 全省, 2 全市/我市, 3 全区/全县; -1 when they do not
    grade: str = ""  # the rank its own words give what is counted (省级 of 示范企业省级7家), "" when none
    member: str = ""  # the words that tell its item from the others', where a list gives it one (电子信息 of
    # 电子信息、食品产业分别完成…), "" when it is no list's
    band: tuple[float, float | None, str] | None = None  # the size class its words, or those of the value it
    # is another measure of, name (亿元以上 for 总投资405.2亿元 in 亿元以上项目43个，总投资405.2亿元)
    under: frozenset[str] = frozenset()  # the pairs of the whole its clause breaks down, in its sentence (规上工业
    # 企业79家 of 其中民营企业71家; 建设项目32项 of （省级7项、…）): part of its context, never evidence against a rival
    elided: frozenset[str] = frozenset()  # the pairs of what it measures where its words leave that out and the
    # value before names it (增加值 of 小型企业增长6.3% after 大中型企业增加值增长12.1%): they confirm, never set apart
    summed: tuple[str, ...] = ()  # the items a sum of a 分别 list's values is of (香港, 日本, 新加坡 of 三地合计占…
    # 75.6% after 来自中国香港、日本、新加坡的实际使用外资分别为…), () when it is no such sum
    left_out: str = ""  # what it measures where its words leave that out and the value before names it (营业收入
    # of 食品制造业增长5.0% after 汽车制造业营业收入增长1.9%), as `elided` holds its pairs; "" when none
    unnamed: bool = False  # a value of a 分别 list whose items this reading finds nowhere (…行业分別是:甲、乙、丙，
