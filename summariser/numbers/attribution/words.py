"""A value's indicator words as compared (indicator_words, written_as_compared), what they say is measured
(measured, head_kind), the level of the place they name, a size class, a rank and a tally.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core.chars import HAN
from ..chinese import CN_DIGITS
from .text import ONE_CHARACTER_PRODUCTS, last_match

# ---------------------------------------------------------------- indicators

# Words that say how a value is stated, not what it measures: dropped from both sides before the
# comparison (增速 for 增长, 同比 and 达到 say nothing of the indicator).
# (进出口 is trade both ways: read as 外贸总值, so that its 出口 is no word of 出口's, nor its 进口 of 进口's)
_SAME = [("大型企业", "大企业"), ("中型企业", "中企业"), ("小型企业", "小企业"), ("微型企业", "微企业"),
         # (a trade flow written with its form word, 进出口总额, 出口额: the flow, as its unit says it is money)
         ("进出口总额", "进出口"), ("进出口额", "进出口"), ("出口总额", "出口"), ("进口总额", "进口"),
         ("出口额", "出口"), ("进口额", "进口"),

         ("进出口", "外贸总值"), ("增速", "增长"), ("增幅", "增长"), ("涨幅", "增长"), ("增长率", "增长"),
         ("降幅", "下降"),  # (降幅比1—8月收窄 after 产量下降3.2%: the fall's gap, however written)
         # (a pull on a whole's growth, up or down: one measure, its sign the value's; 下拉2.8个百分点 is −2.8)
         ("上拉", "拉动"), ("下拉", "拉动"), ("拉低", "拉动"), ("拉高", "拉动"), ("拉升", "拉动"),
         # (规模工业增加值: how Hunan's bulletins write 规模以上工业)
         ("规模以上", "规上"), ("规模工业", "规上工业"),
         ("限额以上", "限上"), ("技术改造", "技改"), ("社会消费品零售", "社消零"),
         ("社零", "社消零"),  # (社零, 社零额: short for 社会消费品零售总额, as 社消零 is)
         # (abbreviations read as the words they stand for: 工业固投 is 工业固定资产投资, 营收 is 营业收入)
         ("固投", "固定资产投资"), ("营收", "营业收入"), ("经济技术开发区", "经开区"),
         # (GDP in Han script: written in Latin letters it would be no evidence either way, and so fit any value;
         # 地区生产总 shares no pair with 外贸总值 or 总产值, and is long enough to be held whole in 开发区…)
         ("地区生产总值", "地区生产总"), ("国内生产总值", "地区生产总"), ("生产总值", "地区生产总"),
         ("GDP", "地区生产总"), ("经济总量", "地区生产总"),
         ("较上年", "比上年"), ("较去年", "比去年"),
         ("较上月", "比上月")]
# (力争, 预计: a claim's kind is compared apart, not as its indicator's words; 全省 after 高于 or 比 is the
# base of a comparison, which tells 高于全省 from 高于全国)
_FILLER = re.compile(r"按可比口径计算|按可比口径|按?可比价格?(?:计算)?|同口径|扣除价格因素|"
                     # (a basis, not what is measured: 剔除减税降费因素)
                     r"(?:剔除|扣除)[^，,。；;（）()]{0,40}?因素(?:后|影响)?|"
                     # (三项数据同比分别增长…, 力争将这两项目标提升至…: the items listed before, named again)
                     r"(?:这|上述|以上)?[两三四五六七八九十]项(?:数据|指标|目标)|这[两三四五六七八九十]项|上述指标|"
                     # (比上年增长6.2% is 同比增长6.2%, the year before's; not 比上年同期下降3.2个百分点)
                     r"同比|(?:比|较)(?:上年|去年)(?:同期)?(?=增长|增加(?!值)|减少)|"
                     r"(?<![于比较])(?:全市|全区|全县|全省)|我市|我区|我县|该(?:市|区|县|园区|开发区|高新区|镇)|"
                     r"达到|实现|完成|共计|共有|累计|其中|当月|单月|当季|以来|贡献了|创造了|以(?=全[国省市区县州])|"
                     # (约 of 约120亿元, not of 签约, 履约)
                     r"分别|(?<![签合履预制节集公条簽預節製條])约|近|超过|行业|个数|户数|数量|"
                     r"力争|确保|争取|力求|预计|预期|"
                     # (there are, right before a count after what is counted: 其中产值下降的有12家; not 国有, 拥有)
                     r"(?<=的)有$|"
                     r"突破|以上|左右|以内|为|达|的|了|共|和|及|与|“|”|\"|'")
_NOT_WORD = re.compile(rf"[^{HAN}A-Za-z]")


def written_as_compared(text: str) -> str:
    """`text` with the writings indicator_words reads as one put as it reads them (规模以上 as 规上, 与…相比 as 比…),
    all else kept: where a claim's words are looked for in a whole text."""
    return _same_written(_COMPARED_WITH.sub(r"比\1", text))


