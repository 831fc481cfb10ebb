"""Defamatory statements: an accusation stated as fact about an identifiable person (default hold)."""

import re

from ..guidance import COLLEAGUES, EMAIL_RULES, REDISTRIBUTION, cite
from ..model import Action, Category, Explanation, Hit, Rule
from . import people

# Sentences end at . ! ? or a blank line; bullet lines count as sentences too.
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n\s*\n|\n(?=\s*[-*•])|$)", re.M)
MAX_GAP = 80  # characters between the person and the accusation


def _accusations(config):
    return tuple((e.term, e.get("kind", "accusation"), re.compile(e.get("pattern", re.escape(e.term)), re.I))
                 for e in config.words("accusations"))


def accusations(scan):
    patterns = scan.config.derive(_accusations)
    for part in scan.texts:
        text = part.text
        for sentence in SENTENCE.finditer(text):
            s = sentence.group(0)
            mentions = people.targets(s)
            if not mentions:
                continue
            for term, kind, pattern in patterns:
                acc = pattern.search(s)
                if acc is None:
                    continue
                before = [m for m in mentions if m.end() <= acc.start() and acc.start() - m.end() <= MAX_GAP]
                if not before:
                    continue
                who = before[-1]
                between = s[who.end(): acc.start()]
                if people.INTERVENING_SUBJECT.search(between) or people.NEGATION.search(between):
                    continue
                start, end = sentence.start() + who.start(), sentence.start() + acc.end()
                target = people.mask_target(who.group(0))
                shown = " ".join(s.replace(who.group(0), target).split())[:200]
                yield Hit(part, start, end, shown, f"{kind} ('{term}') alleged against {target}")
                break


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
