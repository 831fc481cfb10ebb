"""Violent-sounding idioms (abuse.toml, kind 'idiom') are not scored by the hostile-language model,
and a sentence that names hateful words as words ('the phrase', 'the old sign for') or condemns them
('talking points') is teaching, not hate. Thresholds are set
round each sentence's own score, so the tests hold whatever the shipped model scores."""

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.offensive import aimed
from test_offensive_banter import _mail, _score


def _offensive(sentence: str, threshold: float) -> list[tuple[str, str]]:
    engine = Engine(load_config(overrides={"thresholds": {
        "offensive_model_hold": threshold, "offensive_model_warn": threshold, "offensive_model_group": threshold}}))
    report = engine.check(_mail(f"Hi all,\n\n{sentence}.\n\nIfe\n"))
    return [(f.rule, str(f.action)) for f in report.findings if str(f.category) == "offensive"]


@pytest.mark.parametrize("idiom, without, aimed_at_someone", [
    ("Slides are in the shared drive and you will all kill it tomorrow, honestly",
     "Slides are in the shared drive and you will all tomorrow, honestly",
     "Slides are in the shared drive and I will kill him tomorrow, honestly"),
    ("This renal exam is going to kill us both, see you in the library",
     "This renal exam is , see you in the library",
     "I am going to kill the renal tutor, see you in the library"),
    ("You will all kill it at the OSCE tomorrow",
     "You will all at the OSCE tomorrow",
     "I will kill her at the OSCE tomorrow"),
])
def test_an_idiom_is_not_what_the_model_scores(idiom, without, aimed_at_someone):
    threshold = _score(idiom) - 0.01
    assert _score(without) < threshold, "the idiom must be what lifts the score for the test to mean anything"
    assert _offensive(idiom, threshold) == []
    assert ("hold" in {action for _, action in _offensive(aimed_at_someone, threshold)})


@pytest.mark.parametrize("sentence, idiom", [
    ("you'll smash it, break a leg", True),
    ("we absolutely nailed it", True),
    ("I could murder a pint", True),
    ("my feet are killing me", True),
    ("this rota is gonna finish me off", True),
    ("I'll smash him", False),
    ("I could murder the registrar", False),
    ("I'm killing him when he gets home", False),
    ("kill it him", False),
])
def test_idioms_need_a_thing_not_a_person(sentence, idiom):
    patterns = aimed.context_patterns(load_config())["idiom"]
    assert any(p.search(sentence) for p in patterns) is idiom


@pytest.mark.parametrize("condemned, meant", [
    ("Those are not neutral words; they are well-known anti-Muslim talking points, and they have no "
     "place in this society",
     "Muslims are a problem in this society and they have taken over the committee"),
    ('The phrase "deaf and dumb", and "deaf-mute", are still heard on wards',
     "Deaf people are dumb and should not be on our wards"),
    ("The old sign for Chinese people pulls at the corner of the eye and is based on a racial caricature",
     "Chinese people are dirty and should go back to where they came from"),
])
def test_words_named_or_condemned_are_teaching(condemned, meant):
    threshold = min(_score(condemned), _score(meant)) - 0.01
    assert not any(action == "hold" for _, action in _offensive(condemned, threshold))
    assert ("OFF007", "hold") in _offensive(meant, threshold) or ("OFF002", "hold") in _offensive(meant, threshold)
