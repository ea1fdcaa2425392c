"""The reference in docs/ stays true: the CLI page is the command's own help, and every setting,
verdict and module is documented."""

from __future__ import annotations

import re
from dataclasses import fields
from types import ModuleType

from summariser import CheckStatus, Settings

from .conftest import ROOT, load_script

DOCS = ROOT / "docs"


def _generator() -> ModuleType:
    return load_script(DOCS / "generate_cli.py")


def test_the_cli_reference_is_the_commands_own_help() -> None:
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == _generator().render(), \
        "docs/cli.md is stale: run python docs/generate_cli.py"


def test_every_command_and_option_is_in_the_cli_reference() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for command, options in _generator().commands_and_options().items():
        assert f"## `summariser {command}`" in text
        section = text.split(f"## `summariser {command}`", 1)[1].split("\n## ", 1)[0]
        for opt in options:
            assert opt in section, f"summariser {command} {opt} is not documented"


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for f in fields(Settings):
        if not f.name.startswith("_"):
            assert f"`{f.name}`" in text, f"setting {f.name} is missing from docs/settings.md"
    for variables in Settings._ENV.values():
        for var in variables:
            assert var in text, f"{var} is missing from docs/settings.md"


def test_every_verdict_is_documented() -> None:
    text = (DOCS / "verdicts.md").read_text(encoding="utf-8")
    for status in CheckStatus:
        assert f"`{status.value}`" in text


def test_every_module_is_in_the_architecture_tree() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    tree = text.split("## The tree", 1)[1]
    for path in sorted((ROOT / "summariser").rglob("*.py")):
        if path.name == "__init__.py" and path.parent.name != "summariser":
            continue
        folder = path.parent.relative_to(ROOT / "summariser").as_posix()
        assert re.search(rf"\b{re.escape(path.name)}\b", tree), f"{path} is missing from docs/architecture.md"
        if folder != ".":
            assert f"{folder}/" in tree
