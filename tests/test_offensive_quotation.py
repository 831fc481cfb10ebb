"""Words inside someone else's quotation are theirs, however the quotation is laid out: over
several sentences, over the hard-wrapped lines of a plain-text client, with the speaker named
after it, or a single word quoted in a language the speech verbs are not written in. The
writer's own words in quotation marks stay the writer's.

Each case is a whole message through the engine; the sentences are written for this file.
"""

from __future__ import annotations

import pytest

from conftest import make_message

HOLD_RULES = {"OFF001", "OFF002", "OFF004", "OFF005", "OFF006", "OFF007"}


def held_offensive(engine, body: str, to: str = "friend@gmail.com") -> set[str]:
    report = engine.check(make_message(body, subject="this week", to=to))
    return {f.rule for f in report.findings if f.rule in HOLD_RULES and str(f.action) == "hold"}


SOMEONE_ELSES = [
    # a quotation of several sentences, the speaker before it
    'Scenario one for Wednesday. A drunk man in ED, told to wait for his scan, says to the F1: "I know '
    'where you park. I\'ll be waiting when your shift ends, you little bitch." We will practise what to say.',
    # the same quotation hard-wrapped at 72 columns, as a plain-text client sends it
    "Scenario one for Wednesday. A drunk man in ED, told to wait for his scan,\nsays to the F1: \"I know "
    "where you park. I'll be waiting when your shift\nends, you little bitch.\" We will practise what to say.",
    # the speaker named after the quotation
    'Mum, I am fine. "Go back to where you came from, you dirty paki," a man shouted at the bus stop, '
    "and the driver called the police.",
    # one word quoted, the verb of speech in another language (Tagalog: 'he called me')
    'Ma, okay lang ako. Tinawag niya akong "chink" sa harap ng lahat, pero ni-report ko na.',
    # quotations listed under a line that introduces them as someone's messages
    "I'd like to report unwanted contact. Since I told him to stop, he has sent more than thirty messages, including:\n\n"
    '- "I know which bus you get on Tuesdays"\n- "You can\'t ignore me forever"\n\nI have screenshots of all of them.',
    # quotations listed under 'word for word from the feedback forms:', the speech verb a sentence before
    "When we asked last year's pupils what had put them off medicine, they quoted what adults had said to them. "
    'A selection, word for word from the feedback forms:\n\n- "People like you don\'t really become doctors."\n'
    '- "If you get in, it\'ll only be to tick a box."\n\nEvery one of them stuck.',
    # his messages copied into the writer's own sentence
    "Last week he replied by text. I am copying his messages exactly, because the wording matters: "
    '"Your lot live like animals, no wonder nothing works." Could you advise us?',
    # the verb after the quotation is passive
    '"You little slut" had been written on her locker, and I have reported it to the ward manager.',
    # a sentence about words, then the words quoted as examples
    "Online forums have their own slang for women. Women are 'foids', and older women are 'roasties'. "
    "My essay argues this vocabulary dehumanises patients too.",
    # quotations listed under a line that introduces them as myths to take apart
    "A few myths we'll tackle at lunch, because some of us hear them on placement:\n\n"
    '- "Bisexual people are greedy" or "want it both ways".\n- "Bisexual men are a risk group."\n\n'
    "None of these hold up.",
]

WRITERS_OWN = [
    'Things I still want to say to him:\n\n- "You can\'t ignore me forever"\n- "I know which bus you get"',
    'He\'s such a "retard" honestly lol',                      # scare quotes round what the writer calls him
    'I said "fuck off" to him and walked out.',                # what the writer said
    "I don't like him. He's such a \"faggot\" lol",            # 'like' before is not a sentence about words
    'Tell Sam from me: "you are a useless cunt and everyone knows it."',
]


@pytest.mark.parametrize("body", SOMEONE_ELSES, ids=lambda b: b[:40])
def test_someone_elses_quotation_is_not_held(engine, body):
    assert held_offensive(engine, body) == set()


@pytest.mark.parametrize("body", WRITERS_OWN, ids=lambda b: b[:40])
def test_the_writers_own_quoted_words_are_held(engine, body):
    assert held_offensive(engine, body), body


def test_a_quotation_stops_at_a_blank_line(engine):
    # An unclosed quotation mark in one paragraph does not make the next paragraph someone else's words.
    body = 'He kept saying "you\'ll regret this\n\nYou are a fucking disgrace, Tom, and everyone knows it.'
    assert held_offensive(engine, body)
