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

from ..config import ConfigError
from ..model import Hit
from .context import clinical_record, part_context
from .namedata import name_data

# '8/11', '12/9', '10/08', '8/13/98': month and day, a year perhaps. Not '5/5/50%' or '120/80'
# (checked in code: a percent, another slash or a number out of range).
DATE = re.compile(r"(?<![\d/.:\-])(?P<m>\d{1,2})(?:/(?P<d>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?(?![\d/%]|\.\d)"
                  r"|-(?P<d2>\d{1,2})-(?P<y2>\d{2}|\d{4})(?![\d\-%]))")
# Settings written as ratios: 'peep 5/5', 'ps 10/5', 'i:e 1/2', 'bp 90/50', 'x 2/3'.
RATIO_BEFORE = re.compile(r"(?:\b(?:peep|ps|psv|cpap|bipap|ie|i:e|bp|ratio|x|tv|vt|rr|hr|sbp|map|grade|strength|"
                          r"power|pupils|perrl|gcs|scale|pain|score|mae|flowby|flow\s+by|trial|ac|simv|vent|vented|"
                          r"settings?|abg|wean(?:ing|ed)?|imv|prvc|rales|crackles|changed\s+to)|[=<>~@+#]|\d[/.%])[^\w\n]{0,4}"
                          r"(?:(?:on|at|to)\s+)?$", re.I)
# ... and after: '1/2 NS', 'rales 1/3 up', '3/4 strength', '10/5 FiO2', '5/5, 40%'.
RATIO_AFTER = re.compile(r"\W{0,3}(?:ns\b|peep|fio2|%|\d+\s*%|up\b|way\b|str|amp|rate|dose|of\s+the|pain|ratio|bipap|cpap|"
                         r"fick|hrs?\b|ps\b|psv)", re.I)
DOCTOR = re.compile(r"\b(?:dr|doctor)\.?[ \t]+(?P<name>[A-Za-z][a-z'’\-]+|[A-Z][A-Z'’\-]+)\b", re.I)
CREDENTIAL = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’\-]+)?),?[ \t]+(?:RN|MD|NP|PA|RRT|LPN|MSW|LICSW|PT|OT)\b")
# 'Holy Cross Hospital', 'sacred heart hosp', 'BALTMORE rehab', 'Grieco House NH', 'kessler-adventist rehab'.
FACILITY = re.compile(r"\b(?P<name>(?:[A-Za-z][A-Za-z'’\-]+[ \t]+){1,3})(?:hosp(?:ital)?|medical[ \t]+cent(?:er|re)|"
                      r"memorial|nursing[ \t]+home|nh|snf|ltac|manor|house|rehab(?:ilitation)?|hospice|facility)\b", re.I)
# 'St. Mary's', 'ST MARY', 'St Agnes': a saint's name is how many hospitals and homes are called.
SAINT = re.compile(r"\b(?:St|ST)\.?[ \t]+(?P<name>[A-Z][a-z]+|[A-Z]{3,})(?:['’]s)?\b")
TOWN = re.compile(r"\b(?:to|from|in|at|near|lives\s+in|moved\s+to)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b")
# Where the patient goes or comes from, in any case: 'transfer to quartermain 2', 'admit from BALTMORE'.
MOVED = re.compile(r"\b(?:transfer(?:red|ring)?|transferred|going|go|return(?:ed|ing)?|discharged?|d/c'?d|admit(?:ted)?|"
                   r"adm|sent|moved|screened\s+by|accepted\s+(?:at|by)|lives|living)[ \t]+(?:back[ \t]+)?(?:to|from|in|at|by)"
                   r"[ \t]+(?:the[ \t]+)?(?P<name>[A-Za-z][A-Za-z'’\-]{3,})\b", re.I)


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
        found = [f for f in _find(text, data, not_names, record_terms) if not ctx.in_signature(f[0])]
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


def _find(text: str, data, not_names: frozenset[str], record_terms: frozenset[str]) -> list[tuple[int, int, str]]:
    found = []
    if "/" in text or "-" in text:
        for m in DATE.finditer(text):
            month, day = int(m.group("m")), int(m.group("d") or m.group("d2"))
            if not (1 <= month <= 12 and 1 <= day <= 31) or month == day or (day <= 4 and month < day) or day == 10:
                continue  # not a date, or one that reads as a fraction, a balance or a pain score ('3/10')
            if not RATIO_BEFORE.search(text, max(0, m.start() - 22), m.start()) and \
                    not RATIO_AFTER.match(text, m.end()):
                found.append((m.start(), m.end(), "date of care"))
    for m in DOCTOR.finditer(text):
        if _a_name(m.group("name"), data, not_names, record_terms):
            found.append((m.start("name"), m.end("name"), "clinician's name"))
    for m in CREDENTIAL.finditer(text):
        if all(_a_name(t, data, not_names, record_terms) for t in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), "clinician's name"))
    for m in FACILITY.finditer(text):
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
    for m in MOVED.finditer(text):
        w = m.group("name")
        if w.lower() not in not_names and w.lower() not in record_terms and not data.wordlike(w):
            found.append((m.start("name"), m.end("name"), "hospital or facility"))
    for m in TOWN.finditer(text):
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
