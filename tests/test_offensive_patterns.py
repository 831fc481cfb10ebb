"""The abuse patterns (config/wordlists/abuse.toml) by kind: each kind of threat, harassment and
hate is held by its rule in several wordings, and the look-alikes (idioms, banter, reports of abuse,
teaching, clinical writing, complaints) are not held by any pattern rule.

Sentences are written for this file, not copied from any corpus; each runs through the whole
engine as a real message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_message

PATTERN_RULES = {"OFF002", "OFF004", "OFF005", "OFF006"}

HELD = [
    # threats that name no violent act, or are aimed at whoever did something
    ("OFF004", "Keep grassing on me to the tutors and you'll find out what happens."),
    ("OFF004", "Tell him that if he ever reports me again he'll find out what happens to people who cross me."),
    ("OFF004", "Stop telling people about us. You saw what happened to the last one."),
    ("OFF004", "whoever nicked my notes from the library is going to regret it"),
    ("OFF004", "I'll find out who wrote that post, and when I do you'll wish you hadn't."),
    ("OFF004", "Don't make me come round to your house again, Priya."),
    ("OFF004", "You have no idea what I'm capable of."),
    ("OFF004", "He'll get what's coming to him, trust me."),
    ("OFF004", "Say that again and you'll end up in resus yourself."),
    ("OFF004", "He won't be laughing when I'm done with him."),
    ("OFF004", "I'm going to sort him out behind the bike sheds after the OSCE."),
    ("OFF004", "Honestly I'll ruin her career if she signs me off as unsatisfactory."),
    ("OFF004", "im gonna go round there tonight and put a brick through his windscreen"),
    ("OFF004", "If she takes my locker again I'm literally going to smash her phone."),
    # wishes of harm
    ("OFF004", "I really hope the new registrar gets hit by a bus on his way in."),
    ("OFF004", "hopefully she chokes on her smoothie"),
    ("OFF004", "Genuinely hope whoever marked this gets cancer."),
    ("OFF004", "Someone needs to push him down the stairs, seriously."),
    ("OFF004", "The world would be a better place without her."),
    # pursuit of someone who wants no contact
    ("OFF004", "You can't avoid me forever, Hannah."),
    ("OFF004", "Blocking me won't change anything, I'll just message you on here instead."),
    ("OFF004", "I know your rota now so I'll see you on Wednesday whether you want to or not."),
    ("OFF004", "I'll keep turning up at your flat until you talk to me."),
    ("OFF004", "I followed you home after the ball to make sure you got in."),
    ("OFF004", "I'll keep texting until you reply, you owe me that."),
    # unwanted sexual remarks and propositions
    ("OFF006", "I can't stop thinking about your legs in those running shorts."),
    ("OFF006", "Bet you're wild in bed, you have that look."),
    ("OFF006", "you'd look even better without those scrubs tbh"),
    ("OFF006", "Send me a photo of you in your bikini from the holiday ;)"),
    ("OFF006", "I'll sign off your logbook if you come back to my flat after the shift."),
    ("OFF006", "Stop playing hard to get, we both know you're into me."),
    ("OFF006", "You know you want it, stop being frigid."),
    # dehumanising language about a group
    ("OFF002", "Asylum seekers are nothing but parasites."),
    ("OFF002", "There's a plague of migrants in every town now."),
    ("OFF002", "They breed like rabbits and we pay for it, the immigrants on our estate."),
    ("OFF002", "They're cockroaches, the lot of them, coming over on those dinghies every week."),
    ("OFF002", "Just sink the boats and be done with it."),
    # coded and conspiracy tropes
    ("OFF002", "It's no secret that Jewish bankers control the government."),
    ("OFF002", "Globalists run the media, wake up."),
    ("OFF002", "The great replacement is happening in every city."),
    ("OFF002", "Muslims are slowly taking over the country."),
    # prejudice stated politely
    ("OFF002", "Honestly, female surgeons are just not cut out for the long lists."),
    ("OFF002", "I find that Nigerian patients always exaggerate their pain."),
    ("OFF002", "She only got the post because of her skin colour."),
    ("OFF002", "With respect, it's in their culture to lie about symptoms."),
    ("OFF002", "I'm not racist, but Polish people never learn the language."),
    ("OFF002", "He's obviously a diversity hire."),
    # banter that turns nasty, and wounding remarks
    ("OFF005", "You useless muppet, you cost us the whole project."),
    ("OFF005", "No wonder nobody wants to be in a PBL group with you."),
    ("OFF005", "Do us all a favour and drop out before finals."),
    ("OFF005", "Your parents must be so embarrassed."),
    ("OFF005", "Everyone on the firm thinks you're a joke, just so you know."),
    ("OFF005", "Nobody would even notice if you dropped out."),
    # threats to expose
    ("OFF004", "I'll send those screenshots to the whole year unless you apologise."),
    ("OFF004", "I'm going to post your nudes if you don't answer me."),
    ("OFF004", "Keep ignoring me and I'll tell your parents you're gay."),
    # grievance first, threat after
    ("OFF004", "After what he said about my girlfriend I'm going to break his nose."),
    # victim-blaming, bragging and more remarks
    ("OFF006", "Honestly she was asking for it in that outfit."),
    ("OFF006", "wouldn't kick her out of bed tbh"),
    ("OFF006", "Those scrubs do wonders for your bum."),
    # backhanded and 'polite' prejudice
    ("OFF002", "She's really pretty for an Indian girl."),
    ("OFF002", "You speak very good English for someone who just moved here."),
    ("OFF002", "Being gay is a choice, whatever the lecturer says."),
    ("OFF002", "Refugees are a burden on the NHS."),
    ("OFF002", "There are too many foreign doctors in the NHS already."),
    ("OFF002", "If they want to live here they should learn to speak English properly."),
    ("OFF002", "Migrants are bleeding the NHS dry."),
    # more wounding remarks, threats and remarks
    ("OFF005", "Stop using your dad's illness as an excuse for missing PBL."),
    ("OFF005", "Honestly you're just attention-seeking at this point."),
    ("OFF005", "You're too thick to be a doctor and everyone can see it."),
    ("OFF004", "I know people who can pay him a visit if he keeps this up."),
    ("OFF004", "You're lucky I didn't punch you in front of everyone."),
    ("OFF006", "You should wear shorter skirts to clinic, the consultant would love it."),
    ("OFF004", "Whoever ate my lunch again: I will find you, sooner or later."),
    ("OFF004", "Keep your mouth shut about the exam if you know what's good for you."),
    ("OFF004", "Delete the photo. Consider this your final warning."),
    ("OFF004", "You'll have to face me eventually, you know that."),
    ("OFF004", "I hope your car burns down with all your notes in it."),
    ("OFF006", "Are you even wearing anything under those scrubs?"),
    ("OFF002", "Typical, Jews are always good with money."),
    ("OFF002", "I'd rather not be examined by a Muslim doctor, can that be arranged?"),
    ("OFF002", "Could you swap me to a British GP for my placement?"),
    ("OFF002", "They're not even human, the ones crossing the channel in those boats."),
]

NOT_HELD = [
    # idioms and banter
    "We'll see what happens when the results come out.",
    "Remember what happened last time we left the poster to the night before!",
    "You absolute muppet, your keys were in my car again.",
    "you complete numpty, the lecture was moved to B12",
    "I hope the rain dies down before the ward round.",
    "Hope the pain dies down soon, get well x",
    "Fingers crossed she gets better quickly.",
    "I'll deal with him after the meeting about the rota.",
    "I'll be waiting outside the library at 6.",
    "I know your timetable is packed this week, so no rush.",
    "Whoever finishes first gets the last slice of cake.",
    "I'm worried I'll break his laptop if I borrow it again.",
    "I smashed my phone screen on the bus.",
    "I'll smash the OSCE tomorrow.",
    "Lots of great tits and blue tits on the feeders this morning.",
    "Did you see the figure in your chapter? I looked at your figure 3 again.",
    "I followed you back on Instagram.",
    "They breed like rabbits, my guinea pigs.",
    "I'll send the photos from the ball to everyone tomorrow.",
    "She's easy to talk to and really kind.",
    "I'd hit that deadline if the library were open later.",
    "We hit it off at the welcome party.",
    "Homosexuality was classified as a mental illness until 1990, as the lecture showed.",
    "I was so embarrassed when I fainted in theatre.",
    "I know people who can help you find a flat near the QMC.",
    "There are too many international students in that lecture theatre to fit, we need a bigger room.",
    "Nice body text, but the abstract is too long.",
    "The patient was kneeling on her knees when we arrived.",
    "I'll find you a seat at the front if you're late.",
    "Bring a coat or else you'll freeze at the bus stop.",
    "The patient asked to be examined by a female doctor, which we arranged.",
    "Submit the form by Friday, or else the place goes to the next person.",
    'My flatmate\'s ex texted her "you can\'t ignore me forever" at 3am and she is scared to go out.',
    'Two men at the bus stop kept shouting things like "refugees are draining the country" at her.',
    # reports of abuse, teaching, safeguarding and clinical writing
    "The patient told me 'I know where your car is parked' and security were called.",
    "In the seminar we discussed the myth that women are too emotional to be surgeons.",
    "The antisemitic trope that Jews control the banks came up in the lecture on prejudice.",
    "Some people think Nigerian patients exaggerate their pain, which is a harmful stereotype.",
    "She disclosed that her ex turns up at her flat and says she can't ignore him forever; safeguarding informed.",
    "Head lice infestation in two of the children, advice leaflet given.",
    "Palliative care: family hope she dies peacefully at home with them.",
    "He fell and hit his face on the pavement, GCS 15.",
    "Examined her chest and abdomen with a chaperone present; breasts normal, no masses.",
    "He said he wanted to hurt himself; risk assessment done with the liaison team.",
    # complaints and criticism
    "I have emailed three times about my grade and still have had no reply.",
    "The teaching this week was disorganised and I would like to raise it with the year lead.",
    "I know you said no to chairing the committee, but could you reconsider?",
    "We should hook up next week to go through the audit data.",
    "South Asian patients are more likely to develop type 2 diabetes at a lower BMI.",
    "Women are more likely to present with atypical chest pain.",
]


def _pattern_holds(engine, text: str) -> set[str]:
    report = engine.check(make_message(text, subject="hi"))
    return {f.rule for f in report.findings if f.rule in PATTERN_RULES and str(f.action) == "hold"}


@pytest.mark.parametrize("rule,text", HELD, ids=[f"{r}:{t[:40]}" for r, t in HELD])
def test_each_kind_is_held_by_its_rule(engine, rule, text):
    assert rule in _pattern_holds(engine, text)


@pytest.mark.parametrize("text", NOT_HELD, ids=[t[:50] for t in NOT_HELD])
def test_look_alikes_are_not_held_by_a_pattern(engine, text):
    assert not _pattern_holds(engine, text)


OFFENSIVE_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "offensive").glob("*.eml"))


def test_the_offensive_fixtures_are_there():
    names = [p.name for p in OFFENSIVE_FIXTURES]
    assert sum(n.startswith("hold-") for n in names) >= 8 and sum(n.startswith("ok-") for n in names) >= 7


@pytest.mark.parametrize("eml", OFFENSIVE_FIXTURES, ids=lambda p: p.stem)
def test_offensive_fixture(engine, eml):
    """hold-*: held by a pattern rule. ok-*: no pattern rule holds it (the model's own false
    holds, OFF007, are measured by the corpus scorer, not asserted here)."""
    report = engine.check(eml.read_bytes())
    held = {f.rule for f in report.findings if str(f.action) == "hold"}
    if eml.name.startswith("hold-"):
        assert str(report.verdict) == "hold" and held & PATTERN_RULES, report.findings
    else:
        assert not held & PATTERN_RULES, report.findings


def _site(tmp_path, entry: str):
    (tmp_path / "extra.toml").write_text(f"[[term]]\n{entry}\n", "utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[wordlists.extend]\nabuse = ["extra.toml"]\n', "utf-8")
    return site


@pytest.mark.parametrize("entry,message", [
    ('term = "x"\nkind = "hate"\npattern = "(unclosed"', "bad pattern"),
    ('term = "x"\nkind = "hate"\npattern = "lazy"\nnot_after = "people think"', "`not_after` must be a list"),
    ('term = "x"\nkind = "hate"\npattern = "lazy"\nnot_after = ["' + "very " * 9 + '"]', "at most"),
])
def test_a_bad_abuse_entry_is_a_config_error_at_load(tmp_path, entry, message):
    from bedside.checks import Engine, load_config
    from bedside.checks.config import ConfigError

    with pytest.raises(ConfigError, match=f"entry 'x'.*{message}"):
        Engine(config=load_config(_site(tmp_path, entry)))


def test_a_view_reported_after_not_after_words_is_not_the_writers(tmp_path):
    from bedside.checks import Engine, load_config

    site = _site(tmp_path, 'term = "zorblax slur"\nkind = "hate"\npattern = "\\\\bzorblaxes are vermin\\\\b"\n'
                           'anchors = ["zorblaxes"]\nnot_after = ["the myth that", "some   people say"]')
    engine = Engine(config=load_config(site))

    def codes(body):
        return {f.rule for f in engine.check(make_message(body=body)).findings if f.rule == "OFF002"}
    assert codes("Honestly, zorblaxes are vermin and I won't share a flat with one.")
    assert not codes("We discussed the myth that zorblaxes are vermin in the ethics seminar.")
    assert not codes("Some people say zorblaxes are vermin; it is a slur with a long history.")
