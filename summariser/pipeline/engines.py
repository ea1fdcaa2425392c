"""The one place an engine is built: the model engine when an endpoint is set, else the offline rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..core.models import Document, DocumentSummary
from ..core.settings import Settings
from .rules.engine import RulesEngine

if TYPE_CHECKING:
    from .model.engine import LLMEngine


class Engine(Protocol):
    """What the API and the batch job need of an engine."""

    async def summarise(self, document: Document) -> DocumentSummary: ...

    async def aclose(self) -> None: ...


def open_engine(settings: Settings) -> Engine:
    """The engine `settings` ask for (close it with `await engine.aclose()`)."""
    return _llm_engine(settings) if settings.uses_model else RulesEngine(settings)


async def preflight(settings: Settings) -> Settings:
    """Before a batch: the endpoint tried once (EndpointError when it cannot be reached, refuses the
    key or lacks the model, so that a run stops at once instead of failing every document), and
    settings whose structured-output mode is resolved, so that the documents and the processes
    sharing the batch do not each probe."""
    if not settings.uses_model:
        return settings
    engine = _llm_engine(settings)
    try:
        return settings.with_(mode=await engine.preflight())
    finally:
        await engine.aclose()


def _llm_engine(settings: Settings) -> LLMEngine:
    # Imported here, not at the top: the HTTP stack (openai, aiohttp) and the disk cache take about a
    # second to import, which every offline run and every spawned worker process would pay for nothing.
    from .model.engine import LLMEngine

    return LLMEngine(settings)
