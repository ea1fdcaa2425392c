"""The offline engine's indicator names: what each number measures, named from its clause as a reader
would name it.

The words before a value, without the verbs and fillers that only say how it is stated (力争, 确保,
完成, 全市, 其中 …) or where (a division's name), and without a list of examples (容百锂电等). Where
they name nothing of their own the value takes its clause subject's name (…投资390亿元,同比增长34%
is 工业投资's growth; 高于全市1.2个百分点 is the growth's gap). A count names what it counts, with what
is said of it (12家重点工业企业参会 → 参会的重点工业企业); a plant's capacity inside a project's name
is that project's capacity (鄂中生态10万吨/年渣浆综合利用项目 → 鄂中生态渣浆综合利用项目产能).

What is measured alone (产值, 完成投资, 利润) is of the whole the sentence, the sentence before or a heading
line names (重点工业项目17个，完成投资144亿元 → 重点工业项目完成投资), never of one part of a list; an amount
said of the thing after it (总投资50亿元的…产业城) is that thing's; a count of things and what is said of them
(16个行业利润实现两位数增长) names both; a contribution is the part's (制造业拉动…), a gap in points the
growth's unless it is a rate's or says which (降幅收窄); a comparison base (比2019年同期, 较前三季度) stays in
the name and a base's value in brackets is the base's; a sector without a measure is measured as its
siblings are (制造业增加值…；采矿业同比下降2.6%); a share of 总量 (…产值同比下降12.0%，总量占全区规上
工业总产值56.8%) is of what its sentence last measured. A rate of a deed after the count of the things that did it
(新开工项目442个，开工率81.5%) is the whole set's (项目开工率): those things are its numerator. A class over an
amount written with 过 or 超 after 其中 (集中开工的项目40个，…，其中过5亿元的项目16个) is of the whole counted
before it, as 10亿元以上 is (过5亿元集中开工的项目), that whole's own class given up. A goal named by who set it
(完成州政府下达任务数132.63亿元的90.8%; 完成市分配任务25亿元; 完成市下达的30亿元的任务) is a goal of what its sentence
measures, as 全年任务 is (州外到位资金州政府下达任务数), and so is the share of it reached
(州外到位资金完成州政府下达任务). An adverb of when or how a count's things did what is said of them (46家企业陆续投产,
22栋厂房已全部竣工验收) ends their noun and is no part of the name (投产的企业); after 正 or 正在 the deed closing the
clause names them whatever its verb (36个项目正加快建设 → 加快建设的项目).
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..core.chars import CLAUSE_END, FULL_STOP, HAN, SENTENCE_END
from ..numbers.attribution import (
    NOT_PRODUCT,
    PER_ONE,
    PER_WORD,
    PRODUCT_ALONE,
    RUNNING_TOTAL,
    WORDS_AFTER,
    WORDS_BEFORE,
    last_match,
    list_heading,
    list_scope,
    next_item,
    project_built,
)
from ..numbers.periods import Period, periods_in
from ..numbers.projects import project_before
from ..numbers.quantities import Quantity
from ..numbers.spans import span_end, span_start
from ..places.divisions import divisions

_CLAUSE_END = CLAUSE_END + SENTENCE_END + "\n"
_SENTENCE_END = SENTENCE_END + "\n"
_SENTENCE_ENDS = re.compile(f"[{re.escape(_SENTENCE_END)}]")
_CLAUSE_ENDS = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_COMMA_ENDS = re.compile(f"[{re.escape(_CLAUSE_END.replace('、', ''))}]")
_MAX = 60
# 12月底, 1至9月份 (份 also after a page's hard wrap: 1—8月\n份): the rest of the period's writing
_PERIOD_TAIL = re.compile(r"\s*(?:底|末|初|以来|期间|份)")
_COMPARED_WITH = re.compile(r"(?:比|较|相比|对比|高于|低于|快于|慢于)$")
_QUOTES = re.compile("[“”\"‘’'「」]")  # 现已“小进规”企业 names 小进规企业

# Leading words that say how or where a value is stated, not what it measures; a run of them goes at once.
_LEAD = re.compile(
    r"^(?:[\s“”\"'‘’（()）]|其中包括|其中|包括|其[它他余](?![\u4e00-\u9fff])|同时|另外|此外|并且|对于|按照|"
    r"力争|确保|争取|力求|锚定|冲刺|预计|预测|计划|提出|要求|目标|拟|"
    r"[一二三四五六七八九十]是|特别是|尤其是|"  # (一是装备制造业完成…: an enumeration, no name)
    # how a growth is reckoned, not what grew (按可比价格计算同比增长8.8%, 同口径增长, 现价增长, 初步预计增长)
    r"(?:按可比(?:价格?|口径)计算|扣除价格因素(?:后|影响)?|同口径|现价|初步(?:预计|核算)|实际)"
    r"(?=(?:同比|全年)?(?:增长|下降|增速|增幅|降幅))|"
    r"完成了?|实现了?|达到|累计|共有|共计|共(?=实现|完成|签约|引进)|现有|现已|已经|已|截[至止]目前|目前|"
    r"全市|全区|全县|全省|全镇|我市|我区|我县|我省|本市|该市|该区|该县|"
    r"重点推动|重点推进|推动|推进|加快|加强|着力|鼓励引导|引导|鼓励|摸清|整体调度|调度|"
    r"并|和|及|与|还|其(?![它他余])|对(?![接标外])(?![^对，,]{1,16}(?:贡献|拉动))|在(?![建产])|将)+")
# (not 较上月: a growth over last month is named with its base)
_TRAILING = re.compile(r"(?:同比|比上年|较上年|较去年|分别|累计|共计|共有|共|总计|合计|比增|比降)?"
                       r"(?:增长了?|下降了?|增产了?|减产了?|增加了?|减少了?|提高了?|降低了?|上升了?|达到了?|高达|达|完成了?|实现|为|是|(?<![拥具持])有|"
                       r"超过|突破|不低于|不少于|不到|近|(?<![签合预制])约|逾|超|至|到|之前的|的|了|年产|首次|再次|首度|"
                       r"快速|持续|稳步|大幅|明显|显著|较快|平稳|保持|"  # (and how it moved: 快速增长至, 保持较快增长)
                       # (and an adverb of the verb after it: 增长均超10%, 产值更是高达, 深圳以5.9%的增速, 产业有望达;
                       # not one alone, 以7.1%的增速: no name either way)
                       r"(?<=[\u4e00-\u9fff])(?:(?<![人户亩县年日月平个企])均|都|也|更是|更|(?<![完而])已|以|"
                       r"(?<![许认])可|有望|将|(?<!原)则))*$")
_TAIL_CHARS = 12
_DONE_INSIDE = re.compile(r"(?<=[区县市园镇])(?:累计)?(?:完成|实现)(?=[\u4e00-\u9fff]{2})(?!率)")
_SINCE = re.compile(rf"^[{HAN}]{{2,8}}以来")  # 进入冬季以来: when, not what
# 日产量从之前的8万副增加到, 开工率由正月初七的53.9%跃升至
_FROM = re.compile(r"(?:从|由)(?=[^从由]*(?:\d|之前|原来|原先|去年|上年|年初)|[^从由，,]*的$|$)")
_EXAMPLES = "等"  # 容百锂电等12家重点工业企业: the examples before 等 are not what is counted
# …what was done to the examples, after a word of when or how far along it is
# (目前正在跟踪洽谈甲、乙等20个项目: 跟踪洽谈)
_LIST_VERB = re.compile(r"(?:目前|当前|今年|全年|年内)?(?:正在|已经|已|先后|陆续|成功|累计|共)?"
                        r"(现场调度|调度|引进|签约|走访|帮扶|对接|包保|跟踪洽谈|洽谈|招引)")
_MEASURED = re.compile(r"增长|增速|增幅|下降|降幅|比重|占比|高于|低于|高出|超出|快于|慢于|增加(?!值)|"
                       r"减少|提高|降低|上升|回落")
# A goal set by who assigned it (市政府下达任务数, 市分配任务, 县下达目标任务): a goal of what its sentence measures
_ISSUED = r"(?:(?:[省市州县区]|自治区)(?:政府|人民政府)?|上级)(?:下达|分配|下发)的?"
# 高于全市, 较去年同期增加, 占工业投资的比重, 拉动全区; and a goal a value is measured against (完成年度目标任务
# 589亿元的37.22%, 完成目标任务的177%)
_RELATIVE = re.compile(r"^(?:高于|低于|高出|超出|快于|慢于|超过|较|比|占|拉动|上拉|下拉|拉低|影响(?=[^，,]{0,8}增|$)|"
                       r"完成(?=[^，,]{0,8}?(?:目标|任务|计划|预算))|"
                       r"为(?=(?:年初|年度|全年|调整后?的?)?(?:预算|计划|目标|任务))|(?:年初|年度|调整后?的?)?预算数(?=[（(的]|$)|"
                       r"(?:增速|增幅|降幅)(?=比|较|与|同|高于|低于|高出|快于|慢于)|对(?=[^对]{1,16}(?:贡献|拉动))|"
                       r"(?:确保|力争|奋斗|预期)目标$|"
                       rf"{_ISSUED}(?:全?年度?)?(?:考核)?(?:目标)?(?:任务|计划)|"
                       r"(?:全?年度?)?(?:预期)?(?:目标|任务|计划)(?!外|内))")
# 增速高于上年, 增速与去年同期相比加快: the subject's growth's
_RATE_LEAD = re.compile(r"^(?:增速|增幅)(?=比|较|与|同|高于|低于|高出|快于|慢于)")
_GOAL_NAME = re.compile(r"(?:确保|力争|奋斗|预期)目标$")
_SHARE_OF = re.compile(r"占(?!比)")
# 拉动全区增长, 对园区增长的贡献率: the whole's, not what it measures
_BY_WHOSE = re.compile(r"拉动|上拉|下拉|拉低|影响|对")
_RATE_AT_END = re.compile(r"(?:率|比重|占比|指数|增长面)$")  # a rate's gap in points is not a growth's
_OWN_RATE = re.compile(r"^降幅|(?:降幅|增幅|增速)(?:收窄|扩大|加快|回落|提高|放缓)")  # 较前三季度降幅收窄
# A share and its gap in points (占规上工业增加值比重37.3%; 比重提高7.6个百分点; 占比较上半年提升0.2个百分点): of the
# subject's amount, whatever growth its clause stated before (…增加值增长14.5%，占…比重…)
_SHARE_WORDS = re.compile(r"^(?:占|比重|占比)")
_GROWTH_AT_END = re.compile(r"(?:增速|增幅|增长)$")
# A gap to the schedule (超过时间进度13.8个百分点, 高于序时进度5.3个百分点, 超出年度时序进度10个百分点): the share of
# the year's plan done, held to the share of the year gone by; how far along, not how fast it grew
_SCHEDULE_GAP = re.compile(r"^(?:超过?|超出|高于|高出|快于|低于|慢于|落后于?|较|比)"
                           r"[^，,。；;\d]{0,6}?(?:序时|时序|时间)进度")
_BASE_ONLY = re.compile(r"同比|环比|可比|(?:比|较)(?:上年|去年|上月)(?:同期)?")
_MONTH_ON_MONTH = ("环比", "较上月", "比上月")
# A rate of what was done to a set's things (开工率, 履约率), and what may stand before the deed in the name of the
# things that did it (新开工项目, 已竣工项目) and after it (开工建设的项目: the rest of the deed and its 的)
_RATE_DEED = re.compile(r"^(开工|竣工|投产|入驻|签约|履约|复工|复产|达产|开复工)率$")
_NEW_OR_DONE = re.compile(r"(?:新|已|实现)?")
_DEED_TAIL = re.compile(r"^(?:建设|投产|达产|验收)?的?")
# A subject that is a deed alone (开工, 已开工, 开工项: the words of a count before, 1-5月开工9个): what was done, not
# whose the amount or rate after it is
_DEED_ONLY = re.compile(r"(?:新|已|实现)?(?:集中)?"
                        r"(?:签约|开工|开复工|复工|动工|投产|竣工|达产|落户|落地|引进|入驻|履约)项?")
_TOTAL_SHARE = re.compile(r"^总量(?=占)")  # 总量占全区…: the share of what was just measured
_ATTRIBUTE = re.compile(r"^(?:总投资|投资额|投资总额|总产值|产值|金额|总额|总量|规模)$")  # a thing's, said after it
# After a count: what it counts, then what is said of the counted (坚持生产, 参会); the noun stops at a verb.
# A rank or size class is part of the noun it opens (160余家国内外500强企业, 2个500亿级产业集群).
_GRADE_IN = r"[0-9.]+[千百万亿]*元?(?:强|级)"
# An adverb of when or how a count's things did what is said of them (46家企业陆续投产, 22栋厂房已全部竣工验收,
# 36个项目正加快建设): it ends the counted noun and is no part of the name
_DEED_ADVERB = r"正在|正(?=加快|加紧|抓紧|全力|积极)|陆续|相继|先后|已全部|全部|已经|已|分别|基本|提前"
_DEED_ADVERBS = re.compile(f"(?:{_DEED_ADVERB})+")
_COUNTED = re.compile(rf"(?:{_GRADE_IN}|[{HAN}“”\"]){{1,14}}?(?=赴|获评|荣获|被评为|开展|坚持|参会|参加|纳入|集中|"
                      rf"(?:{_DEED_ADVERB})[{HAN}]|"
                      rf"签订|签约|结对|入选|接入|实现|完成|投产|落地|开工|开复工|复工|竣工|建成|完工|春节|进展|建设|与|"
                      rf"(?:成功|顺利|正式)签约|"
                      rf"[0-9](?![0-9.]*[千百万亿]*元?(?:强|级))|[{_CLAUSE_END}（(]|$)")
_PREDICATE = re.compile(rf"(?:与[{HAN}]{{1,8}}?)?(?:实现|成功|顺利|正式)?"
                        rf"(?:坚持|参会|参加|纳入|集中|签订|签约|结对|入选|接入|投产|达产|落地|开工|开复工|复工|竣工|建成|完工|春节|"
                        rf"被评为|获评)(?!率)"
                        rf"[^{_CLAUSE_END}0-9（(]{{0,12}}")
# What long words before a count end by saying was done to the things (…分会场共签约18个项目 → 签约的项目)
_DEED_AT_END = re.compile(r"(?:集中)?(?:签约|开工|开复工|动工|投产|竣工|达产|落户|落地|引进)$")
# A class of things bounded by an amount (10亿元以上项目, 5000万至1亿元项目), and the things
_CLASS_PART = re.compile(r"((?:[0-9.]+[万亿]*|[万亿]+)(?:美元|元)?(?:以上|以下|(?:至|-|—|到)[0-9.]+[万亿]*(?:美元|元)))"
                         r"(项目|企业)")
# A class over an amount written with 过 or 超 (其中过10亿元项目8个, 其中超亿元企业75家), read as 10亿元以上 is
_PART_OF_SET = re.compile(r"((?:过|超)(?:[0-9.]+[万亿]*|[万亿]+)(?:美元|元))的?(项目|企业)")
_THIS_TIME = re.compile(r"^(?:本次|此次|这次)")  # (本次集中开工的重点项目: which event's, no kind of project)
_PART_THING = re.compile(r"(?:业|电|类)$")
_BARE_LISTED_RATE = re.compile(r"[\u4e00-\u9fff]{1,5}率")
_FIRST_RATE_OWNED = re.compile(r"\s*([\u4e00-\u9fff]{0,10}(?:项目|企业|园区|开发区))[\u4e00-\u9fff]{1,5}率、")
_PART_AFTER_COLON = re.compile(r"其中[：:]\s*[\u4e00-\u9fff]{2,4}$")
_PART_MEASURED = re.compile(r"额|率|量|税|口|值|资|增|降|比")
_A_RATE = re.compile(r"率|占比|比重")
_AFTER_BREAKDOWN = re.compile(r"其中[，,：:]\s*$")
_RATE_ENDING = re.compile(r"(?:增速|增幅|降幅)$")
# what a whole covers (…项目涉及装备制造、食品加工等5个领域; a clause opening with 包括): its fields own no amount
_COVERING = re.compile(r"^\s*包括|涉及|涵盖|覆盖|分布在|分布于")
_DEED_CLOSING = re.compile(rf"[{HAN}]{{2,12}}(?=[{_CLAUSE_END}]|$)")  # (正加快建设。: the deed after the adverb)
_MANNER = re.compile(r"^(?:实现|成功|顺利|正式)")  # 6个项目成功签约: how it was done is not what is counted
_NEXT_ATTRIBUTE = re.compile(r"(?:金额|总额|总投资|投资额)$")  # …签订授信协议金额279.1亿元: the next value's name
# 2000万元以上的增长点 after a counted noun: a class inside the name; the noun goes on after it
_NESTED = re.compile(rf"[0-9.]+[万亿]?元?(?:以上|以下)的?([{HAN}]{{1,8}}?)(?=[{_CLAUSE_END}]|$)")
_HEAD = re.compile(r"(?:企业|项目|单位|人员|专班|平台|基地|园区|产品)$")  # what a list of things is a list of
# (纺织鞋服13户实现产值41.03亿元: what is done and its amount, the next value's)
_DONE_THEN_VALUE = re.compile(rf"(?:实现|完成)[^{_CLAUSE_END}0-9]{{1,10}}[0-9]")
_MADE = re.compile(rf"^的([{HAN}]{{2,12}}?)(?=[{_CLAUSE_END}]|$)")
# A sector (…业) and what it is measured by (医药行业规上工业增加值, 制造业增加值), or a sector alone.
_SECTOR_MEASURED = re.compile(r"(.{1,16}?(?:行业|产业|(?<![工企专])业))"
                              r"((?:规上|规模以上)?(?:工业)?(?:增加值|总产值|产值|营业收入|主营业务收入|利润总额|利润))")
_SECTOR = re.compile(r"(?<![工企专])业$")  # 采矿业, 钢铁行业; not 工业, 企业
_FULL_STOPS = re.compile(f"[{re.escape(FULL_STOP)}\n]")
_SCOPE_CLAUSE = re.compile(rf"([^{_CLAUSE_END}0-9]{{2,24}}?)中(?=[，,：:])")  # …全省技改投资中，
_OPEN, _CLOSE = "(（", ")）"
_EACH = re.compile("分别|依次|各自")
_EACH_WORD = "分别"  # (7月、8月分别同比增长…: each the subject's, no name of its own)
# What may stand between a value and the 、 ending its item (20亿元以上、, 391个（含续建）、; 甲县(5.1%)、; a
# count's short noun, 签约233个项目、; a thing the value is of, 32亿元的甲产业园、, 10万吨/年渣浆综合利用项目、)
_VALUE_TAIL = re.compile(rf"[\s）)]*(?:以上|以下|左右|多|余)?\s*(?:[（(][^（()）]{{0,20}}[）)])?"
                         rf"(?:[{HAN}]{{0,4}}|的[^、，,]{{1,16}}|[^、，,]{{1,16}}?(?:项目|工程|基地|生产线))\s*")
# What a count written before its things says after it, up to the 、 closing its list item: their noun, and what
# is said of them (12个“专精特新”企业、; 9个行业利润增长、): no value, clause mark or 的, at most 24 characters.
_COUNTED_NOUN = re.compile(rf"(?:[{HAN}“”\"（()）](?<!的)){{1,24}}\s*")
_NOTE_SPAN = 40  # the longest note in brackets a value's name is read across
# The share of a goal reached (完成全年目标任务的28.8%, 完成年任务…的32.5%): named with its goal as written.
# (任务数: how the goal's amount is written; the share is of the goal, 完成州政府下达任务数132.63亿元的90.8%)
_GOAL_SHARE = re.compile(r"(完成[^，,。；;：:0-9（()）]{0,8}?(?:目标|任务|计划)(?:任务)?)数?的\s*$")
_OF_ONLY = re.compile(r"\s*的\s*")
_GOAL_NOUN_AFTER = re.compile(rf"(?!的)([{HAN}]{{0,8}}?(?:目标任务|任务|目标))(?=[{_CLAUSE_END}]|$)")
_REACHING = re.compile(r"^(?:提前|超额|全面|已经|已)?(?:完成|实现)")
_GOAL_REACHED = re.compile(r"完成[^，,。；;：:0-9]{0,8}?(?:目标|任务|计划)(?:任务)?数?$")
# (完成市下达的30亿元的任务: who set the goal before its amount, the goal's noun after it)
_ISSUED_BEFORE = re.compile(rf"({_ISSUED})\s*$")
_ISSUED_NOUN_AFTER = re.compile(rf"的\s*((?:全?年度?)?(?:考核)?(?:目标任务|任务|目标))(?=[{_CLAUSE_END}]|$)")
_GOAL_TAIL = re.compile(rf"(?:已?完成)?(?:{_ISSUED}|下达)?(?:全?年度?)?(?:考核)?(?:目标)?(?:任务|计划)数?$")
_BASE_IN_BRACKETS = re.compile(r"(?:比|较|高于|低于|快于|慢于|是|相当于)([^比较于是，,。；;：:（()）]{2,20})[（(]$")
# A base compared with whose value stands inside it (高于全国6.1%的平均水平0.6个百分点, 比2023年底的68.7%提高了):
# the words of the comparison before that value, and the list of bases before 等 (高于南京、杭州等城市10个百分点)
_BASE_BEFORE_VALUE = re.compile(r"(?:(?<![同环可])比|较|高于|低于|快于|慢于)[^比较于增降，,。；;：:0-9%（()）]{1,10}$")
_BASE_LIST = re.compile(r"^(?:比|较|高于|低于|快于|慢于)[^，,。；;：:0-9]{1,16}等[^，,。；;：:0-9]{1,6}$")
_GOAL_WORD = re.compile(r"(?:全?年度?)?(?:下达|目标|任务|计划)")
_CLASS = re.compile(r"(?:国家|省|市|县|区)级$")
_YEARLY = re.compile(r"年产(?:能)?$")
_BUILT = re.compile(r"建|实施|推进|形成|期")
_CAPACITY_AT_END = re.compile(r"(?:产能|能力|规模)$")
# A capacity formed, its product written after the amount (基本形成45万吨磷酸铁锂正极材料、…; 形成100万吨正极材料)
_FORMING = re.compile(r"(?:基本|初步|将)?形成")
_NOUN_AFTER = re.compile(rf"[{HAN}]{{2,16}}")
_SPREAD = "增长面"
_STREAK = "连续"  # (连续16个月保持全国第一方阵: a streak's length, of the deed it kept up; 连续 alone names nothing)
_GOODS_UNITS = frozenset({"吨", "千克", "克", "千米", "芯千米", "米", "千升", "升"})
_GOODS_COUNTS = frozenset({"辆", "台", "套", "件", "部", "架", "艘", "双", "片", "块"})  # (汽车5.07万辆: made)
# (分产品看, 从主要工业产品看, 主要产品中; …产品产量; a first item's output, 其中，原药产量同比增长36.0%，钢材增长25.6%)
_PRODUCTS_OUTPUT = re.compile(r"产品看|产品中|产品[^，,。；;：:]{0,8}产量|产量(?:同比|比上年)?(?:增长|下降)")
_PRODUCE = re.compile(r"生产|产出|加工|出口|销售")
_PROJECT_AFTER = re.compile(rf"[{HAN}A-Za-z]{{1,16}}?(?:项目|生产线|基地)")
_PER_YEAR = "/年"
_CLASS_BOUND = re.compile(r"(?:及?以上|以下)(?:的)?(?:项目|企业)")  # (亿元以上项目: a class the next item may share)
# What is measured of a whole: a value named by one alone (产值53.19亿元, 完成投资144亿元) is of the whole
# its sentence, the sentence before or a heading line names (see IndicatorNames._whose_at).
_MEASURED_HEADS = ("主营业务收入", "营业收入", "利润总额", "出口交货值", "总投资", "总产值", "增加值", "产值",
                   "收入", "营收", "利润", "利税", "税收", "税金", "投资", "投入", "生产总值")
_BARE_HEAD = re.compile(f"^(?:{'|'.join(_MEASURED_HEADS)})$")
_ANY_HEAD = re.compile("|".join(_MEASURED_HEADS))
# Rates and sums these pages write bare after their subject (…项目186个…，开工率88.7%; 签约项目…，签约金额108.5亿元)
_BARE_RATE = re.compile(r"^(?:开工率|竣工率|投产率|入驻率|投资完成率|完成率|签约率|履约率|资金到位率|"
                        r"贡献率|复工率|复产率|产销率|达产率|引资|引资额|合同引资额|"
                        r"签约金额|签约总金额|总金额|投资额|总投资额|合同投资额|签约额|签约总额|协议投资额|合同金额|合同额|"
                        r"到位资金|实际到位资金|进出口(?:总额|总值|额)?|出口(?:总额|额)?|进口(?:总额|额)?|产量|"
                        r"平均增速|平均增幅|[县户人亩]均(?:水平|生产总值|产值))$")  # (…的县实现生产总值…；平均增速6.1%)
# …and other names of what is measured: a subject ending with one names its whole before it (铁合金产量)
_HEAD_AT_END = re.compile(f"(?:{'|'.join(_MEASURED_HEADS)}|产量|用电量|发电量|吞吐量|产能|能耗|出口额|销售额|"
                          "进出口总额|支出|占比|比重|贡献率|(?:开)?复工率|产销率|(?:播种|种植)总?面积|平均)"
                          r"(?:增速|增幅|降幅)?$")
_THINGS = r"项目|企业|行业|产业|园区|开发区|单位|产业链|集群|[^行产企专]业"
_THINGS_AT_END = re.compile(f"(?:{_THINGS})$")
_THINGS_IN = re.compile(rf"[{HAN}（()）]{{0,16}}?(?:项目|企业|单位|园区|平台|基地|行业)")
_COMPARED = re.compile(r"占|高于|低于|高出|超出|快于|慢于|拉动|上拉|下拉|拉低|影响(?=[^，,]{0,8}增)|"
                       r"对(?=[^对]{2,16}(?:贡献|拉动))|较|比(?!重)")
# 园区内小型企业实现工业增加值 → 园区内小型企业; 重点行业工业增加值 → 重点行业
_DONE_AT_END = re.compile(r"(?:(?:实现|完成)(?:工业)?|(?<=[业区])工业|的)$")
_DONE_INVESTING = re.compile(r"完成投资$")  # 完成投资 is what was spent, not 总投资 (what a project costs)
_AMOUNT_NEXT = re.compile(r"、[^，,；;。、\d]{1,8}?[0-9.]+\s*(?:万|亿)*(?:元|美元)")  # (…41个、签约额341.2亿元)
_SCOPE_WORDS = ("全市", "全区", "全县", "全省", "全州", "全镇", "全盟", "我市", "我区", "我县", "我省", "我州",
                "本市", "该市")
_SCOPE_WORD = re.compile("|".join(_SCOPE_WORDS))
# A sentence opening on its topic (固定资产投资方面，; 在出口方面，): what its values measure, where theirs name nothing
_TOPIC_OPENING = re.compile(rf"\s*(?:在)?([^，,。；;：:\d{_CLAUSE_END}]{{2,14}}?)方面[，,：:]")
_TRADE_AT_END = re.compile(r"(?:进出口|出口|进口)(?:总额|总值|额)?$")
_STRETCH_WORDS = ("当季", "当月", "单季", "单月")  # (当季同比增长15.4%: the stretch's own growth, of the topic)
_HEADING_LINE = re.compile(rf"\s*[{HAN}]{{2,12}}\s*")
# An amount said of the thing after it: 的, a count of the things maybe, their name to 等 or the clause end.
# (甲项目与乙公司…: the thing ends at its kind)
_OF_THING = re.compile(rf"的(?:[0-9]+[个家项])?([^{_CLAUSE_END}等0-9]{{2,24}}?)"
                       rf"(?=等|[{_CLAUSE_END}]|$|(?:(?<=项目)|(?<=生产线))(?:与|和|及))")
_THING_ATTRIBUTE = re.compile(r"(?:总投资|总投|投资额|投资总额|投资|总盘子|规模|总额|引资额|签约额|合同额)$")
_OWN_ATTRIBUTE = ("引资额", "签约额", "合同额")  # (not an investment: named as written)
_ASSIGNED = re.compile(r"下达|下发|分解")
_AMOUNT_ITSELF = re.compile(r"(?:任务|目标|计划|资金|基金|贷款|订单|合同|补助|奖励|奖补)$")
# A count of things then what is said of them (28个行业实现正增长, 10个行业利润增幅超30%): what is counted.
# (with a class of them before: 20个大类行业增加值同比增长 → 增加值同比增长的大类行业)
_THING_FIRST = re.compile(rf"([{HAN}]{{0,4}}?(?:行业|企业|项目|产品|产业|地区|县区|县市区|市州))"
                          rf"((?![^{_CLAUSE_END}]*[0-9][个家项种])[^{_CLAUSE_END}]{{2,16}})$")
_SAID_OF_THINGS = re.compile(r"增长|下降|增幅|降幅|增速|翻番|翻倍|两位数|扭亏|盈利|亏损")
_JOINED = re.compile(r"和|及|以及|与|、")
# A list's collective noun stacking a sector on 行业 (…、医药等制造业行业分别增长): each item is a 行业 of its own
_STACKED_HEAD = re.compile(r"等?(?:制造|服务)业(?=行业)")
# …and the class the list's last item is said to be of after 等, where that item names an industry whole
_CLASS_AFTER_WHOLE = re.compile(r"(?<=[^行产企专]业)等[\u4e00-\u9fff]{0,8}?(?:行业|产业|领域)")
# What a 分别 list's clause says of all its items before their values (甲、乙保持较高增速，分别增长…; 丙和丁增幅最大，
# 分别为…; 戊和己实现两位数的较快增长，增速分别为…): a judgement by degree (较, 最 and an adjective), with the verb that
# carries it and the growth it judges. The reading hands it to the list's last item, whose name it is not: the
# items are named by what they are and what was measured (乙增速, 丁增幅). (较 before a base, 较上年, is no degree.)
# Only a judgement standing after the item's noun, with no noun of the item after it (at the words' end or before
# the growth it judges): a degree that opens or is inside the noun (最高用电负荷, 最大需量, 较大型电机) is its name.
_LIST_VERDICT = re.compile(r"(?<=[\u4e00-\u9fff])(?:保持|实现|呈现|取得)?了?(?:[两三四五六七八九十]?位数)?的?"
                           r"(?:较|最|更)(?:高|快|大|好|多|强|优)(?:的)?(?:增长|发展|增速水平)?"
                           r"(?=$|为|达|增速|增幅|增长|分别)")
# 5个计划竣工项目也正在…; with the size class it opens with (5个100亿级消费品工业龙头企业)
_THING_NOUN = re.compile(rf"(?:{_GRADE_IN}|[{HAN}]){{1,12}}?(?:项目|企业|行业|单位|园区|平台|基地|集群)+")
_DOING = re.compile(r"^(?:实施|引进|列入|推进|推动|谋划|储备)")  # 实施…项目11个，竣工1个: what the 1 is, not was done
_DONE_TO = re.compile(r"已?(?:竣工|落户|开工|投产|建成|完工|入库|在建|新开工|签约|落地)")
# What an amount invested builds, in its own clause (投资20亿元建设100兆瓦光电项目); who invests it, as a name's lead.
_BUILT_HERE = re.compile(r"(?:用于|主要)?(?:兴建|新建|建设|建成|实施|打造)(?!的)"
                         r"([^，,；;。、.．]{2,30}?(?:项目|工程|基地|产业园|园区|生产线))")
_PLANNED_END = re.compile(r"(?:拟|计划|将)$")
_OWNER_SUFFIX = re.compile(r"(?:(?:股份)?有限(?:责任)?|股份)?公司$|集团$")
_SCOPE = re.compile(rf"\s*([^，,。；;：:\d{_CLAUSE_END}]{{2,24}}?)中[，,：:]")
# A sentence's opening noun phrase: words up to its last thing word, each within a few characters of the one
# before (园区农机产业飞速发展 → 园区农机产业; 汽车产业“乘商并重” → 汽车产业).
_OPENING_THING = re.compile(rf"(?:[{HAN}“”]{{0,8}}?(?:产业|行业|企业|工业|项目|园区|开发区|集群|[^行产企专就营作毕]业)"
                            rf"(?![{HAN}]?[值额量]))+")
# What opens a list's item before its place: its number (7.连城县), or the words up to 分别是 (…的地市分别是揭阳)
_LIST_OPENING = re.compile(r"^[0-9]{1,2}[.．、]\s*|^[^，,；;。]*?(?:分别是|分别为|依次是|依次为)")
# A list opened by the predicate its things share (正增长的有丰顺县(37.4%)、…等7个县): the predicate, its things after
_SHARED_PREDICATE = re.compile(r"([\u4e00-\u9fff]{1,8}?)的(?:有|是)(?=[\u4e00-\u9fff])")
_WHOLE_FLOW = re.compile(r"增加值|总?产值|营业收入|主营业务收入|利润总额|工业投资|用电量")
# What a clause opening on a measured whole names (制造业投资, 农产品加工业增加值, 陕南地区能耗): its words up to its
# first measure, then how it went (continuing past 增速: 能耗增速最高, not a second measure)
_OPENING_MEASURE = re.compile(rf"[{HAN}“”]{{1,14}}?(?:增加值|总产值|产值|投资|能耗|用电量|发电量|营业收入|主营业务收入|"
                              rf"利润总额|出口交货值|税收|产量|销售额|零售额|进出口总额)(?=$|[{HAN}]{{0,16}}$)")
_NOT_WHOLE = re.compile(r"[对在比较向从由把将为]|占|拉动|带动|完成|实现")  # (关中地区对能耗增长…: whose is not said)
_STRETCH_MOVES = re.compile(r"分别|同比|环比|增长|下降|回落|回升|提高|提升|加快|放缓|收窄|扩大|增速|增幅|降幅|幅度|"
                            r"比|较")
_YEAR_WORDS = re.compile(r"^(?:今年|上年|去年)")  # (比上年四季度: a period, said with its year)
_AMOUNT_AT_END = re.compile(r"(?:总额|零售额|[产销]量)$")  # (社会消费品零售总额: measured too)
_BASE_BEFORE_LIST = re.compile(r"(比|较)(?:今年|上年|去年)?[0-9一二三四上下前第全]")  # (增幅比今年1-3月、1-4月…分别)
_SEEN_FROM = re.compile(r"\s*从[^，,。；;]{1,12}?(?:看|来看)[，,：:]")  # a heading's lead (从工业增加值看，)
_LIST_TAIL = re.compile(r"等(?:地市|市县|县市区?|县区|地区|城市|地)?$")
_DONE_BEFORE = re.compile(r"实现|完成|累计")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]{2,16}")
_PLACE_ITEM = 5  # the longest place's stem named alone as a list's item (黔西南)
_HOW_IT_WENT = 16  # the longest words saying how a whole went (呈现“两增两降”态势, 工业经济稳步增长)
_BREAKDOWN_END = "看"  # 分行业看, 从行业看: how the figures after it are broken down, no whole
# A sector or a size class of firms, named without what is measured of it (采矿业, 煤炭工业, 中型企业)
_SECTOR_ALONE = re.compile(r"(?:(?<![企专])业|(?:型|[大中小微])企业)$")
_DEED_ALONE = 3  # the longest deed a count is named by alone (进规, 开工): its place kept before it
# A whole's share of its goal (完成年度计划的25.9%, 占年度计划的34.6%), and how far before a share it is read
_GOAL_SHARED = re.compile(r"(?:完成|占)((?:全?年度?|全年)(?:投资)?(?:计划|目标|任务))的\s*[0-9.]+\s*%")
_GOAL_SHARED_REACH = 300
_HEAD_SPAN = 400  # how far after a growth its measure is still what a sector's growth named alone measures


def _capacity(own: str, after: str) -> str:
    """A plant's capacity (10万吨/年): the project it is written in (…渣浆综合利用项目产能); a name that says it is
    a capacity already (形成年产200万吨氧化铝产能, 煤矿23处、产能1245万吨/年) takes no second 产能."""
    project = _PROJECT_AFTER.match(after)
    plant = project.group(0) if project else _trim(after[:16])
    name = f"{own}{plant}"
    return name if _CAPACITY_AT_END.search(name) else name + "产能"


def _formed_capacity(q: Quantity, own: str, after: str) -> str:
    """A capacity a verb alone says is formed, its product written after the amount (基本形成45万吨磷酸铁锂正极材料:
    磷酸铁锂正极材料产能); '' for other values."""
    if not _FORMING.fullmatch(own) or q.unit_class in ("money", "count") or q.unit == "%":
        return ""
    formed = _NOUN_AFTER.match(after)
    return _capacity("", formed.group(0)) if formed else ""


def _before_built(own: str) -> str:
    """The words before the verb that builds or forms a capacity: the plant's where it forms it (广西生态铝基地项目
    形成年产…); '' where a verb builds it (建设年产15亿安时…, 改扩建年产…, 整县推进…、年产…), `own` otherwise."""
    formed = _FORMING.search(own)
    if formed:
        return _trim(own[:formed.start()])
    return "" if _BUILT.search(own) else own


def trim_words(words: str) -> str:
    """`words` as an indicator's name: without leading fillers, a leading division name and a trailing verb."""
    return _trim(words)


