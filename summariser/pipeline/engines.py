"""The one place an engine is built: the model engine when an endpoint is set, else the offline rules."""

from __future__ import annotations

from typing import Protocol

from ..core.models import Document, DocumentSummary
from ..core.settings import Settings
from .model_engine import LLMEngine
from .rules_engine import RulesEngine


class Engine(Protocol):
    """What the API and the batch job need of an engine."""

    async def summarise(self, document: Document) -> DocumentSummary: ...

    async def aclose(self) -> None: ...


def open_engine(settings: Settings) -> Engine:
    """The engine `settings` ask for (close it with `await engine.aclose()`)."""
    return LLMEngine(settings) if settings.uses_model else RulesEngine(settings)


async def with_resolved_mode(settings: Settings) -> Settings:
    """Settings whose structured-output mode is the endpoint's, probed here once, so that processes
    sharing a batch do not each probe."""
    if not settings.uses_model or settings.mode != "auto":
        return settings
    engine = LLMEngine(settings)
    try:
        return settings.with_(mode=await engine.mode())
    finally:
        await engine.aclose()
