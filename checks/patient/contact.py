"""A patient's postcode, street address, phone number or email address.

Each only in patient context and outside the sender's signature; the school's and hospitals'
own postcodes and numbers (config organisation.own_postcodes / own_phone_numbers) and the
correspondents' own addresses never count.
"""

from __future__ import annotations

import re

from ..mask import mask_email, mask_number, mask_postcode
from ..model import Hit
from .context import clinical_record, part_context
from .wordlist import alternation, grouped

# Case-insensitive: students type 'ng7 2uh' as often as 'NG7 2UH'.
POSTCODE = re.compile(r"\b(?P<out>(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR))\s?(?P<in>\d[ABD-HJLNP-UW-Z]{2})\b", re.I)
EMAIL = re.compile(r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b")


def _own(config):
    postcodes = frozenset(p.replace(" ", "").upper() for p in config.section("organisation").get("own_postcodes", ()))
    phones = frozenset(re.sub(r"\D", "", p) for p in config.section("organisation").get("own_phone_numbers", ()))
    return postcodes, phones


def _window(scan) -> int:
    return int(scan.config.threshold("patient_window", 120))


def addresses(scan):
    own_postcodes, _ = scan.config.derive(_own)
    for part in scan.texts:
        ctx = part_context(scan, part)
        if not ctx.has_cues:
            continue
        text = part.text
        runs = scan.digit_runs(part)
        for m in _near_runs(POSTCODE, text, runs, 1, 2, 6, 3):
            if (m.group("out") + m.group("in")).upper() in own_postcodes:
                continue
            hit = _contextual(ctx, m.start(), m.end(), _window(scan))
            if hit:
                yield Hit(part, m.start(), m.end(), detail=f"full postcode {hit}",
                          masked=mask_postcode(m.group(0)))
        for m in _near_runs(scan.config.derive(patterns)[0], text, runs, 1, 4, 0, 60):
            hit = _contextual(ctx, m.start(), m.end(), _window(scan))
            if hit:
                shown = re.sub(r"\d", "*", m.group(0).split()[0]) + " " + " ".join(
                    w[0] + "*" * (len(w) - 1) for w in m.group(0).split()[1:-1]) + " " + m.group(0).split()[-1]
                yield Hit(part, m.start(), m.end(), detail=f"street address {hit}", masked=shown)


def _near_runs(pattern: re.Pattern, text: str, runs, shortest: int, longest: int, before: int, after: int):
    """Matches of `pattern` found in small windows around digit runs of the given lengths."""
    last = -1
    for start, end in runs:
        if shortest <= end - start <= longest and start >= last:
            m = pattern.search(text, max(0, start - before), min(len(text), end + after))
            if m and m.start() >= last:
                last = m.end()
                yield m


# phonenumbers' matcher costs about a tenth of a millisecond a call: a 1 MB list of numbers would
# take seconds. Past this many calls in one message the rest are not checked, and that is said
# (checks/unchecked.py: a hold when sent outside), never skipped in silence.
PHONE_CALLS = 400
_PHONE_SPAN = 20  # a window reaches this far past the first digit of a UK number


def _phone_windows(text: str, runs):
    """(lo, hi) of each window where phonenumbers may find a UK number: a digit run beginning
    with 0, or one after +44, with at least 8 digits in reach (a valid GB number has a 7, 9 or
    10-digit national part), grouped in chains: runs less than a window apart, whose matches
    can swallow each other's starts. Chains are independent of each other."""
    chain, last_start = [], None
    for start, _ in runs:
        prefix = text[max(0, start - 4): start]
        if text[start] != "0" and "+" not in prefix:
            continue
        lo = max(0, start - 4) if "+" in prefix else start
        hi = min(len(text), start + _PHONE_SPAN)
        if sum(ch.isdigit() for ch in text[lo:hi]) < 8:
            continue
        if chain and start >= last_start + _PHONE_SPAN:
            yield chain
            chain = []
        chain.append((start, lo, hi))
        last_start = start
    if chain:
        yield chain


def _phone_matches(text: str, runs, reach, budget: _Budget):
    """phonenumbers' matcher (slow, thorough) run only on short windows where a UK number can start,
    in chains of windows that have a patient word within `reach(lo, hi)`: a match elsewhere could
    never be a finding. `budget` counts the calls for the message."""
    import phonenumbers  # on first use: a tenth of start-up time that many runs never need

    for chain in _phone_windows(text, runs):
        if not reach(chain[0][1], chain[-1][2]):
            continue
        last = -1
        for start, lo, hi in chain:
            if start < last:
                continue
            if not budget.take():
                return
            for match in phonenumbers.PhoneNumberMatcher(text[lo:hi], "GB", leniency=phonenumbers.Leniency.VALID):
                last = lo + match.end
                yield _Shifted(match, lo)
                break


class _Budget:
    """phonenumbers calls left for one message; when they run out, the rest is listed as unread."""

    def __init__(self, scan):
        self.scan, self.left, self.noted = scan, PHONE_CALLS, False

    def take(self) -> bool:
        if self.left > 0:
            self.left -= 1
            return True
        if not self.noted:
            self.scan.unread.append(f"more than {PHONE_CALLS:,} possible phone numbers: the rest were not "
                                    "checked for a patient's phone number (PAT008)")
            self.noted = True
        return False


class _Shifted:
    """A phonenumbers match with offsets in the whole text, not the window it was found in."""

    def __init__(self, match, offset: int):
        self.raw_string, self.number = match.raw_string, match.number
        self.start, self.end = match.start + offset, match.end + offset


def phone_numbers(scan):
    _, own_phones = scan.config.derive(_own)
    budget = _Budget(scan)
    for part in scan.texts:
        ctx = part_context(scan, part)
        if not ctx.has_cues:
            continue
        text = part.text
        window = _window(scan)

        def reach(lo: int, hi: int, ctx=ctx, window=window) -> bool:
            # a match inside [lo, hi) gives a finding only outside the signature, near a patient word
            return lo < ctx.signature_start and ctx.cue_near(lo, hi, window) is not None

        for match in _phone_matches(text, scan.digit_runs(part), reach, budget):
            digits = re.sub(r"\D", "", match.raw_string)
            national = "0" + str(match.number.national_number)
            if digits in own_phones or national in own_phones:
                continue
            hit = _contextual(ctx, match.start, match.end, _window(scan))
            if hit:
                shown = mask_number(match.raw_string, head=4, tail=0)
                yield Hit(part, match.start, match.end, detail=f"phone number {hit}", masked=shown)
        record = None
        for m in _us_phone_matches(text, scan.digit_runs(part), scan.config.derive(patterns)):
            if re.sub(r"\D", "", m.group(0)) in own_phones:
                continue
            hit = _contextual(ctx, m.start(), m.end(), _window(scan))
            if hit is None and not ctx.in_signature(m.start()):
                record = clinical_record(scan, part) if record is None else record
                hit = "in a clinical record" if record else None
            if hit:
                shown = mask_number(m.group(0), head=0, tail=0)
                yield Hit(part, m.start(), m.end(), detail=f"phone number {hit}", masked=shown)


# North American numbers as clinical notes write them: '(617) 555-1234', '410-322-1419', '603.960.5357',
# and a local '555-1234' when a phone word stands just before it. Groups joined by '-' or '.' (or
# the area code in brackets), never by spaces alone: '943 476 5919' is how an NHS number is written.
US_PHONE = re.compile(r"(?<![\d/.\-])(?P<area>\(\d{3}\)[ \t]?|\d{3}[\-.])?\d{3}[\-.]\d{4}(?![\d/]|[\-.]\d)")

KINDS = ("street_suffix", "phone_word", "not_phone")


def patterns(config) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Street, phone-word and not-a-phone patterns, their words from config/wordlists/patient_contact.toml,
    compiled once per Config."""
    w = grouped(config, "patient_contact", KINDS)
    street = re.compile(rf"\b\d{{1,4}}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){{1,3}}"
                        rf"(?:{alternation(w['street_suffix'], by_length=False, lower=False)})\b\.?")
    phone_word = re.compile(rf"(?:\b(?:{alternation(w['phone_word'])})\b|#)\W{{0,3}}$", re.I)
    not_a_phone = re.compile(rf"\b(?:{alternation(w['not_phone'])})\b[^\n]{{0,30}}$", re.I)
    return street, phone_word, not_a_phone


def _us_phone_matches(text: str, runs, patterns_):
    _, phone_word, not_a_phone = patterns_
    last = -1
    for start, end in runs:
        if start < last or end - start not in (3, 4):
            continue
        m = US_PHONE.match(text, max(0, start - 1) if start and text[start - 1] == "(" else start)
        if m is None:
            continue
        last = m.end()
        if not_a_phone.search(text, max(0, m.start() - 40), m.start()):
            continue  # '943-476-5919' labelled an NHS, CHI or hospital number is PAT001's, not a phone
        if m.group("area") or phone_word.search(text, max(0, m.start() - 25), m.start()):
            yield m


def email_addresses(scan):
    own = None
    for part in scan.texts:
        if "@" not in part.text:
            continue
        ctx = part_context(scan, part)
        if not ctx.has_cues:
            continue
        if own is None:  # the correspondents, gathered only for a part that may hold a patient's address
            own = {a.lower() for a in (*scan.recipients, scan.message.envelope_from or "")}
            own.update(a.addr.lower() for a in (*scan.message.from_, *scan.message.to, *scan.message.cc))
        text = part.text
        for m in EMAIL.finditer(text):
            address = m.group(0)
            if address.lower() in own or scan.config.is_internal(address):
                continue  # a correspondent, or a staff/NHS mailbox: not a patient's
            hit = _contextual(ctx, m.start(), m.end(), _window(scan) // 2)
            if hit:
                yield Hit(part, m.start(), m.end(), detail=f"email address {hit}", masked=mask_email(address))


def _contextual(ctx, start: int, end: int, window: int) -> str | None:
    if ctx.in_signature(start) or ctx.anonymised_near(start, end, window):
        return None
    cue = ctx.cue_near(start, end, window)
    return f"near '{cue}'" if cue else None
