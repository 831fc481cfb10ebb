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
from contextlib import contextmanager
from functools import cached_property
from importlib.util import find_spec
from pathlib import Path

from ..config import ConfigError

_KNOWN_SOURCES = frozenset({"gender_guesser", "census"})


class NameData:
    """Lowercase given names, surnames and everyday English words, each read from its package's
    files when first asked for: PAT006 wants given names and words for most messages it reads
    names in, surnames for few (~35 ms of the ~0.1 s the files take). Built once per Config."""

    def __init__(self, config):
        self._sources, self._given_min, self._surname_min = settings(config)
        self._hand = config.terms("first_names")

    @cached_property
    def given(self) -> frozenset[str]:
        given = set(self._hand)
        with _reading():
            if "gender_guesser" in self._sources:
                given |= _gender_guesser()
            if "census" in self._sources:
                given |= _census("dist.male.first", self._given_min) | _census("dist.female.first", self._given_min)
        return frozenset(given)

    @cached_property
    def surnames(self) -> frozenset[str]:
        if "census" not in self._sources:
            return frozenset()
        with _reading():
            return frozenset(_census("dist.all.last", self._surname_min))

    @cached_property
    def _lexicon(self) -> tuple[frozenset[str], frozenset[str]]:
        with _reading():
            words, non_nouns = _english_words()
        return frozenset(words), frozenset(non_nouns)

    @property
    def words(self) -> frozenset[str]:
        """Everyday English words (not only proper nouns)."""
        return self._lexicon[0]

    @property
    def non_nouns(self) -> frozenset[str]:
        """... of them, those mostly not nouns: verbs, adjectives, function words."""
        return self._lexicon[1]

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


# The four files are 8.6 MB together, read whenever a process first needs a name looked up. So:
# bytes, not text (one name outside Latin-1 makes a text two or four bytes a character); patterns that begin
# with a literal line break (found by a fast scan) instead of '^' under re.M (tried at every
# character), on data with a line break put first so its first line counts too; the names found
# decoded and lowercased in one go, not one by one nor the whole file. ~0.2 s -> ~0.1 s.

def _read(package: str, name: str) -> bytes:
    return b"\n" + _package_file(package, name).read_bytes()


def _strings(found: list[bytes], encoding: str = "ascii") -> list[str]:
    return b"\n".join(found).decode(encoding).split("\n") if found else []


def _census(filename: str, min_percent: float) -> set[str]:
    # 'SMITH          1.006  1.006      1': name, percent of people, cumulative percent, rank
    data = _read("names", filename).lower()
    if min_percent <= 0:
        return set(_strings(_CENSUS_NAME.findall(data)))
    return {name.decode("ascii") for name, percent in _CENSUS_ROW.findall(data) if float(percent) >= min_percent}


_CENSUS_NAME = re.compile(rb"\n([a-z'\-]+)")
_CENSUS_ROW = re.compile(rb"\n([a-z'\-]+)\s+(\d+\.\d+)")


def _gender_guesser() -> set[str]:
    # Fixed columns: sex code, then the name ('+' joins parts: 'Abd+al' is Abdal, Abd al, Abd-al).
    out = {name.lower() for name in _strings(_GG_NAME.findall(_read("gender_guesser", "data/nam_dict.txt")), "utf-8")}
    for name in [n for n in out if "+" in n]:
        out.discard(name)
        out.update(name.replace("+", sep) for sep in ("", "-"))
    return out


_GG_NAME = re.compile(rb"\n[?1MF]{1,2} +(\S+)")


def _english_words() -> tuple[set[str], set[str]]:
    """Lowercase entries of TextBlob's tagger lexicon that are not only proper nouns, and those
    tagged as something other than a noun ('word TAG ...': the first tag is the usual one)."""
    data = _read("textblob", "en/en-lexicon.txt")
    return set(_strings(_LEXICON_WORD.findall(data))), set(_strings(_LEXICON_NON_NOUN.findall(data)))


_LEXICON_WORD = re.compile(rb"\n([a-z]+) (?!NNP)(?=\S)")
_LEXICON_NON_NOUN = re.compile(rb"\n([a-z]+) (?!NN)(?=\S)")


@contextmanager
def _reading():
    try:
        yield
    except (ModuleNotFoundError, OSError) as exc:
        raise ConfigError(f"names: cannot read name data ({exc}); is the package installed?") from exc


def load(config) -> NameData:
    return NameData(config)


def name_data(config) -> NameData:
    return config.derive(load)
