"""The import-linter contracts in pyproject.toml bite: on a copy of the package with one violation
planted, the contract it violates is broken, and only that one, naming the planted import."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

LINT = Path(sys.executable).with_name("lint-imports")

# contract id -> (module of the copy, the import planted at its end, the import as lint-imports reports it,
# the other contracts the same import breaks: an upward import out of llm/ breaks the layers too)
PLANTS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    # (in text/, which llm/ does not reach, of assemble, which reaches neither engine: a core module planted, or
    # an engine's module imported, would break the llm or the engines contract as well)
    "layers": ("text/plain.py", "import summariser.pipeline.assemble",
               "summariser.text.plain -> summariser.pipeline.assemble", ()),
    "pure": ("feedback.py", "import tenacity", "summariser.feedback -> tenacity", ()),
    "llm": ("llm/reask.py", "import summariser.pipeline.assemble",
            "summariser.llm.reask -> summariser.pipeline.assemble", ("layers",)),
    "engines": ("pipeline/rules/engine.py", "import summariser.pipeline.model.merge",
                "summariser.pipeline.rules.engine -> summariser.pipeline.model.merge", ()),
    "openai": ("pipeline/model/cache.py", "import openai", "summariser.pipeline.model.cache -> openai", ()),
}


def _copy(to: Path) -> Path:
    """The package's modules and pyproject.toml under `to`: what lint-imports reads."""
    shutil.copytree(ROOT / "summariser", to / "summariser",
                    ignore=lambda folder, names: [n for n in names if n == "__pycache__"
                                                  or ("." in n and not n.endswith(".py"))])
    shutil.copy(ROOT / "pyproject.toml", to / "pyproject.toml")
    return to


def _lint(root: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    if not LINT.exists():
        pytest.skip("lint-imports (import-linter) is not installed")
    env = {**os.environ, "PYTHONPATH": str(root)}  # the copy, not the installed package
    args = [a for c in contracts for a in ("--contract", c)]
    return subprocess.run([str(LINT), "--no-cache", "--no-logo", *args, "pyproject.toml"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_every_contract_has_a_planted_violation() -> None:
    ids = re.findall(r'^id = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert sorted(ids) == sorted(PLANTS)


@pytest.mark.parametrize("contract", sorted(PLANTS))
def test_a_planted_violation_breaks_its_contract(tmp_path: Path, contract: str) -> None:
    root = _copy(tmp_path)
    module, line, reported, also = PLANTS[contract]
    assert _lint(root, contract).returncode == 0  # the copy as it is keeps the contract
    path = root / "summariser" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # planted\n", encoding="utf-8")
    alone = _lint(root, contract)
    assert alone.returncode != 0 and reported in alone.stdout, alone.stdout + alone.stderr
    every = _lint(root)
    broken = 1 + len(also)  # this contract, and only those named with it
    assert f"{len(PLANTS) - broken} kept, {broken} broken" in every.stdout, every.stdout
    for other in also:
        assert _lint(root, other).returncode != 0
