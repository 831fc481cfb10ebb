"""Staff words around a name (config/wordlists/patient_staff.toml), compiled once per Config.

The list holds the words; the shapes that join them (a role ending the text before a name, the
possessive of a surgeon's list, 'from 4th year') are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .wordlist import alternation, grouped

KINDS = ("doctor_title", "staff_title", "role_before", "staff_group", "role_after", "owned_qualifier", "owned", "classmate_group",
         "year_ordinal", "passed_on", "staff_act", "peer_on", "peer_state", "visitor")


@dataclass(frozen=True)
class StaffWords:
    before: re.Pattern  # searched in the 25 characters before a name
    after: re.Pattern   # matched at the end of a name
    titles: tuple[str, ...]   # staff titles, doctors' first (Dr, Prof, Sister...)
    doctor_titles: tuple[str, ...]


def build(config) -> StaffWords:
    by_kind = grouped(config, "patient_staff", KINDS)
    w = {kind: alternation(terms) for kind, terms in by_kind.items()}
    roles = alternation(by_kind["doctor_title"] + by_kind["staff_title"] + by_kind["role_before"])
    # ('the sister of Lister ward, Dorota Kaur': a role, then the ward or unit it is of, then the name)
    before = re.compile(rf"\b(?:{roles}|(?:one\s+of\s+)?(?:the\s+|our\s+)?(?:{w['staff_group']}))"
                        r"(?:\s+\d{1,2}[a-z]?|\s+(?:of|on)\s+(?:the\s+)?[\w-]+\s+(?:ward|unit))?\.?[,:]?\s*$", re.I)
    after = re.compile(
        rf"^\s*[,(]?\s*(?:one\s+of\s+)?(?:the\s+|our\s+|my\s+|a\s+)?(?:\w+\s+)?(?:{w['role_after']}|\w+ologists?|\w+icians?)\b"
        rf"|^['’]s\s+(?:(?:{w['owned_qualifier']})\s+)?(?:{w['owned']})\b"
        r"|^\s+et\s+al\b"
        rf"|^\s+(?:from|in)\s+(?:(?:my|our)\s+(?:{w['classmate_group']})|(?:the\s+)?(?:{w['year_ordinal']})[\s-]+years?"
        r"|year\s+[1-6])\b"
        rf"|^\s+(?:{w['passed_on']})\s+(?:me|us)\b"
        rf"|^\s+(?:{w['staff_act']})\b"
        rf"|^\s+and\s+(?:i|me|myself)\b|^\s+(?:is|was|were)\s+(?:on\s+(?:the\s+)?(?:{w['peer_on']})\s+with\s+(?:me|us)"
        rf"|(?:also\s+)?(?:{w['peer_state']}))\b"
        rf"|^\s+(?:(?:has|had|have)\s+)?(?:{w['visitor']})\b", re.I)
    return StaffWords(before=before, after=after, titles=tuple(by_kind["doctor_title"] + by_kind["staff_title"]),
                      doctor_titles=tuple(by_kind["doctor_title"]))


def staff_words(config) -> StaffWords:
    return config.derive(build)
