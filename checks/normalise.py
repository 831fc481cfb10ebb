"""Undo the disguises people use to slip words past filters, keeping a map back to the original.

`f*ck`, `sh1t`, `b!tch`, `f u c k`, `f.u.c.k.i.n.g`, `fuuuuck`, Cyrillic look-alikes and
zero-width characters all come out as plain lowercase words. Each token remembers where
it stood in the original text, so findings still point at the right line and column.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from operator import itemgetter
from typing import NamedTuple

from .text import char_positions, latin1_shape

# Characters that render as nothing: used to split words invisibly.
_INVISIBLE = frozenset(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"))

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
_TOKEN = re.compile(r"[a-z0-9@$!|€£*#%'\x00]+")
_HAS_LETTER = re.compile(r"[a-z]")
# Letters spaced or dotted out one by one: f u c k, f.u.c.k.i.n.g, s-h-i-t.
_UNIT = r"[a-z0-9@$!*]"
# No look-behind at the start (it stops the regex engine skipping ahead): spelled_runs() checks the
# character before each match instead.
_SPELLED = re.compile(rf"{_UNIT}(?:[ .\-_]{{1,2}}{_UNIT}){{2,}}(?![a-z0-9@$!*])")
_UNIT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!*")


class Token(NamedTuple):
    """A word of the text. A named tuple, not a dataclass: a window of hostile text holds hundreds
    of thousands of them, and a frozen dataclass costs several times as much to make."""

    text: str   # normalised: lowercase, de-leeted, repeated letters kept
    start: int  # offset in the original text
    end: int
    spelled: bool = False  # was written letter by letter
    wild: bool = False     # contains a wildcard (*, #)
    alt: str | None = None  # a second reading: '1' or '|' for 'l' (bo11ocks), '@' '$' '!' as wildcards (f@ck)

    @property
    def squeezed(self) -> str:
        return squeeze(self.text)


def _fold_char(ch: str) -> str:
    """One character folded to at most one: a look-alike or accented letter to its Latin base,
    an invisible character to JOIN (so offsets never shift)."""
    if ord(ch) in _INVISIBLE:
        return JOIN
    mapped = ch.translate(_CONFUSABLES)
    base = "".join(c for c in unicodedata.normalize("NFKD", mapped) if not unicodedata.combining(c))
    base = base.lower().translate(_CONFUSABLES)
    return base[:1] if base else JOIN


# Marks an invisible character inside a word; tokens drop it. Never occurs in real text.
JOIN = "\x00"
# Latin-1, Latin Extended, Greek, Cyrillic, and the invisible characters, folded once at import.
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in (*range(0x80, 0x530), *_INVISIBLE)}


def fold(text: str) -> str:
    """Lowercase, de-accented, look-alikes mapped to Latin, invisibles marked: same length as `text`,
    so an offset in the folded text is the same offset in the original."""
    if text.isascii():
        return text.lower()
    # Only the non-ASCII runs go through the table (ASCII maps to itself): str.translate with a dict
    # looks every character up, which is most of the cost for a letter with a few curly quotes. The
    # ASCII encoder finds the runs at memcpy speed and hands each to _fold_error (a regex scan for
    # them cost 12 ns a character: 4 ms for a 300 KB newsletter with one copyright sign), and the
    # ASCII is lowercased as bytes (str.lower of a non-ASCII string is several times slower).
    if _many_non_ascii(text):  # then a run a word or so (Cyrillic): the regex's callback is cheaper
        folded = _NON_ASCII.sub(_fold_run, text).lower()
    else:
        folded = text.encode("ascii", _FOLD_ERRORS).lower().decode("utf-8", "surrogatepass")
    if len(folded) != len(text):  # a rare character whose lowercase is longer: fold one by one
        folded = "".join(c if len(c) == 1 else c[:1] for c in (ch.lower() for ch in text.translate(_FOLD_TABLE)))
    return folded


def _many_non_ascii(text: str) -> bool:
    """More than 2,000 bytes of non-ASCII characters in UTF-8. Then fold and words_of scan the text
    with one regex (C, a few ns a character): their encoder paths take a Python step per run or word,
    cheap for a long letter with a few curly quotes, dearer than the scan for Cyrillic."""
    return len(text.encode("utf-8", "surrogatepass")) - len(text) > 2_000


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_FOLD_TABLE)


def _fold_error(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """One run of non-ASCII characters folded and lowercased, as UTF-8 (lone surrogates kept as they are).
    Lowercasing a run alone is lowercasing it in its text: the one letter whose lowercase depends on
    its neighbours, capital sigma, is in _FOLD_TABLE, so no capital sigma is left to lowercase."""
    run = error.object[error.start:error.end].translate(_FOLD_TABLE).lower()
    return run.encode("utf-8", "surrogatepass"), error.end


_FOLD_ERRORS = "bedside.fold"
codecs.register_error(_FOLD_ERRORS, _fold_error)  # a pure function: registering it again is harmless


def squeeze(word: str) -> str:
    """Collapse repeated letters (fuuuuck -> fuck, bollocks -> bolocks): compare squeezed forms."""
    return _REPEATS.sub(_FIRST, word)  # in C: a loop here cost a second on a 1 MB stretched word


_REPEATS = re.compile(r"(.)\1+", re.S)
_FIRST = itemgetter(1)  # a callable, not r"\1": the template would be parsed again on every call


def deleet(word: str) -> str:
    return word.translate(LEET)


def deleet_text(text: str) -> str:
    """deleet() for a whole (folded) text, same length. str.translate with a dict looks up every
    character unless the text is ASCII, so only the ASCII runs are translated (the stand-ins are
    ASCII but for the currency signs, replaced after)."""
    if text.isascii():
        return text.translate(LEET)
    text = _ASCII_RUN.sub(_deleet_run, text)
    for symbol, letter in _LEET_NON_ASCII:
        text = text.replace(symbol, letter)
    return text


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_LEET_NON_ASCII = tuple((chr(c), v) for c, v in LEET.items() if c > 127)


def _deleet_run(m: re.Match) -> str:
    return m.group().translate(LEET)


def tokens(text: str, folded: str | None = None, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of `text` (or of text[start:end]), disguises undone, each with its span in `text`."""
    folded = fold(text) if folded is None else folded
    end = len(folded) if end is None else end
    found: list[Token] = []
    for m in spelled_runs(folded, start, end):
        letters = re.sub(r"[ .\-_]", "", m.group(0))
        whole = deleet(letters)
        if _HAS_LETTER.search(whole):
            found.append(Token(whole, m.start(), m.end(), spelled=True, wild=any(c in WILDCARDS for c in letters)))
        if letters[0] in "ai" and len(letters) > 3 and _HAS_LETTER.search(whole, 1):
            # 'such a f u c k': the real word 'a' ran into the spelled-out one.
            second = m.start() + 1 + len(m.group(0)[1:]) - len(m.group(0)[1:].lstrip(" .-_"))
            found.append(Token(whole[1:], second, m.end(), spelled=True,
                               wild=any(c in WILDCARDS for c in letters[1:])))
    spelled = bool(found)
    new = tuple.__new__  # Token's own __new__ is a Python function: this is the same tuple, made in C
    for m in _TOKEN.finditer(folded, start, end):
        raw = m.group(0)
        if raw.isalpha():  # plain letters, most words: nothing to undo
            found.append(new(Token, (raw, m.start(), m.end(), False, False, None)))
        else:
            tok = make_token(raw, m.start())
            if _HAS_LETTER.search(tok.text):
                found.append(tok)
    if spelled:
        # By start only, stably: where a spelled run and a word start together, the run (added
        # first) is the longer, as (start, -end) order wants.
        found.sort(key=_START)
    return found


