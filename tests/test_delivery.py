"""The upstream pool against a real aiosmtpd sink on loopback: envelopes opened, committed, aborted."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from bedside.proxy.delivery import Refused, UpstreamPool
from bedside.proxy.settings import Upstream
from relay_harness import Sink, free_port

DATA = b"From: amy@exmail.nottingham.ac.uk\r\nSubject: notes\r\n\r\nSee you at four.\r\n"


@pytest.fixture(scope="module")
def sink():
    with Sink(refuse={"nobody@gmail.com", "nobody2@gmail.com"}) as s:
        yield s


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 60))


@contextlib.asynccontextmanager
async def _pool(port: int, size: int = 1):
    """A pool on the sink, its kept-open connections closed however the test ends."""
    pool = UpstreamPool(Upstream(host="127.0.0.1", port=port, timeout=10, pool_size=size), "bedside.test")
    try:
        yield pool
    finally:
        await pool.close()


def test_an_aborted_envelope_delivers_nothing_and_the_connection_is_reused(sink):
    async def scenario():
        async with _pool(sink.port) as pool:
            held = await pool.open("amy@exmail.nottingham.ac.uk", ["aborted@gmail.com"], len(DATA))
            await held.abort()
            sent = await pool.open("amy@exmail.nottingham.ac.uk", ["committed@gmail.com"], len(DATA))
            delivery = await sent.commit(DATA)
            return delivery, len(pool._idle)

    delivery, idle = run(scenario())
    assert delivery.ok and idle == 1  # one connection served both: the RSET left it clean
    sink.wait_for(1)
    assert sink.to("committed@gmail.com") == [DATA] and sink.to("aborted@gmail.com") == []


def test_refused_recipients(sink):
    async def scenario():
        async with _pool(sink.port) as pool:
            some = await (await pool.open("a@b.ac.uk", ["nobody@gmail.com", "partial@gmail.com"], 10)).commit(DATA)
            every = await pool.open("a@b.ac.uk", ["nobody@gmail.com", "nobody2@gmail.com"], 10)
            return some, every, await every.commit(DATA)

    some, every, answer = run(scenario())
    assert some.ok and set(some.refused) == {"nobody@gmail.com"} and some.refused["nobody@gmail.com"][0] == 550
    assert isinstance(every, Refused) and answer.code == 550 and set(answer.refused) == {"nobody@gmail.com",
                                                                                       "nobody2@gmail.com"}


def test_upstream_down_is_a_tempfail_and_frees_the_turn():
    async def scenario():
        async with _pool(free_port(), size=1) as pool:
            first = await pool.open("a@b.ac.uk", ["x@gmail.com"], 10)
            second = await asyncio.wait_for(pool.open("a@b.ac.uk", ["x@gmail.com"], 10), 10)  # would hang if not freed
            return await first.commit(DATA), await second.commit(DATA), pool.ready()

    first, second, ready = run(scenario())
    assert first.code == 451 and second.code == 451 and ready


def test_cancelled_open_frees_the_turn(sink):
    async def scenario():
        async with _pool(sink.port, size=1) as pool:
            opening = asyncio.create_task(pool.open("a@b.ac.uk", ["cancelled@gmail.com"], 10))
            await asyncio.sleep(0)
            opening.cancel()
            with pytest.raises(asyncio.CancelledError):
                await opening
            envelope = await asyncio.wait_for(pool.open("a@b.ac.uk", ["after-cancel@gmail.com"], 10), 10)
            return await envelope.commit(DATA), pool._turns

    delivery, turns = run(scenario())
    assert delivery.ok and turns == 0
    sink.wait_for(1)
    assert sink.to("after-cancel@gmail.com") and not sink.to("cancelled@gmail.com")


def test_abort_after_commit_does_nothing(sink):
    """The relay resets every envelope opened early once it is done with it; after a commit that
    must not touch the connection, which is by then serving the next message."""
    async def scenario():
        async with _pool(sink.port) as pool:
            first = await pool.open("a@b.ac.uk", ["after-commit-1@gmail.com"], 10)
            await first.commit(DATA)
            second = await pool.open("a@b.ac.uk", ["after-commit-2@gmail.com"], 10)  # reuses the connection
            await first.abort()  # late: must not RSET the second message's envelope
            await first.abort()
            return await second.commit(DATA), pool._turns

    delivery, turns = run(scenario())
    assert delivery.ok and turns == 0
    sink.wait_for(2)
    assert sink.to("after-commit-1@gmail.com") == [DATA] and sink.to("after-commit-2@gmail.com") == [DATA]
