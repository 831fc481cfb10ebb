"""DEF001's vocabulary, compiled and validated once per Config.

accusations.toml holds what counts as an allegation; defamation.toml who a sentence can point at
and what makes a sentence something other than an assertion of fact. Both are data: this module
only checks them and turns them into compiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..config import ConfigError

KINDS = frozenset({"title", "role", "person", "not_name", "place", "class", "hedge", "disclaimer", "source",
                   "channel", "channel_to", "rhetorical", "reporting", "opening_report", "subject", "negation",
                   "role_suffix", "not_person", "name_particle"})
ALLEGATION_KINDS = frozenset({"crime", "dishonesty", "misconduct", "abuse", "danger", "discrimination"})
_CLASS_REF = re.compile(r"\{([a-z][a-z ]*[a-z])\}")
_GAP = re.compile(r"\{~(\d)\}")


@dataclass(frozen=True)
class Allegation:
    term: str
    kind: str
    source: str            # the pattern with its classes expanded
    victim_passive: bool
    elided: bool           # its language leaves the subject out: the person named before is who acts
    cues: tuple[str, ...]  # word beginnings; every match holds a word starting with one

    @cached_property
    def pattern(self) -> re.Pattern:
        """Compiled on first use: compiling all of them took ~0.2 s of every `bedside check` start,
        and most messages cue only a few (often none). The syntax was checked at load (build).
        They only ever run on folded (lowercase) text, where a lowercase pattern matches the same
        with or without IGNORECASE (no folded character is a case variant of an ASCII letter), and
        without it re runs about three times faster; one with a capital letter keeps the flag."""
        return _compile_folded(self.source, f"accusations word list, entry {self.term!r}")


@dataclass(frozen=True)
class Frame:
    """One kind of framing (hedge, source, channel...): its entries as one alternation."""
    kind: str
    source: str

    @cached_property
    def pattern(self) -> re.Pattern:
        """Compiled on first use, like an allegation's: most mail never asks whether a sentence is
        hedged or sourced, since it alleges nothing (the entries' syntax was checked at load)."""
        return _compile_folded(self.source, f"defamation word list, {self.kind} patterns")


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
    particles: tuple[str, ...]      # lowercase words inside a surname ('van der')
    frames: dict                    # kind -> its Frame (hedge, source, channel...)
    cue_index: dict                 # first three letters -> ((cue, allegation index), ...)
    cue_pattern: re.Pattern         # any word beginning with a cue, whole (a trie, so one pass is cheap)
    subject: re.Pattern             # 'he', 'she' or 'the man' opening a clause: the person named before

    def frame(self, kind: str, text: str) -> re.Match | None:
        frame = self.frames.get(kind)
        return frame.pattern.search(text) if frame is not None else None

    def cued(self, word: str) -> set[int]:
        """The allegations a plain lowercase word is a cue for."""
        return {i for cue, i in self.cue_index.get(word[:3], ()) if word.startswith(cue)}


_ESCAPE = re.compile(r"\\.")
_UPPER = re.compile(r"[A-Z]")


def _compile(source: str, where: str, flags: int = re.I) -> re.Pattern:
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern ({exc})") from exc


def _check_syntax(source: str, where: str) -> None:
    """A ConfigError naming the entry when `source` is no regular expression. Only parsed, not
    compiled, where that finds every error: the parse costs a third of a compile (for the
    accusations alone, 20 ms against 55-75 ms of every `bedside check` start). The compile's one
    check of its own is a look-behind's fixed width, so a pattern with a look-behind is compiled."""
    try:
        if "(?<" in source:
            re.compile(source)
        else:
            _parse(source)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern ({exc})") from exc


try:  # re's own parser (CPython 3.11+): the syntax check without the code generation
    from re._parser import parse as _parse
except ImportError:  # pragma: no cover - another Python: the full compile checks the same
    _parse = re.compile


def _compile_folded(source: str, where: str) -> re.Pattern:
    """A pattern only ever run on folded (lowercase) text: without IGNORECASE when it is lowercase
    (see Allegation.pattern). A frame of thirty alternatives ran ten times faster so: with re.I,
    one over a To line of 40,000 addresses took over a second."""
    return _compile(source, where, re.I if _UPPER.search(_ESCAPE.sub("", source)) else 0)


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
            if not entry.shipped:  # ours are compiled by the tests (see Allegation.pattern)
                _check_syntax(source, where)
            classes[entry.term] = source
        elif listed:
            words.setdefault(kind, []).extend(listed)
        else:
            if not entry.shipped:
                _check_syntax(pattern, where)
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
        if not entry.shipped:  # a site's own: checked now; ours are compiled by the tests
            _check_syntax(_expand(pattern, _PLACEHOLDERS, where, classes), where)  # cheap, see Allegation
        for flag in ("victim_passive", "elided"):
            if not isinstance(entry.get(flag, False), bool):
                raise ConfigError(f"{where}: `{flag}` must be true or false")
        allegations.append(Allegation(entry.term, kind, _expand(pattern, classes, where),
                                      entry.get("victim_passive", False), entry.get("elided", False), tuple(cues)))
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
        particles=tuple(sorted({w.lower() for w in words.get("name_particle", ())}, key=len, reverse=True)),
        frames={kind: _frame(kind, found) for kind, found in frames.items()},
        cue_index={k: tuple(v) for k, v in cue_index.items()},
        cue_pattern=re.compile(_trie({c for a in allegations for c in a.cues}, r"(?<![a-z]{})") + "[a-z]*"),
        subject=_subject(words.get("person", ())),
    )


