"""A single expletive in passing, aimed at nobody, in a letter between equals is warned (OFF008),
not held: the 800 real ordinary emails held four list posts for one 'shitty economy' or 'we
f***ed up the election'. Everything around that line still holds: swearing to staff, a short
message that is mostly the swearing, two or more swear words, swearing at or about a person, and
name-calling words."""

from email.message import EmailMessage

import pytest

from bedside.checks import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _mail(body: str, to: str = "jamie.r@gmail.com", subject: str = "catching up") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Priya Shah <msyps12@exmail.nottingham.ac.uk>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return bytes(msg)


# A chatty letter of several sentences with the expletive in sentence three; {} is the expletive.
LIST_POST = (
    "Hi Jamie,\n\nGood to hear from you after all this time. The move went fine in the end, though the van "
    "was late and it rained all afternoon. Work has been {} since the merger, and half the team has "
    "left. I have started running again on Sunday mornings, which helps. Mum sends her love and asks "
    "when you are next up north. Let me know if you fancy a weekend in March.\n\nPriya\n"
)


def _codes(report, action=None):
    return [f.rule for f in report.findings if action is None or str(f.action) == action]


@pytest.mark.parametrize("word", ["shit", "f*cking chaos", "sh1t", "bollocks"])
def test_one_expletive_in_passing_to_a_friend_is_a_warning(engine, word):
    report = engine.check(_mail(LIST_POST.format(word)))
    assert str(report.verdict) == "warn", report.findings
    assert [f.rule for f in report.findings if "in passing, aimed at nobody" in f.message] == ["OFF008"]
    assert "OFF001" not in _codes(report)


def test_the_same_letter_to_a_tutor_is_held(engine):
    report = engine.check(_mail(LIST_POST.format("shit"), to="Dr Helen Marsh <helen.marsh@nottingham.ac.uk>"))
    assert "OFF001" in _codes(report, "hold")


def test_a_short_message_that_swears_is_held(engine):
    report = engine.check(_mail("This placement is shit. See you at the bar later.\n"))
    assert "OFF001" in _codes(report, "hold")


def test_two_expletives_are_held(engine):
    body = LIST_POST.format("shit").replace("which helps", "which helps a f***ing lot")
    assert "OFF001" in _codes(engine.check(_mail(body)), "hold")


@pytest.mark.parametrize("sentence", [
    "Work has been fine, but you are a shit friend for not calling",  # at the reader
    "Work has been fine apart from Dr Okafor, who is shit at his job",  # at a named person
])
def test_an_expletive_aimed_at_someone_is_held(engine, sentence):
    body = LIST_POST.replace("Work has been {} since the merger", sentence)
    assert "OFF001" in _codes(engine.check(_mail(body)), "hold")


@pytest.mark.parametrize("word", ["c*nt", "twat", "motherf*cker"])
def test_name_calling_words_are_never_in_passing(engine, word):
    body = LIST_POST.replace("Work has been {} since the merger", f"My new manager is a {word}")
    assert "OFF001" in _codes(engine.check(_mail(body)), "hold")


@pytest.mark.parametrize("sentence, held", [
    ("Work has been learning MS shit for the new system", False),  # Microsoft, not a title
    ("Work has been shit since the DR failover", False),  # disaster recovery
    ("Work has been fine apart from Ms Adeyemi, who is shit at her job", True),
    ("Work has been fine apart from ms adeyemi, who is shit at her job", True),  # a title typed lower-case
])
def test_a_title_is_a_title_only_in_its_own_case(engine, sentence, held):
    body = LIST_POST.replace("Work has been {} since the merger", sentence)
    assert ("OFF001" in _codes(engine.check(_mail(body)), "hold")) is held
