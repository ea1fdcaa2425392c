"""summariser report: a self-contained page, highlighted spans, clicking a row opens and scrolls to it."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.cli.main import main
from summariser.cli.report import render

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    out = tmp_path_factory.mktemp("r") / "out.jsonl"
    CliRunner().invoke(main, ["run", str(ROOT / "examples" / "articles"), str(ROOT / "examples" / "html"),
                              "/nonexistent.txt", "-o", str(out)])
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def test_page_is_self_contained(records: list[dict[str, Any]]) -> None:
    page = render(records)
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # no network, no CDN
    assert "<link" not in page and "<script src" not in page


def test_every_figure_with_a_span_is_highlighted_with_its_verdict(records: list[dict[str, Any]]) -> None:
    page = render(records)
    for n, rec in enumerate(records):
        for i, f in enumerate(rec.get("figures", [])):
            m = re.search(rf'<mark id="d{n}f{i}" class="(\w+)">(.*?)</mark>', page)
            assert m, (rec["doc_id"], f)
            assert m.group(1) == f["check"]["status"]
            assert m.group(2).replace(" ", "") in f["quote"].replace(" ", "") or f["quote"] in m.group(2)
            assert f"go('d{n}f{i}')" in page  # the row that scrolls to it


def test_errors_and_removed_noise_are_shown(records: list[dict[str, Any]]) -> None:
    page = render(records)
    assert "not_found" in page and "removed by cleaning" in page and "ICP" in page  # folded, not lost


def test_hundreds_of_documents_stay_folded(records: list[dict[str, Any]]) -> None:
    many = [dict(r, doc_id=f"{r['doc_id']}#{k}") for k in range(80) for r in records]
    page = render(many)
    assert page.count('<details class="doc"') == len(many) == 400
    assert page.count('<details class="doc" id="doc0" open>') == 1 and page.count(" open>") == 1


def test_cli_writes_the_page(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    src = tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    r = CliRunner().invoke(main, ["report", str(src), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 0 and (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package chromium)")
def test_in_chromium_a_row_click_opens_the_document_and_marks_its_span(tmp_path: Path,
                                                                       records: list[dict[str, Any]]) -> None:
    html = tmp_path / "r.html"
    html.write_text(render(records), encoding="utf-8")
    n = len(records) - 2  # a folded document
    cmd = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'u1'}", "--virtual-time-budget=500", "--dump-dom",
           f"{html.as_uri()}#go=d{n}f1"]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    assert re.search(rf'<details class="doc" id="doc{n}"[^>]*\bopen\b', dom), "the row's document was not opened"
    assert re.search(rf'<mark id="d{n}f1" class="\w+ flash"', dom), "the span was not marked"


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package chromium)")
def test_screenshot(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    html = tmp_path / "r.html"
    html.write_text(render(records), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'u2'}", "--window-size=1280,1400",
                    f"--screenshot={shot}", html.as_uri()], capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 1400) and len(data) > 50_000  # a rendered page, not a blank one


def test_a_misattributed_figure_has_its_own_colour_and_both_sides(records: list[dict[str, Any]]) -> None:
    rec = json.loads(json.dumps(next(r for r in records if r.get("figures"))))
    f = rec["figures"][0]
    f["check"]["status"] = "misattributed"
    f["check"]["reason"] = "source gives 25%以上 to 工业投资增长 (一季度, target): claims it as actual."
    rec["checks"]["figures"] = {"misattributed": 1}
    page = render([rec])
    css = re.search(r"mark\.misattributed\{background:(#\w+)\}", page)
    assert css and css.group(1) not in re.findall(r"mark\.(?:supported|unsupported,mark\.not_a_quantity)"
                                                  r"\{background:(#\w+)\}", page)
    assert 'class="misattributed"' in page and 'b-misattributed' in page
    assert "source gives 25%以上 to 工业投资增长 (一季度, target): claims it as actual." in page


def test_the_region_is_shown_with_its_code(records: list[dict[str, Any]]) -> None:
    page = render(records)
    assert "湖北省 襄阳市 襄城区 (420602)" in page
