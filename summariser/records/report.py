"""The report (`summariser report`): one self-contained HTML page (no network, no CDN) a person reads.

Per document: metadata, headline and summary, a table of figures with their verdicts, and the
cleaned source with each figure's span highlighted in its verdict's colour; clicking a row scrolls
to the span. What cleaning removed is shown folded. Documents are folded too, so a page of a few
hundred stays light; a table of contents at the top lists them with their counts.

For an analyst: a legend with one colour per verdict, a filter to the problems only (every verdict
but supported and derived, documents without any hidden) and by kind or verdict, labels in the
summaries' language (Chinese by default), the page's `lang` and a CJK font stack. Every string of
the results file is escaped; sources are read through `sources.Sources` (only input files in the
results file's folder or the working directory, each once).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, Iterable

from ..core.errors import InputError
from ..core.models import TRUSTED, CheckStatus
from ..numbers.units import number_text
from ..text.clean import clean
from ..text.cleaned import CleanText
from .results import read_results
from .sources import Found, Sources

# One colour per verdict, told apart by hue: green trusted, blue derived, orange another claim's value,
# yellow to review, red not in the source, violet no quantity; grey unchecked.
COLOURS = {
    "supported": "#c6f0c9", "derived": "#cfe3ff", "misattributed": "#ffd8a8", "unconfirmed": "#fff09e",
    "unsupported": "#ffc9c9", "not_a_quantity": "#e2d5f7", "unchecked": "#e4e4e4", "error": "#f4a3a3",
}
_TRUSTED = {s.value for s in TRUSTED}
KINDS = ("actual", "target", "forecast", "threshold")

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "supported": "有据", "derived": "推算", "misattributed": "错配", "unconfirmed": "待核实",
        "unsupported": "无据", "not_a_quantity": "非数量", "unchecked": "未核查", "error": "出错",
        "supported.means": "原文在这一指标、时期和类型下给出此数",
        "derived.means": "原文未直说，由同一句中同一指标的两个数算出",
        "misattributed.means": "原文有此数，但属于另一指标、时期或类型",
        "unconfirmed.means": "原文有此数，但无法确认它的指标、时期或类型：请人工核对",
        "unsupported.means": "原文中没有此数", "not_a_quantity.means": "原文中此数只是标签、代码或电话号码",
        "actual": "实际", "target": "目标", "forecast": "预计", "threshold": "门槛",
        "title": "summariser 报告", "documents": "篇文档", "document": "文档", "doc_title": "标题", "figures": "数据",
        "verdicts": "核查结果", "legend": "图例", "problems_only": "只看问题", "all_kinds": "全部类型",
        "all_verdicts": "全部核查结果", "indicator": "指标", "value": "数值", "unit": "单位", "qualifier": "限定",
        "kind": "类型", "period": "时期", "verdict": "核查", "reason": "理由", "cleaned": "清洗后的原文",
        "removed": "清洗时删除的内容", "no_source": "原文不可用", "no_source_tail": "只显示记录中的数据",
        "source": "来源", "engine": "引擎", "text_failing": "标题或摘要中无据或错配的数字",
        "text_unconfirmed": "标题或摘要中待核实的数字",
    },
    "en": {
        "supported": "supported", "derived": "derived", "misattributed": "misattributed",
        "unconfirmed": "unconfirmed", "unsupported": "unsupported", "not_a_quantity": "not a quantity",
        "unchecked": "unchecked", "error": "error",
        "supported.means": "the source states this value for this indicator, period and kind",
        "derived.means": "not stated, but a sum, difference or ratio of two amounts of one indicator in a sentence",
        "misattributed.means": "the value is in the source, for another indicator, period or kind",
        "unconfirmed.means": "the value is in the source, but its indicator, period or kind could not be confirmed: "
                             "review it",
        "unsupported.means": "the value is not in the source",
        "not_a_quantity.means": "the number is only a label, code or phone number in the source",
        "actual": "actual", "target": "target", "forecast": "forecast", "threshold": "threshold",
        "title": "summariser report", "documents": "documents", "document": "document", "doc_title": "title",
        "figures": "figures", "verdicts": "verdicts", "legend": "legend", "problems_only": "problems only",
        "all_kinds": "all kinds", "all_verdicts": "all verdicts", "indicator": "indicator", "value": "value",
        "unit": "unit", "qualifier": "qualifier", "kind": "kind", "period": "period", "verdict": "verdict",
        "reason": "reason", "cleaned": "cleaned source", "removed": "removed by cleaning",
        "no_source": "source text not available", "no_source_tail": "the report shows the recorded figures only",
        "source": "source", "engine": "engine", "text_failing": "numbers in headline or summary not supported or "
                                                              "misattributed",
        "text_unconfirmed": "numbers in headline or summary to review (unconfirmed)",
    },
}
_HTML_LANG = {"zh": "zh-Hans", "en": "en"}

# Latin faces first (digits and Latin text readable on any machine), then the CJK faces of each system:
# Noto/Source Han (Linux: Debian's fonts-noto-cjk), PingFang (macOS), Microsoft YaHei (Windows).
_FONTS = ('system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC",'
          '"Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif')
_CSS = (f"body{{font:15px/1.6 {_FONTS};margin:0;color:#1d2327;background:#f6f7f7}}" + """
header{background:#1d2327;color:#fff;padding:14px 24px}header h1{font-size:19px;margin:0}
main{max-width:1180px;margin:0 auto;padding:16px 24px}[hidden]{display:none!important}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #dcdcde;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f0f0f1;font-weight:600}tr.fig{cursor:pointer}tr.fig:hover{background:#f0f6fc}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
details.doc{background:#fff;border:1px solid #dcdcde;border-radius:6px;margin:12px 0;padding:4px 14px}
details.doc>summary{cursor:pointer;font-weight:600;padding:8px 0}
.meta{color:#50575e;font-size:13px}.headline{font-size:17px;font-weight:600;margin:8px 0 2px}
.source{white-space:pre-wrap;background:#fcfcfc;border:1px solid #dcdcde;padding:10px;max-height:420px;overflow:auto}
mark{border-radius:3px;padding:0 1px}mark.flash{outline:3px solid #1d2327}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;margin-right:4px;color:#1d2327}
.removed{color:#787c82;font-size:13px}.removed pre{white-space:pre-wrap}
.toc td{padding:2px 8px}.err{color:#b32d2e}.review{color:#7a5b00}
.tools{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;background:#fff;border:1px solid #dcdcde;
border-radius:6px;padding:8px 14px;margin:0 0 12px}.legend{margin:0;padding:0;list-style:none}
.legend li{display:inline-block;margin-right:14px;font-size:13px}
""" + "".join(f"mark.{s}{{background:{c}}}\n.b-{s}{{background:{c}}}\n" for s, c in COLOURS.items()))
_JS = """
function go(id){var m=document.getElementById(id);if(!m)return;var d=m.closest('details.doc');if(d)d.open=true;
m.scrollIntoView({block:'center'});m.classList.add('flash');setTimeout(function(){m.classList.remove('flash')},1500);}
var TRUSTED=%s;
function filt(){var p=document.getElementById('f-problems').checked,k=document.getElementById('f-kind').value,
s=document.getElementById('f-status').value;
document.querySelectorAll('tr.fig').forEach(function(r){var st=r.getAttribute('data-status');
r.hidden=(p&&TRUSTED.indexOf(st)>=0)||(k!==''&&r.getAttribute('data-kind')!==k)||(s!==''&&st!==s);});
document.querySelectorAll('[data-problems]').forEach(function(e){e.hidden=p&&e.getAttribute('data-problems')==='0';});}
window.addEventListener('load',function(){var h=location.hash;if(h.indexOf('#go=')===0){go(h.slice(4));}
else if(h.indexOf('#doc')===0){var d=document.getElementById(h.slice(1));if(d)d.open=true;}
document.querySelectorAll('.tools input,.tools select').forEach(function(e){e.addEventListener('change',filt);});
filt();});
""" % ("[" + ",".join(f"'{s}'" for s in sorted(_TRUSTED)) + "]")


def _text(value: Any) -> str:
    """Any value of a results file as escaped text ("" for null)."""
    return "" if value is None else escape(str(value))


def _dict(obj: dict[str, Any], key: str) -> dict[str, Any]:
    """obj[key] when it is an object, else {} (render takes records that were not checked)."""
    value = obj.get(key)
    return value if isinstance(value, dict) else {}


def _list(obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key)
    return value if isinstance(value, list) else []


def _key(status: Any) -> str:
    """A status as a CSS class: a known verdict, else `unchecked` (never text of the file)."""
    return status if isinstance(status, str) and status in COLOURS else "unchecked"


def _badge(status: Any, labels: dict[str, str]) -> str:
    label = labels.get(status, str(status)) if isinstance(status, str) else str(status)
    return f'<span class="badge b-{_key(status)}" title="{_text(status)}">{escape(label)}</span>'


def _legend(labels: dict[str, str]) -> str:
    items = "".join(f'<li>{_badge(s.value, labels)}{escape(labels[s.value + ".means"])}</li>' for s in CheckStatus)
    return f'<ul class="legend" aria-label="{labels["legend"]}">{items}</ul>'


def _toolbar(labels: dict[str, str]) -> str:
    kinds = "".join(f'<option value="{k}">{escape(labels[k])}</option>' for k in KINDS)
    verdicts = "".join(f'<option value="{s.value}">{escape(labels[s.value])}</option>' for s in CheckStatus)
    return (f'<div class="tools"><label><input type="checkbox" id="f-problems"> {labels["problems_only"]}</label>'
            f'<select id="f-kind" aria-label="{labels["kind"]}"><option value="">{labels["all_kinds"]}</option>'
            f'{kinds}</select><select id="f-status" aria-label="{labels["verdict"]}"><option value="">'
            f'{labels["all_verdicts"]}</option>{verdicts}</select>{_legend(labels)}</div>')


def problems(rec: dict[str, Any]) -> int:
    """What in a record a person should look at: an error, figures not trusted, headline or summary
    numbers that failed or are unconfirmed."""
    if rec.get("error"):
        return 1
    figures = [f for f in _list(rec, "figures") if isinstance(f, dict)]
    checks = _dict(rec, "checks")
    untrusted = sum(1 for f in figures if _dict(f, "check").get("status") not in _TRUSTED)
    return untrusted + len(_list(checks, "unsupported_in_text")) + len(_list(checks, "unconfirmed_in_text"))


def _figure_row(n: int, i: int, f: dict[str, Any], labels: dict[str, str]) -> str:
    check = _dict(f, "check")
    status = _key(check.get("status"))
    kind = f.get("kind")
    high = f"–{number_text(f['value_high'])}" if f.get("value_high") is not None else ""
    return (f'<tr class="fig" data-status="{status}" data-kind="{_text(kind)}" onclick="go(\'d{n}f{i}\')">'
            f'<td>{_text(f.get("indicator"))}</td><td class="num">{_text(number_text(f.get("value")) + high)}</td>'
            f'<td>{_text(f.get("unit"))}</td><td>{_text(f.get("qualifier"))}</td>'
            f'<td>{_text(labels.get(kind, kind) if isinstance(kind, str) else kind)}</td>'
            f'<td>{_text(f.get("period"))}</td><td>{_badge(check.get("status", "unchecked"), labels)}</td>'
            f'<td class="meta">{_text(check.get("reason"))}</td></tr>')


def _highlighted(n: int, cleaned: CleanText, figures: list[dict[str, Any]]) -> str:
    """The cleaned source with each figure's span marked in its verdict's colour."""
    spans: list[tuple[int, int, int, str]] = []
    for i, f in enumerate(figures):
        check = _dict(f, "check")
        span = check.get("span")
        if isinstance(span, list) and len(span) == 2:
            a, b = cleaned.from_raw(span[0], span[1])
            if b > a:
                spans.append((a, b, i, _key(check.get("status"))))
    parts, pos = [], 0
    for a, b, i, status in sorted(spans):
        if a < pos:
            continue  # overlapping spans: the first one is highlighted
        parts.append(escape(cleaned.text[pos:a]))
        parts.append(f'<mark id="d{n}f{i}" class="{status}">{escape(cleaned.text[a:b])}</mark>')
        pos = b
    parts.append(escape(cleaned.text[pos:]))
    return f'<div class="source" lang="zh-Hans">{"".join(parts)}</div>'


def _source(n: int, found: Found, figures: list[dict[str, Any]], labels: dict[str, str]) -> str:
    """The source block: the highlighted cleaned text and what cleaning removed, or why there is none."""
    cleaned = None
    if found.raw is not None:
        try:
            cleaned = clean(found.raw)
        except InputError as e:  # a source that is no longer an article (binary): the figures are still shown
            found = Found(None, f"cannot be read as an article: {e}")
    if cleaned is None:
        return f'<p class="meta">{labels["no_source"]} ({_text(found.why)}): {labels["no_source_tail"]}</p>'
    removed = ""
    if cleaned.removed:
        items = "".join(f"<li>{escape(r.reason)}<pre>{escape(r.text[:400])}</pre></li>" for r in cleaned.removed)
        removed = (f'<details class="removed"><summary>{labels["removed"]} ({len(cleaned.removed)})</summary>'
                   f"<ul>{items}</ul></details>")
    return f'<h4>{labels["cleaned"]}</h4>{_highlighted(n, cleaned, figures)}{removed}'


def _meta(rec: dict[str, Any], labels: dict[str, str]) -> str:
    r = _dict(rec, "region")
    region = " ".join(str(r[k]) for k in ("province", "city", "county") if r.get(k))
    region += f" ({r['code']})" if r.get("code") and region else ""
    prov = _dict(rec, "provenance")
    engine = f"{labels['engine']} {prov.get('engine')}" if prov.get("engine") else None
    return " · ".join(_text(x) for x in (rec.get("publisher"), region, rec.get("published"), rec.get("period"),
                                         rec.get("language"), engine) if x)


def _text_notes(rec: dict[str, Any], labels: dict[str, str]) -> str:
    checks = _dict(rec, "checks")
    notes = []
    for name, css, label in (("unsupported_in_text", "err", "text_failing"),
                             ("unconfirmed_in_text", "review", "text_unconfirmed")):
        found = [x for x in _list(checks, name) if isinstance(x, dict)]
        if found:
            raws = "、".join(str(x.get("raw")) for x in found)
            notes.append(f"<p class='{css}'>{labels[label]}: {escape(raws)}</p>")
    return "".join(notes)


def _counts(rec: dict[str, Any], labels: dict[str, str]) -> str:
    checks = _dict(rec, "checks")
    counts = _dict(checks, "figures")
    return " ".join(f"{_badge(k, labels)}{_text(v)}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))


def _document(n: int, rec: dict[str, Any], labels: dict[str, str], sources: Sources) -> str:
    head = (f'<details class="doc" id="doc{n}" data-problems="{problems(rec)}"{" open" if n == 0 else ""}>'
            f'<summary>{_text(rec.get("doc_id"))}')
    if rec.get("error"):
        err = rec["error"] if isinstance(rec["error"], dict) else {"message": rec["error"]}
        return (f'{head} {_badge("error", labels)}</summary>'
                f'<p class="err">{_text(err.get("type"))}: {_text(err.get("message"))}</p>'
                f'<p class="meta">{labels["source"]}: {_text(rec.get("source"))}</p></details>')
    figures = [f for f in _list(rec, "figures") if isinstance(f, dict)]
    rows = "".join(_figure_row(n, i, f, labels) for i, f in enumerate(figures))
    columns = "".join(f"<th>{labels[c]}</th>" for c in ("indicator", "value", "unit", "qualifier", "kind", "period",
                                                         "verdict", "reason"))
    summary_lang = _HTML_LANG.get(str(rec.get("summary_language")), "zh-Hans")
    return (f'{head} — {_text(rec.get("title"))} {_counts(rec, labels)}</summary>'
            f'<p class="meta">{_meta(rec, labels)}</p><div lang="{summary_lang}"><p class="headline">'
            f'{_text(rec.get("headline"))}</p><p>{_text(rec.get("summary"))}</p></div>{_text_notes(rec, labels)}'
            f"<table><tr>{columns}</tr>{rows}</table>"
            f"{_source(n, sources.read(rec.get('source')), figures, labels)}</details>")


def _state(rec: dict[str, Any], labels: dict[str, str]) -> str:
    """A document's line of the table of contents: its verdict counts, or its error."""
    err = rec.get("error")
    if not err:
        return _counts(rec, labels)
    return _badge("error", labels) + _text(err.get("type") if isinstance(err, dict) else "")


def _toc(records: list[dict[str, Any]], labels: dict[str, str]) -> str:
    rows = []
    for n, rec in enumerate(records):
        figures = _list(rec, "figures")
        rows.append(f'<tr data-problems="{problems(rec)}"><td><a href="#doc{n}" '
                    f'onclick="document.getElementById(\'doc{n}\').open=true">{_text(rec.get("doc_id"))}</a></td>'
                    f'<td>{_text(rec.get("title"))}</td><td>{len(figures)}</td><td>{_state(rec, labels)}</td></tr>')
    return (f"<table class='toc'><tr><th>{labels['document']}</th><th>{labels['doc_title']}</th>"
            f"<th>{labels['figures']}</th><th>{labels['verdicts']}</th></tr>{''.join(rows)}</table>")


def page_language(records: Iterable[dict[str, Any]]) -> str:
    """The language of the page's labels: the summaries' (`en` when every summary is English), else Chinese."""
    langs = {rec.get("summary_language") or "zh" for rec in records if not rec.get("error")}
    return "en" if langs == {"en"} else "zh"


def render(records: list[dict[str, Any]], title: str | None = None, lang: str | None = None,
           sources: Sources | None = None) -> str:
    """The whole page for a list of output records. `lang` (zh or en) is the labels' language, by default
    the summaries'; `sources` reads the records' sources (by default as if the results file were in the
    working directory)."""
    lang = lang if lang in LABELS else page_language(records)
    labels = LABELS[lang]
    title = title or labels["title"]
    sources = sources or Sources()
    docs = "".join(_document(n, r, labels, sources) for n, r in enumerate(records))
    return (f'<!DOCTYPE html><html lang="{_HTML_LANG[lang]}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style><script>{_JS}</script></head><body><header><h1>{escape(title)}</h1>"
            f"<div>{len(records)} {labels['documents']}</div></header><main>{_toolbar(labels)}{_toc(records, labels)}"
            f"{docs}</main></body></html>")


def report_file(results: Path, out: Path, roots: Iterable[Path] = ()) -> int:
    """Write the report of an output file; returns the number of documents. Sources are read as
    `sources.Sources` says (`roots`: more folders they may be read from); InputError names the file and
    line of a record that cannot be read."""
    records = read_results(results)
    lang = page_language(records)
    page = render(records, f"{LABELS[lang]['title']} — {results.name}", lang, Sources(results, roots))
    out.write_text(page, encoding="utf-8")
    return len(records)
