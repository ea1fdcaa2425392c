"""The offline engine's organisations and projects, as a reader would list them.

Organisations: government bodies by their standard names (经信局, 发改委, 人民政府 …) with the division or
level before them (宜昌市经济和信息化局, 市发改委), and companies by a legal or group suffix (股份有限公司,
集团) or, for the short names bureau news uses (顺毅化工, 三安光电), by an industry word at the end of a
name standing alone in a list or after 走进/支持. Each is listed once, in its fullest form: 市经信局 goes
when 宜昌市经济和信息化局 is listed.

Projects: the items of a list of projects (A、B等37个项目集中开工), or a name ending in 项目/基地/产业园
after a verb that introduces projects (推动, 推进 …), with the company that leads its name, its
investment where its own item states one, and its status from the verbs of its clause.
"""

from __future__ import annotations

import re

from ...core.chars import HAN
from ...core.models import Project
from ...numbers.periods import periods_in
from ...numbers.quantities import scan
from ...places.divisions import divisions

# Standard bodies; a level (市, 县) or a division's name (宜昌市) before one is part of it. Found back
# from the characters they end with, the longest writing first (经济和信息化局 before 信息化局).
_BODIES = ("经济和信息化局 经济和信息化委员会 发展和改革委员会 住房和城乡建设局 交通运输局 商务局 科技局 财政局 "
           "统计局 税务局 人力资源和社会保障局 人社局 生态环境局 应急管理局 市场监督管理局 市场监管局 "
           "自然资源和规划局 自然资源局 经信局 发改委 住建局 工信局 工信厅 经信厅 人民政府 政府 管委会 工商联 "
           "物流业发展中心 招商局 卫健局 教育局 农业农村局").split()
_BODY_LENGTHS = {end: sorted({len(b) for b in _BODIES if b.endswith(end)}, reverse=True)
                 for end in {b[-1] for b in _BODIES}}
_BODY_END = re.compile("[" + "".join(_BODY_LENGTHS) + "]")
_SHORT = {"经信局": "经济和信息化局", "发改委": "发展和改革委员会", "住建局": "住房和城乡建设局",
          "人社局": "人力资源和社会保障局", "市场监管局": "市场监督管理局"}
_LEGAL = re.compile(r"股份有限公司|有限责任公司|有限公司|集团")
# A company's short name: two to four characters before an industry word, standing alone
_INDUSTRY = r"化工|光电|锂电|电厂|钢铁|新能源|医药|药业|电子|科技|新材料|机械|食品|纸业|铝业|电气|能源|矿业"
_INDUSTRY_WORD = re.compile(_INDUSTRY)
_SHORT_BEFORE = re.compile(r"(?:^|[\n、，,。：:（(]|走进|来到|支持|位于|以及|作为|推动|打造|的|以)$")
_SHORT_AFTER = re.compile(r"[、，,。等和及与）)二三四五六七八九]|为支撑|成长|生产")
_NOT_A_COMPANY = re.compile(r"^(?:生物|高端|智能|新型|绿色|光电|电子|汽车|精细|现代|先进|传统|战略|新兴|重点|全市|我市|"
                            r"千亿级|百亿级|跨国|两大|该|本|其|新)")
# Where a name starts: after punctuation, or after the verb or preposition before it
_NAME_STOP = re.compile(r"[^、，,。：:；;“”\"'‘’\s（()）《》]+$")
_LEAD = re.compile(r"^(?:来到|走进|支持|推动|引导|鼓励|组织|联合|作为|位于|引进|签约|对接|"
                   r"重点推进|重点推动|加快推进|打造|以|由|与|和|及|在|对|是|为|经|据|记者从|从|向|到|让|使|请|"
                   r"邀请|召开|举办|印发|出台|开展|成立|包括|其中|同时|该|本|其|两大|跨国|各)+")


def _name_before(text: str, end: int, reach: int) -> str:
    """The name ending at `end`: back to the punctuation before it, without a leading verb or a
    division's name before a verb (京山市重点推进轻机集团 names 轻机集团)."""
    m = _NAME_STOP.search(text, max(0, end - reach), end)
    name = m.group(0) if m else ""
    while True:
        before = name
        name = _LEAD.sub("", name)
        rest = divisions().after_name(name)
        if rest != name and _LEAD.match(rest):
            name = rest
        if name == before:
            return name