# A sector by its ordinal, written short (一产、二产、三产用电量): 第一产业 (not 统一产品, 二产能).
_SECTOR_SHORT = re.compile(r"(?<![第统])([一二三])产(?![业品能])")


def _same_written(text: str) -> str:
    """`text` with each of two writings of one thing (_SAME) put as the one compared."""
    for a, b in _SAME:
        text = text.replace(a, b)
    text = _PRODUCTION.sub("产量", text)
    text = _SECTOR_SHORT.sub(r"第\1产业", text) if "产" in text else text
    text = _HIGH_TECH_FIRMS.sub("高新技术企业", text) if "高企" in text else text
    text = _TOTAL_INVESTED.sub("总投资", text) if "总投" in text else text
    return _EFFECT_ON_GROWTH.sub("拉动", text) if "影响" in text else text


# (新认定高企94家: 高新技术企业, not the 高企 of 提高企业效益)
_HIGH_TECH_FIRMS = re.compile(r"(?<![提升])高企(?!业)")
# (总投50亿元, short for 总投资; not 总投入 or 总投产)
_TOTAL_INVESTED = re.compile(r"总投(?![资入产放])")
# (生产 and 产量 are one writing of output, but 生产总值 is GDP, no output volume, and 燃气及水生产和供应业 an
# industry's name)
_PRODUCTION = re.compile(r"生产(?!总|和?供应)")
# (影响增长0.27个百分点 after a fall: a pull; not 受疫情影响, what a value suffered)
_EFFECT_ON_GROWTH = re.compile(r"(?<![受到])影响(?=[^，,；;。]{0,8}增)")


@lru_cache(maxsize=65536)  # (short phrases, each read many times over a document's claims)
def indicator_words(text: str) -> str:
    """The words of an indicator, as compared: fillers, punctuation and numbers dropped, 增速 read as 增长,
    比全省高 as 高于全省. Callers pass simplified text."""
    if "含" in text or "包括" in text:
        text = _INCLUSION_NOTE.sub("", text)
    text = _COMPARED_WITH.sub(r"比\1", text)  # (与去年同期相比加快: 比去年同期加快)
    text = _BASE_BY_JIAO.sub("比", text) if "较" in text else text  # (较1—8月收窄: 比1—8月收窄)
    text = _PLAIN_GROWTH.sub("", text) if "自然" in text else text  # (before 增幅 is read as 增长, as 增长率 is)
    text = _same_written(_COMPARED_PLACE.sub(_compared_place, text))
    return _NOT_WORD.sub("", _FILLER.sub("", text))


# (自然增幅2% beside 同口径增长6.1%: the growth on no basis, of the indicator named before; not 人口自然增长率, a name)
_PLAIN_GROWTH = re.compile(r"自然(?=增[幅速])")


# A note in brackets on what a whole takes in (全市国有企业（含市属、区县（市）属）): no word of its name; its
# parts' names (市属) would make the whole's words theirs.
_INCLUSION_NOTE = re.compile(r"[（(](?:含|不含|包含|包括|不包括)(?:[^（）()]|[（(][^（）()]*[）)])*[）)]")


# A gap to a place, however written (高于全省, 比全省高出, 高出全省平均, 比全市平均水平低, 快于全国): read as 比全省,
# 比全市平均水平 (which way it goes is the value's sign, judged apart).
_COMPARED_PLACE = re.compile(r"(?:高于|低于|快于|慢于|好于|优于|高出|低出|超过|超出|领先|落后于?|比)"
                             r"(?:(?:(?!全)[\u4e00-\u9fff]){2,4}?(?=全[省市县区]))?"  # (佛山全市: 全市)
                             r"(全国|全省|全市|全区|全县|(?:(?!全)[\u4e00-\u9fff]){2,4}?[省市县区州])(平均水平|平均)?"
                             r"(?:高出?|低|快|慢)?")


