"""Public data models of figures and verdicts (pydantic, so they serialise to JSON as they are)."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["=", "~", ">", ">=", "<", "<="]
Measure = Literal["level", "growth", "share", "change"]
Kind = Literal["actual", "target", "forecast", "threshold"]


class CheckStatus(str, Enum):
    """The cross-checker's verdict on one number."""

    supported = "supported"
    derived = "derived"
    unsupported = "unsupported"
    not_a_quantity = "not_a_quantity"

    def __str__(self) -> str:
        return self.value


class FigureCheck(BaseModel):
    """The verdict on one claimed figure, with what it was compared against."""

    model_config = ConfigDict(frozen=True)

    status: CheckStatus
    reason: str = Field(description="A sentence a person can act on.")
    span: tuple[int, int] | None = Field(None, description="Offsets of the matching number in the source.")
    canonical_value: float | None = Field(None, description="The claim in base units (390亿元 -> 3.9e10).")
    canonical_value_high: float | None = None
    canonical_unit: str | None = Field(None, description="Base unit of the claim (元, %, 个百分点, 家, 吨/年).")
    matched: str | None = Field(None, description="The source text the claim was matched or derived from.")


class NumberCheck(FigureCheck):
    """The verdict on one number found in free text (a headline or summary)."""

    raw: str = Field(description="The number as written in the checked text.")
    text_span: tuple[int, int] = Field(description="Offsets of the number in the checked text.")


class Figure(BaseModel):
    """A figure reported from a source: what is measured, the number as written, and its quote."""

    indicator: str = Field("", description="What is measured, in the source's words.")
    value: float = Field(description="The number as written in the quote (390 for 390亿元).")
    unit: str = Field("", description="The unit as written in the quote (亿元, %, 个百分点, 万吨/年).")
    value_high: float | None = Field(None, description="End of a range, in the same unit.")
    qualifier: Qualifier = "="
    measure: Measure = "level"
    kind: Kind = "actual"
    period: str | None = None
    subject: str | None = None
    quote: str = Field("", description="Verbatim from the source.")
    check: FigureCheck | None = None
