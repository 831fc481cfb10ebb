"""A short message (four sentences or fewer, subject included) is what its one hostile sentence
says, so it is held from `offensive_model_short`; in a longer letter the same sentence needs the
usual thresholds. The thresholds are set round the sentence's own score, so the test holds
whatever the shipped model scores it."""

from bedside.checks import Engine, load_config
from bedside.checks.offensive import classifier, features

SENTENCE = "Honestly people like him make this whole place worse and everyone knows it."
FILLER = ("The rota for next week is up on Moodle. Clinic starts at nine on Monday. Bring your own "
          "stethoscope. The car park is shut for resurfacing, so take the bus. ")


def _mail(body: str) -> bytes:
    return (b"From: msyps12@exmail.nottingham.ac.uk\r\nTo: jo.bloggs@gmail.com\r\nSubject: hi\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode())


def _engine(short: float, about_someone: float = 1.1) -> Engine:
    config = load_config(overrides={"thresholds": {
        "offensive_model_hold": 1.1, "offensive_model_aimed": 1.1, "offensive_model_warn": 1.1,
        "offensive_model_pair": 1.1, "offensive_model_group": 1.1, "offensive_model_short": short,
        "offensive_model_short_person": about_someone}})
    return Engine(config)


def _score() -> float:
    model = load_config().derive(classifier.load)
    return model.score_words(features.words(SENTENCE))


def _held(report) -> bool:
    return any(f.rule == "OFF007" and "short message" in f.message for f in report.findings)


def test_a_short_message_is_held_from_the_short_threshold():
    score = _score()
    assert _held(_engine(score - 0.01).check(_mail(f"Jo,\n\n{SENTENCE}\n")))
    assert not _held(_engine(score + 0.01).check(_mail(f"Jo,\n\n{SENTENCE}\n")))


def test_the_same_sentence_in_a_longer_letter_is_not():
    engine = _engine(_score() - 0.01)
    assert not _held(engine.check(_mail(f"Jo,\n\n{FILLER}{SENTENCE}\n")))
    assert not any(f.rule == "OFF007" for f in engine.check(_mail(f"Jo,\n\n{FILLER}{SENTENCE}\n")).findings)


def test_the_site_can_set_it_in_its_config():
    assert _held(_engine(0.0).check(_mail("Jo,\n\nSee you at the library at six.\n")))


# The second signal: a middling score holds a short message from offensive_model_short_person
# only when the sentence speaks of someone, and the message is not to staff (whose rudeness the
# etiquette rules judge).
ABOUT_A_THING = "Honestly this new timetable makes the whole week worse and it is a total joke."
STAFF = b"h.ward@nottingham.ac.uk"


def _scored(sentence: str) -> float:
    return load_config().derive(classifier.load).score_words(features.words(sentence))


def test_a_middling_sentence_about_someone_holds_a_short_message():
    engine = _engine(1.1, about_someone=_scored(SENTENCE) - 0.01)
    assert _held(engine.check(_mail(f"Jo,\n\n{SENTENCE}\n")))
    higher = _engine(1.1, about_someone=_scored(SENTENCE) + 0.01)
    assert not _held(higher.check(_mail(f"Jo,\n\n{SENTENCE}\n")))


def test_the_same_score_about_a_thing_does_not():
    engine = _engine(1.1, about_someone=_scored(ABOUT_A_THING) - 0.01)
    assert not _held(engine.check(_mail(f"Jo,\n\n{ABOUT_A_THING}\n")))
    # ... which the plain short threshold still would
    assert _held(_engine(_scored(ABOUT_A_THING) - 0.01).check(_mail(f"Jo,\n\n{ABOUT_A_THING}\n")))


def test_nor_in_a_short_message_to_staff():
    engine = _engine(1.1, about_someone=_scored(SENTENCE) - 0.01)
    to_staff = _mail(f"Dr Ward,\n\n{SENTENCE}\n").replace(b"jo.bloggs@gmail.com", STAFF)
    assert not _held(engine.check(to_staff))


def test_a_phrase_s_first_word_is_the_model_s_unless_the_phrase_is_there():
    """'ban' begins a listed Cantonese phrase and 'screw' the phrase 'screw you': in 'they tried to
    ban video games' the lists match nothing, so the model reads every word, and the short-message
    rule still applies; where the phrase is, its words are the lists'."""
    from bedside.checks.offensive import _unlisted, lexicon

    lex = lexicon.build(load_config())
    assert {"ban", "screw"} <= lex.phrase_first
    sentence = "They tried to ban video games and screw up the budget again."
    every = features.words(sentence)
    assert _unlisted(lex, sentence, every) == every
    sentence = "Screw you, honestly."
    every = features.words(sentence)
    assert "screw" not in _unlisted(lex, sentence, every) and "honestly" in _unlisted(lex, sentence, every)
