"""Undo the disguises people use to slip words past filters, keeping a map back to the original.

`f*ck`, `sh1t`, `b!tch`, `f u c k`, `f.u.c.k.i.n.g`, `fuuuuck`, Cyrillic look-alikes and
zero-width characters all come out as plain lowercase words. Each token remembers where
it stood in the original text, so findings still point at the right line and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that render as nothing: used to split words invisibly.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)

# Look-alikes from other scripts that render like Latin letters (a practical subset of
# Unicode's confusables: the ones that turn up in disguised abuse).
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "ɡ": "g",
    "α": "a", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "ν": "v", "κ": "k", "ι": "i", "ε": "e",
    "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
})

# Digits and symbols standing in for letters inside a word.
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                      "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "£": "l"})
WILDCARDS = "*#%"

# A token: letters, with digits or stand-in symbols allowed inside (sh1t, b!tch, f*ck, c**t).
_TOKEN = re.compile(r"[a-z0-9@$!|€£*#%']+")
_HAS_LETTER = re.compile(r"[a-z]")
# Letters spaced or dotted out one by one: f u c k, f.u.c.k.i.n.g, s-h-i-t.
_UNIT = r"[a-z0-9@$!*]"
_SPELLED = re.compile(rf"(?<![a-z0-9@$!*]){_UNIT}(?:[ .\-_]{{1,2}}{_UNIT}){{2,}}(?![a-z0-9@$!*])")


@dataclass(frozen=True)
class Token:
    text: str   # normalised: lowercase, de-leeted, repeated letters kept
    start: int  # offset in the original text
    end: int
    spelled: bool = False  # was written letter by letter
    wild: bool = False     # contains a wildcard (*, #)

    @property
    def squeezed(self) -> str:
        return squeeze(self.text)


def fold(text: str) -> tuple[str, list[int]]:
    """Lowercase, de-accented, look-alikes mapped to Latin, invisibles removed; plus an offset map.

    Returns (folded, origin) where origin[i] is the index in `text` of folded[i].
    """
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            low = ch.lower()
            out.append(low)
            origin.append(i)
            continue
        mapped = _fold_char(ch)
        for m in mapped:
            out.append(m)
            origin.append(i)
    return "".join(out), origin


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ord(ch) in _INVISIBLE:
        return ""
    ch = ch.translate(_CONFUSABLES)
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower().translate(_CONFUSABLES)


def squeeze(word: str) -> str:
    """Collapse repeated letters (fuuuuck -> fuck, bollocks -> bolocks): compare squeezed forms."""
    out = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def deleet(word: str) -> str:
    return word.translate(LEET)


def tokens(text: str) -> list[Token]:
    """Words of `text`, disguises undone, each with its span in the original text."""
    folded, origin = fold(text)
    found: list[Token] = []
    spelled_spans: list[tuple[int, int]] = []
    for m in _SPELLED.finditer(folded):
        letters = re.sub(r"[ .\-_,]", "", m.group(0))
        if len(letters) >= 3:
            spelled_spans.append((m.start(), m.end()))
            found.append(Token(deleet(letters), origin[m.start()], origin[m.end() - 1] + 1, spelled=True,
                               wild=any(c in WILDCARDS for c in letters)))
    for m in _TOKEN.finditer(folded):
        raw = m.group(0).strip("'").rstrip("!|")
        if not _HAS_LETTER.search(raw):
            continue
        wild = any(c in WILDCARDS for c in raw)
        found.append(Token(deleet(raw), origin[m.start()], origin[m.end() - 1] + 1, wild=wild))
    found.sort(key=lambda t: (t.start, -t.end))
    return found
