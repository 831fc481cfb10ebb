"""Teasing the reader in a friendly letter (a kiss, 'love you', a laughing emoji: abuse.toml kind
'affection') is a warning, not a hold, when the model alone would hold it below
`offensive_model_banter`. Cruelty about anyone else, anything to staff, a group named, or a score
at the ceiling is held as before. Thresholds are set round each sentence's own score, so the tests
hold whatever the shipped model scores."""

from bedside.checks import Engine, load_config
from bedside.checks.offensive import classifier, features, lexicon
from conftest import make_message

TEASE = "Honestly you are such a lazy slob, do your washing up for once"
ABOUT_HER = "Honestly she is such a lazy slob, she never does her washing up"


def _mail(body: str, to: str = "meg.t@gmail.com") -> bytes:
    return make_message(body, subject="bins", to=to, sender="Jo Price <msyjp4@exmail.nottingham.ac.uk>")


def _score(sentence: str) -> float:
    """As the rule scores it: without the words the word lists judge."""
    config = load_config()
    listed = config.derive(lexicon.build).plain
    return config.derive(classifier.load).score_words([w for w in features.words(sentence) if w not in listed])


def _engine(sentence: str, ceiling: float = 1.0) -> Engine:
    # held for a high score just under this sentence's, and nothing else in play
    return Engine(load_config(overrides={"thresholds": {
        "offensive_model_hold": _score(sentence) - 0.01, "offensive_model_banter": ceiling}}))


def _model(report) -> list[tuple[str, str]]:
    return [(f.rule, str(f.action)) for f in report.findings if f.rule in ("OFF007", "OFF008")]


LETTER = "Meg,\n\n{}. Pasta tonight?\n\nJo xx\n"


def test_teasing_the_reader_in_a_friendly_letter_is_a_warning():
    report = _engine(TEASE).check(_mail(LETTER.format(TEASE)))
    assert _model(report) == [("OFF008", "warn")]
    assert "teasing the reader" in next(f.message for f in report.findings if f.rule == "OFF008")


def test_without_affection_it_is_held():
    report = _engine(TEASE).check(_mail("Meg,\n\n{}. Pasta tonight?\n\nJo\n".format(TEASE)))
    assert _model(report) == [("OFF007", "hold")]


def test_about_someone_else_it_is_held():
    report = _engine(ABOUT_HER).check(_mail(LETTER.format(ABOUT_HER)))
    assert str(report.verdict) == "hold"  # by the model or by an insult pattern, not lowered
    assert not any("teasing" in f.message for f in report.findings)


def test_to_staff_it_is_held():
    report = _engine(TEASE).check(_mail(LETTER.format(TEASE), to="Dr Helen Ward <helen.ward@nottingham.ac.uk>"))
    assert ("OFF007", "hold") in _model(report)


def test_at_the_ceiling_it_is_held():
    report = _engine(TEASE, ceiling=_score(TEASE) - 0.005).check(_mail(LETTER.format(TEASE)))
    assert _model(report) == [("OFF007", "hold")]


def test_a_colour_is_not_a_group_but_people_of_that_colour_are():
    # 'burnt until black' names no one: the teasing stays a warning. 'black lads' names a group.
    pot = "You burnt my pot until black and pretended you didn't know, you absolute menace"
    report = _engine(pot).check(_mail(LETTER.format(pot)))
    assert _model(report) == [("OFF008", "warn")]
    lads = "You only hang around with the black lads from the rugby team, you absolute menace"
    report = _engine(lads).check(_mail(LETTER.format(lads)))
    assert ("OFF007", "hold") in _model(report)
