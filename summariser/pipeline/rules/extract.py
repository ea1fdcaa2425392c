"""The offline engine's rules: its extraction of a clean text (figures, summary, headline, period,
measures, organisations, projects, topics).

Figures are the rules' reading of the text's quantities (pipeline/figures.py, which the model engine's
marked extraction reads too); organisations and projects are entities.py's. The summary is extractive:
the leading sentences of the article. Everything here reads the text's one reading (numbers/source.Source:
its quantities, its period writings), which the engine builds once per document and assembly reads too.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ...core.chars import CLAUSE_END, FULL_STOP, SENTENCE_END
from ...core.models import Extraction, MeasureItem
from ...numbers.periods import Period, periods_in
from ...numbers.quantities import Quantity
from ...numbers.source import Source, read_source
from ...text.cleaned import CleanText
from ..figures import figures_of, is_threshold, makes_figure
from .entities import organisations_of, projects_of

_CLAUSE_END = CLAUSE_END + SENTENCE_END + "\n"
_POLICY = re.compile(r"《[^》]{4,40}》")
TOPICS = {
    "技改": "技术改造", "技术改造": "技术改造", "数字": "数字经济", "招商": "招商引资", "项目建设": "项目建设",
    "复工": "复工复产", "专精特新": "专精特新", "规上": "规上工业", "工业投资": "工业投资", "节能": "节能降耗",
    "产业链": "产业链", "小巨人": "专精特新", "进规": "企业培育", "金融": "金融支持", "营商环境": "营商环境",
    "新能源": "新能源", "开门红": "开门红",
}


def extract(clean: CleanText, text: Source | str | None = None) -> Extraction:
    """Everything the offline engine reports for a clean text (or a part of it): `text` is the reading of
    the body (numbers/source.read_source, as the engine passes it), or the body itself, read here; the
    whole clean text by default."""
    src = text if isinstance(text, Source) else read_source(clean.text if text is None else text)
    body = src.text
    sentences = _sentences(body)
    title = clean.sections[0].title if clean.sections else None
    summary = summary_of(src, title)
    organisations = [o[:60] for o in organisations_of(body, clean.meta.get("source") or clean.meta.get("column"))]
    return Extraction(
        figures=figures_of(src),
        measures=_measures(sentences),
        projects=projects_of(sentences, organisations),
        organisations=organisations,
        topics=list(dict.fromkeys(v for k, v in TOPICS.items() if k in body))[:8],
        period=period_of(title, src.periods()),
        headline=title or headline_of(summary or body),
        summary=summary,
    )


_SUMMARY_CHARS = 220  # about what a reader takes in at a glance; a long sentence is cut at a clause
_SENTENCE_CHARS = 140
_WEIGHT = {"money": 1.5, "percent": 1.5, "points": 1.0}  # a result's amount or rate over a count


def summary_of(body: Source | str, title: str | None = None) -> str:
    """The sentences carrying the article's main facts, in article order: those with the most figures
    for their length (opening slogans have none), each cut to the clauses that hold its figures. `body`
    is the article's reading (numbers/source.Source), or its text, read here."""
    src = body if isinstance(body, Source) else read_source(body)
    text = src.text
    quantities = [q for q in src.quantities if makes_figure(q) and not is_threshold(text, q)]
    starts = [q.start for q in quantities]
    periods = [a for a, _, _ in src.periods()]
    found: list[tuple[float, int, str]] = []  # (score, start, sentence as shown)
    for a, b in _sentence_spans(text):
        part = text[a:b]
        if not part.strip() or part.strip() == title:
            continue
        inside = quantities[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        if not inside:
            continue
        shown = _figure_clauses(text, a, b, inside, periods)
        if len(shown) > _SHOWN_MOST:  # (no clause end in it: a table's rows or numbers run on, a page of them)
            shown = _as_sentence(_cut_at_break(shown, _SHOWN_MOST))
        weight = sum(_WEIGHT.get(q.unit_class, 1.0) for q in inside)
        found.append((weight / (1 + len(shown) / 150), a, shown))
    chosen: list[tuple[int, str]] = []
    size = 0
    for _, a, shown in sorted(found, key=lambda x: (-x[0], x[1])):
        if chosen and size + len(shown) > _SUMMARY_CHARS:
            continue
        chosen.append((a, shown))
        size += len(shown)
    return "".join(x for _, x in sorted(chosen))


# The longest a summary's sentence or a headline is shown: one with no clause end before (a table's rows run on
# into one line, numbers written one after another with spaces) is cut at a break, else its every number would
# be checked against the page, at a cost growing with the square of the page (none on the development pages
# comes near: at most 186 and 43 characters).
_SHOWN_MOST = 2 * _SUMMARY_CHARS
_HEADLINE_MOST = 60
_BREAKS = "、 \u3000\t，,；;：:"


def _cut_at_break(text: str, most: int) -> str:
    """`text` to its last break (、, a space) within `most` characters; with none there, to `most` or before the
    number `most` falls in."""
    cut = max(_last_break(text, ch, most) for ch in _BREAKS)
    if cut <= 0:
        cut = most
        while cut > 0 and (text[cut - 1].isdigit() or text[cut - 1] in ".%"):
            cut -= 1
    return text[:cut].rstrip(_BREAKS) or text[:most]


def _last_break(text: str, ch: str, most: int) -> int:
    """Where `ch` last stands within `most` characters as a break: not a comma between digits (1,185.5万元, whose
    cut would show a number the page does not write); -1 where it does not."""
    at = text.rfind(ch, 0, most + 1)
    while at > 0 and _groups_thousands(text, at):
        at = text.rfind(ch, 0, at)
    return at


def _groups_thousands(text: str, i: int) -> bool:
    """Whether `text[i]` is a comma between digits (1,185.5万元): it groups thousands, it ends no clause."""
    return text[i] == "," and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()


def _sentences(body: str) -> list[str]:
    """The sentences of `body`, stripped, the empty ones left out."""
    return [x for x in (body[a:b].strip() for a, b in _sentence_spans(body)) if x]


def _sentence_spans(body: str) -> list[tuple[int, int]]:
    """Where each sentence of `body` starts and ends (after its full stop, so a semicolon list stays
    one; a line break ends one too)."""
    out: list[tuple[int, int]] = []
    a = 0
    for m in _BREAK.finditer(body):
        b = m.end() if m.group(0) != "\n" else m.start()
        out.append((a, b))
        a = m.end()
    out.append((a, len(body)))
    return out


_BREAK = re.compile(f"[{FULL_STOP}\n]")


# clause ends inside a sentence (a 、 list stays whole; a comma between digits, 1,185.5万元, groups thousands)
_COMMA = re.compile(r"[，；;：:]|(?<!\d),|,(?!\d)")


def _holds(at: list[int], x: int, y: int) -> bool:
    """Whether a position of the sorted `at` lies in [x, y)."""
    i = bisect.bisect_left(at, x)
    return i < len(at) and at[i] < y


def _figure_clauses(body: str, a: int, b: int, inside: list[Quantity], periods: list[int]) -> str:
    """A sentence cut to its clauses from the first holding a figure or a period to the last holding
    a figure (within a bounded length), ending with a full stop: the preamble of 为贯彻落实… and the
    slogans after the facts (确保首战必胜…) carry none."""
    first_comma = _COMMA.search(body, a, b)
    if b - a <= _SENTENCE_CHARS and (first_comma is None or inside[0].start < first_comma.start()
                                     or _holds(periods, a, first_comma.start())):
        last_comma = max(body.rfind(ch, a, b) for ch in "，,；;：:")
        if last_comma < inside[-1].start:  # it opens and ends with its facts: shown whole
            return _as_sentence(body[a:b].strip())
    cuts = [a] + [m.end() for m in _COMMA.finditer(body, a, b)] + [b]
    clauses = [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x]
    starts = [q.start for q in inside]
    first = next(i for i, (x, y) in enumerate(clauses) if _holds(starts, x, y) or _holds(periods, x, y))
    last = first
    for i in range(first, len(clauses)):
        if clauses[i][1] - clauses[first][0] > _SENTENCE_CHARS and last > first:
            break
        if _holds(starts, *clauses[i]):
            last = i
    return _as_sentence(body[clauses[first][0]:clauses[last][1]].strip().rstrip("，,；;：:、"))


def _as_sentence(text: str) -> str:
    """A cut sentence as shown: quotes and brackets it leaves unbalanced dropped, a full stop at its end."""
    for left, right in ("“”", "‘’", "（）", "()"):
        if text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    return text if text[-1:] in FULL_STOP else text + "。"


_HEADLINE_CHARS = 30


def headline_of(text: str) -> str:
    """A short headline from the summary's first sentence, cut at a clause end (never inside a word)."""
    first = next(iter(_sentences(text)), "")
    first = first.rstrip("。！？!?")
    if len(first) <= _HEADLINE_CHARS:
        return first
    cuts = [i for i, ch in enumerate(first[:_HEADLINE_CHARS + 1]) if _clause_ends_at(first, i)]
    if cuts:
        return first[:cuts[-1]]
    first = first[:next((i for i in range(len(first)) if _clause_ends_at(first, i)), len(first))]
    return first if len(first) <= _HEADLINE_MOST else _cut_at_break(first, _HEADLINE_MOST)


def _clause_ends_at(text: str, i: int) -> bool:
    """Whether a clause ends at `text[i]`: not at a comma between digits (1,185.5万元), which groups thousands."""
    return text[i] in _CLAUSE_END and not _groups_thousands(text, i)


_OPENING_CHARS = 300


def period_of(title: str | None, body: Sequence[tuple[int, int, Period]]) -> str | None:
    """The article's period: its title's, else the first its opening states (`body`: the period
    writings of the body, as its Source has them)."""
    found = periods_in(title) if title else ()
    if not found:
        found = tuple(p for p in body if p[0] < _OPENING_CHARS)
    return found[0][2].raw.strip() if found else None


def _measures(sentences: list[str]) -> list[MeasureItem]:
    out: list[MeasureItem] = []
    for s in sentences:
        for m in _POLICY.finditer(s):
            if not any(x.name == m.group(0) for x in out):
                out.append(MeasureItem(name=m.group(0)[:60], description=s[:120], quote=s[:160]))
    return out[:8]
