"""`bedside check --jobs N`: forked workers, results in input order, a dead worker is an error."""

from __future__ import annotations

import os

import pytest

from bedside.checks import Action, Category, Engine, load_config
from bedside.checks.model import Explanation, Rule
from bedside.proxy.cli import batch
from bedside.proxy.cli.sources import Item
from conftest import make_message


def _render(outcome: batch.Outcome) -> str:
    return f"{outcome.source} {outcome.report.verdict if outcome.report else outcome.error}"


def _items(count: int) -> list[Item]:
    bodies = ["Hello, see you at four.", "Her NHS number is 943 476 5919.", "What a f*cking awful shift."]
    return [Item(f"m{i}", raw=make_message(bodies[i % 3], subject=f"m{i}")) for i in range(count)]


@pytest.mark.parametrize("jobs", [2, 3])
def test_forked_workers_keep_input_order_and_match_one_process(jobs):
    items = _items(75)  # several chunks per worker, the last one short
    engine = Engine(load_config())
    serial = [r.text for r in batch.run(items, batch.EngineSpec(), 1, _render, engine=engine)]
    forked = [r.text for r in batch.run(items, batch.EngineSpec(), jobs, _render, engine=engine)]
    assert forked == serial
    assert [t.split()[1] for t in serial[:3]] == ["deliver", "hold", "hold"]


def test_a_worker_that_dies_is_an_error_not_a_hang():
    def die_on_marker(scan):
        if "DIE-HERE" in scan.body.text:
            os._exit(3)  # a worker killed mid-run (out of memory, a crash in a C library)
        return ()

    rule = Rule("TST002", "dies", Category.ETIQUETTE, Action.WARN, "never", Explanation("w", "y", "h"), die_on_marker)
    engine = Engine(load_config(), rules=(rule,))
    items = _items(40)
    items[33] = Item("fatal", raw=make_message("DIE-HERE"))
    with pytest.raises(batch.WorkerDied, match="stopped before finishing"):
        list(batch.run(items, batch.EngineSpec(), 2, _render, engine=engine))
