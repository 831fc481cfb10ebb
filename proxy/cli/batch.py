"""Check many messages, in this process or across a pool of worker processes, in input order."""

from __future__ import annotations

import gc
import os
import signal
import sys
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from bedside.checks import Engine

from bedside.proxy.frames import read_frame, write_frame
from bedside.proxy.cli.sources import Item, not_mail, read
from bedside.proxy.reports import Outcome
from bedside.proxy.settings import EngineSpec

# Below this many messages a pool costs more to start than it saves.
POOL_THRESHOLD = 8
CHUNK = 16


class WorkerDied(RuntimeError):
    """A forked worker exited early (killed, out of memory, a crash in a C library)."""


@dataclass(frozen=True)
class Rendered:
    """What comes back from checking one input: enough to count, plus the output already written
    out, so a pool's workers (not the parent) do the formatting and little crosses the pipe."""

    source: str
    verdict: str | None
    findings: int
    error: str | None
    text: str


def _rendered(outcome: Outcome, render: Callable[[Outcome], str]) -> Rendered:
    report = outcome.report
    return Rendered(outcome.source, str(report.verdict) if report else None,
                    len(report.findings) if report else 0, outcome.error, render(outcome))


def check_item(engine: Engine, item: Item) -> Outcome:
    if item.error:
        return Outcome(item.source, error=item.error)
    try:
        raw = read(item)
    except OSError as exc:
        return Outcome(item.source, error=exc.strerror or str(exc))
    problem = not_mail(raw)
    if problem:
        return Outcome(item.source, error=problem)
    return Outcome(item.source, report=engine.check(raw))


def run(items: Iterable[Item], spec: EngineSpec, jobs: int, render: Callable[[Outcome], str],
        engine: Engine | None = None) -> Iterator[Rendered]:
    """Check every item, in input order; `render` turns each outcome into output text."""
    items = list(items)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(items)))
    engine = engine or spec.build()
    if jobs == 1 or len(items) < POOL_THRESHOLD or not hasattr(os, "fork"):
        for item in items:
            yield _rendered(check_item(engine, item), render)
        return
    yield from _forked(items, engine, jobs, render)


def _forked(items: list[Item], engine: Engine, jobs: int, render) -> Iterator[Rendered]:
    """Forked workers, each inheriting the parent's engine with its word lists loaded, each taking
    every jobs-th chunk of the input and writing its results down its own pipe; the parent reads
    the pipes in chunk order, so output keeps input order with no reordering buffer.

    Plain fork and pipes rather than multiprocessing.Pool: the pool's task and result threads cost
    the parent CPU that the workers need on a small machine. The CLI runs no threads of its own,
    so forking is safe. What compiles on first use is left to the workers: done there it runs in
    parallel, done here it would hold both of them up.
    """
    import pickle  # noqa: F401 - only a pool pickles (~4 ms to import): here, before the fork, once for all workers

    chunks = [items[i: i + CHUNK] for i in range(0, len(items), CHUNK)]
    gc.freeze()  # keep the collector off the inherited heap, so forked pages stay shared
    sys.stdout.flush()
    sys.stderr.flush()
    workers: list[tuple[int, BinaryIO]] = []
    finished = False
    try:
        for k in range(jobs):
            read_end, write_end = os.pipe()
            _widen(write_end)
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                _worker(chunks[k::jobs], engine, render, write_end)  # never returns
            os.close(write_end)
            workers.append((pid, os.fdopen(read_end, "rb")))
        for index, chunk in enumerate(chunks):
            stream = workers[index % jobs][1]
            for _ in chunk:
                yield _receive(stream)
        finished = True
    finally:
        for pid, stream in workers:
            stream.close()
            _reap(pid, wait=finished)


def _worker(chunks: list[list[Item]], engine: Engine, render, fd: int) -> None:
    import pickle

    code = 1
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                for item in chunk:
                    result = _rendered(check_item(engine, item), render)
                    write_frame(out, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), flush=False)
        code = 0
    except BrokenPipeError:
        code = 0  # the parent stopped reading (an error, or Ctrl-C): nothing left to do
    finally:
        os._exit(code)  # never run the parent's cleanup or flush its buffers twice


def _receive(stream: BinaryIO) -> Rendered:
    import pickle

    frame = read_frame(stream)
    if frame is None:
        raise WorkerDied("a check worker stopped before finishing its messages")
    return pickle.loads(frame)


def _widen(fd: int) -> None:
    """A bigger pipe lets a worker run further ahead of the parent's in-order reading."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except (ImportError, OSError):
        pass  # not Linux, or above the system's limit: the default size works, a little slower


def _reap(pid: int, wait: bool) -> None:
    try:
        if not wait:
            os.kill(pid, signal.SIGKILL)  # the parent is leaving early: do not leave work running
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass
