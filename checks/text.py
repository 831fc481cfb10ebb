"""Small text helpers the rule families share: word-list patterns and context windows."""

from __future__ import annotations

import codecs
import re
import weakref
from bisect import bisect_right
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
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)
    firsts = [_PIECE.match(t) for t in terms if t]
    if all(firsts) and all(t.isascii() for t in terms):
        _FIRST_PIECES[pattern] = frozenset(m.group(0).lower() for m in firsts)
    return pattern


# For a terms_pattern: the first run of word characters of every term. A match in a window needs
# one of them as a whole run there, so near() can rule a window out with a set test instead of
# trying the alternation of hundreds of terms at each position (a 1 MB list of numbers asks for
# 80,000 windows).
# Keyed weakly: a pattern dropped from terms_pattern's cache takes its entry with it.
_FIRST_PIECES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PIECE = re.compile(r"\w+")
# Letters re.I matches to an ASCII letter that casefold() leaves alone.
_IGNORECASE_EXTRA = str.maketrans({"\u0130": "i", "\u0131": "i"})


def sorted_terms(terms: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(terms)))


def near(pattern: re.Pattern, text: str, start: int, end: int, before: int, after: int = 0) -> re.Match | None:
    """The match of `pattern` closest to [start, end) within `before` chars before or `after` chars after."""
    firsts = _FIRST_PIECES.get(pattern)
    if firsts is not None:
        # The two windows apart: a match may end where a window does, inside a longer word.
        around = text[max(0, start - before): start] + "\n" + (text[end: end + after] if after else "")
        if firsts.isdisjoint(_PIECE.findall(around.translate(_IGNORECASE_EXTRA).casefold())):
            return None
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


def char_positions(text: str, chars: str, limit: int = 4000) -> list[int] | None:
    """Sorted offsets of every occurrence of any of `chars`, found with str.find (memchr speed):
    much faster than a regex scan when they are rare, as digits and symbols are in prose.
    None when there are more than `limit` (a spreadsheet, say): scan with a regex then."""
    found: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i != -1:
            found.append(i)
            if len(found) > limit:
                return None
            i = text.find(ch, i + 1)
    found.sort()
    return found