# A comparison written around its base (与去年同期相比, 同上年相比, 和全省相比): read as 比 and the base.
# 较 before the base a value is compared with, a period or a place (较上半年, 较1—8月, 较前4月, 较全市): 比.
_BASE_BY_JIAO = re.compile(r"较(?=上|去|前|今|本|全|同|年初|第|[一二三四]季度|\d)")
_COMPARED_WITH = re.compile(r"(?:与|和|跟|同(?=[上去今全本]))([^，,；;。与和跟]{1,10}?)(?:相比|比较)(?:较)?")


def _compared_place(m: re.Match[str]) -> str:
    return "比" + m.group(1) + (m.group(2) or "")


# The provinces as a gap's base names them, with no 省 (低于全国、广西平均增速, 比江苏、浙江分别高…).
PROVINCES = ("(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
             "四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)")


# A list of the bases a 分别 clause's values are compared with, before 分别 (比全国、全省分别高出…) or after it
# (分别高于全省、全国…; 分别比全市、全省快…): each value the gap to its own base, in the list's order; a base is a
# place or a period (分别比一季度、上年同期增长48.2%、2.1倍).
# (国、省 for 全国、全省 in a list; a base's own value may follow it in brackets: 高于全国(3.4%)、全省(5.4%)…)
_BASE_NAME = (r"(?:全国|全省|全市|全区|全县|全州|[国省市](?=[、和与及（(]|平均|$)|"
              r"(?:(?!全)[\u4e00-\u9fff]){2,4}?[省市县区州]|" + PROVINCES +
              r"|(?:上年|去年)(?:同期|全年|[一二三四]季度|上半年|前三季度)?|上月|上季度|[一二三四]季度|上半年|前三季度|全年"
              r"|\d{1,2}(?:[-—至]\d{1,2})?月份?"
              r"|(?:19|20)\d{2}年(?:同期)?)")  # (分别较去年一季度、全年提高…: both bases; 比2022年、2023年分别增长…)
_COMPARED_BASE = _BASE_NAME + r"(?:[（(][^（）()，,；;。]{1,12}[）)])?(?:平均水平|平均增速|平均增幅|平均)?"
# (bare 高, 低 after 分别: 分别高全国、全省和全市0.6、1.3和1.2个百分点)
_GAP_TO = (r"(比|较|高于|低于|快于|慢于|高出|超过|超出|领先|落后于?|"
           r"高(?=全|[国省市][、和与及])|低(?=全|[国省市][、和与及]))")
_BASES_LISTED = rf"((?:{_COMPARED_BASE}[、和与及])+{_COMPARED_BASE})"
_BASES_BEFORE = re.compile(_GAP_TO + _BASES_LISTED + "$")


# (and the verb after them: 分别较一季度和上年同期加快1.1个和2.3个百分点)
_BASES_AFTER = re.compile(_GAP_TO + _BASES_LISTED + "(?:高出?|低|加?快|放?慢|增长|下降|提高|提升|增加|减少|上升|回升|"
                          "回落|降低|放缓|扩大|收窄)?了?$")


def _compared_items(before: str, after: str, count: int) -> list[str]:
    """The gaps a 分别 clause's `count` values are, one to each base its list names (比全国、全省分别高出 before
    分别: 比全国, 比全省; 分别高于全省、全国 after it: 高于全省, 高于全国), [] when it lists no bases."""
    m = _BASES_BEFORE.search(before) or _BASES_AFTER.fullmatch(after)
    items = _LIST_SEP.split(m.group(2)) if m else []
    if m is None or len(items) != count:
        return []
    tail = _AVERAGE.search(items[-1])  # (全国、全省平均水平: the average of each)
    verb = _BARE_GAP.get(m.group(1), m.group(1))
    return [verb + _SHORT_BASE.sub(r"全\1", _BASE_VALUE.sub("", _AVERAGE.sub("", x))) + (tail.group() if tail else "")
            for x in items]


_BARE_GAP = {"高": "高于", "低": "低于"}
_SHORT_BASE = re.compile(r"^([国省市])$")
_BASE_VALUE = re.compile(r"[（(][^（）()]*[）)]")  # (全国(3.4%): the base's own value, no word of the gap's)


_AVERAGE = re.compile(r"(?:平均水平|平均增速|平均增幅|平均)$")


