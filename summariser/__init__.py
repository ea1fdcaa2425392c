"""summariser: structured, number-checked summaries of Chinese industrial-economy articles."""

from .api import asummarise, summarise
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

