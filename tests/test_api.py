"""The public surface is small and pinned; pure modules import no network code."""

from __future__ import annotations

import subprocess
import sys

import summariser


def test_public_names_are_pinned() -> None:
    assert summariser.__all__ == [
        "CheckStatus",
        "Chunk",
        "CleanText",
        "ConfigError",
        "Document",
        "DocumentSummary",
        "EndpointError",
        "Figure",
        "FigureCheck",
        "InputError",
        "NumberCheck",
        "Quantity",
        "Removal",
        "RetriesExhausted",
        "Section",
        "Settings",
        "SummariserError",
        "UnsupportedFigures",
        "asummarise",
        "check_figures",
        "check_text",
        "chunk_text",
        "clean",
        "extract_quantities",
        "summarise",
    ]
    for name in summariser.__all__:
        assert getattr(summariser, name).__module__.startswith("summariser")


def test_pure_modules_import_no_network_code() -> None:
    code = (
        "import sys, summariser, summariser.numbers.check, summariser.numbers.quantities, summariser.numbers.english,"
        " summariser.text.clean, summariser.text.chunk, summariser.pipeline.merge, summariser.pipeline.rules;"
        " summariser.clean('全市增长8.5%'); summariser.check_figures('增长8.5%', [{'value': 8.5, 'unit': '%'}]);"
        "bad = [m for m in ('openai', 'instructor', 'httpx', 'requests', 'diskcache') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_verdicts_serialise_to_plain_json() -> None:
    v = summariser.check_figures("投资390亿元", [{"value": 390, "unit": "亿元"}])[0]
    assert v.model_dump(mode="json")["status"] == "supported"
    assert str(v.status) == "supported"
