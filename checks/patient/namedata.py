"""Given names and surnames from frequency data shipped inside installed packages (read offline).

- `gender_guesser` ships Jörg Michael's name dictionary: ~45,000 given names from 50+ countries
  (British, Irish, South Asian, Arabic, Polish, Nigerian...), which a hand list cannot cover.
- `names` ships the US census given-name and surname frequency tables (88,799 surnames).
- TextBlob (already a dependency) ships an English lexicon with part-of-speech tags: a name that is
  also an everyday word ('Will', 'Rich', 'Mark', 'Hope') is only a name where its shape says so.

Which sources are read and how common a census name must be are set in bedside.toml [names] and
validated when first used; the project's own first_names.txt is always added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from ..config import ConfigError

_KNOWN_SOURCES = frozenset({"gender_guesser", "census"})


@dataclass(frozen=True)
class NameData:
    given: frozenset[str]      # lowercase given names
    surnames: frozenset[str]   # lowercase surnames
    words: frozenset[str]      # lowercase everyday English words (not only proper nouns)
    non_nouns: frozenset[str]  # ... of them, those mostly not nouns: verbs, adjectives, function words

    def is_given(self, token: str) -> bool:
        return token.lower() in self.given

    def is_surname(self, token: str) -> bool:
        return token.lower() in self.surnames

    def wordlike(self, token: str) -> bool:
        return token.lower() in self.words

    def name_after_role(self, token: str) -> bool:
        """A given name where a name is expected ('wife MARY', 'daughter grace'): a name that is
        also a noun still counts ('Grace', 'William'), one that is a verb or adjective ('will',
        'rich', 'went') does not."""
        low = token.lower()
        return low in self.given and low not in self.non_nouns


def settings(config) -> tuple[tuple[str, ...], float, float]:
    section = config.section("names")
    sources = tuple(section.get("sources", ("gender_guesser", "census")))
    unknown = set(sources) - _KNOWN_SOURCES
    if unknown:
        raise ConfigError(f"names.sources: unknown source(s) {sorted(unknown)}; expected some of "
                          f"{sorted(_KNOWN_SOURCES)}")
    try:
        given_min = float(section.get("census_given_min_percent", 0.0))
        surname_min = float(section.get("census_surname_min_percent", 0.0))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"names: census_*_min_percent must be numbers ({exc})") from exc
    if given_min < 0 or surname_min < 0:
        raise ConfigError("names: census_*_min_percent cannot be negative")
    return sources, given_min, surname_min


def _package_file(package: str, name: str) -> Path:
    """A data file inside an installed package, found without importing the package (importing
    textblob pulls in nltk: 0.3 s)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / name


def _census(filename: str, min_percent: float) -> set[str]:
    # 'SMITH          1.006  1.006      1': name, percent of people, cumulative percent, rank
    text = _package_file("names", filename).read_text("ascii").lower()
    if min_percent <= 0:
        return set(_CENSUS_NAME.findall(text))
    return {name for name, percent in _CENSUS_ROW.findall(text) if float(percent) >= min_percent}


_CENSUS_NAME = re.compile(r"^([a-z'\-]+)", re.M)
_CENSUS_ROW = re.compile(r"^([a-z'\-]+)\s+(\d+\.\d+)", re.M)


def _gender_guesser() -> set[str]:
    # Fixed columns: sex code, then the name ('+' joins parts: 'Abd+al' is Abdal, Abd al, Abd-al).
    text = _package_file("gender_guesser", "data/nam_dict.txt").read_text("utf-8").lower()
    out = set(_GG_NAME.findall(text))
    for name in [n for n in out if "+" in n]:
        out.discard(name)
        out.update(name.replace("+", sep) for sep in ("", "-"))
    return out


_GG_NAME = re.compile(r"^[?1mf]{1,2} +(\S+)", re.M)


def _english_words() -> tuple[set[str], set[str]]:
    """Lowercase entries of TextBlob's tagger lexicon that are not only proper nouns, and those
    tagged as something other than a noun."""
    text = _package_file("textblob", "en/en-lexicon.txt").read_text("utf-8")
    pairs = _LEXICON_WORD.findall(text)
    return {w for w, _ in pairs}, {w for w, tag in pairs if not tag.startswith("NN")}


_LEXICON_WORD = re.compile(r"^([a-z]+) (?!NNP)(\S+)", re.M)


def load(config) -> NameData:
    sources, given_min, surname_min = settings(config)
    given = set(config.terms("first_names"))
    surnames: set[str] = set()
    try:
        if "gender_guesser" in sources:
            given |= _gender_guesser()
        if "census" in sources:
            given |= _census("dist.male.first", given_min) | _census("dist.female.first", given_min)
            surnames |= _census("dist.all.last", surname_min)
        words, non_nouns = _english_words()
    except (ModuleNotFoundError, OSError) as exc:
        raise ConfigError(f"names: cannot read name data ({exc}); is the package installed?") from exc
    return NameData(frozenset(given), frozenset(surnames), frozenset(words), frozenset(non_nouns))


def name_data(config) -> NameData:
    return config.derive(load)
