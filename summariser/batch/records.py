"""One document's output line: its summary, or an error record with a type and a message a person can act on."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..core.errors import EndpointError, InputError, RetriesExhausted, SummariserError, UnsupportedFigures, spending
from ..core.models import Document, DocumentSummary
from ..pipeline.engines import Engine


@dataclass
class OutputLine:
    """One document's output line, and what the progress counters need from it."""

    line: str
    error: str | None = None
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0


def error_line(doc_id: str, source: str, kind: str, message: str, usage: dict[str, int] | None = None) -> OutputLine:
    """The line of a document that failed: `{"doc_id", "source", "error": {"type", "message"}}`, with
    the tokens its calls spent (`tokens_in`, `tokens_out` in `error`) when there were any."""
    error: dict[str, object] = {"type": kind, "message": message}
    tokens_in, tokens_out = int((usage or {}).get("tokens_in", 0)), int((usage or {}).get("tokens_out", 0))
    if tokens_in or tokens_out:
        error.update(tokens_in=tokens_in, tokens_out=tokens_out)
    record = {"doc_id": doc_id, "source": source, "error": error}
    return OutputLine(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n", error=kind,
                tokens_in=tokens_in, tokens_out=tokens_out)


def classify(e: BaseException) -> tuple[str, str]:
    """An error type and a message a person can act on."""
    text = str(e)
    if isinstance(e, InputError):
        kind = "binary" if "binary" in text else "undecodable" if "undecodable" in text else "input"
        return kind, text
    if isinstance(e, EndpointError):
        return f"endpoint_{e.kind}", text
    if isinstance(e, RetriesExhausted):
        return "validation", f"{text} (attempts={e.attempts}, tokens={e.usage})"
    if isinstance(e, UnsupportedFigures):
        return "unsupported_figures", text
    if isinstance(e, SummariserError):
        return "summariser", text
    return "internal", f"{type(e).__name__}: {text} (please report this with the input)"


def summary_line(r: DocumentSummary) -> OutputLine:
    """The output line of a summary: pydantic's JSON (compact, UTF-8), with a warning when empty."""
    line = r.model_dump_json()
    if not r.figures and not r.summary:
        line = line[:-1] + ',"warning":"no article text found after cleaning"}'
    p = r.provenance
    return OutputLine(line + "\n", None, p.cache_hits, p.tokens_in, p.tokens_out)


async def document_line(engine: Engine, doc_id: str, source: str, text: str | bytes) -> OutputLine:
    """One document's line from an engine: its summary, or an error record with the tokens its calls
    spent (whatever the error: a document rejected under --unsupported raise was paid for too); never raises."""
    with spending() as spent:
        try:
            return summary_line(await engine.summarise(Document(id=doc_id, text=text, source=source)))
        except Exception as e:  # noqa: BLE001 - one document's failure never stops the batch
            return error_line(doc_id, source, *classify(e), usage=_spent_by(e, spent))


def _spent_by(e: BaseException, counted: dict[str, int]) -> dict[str, int]:
    """The tokens a failed document spent: what the error says, else what its calls counted."""
    said = getattr(e, "usage", None) if isinstance(e, SummariserError) else None
    if isinstance(said, dict) and (said.get("tokens_in") or said.get("tokens_out")):
        return said
    return counted