def _trim(words: str) -> str:
    """`words` without their leading fillers, a leading division name and a trailing verb."""
    words = _DONE_INSIDE.sub("", words.strip())  # 园区完成规模以上工业总产值 → 园区规模以上工业总产值
    if "以来" in words:
        words = _SINCE.sub("", words)
    if "在" in words or "之间" in words:
        words = _CLASS_FILLER.sub("", words)  # 总投资在10亿元~50亿元之间的项目 → 总投资10亿元~50亿元项目
    table = divisions()
    while True:
        words = _LEAD.sub("", words)
        rest = table.after_name(words)
        if rest == words:
            break
        words = rest
    return _trim_tail(words)


def _names_a_measure(name: str) -> bool:
    """Whether `name` says what is measured (产值, 增加值) or how it moved (增长, 比重)."""
    return bool(name) and bool(_ANY_HEAD.search(name) or _MEASURED.search(name))


def _another_place_item(words: str, name: str) -> bool:
    """Whether `words`, a value's own words, are a place and the bracket its value opens (五华县(32.5%)), and
    `name`, what the value would take from before it, holds no such place: it is then another item's name
    (正增长的有丰顺县(37.4%)、五华县(32.5%)…: 丰顺县's, not 五华县's)."""
    if not name or words[-1:] not in _OPEN:
        return False
    place = words[:-1]
    return len(place) >= 2 and place not in name and (_a_place(place) or divisions().after_name(place + "的") == "的")


