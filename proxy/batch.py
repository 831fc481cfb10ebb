"""Check many messages, in this process or across a pool of worker processes, in input order."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from typing import Iterable, Iterator

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


def _init_worker(spec: EngineSpec) -> None:
    global _worker_engine
    _worker_engine = spec.build()


def _check_in_worker(item: Item) -> Outcome:
    return check_item(_worker_engine, item)


def run(items: Iterable[Item], spec: EngineSpec, jobs: int, engine: Engine | None = None) -> Iterator[Outcome]:
    items = list(items)
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1 or len(items) < POOL_THRESHOLD:
        engine = engine or spec.build()
        for item in items:
            yield check_item(engine, item)
        return
    # fork: workers inherit the imported engine, so they start in milliseconds (the CLI runs no threads).
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(min(jobs, len(items)), initializer=_init_worker, initargs=(spec,)) as pool:
        yield from pool.imap(_check_in_worker, items, chunksize=CHUNK)
