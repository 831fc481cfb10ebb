"""Check many messages, in this process or across a pool of worker processes, in input order."""

from __future__ import annotations

import gc
import multiprocessing
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from bedside.checks import Engine, Report, load_config

from .sources import Item, read

# Below this many messages a pool costs more to start than it saves.
POOL_THRESHOLD = 8
CHUNK = 16


@dataclass(frozen=True)
class Outcome:
    source: str
    report: Report | None = None
    error: str | None = None


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


@dataclass(frozen=True)
class EngineSpec:
    """What a worker needs to build the same engine as the parent: config paths and overrides."""

    config_paths: tuple[str, ...] = ()
    overrides: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()

    def build(self) -> Engine:
        overrides = {section: dict(values) for section, values in self.overrides}
        return Engine(load_config(*self.config_paths, overrides=overrides))


def check_item(engine: Engine, item: Item) -> Outcome:
    if item.error:
        return Outcome(item.source, error=item.error)
    try:
        raw = read(item)
    except OSError as exc:
        return Outcome(item.source, error=exc.strerror or str(exc))
    return Outcome(item.source, report=engine.check(raw))


_worker_engine: Engine | None = None  # one per worker process, set by the pool initializer
_worker_render: Callable[[Outcome], str] | None = None


def _init_worker(spec: EngineSpec, render: Callable[[Outcome], str] | None = None) -> None:
    global _worker_engine, _worker_render
    if _worker_engine is None:  # spawned: build our own; forked: the parent's warmed engine is already here
        _worker_engine = spec.build()
    _worker_render = render


def _check_and_render_in_worker(item: Item) -> Rendered:
    return _rendered(check_item(_worker_engine, item), _worker_render)


def run(items: Iterable[Item], spec: EngineSpec, jobs: int, render: Callable[[Outcome], str],
        engine: Engine | None = None) -> Iterator[Rendered]:
    """Check every item, in input order; `render` (picklable) turns each outcome into output text."""
    items = list(items)
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1 or len(items) < POOL_THRESHOLD:
        engine = engine or spec.build()
        for item in items:
            yield _rendered(check_item(engine, item), render)
        return
    # fork: workers inherit the parent's engine with its word lists loaded, so they start in
    # milliseconds (the CLI runs no threads, so forking is safe). What compiles on first use is left
    # to the workers: done there it runs in parallel, done here it would hold both of them up.
    global _worker_engine
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    if context.get_start_method() == "fork":
        _worker_engine = engine or spec.build()
        gc.freeze()  # keep the collector off the inherited heap, so forked pages stay shared
    with context.Pool(min(jobs, len(items)), initializer=_init_worker, initargs=(spec, render)) as pool:
        yield from pool.imap(_check_and_render_in_worker, items, chunksize=CHUNK)
