"""Dates of birth: a date labelled DOB / born, or a birth-year date right next to a patient.

Every common UK form: 12/03/1954, 12.3.54, 12-03-54, 1954-03-12, 12th March 1954, 12 Mar 54,
March 12, 1954. The writer's own birthday ('my DOB', 'I was born') and teaching dates (no label,
no patient) are not flagged.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from ..mask import mask_date
from ..model import Hit
from ..text import sentence_around
from .context import part_context
from .wordlist import alternation, grouped

KINDS = ("month", "month_misspelt", "other_person")


@dataclass(frozen=True)
class Patterns:
    """Month names and people words (config/wordlists/patient_dob.toml), compiled once per Config."""

    months: frozenset[str]    # a letter needs one of these words before a written date is looked for
    numeric: re.Pattern       # 12/03/1954, 1954-03-12, 12th March 1954 (matched on folded text)
    month_first: re.Pattern   # March 12, 1954
    other: re.Pattern         # someone other than the writer


def patterns(config) -> Patterns:
    w = grouped(config, "patient_dob", KINDS)
    month = f"(?:{alternation(w['month'] + w['month_misspelt'])})"
    # Each form starts with a digit or a month name, so the regex engine can skip ahead to candidates;
    # boundaries are checked in code. Matched on folded (lowercase) text.
    return Patterns(
        months=frozenset(t.lower() for t in w["month"]),
        numeric=re.compile(r"(?P<d1>\d{1,2})[/.\-](?P<m1>\d{1,2})[/.\-](?P<y1>\d{4}|\d{2})"
                           r"|(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})"
                           rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]+(?:of\s+)?(?P<m3>{month})\.?[,\s\-/.]+"
                           r"(?P<y3>\d{4}|'?\d{2})\b"),
        month_first=re.compile(rf"(?P<m4>{month})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})\b"),
        other=re.compile(rf"\b(?:{alternation(w['other_person'])})\b", re.I),
    )


def _dates(folded: str, words: frozenset[str], runs, p: Patterns):
    matches = []
    month_words = not p.months.isdisjoint(words)
    previous_end = -1
    for start, end in runs:
        if start < previous_end:
            continue
        m = p.numeric.match(folded, start) if end - start <= 4 else None
        if m is None and month_words and end - start == 4:  # 'March 12, 1954': the year ends it
            m = p.month_first.search(folded, max(0, start - 20), end)
        if m is not None:
            matches.append(m)
            previous_end = m.end()
    for m in matches:
        before = folded[m.start() - 1] if m.start() else " "
        after = folded[m.end(): m.end() + 2]
        if before.isalnum() or before in "/.-" or (after[:1] in "/.-" and after[1:2].isdigit()) or after[:1].isdigit():
            continue  # part of a longer number or date range
        yield m


# Formal labels (DOB, date of birth) mark a patient's record; 'born' may be anyone's birthday, so it
# needs a patient word nearby too.
# 'born at 26 weeks on', 'born by section on': a few words may come between 'born' and 'on'.
LABEL = re.compile(r"\b(?:(?P<formal>d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date)|born(?:\s+on|\s+in)?|"
                   r"born(?:\s+[\w+\-]+){1,4}?\s+on|b\.)"
                   r"\s*(?:is|was|[:\-=])?\s*(?:the\s+)?$", re.I)
# 'Mrs Hill (12/03/1954)', 'pt ... 3/4/1948': a title only before a name, and not 'Master' ('NA Master
# Netting (10-31-01).DOC' is a file), 'PT' not after a clock time ('5:00 PM PT thru Fri 5/11/2001' is Pacific time).
PATIENT_REF = re.compile(r"(?:\b(?i:patient|gentleman|lady)\b|(?<![ap]m )(?<![AP]M )\b(?i:pt)\b|"
                         r"\b(?:Mr|Mrs|Ms|Miss|Mstr|Baby|MR|MRS)\.?\s+[A-Z])[^\n]{0,40}$")
# The writer's own date of birth ('my patient' is still a patient: only 'my' + birth words count).
OWN = re.compile(r"\b(?:my\s+(?:dob|d\.o\.b\.?|date\s+of\s+birth|birthday|birth\s?date)|i\s+was\s+born|"
                 r"i\s+am\s+born|i.m\s+born|born\s+myself)\b", re.I)
# A sentence about the writer alone: first person, and nobody else named or pointed at before the date.
_SELF = re.compile(r"(?:^|(?<=[\s(]))(?:i|i['’]m|i\s+am|i['’]ve|i\s+have|me|my)\b", re.I)
_GATE = frozenset({"dob", "d", "born", "birth", "birthdate", "b", "patient", "pt", "mr", "mrs", "ms", "miss",
                   "mstr", "master", "baby", "gentleman", "lady"})
_DIGIT_SEP = re.compile(r"\d[/.\-]\d|\d(?:st|nd|rd|th)?\s+[a-z]{3}", re.I)



def _year(m: re.Match) -> int | None:
    groups = m.groupdict()
    raw = next((groups[g] for g in ("y1", "y2", "y3", "y4") if groups.get(g)), None)
    if raw is None:
        return None
    raw = raw.lstrip("'")
    year = int(raw)
    if len(raw) == 2:  # 54 -> 1954, 05 -> 2005: the most recent past century
        this_year = time.gmtime().tm_year % 100
        year += 2000 if year <= this_year else 1900
    return year


def dates_of_birth(scan):
    this_year = time.gmtime().tm_year
    for part in scan.texts:
        words = scan.words(part)
        p = scan.config.derive(patterns)
        if _GATE.isdisjoint(words) or not (_DIGIT_SEP.search(part.text) or not p.months.isdisjoint(words)):
            continue
        text = part.text
        ctx = part_context(scan, part)
        for m in _dates(scan.folded(part), words, scan.digit_runs(part), p):
            year = _year(m)
            if year is None or not 1890 <= year <= this_year:
                continue
            if text[m.end(): m.end() + 1] in ("%", "/"):
                continue  # ventilator settings and ratios ('PSV/CPAP 5/5/50%', '12/5/40/0.5'), not a date
            before = text[max(0, m.start() - 50): m.start()]
            labelled = LABEL.search(before)
            window = int(scan.config.threshold("patient_window", 120))
            if labelled and (labelled.group("formal") or ctx.cue_near(m.start(), m.end(), window)):
                reason = "labelled as a date of birth"
            elif PATIENT_REF.search(text[max(0, m.start() - 60): m.start()]) and year <= this_year - 2:
                reason = "a birth-year date next to a patient"
            else:
                continue
            # The sentence is looked for only now: most dates in mail are neither labelled nor by a patient.
            s_start, _ = sentence_around(text, m.start(), m.end())
            if OWN.search(text[max(s_start, m.start() - 40): m.start()]):
                continue  # 'my DOB is', 'I was born on': the writer's own
            if _SELF.search(text, s_start, m.start()) and not p.other.search(text, s_start, m.start()):
                continue  # 'I'm registered with the practice (date of birth ...)': nobody else in the sentence
            if ctx.in_signature(m.start()) or ctx.anonymised_near(m.start(), m.end(), 120):
                continue  # the sender's own details, or a simulated / hypothetical case
            yield Hit(part, m.start(), m.end(), detail=reason, masked=mask_date(m.group(0)))
