"""The offline engine's indicator names: what each number measures, named from its clause as a reader
would name it.

The words before a value, without the verbs and fillers that only say how it is stated (力争, 确保,
完成, 全市, 其中 …) or where (a division's name), and without a list of examples (容百锂电等). Where
they name nothing of their own the value takes its clause subject's name (…投资390亿元,同比增长34%
is 工业投资's growth; 高于全市1.2个百分点 is the growth's gap). A count names what it counts, with what
is said of it (12家重点工业企业参会 → 参会的重点工业企业); a plant's capacity inside a project's name
is that project's capacity (鄂中生态10万吨/年渣浆综合利用项目 → 鄂中生态渣浆综合利用项目产能).
"""

from __future__ import annotations

import bisect
import re

from ..core.chars import CLAUSE_END, HAN, SENTENCE_END
from ..numbers.attribution import WORDS_AFTER, WORDS_BEFORE, periods_in, span_end, span_start
from ..numbers.quantities import Quantity
from ..places.divisions import divisions

_CLAUSE_END = CLAUSE_END + SENTENCE_END + "\n"
_SENTENCE_END = SENTENCE_END + "\n"
_SENTENCE_ENDS = re.compile(f"[{re.escape(_SENTENCE_END)}]")
_CLAUSE_ENDS = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_COMMA_ENDS = re.compile(f"[{re.escape(_CLAUSE_END.replace('、', ''))}]")
_MAX = 60
_PERIOD_TAIL = re.compile(r"底|末|初|以来|期间|份")  # 12月底, 1至9月份: the rest of the period's writing
_QUOTES = re.compile("[“”\"‘’'「」]")  # 现已“小进规”企业 names 小进规企业

# Leading words that say how or where a value is stated, not what it measures; a run of them goes at once.
_LEAD = re.compile(
    r"^(?:[\s“”\"'‘’（()）]|其中|同时|另外|此外|并且|对于|按照|"
    r"力争|确保|争取|力求|锚定|冲刺|预计|计划|提出|要求|目标|拟|"
    r"完成了?|实现了?|达到|累计|共有|共计|现有|现已|已经|已|"
    r"全市|全区|全县|全省|全镇|我市|我区|我县|我省|本市|该市|"
    r"重点推动|重点推进|推动|推进|加快|加强|着力|鼓励引导|引导|鼓励|摸清|整体调度|调度|"
    r"并|和|及|与|还|其|对|在(?!建)|将)+")
_TRAILING = re.compile(r"(?:同比|比上年|较上年|较去年|较上月|分别|累计|共计|共有|共|总计|合计)?"
                       r"(?:增长了?|下降了?|增加了?|减少了?|提高了?|降低了?|上升了?|达到了?|达|完成了?|实现|为|是|有|"
                       r"超过|突破|不低于|不少于|不到|近|约|逾|超|至|到|之前的|的|了|年产)*$")
_TAIL_CHARS = 12
_SINCE = re.compile(rf"^[{HAN}]{{2,8}}以来")  # 进入冬季以来: when, not what
_FROM = re.compile(r"(?:从|由)(?=[^从由]*(?:\d|之前|原来|原先|去年|上年|年初)|$)")  # 日产量从之前的8万副增加到
_EXAMPLES = "等"  # 容百锂电等12家重点工业企业: the examples before 等 are not what is counted
_LIST_VERB = re.compile(r"现场调度|调度|引进|签约|走访|帮扶|对接|包保")  # …what was done to the examples
_MEASURED = re.compile(r"增长|增速|增幅|下降|降幅|比重|占比|高于|低于|快于|慢于|增加(?!值)|减少|提高|降低|上升|回落")
# 高于全市, 较去年同期增加, 占工业投资的比重, 拉动全区; and a goal a value is measured against (完成年度目标任务
# 589亿元的37.22%, 完成目标任务的177%)
_RELATIVE = re.compile(r"^(?:高于|低于|快于|慢于|超过|较|比|占|拉动|下拉|增速(?:比|较)|"
                       r"(?:全?年度?)?(?:预期)?(?:目标|任务|计划)(?!外|内))")
_ATTRIBUTE = re.compile(r"^(?:总投资|投资额|投资总额|总产值|产值|金额|总额|总量|规模)$")  # a thing's, said after it
# After a count: what it counts, then what is said of the counted (坚持生产, 参会); the noun stops at a verb.
_COUNTED = re.compile(rf"[{HAN}“”\"]{{1,14}}?(?=赴|开展|坚持|参会|参加|纳入|集中|签订|签约|结对|入选|接入|实现|"
                      rf"完成|投产|落地|开工|春节|进展|建设|与|[0-9{_CLAUSE_END}（(]|$)")
_PREDICATE = re.compile(rf"(?:与[{HAN}]{{1,8}}?)?"
                        rf"(?:坚持|参会|参加|纳入|集中|签订|签约|结对|入选|接入|投产|落地|开工|春节)"
                        rf"[^{_CLAUSE_END}0-9（(]{{0,12}}")
