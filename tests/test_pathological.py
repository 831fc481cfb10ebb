"""Pathological input (issue 14, item 3): a hostile message must not stall a check worker.

Every family bench/pathological.py generates (one long token, f*f*f*, spelled-out letters, digit
runs, long and many lines, deep quoting, huge headers, look-alikes, invisible characters, nested
HTML, repeated words) is checked here at a moderate size: it gets a verdict, no rule fails, and
what a finding shows stays short. Time is not asserted (a loaded machine makes that flaky);
instead the work is counted: the function calls one check makes (Python and built-in, counted by
cProfile) for an input four times as long must grow about four times, not sixteen. That catches a
loop in Python over a long token once per spot in it (20,000 characters took 16 s), though not a
regex backtracking inside C: bench/pathological.py times those.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bedside.checks import Engine, Verdict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from pathological import FAMILIES, message  # noqa: E402
from conftest import profile_check  # noqa: E402

SIZE = 20_000  # characters: big enough to show a quadratic rule (seconds before the fix), small enough for the suite
SMALL = 2_500  # the counting test's sizes: SMALL and 4 * SMALL
MAX_SHOWN = 300  # a finding's excerpt or message: a window on the text, never the text


@pytest.fixture(scope="module")
def engine() -> Engine:
    engine = Engine()
    engine.check(message())  # word lists and models load on first use: not counted below
    return engine


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_is_checked_and_gets_a_verdict(engine, family):
    report = engine.check(FAMILIES[family][1](SIZE))
    assert report.errors == (), report.errors
    assert report.verdict in (Verdict.DELIVER, Verdict.WARN, Verdict.HOLD)
    for finding in report.findings:
        assert len(finding.excerpt) <= MAX_SHOWN and "\n" not in finding.excerpt
        assert len(finding.message) <= MAX_SHOWN and "\n" not in finding.message


@pytest.mark.parametrize("family", ["stretched", "cyrillic_words"])
def test_abuse_repeated_to_a_huge_size_is_still_held(engine, family):
    # The cheap paths for hostile input must not be blind: the swearing is still found, and the
    # findings stop at the per-rule cap instead of listing every one.
    report = engine.check(FAMILIES[family][1](SIZE))
    assert report.verdict is Verdict.HOLD
    assert any(f.rule == "OFF001" for f in report.findings)
    assert len(report.findings) < 60


def test_a_disguise_at_the_end_of_a_long_token_is_read_whole(engine):
    # The window around a suspect is widened to whole words: a word after 100,000 characters of one
    # token and a space is found, and one glued to the token's end is not (it is not a word).
    assert engine.check(message("a" * 100_000 + " f*ck")).verdict is Verdict.HOLD
    assert engine.check(message("a" * 100_000 + "f*ck")).verdict is Verdict.DELIVER


def _calls(engine: Engine, raw: bytes) -> int:
    return profile_check(engine, raw).total_calls


@pytest.mark.parametrize("family", list(FAMILIES))
def test_work_grows_linearly(engine, family):
    make = FAMILIES[family][1]
    engine.check(make(SMALL))  # anything compiled or cached on first sight of this shape
    small, large = _calls(engine, make(SMALL)), _calls(engine, make(4 * SMALL))
    # Linear is 4 (less where fixed costs or the per-rule cap on findings weigh); quadratic is 16.
    assert large <= 6 * small, f"{family}: {small} calls at {SMALL:,} characters, {large} at {4 * SMALL:,}"
