"""Checks off the event loop: a pool of worker processes, each with its own engine, and a time budget.

A check that raises, times out or loses its worker is a `CheckFailed`; the relay then holds the
message (fail closed) or tempfails it, never delivers it unchecked.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bedside.checks import Report

from . import batch
from .batch import EngineSpec


class CheckFailed(Exception):
    pass


def _check_in_worker(raw: bytes, mail_from: str, rcpts: tuple[str, ...]) -> Report:
    return batch._worker_engine.check(raw, mail_from, rcpts)


def _ping() -> int:
    return os.getpid()


class Checker:
    def __init__(self, spec: EngineSpec, workers: int, timeout: float):
        self.spec = spec
        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # forkserver: workers never inherit the relay's threads or sockets.
        context = multiprocessing.get_context("forkserver")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=batch._init_worker,
                                   initargs=(self.spec,))

    async def warm_up(self) -> None:
        """Start every worker now, so the first message does not pay for imports."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, _ping) for _ in range(self.workers)))

    async def check(self, raw: bytes, mail_from: str, rcpts: tuple[str, ...]) -> Report:
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._pool, _check_in_worker, raw, mail_from, rcpts)
            return await asyncio.wait_for(future, self.timeout)
        except asyncio.TimeoutError as exc:
            raise CheckFailed(f"check took longer than {self.timeout:g}s") from exc
        except BrokenProcessPool as exc:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()  # a worker died (e.g. out of memory): replace the pool
            raise CheckFailed("check worker died") from exc
        except Exception as exc:  # noqa: BLE001 - any failure is a failed check, never a pass
            raise CheckFailed(f"check failed ({type(exc).__name__})") from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