_DIGIT_RUN = re.compile(r"[0-9]+")


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of ASCII digits."""
    positions = char_positions(text, "0123456789")
    if positions is None:
        return [m.span() for m in _DIGIT_RUN.finditer(text)]
    runs: list[tuple[int, int]] = []
    for i in positions:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def latin1_shape(text: str) -> bytes:
    """The text as Latin-1 bytes, one byte per character: others become NUL, so offsets carry over
    and no stand-in can be mistaken for real punctuation."""
    return text.encode("latin-1", _NUL_FOR_OTHERS)


def _nul_for_others(error: UnicodeEncodeError) -> tuple[str, int]:
    return "\x00" * (error.end - error.start), error.end


_NUL_FOR_OTHERS = "bedside.nul"
codecs.register_error(_NUL_FOR_OTHERS, _nul_for_others)  # registering the same pure function again is harmless


def class_table(chars: str) -> bytes:
    """A byte map for class_runs: the given characters to 'X', everything else to a space."""
    return bytes(ord("X") if chr(c) in chars else ord(" ") for c in range(256))


def class_runs(text: str, table: bytes, min_len: int) -> list[tuple[int, int]]:
    """(start, end) of every run of at least `min_len` characters of one class (see class_table).

    A regex starting with a character class checks every position in the engine's inner loop;
    mapping the text to bytes and searching for the literal 'XXX' runs at memchr speed. The
    Latin-1 shape keeps one byte per character, so offsets carry over.
    """
    shape = latin1_shape(text).translate(table)
    needle = b"X" * min_len
    runs: list[tuple[int, int]] = []
    i = shape.find(needle)
    while i != -1:
        j = i + min_len
        while j < len(shape) and shape[j] == 88:
            j += 1
        runs.append((i, j))
        i = shape.find(needle, j)
    return runs


# A line holding only a name, as a letter ends ('Amy Smith'), even with kisses or a smiley after it
# ('Amy xx': the kisses are ETQ008's to flag, the line is still a name).
AFTER_NAME = r"(?:[ \t]+x{1,5}|[ \t]*[:;]-?[)D])?"
NAME_LINE = re.compile(rf"[ \t]*[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){{0,3}}{AFTER_NAME}[ \t]*$")

_WORD = re.compile(r"[a-z]+")


class TermMatcher:
    """Finds listed terms (words or phrases) as whole words in folded text, fast.

    One big alternation costs the regex engine a try at every position of the text; instead only
    terms whose every word is in the text's word set are searched, and each search starts with a
    literal the engine can skip to. Terms are keyed by their longest word, the likeliest to be
    rare: 'a case of' waits for 'case', not for 'a', which every letter has.
    """

    def __init__(self, terms):
        self._by_key: dict[str, list[str]] = {}
        self._words: dict[str, frozenset[str]] = {}
        for term in sorted(set(terms), key=len, reverse=True):
            parts = _WORD.findall(term)
            if parts:
                self._by_key.setdefault(max(parts, key=len), []).append(term)
                self._words[term] = frozenset(parts)
        # Compiled on first use: a word list has hundreds of terms, a message meets a few.
        self._compiled: dict[str, re.Pattern] = {}

    def _pattern(self, term: str) -> re.Pattern:
        pattern = self._compiled.get(term)
        if pattern is None:
            pattern = re.compile(r"\s+".join(map(re.escape, term.split())) + r"(?![a-z0-9])")
            self._compiled[term] = pattern
        return pattern

    def _spans(self, term: str, folded: str, start: int, end: int, first: bool = False) -> list[tuple[int, int]]:
        """Whole-word occurrences of one term in folded[start:end] (only the first, if `first`)."""
        spans = []
        if term.isalpha():  # one plain word: str.find runs at memchr speed, no regex needed
            n = len(term)
            i = folded.find(term, start, end)
            while i != -1:
                if (i == 0 or not folded[i - 1].isalnum()) and not folded[i + n: i + n + 1].isalnum():
                    spans.append((i, i + n))
                    if first:
                        break
                i = folded.find(term, i + n, end)
            return spans
        for m in self._pattern(term).finditer(folded, start, end):
            if m.start() == 0 or not folded[m.start() - 1].isalnum():
                spans.append(m.span())
                if first:
                    break
        return spans

    def finditer(self, folded: str, words: frozenset[str], start: int = 0, end: int | None = None):
        """(start, end, term) of every whole-word occurrence, in text order, longest term first at a spot."""
        end = len(folded) if end is None else end
        found = [(s, e, term) for term in self._present_terms(words) for s, e in self._spans(term, folded, start, end)]
        found.sort(key=lambda f: (f[0], -f[1]))
        out, last_end = [], -1
        for s, e, term in found:
            if s >= last_end:
                out.append((s, e, term))
                last_end = e
        return out

    def positions(self, folded: str, words: frozenset[str]) -> dict[str, list[int]]:
        """Start offsets of each present term, term by term (already in order): cheaper than
        finditer() when a text holds many occurrences and only proximity questions are asked."""
        out: dict[str, list[int]] = {}
        for term in self._present_terms(words):
            starts = [s for s, _ in self._spans(term, folded, 0, len(folded))]
            if starts:
                out[term] = starts
        return out

    def _present_terms(self, words: frozenset[str]):
        """Terms every word of which is in the text, longest first within a key."""
        for key in words.intersection(self._by_key):
            for term in self._by_key[key]:
                if self._words[term] <= words:
                    yield term

    def present(self, folded: str, words: frozenset[str]) -> bool:
        """Whether any term occurs as a whole word: stops at the first one found."""
        for term in self._present_terms(words):
            if self._spans(term, folded, 0, len(folded), first=True):
                return True
        return False

    def search(self, folded: str, words: frozenset[str], start: int = 0, end: int | None = None):
        found = self.finditer(folded, words, start, end)
        return found[0] if found else None


class AnchoredPattern:
    """A regex tried only in short windows around its anchors: words one of which every match
    contains, or (near_digits) the runs of digits every match contains.

    Running a pattern over a whole letter costs the regex engine a try at every position;
    most letters hold no anchor at all, and the rest hold a few.
    """

    def __init__(self, pattern: re.Pattern, anchors=(), near_digits: bool = False, reach: int = 100,
                 reach_before: int | None = None, needs=()):
        self.pattern = pattern
        self.anchors = frozenset(anchors)
        self.near_digits = near_digits
        self.reach = reach  # how far a match can run past its anchor
        self.reach_before = reach if reach_before is None else reach_before  # ... and start before it
        # Strings one of which every match also holds: a window without any is not searched
        # ('failure' is in every clinical letter, 'you ... failure' in few).
        self.needs = tuple(needs)
        self._spaced_needs = any(n[:1] == " " or n[-1:] == " " for n in self.needs)

    def finditer(self, folded: str, words: frozenset[str], digit_runs=(), lo: int = 0,
                 hi: int | None = None, text: str | None = None) -> list[re.Match]:
        """Every match in folded[lo:hi], in order of the windows it was found in. Anchors are
        always found in the folded text; pass `text` (the original, same length) to match a
        case-sensitive pattern there instead."""
        target = folded if text is None else text
        hi = len(folded) if hi is None else hi
        if self.near_digits:
            spots = digit_runs if lo == 0 and hi == len(folded) else [(s, e) for s, e in digit_runs if lo <= s < hi]
        elif self.anchors:
            present = self.anchors.intersection(words)
            if not present:
                return []  # the common case, kept cheap: most patterns have no anchor in a letter
            spots = []
            for word in present:
                n = len(word)
                spots += [(start, start + n) for start in word_starts(folded, word, lo, hi)]
            spots.sort()
        else:
            return list(self.pattern.finditer(target, lo, hi))
        if not spots:
            return []
        # Merged windows never overlap, so no match is found twice.
        search = self.pattern.finditer
        return [m for a, b in _padded_windows(spots, self.reach_before, self.reach, lo, hi)
                if not self.needs or self._holds_a_need(folded, a, b)
                for m in search(target, a, b)]

    def _holds_a_need(self, folded: str, a: int, b: int) -> bool:
        """Whether folded[a:b] holds one of the needs. A need written with spaces round a word (' ur ')
        also holds at the start or end of the text or a line ('ur a waste of space' opening a message)."""
        needs = self.needs
        if any(folded.find(n, a, b) != -1 for n in needs):
            return True
        if not self._spaced_needs or (a > 0 and b < len(folded) and folded.find("\n", a, b) == -1
                                      and folded.find("\t", a, b) == -1):
            return False  # no edge for a spaced need to stand against: the common case, kept cheap
        window = " " + folded[max(0, a - 1): b + 1].replace("\n", " ").replace("\t", " ") + " "
        return any(n in window for n in needs)


class PatternList:
    """Entries of a word list that each end with an AnchoredPattern, asked together: one set
    intersection with a letter's words tells which entries can match, instead of one per entry
    (a list of thirty patterns is mostly patterns whose anchors a letter lacks)."""

    def __init__(self, entries):
        self.entries = tuple(entries)
        self._always = tuple(i for i, e in enumerate(self.entries) if e[-1].near_digits or not e[-1].anchors)
        self._by_anchor: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            for anchor in entry[-1].anchors:
                self._by_anchor.setdefault(anchor, []).append(i)

    def present(self, words: frozenset[str]) -> list[tuple]:
        """The entries whose pattern could match a text with these words, in list order."""
        found = set(self._always)
        for anchor in words.intersection(self._by_anchor):
            found.update(self._by_anchor[anchor])
        return [self.entries[i] for i in sorted(found)]


def word_starts(folded: str, word: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start of every occurrence of a lowercase word in folded[lo:hi] not inside a longer word."""
    hi = len(folded) if hi is None else hi
    starts, n, find = [], len(word), folded.find
    i = find(word, lo, hi)
    while i != -1:
        if (not i or not folded[i - 1].isalpha()) and not folded[i + n: i + n + 1].isalpha():
            starts.append(i)
        i = find(word, i + n, hi)
    return starts


