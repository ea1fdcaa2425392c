"""The cross-checker's reasons: the validator that decides what a re-ask sends back, and the repair
that sends back only what failed, with the source sentences it came from."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from ..core.chars import SENTENCE_BREAK
from ..core.models import FAILING, FAILING_TEXT, FigureCheck
from ..llm.prompts import load
from ..llm.reask import Validator
from ..numbers.check import check_figures, check_text
from ..numbers.units import number_text

_TEXT_FIELDS = ("headline", "summary")


def _failing(text: str, answer: BaseModel) -> tuple[list[tuple[int, Any, FigureCheck]], dict[str, list[Any]]]:
    """The answer's figures that fail the check (index, figure, verdict), and its text fields' failing numbers."""
    figures = getattr(answer, "figures", [])
    bad = [(i, f, v) for i, (f, v) in enumerate(zip(figures, check_figures(text, figures), strict=True))
           if v.status in FAILING]
    fields = {name: [v for v in check_text(text, getattr(answer, name, "") or "") if v.status in FAILING_TEXT]
              for name in _TEXT_FIELDS if hasattr(answer, name)}
    return bad, {k: v for k, v in fields.items() if v}


def figure_problems(text: str) -> Validator:
    """The cross-checker as a validator: a reason for every figure or summary number the source lacks,
    or ties to another indicator, period or kind."""

    def check(answer: BaseModel) -> list[str]:
        figures, fields = _failing(text, answer)
        problems = [f"figure {i + 1} ({_what(f)}, quote “{(getattr(f, 'quote', '') or '')[:40]}”): {v.reason}"
                    for i, f, v in figures]
        problems += [f"{name} number {v.raw}: {v.reason}" for name, vs in fields.items() for v in vs]
        return problems

    return check


def _what(f: Any) -> str:
    return f"{getattr(f, 'indicator', '')}: {number_text(f.value)}{getattr(f, 'unit', '')}"


_REACH = 80  # characters of a sentence on either side of a value, at most


def source_sentence(text: str, span: tuple[int, int] | None) -> str:
    """The sentence of `text` holding `span` (cut to a bounded length around it), or ""."""
    if span is None:
        return ""
    a, b = span
    lo = max(0, a - _REACH)
    head = text[lo:a]
    starts = [m.end() for m in SENTENCE_BREAK.finditer(head)]
    start = lo + starts[-1] if starts else lo
    tail = SENTENCE_BREAK.search(text, b, min(len(text), b + _REACH))
    end = tail.end() if tail else min(len(text), b + _REACH)
    return text[start:end].strip()


def _sentences_of(text: str, f: Any, v: FigureCheck) -> list[str]:
    """Where a failing figure came from: the sentence of the value the checker compared, else of its
    quote, else of its number as written."""
    found = [source_sentence(text, v.span)] if v.span else []
    quote = (getattr(f, "quote", "") or "").strip()
    if quote and quote in text:
        at = text.index(quote)
        found.append(source_sentence(text, (at, at + len(quote))))
    if not found:
        number = number_text(abs(f.value)) if getattr(f, "value", None) is not None else ""
        at = text.find(number) if number else -1
        if at >= 0:
            found.append(source_sentence(text, (at, at + len(number))))
    return list(dict.fromkeys(s for s in found if s))[:2]


_SENT_FIELDS = ("indicator", "value", "unit", "value_high", "qualifier", "measure", "kind", "period", "quote")


def _compact_json(f: Any) -> str:
    """A figure as the re-ask shows it: its claim's fields, the empty ones left out, no spaces."""
    d = f.model_dump(mode="json") if isinstance(f, BaseModel) else dict(f)
    defaults = {"qualifier": "=", "measure": "level", "kind": "actual"}
    return json.dumps({k: d[k] for k in _SENT_FIELDS if d.get(k) not in (None, "", defaults.get(k))},
                      ensure_ascii=False, separators=(",", ":"))


class CheckedRepair:
    """A re-ask of only what the checker failed: each failing figure (and headline or summary number)
    with its reason and the source sentences it came from, under a short system prompt of its own;
    the reply's figures replace the failing ones, its headline and summary the failing ones."""

    def __init__(self, text: str, system: str) -> None:
        self.text, self.system = text, system

    def messages(self, answer: BaseModel, problems: list[str]) -> list[dict[str, str]] | None:
        figures, fields = _failing(self.text, answer)
        if not figures and not fields:
            return None  # problems the checker did not find: the whole conversation again
        sentences: dict[str, int] = {}  # each source sentence shown once, numbered

        def refs(found: list[str]) -> str:
            return " ".join(f"[{sentences.setdefault(x, len(sentences) + 1)}]" for x in found) or "(none found)"

        items: list[str] = []
        for i, f, v in figures:
            items.append(f"figure {i + 1}: {_compact_json(f)}\nreason: {v.reason}\nsentences: "
                         f"{refs(_sentences_of(self.text, f, v))}")
        for name, verdicts in fields.items():
            reasons = "; ".join(f"{x.raw}: {x.reason}" for x in verdicts)
            found = list(dict.fromkeys(source_sentence(self.text, x.span) for x in verdicts if x.span))
            items.append(f"{name}: {getattr(answer, name)}\nreason: {reasons}\n"
                         f"sentences: {refs([x for x in found if x])}")
        items.append("\n".join(f"[{n}] {x}" for x, n in sentences.items()))
        user = load("repair").render(items="\n\n".join(items))
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def merge(self, answer: BaseModel, patch: BaseModel) -> BaseModel:
        figures, fields = _failing(self.text, answer)
        update: dict[str, Any] = {}
        if hasattr(answer, "figures"):
            failing = {i for i, _, _ in figures}
            kept = [f for i, f in enumerate(answer.figures) if i not in failing]
            update["figures"] = kept + list(getattr(patch, "figures", []) if figures else [])
        for name in fields:
            update[name] = getattr(patch, name, "") or ""  # an empty answer drops the failing text
        return answer.model_copy(update=update)
