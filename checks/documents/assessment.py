"""Unreleased assessment material passed on: a leaked exam paper, summative OSCE stations, a mark scheme.

Three things together, so that talk about exams stays clean: the sender hands something over
('here's', 'attaching', 'I got hold of'), what is handed over is assessment material (the words
right after, not 'the revision guide for the exam'), and something says it is not theirs to
share ('leaked', 'don't tell anyone I sent', 'summative stations') in the same sentence or
the next. 'Did you hear the paper was leaked?' hands nothing over.
"""

import re

from ..model import Hit
from ..text import AnchoredPattern, sentence_around

HANDED_OVER = re.compile(
    r"\b(?:here'?s|here\s+(?:is|are)|attach(?:ed|ing)?|i'?ve\s+attached|enclos(?:ed|ing)|sending(?:\s+you)?|"
    r"sent\s+you|forward(?:ed|ing)?|i'?ve\s+got|i\s+(?:have|got)\s+(?:hold\s+of|a\s+copy\s+of)|got\s+hold\s+of|"
    r"want\s+(?:a\s+copy\s+of|me\s+to\s+(?:send|forward))|sharing)\s+(?:you\s+)?"
    # the object: a few words, none that turn it into something else ('the guide for the exam')
    r"(?:(?!(?:for|about|on|before|after|to|of|from|in)\b)[\w'’]+\s+){0,5}?"
    r"(?:exam\s+papers?|papers?|exam\s+questions|questions|exam|osce\s+stations?|stations|mark(?:ing)?\s*schemes?|"
    r"answers|answer\s+key|mcqs|sbas)\b")
NOT_THEIRS = re.compile(
    r"\b(?:leaked|unreleased|not\s+(?:yet\s+)?(?:been\s+)?released|(?:not|never)\s+supposed\s+to\s+(?:have|see|share)|"
    r"(?:don'?t|do\s+not)\s+tell\s+(?:anyone|anybody|the\s+school|staff)\s+(?:i|where|who|how|we)|"
    r"(?:don'?t|do\s+not)\s+(?:share|forward|pass\s+on)\s+(?:it|them|this|these)|"
    r"keep\s+(?:it|this|them)\s+(?:quiet|secret|between\s+us)|"
    r"summative\s+(?:\w+\s+){0,2}?(?:stations?|mark(?:ing)?\s*schemes?|questions|papers?)|"
    r"(?:exam|assessment)\s+(?:team|office|board)\s+(?:leaked|gave|sent))\b")


# Markers are rare and handing over is common ('here', 'got'): find a marker first.
_NOT_THEIRS = AnchoredPattern(NOT_THEIRS, {"leaked", "unreleased", "released", "supposed", "tell", "share", "forward",
                                           "pass", "keep", "summative", "team", "office", "board"},
                              reach=60, reach_before=45)
_MATERIAL = frozenset({"exam", "exams", "paper", "papers", "questions", "stations", "station", "scheme", "schemes",
                       "markscheme", "answers", "mcqs", "sbas"})


def assessment_material(scan):
    for part in (scan.subject, scan.body):
        folded, words = scan.folded(part), scan.words(part)
        if _MATERIAL.isdisjoint(words):
            continue
        for marker in _NOT_THEIRS.finditer(folded, words):
            # handed over in the marker's sentence or the one before ('Here's the paper - my friend leaked it')
            s_start, s_end = sentence_around(folded, marker.start(), marker.end())
            p_start = sentence_around(folded, max(0, s_start - 2), max(0, s_start - 1))[0] if s_start > 1 else s_start
            m = HANDED_OVER.search(folded, p_start, s_end)
            if m:
                handed = " ".join(part.text[m.start():m.end()].split())[:50]
                marked = " ".join(part.text[marker.start():marker.end()].split())[:30]
                yield Hit(part, m.start(), m.end(), masked=part.text[m.start():m.end()],
                          detail=f"'{handed}', and '{marked}' says it is not yours to share")
                return
