"""A patient's words recorded with their care are not the writer's (issue 20: clinical write-ups
raise an offensive finding in at most 1%), while the writer's own words in quotation marks still
count, and 'bloody' meaning full of blood is not the intensifier."""

from email.message import EmailMessage

import pytest

from bedside.checks import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _mail(body: str, to: str = "Dr A Okafor <a.okafor@nottingham.ac.uk>") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Tom Reid <msytr9@exmail.nottingham.ac.uk>"
    msg["To"] = to
    msg["Subject"] = "Reflection for my portfolio"
    msg.set_content(body)
    return bytes(msg)


def _offensive(report):
    return [(f.rule, str(f.action)) for f in report.findings if str(f.category) == "offensive"]


@pytest.mark.parametrize("body", [
    # an apostrophe inside the quotation ("I'll", "don't") used to end it early
    "Dear Dr Okafor,\n\nOn the ward a patient with delirium was restrained after he shouted \"I'll smash your "
    "fucking face in\" and \"you're all bastards, you don't care\" at the nurse.\n\nBest wishes,\nTom\n",
    # a mental state examination records the patient's words with no speech verb
    "Dear Dr Okafor,\n\nMSE: agitated, poor eye contact.\nMood: subjectively \"shit, leave me alone\"; "
    "objectively low.\nNo thoughts of self-harm.\n\nBest wishes,\nTom\n",
    # what a patient's voices say
    "Dear Dr Okafor,\n\nHe hears voices for four months. They call him \"a worthless piece of shit\" and tell "
    "him to hurt himself. He has not acted on them.\n\nBest wishes,\nTom\n",
])
def test_a_patients_words_recorded_with_their_care_raise_nothing(engine, body):
    assert _offensive(engine.check(_mail(body))) == []


def test_the_writers_own_quoted_words_still_count(engine):
    body = ("Hi Sam,\n\nSaw Ben on the ward today and I told him \"you're a fucking idiot\" to his face. "
            "No regrets.\n\nTom\n")
    assert ("OFF001", "hold") in _offensive(engine.check(_mail(body, to="sam.k@gmail.com")))


@pytest.mark.parametrize("sentence, flagged", [
    ("The second delivery was far more bloody than the first and I felt faint.", False),
    ("She had bloody stools for two days before admission.", False),
    ("The induction was bloody awful and I am exhausted.", True),
])
def test_bloody_full_of_blood_is_not_the_intensifier(engine, sentence, flagged):
    report = engine.check(_mail(f"Dear Dr Okafor,\n\n{sentence}\n\nBest wishes,\nTom\n"))
    assert (("OFF003", "warn") in _offensive(report)) is flagged


def test_a_sexual_history_is_not_an_allegation_of_sexual_misconduct(engine):
    body = ("Dear Dr Okafor,\n\nFor my write-up: he has sex with men, uses condoms inconsistently with casual "
            "partners and has never taken PrEP.\n\nBest wishes,\nTom\n")
    assert [f.rule for f in engine.check(_mail(body)).findings if f.rule.startswith("DEF")] == []
    affair = ("Hi Sam,\n\nDr Hollis has sex with his students after the OSCE, everyone knows it.\n\nTom\n")
    assert "DEF001" in [f.rule for f in engine.check(_mail(affair, to="sam.k@gmail.com")).findings]


def test_pests_are_not_people(engine):
    pests = ("Hi, the mice are back in the kitchen. They breed like rabbits and they're vermin, honestly, could you "
             "send the pest control people again this week? Thanks, Ben")
    assert _offensive(engine.check(_mail(pests, to="landlord.jp@outlook.com"))) == []
    people = ("Hi, the new family from Romania moved in downstairs. They breed like rabbits and they're vermin, "
              "honestly. Thanks, Ben")
    assert any(action == "hold" for _, action in _offensive(engine.check(_mail(people, to="landlord.jp@outlook.com"))))


# Found in review: each of these was held before the exemptions above, and must still be.
NEUTRAL = ("Hope you're well. The weather has been awful. Work is busy. I finally fixed the bike. "
           "Mum says hi. ")
ABUSE = "That girl in my flat is a disgusting worthless pig and deserves to be beaten until she bleeds."


@pytest.mark.parametrize("body", [
    NEUTRAL + ABUSE.replace("she bleeds", "she fucking bleeds"),  # a passing expletive does not excuse its sentence
    "Back on the ward tomorrow. Honestly Dr Patel is a \"fucking cunt\" and I'm done with him.",  # scare quotes
    "I spoke to the patients today. Angela is a 'fucking slag' and I hate her.",
    "The patient was agitated. People call her \"Piggy\" and " + ABUSE[0].lower() + ABUSE[1:],
    ABUSE + " PS the delivery came, Labour won, and sex ed was dull.",  # three clinical words are not clinical writing
    "My mouse stopped working. That nurse Angela is a disgusting worthless pig and deserves to be beaten.",
    NEUTRAL + "Angela can go fuck herself.",  # in passing, but at someone
    "About Dr Tyler Brook. Covered up money from her patients' accounts and falsified her notes.",
])
def test_hostile_mail_that_looks_like_an_exemption_is_still_held(engine, body):
    assert str(engine.check(_mail(body, to="friend@gmail.com")).verdict) == "hold"


@pytest.mark.parametrize("entry,message", [
    ('term = "x"\nkind = "gossip"\nwords = ["said"]', "unknown kind"),
    ('term = "x"\nkind = "speech"\nwords = "said"', "`words` must be a list"),
    ('term = "x"\nkind = "care"\nwords = ["(unclosed"]', "bad pattern"),
])
def test_a_bad_reported_speech_entry_is_a_config_error_at_load(tmp_path, entry, message):
    from bedside.checks import Engine, load_config
    from bedside.checks.config import ConfigError

    (tmp_path / "extra.toml").write_text(f"[[term]]\n{entry}\n", "utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[wordlists.extend]\nreported_speech = ["extra.toml"]\n', "utf-8")
    with pytest.raises(ConfigError, match=f"reported_speech word list, entry 'x'.*{message}"):
        Engine(config=load_config(site))


def test_a_site_can_add_a_verb_of_speech(tmp_path):
    """The vocabulary is data: a site's own verb of speech makes someone else's quoted words theirs."""
    from bedside.checks import Engine, load_config

    body = ("On the ward round the man in bed 6 bellowed \"you're all fucking useless\" at the nurses "
            "until security came.")
    before = {f.rule for f in Engine().check(_mail(body)).findings}
    (tmp_path / "extra.toml").write_text('[[term]]\nterm = "more"\nkind = "speech"\nwords = ["bellow\\\\w*"]\n', "utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[wordlists.extend]\nreported_speech = ["extra.toml"]\n', "utf-8")
    after = {f.rule for f in Engine(config=load_config(site)).check(_mail(body)).findings}
    assert "OFF001" in before and "OFF001" not in after
