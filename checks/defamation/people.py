"""Who a sentence is about: named people and roles that point to one person."""

from __future__ import annotations

import re

TITLE = r"(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sister|Nurse|Matron|Sir|Dame)"
NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
ROLE = (
    r"(?:registrar|consultant|dean|sub-?dean|supervisor|tutor|lecturer|professor|nurse|sister|matron|"
    r"surgeon|anaesthetist|anesthetist|gp|fy1|fy2|f1|f2|sho|houseman|doctor|physician|ward manager|"
    r"manager|director|examiner|charge nurse|clinical lead|module lead|module convenor|course lead|"
    r"placement lead|head of (?:year|department|school)|professor of \w+|senior lecturer|boss|"
    r"midwife|pharmacist|physio|physiotherapist|radiologist|pathologist|psychiatrist|paediatrician|"
    r"obstetrician|gynaecologist|cardiologist|oncologist|surgeon|admin|administrator|receptionist|"
    r"demonstrator|teaching fellow|clinical fellow|technician|porter|healthcare assistant|hca|secretary|"
    r"co-?ordinator|invigilator|chaplain|librarian|warden)"
)
# "Dr Shah", "Prof. Amy Lee"
TITLED = re.compile(rf"\b{TITLE}\.?\s+(?:{NAME}\s+)?{NAME}\b")
# "Sarah Jones": two capitalised words that are not a sentence opener, a day, a month or a place.
_NOT_FIRST = (r"The|This|That|These|Those|When|Then|What|Dear|Hi|Hello|Thanks|Kind|Best|Many|If|"
              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
              r"May|June|July|August|September|October|November|December|I|We|He|She|They|Queens|Queen|"
              r"City|Royal|Medical|University|School|Hospital|General|Nottingham|Derby|Lincoln|Student|"
              r"Students|Apparently|Everyone|Everybody|Honestly|Also|And|But|So")
FULL_NAME = re.compile(
    rf"\b(?!(?:{_NOT_FIRST})\b){NAME}\s+{NAME}\b"
    r"(?!\s+(?:Hospital|Centre|Center|Road|Street|Building|Ward|Unit|University|School|Campus|Trust))")
# "the registrar on ward 5", "my clinical supervisor", "the Dean"
ROLE_REF = re.compile(
    rf"\b(?:the|my|our|your|their|his|her)\s+(?:(?:new|old|senior|junior|clinical|educational|personal|"
    rf"placement|academic|surgical|medical|gp|ward|night|on-call|locum)\s+){{0,2}}(?:[a-z]+\s+)?{ROLE}\b"
    rf"(?:\s+(?:on|in|at|for|from)\s+(?:ward\s+\w+|the\s+\w+|[A-Z]\w*))?", re.I)


def targets(sentence: str) -> list[re.Match]:
    """Every mention in the sentence of someone identifiable, in order."""
    found = [*TITLED.finditer(sentence), *ROLE_REF.finditer(sentence)]
    spans = [(m.start(), m.end()) for m in found]
    found += [m for m in FULL_NAME.finditer(sentence)
              if not any(s <= m.start() < e for s, e in spans)]
    return sorted(found, key=lambda m: m.start())


# Somebody else taking the subject between the person and the accusation:
# "Dr Shah said the patient stole" accuses the patient, not Dr Shah.
INTERVENING_SUBJECT = re.compile(
    r"\b(?:said|says|told|tells|thinks|thought|claims|claimed|reported|asked|the patient|a patient|"
    r"patients|someone|somebody|a student|the student|students|i|we|you|they)\b", re.I)
NEGATION = re.compile(r"\b(?:not|never|n't|no one|nobody|didn't|doesn't|isn't|wasn't|hasn't|cannot|can't|"
                      r"denies|denied|accused of|alleged(?:ly)? that)\b", re.I)


def mask_target(text: str) -> str:
    """'Dr Shah' -> 'Dr S***'; 'Sarah Jones' -> 'S**** J****'; roles are kept as written."""
    if ROLE_REF.match(text):
        return " ".join(text.split())
    parts = text.split()
    title = re.fullmatch(TITLE + r"\.?", parts[0]) is not None
    return " ".join(p if (i == 0 and title) else p[0] + "*" * (len(p) - 1) for i, p in enumerate(parts))
