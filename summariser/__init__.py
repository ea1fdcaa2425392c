"""summariser: structured, number-checked summaries of Chinese industrial-economy articles."""

from ._checking import check_figures, check_text
from ._chunking import Chunk, chunk_text
from ._cleaning import CleanText, Removal, Section, clean
from ._errors import InputError, SummariserError
from ._models import CheckStatus, Figure, FigureCheck, NumberCheck
from ._quantities import Quantity, extract_quantities

__all__ = [
    "CheckStatus",
    "Chunk",
    "CleanText",
    "Figure",
    "FigureCheck",
    "InputError",
    "NumberCheck",
    "Quantity",
    "Removal",
    "Section",
    "SummariserError",
    "check_figures",
    "check_text",
    "chunk_text",
    "clean",
    "extract_quantities",
]
