"""The batch job: many inputs in, one JSON line per document out, nothing lost, resumable.

Every input document yields exactly one line: its DocumentSummary, or an `error` object with a type
and a message a person can act on. Lines are written in input order, each with one write() on a
file opened for appending, and flushed; a run killed at any moment leaves whole lines plus at most
one torn last line, which `resume` drops before skipping the documents already written.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import glob
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from ._errors import EndpointError, InputError, RetriesExhausted, SummariserError, UnsupportedFigures
from ._models import Document, DocumentSummary
from ._settings import Settings

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".md")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass
class Item:
    """One input document, read lazily; `problem` is an input error found while listing it."""

    id: str
    source: str
    read: Callable[[], str | bytes] | None = None
    problem: tuple[str, str] | None = None  # (type, message)


@dataclass
class Stats:
    done: int = 0
    ok: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    skipped: int = 0


# ---------------------------------------------------------------- inputs


def _is_glob(p: str) -> bool:
    return any(ch in p for ch in "*?[")


def iter_inputs(paths: list[str], stdin: IO[bytes] | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Documents of files, folders (recursively), globs, JSONL files (id/text per line) and `-` (stdin)."""
    for p in paths:
        if p == "-":
            yield from _stdin_items(stdin if stdin is not None else sys.stdin.buffer)
            continue
        if _is_glob(p):
            root = Path(p.split("*")[0].split("?")[0].split("[")[0] or ".")
            root = root if root.is_dir() else root.parent
            matches = sorted(Path(m) for m in glob.glob(p, recursive=True) if Path(m).is_file())
            if not matches:
                yield Item(p, p, problem=("not_found", f"no file matches {p!r}"))
            for m in matches:
                yield from _file_items(m, m.relative_to(root).as_posix() if m.is_relative_to(root) else str(m),
                                       max_bytes)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                yield Item(p, p, problem=("not_found", f"the folder {p} holds no {', '.join(SUFFIXES)} file"))
            for f in files:
                yield from _file_items(f, f.relative_to(path).as_posix(), max_bytes)
        elif path.is_file():
            yield from _file_items(path, path.name, max_bytes)
        else:
            yield Item(p, p, problem=("not_found", f"no such file or folder: {p}"))


def _file_items(path: Path, doc_id: str, max_bytes: int) -> Iterator[Item]:
    size = path.stat().st_size
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_items(path.read_bytes().decode("utf-8", errors="replace").splitlines(), str(path))
        return
    if size > max_bytes:
        yield Item(doc_id, str(path), problem=("too_large", f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} "
                                                            "MB limit: raise --max-bytes to process it"))
        return
    yield Item(doc_id, str(path), read=path.read_bytes)


def _jsonl_items(lines: list[str], source: str) -> Iterator[Item]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec.get("text") if isinstance(rec, dict) else None
            doc_id = str(rec.get("id") or f"{Path(source).name}:{n}") if isinstance(rec, dict) else ""
        except json.JSONDecodeError as e:
            yield Item(f"{Path(source).name}:{n}", f"{source}:{n}", problem=("bad_jsonl", f"line {n} is not JSON: {e}"))
            continue
        if not isinstance(text, str):
            yield Item(doc_id or f"{Path(source).name}:{n}", f"{source}:{n}",
                       problem=("bad_jsonl", f"line {n} has no \"text\" string (a JSONL input needs id and text)"))
            continue
        yield Item(doc_id, f"{source}#{doc_id}", read=_const(text))


def _const(value: str | bytes) -> Callable[[], str | bytes]:
    return lambda: value


def _stdin_items(stream: IO[bytes]) -> Iterator[Item]:
    data = stream.read()
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _jsonl_items(data.decode("utf-8", errors="replace").splitlines(), "-")
    else:
        yield Item("stdin", "-", read=_const(data))


def unique_ids(items: Iterator[Item]) -> Iterator[Item]:
    """Ids made unique within a batch (a second 'a.txt' becomes 'a.txt#2'), stable from run to run."""
    seen: dict[str, int] = {}
    for it in items:
        n = seen.get(it.id, 0) + 1
        seen[it.id] = n
        if n > 1:
            it.id = f"{it.id}#{n}"
        yield it


# ---------------------------------------------------------------- output


def error_record(item: Item, kind: str, message: str) -> dict[str, Any]:
    return {"doc_id": item.id, "source": item.source, "error": {"type": kind, "message": message}}


def classify(e: BaseException) -> tuple[str, str]:
    """An error type and a message a person can act on."""
    text = str(e)
    if isinstance(e, InputError):
        kind = "binary" if "binary" in text else "undecodable" if "undecodable" in text else "input"
        return kind, text
    if isinstance(e, EndpointError):
        return f"endpoint_{e.kind}", text
    if isinstance(e, RetriesExhausted):
        return "validation", f"{text} (attempts={e.attempts}, tokens={e.usage})"
    if isinstance(e, UnsupportedFigures):
        return "unsupported_figures", text
    if isinstance(e, SummariserError):
        return "summariser", text
    return "internal", f"{type(e).__name__}: {text} (please report this with the input)"


class Output:
    """Appends whole lines: one write() per line on an O_APPEND descriptor, then flush."""

    def __init__(self, path: str | None, stream: IO[str] | None = None) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644) if path and path != "-" else None
        self._stream = stream if self._fd is None else None

    def write(self, record: dict[str, Any]) -> None:
        self.write_line(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")

    def write_line(self, line: str) -> None:
        """One whole line (ending in a newline)."""
        if self._fd is not None:
            data = line.encode("utf-8")
            written = os.write(self._fd, data)
            while written < len(data):  # a short write: finish the same line
                written += os.write(self._fd, data[written:])
        else:
            out = self._stream or sys.stdout
            out.write(line)
            out.flush()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file (an output of run, or gold data); InputError names a bad line."""
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{n} is not JSON ({e}); a line a killed run tore is dropped by "
                             "`summariser run --resume -o` on the same file") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{n} is not a JSON object")
        rows.append(row)
    return rows


def prepare_resume(path: str) -> set[str]:
    """Drop a torn last line left by a killed run; the ids already written."""
    p = Path(path)
    if not p.exists():
        return set()
    data = p.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(p, "r+b") as f:
            f.truncate(cut)
        data = data[:cut]
    done = set()
    for line in data.decode("utf-8").splitlines():
        try:
            done.add(json.loads(line)["doc_id"])
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    return done


# ---------------------------------------------------------------- the run


class Progress:
    """A progress line on stderr when it is a terminal; quiet otherwise. A final summary either way."""

    def __init__(self, total: int, stream: IO[str], enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.t0 = time.monotonic()
        self._last = 0.0

    def update(self, s: Stats, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        rate = s.done / max(now - self.t0, 1e-9)
        left = (self.total - s.done - s.skipped) / rate if rate > 0 else 0
        width = 24
        filled = int(width * (s.done + s.skipped) / max(self.total, 1))
        errors = sum(s.errors.values())
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {s.done + s.skipped}/{self.total} docs, "
                          f"{errors} errors, {s.cache_hits} cache hits, {s.tokens_in + s.tokens_out:,} tokens, "
                          f"{rate:.1f} docs/s, ETA {int(left) // 60:02d}:{int(left) % 60:02d} ")
        self.stream.flush()

    def finish(self, s: Stats, out: str | None) -> str:
        if self.enabled:
            self.update(s, force=True)
            self.stream.write("\n")
        errors = sum(s.errors.values())
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(s.errors.items()))
        line = (f"done: {s.done} documents in {time.monotonic() - self.t0:.1f} s, {s.ok} ok, {errors} errors"
                f"{f' ({kinds})' if kinds else ''}, {s.skipped} already done, {s.cache_hits} cache hits, "
                f"{s.tokens_in:,} tokens in / {s.tokens_out:,} out -> {out or 'stdout'}")
        self.stream.write(line + "\n")
        self.stream.flush()
        return line


@dataclass
class Done:
    """One document's output line, and what the progress counters need from it."""

    line: str
    error: str | None = None
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0


def done(record: dict[str, Any]) -> Done:
    """The output line of a record (a summary or an error)."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    if "error" in record:
        return Done(line, error=str(record["error"]["type"]))
    prov = record.get("provenance", {})
    return Done(line, None, prov.get("cache_hits", 0), prov.get("tokens_in", 0), prov.get("tokens_out", 0))


def read_item(it: Item) -> tuple[str | bytes | None, dict[str, Any] | None]:
    """An item's content, or the error record that replaces it (a listing problem, unreadable, empty)."""
    if it.problem:
        return None, error_record(it, *it.problem)
    assert it.read is not None
    try:
        text = it.read()
    except OSError as e:
        return None, error_record(it, "unreadable", f"cannot read {it.source}: {e.strerror or e}")
    if not text.strip():
        return None, error_record(it, "empty", "the input is empty (no text after decoding)")
    return text, None


def summary_done(r: DocumentSummary) -> Done:
    """The output line of a summary: pydantic's JSON (compact, UTF-8), with a warning when empty."""
    line = r.model_dump_json()
    if not r.figures and not r.summary:
        line = line[:-1] + ',"warning":"no article text found after cleaning"}'
    p = r.provenance
    return Done(line + "\n", None, p.cache_hits, p.tokens_in, p.tokens_out)


def rules_done(doc_id: str, source: str, text: str | bytes, settings: Settings) -> Done:
    """One document's line from the offline engine: its summary, or an error record; never raises."""
    from ._summarise import summarise_rules

    try:
        return summary_done(summarise_rules(Document(id=doc_id, text=text, source=source), settings))
    except Exception as e:  # noqa: BLE001 - one document's failure never stops the batch
        return done(error_record(Item(doc_id, source), *classify(e)))


async def model_done(doc_id: str, source: str, text: str | bytes, engine: Any) -> Done:
    """One document's line from the model engine: its summary, or an error record; never raises."""
    try:
        return summary_done(await engine.summarise(Document(id=doc_id, text=text, source=source)))
    except Exception as e:  # noqa: BLE001 - one document's failure never stops the batch
        return done(error_record(Item(doc_id, source), *classify(e)))


# The batch job's garbage collection: a collection of the youngest generation every 20,000 allocations
# instead of 700. Each document in work holds thousands of small objects (quantities, claims, verdicts)
# until its line is written; with the default the collector walked them again and again, 0.3-0.4 ms of
# CPU per document. Memory stays bounded: collections still run, and reference counting frees the rest.
_BATCH_GC_THRESHOLD = 20_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the youngest generation's collection threshold for the batch job, then restore it."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], _BATCH_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


async def run_batch(items: list[Item], settings: Settings, output: Output, *, done_ids: set[str] | None = None,
                    progress: Progress | None = None) -> Stats:
    """Summarise every item and write one line for each, in input order.

    With settings.workers > 1 the documents are shared among that many processes (see _workers).
    """
    with fewer_collections():
        return await _run_batch(items, settings, output, done_ids, progress)


async def _run_batch(items: list[Item], settings: Settings, output: Output, done_ids: set[str] | None,
                     progress: Progress | None) -> Stats:
    stats = Stats()
    done_ids = done_ids or set()
    todo = [it for it in items if it.id not in done_ids]
    stats.skipped = len(items) - len(todo)
    if settings.workers > 1 and len(todo) > 1:
        from ._workers import run_in_workers

        await run_in_workers(todo, settings, lambda d: _write(d, output, stats, progress))
        return stats
    engine = None
    if settings.uses_model:
        from ._engines import LLMEngine

        engine = LLMEngine(settings)
    # Documents in work at once. With a model, twice the endpoint's concurrency: the client holds the
    # `concurrency` open requests, and the documents beyond them are cleaned, chunked and checked
    # meanwhile, so that a free request slot finds a prompt ready.
    slots = asyncio.Semaphore(2 * settings.concurrency if engine else 2)

    async def one(it: Item) -> Done:
        text, failed = read_item(it)
        if failed is not None:
            return done(failed)
        assert text is not None
        async with slots:
            if engine is None:  # the rules engine is CPU work: off the event loop
                return await asyncio.to_thread(rules_done, it.id, it.source, text, settings)
            return await model_done(it.id, it.source, text, engine)

    window = max(4, 4 * (settings.concurrency if engine else 2))
    pending: dict[int, asyncio.Task[Done]] = {}
    next_to_write = 0
    try:
        for i in range(len(todo)):
            while len(pending) >= window:  # bounded memory: wait for the head before starting more
                _write(await pending.pop(next_to_write), output, stats, progress)
                next_to_write += 1
            pending[i] = asyncio.create_task(one(todo[i]))
        while pending:
            _write(await pending.pop(next_to_write), output, stats, progress)
            next_to_write += 1
    finally:
        for t in pending.values():
            t.cancel()
        if engine is not None:
            await engine.aclose()
    return stats


def _write(d: Done, output: Output, stats: Stats, progress: Progress | None) -> None:
    output.write_line(d.line)
    stats.done += 1
    if d.error is not None:
        stats.errors[d.error] = stats.errors.get(d.error, 0) + 1
    else:
        stats.ok += 1
        stats.cache_hits += d.cache_hits
        stats.tokens_in += d.tokens_in
        stats.tokens_out += d.tokens_out
    if progress:
        progress.update(stats)
