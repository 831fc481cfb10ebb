"""The hashed features of the hostile-language model, shared by training and scoring.

Standard library only, so tools/train_offensive.py computes exactly the features that the rule
scores at run time. A text becomes a set of bucket numbers: each word, each pair of neighbouring
words, and the 3- to 5-letter pieces of each word padded with spaces (so 'idiots', 'idiotic' and
'id1ot' share most pieces). CRC-32 is the hash: stable across processes and Python versions
(str.__hash__ is salted per process) and computed in C.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from math import sqrt
from zlib import crc32

BITS = 18                  # 2**18 buckets: 1 MB of float32 weights
MASK = (1 << BITS) - 1
CHAR_GRAMS = (3, 4, 5)

# Twitter furniture in the training tweets that mail never has: it must not become a feature.
_FURNITURE = re.compile(r"\S+@\S+|@\w+|\bhttps?://\S+|\bwww\.\S+|\bURL\b|\bRT\b|&#?\w+;")
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[!?]")


def clean(text: str) -> str:
    """Lowercase prose without mentions, links and HTML entities."""
    if "&" in text:
        text = html.unescape(text)
    return _FURNITURE.sub(" ", text).lower().replace("’", "'")


def words(text: str) -> list[str]:
    return _TOKEN.findall(clean(text))


@lru_cache(maxsize=65536)
def word_buckets(word: str) -> tuple[int, ...]:
    """The buckets of one word: the word itself and its letter pieces. Cached: mail repeats words."""
    out = [crc32(b"w:" + word.encode()) & MASK]
    if word.isalpha() and len(word) > 2:
        padded = f" {word} ".encode()
        for n in CHAR_GRAMS:
            out.extend(crc32(b"c:" + padded[i:i + n]) & MASK for i in range(len(padded) - n + 1))
    return tuple(out)


def buckets(text: str) -> frozenset[int]:
    """Every feature bucket of a text (presence only, no counts)."""
    return buckets_of(words(text))


def buckets_of(toks: list[str]) -> frozenset[int]:
    out: set[int] = set()
    for tok in toks:
        out.update(word_buckets(tok))
    for a, b in zip(toks, toks[1:]):
        out.add(crc32(f"b:{a} {b}".encode()) & MASK)
    return frozenset(out)


def value(n: int) -> float:
    """The value of each present feature: the vector is scaled to unit length."""
    return 1.0 / sqrt(n) if n else 0.0
