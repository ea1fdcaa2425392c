"""Validation re-asks: a reply that is not JSON of the schema, or that the validator rejects (the
cross-checker's reasons), is sent back with its problems.

This is the second retry layer, apart from the transport's (client.py). `ask` re-asks a reply that is
not JSON of the schema with the whole conversation; `amend` re-asks only the failing parts of an
answer, with their reasons and sources: what fails, why and what the re-ask says are decided by
summariser/feedback.py (pure), which this module calls; here they are put into prompts/repair.md and
sent. A reply cut off at max_tokens is not re-asked: a longer prompt cannot make the answer fit, so
it is an EndpointError (`truncated`) at once, saying what to change.

The caller passes values down: the answer, a `CheckedRepair` of its source (feedback.py, the layer
below) and, for the CPU work of reading a reply, the engine's `CpuQueue` (core/cpu_queue.py). Every call made
from here is to those modules' code, which a reader or a type checker follows; nothing here calls back
into the caller's (pipeline/) code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, Callable, TypeVar

from pydantic import BaseModel, ValidationError

from ..core.cpu_queue import CpuQueue
from ..core.errors import EndpointError, RetriesExhausted
from ..feedback import CheckedRepair, RepairRequest
from .client import Client, Usage
from .modes import request_body
from .prompts import load
from .replies import json_tree, reply_text, schema_problems

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


@dataclass
class Answer:
    """A validated reply: the object, its raw JSON, what it cost, and the problems left at the end."""

    value: Any
    raw: str
    usage: Usage
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what a person should know of how it was got


@dataclass(frozen=True)
class _Read:
    """One reply as read: its text, the object parsed from it, the problems found."""

    raw: str
    parsed: BaseModel | None
    problems: list[str]
    fits_schema: bool
    truncated: bool = False
    trimmed: tuple[str, ...] = ()  # what was cut to fit the schema's limits (a person should know)


@dataclass
class _Fix:
    """A re-ask's reply on its way back into the answer it repairs: what the model pasted from the
    re-ask taken out (`pasted_fields`, said in `notes`), then merged into `answer` by `repair`."""

    repair: CheckedRepair
    answer: Any
    msgs: list[dict[str, str]]
    notes: list[str] = field(default_factory=list)

    def merge(self, patch: BaseModel) -> Any:
        clean_patch, found = pasted_fields(patch, self.msgs)
        self.notes += found
        return self.repair.merge(self.answer, clean_patch)


async def _on(cpu: CpuQueue | None, fn: Callable[[], T]) -> T:
    """fn's result, run on `cpu` (which interleaves the CPU work of many documents with the
    network's), or at once when there is none."""
    return fn() if cpu is None else await cpu.run(fn)


def _usage(usage: Usage) -> dict[str, int]:
    return {"calls": usage.calls, "tokens_in": usage.tokens_in, "tokens_out": usage.tokens_out}


async def _exchange(client: Client, usage: Usage, shape: type[BaseModel], mode: str, msgs: list[dict[str, str]],
                    cpu: CpuQueue | None, fix: _Fix | None = None) -> _Read:
    """One call, its tokens counted, its reply read as `shape` (for a re-ask, merged into the answer
    and checked: `fix`); a reply cut off at max_tokens raises EndpointError(kind="truncated")."""
    data = await client.create(usage, request_body(shape, mode, msgs))
    tokens = data.get("usage")
    if isinstance(tokens, dict):
        usage.tokens_in += int(tokens.get("prompt_tokens") or 0)
        usage.tokens_out += int(tokens.get("completion_tokens") or 0)
    got = await _on(cpu, partial(_read, shape, mode, data, fix))
    if got.truncated:
        s = client.settings
        raise EndpointError(
            f"the reply was cut off at max_tokens={s.max_tokens} (finish_reason=length): raise "
            f"SUMMARISER_MAX_TOKENS or lower SUMMARISER_CHUNK_CHARS (now {s.chunk_chars})",
            kind="truncated", last_raw=got.raw, usage=_usage(usage), attempts=usage.calls)
    return got


