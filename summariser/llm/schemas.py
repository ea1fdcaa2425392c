"""JSON Schemas of the output and of the per-chunk extraction, exported to schemas/ (a test fails on drift)."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..core.models import ChunkExtraction, DocumentSummary, SummaryText

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


@lru_cache(maxsize=None)
def schema_digest(model: type[BaseModel]) -> str:
    """A digest of the compact schema, for cache keys (memoised: serialising it costs more than the key)."""
    blob = json.dumps(compact_schema(model), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def compact_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The schema sent to a model: no titles or descriptions (they cost tokens and add nothing).
    Memoised: pydantic builds a schema in milliseconds, and every call and cache key needs it."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (props(v) if k in ("properties", "$defs") else strip(v)) for k, v in node.items()
                    if k not in ("title", "description")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    def props(mapping: dict[str, Any]) -> dict[str, Any]:  # names of properties are kept, whatever they are
        return {name: strip(v) for name, v in mapping.items()}

    return strip(model.model_json_schema())  # type: ignore[no-any-return]


@lru_cache(maxsize=None)
def skeleton(model: type[BaseModel]) -> str:
    """A compact example of the object a model must return: the shape of the schema in a few hundred
    characters (enums as a|b|c), for prompts where the full schema would cost too many tokens."""
    schema = compact_schema(model)
    defs = schema.get("$defs", {})

    def walk(node: dict[str, Any]) -> Any:
        if "$ref" in node:
            return walk(defs[node["$ref"].split("/")[-1]])
        if "anyOf" in node:
            kinds = [n for n in node["anyOf"] if n.get("type") != "null"]
            return walk(kinds[0]) if kinds else None
        if "enum" in node:
            return "|".join(map(str, node["enum"]))
        t = node.get("type")
        if t == "object":
            return {k: walk(v) for k, v in node.get("properties", {}).items()}
        if t == "array":
            return [walk(node.get("items", {}))]
        if t in ("number", "integer"):
            return 0
        if t == "boolean":
            return True
        return ""

    return json.dumps(walk(schema), ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":  # python -m summariser.llm.schemas
    for p in export(Path(__file__).resolve().parents[2] / "schemas"):
        print(p)
