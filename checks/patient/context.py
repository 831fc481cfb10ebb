"""What surrounds a detail: is it about a patient, anonymised, the sender's own, or the signature?

Computed once per text part and shared by every patient rule (scan.shared), after a cheap test
on the part's word set, so mail with no clinical content pays almost nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from ..config import ConfigError
from ..model import TextPart
from ..text import TermMatcher
from .wordlist import alternation


class PartContext:
    """Computed lazily: most parts are only asked whether they hold a patient word at all."""

    def __init__(self, part: TextPart, folded: str, words: frozenset[str], cue_terms: TermMatcher,
                 anon_terms: TermMatcher, sender_names: frozenset[str] = frozenset(),
                 abbreviations: frozenset[str] = frozenset(), title_before: re.Pattern | None = None,
                 own_details: tuple[re.Pattern, frozenset[str]] | None = None, to_office: bool = False):
        self.part = part
        self._own_details, self._own_labels = own_details or (None, frozenset())
        self._to_office = to_office
        self._title_before = title_before
        self._abbreviations = abbreviations
        self._sender_names = sender_names
        self._folded, self._words = folded, words
        self._cue_terms, self._anon_terms = cue_terms, anon_terms
        self._cues: tuple[tuple[int, int, str], ...] | None = None
        self._sorted: tuple[list[int], list[tuple[int, int, str]], int] | None = None

    @cached_property
    def has_cues(self) -> bool:
        return self._cue_terms.present(self._folded, self._words)

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Patient word -> its start offsets, in order; not where the word is part of a person's
        name ('Dr Ward', 'Helen Ward')."""
        if not self.has_cues:
            return {}
        text = self.part.text
        found = self._cue_terms.positions(self._folded, self._words)
        kept = {term: kept for term, starts in found.items()
                if (kept := [s for s in starts if not _in_a_name(text, s, s + len(term), self._title_before)])}
        if not self._abbreviations.intersection(kept):
            return kept
        alone = self._abbreviations.issuperset(kept)  # 'Ed', 'CT', 'OP' and nothing else clinical
        for term in self._abbreviations.intersection(kept):
            starts = [s for s in kept[term] if _abbreviation_counts(text, s, s + len(term), alone)]
            if starts:
                kept[term] = starts
            else:
                del kept[term]
        return kept

    @cached_property
    def anonymised(self) -> tuple[tuple[int, int], ...]:
        """Spans of 'simulated patient', 'hypothetical'..."""
        return tuple((s, e) for s, e, _ in self._anon_terms.finditer(self._folded, self._words))

    @cached_property
    def signature_start(self) -> int:
        """Where the sender's signature begins (the end of the text if none): set from the letter's
        one reading (checks/letter.py) for the body by part_context."""
        return len(self.part.text)

    @property
    def cues(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, term) of every patient word in order, longest first where they overlap;
        built only for the rules that need them all."""
        if self._cues is None:
            found = sorted(((s, s + len(t), t) for t, starts in self._positions.items() for s in starts),
                           key=lambda c: (c[0], -c[1]))
            out, last_end = [], -1
            for s, e, t in found:
                if s >= last_end:
                    out.append((s, e, t))
                    last_end = e
            self._cues = tuple(out)
        return self._cues

    def cue_near(self, start: int, end: int, window: int, outside: bool = False,
                 ignore: frozenset[str] = frozenset()) -> str | None:
        """The closest patient word within `window` characters of [start, end) (the longer on a tie);
        with `outside`, words overlapping [start, end) do not count, nor do the words in `ignore`."""
        starts, found, longest = self.by_start()
        best, best_distance = None, window + 1
        for s, e, term in found[bisect_left(starts, start - window - longest): bisect_right(starts, end + window)]:
            if (outside and s < end and e > start) or term in ignore:
                continue
            distance = start - e if e <= start else s - end if s >= end else 0
            if distance < best_distance or (distance == best_distance and best and len(term) > len(best)):
                best, best_distance = term, distance
        return best if best_distance <= window else None

    def by_start(self) -> tuple[list[int], list[tuple[int, int, str]], int]:
        """Every patient word occurrence sorted by start (overlaps kept), for windowed lookups."""
        if self._sorted is None:
            found = sorted((s, s + len(t), t) for t, starts in self._positions.items() for s in starts)
            self._sorted = ([f[0] for f in found], found, max((len(t) for t in self._positions), default=0))
        return self._sorted

    def anonymised_near(self, start: int, end: int, window: int) -> bool:
        return any(s - window <= start and end <= e + window for s, e in self.anonymised)

    @cached_property
    def own_blocks(self) -> tuple[tuple[int, int], ...]:
        """Where the sender gives their own details:
        - paragraphs with a 'Name:' line giving the sender's name ('Full name: Thomas James
          Ashworth' from Tom Ashworth), with the DOB, NHS number and address lines beside it;
        - the rest of a line after 'my' and a detail ('my NHS number is ...', 'my DOB: ...');
        - in mail to an office students send their own details to (own_details_offices), every
          line without a patient word."""
        text = self.part.text
        blocks = []
        if self._sender_names and "name" in self._words:
            for m in _NAME_FIELD.finditer(text):
                value = {w.lower() for w in re.findall(r"[A-Za-z'’\-]{2,}", m.group("value"))}
                if value & self._sender_names:
                    start = text.rfind("\n\n", 0, m.start())
                    end = text.find("\n\n", m.end())
                    blocks.append((0 if start == -1 else start, len(text) if end == -1 else end))
        if self._own_details is not None and "my" in self._words:
            blocks += [m.span() for m in self._own_details.finditer(text)]
        if self._to_office:
            starts, found, _ = self.by_start()
            at = 0
            for line in text.split("\n"):
                end = at + len(line)
                # A detail's own label ('NHS number:', 'DOB') is no patient word here.
                if line.strip() and all(term in self._own_labels
                                        for _, _, term in found[bisect_left(starts, at):bisect_left(starts, end)]):
                    blocks.append((at, end))
                at = end + 1
        return tuple(blocks)

    def in_own_block(self, start: int) -> bool:
        return any(s <= start < e for s, e in self.own_blocks)

    def in_signature(self, start: int) -> bool:
        """In the sender's signature, or in a block of the sender's own details."""
        return start >= self.signature_start or any(s <= start < e for s, e in self.own_blocks)


def _matchers(config):
    return (TermMatcher(config.terms("patient_context")), TermMatcher(config.terms("anonymised")),
            frozenset(config.terms("abbreviation_cues")), _title_before(config), _own_details(config))


def _own_details(config) -> tuple[re.Pattern, frozenset[str]]:
    """'my' and one of the sender's own details (own_details.txt), then the rest of the line; and
    the details' labels, with their first words ('nhs' of 'nhs number'), as patient words are listed."""
    terms = config.terms("own_details")
    labels = {" ".join(t.lower().split()) for t in terms} | {t.lower().split()[0] for t in terms}
    return (re.compile(rf"\bmy\s+(?:own\s+)?(?:{alternation(terms)})(?![\w'’])[^\n]*", re.I), frozenset(labels))