# Who set a goal, written before it (市下, 市下达的, 省定, 自治区下达; the judge reads a quota handed down with it
# too), and the unit of a goal's amount written inside its yardstick (为市下115亿元目标的, 为市下2万平方米目标的), as
# indicator_words leave them: no digits.
GOAL_SETTER = r"(?:[省市县区州]|自治区|上级)(?:下达|下|定|确定)的?"
_GOAL_UNIT = r"[万亿千]?(?:元|美元|平方米|亩|吨|千瓦时?|[个家项户座条宗件台套])"
# Words that relate a value to its clause's subject rather than name one (占工业投资比重为, 完成年度计划的,
# 高于全省, 拉动全区增长, 两年平均增长): the value is the subject's, read with the subject's words.
# (not 占全市比重最大的制造业, a name: the sector with the largest share)
_RELATIVE = re.compile(r"占(?![^，,；;。]{0,10}(?:最大|最高|最多|最重)的)|"
                       r"完成(?=[^，,；;。]{0,6}(?:目标|计划|任务|预算|的))|"
                       r"为(?=(?:年初|年度|全年|调整后?的?)?(?:预算|计划|目标|任务)数?(?:[万亿]?元)?(?:的|$))|"
                       # (为市下115亿元目标的51.74%, 为市下达目标（200亿元）的93.4%: a goal that names who set it)
                       rf"为(?={GOAL_SETTER}(?:{_GOAL_UNIT})?(?:年度|全年)?(?:目标|任务|计划)+数?(?:{_GOAL_UNIT})?(?:的|$))|"
                       r"高于|低于|快于|慢于|超过|超出|高出|低出|领先|落后|比|较|拉动|上拉|下拉|拉低|拉高|拉升|"
                       + _EFFECT_ON_GROWTH.pattern + r"|(?<![提最降])[高低](?=全[国省市区县]|[国省市][、和与及])|"
                       r"(?:与|和|跟|同(?=[上去今全本]))[^，,；;。]{1,10}?相比|"
                       # (not 对东盟进出口38.5亿元: trade with a partner, a subject of its own)
                       r"两年平均|对(?![^，,；;。\d]{1,8}(?:进出口|出口|进口|贸易))|增长面|贡献率")
# The words before a percent that make it a share (占比, 比重, 贡献率, 增长面, 完成…的) or a growth; the last decides.
# (a rate, 到位率为 or 利用率, is a level too; 增长率 is a growth)
_SHARE_WORDS = re.compile(r"占|比重|贡献率|贡献(?:分别)?(?:为|是|达)|增长面|下降面|亏损面|完成[^，,；;。]{0,20}的|"
                          # (完成年度目标52.2%; a copy from a PDF, …任务 28.1%)
                          r"(?:完成|实现)[^，,；;。\d]{0,12}(?:目标|计划|任务)(?:任务|数)?在?\s*$|"
                          r"的比例|强度|"
                          r"为(?:年初|年度|全年|调整后?的?|年[^，,；;。\d]{0,4})?(?:预算|计划|目标|任务)[^，,；;。]{0,16}的|"
                          # (为市下115亿元目标的: the share of a goal that names who set it, its amount inside)
                          rf"为{GOAL_SETTER}[^，,；;。]{{0,12}}?(?:目标|任务|计划)[^，,；;。]{{0,16}}的|"
                          r"(?<!增长)(?<![增速])率|"
                          r"[\u4e00-\u9fff](?<![同环相对增降减年期])比$")  # (税比71.6%: a noun's ratio, noun+比)
_GROWTH_WORDS = re.compile(r"(?:增长|下降|增速|增幅|降幅|回落|提高|下滑|上升|回升|减少|增加(?!值))(?![到至面])")
# (比重提高到38.6%: a level reached, the share's; 下降面: a share of those that fell)


def _percent_measure(before: str) -> str:
    # (比重从上半年的21.4%上升为23.6%: the level a share rose to, no growth)
    before = _RISEN_TO.sub("", before)
    share = [m.end() for m in _SHARE_WORDS.finditer(before)]
    growth = [m.end() for m in _GROWTH_WORDS.finditer(before)]
    if not (share or growth):
        return ""
    return "share" if share and (not growth or share[-1] >= growth[-1]) else "growth"


