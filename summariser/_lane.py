"""One lane for the CPU work of many documents on one event loop.

Cleaning, checking and assembling a document take milliseconds of CPU; the network callbacks that
read a reply or send the next request take microseconds. When replies come back together, running
each document's checks as soon as its reply lands makes every other reply, and every request a free
slot could send, wait behind all of them. The lane runs one piece of CPU work per turn of the loop,
so that the network callbacks ready in between go first; work that lets a request go out (preparing
a prompt) goes before work on answers already received.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any, Callable, TypeVar

T = TypeVar("T")

_Job = tuple[Callable[[], Any], "asyncio.Future[Any]"]


class Lane:
    """Runs callables one per event-loop turn; `run(fn, first=True)` for work a request waits on."""

    def __init__(self) -> None:
        self._first: deque[_Job] = deque()
        self._then: deque[_Job] = deque()
        self._scheduled = False

    async def run(self, fn: Callable[[], T], *, first: bool = False) -> T:
        """fn's result (or exception), once the lane has run it."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        (self._first if first else self._then).append((fn, future))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._step)
        return await future

    def _step(self) -> None:
        queue = self._first or self._then
        while queue:
            fn, future = queue.popleft()
            if future.cancelled():  # its document was cancelled: skip it, take the next
                queue = self._first or self._then
                continue
            try:
                future.set_result(fn())
            except Exception as e:  # noqa: BLE001 - handed to the awaiting document
                future.set_exception(e)
            break
        if self._first or self._then:
            asyncio.get_running_loop().call_soon(self._step)  # after the callbacks that became ready
        else:
            self._scheduled = False