def _offices(config) -> tuple[str, ...]:
    offices = config.section("organisation").get("own_details_offices", ())
    return tuple(o.lower() for o in offices if o.strip())


def _to_office(scan) -> bool:
    """Every recipient is an office students send their own details to: its name or address holds
    one of own_details_offices (an envelope recipient not in To or Cc by its address alone)."""
    offices = scan.config.derive(_offices)
    if not offices:
        return False
    named = {a.addr.lower(): (a.name or "").lower() for a in (*scan.message.to, *scan.message.cc) if a.addr}
    addresses = set(named) | {r.lower() for r in scan.recipients}
    return bool(addresses) and all(any(o in a or o in named.get(a, "") for o in offices) for a in addresses)


# Patient titles a capitalised patient word after them is part of a name with ('Mrs Ward'); the
# staff titles ('Dr Ward', 'Sister Bay') are patient_staff.toml's.
_PATIENT_TITLES = ("mr", "mrs", "ms", "miss", "mx")


def _title_before(config) -> re.Pattern:
    from .staffwords import staff_words

    titles = alternation(staff_words(config).titles + _PATIENT_TITLES)
    return re.compile(rf"(?:\b(?:{titles})\.?|[A-Z][a-z]+)[ \t]+$")


_TIME_ZONE = re.compile(r"(?:\b[ap]\.?m\.?|\d)[ \t]*$", re.I)