_RISEN_TO = re.compile(r"(?:上升|提高|提升|下降|增加|回落|降低|扩大|缩小)(?:为|到|至)$")
# Words that name what is measured of a subject, not the subject (总投资802亿元, 同比增长5%, 实现产值…).
_MEASURES = re.compile(r"估算|总投资额?|投资总额|(?:年度)?计划投资|完成投资|(?:年度)?投资(?:额|计划)?|"
                       r"总产值|产值|增加值|营业收入|"
                       r"主营业务收入|收入|"
                       r"利税总额|利税|利润总额|利润|税收|销售额?|(?:签约|协议|合同)?总?金额|签约额|(?:正式)?合同(?:金)?额|协议(?:金)?额|到位资金|"
                       r"(?:开工|复工|竣工|投产|到位|完成|签约|履约|落地)率|外贸总值|出口额?|进口额?|增长|下降|增收|减收|增产|减产|增速|占比|比重|达|为|"
                       r"计划|新增|同比|(?:实际|注册|合同|协议)*(?:利用|使用)?外资(?:额|金额)?")


# What is measured, as a name, and the kind of amount each name says: two names of one kind say the same
# (利润总额 and 利润), of two kinds not (完成投资 is not 总投资, 产值 is not 税收). 投资额 names no kind.
_HEAD_KIND = {"总投资": "total", "总投资额": "total", "投资总额": "total", "投资总规模": "total", "估算投资": "total",
              "估算总投资": "total", "合同投资": "total", "合同投资额": "total",
              "协议投资": "total", "协议投资额": "total",  # (签约项目46个，协议投资328亿元: the deals' size, no outlay)
              "完成投资": "spent", "实际投资": "spent", "计划投资": "planned",
              # (累计完成总投资50亿元: what was spent, no size; but 计划完成总投资107亿元的22个项目, their size)
              "完成总投资": "spent", "计划完成总投资": "total",
              "年度投资": "planned", "完成年度投资": "spent", "完成年度投资目标": "planned",
              "完成年度投资计划": "planned", "计划完成投资": "planned",  # (年度计划完成投资9亿元: the plan's)
              "年度计划投资": "planned", "年度计划完成投资": "planned",
              "总产值": "output", "产值": "output",
              "增加值": "value added", "营业收入": "revenue", "主营业务收入": "revenue", "销售收入": "revenue",
              "销售额": "revenue", "销售": "revenue", "利润总额": "profit", "利润": "profit", "税收": "tax",
              "税金": "tax", "税金总额": "tax",  # (税金总额 of a table's group: taxes paid, no profit)
              "进出口总额": "trade", "进出口": "trade", "进出口额": "trade", "外贸总值": "trade",  # (not its 出口)
              "利税": "profit and tax", "利税总额": "profit and tax",  # (实现利税1049.8亿元: no revenue nor profit)
              "出口": "exports", "出口额": "exports", "进口": "imports", "进口额": "imports",
              "到位资金": "funds in place", "进资": "funds in place", "用电量": "power", "产量": "output volume",
              "发电量": "output volume",  # (power generated, a product's output: 用电量 is power used, another amount)
              "投资额": "", "个数": "count", "项目数": "count", "企业数": "count", "数量": "count", "家数": "count",
              "资产总额": "assets", "协议总金额": "contract", "协议金额": "contract", "签约总金额": "contract",
              "签约金额": "contract", "合同金额": "contract", "合同额": "contract", "签约额": "contract",
              "合同引资额": "contract", "引资额": "contract", "合同引资": "contract",
              # (总投资12.94亿美元，协议外资12.32亿美元: the foreign share of a deal, another amount than its total)
              "协议外资": "foreign capital agreed", "合同外资": "foreign capital agreed",
              "实际使用外资": "foreign capital used", "实际利用外资": "foreign capital used",
              "实际到位外资": "foreign capital used",
              # (规上工业企业研发投入增长20%: a measure of its own, not the 增加值 of the value before it)
              "研发投入": "research spending", "研发经费": "research spending", "研发经费投入": "research spending",
              # (short forms, as written: 营收增长4.9%, 总投45亿元)
              "营收": "revenue", "总投": "total",
              # (经济效益综合指数311.87%，提高14.4个百分点，利润总额增长5.9%: the profit is no measure of the index)
              "指数": "index"}
# (签约项目8个，总投资10.9亿美元，协议台资4.4亿美元: capital from Taiwan, Hong Kong or overseas Chinese, as 外资 is)
_HEAD_KIND.update({f"{how}{whose}": kind for whose in ("台资", "港资", "侨资", "港澳台资")
                   for how, kind in (("协议", "foreign capital agreed"), ("合同", "foreign capital agreed"),
                                     ("实际使用", "foreign capital used"), ("实际利用", "foreign capital used"),
                                     ("实际到位", "foreign capital used"))})
