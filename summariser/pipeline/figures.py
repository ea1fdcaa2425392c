"""A text's quantities as figures, read by rules: what both engines take from the offline reading.

Each quantity the parser keeps becomes a figure: the indicator named from the words of its clause
(indicators.py), the kind (力争, 确保 … for targets, 预计 for forecasts, as the checker's reading ties it and
as the engine's own rules weigh it), the period in force (the Timeline: its clause's, its sentence's,
its paragraph opening's, or for a statistic the one before), 以上 before a noun for thresholds, and the
clause as the quote. The rules engine reports these figures (rules/extract.py); the model engine's
marked extraction takes from them the reading of each marked quantity (model/marks.py).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

from ..core.chars import CLAUSE_END, FULL_STOP, HAN, SENTENCE_END
from ..core.models import ChunkFigure
from ..numbers.asides import aside_at, asides
from ..numbers.attribution import INDUSTRY_NAMES_WITH_COMMAS, Tie
from ..numbers.kinds import AS_OF_NOW, BEYOND_FORESEEN, GAP_TO_GOAL, PLAN_OPENING, PROPOSED
from ..numbers.periods import (
    RECENT_YEARS,
    THAT_YEAR,
    YEARS_COUNTED,
    Period,
    aside_on_last_year,
    lags,
    parse_period,
    starts_a_change,
)
from ..numbers.quantities import Quantity
from ..numbers.source import Source, read_source
from ..numbers.spans import end_from, span_end, span_start, start_after
from ..numbers.tables import captions, cell_words
from ..places.divisions import divisions
from .indicators import IndicatorNames


def makes_figure(q: Quantity) -> bool:
    """Quantities that make figures: not a bare 亿元以上, not 一个 / 一名 (one of something); 百分之八 does."""
    raw = q.raw.strip()
    if raw[:1] in "百千万亿" and not raw.startswith(("百分之", "千分之")):
        return False  # (百分之十二点五 is a percent written in words, not a bare 亿元以上)
    return not (raw[:1] in "一两" and len(raw) <= 3 and q.value <= 2 and q.unit not in ("元", "%"))


def is_threshold(text: str, q: Quantity) -> bool:
    """500万元以上技改项目, 5亿元至10亿元项目: an amount that bounds a class of things, not an amount (nor a
    goal named after its amount: 突破750亿元的目标)."""
    after = text[q.end:q.end + 1]
    return ((q.qualifier in (">=", ">") or q.value_high is not None) and q.unit == "元" and after != ""
            and after not in "，。；、,;：:！？!?\n " and not _GOAL_NAMED.match(text, q.end))


# (突破750亿元的目标; 首次突破3000亿元大关: a mark passed, not a class of things)
_GOAL_NAMED = re.compile(r"的(?:年度|全年)?(?:目标|任务)|大关|关口")


def figures_of(source: Source | str) -> list[ChunkFigure]:
    """The figures of a clean text, as the offline engine reports them: of the document's reading (both
    engines pass theirs: numbers/source.read_source), or of a text, read here."""
    src = source if isinstance(source, Source) else read_source(source)
    text = src.text
    out: list[ChunkFigure] = []
    periods = src.periods()  # read once for the namer, the timeline and the checker's ties
    namer = IndicatorNames(text, periods)
    tied = src.tie_of.all()  # the checker's reading: its kinds, as one of the engine's own rules weighs them
    kept = [q for q in src.quantities if _kept(text, q)]
    timeline = Timeline(text, [q.start for q in kept], periods)
    # a table flattened into lines names its cells by row and heading; a post's values alone on their lines
    # are named by the caption lines above them
    table = {**captions(text, [(q.start, q.end) for q in kept]), **cell_words(text)}
    kinds: list[tuple[int, str]] = []  # (where, kind) of the figures so far: a part after 其中 reads its whole's
    starts: list[int] = []  # where each figure of `out` is
    for q in kept:
        c_start, c_end = namer.clause(q)
        threshold = is_threshold(text, q)
        cell = table.get(q.start)
        indicator = _of_headline(src, cell.name or cell.row) if cell is not None else namer.name(q, threshold)
        tie = tied.get((q.start, q.end))
        if tie is not None and _listed(text, q.start, tie.shown):
            indicator = namer.listed(q, tie.shown.replace("分别", ""))
        kind = _kind(src, q, tie, threshold)
        period = timeline.period(q.start, q.end, kind, _statistic(text, q, c_start, c_end))
        period = timeline.as_written(period, tie.written if tie is not None else None, q.start)
        if kind == "actual" and not threshold and _part_of_planned(text, q.start, kinds):
            kind = "target"  # (计划实施项目126个…。其中，续建项目33个: dated as the whole)
        kinds.append((q.start, kind))
        if cell is not None and cell.period:
            period = cell.period
        factor = q.value / q.written_value if q.written_value else 1.0
        if indicator.startswith(_ONE_MONTH_NAMED):
            indicator = _month_of_whole(indicator, out, starts, q.start)
        starts.append(q.start)
        out.append(ChunkFigure(
            indicator=_bounded(indicator or _unnamed(text, q, (c_start, c_end), out[-1] if out else None)),
            value=q.written_value if q.value >= 0 or q.written_value < 0 else -q.written_value,
            unit=q.written_unit,
            value_high=None if q.value_high is None else q.value_high / factor,
            qualifier=q.qualifier,
            measure=q.measure,
            kind=kind,
            period=period,
            quote=text[c_start:c_end].strip()[:160],
        ))
    return out


_NAME_MAX = 60  # (core.wire.Short: the longest indicator a ChunkFigure holds)


def _bounded(name: str) -> str:
    """A name within the longest a figure holds: its last words, which name the measure, where words run on
    (a list's item read with a 400-digit run that is no number before it: 8602…369.5家规模以上工业企业增加值)."""
    return name if len(name) <= _NAME_MAX else name[-_NAME_MAX:]


def _month_of_whole(name: str, out: list[ChunkFigure], starts: list[int], at: int) -> str:
    """A month's part of a total named 当月完成产值 / 当月增速 (1-10月…完成总产值1898.04亿元。其中10月当月完成产值…):
    the 当月 is its period, and what it measures is the total's, named by the figure before it that names a
    flow (规模以上工业企业…总产值); with no such figure near, the name without its 当月."""
    rest = name[2:]
    own = _FLOW_NAMED_IN.search(re.sub(r"^(?:完成|实现)", "", rest))
    if own is not None and own.start() > 0:
        return rest  # (当月规上工业增加值增速: names its measure itself)
    i = bisect.bisect_right(starts, at) - 1
    while i >= 0 and at - starts[i] <= _WHOLE_REACH:
        whole = _FLOW_NAMED_IN.search(out[i].indicator)
        if whole is not None and not out[i].indicator.startswith(_ONE_MONTH_NAMED):
            base = out[i].indicator[:whole.end()]
            return base + "增速" if rest.endswith("增速") else base
        i -= 1
    return rest


_ONE_MONTH_NAMED = ("当月", "单月")
_FLOW_NAMED_IN = re.compile(r"用电量|发电量|产量|总?产值|增加值|营业收入|主营业务收入|利润|税收|销售额|投资")
_WHOLE_REACH = 200  # the total is in the sentence before the month's part, or its own


def _slogan_count(text: str, q: Quantity) -> bool:
    """A count written in Chinese numerals of a programme's parts (八个方面重点工作, 十项重点任务, 三条底线,
    中央八项规定, “三个一批”, 三个“一号工程”): how a plan is organised, not a quantity of its results; and a
    count, however written, of the points a text makes (呈现3个特点, 三个显著特点, 从5个方面): how it is
    organised. Hours a page's service keeps (24小时新闻热线, 值班电话(24小时), 24小时滚动播报): the page's
    furniture, no figure of its news."""
    if q.unit == "小时" and (_SERVICE_AFTER.match(text, q.end) or _SERVICE_BEFORE.search(text, max(0, q.start - 6),
                                                                                        q.start)):
        return True
    if q.unit_class != "count":
        return False
    if any(ch.isdigit() for ch in q.raw):
        return _POINTS_MADE.match(text, q.end) is not None
    return _PROGRAMME_PARTS.match(text, q.end) is not None


# (a trait may carry its adjective: 三个显著特点, 五个运行特点, 呈现3个鲜明特点; still the points a text makes)
_TRAITS = r"[\u4e00-\u9fff]{0,4}?特点"
# (or a programme named in quotes right after the count, 三个“一号工程”, 两个“百日攻坚”行动: the quotes make it a
# slogan's name; not the things a programme's name classes, 三家“专精特新”企业)
_QUOTED_PROGRAMME = r"[“\"][^”\"\n]{1,12}?(?:工程|行动|战略|攻坚|战役)[”\"](?![\u4e00-\u9fff]{0,2}(?:项目|企业))"
_PROGRAMME_PARTS = re.compile(rf"[”\"]?(?:方面|重点(?:工作|任务)|任务|底线|规定|{_TRAITS}|一批)|{_QUOTED_PROGRAMME}")
_POINTS_MADE = re.compile(rf"[”\"]?(?:方面|{_TRAITS})(?![\u4e00-\u9fff]{{0,2}}(?:项目|企业))")
_SERVICE_AFTER = re.compile(r"\s*(?:新闻|服务|值班|咨询|举报|投诉)?(?:热线|电话|滚动|在线|客服|值守)")
_SERVICE_BEFORE = re.compile(r"(?:热线|电话)\s*[（(]?\s*$")


def _kept(text: str, q: Quantity) -> bool:
    """Whether a quantity of the text makes a figure: not a programme's parts, nor a stretch alone (see below)."""
    return makes_figure(q) and not _slogan_count(text, q) and not _stretch_alone(text, q)


def _stretch_alone(text: str, q: Quantity) -> bool:
    """A length of time written alone as a clause before the clause it dates (3年，累计完成工业投资超1万亿元；3年，
    新增工业企业…), or fused to the verb of a leap (三年挺进…): when what follows was done, not a figure of its
    own. There are no words to name it by, and a figure named nothing is checked on its value alone: the page's
    3年 would be trusted as a figure."""
    if q.unit_class != "duration":
        return False
    if _LEAP.match(text, q.end) and not _RUN_BEFORE.search(text, max(0, q.start - 4), q.start):
        return True  # (为全市三年挺进“万亿GDP城市”作贡献, 五年跨越3个台阶: the stretch a leap takes or is to take)
    if text[q.end:q.end + 1] not in _STRETCH_THEN:
        return False
    c0 = start_after(text, q.start, _STRETCH_STOPS)
    return not text[c0:q.start].strip()


_STRETCH_THEN = ("，", ",")  # (not 3年来, 工期3年。: a stretch said of something, or a figure's own clause)
# A length of years fused to a verb of leaping names a campaign or the stretch of a leap (三年挺进…, 两年翻番, 三年倍增,
# as slogans in quotes write it too), not a figure; a run's length (连续两年跻身全国前十) is one
_LEAP = re.compile(r"(?:挺进|跨越|跃升|跃上|迈上|迈入|跨入|跨上|跻身|翻番|翻一番|翻两番|倍增|冲刺)")
_RUN_BEFORE = re.compile(r"连续\s*$")
_STRETCH_STOPS = CLAUSE_END + SENTENCE_END + "\n"


def _unnamed(text: str, q: Quantity, clause: tuple[int, int], before: ChunkFigure | None) -> str:
    """A name for a value the namer names nothing (东宝区完成77.1亿元，同比增长19.5%): a rate's is the growth of the
    figure right before it in its sentence; else the words around it in its clause ("" for a value alone in its
    clause, 717次 of a page's counter: no words a reader could check it by)."""
    c_start, c_end = clause
    s0 = start_after(text, q.start, f"{FULL_STOP}\n")
    if q.measure == "growth" and before is not None and before.quote and before.quote in text[s0:q.start]:
        return before.indicator.removesuffix("增速") + "增速"
    words = _NOT_NAME_CHARS.sub("", text[c_start:q.start]) or _NOT_NAME_CHARS.sub("", text[q.end:c_end])
    return words[:_NAME_LIMIT]


_NOT_NAME_CHARS = re.compile(rf"[^{HAN}A-Za-z]")
_NAME_LIMIT = 20


def _of_headline(src: Source, name: str) -> str:
    """A table's cell named by its row's place alone (石家庄市 8.1 under 地区\t增速): that place's value of what
    the page's headline says is measured (石家庄市规模以上工业增加值增速); `name` otherwise."""
    measure = src.tie_of.topic().measure
    if not measure or not name or divisions().after_name(name + "的") != "的":
        return name
    return name + measure


def _listed(text: str, at: int, shown: str) -> bool:
    """Whether the reading aligned the value at `at` with an item of a 分别 list before it in its
    sentence (石化、食品分别增长7.3%、6.8%): its words are then that item's and the list's verb, written
    without the "…" that joins a value's words before and after it."""
    s0 = start_after(text, at, "。！？!?；;\n")
    # (an industry's name that holds 、, 计算机、通信和其他电子设备制造业, is one item)
    return "分别" in text[s0:at] and bool(shown) and not any(ch in INDUSTRY_NAMES_WITH_COMMAS.sub("", shown)
                                                            for ch in "…、")


def _statistic(text: str, q: Quantity, c_start: int, c_end: int) -> bool:
    """Whether `q` is a statistic of a period (a flow, a rate, a count of what grew), not a project's
    attribute, a plant's capacity or a company's outlay: such a value with no period of its own paragraph
    is read under the one in force before it. A list item (…增长29.7%、24.1%) is read with its list."""
    before = text[c_start:q.start]
    if not _HAN_CHAR.search(before):
        before = text[start_after(text, max(c_start - 1, 0), "，,；;。！？!?\n"):q.start]
    if _TIMELESS.search(before) or text.startswith("的", q.end):
        return False
    if q.measure in ("growth", "share", "change"):
        return True
    words = before + (text[q.end:c_end] if q.unit_class == "count" else "")
    # (东宝区完成77.1亿元, after 1-4月，全市完成工业固定资产投资355亿元: what the report's flow came to, there)
    return bool(_FLOW.search(words)) or (q.unit_class == "money" and _DONE_VERB.search(before.rstrip()) is not None)


# ---------------------------------------------------------------- the period the engine writes

# A period written after one of these is the base of a comparison (增速比1—9月份加快, 比前8月加快,
# 较上年同期增长), not the period of the value.
_BASE = re.compile(r"(?:比|较|同比|环比|相比|对比|高于|低于|快于|慢于|超过|高出)(?:[上去前]年?)?(?:的)?$")
# …or written around it: a multiple's base (是去年全年的2.3倍), an equal (与1-4月基本持平, 与上年比), the second
# of two bases (较上半年和1-5月分别提高)
# (与1-4月投资增速相比，…: what is compared may stand between the base and 相比)
_BASE_AROUND = re.compile(r"(?:是\|的|与\|(?:基本)?持平|(?:与|和|同)\|[^，,。；;|]{0,8}?(?:相)?比|"
                          r"(?:比|较)[^，,。；;]{2,10}[和、]\||"
                          # (在去年高基数的基础上仍保持增长: the base a growth rose on, not its period)
                          r"在\|[^，,。；;|]{0,4}?(?:基数|基础上))")
_TO_END = re.compile(r"至|到")
_START_REACH = 2  # 由2016年的7.4%: the start's value is right after its 的
# A goal's period (全年目标任务, 年度计划投资, 完成年任务): the period of the goal's own amount.
_GOAL_PERIOD = re.compile(r"(本年度|全年|年度|(?<![\d今去明上当前同全本])年)"
                          r"(?=度?(?:预期)?[^，,。；;\d]{0,10}?(?:目标|任务|计划))")
# Now, as the article writes it (截至目前, 2023年截至目前, 目前): the period of a stock or a running total.
# (not now as a modifier of a noun: 已成为当前最紧迫的任务, 当前的形势)
_NOW = re.compile(r"(?:(?:19|20)\d{2}年)?" + AS_OF_NOW.pattern + r"(?!最|的|形势|任务|阶段|工作)")
_UNTIL = re.compile(r"(?:截至|截止|到|至)\s*$")  # 截至11月20日 dates a running total; 8月5日，记者… an event
# A stock at the time of writing (全市现有国家级小巨人6家, 现已入库18家): no period of its sentence holds for it
# (as numbers.attribution reads it).
_STOCK = re.compile(r"现有|现已")
# Words that end the name of an event or a document a period is part of, later in the period's clause
# (举办2022年…银企签约活动, 我市一季度重大项目集中开工活动, 《…2022年…工作方案》): the period dates the event,
# not the values of its sentence (as numbers.attribution reads it).
_EVENT_END = re.compile(r"活动(?![同增下比较实完])|会议|大会|座谈会|推介会|方案|通知|意见|办法|》")
_EVENT_REACH = 60  # an event's name holding a period ends within this many characters of it
_BREAKDOWN = re.compile(r"\s*其中")  # 其中，6月份…: a part's period, for its own sentence
# What a statistics paragraph reports for the period the article is about (its flows and their rates):
# a paragraph that states no period of its own is read under the one in force before it.
# (零售, 利税, 成交额, 出栏, 亩产: a retail total, a tax-and-profit sum, a trade's turnover, a herd's output and a
# yield are flows of the report's period as much as 销售 and 产量 are)
_FLOW = re.compile(r"增加值|利润|利税|收入|营收|营业额|产值|投入|投资|资金|出口|税收|销售|零售|成交额|交易额|用电|产量|"
                   r"出栏|亩产|进资|引资|交货值|增长|下降|增速|增幅|降幅|占|比重|拉动|贡献|回落|提高|企业数|总数")
_DONE_VERB = re.compile(r"(?:完成|实现)$")
_SECTION_HEADING = re.compile(rf"[^{FULL_STOP}，,；;：:\d]{{2,12}}")  # (发展重点, 主要目标: a section's heading line)
_DEADLINE_WRITTEN = re.compile(r"[到至](?:19|20)\d{2}年")
# …but a project's attributes and a plant's capacity hold at no period (总投资50亿元的…产业城, 装机容量203兆瓦).
_TIMELESS = re.compile(r"总投资?|装机|容量|年产|总盘子|公司|集团")
# …and so do the figures that name a project before it (投资7亿元、年产整车10万辆的…汽车项目).
_PROJECT_ATTRIBUTE = re.compile(r"(?:、[^，,；;。的]{0,16})?的[^，,；;。]{0,30}?(?:项目|工程)")
_MONTHS_STATED = re.compile(r"[一二三四]季度|上半年|前三季度|\d{1,2}\s*[-—－~至到]\s*\d{1,2}\s*月|前\d{1,2}个?月")
_HAN_CHAR = re.compile(f"[{HAN}]")
_ONCE_BUILT = re.compile(r"(?:建成|达产|投产|竣工|建成投产|全面达产|达效)(?:后|以后)")
_BUILT_REACH = 30
_RUNNING = re.compile(r"累计")
_BUILT_UP = re.compile(r"(?:建成|认定|创建)")  # (累计建成, 累计认定: a stock built up, not a flow to date)
_RATE_TO_DATE = re.compile(r"(?:同比|比上年同期)?(?:增长|下降|增速|增幅|降幅)")
# A paragraph that opens with a short heading sentence (节能降耗扎实推进。) starts a section of its own; one
# that opens with a dateline (本报讯, 记者…报道) starts another article of the page.
_HEADING = re.compile(rf"\s*[^0-9０-９{FULL_STOP}\n，,；;：:]{{2,16}}[{FULL_STOP}]")
_NEW_ARTICLE = re.compile(r"\s*(?:本报讯|本网讯|[^\n，,。]{0,12}讯[\s（(]|[（(]?记者)")
_CLAUSE_STOPS = re.compile(f"[{re.escape(CLAUSE_END.replace('、', '') + SENTENCE_END)}\n]")
_FULL_STOPS = re.compile(f"[{re.escape(FULL_STOP)}\n]")


# The heading of a work report's review part (一、2023年工作回顾, 回顾2023年工作成果, 一、2019年国民经济和社会发展计划
# 执行情况, 一、2022年工作成效, 2021年主要成绩), a line of its own; the part runs to the next top-level heading
# (二、2024年工作安排, 展望2024年工作目标). (Not a part of the year, 一、2024年一至十月工作完成情况, 2024年以来工作成效;
# nor a plan's or a headline's 成果, 巩固改革成果的主要任务, 招商引资成果丰硕: results are 工作 or 主要 成效/成绩/成果.)
# (not a part of the year: 一、2024年计划上半年执行情况)
_REVIEW_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．][ \t\u3000]*)?(?:回顾)?((?:19|20)\d{2}年)"
                             r"(?:(?!季度|半年|\d月|[一二三四五六七八九十]月|个月|以来)[^\n。，,；;：:]){0,24}?"
                             r"(?:回顾|工作总结|(?:工作|主要)(?:成绩|成效|成果)|执行情况)"
                             r"[^\n。，,；;：:！？的]{0,6}$", re.M)
