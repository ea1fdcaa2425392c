"""The package's layout: no import cycle at any depth, no import hidden inside a function, and no function handed
to the model-facing layer."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "summariser"
# Imports inside functions that are there for start-up time, not to hide a cycle.
LAZY = {
    ("summariser.pipeline.engines", "_model_engine"),  # the HTTP stack loads only when a model is used
    ("summariser.text.html", "_main_content"),  # trafilatura and lxml load only for HTML input
    ("summariser.cli.main", "_run_on_ray"),  # Ray is an extra, loaded only for --runner ray
    ("summariser.records.export", "_write_parquet"),  # pyarrow is an extra, loaded only for Parquet
}


def _modules() -> dict[str, ast.Module]:
    out = {}
    for p in PACKAGE.rglob("*.py"):
        rel = p.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        out[".".join(parts)] = ast.parse(p.read_text(encoding="utf-8"))
    return out


def _targets(name: str, is_package: bool, node: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in known}
    base = name.split(".")
    if node.level:
        base = base[: len(base) - node.level + (1 if is_package else 0)]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    return {t for t in [module, *(f"{module}.{a.name}" for a in node.names)] if t in known}


def test_no_import_cycle_at_any_depth() -> None:
    mods = _modules()
    known = set(mods)
    graph: dict[str, set[str]] = {}
    for name, tree in mods.items():
        is_package = (PACKAGE / Path(*name.split(".")[1:]) / "__init__.py").exists() if "." in name else True
        graph[name] = {t for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                       for t in _targets(name, is_package, node, known)
                       if t != name and not name.startswith(t + ".") and t != "summariser"}
    cycles = []
    for start in graph:  # a path from a module back to itself
        seen: set[str] = set()
        stack = list(graph[start])
        while stack:
            m = stack.pop()
            if m == start:
                cycles.append(start)
                break
            if m not in seen:
                seen.add(m)
                stack.extend(graph[m])
    assert cycles == []


def test_no_import_inside_a_function_but_the_named_lazy_ones() -> None:
    found = set()
    for name, tree in _modules().items():
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(fn)):
                    found.add((name, fn.name))
    assert found == LAZY


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    # (pyproject lists packages by name: a subpackage missing there installs without its modules, and only a
    # non-editable install, as CI's, finds out)
    block = re.search(r"^packages = \[(.*?)\]", (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.S | re.M)
    assert block is not None
    listed = set(re.findall(r'"([\w.]+)"', block.group(1)))  # (tomllib is 3.11's; the package supports 3.10)
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)


# Packages split by concern (issue 29): each module says its concern, and the package's __init__.py only re-exports.
SPLIT = ("summariser.numbers.judge", "summariser.numbers.attribution")


def test_a_package_split_by_concern_says_each_concern_and_only_re_exports() -> None:
    mods = _modules()
    for package in SPLIT:
        members = [name for name in mods if name.startswith(package + ".")]
        assert len(members) > 1, package
        for name in [package, *members]:
            assert ast.get_docstring(mods[name]), f"{name} says no concern"
        init = mods[package].body
        kept = [n for n in init[1:] if not isinstance(n, ast.ImportFrom)
                and not (isinstance(n, ast.Assign) and [getattr(t, "id", "") for t in n.targets] == ["__all__"])]
        assert kept == [], f"{package}/__init__.py defines more than its re-exports"
        exported = {a.asname or a.name for n in init if isinstance(n, ast.ImportFrom) and n.level
                    for a in n.names}
        listed = next(n for n in init if isinstance(n, ast.Assign))
        assert exported == set(ast.literal_eval(listed.value)), package


# The model-facing layer is handed values, never a function of its callers' (issue 29: no callback from llm/ into
# pipeline/, which the import contracts cannot see: a function passed in is no import).
FUNCTION_TYPES = re.compile(r"\b(Callable|Awaitable|Coroutine)\b")


def functions_taken(source: str) -> list[str]:
    """The public functions and methods of `source` with a parameter annotated as a function or an awaitable,
    directly, by a module-level alias (Validator = Callable[...]) or by a class of the module that is called
    (a Protocol with __call__)."""
    tree = ast.parse(source)
    kinds = FUNCTION_TYPES
    for node in tree.body:  # (in order: an alias may name an earlier one)
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names = [t.id for t in targets if isinstance(t, ast.Name)] if value is not None \
            and kinds.search(ast.unparse(value)) else []
        if isinstance(node, ast.ClassDef) and any(getattr(n, "name", "") == "__call__" for n in node.body):
            names = [node.name]
        if names:
            kinds = re.compile("|".join([kinds.pattern, *(rf"\b{n}\b" for n in names)]))
    out = []
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and not fn.name.startswith("_"):
            a = fn.args
            params = [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, (a.vararg, a.kwarg))]
            out += [f"{fn.name}({p.arg})" for p in params
                    if p.annotation is not None and kinds.search(ast.unparse(p.annotation))]
    return out


def test_the_model_facing_layer_takes_no_function_from_its_callers() -> None:
    found = {p.name: functions_taken(p.read_text(encoding="utf-8")) for p in sorted((PACKAGE / "llm").glob("*.py"))}
    assert {name: taken for name, taken in found.items() if taken} == {}
    planted = ("Validator = Callable[[Any], list[str]]\nMaybe = Optional[Validator]\n"
               "class Offload(Protocol):\n    async def __call__(self, fn: Any) -> Any: ...\n"
               "async def amend(answer: Answer, validate: Maybe, *, offload: Offload, wait: Awaitable[int]): ...")
    assert functions_taken(planted) == ["amend(validate)", "amend(offload)", "amend(wait)"]
