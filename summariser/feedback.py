"""The cross-checker's verdicts as feedback to a model (pure: no network, no prompt files).

Which parts of an answer fail and why (`failing`, `figure_problems`: the reasons an instructor
validator or a re-ask's caller reads), and what a re-ask of only those parts holds (`CheckedRepair`):
each failing figure as a row with its reason and the numbers of the source sentences it came from,
each sentence shown once and bounded. `llm/reask.py` puts a `RepairRequest` into the prompt and
sends it; the reply goes back into the answer through `CheckedRepair.merge`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from pydantic import BaseModel

from .core.chars import SENTENCE_BREAK
from .core.models import FAILING, FAILING_TEXT, CheckStatus, FigureCheck, NumberCheck
from .core.wire import FigureRepair
from .numbers.check import as_source, figure_checks, quote_span, text_checks
from .numbers.source import Source
from .numbers.units import number_text

_TEXT_FIELDS = ("headline", "summary")

Failing = list[tuple[int, Any, FigureCheck]]
"""An answer's figures that fail the check: (index in the answer, figure, verdict)."""
FailingText = dict[str, list[NumberCheck]]
"""The failing numbers of an answer's headline and summary, by field; a field with none is left out."""


def failing(src: Source, answer: BaseModel) -> tuple[Failing, FailingText]:
    """The answer's figures that fail the check against the source `src`, and its text fields' failing numbers.

    Only FAILING verdicts are sent back: an `unconfirmed` figure or number (the value is in the source,
    but the reading cannot settle what it is tied to) is never re-asked, since the model cannot be told
    what to correct; assembly flags it for review instead."""
    figures = getattr(answer, "figures", [])
    bad = [(i, f, v) for i, (f, v) in enumerate(zip(figures, figure_checks(src, figures), strict=True))
           if v.status in FAILING]
    fields = {name: [v for v in text_checks(src, getattr(answer, name, "") or "") if v.status in FAILING_TEXT]
              for name in _TEXT_FIELDS if hasattr(answer, name)}
    return bad, {k: v for k, v in fields.items() if v}


def problems(source: str | Source, answer: BaseModel) -> list[str]:
    """A reason for every figure or headline and summary number of `answer` that the source lacks, or
    ties to another indicator, period or kind; empty when nothing fails. The source is a Source (the
    engine's reading of its document) or a text (read through the checker's memo on texts: a validator
    is run on each answer to one source)."""
    figures, fields = failing(as_source(source), answer)
    found = [f"figure {i + 1} ({_what(f)}, quote “{(getattr(f, 'quote', '') or '')[:40]}”): {v.reason}"
             for i, f, v in figures]
    found += [f"{name} number {v.raw}: {v.reason}" for name, vs in fields.items() for v in vs]
    return found


def figure_problems(src: Source) -> Callable[[BaseModel], list[str]]:
    """The cross-checker against the source `src` as a validator: `problems(src, answer)` for each answer."""

    def check(answer: BaseModel) -> list[str]:
        return problems(src, answer)

    return check


def _what(f: Any) -> str:
    return f"{getattr(f, 'indicator', '')}: {number_text(f.value)}{getattr(f, 'unit', '')}"


_REACH = 30  # characters of a sentence on either side of a value, at most

Range = tuple[int, int]


def sentence_range(text: str, span: Range) -> Range:
    """Where the sentence of `text` holding `span` starts and ends, cut to a bounded length around it."""
    a, b = span
    lo = max(0, a - _REACH)
    starts = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, a)]
    tail = SENTENCE_BREAK.search(text, b, min(len(text), b + _REACH))
    return (starts[-1] if starts else lo), (tail.end() if tail else min(len(text), b + _REACH))


def _spans_of(src: Source, f: Any, v: FigureCheck) -> list[Range]:
    """Where a failing figure came from: its quote where the source has it, else the value the checker
    compared, else its number as written. None when the checker's value lies in the quote: the quote
    and the reason then carry the source's reading (8万副 for 80万副, a target's 力争, a period), and
    the fix keeps the quote."""
    found = quote_span(src, getattr(f, "quote", "") or "")
    text = src.text
    if found:
        if v.span and found[0] <= v.span[0] and v.span[1] <= found[1]:
            return []
        return [found]
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
        return " ".join(f"[{n}]" for n in found)

    def shown(self) -> str:
        return "\n".join(f"[{n}] {self.text[slice(*self.ranges[i])].strip()}" for i, n in self.numbers.items())


COLUMNS = ("indicator", "value", "unit", "value_high", "qualifier", "measure", "kind", "period", "quote")
"""The fields of a figure a re-ask shows, one row per figure under a header of these names."""


def _row(f: Any) -> str:
    """A figure as a re-ask shows it: its claim's fields in COLUMNS order, tab-separated, numbers as
    written (390, not 390.0), empty where unset (a third of the characters of the same figure's JSON)."""
    d = f.model_dump(mode="json") if isinstance(f, BaseModel) else dict(f)
    cells = []
    for k in COLUMNS:
        v = d.get(k)
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        cells.append("" if v is None else str(v).replace("\t", " ").replace("\n", " "))
    return "\t".join(cells)


