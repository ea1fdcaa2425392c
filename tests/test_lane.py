"""The CPU lane: one piece of work per event-loop turn, prompt work first, errors to their caller."""

from __future__ import annotations

import asyncio
from itertools import pairwise

import pytest

from summariser.pipeline.lane import Lane


def test_network_callbacks_get_a_turn_between_pieces_of_work() -> None:
    log: list[str] = []

    async def ticker() -> None:  # stands for the network callbacks that become ready meanwhile
        for _ in range(8):
            log.append("tick")
            await asyncio.sleep(0)

    async def main() -> list[int]:
        lane = Lane()
        tick = asyncio.create_task(ticker())
        got = await asyncio.gather(*(lane.run(lambda i=i: log.append(f"job{i}") or i) for i in range(4)))
        await tick
        return list(got)

    assert asyncio.run(main()) == [0, 1, 2, 3]
    jobs = [i for i, x in enumerate(log) if x.startswith("job")]
    assert len(jobs) == 4 and all(b - a >= 2 for a, b in pairwise(jobs))  # a tick between each two jobs
    assert [log[i] for i in jobs] == ["job0", "job1", "job2", "job3"]


def test_work_a_request_waits_on_goes_first() -> None:
    order: list[str] = []

    async def main() -> None:
        lane = Lane()
        await asyncio.gather(lane.run(lambda: order.append("check a")), lane.run(lambda: order.append("check b")),
                             lane.run(lambda: order.append("prompt"), first=True))

    asyncio.run(main())
    assert order == ["prompt", "check a", "check b"]


def test_an_error_goes_to_its_caller_and_the_lane_goes_on() -> None:
    def boom() -> int:
        raise ValueError("bad reply")

    async def main() -> tuple[BaseException | int, ...]:
        lane = Lane()
        return tuple(await asyncio.gather(lane.run(boom), lane.run(lambda: 2), return_exceptions=True))

    failed, ok = asyncio.run(main())
    assert isinstance(failed, ValueError) and ok == 2


def test_work_of_a_cancelled_caller_is_skipped() -> None:
    ran: list[str] = []

    async def main() -> None:
        lane = Lane()
        doomed = asyncio.ensure_future(lane.run(lambda: ran.append("doomed")))
        kept = asyncio.ensure_future(lane.run(lambda: ran.append("kept")))
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
        lane = Lane()
        check = asyncio.ensure_future(lane.run(lambda: order.append("check a")))
        await asyncio.sleep(0)  # the check is queued
        lane.soon(lambda: order.append("warm a"))
        lane.soon(fails)
        prompt = asyncio.ensure_future(lane.run(lambda: order.append("prompt"), first=True))
        await asyncio.gather(check, prompt)
        return await lane.run(lambda: "after")  # the lane goes on after a failed warm-up

    assert asyncio.run(main()) == "after"
    # the check was queued before the warm-ups, the prompt after them but first
    assert order == ["check a", "prompt", "warm a", "warm b"]