_HEADS = re.compile("|".join(sorted(_HEAD_KIND, key=len, reverse=True)))  # the longest name where two start
# The measure a size class of firms or projects is drawn by (产值过亿, 营业收入超10亿元, 税收超千万元), as its group.
CLASS_MEASURED = (r"(产值|营业收入|主营业务收入|销售收入|营收|税收|增加值)"
                  r"(?:过|超过?|达到?|在)[\d.]*(?:亿|千万|百万|万)")
# Names that hold a measure's word and measure nothing: a zone (出口加工区 is a park, not exports), a size class of
# firms by a measure (产值过亿企业126家，实现产值520亿元: the firms, whose 产值 the next clause measures).
_NAMED_AFTER_A_MEASURE = re.compile(rf"出口加工区|{CLASS_MEASURED}元?(?:以上|及以上)?(?=(?:工业)?(?:企业|项目))")


def measured(words: str, last: bool = True) -> str:
    """The name of what `words` say is measured (the last one written, or the first), "" when none."""
    found = _HEADS.findall(_NAMED_AFTER_A_MEASURE.sub("", words))
    return (found[-1] if last else found[0]) if found else ""


def measures_in(text: str) -> list[str]:
    """Every name of what is measured that `text` writes (增加值, 总产值, 营业收入…), in order."""
    return _HEADS.findall(text)


def measured_part(words: str) -> str:
    """What `words` say is measured, of a share of a plan the part's (完成投资 of 完成投资占年度计划投资的比重; none of
    占年度计划投资的, the plan a share is of: the subject before says), else as `measured` reads it."""
    m = _SHARE_OF_WHOLE.search(words)
    if m is None or head_kind(measured(words[m.end():])) != "planned":
        return measured(words)  # (二产项目占签约总个数的比重: a share of counts; 占比 of a plan's sum is progress)
    return measured(words[:m.start()])


_SHARE_OF_WHOLE = re.compile(r"占(?!地|用|有)")


# Words naming whose value it is, by level: the country, the province, the city, a county or district.
# (a province's whole by its one-character name: 全疆, 全川, 全粤; not a city's stem: 全苏州, 全赣州, 全湘潭)
# (not a comparison's base: 高于全省, 比全国, 高出全省, 超过全市; nor the whole a share is taken of: 占全省…的比重, the
# share of the subject before 占; nor the pool a rank is among: 排名全市第三, as 位列全省, 居全国)
_LEVELS = re.compile(r"(?<![于比较出居列占名])(?<!超过)(?:(全国|我国)|"
                     r"(全省|我省|本省|全(?:疆|川|粤|鲁|豫|湘|鄂|苏|浙|闽|赣|皖|晋|冀|辽|陕|琼|滇|黔|蜀|藏|桂|陇)"
                     r"(?![州林潭西中海城阳南东北江山]))|(全市|我市|本市|全州|我州|全盟)|"
                     r"(全区|我区|本区|全县|我县|本县)|(全镇|我镇|本镇|全乡|我乡|全街道))")  # (4: a town's whole)


def level(words: str) -> int:
    """The level of the last whole place `words` name (0 全国 … 3 全县), -1 when they name none."""
    found = levels_named(words)
    return found[-1] if found else -1


def levels_named(words: str) -> list[int]:
    """The level of each whole place `words` name, in order (not a comparison's base: 高于全省)."""
    return [next(n for n, g in enumerate(m) if g) for m in _LEVELS.findall(words)]


