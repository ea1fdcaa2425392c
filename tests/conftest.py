"""Shared fixtures: the ../shared gold (skipped cleanly when absent) and an isolated environment."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_script(path: Path) -> ModuleType:
    """A script that is no module of the package (benchmarks/, docs/), loaded from its file for a test."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's endpoint, key, mode, cache or any other setting of theirs. The model-path
    tests script a model that writes its figures (free extraction); marked extraction, the default, has its
    own (test_marks.py, the marked cassette), which set it."""
    for var in list(os.environ):
        if var.startswith(("SUMMARISER_", "OPENAI_")):
            monkeypatch.delenv(var)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SUMMARISER_EXTRACT", "free")


def shared_jsonl(rel: str) -> list[dict[str, Any]]:
    """Rows of a JSONL file under ../shared, or skip the test when the folder is absent."""
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"{p} not present (the ../shared folder is optional)")
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
