"""The exception tree drawn in core/errors.py's docstring is the classes' own."""

from __future__ import annotations

import importlib
import pkgutil
import re

import summariser
from summariser.core import errors
from summariser.core.errors import SummariserError


def _import_every_module() -> None:
    """Every module of the package, so that an exception defined anywhere is a subclass found."""
    for info in pkgutil.walk_packages(summariser.__path__, "summariser."):
        if info.name.endswith(".__main__"):
            continue  # runs the command
        try:
            importlib.import_module(info.name)
        except ImportError:  # a module of an extra that is not installed (ray)
            pass


def _drawn() -> set[tuple[str, str]]:
    """(parent, child) for every line of the drawn tree, parents found by indentation."""
    doc = errors.__doc__ or ""
    lines = [m for m in re.finditer(r"^ {4}([│ ]*)(?:[├└]── )?(\w+) ", doc, re.M)]
    assert lines, "no tree in core/errors.py's docstring"
    edges, stack = set(), []  # stack: (depth, name) of the open ancestors
    for m in lines:
        depth = len(m.group(1)) // 4 + (1 if "──" in m.group(0) else 0)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            edges.add((stack[-1][1], m.group(2)))
        stack.append((depth, m.group(2)))
    return edges


def _defined(root: type) -> set[tuple[str, str]]:
    """(parent, child) for every public subclass under `root`, at any depth."""
    edges = set()
    for sub in root.__subclasses__():
        if not sub.__name__.startswith("_") and sub.__module__.startswith("summariser"):
            edges |= {(root.__name__, sub.__name__)} | _defined(sub)
    return edges


def test_the_drawn_tree_is_the_class_tree() -> None:
    _import_every_module()
    assert _drawn() == _defined(SummariserError)