def _trim_tail(words: str) -> str:
    """`words` without a trailing verb."""
    # the trailing verbs are a few short words: looked for at the end only, not from every character
    head, tail = words[:-_TAIL_CHARS], words[-_TAIL_CHARS:]
    # (an open bracket: 甘孜(21.5%)、泸州(10.9%) name each place's value)
    return (head + _TRAILING.sub("", tail)).strip("，,、：: “”\"(（")


# How a class by amount is said, not what it is (投资总额在5亿元以上的项目, 在1亿元~10亿元之间的项目)
_CLASS_FILLER = re.compile(r"(?<=[资额])在(?=[0-9])|(?<=[0-9.][万亿]元)之间的?|(?<=[万亿]元以[上下])的(?=项目|企业)")
_CLASS_BY = re.compile(r"(?:总投资额?|投资总额|投资额|投资)(?:在|过|超|达)?\s*$")  # what a class's bound is of
_GRADE_AFTER = re.compile(rf"(?:(?:及|或)?以上|级)[{HAN}]")  # an amount that is a class's grade, then its noun
_WHOLE_CLASS = re.compile(r"(?:\d+(?:\.\d+)?)?(?:千万|百万|万|亿)元(?:及)?以上|"
                          r"(?:过|超)(?:\d+(?:\.\d+)?)?(?:千万|百万|万|亿)元")


