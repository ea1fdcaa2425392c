"""`summariser run --runner local|ray`, and `--engine`, its old name, kept for a release with a warning."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from summariser.cli.main import main

from .conftest import ROOT

ARTICLES = str(ROOT / "examples" / "articles")


def _ids(path: Path) -> list[str]:
    return [json.loads(x)["doc_id"] for x in path.read_text(encoding="utf-8").splitlines()]


def test_runner_local_runs_here_without_a_warning(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["run", "--runner", "local", ARTICLES, "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 0, r.output
    assert "is deprecated" not in r.stderr
    assert len(_ids(tmp_path / "out.jsonl")) == 3


def test_engine_is_a_deprecated_alias_that_still_runs_and_warns_on_stderr(tmp_path: Path) -> None:
    old = CliRunner().invoke(main, ["run", "--engine", "local", ARTICLES, "-o", str(tmp_path / "old.jsonl")])
    assert old.exit_code == 0, old.output
    assert "warning: --engine local is deprecated" in old.stderr and "use --runner local" in old.stderr
    assert "is deprecated" not in old.stdout
    new = CliRunner().invoke(main, ["run", ARTICLES, "-o", str(tmp_path / "new.jsonl")])
    assert new.exit_code == 0 and "is deprecated" not in new.stderr
    assert _ids(tmp_path / "old.jsonl") == _ids(tmp_path / "new.jsonl")


def test_engine_ray_still_selects_ray() -> None:
    """Stopped before Ray starts: the ray runner's own usage error, so --engine ray meant --runner ray."""
    r = CliRunner().invoke(main, ["run", "--engine", "ray", ARTICLES])
    assert r.exit_code == 2 and "--runner ray writes a folder: pass -o OUT_DIR" in r.stderr
    assert "--engine ray is deprecated" in r.stderr


def test_runner_and_engine_that_disagree_are_a_usage_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["run", "--runner", "local", "--engine", "ray", ARTICLES,
                                  "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 2 and "--runner local and --engine ray disagree" in r.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_engine_takes_only_runner_names() -> None:
    """`Settings.engine` (auto, rules, llm) is SUMMARISER_ENGINE: the option never took those values."""
    r = CliRunner().invoke(main, ["run", "--engine", "rules", ARTICLES])
    assert r.exit_code == 2 and "'rules' is not one of 'local', 'ray'" in r.output
