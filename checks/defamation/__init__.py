"""Defamatory statements (DEF001): an allegation of wrongdoing, asserted as fact, about a person a
reader could identify. Default hold.

Structure, not a word list. Each sentence of the writer's own text is read for
  (b) an allegation: an act from an open class (crime, dishonesty, misconduct, abuse, danger,
      discrimination) written as verb and object patterns over semantic classes (accusations.toml);
  (a) who did it: an identifiable person before it in the same clause and acting in it (people.py),
      or 'he'/'she' standing for the person the previous sentences named;
  (c) how it is said: not a question (unless rhetorical), not hedged as opinion or doubt, not a
      report to a proper channel, not a sourced public fact, not disowned, not denied.
The vocabulary of (a) and (c) is data (defamation.toml); this module holds the grammar.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from ..etiquette import sentiment
from ..guidance import COLLEAGUES, EMAIL_RULES, REDISTRIBUTION, cite
from ..model import Action, Category, Explanation, Hit, Rule
from . import lexicon as lexicon_module
from . import people
from .prose import own_text, sentences

MAX_GAP = 160  # characters between the person and the allegation
CARRY = 3      # sentences a 'he'/'she' can reach back for the person it stands for
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:–—-]\s*|\b(?:and|but|so|because|then|also|now|still|literally|"
                              r"honestly|basically|apparently|even)\s+)(?:he|she)(?:['’](?:s|d|ll|ve))?\b", re.I)
_BE_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.I)
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b|(?:hit|hurt|beat|bit|struck|shook|spat|thrown|touched)\b")
_PATIENT_REFERENT = re.compile(r"\b(?:the|a|this|that|one)\s+(?:patient|man|woman|lady|gentleman|guy|boy|girl|"
                               r"child|baby|relative|stranger)\b", re.I)


def _build(config):
    lex = lexicon_module.build(config)
    return lex, people.grammar(lex, config.terms("first_names"))


@lru_cache(maxsize=1)
def _vocabulary():
    """textblob's Pattern lexicon (word -> part of speech), loaded on first use without NLTK."""
    sentiment.lexicon()  # imports textblob.en the cheap way
    return sys.modules["textblob.en"].lexicon


def common_word(word: str) -> bool:
    """Whether a capitalised word is an ordinary English word ('Peak Motion' is a business, 'Tom
    Bexley' a person): the lexicon knows it as something other than a proper noun."""
    return (_vocabulary().get(word.lower()) or "NNP") != "NNP"


def accusations(scan):
    lex, grammar = scan.config.derive(_build)
    recipients = [f"{a.name} {a.addr}" for a in (*scan.message.to, *scan.message.cc)] + list(scan.recipients)
    to_channel = any(lex.frame("channel_to", r.lower()) for r in recipients)
    if to_channel:
        return
    internal_only = bool(scan.recipients) and not scan.external_recipients
    for part in scan.texts:
        folded_all = scan.folded(part)
        if not any(a.pattern.search(folded_all) for a in lex.allegations):
            continue  # most mail: nothing that reads as an allegation at all
        own = own_text(part.text) if part.name == "body" else part.text
        spans = list(sentences(own))
        if internal_only and any(lex.frame("channel", folded_all[s:e]) for s, e in spans):
            continue  # a concern raised inside the organisation, through its process
        yield from _part(scan, part, lex, grammar, spans, folded_all)


def _part(scan, part, lex, grammar, spans, folded_all):
    text = part.text
    last: tuple[int, people.Target, int] | None = None  # (sentence index, target, sentence start)
    previous_disowned = False
    for index, (s, e) in enumerate(spans):
        sentence, folded = text[s:e], folded_all[s:e]
        found = people.targets(grammar, sentence, common_word)
        disowned = lex.frame("disclaimer", folded) is not None
        hit = None
        if not (previous_disowned or disowned) and _asserted(lex, folded):
            hit = _allegation(lex, grammar, part, s, sentence, folded, found, last, index)
        if hit is not None:
            yield hit
        usable = [t for t in found if not t.possessive]
        if usable:
            last = (index, usable[-1], s)
        elif _PATIENT_REFERENT.search(sentence):
            last = None  # 'the patient ... she': the pronoun is somebody else now
        previous_disowned = disowned