class IndicatorNames:
    """The indicator names of the quantities of one text, read in order, remembering each sentence's subject."""

    def __init__(self, text: str, periods: Sequence[tuple[int, int, Period]]) -> None:
        """`periods`: the period writings of `text` (numbers/periods.periods_in), as its Source has them."""
        self.text = text
        # where sentences and clauses end, found once: each value's are then a lookup
        self.sentence_ends = [m.start() for m in _SENTENCE_ENDS.finditer(text)]
        self.clause_ends = [m.start() for m in _CLAUSE_ENDS.finditer(text)]
        self.comma_ends = [m.start() for m in _COMMA_ENDS.finditer(text)]
        # the text's periods (with the rest of their writing: 12月底), found once: not indicator words
        self.periods: list[tuple[int, int]] = []
        for a, b, _ in periods:
            if _COMPARED_WITH.search(text, max(0, a - 2), a):
                continue  # 较前三季度降幅收窄, 比2019年同期增长: the base compared with is part of the name
            tail = _PERIOD_TAIL.match(text, b)
            self.periods.append((a, tail.end() if tail else b))
        self.period_starts = [a for a, _ in self.periods]
        self.subject: tuple[int, str] | None = None  # (sentence start, name) of the last named subject
        self.first_subject: tuple[int, str] | None = None  # (sentence start, name) of the first subject of a sentence
        self.last: tuple[int, str, str] | None = None  # (sentence start, name, unit class) of the last figure
        self.last_end = -1
        self.last_value_end = -1  # where the last value named, no threshold, ends
        self.last_start = self.last_item = 0  # where the last value and its own words start
        self.last_threshold: tuple[int, int] | None = None
        self.whole_count: tuple[int, str] | None = None  # (end, name) of the last count of a whole, not a part
        self.covering = -1  # where the last count of what a whole covers (涉及…等6个领域) starts
        # (sentence start, whose, whether what a count counts) of the last subject naming a whole
        self.owner: tuple[int, str, bool] | None = None
        self.member = False  # whether the value being named is a member of a 、 list
        self.full_stops = [m.start() for m in _FULL_STOPS.finditer(text)]
        self.siblings_head: tuple[int, str] | None = None  # (sentence start, what its sectors are measured by)
        self.places_measure: tuple[int, str] | None = None  # (sentence start, what its places' list measures)
        self.growth_head: tuple[int, str] | None = None  # (where, what is measured) of the last growth naming one
        # (paragraph start, unit class) -> the last name there that says what is measured of what
        self.paragraph_names: dict[tuple[int, str], str] = {}
        self.paragraph_first: dict[int, str] = {}  # paragraph start -> the name of its first figure

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

    def _placed(self, q: Quantity, before: str, s0: int, name: str) -> str:
        """`name` with what the paragraph, a list and a place say of `q`, and a multiple's base."""
        name = self._of_place(q, before, self._of_list(q, self._of_paragraph(q, s0, name)))
        multiple = _MULTIPLE_OF.search(before) if q.unit == "倍" else None
        if multiple and name and multiple.group(1) not in name:
            name += f"相当于{multiple.group(1)}的倍数"  # 是去年全年的2.3倍: a multiple of its base, no growth
        return name

    def clause(self, q: Quantity) -> tuple[int, int]:
        """Where the clause holding `q` starts and ends."""
        return span_start(self.clause_ends, q.start), span_end(self.clause_ends, q.end, len(self.text))

    def name(self, q: Quantity, threshold: bool) -> str:
        """The indicator of `q`; a threshold (亿元以上) is named by what it bounds."""
        text = self.text
        s0 = span_start(self.sentence_ends, q.start)
        c1 = span_end(self.clause_ends, q.end, len(text))
        before, own, item0 = self._own_words(q)
        own = self._whose_own(q, (s0, c1), before, own, threshold)
        own = self._total_of_last(q, s0, own)
        after = text[q.end:min(c1, q.end + WORDS_AFTER)]
        # a member of a list of counts (已开工项目9项、未开工项目1项) is a part: an amount after it is the whole's;
        # a count and the amount of what it counts (合同项目41个、签约额341.2亿元) are no list
        self.member = (text.startswith("、", q.end) and not _AMOUNT_NEXT.match(text, q.end)) \
            or (text[item0 - 1:item0] == "、" and _EXAMPLES not in text[item0:q.start])
        if _BASE_IN_BRACKETS.search(before):
            name = self._base_of_subject(q, s0, own)  # 比全市平均增速（8.1%）: the base compared with
        else:
            name = (self._goal_of_last(q, own) or self._class_of_last(s0, own) or self._per_one_of_last(s0, q, own)
                    or (self._running_total(before, s0) if q.unit_class == "count" else "")) if not threshold else ""
            name = name or self._named(q, own, after, s0, threshold)
            name = _planned(name, before) if q.unit_class == "money" else name
        if q.unit_class == "count" and not threshold and (len(name) <= 4 or not divisions().after_name(name)):
            name += self._scope(s0, q.start)  # 集中开工重大项目中，福州115个 → 福州集中开工重大项目
            if self.covering != q.start:
                self._subject(s0, name, whole=True)
        if q.unit_class == "count" and not threshold:
            name = self._class_of_whole(q, s0, name)
        if not threshold:
            placed = self._placed(q, before, s0, name)
            if placed != name and self.subject == (s0, name):
                self._subject(s0, placed)  # (新罗区(896.35亿元5.8%): the growth after it is the place's measure's)
            name = placed
        self.last_end, self.last_start, self.last_item = q.end, q.start, item0
        self.last_threshold = (q.start, q.end) if threshold else None
        if not threshold:
            name = self._of_list_before(q, s0, name)
            self.last_value_end = q.end
            self.last = (s0, name, q.unit_class)
            self._note_growth_head(q, name)
        return _QUOTES.sub("", name)[:_MAX]

    def _of_list_before(self, q: Quantity, s0: int, name: str) -> str:
        """A count that is a later item of a list of counted things (浙江新增A工厂8个、B工厂3家; 其中新增亿元以上项目
        9个，10亿元以上项目2个): with what the list writes once before its first item (浙江新增B工厂), as the checker
        reads it (numbers.attribution.list_scope)."""
        last = self.last
        if last is None or last[0] != s0 or last[2] != "count" or q.unit_class != "count" \
                or not next_item(self.text, (self.last_value_end, q.start), bool(_CLASS_BOUND.search(last[1]))):
            return name
        return list_scope(last[1], name)

    def _note_growth_head(self, q: Quantity, name: str) -> None:
        """Remember what a growth named at `q` measures (规模以上工业增加值增速 → 增加值), for the sectors named
        alone after it (see _with_siblings_head)."""
        if q.measure != "growth" or q.unit != "%":
            return
        heads = list(_ANY_HEAD.finditer(_COMPARED.split(name, 1)[0]))
        if heads:
            head = heads[-1].group(0)
            self.growth_head = (q.start, "增加值" if head == "生产总值" else head)

    def _whose_own(self, q: Quantity, where: tuple[int, int], before: str, own: str, threshold: bool) -> str:
        """`own` with whose it is where it names only what is measured: the project the next clause builds
        (投资4亿元，兴建年产30万台…终端机项目), else its sentence's subject's (`where`: the sentence's start and
        the value's clause's end)."""
        s0, c1 = where
        built = project_built(self.text, c1, own) if q.unit_class == "money" else ""
        if built:
            return built + own
        here = _BUILT_HERE.match(self.text, q.end, c1) if q.unit_class == "money" and own.endswith("投资") else None
        if here is not None:
            # (苏州亚硕新能源有限公司投资20亿元建设100兆瓦光电项目: the investment of what it builds with it)
            # (落户…的X公司在Y区拟投资: X公司)
            owner = _PLANNED_END.sub("", own[:-2].rsplit("在", 1)[0].rsplit("的", 1)[-1])
            return _OWNER_SUFFIX.sub("", owner) + here.group(1) + "投资"
        if q.unit_class != "count" and not threshold and (_BARE_HEAD.match(own) or _BARE_RATE.match(own)) \
                and not self._after_count(s0, own):
            done = own == "投资" and _DONE_INVESTING.search(before)
            whose = _trim(project_before(self.text, q.start)) or self._whose_at(s0, before, q.start)
            verb, of, noun = whose.partition("的")
            if of and verb and verb in own:
                whose = noun  # 6个项目实现签约,签约额…: the projects' 签约额, said once
            whose = _without_numerator_deed(whose, own)
            if _DEED_ONLY.fullmatch(whose):
                # (1-5月开工9个，开工率45%: the started count names only its deed, and the rate is of a set the
                # sentence names elsewhere or not at all; read as whose, it made 开工开工率, 开工完成投资)
                whose = ""
            return whose + ("完成投资" if done else own)
        return own

    def _of_place(self, q: Quantity, before: str, name: str) -> str:
        """A value whose own words are a place and how it changed (分地市看，…银川市增长12.8%，石嘴山市增长6.9%):
        that place's value of what its paragraph's first figure measured (银川市规上工业增加值增速); `name`
        where it names what is measured, or its words open with no place of the division table."""
        words = _LEAD.sub("", _LIST_OPENING.sub("", before.strip()))
        if _another_place_item(words, name):
            return self._place_item(q, words[:-1])
        if _names_a_measure(name):
            return name
        rest = divisions().after_name(words)
        if rest == words and words[-1:] in _OPEN and divisions().by_stem.get(words[:-1]):
            rest = words[-1]  # 甘孜(21.5%)、泸州(10.9%): a place's stem, its value in brackets after it
        if rest == words and _a_place(words):
            # (a place named alone, 南京市8316.92亿元: measured as the value before it in its sentence, if at all)
            sibling = self._sibling_measure(q)
            return words + sibling if sibling else name
        if rest == words:
            return name
        place = words[:len(words) - len(rest)]
        if _trim_tail(rest):
            # (下陆区进规8家: a count named by a short deed alone is its place's, 下陆区进规)
            deed_alone = q.unit_class == "count" and name == _trim_tail(rest) and len(name) <= _DEED_ALONE \
                and not _THINGS_AT_END.search(name)
            return place + name if deed_alone else name
        sibling = self._sibling_measure(q)
        if sibling:
            return place + sibling
        p0 = self.text.rfind("\n", 0, q.start) + 1
        first = self.paragraph_first.get(p0, "")
        if not (first and (_ANY_HEAD.search(first) or _MEASURED.search(first))):
            # (a breakdown's own paragraph, 分地市看，银川市增长…: what the paragraph before measured)
            first = self.paragraph_first.get(self.text.rfind("\n", 0, max(0, p0 - 1)) + 1, "") if p0 else ""
        measured = trim_words(_WHOLE_PLACE.sub("", first))
        if q.unit_class == "money":
            measured = _RATE_ENDING.sub("", measured)  # (新罗区(896.35亿元5.8%): the amount, its growth after it)
        return place + measured if measured and measured != name else name

    def _place_item(self, q: Quantity, place: str) -> str:
        """A list item's place, its value in brackets after it (…、五华县(32.5%)): the place, with what its siblings
        measure where they name it."""
        sibling = self._sibling_measure(q)
        return place + sibling if _ANY_HEAD.search(sibling) else place

    def _sibling_measure(self, q: Quantity) -> str:
        """What the value before `q` in its sentence, of its unit, measures without its place (苏州市地区生产总值
        11458.4亿元，南京市8316.92亿元 → 地区生产总值; 新签约项目潍坊5个、聊城3个 → 新签约项目): a place named
        alone right after it is measured alike; '' where it names no measure."""
        last = self.last
        s0 = span_start(self.sentence_ends, q.start)
        if last is None or last[0] != s0 or last[2] != q.unit_class:
            return ""
        measured = _without_places(trim_words(_WHOLE_PLACE.sub("", last[1])))
        said = _ANY_HEAD.search(measured) or _MEASURED.search(measured) \
            or (q.unit_class == "count" and _THINGS_AT_END.search(measured))
        return measured if said and not _RELATIVE.match(measured) else ""

    def _of_list(self, q: Quantity, name: str) -> str:
        """A line of a list under a breakdown's heading (分市看：\n大同市 3.9%) named by its place alone: that
        place's value of what the paragraph before the heading measured (大同市规模以上工业增加值增速)."""
        p0 = self.text.rfind("\n", 0, q.start) + 1
        if p0 not in self.paragraph_first:
            self.paragraph_first[p0] = name
        if _ANY_HEAD.search(name) or _MEASURED.search(name):
            return name
        heading = list_heading(self.text, q.start)
        if heading is None:
            return name
        before = self.text[:heading].rstrip()
        measured = self.paragraph_first.get(self.text.rfind("\n", 0, len(before)) + 1, "")
        return name + _WHOLE_PLACE.sub("", measured) if measured else name

    def _of_paragraph(self, q: Quantity, s0: int, name: str) -> str:
        """A name that is what is measured alone, said of a month or a running total (当月完成投资, 累计用电):
        the name its paragraph gave an amount of its unit that measures it of something (重点项目完成投资,
        工业用电量); `name` otherwise, which, where it names that something, is remembered for the paragraph."""
        key = (self.text.rfind("\n", 0, q.start) + 1, q.unit_class)
        bare = _SAID_OF_TIME.sub("", name)
        if bare != name or _BARE_HEAD.match(name) or _BARE_USE.fullmatch(name):
            prior = self.paragraph_names.get(key)
            if bare and prior and bare in prior and prior != bare:
                self._subject(s0, prior)
                return prior
            return name
        if q.unit_class != "count" and _has_subject(name) and not _RELATIVE.match(name):
            self.paragraph_names[key] = _TIME_WORDS.sub("", name)
        return name

    def _own_words(self, q: Quantity) -> tuple[str, str, int]:
        """The words before `q` that are its own (as written, and as a name) and where they start: from its
        clause, its list item or the end of the value before it in its clause, whichever is last; a note in
        brackets right before it left out, and a value in brackets before it skipped (完成年任务（40.2亿元）
        的32.5%: the words before the brackets are this value's too)."""
        text = self.text
        c0 = span_start(self.clause_ends, q.start)
        words_end = self._before_note(q.start)
        if words_end < c0:
            c0 = span_start(self.clause_ends, words_end)
        c0 = self._subject_list_start(c0)
        c0, listed0 = self._across_brackets(c0, words_end)
        last_end = self.last_end if self.last_end <= words_end else -1  # (a value inside the note is not before)
        listed = text.rfind("、", listed0, words_end)
        item0 = max(c0, listed + 1 if self._after_value(listed) else c0, last_end) if last_end >= c0 else c0
        if self.last_threshold is not None and self.last_threshold[1] == last_end and last_end >= c0:
            item0 = self._class_start(self.last_threshold[0])  # 10亿元以上项目14个: the class is part of the name
        elif last_end >= c0 and item0 == last_end and _GRADE_AFTER.match(text, last_end):
            item0 = self._class_start(self.last_start)  # (100亿元级项目5个, 50亿元及以上项目1个: the class's grade)
        lead = ""
        if item0 == last_end and text[last_end:last_end + 1] in _CLOSE and text[self.last_start - 1:self.last_start] \
                in _OPEN and self.last_item < self.last_start:
            lead = self._no_periods(text[self.last_item:self.last_start - 1], self.last_item)
            item0 = last_end + 1
        before = text[max(item0, words_end - WORDS_BEFORE):words_end]
        compared = self._base_compared(before, c0, (item0, last_end), lead)
        done = ""
        if _EXAMPLES in before and not _BASE_LIST.match(_LEAD.sub("", before)):
            before = before[before.rindex(_EXAMPLES) + 1:]
            lead = ""  # (烟草(0.2%)、…和机电制造(3.8%)等4个产业: the last example named no count)
            done = self._examples_counted(q, words_end - len(before))
        offset = words_end - len(before)
        cut = _FROM.search(before)
        if cut:
            before = before[:cut.start()]
        written = lead + compared + self._no_periods(before, offset)
        goal = _GOAL_SHARE.search(lead + before) or self._goal_amount_between(before, c0, item0)
        base = _BASE_IN_BRACKETS.search(before)  # 增速比全市平均增速（8.1%）: the base's value
        own = goal.group(1) if goal else base.group(1) if base else _trim(written) or done
        return lead + compared + before, own, item0

    def _base_compared(self, before: str, c0: int, ends: tuple[int, int], lead: str) -> str:
        """The comparison a gap is named from where its base is written with its own value before it (高于全国6.1%的
        平均水平0.6个百分点 → 高于全国的平均水平), "" otherwise. `ends`: where the value's item starts and the value
        before ends."""
        item0, last_end = ends
        if not (0 <= c0 <= self.last_start and item0 == last_end and not lead):
            return ""
        base = _BASE_BEFORE_VALUE.search(self.text, max(c0, self.last_start - _TAIL_CHARS), self.last_start)
        return base.group(0) if base is not None and len(before) <= 8 and _EXAMPLES not in before else ""

    def _examples_counted(self, q: Quantity, examples_end: int) -> str:
        """What a count after an example list ending in 等 did, where its comma clause says it: the list's verb
        (现场调度宜都东阳光、枝江海科等4个重点项目: 现场调度), else what its opening says the examples share
        (正增长的有…等7个县 → 正增长的); "" where neither is said."""
        start = span_start(self.comma_ends, q.start)
        verb = _LIST_VERB.match(self.text, start, q.start)
        if verb and verb.end() <= examples_end:
            return verb.group(1)
        shared = _SHARED_PREDICATE.match(self.text, start, q.start)
        return shared.group(1) if shared else ""

    def _goal_amount_between(self, before: str, c0: int, item0: int) -> re.Match[str] | None:
        """The goal a share is of when the goal's amount stands between them (完成年任务3.5亿元的19.8%: `before` is
        the 的 after the amount): its words before that amount, else None."""
        if not (0 <= c0 <= self.last_end == item0 and _OF_ONLY.fullmatch(before)):
            return None
        return _GOAL_SHARE.search(self.text[max(c0, self.last_start - WORDS_BEFORE):self.last_start] + "的")

    def _class_start(self, at: int) -> int:
        """Where the class whose bound starts at `at` is named from: with what its bound is of, written before it
        (投资总额在5亿元以上的项目, 投资过1亿元项目 → 投资总额在…), else at its bound."""
        by = _CLASS_BY.search(self.text, max(self.last_item, at - _TAIL_CHARS), at)
        return by.start() if by else at

    def _subject_list_start(self, c0: int) -> int:
        """Where a clause starting at `c0` after a 、 starts when that 、 joins the members of one subject, not
        the items of a list of values (五县(市)和铜山、贾汪两区合计实现产值…; 进出口、出口、进口同比均增长…: one
        subject; 产值20亿元、增长5%: two items): at its comma clause's start, back over each 、 no value ends at."""
        lo = span_start(self.comma_ends, c0)
        if _EACH.search(self.text, lo, span_end(self.comma_ends, c0, len(self.text))):
            return c0  # (石化、食品分别增长…: a list of items, each its own value's)
        while c0 > lo and self.text[c0 - 1] == "、" and not self._after_value(c0 - 1):
            c0 = span_start(self.clause_ends, c0 - 1)
        return c0

    def _after_value(self, at: int) -> bool:
        """Whether the 、 at `at` ends an item that holds a value (产值20亿元、, 项目391个（含续建）、)."""
        if at < 0:
            return False
        if self.last_end > at:
            return True  # (a value after it in the item: the item ends there)
        if self.last_end < 0:
            return False
        # a count written before its noun closes its item with the noun, however long (新增5个数字化车间、8条航线:
        # 数字化车间 is what 5个 counts, not a word of the next item's name, which the reading joined to it with 的)
        counted = self.last is not None and self.last[2] == "count" and self.last_threshold is None
        return bool(_VALUE_TAIL.fullmatch(self.text, self.last_end, at)
                    or (counted and _COUNTED_NOUN.fullmatch(self.text, self.last_end, at)))

    def _across_brackets(self, c0: int, end: int) -> tuple[int, int]:
        """Where a clause starting at `c0` starts when a 、 or a comma inside brackets cut it (排名前十的县(市、区)
        实现…: one noun; 规上服务业(不含…,下同)营业收入), and where a list item may start in it (after the
        brackets); `c0` twice otherwise."""
        words = self.text[c0:end]
        close = max(words.rfind(")"), words.rfind("）"))
        if close < 0 or max(words.rfind("("), words.rfind("（")) >= 0:
            return c0, c0
        lo = max(0, c0 - _NOTE_SPAN)
        opened = max(self.text.rfind("(", lo, c0), self.text.rfind("（", lo, c0))
        if opened < 0 or opened == self.last_end or any(ch in _SENTENCE_END for ch in self.text[opened:c0]):
            return c0, c0  # (5亿元(人民币,下同)以上项目: the note of the value before, not of a noun)
        return span_start(self.clause_ends, opened), c0 + close + 1

    def _class_of_last(self, s0: int, own: str) -> str:
        """A class of what the count before it counts (技术创新示范企业省级7家、国家级1家): those things of
        this class; else ''."""
        if not _CLASS.fullmatch(own) or self.last is None or self.last[0] != s0 or self.last[2] != "count":
            return ""
        of_class = _CLASS.search(self.last[1])
        return self.last[1][:of_class.start()] + own if of_class else ""

    def _base_of_subject(self, q: Quantity, s0: int, base: str) -> str:
        """A base compared with, whose value is in brackets after it (高于全省（10.1%）, 比全省平均增速（6.2%））:
        that place's value of what the sentence's subject measures (全省规模以上工业增加值增速); `base` where it
        names more than a place and its average, or the sentence has no subject."""
        place = _AVERAGE.sub("", base)
        subject = self.subject[1] if self.subject is not None and self.subject[0] == s0 else ""
        if subject and _only_a_period(base):
            place = ""  # 是2012年（1578.2亿元）的1.6倍, 比上年同期（6.2%）: the subject's, of that time
        elif not subject or not (_WHOLE_PLACE.fullmatch(place) or (place and not divisions().after_name(place))):
            return base
        measured = trim_words(_WHOLE_PLACE.sub("", _COMPARED.split(subject, 1)[0]))  # (not a gap's name)
        if not measured:
            return base
        # (a growth's base is a growth: the value before it in its sentence says which)
        growth = q.measure == "growth" or (self.last is not None and self.last[0] == s0
                                          and self.last[2] == q.unit_class and self.last[1].endswith("增速"))
        return place + measured + ("增速" if growth and not _MEASURED.search(measured) else "")

    def _class_of_whole(self, q: Quantity, s0: int, name: str) -> str:
        """A count of a class of things (10亿元以上项目3个) after 其中 and a count of a whole of those things
        (签约项目36个): that class of the whole's things (10亿元以上签约项目); `name` otherwise, which, when
        it counts a whole, is remembered."""
        broken_down = "其中" in self.text[s0:q.start]
        part = _CLASS_PART.fullmatch(name) or (_PART_OF_SET.fullmatch(name) if broken_down else None)
        if part is None:
            if not broken_down:  # (集中开工的项目40个: a whole, though 的 says what was done to its things)
                self.whole_count = (q.end, name)
            return name
        if self.whole_count is None:
            return name
        at, whole = self.whole_count
        between = self.text[at:q.start]
        if "其中" not in between or "\n" in between or len(between) > _MAX * 2 or whole == part.group(2) \
                or not whole.endswith(part.group(2)) or _CLASS_PART.fullmatch(whole):
            return name
        # (在建亿元以上工业项目112个，其中10亿元以上项目14个: 10亿元以上在建工业项目, the whole's class given up)
        return part.group(1) + _WHOLE_CLASS.sub("", _DOING.sub("", _THIS_TIME.sub("", whole)))

    def _per_one_of_last(self, s0: int, q: Quantity, own: str) -> str:
        """An amount per thing right after the total of those things (…企业实现营业收入126.4亿元，户均4.68亿元):
        that total's per thing (…企业户均营业收入); else ''."""
        if not PER_ONE.fullmatch(own) or self.last is None or self.last[0] != s0 or self.last[2] != q.unit_class:
            return ""
        per = PER_WORD.match(own)
        heads = list(_ANY_HEAD.finditer(self.last[1]))
        if per is None or not heads or _ANY_HEAD.search(own):  # (亩均税收, 平均每家利润: named by its own words)
            return ""
        whose, what = self.last[1][:heads[-1].start()], heads[-1].group(0)
        return _trim_tail(whose) + per.group(0) + what

    def _goal_of_last(self, q: Quantity, own: str) -> str:
        """A goal in brackets right after a value (…收入完成360亿元（上饶下达任务325亿元）): the goal of what that
        value measures; else ''."""
        opened = self.last_end
        if not (self.text[opened:opened + 1] in _OPEN and _GOAL_WORD.search(own) and self.last is not None
                and not any(ch in _CLOSE for ch in self.text[opened:q.start])):
            return ""
        return self.last[1] + own

    def _before_note(self, at: int) -> int:
        """Where the words naming the value at `at` end: before a note in brackets right before it
        (全市新签约项目（3000万元以上工业项目、亿元以上其它项目）161个), else at it."""
        if at == 0 or self.text[at - 1] not in ")）":
            return at
        # (a note may hold a comma of its own: 地区生产总值(GDP,下同)200亿元; not past its sentence)
        lo = max(span_start(self.sentence_ends, at), at - _NOTE_SPAN)
        opened = max(self.text.rfind("(", lo, at - 1), self.text.rfind("（", lo, at - 1))
        closed = max(self.text.rfind(")", lo, at - 1), self.text.rfind("）", lo, at - 1))
        return opened if opened > closed else at

    def _of_count_before(self, s0: int, own: str) -> str:
        """A capacity named 产能 alone right after a count in its sentence (批复保留煤矿23处、产能1245万吨/年): that of
        the things counted (批复保留煤矿产能); `own` otherwise."""
        last = self.last
        if own != "产能" or last is None or last[0] != s0 or last[2] != "count" or last[1].endswith(own):
            return own
        return last[1] + own

    def _after_count(self, s0: int, own: str) -> bool:
        """Whether `own` is an attribute of the things a count before it in its sentence counts (37个项目
        集中开工建设，总投资189亿元)."""
        last = self.last
        return bool(_ATTRIBUTE.match(own)) and last is not None and last[0] == s0 and last[2] == "count" \
            and self.covering != self.last_start

    def _whose_at(self, s0: int, before: str, at: int) -> str:
        """Whose an amount named by what is measured alone (产值, 完成投资) at `at` is, in the sentence opening at
        `s0`: the last subject's of that sentence, the whole its opening clause names (园区农机产业飞速发展，实现
        产值…), the last subject's of the sentence before in its paragraph (…项目17个，完成投资…; 铁合金产量…。
        产值…), else a heading line's just before (基础设施\n完成投入…); '' where the words before say the whole
        (全市, 我县) or nothing names it."""
        if _SCOPE_WORD.search(before):
            return ""
        if self.owner is not None and self.owner[0] == s0:
            return self.owner[1]
        opener = self._opener(s0, at)
        if opener is not None:
            return opener
        # a measured whole of the sentence before (铁合金产量…。产值…), where this one names no subject of its
        # own; not the things a count there counts (…未开工项目1项。已完成投资…: of all the projects)
        said = self.subject is not None and self.subject[0] == s0
        s_before = self._sentence_before(s0)
        if not said and self.owner is not None and self.owner[0] == s_before and not self.owner[2]:
            return self.owner[1]
        if not said and s_before >= 0 and not any(ch.isdigit() for ch in self.text[s_before:s0]):
            return self._opener(s_before, s0) or ""  # (四大主导产业保持快速增长。1-7月，增加值增长31.1%)
        if s0 > 0 and self.text[s0 - 1] == "\n":
            line = self.text[self.text.rfind("\n", 0, s0 - 1) + 1:s0 - 1]
            if _HEADING_LINE.fullmatch(line):
                return line.strip()
        return ""

    def _opener(self, s0: int, at: int) -> str | None:
        """The whole a sentence opening at `s0` names in a clause before `at` that holds no figure and says how
        it went (高技术制造业引领增长，增加值增长25.0%; 1-6月园区工业经济稳步增长，累计完成总产值…): its name up
        to its last thing word; '' where its first such clause (past a breakdown's 分行业看 and a period) names the
        area (全市经济运行平稳: the area's own total); None where it holds a number or names no thing."""
        c0 = s0
        while c0 < at:
            c1 = span_end(self.comma_ends, c0, len(self.text))
            if c1 >= at:
                return None  # (the value's own clause: its words are its own)
            clause = self._no_periods(self.text[c0:c1], c0).strip()
            c0 = c1 + 1
            if _LEAD.sub("", clause) and not clause.endswith(_BREAKDOWN_END):
                break
        else:
            return None
        words = _LEAD.sub("", clause)
        if _SCOPE_WORD.search(clause[:len(clause) - len(words)]):
            return ""  # (新能源产业领跑全区: a thing, the area only what it leads)
        if any(ch.isdigit() for ch in clause):
            return None
        words = divisions().after_name(words)
        thing = _OPENING_THING.match(words)
        # (a thing with nothing said of it is a list's item: 开工的项目为：甲项目；乙园区项目，总投资…; one that
        # does a long deed, 龙头企业某集团与某市签订某基地项目，签约金额…, is no whole of what follows)
        said = len(words) - len(thing.group(0)) if thing else 0
        return thing.group(0) if thing and len(thing.group(0)) >= 3 and 0 < said <= _HOW_IT_WENT else None

    def _sentence_before(self, s0: int) -> int:
        """Where the sentence before the one opening at `s0` starts, in its paragraph; else -1."""
        if s0 == 0 or self.text[s0 - 1] == "\n":
            return -1
        return span_start(self.sentence_ends, s0 - 1)

    def _named(self, q: Quantity, own: str, after: str, s0: int, threshold: bool) -> str:
        """The name of `q` from its own words (`own`) and those after it (`after`) in its sentence at `s0`."""
        named = self._streak(q, own, after, s0) or self._named_by_what_it_is(q, own, after, s0, threshold)
        if named is not None:
            return named
        topic = self._topic_of(s0, q.start, own)
        if topic:  # (固定资产投资方面，一季度全省同比增长13.4%: the measure its sentence opens on as its topic)
            self._subject(s0, topic)
            return topic + "增速" if q.measure == "growth" else topic
        own = self._completed(q, own, s0)
        if own and own != _EACH_WORD and not _RELATIVE.match(own) and not _ATTRIBUTE.match(own) and _has_subject(own):
            self._subject(s0, own)
            return own + "增速" if q.measure == "growth" and not _MEASURED.search(own) else own
        if self._after_count(s0, own) and self.last is not None:
            self._subject(s0, self.last[1] + own)  # 37个项目集中开工建设,总投资189亿元(,同比增长…)
            return self.last[1] + own
        whole = self._measured_clause_before(q, own)
        if whole:  # (全市制造业投资继续保持较快增长，同比增长25.3%: the clause before says what grew)
            self._subject(s0, whole)
            return whole + "增速"
        return self._of_subject(q, own, after, s0)

    def _streak(self, q: Quantity, own: str, after: str, s0: int) -> str:
        """A streak's length (已连续三个月回升, 连续16个月保持全国第一方阵): named by the deed kept up (连续回升), as
        连续 alone names nothing; whose the streak is (工业投资连续3年增长) stays the sentence's subject. '' for other
        values."""
        if q.unit_class != "duration" or not own.endswith(_STREAK):
            return ""
        whose, deed = own.removesuffix(_STREAK), _NOUN_AFTER.match(after)
        if whose:
            self._subject(s0, whose)
        return own + deed.group(0) if deed else own

    def _topic_of(self, s0: int, at: int, own: str) -> str:
        """What a sentence opening at `s0` on its topic (固定资产投资方面，; 在出口方面，) measures, with the place or
        stretch its value's own words (`own`) say (甘肃全省, 当季), where those words name no measure of their own nor
        a base: '' where the topic names no measure (资源经济方面) or `own` says what it measures (…出口方面，
        未锻轧锰出口3.34亿元)."""
        m = _TOPIC_OPENING.match(self.text, s0, at)
        if m is None or _RELATIVE.match(own) or self.subject is not None and self.subject[0] == s0:
            return ""
        topic = _trim(self._no_periods(m.group(1), m.start(1)))
        if not (_HEAD_AT_END.search(topic) or _TRADE_AT_END.search(topic) or _OPENING_MEASURE.fullmatch(topic)):
            return ""
        rest = _MOVES.sub("", own)
        if rest in _STRETCH_WORDS:
            return topic + rest  # (地区生产总值方面，…，当季同比增长15.4个百分点: the quarter's own growth)
        whole = _SCOPE_WORD.search(rest)
        where = rest[:whole.start()] if whole else rest
        if where and not _a_place(where) or rest[len(where):] not in ("", *_SCOPE_WORDS):
            return ""
        return where + topic  # (一季度甘肃全省同比增长13.4%: 甘肃's, the whole province's)

    def _inherited(self, q: Quantity, own: str, s0: int) -> str:
        """The subject a value whose words name nothing of their own inherits: its sentence's, else the ；-part's
        before it (…投资较去年同期增长51%；占全省投资的比重为12.4%), else the sentence's before (…。其中，7月增长…)."""
        if self.subject is not None and self.subject[0] == s0:
            return self.subject[1]
        return self._subject_of_part_before(s0, own) or self._subject_of_sentence_before(q, own, s0)

    def _issued_goal(self, q: Quantity, s0: int, after: str) -> str:
        """An amount written between who set a goal and the goal's noun (…营收为30.86亿元，完成市下达的30亿元的任务):
        that goal, of what its sentence measures (…营收市下达任务), as 完成市下达任务30亿元 is; '' otherwise."""
        who = _ISSUED_BEFORE.search(self.text, max(s0, q.start - _TAIL_CHARS), q.start)
        noun = _ISSUED_NOUN_AFTER.match(after)
        if who is None or noun is None or q.unit_class not in ("money", "none"):
            return ""
        return self._inherited(q, "", s0) + who.group(1).removesuffix("的") + noun.group(1)

    def _named_by_what_it_is(self, q: Quantity, own: str, after: str, s0: int, threshold: bool) -> str | None:
        """The name of a threshold, a capacity, a count, an amount of a thing or a product made: by what
        it bounds, its plant, what it counts, that thing or that product; None for other values."""
        if threshold:
            bounded = _COUNTED.match(after)
            return own or _trim(bounded.group(0) if bounded else after[:10])
        if q.unit.endswith(_PER_YEAR) or _PER_YEAR in q.written_unit:
            return _capacity(self._of_count_before(s0, own), after)
        if _YEARLY.search(self.text, max(0, q.start - 4), q.start) and q.unit_class != "money":
            return _capacity(_before_built(own), after)  # 建设年产15亿安时…生产线
        if q.unit_class == "count":
            named = self._counted(own, after, s0)
            # (…签约,涉及新能源、制造业等6个领域,计划总投资13.86亿元: the fields are not what has the investment)
            if _COVERING.search(self.text[span_start(self.comma_ends, q.start):q.start]):
                self.covering = q.start
            elif named:
                self._subject(s0, named, whole=True)
            return named or None
        issued = self._issued_goal(q, s0, after)
        if issued:
            return issued
        goal = _GOAL_NOUN_AFTER.match(after) if q.unit_class in ("money", "none") else None
        if goal and (not own or _REACHING.match(own)):
            # (提前完成区200亿招商引资任务, 完成50亿元投资任务: the goal the amount is, whose as its words say)
            return _trim(_REACHING.sub("", own)) + goal.group(1)
        if q.unit_class == "money":
            thing = self._of_thing(own, after, q.end)
            if thing:
                self._subject(s0, thing)
                return thing
        formed = _formed_capacity(q, own, after)
        if formed:
            return formed
        made = _MADE.match(after)  # 企业生产了超过100吨的中间体产品: the product is what is measured
        if made and (not own or _PRODUCE.search(own)):
            return made.group(1) + ("产量" if _PRODUCE.search(own) else "")
        return None

    def _completed(self, q: Quantity, own: str, s0: int) -> str:
        """`own` with what the sentence says of it elsewhere: its siblings' measure (…；采矿业同比下降2.6%),
        its scope clause's (全省技改投资中，制造业完成…), a product's output (钢材52万吨)."""
        if q.unit_class == "count" or q.measure == "growth":
            own = self._product_output(q, own, s0)
        if q.unit_class == "count":
            return own
        own = self._with_siblings_head(s0, own, q)
        own = self._part_of_whole(q, own)
        if own and q.unit_class == "money" and not _ANY_HEAD.search(own) and not _RELATIVE.match(own):
            own += self._measured_scope(s0, q.start)  # 全省技改投资中，制造业完成2732亿元 → 制造业技改投资
        if q.unit in _GOODS_UNITS and PRODUCT_ALONE.fullmatch(own) and not NOT_PRODUCT.search(own) \
                and (_has_subject(own) or len(own) == 1):
            own += "产量"  # 光纤369.54万千米, 钢材52万吨, 纱1640吨: a product's weight or length is its output
        return own

    def _product_output(self, q: Quantity, own: str, s0: int) -> str:
        """A product named alone by a number of pieces or a growth where the sentence (or the one its 其中 breaks
        down) is on products' output (分产品看，…产品产量…。其中，汽车5.07万辆; 主要工业产品产量…，白酒增长11.4%):
        its output (汽车产量); `own` otherwise."""
        if (q.unit_class == "count" and q.unit not in _GOODS_COUNTS) or not 2 <= len(own) <= 8 \
                or not PRODUCT_ALONE.fullmatch(own) or NOT_PRODUCT.search(own) or _SECTOR.search(own) \
                or _COMPARED.match(own) or not _has_subject(own):  # (两年平均增长: how it grew)
            return own  # (比上年同期增长11.8%: a base compared with, no product)
        sentence = span_start(self.full_stops, s0)
        if sentence > 0 and (self.text.startswith("其中", sentence) or self.text[sentence - 1] != "\n"):
            # (the sentence before in its paragraph says so too: 重点产品产量稳定。…，汽车增长39.4%)
            sentence = span_start(self.full_stops, sentence - 1)
        return own + "产量" if _PRODUCTS_OUTPUT.search(self.text, sentence, q.start) else own

    def _part_of_whole(self, q: Quantity, own: str) -> str:
        """A part named after 其中 with no measure of its own (…发电量2131亿千瓦时…。其中，水电1710亿千瓦时; 其中，
        轻工业完成491亿元): measured as the whole its paragraph measured in that unit (水电发电量, 轻工业总产值)."""
        c0 = span_start(self.comma_ends, q.start)
        # (其中：教育6.20亿元: a short noun right after the breakdown's colon is a part too)
        listed_part = _PART_AFTER_COLON.search(self.text, max(0, c0 - 4), q.start) is not None and len(own) <= 4
        if not (_PART_THING.search(own) or listed_part) or len(own) > 8 or _PART_MEASURED.search(own):
            return own  # (进口, 签约金额, 年纳税: a measure of its own; 轻工业, 水电: a part of the whole)
        if not _AFTER_BREAKDOWN.search(self.text, max(0, c0 - 4), c0) \
                and not self.text.startswith("其中", span_start(self.full_stops, q.start)):
            return own
        whole = self.paragraph_names.get((self.text.rfind("\n", 0, q.start) + 1, q.unit_class), "")
        head = _HEAD_AT_END.search(_COMPARED.split(whole, 1)[0])
        if head is None or _A_RATE.search(head.group(0)):
            return own  # (a whole's 贡献率 or 比重 is no measure its parts have)
        return own + _RATE_ENDING.sub("", head.group(0))

    def _of_thing(self, own: str, after: str, at: int) -> str:
        """An amount said of the thing after it (总投资50亿元的…产业城, 5亿美元的…生产线等, 下达我区9亿元的
        全年工业技改投资任务): that thing's investment or the amount it is; '' where it is not one."""
        thing = _OF_THING.match(after)
        if not thing or not (not own or _THING_ATTRIBUTE.search(own) or _ASSIGNED.search(own)):
            return ""
        noun = _trim(self._no_periods(thing.group(1), at + thing.start(1)))
        if len(noun) < 2:
            return ""
        if _AMOUNT_ITSELF.search(noun):
            return noun  # 专项引导资金, 投资任务: the amount is the thing
        said = _THING_ATTRIBUTE.search(own)
        if said and said.group(0) in _OWN_ATTRIBUTE:
            return noun + said.group(0)
        return noun + ("总投资" if said and said.group(0).startswith("总投") else "投资")

    def _of_subject(self, q: Quantity, own: str, after: str, s0: int) -> str:
        """A value whose words name nothing of their own: its sentence subject's (its growth, its gap)."""
        inherited = self._inherited(q, own, s0)
        if not inherited:
            if own and not _RELATIVE.match(own):
                self._subject(s0, own)  # 产值18.81亿元(,同比下降33.6%): what is measured, of no whole named
            return own or _trim(after[:12])
        # (环比下降2.9%, 较上月上升35%: not the year-on-year growth, and named with its base)
        month_on_month = own if q.measure == "growth" and own in _MONTH_ON_MONTH else ""
        if q.measure == "growth" and (_BASE_ONLY.fullmatch(own) or own == _EACH_WORD):
            own = ""  # 比上年同期增长1.2倍: a growth, as 同比增长 is (and 7月、8月分别同比增长: each the subject's)
        if q.measure == "growth" and not own:
            if month_on_month:
                return inherited.removesuffix("增速").removesuffix("增长") + month_on_month + "增速"
            return inherited if inherited.endswith(("增速", "增长")) else inherited + "增速"
        if own == _SPREAD:  # 28个行业增加值实现增长，增长面为80%: the share of those things that grew
            things = _THINGS_IN.search(inherited.rsplit("的", 1)[-1])
            return (things.group(0) if things else "") + own
        if _GOAL_NAME.fullmatch(own):  # 确保目标增长12%，奋斗目标增长14%: the same indicator's other goal
            return _GOAL_NAME.sub("", inherited) + own
        if own and _MOVED_TO.fullmatch(own) and q.measure not in ("growth", "change"):
            return inherited  # 开工率由…的53.9%跃升至88.3%: the subject's value now
        own = self._goal_shared(q, own)  # (交通完成投资170.59亿元,占22.3%, after 完成年度计划的25.9%: 占年度计划)
        if own and _RELATIVE.match(own):
            rate = _RATE_LEAD.match(own)
            if rate:  # 占全区比重为2.2%，增速比全市高…: the growth of the amount, not of its share
                inherited, own = _SHARE_OF.split(inherited, 1)[0], own[rate.end():]
            return self._relative(q, inherited, own)
        return inherited + own

    def _measured_clause_before(self, q: Quantity, own: str) -> str:
        """A growth named by how it moved alone (同比增长, 增长, 增速达, 达) right after a clause of its sentence that
        holds no figure and opens on what is measured, whose (制造业投资, 吉林省固定资产投资, 陕南地区能耗) and then how
        it went, if at all (继续保持较快增长, 持续恢复, 增速最高): that whose measure; '' otherwise."""
        if q.unit != "%" or _has_subject(own) or _RELATIVE.match(own):
            return ""
        c0 = span_start(self.comma_ends, q.start)
        if c0 == 0 or self.text[c0 - 1] not in "，,":
            return ""  # (the value opens its sentence or its ；-part: no clause of its own before it)
        b0 = span_start(self.comma_ends, c0 - 1)
        clause = self._no_periods(self.text[b0:c0 - 1], b0)
        if any(ch.isdigit() for ch in clause) or self.last_end > b0:
            return ""
        words = divisions().after_name(_LEAD.sub("", clause.strip()))
        head = _OPENING_MEASURE.match(words)
        if head is None or _NOT_WHOLE.search(head.group(0)):
            return ""
        # (陕南地区能耗增速最高，达23.3%: a level its clause before says is a growth)
        grew = q.measure == "growth" or words.startswith(("增速", "增幅"), head.end())
        return _trim(head.group(0)) if grew else ""

    def _subject_of_sentence_before(self, q: Quantity, own: str, s0: int) -> str:
        """The measured subject of the sentence right before, in its paragraph, for a growth whose own sentence says
        nothing before it but a period (…规上工业增加值同比增长3.6%。其中，7月增长13.1%): that subject's; ''
        otherwise."""
        subject = self.first_subject  # (…增加值增长5%，其中制造业增长6%。10月增长7%: the whole's, not its part's)
        if q.measure != "growth" or own or subject is None or subject[0] != self._sentence_before(s0):
            return ""
        said = _LEAD.sub("", self._no_periods(self.text[s0:q.start], s0).strip(" ，,：:"))
        if _has_subject(_BASE_ONLY.sub("", said)) or _RELATIVE.match(subject[1]):
            return ""
        return subject[1] if _HEAD_AT_END.search(subject[1].removesuffix("增速")) else ""

    def _goal_shared(self, q: Quantity, own: str) -> str:
        """A share named 占 alone (`own`) with the goal it is of, where the lines just before give the whole's share
        of one (在建重点项目完成投资1186.27亿元,完成年度计划的25.9%。…交通完成投资170.59亿元,占22.3%: 占年度计划);
        `own` otherwise."""
        if own != "占" or q.unit != "%":
            return own
        found = last_match(_GOAL_SHARED, self.text, max(0, q.start - _GOAL_SHARED_REACH), q.start)
        return own + found.group(1) if found else own

    @staticmethod
    def _relative(q: Quantity, inherited: str, own: str) -> str:
        """A value relating its subject (`inherited`) to something else (`own`: 高于全市, 拉动全区增长, 较前三
        季度降幅收窄): a contribution or a part's share is the whole's before what it measures (制造业拉动…);
        a gap in points is its growth's unless it is of a rate (产销率, 比重) or says which (降幅收窄)."""
        if _BY_WHOSE.match(own) or (_GOAL_WORD.match(own) and _HEAD_AT_END.search(own)):
            # (…项目190个，总投资684亿元，年度计划投资282亿元: the projects' plan, not their total's)
            whose = _whose(inherited)
            if whose:
                return whose + own
        if _GOAL_REACHED.match(own):
            # (完成市下达任务100亿的100.2%, 已完成全年计划3.5亿元的94.3%: the subject is the goal's own name; what
            # it is of, once)
            whose = _GOAL_TAIL.sub("", inherited)
            return own if not whose or whose in own else whose + own
        if q.unit_class == "points" and _SCHEDULE_GAP.match(own):
            # (完成投资…，超过时间进度13.8个百分点: 完成投资进度超过时间进度, the progress's gap, no growth's)
            return inherited.removesuffix("增速") + ("" if inherited.endswith("进度") else "进度") + own
        share = _SHARE_WORDS.match(own) is not None
        if share:
            # (…增加值增长14.5%，占规上工业增加值比重37.3%: 增加值占…比重, not its growth's share)
            inherited = _GROWTH_AT_END.sub("", inherited)
        gap_of_growth = (q.unit_class == "points" and not share and not inherited.endswith(("增速", "增长"))
                         and not _RATE_AT_END.search(inherited) and not _OWN_RATE.search(own))
        # (规模以上工业增加值增速高于全市; 为年初预算数25.60亿元的59.8%: the budget it is held to, its own)
        return inherited + ("增速" if gap_of_growth else "") + own.removeprefix("为").rstrip("（(")

    def _counted(self, own: str, after: str, s0: int) -> str:
        """A count's name from what follows it: the counted noun (with a threshold inside it skipped:
        43个预增产值2000万元以上的增长点), and what is said of it (参会, 纳入…), after the verb phrase
        before it (现场调度…4个重点项目 → 现场调度的重点项目); things the words before only say what
        happened to (竣工1个) are those of the count before (实施…项目11个，竣工1个)."""
        said_first = _PREDICATE.match(after)
        if said_first:  # 企业共302家纳入“白名单”: nothing between the count and what is said of it
            head = _HEAD.search(own)
            return f"{_NEXT_ATTRIBUTE.sub('', said_first.group(0))}的{head.group(0)}" if head else ""
        thing = _THING_FIRST.match(after)
        if thing and _SAID_OF_THINGS.search(thing.group(2)):  # 16个行业利润实现两位数增长
            return f"{thing.group(2)}的{thing.group(1)}"
        if _JOINED.match(after) or _HEAD.search(own):
            counted = None  # 创新中心1家和培育对象3家, 续建项目15个完成投资127亿元: the words after are another's
        else:
            counted = _THING_NOUN.match(after) or _COUNTED.match(after)
        noun = _trim_tail(counted.group(0)) if counted else ""  # (计划竣工项目: 计划 is what they are here)
        if not noun or _BARE_HEAD.match(noun):
            return self._done_to(own, s0)
        nested = _NESTED.match(after, counted.end()) if counted else None
        if nested:
            noun += nested.group(1)
        if own and _DONE_THEN_VALUE.match(after):
            return own  # (纺织鞋服13户实现产值41.03亿元: the firms named before it; the words after, the next value's)
        said = self._said_of_counted(after, counted.end(), noun) if counted else None
        if said:
            return f"{_NEXT_ATTRIBUTE.sub('', _MANNER.sub('', said.group(0)))}的{noun}"
        # (先进材料、时尚消费品2个…产业集群: a list of examples before a count is not what is counted)
        if own and len(own) <= 8 and "、" not in own:
            return f"{own}的{noun}"
        deed = _DEED_AT_END.search(own)  # (…活动南宁分会场共签约18个项目: what was done to them is kept)
        return f"{deed.group(0)}的{noun}" if deed else noun

    @staticmethod
    def _said_of_counted(after: str, at: int, noun: str) -> re.Match[str] | None:
        """What is said of a count's things (`noun`) right after their noun ending at `at` in `after`, past an adverb
        of when or how (陆续投产, 已相继开工建设); where the noun is a bare head (项目, 企业), after 正 or 正在 any
        deed closing the clause (36个项目正加快建设): the things are those it is under way for, whatever the verb
        (not after 已: 已建立台账 says what was done about them, not which they are; nor of a noun that says which
        things on its own: 8个计划投产项目正在加快建设 are 计划投产项目)."""
        adverbs = _DEED_ADVERBS.match(after, at)
        said = _PREDICATE.match(after, adverbs.end() if adverbs else at)
        under_way = adverbs is not None and adverbs.group(0).endswith(("正", "正在")) and _HEAD.fullmatch(noun)
        return said or (_DEED_CLOSING.match(after, adverbs.end()) if adverbs and under_way else None)

    def _running_total(self, before: str, s0: int) -> str:
        """A count named only as the running total (总数达到1012家, 累计达到3860个: `before`, its words as
        written) after a count of what is new in its sentence (新增规上工业企业86家): the total of those
        things (规上工业企业总数); else ''."""
        last = self.last
        if not RUNNING_TOTAL.fullmatch(before.strip()) or last is None or last[0] != s0 or last[2] != "count":
            return ""
        things = _NEW_WORDS.sub("", last[1])
        return things + "总数" if _has_subject(things) and things != last[1] else ""

    def _total_of_last(self, q: Quantity, s0: int, own: str) -> str:
        """A share whose own words name only 总量 (…规上高企完成产值同比下降12.0%，总量占全区规上工业总产值56.8%;
        营收突破1500亿元，总量占全市的75%): the share of what the last value of its sentence measured (规上高企完成产值
        占全区规上工业总产值), as 总量 says nothing of what; `own` otherwise."""
        total = _TOTAL_SHARE.match(own)
        last = self.last
        if total is None or q.unit_class == "count" or last is None or last[0] != s0 or last[2] == "count":
            return own
        measured = _RATE_ENDING.sub("", _COMPARED.split(last[1], 1)[0])
        return measured + own[total.end():] if _has_subject(measured) and "占" not in measured else own

    def _done_to(self, own: str, s0: int) -> str:
        """A count named only by what happened to the things (竣工1个, 落户31个): those things of the count
        before it in its sentence (实施…项目11个，竣工1个 → 竣工的…项目); else ''."""
        if not _DONE_TO.fullmatch(own) or self.last is None or self.last[0] != s0 or self.last[2] != "count":
            return ""
        things = _THINGS_IN.search(_DOING.sub("", self.last[1].rsplit("的", 1)[-1]))
        return f"{own}的{things.group(0)}" if things else ""

    def _scope(self, s0: int, at: int) -> str:
        """What the sentence opening at `s0` says its parts are of (一季度集中开工重大项目中，…): its words,
        else ''."""
        m = _SCOPE.match(self.text, s0, at)
        return _trim(self._no_periods(m.group(1), m.start(1))) if m else ""

    def listed(self, q: Quantity, words: str) -> str:
        """The indicator of `q` as the item of a 分别 list its reading aligned it with (`words`: 钢铁行业下降):
        with what its siblings measure where it names no measure itself (医药、食品行业规上工业增加值分别增长…，
        钢铁、纺织行业分别下降… → 钢铁行业规上工业增加值)."""
        s0 = span_start(self.sentence_ends, q.start)
        words = _LIST_VERDICT.sub("", words)
        stretch = self._listed_stretch(q, words, s0)
        if stretch:
            return stretch
        words = words[:1] + _STACKED_HEAD.sub("", words[1:])  # (化工、…等制造业行业分别增长: 化工行业)
        words = _CLASS_AFTER_WHOLE.sub("", words)  # (…、医药制造业等重点发展行业分别实现: 医药制造业)
        own = trim_words(words)
        kept = _trim_tail(_LEAD.sub("", words.strip()))  # (its place kept: 台山市 of 台山市增长)
        place = kept[:len(kept) - len(own)] if kept.endswith(own) else ""
        if not place and len(own) <= _PLACE_ITEM and not (_ANY_HEAD.search(own) or _MEASURED.search(own)):
            # (遵义、黔南、安顺地区生产总值…，分别增长…；铜仁、六盘水分别增长…: places by their stems)
            sentence = span_start(self.full_stops, s0)
            head = self._head_after_items(q.start) or (
                self.places_measure[1] if self.places_measure is not None and self.places_measure[0] == sentence
                else self._measure_of_sentence_before(sentence) if _a_place(_LIST_TAIL.sub("", own)) else "")
            if head and not own.endswith(head):
                self.places_measure = (sentence, head)
                return own + head
        if place and (divisions().opens_with_place(place) or _a_place(place)):
            # a list of places (蓬江区、江海区规上工业增加值分别增长…，台山市、开平市分别增长…): each value is its
            # place's, of what the sentence's list measured where its own words name nothing
            sentence = span_start(self.full_stops, s0)
            own = own or self._head_after_items(q.start)
            if own:
                self.places_measure = (sentence, own)
            elif self.places_measure is not None and self.places_measure[0] == sentence:
                own = self.places_measure[1]
            else:  # (…银川市规上工业增加值同比增长16.8%。固原市、中卫市…分别增长14.9%和10.6%: 固原市规上工业增加值)
                own = self._measure_of_sentence_before(sentence)
                if own:
                    self.places_measure = (sentence, own)
            return place + own
        if _RELATIVE.match(own) and self.subject is not None and self.subject[0] == s0:
            return self._relative(q, self.subject[1], own)  # 增速较上半年和1-5月分别提高2.3和4.5个百分点
        own = self._owner_of_first_rate(q, own)
        return self._with_siblings_head(s0, own, q)

    def _listed_stretch(self, q: Quantity, words: str, s0: int) -> str:
        """An item of a 分别 list that is a period alone (其中7月、8月、9月分别同比增长…; 增幅比今年1-3月、1-4月…
        分别回落…): a stretch of what its sentence's first subject measures (汽车产业增加值增速), or, where the list
        follows 比 or 较, that growth compared with the period (社会消费品零售总额增速比1-4月); '' for other items."""
        subject = self.first_subject
        if subject is None or subject[0] != s0:
            return ""
        bare = _YEAR_WORDS.sub("", _STRETCH_MOVES.sub("", words))
        found = periods_in(bare)
        if len(found) != 1 or _has_subject(bare[:found[0][0]] + bare[found[0][1]:]):
            return ""
        measured = _COMPARED.split(subject[1], 1)[0].removesuffix("增速")
        if not (_HEAD_AT_END.search(measured) or _AMOUNT_AT_END.search(measured)):
            return ""
        base = _BASE_BEFORE_LIST.search(self.text, span_start(self.comma_ends, q.start), q.start)
        if base is None:
            return measured + "增速"
        return measured + "增速" + base.group(1) + _STRETCH_MOVES.sub("", words)

    def _subject_of_part_before(self, s0: int, own: str) -> str:
        """The subject of the ；-part right before the one opening at `s0`, in one sentence, for a part that opens on
        a share (`own`: ；占全省投资的比重为12.4%), which goes on saying of it; '' otherwise."""
        subject = self.subject
        if subject is None or not _SHARE_OF.match(own) or s0 == 0 or self.text[s0 - 1] not in "；;" \
                or span_start(self.full_stops, s0) > subject[0] or subject[0] >= s0:
            return ""
        return _COMPARED.split(subject[1], 1)[0]

    def _owner_of_first_rate(self, q: Quantity, own: str) -> str:
        """A rate named bare in a 分别 list of rates whose first item names whose they are (园区项目入园率、资金到位率、
        开工率和投产率分别达到…: 园区项目开工率); `own` otherwise."""
        if not _BARE_LISTED_RATE.fullmatch(own):
            return own
        c0 = span_start(self.comma_ends, q.start)
        first = _FIRST_RATE_OWNED.match(self.text, c0, self.text.find("分别", c0, q.start))
        return first.group(1) + own if first and not own.startswith(first.group(1)) else own

    def _measure_of_sentence_before(self, sentence: int) -> str:
        """What the sentence right before the one opening at `sentence` measured of its whole (全省实现规上工业增加值
        9006.01亿元…。深圳、佛山…等地市分别同比增长4.5%、6.3%: 规上工业增加值), its place left off; '' where it
        names no flow."""
        if sentence == 0:
            return ""
        p0 = span_start(self.full_stops, sentence - 1)
        seen = _SEEN_FROM.match(self.text, p0, sentence)  # (从工业增加值看，1-10月，全市规模工业增加值…: after it)
        flow = _WHOLE_FLOW.search(self.text, seen.end() if seen else p0, sentence)
        if flow is None:
            return ""
        c0 = max(p0, span_start(self.comma_ends, flow.start()))
        done = list(_DONE_BEFORE.finditer(self.text, c0, flow.start()))
        words = _LEAD.sub("", self.text[done[-1].end() if done else c0:flow.end()].strip())
        words = _WHOLE_PLACE.sub("", words)
        named = _place_lead(words, min(len(words), _PLACE_ITEM))
        words = words[named:] if named else divisions().after_name(words)
        return words if _HAN_ONLY.fullmatch(words) and "的" not in words and not _MEASURED.search(words) else ""

    def _head_after_items(self, at: int) -> str:
        """What a list of places measures where it is written after its last item (甲、乙、丙县地区生产总值保持两位数
        增长，分别增长…: 地区生产总值), in the clause of 分别 before `at` or the clause before it; else ''."""
        respectively = self.text.rfind("分别", span_start(self.sentence_ends, at), at)
        if respectively < 0:
            return ""
        c0 = span_start(self.comma_ends, respectively)
        if not self.text[c0:respectively].strip() and c0 > 0:
            c0 = span_start(self.comma_ends, c0 - 1)
        last_item = self.text[max(c0, self.text.rfind("、", c0, respectively) + 1):respectively]
        words = _LEAD.sub("", last_item)
        named = _place_lead(words, min(len(words), _PLACE_ITEM))
        words = words[named:] if named else divisions().after_name(words)
        heads = list(_ANY_HEAD.finditer(words))
        return _trim(words[:heads[-1].end()]) if heads and words != last_item else ""

    def _with_siblings_head(self, s0: int, own: str, q: Quantity | None = None) -> str:
        """`own` with what its sentence's earlier sectors were measured by, where it is a sector (…业) named
        without one (制造业增加值同比增长26.1%；…；采矿业同比下降2.6% → 采矿业增加值); and the sector's
        measure remembered for its siblings after it where it names one. A sector's growth (`q`) named alone
        takes what the growth just before it measured (规模以上工业增加值增长7.8%。从三大门类看，采矿业增长4.6%
        → 采矿业增加值)."""
        sentence = span_start(self.full_stops, s0)
        sector = _SECTOR_MEASURED.fullmatch(own)
        if sector:
            self.siblings_head = (sentence, sector.group(2))
        elif (_SECTOR.search(own) and self.siblings_head is not None and self.siblings_head[0] == sentence
              and not _RELATIVE.match(own)):
            return own + self.siblings_head[1]
        elif q is not None and q.measure == "growth":
            return self._with_growth_head(q, own)
        return own

    def _with_growth_head(self, q: Quantity, own: str) -> str:
        """A sector or a size class of firms named alone with a growth (采矿业增长4.6%, 中型企业增长8.0%, 重工业增速
        5.8%): with what the last growth before it that named a measure, a few lines up at most, measured (采矿业
        增加值增速; a sector of the 生产总值 by its 增加值)."""
        sector = _RATE_ENDING.sub("", own)
        head = self.growth_head
        if head is None or q.start - head[0] > _HEAD_SPAN or q.unit != "%" \
                or not _SECTOR_ALONE.search(sector) or _RELATIVE.match(own):
            return own
        return sector + head[1] + own[len(sector):]

    def _measured_scope(self, s0: int, at: int) -> str:
        """What is measured of the whole its sentence says the values at `at` are parts of, in a clause of its
        own before them (1至9月，全省技改投资中，…): its words where they name what is measured, else ''."""
        c0 = span_start(self.comma_ends, at)
        found = last_match(_SCOPE_CLAUSE, self.text, s0, c0)
        if found is None:
            return ""
        words = _trim(self._no_periods(found.group(1), found.start(1)))
        return words if _HEAD_AT_END.search(words) else ""

    def _subject(self, s0: int, name: str, whole: bool = False) -> None:
        """`name` is the subject of the sentence opening at `s0`; the whole it names (all of it when it is
        what a count counts) is whose later amounts named by what is measured alone are."""
        if self.subject is None or self.subject[0] != s0:
            self.first_subject = (s0, name)
        self.subject = (s0, name)
        whose = name if whole else _whose(name)
        if whose and not self.member:
            self.owner = (s0, whose, whole)


