"""The hostile-language model (OFF007/OFF008): the file format, the features, what it is read on
(the writer's own sentences) and how a score becomes a hold or a warning."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.offensive import classifier, features
from conftest import ROOT, codes, make_message, need_module

MODEL = ROOT / "config" / "models" / classifier.MODEL_FILE


@pytest.fixture(scope="module")
def model():
    return classifier.load(load_config())


# --- the file --------------------------------------------------------------------------------------
def test_model_file_is_small_and_plain():
    data = MODEL.read_bytes()
    assert len(data) <= 10 * 1024 * 1024
    assert data.startswith(classifier.MAGIC)  # a table of floats behind a JSON line, not a pickle
    assert b"\x80\x04\x95" not in data[:64]


def test_write_then_read_gives_the_same_scores(model):
    again = classifier.read(classifier.write(model.weights, model.bias, model.meta))
    for text in ("you are a disgrace", "see you at the ward round", ""):
        assert again.score(text) == model.score(text)


@pytest.mark.parametrize("damage,message", [
    (lambda d: b"PK\x03\x04" + d[4:], "not a bedside model"),
    (lambda d: d[:-100], "damaged"),
    (lambda d: d.replace(b'"bits": 18', b'"bits": 20'), "20-bit"),
    (lambda d: d.replace(b'"bias"', b'"bais"'), "no bias"),
])
def test_a_damaged_file_is_a_clear_error(damage, message):
    with pytest.raises(classifier.ModelError, match=message):
        classifier.read(damage(MODEL.read_bytes()), "m.bin")


def test_the_model_is_loaded_once_per_config():
    config = load_config()
    engine = Engine(config)
    engine.check(make_message("You are a disgrace to this course."))
    first = config.derive(classifier.load)
    engine.check(make_message("Another message."))
    assert config.derive(classifier.load) is first


# --- features --------------------------------------------------------------------------------------
def test_features_do_not_depend_on_the_process_hash_seed():
    code = "from bedside.checks.offensive import features; print(sorted(features.buckets('You absolute w4ste of space!')))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1
    assert runs.pop().strip() == str(sorted(features.buckets("You absolute w4ste of space!")))


def test_twitter_furniture_is_not_a_feature():
    assert features.buckets("@USER you are vile URL") == features.buckets("you are vile")
    assert features.words("RT @someone: &amp; that's it http://t.co/x") == ["that's", "it"]


def test_the_scorer_adds_exactly_the_features_training_counts(model):
    # Model.score_words mixes pair buckets from cached word hashes; training lists every bucket
    # (features.buckets_of). Both must be the same features, or the model scores what it never learnt.
    from math import exp

    for text in ("You are a pathetic excuse for a medic and a waste of everyone's time.",
                 "see you at the ward round tomorrow, bring the notes", "idiot idiot idiot idiot"):
        found = features.buckets(text)
        z = model.bias + sum(model.weights[b] for b in found) * features.value(len(found))
        assert abs(model.score(text) - 1 / (1 + exp(-z))) < 1e-6, text


def test_pair_buckets_keep_word_order_and_spread():
    assert features.pair_bucket("you", "are") != features.pair_bucket("are", "you")
    words = [str(i) for i in range(200)]
    pairs = {features.pair_bucket(a, b) for a in words for b in words}
    assert len(pairs) > 0.85 * 200 * 200 * (1 - 200 * 200 / 2 / (1 << features.BITS))  # about as few collisions as chance


def test_furniture_is_removed_with_or_without_the_quick_test():
    for text in ("RT @someone: you are vile http://t.co/x", "ask ann@example.org", "www.example.com is down",
                 "plain prose, nothing to remove", "Fish &amp; chips URL"):
        assert features.clean(text) == features._FURNITURE.sub(" ", features.html.unescape(text)).lower()


def test_weights_are_finite(model):
    assert len(model.weights) == 1 << features.BITS
    assert all(abs(w) < 1e3 for w in model.weights[:: 97])


# --- scores on sentences written for this test (not in the training data) ---------------------------
HOSTILE = [
    "Those immigrants are ruining the NHS and should be sent home.",
    "She is a disgusting, filthy woman and I hope she suffers.",
    "You are a pathetic excuse for a medic and a waste of everyone's time.",
    "Go back to your own country, nobody wants you treating them.",
    "I hope that lying bastard of a registrar gets what is coming to him.",
    "Gays should keep their disgusting habits away from our hospital.",
]
ORDINARY = [
    "Thanks for the feedback on my case report, I'll revise the discussion section.",
    "Could you resend the link for tomorrow's teaching?",
    "The lecture on hate crime explained how victims can report incidents.",
    "He had a painful swollen knee after a fall and was seen in fracture clinic.",
    "I'm sorry I missed the session, I was unwell with a migraine.",
    "Are we still meeting at the library at two to go through the renal cases?",
]


def test_hostile_sentences_score_above_ordinary_ones(model):
    hostile = sorted(model.score(s) for s in HOSTILE)
    ordinary = sorted(model.score(s) for s in ORDINARY)
    hold, aimed, warn = classifier.thresholds(load_config())
    assert sum(s >= aimed for s in hostile) >= 5, hostile
    assert all(s < warn for s in ordinary), ordinary
    assert min(hostile) > max(ordinary) * 0.5


# --- how the rule reads a message -----------------------------------------------------------------------
def test_an_aimed_hostile_sentence_is_held():
    report = Engine().check(make_message("Hi,\n\nGo back to your own country, nobody wants you treating them.\n"))
    assert "OFF007" in codes(report) or "OFF002" in codes(report)
    assert str(report.verdict) == "hold"


def test_a_hostile_sentence_in_the_quoted_message_is_not_the_writers():
    body = ("Thanks, I'll forward this to the welfare team.\n\n"
            "On Mon, 1 Mar 2027 at 09:00, Someone <someone@gmail.com> wrote:\n"
            "> She is a disgusting, filthy woman and I hope she suffers.\n")
    report = Engine().check(make_message(body))
    assert "OFF007" not in codes(report)
    assert str(report.verdict) != "hold"


def test_swearing_in_the_quoted_message_is_only_a_warning():
    body = ("Ha, calm down, it's fixed now.\n\n"
            "On Mon, 1 Mar 2027 at 09:00, Sam <sam@gmail.com> wrote:\n"
            "> the fucking printer is broken again\n")
    report = Engine().check(make_message(body))
    assert "OFF001" not in codes(report)
    assert "OFF008" in codes(report)
    assert str(report.verdict) == "warn"


def test_the_signature_is_not_read():
    body = "See you at eight.\n\n-- \nAmy\nPresident, Go Back To Your Own Country Debating Society (satire)\n"
    assert "OFF007" not in codes(Engine().check(make_message(body)))


def test_a_reported_hostile_sentence_is_lowered_to_a_warning():
    body = ("Dear Dr Ward,\n\nI wanted to report that a relative shouted that she is a disgusting, filthy woman "
            "and hoped she suffers, at the nurse in bay 2.\n\nBest wishes,\nAmy")
    report = Engine().check(make_message(body, to="t.ward@nottingham.ac.uk"))
    assert "OFF007" not in codes(report)
    assert "OFF008" in codes(report)


def test_thresholds_can_be_set_by_the_site():
    text = "You are a pathetic excuse for a medic and a waste of everyone's time."
    strict = load_config(overrides={"thresholds": {"offensive_model_hold": 0.0, "offensive_model_aimed": 0.0}})
    lax = load_config(overrides={"thresholds": {"offensive_model_hold": 1.1, "offensive_model_aimed": 1.1,
                                                "offensive_model_warn": 1.1}})
    assert "OFF007" in codes(Engine(strict).check(make_message("Lovely weather for the ward round.")))
    assert not {"OFF007", "OFF008"} & set(codes(Engine(lax).check(make_message(text))))


def test_two_middling_sentences_hold_a_short_letter_not_a_long_one():
    # Only the letter rule can hold here: single sentences would need a score above 1, and any
    # sentence of four words or more scores above 1e-9 (shorter ones score 0 and do not count).
    config = load_config(overrides={"thresholds": {"offensive_model_hold": 1.1, "offensive_model_aimed": 1.1,
                                                   "offensive_model_warn": 1.1, "offensive_model_pair": 1e-9}})
    engine = Engine(config)
    two = "Hi,\n\nI will be at the library until six tonight. My train home leaves just after seven.\n"
    one = "Hi,\n\nI will be at the library until six tonight, and my train leaves after seven.\n"
    filler = " ".join(f"Item {i} on the agenda is the rota for week {i}." for i in range(20))
    held = Engine(config).check(make_message(two))
    assert "OFF007" in codes(held) and "hostile-sounding sentences" in " ".join(f.message for f in held.findings)
    assert "OFF007" not in codes(engine.check(make_message(one)))
    assert "OFF007" not in codes(engine.check(make_message(two + "\n" + filler + "\n")))
    # and the shipped threshold keeps ordinary short notes out
    assert "OFF007" not in codes(Engine().check(make_message(two)))


def test_a_sentence_naming_a_group_is_held_from_the_group_threshold():
    config = load_config(overrides={"thresholds": {"offensive_model_hold": 1.1, "offensive_model_aimed": 1.1,
                                                   "offensive_model_warn": 1.1, "offensive_model_pair": 1.1,
                                                   "offensive_model_group": 1e-9}})
    engine = Engine(config)
    assert "OFF007" in codes(engine.check(make_message("Hi,\n\nThe refugees from the hostel came to clinic today.\n")))
    assert "OFF007" not in codes(engine.check(make_message("Hi,\n\nThe porters from the hostel came to clinic today.\n")))
    # quoted, reported or taught: still no hold
    taught = "Hi,\n\nThe lecture explained how refugees are described in the tabloid press.\n"
    assert "OFF007" not in codes(engine.check(make_message(taught)))


# --- the training script rebuilds the committed file ---------------------------------------------------
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not (CORPUS / "real" / "offensive" / "all.csv").exists(), reason="needs ../shared/corpus")
def test_training_rebuilds_the_committed_model_exactly(tmp_path):
    need_module("sklearn", "train")  # the training environment only: bedside itself never imports it
    out = tmp_path / "offensive.bin"
    subprocess.run([sys.executable, str(ROOT / "tools" / "train_offensive.py"), "--out", str(out)], check=True)
    assert out.read_bytes() == MODEL.read_bytes()


def test_training_splits_are_fixed_halves():
    sys.path.insert(0, str(ROOT / "tools"))
    from train_offensive import half

    names = [f"sa_easy_{i:05d}.eml" for i in range(400)]
    train = [n for n in names if half(n) == "train"]
    assert 150 < len(train) < 250  # about half
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'tools')!r}); from train_offensive import half; "
            f"print(','.join(n for n in {names!r} if half(n) == 'train'))")
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "7"}).stdout.strip()
    assert again == ",".join(train)  # the same half in any process