_NEXT_ATTRIBUTE = re.compile(r"(?:金额|总额|总投资|投资额)$")  # …签订授信协议金额279.1亿元: the next value's name
# 2000万元以上的增长点 after a counted noun: a class inside the name; the noun goes on after it
_NESTED = re.compile(rf"[0-9.]+[万亿]?元?(?:以上|以下)?的?([{HAN}]{{1,8}}?)(?=[{_CLAUSE_END}]|$)")
_HEAD = re.compile(r"(?:企业|项目|单位|人员|专班|平台|基地|园区|产品)$")  # what a list of things is a list of
_MADE = re.compile(rf"^的([{HAN}]{{2,12}}?)(?=[{_CLAUSE_END}]|$)")
_PRODUCE = re.compile(r"生产|产出|加工|出口|销售")
_PROJECT_AFTER = re.compile(rf"[{HAN}A-Za-z]{{1,16}}?(?:项目|生产线|基地)")
_PER_YEAR = "/年"
_SCOPE = re.compile(rf"\s*([^，,。；;：:\d{_CLAUSE_END}]{{2,24}}?)中[，,：:]")


def _capacity(own: str, after: str) -> str:
    """A plant's capacity (10万吨/年): the project it is written in (…渣浆综合利用项目产能)."""
    project = _PROJECT_AFTER.match(after)
    plant = project.group(0) if project else _trim(after[:16])
    return f"{own}{plant}产能" if own or plant else "产能"


def trim_words(words: str) -> str:
    """`words` as an indicator's name: without leading fillers, a leading division name and a trailing verb."""
    return _trim(words)


def _trim(words: str) -> str:
    """`words` without their leading fillers, a leading division name and a trailing verb."""
    words = words.strip()
    if "以来" in words:
        words = _SINCE.sub("", words)
    table = divisions()
    while True:
        words = _LEAD.sub("", words)
        rest = table.after_name(words)
        if rest == words:
            break
        words = rest
    # the trailing verbs are a few short words: looked for at the end only, not from every character
    head, tail = words[:-_TAIL_CHARS], words[-_TAIL_CHARS:]
    return (head + _TRAILING.sub("", tail)).strip("，,、：: “”\"")


