"""normalise.fold and words_of, whose fast paths (the ASCII encoder finding non-ASCII runs, a byte
map split in C) must give what their plain definitions give, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.checks.normalise import _FOLD_TABLE, fold, words_of

# Letters that fold, lowercase to two characters, depend on their neighbours (sigma), or are
# whitespace only to Unicode, among ASCII, lone surrogates and characters outside the fold table.
_CHARS = st.sampled_from(list("abcXYZ 019@$!*\t\n\r.,'\x00\x1c\x85") + [
    "\u00e9", "\u00a0", "\u2028", "\u3000", "\u0130", "\u1e9e", "\ud800", "\udc00", "\u00ff", "\u200b", "\ufeff",
    "\u0416", "\u0430", "\u00df", "\U0001F600", "\u0345", "\u2122", "\ufb01", "\u03a3", "\u0531", "\u10a0",
    "\uff21", "\u1f88", "\u0390", "\u00c9"])
_TEXT = st.lists(_CHARS, max_size=40).map("".join)


def _fold_by_definition(text: str) -> str:
    folded = text.translate(_FOLD_TABLE).lower()
    if len(folded) != len(text):
        folded = "".join(c if len(c) == 1 else c[:1] for c in (ch.lower() for ch in text.translate(_FOLD_TABLE)))
    return folded


_WORD_RUN = re.compile(r"[^\x00-\x60\x7b-\x7f\s]+")  # a-z and any non-ASCII character but whitespace


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_fold_is_the_table_then_lowercase(text):
    assert fold(text) == _fold_by_definition(text)
    assert len(fold(text)) == len(text)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_words_are_the_runs_of_letters_and_non_ascii(text):
    for folded in (fold(text), text):  # some callers pass text that is not folded
        assert words_of(folded) == frozenset(_WORD_RUN.findall(folded))


def test_long_texts_with_few_and_with_many_non_ascii_characters():
    few = "Dear Sam, see you at the cafe on Thursday. (c) 2002 OSDN\n" * 5000 + "caf\u00e9 \u00a9 \u2122 \u00c9T\u00c9"
    many = "Dear Sam, caf\u00e9 \u0416\u0430\u0440\u0430 \u00a9 2002 OSDN \u2122\n" * 5000
    for text in (few, many):
        assert fold(text) == _fold_by_definition(text)
        assert words_of(fold(text)) == frozenset(_WORD_RUN.findall(fold(text)))
        assert {"cafe", "osdn", "\u2122"} <= words_of(fold(text))
    assert "ete" in words_of(fold(few)) and "\u0436apa" in words_of(fold(many))  # Zhara: a, p look-alikes