async def ask(client: Client, model: type[M], mode: str, messages: list[dict[str, str]],
              cpu: CpuQueue | None = None) -> Answer:
    """A reply parsed into `model`; a reply that is not JSON of it is re-asked with its schema errors,
    each time with the whole conversation (what the checker finds wrong in an answer: see `amend`).

    Schema failures beyond `schema_retries` raise RetriesExhausted; a reply cut off at max_tokens
    raises EndpointError(kind="truncated").
    """
    usage = Usage()
    msgs = list(messages)
    schema_left = client.settings.schema_retries
    errors: list[str] = []
    replies: list[str] = []
    while True:
        got = await _exchange(client, usage, model, mode, msgs, cpu)
        if got.fits_schema:
            notes = [f"the answer went past its schema's limits and was cut: {'; '.join(got.trimmed)}"] \
                if got.trimmed else []
            return Answer(got.parsed, got.raw, usage, notes=notes)
        errors.append("; ".join(got.problems))
        replies.append(got.raw)
        if schema_left <= 0:
            raise RetriesExhausted(f"no valid {model.__name__} after {usage.calls} calls: {errors[-1][:300]}",
                                   attempts=len(errors), last_raw=got.raw, errors=errors, replies=replies,
                                   usage=_usage(usage))
        schema_left -= 1
        usage.reasks += 1
        feedback = load("reask").render(problems="\n".join(f"- {p}" for p in got.problems))
        msgs = [*msgs, {"role": "assistant", "content": got.raw[:6000]}, {"role": "user", "content": feedback}]


def repair_messages(request: RepairRequest) -> list[dict[str, str]]:
    """A re-ask of only what failed, as the one user message of a conversation of its own: the
    request's parts in prompts/repair.md, with the rules for reading a figure when one is read again."""
    rules = "\n" + load("repair_rules").render().strip() if request.reread else ""
    user = load("repair").render(items=request.items, sentences="\n" + request.sentences if request.sentences else "",
                                 rules=rules, shape=request.shape)
    return [{"role": "user", "content": user}]


async def amend(client: Client, answer: Answer, mode: str, repair: CheckedRepair,
                cpu: CpuQueue | None = None, reasks: int | None = None) -> Answer:
    """`answer` with what `repair` finds failing against its source re-asked alone: only the failing
    parts and their sources, never the whole conversation, up to `reasks` times (the setting's when
    None), until nothing fails or nothing is worth asking again. The answer in hand always stands: a
    repair reply that does not fit its schema ends the re-asks, and the answer keeps its problems."""
    reasks_left = client.settings.reasks if reasks is None else reasks
    usage = Usage()
    value, raw, problems = answer.value, answer.raw, list(answer.problems)
    notes: list[str] = []
    while problems and reasks_left > 0:
        request = repair.request(value)
        if request is None:
            break
        msgs = repair_messages(request)
        reasks_left -= 1
        usage.reasks += 1
        fix = _Fix(repair, value, msgs)
        got = await _exchange(client, usage, repair.reply, mode, msgs, cpu, fix)
        notes += fix.notes
        if not got.fits_schema:
            notes.append(f"a re-ask's reply did not fit its schema ({'; '.join(got.problems)[:160]}): the parts it "
                         "asked about keep their verdicts")
            break
        value, raw, problems = got.parsed, got.raw, got.problems
    return Answer(value, raw, usage, problems, notes)


def _read(model: type[BaseModel], mode: str, data: dict[str, Any], fix: _Fix | None = None) -> _Read:
    raw = ""
    try:
        raw, finish = reply_text(data, mode)
        if finish == "length":
            return _Read(raw, None, [], False, truncated=True)
        tree = json_tree(raw)
        trimmed = trim_to_limits(model, tree)
        parsed = model.model_validate(tree)
    except (ValidationError, ValueError) as e:
        return _Read(raw, None, schema_problems(e), False)
    if fix is None:
        return _Read(raw, parsed, [], True, trimmed=tuple(trimmed))
    merged = fix.merge(parsed)
    return _Read(raw, merged, fix.repair.problems(merged), True, trimmed=tuple(trimmed))


