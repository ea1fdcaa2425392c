"""The cross-checker's reasons: the validator that decides what a re-ask sends back, and the repair
that sends back only what failed, with the source sentences it came from."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from ..core.chars import SENTENCE_BREAK
from ..core.models import FAILING, FAILING_TEXT, FigureCheck, FigureRepair
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


_REACH = 60  # characters of a sentence on either side of a value, at most

Range = tuple[int, int]


def sentence_range(text: str, span: Range) -> Range:
    """Where the sentence of `text` holding `span` starts and ends, cut to a bounded length around it."""
    a, b = span
    lo = max(0, a - _REACH)
    starts = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, a)]
    tail = SENTENCE_BREAK.search(text, b, min(len(text), b + _REACH))
    return (starts[-1] if starts else lo), (tail.end() if tail else min(len(text), b + _REACH))


def _spans_of(text: str, f: Any, v: FigureCheck) -> list[Range]:
    """Where a failing figure came from: its quote where the source has it (the reason already says
    where the value itself is), else the value the checker compared, else its number as written."""
    quote = (getattr(f, "quote", "") or "").strip()
    if quote and quote in text:
        at = text.index(quote)
        return [(at, at + len(quote))]
    if v.span:
        return [v.span]
    number = number_text(abs(f.value)) if getattr(f, "value", None) is not None else ""
    at = text.find(number) if number else -1
    return [(at, at + len(number))] if at >= 0 else []


class _Sentences:
    """The source sentences a re-ask shows: the ranges of all items merged where they overlap, so a
    sentence two figures came from (or one seen through two windows) is shown once, numbered."""

    def __init__(self, text: str, items: list[list[Range]]) -> None:
        self.text = text
        merged: list[list[int]] = []
        for lo, hi in sorted(sentence_range(text, s) for spans in items for s in spans):
            if merged and lo < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.ranges = [(lo, hi) for lo, hi in merged]
        self.numbers: dict[int, int] = {}  # index in ranges -> number shown, in order of first reference

    def refs(self, spans: list[Range]) -> str:
        """The numbers of the sentences holding `spans`, "[1] [3]", numbering new ones as they come."""
        found: list[int] = []
        for s in spans:
            lo, _ = sentence_range(self.text, s)
            i = next(i for i, (a, b) in enumerate(self.ranges) if a <= lo < b or a == lo == b)
            n = self.numbers.setdefault(i, len(self.numbers) + 1)
            if n not in found:
                found.append(n)
        return " ".join(f"[{n}]" for n in found) or "(none found)"

    def shown(self) -> str:
        return "\n".join(f"[{n}] {self.text[slice(*self.ranges[i])].strip()}" for i, n in self.numbers.items())


_SENT_FIELDS = ("indicator", "value", "unit", "value_high", "qualifier", "measure", "kind", "period", "quote")


def _compact_json(f: Any) -> str:
    """A figure as the re-ask shows it: its claim's fields, the empty ones left out, no spaces."""
    d = f.model_dump(mode="json") if isinstance(f, BaseModel) else dict(f)
    defaults = {"qualifier": "=", "measure": "level", "kind": "actual"}
    return json.dumps({k: d[k] for k in _SENT_FIELDS if d.get(k) not in (None, "", defaults.get(k))},
                      ensure_ascii=False, separators=(",", ":"))


def repair_reply(model: type[BaseModel]) -> type[BaseModel]:
    """The schema a re-ask of `model`'s failures is answered in: figures, headline and summary only for
    an extraction; a headline-and-summary answer as it is."""
    return FigureRepair if "figures" in model.model_fields else model


class CheckedRepair:
    """A re-ask of only what the checker failed: each failing figure (and headline or summary number)
    with its reason and the source sentences it came from, under a short system prompt of its own;
    the reply's figures replace the failing ones, its headline and summary the failing ones."""

    def __init__(self, text: str, system: str, reply: type[BaseModel]) -> None:
        self.text, self.system, self.reply = text, system, reply

    def messages(self, answer: BaseModel, problems: list[str]) -> list[dict[str, str]] | None:
        figures, fields = _failing(self.text, answer)
        if not figures and not fields:
            return None  # problems the checker did not find: the whole conversation again
        figure_spans = [_spans_of(self.text, f, v) for _, f, v in figures]
        field_spans = [[x.span for x in verdicts if x.span] for verdicts in fields.values()]
        sentences = _Sentences(self.text, figure_spans + field_spans)
        items: list[str] = []
        for (i, f, v), spans in zip(figures, figure_spans, strict=True):
            items.append(f"figure {i + 1}: {_compact_json(f)}\nreason: {v.reason}\nsentences: {sentences.refs(spans)}")
        for (name, verdicts), spans in zip(fields.items(), field_spans, strict=True):
            reasons = "; ".join(f"{x.raw}: {x.reason}" for x in verdicts)
            items.append(f"{name}: {getattr(answer, name)}\nreason: {reasons}\nsentences: {sentences.refs(spans)}")
        items.append(sentences.shown())
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
