"""summarise(doc) and asummarise(doc): one document in, its checked summary out."""

from __future__ import annotations

import asyncio

from .core.errors import require
from .core.models import Document, DocumentSummary
from .core.settings import Settings
from .pipeline.engines import open_engine
from .pipeline.rules.engine import RulesEngine


def _document(doc: str | bytes | Document) -> Document:
    require(doc, (str, bytes, Document), "summarise() takes the article as a str, bytes or Document(id=..., text=...)")
    return doc if isinstance(doc, Document) else Document(text=doc)


def summarise(doc: str | bytes | Document, *, settings: Settings | None = None) -> DocumentSummary:
    """A structured summary of one article, every number checked against the source.

    With no endpoint configured (no base URL in `settings` or SUMMARISER_BASE_URL) the offline
    rules engine answers, and `provenance.engine` says `rules`.
    """
    settings = settings or Settings.from_env()
    if not settings.uses_model:
        return RulesEngine(settings).summarise_now(_document(doc))
    return asyncio.run(asummarise(doc, settings=settings))


async def asummarise(doc: str | bytes | Document, *, settings: Settings | None = None) -> DocumentSummary:
    """The async form of summarise(), for running many documents concurrently (offline, each on a
    thread of its own, so that the caller's event loop is not blocked)."""
    settings = settings or Settings.from_env()
    if not settings.uses_model:
        return await asyncio.to_thread(RulesEngine(settings).summarise_now, _document(doc))
    engine = open_engine(settings)
    try:
        return await engine.summarise(_document(doc))
    finally:
        await engine.aclose()