def _abbreviation_counts(text: str, start: int, end: int, alone: bool) -> bool:
    """'ED', 'CT', 'pt': yes; 'Ed' (a name), 'Ct.' (court), '5:00 PM PT' (a time zone): no. With no
    other patient word in the text, only as a label ('pt: J Whitfield')."""
    word = text[start:end]
    if alone:
        return text[end:end + 1] == ":" or text[end:end + 2] in ("'s", "’s")  # 'pt: ...', "pt's condition"
    if word[0].isupper() and word[1:].islower() and word.lower() not in ("pt", "pts"):
        return False
    return not _TIME_ZONE.search(text, max(0, start - 6), start)


def part_context(scan, part: TextPart) -> PartContext:
    cache = scan.__dict__.setdefault("_patient_context", {})
    if part.name not in cache:
        cue_terms, anon_terms, abbreviations, title_before, own_details = scan.config.derive(_matchers)
        cache[part.name] = PartContext(part, scan.folded(part), scan.words(part), cue_terms, anon_terms,
                                       scan.shared(_sender_names), abbreviations, title_before, own_details,
                                       scan.shared(_to_office))
        if part.name == "body":
            # The sign-off and signature as the letter reads them (sign_offs.txt); with none found
            # before a quoted message, nothing is the sender's signature (quoted text is still checked).
            letter = scan.letter
            start = letter.signature_start if letter.signature_start < letter.own_end else len(part.text)
            cache[part.name].__dict__["signature_start"] = start
    return cache[part.name]


_NAME_FIELD = re.compile(r"^[ \t>]*(?:full\s+|my\s+|student\s+|legal\s+)?name\s*[:\-]\s*(?P<value>[^\n]{2,80})$",
                         re.I | re.M)


def _sender_names(scan) -> frozenset[str]:
    """The parts of the sender's display name ('Tom Ashworth' -> tom, ashworth)."""
    out = set()
    for address in scan.message.from_:
        out.update(w.lower() for w in re.findall(r"[A-Za-z'’\-]{2,}", address.name or ""))
    return frozenset(out)


def _in_a_name(text: str, start: int, end: int, title_before: re.Pattern | None) -> bool:
    """A capitalised word after a title or a first name, not followed by a number: 'Dr Ward',
    'Helen Ward' (but 'Ward 22' and 'on Ward C31' stay ward)."""
    if not text[start: start + 1].isupper():
        return False
    if _NUMBER_AFTER.match(text, end):
        return False
    return title_before is not None and title_before.search(text, max(0, start - 20), start) is not None


_NUMBER_AFTER = re.compile(r"[ \t]*(?:[A-Z]?\d)")


def record_terms(config):
    matcher = TermMatcher(config.terms("clinical_record"))
    min_terms = int(config.threshold("record_min_terms", 4))
    density = float(config.threshold("record_min_per_100_words", 8))
    if min_terms < 1 or density <= 0:
        raise ConfigError("thresholds.record_min_terms must be >= 1 and record_min_per_100_words > 0")
    keys = frozenset(w for t in config.terms("clinical_record") for w in _TERM_WORD.findall(t))
    return matcher, keys, min_terms, density


_TERM_WORD = re.compile(r"[a-z0-9]+")


def clinical_record(scan, part: TextPart) -> bool:
    """Whether the part reads as a patient's clinical record (a nursing note, a handover): several
    different record terms ('resp:', 'afebrile', 'foley', 'prn') standing densely. In a record every
    name, date and place is about the patient's care, so those rules need no patient word beside them."""
    cache = scan.__dict__.setdefault("_clinical_record", {})
    if part.name not in cache:
        matcher, keys, min_terms, density = scan.config.derive(record_terms)
        words = scan.words(part)
        result = False
        if len(keys.intersection(words)) >= min_terms:  # cheap test first: most mail stops here
            found = matcher.positions(scan.folded(part), words)
            if len(found) >= min_terms:
                count = sum(len(v) for v in found.values())
                result = 100 * count / max(1, len(part.text.split())) >= density
        cache[part.name] = result
    return cache[part.name]
