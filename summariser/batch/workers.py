"""Worker processes for a batch: the CPU work (cleaning, parsing, checking) on more than one core.

The parent reads the inputs, hands each document to the least busy worker, and writes the lines in
input order; each worker runs its own event loop, engine and share of the endpoint's concurrency.
A worker that dies takes no document with it silently: each document it held gets an error line.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import queue
import signal
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from typing import Callable

from ..core.settings import Settings
from ..pipeline.engines import open_engine
from .gc_policy import fewer_collections
from .inputs import Item, read_item
from .records import OutputLine, document_line, error_line
from .sizing import in_work, window

Job = tuple[int, str, str, "str | bytes"]  # index, id, source, content


def _share(settings: Settings) -> Settings:
    """The settings of one worker: its share of the endpoint's concurrency, no workers of its own."""
    return settings.with_(concurrency=-(-settings.concurrency // settings.workers), workers=1)


async def run_in_workers(todo: list[Item], settings: Settings, write: Callable[[OutputLine], None]) -> None:
    """Summarise `todo` in settings.workers processes; `write` gets each line in input order."""
    workers = min(settings.workers, len(todo))
    settings = _share(settings)  # its mode resolved by the runner's preflight
    ctx = mp.get_context("spawn")  # never fork a process that has threads and an event loop
    results: Queue[tuple[int, OutputLine]] = ctx.Queue()
    inboxes: list[Queue[Job | None]] = [ctx.Queue() for _ in range(workers)]
    procs: list[BaseProcess] = [ctx.Process(target=_worker, args=(settings, inboxes[w], results), daemon=True,
                                            name=f"summariser-worker-{w}") for w in range(workers)]
    for p in procs:
        p.start()
    per_worker = window(settings)
    held: list[set[int]] = [set() for _ in procs]  # documents each worker holds
    ready: dict[int, OutputLine] = {}
    loop = asyncio.get_running_loop()
    head = nxt = 0
    try:
        while head < len(todo):
            while nxt < len(todo):  # hand out documents while some live worker has room
                alive = [w for w, p in enumerate(procs) if p.exitcode is None]
                w = min(alive, key=lambda k: len(held[k]), default=None)
                if w is None or len(held[w]) >= per_worker or nxt - head >= per_worker * workers:
                    break
                it = todo[nxt]
                text, failed = read_item(it)
                if failed is not None:
                    ready[nxt] = error_line(it.id, it.source, *failed)
                else:
                    assert text is not None
                    inboxes[w].put((nxt, it.id, it.source, text))
                    held[w].add(nxt)
                nxt += 1
            while head in ready:
                write(ready.pop(head))
                head += 1
            if head >= len(todo):
                break
            try:
                index, d = await loop.run_in_executor(None, results.get, True, 0.5)
            except queue.Empty:
                _reap(procs, held, todo, ready)
                if all(p.exitcode is not None for p in procs):  # nobody left to give the rest to
                    for index in range(nxt, len(todo)):
                        ready[index] = error_line(todo[index].id, todo[index].source, "internal",
                                                  "not summarised: every worker process died; run again with "
                                                  "--resume --retry-errors")
                    nxt = len(todo)
                continue
            ready[index] = d
            for h in held:
                h.discard(index)
    finally:
        for inbox in inboxes:
            inbox.put(None)
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.terminate()


def _reap(procs: list[BaseProcess], held: list[set[int]], todo: list[Item], ready: dict[int, OutputLine]) -> None:
    """Error lines for the documents of a worker that died."""
    for w, p in enumerate(procs):
        if p.exitcode is not None and held[w]:
            for index in sorted(held[w]):
                ready[index] = error_line(todo[index].id, todo[index].source, "internal",
                                          f"the worker process died (exit code {p.exitcode}) while summarising "
                                          "this document: run again with --resume --retry-errors to retry it")
            held[w].clear()


def _worker(settings: Settings, inbox: Queue[Job | None], results: Queue[tuple[int, OutputLine]]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    with fewer_collections():
        asyncio.run(_work(settings, inbox, results, os.getppid()))


def _next_job(inbox: Queue[Job | None], parent: int) -> Job | None:
    """The next job, or None when the run is over. A worker whose parent is gone (killed, even by
    SIGKILL) exits at once: nobody is left to write what it holds, and it must not outlive the run."""
    while True:
        try:
            return inbox.get(timeout=0.5)
        except queue.Empty:
            if os.getppid() != parent:
                os._exit(1)


async def _work(settings: Settings, inbox: Queue[Job | None], results: Queue[tuple[int, OutputLine]],
                parent: int) -> None:
    loop = asyncio.get_running_loop()
    engine = open_engine(settings)
    slots = asyncio.Semaphore(in_work(settings))
    tasks: set[asyncio.Task[None]] = set()

    async def one(job: Job) -> None:
        index, doc_id, source, text = job
        try:
            results.put((index, await document_line(engine, doc_id, source, text)))
        finally:
            slots.release()

    try:
        while True:
            await slots.acquire()
            job = await loop.run_in_executor(None, _next_job, inbox, parent)
            if job is None:
                break
            t = asyncio.create_task(one(job))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)
    finally:
        await engine.aclose()