def repair_reply(model: type[BaseModel]) -> type[BaseModel]:
    """The schema a re-ask of `model`'s failures is answered in: figures, headline and summary only for
    an extraction; a headline-and-summary answer as it is."""
    return FigureRepair if "figures" in model.model_fields else model


def _shape(figures: bool, fields: list[str]) -> str:
    """The reply's shape in a line, naming only the parts this re-ask asks for."""
    parts = ['"figures": [the rows as objects, corrected; drop one unsupported]'] if figures else []
    parts += [f'"{name}": corrected or ""' for name in fields]
    return "{" + ", ".join(parts) + "}"


def _refs(sentences: _Sentences, spans: list[Range]) -> str:
    refs = sentences.refs(spans)
    return f" {refs}" if refs else ""


@dataclass(frozen=True)
class RepairRequest:
    """What a re-ask of an answer's failures says, in the parts prompts/repair.md puts together."""

    items: str
    """The failing figures as rows under a header of COLUMNS, then the failing headline or summary,
    each followed by a line of its reasons (× …) and the numbers of its sentences ([1] [2])."""
    sentences: str
    """The numbered source sentences the items refer to, one a line; "" when none is needed."""
    reread: bool
    """A figure is to be read again from a sentence: the rules for reading one go with the request."""
    shape: str
    """The reply's shape in a line, naming only the parts asked for."""


class CheckedRepair:
    """A re-ask of only what the checker failed: each failing figure (and headline or summary number)
    with its reason and the source sentences it came from, in one short message of its own;
    the reply's figures replace the ones asked about, its headline and summary the ones asked about.

    One per answer being repaired: it remembers what it asked. With `repeat` off (temperature 0, where
    the same question gets the same answer) a part that comes back from a re-ask unchanged and still
    failing is not asked again; it keeps its verdict."""

    def __init__(self, src: Source, reply: type[BaseModel], repeat: bool = False) -> None:
        self.src, self.reply, self.repeat = src, reply, repeat
        self._asked: set[str] = set()  # every part asked about so far, as shown
        self._figures: set[int] = set()  # the figures (by index) and text fields the last re-ask asked about
        self._fields: set[str] = set()

    def problems(self, answer: BaseModel) -> list[str]:
        """The checker's reasons against the source for `answer` (see `problems`)."""
        return problems(self.src, answer)

    def request(self, answer: BaseModel) -> RepairRequest | None:
        """What a re-ask of `answer`'s failures says; None when nothing fails, or (with `repeat` off)
        when everything failing was asked about before and came back the same."""
        figures, fields = failing(self.src, answer)
        shown = {i: _row(f) for i, f, _ in figures}
        texts = {name: f"{name}: {getattr(answer, name)}".replace("\n", " ") for name in fields}  # one line each
        if not self.repeat:
            figures = [x for x in figures if shown[x[0]] not in self._asked]
            fields = {k: v for k, v in fields.items() if texts[k] not in self._asked}
        if not figures and not fields:
            return None
        self._asked |= {shown[i] for i, _, _ in figures} | {texts[k] for k in fields}
        self._figures, self._fields = {i for i, _, _ in figures}, set(fields)
        return self._compose(figures, fields, shown, texts)

    def _compose(self, figures: Failing, fields: FailingText, shown: dict[int, str],
                 texts: dict[str, str]) -> RepairRequest:
        """The request for these failing parts (`shown` and `texts`: how each is shown)."""
        figure_spans = [_spans_of(self.src, f, v) for _, f, v in figures]
        # a summary number's sentence only where the source has the number (under another indicator or
        # period): the sentence of the nearest other number would not help correct it
        field_spans = [[x.span for x in verdicts if x.span and x.status is CheckStatus.misattributed]
                       for verdicts in fields.values()]
        sentences = _Sentences(self.src.text, figure_spans + field_spans)
        # the items first: they number the sentences in the order they refer to them
        items = [f"{shown[i]}\n× {v.reason}{_refs(sentences, spans)}"
                 for (i, _, v), spans in zip(figures, figure_spans, strict=True)]
        items += [f"{texts[name]}\n× " + "; ".join(f"{x.raw}: {x.reason}" for x in verdicts) + _refs(sentences, spans)
                  for (name, verdicts), spans in zip(fields.items(), field_spans, strict=True)]
        head = "\t".join(COLUMNS) + "\n" if figures else ""
        context = sentences.shown()
        return RepairRequest(items=head + "\n".join(items), sentences=context, reread=bool(context and figures),
                             shape=_shape(bool(figures), list(fields)))

    def merge(self, answer: BaseModel, patch: BaseModel) -> BaseModel:
        """`answer` with the parts the last re-ask asked about replaced by `patch`'s: the figures asked
        about by the reply's figures (the rest kept), a headline or summary by the reply's ("" drops it)."""
        update: dict[str, Any] = {}
        if hasattr(answer, "figures"):
            kept = [f for i, f in enumerate(answer.figures) if i not in self._figures]
            update["figures"] = kept + list(getattr(patch, "figures", []) if self._figures else [])
        for name in self._fields:
            update[name] = getattr(patch, name, "") or ""  # an empty answer drops the failing text
        return answer.model_copy(update=update)
