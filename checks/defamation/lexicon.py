"""DEF001's vocabulary, compiled and validated once per Config.

accusations.toml holds what counts as an allegation; defamation.toml who a sentence can point at
and what makes a sentence something other than an assertion of fact. Both are data: this module
only checks them and turns them into compiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import ConfigError

KINDS = frozenset({"title", "role", "person", "not_name", "place", "class", "hedge", "disclaimer", "source",
                   "channel", "channel_to", "rhetorical", "reporting", "subject", "negation", "role_suffix", "not_person"})
ALLEGATION_KINDS = frozenset({"crime", "dishonesty", "misconduct", "abuse", "danger", "discrimination"})
_CLASS_REF = re.compile(r"\{([a-z][a-z ]*[a-z])\}")
_GAP = re.compile(r"\{~(\d)\}")


@dataclass(frozen=True)
class Allegation:
    term: str
    kind: str
    pattern: re.Pattern
    victim_passive: bool
    cues: tuple[str, ...]  # word beginnings; every match holds a word starting with one


@dataclass(frozen=True)
class Lexicon:
    allegations: tuple[Allegation, ...]
    titles: frozenset[str]
    roles: tuple[str, ...]          # lowercase, longest first
    persons: tuple[str, ...]
    not_name: frozenset[str]
    places: frozenset[str]
    role_suffixes: tuple[str, ...]
    not_person: frozenset[str]
    frames: dict                    # kind -> one compiled pattern (hedge, source, channel...)
    cue_index: dict                 # first three letters -> ((cue, allegation index), ...)
    cue_pattern: re.Pattern         # the start of any word beginning with a cue (a trie, so one pass is cheap)

    def frame(self, kind: str, text: str) -> re.Match | None:
        pattern = self.frames.get(kind)
        return pattern.search(text) if pattern is not None else None

    def cued(self, word: str) -> set[int]:
        """The allegations a plain lowercase word is a cue for."""
        return {i for cue, i in self.cue_index.get(word[:3], ()) if word.startswith(cue)}


def _compile(source: str, where: str) -> re.Pattern:
    try:
        return re.compile(source, re.I)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern ({exc})") from exc


def build(config) -> Lexicon:
    """config.derive(build): the compiled lexicon, or a ConfigError naming the bad entry."""
    words: dict[str, list[str]] = {}
    classes: dict[str, str] = {}
    frames: dict[str, list[str]] = {}
    for entry in config.words("defamation"):
        kind, where = entry.get("kind"), f"defamation word list, entry {entry.term!r}"
        if kind not in KINDS:
            raise ConfigError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(sorted(KINDS))})")
        listed, pattern = entry.get("words"), entry.get("pattern")
        if not listed and not pattern:
            raise ConfigError(f"{where}: needs `words` or `pattern`")
        if listed and (not isinstance(listed, (list, tuple)) or not all(isinstance(w, str) and w for w in listed)):
            raise ConfigError(f"{where}: `words` must be a list of non-empty strings")
        if kind == "class":
            if not listed:
                raise ConfigError(f"{where}: a class needs `words`")
            source = "(?:" + "|".join(sorted(listed, key=len, reverse=True)) + ")"
            _compile(source, where)
            classes[entry.term] = source
        elif listed:
            words.setdefault(kind, []).extend(listed)
        else:
            _compile(pattern, where)
            frames.setdefault(kind, []).append(pattern)
    allegations = []
    for entry in config.words("accusations"):
        where = f"accusations word list, entry {entry.term!r}"
        kind, pattern = entry.get("kind"), entry.get("pattern")
        if kind not in ALLEGATION_KINDS:
            raise ConfigError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(sorted(ALLEGATION_KINDS))})")
        if not isinstance(pattern, str) or not pattern:
            raise ConfigError(f"{where}: needs a `pattern`")
        cues = entry.get("cues")
        if (not isinstance(cues, (list, tuple)) or not cues
                or not all(isinstance(c, str) and len(c) >= 3 and c == c.lower() and c.isalpha() for c in cues)):
            raise ConfigError(f"{where}: `cues` must be a list of lowercase word beginnings of 3+ letters")
        allegations.append(Allegation(entry.term, kind, _compile(_expand(pattern, classes, where), where),
                                      bool(entry.get("victim_passive", False)), tuple(cues)))
    cue_index: dict[str, list] = {}
    for i, allegation in enumerate(allegations):
        for cue in allegation.cues:
            cue_index.setdefault(cue[:3], []).append((cue, i))
    return Lexicon(
        allegations=tuple(allegations),
        titles=frozenset(words.get("title", ())),
        roles=tuple(sorted({w.lower() for w in words.get("role", ())}, key=len, reverse=True)),
        persons=tuple(sorted({w.lower() for w in words.get("person", ())}, key=len, reverse=True)),
        not_name=frozenset(words.get("not_name", ())),
        places=frozenset(words.get("place", ())),
        role_suffixes=tuple(w.lower() for w in words.get("role_suffix", ())),
        not_person=frozenset(w.lower() for w in words.get("not_person", ())),
        frames={kind: _compile("|".join(f"(?:{p})" for p in found), f"defamation word list, {kind} patterns")
                for kind, found in frames.items()},
        cue_index={k: tuple(v) for k, v in cue_index.items()},
        cue_pattern=re.compile(r"(?<![a-z])" + _trie({c for a in allegations for c in a.cues})),
    )


def _trie(words) -> str:
    """A regular expression matching any of the words, factored by common prefixes: Python's
    engine then tries a handful of letters at each position instead of every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body
    return emit(tree)



def _expand(pattern: str, classes: dict[str, str], where: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1) not in classes:
            raise ConfigError(f"{where}: unknown class {{{m.group(1)}}} (defined: {', '.join(sorted(classes))})")
        return classes[m.group(1)]
    pattern = _GAP.sub(lambda m: r"(?:[\w'’£&.,-]+\s+){0,%s}?" % m.group(1), pattern)
    return _CLASS_REF.sub(one, pattern)
