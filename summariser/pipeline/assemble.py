"""Assembly: a DocumentSummary from a clean text and an extraction, every figure and number checked."""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from typing import Any

from ..core.chars import SENTENCE_END
from ..core.errors import UnsupportedFigures
from ..core.models import (
    FAILING,
    FAILING_TEXT,
    REVIEW,
    TRUSTED,
    Checks,
    CheckStatus,
    Document,
    DocumentSummary,
    Figure,
    FigureCheck,
    NumberCheck,
    Provenance,
)
from ..core.settings import Settings
from ..core.wire import Extraction, Region
from ..numbers.check import figure_checks, text_checks
from ..numbers.figure_names import shipped
from ..numbers.source import Source
from ..places.divisions import divisions
from ..text.cleaned import CleanText

_DATE = re.compile(r"(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")


def assemble(document: Document, cleaned: CleanText, src: Source, ex: Extraction, prov: Provenance, settings: Settings,
             t0: float, flags: dict[int, list[str]] | None = None) -> DocumentSummary:
    """Build the DocumentSummary: metadata, figures with their verdicts (spans into the raw input).

    `src` is the document's reading of `cleaned.text` (numbers/source.read_source), with the verdicts found
    so far: the engine that read the document hands it on."""
    kept = _checked_figures(cleaned, src, ex, settings, flags or {})
    meta: dict[str, Any] = {**cleaned.meta, **document.meta}
    title = meta.get("title") or (cleaned.sections[0].title if cleaned.sections else None)
    headline, summary = _apply_text_policy(src, ex.headline, ex.summary, title, settings.unsupported, prov)
    checked_text = text_checks(src, headline) + text_checks(src, summary)
    summary_language = "en" if settings.summary_language == "en" and prov.engine == "llm" else "zh"
    prov.seconds = round(time.perf_counter() - t0, 4)
    return DocumentSummary(
        doc_id=document.id or _auto_id(cleaned.text),
        source=document.source,
        title=title,
        publisher=meta.get("publisher") or meta.get("source") or meta.get("column"),
        region=_region(ex.region, meta, title, cleaned.text),
        published=_date(meta.get("published") or meta.get("date")),
        period=ex.period,
        language=cleaned.script,
        headline=headline,
        summary=summary,
        summary_language=summary_language,
        figures=kept,
        measures=ex.measures,
        projects=ex.projects,
        organisations=ex.organisations,
        topics=ex.topics,
        sections=[s.title for s in cleaned.sections if s.title] if len(cleaned.sections) > 1 else [],
        checks=_checks(kept, checked_text),
        provenance=prov,
    )


def _checked_figures(cleaned: CleanText, src: Source, ex: Extraction, settings: Settings,
                     flags: dict[int, list[str]]) -> list[Figure]:
    """The extraction's figures with their verdicts and flags, as the unsupported policy keeps them: `drop`
    ships trusted figures only, `raise` fails the document on a failing one."""
    figures = [Figure.model_validate(vars(f)) for f in ex.figures]
    verdicts = shipped(figures, figure_checks(src, figures), src.text)
    kept: list[Figure] = []
    for i, (fig, v) in enumerate(zip(figures, verdicts, strict=True)):
        _place(fig, v, cleaned)
        fig.flags = list(flags.get(i, []))
        flag = _FLAGS.get(v.status)
        if flag:
            fig.flags.append(flag)
        if settings.unsupported == "drop" and v.status not in TRUSTED:
            continue  # `drop` ships trusted figures only: failing and unconfirmed ones go
        kept.append(fig)
    if settings.unsupported == "raise":
        bad = [f for f in kept if f.check and f.check.status in FAILING]
        if bad:
            raise UnsupportedFigures(f"{len(bad)} figure(s) unsupported by the source after re-asks: "
                                     + "; ".join(f.check.reason for f in bad if f.check), figures=bad)
    return kept


