"""The batch job: many inputs in, one JSON line per document out, in input order, nothing lost.

Every input document yields exactly one line: its DocumentSummary, or an `error` object with a type
and a message a person can act on. Lines are written in input order, each with one write() on a
file opened for appending, and flushed; a run killed at any moment leaves whole lines plus at most
one torn last line, which `--resume` drops (jsonl.prepare_resume) before skipping the documents
already written.
"""

from __future__ import annotations

import asyncio
import warnings
from typing import Awaitable, Callable

from ..core.errors import EndpointError
from ..core.settings import Settings
from ..pipeline.engines import Engine, open_engine, preflight
from .gc_policy import fewer_collections
from .inputs import Item, read_item
from .jsonl import Output
from .progress import Progress, Stats
from .records import OutputLine, document_line, error_line
from .sizing import in_work, window
from .workers import run_in_workers


async def run_batch(items: list[Item], settings: Settings, output: Output, *, done_ids: set[str] | None = None,
                    progress: Progress | None = None, stats: Stats | None = None) -> Stats:
    """Summarise every item and write one line for each, in input order; returns the counters (`stats`,
    when given, is filled as lines are written, so that an interrupted run can still report them).

    With settings.workers > 1 the documents are shared among that many processes (see workers.py).
    Raises EndpointError, before any line is written, when the endpoint cannot be reached, refuses the
    key or has no such model.
    """
    stats = stats if stats is not None else Stats()
    done_ids = done_ids or set()
    todo = [it for it in items if it.id not in done_ids]
    stats.skipped = len(items) - len(todo)

    def write(d: OutputLine) -> None:
        output.write_line(d.line)
        stats.count(d)
        if progress:
            progress.update(stats)

    # EndpointError from the preflight, before any line: the endpoint cannot serve any document
    if settings.workers > 1 and len(todo) > 1:
        # the worker processes summarise, each with its own engine: the endpoint is tried here, once, and
        # the mode it resolves is handed to them (no worker probes again)
        settings = await _preflight(preflight(settings), settings)
        with fewer_collections():
            await run_in_workers(todo, settings, write)
    else:
        with fewer_collections():
            await _run_here(todo, settings, write)
    return stats


async def _preflight(check: Awaitable[Settings], settings: Settings) -> Settings:
    """The endpoint tried once before the documents (`check`: the preflight). Rate-limited (429 after the
    transport's back-offs) is not a reason to stop: the endpoint is there and takes the key; the documents
    go on, each backing off on its own (in `auto` mode the first of them probes the mode again)."""
    try:
        return await check
    except EndpointError as e:
        if e.kind != "rate_limited":
            raise
        warnings.warn(f"{e}; going on: each document waits and retries on its own", RuntimeWarning, stacklevel=2)
        return settings


async def _run_here(todo: list[Item], settings: Settings, write: Callable[[OutputLine], None]) -> None:
    """The documents on this process's event loop, by one engine, whose first use is the preflight."""
    engine = open_engine(settings)
    try:
        if todo:
            await _preflight(engine.preflight(), settings)
        await _summarise_here(engine, todo, settings, write)
    finally:
        await engine.aclose()


async def _summarise_here(engine: Engine, todo: list[Item], settings: Settings,
                          write: Callable[[OutputLine], None]) -> None:
    slots = asyncio.Semaphore(in_work(settings))

    async def one(it: Item) -> OutputLine:
        text, failed = read_item(it)
        if failed is not None:
            return error_line(it.id, it.source, *failed)
        assert text is not None
        async with slots:
            return await document_line(engine, it.id, it.source, text)

    ahead = window(settings)
    pending: dict[int, asyncio.Task[OutputLine]] = {}
    next_to_write = 0
    try:
        for i in range(len(todo)):
            while len(pending) >= ahead:  # bounded memory: wait for the head before starting more
                write(await pending.pop(next_to_write))
                next_to_write += 1
            pending[i] = asyncio.create_task(one(todo[i]))
        while pending:
            write(await pending.pop(next_to_write))
            next_to_write += 1
    finally:
        for t in pending.values():
            t.cancel()
