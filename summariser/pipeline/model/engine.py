"""The model engine: clean -> chunk -> one structured call per chunk -> merge -> reduce -> check."""

from __future__ import annotations

import asyncio
import math
import time
from functools import partial

from pydantic import BaseModel, ValidationError

from ...core.cpu_queue import CpuQueue
from ...core.errors import EndpointError, RetriesExhausted
from ...core.models import Document, DocumentSummary, Provenance
from ...core.settings import Settings
from ...core.wire import ChunkExtraction, Extraction, SummaryText, marked_answer
from ...feedback import CheckedRepair, figure_problems, repair_reply
from ...llm.client import Client, Usage
from ...llm.modes import ModeMemory, probe, stored_mode_key
from ...llm.prompts import Prompt, load
from ...llm.reask import Answer, amend, ask
from ...llm.schemas import schema_digest
from ...numbers.check import quote_span
from ...numbers.source import Source, read_source
from ...numbers.unit_parser import parse_unit
from ...text.chunk import Chunk, chunk_text, halves
from ...text.clean import clean
from ...text.cleaned import CleanText
from ..assemble import assemble
from .cache import AnswerCache, cache_key, code_version, document_key
from .marks import MAX_MARKS, OfflineReading, mark_chunk, marks_in, unmark
from .merge import conflicts, merge
from .messages import EXTRACT_PROMPT, PROMPTS, extraction_messages, marked_messages, reduce_messages

MARKED_CHUNK_CHARS = 1500  # the most characters of a marked chunk: about MAX_MARKS quantities of a dense page


