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

from summariser import CheckStatus
from summariser.cli.main import main
from summariser.records.report import render

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
    assert "not_found" in page and "清洗时删除的内容" in page and "ICP" in page  # folded, not lost
    assert "removed by cleaning" in render(records, lang="en")


def test_hundreds_of_documents_stay_folded(records: list[dict[str, Any]]) -> None:
    many = [dict(r, doc_id=f"{r['doc_id']}#{k}") for k in range(80) for r in records]
    page = render(many)
    assert page.count('<details class="doc"') == len(many) == 400
    assert len(re.findall(r'<details class="doc" id="doc0"[^>]* open>', page)) == 1 and page.count(" open>") == 1


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


def _one(records: list[dict[str, Any]], status: str, reason: str = "") -> dict[str, Any]:
    """The first record with figures, its first figure given `status`."""
    rec: dict[str, Any] = json.loads(json.dumps(next(r for r in records if r.get("figures"))))
    f = rec["figures"][0]
    f["check"]["status"] = status
    f["check"]["reason"] = reason or f["check"]["reason"]
    rec["checks"]["figures"] = {status: 1, "supported": len(rec["figures"]) - 1}
    return rec


def test_each_verdict_has_its_own_colour_and_a_legend_entry(records: list[dict[str, Any]]) -> None:
    page = render(records)
    colours = dict(re.findall(r"mark\.(\w+)\{background:(#\w+)\}", page))
    verdicts = [s.value for s in CheckStatus]
    assert set(verdicts) <= set(colours)
    assert len({colours[v] for v in verdicts}) == len(verdicts)  # unsupported and not_a_quantity differ too
    legend = page.split('<ul class="legend"', 1)[1].split("</ul>", 1)[0]
    for v in verdicts:
        assert f'class="badge b-{v}" title="{v}"' in legend
    assert "待核实" in legend and "请人工核对" in legend  # its own words, in Chinese


def test_a_misattributed_figure_has_its_own_colour_and_both_sides(records: list[dict[str, Any]]) -> None:
    reason = "source gives 25%以上 to 工业投资增长 (一季度, target): claims it as actual."
    page = render([_one(records, "misattributed", reason)])
    assert 'class="misattributed"' in page and 'b-misattributed' in page and reason in page


def test_an_unconfirmed_figure_is_marked_for_review_in_its_colour(records: list[dict[str, Any]]) -> None:
    rec = _one(records, "unconfirmed", "source gives 86亿元 in a list whose members could not be aligned.")
    page = render([rec])
    assert re.search(r'<mark id="d0f0" class="unconfirmed">', page)
    assert 'data-status="unconfirmed"' in page and "a list whose members could not be aligned" in page
    assert re.search(r'<span class="badge b-unconfirmed" title="unconfirmed">待核实</span>1', page)  # counted apart
    untrusted = [f for f in rec["figures"] if f["check"]["status"] not in ("supported", "derived")]
    assert untrusted and f'id="doc0" data-problems="{len(untrusted)}"' in page  # shown by "problems only"


def test_unconfirmed_headline_numbers_are_shown_apart_from_failing_ones(records: list[dict[str, Any]]) -> None:
    rec = json.loads(json.dumps(next(r for r in records if r.get("figures"))))
    rec["checks"]["unconfirmed_in_text"] = [{"status": "unconfirmed", "reason": "?", "raw": "21.3%",
                                             "text_span": [0, 5]}]
    page = render([rec])
    assert "标题或摘要中待核实的数字: 21.3%" in page and "无据或错配" not in page


def test_every_string_of_a_results_file_is_escaped(records: list[dict[str, Any]]) -> None:
    evil = '"><img src=x onerror=alert(1)>'
    rec = json.loads(json.dumps(next(r for r in records if r.get("figures"))))
    rec.update(doc_id=evil, title=evil, headline=evil, summary=evil, publisher=evil, published=evil)
    rec["checks"] = {"figures": {evil: evil}, "unsupported_in_text": [{"raw": evil}],
                     "unconfirmed_in_text": [{"raw": evil}]}
    f = rec["figures"][0]
    f.update(indicator=evil, unit=evil, kind=evil, period=evil, qualifier=evil, value=evil)
    f["check"].update(status=evil, reason=evil)
    err = {"doc_id": evil, "source": evil, "error": {"type": evil, "message": evil}}
    page = render([rec, err])
    assert "<img" not in page and "onerror=alert(1)>" not in page
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") >= 15


def test_the_page_reads_in_chinese_with_a_cjk_font_stack_or_in_the_summaries_language(
        records: list[dict[str, Any]]) -> None:
    page = render(records)
    assert page.startswith('<!DOCTYPE html><html lang="zh-Hans">')
    assert '"Noto Sans CJK SC"' in page and "sans-serif" in page and "<th>指标</th>" in page
    english = [dict(r, summary_language="en") for r in records]
    page = render(english)
    assert '<html lang="en">' in page and "<th>indicator</th>" in page
    assert '<div class="source" lang="zh-Hans">' in page  # the source stays Chinese


def test_the_filters_are_on_the_page_and_rows_carry_what_they_filter_on(records: list[dict[str, Any]]) -> None:
    page = render(records)
    assert 'id="f-problems"' in page and "只看问题" in page
    kinds = re.search(r'<select id="f-kind".*?</select>', page)
    assert kinds and all(f'value="{k}"' in kinds.group(0) for k in ("actual", "target", "forecast", "threshold"))
    rows = re.findall(r'<tr class="fig" data-status="(\w+)" data-kind="(\w*)"', page)
    assert len(rows) == sum(len(r.get("figures", [])) for r in records)
    assert all(int(x) >= 0 for x in re.findall(r'data-problems="(\d+)"', page))


NODE = shutil.which("node")
_DOM = """
function el(a){var e={hidden:false,attrs:a,getAttribute:function(k){return this.attrs[k]}};return e;}
var rows=[el({'data-status':'supported','data-kind':'actual'}),el({'data-status':'unconfirmed','data-kind':'target'}),
          el({'data-status':'unsupported','data-kind':'actual'}),el({'data-status':'derived','data-kind':'target'})];
var docs=[el({'data-problems':'0'}),el({'data-problems':'2'})];
var controls={'f-problems':{checked:false},'f-kind':{value:''},'f-status':{value:''}};
var document={getElementById:function(i){return controls[i]},
  querySelectorAll:function(q){return q==='tr.fig'?rows:q==='[data-problems]'?docs:[]}};
var window={addEventListener:function(){}},location={hash:''};
"""


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed (Debian package nodejs)")
def test_the_filters_hide_trusted_rows_and_other_kinds(records: list[dict[str, Any]]) -> None:
    script = re.search(r"<script>(.*?)</script>", render(records), re.S)
    assert script
    run = _DOM + script.group(1) + """
function shown(){return rows.map(function(r){return r.hidden?0:1}).join('')+'/'+
  docs.map(function(r){return r.hidden?0:1}).join('');}
var out=[];filt();out.push(shown());
controls['f-problems'].checked=true;filt();out.push(shown());
controls['f-kind'].value='target';filt();out.push(shown());
controls['f-problems'].checked=false;controls['f-status'].value='derived';filt();out.push(shown());
console.log(out.join(' '));
"""
    got = subprocess.run([str(NODE), "-e", run], capture_output=True, text=True, timeout=60)
    assert got.stdout.split() == ["1111/11", "0110/01", "0100/01", "0001/11"], got.stderr


def test_the_region_is_shown_with_its_code(records: list[dict[str, Any]]) -> None:
    page = render(records)
    assert "湖北省 襄阳市 襄城区 (420602)" in page
