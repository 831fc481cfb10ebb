"""Every case in the labelled patient corpus comes out as labelled: verdict and patient rule codes."""

from __future__ import annotations

import pytest

from bedside.checks import Action, Verdict
from conftest import make_message
from corpus.patient_cases import CASES
from bedside.checks.registry import all_rules

HOLD_RULES = {r.code for r in all_rules(include_plugins=False) if r.action is Action.HOLD}


def test_corpus_is_big_and_balanced():
    positives = [c for c in CASES if c["expect"]]
    assert len(CASES) >= 200 and len(positives) >= 90 and len(CASES) - len(positives) >= 80


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_case(engine, case):
    report = engine.check(make_message(case["text"], subject=case["subject"], to=case["to"]))
    got = sorted({f.rule for f in report.findings if f.category == "patient"})
    assert got == case["expect"], [f.message for f in report.findings]
    patient_hold = any(f.action is Action.HOLD for f in report.findings if f.category == "patient")
    assert patient_hold == bool(set(case["expect"]) & HOLD_RULES)
    if patient_hold:
        assert report.verdict is Verdict.HOLD
