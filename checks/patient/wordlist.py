"""Patient word lists (config/wordlists/patient_*.toml) as regex alternations, built once per Config.

A list groups plain terms by kind (`kind = ["a", "b"]`); a kind the code does not read is a
ConfigError at load. In a term a space matches `space` (any whitespace unless the pattern says
otherwise) and a hyphen a hyphen or one whitespace character ('follow-up' = 'follow up').
"""

from __future__ import annotations

import re

from ..config import ConfigError


def _term(term: str, space: str) -> str:
    return space.join(r"[\s-]".join(map(re.escape, w.split("-"))) for w in term.split())


def alternation(terms, *, space: str = r"\s+", by_length: bool = True, lower: bool = True) -> str:
    """terms as 'a|b|c'. by_length: longest first (for a pattern only tested for a match at all);
    otherwise in the list's order, which decides the span when alternatives overlap (finditer)."""
    terms = [" ".join(t.lower().split() if lower else t.split()) for t in terms]
    terms = list(dict.fromkeys(terms))
    if by_length:
        terms.sort(key=lambda t: (-len(t), t))
    return "|".join(_term(t, space) for t in terms) or "(?!x)x"


def grouped(config, name: str, kinds) -> dict[str, list[str]]:
    """The list `name` as {kind: [terms in file order]}; an unknown kind is a ConfigError."""
    by_kind: dict[str, list[str]] = {kind: [] for kind in kinds}
    for entry in config.words(name):
        kind = entry.get("kind")
        if kind not in by_kind:
            raise ConfigError(f"word list {name}: '{entry.term}' has kind {kind!r}; expected one of {', '.join(kinds)}")
        by_kind[kind].append(entry.term)
    return by_kind
