"""NHS (England, Wales, Isle of Man), CHI (Scotland) and H&C (Northern Ireland) numbers.

All three are 10 digits with a Modulus 11 check digit. About 1 in 11 random 10-digit
strings passes the check, so context decides: a number near patient words is a leak
whatever its range; a bare number is only a warning, and only in an issued range.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from ..mask import mask_number
from ..model import Hit, TextPart
from ..text import near, sorted_terms, terms_pattern, word_starts
from .context import part_context
from .wordlist import alternation, grouped

_SEP = r"(?:[ .\-]|[ \t]*\r?\n[ \t>]*)?"  # one space/dash/dot, or a line break (quoted replies too)
# Scanned without look-arounds (they defeat the regex engine's fast digit skip); the
# boundaries are checked in Python on the few matches.
CANDIDATE = re.compile(r"(\d{3})" + _SEP + r"(\d{3})" + _SEP + r"(\d{4})")
# An international prefix means a phone number, never an NHS number.
_PHONE_PREFIX = re.compile(r"(?:\+\s*44|\b0044)\s*(?:\(0\)\s*)?$")
# Explicit labels: the number *is presented as* an NHS/CHI/H&C number.
LABEL = re.compile(r"\b(?:nhs|chi|h\s*&\s*c|health\s+and\s+care)\s*(?:no\.?|num(?:ber)?|#|id)?\s*"
                   r"(?:[:\-=]|is|was|of)?\s*$", re.I)
LABEL_WINDOW = 24
ANONYMISED_WINDOW = 120  # as the name and contact rules: a case marked simulated or fictional this close


class NhsCandidate(NamedTuple):  # a tuple: a 1 MB list of numbers makes 80,000 of them
    part: TextPart
    start: int
    end: int
    digits: str
    valid: bool
    labelled: bool
    context: str | None  # the patient word that made it confident, if any
    other_label: bool

    def hit(self, detail: str) -> Hit:
        masked = mask_number(" ".join((self.digits[:3], self.digits[3:6], self.digits[6:])))
        return Hit(self.part, self.start, self.end, detail=detail, masked=masked)


def _candidates(text: str, runs):
    """Ten digits written as NHS numbers are (3-3-4, or all together), as CHI numbers are (6-4),
    or in any other grouping of two to four runs joined by single separators (5-5, 4-3-3)."""
    taken = -1
    for i, (start, end) in enumerate(runs):
        if start < taken:
            continue
        if end - start in (3, 10):
            m = CANDIDATE.match(text, start)
            if m:
                taken = m.end()
                yield m
                continue
        if text[end: end + 1] not in _JOINS:
            continue  # followed by a letter, punctuation ('2002,', '10am') or the end: joined to no other run
        grouped = _grouped(text, runs, i)
        if grouped is not None:
            taken = grouped.end()
            yield grouped


_GAP = re.compile(_SEP)
_JOINS = frozenset(" .-\t\r\n")  # the characters a separator can start with


def _grouped(text: str, runs, i: int):
    digits, last = 0, None
    for start, end in runs[i: i + 4]:
        # Matched in place (fullmatch with bounds), not on a copy of the gap: most runs of digits are
        # followed by a letter or a long stretch of prose, told by the first character.
        if last is not None and not (start > last and text[last] in _JOINS and _GAP.fullmatch(text, last, start)):
            return None  # not joined by a single separator: separate numbers
        digits += end - start
        last = end
        if digits == 10 and end - runs[i][0] > 10:
            return _Grouped(text, runs[i][0], end)
        if digits >= 10:
            return None
    return None


class _Grouped:
    """A match-like view of a grouped ten-digit number: groups 1-3 give its digits 3-3-4."""

    def __init__(self, text: str, start: int, end: int):
        self._start, self._end = start, end
        digits = "".join(ch for ch in text[start:end] if ch.isdigit())
        self._groups = (digits[:3], digits[3:6], digits[6:])

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int) -> str:
        return self._groups[index - 1]


# A number read out or typed in words, as from a phone call or to slip past a filter: 'nine four
# three, four seven six, five nine one nine'. Exactly ten digit words in a row (eleven are a phone
# number), joined by spaces, commas or dashes.
_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_WORD_JOIN = re.compile(r"[ \t\n,\-]{1,4}")


def _in_words(folded: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of exactly ten digit words."""
    present = [w for w in _DIGIT_WORDS if w in words]
    if len(present) < 3:  # ten digits use at least three different words, bar placeholders
        return []
    spots = sorted((s, s + len(w), _DIGIT_WORDS[w]) for w in present for s in word_starts(folded, w))
    runs, run = [], []
    for spot in spots:
        if run and _WORD_JOIN.fullmatch(folded, run[-1][1], spot[0]) is None:
            runs.append(run)
            run = []
        run.append(spot)
    runs.append(run)
    return [(r[0][0], r[-1][1], "".join(d for _, _, d in r)) for r in runs if len(r) == 10]


