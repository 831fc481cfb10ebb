"""Pathological input, second family of tests (issue 14 item 3): how much work hostile text costs.

tests/test_pathological.py checks that every generated family gets a verdict and that the calls a
check makes grow linearly. Linear is not enough when each word of a hostile letter costs a sentence
scan (a letter of one disguised swear word repeated made 200,000 matches, each judged for reported
speech: 26 s a megabyte). These tests pin the shapes that keep it cheap, by counting work, never by
a wall-clock threshold:
- a rule that stops after its first few findings judges only those (the engine's per-rule cap);
- the function calls a hostile letter costs stay within a bound per character;
- a regex scan (whose backtracking cProfile cannot see) takes about twice as long for twice the
  text: the ratio of CPU times between n and 2n characters, with a generous tolerance.
bench/pathological.py times every family at 1 MB against the 2 s target.
"""

from __future__ import annotations

import gc
import pstats
import random
import sys
import time
from pathlib import Path

import pytest

from bedside.checks import Engine, Verdict
from bedside.checks.normalise import _STRETCHED, disguised_spans, fold, words_of
from bedside.checks.offensive.lexicon import WINDOW_PAD
from bedside.checks.text import word_windows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from pathological import FAMILIES, message  # noqa: E402
from conftest import profile_check  # noqa: E402

# Families whose cost lies in the word lists, the de-disguising tokeniser and the letter reading.
HOSTILE = ["cyrillic_words", "stretched", "hyphened", "spelled", "zero_width", "leet", "wildcard", "mixed_token",
           "letter", "capitals", "kisses", "clinical_phrase"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    engine = Engine()
    engine.check(message())
    engine.check(FAMILIES["ordinary"][1](5_000))  # word lists, models and name data loaded: not counted
    return engine


def _calls_to(stats: pstats.Stats, name: str) -> int:
    return sum(counts[1] for (_, _, function), counts in stats.stats.items() if function == name)


def test_reported_speech_is_judged_only_for_the_findings_a_rule_takes(engine):
    # 'fuсk ' (a Cyrillic с) repeated: thousands of matches, all the writer's own. OFF001 stops after
    # its first few findings, so only those are asked whether they are reported speech; twice the
    # text asks no more.
    make = FAMILIES["cyrillic_words"][1]
    small = _calls_to(profile_check(engine, make(10_000)), "_reported")
    large = _calls_to(profile_check(engine, make(20_000)), "_reported")
    assert 0 < small <= 2 * (engine._most + 1)
    assert large == small
    assert engine.check(make(20_000)).verdict is Verdict.HOLD


CALLS_PER_CHARACTER = 16  # now at most ~12 (mixed_token); the Cyrillic letter made 25 when every match was judged


@pytest.mark.parametrize("family", HOSTILE)
def test_hostile_text_costs_a_bounded_number_of_calls_per_character(engine, family):
    # Function calls (Python and built-in) of one check per character of hostile text: a word-by-word
    # pass costs a few per character, a sentence scan per word a few hundred per word.
    size = 20_000
    hostile = profile_check(engine, FAMILIES[family][1](size)).total_calls
    assert hostile <= CALLS_PER_CHARACTER * size, f"{family}: {hostile} calls for {size:,} characters"


def _cpu(engine: Engine, raw: bytes, runs: int = 5) -> float:
    """Best CPU seconds of `runs` checks, with the garbage collector paused: its full collections
    come at irregular times and would be noise here, not growth."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.process_time()
            engine.check(raw)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("family", ["dots", "stars", "punctuation", "emoji", "invisible", "letter", "stretched",
                                    "cyrillic_words", "quote_lines", "spaces"])
def test_twice_the_text_takes_about_twice_the_time(engine, family):
    # A ratio, not a threshold: linear is 2, quadratic 4. Backtracking inside a regex (a line of a
    # million dots tried by a greeting pattern at every position) shows here and not in call counts.
    make = FAMILIES[family][1]
    n = 40_000
    engine.check(make(n))
    small, large = _cpu(engine, make(n)), _cpu(engine, make(2 * n))
    if large < 0.02:
        return  # too quick to time: nothing here grows
    assert large <= 3.5 * max(small, 0.005), f"{family}: {small:.3f} s at {n:,} characters, {large:.3f} s at {2 * n:,}"


def _windows_from_triples(folded: str) -> list[tuple[int, int]]:
    """The suspect windows as they were built before runs were merged: one span per letter triple."""
    return word_windows(folded, [m.span() for m in _STRETCHED.finditer(folded)], WINDOW_PAD)


def test_a_run_of_stretched_letters_is_one_suspect_span_with_the_same_windows():
    folded = fold("a" * 100_000)
    assert disguised_spans(folded, words_of(folded)) == [(0, 99_999)]  # 33,333 triples, one span
    rng = random.Random(14)
    for _ in range(300):
        text = "".join(rng.choice(["a", "aa", "aaaa", "b", "bbb", "c", " ", "  ", "\n", "x.", "fuuuuck "])
                       for _ in range(rng.randint(1, 60)))
        folded = fold(text)
        spots = [s for s in disguised_spans(folded, words_of(folded)) if folded[s[0]:s[1]].isalpha()]
        assert word_windows(folded, spots, WINDOW_PAD) == _windows_from_triples(folded), repr(text)
