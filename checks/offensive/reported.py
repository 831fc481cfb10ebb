"""Whose words they are: the vocabulary of reported speech (config/wordlists/reported_speech.toml)
compiled once per Config, with the grammar each kind is read in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import ConfigError

KINDS = ("speech", "care", "label", "mention", "speaker")


@dataclass(frozen=True)
class Speech:
    speech: re.Pattern   # a verb of speech, anywhere
    care: re.Pattern     # the care of a patient, anywhere
    label: re.Pattern    # a clinical label ending the text searched: just before a quotation
    mention: re.Pattern  # words about words, anywhere
    speaker: re.Pattern  # who speaks, matched from the sentence start up to the verb of speech


_GRAMMAR = {
    "speech": r"\b(?:{})\b",
    "care": r"\b(?:{})\b",
    "label": r"\b(?:{})\s*[:\-–]?\s*$",
    "mention": r"\b(?:{})\b",
    "speaker": r"\W*(?:{})\s+(?:\w+\s+)?$",
}


def build(config) -> Speech:
    """config.derive(build): the compiled vocabulary, or a ConfigError naming the bad entry."""
    words: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for entry in config.words("reported_speech"):
        where = f"reported_speech word list, entry {entry.term!r}"
        kind, listed = entry.get("kind"), entry.get("words")
        if kind not in KINDS:
            raise ConfigError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
        if not isinstance(listed, (list, tuple)) or not listed or not all(isinstance(w, str) and w for w in listed):
            raise ConfigError(f"{where}: `words` must be a list of non-empty strings")
        for word in listed:
            try:
                re.compile(word)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern {word!r} ({exc})") from exc
        words[kind].extend(listed)
    missing = [kind for kind in KINDS if not words[kind]]
    if missing:
        raise ConfigError(f"reported_speech word list: no words of kind {', '.join(missing)}")
    return Speech(**{kind: re.compile(_GRAMMAR[kind].format("|".join(words[kind])), re.I) for kind in KINDS})