def _standalone(text: str, start: int, end: int) -> bool:
    """Not part of a longer number or word: 0115 823 0000, 12-345-678-9012, ISBN978..., +4412..."""
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    if prev.isalnum() or prev in "+_" or nxt.isalnum() or nxt == "_":
        return False
    if prev in ".-/" and start >= 2 and text[start - 2].isdigit():
        return False
    return not (nxt in ".-/" and end + 1 < len(text) and text[end + 1].isdigit())


def is_repeat(digits: str) -> bool:
    """0000000000 and friends pass Modulus 11 but are placeholders, not numbers."""
    return len(set(digits)) == 1 or digits in ("0123456789", "1234567890", "9876543210")


def in_issued_range(digits: str) -> bool:
    """Ranges issued to patients: CHI starts with a DDMMYY date of birth; H&C is 320-399 million;
    NHS is 400-499 and 600-799 million. 999 million up is reserved for testing."""
    first = int(digits[0])
    if first in (4, 6, 7):
        return True
    if digits[:2] >= "32" and first == 3:
        return True
    day, month = int(digits[0:2]), int(digits[2:4])
    return first <= 3 and 1 <= day <= 31 and 1 <= month <= 12


def patterns(config):
    """The patient words near a number, and the labels that say it is something else
    (config/wordlists/patient_nhs.toml); compiled once per Config."""
    # A number that passes Modulus 11 beside 'bloods' or 'side room' is as telling as one beside 'NHS'.
    context = terms_pattern(sorted_terms(config.terms("nhs_context") | config.terms("patient_context")))
    other = grouped(config, "patient_nhs", ("other_number",))["other_number"]
    return context, re.compile(rf"\b(?:{alternation(other)})\b[^\n]{{0,20}}$", re.I)


