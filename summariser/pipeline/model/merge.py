"""Merging the per-chunk answers of one document (pure: no network)."""

from __future__ import annotations

from typing import Callable, TypeVar

from ...core.chars import no_space
from ...core.models import FAILING
from ...core.wire import ChunkExtraction, ChunkFigure, Extraction, Region
from ...numbers.check import figure_checks
from ...numbers.source import Source


def merge(parts: list[ChunkExtraction], src: Source) -> Extraction:
    """One extraction from the chunks' answers (its figures' conflicts: see `conflicts`), checked
    against the document's source `src` (which keeps the verdicts for the re-ask and assembly).

    A figure found twice (the overlap of two chunks) is kept once: same span in the text, same value
    and same indicator. Another indicator claiming the value at that span is another claim, and so is
    a failing claim with another quote (two wrong claims can point at one number): each is kept, to
    be checked and re-asked on its own. The same indicator with different values is kept twice.
    """
    figures: list[ChunkFigure] = []
    seen: dict[tuple[int, int, float | None, str, str], int] = {}
    for part in parts:
        checks = figure_checks(src, part.figures)
        for fig, v in zip(part.figures, checks, strict=True):
            quote = no_space(fig.quote) if v.status in FAILING else ""
            key = (v.span[0], v.span[1], v.canonical_value, no_space(fig.indicator), quote) if v.span else None
            if key is not None and key in seen:
                continue
            if key is not None:
                seen[key] = len(figures)
            figures.append(fig)
    region = Region()  # names only: the code is looked up when the summary is assembled
    for p in parts:
        for k in ("province", "city", "county"):
            if getattr(region, k) is None and getattr(p.region, k):
                setattr(region, k, getattr(p.region, k))
    merged = Extraction(
        figures=figures,
        measures=_unique([m for p in parts for m in p.measures], lambda m: no_space(m.name)),
        projects=_unique([x for p in parts for x in p.projects], lambda x: no_space(x.name)),
        organisations=list(dict.fromkeys(o for p in parts for o in p.organisations)),
        topics=list(dict.fromkeys(t for p in parts for t in p.topics)),
        region=region,
        period=next((p.period for p in parts if p.period), None),
        headline=parts[0].headline if parts else "",
        summary="".join(p.summary for p in parts),
    )
    return merged


def conflicts(figures: list[ChunkFigure]) -> dict[int, list[str]]:
    """Flags per figure index: the same indicator, period and measure with different values."""
    flags: dict[int, list[str]] = {}
    by_indicator: dict[tuple[str, str | None, str], list[int]] = {}
    for i, f in enumerate(figures):
        by_indicator.setdefault((no_space(f.indicator), f.period, f.measure), []).append(i)
    for (indicator, _, _), idx in by_indicator.items():
        values = {(figures[i].value, figures[i].unit) for i in idx}
        if indicator and len(values) > 1:
            others = "; ".join(f"{figures[i].value:g}{figures[i].unit}" for i in idx)
            for i in idx:
                flags.setdefault(i, []).append(f"conflict: the same indicator has several values ({others})")
    return flags


T = TypeVar("T")


def _unique(items: list[T], key: Callable[[T], str]) -> list[T]:
    out: list[T] = []
    seen: set[str] = set()
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out
