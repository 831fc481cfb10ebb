"""Matching the offensive word list against text: whole words, disguises undone, clinicians spared.

- Whole tokens only, so Scunthorpe, Penistone, Essex, classic and cockpit never match.
- Tokens come from `normalise.tokens`: leetspeak, wildcards, spacing, look-alikes undone.
- Clinical vocabulary wins: a hit equal to a clinical word or inside a clinical phrase is dropped.
- Names win: a listed surname written as a name (Dr Dick, Dick Smith, Mr Cox) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import Config, WordEntry
from ..normalise import Token, fold, squeeze, tokens
from ..text import sorted_terms, terms_pattern

# Inflections tried on every single-word entry (squeezed forms compared).
SUFFIXES = ("ing", "in", "ed", "er", "ers", "es", "s", "y", "ie", "ies", "head", "heads", "face")
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev"})


@dataclass(frozen=True)
class Match:
    entry: WordEntry
    start: int
    end: int
    matched: str  # the normalised word(s) that matched

    @property
    def severity(self) -> str:
        return self.entry.get("severity", "strong")


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, WordEntry]                  # squeezed single-word form -> entry
    phrases: dict[str, list[tuple[tuple[str, ...], WordEntry]]]  # first word -> [(words, entry)]
    wild: dict[tuple[str, int], list[tuple[str, WordEntry]]]     # (first letter, length) -> forms
    clinical_words: frozenset[str]
    clinical_phrases: re.Pattern
    surnames: frozenset[str]

    def find(self, text: str) -> list[Match]:
        toks = tokens(text)
        clinical_spans = self._clinical_spans(text)
        found: list[Match] = []
        taken_until = -1
        for i, tok in enumerate(toks):
            if tok.start < taken_until:
                continue
            match = self._phrase(toks, i) or self._word(tok)
            if match is None:
                continue
            if _inside(match.start, match.end, clinical_spans) or squeeze(match.matched) in self.clinical_words:
                continue
            if self._is_name(text, tok):
                continue
            found.append(match)
            taken_until = match.end
        return found

    def _word(self, tok: Token) -> Match | None:
        form = tok.squeezed
        if len(form) < 2:
            return None
        entry = self.words.get(form)
        if entry is None and tok.wild:
            entry = self._wildcard(tok.text)
        if entry is None:
            for suffix in SUFFIXES:
                if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                    entry = self.words.get(squeeze(form[: -len(suffix)]))
                    if entry is not None:
                        break
        if entry is None:
            return None
        return Match(entry, tok.start, tok.end, tok.text)

    def _wildcard(self, word: str) -> WordEntry | None:
        """f*ck, c**t, sh*t: same length, same first letter, every visible letter in place."""
        letters = sum(ch.isalpha() for ch in word)
        if len(word) < 3 or letters < 2 or not word[0].isalpha():
            return None
        for form, entry in self.wild.get((word[0], len(word)), ()):
            if all(w in "*#%" or w == f for w, f in zip(word, form)):
                return entry
        return None

    def _phrase(self, toks: list[Token], i: int) -> Match | None:
        candidates = self.phrases.get(toks[i].squeezed)
        if not candidates:
            return None
        following = [t for t in toks[i + 1: i + 8] if not t.spelled and t.start >= toks[i].end]
        for words, entry in candidates:
            rest = words[1:]
            if len(following) >= len(rest) and all(squeeze(t.text) == w for t, w in zip(following, rest)):
                end = following[len(rest) - 1].end
                return Match(entry, toks[i].start, end, " ".join(words))
        return None

    def _clinical_spans(self, text: str) -> list[tuple[int, int]]:
        folded, origin = fold(text)
        return [(origin[m.start()], origin[m.end() - 1] + 1) for m in self.clinical_phrases.finditer(folded)]

    def _is_name(self, text: str, tok: Token) -> bool:
        word = text[tok.start: tok.end]
        if not word[:1].isupper() or tok.squeezed not in self.surnames and tok.text not in self.surnames:
            return False
        before = text[max(0, tok.start - 30): tok.start].split()
        after = text[tok.end: tok.end + 30].split()
        prev = before[-1].strip(".,").lower() if before else ""
        nxt = after[0] if after else ""
        return prev in TITLES or nxt[:1].isupper() or (bool(before) and before[-1][:1].isupper()
                                                        and not before[-1].endswith((".", "!", "?")))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def build(config: Config) -> Lexicon:
    words: dict[str, WordEntry] = {}
    phrases: dict[str, list] = {}
    wild: dict[tuple[str, int], list] = {}
    for entry in config.words("offensive"):
        for form in (entry.term, *entry.get("forms", ())):
            parts = tuple(squeeze(p) for p in re.split(r"[\s\-]+", form.lower()) if p)
            if len(parts) > 1:
                phrases.setdefault(parts[0], []).append((parts, entry))
            elif parts:
                words.setdefault(parts[0], entry)
                if entry.get("severity") in ("strong", "slur"):
                    wild.setdefault((form[0], len(form)), []).append((form.lower(), entry))
    for options in phrases.values():
        options.sort(key=lambda p: len(p[0]), reverse=True)
    clinical = config.terms("clinical")
    return Lexicon(
        words=words, phrases=phrases, wild=wild,
        clinical_words=frozenset(squeeze(t) for t in clinical if " " not in t),
        clinical_phrases=terms_pattern(sorted_terms(t for t in clinical if " " in t or "-" in t)),
        surnames=config.terms("surnames"),
    )
