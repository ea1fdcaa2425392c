"""README starts with the two set-up commands, and CI runs the README's test command."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT


def _fenced(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, flags=re.S)]


def test_readme_starts_with_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text.split("\n## ", 1)[0]
    blocks = _fenced(head)
    assert len(blocks) == 2, blocks
    install, tests = blocks
    assert "pip install" in install and "examples/" in install
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = _fenced(text)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines(), (test_command, ci)


def test_python_examples_of_the_readme_and_docs_run(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    fence = re.compile(r"```python\n(.*?)```", re.S)
    blocks = [(p.name, code) for p in pages for code in fence.findall(p.read_text(encoding="utf-8"))
              if not code.startswith("# not run by the tests")]  # a cluster's or a bucket's, said so
    assert len(blocks) >= 4 and any(name == "README.md" for name, _ in blocks)
    for name, code in blocks:
        exec(compile(code, name, "exec"), {})  # raises if the documented API drifted
    out = capsys.readouterr().out
    assert "312.8亿元 -> 312.8億元" in out  # the output docs/library.md shows
    assert "100× larger" in out  # the README's check_figures line
