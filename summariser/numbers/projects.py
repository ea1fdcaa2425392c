"""Which project a bare attribute belongs to: 一是甲项目，总投资3亿元；二是乙项目；总投资5亿元，预计年产值8亿元 — each
amount written after a clause that names one project and nothing else is that project's (read by the checker,
numbers/judge/, and by the offline engine's namer, pipeline/indicators.py)."""

from __future__ import annotations

import re

from ..core.simplify import simplified
from .spans import start_after

_CLAUSES = re.compile("[，,；;]")
_ATTRIBUTES = (r"(?:计划|预计|建成后|投产后|达产后)?"
               r"(?:总投资|投资总额|投资额|投资|年产值|产值|年销售收入|年税收|税收|年纳税|占地面积|占地|用地)")
_BARE_ATTRIBUTE = re.compile(rf"\s*{_ATTRIBUTES}(?:约|达|为|逾|超)?\s*")
_ATTRIBUTE_CLAUSE = re.compile(rf"\s*{_ATTRIBUTES}(?:约|达|为|逾|超)?\s*[0-9０-９.]+[^，,；;]{{0,8}}")
# a project's name alone, maybe after what opens a list of them (一是, 其中, 首批签约的有, 分别为)
_PROJECT_NAME = re.compile(r"\s*(?:[^，,。；;]*?(?:(?:的有|分别是|分别为|主要有)[:：]?|(?:为|是|有)[:：])|"
                           r"(?:[一二三四五六七八九十]是|其中|包括)[:：]?)?"
                           r"([^，,；;。0-9]{0,30}?[^，,；;。]{2,30}?(?:项目|工程|生产线))\s*")
# (全部为新建项目, 主要是…、…项目: said of projects; 兴建甲项目 after its amount, 投资12亿元，兴建甲项目: its object)
_SAID_OF_PROJECTS = re.compile(r"全部|均|都|共|为|是|主要|(?<!的)有(?!限)|属于|、|"
                               r"^(?:兴建|新建|建设|实施|引进|推进|加快|开工|签约|投资)")
_COUNTED = re.compile(r"[0-9]+\s*(?:多|余)?[个项家批]")  # (就签下64个项目: the projects counted, not one)
_KIND_ENDING = re.compile(r"(?:建设)?(?:项目|工程|生产线)$")
_SENTENCE_END = "。！？!?\n"


def project_named(clause: str) -> str:
    """The project a clause names and nothing else (二是新型建材产业园项目), simplified; '' for a clause that says
    something of projects (全部为新建项目), counts them, states an amount, or names a kind of project (重点项目)."""
    named = _PROJECT_NAME.fullmatch(clause)
    if named is None or _SAID_OF_PROJECTS.search(named.group(1)) or re.search(_ATTRIBUTES, named.group(1)) \
            or _COUNTED.search(named.group(1)):
        return ""
    name = simplified(named.group(1))
    return name if len(_KIND_ENDING.sub("", name)) >= 4 else ""


def project_before(text: str, at: int) -> str:
    """The project named by a clause of its own before the value at `at`, over the clauses of bare attributes
    between (总投资5亿元，预计年产值8亿元), in its sentence; '' where the value's own clause says more than an
    attribute, no such clause comes first, or it ends a list of projects (…分别为：甲项目；乙项目，总投资20.9亿元:
    the list's total, not its last item's)."""
    s0 = start_after(text, at, _SENTENCE_END)
    clauses = _CLAUSES.split(text[s0:at])
    if len(clauses) < 2 or not _BARE_ATTRIBUTE.fullmatch(clauses[-1]):
        return ""
    for i in range(len(clauses) - 2, -1, -1):
        named = project_named(clauses[i])
        if named:
            return "" if i and project_named(clauses[i - 1]) else named
        if not _ATTRIBUTE_CLAUSE.fullmatch(clauses[i]):
            return ""
    return ""
