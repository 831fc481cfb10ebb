"""Each relay check worker has a memory limit (RLIMIT_AS): a message needing more fails its check
(the relay holds or tempfails it, never delivers it) and the worker is replaced. Real workers."""

from __future__ import annotations

import asyncio

import pytest

from bedside.proxy.settings import EngineSpec
from bedside.proxy.relay.checking import Checker, CheckFailed
from bedside.proxy.settings import load_serve_settings
from bedside.checks import load_config
from conftest import make_message
from test_archives import DOCX, docx_bomb

CLEAN = make_message("Dear Sam,\n\nSee you at the library at four.\n\nBest wishes,\nAmy", subject="Library")
LIMIT_MB = 400


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 120))


def _address_space_limit(pid: int) -> str:
    with open(f"/proc/{pid}/limits") as limits:
        line = next(l for l in limits if l.startswith("Max address space"))
    return line.split()[3]


def test_a_limited_worker_holds_a_bomb_fails_a_message_too_big_for_it_and_is_replaced():
    async def scenario():
        checker = Checker(EngineSpec(), 1, 60, memory_mb=LIMIT_MB)
        await checker.start()
        try:
            (worker,) = checker._all
            limit = _address_space_limit(worker.process.pid)
            bomb = make_message("My reflection.", attachments=[("reflection.docx", DOCX, docx_bomb())])
            report = await checker.check(bomb, "amy@exmail.nottingham.ac.uk", ("sam@gmail.com",))
            survived = worker.process.is_alive()
            # The request frame and its unpickled copy, 2 x 150 MB, beside the worker's ~150 MB,
            # cannot fit in 400 MB of address space.
            huge = b"From: amy@exmail.nottingham.ac.uk\r\nTo: sam@gmail.com\r\n\r\n" + b"word " * (30 << 20)
            with pytest.raises(CheckFailed, match="memory"):
                await checker.check(huge, "amy@exmail.nottingham.ac.uk", ("sam@gmail.com",))
            clean = await checker.check(CLEAN, "amy@exmail.nottingham.ac.uk", ("sam@gmail.com",))
            (replacement,) = checker._all
            return (limit, str(report.verdict), report.rules, survived, str(clean.verdict),
                    replacement.process.pid != worker.process.pid)
        finally:
            await checker.close()

    limit, verdict, rules, survived, clean, replaced = run(scenario())
    assert limit == str(LIMIT_MB << 20)
    assert verdict == "hold" and "UNC001" in rules and survived  # the bomb was refused, not inflated
    assert clean == "deliver" and replaced


def test_the_limit_is_a_serve_setting():
    assert load_serve_settings(load_config()).check_worker_memory_mb == 1024
    config = load_config(overrides={"serve": {"check_worker_memory_mb": 2048}})
    assert load_serve_settings(config).check_worker_memory_mb == 2048
