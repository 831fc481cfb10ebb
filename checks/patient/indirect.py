"""Indirect identification: quasi-identifiers that together, in a patient context, point to one person.

'The 94-year-old former mayor of Beeston in bed 12 on C31': exact age (rare past 89), bed or
ward, hospital, date of admission, occupation or public role, rare condition, a relationship
('my neighbour'), a small town. One alone is fine; two or more kinds in one passage with a patient
word, weighing `indirect_min_score` together, is a hold. The finding names the kinds, never the values.
"""

from __future__ import annotations

import re

from ..model import Hit
from ..text import AnchoredPattern, TermMatcher, sentence_around
from .context import part_context

PASSAGE = 160  # characters either side of a patient word searched for quasi-identifiers
OWN_HISTORY = re.compile(r"\b(?:i\s+(?:was|am|have\s+been|had|got|'m|'ve\s+been)\s+(?:admitted|diagnosed|in|on|"
                         r"taken|seen|discharged|off|ill|sick|unwell|born)|i\s+(?:have|had)\s+(?:a|an)?\s*\w+|"
                         r"my\s+own)\b", re.I)


def _patterns(config):
    # Patterns run on folded (lowercase) text: no re.I, which would slow every one of them.
    kinds = [(e.get("kind", e.term), int(e.get("weight", 1)),
              AnchoredPattern(re.compile(e.get("pattern", re.escape(e.term))), e.get("anchors", ()),
                              near_digits=e.get("near") == "digits", reach=int(e.get("reach", 60))))
             for e in config.words("quasi_identifiers")]
    return tuple(kinds), TermMatcher(config.terms("rare_conditions"))


def indirect_identification(scan):
    patterns, rare_conditions = scan.config.derive(_patterns)
    min_score = int(scan.config.threshold("indirect_min_score", 3))
    rare_age = int(scan.config.threshold("indirect_rare_age", 90))
    for part in scan.texts:
        ctx = part_context(scan, part)
        if not ctx.has_cues:
            continue
        text, folded, words, runs = part.text, scan.folded(part), scan.words(part), scan.digit_runs(part)
        # Every quasi-identifier in the part, found once; then grouped by the passage around a patient word.
        everything = [(m.start(), m.end(), kind, 2 if kind == "exact age" and _age(m) >= rare_age else base)
                      for kind, base, pattern in patterns for m in pattern.finditer(folded, words, runs)]
        everything += [(s, e, "rare condition", 2) for s, e, _ in rare_conditions.finditer(folded, words)]
        if len({spot[2] for spot in everything}) < 2:
            continue  # one kind of detail, however often, never identifies on its own
        # Keep the details that have a patient word within PASSAGE characters, and group those that
        # stand close together (a passage spans a patient word's reach on either side). Dropping a
        # detail only splits groups, so a group that is not enough as a whole is skipped unfiltered.
        in_context = [spot for group in _groups(sorted(everything), 2 * PASSAGE) if _enough(group, min_score)
                      for spot in group if ctx.cue_near(spot[0], spot[1], PASSAGE)]
        for spots in _groups(in_context, 2 * PASSAGE):
            if not _enough(spots, min_score):
                continue  # not enough together even before the exclusions below: skip the costly part
            found: list[tuple[int, int, str]] = []
            weight: dict[str, int] = {}
            for start, end, kind, w in spots:
                s_start, s_end = sentence_around(text, start, end)
                if OWN_HISTORY.search(text, s_start, s_end) or ctx.anonymised_near(start, end, 120):
                    continue
                if ctx.in_signature(start):
                    continue
                found.append((start, end, kind))
                weight[kind] = max(weight.get(kind, 0), w)
            if len(weight) < 2 or sum(weight.values()) < min_score:
                continue
            start, end = min(f[0] for f in found), max(f[1] for f in found)
            shown = _redact(text, start, end, found)
            yield Hit(part, start, end, shown, "together: " + ", ".join(sorted(weight)))


def _enough(spots, min_score: int) -> bool:
    weight: dict[str, int] = {}
    for _, _, kind, w in spots:
        weight[kind] = max(weight.get(kind, 0), w)
    return len(weight) >= 2 and sum(weight.values()) >= min_score


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
    for group in ("age1", "age2", "age3", "age4"):
        value = m.groupdict().get(group)
        if value:
            return int(value)
    return 0


def _redact(text: str, start: int, end: int, found) -> str:
    """The passage with every quasi-identifier replaced by its kind: '[exact age] former mayor...'."""
    out, pos = [], start
    for s, e, kind in sorted(found):
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(f"[{kind}]")
        pos = e
    out.append(text[pos:end])
    return " ".join("".join(out).split())[:240]
