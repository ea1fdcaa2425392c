"""No module of the package binds one top-level name twice: the later binding silently replaces the earlier for
every function of the module, the earlier's readers included (two `_LIST_VERB` patterns once did so)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "summariser"


def bound_twice(source: str) -> list[str]:
    """The names `source` binds more than once at its top level (assignments, functions, classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {str(path.relative_to(PACKAGE)): bound_twice(path.read_text(encoding="utf-8"))
             for path in sorted(PACKAGE.rglob("*.py"))}
    assert {path: names for path, names in found.items() if names} == {}


def test_a_name_bound_twice_is_found() -> None:
    source = 'import re\n_A = re.compile("a")\n\n\ndef f() -> None:\n    pass\n\n\n_A = re.compile("b")\n'
    assert bound_twice(source) == ["_A"]
    assert bound_twice("x: int = 1\ny = 2\n") == []