# The heading of a work report's plan part (二、2024年工作安排, 展望2024年工作目标, 三、2020年经济社会发展主要目标):
# the year its goals are set for.
_PLAN_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．][ \t\u3000]*)?(?:展望)?((?:19|20)\d{2}年)"
                           r"[^\n。，,；;：:\d]{0,16}?(?:工作安排|工作目标|主要目标|预期目标|发展目标|工作任务|工作打算|"
                           r"计划(?:（草案）|\(草案\))?)[^\n。，,；;：:！？]{0,6}$", re.M)
_A_YEAR = re.compile(r"(?:19|20)\d{2}年")


def _opens_line(text: str, at: int) -> bool:
    """Whether the period at `at` opens its line (2021年，全区…), its sentence's subject following."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


# The year a review part looks back on, as its sentences say it (过去的一年，…; 全年地区生产总值完成82.86亿元).
_YEAR_UNDER_REVIEW = frozenset({"全年", "过去一年", "过去的一年", "这一年", "一年来", "年末", "本年", "当年"})
_PART_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|展望)", re.M)


def _reviewed_years(text: str, heading: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    """Where each review part of a work report runs (from its heading to the next top-level heading) and the year
    it reviews, in text order (or each part `heading` opens: a plan part's and the year it plans)."""
    out: list[tuple[int, int, str]] = []
    for m in (heading or _REVIEW_HEADING).finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        nxt = _PART_HEADING.search(text, m.end())
        out.append((m.start(), nxt.start() if nxt is not None else len(text), m.group(1)))
    return out


class _Mark(NamedTuple):
    start: int
    end: int
    written: str  # as the text writes it
    goal: bool  # a goal's period (全年目标): only a goal's amount is of it
    local: bool  # a breakdown sentence's (其中，6月份…): it holds to its full stop, not beyond
    lasting: bool = False  # a span of months or a year (1-9月, 上半年): it may hold into the paragraphs after
    event: bool = False  # part of an event's name (举办2022年…签约活动): it dates no value of its sentence
    starting: bool = False  # a starting point (由2016年的7.4%提高到…): it dates the start's value alone


# A month said to be the month alone (9月当月, 10月份单月): a detail of a report on the months to date, not its period.
_ONE_MONTH = re.compile(r"份?(?:当月|单月)")


def _details(periods: Sequence[tuple[int, int, Period]]) -> list[bool]:
    """For each period, whether it is one month that ends a run of months written before it (前三季度 … 9月份;
    1-9月 … 9月当月), or a shorter run from the same start (一季度 … 1-2月, a series that lags the report): such
    figures detail the report, whose period is the run's."""
    runs: list[Period] = []  # the runs of months seen so far
    out = []
    for _, _, p in periods:
        months = p.months
        one = months is not None and months[0] == months[1] and any(r.months and r.months[1] == months[1] for r in runs)
        lagging = months is not None and months[0] < months[1] and any(lags(p, r) for r in runs)
        out.append(one or lagging)
        if months is not None and months[0] < months[1] and not lagging:
            runs.append(p)
    return out


def _is_base(text: str, a: int, b: int) -> bool:
    """Whether the period at [a, b) is a comparison's base (比1—9月份, 较上年同期, 与1-4月…相比, 较上半年和1-5月)."""
    return bool(_BASE.search(text, max(0, a - 5), a)
                or _BASE_AROUND.search(text[max(0, a - 12):a] + "|" + text[b:b + 12]))


def _bases(text: str, periods: Sequence[tuple[int, int, Period]]) -> list[bool]:
    """For each period, whether it is a comparison's base: by the words around it, or as the next item of a list of
    bases (比今年1-3月、1-4月、1-5月、1-6月分别提高…: each item after a base and a 、 or 和 is one too)."""
    out: list[bool] = []
    last_base = -2  # where the last base ended
    for a, b, _ in periods:
        base = _is_base(text, a, b) or (a - 1 == last_base and text[a - 1] in _LIST_JOIN)
        out.append(base)
        if base:
            last_base = b
    return out


_LIST_JOIN = "、和及"


def _same(written: str, p: Period) -> bool:
    """Whether a period's writing names the period `p` (一季度 and 1-3月 do; 全年 and 2023年 do not)."""
    mine = parse_period(written)
    return mine is not None and mine[1:] == p[1:]


def _so_far_this_year(written: str) -> bool:
    """Whether a period's writing is this year so far, with no months (今年, 今年以来, 本年以来, 年初以来)."""
    p = parse_period(written)
    return p is not None and not p.months and (p.year in ("今年", "本年") or p.other in ("本年以来", "年初以来"))


def _a_stretch(written: str) -> bool:
    """Whether a period's writing is a stretch a sum runs over (1至5月, 上半年, 2023年), not one month or day."""
    p = parse_period(written)
    return p is not None and (p.months[0] < p.months[1] if p.months else bool(p.year) and not p.day)


_WRAPS = 4  # how many hard-wrapped lines back a sentence broken over them is read


class Timeline:
    """The periods a text states and which holds for each value: its own clause's, else its sentence's
    (to the full stop), else its paragraph's opening (before the paragraph's first value), else, for a
    statistic (a flow or its rate), the one in force in the paragraphs before. Not a comparison's base
    (比1—9月份, 较上年同期), an event's date (8月5日，记者…), a period in an event's name for the values of
    its sentence (举办2022年…签约活动，191家企业…), any for a stock now (现有…6家), nor, for an actual value, a
    goal's period (全年目标; 力争全年… opening a paragraph). What holds into later paragraphs is a period the
    statistics of its own paragraph were read under, not one that dated goals or projects only."""

    def __init__(self, text: str, starts: list[int], periods: Sequence[tuple[int, int, Period]]) -> None:
        """`periods`: the period writings of `text` (numbers/periods.periods_in), as its Source has them."""
        self.text = text
        self.value_starts = starts  # the start of every value of the text, sorted
        self.clause_ends = [m.start() for m in _CLAUSE_STOPS.finditer(text)]
        self.full_stops = [m.start() for m in _FULL_STOPS.finditer(text)]
        self.asides = asides(text)  # (a period written in one dates its own values alone: 245家（2023年为218家）)
        self._months_end: int | None = None  # (see _aside_on_last_year)
        details = _details(periods)
        bases = _bases(text, periods)
        marks = [m for m in (self._mark(a, b, p, detail)
                             for (a, b, p), detail, base in zip(periods, details, bases, strict=True) if not base)
                 if m is not None]
        marks += [_Mark(m.start(), m.end(), m.group(0), False, self._local(m.start())) for m in _NOW.finditer(text)]
        marks += [_Mark(m.start(), m.end(), "全年" if m.group(1) == "年" else m.group(1), True, False)
                  for m in _GOAL_PERIOD.finditer(text)]
        # one mark per place: a goal's 全年 is also a period writing; 2023年截至目前 holds 2023年
        self.marks: list[_Mark] = []
        for m in sorted(marks, key=lambda m: (m.start, -m.end, not m.goal)):
            if self.marks and m.start < self.marks[-1].end:
                continue
            self.marks.append(m)
        self.starts = [m.start for m in self.marks]
        self.dated: set[int] = set()  # where the marks start that an actual statistic was read under
        self.lead = self._lead_period()  # (read once: the fallback of every statistic no paragraph dates)
        self.reviews = _reviewed_years(text)  # (a work report's review part and the year it reviews)
        self.plans = _reviewed_years(text, _PLAN_HEADING)  # (its plan part and the year it plans)

    def _mark(self, a: int, b: int, p: Period, detail: bool = False) -> _Mark | None:
        """`detail`: the period is the last month of a run of months written before it (9月份 after 1-9月)."""
        text = self.text
        if p.day and not p.lunar and not _UNTIL.search(text, max(0, a - 3), a):
            return None  # 8月5日，记者从…获悉: the date of a report
        if p.raw in ("春节", "正月") and b < len(text) and text[b] not in "期前后假，,、。；;：:":
            return None  # 春节不停工企业: a festival naming a kind of thing, not a time
        # 春节期间, 正月初七, 3月15日 date an event or a spell: they hold for their own paragraph at most
        lasting = bool(p.months or p.year) and not (p.day or p.lunar or p.other) and not _ONE_MONTH.match(text, b) \
            and not detail and not self._aside_on_last_year(a, p)
        # (其中当年新引进项目23个，历年结转项目1个: 当年 names a class of what is counted, as an event's name does)
        event = self._names_event(b) or (p.raw in THAT_YEAR and text[max(0, a - 1):a] not in ("", "\n", "。"))
        # (近年来，…: a stretch of years holds to its full stop; the paragraph's later values have years of their own)
        local = self._local(a) or self._recent_years_local(a, p)
        start = starts_a_change(text, a, b)
        return _Mark(a, b, p.raw.strip(), False, local, lasting and not event and not start, event, start)

    def _aside_on_last_year(self, a: int, p: Period) -> bool:
        """Whether the period at `a` is last year's (去年, 上年) opening a sentence inside a paragraph, after a stretch
        of months was stated (一季度，…。据了解，…。去年，我市新增工业企业272家…): an aside for its paragraph, after
        which the report's period resumes (as numbers.attribution reads it)."""
        start = span_start(self.full_stops, a)
        if not aside_on_last_year(self.text, p, start):
            return False
        if self._months_end is None:  # (where the first stretch of months written ends, found once)
            first = _MONTHS_STATED.search(self.text)
            self._months_end = first.end() if first is not None else len(self.text) + 1
        return self._months_end <= start

    def _names_event(self, end: int) -> bool:
        """Whether the period ending at `end` is part of an event's or a document's name: one that ends
        later in its clause (its words run on to 活动, 会议, 方案, 》 before the next comma)."""
        stop = span_end(self.clause_ends, end, len(self.text))
        return bool(_EVENT_END.search(self.text, end, min(stop, end + _EVENT_REACH)))

    def _recent_years_local(self, a: int, p: Period) -> bool:
        """Whether the stretch of recent years `p` at `a` holds to its full stop only: not where it is counted and
        opens its paragraph (过去五年，我们…。综合实力不断增强，…年均增长6.9%: the paragraph's; 近年来 there names no
        period of the values after it)."""
        if not RECENT_YEARS.fullmatch(p.other or ""):
            return False
        return bool(self.text[self.text.rfind("\n", 0, a) + 1:a].strip()) or not YEARS_COUNTED.search(p.other or "")

    def _local(self, at: int) -> bool:
        start = span_start(self.full_stops, at)
        return bool(_BREAKDOWN.match(self.text, start))

    def _last(self, lo: int, hi: int, goal: bool) -> _Mark | None:
        """The last mark starting in [lo, hi) (a goal's only when `goal`); a starting point only for the value
        right after it (由2016年的7.4%, not 提高到…8% nor the clauses after)."""
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.marks[i].start >= lo:
            m = self.marks[i]
            if m.end <= hi and (goal or not m.goal) and not m.event \
                    and not (m.starting and (hi - m.end > _START_REACH or _TO_END.search(self.text, m.end, hi))):
                return m
            i -= 1
        return None

    def _first(self, lo: int, hi: int, goal: bool, events: bool = False) -> _Mark | None:
        """The first mark in [lo, hi) (a goal's only when `goal`, an event's only when `events`)."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.marks) and self.marks[i].end <= hi:
            m = self.marks[i]
            if (goal or not m.goal) and (events or not m.event):
                return m
            i += 1
        return None

    def period(self, start: int, end: int, kind: str, statistic: bool) -> str | None:
        """The period written for the value at [start, end) of kind `kind`: a target's goal period first.
        Values are to be asked for in text order: the period an actual statistic is read under is one that
        may hold into the paragraphs after (a goal's period, an event's, one dating no statistic do not)."""
        text = self.text
        c0, c1 = span_start(self.clause_ends, start), span_end(self.clause_ends, end, len(text))
        if kind == "target":
            goal = self._last(c0, start, True) or self._first(end, c1, True)
            if goal is None or not goal.goal:  # 冲刺全年目标，确保…增长8%以上: the sentence's goal is its goals'
                goal = self._last(span_start(self.full_stops, start), c0, True)
            if goal is not None and goal.goal:
                return goal.written
        if _ONCE_BUILT.search(text, max(span_start(self.full_stops, start), start - _BUILT_REACH), start):
            return None  # 项目建成后，年可实现产值165亿元: what a plant will make once built, of no period yet
        stated, final = self._stated(start, end, c0, c1, kind == "target")
        if stated is not None and stated.start < c0 and _PROJECT_ATTRIBUTE.match(text, end):
            return None  # (元月…，包括投资7亿元、年产整车10万辆的…项目: the project's own figures, of no period)
        if stated is not None:
            if statistic and kind == "actual":
                self.dated.add(stated.start)
            return self._as_reviewed(stated.written, start)
        p0 = text.rfind("\n", 0, start) + 1
        if kind == "target" and not final:
            # (主要目标⏎到2025年，…；⏎工业固定资产投资达到1500亿元…; 二、2024年工作安排⏎…确保GDP增长7%)
            return self._deadline_before(p0) or self._reviewed(start, self.plans)
        if final:
            return None
        found = self._in_force(p0) if statistic else None
        return self._reviewed(start) if found is None else self._as_reviewed(found, start)

    def as_written(self, period: str | None, written: Period | None, at: int) -> str | None:
        """`period`, the Timeline's for the value at `at`; or, where it names another stretch than the one the
        document's reading ties the value to by its own sentence or its paragraph's opening (`written`, its Tie's),
        that one as the paragraph writes it: the checker holds the engine's own figure to the reading's, and a
        period carried from before (1—4月) over one its own sentence states (1—3月，…) is refused as misread. Only a
        writing the Timeline holds for values, in the value's paragraph up to its full stop (not a comparison's
        base, a goal's, an event's, a starting point's), and not for a goal's amount its sentence dates (年度目标)."""
        mine = parse_period(period)
        if written is None or mine is None or not mine.conflicts(written):
            return period  # (none read: a stock now, a project's attribute, as the Timeline reads them)
        p0 = self.text.rfind("\n", 0, at) + 1
        s0, hi = span_start(self.full_stops, at), span_end(self.full_stops, at, len(self.text))
        marks = self.marks[bisect.bisect_left(self.starts, p0):bisect.bisect_left(self.starts, hi)]
        if any(m.goal and m.written == period and m.start >= s0 for m in marks):
            return period  # (…1-10月…，占年度目标220亿元的81.9%: the goal's amount is of the goal's period)
        for m in marks:
            if not (m.goal or m.event or m.starting) and _same(m.written, written):
                return m.written
        return period

    def _as_reviewed(self, written: str, at: int) -> str:
        """A period as written (全年, 过去的一年), or, in a review part of a work report, the year it reviews."""
        return (self._reviewed(at) or written) if written in _YEAR_UNDER_REVIEW else written

    def _reviewed(self, at: int, parts: list[tuple[int, int, str]] | None = None) -> str | None:
        """The year the review part of a work report holding `at` reviews (一、2023年工作回顾; 一、2019年国民经济和社会
        发展计划执行情况): the period of its values no paragraph of it dates, up to the part after it (二、…)."""
        parts = self.reviews if parts is None else parts
        i = bisect.bisect_right(parts, (at, len(self.text) + 1, "")) - 1
        if i >= 0 and parts[i][0] <= at < parts[i][1]:
            return parts[i][2]
        return None

    def _deadline_before(self, p0: int) -> str | None:
        """The deadline (到2025年) a goal line of a list of goals is set to: the one the lines before it in its
        section open with, up to a heading line (发展重点) or a blank line."""
        text = self.text
        end = p0 - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line or _SECTION_HEADING.fullmatch(line):
                return None
            i = bisect.bisect_left(self.starts, end) - 1
            while i >= 0 and self.marks[i].start >= start:
                m = self.marks[i]
                if _DEADLINE_WRITTEN.match(text, max(0, m.start - 1)) and not m.local:
                    return m.written
                i -= 1
            end = start - 1
        return None

    def _stated(self, start: int, end: int, c0: int, c1: int, target: bool) -> tuple[_Mark | None, bool]:
        """The period stated for the value at [start, end) (clause [c0, c1)): its clause's, else its
        sentence's, else its paragraph's opening; and whether none holds for it when none is stated (a
        stock now, a running total), not even one in force before its paragraph."""
        text = self.text
        own = self._last(c0, start, False) or self._first(end, self._before_aside(start, end, c1), False)
        if own is not None:
            return own, True
        if _STOCK.search(text, c0, start):
            return None, True  # 全市现有国家级小巨人6家
        s0 = span_start(self.full_stops, start)
        found = self._last(s0, c0, False)
        note = aside_at(self.asides, found.start) if found is not None else None
        if note is not None and aside_at(self.asides, start) is None:
            found = self._last(s0, note[0], False)  # (…245家（2023年为218家），工业投资完成56亿元: not 2023年's)
        if found is None and s0 > 0 and text[s0 - 1] != "\n" and _BREAKDOWN.match(text, s0):
            # (截至9月底，全县…累计完成投资167亿元。其中，42个涉市重点项目…: the whole's period is its parts')
            found = self._last(span_start(self.full_stops, s0 - 1), s0, False)
        if found is not None:
            return found, True
        running = _RUNNING.search(text, s0, start)
        if running and _RATE_TO_DATE.match(text, running.end(), start):
            running = None  # (三亚经济圈规上工业增加值累计同比增长33.7%: a rate to date, the report's as any rate)
        if running and _BUILT_UP.match(text, running.end()):
            return None, True  # 累计建成5G基站1260个: a stock built up over years, of no period unless stated
        opening = self._opening(text.rfind("\n", 0, start) + 1, start, target)
        # a total summed to date (1至5月，…。累计完成投资28.46亿元; 2024年1-5月，全市备案投资项目累计2057个): its
        # paragraph's opening stretch, none carried from before it, and none where its paragraph opens with none
        if running:
            return (opening if opening is not None and _a_stretch(opening.written) else None), True
        return opening, False

    def _before_aside(self, start: int, end: int, hi: int) -> int:
        """Where the words after the value at [start, end) that may date it end, short of `hi`: at an aside opened
        after it, when it stands in none (245家（2023年为218家）: the aside's year is its own value's)."""
        if aside_at(self.asides, start) is not None:
            return hi
        k = bisect.bisect_left(self.asides, (end, -1))
        return min(hi, self.asides[k][0]) if k < len(self.asides) else hi

    def _opening(self, p0: int, at: int, target: bool) -> _Mark | None:
        """The period a paragraph opens with: before its first value, in its first sentence or the one
        after a heading (运行指标好于预期。1至9月，…)."""
        first_value = self.value_starts[bisect.bisect_left(self.value_starts, p0)]
        heading = _HEADING.match(self.text, p0, at)
        s1 = span_end(self.full_stops, heading.end() if heading else p0, len(self.text))
        m = self._first(p0, min(first_value, s1, at), False, events=True)
        if m is not None and m.event and m.start >= span_start(self.full_stops, at):
            return None  # 我市一季度…开工活动，现场调度4个项目: the event's, not its values'
        if m is not None and not target and _TARGET_WORD.search(self.text, span_start(self.clause_ends, m.start),
                                                                m.start):
            return None  # 力争全年实现技改项目70个以上。…奖励30万元: the goal's period, not the paragraph's
        if m is not None and _so_far_this_year(m.written):
            m = self._sharper(m, min(first_value, at))
        return m if m is not None and not m.local else None

    def _sharper(self, vague: _Mark, hi: int) -> _Mark:
        """The stretch of months a paragraph that opens with this year so far (今年以来，…) states before its first
        value (…。1-2月实现规上工业总产值…; 今年，…，一季度第一产业增加值增长7.1%): the months its values are of."""
        m = self._last(vague.end, hi, False)
        p = parse_period(m.written) if m is not None else None
        if m is None or m.local or p is None or not p.months or p.months[0] == p.months[1]:
            return vague
        if p.year not in (None, "今年"):
            return vague
        return m

    def _in_force(self, p0: int) -> str | None:
        """The period in force before a paragraph: the last one an actual statistic was read under in the
        paragraphs before it (or one of the sentence a hard-wrapped line breaks off into it), through
        paragraphs that state none, but not past one that opens a section of its own (节能降耗扎实推进。…)
        nor into another article of the page (本报讯…)."""
        text = self.text
        if _NEW_ARTICLE.match(text, p0):
            return None
        end = p0 - 1
        wrapped = self._wrapped(end)  # (the sentence the value's own runs on from holds as its own would)
        own = self._wrapped_mark(wrapped, end)
        if own is not None:
            return own.written  # (…1—8 月\n份实现产值…: a lagging series' stretch, its own sentence's though wrapped)
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            m = self._last_holding(max(start, wrapped), end) or self._last_holding(start, end, dated=True)
            if m is not None:
                return m.written
            if _HEADING.match(text, start, end) or _NEW_ARTICLE.match(text, start, end):
                return None
            end = start - 1
        return self.lead

    def _lead_period(self) -> str | None:
        """The stretch of months a report's headline or lead states before its first value (1至7月全州经济运行数据
        公布——…; 发布1至7月全州经济运行数据): the period of its statistics where no paragraph dates them."""
        first_value = self.value_starts[0] if self.value_starts else len(self.text)
        for m in self.marks:
            line_end = self.text.find("\n", m.end)
            if m.start >= first_value or line_end < 0 or line_end > first_value:
                break  # (only a headline's or a lead's, lines of no value: 一季度，全县新开工项目18个 dates its own)
            p = parse_period(m.written)
            if not m.goal and not m.local and not m.event and p is not None and p.months and p.months[0] < p.months[1]:
                return m.written
            if not m.goal and not m.local and not m.event and p is not None and _A_YEAR.fullmatch(m.written) \
                    and _opens_line(self.text, m.start):
                return m.written  # (2021年，全区…⏎一、综合⏎…: a review of the year, its statistics that year's)
        return None

    def _wrapped_mark(self, wrapped: int, end: int) -> _Mark | None:
        """The last period of the sentence a hard wrap breaks off (from `wrapped` to `end`, over the wrapped lines
        before it) that holds for its paragraph only (a lagging series' 1—8 月): it dates the value's line."""
        for _ in range(_WRAPS):
            if wrapped >= end:
                return None
            m = self._last(wrapped, end, False)
            if m is not None:
                return m if not m.lasting and not m.local else None
            if wrapped == 0 or self.text[wrapped - 1] != "\n":
                return None  # (the sentence starts on this line: no line before it is of it)
            end = wrapped - 1
            wrapped = self._wrapped(end)
        return None

    def _wrapped(self, end: int) -> int:
        """Where the sentence the line ending at `end` breaks off starts, when a page's hard wrap breaks it
        (…1—8 月\n份实现产值…: no full stop ends the line); else `end`, an empty span."""
        last = end - 1
        while last >= 0 and self.text[last] in " \t\u3000":
            last -= 1
        if last < 0 or not (_HAN_CHAR.match(self.text[last]) or self.text[last].isdigit()):
            return end
        return span_start(self.full_stops, last)

    def _last_holding(self, lo: int, hi: int, dated: bool = False) -> _Mark | None:
        """The last mark in [lo, hi) that holds past its paragraph: a span of months or a year, not a goal's,
        not a breakdown's, and (when `dated`) one an actual statistic of its paragraph was read under: a
        period that dated goals only or a project's attributes (一季度…37个项目集中开工) is not the article's."""
        i = bisect.bisect_left(self.starts, hi) - 1
        while i >= 0 and self.marks[i].start >= lo:
            m = self.marks[i]
            if not m.goal and not m.local and m.lasting and (m.start in self.dated or not dated):
                return m
            i -= 1
        return None

# ---------------------------------------------------------------- the kind the engine writes

# A goal's own amount, right after the goal is named (年度目标任务589亿元, 下达任务325亿元, 年度增长计划为10.5%,
# 计划总投资318亿元, 年任务(40.2亿元)); not the share of it reached (完成年度目标任务的80%), nor 计划外.
_GOAL_AMOUNT = re.compile(r"(?:目标|任务|计划(?![外内]))(?:任务)?[^，,。；;\d的]{0,6}?(?:为|是|达到?)?\s*[（(]?\s*$")
_REACHED = re.compile(r"(?:完成|占|高于|低于|超过)[^，,。；;\d]{0,4}(?:目标|任务|计划)$")
# (超过目标任务4000亿元的19%: the goal's own amount, the share of it by which the result passed it after)
_SHARE_OF_IT = re.compile(r"的\s*[\d.]")
_ASSIGNED = re.compile(r"下达")  # 市下达我区9亿元的全年…任务
_GOAL_WORD = re.compile(r"目标|任务|计划(?![外内])")
_FORECAST_WORD = re.compile(r"预计|预测|预期(?!性?目标)|有望|估计")
# Words that set a goal or report a result; the nearest before a value in its sentence says which it is.
_TARGET_WORD = re.compile(rf"力争|确保|争取|力求|目标|计划(?![外内]|完成率)|冲刺|锚定|(?<![的作])要求|{PROPOSED}")
# (累计 alone sums what a goal counts to its deadline as well, 到2025年，…，累计培育…企业1000家: where the checker's
# reading ties a goal, only a word that says it is reached makes the value a result)
_REACHED_WORDS = r"截至|截止|共有|现有|实现了|完成了|达到了"
_REACHED_WORD = re.compile(rf"已|{_REACHED_WORDS}")
_DONE_WORD = re.compile(rf"已|累计|{_REACHED_WORDS}")
# A work plan's paragraph: it opens by saying what will be done (kinds.PLAN_OPENING), or follows a
# 目标 heading (主要目标：); its values are goals even where no word of their clause says so.
_GOAL_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十\d]+[、.．）)]\s*)?(?:主要|工作|发展|总体|预期)?目标(?:任务)?"
                           r"\s*[：:]?\s*$")


def kind_of(src: Source, start: int, end: int, tied: str, threshold: bool) -> str:
    """The kind of the value at [start, end) of `src`'s text, given the kind the checker's reading ties to it
    (`tied`: target, forecast, actual or ''): a goal's own amount is a target whatever the sentence
    forecasts; a forecast word holds to the end of its sentence unless a goal or a result word comes
    after it; a value its clause says is done (已完成11项任务) is actual; a work plan's values are goals."""
    text = src.text
    c0 = start_after(text, start, "，,；;。！？!?\n：:")
    c1 = end_from(text, end, "，,；;。！？!?\n")
    before = text[c0:start]
    if _gap_to_goal(text, before, end):
        return "actual"  # 超出年度目标1.6个百分点: the result's gap to the goal
    goal = _GOAL_AMOUNT.search(before)
    reached = _REACHED.search(before, 0, goal.start() + 2) if goal else None
    if reached:
        goal = None  # (完成年度计划分别为68.9%: the share of the plan reached, not the plan's amount)
    if goal or (_ASSIGNED.search(before) and _GOAL_WORD.search(text, end, c1)):
        return "target"
    if threshold:
        return "threshold"  # (a class's bound in a goal, 实施500万元以上技改项目30个, bounds the class still)
    s0 = start_after(text, start, "。！？!?；;\n")
    if _foreseen(src, s0, start):
        return "forecast"
    if tied == "target" and _REACHED_WORD.search(before) and not _TARGET_WORD.search(before):
        return "actual"  # 已完成11项任务: the tasks done, not a goal
    if reached and tied == "target" and _share_reached(text, (s0, c0 + reached.start()), end):
        return "actual"
    if tied in ("target", "forecast"):
        return tied
    if tied != "actual" and _in_plan(text, start) and not _DONE_WORD.search(before):
        return "target"
    return "actual"


def _gap_to_goal(text: str, before: str, end: int) -> bool:
    """Whether the value ending at `end` (its clause's words before it: `before`) is a result's gap to the goal named
    right before it; not the goal's own amount with the share of it passed after (超过目标任务4000亿元的19%)."""
    return GAP_TO_GOAL.search(before) is not None and not _SHARE_OF_IT.match(text, end)


def _foreseen(src: Source, s0: int, start: int) -> bool:
    """Whether a forecast word (预计), or a project's yield once built (全部建成后年产值可达106亿元), is the last
    word of kind before the value in its sentence (from `s0`), after any goal or result word. (Each word's last
    match before the value is looked up among the page's, found once: `Source.marks`.)"""
    def last(pattern: re.Pattern[str]) -> int:
        return src.marks(pattern).last_start(s0, start)

    foreseen = max(last(_FORECAST_WORD), last(_YIELD_ONCE_BUILT))
    if foreseen >= 0 and BEYOND_FORESEEN.search(src.text, max(s0, foreseen - 4), foreseen):
        return False  # (主要指标好于预期，…增长8.1%; 超出预期0.4个百分点: a result held against what was foreseen)
    other = max(last(_TARGET_WORD), last(_DONE_WORD))
    return foreseen >= 0 and foreseen > other


def _share_reached(text: str, words: tuple[int, int], end: int) -> bool:
    """Whether a percent after the plan it reached (占年度计划投资总额153.92%) is the share done: no word in its
    sentence before the plan (`words`) sets it as a goal."""
    return text[end - 1:end] in "%％" and not _TARGET_WORD.search(text, *words)


# A project's yield once built (建成投用后年营业额可达, 全部建成后…可安排就业): the words up to its 可.
_YIELD_ONCE_BUILT = re.compile(r"(?:建成|达产|投产|竣工|达效)(?:投用|投运|投产|达效)?(?:后|以后)[^。；;\d]{0,12}?可")
# (a full sentence ends at a full stop or a line's end)
_SENTENCE_ENDS = f"{FULL_STOP}\n"


def _kind(src: Source, q: Quantity, tie: Tie | None, threshold: bool) -> str:
    """The kind of the figure of `q` (see `kind_of`), or a year's plan where its words name no kind and the year is
    ahead of the page (2024年…产量7.8亿吨 in a work report of January 2024)."""
    kind = kind_of(src, q.start, q.end, tie.kind if tie is not None else "", threshold)
    if kind == "actual" and tie is not None and not tie.kind and src.year_ahead(tie, (q.start, q.end)):
        return "target"
    return kind


def _part_of_planned(text: str, at: int, kinds: list[tuple[int, str]]) -> bool:
    """Whether the value at `at` is a part after 其中 of a whole whose first figure (of `kinds`, (where, kind) of
    the figures before it) is a target: a part of a planned whole is planned."""
    whole = _whole_of_part(text, at)
    if whole is None:
        return False
    # (the whole's first figure, found by bisection: the figures so far are in text order)
    i = bisect.bisect_left(kinds, whole[0], key=lambda found: found[0])
    return i < len(kinds) and kinds[i][0] < whole[1] and kinds[i][1] == "target"


def _whole_of_part(text: str, at: int) -> tuple[int, int] | None:
    """The words of the whole a value at `at` is a part of, after 其中 in its sentence (or the sentence
    before, where 其中 opens one): 计划实施项目126个…。其中，续建项目33个. None where there is no 其中, or the
    part's words say something is done or expected."""
    c0 = start_after(text, at, "，,；;。！？!?\n：:")
    if _DONE_WORD.search(text, c0, at):
        return None
    s0 = start_after(text, at, _SENTENCE_ENDS)
    k = text.rfind("其中", s0, at)
    if k < 0 or _DONE_WORD.search(text, k, at) or _FORECAST_WORD.search(text, k, at):
        return None
    if text[s0:k].strip(" \u3000\t"):
        return s0, k
    if s0 < 1 or text[s0 - 1] == "\n":  # (其中 opens the sentence: the whole is the sentence before)
        return None
    return start_after(text, s0 - 1, _SENTENCE_ENDS), k


def _in_plan(text: str, at: int) -> bool:
    """Whether the value at `at` is in a work plan's paragraph (see PLAN_OPENING, _GOAL_HEADING)."""
    p0 = text.rfind("\n", 0, at) + 1
    if PLAN_OPENING.match(text, p0, at):
        return True
    before = text.rfind("\n", 0, max(p0 - 1, 0)) + 1
    return p0 > 0 and bool(_GOAL_HEADING.match(text, before, p0 - 1))
