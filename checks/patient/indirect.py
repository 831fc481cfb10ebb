"""Indirect identification: quasi-identifiers that together, in a patient context, point to one person.

'The 94-year-old former mayor of Beeston in bed 12 on C31': exact age (rare past 89), bed or
ward, hospital, date of admission, occupation or public role, rare condition, a relationship
('my neighbour'), a small town. One alone is fine; two or more kinds in one passage with a patient
word, weighing `indirect_min_score` together, is a hold; so is one detail that names a public figure
('the local MP', 'a celebrity', 'she was on X Factor'). The finding names the kinds, never the values.
Held (PAT010) when some recipient is outside the care team ([organisation] care_team); sent only
within it, a warning (PAT014).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..config import ConfigError
from ..model import Hit
from ..text import AnchoredPattern, PatternList, TermMatcher, merge_spans, sentence_around
from .context import part_context
from .record import record_identifiers
from .wordlist import alternation, grouped

PASSAGE = 160  # characters either side of a patient word searched for quasi-identifiers
SEARCH_MARGIN = 300  # longer than any quasi-identifier match: a zone's edge never cuts one that counts
ZONED_LENGTH = 4 * (PASSAGE + SEARCH_MARGIN)  # shorter texts are searched whole: zones would cover them
KINDS = ("own_state", "own_family", "teaching")


def own_words(config) -> tuple[re.Pattern, re.Pattern]:
    """The sender's own history, and talk of teaching; words from config/wordlists/patient_indirect.toml,
    compiled once per Config."""
    w = {kind: alternation(terms) for kind, terms in grouped(config, "patient_indirect", KINDS).items()}
    own_history = re.compile(rf"\b(?:i\s+(?:was|am|have\s+been|had|got|'m|'ve\s+been)\s+(?:{w['own_state']})|"
                             r"i\s+(?:have|had)\s+(?:a|an)?\s*\w+|my\s+own|"
                             rf"my\s+(?:{w['own_family']})(?!'s|’s))\b", re.I)
    # on folded (lowercase) text
    teaching = re.compile(rf"\b(?:{w['teaching']})s?\b")
    return own_history, teaching

def patterns(config):
    # Patterns run on folded (lowercase) text: no re.I, which would slow every one of them.
    entries = config.words("quasi_identifiers")
    kinds = [(e.get("kind", e.term), int(e.get("weight", 1)),
              AnchoredPattern(re.compile(e.get("pattern", re.escape(e.term))), e.get("anchors", ()),
                              near_digits=e.get("near") == "digits", reach=int(e.get("reach", 60)),
                              reach_before=e.get("reach_before"), needs=e.get("needs", ())))
             for e in entries]
    alone = frozenset(e.get("kind", e.term) for e in entries if e.get("alone"))
    return PatternList(kinds), TermMatcher(config.terms("rare_conditions")), alone


def _conditions(config) -> TermMatcher:
    return TermMatcher(config.terms("conditions"))


class _Facts:
    """The clinical facts of a part, in order: patient words (ctx.cues) and diagnoses
    (wordlists/conditions.txt): 'came into ED ... suspected stroke' is about a patient without the
    word 'patient'. Asked for windows by bisect."""

    def __init__(self, ctx, folded: str, words: frozenset[str], conditions: TermMatcher):
        # The patient words as the context reads them for every rule (sorted once, overlaps kept),
        # then the diagnoses merged in (two sorted runs: the sort is one pass).
        starts, found, longest = ctx.by_start()
        diagnoses = conditions.finditer(folded, words)
        if diagnoses:
            found = sorted(found + diagnoses)
            starts = [f[0] for f in found]
            longest = max(longest, max(e - s for s, e, _ in diagnoses))
        self.found, self.starts, self.longest = found, starts, longest

    def within(self, lo: int, hi: int):
        """(start, end, term) of each fact inside [lo, hi)."""
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.found) and self.found[i][0] < hi:
            if self.found[i][1] <= hi:
                out.append(self.found[i])
            i += 1
        return out

    def near(self, start: int, end: int, window: int) -> bool:
        i = bisect_left(self.starts, start - window - self.longest)
        while i < len(self.found) and self.found[i][0] <= end + window:
            s, e, _ = self.found[i]
            if e >= start - window:
                return True
            i += 1
        return False


def indirect_identification(scan):
    """PAT010: held when some recipient is outside the care team."""
    if not within_care_team(scan):
        yield from _passages(scan)
        yield from record_identifiers(scan)


def indirect_identification_care_team(scan):
    """PAT014: the same details sent only within the care team, a warning."""
    if within_care_team(scan):
        yield from _passages(scan)
        yield from record_identifiers(scan)


def care_team(config) -> tuple[frozenset[str], tuple[str, ...]]:
    """[organisation] care_team: (whole addresses, domains) where the people caring for a patient
    read their mail (NHSmail and the trusts' own by default). A domain covers its subdomains."""
    entries = [e.strip().lower().strip("<>") for e in config.section("organisation").get("care_team", ())]
    for entry in entries:
        if not entry or " " in entry or entry.count("@") > 1 or entry.endswith("@"):
            raise ConfigError(f"[organisation] care_team: {entry!r} is neither a mail domain nor an address")
    return (frozenset(e for e in entries if "@" in e.lstrip("@")),
            tuple(e.lstrip("@.") for e in entries if "@" not in e.lstrip("@")))


def within_care_team(scan) -> bool:
    """Every recipient is in the care team; a message with no recipient is not (fail closed). The
    university's own domain is not enough: a classmate or a tutor there is not caring for the patient."""
    addresses, domains = scan.config.derive(care_team)
    if not scan.recipients:
        return False
    for recipient in scan.recipients:
        address = recipient.lower().strip(" <>")
        domain = address.rpartition("@")[2]
        if address not in addresses and not any(domain == d or domain.endswith("." + d) for d in domains):
            return False
    return True


def _passages(scan):
    pattern_list, rare_conditions, alone = scan.config.derive(patterns)
    own_history, teaching = scan.config.derive(own_words)
    min_score = int(scan.config.threshold("indirect_min_score", 3))
    rare_age = int(scan.config.threshold("indirect_rare_age", 90))
    conditions = scan.config.derive(_conditions)
    for part in scan.texts:
        ctx = part_context(scan, part)
        text, folded, words, runs = part.text, scan.folded(part), scan.words(part), scan.digit_runs(part)
        if not ctx.has_cues and not conditions.present(folded, words):
            continue
        # Every quasi-identifier within reach of a clinical fact, found once; then grouped by the passage
        # around a fact. In a long text only the zones around facts are searched (a detail further off is
        # never kept; SEARCH_MARGIN more on each side, so a match is never cut at a zone's edge); a
        # short one is searched whole, and its facts found only if two kinds of detail are there.
        facts = _Facts(ctx, folded, words, conditions) if len(folded) > ZONED_LENGTH else None
        zones = [(0, len(folded))] if facts is None else merge_spans(
            (max(0, s - PASSAGE - SEARCH_MARGIN), min(len(folded), e + PASSAGE + SEARCH_MARGIN)) for s, e, _ in facts.found)
        present = pattern_list.present(words)
        run_starts = [r[0] for r in runs] if facts is not None else None
        everything = [(m.start(), m.end(), kind, 2 if kind == "exact age" and _age(m) >= rare_age else base)
                      for lo, hi in zones
                      for zone_runs in ((runs[bisect_left(run_starts, lo): bisect_left(run_starts, hi)]
                                         if run_starts is not None else runs),)
                      for kind, base, pattern in present
                      for m in pattern.finditer(folded, words, zone_runs, lo, hi)]
        everything += [(s, e, "rare condition", 2) for s, e, _ in rare_conditions.finditer(folded, words)]
        kinds = {spot[2] for spot in everything}
        if len(kinds) < 2 and alone.isdisjoint(kinds):
            continue  # one kind of detail, however often, does not identify on its own (bar a public figure)
        # Keep the details that have a patient word within PASSAGE characters, and group those that
        # stand close together (a passage spans a patient word's reach on either side). Dropping a
        # detail only splits groups, so a group that is not enough as a whole is skipped unfiltered.
        facts = facts or _Facts(ctx, folded, words, conditions)
        in_context = [spot for group in _groups(sorted(everything), 2 * PASSAGE) if _enough(group, min_score, alone)
                      for spot in group if facts.near(spot[0], spot[1], PASSAGE)]
        for spots in _groups(in_context, 2 * PASSAGE):
            if not _enough(spots, min_score, alone):
                continue  # not enough together even before the exclusions below: skip the costly part
            found: list[tuple[int, int, str]] = []
            weight: dict[str, int] = {}
            for start, end, kind, w in spots:
                s_start, s_end = sentence_around(text, start, end)
                if own_history.search(text, s_start, s_end) or ctx.anonymised_near(start, end, 120):
                    continue
                if ctx.in_signature(start):
                    continue
                if kind in alone and not _about_a_patient(facts, text, folded, s_start, s_end, teaching):
                    continue
                found.append((start, end, kind))
                weight[kind] = max(weight.get(kind, 0), w)
            if not _identifies(weight, min_score, alone):
                continue
            start, end = min(f[0] for f in found), max(f[1] for f in found)
            if PLACE_KINDS.issuperset(weight) and not _patient_word_besides(facts, found, start, end):
                continue  # 'Meet outside Ward 23 at City Hospital': the places are the only patient words
            shown = _redact(text, start, end, found)
            detail = "together: " + ", ".join(sorted(weight)) if len(weight) > 1 else "on its own: " + ", ".join(weight)
            yield Hit(part, start, end, shown, detail)


# Kinds that say where, not who: together they can describe a place with nobody in it.
PLACE_KINDS = frozenset({"bed, bay or ward", "hospital or unit", "small town or village", "street or home"})


def _patient_word_besides(facts: _Facts, found, start: int, end: int) -> bool:
    """A clinical fact within reach of places that is not itself one of them: directions to Ward 23 of
    a hospital on a named road name no one ('the patient in bed 12 on C31' does)."""
    return any(not any(fs < e and s < fe for fs, fe, _ in found)
               for s, e, _ in facts.within(start - PASSAGE, end + PASSAGE))


def _about_a_patient(facts: _Facts, text: str, folded: str, s_start: int, s_end: int, teaching: re.Pattern) -> bool:
    """A detail that names someone on its own must be said of a patient: a clinical fact in its
    sentence, the one before ('New admission on the ward. It's the local MP!') or the one after when
    it goes on about them ('the mayor of Eastwold? She came into ED tonight'), and no talk of teaching
    in its own ('our lecturer was on the news')."""
    if teaching.search(folded, s_start, s_end):
        return False
    before = sentence_around(text, max(0, s_start - 2), max(0, s_start - 1))[0] if s_start > 1 else s_start
    after = s_end
    if _GOES_ON_ABOUT.match(text, s_end):  # the next sentence goes on about the same person
        after = sentence_around(text, s_end, s_end + 1)[1]
    return any(term not in INSTITUTION_ONLY for _, _, term in facts.within(before, after))


_GOES_ON_ABOUT = re.compile(r"\s*(?:he|she|they)\b", re.I)


# Words that name the service, not someone in its care: a public figure beside them is in the news
# about the NHS ('the Health Secretary's speech on NHS funding'), not a patient.
INSTITUTION_ONLY = frozenset({"nhs", "hospital", "gp", "hospice", "care home", "nursing home"})


def _enough(spots, min_score: int, alone: frozenset[str]) -> bool:
    weight: dict[str, int] = {}
    for _, _, kind, w in spots:
        weight[kind] = max(weight.get(kind, 0), w)
    return _identifies(weight, min_score, alone)


def _identifies(weight: dict[str, int], min_score: int, alone: frozenset[str]) -> bool:
    """Two kinds or more weighing min_score together, or one kind that names someone by itself."""
    return (len(weight) >= 2 and sum(weight.values()) >= min_score) or not alone.isdisjoint(weight)


def _groups(spots, gap: int) -> list[list]:
    """Spots (in order) split wherever two neighbours are more than `gap` characters apart."""
    groups: list[list] = []
    for spot in spots:
        if groups and spot[0] - groups[-1][-1][1] <= gap:
            groups[-1].append(spot)
        else:
            groups.append([spot])
    return groups


def _age(m: re.Match) -> int:
    for group in ("age1", "age2", "age3", "age4", "age5", "age6"):
        value = m.groupdict().get(group)
        if value:
            return int(value)
    return 0


def _redact(text: str, start: int, end: int, found) -> str:
    """The passage with every quasi-identifier replaced by its kind: '[exact age] former mayor...',
    and every capitalised word inside a sentence masked: the passage may name the patient in a way
    no name rule found ('Uncle Tariq from number 12', '(Balwinder)')."""
    out, pos = [], start
    for s, e, kind in sorted(found):
        if s < pos:
            continue
        out.append(_CAPITALISED.sub(_mask_word, text[pos:s]))
        out.append(f"[{kind}]")
        pos = e
    out.append(_CAPITALISED.sub(_mask_word, text[pos:end]))
    return " ".join("".join(out).split())[:240]


# A capitalised word not opening a sentence or the passage: 'Tariq', 'Kingsmead' (not 'He', 'I').
_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<![.!?:]\s\s)(?<=[\s(\[\"'’,;/-])[A-Z][a-z][a-z'’\-]*")


def _mask_word(m: re.Match) -> str:
    return m.group(0)[0] + "*" * (len(m.group(0)) - 1)


_patterns = patterns  # the name bench/rule_costs.py imports
