"""The public surface is small and pinned; pure modules import no network code."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest

import summariser
from summariser.pipeline.rules.engine import RulesEngine

from .conftest import ROOT


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


# What the model path imports (llm/client.py: openai with its aiohttp transport, httpx2, tenacity;
# pipeline/model/cache.py: diskcache), the other HTTP clients, instructor and Ray: the purity contract's list.
NETWORK = ("openai", "aiohttp", "httpx", "httpx2", "requests", "tenacity", "diskcache", "instructor", "ray")


def _loaded_by(code: str) -> list[str]:
    """The NETWORK modules, and the model-facing summariser.llm, that `code` loads in a fresh interpreter."""
    probe = (f"import sys\n{code}\nprint(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {NETWORK!r}"
             " or m == 'summariser.llm' or m.startswith('summariser.llm.'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


def test_pure_modules_import_no_network_code() -> None:
    assert _loaded_by(
        "import summariser, summariser.numbers.check, summariser.numbers.quantities, summariser.numbers.english,"
        " summariser.text.clean, summariser.text.chunk, summariser.pipeline.rules.engine, summariser.pipeline.figures,"
        " summariser.pipeline.model.merge, summariser.pipeline.model.marks, summariser.feedback, summariser.core.wire\n"
        "summariser.clean('全市增长8.5%'); summariser.check_figures('增长8.5%', [{'value': 8.5, 'unit': '%'}])") == []


def test_the_instructor_integration_loads_no_network_code() -> None:
    """It needs the checker only; the user's own client brings the HTTP stack."""
    assert _loaded_by("import summariser.integrations.instructor") == []
    # the probe sees what it looks for: the model path loads the HTTP stack and summariser.llm
    loaded = _loaded_by("import summariser.pipeline.model.engine")
    assert {"openai", "httpx2", "tenacity", "summariser.llm.client"} <= set(loaded), loaded


def test_the_purity_contract_forbids_what_the_runtime_check_looks_for() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pure = next(c for c in config["tool"]["importlinter"]["contracts"] if c["name"].startswith("Pure stages"))
    assert sorted(pure["forbidden_modules"]) == sorted([*NETWORK, "summariser.llm"])
    assert {"summariser.feedback", "summariser.integrations.instructor"} <= set(pure["source_modules"])


def test_verdicts_serialise_to_plain_json() -> None:
    v = summariser.check_figures("投资390亿元", [{"value": 390, "unit": "亿元"}])[0]
    assert v.model_dump(mode="json")["status"] == "supported"
    assert str(v.status) == "supported"


def test_asummarise_gives_what_summarise_gives_and_runs_offline_work_off_the_loop() -> None:
    import asyncio
    import threading

    texts = [(ROOT / "examples" / "articles" / n).read_text(encoding="utf-8")
             for n in ("xiangcheng_q3_industry.txt", "jingshan_trad_ruby.txt")]
    offline = summariser.Settings.from_env(env={})
    threads: set[int] = set()
    real = RulesEngine.summarise_now

    def spy(self: RulesEngine, document: summariser.Document) -> summariser.DocumentSummary:
        threads.add(threading.get_ident())
        return real(self, document)

    async def both() -> tuple[list[summariser.DocumentSummary], int]:
        loop_thread = threading.get_ident()
        got = await asyncio.gather(*(summariser.asummarise(t, settings=offline) for t in texts))
        return list(got), loop_thread

    RulesEngine.summarise_now = spy  # type: ignore[method-assign]
    try:
        got, loop_thread = asyncio.run(both())
    finally:
        RulesEngine.summarise_now = real  # type: ignore[method-assign]
    assert loop_thread not in threads and threads
    for r, t in zip(got, texts, strict=True):
        assert r.model_dump(exclude={"provenance"}) == summariser.summarise(t, settings=offline).model_dump(
            exclude={"provenance"})


@pytest.mark.parametrize("call, says", [
    (lambda: summariser.summarise(None), "takes the article as a str, bytes or Document"),
    (lambda: summariser.Document(id=123, text="x"), "id: Input should be a valid string"),
    (lambda: summariser.Document(text=None), "text=str or bytes"),
    (lambda: summariser.check_figures("增长8%", None), "takes a list of figures"),
    (lambda: summariser.check_figures("增长8%", {"value": 8, "unit": "%"}), "takes a list of figures"),
    (lambda: summariser.check_figures(None, [{"value": 8, "unit": "%"}]), "takes the source text as a str"),
    (lambda: summariser.check_figures("增长8%", [5]), "each figure is a Figure or a dict"),
    (lambda: summariser.check_text("增长8%", None), "takes the text to check"),
    (lambda: summariser.extract_quantities(None), "takes the text as a str"),
    (lambda: summariser.clean(None), "takes the raw article as a str or bytes"),
    (lambda: summariser.chunk_text(None), "takes a str or the CleanText"),
], ids=["summarise", "doc-id", "doc-text", "figures-none", "figures-dict", "source-none", "figure-int", "text-none",
        "quantities", "clean", "chunk"])
def test_a_wrong_argument_is_an_input_error_saying_what_to_pass(call: Any, says: str) -> None:
    with pytest.raises(summariser.InputError, match=re.escape(says)):
        call()