def _checks(kept: list[Figure], checked: list[NumberCheck]) -> Checks:
    """The verdicts counted: the figures', the headline's and summary's numbers', and those to look at."""
    return Checks(
        figures=dict(Counter(f.check.status.value for f in kept if f.check)),
        text=dict(Counter(v.status.value for v in checked)),
        unsupported_in_text=[v for v in checked if v.status in FAILING_TEXT],
        unconfirmed_in_text=[v for v in checked if v.status in REVIEW],
    )


# The flag a figure gets for a person to look at, by verdict; trusted verdicts get none. An unconfirmed
# figure is kept by `keep` and `raise` (it is no failure) and dropped by `drop` (it is not trusted).
_FLAGS = {
    CheckStatus.misattributed: "misattributed: the source ties the value to something else",
    CheckStatus.unsupported: "unsupported by the source",
    CheckStatus.not_a_quantity: "unsupported by the source",
    CheckStatus.unconfirmed: "unconfirmed: the value is in the source, but what it is tied to there (indicator, "
                             "period or kind) could not be confirmed; review it",
}


def _place(fig: Figure, v: FigureCheck, cleaned: CleanText) -> None:
    """Give a figure its verdict, with the span in the raw input, and the section of the page it is in."""
    fig.check = v.model_copy(update={"span": cleaned.to_raw(*v.span) if v.span is not None else None})
    if v.span is not None:
        section = cleaned.section_of(v.span[0])
        fig.section = section.title if section and len(cleaned.sections) > 1 else None


# A summary's sentences, Chinese or English (an English full stop counts only before a space, not in 3.5%).
_SENTENCES = re.compile(rf"(?<=[{SENTENCE_END}])|(?<=[.!?])(?=\s)")


def _unsupported(source: Source, text: str) -> list[NumberCheck]:
    return [v for v in text_checks(source, text) if v.status in FAILING_TEXT]


def _apply_text_policy(source: Source, headline: str, summary: str, title: str | None, policy: str,
                       prov: Provenance) -> tuple[str, str]:
    """The headline and summary under the unsupported-number policy: `keep` ships them flagged (in
    `checks`), `raise` fails the document, `drop` removes each summary sentence holding such a number
    and replaces such a headline by the title, else the first sentence left, else nothing."""
    if policy == "keep":
        return headline, summary
    bad = _unsupported(source, headline) + _unsupported(source, summary)
    if not bad:
        return headline, summary
    if policy == "raise":
        raise UnsupportedFigures(f"{len(bad)} number(s) of the headline or summary unsupported by the source: "
                                 + "; ".join(f"{v.raw}: {v.reason}" for v in bad), figures=bad)
    sentences = [x for x in _SENTENCES.split(summary) if x]
    kept = [x for x in sentences if not _unsupported(source, x)]
    if len(kept) < len(sentences):
        prov.notes.append(f"dropped {len(sentences) - len(kept)} summary sentence(s) holding numbers the source "
                          "does not support")
    summary = "".join(kept).strip()
    if _unsupported(source, headline):
        first = kept[0].strip() if kept else ""
        headline = next((h for h in (title, first) if h and not _unsupported(source, h)), "")
        prov.notes.append("replaced a headline holding numbers the source does not support")
    return headline, summary


def _date(value: Any) -> str | None:
    if not value:
        return None
    m = _DATE.search(str(value))
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


_REGION_META = ("region", "publisher", "source", "column")


def _region(named: Region, meta: dict[str, Any], title: str | None, text: str) -> Region:
    """The article's region with its code: the names an extraction gives, completed from the division
    table, unless the article's publisher, title or opening names a smaller division within them."""
    table = divisions()
    given = named if named.code else table.resolve(named)
    zones = [" ".join(str(meta[k]) for k in _REGION_META if meta.get(k)), title or "", text]
    read = table.region_of(zones)
    if read.code and (not given.code or table.within(read.code, given.code)):
        return read
    return given


def _auto_id(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