class Namer:
    """Names the quantities of one text in order, remembering each sentence's subject."""

    def __init__(self, text: str) -> None:
        self.text = text
        # where sentences and clauses end, found once: each value's are then a lookup
        self.sentence_ends = [m.start() for m in _SENTENCE_ENDS.finditer(text)]
        self.clause_ends = [m.start() for m in _CLAUSE_ENDS.finditer(text)]
        self.comma_ends = [m.start() for m in _COMMA_ENDS.finditer(text)]
        # the text's periods (with the rest of their writing: 12月底), found once: not indicator words
        self.periods: list[tuple[int, int]] = []
        for a, b, _ in periods_in(text):
            tail = _PERIOD_TAIL.match(text, b)
            self.periods.append((a, tail.end() if tail else b))
        self.period_starts = [a for a, _ in self.periods]
        self.subject: tuple[int, str] | None = None  # (sentence start, name) of the last named subject
        self.last: tuple[int, str, str] | None = None  # (sentence start, name, unit class) of the last figure
        self.last_end = -1
        self.last_threshold: tuple[int, int] | None = None

    def _no_periods(self, words: str, at: int) -> str:
        """`words` (which start at `at` in the text) without the text's periods."""
        i = max(0, bisect.bisect_left(self.period_starts, at) - 1)
        out, pos, end = [], at, at + len(words)
        for a, b in self.periods[i:]:
            if a >= end:
                break
            if b <= pos:
                continue
            out.append(self.text[pos:max(a, pos)])
            pos = min(max(b, pos), end)
        out.append(self.text[pos:end])
        return "".join(out)

    def clause(self, q: Quantity) -> tuple[int, int]:
        """Where the clause holding `q` starts and ends."""
        return span_start(self.clause_ends, q.start), span_end(self.clause_ends, q.end, len(self.text))

    def name(self, q: Quantity, threshold: bool) -> str:
        """The indicator of `q`; a threshold (亿元以上) is named by what it bounds."""
        text = self.text
        s0 = span_start(self.sentence_ends, q.start)
        c0, c1 = span_start(self.clause_ends, q.start), span_end(self.clause_ends, q.end, len(text))
        # in a list, or after another value of its clause (74家单位结对帮扶148家企业), its words start after it
        item0 = max(c0, text.rfind("、", c0, q.start) + 1, self.last_end) if self.last_end >= c0 else c0
        if self.last_threshold is not None and self.last_threshold[1] == self.last_end and self.last_end >= c0:
            item0 = self.last_threshold[0]  # 10亿元以上项目14个: the class is part of the name
        before = text[max(item0, q.start - WORDS_BEFORE):q.start]
        done = ""
        if _EXAMPLES in before:
            before = before[before.rindex(_EXAMPLES) + 1:]
            # 现场调度宜都东阳光、枝江海科等4个重点项目: the list starts its comma clause
            verb = _LIST_VERB.match(text, span_start(self.comma_ends, q.start), q.start)
            done = verb.group(0) if verb and verb.end() <= q.start - len(before) else ""
        offset = q.start - len(before)
        cut = _FROM.search(before)
        if cut:
            before = before[:cut.start()]
        own = _trim(self._no_periods(before, offset)) or done
        after = text[q.end:min(c1, q.end + WORDS_AFTER)]
        name = self._named(q, own, after, s0, threshold)
        if q.unit_class == "count" and not threshold and (len(name) <= 4 or not divisions().after_name(name)):
            name += self._scope(s0, q.start)  # 集中开工重大项目中，福州115个 → 福州集中开工重大项目
            self._subject(s0, name)
        self.last_end = q.end
        self.last_threshold = (q.start, q.end) if threshold else None
        if not threshold:
            self.last = (s0, name, q.unit_class)
        return _QUOTES.sub("", name)[:_MAX]

    def _named(self, q: Quantity, own: str, after: str, s0: int, threshold: bool) -> str:
        if threshold:
            bounded = _COUNTED.match(after)
            return own or _trim(bounded.group(0) if bounded else after[:10])
        if q.unit.endswith(_PER_YEAR) or _PER_YEAR in q.written_unit:
            return _capacity(own, after)
        if q.unit_class == "count":
            named = self._counted(own, after)
            if named:
                self._subject(s0, named)
                return named
        made = _MADE.match(after)  # 企业生产了超过100吨的中间体产品: the product is what is measured
        if made and (not own or _PRODUCE.search(own)):
            return made.group(1) + ("产量" if _PRODUCE.search(own) else "")
        if own and not _RELATIVE.match(own) and not _ATTRIBUTE.match(own) and _has_subject(own):
            self._subject(s0, own)
            return own + "增速" if q.measure == "growth" and not _MEASURED.search(own) else own
        if own and _ATTRIBUTE.match(own) and self.last is not None and self.last[0] == s0 and self.last[2] == "count":
            return self.last[1] + own  # 37个项目集中开工建设,总投资189亿元
        return self._of_subject(q, own, after, s0)

    def _of_subject(self, q: Quantity, own: str, after: str, s0: int) -> str:
        """A value whose words name nothing of their own: its sentence subject's (its growth, its gap)."""
        inherited = self.subject[1] if self.subject is not None and self.subject[0] == s0 else ""
        if not inherited:
            return own or _trim(after[:12])
        if q.measure == "growth" and not own:
            return inherited + "增速"
        if own and _RELATIVE.match(own):
            lead = inherited if inherited.endswith(("增速", "增长")) or q.unit_class != "points" else inherited + "增速"
            return lead + own  # 规模以上工业增加值增速高于全市
        return inherited + own

    def _counted(self, own: str, after: str) -> str:
        """A count's name from what follows it: the counted noun (with a threshold inside it skipped:
        43个预增产值2000万元以上的增长点), and what is said of it (参会, 纳入…), after the verb phrase
        before it (现场调度…4个重点项目 → 现场调度的重点项目)."""
        said_first = _PREDICATE.match(after)
        if said_first:  # 企业共302家纳入“白名单”: nothing between the count and what is said of it
            head = _HEAD.search(own)
            return f"{_NEXT_ATTRIBUTE.sub('', said_first.group(0))}的{head.group(0)}" if head else ""
        counted = _COUNTED.match(after)
        if not counted:
            return ""
        noun = _trim(counted.group(0))
        if not noun:
            return ""
        nested = _NESTED.match(after, counted.end())
        if nested:
            noun += nested.group(1)
        said = _PREDICATE.match(after, counted.end())
        if said:
            return f"{_NEXT_ATTRIBUTE.sub('', said.group(0))}的{noun}"
        return f"{own}的{noun}" if own and len(own) <= 8 else noun

    def _scope(self, s0: int, at: int) -> str:
        """What the sentence opening at `s0` says its parts are of (一季度集中开工重大项目中，…): its words,
        else ''."""
        m = _SCOPE.match(self.text, s0, at)
        return _trim(self._no_periods(m.group(1), m.start(1))) if m else ""

    def _subject(self, s0: int, name: str) -> None:
        self.subject = (s0, name)


def _has_subject(own: str) -> bool:
    """Whether `own` names something, not only how it moved (同比增长, 增速, 年均增长)."""
    return len(_MOVES.sub("", own)) >= 2


_MOVES = re.compile(r"增长|下降|增加|减少|提高|提升|降低|回落|上涨|扩大|收窄|同比|环比|增速|增幅|降幅|"
                    r"年均|两年平均|平均")
