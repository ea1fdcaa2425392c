"""Shared fixtures: the ../shared gold (skipped cleanly when absent) and an isolated environment."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's endpoint, key or cache."""
    for var in ("SUMMARISER_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "SUMMARISER_MODEL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))


def shared_jsonl(rel: str) -> list[dict[str, Any]]:
    """Rows of a JSONL file under ../shared, or skip the test when the folder is absent."""
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"{p} not present (the ../shared folder is optional)")
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