# Words that make a count what is new (the running total's are numbers.attribution.RUNNING_TOTAL).
_NEW_WORDS = re.compile(r"^(?:全年|今年|本年)?(?:新增|新培育|新认定|新建|净增|新入库|新纳入)")


# Words that say of which time an amount is, not what it is of (当月完成投资, 累计用电, 11月当月用电量).
_SAID_OF_TIME = re.compile(r"^(?:[0-9０-９一二三四五六七八九十]{1,2}月份?)?(?:当月|单月|本月|累计)")
_TIME_WORDS = re.compile(r"当月|单月|本月|累计")
_WHOLE_PLACE = re.compile(r"^(?:全国|全省|全市|全区|全县|我省|我市|我区|我县)")
_AVERAGE = re.compile(r"(?:的)?平均(?:水平|增速|增幅|值)?$")
_BARE_USE = re.compile(r"用电量?|发电量|完成投资|产量")  # what is measured, named by its verb alone


def _without_numerator_deed(whose: str, own: str) -> str:
    """`whose` without the deed a rate (`own`) measures, where it names the things that did it (新开工项目442个，
    开工率81.5%; 151个项目开工建设，开工率73%; 履约项目9个，履约率90%): those things are the rate's numerator, and
    the rate is of the whole set they are part of (项目开工率), not of the started ones; `whose` otherwise, and
    where nothing of two characters is left of it."""
    deed = _RATE_DEED.match(own)
    if deed is None:
        return whose
    at = whose.find(deed.group(1))
    if at < 0 or not _NEW_OR_DONE.fullmatch(whose[:at]):
        return whose
    rest = _DEED_TAIL.sub("", whose[at + len(deed.group(1)):])
    return rest if len(rest) >= 2 else whose


