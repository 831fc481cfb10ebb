"""Whose words they are: the vocabulary of reported speech (config/wordlists/reported_speech.toml)
compiled once per Config, with the grammar each kind is read in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import word_pieces

KINDS = ("speech", "care", "label", "mention", "speaker")


@dataclass(frozen=True)
class Speech:
    speech: re.Pattern   # a verb of speech, anywhere
    care: re.Pattern     # the care of a patient, anywhere
    label: re.Pattern    # a clinical label ending the text searched: just before a quotation
    mention: re.Pattern  # words about words, anywhere
    speaker: re.Pattern  # who speaks, searched for just before the verb of speech


_GRAMMAR = {
    "speech": r"\b(?:{})\b",
    "care": r"\b(?:{})\b",
    "label": r"\b(?:{})\s*[:\-–]?\s*$",
    "mention": r"\b(?:{})\b",
    "speaker": r"\b(?:{})\s+(?:\w+\s+)?$",
}


def build(config) -> Speech:
    """config.derive(build): the compiled vocabulary, or a ConfigError naming the bad entry."""
    words = word_pieces(config, "reported_speech", KINDS)
    return Speech(**{kind: re.compile(_GRAMMAR[kind].format("|".join(words[kind])), re.I) for kind in KINDS})
