"""Functions small enough to hold in one's head: none in the package at cyclomatic complexity 25 or more
(radon's count, which takes each `and`/`or` as a branch; the checker's heart is where they grow)."""

from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity")

PACKAGE = Path(__file__).resolve().parents[1] / "summariser"
LIMIT = 25


def too_complex(source: str) -> list[tuple[str, int]]:
    """The functions and methods of `source` at LIMIT or more, with their complexity."""
    return [(block.fullname, block.complexity) for block in radon_complexity.cc_visit(source)
            if block.complexity >= LIMIT]


def test_no_function_of_the_package_is_too_complex() -> None:
    found = {str(path.relative_to(PACKAGE)): too_complex(path.read_text(encoding="utf-8"))
             for path in sorted(PACKAGE.rglob("*.py"))}
    assert {path: blocks for path, blocks in found.items() if blocks} == {}


def test_a_function_with_many_branches_is_found() -> None:
    branches = "\n".join(f"    if x == {n} or y == {n}:\n        return {n}" for n in range(13))
    assert too_complex(f"def f(x, y):\n{branches}\n    return -1\n") == [("f", 27)]