class ModelEngine:
    """Summaries from an OpenAI-compatible endpoint, every number checked."""

    def __init__(self, settings: Settings, client: Client | None = None, cache: AnswerCache | None = None) -> None:
        self.settings = settings
        self.client = client or Client(settings)
        self.cpu = CpuQueue()  # where this engine's CPU work runs: see core/cpu_queue.py
        self.cache = cache or AnswerCache(settings)
        # the mode a probe found in an earlier run, kept in the answer cache (read here, written by `mode`)
        stored = self.cache.get(stored_mode_key(settings)) if settings.mode == "auto" else None
        self.modes = ModeMemory(settings, stored)

    async def aclose(self) -> None:
        await self.client.close()
        self.cache.close()

    async def summarise(self, document: Document) -> DocumentSummary:
        """One document; raises EndpointError or RetriesExhausted when the model cannot answer."""
        t0 = time.perf_counter()
        mode = await self.mode()
        # The CPU stages go through the CPU queue (core/cpu_queue.py): preparing the prompts first, since a
        # request waits on it.
        ready = await self.cpu.run(partial(self._prepare, document, mode, t0), first=True)
        if isinstance(ready, DocumentSummary):
            return ready
        key, c, chunks, prov = ready
        # The document's reading (numbers/source.Source), which every check of its replies reads and which
        # carries their verdicts from the merge to the re-ask and assembly: read once, as a CPU-queue piece of
        # its own while the calls are out (the marked extraction waits for it: its marks are its quantities).
        reading = asyncio.ensure_future(self.cpu.run(partial(read_source, c.text)))
        try:
            # Every chunk's call ends before the document does (none left running once its line is written),
            # and the first chunk's failure is the document's, whichever failed first.
            marks = _Marks(reading) if self.settings.extract == "marked" else None
            firsts = await asyncio.gather(*(self._extract(c, ch, mode, prov, marks) for ch in chunks),
                                          return_exceptions=True)
            answers = [a for got in firsts if not isinstance(got, BaseException) for a in got]
            usage = Usage()
            for _, a in answers:
                usage.add(a.usage)
            failed = next((a for a in firsts if isinstance(a, BaseException)), None)
            if failed is not None:
                raise _with_spent_usage(failed, usage)
            src = await reading
        finally:
            _settle(reading)
        parts: list[ChunkExtraction] = [a.value for _, a in answers]
        prov.notes += [n for _, a in answers for n in a.notes]  # (an answer cut to its schema's limits)
        merged = await self.cpu.run(partial(merge, parts, src))
        single = len(parts) == 1
        try:
            # One re-ask for the whole document: its chunks' failing figures together (a figure two
            # chunks share, once), and the headline and summary of a one-chunk answer; the summary of
            # several chunks is the reduce's, checked and re-asked there.
            fixed = await self._amend(merged if single else merged.model_copy(update={"headline": "", "summary": ""}),
                                      [k for k, _ in answers], mode, src, prov)
            usage.add(fixed.usage)
            prov.notes += fixed.notes
            merged = merged.model_copy(update={"figures": fixed.value.figures} | (
                {"headline": fixed.value.headline, "summary": fixed.value.summary} if single else {}))
            if not single:
                reduced = await self._reduce(parts, mode, src, prov)
                usage.add(reduced.usage)
                prov.notes += reduced.notes
                merged.headline, merged.summary = reduced.value.headline, reduced.value.summary
        except (EndpointError, RetriesExhausted) as e:
            raise _with_spent_usage(e, usage) from None
        merged, filled = await self.cpu.run(partial(from_source, src, merged))
        prov.notes += filled
        flags = conflicts(merged.figures)
        prov.calls, prov.retries = usage.calls, usage.retries + usage.reasks
        prov.tokens_in, prov.tokens_out = usage.tokens_in, usage.tokens_out
        return await self.cpu.run(partial(self._finish, key, document, c, src, merged, prov, t0, flags))

    def _prepare(self, document: Document, mode: str,
                 t0: float) -> DocumentSummary | tuple[str, CleanText, list[Chunk], Provenance]:
        """The cached summary, or the clean text and chunks to ask about (a summary at once when empty)."""
        s = self.settings
        names = PROMPTS if s.extract == "free" else (*PROMPTS, EXTRACT_PROMPT[s.extract])
        key = document_key(s, mode, [load(n).tag for n in names], document.text, document.meta)
        cached = self._from_cache(key, document, t0)
        if cached is not None:
            return cached
        cleaned = clean(document.text)
        chunks = self._chunks(cleaned) if cleaned.text.strip() else []
        prov = Provenance(engine="llm", model=s.model, endpoint_host=s.endpoint_host, mode=mode,
                          prompt_version=load(EXTRACT_PROMPT[s.extract]).tag, chunks=len(chunks))
        if not chunks:
            prov.notes.append("the document has no article text after cleaning")
            return assemble(document, cleaned, read_source(cleaned.text), Extraction(), prov, s, t0)
        return key, cleaned, chunks, prov

    def _chunks(self, cleaned: CleanText) -> list[Chunk]:
        """The chunks to ask about. Marked: at most MAX_MARKS marks a chunk (its answer has an entry for
        each), cut at a sentence end (looked for from a third of max_chars on: max_chars is brought near
        the size that many marks take)."""
        s = self.settings
        if s.extract == "marked":
            return chunk_text(cleaned, max_chars=min(s.chunk_chars, MARKED_CHUNK_CHARS), overlap=s.chunk_overlap,
                              size=marks_in, max_size=MAX_MARKS)
        return chunk_text(cleaned, max_chars=s.chunk_chars, overlap=s.chunk_overlap)

    def _finish(self, key: str, document: Document, cleaned: CleanText, src: Source, merged: Extraction,
                prov: Provenance, t0: float, flags: dict[int, list[str]]) -> DocumentSummary:
        summary = assemble(document, cleaned, src, merged, prov, self.settings, t0, flags)
        self.cache.put(key, summary)
        return summary

    def _from_cache(self, key: str, document: Document, t0: float) -> DocumentSummary | None:
        """The summary of the same text under the same settings, prompts and code, validated again;
        its provenance says what this run did: every call served from the cache."""
        cached = self.cache.get(key)
        if cached is None:
            return None
        try:
            summary = DocumentSummary.model_validate_json(cached)
        except ValidationError:
            return None
        prov = summary.provenance
        prov.cache_hits = prov.chunks + (1 if prov.chunks > 1 else 0)  # the extraction calls and the reduce
        prov.calls = prov.retries = prov.tokens_in = prov.tokens_out = 0
        prov.seconds = round(time.perf_counter() - t0, 4)
        if document.id:
            summary.doc_id = document.id
        summary.source = document.source
        return summary

    async def mode(self) -> str:
        """The endpoint's structured-output mode (the setting, or probed once and remembered: in this
        process, and in the answer cache for the next)."""
        mode = await self.modes.resolve(self.client)
        if self.settings.mode == "auto" and mode != self.modes.remembered:
            self.cache.put(stored_mode_key(self.settings), mode)
            self.modes.remembered = mode
        return mode

    async def preflight(self) -> Settings:
        """Before a batch, the engine's first use: the endpoint tried once (EndpointError when it cannot
        be reached, refuses the key or lacks the model, so that a run stops at once instead of failing
        every document), and the settings with the structured-output mode resolved, which this engine
        remembers for its documents and hands on to the processes sharing the batch (none of them
        probes again). A set mode is tried by the model list when it names the model (no generation to
        wait for), else with one tiny completion; `auto` probes anyway."""
        s = self.settings
        if s.mode == "auto":
            mode = await self.mode()
        elif await self.client.lists_model():
            mode = s.mode
        else:
            mode = await probe(self.client, (s.mode,))
        return s.with_(mode=mode)

    async def _extract(self, cleaned: CleanText, chunk: Chunk, mode: str, prov: Provenance,
                       marks: _Marks | None) -> list[tuple[str, Answer]]:
        """A chunk's first answers and their cache keys: one, or, where the reply was cut off at max_tokens
        (a small model writing long entries for many marks), one for each half of the chunk, asked again
        once; a half cut off again fails the document (EndpointError kind=truncated), as before."""
        try:
            return [await self._extract_one(cleaned, chunk, mode, prov, marks)]
        except EndpointError as e:
            parts = halves(chunk) if e.kind == "truncated" else None
            if parts is None:
                raise
            cut = Usage(calls=e.usage.get("calls", 0), tokens_in=e.usage.get("tokens_in", 0),
                        tokens_out=e.usage.get("tokens_out", 0))
        try:
            got = [await self._extract_one(cleaned, half, mode, prov, marks) for half in parts]
        except (EndpointError, RetriesExhausted) as e:
            e.usage = {k: e.usage.get(k, 0) + getattr(cut, k) for k in ("calls", "tokens_in", "tokens_out")}
            raise
        key, first = got[0]
        first.usage.add(cut)  # (the cut call's tokens were spent too)
        note = (f"the answer for characters {chunk.start}-{chunk.end} was cut off at max_tokens: "
                "that part was asked again in two halves")
        return [(key, Answer(first.value, first.raw, first.usage, first.problems, [*first.notes, note])), got[1]]

    async def _extract_one(self, cleaned: CleanText, chunk: Chunk, mode: str, prov: Provenance,
                           marks: _Marks | None) -> tuple[str, Answer]:
        """One chunk's first answer as a ChunkExtraction, and its cache key. Marked (`marks`, as
        Settings.extract asks): the chunk is sent with its quantities marked, and the answer about the
        marks turned back into figures whose values, units and quotes are the source's
        (pipeline/model/marks.py), with notes."""
        language = self.settings.summary_language
        if marks is None:
            messages = extraction_messages(cleaned, chunk, prov.chunks, mode, language)
            return await self._cached_or_asked(ChunkExtraction, mode, messages, load("extract"), prov)
        doc = await marks.reading()
        marked = await self.cpu.run(partial(mark_chunk, doc.src, chunk))
        key, answer = await self._cached_or_asked(marked_answer(tuple(marked.marks)), mode, marked_messages(
            cleaned, chunk, marked.text, prov.chunks, mode, language), load("extract_marked"), prov)
        value, notes = await self.cpu.run(partial(unmark, doc, marked, answer.value))
        return key, Answer(value, answer.raw, answer.usage, answer.problems, [*answer.notes, *notes])

    async def _cached_or_asked(self, model: type[BaseModel], mode: str, messages: list[dict[str, str]], prompt: Prompt,
                     prov: Provenance) -> tuple[str, Answer]:
        """The first answer to `messages` (schema errors re-asked, nothing else), and its cache key."""
        key = cache_key(self.settings, mode, messages, schema_digest(model), prompt.tag)
        cached = self.cache.get(key)
        if cached is not None:
            try:  # validated again on read: a stale or broken entry is a miss
                value = model.model_validate_json(cached)
                prov.cache_hits += 1
                return key, Answer(value, cached, Usage())
            except ValidationError:
                pass
        answer = await ask(self.client, model, mode, messages, self.cpu)
        self.cache.put(key, answer.value)
        return key, answer

    async def _amend(self, value: BaseModel, keys: list[str], mode: str, src: Source, prov: Provenance) -> Answer:
        """`value` (answers to the calls keyed `keys`) checked against `src`, the clean article's reading
        (the merge's verdicts are found there, not again), and its failures re-asked alone; the outcome
        cached under those keys, so a re-run asks nothing."""
        validate = figure_problems(src)
        problems = await self.cpu.run(partial(validate, value))
        if not problems:  # the common case: nothing to re-ask, nothing to look up
            return Answer(value, "", Usage())
        reply = repair_reply(type(value))
        tags = "".join(load(n).tag for n in ("repair", "repair_rules"))
        key = cache_key(self.settings, mode, [{"role": "amend", "content": k} for k in [*keys, code_version()]],
                        schema_digest(reply), tags)
        cached = self.cache.get(key)
        if cached is not None:
            try:
                fixed = type(value).model_validate_json(cached)
                prov.cache_hits += 1
                return Answer(fixed, cached, Usage())
            except ValidationError:
                pass
        # At temperature 0 the same question gets the same answer: what a re-ask returned unchanged is not asked again.
        repair = CheckedRepair(src, reply, repeat=self.settings.temperature > 0)
        answer = await amend(self.client, Answer(value, "", Usage(), problems), mode, repair, self.cpu)
        if answer.usage.calls and not answer.notes:  # a re-ask cut short is tried again on a re-run
            self.cache.put(key, answer.value)
        return answer

    async def _reduce(self, parts: list[ChunkExtraction], mode: str, src: Source, prov: Provenance) -> Answer:
        messages = reduce_messages(parts, mode, self.settings.summary_language)
        key, first = await self._cached_or_asked(SummaryText, mode, messages, load("reduce"), prov)
        fixed = await self._amend(first.value, [key], mode, src, prov)
        fixed.usage.add(first.usage)
        return fixed