# Where a clause starts: the sentence's start, a comma or dash, or a joining or knowing word.
_CLAUSE_START = (r"(?:^|[,;:–—-]\s*|\b(?:and|but|so|because|then|also|now|still|literally|honestly|basically|"
                 r"apparently|even|knows?|knew|heard|swear|bet|reckon|remember|realised|realized|noticed|found out|"
                 r"turns out|turned out|guess what|truth is|fact is)\s+(?:that\s+)?)")


def _subject(described) -> re.Pattern:
    """A clause's subject that stands for someone named before: 'he', 'she', or (group 'described')
    a person described with 'the', 'this' or 'that' and nothing after to pick them out ('the man is
    a crook'). 'One' is left out: 'that one' points at a thing as often as at a person."""
    nouns = "|".join(re.escape(w.lower()) for w in sorted(set(described), key=len, reverse=True) if w.lower() != "one")
    return re.compile(_CLAUSE_START + rf"(?:he|she|(?P<described>(?:the|this|that)\s+(?:{nouns})\b(?!\s+(?:who|that|with|from|in|on|at)\b)))"
                      r"(?:['’](?:s|d|ll|ve))?\b", re.I)


def _frame(kind: str, patterns: list[str]) -> Frame:
    """A kind's entries as one Frame. Each entry's syntax was checked alone; together they can only
    clash by naming a group twice, so entries with a named group are compiled together now."""
    frame = Frame(kind, "|".join(f"(?:{p})" for p in patterns))
    if any("(?P<" in p for p in patterns):
        frame.pattern
    return frame


def _trie(words, after_first: str = "") -> str:
    """A regular expression matching any of the words, factored by common prefixes: Python's
    engine then tries a handful of letters at each position instead of every word.
    `after_first` (formatted with the first letter) follows each first letter: a word-start test
    there, not in front, leaves the pattern starting with a set of letters, which the engine
    skips to without trying the rest at every blank of a long letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node, root=False) -> str:
        ends = "" in node
        branches = [re.escape(ch) + (after_first.format(re.escape(ch)) if root else "") + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body
    return emit(tree, root=True)



class _Placeholders(dict):
    """Every class as one short group: a pattern's own syntax checks in microseconds. Each class was
    compiled on its own already and is wrapped in one (?:...) group, so only a class word with
    unbalanced brackets could still break the full pattern: that shows as a ConfigError when it is
    first compiled, and test_every_match_holds_one_of_its_cues compiles every shipped one."""

    def __missing__(self, name):
        return "(?:x)"


_PLACEHOLDERS = _Placeholders()


def _expand(pattern: str, classes: dict[str, str], where: str, known: dict[str, str] | None = None) -> str:
    known = classes if known is None else known

    def one(m: re.Match) -> str:
        if m.group(1) not in known:
            raise ConfigError(f"{where}: unknown class {{{m.group(1)}}} (defined: {', '.join(sorted(known))})")
        return classes[m.group(1)]
    pattern = _GAP.sub(lambda m: r"(?:[\w'’£&.,-]+\s+){0,%s}?" % m.group(1), pattern)
    return _CLASS_REF.sub(one, pattern)
