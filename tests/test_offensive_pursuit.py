"""Pursuit read from the whole letter (OFF004, 'contact pressed after a no'): the reader said no to
contact, in their own message quoted below or as the writer owns ('you blocked me', 'I know what you
wrote'), and the writer presses on ('I'm not giving up', 'I'll come by', 'you owe me'). Either signal
alone is ordinary mail: a friend's 'I'll come by later', an apology that accepts the no. The same
reading holds a letter that leans on someone who reported the writer: 'I know it was you who went to the
office' and 'tell them you were mistaken'."""

import pytest

from bedside.checks import Engine
from bedside.checks.offensive import RULES
from conftest import make_message

QUOTED_NO = ("\n\nOn 19 Feb 2026, at 22:40, Robin Hale <robin.hale@gmail.com> wrote:\n\n"
             "> Please don't contact me again, in any way. I've muted you everywhere.\n")


@pytest.fixture(scope="module")
def engine():
    return Engine(rules=RULES)


def pressed(engine, body: str, subject: str = "Re: please stop") -> list[str]:
    report = engine.check(make_message(body, subject=subject, to="Robin Hale <robin.hale@gmail.com>"))
    return [f.excerpt for f in report.findings if f.rule == "OFF004"]


@pytest.mark.parametrize("body", [
    # the reader's no quoted below, then pressing on
    "Robin I read it. I'm going to keep messaging until you reply properly." + QUOTED_NO,
    "I know you're upset but I finish at 4 on Fridays, so I'll come by the gate and we can talk." + QUOTED_NO,
    "robin that's not fair. you can't avoid me at the wall, the campus isn't that big" + QUOTED_NO,
    # the writer owns the no
    "You blocked me on everything, fine. I'll be outside the library on Thursday at 5 anyway.",
    "I know what you wrote to Sam. I'm not giving up on us, not after two years.",
    "You asked me not to email your work address, but honestly you owe me ten minutes.",
])
def test_contact_pressed_after_a_no_is_held(engine, body):
    assert pressed(engine, body), body


@pytest.mark.parametrize("body", [
    # the no accepted
    "Understood, and I'm sorry. I won't contact you again. Take care of yourself." + QUOTED_NO,
    "You blocked me, and that's your right. I'll leave you alone now.",
    # pressing words with no no in sight: ordinary plans between friends
    "I'll come by yours after placement, and if you're not in I'll wait in the car, no rush x",
    "Not giving up on this essay, I'll keep writing until midnight if I have to.",
    # the writer's own boundary, not the reader's
    "Please don't contact me again about the rota. I'll be at the library on Thursday if Dr Shah needs me.",
    # someone else blocked the writer
    "Mia blocked me over the quiz, lol. I'll come by yours later with the notes.",
])
def test_either_signal_alone_is_not(engine, body):
    assert not pressed(engine, body), body


def test_a_pursuit_pattern_already_pointed_at_is_not_pointed_at_twice(engine):
    body = "I know you said you needed space but you can't avoid me forever. I'm not giving up on us."
    report = engine.check(make_message(body, to="Robin Hale <robin.hale@gmail.com>"))
    pressed_hits = [f.location for f in report.findings if "contact pressed" in f.message]
    patterns = [f.location for f in report.findings if f.rule == "OFF004" and "contact pressed" not in f.message]
    assert pressed_hits and patterns  # "I'm not giving up" is only the new reading's; the rest the patterns'
    assert not any(a.start < b.end and b.start < a.end for a in pressed_hits for b in patterns)


# --- leaning on someone who reported the writer ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "I know it was you who went to the year lead about my attendance. Tell them you were confused "
    "about the dates and we'll say no more about it.",
    "Heard you went to the warden about the party. I'd think very carefully before you talk to anyone "
    "about me again.",
    "You complained about me to the society committee. Withdraw the complaint by Friday; I'm sure you'll "
    "make the right choice.",
])
def test_asking_someone_who_reported_you_to_take_it_back_is_held(engine, body):
    assert pressed(engine, body, subject="a word"), body


@pytest.mark.parametrize("body", [
    # reported, and accepted
    "I know you reported the photos to the anatomy office. You were right to, and I've deleted them. I'm sorry.",
    # asked to think again, with nobody reported
    "Think carefully before you pick your SSC: the cardiology one fills up fast.",
    "Could you tell the office you were mistaken about the room? We booked B12, not B21.",
])
def test_either_half_alone_is_not(engine, body):
    assert not pressed(engine, body, subject="a word"), body


@pytest.mark.parametrize("body, held", [
    ("I know you said you'd bring the slides. I'll come by and get them after clinic.", False),
    ("I know what you wrote about the audit, I'll come by to talk it through.", False),
    ("I know you said last night you're not interested, but I'll come and find you on your break.", True),
    ("I know you said you needed some space. I'll be outside your flat at 8 anyway.", True),
])
def test_what_the_reader_said_counts_only_when_it_was_a_no(engine, body, held):
    assert bool(pressed(engine, body)) is held, body
