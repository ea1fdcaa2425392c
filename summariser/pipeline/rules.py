"""The offline engine's rules: figures (indicator, kind, period), organisations, projects, summary.

Figures come from the quantity parser, with the indicator taken from the words before the number,
the kind and the period in force as the checker reads them (numbers.attribution: 力争, 确保 … for
targets, 预计 for forecasts; the nearest period stated before the value), 以上 before a noun for
thresholds, and the sentence clause as the quote. The summary is extractive: the leading sentences
of the article.
"""

from __future__ import annotations

import re

from ..core.chars import CLAUSE_END, FULL_STOP, HAN, SENTENCE_END
from ..core.models import ChunkFigure, Extraction, MeasureItem, Project
from ..numbers.attribution import periods_in
from ..numbers.check import ties_of
from ..numbers.quantities import Quantity, scan
from ..text.cleaned import CleanText
from .indicators import Namer

_CLAUSE_END = CLAUSE_END + SENTENCE_END + "\n"
_SENTENCE_END = SENTENCE_END + "\n"
_SENTENCES = re.compile(f"(?<=[{FULL_STOP}])|\n")  # the summary's sentences: a semicolon list stays one
_ORG = re.compile(rf"[{HAN}]{{2,14}}?(?:经济和信息化局|经信局|统计局|发改委|委员会|人民政府|股份有限公司|有限公司|"
                  r"公司|集团|银行|协会|商会|管委会)")
_ORG_SPLIT = re.compile(r"联合|和|与|及|、")
_ORG_LEAD = re.compile(r"^(?:来到|走进|作为|由|对|在|经|据|推动|支持|引导|鼓励|组织)")
_PROJECT = re.compile(rf"[{HAN}0-9A-Za-z/·]{{4,30}}?项目")
_GENERIC = re.compile(r"等|以上|以下|其中|一批|通过|持续|我市|全市|全区|全县|重大|重点|技改|工业项目|在建|"
                      r"谋划|优质|营造|推进|[0-9]+个|工程|产业裂变|现场")
_STATUS = re.compile(r"签约|开工|在建|竣工|投产|达产|落地|试生产|建成|推进")
_COMPANY = re.compile(rf"[{HAN}]{{2,20}}?(?:股份有限公司|有限公司|公司|集团)")
_POLICY = re.compile(r"《[^》]{4,40}》")
TOPICS = {
    "技改": "技术改造", "技术改造": "技术改造", "数字": "数字经济", "招商": "招商引资", "项目建设": "项目建设",
    "复工": "复工复产", "专精特新": "专精特新", "规上": "规上工业", "工业投资": "工业投资", "节能": "节能降耗",
    "产业链": "产业链", "小巨人": "专精特新", "进规": "企业培育", "金融": "金融支持", "营商环境": "营商环境",
    "新能源": "新能源", "开门红": "开门红",
}


def _keep(q: Quantity) -> bool:
    """Quantities that make figures: not a bare 亿元以上, not 一个 / 一名 (one of something)."""
    raw = q.raw.strip()
    if raw[:1] in "百千万亿":
        return False
    return not (raw[:1] in "一两" and len(raw) <= 3 and q.value <= 2 and q.unit not in ("元", "%"))


def figures_of(text: str) -> list[ChunkFigure]:
    """The figures of a clean text, as the offline engine reports them."""
    out: list[ChunkFigure] = []
    namer = Namer(text)
    tied = ties_of(text)  # kinds and periods as the checker reads them, so its own figures pass
    for q in scan(text).quantities:
        if not _keep(q):
            continue
        c_start, c_end = namer.clause(q)
        after = text[q.end:c_end]
        threshold = ((q.qualifier in (">=", ">") or q.value_high is not None) and q.unit == "元" and after[:1] != ""
                     and after[:1] not in "，。；、")  # 500万元以上技改项目, 5亿元至10亿元项目: a class of things
        indicator = namer.name(q, threshold)
        tie = tied.get((q.start, q.end))
        if tie is not None and tie.kind in ("target", "forecast"):
            kind = tie.kind
        else:
            kind = "threshold" if threshold else "actual"
        # the period its sentence states for it, as a reader would write it (the checker's wider reading
        # of the period in force is for catching a claim that contradicts it)
        period = tie.written.raw.strip() if tie is not None and tie.written is not None else None
        factor = q.value / q.written_value if q.written_value else 1.0
        out.append(ChunkFigure(
            indicator=indicator or text[q.end:c_end][:12],
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


def extract(clean: CleanText, text: str | None = None) -> Extraction:
    """Everything the offline engine reports for a clean text (or a part of it)."""
    body = clean.text if text is None else text
    sentences = [s.strip() for s in _SENTENCES.split(body) if s and s.strip()]
    title = clean.sections[0].title if clean.sections else None
    lead = [s for s in sentences if s != title and len(s) >= 10]
    summary = ""
    for s in lead:
        if len(summary) + len(s) > 220 and summary:
            break
        summary += s
        if len(summary) >= 80:
            break
    return Extraction(
        figures=figures_of(body),
        measures=_measures(sentences),
        projects=_projects(sentences),
        organisations=[o[:60] for o in _organisations(body)],
        topics=list(dict.fromkeys(v for k, v in TOPICS.items() if k in body))[:8],
        period=period_of(" ".join(filter(None, [title, body[:300]]))),
        headline=(title or (lead[0] if lead else ""))[:60],
        summary=summary,
    )


def period_of(text: str) -> str | None:
    """The first period `text` states (its title's, else its opening's)."""
    found = periods_in(text)
    return found[0][2].raw.strip() if found else None


def _projects(sentences: list[str]) -> list[Project]:
    out: list[Project] = []
    for s in sentences:
        for m in _PROJECT.finditer(s):
            name = re.sub(r"^(?:重点推进|推进|推动|加快|重点推动|确保|实施|建设)", "", m.group(0))
            if len(name) < 6 or _GENERIC.search(name) or any(p.name == name for p in out):
                continue
            money = [q for q in scan(s).quantities if q.unit == "元"]
            status = _STATUS.search(s)
            company = _COMPANY.search(s)
            out.append(Project(name=name, company=company.group(0) if company else None,
                               investment=money[0].raw if money else None,
                                    status=status.group(0) if status else None, quote=s[:160]))
    return out[:10]


def _organisations(body: str) -> list[str]:
    out: list[str] = []
    for m in _ORG.finditer(body):
        for part in _ORG_SPLIT.split(m.group(0)):
            name = _ORG_LEAD.sub("", part)
            if len(name) >= 4 and _ORG.fullmatch(name) and "了" not in name and "的" not in name and name not in out:
                out.append(name)
    return out[:12]


def _measures(sentences: list[str]) -> list[MeasureItem]:
    out: list[MeasureItem] = []
    for s in sentences:
        for m in _POLICY.finditer(s):
            if not any(x.name == m.group(0) for x in out):
                out.append(MeasureItem(name=m.group(0)[:60], description=s[:120], quote=s[:160]))
    return out[:8]