_START = itemgetter(1)


def make_token(raw: str, start: int) -> Token:
    """A Token from one raw match of the token pattern at `start` in the folded text."""
    lead = len(raw) - len(raw.lstrip("'"))
    body = raw[lead:].rstrip("'!|")
    word = body.replace(JOIN, "")
    if "1" in word or "|" in word:
        alt = deleet(word.replace("1", "l").replace("|", "l"))
    elif ("@" in word[1:] or "$" in word[1:] or "!" in word[1:]) and sum(c.isalpha() for c in word) >= 3:
        # 'f@ck', 'c@nt', 'f$ck': a symbol hiding a letter it does not look like, read as a wildcard
        # (three letters shown at least: 's@t' is as likely 'sat').
        alt = deleet(word[0] + word[1:].replace("@", "*").replace("$", "*").replace("!", "*"))
    else:
        alt = None
    return Token(deleet(word), start + lead, start + lead + len(body), wild=any(c in WILDCARDS for c in word), alt=alt)


def disguised_spans(folded: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Where the text uses a disguise at all: symbols inside words, stretched or spelled-out letters.

    Built from cheap scans (a one-character class, the set of distinct words) because it runs on
    every message; the costly tokeniser only ever sees the neighbourhoods found here.
    """
    spots = []
    last = len(folded) - 1
    positions = char_positions(folded, SYMBOL_CHARS)
    if positions is None:
        positions = [m.start() for m in _SYMBOL.finditer(folded)]
    for i in positions:
        if (i > 0 and "a" <= folded[i - 1] <= "z") or (i < last and "a" <= folded[i + 1] <= "z"):
            spots.append((i, i + 1))
    if _STRETCHED.search(" ".join(words)):
        # One span a run, not one a triple ('aaaa...' of 1 MB was 333,333 spots): the triples
        # _STRETCHED finds one after another in the run, and together they cover no more.
        spots.extend((m.start(), m.start() + (m.end() - m.start()) // 3 * 3) for m in _STRETCHED_RUN.finditer(folded))
    if not _LONE_LETTERS.isdisjoint(words):
        spots.extend(m.span() for m in spelled_runs(folded))
    return spots


def spelled_runs(folded: str, start: int = 0, end: int | None = None):
    """Letters spelled out one by one ('f u c k'), each run starting at a word boundary.

    A regex scan tries every position of the letter; instead the text is mapped byte for byte to
    its shape (unit, separator, other) and only the spots where one unit stands between two
    separators, as the second unit of every run does, are tried.
    """
    end = len(folded) if end is None else end
    shape = latin1_shape(folded[start:end]).translate(_SHAPE)
    taken = 0  # runs never overlap: a candidate before the end of the last run is skipped
    i = shape.find(b"-a-")
    while i != -1:
        if i + 1 < taken:  # every start this candidate could give lies inside the last run
            i = shape.find(b"-a-", taken - 1)
            continue
        # The unit after this one (one or two separators on) must end its word, as the third unit
        # of a run does: in prose a lone 'a' or 'I' is followed by a longer word.
        third = i + 3 if shape[i + 3: i + 4] == b"a" else i + 4
        if shape[third: third + 1] != b"a" or shape[third + 1: third + 2] == b"a" or (
                third == i + 4 and shape[i + 3] != _SEP_SHAPE):
            i = shape.find(b"-a-", i + 1)
            continue
        for s in (i - 1, i - 2, i + 1):  # where a run holding this unit second (or first) starts
            if s < taken or s < 0 or shape[s] != _UNIT_SHAPE:
                continue
            if start + s and folded[start + s - 1] in _UNIT_CHARS:
                continue  # it begins inside a longer word
            if s == i - 2 and shape[i - 1] != _SEP_SHAPE:
                continue
            m = _SPELLED.match(folded, start + s, end)
            if m:
                yield m
                taken = m.end() - start
                break
        i = shape.find(b"-a-", i + 1)


# Byte shapes for spelled_runs: 'a' a unit (letter, digit, stand-in), '-' a separator, 'z' anything else.
_SHAPE = bytes(ord("a") if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789@$!*" else
               ord("-") if chr(c) in " .-_" else ord("z") for c in range(256))
_UNIT_SHAPE, _SEP_SHAPE = ord("a"), ord("-")


def words_of(folded: str) -> frozenset[str]:
    """The distinct plain lowercase words of a folded text: the runs between ASCII characters other
    than a-z and whitespace."""
    if folded.isascii():
        return frozenset(folded.translate(_NOT_LETTER).split())  # translate's ASCII path is the fastest
    # The same runs, found on a one-byte-a-character map of the text (a-z kept, other non-space
    # characters 0xFF, the rest spaces), split in C: a regex over a long text with a few non-ASCII
    # characters cost ten times as much. The words holding a 0xFF are then read from the text itself.
    if _many_non_ascii(folded):  # Cyrillic, Greek...: one regex pass beats a step per word
        return frozenset(_WORD_RUN.findall(folded))
    shape = folded.encode("ascii", _WORD_ERRORS).translate(_WORD_BYTES)
    words = set(shape.decode("latin-1").split())
    marked, real = set(), set()
    find, rfind = shape.find, shape.rfind
    i = find(b"\xff")
    while i != -1:
        start = rfind(b" ", 0, i) + 1
        end = find(b" ", i)
        end = len(shape) if end == -1 else end
        marked.add(shape[start:end].decode("latin-1"))
        real.add(folded[start:end])
        i = find(b"\xff", end)
    return frozenset((words - marked) | real)  # no plain word holds the 0xFF ('\xff') every marked one does


SYMBOL_CHARS = "0123456789@$!|€£*#%\x00"
_SYMBOL = re.compile(r"[0-9@$!|€£*#%\x00]")
_STRETCHED = re.compile(r"([a-z])\1\1")
_STRETCHED_RUN = re.compile(r"([a-z])\1{2,}")
# Single letters that ordinary English leaves lying about (a, I, and the bits of it's, don't, I'd,
# I'm) do not suggest spelling-out; any other lone letter does.
_LONE_LETTERS = frozenset("bcefghjklnopqruvwxyz")
_NOT_LETTER = {c: " " for c in range(128) if not (97 <= c <= 122)}
_WORD_RUN = re.compile(r"[^\x00-\x60\x7b-\x7f\s]+")  # \s as str.split() splits: Unicode whitespace
_WORD_BYTES = bytes(c if 97 <= c <= 122 or c == 0xFF else 32 for c in range(256))


def _word_error(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """Non-ASCII characters: whitespace (as str.split() and the regex \\s see it) a space, any other 0xFF."""
    return bytes(32 if c.isspace() else 255 for c in error.object[error.start:error.end]), error.end


_WORD_ERRORS = "bedside.words"
codecs.register_error(_WORD_ERRORS, _word_error)