def _whose(name: str) -> str:
    """Whose the amount `name` names is: its words before what is measured (规上工业企业营业收入 →
    规上工业企业, 铁合金产量 → 铁合金), or a whole thing's name (重点工业项目, 制造业); else ''."""
    name = _COMPARED.split(name, 1)[0]  # 开采业增加值占全区规上工业增加值: the first's
    head = _HEAD_AT_END.search(name)
    if head is None:
        return name if _THINGS_AT_END.search(name) else ""
    whose = _DONE_AT_END.sub("", name[:head.start()])
    return whose if len(whose) >= 2 else ""


# An investment written as planned (计划投资377.6亿元, 计划总投资近20亿元): the plan, not what was spent
_PLANNED_INVESTMENT = re.compile(r"计划((?:完成)?总?投资额?)\s*[近约超逾达为]{0,2}\s*$")


def _planned(name: str, before: str) -> str:
    """`name` with 计划 kept where its words say the investment is planned (…签约项目计划投资); as it is else."""
    planned = _PLANNED_INVESTMENT.search(before)
    if planned is None or "计划" in name or not name.endswith(planned.group(1)):
        return name
    return name[:-len(planned.group(1))] + "计划" + planned.group(1)


def _without_places(measured: str) -> str:
    """`measured` without a place by its stem before or after what is measured (聊城新签约项目, 新签约项目潍坊)."""
    lead = _place_lead(measured, min(len(measured) - 2, _PLACE_ITEM))
    measured = measured[lead:]
    placed = next((k for k in range(min(len(measured) - 2, _PLACE_ITEM), 1, -1) if _a_place(measured[-k:])), 0)
    return measured[:-placed] if placed else measured


