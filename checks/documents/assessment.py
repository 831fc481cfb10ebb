"""Unreleased assessment material passed on: a leaked exam paper, summative OSCE stations, a mark scheme.

Three things together, so that talk about exams stays clean: the sender hands something over
('here's', 'attaching', 'I got hold of'), what is handed over is assessment material (the words
right after, not 'the revision guide for the exam'), and something says it is not theirs to
share ('leaked', 'don't tell anyone I sent', 'summative stations') in the same sentence or
the next. 'Did you hear the paper was leaked?' hands nothing over.
"""

import re
from dataclasses import dataclass

from ..config import ConfigError
from ..model import Hit
from ..text import AnchoredPattern, sentence_around

KINDS = ("handing", "material", "object_stop", "not_theirs")


@dataclass(frozen=True)
class Vocabulary:
    handed_over: re.Pattern        # a handing phrase, then within five words assessment material
    not_theirs: AnchoredPattern    # tried only near its anchors: markers are rare, handing is common
    material: frozenset[str]       # words one of which a letter must hold before anything is tried


def _as_regex(entry) -> str:
    return entry.get("pattern") or r"\s+".join(map(re.escape, entry.term.lower().split()))


def build(config) -> Vocabulary:
    """config/wordlists/assessment.toml compiled once per Config."""
    by_kind: dict[str, list] = {kind: [] for kind in KINDS}
    for entry in config.words("assessment"):
        if entry.get("kind") not in by_kind:
            raise ConfigError(f"word list assessment: '{entry.term}' has kind {entry.get('kind')!r}; "
                              f"expected one of {', '.join(KINDS)}")
        if entry.get("kind") == "not_theirs" and not entry.get("anchors"):
            raise ConfigError(f"word list assessment: '{entry.term}' needs anchors (the words every match holds)")
        by_kind[entry.get("kind")].append(entry)
    try:
        handing = "|".join(_as_regex(e) for e in by_kind["handing"]) or "(?!x)x"
        material = "|".join(_as_regex(e) for e in by_kind["material"]) or "(?!x)x"
        stops = "|".join(re.escape(e.term.lower()) for e in by_kind["object_stop"]) or "(?!x)x"
        handed_over = re.compile(
            rf"\b(?:{handing})\s+(?:you\s+)?"
            # the object: a few words, none that turn it into something else ('the guide for the exam')
            rf"(?:(?!(?:{stops})\b)[\w'’]+\s+){{0,5}}?(?:{material})\b")
        not_theirs = re.compile(r"\b(?:" + "|".join(_as_regex(e) for e in by_kind["not_theirs"]) + r")\b")
    except re.error as exc:
        raise ConfigError(f"word list assessment: a pattern does not compile: {exc}") from exc
    anchors = {word for e in by_kind["not_theirs"] for word in e.get("anchors")}
    material_words = {w for e in by_kind["material"] for w in re.findall(r"[a-z]+", e.term.lower())}
    # the singular of each ('paper', 'station', 'scheme'): the word set holds the word as written
    material_words |= {w[:-1] for w in material_words if w.endswith("s")} | {"markscheme"}
    return Vocabulary(handed_over, AnchoredPattern(not_theirs, anchors, reach=60, reach_before=45),
                      frozenset(material_words))


def assessment_material(scan):
    vocabulary = scan.config.derive(build)
    for part in (scan.subject, scan.body):
        folded, words = scan.folded(part), scan.words(part)
        if vocabulary.material.isdisjoint(words):
            continue
        for marker in vocabulary.not_theirs.finditer(folded, words):
            # handed over in the marker's sentence or the one before ('Here's the paper - my friend leaked it')
            s_start, s_end = sentence_around(folded, marker.start(), marker.end())
            p_start = sentence_around(folded, max(0, s_start - 2), max(0, s_start - 1))[0] if s_start > 1 else s_start
            m = vocabulary.handed_over.search(folded, p_start, s_end)
            if m:
                handed = " ".join(part.text[m.start():m.end()].split())[:50]
                marked = " ".join(part.text[marker.start():marker.end()].split())[:30]
                yield Hit(part, m.start(), m.end(), masked=part.text[m.start():m.end()],
                          detail=f"'{handed}', and '{marked}' says it is not yours to share")
                return
