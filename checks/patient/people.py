"""Name shapes of real clinical writing, found with name data (namedata.py) and role words.

- A relative by role: 'wife Mary', 'Pt's wife HELEN', 'DAUGHTER JANE at bedside', 'dtr suzette
  called', 'son: Vladimir Erickson', 'Hank Przybylo (son)'. The role word decides whose name it is;
  after 'my' or 'our' it is the sender's own family, not a patient's.
- A title in capitals: 'MR. EDWIN PRZYBYLO', 'MRS BRUCER'.
A name alone never holds: names.py still asks for patient context (or a clinical record).
"""

from __future__ import annotations

import re

from ..text import sorted_terms, word_starts
from .namedata import NameData
from .staffwords import staff_words

TOKEN = r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]"


class Found:
    """A name found in code, shaped like the regex matches names.py reads (group and span of 'name')."""

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._name = start, end, text

    def start(self, group=None) -> int:
        return self._start

    def end(self, group=None) -> int:
        return self._end

    def span(self, group=None) -> tuple[int, int]:
        return self._start, self._end

    def group(self, group=None) -> str:
        return self._name


def patterns(config):
    roles = sorted_terms(config.terms("relatives"))
    role = "|".join(r"\s+".join(map(re.escape, r.split())) for r in roles)
    after_role = re.compile(
        rf"(?<![\w'’])(?P<role>{role})(?![\w'’])(?:[ \t]*\([^)\n]{{0,20}}\))?"
        rf"(?:[ \t]*[:\-–,][ \t]*|[ \t]+(?i:(?:is|named|called|name\s+is)[ \t]+)?)"
        rf"(?P<name>{TOKEN}(?:[ \t]+{TOKEN})?)", re.I)
    before_role = re.compile(rf"(?P<name>{TOKEN}[ \t]+{TOKEN})[ \t]*\((?i:{role})\)")
    # Each role is looked for only where its first word stands (words as the word set spells them).
    return after_role, before_role, frozenset(re.findall(r"[a-z]+", r)[0] for r in roles if re.search(r"[a-z]", r))


# Title case and straight before the name, these are titles of staff and clergy ('Sister Jones'), or
# how the sender names their own family ('tell Uncle Pete', 'Auntie Jean'): not a patient's kin.
_TITLES = frozenset({"Sister", "Brother", "Father", "Mother", "Uncle", "Auntie", "Aunt", "Nan", "Nana", "Grandma",
                     "Grandad", "Granddad", "Grandpa", "Cousin"})
def _not_names(config) -> frozenset[str]:
    # Shorthand of the record and words that follow a role but are no names.
    return frozenset(config.terms("not_names")) | frozenset(config.terms("clinical_record"))


_OWN = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?$", re.I)
_ROLE_REACH = 25  # characters of a staff role ending at the relative's role word (staffwords' own reach)


def relative_names(config, text: str, folded: str, words: frozenset[str], data: NameData) -> list[Found]:
    after_role, before_role, role_words = config.derive(patterns)
    staff = staff_words(config)
    not_names = config.derive(_not_names)
    present = role_words.intersection(words)
    out = []
    if "family" in words:
        for m in FAMILY_OF.finditer(text):  # 'KEEP ROMERO FAMILY AWARE', 'the Okonjo family were told'
            name = m.group("name")
            if not data.wordlike(name) and name.lower() not in not_names and name.isalpha():
                out.append(Found(m.start("name"), m.end("name"), name))
    if not present:
        return out
    # The patterns are tried only where a role word starts (a search over the whole letter with this
    # alternation cost ~5 ms a letter).
    starts = sorted({i for word in present for i in word_starts(folded, word)})
    for m in filter(None, (after_role.match(text, i) for i in starts)):
        if _OWN.search(text, max(0, m.start() - 20), m.start()):
            continue
        if m.group("role") in _TITLES and text[m.end("role"): m.start("name")].isspace():
            continue  # 'Sister Jones' (a ward sister), 'Father O'Neill' (a priest): a title, not kin
        job = staff.before.search(text, max(0, m.end("role") - _ROLE_REACH), m.end("role"))
        if job and job.start() < m.start("role"):
            continue  # a staff role ends in the role word ('the senior partner, Dr Gedge', 'my lab partner'): work, not kin
        tokens = m.group("name").split()
        if tokens[0] in _PREPOSITIONS:
            continue  # 'the sister on Larch ward': a ward sister, and 'on' starts no name in lower case
        all_caps = _in_capitals(text, m.start(), m.end())
        if not _first_is_name(tokens[0], data, all_caps, not_names):
            # 'son don reid': a given name that is also a word, with a surname after it
            if not (len(tokens) > 1 and data.is_given(tokens[0]) and data.is_surname(tokens[1])
                    and not data.wordlike(tokens[1])):
                continue
        start = m.start("name")
        end = start + len(tokens[0])
        if len(tokens) > 1 and _surname_like(tokens[1], data, all_caps):
            end = m.end("name")
        out.append(Found(start, end, text[start:end]))
    if "(" in text:
        brackets = [i for i in starts if i and text[i - 1] == "("]
        for m in filter(None, (before_role.search(text, max(0, i - 70), i + 40) for i in brackets)):
            first, last = m.group("name").split()
            all_caps = _in_capitals(text, m.start(), m.end())
            if _first_is_name(first, data, all_caps, not_names) and _surname_like(last, data, all_caps):
                out.append(Found(m.start("name"), m.end("name"), m.group("name")))
    return out


