"""The word lists' speed hints never cost a match.

Patterns in config/wordlists/*.toml may name `anchors` (words one of which every match holds) and a
`reach` (how far a match extends from its anchor or number); the rules run them only there. A
pattern edited without its anchors would silently stop matching, so every pattern is run over
every labelled text and fixture both ways: the anchored run must find all the full scan finds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bedside.checks import load_config
from bedside.checks.message import parse_message
from bedside.checks.normalise import fold, words_of
from bedside.checks.text import AnchoredPattern, digit_runs
from corpus.language_cases import CASES as LANGUAGE
from corpus.patient_cases import CASES as PATIENT

FIXTURES = Path(__file__).parent / "fixtures"
# Texts that hold what the patterns look for, besides the corpora and fixtures.
EXTRA = [
    "If Professor Hale fails me again I swear I'll smash his face in.",
    "You'll regret this. I know where you live. Something might happen to you.",
    "CONFIDENTIAL - Year 3 Written Examination Paper 2\nAnswer ALL questions.",
    "The local MP was on the news; the 94-year-old former mayor of Beeston is in bed 12 on C31.",
    "Dr Patel has been prescribing himself diazepam; he took the oramorph from the ward stock.",
]


def _texts() -> list[str]:
    texts = [c["text"] for c in LANGUAGE + PATIENT] + EXTRA
    for path in sorted(FIXTURES.rglob("*.eml")):
        message = parse_message(path.read_bytes())
        texts += [message.subject, message.body]
    return [fold(t) for t in texts if t]


TEXTS = _texts()


def _anchored_entries():
    config = load_config()
    for name, reach_default in (("abuse", 100), ("accusations", 120), ("quasi_identifiers", 60),
                                ("university_documents", 100)):
        for entry in config.words(name):
            if entry.get("pattern") and (entry.get("anchors") or entry.get("near") == "digits"):
                yield pytest.param(entry, int(entry.get("reach", reach_default)),
                                   id=f"{name}:{entry.term}:{entry.get('pattern')[:20]}")


@pytest.mark.parametrize("entry,reach", list(_anchored_entries()))
def test_anchored_patterns_find_what_a_full_scan_finds(entry, reach):
    pattern = re.compile(entry.get("pattern"))
    anchored = AnchoredPattern(pattern, entry.get("anchors", ()), near_digits=entry.get("near") == "digits",
                               reach=reach, reach_before=entry.get("reach_before"), needs=entry.get("needs", ()))
    for folded in TEXTS:
        full = {m.span() for m in pattern.finditer(folded)}
        if not full:
            continue
        found = {m.span() for m in anchored.finditer(folded, words_of(folded), digit_runs(folded))}
        assert full <= found, (entry.term, [folded[s:e] for s, e in full - found])


def test_the_extra_texts_are_found():
    """The hand-written texts above each trip at least one anchored pattern (they are not dead weight)."""
    entries = [e for e, _ in (p.values for p in _anchored_entries())]
    for text in EXTRA:
        folded = fold(text)
        assert any(re.search(e.get("pattern"), folded) for e in entries), text