def _max_length(info: Any) -> int | None:
    return next((m.max_length for m in info.metadata if isinstance(getattr(m, "max_length", None), int)), None)


@lru_cache(maxsize=256)  # (models are few: the wire schemas, and marked_answer's at most 128)
def _limits(model: type[BaseModel]) -> tuple[tuple[str, int | None, type[BaseModel] | None], ...]:
    """Each field of `model` with its length limit and its list items' model: read once per model class
    (a schema does not change while the process runs), not once per figure of every reply."""
    return tuple((name, _max_length(info), _item_model(info.annotation)) for name, info in model.model_fields.items())


def trim_to_limits(model: type[BaseModel], tree: Any) -> list[str]:
    """Cut what an answer sends past its schema's limits (a 61st figure, a headline over 60 characters),
    in place, and say what was cut: one over-long part must not fail a whole answer, and with it every
    figure (a model that writes too much is asked nothing again for it)."""
    if not isinstance(tree, dict):
        return []
    cut: list[str] = []
    for name, limit, item in _limits(model):
        value = tree.get(name)
        if limit is not None and isinstance(value, (list, str)) and len(value) > limit:
            what = f"{len(value) - limit} of {len(value)} {name}" if isinstance(value, list) else \
                f"{name} cut to {limit} characters"
            tree[name] = value[:limit]
            cut.append(what)
        if item is not None and isinstance(tree.get(name), list):
            for element in tree[name]:
                cut += [f"{name}: {x}" for x in trim_to_limits(item, element)]
    return cut


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a list field's items (list[ChunkFigure] -> ChunkFigure), None for other fields."""
    args: tuple[Any, ...] = getattr(annotation, "__args__", ())
    item = args[0] if len(args) == 1 else None
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


_REF = re.compile(r"\[\d+\]|×")
_FIGURE_TEXT = ("quote", "indicator", "period", "subject")


def _own_words(msgs: list[dict[str, str]]) -> tuple[str, str]:
    """The words of a re-ask that are neither the article's nor the answer's: its instructions, and
    the checker's remarks (the lines after ×, not the source sentences nor the rows sent back)."""
    fixed = "\n".join(load(n).text for n in ("repair", "repair_rules", "reask"))
    remarks = "\n".join(line for m in msgs for line in m["content"].splitlines() if line.startswith("× "))
    return fixed, remarks


def pasted_fields(patch: BaseModel, msgs: list[dict[str, str]]) -> tuple[BaseModel, list[str]]:
    """`patch` with what a small model pasted from the re-ask into its figures' fields taken out:
    a quote or indicator holding the re-ask's marks (×, [n]) or its words drops the figure, a period or
    subject holding them is emptied; also the notes that say so. Pasted: a mark, a run of the
    instructions' words (4 characters or more), or a long run of a remark's (12 or more: a remark names
    the source's indicator or period, which a fix rightly takes)."""
    figures = getattr(patch, "figures", None)
    if not figures:
        return patch, []
    fixed, remarks = _own_words(msgs)

    def is_pasted(v: object) -> bool:
        text = str(v or "").strip()
        return bool(text) and (bool(_REF.search(text)) or (len(text) >= 4 and text in fixed)
                               or (len(text) >= 12 and text in remarks))

    kept, notes = [], []
    for f in figures:
        bad = [k for k in _FIGURE_TEXT if is_pasted(getattr(f, k, None))]
        if not bad:
            kept.append(f)
        elif "quote" in bad or "indicator" in bad:
            notes.append(f"a re-ask's reply copied the re-ask's words into a figure's {', '.join(bad)}: "
                         f"the figure ({str(getattr(f, 'quote', ''))[:40]}) was left out")
        else:
            kept.append(f.model_copy(update={k: None for k in bad}))
            notes.append(f"a re-ask's reply copied the re-ask's words into a figure's {', '.join(bad)}: emptied")
    return patch.model_copy(update={"figures": kept}), notes
