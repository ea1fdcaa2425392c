"""Assembly: a DocumentSummary from a clean text and an extraction, every figure and number checked."""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from typing import Any

from ..core.errors import UnsupportedFigures
from ..core.models import (
    Checks,
    CheckStatus,
    ChunkExtraction,
    Document,
    DocumentSummary,
    Figure,
    Provenance,
)
from ..core.settings import Settings
from ..numbers.check import check_figures, check_text
from ..text.cleaned import CleanText

_DATE = re.compile(r"(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")


def assemble(document: Document, c: CleanText, ex: ChunkExtraction, prov: Provenance, settings: Settings,
             t0: float, flags: dict[int, list[str]] | None = None) -> DocumentSummary:
    """Build the DocumentSummary: metadata, figures with their verdicts (spans into the raw input)."""
    figures = [Figure.model_validate(vars(f)) for f in ex.figures]
    verdicts = check_figures(c.text, figures)
    kept: list[Figure] = []
    for i, (fig, v) in enumerate(zip(figures, verdicts, strict=True)):
        span = c.to_raw(*v.span) if v.span is not None else None
        fig.check = v.model_copy(update={"span": span})
        if v.span is not None:
            section = c.section_of(v.span[0])
            fig.section = section.title if section and len(c.sections) > 1 else None
        fig.flags = list((flags or {}).get(i, []))
        if v.status in (CheckStatus.unsupported, CheckStatus.not_a_quantity):
            fig.flags.append("unsupported by the source")
            if settings.unsupported == "drop":
                continue
        kept.append(fig)
    if settings.unsupported == "raise":
        bad = [f for f in kept if f.check and f.check.status in (CheckStatus.unsupported, CheckStatus.not_a_quantity)]
        if bad:
            raise UnsupportedFigures(f"{len(bad)} figure(s) unsupported by the source after re-asks: "
                                     + "; ".join(f.check.reason for f in bad if f.check), figures=bad)
    text_checks = check_text(c.text, ex.headline) + check_text(c.text, ex.summary)
    meta: dict[str, Any] = {**c.meta, **document.meta}
    summary_language = "en" if settings.summary_language == "en" and prov.engine == "llm" else "zh"
    prov.seconds = round(time.perf_counter() - t0, 4)
    return DocumentSummary(
        doc_id=document.id or _auto_id(c.text),
        source=document.source,
        title=meta.get("title") or (c.sections[0].title if c.sections else None),
        publisher=meta.get("publisher") or meta.get("source") or meta.get("column"),
        region=ex.region,
        published=_date(meta.get("published") or meta.get("date")),
        period=ex.period,
        language=c.script,
        headline=ex.headline,
        summary=ex.summary,
        summary_language=summary_language,
        figures=kept,
        measures=ex.measures,
        projects=ex.projects,
        organisations=ex.organisations,
        topics=ex.topics,
        sections=[s.title for s in c.sections if s.title] if len(c.sections) > 1 else [],
        checks=Checks(
            figures=dict(Counter(f.check.status.value for f in kept if f.check)),
            text=dict(Counter(v.status.value for v in text_checks)),
            unsupported_in_text=[v for v in text_checks if v.status is CheckStatus.unsupported],
        ),
        provenance=prov,
    )


def _date(value: Any) -> str | None:
    if not value:
        return None
    m = _DATE.search(str(value))
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def _auto_id(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
