"""Who a sentence is about: people a reader could identify.

A named person ('Dr Shah', 'Jess Morton', 'dr karen ludlow', 'gary pilling', a classmate's first name as the
subject), a role that with a definite determiner picks one person ('the registrar on ward 5', 'our
anatomy demonstrator', 'Ravi's dad'), or a description ('the woman who runs the nursery', 'the one
with the ponytail'). Not: 'someone', 'a doctor', 'some students', 'landlords in Lenton'. The
vocabulary is in config/wordlists/defamation.toml; this module holds the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)?"  # McAllister, O'Neill, Kerry-Ann; not "It's"
_LOWER_NAME = r"[a-z][a-z]+(?:[-'’][a-z]+)?"
# Words that cannot be a modifier inside 'the ... registrar': they belong to a clause, not a name.
_CLAUSE_WORDS = (r"was|is|are|were|be|been|by|to|of|and|or|but|who|that|which|has|had|have|did|does|do|will|"
                 r"would|in|on|at|for|with|from|as|than|not|so|if|when|because|about|into|he|she|they|it|i|we|you|"
                 r"said|told|asked|the|a|an|my|our|your|their|his|her|this|these|those")
# Words whose 's is 'is' or 'has', never an owner's.
_CONTRACTED = "there|here|it|that|what|who|where|when|how|he|she|this|everyone|everybody|someone|somebody|nobody|one|let|life|today"
_NOT_CUT = r"(?!['’-](?!s\b)\w)"  # not the first half of a longer word; a possessive 's is fine
_PREPOSITIONS = frozenset("to with by for from about against of at on like than into towards toward behind "
                          "under over after before between among beside near onto upon via per".split())


@dataclass(frozen=True)
class Target:
    start: int
    end: int
    text: str
    kind: str          # "name", "role", "description", "first name"
    possessive: bool   # followed by 's: the subject is what they own ('the registrar's handover')


class _Compiled:
    """A pattern of the grammar, compiled when first read: the grammar is only asked who a sentence
    is about once an allegation matched in it, which most mail never does (saves ~12 ms of every
    `bedside check` start). Its sources hold only escaped vocabulary, so the compile cannot fail."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, grammar, owner=None):
        if grammar is None:
            return self
        source, flags = grammar.sources[self.name]
        pattern = grammar.__dict__[self.name] = re.compile(source, flags)  # read from there from now on
        return pattern


@dataclass(frozen=True)
class Grammar:
    sources: dict            # pattern name -> (source, flags), compiled on first use
    not_name: frozenset[str]
    places: frozenset[str]
    first_names: frozenset[str]
    roles: frozenset[str]    # lowercase; other heads of a role matched by their ending
    titles: frozenset[str]   # lowercase

    titled = _Compiled()
    titled_lower = _Compiled()
    full_name = _Compiled()
    full_name_lower = _Compiled()
    first_name = _Compiled()
    role_ref = _Compiled()
    role_by_ending = _Compiled()
    described = _Compiled()


