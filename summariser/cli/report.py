"""`summariser report`: one self-contained HTML page (no network, no CDN) a person reads.

Per document: metadata, headline and summary, a table of figures with their verdicts, and the
cleaned source with each figure's span highlighted in its verdict's colour; clicking a row scrolls
to the span. What cleaning removed is shown folded. Documents are folded too, so a page of a few
hundred stays light; a table of contents at the top lists them with their counts.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from ..batch.inputs import read_source
from ..batch.jsonl import read_records
from ..numbers.units import number_text
from ..text.clean import clean

_CSS = """
body{font:15px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1d2327;background:#f6f7f7}
header{background:#1d2327;color:#fff;padding:14px 24px}header h1{font-size:19px;margin:0}
main{max-width:1180px;margin:0 auto;padding:16px 24px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #dcdcde;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f0f0f1;font-weight:600}tr.fig{cursor:pointer}tr.fig:hover{background:#f0f6fc}
details.doc{background:#fff;border:1px solid #dcdcde;border-radius:6px;margin:12px 0;padding:4px 14px}
details.doc>summary{cursor:pointer;font-weight:600;padding:8px 0}
.meta{color:#50575e;font-size:13px}.headline{font-size:17px;font-weight:600;margin:8px 0 2px}
.source{white-space:pre-wrap;background:#fcfcfc;border:1px solid #dcdcde;padding:10px;max-height:420px;overflow:auto}
mark{border-radius:3px;padding:0 1px}mark.supported{background:#c6f0c9}mark.derived{background:#cfe3ff}
mark.unsupported,mark.not_a_quantity{background:#ffc9c9}mark.misattributed{background:#ffd8a8}
mark.flash{outline:3px solid #f0b849}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;margin-right:4px}
.b-supported{background:#c6f0c9}.b-derived{background:#cfe3ff}.b-unsupported,.b-not_a_quantity{background:#ffc9c9}
.b-misattributed{background:#ffd8a8}
.b-error{background:#ffc9c9}.removed{color:#787c82;font-size:13px}.removed pre{white-space:pre-wrap}
.toc td{padding:2px 8px}.err{color:#b32d2e}
"""
_JS = """
function go(id){var m=document.getElementById(id);if(!m)return;var d=m.closest('details.doc');if(d)d.open=true;
m.scrollIntoView({block:'center'});m.classList.add('flash');setTimeout(function(){m.classList.remove('flash')},1500);}
window.addEventListener('load',function(){var h=location.hash;if(h.indexOf('#go=')===0){go(h.slice(4));}
else if(h.indexOf('#doc')===0){var d=document.getElementById(h.slice(1));if(d)d.open=true;}});
"""


def _badge(status: str) -> str:
    return f'<span class="badge b-{escape(status)}">{escape(status)}</span>'


def _document(n: int, rec: dict[str, Any]) -> str:
    doc_id = escape(str(rec.get("doc_id", "")))
    if "error" in rec:
        err = rec["error"]
        return (f'<details class="doc" id="doc{n}"><summary>{doc_id} {_badge("error")}</summary>'
                f'<p class="err">{escape(err.get("type", ""))}: {escape(err.get("message", ""))}</p>'
                f'<p class="meta">source: {escape(str(rec.get("source")))}</p></details>')
    figures = rec.get("figures", [])
    raw = read_source(rec.get("source"))
    cleaned = clean(raw) if raw is not None else None
    spans: list[tuple[int, int, int, str]] = []
    rows = []
    for i, f in enumerate(figures):
        check = f.get("check") or {}
        status = str(check.get("status", "unchecked"))
        mark_id = f"d{n}f{i}"
        span = check.get("span")
        if cleaned is not None and span:
            a, b = cleaned.from_raw(span[0], span[1])
            if b > a:
                spans.append((a, b, i, status))
        high = f"–{number_text(f['value_high'])}" if f.get("value_high") is not None else ""
        rows.append(
            f'<tr class="fig" onclick="go(\'{mark_id}\')"><td>{escape(str(f.get("indicator", "")))}</td>'
            f'<td>{escape(number_text(f.get("value")) + high)}</td><td>{escape(str(f.get("unit", "")))}</td>'
            f'<td>{escape(str(f.get("qualifier", "")))}</td><td>{escape(str(f.get("kind", "")))}</td>'
            f'<td>{escape(str(f.get("period") or ""))}</td><td>{_badge(status)}</td>'
            f'<td class="meta">{escape(str(check.get("reason", "")))}</td></tr>')
    source_html = '<p class="meta">source text not available: the report shows the recorded figures only</p>'
    removed_html = ""
    if cleaned is not None:
        parts, pos = [], 0
        for a, b, i, status in sorted(spans):
            if a < pos:
                continue  # overlapping spans: the first one is highlighted
            parts.append(escape(cleaned.text[pos:a]))
            parts.append(f'<mark id="d{n}f{i}" class="{escape(status)}">{escape(cleaned.text[a:b])}</mark>')
            pos = b
        parts.append(escape(cleaned.text[pos:]))
        source_html = f'<div class="source">{"".join(parts)}</div>'
        if cleaned.removed:
            items = "".join(f"<li>{escape(r.reason)}<pre>{escape(r.text[:400])}</pre></li>" for r in cleaned.removed)
            removed_html = (f'<details class="removed"><summary>removed by cleaning ({len(cleaned.removed)})</summary>'
                            f"<ul>{items}</ul></details>")
    r = rec.get("region") or {}
    region = " ".join(str(r[k]) for k in ("province", "city", "county") if r.get(k))
    region += f" ({r['code']})" if r.get("code") and region else ""
    prov = rec.get("provenance") or {}
    counts = " ".join(f"{_badge(k)}{v}" for k, v in sorted((rec.get("checks") or {}).get("figures", {}).items()))
    text_bad = (rec.get("checks") or {}).get("unsupported_in_text", [])
    text_note = ("<p class='err'>numbers in headline or summary not supported or misattributed: "
                 + escape(", ".join(str(x.get("raw")) for x in text_bad)) + "</p>") if text_bad else ""
    meta = " · ".join(escape(str(x)) for x in (rec.get("publisher"), region, rec.get("published"), rec.get("period"),
                                               rec.get("language"), f"engine {prov.get('engine')}") if x)
    return (f'<details class="doc" id="doc{n}"{" open" if n == 0 else ""}><summary>{doc_id} — '
            f'{escape(str(rec.get("title") or ""))} {counts}'
            f'</summary><p class="meta">{meta}</p><p class="headline">{escape(str(rec.get("headline", "")))}</p>'
            f'<p>{escape(str(rec.get("summary", "")))}</p>{text_note}'
            "<table><tr><th>indicator</th><th>value</th><th>unit</th><th>qualifier</th><th>kind</th><th>period</th>"
            f"<th>verdict</th><th>reason</th></tr>{''.join(rows)}</table><h4>cleaned source</h4>{source_html}"
            f"{removed_html}</details>")


def render(records: list[dict[str, Any]], title: str = "summariser report") -> str:
    """The whole page for a list of output records."""
    toc = []
    for n, rec in enumerate(records):
        c = (rec.get("checks") or {}).get("figures", {})
        state = escape(rec["error"]["type"]) if "error" in rec else " ".join(f"{k} {v}" for k, v in sorted(c.items()))
        toc.append(f'<tr><td><a href="#doc{n}" onclick="document.getElementById(\'doc{n}\').open=true">'
                   f'{escape(str(rec.get("doc_id")))}</a></td><td>{escape(str(rec.get("title") or ""))}</td>'
                   f"<td>{len(rec.get('figures', []))}</td><td>{state}</td></tr>")
    docs = "".join(_document(n, r) for n, r in enumerate(records))
    return (f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style><script>{_JS}</script></head><body><header><h1>{escape(title)}</h1>"
            f"<div>{len(records)} documents</div></header><main><table class='toc'><tr><th>document</th><th>title"
            f"</th><th>figures</th><th>verdicts</th></tr>{''.join(toc)}</table>{docs}</main></body></html>")


def report_file(results: Path, out: Path) -> int:
    """Write the report of an output file; returns the number of documents."""
    records = read_records(results)
    out.write_text(render(records, f"summariser report — {results.name}"), encoding="utf-8")
    return len(records)
