"""The CPU cpu: one piece of work per event-loop turn, after the callbacks ready before it; prompt work first,
errors to their caller."""

from __future__ import annotations

import asyncio
from itertools import pairwise

import pytest

from summariser.core.cpu_queue import _YIELDS, CpuQueue


def test_a_chain_of_ready_callbacks_runs_before_the_next_piece_of_work() -> None:
    log: list[str] = []

    async def chain() -> None:  # stands for reading a reply: each link ready only after the one before
        for _ in range(8):
            log.append("link")
            await asyncio.sleep(0)

    async def main() -> list[int]:
        cpu = CpuQueue()
        links = asyncio.create_task(chain())
        got = await asyncio.gather(*(cpu.run(lambda i=i: log.append(f"job{i}") or i) for i in range(4)))
        await links
        return list(got)

    assert asyncio.run(main()) == [0, 1, 2, 3]
    jobs = [i for i, x in enumerate(log) if x.startswith("job")]
    assert [log[i] for i in jobs] == ["job0", "job1", "job2", "job3"]
    assert max(i for i, x in enumerate(log) if x == "link") < jobs[0]  # no link waited for a piece of work


def test_callbacks_that_are_always_ready_get_turns_between_pieces_but_do_not_starve_them() -> None:
    log: list[str] = []
    done = False

    async def busy() -> None:  # a callback ready on every turn
        while not done:
            log.append("tick")
            await asyncio.sleep(0)

    async def main() -> None:
        nonlocal done
        cpu = CpuQueue()
        ticker = asyncio.create_task(busy())
        try:  # bounded: starved work would wait for ever
            await asyncio.wait_for(asyncio.gather(*(cpu.run(lambda i=i: log.append(f"job{i}")) for i in range(4))), 10)
        finally:
            done = True
        await ticker

    asyncio.run(main())
    jobs = [i for i, x in enumerate(log) if x.startswith("job")]
    assert len(jobs) == 4
    gaps = [b - a - 1 for a, b in pairwise(jobs)]  # ticks between two pieces of work
    assert all(1 <= g <= _YIELDS + 2 for g in gaps), gaps


def test_work_a_request_waits_on_goes_first() -> None:
    order: list[str] = []

    async def main() -> None:
        cpu = CpuQueue()
        await asyncio.gather(cpu.run(lambda: order.append("check a")), cpu.run(lambda: order.append("check b")),
                             cpu.run(lambda: order.append("prompt"), first=True))

    asyncio.run(main())
    assert order == ["prompt", "check a", "check b"]


def test_an_error_goes_to_its_caller_and_the_lane_goes_on() -> None:
    def boom() -> int:
        raise ValueError("bad reply")

    async def main() -> tuple[BaseException | int, ...]:
        cpu = CpuQueue()
        return tuple(await asyncio.gather(cpu.run(boom), cpu.run(lambda: 2), return_exceptions=True))

    failed, ok = asyncio.run(main())
    assert isinstance(failed, ValueError) and ok == 2


def test_work_of_a_cancelled_caller_is_skipped() -> None:
    ran: list[str] = []

    async def main() -> None:
        cpu = CpuQueue()
        doomed = asyncio.ensure_future(cpu.run(lambda: ran.append("doomed")))
        kept = asyncio.ensure_future(cpu.run(lambda: ran.append("kept")))
        doomed.cancel()
        await kept
        with pytest.raises(asyncio.CancelledError):
            await doomed

    asyncio.run(main())
    assert ran == ["kept"]


def test_work_queued_soon_runs_after_the_queued_work_and_its_failure_stays_out_of_the_way() -> None:
    order: list[str] = []

    def fails() -> None:
        order.append("warm b")
        raise ValueError("met again by the call that needs it")

    async def main() -> str:
        cpu = CpuQueue()
        check = asyncio.ensure_future(cpu.run(lambda: order.append("check a")))
        await asyncio.sleep(0)  # the check is queued
        cpu.soon(lambda: order.append("warm a"))
        cpu.soon(fails)
        prompt = asyncio.ensure_future(cpu.run(lambda: order.append("prompt"), first=True))
        await asyncio.gather(check, prompt)
        return await cpu.run(lambda: "after")  # the cpu goes on after a failed warm-up

    assert asyncio.run(main()) == "after"
    # the check was queued before the warm-ups, the prompt after them but first
    assert order == ["prompt", "check a", "warm a", "warm b"]
