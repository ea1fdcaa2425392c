"""summariser: structured, number-checked summaries of Chinese industrial-economy articles."""

from typing import TYPE_CHECKING, Any

from .core.errors import (
    ConfigError,
    EndpointError,
    InputError,
    RetriesExhausted,
    SummariserError,
    UnsupportedFigures,
)
from .core.models import CheckStatus, Document, DocumentSummary, Figure, FigureCheck, NumberCheck
from .core.settings import Settings
from .numbers.check import check_figures, check_text
from .numbers.quantities import Quantity, extract_quantities
from .text.chunk import Chunk, chunk_text
from .text.clean import clean
from .text.cleaned import CleanText, Removal, Section

if TYPE_CHECKING:
    from .api import asummarise, summarise

__all__ = [
    "CheckStatus",
    "Chunk",
    "CleanText",
    "ConfigError",
    "Document",
    "DocumentSummary",
    "EndpointError",
    "Figure",
    "FigureCheck",
    "InputError",
    "NumberCheck",
    "Quantity",
    "Removal",
    "RetriesExhausted",
    "Section",
    "Settings",
    "SummariserError",
    "UnsupportedFigures",
    "asummarise",
    "check_figures",
    "check_text",
    "chunk_text",
    "clean",
    "extract_quantities",
    "summarise",
]


def __getattr__(name: str) -> Any:
    """summarise and asummarise load the engines (and the HTTP client) on first use, so that a program
    that only cleans text or checks numbers never imports network code."""
    if name in ("summarise", "asummarise"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'summariser' has no attribute {name!r}")