_PREPOSITIONS = frozenset({"of", "on", "in", "at", "from", "for", "with", "to", "by"})
FAMILY_OF = re.compile(r"\b(?P<name>[A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+(?:family|FAMILY)\b")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the text around a match is written in capitals (a shouted note, not a name's capitals)."""
    around = text[max(0, start - 60): end + 60]
    letters = [c for c in around if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _first_is_name(token: str, data: NameData, all_caps: bool, not_names: frozenset[str]) -> bool:
    if token.islower() and token in not_names:
        return False  # 'uncle ke saath' (Hindi 'with uncle'); a capital still names one: 'Son, Ed, was updated'
    if data.name_after_role(token):
        return True
    if all_caps:  # 'BROTHER VINNY': in a shouted note, a word that is no English word nor shorthand
        return len(token) >= 3 and token.isalpha() and not data.wordlike(token) and token.lower() not in not_names
    # In mixed-case text a capital is a sign of its own: 'son Rob who', 'Son Smokey to go' (a
    # capitalised given name, or a word that is no English word), but not 'wife Will be in'.
    if all_caps or not (token[0].isupper() and token[1:].islower()):
        return False
    return not data.wordlike(token) or (data.is_given(token) and token.lower() not in _AUXILIARIES)


_AUXILIARIES = frozenset("will may can shall must might would could should did does do is was are has had".split())


def _surname_like(token: str, data: NameData, all_caps: bool) -> bool:
    if token[0].islower() and not all_caps:
        return False  # 'wife Mary called': the next word is no surname
    return not data.wordlike(token) or (data.is_surname(token) and token.lower() not in data.non_nouns)


CAPS_TITLED = re.compile(r"\b(?P<title>MR|MRS|MISS)\.?[ \t]+(?P<name>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+)?)\b")


def caps_titled(text: str, data: NameData) -> list[Found]:
    """'MRS BRUCER FAIR', 'MR. EDWIN PRZYBYLO': the title's name is one or two words that are no
    everyday English word. Not 'MS': in capitals it is mental status or multiple sclerosis."""
    out = []
    for m in CAPS_TITLED.finditer(text):
        tokens = m.group("name").split()
        kept = []
        for token in tokens:
            if data.wordlike(token) and not (data.is_given(token) and token.lower() not in data.non_nouns):
                break
            kept.append(token)
        if not kept:
            continue
        start = m.start()
        end = m.start("name") + len(" ".join(kept)) if len(kept) == 1 else m.end("name")
        out.append(Found(start, end, text[start:end]))
    return out


def plausible_surname(token: str, data: NameData, record_terms: frozenset[str]) -> bool:
    """In a clinical record 'I & O. Cont', 'D/I. Foley', 'R. Lung': a letter and a full stop
    before a word or an abbreviation, not an initial and a surname."""
    low = token.lower()
    return len(low) >= 3 and low not in record_terms and not (data.wordlike(token) and low not in data.surnames) \
        and not token.isupper() and (data.is_surname(token) or data.is_given(token))
