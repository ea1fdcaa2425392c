"""summariser: structured, number-checked summaries of Chinese industrial-economy articles."""

from ._checking import check_figures, check_text
from ._chunking import Chunk, chunk_text
from ._cleaning import CleanText, Removal, Section, clean
from ._errors import (
    ConfigError,
    EndpointError,
    InputError,
    RetriesExhausted,
    SummariserError,
    UnsupportedFigures,
)
from ._models import CheckStatus, Document, DocumentSummary, Figure, FigureCheck, NumberCheck
from ._quantities import Quantity, extract_quantities
from ._settings import Settings
from ._summarise import asummarise, summarise

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
