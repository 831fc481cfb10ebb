"""The fast text scanners agree with the plain regex scans they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.checks.normalise import _SPELLED, _UNIT_CHARS, spelled_runs
from bedside.checks.offensive import lexicon
from bedside.checks import load_config
from bedside.checks.text import AnchoredPattern, PatternList, TermMatcher

# Letters, stand-ins, separators, other punctuation and a non-Latin-1 letter: every shape class.
MIXED = st.text(alphabet="abcxk1@* .-_\n,éж", max_size=40)


def _spelled_by_regex(folded: str, start: int, end: int):
    """The reference: try the spelled-out pattern at every position, keep runs starting a word."""
    pos = start
    while (m := _SPELLED.search(folded, pos, end)) is not None:
        if m.start() and folded[m.start() - 1] in _UNIT_CHARS:
            pos = m.start() + 1
            continue
        yield m.span()
        pos = m.end()


@settings(max_examples=3000, deadline=None)
@given(MIXED, st.data())
def test_spelled_runs_match_a_full_regex_scan(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert [m.span() for m in spelled_runs(text, start, end)] == list(_spelled_by_regex(text, start, end))


def test_spelled_runs_in_prose():
    text = "i saw a b c news and f u c k off, then s.h.i.t and a lone x here"
    assert [text[a:b] for a, b in (m.span() for m in spelled_runs(text))] == ["a b c", "f u c k", "s.h.i.t"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab -", max_size=30))
def test_term_matcher_matches_whole_word_regex(text):
    terms = ["ab", "a b", "ba-ab", "b"]
    matcher = TermMatcher(terms)
    words = frozenset(re.findall(r"[a-z]+", text))
    found = {(s, e) for s, e, _ in matcher.finditer(text, words)}
    expected = set()
    for term in sorted(terms, key=len, reverse=True):
        pattern = re.compile(r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, term.split())) + r"(?![a-z0-9])")
        expected |= {m.span() for m in pattern.finditer(text)}
    # finditer keeps the longest term at a spot and drops overlaps: each found span is a real match.
    assert found <= expected
    assert not expected or found


def test_clinical_phrase_beside_another_still_excuses_the_word():
    lex = lexicon.build(load_config())
    # 'bloody stool' must excuse 'bloody' even with another clinical phrase just before it.
    text = "noted rectal bleeding bloody stool and bloody diarrhoea today"
    assert [m.matched for m in lex.find(text)] == []
    assert [m.matched for m in lex.find("what a bloody mess")] == ["bloody"]
    # A clinical phrase elsewhere in the window does not excuse a second, unrelated use.
    assert [m.start for m in lex.find("bloody stool; a bloody mess")] == [16]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="AB!?a é\nЖ", max_size=40), st.integers(1, 4))
def test_class_runs_match_a_regex_scan(text, min_len):
    from bedside.checks.text import class_runs, class_table

    expected = [m.span() for m in re.finditer(r"[A-Z!?]{%d,}" % min_len, text)]
    assert class_runs(text, class_table("ABCDEFGHIJKLMNOPQRSTUVWXYZ!?"), min_len) == expected


def test_a_need_spelled_with_spaces_holds_at_the_start_of_the_text_and_of_a_line():
    pattern = AnchoredPattern(re.compile(r"\bur\s+a\s+waste\b"), {"waste"}, needs=(" ur ",))
    for text in ("ur a waste of space", "hi\nur a waste of space", "well ur a waste"):
        assert pattern.finditer(text, frozenset(text.split())), text
    # ... and is still a gate: 'your' or 'four' do not open the window
    assert not AnchoredPattern(re.compile(r"waste"), {"waste"}, needs=(" ur ",)).finditer(
        "your waste", frozenset({"your", "waste"}))


def test_pattern_list_offers_only_patterns_whose_anchors_the_text_holds_in_list_order():
    entries = [("stab", AnchoredPattern(re.compile(r"stab you"), {"stab"})),
               ("digits", AnchoredPattern(re.compile(r"\d+"), near_digits=True)),
               ("kill", AnchoredPattern(re.compile(r"kill you"), {"kill", "murder"})),
               ("bare", AnchoredPattern(re.compile(r"x"))),
               ("murder", AnchoredPattern(re.compile(r"murder"), {"murder"}))]
    listed = PatternList(entries)
    words = frozenset("i will murder you".split())
    assert [name for name, _ in listed.present(words)] == ["digits", "kill", "bare", "murder"]
    assert [name for name, _ in listed.present(frozenset({"hello"}))] == ["digits", "bare"]
    # Nothing is lost: every pattern left out finds nothing in a text without its anchors.
    text = "i will murder you 42"
    left_out = [p for name, p in entries if (name, p) not in listed.present(words)]
    assert all(p.finditer(text, words) == [] for p in left_out)
