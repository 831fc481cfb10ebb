"""The hashed features of the hostile-language model, shared by training and scoring.

Standard library only, so tools/train_offensive.py computes exactly the features that the rule
scores at run time. A text becomes a list of bucket numbers: each word, each pair of neighbouring
words, and the 3- to 5-letter pieces of each word padded with spaces (so 'idiots', 'idiotic' and
'id1ot' share most pieces). CRC-32 is the hash: stable across processes and Python versions
(str.__hash__ is salted per process) and computed in C. A word pair's bucket is mixed from its two
words' hashes with integer arithmetic, so scoring hashes each distinct word once, not each pair.
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
    if _may_have_furniture(text):
        text = _FURNITURE.sub(" ", text)
    return text.lower().replace("’", "'")


def _may_have_furniture(text: str) -> bool:
    # Substring tests are far cheaper than the regex, and mail prose rarely has any of these.
    return "@" in text or "://" in text or "www." in text or "URL" in text or "RT" in text or "&" in text


def words(text: str) -> list[str]:
    return _TOKEN.findall(clean(text))


# CRC-32 runs on: crc32(rest, crc32(prefix)) == crc32(prefix + rest), without building the bytes.
_WORD_SEED, _PIECE_SEED = crc32(b"w:"), crc32(b"c:")


def word_hash(word: str) -> int:
    """The word's 32-bit hash (of b'w:' + the word): its own bucket, masked, and half of each pair it is in."""
    return crc32(word.encode(), _WORD_SEED)


@lru_cache(maxsize=65536)
def word_buckets(word: str) -> tuple[int, ...]:
    """The buckets of one word: the word itself and its letter pieces. Cached: mail repeats words."""
    out = [word_hash(word) & MASK]
    if word.isalpha() and len(word) > 2:
        padded = f" {word} ".encode()
        for n in CHAR_GRAMS:
            out.extend(crc32(padded[i:i + n], _PIECE_SEED) & MASK for i in range(len(padded) - n + 1))
    return tuple(out)


def buckets(text: str) -> list[int]:
    """Every feature bucket of a text, once for each time the feature occurs."""
    return buckets_of(words(text))


def buckets_of(toks: list[str]) -> list[int]:
    out: list[int] = []
    for tok in toks:
        out.extend(word_buckets(tok))
    hashes = [word_hash(t) for t in toks]
    out.extend(pair_of(a, b) for a, b in zip(hashes, hashes[1:]))
    return out


PAIR_A, PAIR_B, PAIR_SHIFT = 0x9E3779B1, 0x85EBCA77, 20


def pair_of(ha: int, hb: int) -> int:
    """The bucket of a word pair from the two words' hashes (word_hash): odd multipliers spread
    both into the high bits, which are kept; the order of the words matters."""
    return ((ha * PAIR_A) ^ (hb * PAIR_B)) >> PAIR_SHIFT & MASK


def pair_bucket(a: str, b: str) -> int:
    return pair_of(word_hash(a), word_hash(b))


def value(n: int) -> float:
    """The weight of one occurrence of a feature: the vector of counts is divided by the square
    root of its total, so a long sentence does not score higher for being long."""
    return 1.0 / sqrt(n) if n else 0.0
