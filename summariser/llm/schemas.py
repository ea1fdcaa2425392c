"""JSON Schemas of the output and of the per-chunk extraction, exported to schemas/ (a test fails on drift)."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..core.models import DocumentSummary
from ..core.wire import ChunkExtraction, SummaryText

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

    schema: dict[str, Any] = strip(model.model_json_schema())
    for name, node in [(model.__name__, schema), *schema.get("$defs", {}).items()]:
        if name in FIELD_ORDER:
            _reorder(node, *FIELD_ORDER[name])
    return schema


FIELD_ORDER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ChunkFigure": (("quote", "period", "indicator", "value", "unit", "qualifier", "measure", "kind"),
                    ("period", "kind")),
    "MarkedFigure": (("number", "indicator", "period"), ("number", "indicator", "period")),
}
"""How a figure is written by a model that writes a schema's properties in order (llama.cpp's grammar
does): the quote first, copied from the text, then the period and the number read from it, so the
value, unit and period are read from what the model has just copied rather than recalled; the period and
the kind always written (null or "actual" a choice the model makes, not a key it skips). Names of the
objects in `$defs` -> (properties first, in this order; properties made required). A marked figure (the
entry of one mark) is written number first, copied from before the mark, then what it measures. The reply is still
read with the pydantic model, where the order of keys is free and every default stands."""


def _reorder(node: dict[str, Any], first: tuple[str, ...], required: tuple[str, ...]) -> None:
    properties = node.get("properties", {})
    node["properties"] = {**{k: properties[k] for k in first if k in properties},
                          **{k: v for k, v in properties.items() if k not in first}}
    need = [*node.get("required", []), *(k for k in required if k in properties)]
    node["required"] = [k for k in node["properties"] if k in need]


@lru_cache(maxsize=None)
def skeleton(model: type[BaseModel]) -> str:
    """A compact example of the object a model must return: the shape of the schema in a few hundred
    characters (enums as a|b|c, numbers as "number"), for prompts where the full schema would cost too
    many tokens. It holds no number: a small model copies the numbers of its prompt into its answer."""
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
        if t == "object" and not node.get("properties") and isinstance(node.get("additionalProperties"), dict):
            return {"A": walk(node["additionalProperties"])}  # an object keyed by marks (MarkedExtraction)
        if t == "object":
            return {k: walk(v) for k, v in node.get("properties", {}).items()}
        if t == "array":
            return [walk(node.get("items", {}))]
        if t in ("number", "integer"):
            return t  # the type's name, not a number a model could copy as an answer
        if t == "boolean":
            return True
        return ""

    return json.dumps(walk(schema), ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":  # python -m summariser.llm.schemas
    for p in export(Path(__file__).resolve().parents[2] / "schemas"):
        print(p)
