"""Reading a results file (report, check, export, eval): sources read safely, from any folder, once per
run; a damaged or hand-edited file is a message naming its file and line, never a traceback."""

from __future__ import annotations

import json
import pathlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser import InputError
from summariser.cli.main import main
from summariser.records.evaluate import evaluate, evaluate_files
from summariser.records.recheck import recheck_file
from summariser.records.report import report_file
from summariser.records.sources import Sources

from .conftest import ROOT

ARTICLE = ROOT / "examples" / "articles" / "xiangcheng_q3_industry.txt"
SECRET = "TOPSECRET-4242"


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def run_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A run made as a user makes one: from its folder, with relative paths (articles/x.txt in out.jsonl)."""
    work = tmp_path / "work"
    (work / "articles").mkdir(parents=True)
    shutil.copy(ARTICLE, work / "articles" / ARTICLE.name)
    monkeypatch.chdir(work)
    r = CliRunner().invoke(main, ["run", "articles", "-o", "out.jsonl"])
    assert r.exit_code == 0, r.output
    return work


def _records(run_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (run_dir / "out.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_recorded_source_is_relative_and_found_from_another_folder(run_dir: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (rec,) = _records(run_dir)
    assert not Path(rec["source"]).is_absolute()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the source is resolved against the results file's folder
    report_file(run_dir / "out.jsonl", elsewhere / "r.html")
    page = (elsewhere / "r.html").read_text(encoding="utf-8")
    assert "原文不可用" not in page and '<mark id="d0f0"' in page
    report = recheck_file(run_dir / "out.jsonl")
    assert report.missing == 0 and report.figures == len(rec["figures"])


def _planted(run_dir: Path, tmp_path: Path) -> dict[str, Path]:
    """Files a results file must not make report or check read, each holding SECRET."""
    outside = tmp_path / "outside" / "secret.txt"
    outside.parent.mkdir()
    hidden = run_dir / ".ssh" / "id.txt"
    hidden.parent.mkdir()
    no_suffix = run_dir / "credentials"
    for p in (outside, hidden, no_suffix):
        p.write_text(f"工业投资增长34%。{SECRET}", encoding="utf-8")
    link = run_dir / "articles" / "link.txt"
    link.symlink_to(outside)
    return {"absolute outside": outside, "relative outside": Path("..") / "outside" / "secret.txt",
            "hidden": Path(".ssh") / "id.txt", "not an input file": no_suffix, "a link to outside": link,
            "a JSONL outside": Path(f"{outside.with_suffix('.jsonl')}#a"), "system file": Path("/etc/passwd")}


def test_report_and_check_read_no_file_a_record_names_outside_the_input_folders(run_dir: Path,
                                                                                  tmp_path: Path) -> None:
    planted = _planted(run_dir, tmp_path)
    (tmp_path / "outside" / "secret.jsonl").write_text(json.dumps({"id": "a", "text": SECRET}) + "\n")
    (rec,) = _records(run_dir)
    evil = [dict(rec, doc_id=name, source=str(p)) for name, p in planted.items()]
    results = _write(run_dir / "evil.jsonl", evil)
    report_file(results, run_dir / "r.html")
    page = (run_dir / "r.html").read_text(encoding="utf-8")
    assert SECRET not in page and "root:" not in page
    assert page.count("原文不可用") == len(planted)
    report = recheck_file(results, run_dir / "rechecked.jsonl")
    assert report.missing == len(planted) and SECRET not in "\n".join(report.lines)
    assert all("not read" in x or "not found" in x for x in report.lines), report.lines
    assert SECRET not in (run_dir / "rechecked.jsonl").read_text(encoding="utf-8")


def test_the_rule_names_why_a_source_is_refused(run_dir: Path, tmp_path: Path) -> None:
    planted = _planted(run_dir, tmp_path)
    sources = Sources(run_dir / "out.jsonl")
    why = {name: sources.read(str(p)).why for name, p in planted.items() if name != "a JSONL outside"}
    assert "outside the results file's folder" in why["absolute outside"]
    assert "outside" in why["relative outside"] and "outside" in why["a link to outside"]
    assert "hidden" in why["hidden"] and "not an input file" in why["not an input file"]
    assert sources.read(f"articles/{ARTICLE.name}").raw is not None
    assert Sources(run_dir / "out.jsonl", roots=[tmp_path / "outside"]).read(str(planted["absolute outside"])).raw


def test_a_jsonl_input_is_read_once_per_run_not_once_per_record(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = ARTICLE.read_text(encoding="utf-8")
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n"
                                               for i in range(12)), encoding="utf-8")
    assert CliRunner().invoke(main, ["run", "in.jsonl", "-o", "out.jsonl"]).exit_code == 0
    reads: list[str] = []
    for name in ("read_bytes", "read_text"):
        real = getattr(pathlib.Path, name)

        def counted(self: Path, *a: Any, _real: Any = real, **k: Any) -> Any:
            if self.name == "in.jsonl":
                reads.append(str(self))
            return _real(self, *a, **k)

        monkeypatch.setattr(pathlib.Path, name, counted)
    report = recheck_file(tmp_path / "out.jsonl")
    assert report.documents == 12 and report.missing == 0 and len(reads) <= 1  # not 12
    reads.clear()
    report_file(tmp_path / "out.jsonl", tmp_path / "r.html")
    assert len(reads) <= 1
    assert (tmp_path / "r.html").read_text(encoding="utf-8").count('<div class="source"') == 12


def test_check_counts_the_fresh_verdicts_and_updates_the_records_counts(run_dir: Path) -> None:
    (rec,) = _records(run_dir)
    rec["checks"]["figures"] = {"unsupported": 99}  # stale counts
    rec["figures"][0]["check"]["status"] = "unconfirmed"
    results = _write(run_dir / "old.jsonl", [rec])
    report = recheck_file(results, run_dir / "new.jsonl")
    (fresh,) = _records_of(run_dir / "new.jsonl")
    statuses = [f["check"]["status"] for f in fresh["figures"]]
    assert fresh["checks"]["figures"] == {s: statuses.count(s) for s in set(statuses)}
    assert report.changed >= 1 and f"; now {statuses.count('supported')} supported" in report.summary


def _records_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


# ---- damaged results files: a message naming the file and line, exit 2


def _damaged(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Results files a person may hand the tools, and what the message must say."""
    good = json.dumps({"doc_id": "a", "figures": [], "checks": {"figures": {}}})
    files = {
        "not UTF-8": (good + "\n" + '{"doc_id": "caf\xe9"}\n').encode("latin-1"),
        "figures a string": (good + "\n" + json.dumps({"doc_id": "b", "figures": "oops"}) + "\n").encode(),
        "a value as text": (json.dumps({"doc_id": "c", "figures": [{"value": "many", "check": {}}]}) + "\n").encode(),
        "a span of three": (json.dumps({"doc_id": "d", "figures": [{"value": 1, "check": {"span": [1, 2, 3]}}]})
                            + "\n").encode(),
        "counts as text": (json.dumps({"doc_id": "e", "checks": {"figures": {"supported": "x"}}}) + "\n").encode(),
        "error a string": (json.dumps({"doc_id": "f", "error": "boom"}) + "\n").encode(),
    }
    says = {"not UTF-8": ":2 is not UTF-8", "figures a string": ":2 figures is a string, not a list",
            "a value as text": ":1 figures[0].value is a string, not an integer or a number",
            "a span of three": ":1 figures[0].check.span is [1, 2, 3]",
            "counts as text": ":1 checks.figures['supported'] is a string", "error a string": ":1 error is a string"}
    out = {}
    for n, (name, data) in enumerate(files.items()):
        p = tmp_path / f"bad{n}.jsonl"
        p.write_bytes(data)
        out[name] = (p, says[name])
    return out


