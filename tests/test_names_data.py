"""The name data's fast reading (bytes, line-break-anchored patterns, names lowercased in one go)
gives exactly the sets a plain line-by-line reading of the same package files gives."""

from __future__ import annotations

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.patient import namedata, names


def _lines(package: str, name: str, encoding: str) -> list[str]:
    return namedata._package_file(package, name).read_text(encoding).splitlines()


def test_gender_guesser_names_as_read_line_by_line():
    expected = set()
    for line in _lines("gender_guesser", "data/nam_dict.txt", "utf-8"):
        code, _, rest = line.partition(" ")
        if line.startswith("#") or not code or len(code) > 2 or set(code) - set("?1MF") or not rest.strip():
            continue
        name = rest.split()[0].lower()
        expected.update({name.replace("+", ""), name.replace("+", "-")} if "+" in name else {name})
    assert namedata._gender_guesser() == expected
    assert {"siobhan", "jang-hee", "janghee"} <= expected and "jang+hee" not in expected


@pytest.mark.parametrize("min_percent", [0.0, 0.01])
def test_census_names_as_read_line_by_line(min_percent):
    rows = [line.lower().split() for line in _lines("names", "dist.all.last", "ascii") if line.strip()]
    expected = {r[0] for r in rows if float(r[1]) >= min_percent}
    assert namedata._census("dist.all.last", min_percent) == expected
    assert len(expected) > 1000


def test_english_words_as_read_line_by_line():
    words, non_nouns = set(), set()
    for line in _lines("textblob", "en/en-lexicon.txt", "utf-8"):
        parts = line.split(" ")
        if len(parts) < 2 or not parts[0].isascii() or not parts[0].isalpha() or not parts[0].islower() \
                or not parts[1] or parts[1].startswith("NNP"):
            continue
        words.add(parts[0])
        if not parts[1].startswith("NN"):
            non_nouns.add(parts[0])
    assert namedata._english_words() == (words, non_nouns)
    assert "will" in non_nouns and "grace" in words - non_nouns


def test_name_data_is_read_only_when_a_message_needs_it():
    config = load_config()
    engine = Engine(config)
    engine.check(b"From: a@exmail.nottingham.ac.uk\r\nTo: b@gmail.com\r\nSubject: hi\r\n\r\nSee you Thursday.\r\n")
    assert names._first_names not in config.__dict__.get("_derived", {})
    assert not {"given", "surnames", "_lexicon"} & vars(namedata.name_data(config)).keys()
    report = engine.check(b"From: a@exmail.nottingham.ac.uk\r\nTo: b@gmail.com\r\nSubject: ward\r\n\r\n"
                          b"Saw Margaret Whitaker in bed 3 on the ward, she has COPD.\r\n")
    assert any(f.rule == "PAT006" for f in report.findings)
    # the given names and words were read for it, the surnames (a third of the reading) were not
    assert {"given", "_lexicon"} <= vars(namedata.name_data(config)).keys()
    assert "surnames" not in vars(namedata.name_data(config))
