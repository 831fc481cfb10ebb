"""Small text helpers the rule families share: word-list patterns and context windows."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable


@lru_cache(maxsize=256)
def terms_pattern(terms: tuple[str, ...]) -> re.Pattern:
    """One case-insensitive regex matching any of the terms as whole words.

    Cached on the (immutable) tuple of terms, so each word list compiles once per process.
    Spaces in a term match any run of whitespace; longer terms are tried first.
    """
    parts = [r"\s+".join(map(re.escape, t.split())) for t in sorted(set(terms), key=len, reverse=True) if t]
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)


def sorted_terms(terms: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(terms)))


def near(pattern: re.Pattern, text: str, start: int, end: int, before: int, after: int = 0) -> re.Match | None:
    """The match of `pattern` closest to [start, end) within `before` chars before or `after` chars after."""
    best = None
    for m in pattern.finditer(text, max(0, start - before), start):
        best = m  # the last one before is the closest
    if best is not None or not after:
        return best
    return pattern.search(text, end, min(len(text), end + after))


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n|\n\s*[-*•]\s")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> tuple[int, int]:
    """Bounds of the sentence holding [start, end): from the previous . ! ? or blank line to the next.

    Single line breaks do not end a sentence: mail is wrapped at 72 columns.
    """
    lo = max(0, start - limit)
    last = None
    for m in _SENTENCE_END.finditer(text, lo, start):
        last = m
    s = last.end() if last else lo
    m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    e = m.end() if m else min(len(text), end + limit)
    while s < e and text[s].isspace():
        s += 1
    return s, e


_FIRST_WORD = re.compile(r"[a-z]+")


class TermMatcher:
    """Finds listed terms (words or phrases) as whole words in folded text, fast.

    One big alternation costs the regex engine a try at every position of the text; instead each
    term is keyed by its first word, only terms whose first word is in the text's word set are
    searched, and each search starts with a literal the engine can skip to.
    """

    def __init__(self, terms):
        self._by_key: dict[str, list[str]] = {}
        for term in sorted(set(terms), key=len, reverse=True):
            key = _FIRST_WORD.search(term)
            if key:
                self._by_key.setdefault(key.group(0), []).append(term)
        # Compiled on first use: a word list has hundreds of terms, a message meets a few.
        self._compiled: dict[str, re.Pattern] = {}

    def _pattern(self, term: str) -> re.Pattern:
        pattern = self._compiled.get(term)
        if pattern is None:
            pattern = re.compile(r"\s+".join(map(re.escape, term.split())) + r"(?![a-z0-9])")
            self._compiled[term] = pattern
        return pattern

    def finditer(self, folded: str, words: frozenset[str], start: int = 0, end: int | None = None):
        """(start, end, term) of every whole-word occurrence, in text order, longest term first at a spot."""
        end = len(folded) if end is None else end
        found = []
        for key in words.intersection(self._by_key):
            for term in self._by_key[key]:
                for m in self._pattern(term).finditer(folded, start, end):
                    s = m.start()
                    if s == 0 or not folded[s - 1].isalnum():
                        found.append((s, m.end(), term))
        found.sort(key=lambda f: (f[0], -f[1]))
        out, last_end = [], -1
        for s, e, term in found:
            if s >= last_end:
                out.append((s, e, term))
                last_end = e
        return out

    def search(self, folded: str, words: frozenset[str], start: int = 0, end: int | None = None):
        found = self.finditer(folded, words, start, end)
        return found[0] if found else None
