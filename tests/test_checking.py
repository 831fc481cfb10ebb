"""The relay's check workers: real processes over socket pairs, killed, timed out and cancelled."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal

import pytest

from bedside.proxy.settings import EngineSpec
from bedside.proxy.relay.checking import Checker, CheckFailed
from conftest import make_message

CLEAN = make_message("Dear Sam,\n\nSee you at the library at four.\n\nBest wishes,\nAmy", subject="Library")
PATIENT = make_message("Her NHS number is 943 476 5919, she is in bay 4.", subject="Patient")


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 120))


async def _checker(workers: int = 1, timeout: float = 30) -> Checker:
    checker = Checker(EngineSpec(), workers, timeout)
    await checker.start()
    return checker


@contextlib.asynccontextmanager
async def _running(workers: int = 1):
    """A started checker, closed however the test ends."""
    checker = await _checker(workers)
    try:
        yield checker
    finally:
        await checker.close()


def test_reports_come_back_for_the_right_message():
    async def scenario():
        async with _running(workers=2) as checker:
            reports = await asyncio.gather(*(checker.check(raw, "amy@exmail.nottingham.ac.uk", ("sam@gmail.com",))
                                             for raw in [CLEAN, PATIENT] * 5))
            return [str(r.verdict) for r in reports]

    assert run(scenario()) == ["deliver", "hold"] * 5


def test_a_dead_worker_fails_the_check_and_is_replaced():
    async def scenario():
        async with _running() as checker:
            (worker,) = checker._all
            os.kill(worker.process.pid, signal.SIGKILL)
            with pytest.raises(CheckFailed, match="died"):
                await checker.check(CLEAN, "a@b.c", ("d@e.f",))
            report = await checker.check(PATIENT, "a@b.c", ("d@e.f",))  # waits for the replacement
            (replacement,) = checker._all
            return str(report.verdict), replacement.process.pid != worker.process.pid

    assert run(scenario()) == ("hold", True)


def test_a_check_out_of_time_kills_its_worker_and_the_next_check_is_answered():
    async def scenario():
        async with _running() as checker:
            (worker,) = checker._all
            checker.timeout = 0.000001
            with pytest.raises(CheckFailed, match="longer than"):
                await checker.check(PATIENT, "a@b.c", ("d@e.f",))
            checker.timeout = 30
            report = await checker.check(CLEAN, "a@b.c", ("d@e.f",))
            await asyncio.sleep(0.2)
            return str(report.verdict), worker.process.is_alive()

    assert run(scenario()) == ("deliver", False)


def test_a_cancelled_check_does_not_hand_its_answer_to_the_next_message():
    async def scenario():
        async with _running() as checker:
            task = asyncio.create_task(checker.check(PATIENT, "a@b.c", ("d@e.f",)))
            while not checker._idle.empty():
                await asyncio.sleep(0)  # until the check has taken the worker and sent its request
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            report = await checker.check(CLEAN, "a@b.c", ("d@e.f",))
            return str(report.verdict)

    assert run(scenario()) == "deliver"


def test_close_stops_every_worker():
    async def scenario():
        checker = await _checker(workers=2)
        processes = [w.process for w in checker._all]
        await checker.close()
        return [p.is_alive() for p in processes]

    assert run(scenario()) == [False, False]
