"""Defamatory statements: an accusation stated as fact about an identifiable person (default hold)."""

import re

from ..guidance import COLLEAGUES, EMAIL_RULES, REDISTRIBUTION, cite
from ..model import Action, Category, Explanation, Hit, Rule
from ..text import AnchoredPattern, PatternList, sentence_around
from . import people

MAX_GAP = 80  # characters between the person and the accusation


def _accusations(config):
    return PatternList((e.term, e.get("kind", "accusation"),
                        AnchoredPattern(re.compile(e.get("pattern", re.escape(e.term))), e.get("anchors", ()),
                                        reach=int(e.get("reach", 120)), reach_before=e.get("reach_before")))
                       for e in config.words("accusations"))


def accusations(scan):
    patterns = scan.config.derive(_accusations)
    for part in scan.texts:
        text, folded, words = part.text, scan.folded(part), scan.words(part)
        done: set[int] = set()  # one finding per sentence
        # Accusations are rare, people are everywhere: look for the accusation first, and only
        # run a pattern when one of its anchor words is present.
        for term, kind, pattern in patterns.present(words):
            for acc in pattern.finditer(folded, words):
                s_start, s_end = sentence_around(text, acc.start(), acc.end())
                if s_start in done:
                    continue
                hit = _accused(part, text, s_start, s_end, acc, term, kind)
                if hit is not None:
                    done.add(s_start)
                    yield hit


def _accused(part, text, s_start, s_end, acc, term, kind):
    sentence = text[s_start:s_end]
    acc_start = acc.start() - s_start
    before = [m for m in people.targets(sentence[:acc_start]) if acc_start - m.end() <= MAX_GAP]
    if not before:
        return None
    who = before[-1]
    between = sentence[who.end(): acc_start]
    if people.INTERVENING_SUBJECT.search(between) or people.NEGATION.search(between):
        return None
    target = people.mask_target(who.group(0))
    shown = " ".join(sentence.replace(who.group(0), target).split())[:200]
    return Hit(part, s_start + who.start(), acc.end(), shown, f"{kind} ('{term}') alleged against {target}")


RULES = (
    Rule(
        code="DEF001", name="accusation-against-person", category=Category.DEFAMATORY, action=Action.HOLD,
        message="Accusation stated as fact about an identifiable person",
        explanation=Explanation(
            what="A sentence that names someone (a name, a title and surname, or a role that points to one "
                 "person such as 'the registrar on ward 5' or 'my clinical supervisor') and states that they "
                 "committed a crime, were dishonest, are a danger to patients, misbehaved or discriminate. "
                 "Hedges such as 'apparently' or 'I heard' do not make it safe.",
            why="A false statement of fact that lowers someone in others' eyes is defamation, and email is "
                "publication. " + cite(EMAIL_RULES, COLLEAGUES, REDISTRIBUTION),
            how="Do not repeat accusations by email. If you have a real concern about a colleague's conduct "
                "or patient safety, raise it through the School's raising-concerns procedure or with your "
                "tutor, who can act on it in confidence."),
        check=accusations,
    ),
)
