"""No memo outside the checker keyed on a document's text (issue 29): a document's reading is a value passed
along (numbers/source.read_source), and the one memo on texts is the checker's public boundary
(numbers/check.reading_of). Every module-level memo outside summariser/numbers is listed here with what it is
keyed on, so that a new one has to say so; the checker's own memos (short words, units, periods, claims) are
numbers/'s to answer for."""

from __future__ import annotations

import ast

from .conftest import ROOT

PACKAGE = ROOT / "summariser"

# module:function -> what the memo is keyed on (none of them a document, a paragraph or a sentence of one)
KEYED_ON = {
    "summariser/batch/inputs.py:_indexed": "a JSONL input's path, size and modification time",
    "summariser/batch/ray_data.py:record_schema": "nothing (built once)",
    "summariser/core/simplify.py:_t2s": "nothing (the OpenCC converter, built once)",
    "summariser/core/wire.py:marked_answer": "a chunk's mark codes (A, B, …)",
    "summariser/llm/prompts.py:load": "a prompt's name",
    "summariser/llm/prompts.py:Prompt.sha": "a prompt (cached_property)",
    "summariser/llm/prompts.py:Prompt.tag": "a prompt (cached_property)",
    "summariser/llm/reask.py:_limits": "a pydantic model class",
    "summariser/llm/schemas.py:compact_schema": "a pydantic model class",
    "summariser/llm/schemas.py:schema_digest": "a pydantic model class",
    "summariser/llm/schemas.py:skeleton": "a pydantic model class",
    "summariser/pipeline/model/cache.py:_key_settings": "a Settings",
    "summariser/pipeline/model/cache.py:code_version": "nothing (the package's source, read once)",
    "summariser/places/divisions.py:divisions": "nothing (the division table, read once)",
}
MEMOS = {"lru_cache", "cache", "cached_property"}


def _memo(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) else ""
    return name in MEMOS


def memos(source: str) -> list[str]:
    """The functions and methods of a module's `source` decorated as memos, as Class.name or name."""
    out = []
    tree = ast.parse(source)
    scopes: list[tuple[str, list[ast.stmt]]] = [("", tree.body)]
    while scopes:
        prefix, body = scopes.pop()
        for node in body:
            if isinstance(node, ast.ClassDef):
                scopes.append((f"{prefix}{node.name}.", node.body))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(map(_memo, node.decorator_list)):
                out.append(prefix + node.name)
    return out


def test_every_memo_outside_the_checker_is_listed_with_its_key() -> None:
    found = {f"{path.relative_to(ROOT).as_posix()}:{name}"
             for path in sorted(PACKAGE.rglob("*.py")) if "numbers" not in path.relative_to(PACKAGE).parts
             for name in memos(path.read_text(encoding="utf-8"))}
    assert sorted(found) == sorted(KEYED_ON)


def test_the_listing_finds_memos_however_written() -> None:
    source = ("import functools\nfrom functools import cache, lru_cache\n"
              "@lru_cache(maxsize=4)\ndef a(x): ...\n@functools.lru_cache\ndef b(x): ...\n@cache\ndef c(x): ...\n"
              "class K:\n    @functools.cached_property\n    def d(self): ...\n    def e(self): ...\n")
    assert sorted(memos(source)) == ["K.d", "a", "b", "c"]
