"""JSON Schemas of the output and of the per-chunk extraction, exported to schemas/ (a test fails on drift)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ._models import ChunkExtraction, DocumentSummary, SummaryText

SCHEMAS: dict[str, type[BaseModel]] = {
    "document_summary.schema.json": DocumentSummary,
    "chunk_extraction.schema.json": ChunkExtraction,
    "summary_text.schema.json": SummaryText,
}


def schema_json(model: type[BaseModel]) -> str:
    """The schema as it is written to schemas/: stable key order, Chinese kept as is."""
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export(folder: Path) -> list[Path]:
    """Write every schema into `folder`; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, model in SCHEMAS.items():
        p = folder / name
        p.write_text(schema_json(model), encoding="utf-8")
        out.append(p)
    return out


def compact_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The schema sent to a model: no titles or descriptions (they cost tokens and add nothing)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in ("title", "description")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip(model.model_json_schema())  # type: ignore[no-any-return]


if __name__ == "__main__":  # python -m summariser._schemas
    for p in export(Path(__file__).resolve().parent.parent / "schemas"):
        print(p)
