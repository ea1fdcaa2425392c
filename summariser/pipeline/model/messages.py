"""The chat messages of the model engine's calls: one chunk's extraction, the reduce over chunk summaries."""

from __future__ import annotations

from ...core.wire import ChunkExtraction, MarkedExtraction, SummaryText
from ...llm.modes import schema_note
from ...llm.prompts import load
from ...text.chunk import Chunk
from ...text.cleaned import CleanText

LANGUAGE = {"zh": "Chinese (简体中文)", "en": "English"}
# every prompt the engine uses: their tags enter the document key
PROMPTS = ("extract", "reduce", "reask", "repair", "repair_rules")
EXTRACT_PROMPT = {"free": "extract", "marked": "extract_marked"}  # by Settings.extract


def extraction_messages(cleaned: CleanText, chunk: Chunk, chunks: int, mode: str,
                        language: str) -> list[dict[str, str]]:
    """The chat messages that ask for one chunk's extraction."""
    system = load("extract").render(schema_note=schema_note(ChunkExtraction, mode), language=LANGUAGE[language])
    user = _user(cleaned, chunk, chunks, chunk.text)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def marked_messages(cleaned: CleanText, chunk: Chunk, marked_text: str, chunks: int, mode: str,
                    language: str) -> list[dict[str, str]]:
    """The chat messages that ask for one chunk's marked extraction: `marked_text` is the chunk with a
    mark after each quantity (pipeline/model/marks.py). The title line before it is not marked: figures are
    read from the article's text, which is what the marks' offsets are in."""
    system = load("extract_marked").render(schema_note=schema_note(MarkedExtraction, mode),
                                           language=LANGUAGE[language])
    user = _user(cleaned, chunk, chunks, marked_text)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _user(cleaned: CleanText, chunk: Chunk, chunks: int, body: str) -> str:
    head = f"标题：{cleaned.sections[0].title}\n" if cleaned.sections and cleaned.sections[0].title else ""
    part = f"（第{chunk.index + 1}部分）\n" if chunks > 1 else ""
    return head + part + body


def reduce_messages(parts: list[ChunkExtraction], mode: str, language: str) -> list[dict[str, str]]:
    """The chat messages that ask for one headline and summary over the chunks' summaries."""
    system = load("reduce").render(schema_note=schema_note(SummaryText, mode), language=LANGUAGE[language])
    user = "\n".join(f"{i}. {p.summary}" for i, p in enumerate(parts, start=1))
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
