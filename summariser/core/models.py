"""Public data models of figures and verdicts (pydantic, so they serialise to JSON as they are)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ModelWrapValidatorHandler, ValidationError, model_validator

from .errors import InputError

Qualifier = Literal["=", "~", ">", ">=", "<", "<="]
Measure = Literal["level", "growth", "share", "change"]
Kind = Literal["actual", "target", "forecast", "threshold"]


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


class ChunkRegion(BaseModel):
    """The region as a model names it: the divisions' names only (the code is looked up, never asked)."""

    province: str | None = None
    city: str | None = None
    county: str | None = None


class Region(ChunkRegion):
    """The region an article is about: province, city and county, and the 6-digit GB/T 2260 code of the
    smallest division named (420881 for 湖北省 荆门市 钟祥市); None where the table cannot tell."""

    code: str | None = None


# Length limits bound every answer: grammar-constrained servers (llama.cpp) turn maxLength and
# maxItems into the grammar, so a model that loops on a string stops instead of filling max_tokens.
Short = Annotated[str, Field(max_length=60)]
Quote = Annotated[str, Field(max_length=160)]


class MeasureItem(BaseModel):
    """A policy measure the article reports."""

    name: Short
    description: Quote = ""
    quote: Quote = ""


class Project(BaseModel):
    """A named project: company, investment as written, status (签约, 开工, 在建, 投产…)."""

    name: Short
    company: Short | None = None
    investment: Annotated[str, Field(max_length=30)] | None = None
    status: Annotated[str, Field(max_length=20)] | None = None
    quote: Quote = ""


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


# ---- what the model fills in, one chunk at a time (kept small: every field costs prompt tokens)


class ChunkFigure(BaseModel):
    indicator: Short
    value: Annotated[float, Field(allow_inf_nan=False)]  # 1e999 in a reply is a schema error, re-asked
    unit: Annotated[str, Field(max_length=12)]
    value_high: Annotated[float, Field(allow_inf_nan=False)] | None = None
    qualifier: Qualifier = "="
    measure: Measure = "level"
    kind: Kind = "actual"
    period: Annotated[str, Field(max_length=30)] | None = None
    subject: Short | None = None
    quote: Quote


class ChunkExtraction(BaseModel):
    """The model's answer for one chunk of an article. figures, headline and summary are required:
    an empty list is an answer, a missing key is not."""

    figures: list[ChunkFigure] = Field(max_length=60)
    measures: list[MeasureItem] = Field(default_factory=list, max_length=12)
    projects: list[Project] = Field(default_factory=list, max_length=12)
    organisations: list[Short] = Field(default_factory=list, max_length=20)
    topics: list[Annotated[str, Field(max_length=20)]] = Field(default_factory=list, max_length=10)
    region: ChunkRegion = Field(default_factory=ChunkRegion)
    period: Annotated[str, Field(max_length=30)] | None = None
    headline: Short
    summary: Annotated[str, Field(max_length=400)]


class FigureRepair(BaseModel):
    """The model's answer to a re-ask of only what failed: the corrected figures, and the headline or
    summary where they failed ("" where they did not). A schema of its own, a fraction of
    ChunkExtraction's, so the re-ask's prompt and constrained reply stay small."""

    figures: list[ChunkFigure] = Field(default_factory=list, max_length=60)
    headline: Short = ""
    summary: Annotated[str, Field(max_length=400)] = ""


class Extraction(BaseModel):
    """What assembly takes: the chunks' answers merged, or the offline engine's reading of a whole
    article. Unlike ChunkExtraction, what a model may send in one answer, it has no length limits:
    a bulletin with a hundred figures, or a long first sentence, is an ordinary document."""

    figures: list[ChunkFigure] = Field(default_factory=list)
    measures: list[MeasureItem] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    region: Region = Field(default_factory=Region)
    period: str | None = None
    headline: str = ""
    summary: str = ""


class SummaryText(BaseModel):
    """The model's headline and summary over the chunk summaries of a long article."""

    headline: Short
    summary: Annotated[str, Field(max_length=600)]