def candidates(scan) -> list[NhsCandidate]:
    """Every ten-digit number any of the three rules can flag: valid, or labelled (an invalid one
    that is not labelled is nobody's, so it costs no context search)."""
    context, other_label = scan.config.derive(patterns)
    gate, labels_need_a_letter = scan.config.derive(_gates)
    window = int(scan.config.threshold("context_window", 60))
    found = []
    for part in scan.texts:
        text = part.text
        ctx = part_context(scan, part)
        spots, searched = None, 0
        for m in _candidates(text, scan.digit_runs(part)):
            start, end = m.start(), m.end()
            if not _standalone(text, start, end) or ctx.in_own_block(start):
                continue  # (the sender's own number, in a block of their own details, is theirs to give)
            before = text[max(0, start - LABEL_WINDOW): start]
            if ("+" in before or "0044" in before) and _PHONE_PREFIX.search(before):
                continue
            digits = m.group(1) + m.group(2) + m.group(3)
            worded = labels_need_a_letter is False or _LETTER.search(before) is not None
            valid, labelled = _valid(digits), worded and LABEL.search(before) is not None
            if not valid and not labelled:
                continue
            near_word = None
            if valid:
                searched += 1
                if spots is None and searched > _SEARCHES_BEFORE_SPOTS:
                    spots = _ContextSpots(text, gate)
                if spots is None or spots.maybe(start - window, start, end, end + window // 2):
                    near_word = near(context, text, start, end, window, window // 2)
            found.append(NhsCandidate(part=part, start=start, end=end, digits=digits, valid=valid,
                                      labelled=labelled, context=near_word.group(0) if near_word else None,
                                      other_label=worded and other_label.search(before) is not None))
        for start, end, digits in _in_words(scan.folded(part), scan.words(part)):
            found.append(_candidate(part, start, end, digits, context, window, other_label))
    return found


_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2, 1)


def _valid(digits: str) -> bool:
    if digits.isascii():
        # Ten ASCII digits: stdnum's is_valid() is this sum after a clean-up and format checks that
        # cannot fail here, at a fifth of its cost (80,000 numbers in a 1 MB list).
        valid = sum(map(int.__mul__, _WEIGHTS, map(int, digits))) % 11 == 0
    else:
        from stdnum.gb import nhs as stdnum_nhs  # on first use: a tenth of start-up time

        valid = stdnum_nhs.is_valid(digits)
    return valid and not is_repeat(digits)


# re.I matches these to ASCII letters that casefold() leaves alone (as text.near's own filter).
_IGNORECASE_EXTRA = str.maketrans({"\u0130": "i", "\u0131": "i"})
_TOKEN = re.compile(r"\w+")


_LETTER = re.compile(r"[^\W\d_]")


def _gates(config):
    """(a regex of the first word of every context term, or None when some term has no plain ASCII
    first word: then every number gets the full search; whether every label, NHS or other, holds a
    letter: then the label searches are skipped before a number with no letter ahead of it)."""
    terms = sorted_terms(config.terms("nhs_context") | config.terms("patient_context"))
    firsts = [_TOKEN.match(t.lower()) for t in terms]
    gate = None
    if all(firsts) and all(t.isascii() for t in terms):
        gate = re.compile("|".join(sorted({re.escape(m.group(0)) for m in firsts}, key=len, reverse=True)))
    others = grouped(config, "patient_nhs", ("other_number",))["other_number"]
    return gate, all(_LETTER.search(t) for t in others)


_SEARCHES_BEFORE_SPOTS = 16  # a letter's few numbers are searched directly; a list's through _ContextSpots


class _ContextSpots:
    """Where a context term could start in a part: the words that contain the first word of some
    term. A 1 MB list of numbers asks for 80,000 windows; a window with none of these words
    cannot hold a match, so it is ruled out with a bisect instead of a search."""

    def __init__(self, text: str, gate):
        self.starts: list[int] | None = None  # None: no filter, search every window
        if gate is None:
            return
        folded = text.translate(_IGNORECASE_EXTRA).casefold()
        if len(folded) != len(text):
            return  # offsets would not carry over ('ß' -> 'ss'): no filter
        hot = {w for w in set(_TOKEN.findall(folded)) if gate.search(w)}
        self.starts, self.ends = [], []
        if hot:
            for m in _TOKEN.finditer(folded):
                if m.group(0) in hot:
                    self.starts.append(m.start())
                    self.ends.append(m.end())

    def maybe(self, lo: int, start: int, end: int, hi: int) -> bool:
        """Whether a word that may hold a term overlaps [lo, start) or [end, hi)."""
        if self.starts is None:
            return True
        return self._overlaps(lo, start) or self._overlaps(end, hi)

    def _overlaps(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.ends, lo + 1)  # the first word ending after lo
        return i < len(self.starts) and self.starts[i] < hi


def _candidate(part: TextPart, start: int, end: int, digits: str, context, window: int,
               other_label: re.Pattern) -> NhsCandidate:
    text = part.text
    before = text[max(0, start - LABEL_WINDOW): start]
    ctx = near(context, text, start, end, window, window // 2)
    return NhsCandidate(part=part, start=start, end=end, digits=digits, valid=_valid(digits),
                        labelled=bool(LABEL.search(before)), context=ctx.group(0) if ctx else None,
                        other_label=bool(other_label.search(before)))


def _invented(scan, c: NhsCandidate) -> bool:
    """In a case marked as invented or simulated ('Mr Quince (fictional), NHS number ...'), as the
    name and contact rules read it; asked only of a number about to be a finding."""
    ctx = part_context(scan, c.part)
    return bool(ctx.anonymised) and ctx.anonymised_near(c.start, c.end, ANONYMISED_WINDOW)


def in_context(scan):
    for c in scan.shared(candidates):
        if c.valid and (c.labelled or (c.context and not c.other_label)) and not _invented(scan, c):
            reason = "labelled as an NHS/CHI number" if c.labelled else f"near '{c.context.lower()}'"
            yield c.hit(reason)


def without_context(scan):
    for c in scan.shared(candidates):
        if c.valid and not c.labelled and not c.context and not c.other_label and in_issued_range(c.digits) \
                and not _invented(scan, c):
            yield c.hit("valid check digit in an issued range, no patient context")


def bad_check_digit(scan):
    for c in scan.shared(candidates):
        if c.labelled and not c.valid and not is_repeat(c.digits) and not _invented(scan, c):
            yield c.hit("labelled as an NHS number but the check digit is wrong (a typo of a real one?)")