class _Marks:
    """A document's marked extraction: its reading, once the CPU queue has read it, with the offline engine's
    figures of it (pipeline/model/marks.py), shared by its chunks."""

    def __init__(self, reading: asyncio.Future[Source]) -> None:
        self._reading = reading
        self._doc: OfflineReading | None = None

    async def reading(self) -> OfflineReading:
        if self._doc is None:
            src = await asyncio.shield(self._reading)
            self._doc = self._doc or OfflineReading(src)
        return self._doc


def _settle(reading: asyncio.Future[Source]) -> None:
    """A document's reading left behind (its calls failed, or it was cancelled): cancelled if still
    queued on the CPU queue, its error taken if it failed (the document's own error is the one raised)."""
    if not reading.done():
        reading.cancel()
    elif not reading.cancelled():
        reading.exception()


def _with_spent_usage(e: BaseException, spent: Usage) -> BaseException:
    """The error, with the tokens the document's other calls spent added to its usage (a failed
    document's tokens are still paid for, and the run's totals must say so)."""
    if isinstance(e, (EndpointError, RetriesExhausted)):
        e.usage = {"calls": int(e.usage.get("calls", 0)) + spent.calls,
                   "tokens_in": int(e.usage.get("tokens_in", 0)) + spent.tokens_in,
                   "tokens_out": int(e.usage.get("tokens_out", 0)) + spent.tokens_out}
    return e


