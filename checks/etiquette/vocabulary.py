"""The etiquette rules' vocabulary (config/wordlists/etiquette.toml), compiled once per Config.

Gate sets (the words a letter must hold before a pattern is run) are derived from the same
entries as the patterns, so a phrase added to the list can never be missed by a stale gate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import ConfigError
from ..text import AnchoredPattern, PatternList, TermMatcher

_WORD = re.compile(r"[a-z]+")
_WORD_START = re.compile(r"\w")
KINDS = ("greeting", "casual_greeting", "casual_word", "title", "text_speak", "acronym", "vague_subject",
         "attach_phrase", "label_word", "demanding")


@dataclass(frozen=True)
class Vocabulary:
    greeting: re.Pattern          # a letter's first line: (?P<word>greeting)(?P<rest>...)
    casual: re.Pattern            # a casual opening or a casual word in the greeting line
    titled_greeting: re.Pattern   # 'Dear Dr ...', 'Good morning Professor ...'
    title_salutation: re.Pattern  # 'Dr Ward,' alone on the first line
    text_speak: re.Pattern
    text_speak_words: frozenset[str]
    acronyms: frozenset[str]
    vague_subjects: frozenset[str]
    attach_phrases: TermMatcher
    label_before: re.Pattern      # a label word right before a single letter ('vitamin K', 'Mr X')
    demanding: PatternList


def _alternation(terms) -> str:
    terms = sorted({" ".join(t.split()) for t in terms}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, t.split())) for t in terms) or "(?!x)x"


def build(config) -> Vocabulary:
    by_kind: dict[str, list] = {kind: [] for kind in KINDS}
    for entry in config.words("etiquette"):
        kind = entry.get("kind")
        if kind not in by_kind:
            raise ConfigError(f"word list etiquette: '{entry.term}' has kind {kind!r}; expected one of {', '.join(KINDS)}")
        by_kind[kind].append(entry)
    terms = {kind: [e.term.lower() if kind != "acronym" else e.term for e in entries]
             for kind, entries in by_kind.items()}
    greetings = _alternation(terms["greeting"] + terms["casual_greeting"])
    titles = _alternation(terms["title"])
    # The punctuation before a greeting or title is taken possessively (\W*+) when every term starts
    # with a letter: giving some back cannot help then, and a first line of a million dots was
    # backtracked through once per pattern (0.3 s).
    lead = r"\W*+" if all(_WORD_START.match(t) for t in terms["greeting"] + terms["casual_greeting"]
                         + terms["title"]) else r"\W*"
    demanding = []
    for entry in by_kind["demanding"]:
        try:
            pattern = re.compile(entry.get("pattern") or re.escape(entry.term))
        except re.error as exc:
            raise ConfigError(f"word list etiquette: '{entry.term}' has a bad pattern ({exc})") from exc
        anchors = tuple(entry.get("anchors", ())) or tuple(_WORD.findall(entry.term))
        demanding.append((entry.term, AnchoredPattern(pattern, anchors, reach=120)))
    return Vocabulary(
        greeting=re.compile(rf"^{lead}(?P<word>{greetings})\b(?P<rest>[^\n]*)", re.I),
        casual=re.compile(rf"^(?:{_alternation(terms['casual_greeting'])})\b|\b(?:{_alternation(terms['casual_word'])})\b",
                          re.I),
        titled_greeting=re.compile(rf"^{lead}(?:{greetings}|good\s+\w+)\s+(?:{titles})\b", re.I),
        title_salutation=re.compile(rf"^{lead}(?:{titles})\.?\s+[A-Z][\w'’\-]+[ \t]*[,:]?[ \t]*$", re.I),
        text_speak=re.compile(rf"(?<![\w'])(?:{_alternation(terms['text_speak'])})(?![\w'])", re.I),
        text_speak_words=frozenset(w for t in terms["text_speak"] for w in _WORD.findall(t)),
        acronyms=frozenset(terms["acronym"]),
        vague_subjects=frozenset(terms["vague_subject"]),
        attach_phrases=TermMatcher(terms["attach_phrase"]),
        label_before=re.compile(rf"\b(?:{_alternation(terms['label_word'])})\.?[\s,/-]*$", re.I),
        demanding=PatternList(demanding),
    )


def vocabulary(scan) -> Vocabulary:
    return scan.config.derive(build)