def place_level(name: str) -> int:
    """The level of a claimed subject (全省, 我市, 宜昌市, 襄城区), -1 when it says none."""
    found = level(name)
    if found >= 0 or not name:
        return found
    last = name.strip()[-1:]
    return {"国": 0, "省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3}.get(last, -1)


# How a count counts: what is new, the running total, one event's (see tally)
# (当年完成投资 of projects: this year's part of the outlay, as against 累计完成投资, since the work began)
# (新入规工业企业, 新入库限上商贸企业: firms new to the statistics' rolls; not 新入库…项目, a project library's)
TALLY = re.compile(r"(新增|净增|新建|新认定|新培育|新入选|新晋|新引进|(?:当年|本年)(?=完成)|"
                   r"新(?:入规|上规|进规|入库|纳统)(?=[^，,；;。、\d]{0,12}企业))|"
                   r"(累计|共有|总数|总量|现有|达到|总计)|"
                   r"(本次|此次|这次)")


def tally(words: str) -> str:
    """Whether `words` count what is new (新增), the running total (累计) or one event's (本次集中签约项目26个),
    by the last of them written."""
    found = last_match(TALLY, words)
    return tally_of(found) if found is not None else ""


def tally_of(found: re.Match[str]) -> str:
    """How a match of TALLY counts: "new", "total" or "event"."""
    return ("", "new", "total", "event")[found.lastindex or 0]


def head_kind(name: str) -> str:
    """The kind of amount a name of what is measured says (total, spent, output…), "" for none or 投资额."""
    return _HEAD_KIND.get(name, "")


def _names_one(own: str) -> bool:
    """Whether a value's own words name a subject of their own (厦门 in 厦门17个), beyond what is measured."""
    return len(_MEASURES.sub("", _SUM_WORDS.sub("", own))) >= 2  # (合计完成投资 names no one: a sum's measure)


# (增速比全市平均增速高24.3个百分点: the growth of the subject compared, as 比全市… is)
_LEAD = re.compile(r"^(?:同比|全市|全区|全县|全省|并|且|其中|分别|增速|增幅|降幅|增长)+")


def _relative(before: str) -> bool:
    """Whether the words before a value relate it to its clause's subject (占…比重, 完成…的, 高于…)."""
    return bool(_RELATIVE.match(_LEAD.sub("", _NOT_WORD.sub("", before))))


_MEASURE_VERBS = re.compile(r"实际(?=增长|下降|完成|实现|达到)|"  # (上半年实际增长8.0%: how, not what)
                            r"名义(?=增长|下降)|扣除价格因素后?|"  # (名义增长8.9%，扣除价格因素实际增长6.3%)
                            # (完成技改投资1254亿元，小幅增长0.8%: how much it changed, no subject of its own)
                            r"(?:小幅度?|大幅度?|稳步|快速|较快|略有|平稳|显著|迅速|高速)(?=增长|下降|回升|回落|上升|提高|提升|"
                            r"降低|增加|减少|下滑|上涨)|"
                            r"年均增长|平均增长|增长|下降|增加|减少|增收|减收|增产|减产|提高|提升|降低|回落|上涨|上升|回升|扩大|"
                            r"收窄|下滑|"
                            r"到(?!位)|从|由|比|较|贡献(?!率)|创造|"  # (贡献了40%的税收: the subject's share of it)
                            r"(?:去年|上年|上月|上季度)?同期|去年|上年|上月|环比")


# A size class written into an indicator: 10亿元以上项目, 5亿元至10亿元项目, 2000万元以上的增长点, 5千万以下项目.
# Not a month range (1—9月): the class needs a scale or a unit, and no month or day after it.
_UNIT = r"(美元|元|吨|千瓦|亩|人)?"
_SCALES = "(千万|百万|万|亿)?"
_BAND = re.compile(rf"(\d+(?:\.\d+)?){_SCALES}{_UNIT}(?:(?:至|到|—|－|-|~)(\d+(?:\.\d+)?){_SCALES}{_UNIT}"
                   r"|及?(以上|以下))(?![\d月日号年季])")
_SCALE = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6}
_BARE_BAND = re.compile(r"(?<![\d.万千百十])(千万|亿)元?及?以上")
# (超50亿元企业, 营业收入过1亿元企业: 50亿元 and above)
# (超十亿元企业, 过500亿企业, 上20亿元企业: a class of those above the amount, 元 left out before what is counted)
_OVER_CLASS = re.compile(r"(?:超过?|逾|(?<![经通不越])过|(?<![以比])上(?=\d))(\d+(?:\.\d+)?|十|百|千)?(亿|万)"
                         r"(?:元|(?=企业|项目|园区|产业|集群))")
_TENS = {"十": 10.0, "百": 100.0, "千": 1000.0}
_RATE_CLASS = re.compile(r"(?:超过?|超出|高于|逾)(\d+(?:\.\d+)?)[%％]的|(\d+(?:\.\d+)?)(?=[%％]及?以上的)")
# A class of projects named by the investment each makes (500万元投资建设项目, 千万元项目): as much or more.
_AMOUNT_CLASS = re.compile(r"(?<![\d.万千百十])(\d+(?:\.\d+)?)?(千万|百万|万|亿)元(?=(?:投资)?(?:建设)?(?:的)?项目)")