def word_windows(text: str, spots, pad: int) -> list[tuple[int, int]]:
    """The (start, end) spots padded by `pad` characters, widened to whole whitespace-delimited
    words and merged where they touch.

    Linear in the text however many spots lie in one long word: a spot inside the last window only
    widens its end, and each search for a word's edge runs (with str.rfind and a regex, in C) over
    text no earlier search has covered. Walking out from every spot, as a loop of isspace() does,
    re-reads a 20,000-character token once per spot in it.
    """
    merged: list[list[int]] = []
    n = len(text)
    # The furthest padded end merged into the last window: its word end is looked up only when a
    # spot falls past it, or at the end (a word's end is monotone in the offset), not once per spot
    # (200,000 spots in a letter of one word repeated).
    reach = -1
    for lo, hi in sorted(spots):
        lo, hi = max(0, lo - pad), min(n, hi + pad)
        if merged and (lo <= reach or lo <= merged[-1][1]):
            reach = max(reach, hi)
            continue
        if merged and reach > merged[-1][1]:
            merged[-1][1] = _word_end(text, reach)
            if lo <= merged[-1][1]:
                reach = max(reach, hi)
                continue
        floor = merged[-1][1] if merged else 0
        lo = max(text.rfind(c, floor, lo) for c in _SPACES) + 1 or floor
        if merged and lo <= merged[-1][1]:
            reach = max(reach, hi)
        else:
            merged.append([lo, _word_end(text, hi)])
            reach = -1
    if merged and reach > merged[-1][1]:
        merged[-1][1] = _word_end(text, reach)
    return [(lo, hi) for lo, hi in merged]


