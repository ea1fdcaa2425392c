"""summariser.records: the library under eval, report, export and check raises the library's errors and
needs no command-line code; the command turns those errors into messages and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summariser import ConfigError, InputError
from summariser.records import evaluate_files, export_file, recheck_file, records_file, report_file

from .conftest import ROOT

_RECORD = {"doc_id": "a", "title": "一季度规上工业增加值增长6.5%", "published": "2024-04-20", "period": "一季度",
           "figures": [{"indicator": "规上工业增加值", "value": 6.5, "unit": "%", "period": "一季度",
                        "quote": "增长6.5%", "check": {"status": "supported", "span": [0, 6]}}]}


def test_importing_it_loads_no_command_line_code() -> None:
    code = "import sys, summariser.records; print(sorted(m for m in ('click', 'summariser.cli') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_a_damaged_results_file_raises_input_error_naming_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "out.jsonl"
    bad.write_text(json.dumps(_RECORD, ensure_ascii=False) + "\n" + json.dumps({**_RECORD, "figures": "6.5%"}) + "\n",
                   encoding="utf-8")
    for call in (lambda: export_file(bad, tmp_path / "t", "csv"), lambda: report_file(bad, tmp_path / "r.html"),
                 lambda: recheck_file(bad), lambda: evaluate_files(bad, bad)):
        with pytest.raises(InputError, match=r"out\.jsonl:2 figures is (a string|not a list)"):
            call()
    assert not (tmp_path / "t").exists() and not (tmp_path / "r.html").exists()  # refused before writing


def test_a_folder_without_a_runs_records_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="records.jsonl"):
        export_file(tmp_path, tmp_path / "t")
    (tmp_path / "records.jsonl").write_text(json.dumps(_RECORD) + "\n", encoding="utf-8")
    assert records_file(tmp_path) == tmp_path / "records.jsonl"
    assert export_file(tmp_path, tmp_path / "t", "csv") == {"articles": 1, "figures": 1}