def grammar(lexicon, first_names: frozenset[str]) -> Grammar:
    titles = "|".join(sorted((re.escape(t) for t in lexicon.titles), key=len, reverse=True))
    roles = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in lexicon.roles)
    # ...or a noun with a job's ending ('attendant', 'director', 'bouncer') that is not a thing
    not_person = "|".join(sorted(map(re.escape, lexicon.not_person), key=len, reverse=True))
    suffixes = "|".join(map(re.escape, lexicon.role_suffixes))
    by_ending = rf"(?!(?:{not_person or '(?!x)x'})\b)[a-z]{{2,}}(?:{suffixes or '(?!x)x'})"
    persons = "|".join(re.escape(p) for p in lexicon.persons)
    # 'Dr Keane's registrar' is the registrar, one person; 'There's always one person' is no owner.
    owner = rf"(?:(?:{titles})\.?\s+)?(?!(?i:{_CONTRACTED})['’]s\b)(?:{NAME}|[a-z]+)['’]s"
    unique = r"(?:there(?:['’]s| is| was) only (?:the )?one|the only|the one and only|the sole)"  # a description that fits one
    det = rf"(?:{unique}|the|my|our|your|their|his|her|this|that|{owner})"
    modifier = rf"(?:(?!(?:{_CLAUSE_WORDS})(?![\w'’-]))[\w&'’-]+\s+)"  # 'on-call' is a modifier, 'on' is not
    locative = r"(?:\s+(?:on|in|at|for|from|of)\s+(?:the\s+)?[\w&'’-]+(?:\s+(?:ward|unit|\d+|(?-i:[A-Z]\w*)(?:['’]s)?))?)?"
    particles = "|".join(map(re.escape, lexicon.particles)) or "(?!x)x"
    particle = rf"(?:(?i:{particles})\s+){{1,2}}"  # 'van der', 'de', 'al'
    return Grammar(
        sources={
            "titled": (rf"(?<![\w'’])(?:{titles})\.?\s+(?:[A-Z]\.\s*)?(?:{NAME}\s+)?(?:{particle})?{NAME}\b{_NOT_CUT}", 0),
            "titled_lower": (rf"(?<![\w'’])(?i:dr|prof|mr|mrs|ms|mx|miss)\.?\s+(?P<particle>{particle})?(?P<first>{_LOWER_NAME})(?:\s+(?P<second>{_LOWER_NAME}))?\b", 0),
            "full_name": (rf"(?<![\w'’])(?P<first>{NAME})\s+(?P<second>{NAME})\b{_NOT_CUT}", 0),
            # a look-ahead, so that every word is tried as a first name ('met fiona markland')
            "full_name_lower": (rf"(?<![\w'’-])(?=(?P<first>[a-z]{{2,}})\s+(?P<second>{_LOWER_NAME})\b{_NOT_CUT})", 0),
            "first_name": (rf"(?<![\w'’-])(?P<first>{NAME})\b(?![-'’]\w)", 0),
            "role_ref": (rf"\b{det}\s+{modifier}{{0,4}}?(?P<role>{roles})\b(?![-'’]\w){locative}", re.I),
            "role_by_ending": (rf"\b{det}\s+{modifier}{{0,4}}?(?P<role>{by_ending})\b(?![-'’]\w){locative}", re.I),
            "described": (rf"\b(?:the|this|that|(?!(?i:{_CONTRACTED})['’]s\b){NAME}['’]s)\s+{modifier}{{0,3}}?(?:{persons})\b"
                          rf"(?=\s+(?:who|that|with|in|on|at|from|of|whose|wearing)\b)"
                          # one person picked out by being the only one: 'the team only has one bloke'
                          rf"|\bonly\s+(?:has|have|had|got)\s+(?:one|a\s+single)\s+{modifier}{{0,2}}?(?:{persons}|{roles})\b", re.I),
        },
        not_name=lexicon.not_name,
        places=lexicon.places,
        first_names=first_names,
        roles=frozenset(lexicon.roles),
        titles=frozenset(t.lower() for t in lexicon.titles),
    )


def targets(g: Grammar, sentence: str, tag=None) -> list[Target]:
    """Every mention of someone identifiable in the sentence, in order, overlaps removed (the longer
    mention wins). `tag(word)` gives a word's part of speech from a lexicon (None when unknown)."""
    common = None if tag is None else (lambda w: tag(w) not in (None, "NNP", "NNPS"))
    found: list[Target] = []
    for m in g.titled.finditer(sentence):
        found.append(_target(sentence, m.start(), m.end(), "name"))
    for m in g.titled_lower.finditer(sentence):
        first = m.group("first")
        if m.group("particle"):  # 'dr van der merwe': a surname, whatever its last word is
            found.append(_target(sentence, m.start(), m.end("first"), "name"))
            continue
        if first not in g.first_names and (common is None or common(first)):
            continue  # 'dr at', 'mr nobody': a title before an ordinary word is not a name
        end = m.end("second") if m.group("second") and first in g.first_names else m.end("first")
        found.append(_target(sentence, m.start(), end, "name"))
    for m in g.full_name.finditer(sentence):
        first, second = m.group("first"), m.group("second")
        if first in g.not_name or second in g.not_name or second in g.places:
            continue
        after = sentence[m.end():m.end() + 30].split()
        if after and after[0].strip(",.;:") in g.places:
            continue
        if first.lower() in g.first_names or (common is not None and not common(first) and not common(second)):
            found.append(_target(sentence, m.start(), m.end(), "name"))
    if tag is not None:
        # Written all in lower case ('gary pilling reuses needles'): a listed first name and a
        # surname no dictionary knows ('mark scheme' and 'amber warning' are words).
        for m in g.full_name_lower.finditer(sentence):
            first, second = m.group("first"), m.group("second")
            if (first in g.first_names and tag(second) is None and second not in g.not_name
                    and second.capitalize() not in g.places):
                found.append(_target(sentence, m.start("first"), m.end("second"), "name"))
    for m in g.role_ref.finditer(sentence):
        found.append(_target(sentence, m.start(), m.end(), "role"))
    for m in g.role_by_ending.finditer(sentence):
        if tag is not None and (tag(m.group("role")) or "").startswith("NN"):
            found.append(_target(sentence, m.start(), m.end(), "role"))  # 'the car park attendant'; a noun only
    for m in g.described.finditer(sentence):
        found.append(_target(sentence, m.start(), m.end(), "description"))
    for m in g.first_name.finditer(sentence):
        word = m.group("first")
        if word in g.not_name or not _stands_alone(sentence, m, tag, g.not_name):
            continue
        if word.lower() in g.first_names or (tag is not None and not common(word) and word not in g.places
                                             and _verb_follows(sentence, m.end(), tag)):
            found.append(_target(sentence, m.start(), m.end(), "first name"))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Target] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    return out