def _division_before(text: str, start: int) -> int:
    """Where a division's name (宜昌市, 襄城区) written right before `start` begins, else `start`; a
    level character at `start` (市经信局) may end that name (宜昌 + 市)."""
    table = divisions()
    ends = (start + 1, start) if text[start:start + 1] in "省市县区" else (start,)
    for end in ends:
        found = table.name_ending_at(text, end, shortest=3)
        if found is not None:
            return found
    return start


_PROJECT_WORD = r"项目|基地|产业园|生产线"  # what a project's name ends with
_ANY_PROJECT = re.compile(_PROJECT_WORD)
_PROJECT_VERB = re.compile(r"重点推动|重点推进|加快推进|现场调度|推动|推进|调度|建设|确保|开工建设|签约|引进")
# A list of projects: A、B、C等(37个)(重点)项目 and what is said of them after it
_LIST = re.compile(r"([^，,。；;：:]{4,160}?)等(?:[0-9一二三四五六七八九十两]+个)?"
                   r"(?:重点|重大|工业|工业增长点|增长点|在建|签约)?项目([^，,。；;]{0,16})")
# Named projects after a verb that introduces them, in a 、 list: 重点推动A项目、B项目顺利推进
_NAMED = re.compile(rf"(?:{_PROJECT_VERB.pattern})([^，,。；;：:等]{{4,120}})")
# A project named in a 、 list by what is said of it: 铜化集团一体化项目全速推进
_DOING = re.compile(r"([^，,。；;、：:]{4,30}?(?:项目|基地|产业园))"
                    r"(?=全速推进|加快推进|顺利推进|集中开工|开工|投产|签约|落地|竣工|建成)")
_NAME_END = re.compile(rf".*(?:{_PROJECT_WORD})")
# A class of projects, not one: …等37个项目, 我市一季度重大项目, “433”工程第二批项目
_NOT_A_NAME = re.compile(r"等|[0-9一二三四五六七八九十]+个|[“”\"]|^(?:我市|全市|全区|全县|一季度)|"
                         r"(?:重大|重点|第.批)项目$")
_GENERIC_PROJECT = re.compile(r"^(?:项目|重点|重大|一批|在建|工业|技改|谋划|优质|[0-9]+个|关于|抓|全力|持续|工地)")
_STATUS = [("签约", "签约"), ("集中开工", "开工"), ("开工", "开工"), ("投产", "投产"), ("达产", "投产"),
           ("竣工", "投产"), ("封顶", "在建"), ("推进", "在建"), ("建设", "在建"), ("在建", "在建")]


def organisations_of(body: str, publisher: str | None = None) -> list[str]:
    """Bodies and companies named in `body` (and the publisher), each once in its fullest form."""
    found: list[str] = []
    for text in filter(None, (publisher, body)):
        for start, end in _bodies(text):
            found.append(text[_division_before(text, start):end])
        for m in _LEGAL.finditer(text):
            name = _name_before(text, m.end(), 28)
            if len(name) > len(m.group(0)) + 1:
                found.append(name)
        found += _short_names(text)
    return _fullest(found)


def _bodies(text: str) -> list[tuple[int, int]]:
    """Where the standard bodies' names are written (with the level character before one)."""
    out: list[tuple[int, int]] = []
    for m in _BODY_END.finditer(text):
        end = m.end()
        for k in _BODY_LENGTHS[m.group(0)]:
            if text[end - k:end] in _BODY_SET:
                start = end - k
                out.append((start - 1 if start and text[start - 1] in "省市县区" else start, end))
                break
    return out


_BODY_SET = frozenset(_BODIES)


def _short_names(text: str) -> list[str]:
    """顺毅化工, 三安光电: two to four characters before an industry word, standing alone (after
    punctuation or a verb such as 走进, before punctuation, 等 or a phase such as 二期)."""
    out: list[str] = []
    for m in _INDUSTRY_WORD.finditer(text):
        if not _SHORT_AFTER.match(text, m.end()):
            continue
        for k in (2, 3, 4):  # the shortest standing name, as a lazy match would take it
            a = m.start() - k
            if a < 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[a:m.start()]):
                break
            if _SHORT_BEFORE.search(text, max(0, a - 2), a) or a == 0:
                name = _LEAD.sub("", text[a:m.end()])
                if len(name) >= 4 and not _NOT_A_COMPANY.match(name):
                    out.append(name)
                break
    return out


