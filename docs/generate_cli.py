"""Writes docs/cli.md from the command's own --help (run from the project root: python docs/generate_cli.py).

tests/test_docs.py renders it again and fails when docs/cli.md differs: a command or option added
without regenerating the reference is caught there.
"""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from summariser.cli.main import main

HERE = Path(__file__).resolve().parent


def render() -> str:
    """The CLI reference: the group's help, then each command's, as --help prints them."""
    runner = CliRunner()
    out = ["# Command-line reference", "",
           "Generated from `summariser --help` by `python docs/generate_cli.py`; a test fails when it is stale.", ""]
    sections = [("summariser", [])] + [(f"summariser {name}", [name]) for name in sorted(main.commands)]
    for title, args in sections:
        result = runner.invoke(main, [*args, "--help"], prog_name="summariser", terminal_width=100)
        assert result.exit_code == 0, result.output
        out += [f"## `{title}`", "", "```text", result.output.rstrip(), "```", ""]
    return "\n".join(out)


def commands_and_options() -> dict[str, set[str]]:
    """Every command and its long options, for the test that no option goes undocumented."""
    found: dict[str, set[str]] = {}
    for name, cmd in main.commands.items():
        found[name] = {opt for p in cmd.params if isinstance(p, click.Option) for opt in p.opts if opt.startswith("--")}
    return found


if __name__ == "__main__":
    (HERE / "cli.md").write_text(render(), encoding="utf-8")
    print(HERE / "cli.md")