@lru_cache(maxsize=4096)
def size_band(words: str) -> tuple[float, float | None, str] | None:
    """The size class an indicator names, (low, high or None, 以上/以下/range), in base units; None
    when it names none. Two writings of one class compare equal (5亿元至10亿元 = 5—10亿元)."""
    m = _BAND.search(words)
    if m is None or not (m.group(2) or m.group(3) or m.group(5) or m.group(6)):
        bare = _BARE_BAND.search(words)  # 亿元以上, 亿元及以上, 千万元以上: a class of one of the scale
        if bare:
            return _SCALE[bare.group(1)], None, "以上"
        named = _AMOUNT_CLASS.search(words)
        if named:
            return float(named.group(1) or 1) * _SCALE[named.group(2)], None, "以上"
        over = _OVER_CLASS.search(words)  # 超十亿元企业, 超亿元企业: a class of those above the amount
        if over is None:
            rate = _RATE_CLASS.search(words)  # (产量增速超30%的产品, 增长20%以上的行业: a class by its growth)
            return (float(rate.group(1) or rate.group(2)), None, "以上%") if rate else _order_class(words)
        many = over.group(1) or ""
        return (_TENS[many] if many in _TENS else float(many or 1)) * _SCALE[over.group(2)], None, "以上"
    if m.group(7):
        return float(m.group(1)) * _SCALE.get(m.group(2) or "", 1.0), None, m.group(7)
    high_scale = _SCALE.get(m.group(5) or "", 1.0)
    low_scale = _SCALE.get(m.group(2) or "", high_scale) if m.group(2) else high_scale
    return float(m.group(1)) * low_scale, float(m.group(4)) * high_scale, "range"


def _order_class(words: str) -> tuple[float, float | None, str] | None:
    """A class named by the order of an amount (100亿元级项目, 百亿级产业, 3千亿级产业): that amount and above."""
    m = _ORDER_CLASS.search(words)
    if m is None:
        return None
    written = m.group(1) or "1"
    many = float(written if written[0].isdigit() else CN_DIGITS[written])  # (四百亿级: 400亿; 两千亿级: 2000亿)
    return many * _TENS.get(m.group(2) or "", 1.0) * _SCALE[m.group(3)], None, "以上"


_ORDER_CLASS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?|[一二两三四五六七八九])?(十|百|千)?(亿|万)元?级")


_GRADE = re.compile(r"(?:国家|省|市|县|区)级(?!以上)")


def grade(text: str) -> str:
    """The last rank named in `text` (国家级, 省级, 市级…; not 省级以上, which holds several), "" when none."""
    found = _GRADE.findall(text)
    return found[-1] if found else ""


def has_subject(words: str) -> bool:
    """Whether indicator words name something beyond how it changed (工业投资, not 增长; nor 计划为增长8%, the
    goal of the subject before; nor 降幅虽比1-4月份扩大, 比上半年回落, 与2019年同期比两年平均增长: how the subject
    before changed, against what)."""
    rest = _CHANGED_AGAINST.sub("", _GOAL_ALONE.sub("", _MEASURE_VERBS.sub("", words)))
    return len(rest) >= 2 or rest in ONE_CHARACTER_PRODUCTS


# What is left of a clause that says only how its subject changed, once the words of change are taken out: the
# rate that changed, the stretch compared with (its digits blanked), and the conjunctions that join the clauses
_CHANGED_AGAINST = re.compile(r"降幅|增幅|涨幅|两年平均|两年|平均|(?:上|下)半年|上月|年?同期|月份|季度|[与和]|"
                              r"虽然|虽|但是|但|而且|而|并且|且|仍|却|也|分别|"
                              # (增速明显加快，增长9.4%: how fast, of the subject before)
                              r"明显|显著|进一步|加快|放缓|较快|"
                              # (占年度投资计划45%，超时序进度3.5个百分点: how far ahead of the schedule the share is)
                              r"超(?=时序进度|序时进度)|时序进度|序时进度|"
                              # (超年度预期目标0.5个百分点: how far its subject passed the goal)
                              r"(?<!赶)超(?:年度|全年|年初)?(?:计划|目标|预期目标|任务)$")


_GOAL_ALONE = re.compile(r"^(?:年度|全年|年初)?(?:计划|目标|预期目标|任务)$")


# Words that sum what was counted or listed before them (合计完成投资, 共计…); with 共占 and 合共, the sum of a
# list's members (三地合计占…, 两家合共…): one list for every reading of a sum, so that none knows a word the others
# do not.
SUM_WORDS = r"合计|总计|共计"


_SUM_WORDS = re.compile(SUM_WORDS)


_LIST_SEP = re.compile(r"[、和及与]")