@pytest.mark.parametrize("command", ["report", "check", "export"])
def test_a_damaged_results_file_is_a_message_naming_its_file_and_line(tmp_path: Path, command: str) -> None:
    for name, (path, says) in _damaged(tmp_path).items():
        extra = {"report": ["-o", str(tmp_path / "r.html")], "export": ["--to", str(tmp_path / "t"), "--format", "csv"],
                 "check": []}[command]
        r = CliRunner().invoke(main, [command, str(path), *extra])
        assert r.exit_code == 2, (name, r.output, r.exception)
        assert f"{path}{says}" in r.output, (name, r.output)


def test_eval_says_which_record_is_damaged() -> None:
    gold = [{"doc_id": "a", "figures": [{"value": 1, "unit": "家"}]}]
    with pytest.raises(InputError, match="predictions file, record 2: figures is a string"):
        evaluate(gold, [{"doc_id": "a", "figures": []}, {"doc_id": "b", "figures": "oops"}])
    with pytest.raises(InputError, match=r"gold file, record 1: figures\[0\] is not an object with a value and a unit"):
        evaluate([{"doc_id": "a", "figures": [{"quote": "x"}]}], [])
    with pytest.raises(InputError, match="predictions file, record 1: error is a string"):
        evaluate(gold, [{"doc_id": "a", "error": "boom"}])


def test_eval_files_name_the_file_and_line_of_a_damaged_record(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "a", "figures": [{"value": 1, "unit": "家"}]}) + "\n", encoding="utf-8")
    damaged = _damaged(tmp_path)
    for name in ("not UTF-8", "figures a string", "error a string"):
        path, says = damaged[name]
        with pytest.raises(InputError) as e:
            evaluate_files(gold, path)
        assert f"{path}{says}" in str(e.value)
    bad_gold = tmp_path / "bad_gold.jsonl"
    bad_gold.write_text("\n" + json.dumps({"doc_id": "a", "figures": [{"quote": "x"}]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad_gold.jsonl:2 figures\[0\] is not an object with a value and a unit"):
        evaluate_files(bad_gold, damaged["not UTF-8"][0])
    assert evaluate_files(gold, gold).recall == 1.0  # a readable pair is scored
