"""Dates of birth: a date labelled DOB / born, or a birth-year date right next to a patient.

Every common UK form: 12/03/1954, 12.3.54, 12-03-54, 1954-03-12, 12th March 1954, 12 Mar 54,
March 12, 1954. The writer's own birthday ('my DOB', 'I was born') and teaching dates (no label,
no patient) are not flagged.
"""

from __future__ import annotations

import re
import time

from ..mask import mask_date
from ..model import Hit
from ..text import sentence_around
from .context import part_context

MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE = re.compile(
    r"(?<![\d/.\-])(?:"
    r"(?P<d1>\d{1,2})[/.\-](?P<m1>\d{1,2})[/.\-](?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m3>{MONTH})\.?,?\s+(?P<y3>\d{{4}}|'?\d{{2}})"
    rf"|(?P<m4>{MONTH})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})"
    r")(?![\d/.\-]\d)", re.I)
LABEL = re.compile(r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|born(?:\s+on|\s+in)?|b\.)\s*(?:is|was|[:\-=])?\s*$", re.I)
PATIENT_REF = re.compile(r"\b(?:patient|pt|mr|mrs|ms|miss|mstr|master|baby|gentleman|lady)\b[^\n]{0,40}$", re.I)
# The writer's own date of birth ('my patient' is still a patient: only 'my' + birth words count).
OWN = re.compile(r"\b(?:my\s+(?:dob|d\.o\.b\.?|date\s+of\s+birth|birthday|birth\s?date)|i\s+was\s+born|"
                 r"i\s+am\s+born|i.m\s+born|born\s+myself)\b", re.I)
_GATE = frozenset({"dob", "d", "born", "birth", "birthdate", "b", "patient", "pt", "mr", "mrs", "ms", "miss",
                   "mstr", "master", "baby", "gentleman", "lady"})
_DIGIT_SEP = re.compile(r"\d[/.\-]\d|\d(?:st|nd|rd|th)?\s+[a-z]{3}", re.I)


def _year(m: re.Match) -> int | None:
    raw = next((m.group(g) for g in ("y1", "y2", "y3", "y4") if m.group(g)), None)
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
        if _GATE.isdisjoint(words) or not _DIGIT_SEP.search(part.text):
            continue
        text = part.text
        ctx = part_context(scan, part)
        for m in DATE.finditer(text):
            year = _year(m)
            if year is None or not 1890 <= year <= this_year:
                continue
            before = text[max(0, m.start() - 30): m.start()]
            labelled = LABEL.search(before)
            s_start, _ = sentence_around(text, m.start(), m.end())
            if OWN.search(text[max(s_start, m.start() - 40): m.start()]):
                continue  # 'my DOB is', 'I was born on': the writer's own
            if labelled:
                reason = "labelled as a date of birth"
            elif PATIENT_REF.search(text[max(0, m.start() - 60): m.start()]) and year <= this_year - 2:
                reason = "a birth-year date next to a patient"
            else:
                continue
            if ctx.in_signature(m.start()) or ctx.anonymised_near(m.start(), m.end(), 120):
                continue  # the sender's own details, or a simulated / hypothetical case
            yield Hit(part, m.start(), m.end(), detail=reason, masked=mask_date(m.group(0)))