_SPACES = " \n\t\r\x0b\x0c"
_SPACE = re.compile(r"\s")


def _word_end(text: str, i: int) -> int:
    """The end of the word running through text[i] (i itself when text[i] is whitespace)."""
    m = _SPACE.search(text, i)
    return m.start() if m else len(text)


class SpanIndex:
    """(start, end, ...) spans asked 'does one of you contain [start, end)?' in O(log n) each.

    `any(s <= start and end <= e for s, e in spans)` per question is quadratic when a hostile text
    gives tens of thousands of spans and as many questions ('bloody stool' repeated: each word a
    suspect, each phrase a clinical span)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self._starts = [span[0] for span in self.spans]
        self._reach, furthest = [], -1  # _reach[i]: the furthest end among spans[:i + 1]
        for span in self.spans:
            furthest = max(furthest, span[1])
            self._reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        """Whether some span has s <= start and end <= e."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def __len__(self) -> int:
        return len(self.spans)


def _padded_windows(spots, before: int, after: int, lo: int, hi: int) -> list[list[int]]:
    """merge_spans of the (start, end) spots, in order, padded by `before` and `after` within [lo, hi):
    one loop, for an anchor word repeated 200,000 times."""
    merged: list[list[int]] = []
    last = None
    for s, e in spots:
        a = s - before if s - before > lo else lo
        b = e + after if e + after < hi else hi
        if last is not None and a <= last[1]:
            if b > last[1]:
                last[1] = b
        else:
            last = [a, b]
            merged.append(last)
    return merged


def merge_spans(spans) -> list[list[int]]:
    """Overlapping or touching (start, end) spans, given in order, merged."""
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged
