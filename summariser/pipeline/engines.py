"""The one place an engine is built: the model engine when an endpoint is set, else the offline rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..core.models import Document, DocumentSummary
from ..core.settings import Settings
from .rules.engine import RulesEngine

if TYPE_CHECKING:
    from .model.engine import ModelEngine


class Engine(Protocol):
    """What the API and the batch job need of an engine: one per run (or per process of a run), its
    first use the preflight when a batch opens it, closed when the run ends."""

    async def preflight(self) -> Settings: ...

    async def summarise(self, document: Document) -> DocumentSummary: ...

    async def aclose(self) -> None: ...


def open_engine(settings: Settings) -> Engine:
    """The engine `settings` ask for (close it with `await engine.aclose()`)."""
    return _model_engine(settings) if settings.uses_model else RulesEngine(settings)


async def preflight(settings: Settings) -> Settings:
    """The preflight (see ModelEngine.preflight) of a run whose documents another process summarises
    (worker processes, Ray actors), each with an engine of its own: an engine opened here for the
    check alone. A run that summarises here makes the preflight its own engine's first use
    (`await engine.preflight()`), and opens no other."""
    if not settings.uses_model:
        return settings
    engine = _model_engine(settings)
    try:
        return await engine.preflight()
    finally:
        await engine.aclose()


def _model_engine(settings: Settings) -> ModelEngine:
    # Imported here, not at the top: the HTTP stack (openai, aiohttp) and the disk cache take about a
    # second to import, which every offline run and every spawned worker process would pay for nothing.
    from .model.engine import ModelEngine

    return ModelEngine(settings)
