"""The hostile-language model: a logistic regression over hashed word and letter n-grams.

The weights are a plain float32 table (config/models/offensive.bin, no pickle), loaded once per
Config and scored in plain Python: a sentence costs a few dozen microseconds. The model is
rebuilt from the corpus by tools/train_offensive.py (see the README).

File format: the line b"bedside-model 1\\n", one line of JSON (bits, bias, how it was trained), then the weights zlib-compressed as little-endian float32.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from array import array
from dataclasses import dataclass, field
from importlib.resources import files
from math import exp
from typing import Any, Mapping

from . import features

MAGIC = b"bedside-model 1\n"
MODEL_FILE = "offensive.bin"
MIN_WORDS = 4
WORD_CACHE = 100_000


class ModelError(ValueError):
    """A model file that cannot be read; the message says why."""


@dataclass(frozen=True)
class Model:
    weights: array
    bias: float
    meta: Mapping[str, Any]
    # word -> (sum of its buckets' weights, how many buckets, its hash times PAIR_A, times PAIR_B): a
    # sentence then costs a dictionary lookup a word and an xor a word pair. Filled as words are met; bounded.
    _words: dict = field(default_factory=dict, repr=False, compare=False)

    def score(self, text: str) -> float:
        """Probability that the text is offensive, hateful, harassing or threatening."""
        return self.score_words(features.words(text))

    def score_words(self, toks: list[str]) -> float:
        if len(toks) < MIN_WORDS:
            return 0.0  # a name, a greeting, a heading: too little to judge
        entries = list(map(self._words.get, toks))
        if None in entries:
            entries = [self._entry(tok) if entry is None else entry for tok, entry in zip(toks, entries)]
        # Words, then pairs, one by one in order, as before: the order of a float sum moves its last bits.
        total, n = 0.0, len(toks) - 1
        for weight, count, _, _ in entries:
            total += weight
            n += count
        weights, shift, mask = self.weights, features.PAIR_SHIFT, features.MASK
        prev = entries[0][2]
        for _, _, times_a, times_b in entries[1:]:
            total += weights[(prev ^ times_b) >> shift & mask]  # features.pair_of
            prev = times_a
        z = self.bias + total * features.value(n)
        return 1.0 / (1.0 + exp(-z)) if z > -500 else 0.0

    def _entry(self, tok: str) -> tuple[float, int, int, int]:
        found = features.word_buckets(tok)
        h = features.word_hash(tok)
        entry = (sum(map(self.weights.__getitem__, found)), len(found), h * features.PAIR_A, h * features.PAIR_B)
        if len(self._words) < WORD_CACHE:
            self._words[tok] = entry
        return entry


def read(data: bytes, where: str = "model") -> Model:
    if not data.startswith(MAGIC):
        raise ModelError(f"{where}: not a bedside model file")
    head_end = data.find(b"\n", len(MAGIC))
    try:
        meta = json.loads(data[len(MAGIC):head_end])
        raw = zlib.decompress(data[head_end + 1:])
    except (ValueError, zlib.error) as exc:
        raise ModelError(f"{where}: damaged ({exc})") from exc
    if meta.get("bits") != features.BITS or len(raw) != 4 << features.BITS:
        raise ModelError(f"{where}: made for {meta.get('bits')}-bit features, this version uses {features.BITS}")
    if not isinstance(meta.get("bias"), (int, float)):
        raise ModelError(f"{where}: no bias")
    weights = array("f")
    weights.frombytes(raw)
    if sys.byteorder != "little":
        weights.byteswap()
    return Model(weights=weights, bias=float(meta["bias"]), meta=meta)


def write(weights, bias: float, meta: Mapping[str, Any]) -> bytes:
    table = array("f", weights)
    if sys.byteorder != "little":
        table.byteswap()
    head = json.dumps({**meta, "bits": features.BITS, "bias": bias}, sort_keys=True).encode()
    return MAGIC + head + b"\n" + zlib.compress(table.tobytes(), 9)


def load(config) -> Model:
    """The bundled model (config.derive(load): once per Config)."""
    return read(files("bedside.config").joinpath("models", MODEL_FILE).read_bytes(), MODEL_FILE)


def thresholds(config) -> tuple[float, float, float]:
    """(hold, aimed, warn) from [thresholds] in the config (see config/bedside.toml)."""
    return tuple(float(config.threshold(f"offensive_model_{k}", d)) for k, d in (("hold", 0.80), ("aimed", 0.75),
                                                                               ("warn", 0.65)))


def group_threshold(config) -> float:
    """A sentence naming a group of people (abuse.toml, aims_at = "group") is held from this score:
    ordinary mail rarely names one, hateful writing nearly always does. 0.55 chosen on the held-out
    Stormfront half and the 800 ham emails (bench/offensive_model.py --engine)."""
    return float(config.threshold("offensive_model_group", 0.55))


def short_threshold(config) -> tuple[float, float]:
    """(any sentence, a sentence about someone): a sentence of a short message (at most
    SHORT_MESSAGE sentences: checks/offensive/__init__.py) is held from these scores: the sentence
    is the message (config/bedside.toml)."""
    return (float(config.threshold("offensive_model_short", 0.65)),
            float(config.threshold("offensive_model_short_person", 0.65)))


def banter_ceiling(config) -> float:
    """Below this score a sentence teasing the reader in a friendly letter is warned, not held
    (checks/offensive/__init__.py, _banter); from it, it is held as any other."""
    return float(config.threshold("offensive_model_banter", 0.95))


LETTER_SENTENCES = 15  # a short letter: a student's note to a friend or tutor, not a newsletter


def letter_rule(config) -> tuple[float, int]:
    """(score, sentences): two of the writer's own sentences scoring at least `score` hold a letter
    of at most `sentences` sentences. Chosen on students/ and the ham (bench/offensive_model.py):
    0.45 and 15 held no more ordinary mail and added a students/ offensive email."""
    return float(config.threshold("offensive_model_pair", 0.45)), LETTER_SENTENCES


# --- which text is the writer's own -------------------------------------------------------------
def writers_text(letter) -> str:
    """The writer's own words (checks/letter.py): quoted '>' lines blanked, offsets kept, and
    nothing from the quoted or forwarded message, the signature or the legal footer on."""
    end = letter.signature_start
    if letter.disclaimer_start is not None:
        end = min(end, letter.disclaimer_start)
    return letter.own_text[:end]


# A sentence keeps the closing quotation marks and brackets after its full stop: '"... doctors."'
# is a whole quotation, not an unclosed one.
_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*(\s+)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)")
# _BREAK with the full stop (or ! ?) inside the match, group 1 the break after it: a pattern that
# starts with a look-behind is tried at every position, one that starts with a character class
# skips to the next . ! ? or line break in C. Same breaks, as long as no sentence is split from
# text before `lo` (sentences() then uses _BREAK).
_BREAK_AFTER = re.compile(r"[.!?][\"'”’)]*(\s+)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)")


def sentences(text: str, lo: int = 0, hi: int | None = None, longest: int = 600):
    """(start, end) of each sentence with letters in it: split at . ! ? before a space, blank
    lines and list items (single line breaks do not end one: mail wraps at 72 columns). A
    run-on longer than `longest` characters is cut into pieces of about that size."""
    hi = len(text) if hi is None else hi
    start = lo
    if lo and text[lo - 1] in ".!?":
        for m in _BREAK.finditer(text, lo, hi):
            yield from _pieces(text, start, m.start(1) if m.lastindex else m.start(), longest)
            start = m.end()
        yield from _pieces(text, start, hi, longest)
        return
    for m in _BREAK_AFTER.finditer(text, lo, hi):
        end = m.start(1) if m.lastindex else m.start()
        # _pieces inline for a sentence of ordinary length: a letter has dozens of them.
        piece = text[start:end]
        first, last = start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
        if last - first > longest:
            yield from _pieces(text, first, last, longest)
        elif last > first and _LETTER.search(text, first, last):
            yield first, last
        start = m.end()
    yield from _pieces(text, start, hi, longest)


def _pieces(text: str, start: int, end: int, longest: int):
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    while end - start > longest:
        cut = text.rfind(" ", start + longest // 2, start + longest)
        cut = cut if cut > start else start + longest
        if _LETTER.search(text, start, cut):
            yield start, cut
        start = cut + 1
    if end > start and _LETTER.search(text, start, end):
        yield start, end


_LETTER = re.compile(r"[^\W\d_]")
