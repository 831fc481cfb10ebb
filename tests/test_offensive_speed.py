"""The offensive rules' shortcuts give the answers of the plain ways they replace.

- lexicon.find skips a suspect window no token of which could match (Lexicon._may_match): it must
  find what reading every window finds.
- lexicon._disguised_spans finds the suspect spots of normalise.disguised_spans.
- classifier.sentences splits with a pattern that starts at the full stop, not after it.
"""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.checks import load_config
from bedside.checks.normalise import disguised_spans, fold, words_of
from bedside.checks.offensive import classifier, lexicon


class _EveryWindow(lexicon.Lexicon):
    """The reference: every suspect window is tokenised and looked up."""

    def _may_match(self, folded, lo, hi, memo):
        return True


@pytest.fixture(scope="module")
def lexicons():
    lex = load_config().derive(lexicon.build)
    return lex, _EveryWindow(**{f.name: getattr(lex, f.name) for f in fields(lex)})


def _found(lex, text):
    folded = fold(text)
    return [(m.entry.term, m.start, m.end, m.matched) for m in lex.find(text, folded, words_of(folded))]


# Listed words in their disguises, look-alikes of them that must not match, the digits, addresses and
# symbols of ordinary mail that make a window suspect, clinical phrases and names.
PIECES = ["fuck", "f*ck", "f***", "c***", "sh1t", "sh!t", "f@ck", "a55", "455", "b0ll0cks", "bo11ocks", "fuuuuck",
          "ccock", "cock", "pised", "f u c k", "s.h.i.t", "fu\u200bck", "fuсk", "tw4t", "w4nk3r", "p1ss", "b!tch",
          "b1tch", "up", "off", "go", "you", "what", "the", "bloody", "stool", "anal", "fissure", "Dr", "Dick",
          "10am", "nhs111", "jo@example.org", "£50", "$5", "100%", "#1", "www.example.com", "1337", "5000",
          "thanks!", "hi!!", "don't", "'quoted'", "|", "*", "xxx", "zzzz", "a", "i", "b", "x", "é", "€5", "’"]
GAPS = [" ", " ", "", "\n", "\n\n", ", ", ". ", "-", "\t", " " * 45, " lorem ipsum dolor sit amet consectetur "]
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_skipping_windows_finds_what_reading_every_window_finds(lexicons, text):
    lex, every = lexicons
    assert _found(lex, text) == _found(every, text)


@pytest.mark.parametrize("text", [
    "see you at 10am, ccock up again",          # a doubled spelling of a phrase's first word
    "my number is 455 1234, call at 10am",      # digits that de-leet to a listed word
    "at 10am the bo11ocks arrived",             # '1' read as 'l'
    "mail jo@example.org: sh!t, thanks! f*ck",  # symbols inside words
    "www.example.com 2nd fuuuuck",              # stretched words beside a link
    "go f*** yourself at 10am",                 # a starred word in company
])
def test_disguises_beside_ordinary_digits_are_found(lexicons, text):
    lex, every = lexicons
    assert _found(lex, text) == _found(every, text) != []


def test_ordinary_digits_and_addresses_alone_find_nothing(lexicons):
    lex, _ = lexicons
    assert _found(lex, "Meet at 10am in room 3B; mail jo.bloggs@example.org or call 0115 123 4567. Thanks!") == []


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="abz1079@$!|*#%\x00 \n.-_€£é’жw", max_size=60))
def test_suspect_spots_are_disguised_spans(text):
    folded = fold(text)
    words = words_of(folded)
    assert sorted(lexicon._disguised_spans(folded, words)) == sorted(disguised_spans(folded, words))


def _sentences_by_lookbehind(text, lo=0, hi=None, longest=600):
    """The reference: the break pattern that starts after the full stop (a sentence keeps its closing
    quotation marks: the break is group 1 when there is one), every piece via _pieces."""
    hi = len(text) if hi is None else hi
    start = lo
    for m in classifier._BREAK.finditer(text, lo, hi):
        yield from classifier._pieces(text, start, m.start(1) if m.lastindex else m.start(), longest)
        start = m.end()
    yield from classifier._pieces(text, start, hi, longest)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=".!? \n\t\"')”’-*•1ab", max_size=80), st.data())
def test_sentences_split_as_with_the_lookbehind(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    longest = data.draw(st.sampled_from([5, 20, 600]))
    assert list(classifier.sentences(text, lo, hi, longest)) == list(_sentences_by_lookbehind(text, lo, hi, longest))
