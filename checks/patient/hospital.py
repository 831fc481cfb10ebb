"""Hospital, medical record (MRN) and unit numbers: local formats, identifiers only in context.

Shapes: K123456, M2203947, RX1 273645, RX1 273 645, MRN 00123456, 'Hosp no: 1234567', 'unit no 445566', and a
bare number asked about as a patient's ('the notes for 7654321').
A label (MRN, hospital number, unit number, case note number) makes it confident; a bare
letter-plus-digits code needs a patient word close by, and never counts when it is labelled as
something else (module codes, rooms, bleeps, candidate and student numbers).
"""

from __future__ import annotations

import re

from ..mask import mask_identifier
from ..model import Hit
from .context import part_context
from .wordlist import alternation, grouped

LABELLED = re.compile(
    r"\b(?P<label>mrn|m\.r\.n\.?|medical\s+record\s+(?:no\.?|number)|hosp(?:ital)?\.?\s*(?:no\.?|num(?:ber)?|#|id)|"
    r"unit\s+(?:no\.?|num(?:ber)?)|case\s*note\s+(?:no\.?|number)|patient\s+(?:id|no\.?|number)|pt\s+(?:id|no\.?)|"
    r"k\s*number|rx\w?\s*number|trust\s+(?:no\.?|number))\s*(?:is|was|[:#=\-])?\s*"
    r"(?P<id>[a-z]{0,3}\d?\s?(?:\d{5,9}|\d{3}[\s-]\d{3,4})[a-z]?)\b")  # folded (lowercase) text; 'rx1 234 567' too
# Letter-prefixed local formats: K123456, M2203947, RX1 273645, J0123456X.
SHAPED = re.compile(r"(?<![\w/])(?P<id>(?:[A-Z]{1,2}\d?\s?\d{6,8}|[A-Z]\d{7}[A-Z]?|[A-Z]{2}\d\s\d{3}\s\d{3}))(?![\w/])")
# The words of LABELLED's label shapes: a letter with none of them (nor a requested paper's) skips the search.
_LABEL_WORDS = frozenset({"mrn", "hosp", "hospital", "unit", "case", "patient", "pt", "k", "trust", "number", "no"})
WINDOW = 60
KINDS = ("other_number", "counted", "requested_record")


def patterns(config) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """A number asked about, a label saying a code is no hospital number, and the words one of which
    a letter needs for the label search; words from config/wordlists/patient_hospital.toml, compiled
    once per Config."""
    w = grouped(config, "patient_hospital", KINDS)
    # A bare number asked about as a patient's: 'the notes for 7654321', 'bloods on 0012345'. Six to eight
    # digits, the lengths of local hospital numbers (an NHS number has ten: PAT001 reads those).
    requested = re.compile(rf"\b(?P<label>(?:{alternation(w['requested_record'])})\s+(?:for|on|of))\s+"
                           r"(?:patient\s+|pt\s+)?(?:(?:s/n|no\.?|#|number)\s*[:#]?\s*)?"
                           rf"(?P<id>[a-z]{{0,2}}\d{{6,8}}[a-z]?)\b(?!\s*(?:{alternation(w['counted'])}))")
    not_hospital = re.compile(rf"\b(?:{alternation(w['other_number'])})\b[^\n]{{0,18}}$", re.I)
    gate = _LABEL_WORDS | frozenset(word for t in w["requested_record"] for word in re.findall(r"[a-z]+", t.lower()))
    return requested, not_hospital, gate


def hospital_numbers(scan):
    requested, not_hospital, gate = scan.config.derive(patterns)
    for part in scan.texts:
        text = part.text
        seen: set[int] = set()
        runs = _long_runs(text, scan.digit_runs(part))
        if not runs:
            continue
        if not gate.isdisjoint(scan.words(part)):
            for m in _labelled(scan.folded(part), runs, requested):
                seen.add(m.start("id"))
                value = text[m.start("id"): m.end("id")]
                yield _hit(part, m.start("id"), m.end("id"), value, f"labelled '{m.group('label')}'")
        ctx = part_context(scan, part)
        if not ctx.has_cues:
            continue
        for m in _shaped(text, runs):
            if m.start("id") in seen or ctx.in_signature(m.start()):
                continue
            if not_hospital.search(text[max(0, m.start() - 30): m.start()]):
                continue
            cue = ctx.cue_near(m.start(), m.end(), WINDOW)
            if cue and not ctx.anonymised_near(m.start(), m.end(), WINDOW):
                yield _hit(part, m.start("id"), m.end("id"), m.group("id"), f"hospital-number format near '{cue}'")


def _long_runs(text: str, runs) -> list[tuple[int, int]]:
    """Runs of 5+ digits, and digits written in threes ('234 567'), each as one (start, end)."""
    out = [(s, e) for s, e in runs if e - s >= 5]
    if any(e - s == 3 for s, e in runs):  # the rare case: pair up '234 567'
        for (start, end), (n_start, n_end) in zip(runs, runs[1:]):
            if end - start == 3 and n_start == end + 1 and text[end] in " -" and 3 <= n_end - n_start <= 4:
                out.append((start, n_end))
        out.sort()
    return out


def _labelled(folded: str, runs, requested: re.Pattern):
    """LABELLED matches ending at a long run of digits (see _long_runs): the label sits just before
    the number, so only a short stretch before each is searched."""
    for start, end in runs:
        m = next((m for pattern in (LABELLED, requested)
                  for m in pattern.finditer(folded, max(0, start - 50), min(len(folded), end + 16))
                  if m.end("id") >= end), None)
        if m:
            yield m


def _shaped(text: str, runs):
    """SHAPED matches around long runs of digits (every hospital-number shape has one)."""
    last = -1
    for start, end in runs:
        if start >= last:
            m = SHAPED.search(text, max(0, start - 5), min(len(text), end + 2))
            if m:
                last = m.end()
                yield m


def _hit(part, start, end, value, detail) -> Hit:
    return Hit(part, start, end, detail=detail, masked=mask_identifier(value))