_NAMES = 60  # the first names an article gives: a reader's list, and a bound on comparing each with each


def _fullest(names: list[str]) -> list[str]:
    """Each name once, in its fullest form: one held in a longer one (or its short form in the
    long form's writing: 市经信局 in 宜昌市经济和信息化局) goes."""
    unique = list(dict.fromkeys(n for n in names if len(n) >= 3))[:_NAMES]
    expanded = {n: _expand(n) for n in unique}
    out = []
    for n in unique:
        core = expanded[n].lstrip("省市县区")
        if any(o != n and (n in o or core in expanded[o]) and len(expanded[o]) > len(expanded[n])
               for o in unique):
            continue
        out.append(n)
    return out


def _expand(name: str) -> str:
    for short, long in _SHORT.items():
        if name.endswith(short):
            return name[: -len(short)] + long
    return name


def projects_of(sentences: list[str], organisations: list[str]) -> list[Project]:
    """Named projects of the sentences, each with its company, investment and status where stated."""
    out: list[Project] = []
    for s in sentences:
        if not _ANY_PROJECT.search(s):
            continue
        named: list[tuple[str, str]] = []  # (item as written, the words said of it)
        for m in _LIST.finditer(s) if "等" in s else ():
            lead = _PROJECT_VERB.split(m.group(1))[-1]
            named += [(x, m.group(2)) for x in lead.split("、")]
        for m in _NAMED.finditer(s):
            items = [(x, _NAME_END.match(x)) for x in m.group(1).split("、")]
            last = items[-1]
            shared = last[0][last[1].end():] if last[1] else ""  # A项目、B项目顺利推进: said of both
            # 国宝桥米…稻米深加工项目建设: the name ends at 项目
            named += [(end.group(0), x[end.end():] + shared) for x, end in items if end]
        for m in _DOING.finditer(s):
            named.append((_PROJECT_VERB.split(m.group(1))[-1], s[m.end():m.end() + 8]))
        for raw, said in named:
            name = _no_period(raw.strip("“”\" "))
            if (len(name) < 4 or _GENERIC_PROJECT.match(name) or _NOT_A_NAME.search(name)
                    or any(p.name == name for p in out)):
                continue
            out.append(Project(name=name[:60], company=_company(name, organisations),
                               investment=_investment(s, raw), status=_status(said) or _status(raw),
                               quote=s[:160]))
    return out[:12]


def _no_period(name: str) -> str:
    found = periods_in(name)
    return name[found[0][1]:].strip() if found and found[0][0] == 0 else name


def _company(name: str, organisations: list[str]) -> str | None:
    """The organisation a project's name starts with, else the name before its capacity (鄂中生态10万吨/年…)."""
    for o in organisations:
        if name.startswith(o) or (len(o) >= 4 and o[:4] in name[:6]):
            return o
    m = re.match(rf"([{HAN}]{{2,6}}?)(?:年产)?[0-9]", name)
    return m.group(1) if m else None


def _investment(sentence: str, item: str) -> str | None:
    """An amount of money in the project's own item (总投资10亿元的…), not a total for a list."""
    money = [q for q in scan(item).quantities if q.unit == "元" and q.qualifier not in (">=", ">")]
    if money:
        return money[0].raw
    at = sentence.find(item)
    tail = sentence[at + len(item): at + len(item) + 14] if at >= 0 else ""
    m = re.match(r"[^，,。；;、]{0,4}?(?:总投资|投资)(?:约|达|近)?", tail)
    if m:
        money = [q for q in scan(tail[m.end():]).quantities if q.unit == "元"]
        if money:
            return money[0].raw
    return None


def _status(words: str) -> str | None:
    """签约, 开工, 在建 or 投产, from the words said of a project."""
    return next((label for word, label in _STATUS if word in words), None)