_TRAILING_QUALIFIER = ("以上", "以下", "左右", "上下", "多", "余")


def from_source(src: Source, answer: Extraction) -> tuple[Extraction, list[str]]:
    """`answer` with what a model left out of a figure taken from the source where its quote is in
    the source and holds its number: the unit written there (49.8 for 49.8% gets "%"), and the period
    the value's own sentence or paragraph opening states. Also a note saying how many were filled. A
    small model leaves both out often; the source's reading is the one the checker holds claims to."""
    figures = answer.figures
    gaps = [i for i, f in enumerate(figures) if not f.unit.strip() or not (f.period or "").strip()]
    if not gaps:
        return answer, []
    quantities = src.quantities
    ties = src.tie_of.all()
    out = list(figures)
    units = periods = 0
    for i in gaps:
        f = figures[i]
        inside = quote_span(src, f.quote)
        if inside is None:
            continue
        # the quantity of the quote whose number is the figure's, and the unit the source writes for it
        found = next(((q, u) for q in quantities if inside[0] <= q.start and q.end <= inside[1]
                      for u in [_written_unit(q.raw, f.value, q.value)] if u), None)
        if found is None:
            continue
        q, unit = found
        update: dict[str, str] = {}
        if not f.unit.strip():
            update["unit"] = unit
            units += 1
        tie = ties.get((q.start, q.end))
        if not (f.period or "").strip() and tie is not None and tie.written is not None:
            update["period"] = tie.written.raw
            periods += 1
        if update:
            out[i] = f.model_copy(update=update)
    notes = []
    if units or periods:
        notes.append(f"taken from the source where the model gave none: {units} figures' units, "
                     f"{periods} figures' periods (the unit written at the figure's number, the period its "
                     "sentence or paragraph states)")
    return answer.model_copy(update={"figures": out}), notes


def _written_unit(raw: str, value: float, canonical: float) -> str:
    """The unit as `raw` (a source quantity as written) writes it, for a figure of `value` in it: the
    shortest tail of `raw` that is a unit turning `value` into the source's `canonical` value; "" when none."""
    for q in _TRAILING_QUALIFIER:
        if raw.endswith(q):
            raw = raw[: -len(q)]
            break
    for n in range(1, min(len(raw), 12) + 1):
        tail = raw[-n:]
        if any(ch.isdigit() for ch in tail):
            break
        spec = parse_unit(tail)
        if spec is not None and math.isclose(abs(value) * spec.factor, abs(canonical), rel_tol=1e-6, abs_tol=1e-9):
            return tail
    return ""