def _asserted(lex, folded: str) -> bool:
    """Asserted as fact: not a question, opinion, doubt, report to the proper channel or sourced fact."""
    stripped = folded.rstrip(" \t\n\"'”’)")
    if stripped.endswith("?") and not lex.frame("rhetorical", folded):
        return False
    return not any(lex.frame(kind, folded) for kind in ("hedge", "source", "channel"))


def _allegation(lex, grammar, part, s, sentence, folded, found, last, index):
    for allegation in lex.allegations:
        for m in _matches(allegation.pattern, folded):
            if (allegation.victim_passive and _PARTICIPLE.match(m.group(0))
                    and _BE_PASSIVE.search(folded[max(0, m.start() - 30):m.start()])):
                continue  # 'the nurse was assaulted': the person is the victim
            who = _subject(lex, sentence, folded, found, m.start())
            if who is None:
                who = _pronoun(lex, sentence, folded, found, m.start(), last, index)
            if who is None:
                continue
            target, where = who
            shown = sentence
            for t in sorted((t for t in found), key=lambda t: -t.start):
                shown = shown[:t.start] + people.mask(grammar, t) + shown[t.end:]
            masked = people.mask(grammar, target)
            excerpt = " ".join(shown.split())[:200]
            return Hit(part, s + where[0], s + where[1] if where[1] > where[0] else s + m.end(), excerpt,
                       f"{allegation.kind} ({allegation.term}: '{_words(folded[m.start():m.end()])}') "
                       f"alleged against {masked}")
    return None


def _matches(pattern, folded: str, most: int = 8):
    """Every match, overlapping ones too: 'driving instructor, Barry Lomax, drives us around drunk'
    first matches from inside the role; the allegation proper starts later."""
    pos = 0
    for _ in range(most):
        m = pattern.search(folded, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _words(text: str) -> str:
    return " ".join(text.split())[:60]


def _subject(lex, sentence, folded, found, cue):
    """The nearest person before the allegation who is the one acting in it."""
    before = [t for t in found if t.end <= cue and cue - t.end <= MAX_GAP]
    for t in reversed(before):
        if t.possessive or people.preceded_by_preposition(sentence, t):
            continue
        between = folded[t.end:cue]
        if lex.frame("reporting", between) or lex.frame("negation", between):
            return None
        return t, (t.start, cue)
    return None


def _pronoun(lex, sentence, folded, found, cue, last, index):
    """'He is drunk on shift every Friday': he is the person the last sentences named."""
    if last is None or index - last[0] > CARRY:
        return None
    if any(t.end <= cue for t in found):
        return None  # a person is named in this sentence before the allegation: they are the subject
    pronoun = None
    for m in _PRONOUN_SUBJECT.finditer(folded, 0, cue):
        pronoun = m
    if pronoun is None:
        return None
    between = folded[pronoun.end():cue]
    if len(between) > MAX_GAP or lex.frame("reporting", between) or lex.frame("negation", between):
        return None
    return last[1], (pronoun.start(), cue)


RULES = (
    Rule(
        code="DEF001", name="accusation-against-person", category=Category.DEFAMATORY, action=Action.HOLD,
        message="Accusation stated as fact about an identifiable person",
        explanation=Explanation(
            what="A sentence that points at someone a reader could identify (a name, a title and surname, a "
                 "classmate's first name, or a role or description that fits one person, such as 'the "
                 "registrar on ward 5' or 'the woman who runs the nursery') and states as fact that they "
                 "committed a crime, were dishonest, misbehaved, abused someone, endangered patients or "
                 "discriminate. Repeating gossip ('apparently', 'I heard', 'everyone knows') still publishes it; "
                 "a question, an opinion marked as yours, a concern sent to the proper channel, or a fact "
                 "with its public source is not flagged.",
            why="A false statement of fact that lowers someone in others' eyes is defamation, and email is "
                "publication. " + cite(EMAIL_RULES, COLLEAGUES, REDISTRIBUTION),
            how="Do not repeat accusations by email. If you have a real concern about a colleague's conduct "
                "or patient safety, raise it through the School's raising-concerns procedure, a Freedom to "
                "Speak Up Guardian or your tutor, who can act on it in confidence."),
        check=accusations,
    ),
)
