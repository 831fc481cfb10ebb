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
