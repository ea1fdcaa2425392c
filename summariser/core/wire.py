"""What a model sends, and what an engine hands to assembly: the wire schemas.

A model answers one chunk in a ChunkExtraction (its figures ChunkFigure), or in the marked
extraction in a MarkedExtraction (its figures MarkedFigure, keyed by the marks put after the
parser's quantities); a re-ask of only what failed in a FigureRepair, the reduce of a long article's
chunk summaries in a SummaryText; the chunks' answers merged, or the offline engine's reading, are an
Extraction. Each is kept small (every field costs prompt tokens) and bounded (see Short). The public
summary (core/models.py) is built from them by assembly, and reuses their items: a figure's
qualifier, measure and kind, MeasureItem, Project and Region.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, create_model

# ---- the parts the public summary shares with the answers it is built from

Qualifier = Literal["=", "~", ">", ">=", "<", "<="]
Measure = Literal["level", "growth", "share", "change"]
Kind = Literal["actual", "target", "forecast", "threshold"]

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


class ChunkRegion(BaseModel):
    """The region as a model names it: the divisions' names only (the code is looked up, never asked)."""

    province: str | None = None
    city: str | None = None
    county: str | None = None


class Region(ChunkRegion):
    """The region an article is about: province, city and county, and the 6-digit GB/T 2260 code of the
    smallest division named (420881 for 湖北省 荆门市 钟祥市); None where the table cannot tell."""

    code: str | None = None


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


# ---- the marked extraction (SUMMARISER_EXTRACT=marked): the parser's quantities are marked in the chunk,
# and the model says, mark by mark, what each is; value, unit and quote are the source's


NUMBER_PATTERN = r'^[-0-9０-９一二三四五六七八九十两百千万亿零〇.翻][^"\\\n〔A-Z，。、；：]{0,11}$'


class MarkedFigure(BaseModel):
    """A model's reading of one marked quantity: the number before the mark as it copied it (the check
    that the entry is the mark's, not its neighbour's), what it measures and its period."""

    # The schema sent holds the number to a number's first character and a short tail (its unit), with no
    # mark letter, bracket or clause break in it: a small model otherwise copies the clause, or runs on into
    # the next mark. The reply is not held to it: a number written otherwise is compared with the mark's.
    number: Annotated[str, Field(max_length=30, json_schema_extra={"pattern": NUMBER_PATTERN})] = ""
    indicator: Short = ""
    period: Annotated[str, Field(max_length=30)] | None = None


class MarkedExtraction(BaseModel):
    """The model's answer for one marked chunk: ChunkExtraction with its figures an object keyed by
    mark, an entry for every mark. The schema sent allows no null entry: given the choice, the 1.5B
    model answered null for every mark of whole articles (a run it does not leave once started), and
    what is no figure (a date, a rank, a code) the parser leaves unmarked. A null read from a server
    that does not hold to the schema is left out."""

    figures: dict[str, MarkedFigure | None]
    measures: list[MeasureItem] = Field(default_factory=list, max_length=12)
    projects: list[Project] = Field(default_factory=list, max_length=12)
    organisations: list[Short] = Field(default_factory=list, max_length=20)
    topics: list[Annotated[str, Field(max_length=20)]] = Field(default_factory=list, max_length=10)
    region: ChunkRegion = Field(default_factory=ChunkRegion)
    period: Annotated[str, Field(max_length=30)] | None = None
    headline: Short
    summary: Annotated[str, Field(max_length=400)]


@lru_cache(maxsize=128)
def marked_answer(marks: tuple[str, ...]) -> type[MarkedExtraction]:
    """MarkedExtraction whose schema names the chunk's marks as the keys of `figures`, every one
    required, in order: a grammar-constrained server (llama.cpp) writes an entry for each mark, and
    no other key. The reply is still read leniently (a key missing or unknown is left out
    with a note, not a schema error). Memoised: a chunk's marks are always the first N codes."""
    if not marks:
        return MarkedExtraction

    def keyed(schema: dict[str, Any]) -> None:  # the entry's schema under each mark (not null: see MarkedExtraction)
        entry = schema.pop("additionalProperties")
        entry = next((x for x in entry.get("anyOf", []) if x.get("type") != "null"), entry)
        schema.update(properties={m: entry for m in marks}, required=list(marks), additionalProperties=False)

    return create_model("MarkedExtraction", __base__=MarkedExtraction, figures=(
        dict[str, MarkedFigure | None], Field(json_schema_extra=keyed)))


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
