"""A patient's clinical record with the details that tie it to one person (PAT010).

A nursing note or handover pasted into an email is a clinical fact many times over. Without names,
dates or places it is teaching material; with the date of the care, the treating clinician's name,
or the hospital, town or facility, it is that patient's record (the details HIPAA's Safe Harbor
and the School's guidance both ask to remove). Each kind found weighs `record_weights` (bedside.toml
thresholds); a part that reads as a record (context.clinical_record) and reaches
`record_min_score` is held. The finding lists the kinds, with each value replaced by its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import ConfigError
from ..model import Hit
from .context import clinical_record, part_context
from .namedata import name_data
from .staffwords import staff_words
from .wordlist import alternation, grouped

# '8/11', '12/9', '10/08', '8/13/98': month and day, a year perhaps. Not '5/5/50%' or '120/80'
# (checked in code: a percent, another slash or a number out of range).
DATE = re.compile(r"(?<![\d/.:\-])(?P<m>\d{1,2})(?:/(?P<d>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?(?![\d/%]|\.\d)"
                  r"|-(?P<d2>\d{1,2})-(?P<y2>\d{2}|\d{4})(?![\d\-%]))")
# 'St. Mary's', 'ST MARY', 'St Agnes': a saint's name is how many hospitals and homes are called.
SAINT = re.compile(r"\b(?:St|ST)\.?[ \t]+(?P<name>[A-Z][a-z]+|[A-Z]{3,})(?:['’]s)?\b")

_BLANKS = r"[ \t]+"  # spaces or tabs, not a line break
KINDS = ("ratio_before", "ratio_after_word", "ratio_after_start", "credential", "facility", "moved", "town_before")


@dataclass(frozen=True)
class Patterns:
    """The word-list patterns (config/wordlists/patient_record.toml), compiled once per Config."""

    ratio_before: re.Pattern  # settings written as ratios: 'peep 5/5', 'ps 10/5', 'bp 90/50', 'x 2/3'
    ratio_after: re.Pattern   # ... and after: '1/2 NS', 'rales 1/3 up', '3/4 strength', '5/5, 40%'
    credential: re.Pattern    # 'Mary Hill RN'
    facility: re.Pattern      # 'Holy Cross Hospital', 'sacred heart hosp', 'BALTMORE rehab', 'Grieco House NH'
    moved: re.Pattern         # where the patient goes or comes from, in any case: 'transfer to quartermain 2'
    town: re.Pattern          # 'moved to Leeds'
    doctor: re.Pattern        # 'Dr. Hartley', 'DR SMITH' (the doctors' titles: patient_staff.toml)


def patterns(config) -> Patterns:
    w = grouped(config, "patient_record", KINDS)

    def alt(kind, **how):
        return alternation(w[kind], by_length=False, **how)
    return Patterns(
        ratio_before=re.compile(rf"(?:\b(?:{alt('ratio_before')})|[=<>~@+#]|\d[/.%])[^\w\n]{{0,4}}(?:(?:on|at|to)\s+)?$",
                                re.I),
        ratio_after=re.compile(rf"\W{{0,3}}(?:(?:{alt('ratio_after_word')})\b|{alt('ratio_after_start')}|%|\d+\s*%)", re.I),
        credential=re.compile(rf"\b(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’\-]+)?),?[ \t]+(?:{alt('credential', lower=False)})\b"),
        facility=re.compile(rf"\b(?P<name>(?:[A-Za-z][A-Za-z'’\-]+[ \t]+){{1,3}})(?:{alt('facility', space=_BLANKS)})\b",
                            re.I),
        moved=re.compile(rf"\b(?:{alt('moved')})[ \t]+(?:back[ \t]+)?(?:to|from|in|at|by)"
                         rf"[ \t]+(?:the[ \t]+)?(?P<name>[A-Za-z][A-Za-z'’\-]{{3,}})\b", re.I),
        town=re.compile(rf"\b(?:{alt('town_before', lower=False)})[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b"),
        doctor=re.compile(rf"\b(?:{alternation(staff_words(config).doctor_titles)})\.?[ \t]+"
                          r"(?P<name>[A-Za-z][a-z'’\-]+|[A-Z][A-Z'’\-]+)\b", re.I),
    )

def weights(config):
    weights = dict(config.threshold("record_weights", {}) or {})
    defaults = {"date of care": 1, "clinician's name": 1, "hospital or facility": 2, "town or city": 2}
    for kind, value in weights.items():
        if kind not in defaults:
            raise ConfigError(f"thresholds.record_weights: unknown kind {kind!r}; expected one of {sorted(defaults)}")
        if not isinstance(value, int) or value < 0:
            raise ConfigError(f"thresholds.record_weights.{kind} must be a whole number >= 0")
    defaults.update(weights)
    return defaults, int(config.threshold("record_min_score", 1)), frozenset(config.terms("not_names")), \
        frozenset(config.terms("clinical_record"))


def record_identifiers(scan):
    for part in scan.texts:
        if part.name == "subject" or not clinical_record(scan, part):
            continue
        kind_weights, min_score, not_names, record_terms = scan.config.derive(weights)
        ctx = part_context(scan, part)
        data = name_data(scan.config)
        text = part.text
        found = [f for f in _find(text, data, not_names, record_terms, scan.config.derive(patterns)) if not ctx.in_signature(f[0])]
        if not found or ctx.anonymised_near(found[0][0], found[-1][1], len(text)):
            continue
        score = sum(kind_weights[k] for k in {f[2] for f in found})
        if score < min_score:
            continue
        kinds = sorted({f[2] for f in found})
        start, end = found[0][0], found[0][1]
        shown = _redact(text, max(0, start - 60), min(len(text), end + 60), found)
        yield Hit(part, start, end, excerpt=shown,
                  detail="a clinical record with " + ", ".join(kinds) + f" ({len(found)} in all)")


def _find(text: str, data, not_names: frozenset[str], record_terms: frozenset[str], p: Patterns) -> list[tuple[int, int, str]]:
    found = []
    if "/" in text or "-" in text:
        for m in DATE.finditer(text):
            month, day = int(m.group("m")), int(m.group("d") or m.group("d2"))
            if not (1 <= month <= 12 and 1 <= day <= 31) or month == day or (day <= 4 and month < day) or day == 10:
                continue  # not a date, or one that reads as a fraction, a balance or a pain score ('3/10')
            if not p.ratio_before.search(text, max(0, m.start() - 22), m.start()) and \
                    not p.ratio_after.match(text, m.end()):
                found.append((m.start(), m.end(), "date of care"))
    for m in p.doctor.finditer(text):
        if _a_name(m.group("name"), data, not_names, record_terms):
            found.append((m.start("name"), m.end("name"), "clinician's name"))
    for m in p.credential.finditer(text):
        if all(_a_name(t, data, not_names, record_terms) for t in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), "clinician's name"))
    for m in p.facility.finditer(text):
        words = m.group("name").split()
        while words and (words[0].lower() in not_names or words[0].lower() in data.non_nouns):
            words.pop(0)  # 'being in hosp', 'to the rehab': the words before are no name
        if any(w.lower() in not_names or w.lower() in data.non_nouns and not data.is_surname(w) for w in words):
            words = words[[i for i, w in enumerate(words) if w.lower() in not_names or w.lower() in data.non_nouns
                           and not data.is_surname(w)][-1] + 1:]
        if not words or any(w.lower() in record_terms for w in words):
            continue
        mixed = not m.group(0).isupper() and not m.group(0).islower()
        if len(words) >= 2 or not data.wordlike(words[0]) or (mixed and words[0][0].isupper()):
            found.append((m.end() - len(m.group(0)) + m.group(0).find(words[0]), m.end(), "hospital or facility"))
    for m in SAINT.finditer(text):
        name = m.group("name")
        # In capitals 'ST' is mostly the ST segment or sinus tachycardia: only 'ST MARY' (a given name) is a saint.
        if name.isupper() and not (data.is_given(name) and not data.wordlike(name)):
            continue
        if name.lower() not in not_names and name.lower() not in record_terms:
            found.append((m.start(), m.end(), "hospital or facility"))
    for m in p.moved.finditer(text):
        w = m.group("name")
        if w.lower() not in not_names and w.lower() not in record_terms and not data.wordlike(w):
            found.append((m.start("name"), m.end("name"), "hospital or facility"))
    for m in p.town.finditer(text):
        words = m.group("name").split()
        if all(not data.wordlike(w) and w.lower() not in record_terms and w.lower() not in not_names
               and not data.is_given(w) for w in words):
            found.append((m.start("name"), m.end("name"), "town or city"))
    found.sort()
    out, last = [], -1
    for f in found:  # overlaps: the first found wins
        if f[0] >= last:
            out.append(f)
            last = f[1]
    return out


def _a_name(token: str, data, not_names: frozenset[str], record_terms: frozenset[str]) -> bool:
    low = token.lower()
    if len(low) < 2 or low in not_names or low in record_terms:
        return False
    return not data.wordlike(token) or data.is_surname(token)


def _redact(text: str, start: int, end: int, found) -> str:
    out, pos = [], start
    for s, e, kind in found:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(f"[{kind}]")
        pos = e
    out.append(text[pos:end])
    return "…" + " ".join("".join(out).split()) + "…"
