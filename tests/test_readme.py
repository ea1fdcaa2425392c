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


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {})  # raises if the documented API drifted
    out = capsys.readouterr().out
    assert "312.8亿元 -> 312.8億元" in out  # the output the README shows
