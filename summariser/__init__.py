"""summariser: structured, number-checked summaries of Chinese industrial-economy articles."""

from ._checking import check_figures, check_text
from ._errors import SummariserError
from ._models import CheckStatus, Figure, FigureCheck, NumberCheck
from ._quantities import Quantity, extract_quantities

__all__ = [
    "CheckStatus",
    "Figure",
    "FigureCheck",
    "NumberCheck",
    "Quantity",
    "SummariserError",
    "check_figures",
    "check_text",
    "extract_quantities",
]
