"""One queue for the CPU work of many documents on one event loop.

Cleaning, checking and assembling a document take milliseconds of CPU; the network callbacks that
read a reply or send the next request take microseconds. When replies come back together, running
each document's checks as soon as its reply lands makes every other reply, and every request a free
slot could send, wait behind all of them. The queue runs one piece of CPU work per turn of the loop,
so that the network callbacks ready in between go first; work that lets a request go out (preparing
a prompt) goes before work on answers already received.

Reading a reply or sending a request is a chain of callbacks, each ready only after the one before
it ran, a turn apart. A piece run on every turn would make each link of such a chain wait for one
piece, so a piece waits while other callbacks are ready, for at most `_YIELDS` turns in a row (the
work is never starved). Which callbacks are ready is read from CPython's loop (`_ready`); a loop
without it (uvloop) gets one piece per turn.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any, Callable, TypeVar

T = TypeVar("T")

_Job = tuple[Callable[[], Any], "asyncio.Future[Any] | None"]
_YIELDS = 16  # turns a piece may wait in a row for the callbacks ready before it


class CpuQueue:
    """Runs callables one per event-loop turn; `run(fn, first=True)` for work a request waits on."""

    def __init__(self) -> None:
        self._first: deque[_Job] = deque()
        self._then: deque[_Job] = deque()
        self._scheduled = False
        self._yielded = 0

    async def run(self, fn: Callable[[], T], *, first: bool = False) -> T:
        """fn's result (or exception), once the queue has run it."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue(self._first if first else self._then, (fn, future))
        return await future

    def soon(self, fn: Callable[[], object]) -> None:
        """Queue fn after the work already queued, without waiting for it: for work that only fills a
        memo ahead of need. Its result is dropped; an exception is left for the call that needs the
        memo to meet again, where it is handled."""
        self._queue(self._then, (fn, None))

    def _queue(self, queue: deque[_Job], job: _Job) -> None:
        queue.append(job)
        if not self._scheduled:
            self._scheduled = True
            asyncio.get_running_loop().call_soon(self._step)

    def _step(self) -> None:
        loop = asyncio.get_running_loop()
        if getattr(loop, "_ready", None) and self._yielded < _YIELDS:
            self._yielded += 1  # callbacks are ready: they run first, this piece on a later turn
            loop.call_soon(self._step)
            return
        self._yielded = 0
        queue = self._first or self._then
        while queue:
            fn, future = queue.popleft()
            if future is not None and future.cancelled():  # its document was cancelled: skip it, take the next
                queue = self._first or self._then
                continue
            try:
                result = fn()
            except Exception as e:  # noqa: BLE001 - handed to the awaiting document
                if future is not None:
                    future.set_exception(e)
            else:
                if future is not None:
                    future.set_result(result)
            break
        if self._first or self._then:
            loop.call_soon(self._step)  # after the callbacks that became ready
        else:
            self._scheduled = False