def _place_lead(words: str, longest: int) -> int:
    """How many characters, at most `longest` and at least 2, of a place's name or stem `words` open with, 0 for
    none (遵义地区生产总值 → 2)."""
    return next((k for k in range(longest, 1, -1) if _a_place(words[:k])), 0)


def _a_place(words: str) -> bool:
    """Whether `words` are a division's name or its stem alone (遵义市, 遵义)."""
    table = divisions()
    return bool(words) and bool(table.by_name.get(words) or table.by_stem.get(words))


def _only_a_period(words: str) -> bool:
    """Whether `words` are one period's writing and nothing else (2012年, 上年同期)."""
    words = words.removesuffix("同期")
    if words in ("上年", "去年", ""):
        return bool(words)
    found = periods_in(words)
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(words)


def _has_subject(own: str) -> bool:
    """Whether `own` names something, not only how it moved (同比增长, 增速, 年均增长)."""
    return len(_MOVES.sub("", own)) >= 2


_MULTIPLE_OF = re.compile(r"(?:是|为|相当于)([^，,。；;是为]{2,12}?)(?:[（(][^）)]*[）)])?的$")
_MOVED_TO = re.compile(r"(?:跃升|攀升|上升|提高|提升|增加|增长|下降|降低|回落|减少|上涨|下跌)(?:至|到)?")
_MOVES = re.compile(r"增长|下降|增加|减少|增收|减收|提高|提升|降低|回落|上涨|扩大|收窄|跃升|攀升|同比|环比|可比|"
                    r"增速|增幅|降幅|年均|两年平均|平均")
