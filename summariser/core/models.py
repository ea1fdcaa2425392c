"""Public data models: the document, figures and verdicts, the summary (pydantic, so they serialise
to JSON as they are). What a model sends is in core/wire.py; the summary's items are the same as its."""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ModelWrapValidatorHandler, ValidationError, model_validator

from .errors import InputError

# The summary's items are the model's own (named here as parts of the public summary: MeasureItem, Project,
# Region); ChunkExtraction is named here for docs/library.md's instructor example, ChunkFigure and Extraction
# for pipeline/rules.py. New code imports the wire schemas from core.wire.
from .wire import ChunkExtraction as ChunkExtraction
from .wire import ChunkFigure as ChunkFigure
from .wire import Extraction as Extraction
from .wire import Kind, Measure, Qualifier
from .wire import MeasureItem as MeasureItem
from .wire import Project as Project
from .wire import Region as Region


class CheckStatus(str, Enum):
    """The cross-checker's verdict on one number."""

    supported = "supported"
    derived = "derived"
    misattributed = "misattributed"
    unconfirmed = "unconfirmed"  # the value is in the source; what it is tied to there is neither confirmed nor refuted
    unsupported = "unsupported"
    not_a_quantity = "not_a_quantity"

    def __str__(self) -> str:
        return self.value


# Verdicts that fail a figure: its number is not the source's, or not for what the claim says, or no quantity.
FAILING = frozenset({CheckStatus.unsupported, CheckStatus.misattributed, CheckStatus.not_a_quantity})
# Verdicts that fail a number of the headline or summary (a date or code there is fine).
FAILING_TEXT = frozenset({CheckStatus.unsupported, CheckStatus.misattributed})
# The only verdicts a figure or number is trusted on.
TRUSTED = frozenset({CheckStatus.supported, CheckStatus.derived})
# Verdicts neither trusted nor failing: the value is in the source, but the reading could not confirm what
# it is tied to. Flagged for a person to review, counted apart, never re-asked (not in FAILING).
REVIEW = frozenset({CheckStatus.unconfirmed})


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
    section: str | None = Field(None, description="Title of the article of a page the figure belongs to.")
    flags: list[str] = Field(default_factory=list, description="Why a person should look: conflicts, re-asks.")
    check: FigureCheck | None = None


SCHEMA_VERSION = "1.2"


class Document(BaseModel):
    """An article to summarise: its text (or HTML, or bytes), an id, and where it came from."""

    id: str = ""
    text: str | bytes
    source: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _say_what_to_pass(cls, data: Any, handler: ModelWrapValidatorHandler[Document]) -> Document:
        try:
            return handler(data)
        except ValidationError as e:
            wrong = "; ".join(f"{'.'.join(map(str, err['loc'][:1]))}: {err['msg']}" for err in e.errors())
            raise InputError(f"Document(id=str, text=str or bytes, source=str or None, meta=dict): {wrong}") from None


class Checks(BaseModel):
    """Counts of verdicts over the figures, the numbers of headline and summary that failed, and those
    that are unconfirmed (not failures, but to be reviewed)."""

    figures: dict[str, int] = Field(default_factory=dict, description="Figures by verdict (status -> count).")
    text: dict[str, int] = Field(default_factory=dict, description="Headline and summary numbers by verdict.")
    unsupported_in_text: list[NumberCheck] = Field(
        default_factory=list, description="Headline and summary numbers unsupported or misattributed.")
    unconfirmed_in_text: list[NumberCheck] = Field(
        default_factory=list, description="Headline and summary numbers the source has, tied to something the "
                                          "reading could not confirm: not failures, to be reviewed.")


class Provenance(BaseModel):
    """How the summary was made."""

    engine: Literal["rules", "llm"]
    model: str | None = None
    endpoint_host: str | None = None
    mode: str | None = None
    prompt_version: str | None = None
    schema_version: str = SCHEMA_VERSION
    chunks: int = 0
    calls: int = 0
    retries: int = 0
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    notes: list[str] = Field(default_factory=list)


class DocumentSummary(BaseModel):
    """A structured summary of one article; every figure carries the cross-checker's verdict."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: str | None = None
    title: str | None = None
    publisher: str | None = None
    region: Region = Field(default_factory=Region)
    published: str | None = Field(None, description="YYYY-MM-DD")
    period: str | None = None
    language: str = Field("zh-Hans", description="Of the source: zh-Hans or zh-Hant.")
    headline: str = ""
    summary: str = ""
    summary_language: Literal["zh", "en"] = "zh"
    figures: list[Figure] = Field(default_factory=list)
    measures: list[MeasureItem] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list, description="Titles of the articles on the page.")
    checks: Checks = Field(default_factory=Checks)
    provenance: Provenance
