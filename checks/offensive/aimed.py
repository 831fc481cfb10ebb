"""Language aimed at a person: threats (open, veiled, 'kys'), insults and bullying, sexual harassment.

Patterns are data (config/wordlists/abuse.toml) matched on folded text, so disguised spellings
are read too; each is tried only when one of its anchor words is present.
"""

from __future__ import annotations

import re

from ..config import ConfigError
from ..model import Hit
from ..normalise import deleet_text, words_of
from ..text import AnchoredPattern, PatternList, char_positions


LEET_CHARS = "0134578@$!|"
LEETISH = re.compile(r"[0134578@$!|][a-z]")


def _patterns(config):
    sources = config.derive(sources_of)
    return PatternList((e.term, e.get("kind", "insult"), _not_after(e),
                        AnchoredPattern(_OnFirstUse(e, sources[i]) if e.shipped else _compiled(e, sources[i]),
                                        e.get("anchors", ()), reach=int(e.get("reach", 100)),
                                        reach_before=e.get("reach_before"), needs=e.get("needs", ())))
                       for i, e in enumerate(config.words("abuse")) if e.get("kind", "insult") not in NOT_RULES)


class _OnFirstUse:
    """A shipped entry's pattern, compiled the first time a letter holds one of its anchors:
    compiling all ninety took 0.12 s of every start, and a run over ordinary mail wakes about half
    of them. A site's own entries are compiled when the config loads, so a mistake is reported then."""

    __slots__ = ("entry", "source", "_pattern")

    def __init__(self, entry, source: str):
        self.entry, self.source, self._pattern = entry, source, None

    def finditer(self, *args):
        if self._pattern is None:
            self._pattern = _compiled(self.entry, self.source)
        return self._pattern.finditer(*args)


def _compiled(entry, source: str, flags: int = 0) -> re.Pattern:
    try:
        return re.compile(source, flags)
    except (re.error, TypeError) as exc:
        raise ConfigError(f"abuse word list, entry {entry.term!r}: bad pattern ({exc})") from exc


_CLASS_REF = re.compile(r"\{([a-z][a-z ]*[a-z])\}")


def sources_of(config) -> tuple[str, ...]:
    """config.derive(sources_of): each abuse entry's pattern with its classes written out, in entry
    order. A class (kind 'class') is a named piece of pattern that several entries share ('{groups
    of people}'); a reference to an unknown one is a ConfigError naming the entry."""
    entries = config.words("abuse")
    classes = {}
    for e in entries:
        if e.get("kind") == "class":
            if not isinstance(e.get("pattern"), str) or not e.get("pattern"):
                raise ConfigError(f"abuse word list, entry {e.term!r}: a class needs a `pattern`")
            classes[e.term] = "(?:" + e.get("pattern") + ")"

    def expand(entry) -> str:
        source = entry.get("pattern", re.escape(entry.term))
        if not isinstance(source, str):
            return source  # not a string: _compiled reports it
        def one(m: re.Match) -> str:
            if m.group(1) not in classes:
                raise ConfigError(f"abuse word list, entry {entry.term!r}: unknown class {{{m.group(1)}}} "
                                  f"(defined: {', '.join(sorted(classes)) or 'none'})")
            return classes[m.group(1)]
        return _CLASS_REF.sub(one, source)
    return tuple(expand(e) for e in entries)


def _not_after(entry) -> tuple[str, ...]:
    """'not_after': words after which a match reports a view instead of holding it ('the myth that
    ...'), each as the text just before a match ends (with its space)."""
    listed = entry.get("not_after", ())
    if not isinstance(listed, (list, tuple)) or not all(isinstance(w, str) and w.strip() for w in listed):
        raise ConfigError(f"abuse word list, entry {entry.term!r}: `not_after` must be a list of words")
    phrases = tuple(" ".join(words.lower().split()) + " " for words in listed)
    if any(len(p) > _LONGEST_NOT_AFTER for p in phrases):
        raise ConfigError(f"abuse word list, entry {entry.term!r}: `not_after` phrases are at most "
                          f"{_LONGEST_NOT_AFTER - 1} characters")
    return phrases


# Entries that are not findings but context for the model's sentences (see __init__.py), and
# the named pieces other entries share.
CONTEXT_KINDS = ("target", "mention", "pests", "person", "affection", "idiom",
                 "no_contact", "no_contact_known", "pressed", "reported_me", "retract")  # the last five: letter readings
NOT_RULES = (*CONTEXT_KINDS, "class")
AIMS_AT = ("group", "reader")  # the targets gathered again by whom they aim at


def context_patterns(config) -> dict[str, tuple[re.Pattern, ...]]:
    """kind -> the compiled patterns of the context entries (CONTEXT_KINDS), tried on one sentence;
    'group' and 'reader' are the targets that name a group of people or the reader (aims_at)."""
    out: dict[str, list[re.Pattern]] = {kind: [] for kind in (*CONTEXT_KINDS, *AIMS_AT)}
    for e, source in zip(config.words("abuse"), config.derive(sources_of)):
        if e.get("kind") in CONTEXT_KINDS:
            # Tried on the sentence as written, case ignored, so that an entry can ask for a case
            # with (?-i:...): 'Ms' and 'ms' are titles, 'MS' is Microsoft or multiple sclerosis.
            out[e.get("kind")].append(_compiled(e, source, re.IGNORECASE))
            if e.get("kind") == "target" and e.get("aims_at") is not None:
                if e.get("aims_at") not in AIMS_AT:
                    raise ConfigError(f"abuse word list, entry {e.term!r}: `aims_at` is one of {', '.join(AIMS_AT)}")
                out[e.get("aims_at")].append(out["target"][-1])
    return {kind: tuple(found) for kind, found in out.items()}


def _matches(scan):
    out = []
    patterns = scan.config.derive(_patterns)
    for part in scan.texts:
        # Read with leetspeak undone too ('k1ll' is 'kill'; the translation keeps every offset), but
        # only when the part has any letter-symbol mix at all.
        folded, words = scan.folded(part), scan.words(part)
        if _leetish(folded):
            folded = deleet_text(folded)
            words = words_of(folded)
        for term, kind, not_after, pattern in patterns.present(words):
            for m in pattern.finditer(folded, words):
                if not_after and folded[max(0, m.start() - _LONGEST_NOT_AFTER): m.start()].endswith(not_after):
                    continue  # 'people think ...': a view reported (one test here, not a look-behind
                    # per phrase at every word of the windows the pattern is tried in)
                out.append((part, kind, term, m.start(), m.end()))
    return out


_LONGEST_NOT_AFTER = 40  # characters, the space after included: checked at load


def _leetish(folded: str) -> bool:
    """Whether a digit or symbol stands right before a letter, as in 'k1ll' or 'st@b'."""
    positions = char_positions(folded, LEET_CHARS)
    if positions is None:  # a table of numbers: scan it
        return LEETISH.search(folded) is not None
    return any("a" <= folded[i + 1: i + 2] <= "z" for i in positions)


def aimed(scan, kind: str):
    for part, k, term, start, end in scan.shared(_matches):
        if k == kind:
            phrase = " ".join(part.text[start:end].split())
            yield Hit(part, start, end, detail=f"{term}: '{phrase[:60]}'", masked=phrase)