def _target(sentence: str, start: int, end: int, kind: str) -> Target:
    text = sentence[start:end].rstrip(" ,")
    end = start + len(text)
    return Target(start, end, text, kind, sentence[end:end + 2] in ("'s", "’s"))


def _stands_alone(sentence: str, m: re.Match, tag=None, not_name=frozenset()) -> bool:
    """A lone first name is a person when it is not the first word of a capitalised run
    ('Harriet cheated', 'our cleaner Marcia has'); 'May' at a sentence start needs a verb after."""
    before = sentence[:m.start()].rstrip()
    after = sentence[m.end():].lstrip()
    previous = before.split()[-1] if before[-1:].isalpha() else ""
    opener = previous in not_name or (tag is not None and tag(previous.lower()) in ("RB", "UH", "CC", "IN"))
    if after[:1].isupper() or (previous[:1].isupper() and not opener):
        return False  # part of a longer capitalised name ('Frankly Tamsin' is not): the full-name grammar decides
    if not before or before[-1] in ".!?:;\"“(-–":
        if re.match(r"(?:is|was|has|had|keeps|kept|'s|’s|has been|did|does|never|always|just|"
                    r"literally|actually|\w+ed|\w+s|from|in|on|at|who|,)\b", after):
            return True
        verb = re.match(r"[a-z]+\b", after)  # 'Imran sold his flatmate's laptop': a past tense of its own
        return bool(verb and tag is not None and tag(verb.group(0)) in ("VBD", "VBZ", "VBN"))
    return True


def _verb_follows(sentence: str, end: int, tag) -> bool:
    """An unlisted name is a person only as the subject of a verb: 'Jess has been', not 'Indian doctors'."""
    m = re.match(r"\s+([a-z]+)", sentence[end:end + 30])
    return m is not None and (tag(m.group(1)) or "").startswith(("VB", "MD", "RB"))


def preceded_by_preposition(sentence: str, t: Target) -> bool:
    """'complained to Dr Shah', 'with the registrar': the person is an object, not who acted."""
    words = re.findall(r"[\w'’]+", sentence[:t.start][-30:].lower())
    return bool(words) and words[-1] in _PREPOSITIONS


_MASK_WORD = re.compile(rf"{NAME}|{_LOWER_NAME}")


def mask(g: Grammar, t: Target) -> str:
    """'Dr Shah' -> 'Dr S***'; 'Sarah Jones' -> 'S**** J****'; 'Ravi's dad' -> 'R***'s dad'; roles are
    kept as written ('the registrar on ward 5'): they name a job, not the person."""
    text = " ".join(t.text.split())
    if t.kind in ("role", "description"):
        return re.sub(rf"\b({NAME})(['’]s)\b",
                      lambda m: m.group(1) if m.group(1).lower() in ("the",) else _stars(m.group(1)) + m.group(2),
                      text)
    parts = text.split()
    out = []
    for i, p in enumerate(parts):
        bare = p.rstrip(".")
        if i == 0 and len(parts) > 1 and bare.lower() in g.titles:
            out.append(p)
        else:
            out.append(_stars(p))
    return " ".join(out)


def _stars(word: str) -> str:
    return word[0] + "*" * (len(word) - 1)
